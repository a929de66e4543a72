import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file b2: a building-regulations guidance page on GOV.UK (cookie banner, header with the crown logo,
 * phase banner, breadcrumbs, title context, metadata with "From" and "Published", the contents list, the govspeak body with a
 * callout, the "Related content" sidebar, topic taxonomy, the "Is this page useful?" survey and the footer).
 */
const gTitle = 'Fire doors in blocks of flats: guidance for responsible persons';
const gLead = 'How to check, repair and record fire doors in the common parts of residential buildings with more than one home.';
const gIntro = [
  j(
    'This guidance is for responsible persons, managing agents and contractors who maintain the common parts of blocks of flats. It explains',
    'what the fire door inspection duties mean in practice, what to look for during a check and when a door needs repair or replacement.',
  ),
  j(
    'It applies to all residential buildings in England that contain two or more',
    'sets of domestic premises and common parts through which residents would need to evacuate.',
  ),
];
const gDuties = [
  j(
    'In buildings with a top storey above 11 metres, the responsible person must check fire doors in the common parts at least once every three',
    'months, and make best endeavours to check flat entrance doors at least once every 12 months.',
  ),
  j(
    'They must also give residents information about why fire doors should be kept',
    'shut, why self-closing devices must not be removed and why damage should be reported.',
  ),
];
const gCheck = [
  'Is there any damage to the door leaf, frame or glazing?',
  'Does the self-closing device close the door fully into its frame from any angle?',
  'Are the gaps around the top and sides of the door no more than 4 mm when closed?',
  'Are the intumescent strips and smoke seals present, continuous and not painted over?',
  'Are there at least three hinges, all firmly fixed with no missing screws?',
];
const gCallout = j(
  'A door that has been wedged open or has had its closer removed is not a working fire door. Record the fault and arrange a repair as a',
  'priority, even if the door looks sound.',
);
const gRepair = [
  j(
    'Minor faults, such as a loose hinge screw or a closer that needs adjusting, can usually be put right by a competent maintenance operative',
    'on the day. Larger repairs, such as replacing seals, refitting glazing or planting in timber to close a gap, should be carried out by',
    'someone with fire door training using components compatible with the original test evidence.',
  ),
  j(
    'Where a door leaf is badly damaged, has been cut down, or has no evidence of its fire performance, it is usually more cost-effective to',
    'replace the complete doorset with a certificated product than to try to upgrade it.',
  ),
];
const gRecords = [
  j(
    'Keep a record of each check, including the date, the doors inspected, any faults found and the action taken. Records can be kept on',
    'paper or electronically, but must be available to the fire and rescue authority on request.',
  ),
  'If a flat entrance door cannot be checked because the resident refuses access, record each attempt and the steps you took to explain why the check matters.',
];
const gContents = ['Who this guidance is for', 'Your duties', 'What to check', 'Repairs and replacement', 'Keeping records'];
const gCrumbs = ['Home', 'Housing, local and community', 'Housing and the built environment', 'Building regulation'];
const gRelated = ['Fire safety in purpose-built blocks of flats', 'Check your fire risk assessment', 'Building Safety Regulator: an overview'];
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
const h2 = (id: string, t: string): string => `<h2 id="${id}">${t}</h2>`;
const gHtml = `<!DOCTYPE html><html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title lang="en">${gTitle} - GOV.UK</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="govuk:format" content="detailed_guide">
<meta name="govuk:primary-publishing-organisation" content="Ministry of Housing, Communities and Local Government">
<meta name="description" content="${gLead}"><link rel="canonical" href="https://www.gov.uk/guidance/fire-doors-in-blocks-of-flats">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gTitle}","datePublished":"2026-02-04T09:30:00+00:00",
"publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
<script src="/assets/static/govuk_publishing_components/rum-loader.js" type="module"></script></head>
<body class="govuk-template__body gem-c-layout-for-public"><script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner" data-module="super-navigation-mega-menu"><div class="govuk-width-container">
<a href="https://www.gov.uk/" class="gem-c-header__link" aria-label="Go to the GOV.UK homepage"><svg class="govuk-header__logotype" focusable="false" role="img"
aria-label="GOV.UK" viewBox="0 0 324 60"><title>GOV.UK</title></svg></a><nav class="gem-c-layout-super-navigation-header__content" aria-label="Menu">
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" aria-controls="super-navigation-menu">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" aria-controls="super-search-menu">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-phase-banner govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This part of GOV.UK is being rebuilt –
<a class="govuk-link" href="/help/beta">find out what beta means</a></span></p></div>
<div class="gem-c-contextual-breadcrumbs"><nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row gem-print-columns-none">
<div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Guidance</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div>
<p class="gem-c-lead-paragraph">${gLead}</p></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle">
<dl class="gem-c-metadata__list"><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">
<a href="/government/organisations/ministry-of-housing-communities-local-government" class="govuk-link">Ministry of Housing, Communities and Local
Government</a>
</dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">4 February 2026</dd></dl></div></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><aside class="gem-c-contents-list" aria-label="Contents" role="navigation">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
${gContents
  .map(
    (c, i) => `<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><span class="gem-c-contents-list__list-item-dash"
