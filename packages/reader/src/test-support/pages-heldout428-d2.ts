import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout428-kit.js';

/**
 * Held-out batch 428, file d2: a legal glossary published as guidance on GOV.UK (cookie banner, GOV.UK header, phase
 * banner, breadcrumbs, the title block with its "Guidance" caption and lead paragraph, the metadata "From / Published /
 * Last updated", the contents list, govspeak body with h2 groups and h3 terms, "Is this page useful?" feedback, related
 * navigation, footer with the Open Government Licence). The "From", "Published" and "Last updated" lines are bylines.
 */
const gTitle = 'Glossary of terms used in the county civil courts';
const gLead = 'Plain-language explanations of words you may see on court forms, letters and orders in a civil claim.';
const gAbout = [
  j(
    'This glossary is for people who are bringing or defending a civil claim without a solicitor. It explains the words that',
    'appear most often on forms and in letters from the court. It is not legal advice, and the meaning of a word in a',
    'particular case can depend on the rules that apply to it.',
  ),
  'If a word you need is not listed, you can ask the court counter staff to explain it, but they cannot tell you what to do.',
];
const gGroups: readonly [string, readonly [string, string][]][] = [
  [
    'Starting and answering a claim',
    [
      ['Claimant', 'The person or organisation who starts a claim. In older papers they may be called the plaintiff.'],
      ['Defendant', 'The person or organisation the claim is made against.'],
      [
        'Acknowledgment of service',
        j(
          'A form the defendant returns to say they have received the claim. Sending it gives the defendant 28 days from',
          'service of the particulars of claim to file a defence, instead of 14.',
        ),
      ],
      ['Particulars of claim', 'The claimant’s written account of what happened, what they are asking for and why.'],
    ],
  ],
  [
    'Hearings and decisions',
    [
      ['Allocation', 'The decision about which track a claim will follow, based mainly on its value and how complicated it is.'],
      [
        'Directions',
        'Instructions from a judge about what each side must do before the hearing, such as sending documents or witness statements by a set date.',
      ],
      ['Default judgment', 'A judgment made without a hearing because the defendant did not reply to the claim in time.'],
      ['Set aside', 'To cancel an order or judgment, for example because a party did not receive the claim form.'],
    ],
  ],
  [
    'After judgment',
    [
      ['Enforcement', 'The steps a successful party can ask the court to take when the other side does not pay what they were ordered to pay.'],
      ['Charging order', 'An order that secures a debt against property the debtor owns, so that it is paid when the property is sold.'],
      ['Warrant of control', 'Permission for enforcement agents to visit the debtor’s premises and take goods to sell towards the debt.'],
    ],
  ],
];
const gContents = ['About this glossary', ...gGroups.map((g) => g[0]), 'Welsh-language forms'];
const gWelsh = [
  j(
    'Every form mentioned here is also available in Welsh. Where a claim is heard in Wales, you may speak Welsh at a',
    'hearing; tell the court at least 7 days beforehand so that an interpreter can be arranged.',
  ),
];
const gCrumbs = ['Home', 'Crime, justice and the law', 'Courts, sentencing and tribunals'];
const gRelated = ['Make a court claim for money', 'Respond to a court claim for money', 'Get help with court fees'];
const gFoot = [
  'Help',
  'Privacy',
  'Cookies',
  'Accessibility statement',
  'Contact',
  'Terms and conditions',
  'Rhestr o Wasanaethau Cymraeg',
  'Government Digital Service',
];
const gHtml = `<!DOCTYPE html><html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title>Glossary of terms used in the county civil courts - GOV.UK</title><meta name="govuk:format" content="detailed_guide">
<meta name="govuk:publishing-app" content="whitehall"><meta name="govuk:content-id" content="4f8e1a2c-9b3d-4e6f-8a1b-2c3d4e5f6a7b">
<meta name="govuk:organisations" content="&lt;D1288&gt;"><meta property="og:title" content="Glossary of terms used in the county civil courts">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"Glossary of terms used in the county civil courts",
"datePublished":"2025-11-04T09:30:00+00:00","dateModified":"2026-02-27T14:05:00+00:00","publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
<link rel="stylesheet" href="/assets/frontend/application-7c1b.css"></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported'
: '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit">Accept additional cookies</button>
<button class="govuk-button" type="submit">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="govuk-header__link govuk-header__link--homepage" href="/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading"><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-phase-banner govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This part of GOV.UK is being rebuilt –
find out what beta means</span></p></div>
<div class="gem-c-breadcrumbs govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading"><span class="govuk-caption-xl gem-c-heading__context">Guidance</span><h1 class="gem-c-heading__text
govuk-heading-l">${gTitle}</h1></div>
<p class="gem-c-lead-paragraph">${gLead}</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="metadata"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/county-courts-service">County Courts
Service</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">4 November 2025</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">27 February 2026 — <a href="#full-history">See all
updates</a></dd></dl></div>
<nav class="gem-c-contents-list" aria-label="Contents"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">${links(gContents, 'gem-c-contents-list__list-item')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<h2 id="about-this-glossary">About this glossary</h2>
${ps(gAbout)}
${gGroups
  .map(
    (g) => `<h2
id="${g[0].toLowerCase().replace(/ /g, '-')}">${g[0]}</h2>\n${g[1].map((t) => `<h3>${t[0]}</h3>\n<p>${t[1]}</p>`).join('\n')}`,
  )
  .join('\n')}
<h2 id="welsh-language-forms">Welsh-language forms</h2>
${ps(gWelsh)}
</div></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button">Print this page</button></div>
<div id="full-history" class="app-c-published-dates"><p>Published 4 November 2025<br>Last updated 27 February 2026</p>
<p>27 February 2026: Added the term "warrant of control".</p></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2
class="gem-c-related-navigation__main-heading">Related content</h2>
<ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul></aside></div></div></main>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><h2
class="gem-c-feedback__prompt-question">Is this page
useful?</h2><button class="govuk-button">Yes</button> <button class="govuk-button">No</button>
<button class="govuk-button govuk-button--secondary">Report a problem with this page</button></div></div></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></footer>
<script src="/assets/frontend/application-2e9d.js" type="module"></script></body></html>`;
export const govuk: TestPage = {
  name: 'heldout428-govuk-legal-glossary',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['About this glossary', ...gGroups.flatMap((g) => [g[0], ...g[1].map((t) => t[0])]), 'Welsh-language forms'],
  body: texts([gLead, ...gAbout, ...gGroups.flatMap((g) => g[1].map((t) => t[1])), ...gWelsh]),
  bylines: ['County Courts Service', '4 November 2025', '27 February 2026', 'Published 4 November 2025', 'Last updated 27 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Menu', 'Search GOV.UK', 'Beta',
    'This part of GOV.UK is being rebuilt – find out what beta means', ...gCrumbs, 'Guidance', 'From:', 'Published', 'Last updated', 'See all updates',
    'Contents', 'Print this page', '27 February 2026: Added the term "warrant of control".', 'Related content', ...gRelated, 'Is this page useful?',
    'Yes', 'Report a problem with this page', 'Support links', ...gFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};
