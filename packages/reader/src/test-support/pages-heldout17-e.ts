import { links, ps, type TestPage, texts } from './page-kit.js';
import { university } from './pages-heldout17-e2.js';

/**
 * Held-out batch 17, file e: a government press release on a GOV.UK-style page (govuk-* and gem-c-* design system markup,
 * cookie banner, super navigation header with its Topics / Government activity menus, breadcrumbs, "Press release" caption,
 * lead paragraph, metadata "From: ... Published ...", "Get emails about this page", image with caption, "Contents" list,
 * govspeak body with a bulleted list and "Notes to editors", "Share this page", related content sidebar, "Is this page
 * useful?" and the crown copyright footer). The university news story of this file is in pages-heldout17-e2.ts.
 */
const gvTitle = 'Rural councils to share £45 million to clear fly-tipping from country lanes';
const gvLead = 'Funding will pay for faster clearance, hidden cameras and tougher enforcement in the 60 areas worst hit by illegal dumping.';
const gvBody1 = [
  'Councils in rural England will share £45 million over the next three years to clear fly-tipped waste from country lanes, ' +
    'lay-bys and field gateways, and to catch the people who dump it, the government announced today.',
  'Fly-tipping on public land cost councils an estimated £58 million to clear last year, and the true figure is higher because ' +
    'waste dumped on private farmland is not included. Farmers are currently responsible for removing rubbish left on their own ' +
    'land, which can cost thousands of pounds for a single lorry load of building waste.',
];
const gvH1 = 'How the money will be spent';
const gvBody2 = ['The 60 councils with the highest rates of rural fly-tipping will be able to use the funding to:'];
const gvList = [
  'clear reported waste from roads and verges within five working days',
  'install covert cameras and number plate recognition at known dumping sites',
  'employ additional enforcement officers to investigate incidents and prosecute offenders',
  'offer free collection of waste fly-tipped on farmland where the landowner reports it within a week',
];
const gvH2 = 'Tougher penalties';
const gvBody3 = [
  'The maximum fixed penalty notice for small-scale fly-tipping will rise from £1,000 to £1,500 from October, and councils will ' +
    'be able to publish the names of people convicted of fly-tipping offences on their websites.',
  'Environment Minister Rebecca Lorne said: “Fly-tipping is a blight on our countryside. It harms wildlife, pollutes streams ' +
    'and leaves farmers paying for other people’s crimes. This funding means councils can clear it faster and, just as ' +
    'importantly, find the people responsible and make them pay.”',
  'Mark Featherstone, chair of the Rural Councils Network, said: “Our members have been asking for dedicated funding for years. ' +
    'Cameras and enforcement officers make a real difference, and we will be able to show residents that reporting an incident ' +
    'leads to action.”',
];
const gvNotes = [
  'The list of the 60 councils eligible for funding is published on GOV.UK alongside this announcement.',
  'Fly-tipping statistics for England are published each year by the Department for Environment, Food & Rural Affairs.',
  'The new fixed penalty limits will be set out in regulations to be laid before Parliament in the summer.',
];
const gvCaption = 'Building waste dumped in a field gateway in Lincolnshire. Credit: Defra';
const gvTopics = [
  'Benefits',
  'Births, death, marriages and care',
  'Business and self-employed',
  'Childcare and parenting',
  'Environment and countryside',
  'Housing and local services',
  'Money and tax',
  'Work',
];
const gvGov = [
  'Departments',
  'News',
  'Guidance and regulation',
  'Research and statistics',
  'Policy papers and consultations',
  'Transparency',
  'How government works',
  'Get involved',
];
const gvCrumbs = ['Home', 'Environment', 'Waste and recycling'];
const gvRelated = ['Fly-tipping statistics for England, 2023 to 2024', 'Report fly-tipping', 'Fly-tipping: council powers and duties'];
const gvFoot = [
  'Help',
  'Privacy',
  'Cookies',
  'Accessibility statement',
  'Contact',
  'Terms and conditions',
  'Rhestr o Wasanaethau Cymraeg',
  'Government Digital Service',
];
const gvOgl = 'All content is available under the Open Government Licence v3.0, except where otherwise stated';
const gvFeedback = `<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt" tabindex="-1">
<div class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions">
<h2 class="gem-c-feedback__prompt-question">Is this page
useful?</h2><ul class="gem-c-feedback__option-list"><li class="gem-c-feedback__option-list-item govuk-visually-hidden"><a class="gem-c-feedback__prompt-link"
href="/contact/govuk">Maybe</a></li><li class="gem-c-feedback__option-list-item">
<button class="govuk-button gem-c-feedback__prompt-link js-page-is-useful">Yes
<span class="govuk-visually-hidden">this page is useful</span></button></li><li class="gem-c-feedback__option-list-item"><button class="govuk-button
gem-c-feedback__prompt-link js-page-is-not-useful">No <span class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-questions--something-is-wrong"><button class="govuk-button gem-c-feedback__prompt-link
js-something-is-wrong">Report a problem with this page</button></div></div></div></div>`;
const gvHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title lang="en">${gvTitle} - GOV.UK</title>
<meta name="govuk:format" content="news_article"><meta name="govuk:content-id" content="5f2e7b0c-3a1d-4c6e-9b7f-0d4e2a9c1b33">
<meta name="govuk:primary-publishing-organisation" content="Department for Environment, Food &amp; Rural Affairs">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gvTitle}","datePublished":"2025-04-14T00:01:00+01:00",
"author":{"@type":"Organization","name":"Department for Environment, Food & Rural Affairs"},"description":"${gvLead}"}</script>
<link rel="stylesheet" href="/assets/frontend/application-0f4c.css"></head>
<body class="govuk-template__body"><script
nonce="x">document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" data-nosnippet="" role="region"
aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use
GOV.UK, remember your settings and improve government services.</p>
<p class="govuk-body">We also use cookies set by other sites to help us deliver content from their
services.</p></div></div></div><div class="govuk-button-group">
<button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a>
</div></div></div></div>
<a href="#content" class="gem-c-skip-link govuk-skip-link govuk-!-display-none-print" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="gem-super-navigation-header" class="gem-c-layout-super-navigation-header">
<div class="gem-c-layout-super-navigation-header__container
govuk-width-container"><a href="/" class="gem-c-header__link gem-c-header__link--homepage" aria-label="Go to the GOV.UK homepage">GOV.UK</a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content"><h2 id="super-navigation-menu-heading"
class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" aria-controls="super-navigation-menu"
aria-expanded="false">Menu</button><div id="super-navigation-menu" hidden class="gem-c-layout-super-navigation-header__navigation-dropdown-menu">
<div class="govuk-grid-row">
<div class="govuk-grid-column-one-half"><h3 class="govuk-heading-m">Services and information</h3><ul class="govuk-list">${links(gvTopics)}</ul></div>
<div class="govuk-grid-column-one-half"><h3 class="govuk-heading-m">Government activity</h3><ul class="govuk-list">${links(gvGov)}</ul></div></div></div>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" aria-controls="super-search-menu">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs govuk-!-display-none-print"><nav aria-label="Breadcrumb" class="gem-c-breadcrumbs
govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile"><ol class="govuk-breadcrumbs__list">${links(gvCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav>
</div>
<main role="main" id="content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en"><div class="govuk-grid-row gem-print-columns-none">
<div class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8">
<span class="govuk-caption-xl gem-c-heading__context">Press release</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gvTitle}</h1></div></div>
<div class="govuk-grid-column-two-thirds"><p class="gem-c-lead-paragraph">${gvLead}</p></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="metadata"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/defra" class="govuk-link">Department for
Environment, Food &amp; Rural Affairs</a> and <a href="/government/people/rebecca-lorne" class="govuk-link">Rebecca Lorne MP</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">14 April 2025</dd></dl></div>
<div class="gem-c-single-page-notification-button" data-module="single-page-notification-button">
<form action="/email/subscriptions/single-page/new" method="POST">
<button class="govuk-body-s gem-c-single-page-notification-button__submit" type="submit">Get emails about this page</button></form></div></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><figure class="gem-c-figure"><img class="gem-c-figure__image"
src="https://assets.publishing.service.gov.example/media/65f1/fly-tipping-gateway.jpg" alt="Rubble and plasterboard dumped in a field gateway">
<figcaption class="gem-c-figure__figcaption"><p>${gvCaption}</p></figcaption></figure>
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation" data-module="ga4-link-tracker"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">${[gvH1, gvH2, 'Notes to editors']
  .map(
    (h) => `<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed">
<span class="gem-c-contents-list__list-item-dash" aria-hidden="true"></span>
<a class="gem-c-contents-list__link govuk-link" href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`,
  )
  .join('\n')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${ps(gvBody1)}
<h2 id="how-the-money-will-be-spent">${gvH1}</h2>
${ps(gvBody2)}
<ul>${gvList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="tougher-penalties">${gvH2}</h2>
${ps(gvBody3)}
<h2 id="notes-to-editors">Notes to editors</h2>
<ol>${gvNotes.map((t) => `<li>${t.replace(/&/g, '&amp;')}</li>`).join('\n')}</ol>
</div></div>
<div class="gem-c-single-page-notification-button">
<button class="govuk-body-s gem-c-single-page-notification-button__submit">Get emails about this page</button></div>
<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">Share this page</h2><ul class="gem-c-share-links__list">
<li class="gem-c-share-links__list-item"><a class="govuk-link gem-c-share-links__link" href="https://www.facebook.example/sharer/sharer.php">Share on
<span class="govuk-visually-hidden">Facebook</span></a></li><li class="gem-c-share-links__list-item"><a class="govuk-link gem-c-share-links__link"
href="https://x.example/share">Share on <span class="govuk-visually-hidden">Twitter</span></a></li></ul></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 id="related-nav-related_items-9d2b"
class="gem-c-related-navigation__main-heading" data-track-count="sidebarRelatedItemSection">Related content</h2><nav role="navigation"
class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items-9d2b"><ul class="gem-c-related-navigation__link-list">
${links(gvRelated, 'gem-c-related-navigation__link')}</ul></nav><h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3>
<ul class="gem-c-related-navigation__link-list">${links(['Waste and recycling', 'Rural and countryside'], 'gem-c-related-navigation__link')}</ul></aside>
</div></div>
${gvFeedback}</main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__navigation">
<div class="govuk-footer__section govuk-grid-column-two-thirds"><h2 class="govuk-footer__heading govuk-heading-m">Topics</h2>
<ul class="govuk-footer__list">${links(gvTopics)}
</ul></div><div class="govuk-footer__section govuk-grid-column-one-third"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2>
<ul class="govuk-footer__list">${links(gvGov)}</ul></div></div><hr class="govuk-footer__section-break"><div class="govuk-footer__meta">
<div class="govuk-footer__meta-item
govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gvFoot, 'govuk-footer__inline-list-item')}
</ul><span class="govuk-footer__licence-description">${gvOgl}</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link
govuk-footer__copyright-logo" href="https://www.nationalarchives.example/information-management/crown-copyright/">
© Crown copyright</a></div></div></div></footer>
<script src="/assets/frontend/application-6a1e.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  html: gvHtml,
  name: 'heldout17-govuk-press-release',
  kind: 'news',
  // the lead paragraph is the release's summary: body; the govspeak paragraphs and list items are body and the two h2s
  // the headings; "Notes to editors" (heading and items) are background notes for journalists, endnotes in all but name:
  // furniture; the issuing department and minister in "From:" and the "14 April 2025" date are bylines (the issuing
  // author, as batch 15's "Posted on" and department line), the "Published" label furniture ("From:" is a word of the body: left out); the "Press
  // release" caption, the contents list (its first two entries are the headings: left out), image caption, email buttons,
  // share links, related sidebar, feedback prompt, cookie banner, menus (the Topics and Government activity lists are also
  // in the footer and count once) and footer are furniture; the breadcrumb "Home", and "Environment" and "Work" (words of
  // the body) are left out
  title: gvTitle,
  headings: [gvH1, gvH2],
  body: [gvLead, ...texts(gvBody1), ...texts(gvBody2), ...gvList, ...texts(gvBody3)],
  bylines: ['Department for Environment, Food & Rural Affairs', 'Rebecca Lorne MP', '14 April 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'We also use cookies set by other sites to help us deliver content from their services.', 'Accept additional cookies', 'Reject additional cookies',
    'View cookies', 'Skip to main content', 'GOV.UK', 'Menu', 'Services and information', ...gvTopics.filter((t) => t !== 'Work'), 'Government activity',
    ...gvGov, 'Search GOV.UK', 'Waste and recycling', 'Press release', 'Published', 'Get emails about this page', gvCaption, 'Contents',
    'Notes to editors', ...gvNotes, 'Share this page', 'Share on Facebook', 'Share on Twitter', 'Related content', ...gvRelated, 'Explore the topic',
    'Rural and countryside', 'Is this page useful?', 'Maybe', 'Yes this page is useful', 'No this page is not useful', 'Report a problem with this page',
    'Topics', ...gvFoot, gvOgl, '© Crown copyright',
  ],
};

export const HELDOUT17_E: readonly TestPage[] = [govuk, university];