aria-hidden="true"></span><a class="gem-c-contents-list__link govuk-link" href="#s${i}">${c}</a></li>`,
  )
  .join('\n')}</ol></aside>
<div class="govuk-!-padding-bottom-9"><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${h2('s0', gContents[0] ?? '')}
${ps(gIntro)}
${h2('s1', gContents[1] ?? '')}
${ps(gDuties)}
${h2('s2', gContents[2] ?? '')}
<p>During each check, ask:</p>
<ul>${gCheck.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div role="note" aria-label="Information" class="application-notice info-notice"><p>${gCallout}</p></div>
${h2('s3', gContents[3] ?? '')}
${ps(gRepair)}
${h2('s4', gContents[4] ?? '')}
${ps(gRecords)}
</div></div></div>
<div class="gem-c-published-dates" lang="en">Published 4 February 2026</div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link gem-c-print-link__button" data-module="print-link">Print this page</button>
</div>
</div><div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation">
<h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2>
<nav role="navigation" class="gem-c-related-navigation__nav-section"><ul class="gem-c-related-navigation__link-list">
${links(gRelated, 'gem-c-related-navigation__link')}</ul></nav></div></div></div></div>
<div class="gem-c-contextual-footer"><div class="gem-c-related-navigation"><h2 class="gem-c-related-navigation__main-heading">Explore the topic</h2>
<ul class="gem-c-related-navigation__link-list">${links(['Building regulation', 'Fire prevention and rescue'], 'gem-c-related-navigation__link')}</ul></div>
</div>
</main><div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt">
<div class="gem-c-feedback__prompt-content">
<div class="gem-c-feedback__prompt-questions"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
<ul class="gem-c-feedback__option-list"><li><button class="govuk-button gem-c-feedback__option-list-item">Yes</button></li>
<li><button class="govuk-button gem-c-feedback__option-list-item">No</button></li></ul></div>
<button class="govuk-button govuk-button--secondary gem-c-feedback__prompt-link">Report a problem with this page</button></div></div></div></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span></div>
<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></div></div></footer>
<script type="module" src="/assets/frontend/application.js"></script></body></html>`;
export const govuk: TestPage = {
  name: 'heldout439-govuk-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gContents,
  body: texts([gLead, ...gIntro, ...gDuties, 'During each check, ask:', ...gCheck, gCallout, ...gRepair, ...gRecords]),
  bylines: ['From:', 'Ministry of Housing, Communities and Local Government', 'Published', '4 February 2026', 'Published 4 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Menu', 'Search GOV.UK', 'Beta',
    'This part of GOV.UK is being rebuilt – find out what beta means', ...gCrumbs, 'Guidance', 'Contents', 'Print this page', 'Related content', ...gRelated,
    'Explore the topic', 'Fire prevention and rescue', 'Is this page useful?', 'Yes', 'Report a problem with this page', 'Support links', ...gFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};
