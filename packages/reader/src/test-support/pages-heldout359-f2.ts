import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file f2: a preparedness checklist on a GOV.UK-style guidance page (`govuk-` classes: the cookie
 * banner with its Accept / Reject buttons, the crown header, the service navigation, the phase banner, breadcrumbs, the
 * "From:" and "Published" metadata, the contents list, the checklist sections with their bulleted lists, an inset text, a
 * details (expander) component, the "Is this page useful?" survey, the related-content sidebar, the topic taxonomy
 * links and the footer with the licence line).
 */
const gTitle = 'Prepare your home for flooding: a checklist';
const gH = ['Before a flood warning', 'When a flood warning is issued', 'Make a flood kit', 'After a flood'];
const gIntro = [
  j(
    'Use this checklist to prepare your household, your home and your belongings if you live in an area at risk of flooding.',
    'Doing these things before a flood can reduce damage and help you recover more quickly.',
  ),
];
const gBefore = [
  'Check if your property is at risk of flooding and sign up for free flood warnings by phone, text or email.',
  'Write a personal flood plan that says what you will do, where you will go and who you will call.',
  'Find out where to turn off your gas, electricity and water supplies.',
  'Check your buildings and contents insurance covers flood damage, and keep a copy of your policy in a safe place.',
  'Store important documents in a waterproof bag upstairs or in a high place.',
];
const gWarn = [
  'Move people, pets and valuables upstairs or to higher ground.',
  'Turn off gas, electricity and water if it is safe to do so.',
  'Put flood barriers or sandbags in place if you have them.',
  'Leave your home if you are told to by the emergency services.',
];
const gInset = j(
  'Do not walk or drive through flood water. Just 30cm of flowing water is enough to float a car, and water may be contaminated',
  'or hide hidden hazards.',
);
const gKit = ['Pack a flood kit in a bag that is easy to carry. It should include:'];
const gKitList = [
  'a torch with spare batteries',
  'a wind-up or battery radio',
  'a first aid kit and any medicines you need',
  'bottled water and food that does not need cooking',
  'warm, waterproof clothing and blankets',
  'copies of insurance documents and useful phone numbers',
];
const gDetails = j(
  'If someone in your household needs extra help, for example because of a disability or a medical condition, tell your energy',
  'supplier and ask to join the priority services register. Your local council may also keep a list of residents who need help',
  'to leave their homes.',
);
const gAfter = [
  'Call your insurance company as soon as possible and take photos of the damage before you clear up.',
  'Wear gloves and boots when cleaning, and wash your hands with clean water afterwards.',
  'Ask an electrician to check your electrics before you turn the power back on.',
];
const gCrumbs = ['Home', 'Environment', 'Flooding and coastal change', 'Flood risk preparation'];
const gRelated = ['Check for flooding', 'Sign up for flood warnings', 'What to do before, during and after a flood', 'Get help after a flood'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${gTitle} - GOV.UK</title>
<meta name="govuk:format" content="detailed_guide"><meta name="govuk:primary-publishing-organisation" content="Environment Protection Agency">
<meta property="og:site_name" content="GOV.UK"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gTitle}","datePublished":"2026-03-02T09:30:00+00:00",
"publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
<script nonce="x9">document.body.className+=' js-enabled'+('noModule' in HTMLScriptElement.prototype?' govuk-frontend-supported':'');</script>
<link rel="stylesheet" href="/assets/static/application-3a0e5c.css"></head>
<body class="govuk-template__body"><div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region"
aria-label="Cookies on GOV.UK"><div class="govuk-cookie-banner" role="region"><div class="govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit">Accept additional cookies</button>
<button class="govuk-button" type="submit">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.uk"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" type="button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" type="button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service.
Help us improve it and <a class="govuk-link" href="/feedback">give your feedback</a>.</span></p></div>
<nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
${gCrumbs.map((c) => `<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">${c}</a></li>`).join('\n')}</ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main" lang="en"><div class="govuk-grid-row gem-print-columns-none">
<div class="govuk-grid-column-two-thirds"><span class="govuk-caption-xl gem-c-title__context">Guidance</span>
<h1 class="gem-c-title__text govuk-heading-xl">${gTitle}</h1></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle"><dl class="gem-c-metadata__list">
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/epa" class="govuk-link">Environment
Protection Agency</a></dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">2 March 2026</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">14 May 2026 — <a href="#full-history">See all updates</a></dd>
</dl></div>
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">${gH.map((h, i) => `<li class="gem-c-contents-list__list-item"><a href="#s${i}">${h}</a></li>`).join('\n')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${ps(gIntro)}
<h2 id="s0">${gH[0]}</h2><ul>${gBefore.map((b) => `<li>${b}</li>`).join('\n')}</ul>
<h2 id="s1">${gH[1]}</h2><ul>${gWarn.map((b) => `<li>${b}</li>`).join('\n')}</ul>
<div class="govuk-inset-text"><p>${gInset}</p></div>
<h2 id="s2">${gH[2]}</h2>
${ps(gKit)}
<ul>${gKitList.map((b) => `<li>${b}</li>`).join('\n')}</ul>
<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">If someone in your home needs extra help</span>
</summary><div class="govuk-details__text"><p>${gDetails}</p></div></details>
<h2 id="s3">${gH[3]}</h2><ul>${gAfter.map((b) => `<li>${b}</li>`).join('\n')}</ul></div></div>
<div class="gem-c-print-link"><button class="govuk-link">Print this page</button></div>
<div class="app-c-published-dates" id="full-history"><p>Published 2 March 2026<br>Last updated 14 May 2026</p></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading"
id="related-nav-related_items">Related content</h2><ul class="gem-c-related-navigation__link-list">
${gRelated.map((r) => `<li class="gem-c-related-navigation__link"><a class="govuk-link" href="/">${r}</a></li>`).join('\n')}</ul>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul><li><a href="/environment/flooding">Flooding and extreme weather</a></li></ul>
</aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
<button class="govuk-button">Yes</button><button class="govuk-button">No</button><button class="govuk-link">Report a problem with this page</button></div></div>
</main></div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta">
<h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${gFoot
  .map(
    (f) => `<li class="govuk-footer__inline-list-item">
<a class="govuk-footer__link" href="/">${f}</a></li>`,
  )
  .join('\n')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="/copyright">© Crown copyright</a></div></div></footer>
<script type="module" src="/assets/static/application-9b1f.js"></script></body></html>`;
export const checklist: TestPage = {
  name: 'heldout359-govuk-checklist-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gIntro, ...gBefore, ...gWarn, gInset, ...gKit, ...gKitList, gDetails, ...gAfter]),
  bylines: ['2 March 2026', '14 May 2026', 'Published 2 March 2026', 'Last updated 14 May 2026', 'Environment Protection Agency'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.', 'Accept additional cookies', 'Reject additional cookies', 'View cookies',
    'Skip to main content', 'Navigation menu', 'Menu', 'Search GOV.UK', 'Beta', 'This is a new service. Help us improve it and give your feedback.', ...gCrumbs,
    'Guidance', 'From:', 'Published', 'Last updated', 'See all updates', 'Contents', 'Print this page',
    'Related content', ...gRelated, 'Explore the topic', 'Flooding and extreme weather', 'Is this page useful?', 'Report a problem with this page',
    'Support links', ...gFoot, 'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};
