import { links, ps, type TestPage, texts } from './page-kit.js';
import { mediumWeWon } from './pages-heldout408-f2.js';
import { j } from './pages-heldout408-kit.js';

/**
 * Held-out batch 408, file f: an award's nomination guidelines on GOV.UK (cookie banner, header, phase banner, breadcrumbs,
 * metadata "From / Published", contents list, govspeak body, "Is this page useful?", related navigation, footer) and, from
 * file f2, a company's "we won" post on Medium.
 */
const kTitle = 'Nominate someone for the Civic Volunteering Award';
const kIntro = [
  j(
    'The Civic Volunteering Award recognises people who have given their time to support others in their community for at least',
    'five years. Anyone can nominate someone, and it is free.',
  ),
];
const kWho = ['You can nominate someone if they:'];
const kWhoList = [
  'live in the UK',
  'have volunteered regularly for at least 5 years',
  'have not been paid for the work you are nominating them for',
  'are still volunteering, or stopped within the last 2 years',
];
const kWho2 = [
  'You cannot nominate yourself or a member of your own family. Groups cannot be nominated, but you can nominate one person on behalf of a group.',
];
const kWrite = [
  j('Describe what the person has done and what difference it has made. Give examples, and say how their work goes beyond what', 'most volunteers would do.'),
  'Your nomination should include:',
];
const kWriteList = [
  'the person’s full name, age and address',
  'what they do, where and how often',
  'the effect their work has had on people or the community',
  'at least 2 letters of support from people who know their work',
];
const kAfter = [
  j(
    'You’ll get an email confirming your nomination has been received. Nominations are assessed by an independent panel, which',
    'meets twice a year. It can take up to 12 months to get a decision.',
  ),
  j(
    'Do not tell the person you’ve nominated them. If they are chosen, we will write to them privately and ask if they want to accept',
    'the award before it is announced.',
  ),
  j(
    'Recipients are invited to a regional ceremony, where the award is presented by the Lord-Lieutenant of their county.',
    'Their name and a short description of their work appear on GOV.UK twice a year. If a nomination is not successful,',
    'you can nominate the same person again in a later round, as long as you include new information.',
  ),
];
const kDates: [string, string][] = [
  ['Nomination round', 'Closing date'],
  ['Spring 2027', '30 September 2026'],
  ['Autumn 2027', '31 March 2027'],
];
const kDateCells = kDates.slice(1).flat();
const kCrumbs = ['Home', 'Citizenship and living in the UK', 'Honours and awards'];
const kContents = ['Who can be nominated', 'How to write a nomination', 'Closing dates', 'After you nominate'];
const kRelated = ['Honours: nominate someone', 'Volunteering: find opportunities', 'Civic Volunteering Award: previous recipients'];
const kFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'];
const kHtml = `<!DOCTYPE html><html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title lang="en">${kTitle} - GOV.UK</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#1d70b8"><link rel="stylesheet" href="/assets/frontend/application-2c9f1d.css">
<meta name="govuk:format" content="detailed_guide"><meta name="govuk:primary-publishing-organisation" content="Cabinet Office">
<meta name="description" content="How to nominate someone for the Civic Volunteering Award, who can be nominated, and what happens next.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${kTitle}","datePublished":"2024-02-06T09:30:00+00:00",
"dateModified":"2026-04-14T11:02:00+01:00"}</script></head>
<body class="gem-c-layout-for-public govuk-template__body"><script>document.body.className += ' js-enabled';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#content" class="gem-c-skip-link govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content"><h2 id="super-navigation-menu-heading"
class="govuk-visually-hidden">Navigation menu</h2><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-phase-banner govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This part of GOV.UK is being rebuilt –
<a class="govuk-link" href="/contact/govuk">find out what beta means</a></span></p></div>
<div class="gem-c-contextual-breadcrumbs"><nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
${links(kCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row gem-print-columns-none">
<div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-xl gem-c-title__context">Guidance</span><h1 class="gem-c-title__text govuk-heading-l">${kTitle}</h1>
<p class="gem-c-lead-paragraph">How to nominate a volunteer, who is eligible, and what happens after you apply.</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/cabinet-office"
class="govuk-link">Cabinet Office</a></dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">6 February 2024</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">14 April 2026</dd></dl></div>
<nav class="gem-c-contents-list" aria-label="Contents"><h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
${kContents
  .map(
    (c) => `<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><a class="gem-c-contents-list__link govuk-link"
href="#x">${c}</a></li>`,
  )
  .join('\n')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${ps(kIntro)}
<h2 id="who-can-be-nominated">Who can be nominated</h2>
${ps(kWho)}
<ul>${kWhoList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(kWho2)}
<h2 id="how-to-write-a-nomination">How to write a nomination</h2>
${ps(kWrite)}
<ul>${kWriteList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<div class="call-to-action"><p><a href="/nominate-civic-volunteering-award/start" class="govuk-link">Start your nomination online</a></p></div>
<h2 id="closing-dates">Closing dates</h2>
<table><thead><tr><th scope="col">${kDates[0]?.[0] ?? ''}</th><th scope="col">${kDates[0]?.[1] ?? ''}</th></tr></thead><tbody>
${kDates
  .slice(1)
  .map(([a, b]) => `<tr><td>${a}</td>\n<td>${b}</td></tr>`)
  .join('\n')}</tbody></table>
<h2 id="after-you-nominate">After you nominate</h2>
${ps(kAfter)}
</div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">
Is this page useful?</h2><button class="govuk-button">Yes</button><button class="govuk-button">No</button>
<button class="govuk-button">Report a problem with this page</button></div></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-related-navigation"><h2 class="gem-c-related-navigation__main-heading">Related content</h2>
<ul class="gem-c-related-navigation__link-list">${links(kRelated, 'gem-c-related-navigation__link')}</ul></div></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(kFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></footer>
<script src="/assets/frontend/application-8a1f3c.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout408-govuk-award-nomination-guidelines',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Who can be nominated', 'How to write a nomination', 'Closing dates', 'After you nominate'],
  body: texts([...kIntro, ...kWho, ...kWhoList, ...kWho2, ...kWrite, ...kWriteList, ...kDateCells, ...kAfter]),
  bylines: ['Published', '6 February 2024', 'Last updated', '14 April 2026'],
  furniture: [
    'Cookies on GOV.UK',
    'We use some essential cookies to make this website work.',
    'Accept additional cookies',
    'Reject additional cookies',
    'View cookies',
    'Skip to main content',
    'Navigation menu',
    'Search GOV.UK',
    'Beta',
    'This part of GOV.UK is being rebuilt – find out what beta means',
    ...kCrumbs,
    'Guidance',
    'How to nominate a volunteer, who is eligible, and what happens after you apply.',
    'From:',
    'Cabinet Office',
    'Contents',
    'Start your nomination online',
    'Is this page useful?',
    'Report a problem with this page',
    'Related content',
    ...kRelated,
    'Support links',
    ...kFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated',
    '© Crown copyright',
  ],
};

export const HELDOUT408_F: readonly TestPage[] = [govuk, mediumWeWon];
