import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout304-kit.js';

/**
 * Held-out batch 304, file d: an environment agency's flood alert on the GOV.UK "Check for flooding" service (GOV.UK
 * cookie banner, header, phase banner, back link, the alert panel with its severity and times, the message, the
 * "What you should do" list, the river-level gauges, the feedback prompt, related links and the GOV.UK footer) and a
 * wildlife charity's species news story on a Drupal site (mega menu, donate button, breadcrumb, hero image with credit,
 * the dated byline, the body with a quote and a "How you can help" list, share buttons, tags, a membership appeal,
 * related news and the footer).
 */
const fTitle = 'Flood alert for the River Sollen at Brackwater and Pennick Vale';
const fMsg = [
  j(
    'River levels are rising on the River Sollen as a result of heavy rainfall overnight. Flooding is possible for low-lying',
    'land and roads close to the river, particularly around Mill Lane in Brackwater and the caravan park at Pennick Vale.',
  ),
  j(
    'Further rain is forecast through Tuesday afternoon, and we expect river levels to remain high until Wednesday morning.',
    'Our incident response staff are checking defences and clearing screens on the Brack Stream. We will update this message',
    'by 6pm or sooner if the situation changes.',
  ),
];
const fDo = [
  'Avoid walking, cycling or driving through flood water',
  'Check the latest river levels and rainfall online',
  'Prepare a flood kit with important documents, medication and a torch',
  'Move pets, vehicles and valuables to higher ground if it is safe to do so',
];
const fArea = [
  j(
    'This alert covers low-lying land beside the River Sollen from Hatherby Weir to Pennick Vale, including parts of',
    'Brackwater, Low Stennet and the Sollen Meadows nature reserve.',
  ),
];
const fRel = ['Prepare for flooding', 'What to do before, during and after a flood', 'Sign up for flood warnings', 'Report a flood'];
const fFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const fHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${fTitle} - Check for flooding - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#0b0c0c">
<meta property="og:description" content="Flood alert issued for the River Sollen at Brackwater and Pennick Vale.">
<link href="/public/stylesheets/application.css" rel="stylesheet">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script></head>
<body class="govuk-template__body"><div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Check for flooding">
<div class="govuk-cookie-banner__message govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Check for flooding</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this service work.</p>
<p class="govuk-body">We’d also like to use analytics cookies so we can understand how you use the service and make improvements.</p></div>
<div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button">Accept analytics cookies</button>
<button type="button" class="govuk-button">Reject analytics cookies</button><a class="govuk-link" href="/cookies">View cookies</a></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo">
<a href="https://www.gov.uk" class="govuk-header__link govuk-header__link--homepage"><span class="govuk-header__logotype-text">GOV.UK</span></a></div>
<div class="govuk-header__content"><a href="/" class="govuk-header__link govuk-header__service-name">Check for flooding</a></div></div></header>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong
class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service. Help us improve it and
<a class="govuk-link" href="/feedback">give your feedback (opens in new tab)</a>.</span></p></div>
<a href="/location/brackwater" class="govuk-back-link">Back</a>
<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="defra-flood-warning defra-flood-warning--alert"><span class="defra-flood-warning__severity">Flood alert</span>
<h1 class="govuk-heading-xl">${fTitle}</h1>
<p class="defra-flood-meta govuk-body-s">Updated 9:12am on 17 November 2026</p>
<p class="defra-flood-meta govuk-body-s">Issued 7:40am on 17 November 2026</p></div>
<div class="defra-flood-message">${ps(fMsg, ' class="govuk-body"')}</div>
<h2 class="govuk-heading-m">What you should do</h2><ul class="govuk-list govuk-list--bullet">${lis(fDo)}</ul>
<h2 class="govuk-heading-m">The area this alert covers</h2>${ps(fArea, ' class="govuk-body"')}
<div class="defra-related-items"><h2 class="govuk-heading-s">River levels in this area</h2><ul class="govuk-list">
${links(['River Sollen at Hatherby Weir', 'River Sollen at Brackwater Bridge', 'Brack Stream at Low Stennet'])}</ul></div>
<div class="govuk-inset-text">Call Floodline on 0345 988 1188 for 24-hour flood information.</div>
<div class="defra-feedback"><h2 class="govuk-heading-s">Is this page useful?</h2><a class="govuk-link" href="#">Yes</a>
<a class="govuk-link" href="#">No</a><a class="govuk-link" href="/problem">Report a problem with this page</a></div></div>
<div class="govuk-grid-column-one-third"><aside class="app-related-items" role="complementary"><h2 class="govuk-heading-s">Related content</h2>
<ul class="govuk-list govuk-!-font-size-16">${links(fRel)}</ul></aside></div></div></main></div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(fFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the
<a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/">Open Government Licence v3.0</a>,
except where otherwise stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo"
href="#">© Crown copyright</a></div></div></div></footer>
<script type="module" src="/public/javascripts/govuk-frontend.min.js"></script><script>window.flood={id:'062WAF28Sollen',severity:3};</script></body></html>`;
const govFlood: TestPage = {
  name: 'heldout304-govuk-flood-alert-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: ['What you should do', 'The area this alert covers'],
  body: texts([...fMsg, ...fDo, ...fArea]),
  bylines: ['Updated 9:12am on 17 November 2026', 'Issued 7:40am on 17 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on Check for flooding', 'We use some essential cookies to make this service work.', 'Accept analytics cookies',
    'Reject analytics cookies', 'View cookies', 'Skip to main content', 'GOV.UK', 'Beta', 'This is a new service. Help us improve it and',
    'give your feedback (opens in new tab)', 'Back', 'Flood alert', 'River levels in this area', 'River Sollen at Hatherby Weir',
    'River Sollen at Brackwater Bridge', 'Brack Stream at Low Stennet', 'Call Floodline on 0345 988 1188 for 24-hour flood information.',
    'Is this page useful?', 'Report a problem with this page', 'Related content', ...fRel, ...fFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

const wTitle = 'Water voles return to the Ferrow Levels after thirty years';
const wBody = [
  j(
    'Water voles have been recorded breeding on the Ferrow Levels for the first time since the mid-1990s, three years after',
    'the Trust began a reintroduction programme on the reserve’s ditches and reedbeds.',
  ),
  j(
    'Volunteers carrying out the spring survey found fresh latrines, feeding stations and burrows along more than four',
    'kilometres of ditch, well beyond the sites where the animals were first released. Camera traps on the Long Rhyne also',
    'filmed a female carrying young between burrows in early June.',
  ),
  j(
    'Water voles were once common across the Levels, but numbers collapsed in the late twentieth century as ditches were',
    'neglected and American mink, escaped from fur farms, spread along the rivers. A single mink can clear a stretch of',
    'riverbank of voles in one season.',
  ),
];
const wWork = [
  j(
    'Before the first release in 2023, the Trust spent two years controlling mink across the catchment with the help of',
    'landowners and monitoring rafts. Contractors reprofiled banks and cut back scrub so that grasses and sedges, the voles’',
    'main food, could grow thickly at the water’s edge.',
  ),
  j(
    'A total of 412 captive-bred voles have been released in three batches. Each group was kept in a soft-release pen on',
    'the bank for a few days before being allowed to disperse.',
  ),
];
const wQuote = j(
  '“Finding young voles this far from the release pens tells us the population is standing on its own feet. It is the result',
  'of years of patient work by volunteers, farmers and our reserve team.”',
);
const wAfter = ['Tamsin Ardley, the Trust’s living landscapes manager, said the next step was to link the reserve to neighbouring farmland.'];
const wHelp = [
  'Report any sightings of water voles or mink through our online recorder',
  'Join a volunteer survey team on the Levels',
  'Keep dogs on leads near ditches during the breeding season',
];
const wMenu = ['Nature reserves', 'Wildlife', 'Get involved', 'What we do', 'Shop', 'News', 'Events', 'About us'];
const wCrumb = ['Home', 'News'];
const wTags = ['Water vole', 'Ferrow Levels', 'Species reintroduction', 'Wetlands'];
const wRel = ['Record year for breeding avocets at Saltby Marsh', 'Bittern booming heard at Ferrow Levels', 'New otter holts built on the River Tane'];
const wFoot = ['Contact us', 'Jobs', 'Privacy notice', 'Cookie policy', 'Accessibility', 'Registered charity number 1092301'];
const wHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${wTitle} | Wessmoor Wildlife Trust</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="description" content="Water voles are breeding on the Ferrow Levels again.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-07-02T09:30:00+0100">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_f9Q2kD.css"><script src="/core/assets/vendor/once/once.min.js"></script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/48211"},
"gtag":{"tagId":"G-WWT"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wTitle}","datePublished":"2026-07-02"}</script></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="site-header" role="banner">
<div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/wwt/logo.svg" alt="Home"></a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(wMenu, 'menu-item menu-item--expanded')}</ul></nav>
<a href="/donate" class="button button--donate">Donate</a><a href="/membership" class="button button--join">Join</a></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(wCrumb)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">
<article data-history-node-id="48211" role="article" class="node node--type-news node--view-mode-full">
<div class="news-hero"><div class="field field--name-field-hero-image">
<img src="/sites/default/files/2026-07/water-vole.jpg" alt="A water vole eating a reed stem">
<span class="image-credit">Water vole © Piers Holloway</span></div></div>
<div class="news-header"><h1 class="page-title"><span class="field field--name-title">${wTitle}</span></h1>
<div class="node__meta"><span class="field field--name-uid">Posted by Elodie Marsh</span>
<span class="field--name-created">Wednesday 2nd July 2026</span></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(wBody)}
<h2>Three years of preparation</h2>
${ps(wWork)}
<blockquote><p>${wQuote}</p></blockquote>
${ps(wAfter)}
<div class="inline-promo"><p><strong>Read more:</strong> <a href="/news/mink-free-catchments">How mink-free catchments are saving our water voles</a></p></div>
<h2>How you can help</h2><ul>${lis(wHelp)}</ul></div>
<div class="share-this"><span class="share-this__label">Share this</span><ul>${links(['Facebook', 'Bluesky', 'Email'])}</ul></div>
<div class="field field--name-field-tags field__items"><div class="field__label">Tags</div>${links(wTags, 'field__item')}</div></article>
<div class="block block-membership-cta"><h2>Become a member</h2><p>Join today and help us protect wildlife across Wessmoor from just £4 a month.</p>
<a class="button" href="/membership">Join today</a></div>
<div class="views-element-container block block-views-blockrelated-news"><h2>Related news</h2><ul>${links(wRel, 'views-row')}</ul></div></div></main>
<footer class="site-footer"><div class="region region-footer"><p>Wessmoor Wildlife Trust, The Old Mill, Ferrow, WS7 2QL</p>
<ul class="menu">${links(wFoot)}</ul><p class="copyright">© 2026 Wessmoor Wildlife Trust</p></div></footer></div>
<script src="/sites/default/files/js/js_aL2p9x.js"></script></body></html>`;
const wildlife: TestPage = {
  name: 'heldout304-drupal-wildlife-trust-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: ['Three years of preparation', 'How you can help'],
  body: texts([...wBody, ...wWork, wQuote, ...wAfter, ...wHelp]),
  bylines: ['Posted by Elodie Marsh', 'Wednesday 2nd July 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...wMenu, 'Donate', 'Water vole © Piers Holloway', 'Read more:', 'How mink-free catchments are saving our water voles',
    'Share this', 'Facebook', 'Bluesky', 'Email', 'Tags', 'Water vole', 'Species reintroduction', 'Wetlands', 'Become a member',
    'Join today and help us protect wildlife across Wessmoor from just £4 a month.', 'Join today', 'Related news', ...wRel,
    'Wessmoor Wildlife Trust, The Old Mill, Ferrow, WS7 2QL', ...wFoot, '© 2026 Wessmoor Wildlife Trust',
  ],
};

export const HELDOUT304_D: readonly TestPage[] = [govFlood, wildlife];
