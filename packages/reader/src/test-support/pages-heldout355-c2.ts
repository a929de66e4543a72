import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout355-kit.js';

/** Held-out batch 355, file c2: an IP office's guidance page on GOV.UK (see file c). */
const gvTitle = 'Requesting accelerated examination of a patent application for low-carbon technology';
const gvSecs: [string, string[]][] = [
  [
    'Who can apply',
    [
      j(
        'You can ask for accelerated examination if your application relates to a technology that reduces greenhouse gas',
        'emissions, improves energy efficiency or helps adapt to the effects of climate change.',
      ),
      'You do not need to prove that the invention works. You must explain briefly how it meets one of these aims.',
      j(
        'The request is free of charge. It can be made for applications filed in the UK directly and for international',
        'applications that have entered the national phase.',
      ),
    ],
  ],
  [
    'How to make a request',
    [
      'Send a request in writing with your application, or at any time before the examination report is issued.',
      j('Include any reference numbers from earlier correspondence about the same application.'),
      'Give the application number and a short statement of how the invention is environmentally beneficial.',
      'Say whether you also want accelerated search, examination or publication, or all three.',
    ],
  ],
  [
    'What happens next',
    [
      j(
        'An examiner will check your statement. If it is accepted, your application will be moved into the accelerated',
        'queue and you will receive an acknowledgement within 10 working days.',
      ),
      j('If the statement is not accepted, your application will be examined in the normal order. You can make a new', 'request with a fuller explanation.'),
      j(
        'Accelerated processing does not change the legal requirements for a patent. Your application must still be new,',
        'inventive and capable of industrial application, and the examiner may still raise objections that take time to resolve.',
      ),
    ],
  ],
];
const gvTable = [
  ['Stage', 'Normal timescale', 'Accelerated timescale'],
  ['Search report', 'Within 6 months of request', 'Within 2 months of request'],
  ['Examination report', 'Up to 3 years from filing', 'Within 2 months of request'],
];
const gvTableNote = 'These timescales are targets and are not guaranteed during periods of high demand.';
const gvCrumbs = ['Home', 'Business and industry', 'Intellectual property', 'Patents'];
const gvRelated = ['Patents: basic facts', 'Apply for a patent', 'Patent fees'];
const gvFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'];
const gvHtml = `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8">
<title>${gvTitle} - GOV.UK</title><meta name="govuk:format" content="detailed_guide"><meta name="govuk:primary-publishing-organisation"
content="Intellectual Property Office"><meta name="govuk:content-id" content="5c1e0a2b-77e4-4f0a-9b6c-1d2e3f4a5b6c">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gvTitle}",
"datePublished":"2025-11-12T09:30:00+00:00"}</script>
<link rel="stylesheet" href="/assets/government-frontend/application.css"></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner" role="region"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK and remember your settings.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="/">GOV.UK</a>
<nav aria-label="Menu"><ul><li><a href="/browse">Menu</a></li><li><a href="/search">Search GOV.UK</a></li></ul></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="gem-track-click"><ol class="govuk-breadcrumbs__list">
${links(gvCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-title govuk-!-margin-top-8"><span class="govuk-caption-xl gem-c-title__context">Guidance</span>
<h1 class="gem-c-title__text govuk-heading-l">${gvTitle}</h1></div>
<p class="gem-c-lead-paragraph">How to ask for faster search and examination of a patent application for an environmentally beneficial invention.</p>
</div></div>
<div class="gem-c-metadata" data-module="gem-toggle"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">
<a href="/government/organisations/intellectual-property-office" class="govuk-link">Intellectual Property Office</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 November 2025</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">3 March 2026 — <a href="#full-history">See all
updates</a></dd></dl></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><nav class="gem-c-contents-list" aria-label="Contents" role="navigation">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">${links(
  gvSecs.map(([h]) => h),
  'gem-c-contents-list__list-item',
)}
<li class="gem-c-contents-list__list-item"><a href="#timescales">Timescales</a></li></ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${gvSecs
  .map(([h, p], i) =>
    i === 1
      ? `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>\n<ol class="steps">\n${lis(p)}\n</ol>`
      : `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>\n${ps(p)}`,
  )
  .join('\n')}
<h2 id="timescales">Timescales</h2><table><thead><tr>${gvTable[0]?.map((c) => `<th scope="col">${c}</th>`).join('') ?? ''}</tr></thead><tbody>
${gvTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}
</tbody></table><p>${gvTableNote}</p></div></div>
<div class="gem-c-published-dates" id="full-history"><p>Published 12 November 2025<br>Last updated 3 March 2026</p></div>
<div class="gem-c-print-link"><button class="govuk-link">Print this page</button></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2
class="gem-c-related-navigation__main-heading">Related
content</h2><ul class="gem-c-related-navigation__link-list">${links(gvRelated, 'gem-c-related-navigation__link')}</ul></aside></div></div></main>
<div class="gem-c-feedback govuk-!-display-none-print"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page
useful?</h2><button class="govuk-button">Maybe</button><button class="govuk-button">Yes this page is useful</button>
<button class="govuk-button">No this page is not useful</button><button class="govuk-button">Report a problem with this page</button></div></div></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gvFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></footer></body></html>`;
export const govuk: TestPage = {
  name: 'heldout355-govuk-ipo-guidance',
  kind: 'docs',
  html: gvHtml,
  title: gvTitle,
  headings: [...gvSecs.map(([h]) => h), 'Timescales'],
  body: texts([
    'How to ask for faster search and examination of a patent application for an environmentally beneficial invention.',
    ...gvSecs.flatMap(([, p]) => p),
    ...gvTable.slice(1).flat(),
    gvTableNote,
  ]),
  bylines: ['12 November 2025', '3 March 2026', 'Published 12 November 2025', 'Last updated 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK and remember your settings.', 'Accept additional cookies',
    'Reject additional cookies', 'View cookies', 'Skip to main content', 'Menu', 'Search GOV.UK', ...gvCrumbs, 'Guidance', 'From:',
    'Intellectual Property Office', 'See all updates', 'Contents', 'Print this page', 'Related content', ...gvRelated, 'Is this page useful?',
    'Maybe', 'Yes this page is useful', 'No this page is not useful', 'Report a problem with this page', ...gvFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};
