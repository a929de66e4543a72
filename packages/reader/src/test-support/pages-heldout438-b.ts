import { links, type TestPage, texts } from './page-kit.js';
import { tradeNews } from './pages-heldout438-b2.js';
import { j } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file b: a port authority's operational notice on Drupal 10 (Olivero-derived theme: region and block
 * markup, the EU cookie compliance banner, breadcrumb, a short notice body with field labels, attachments, a "Latest notices"
 * view block and the footer) and, from file b2, a supply-chain trade news article on Arc XP's themes blocks.
 */
const pTitle = 'Berth 7 and Berth 8 closed for dredging works, 16 to 22 March 2026';
const pBody = [
  j(
    'Masters and agents are advised that Berth 7 and Berth 8 at the Eastern Quay will be closed to all vessel traffic from 06:00 on',
    'Monday 16 March until 18:00 on Sunday 22 March 2026 for maintenance dredging.',
  ),
  'During the closure:',
  'vessels scheduled for Berths 7 and 8 will be reallocated to Berths 4 and 11 by the Harbour Master\u2019s office;',
  'the dredger Skarvholm and two support craft will operate within the marked works area around the clock;',
  'a speed limit of 5 knots applies within 300 metres of the works area;',
  'VHF channel 14 must be monitored by all vessels navigating the Eastern Basin.',
  j(
    'Agents with vessels affected by the reallocation have been notified directly. Agents who have not received a revised',
    'berth plan by 12 March should call the Vessel Traffic Service.',
  ),
];
const pMenu = ['Port users', 'Cargo & terminals', 'Cruise', 'Planning & development', 'Environment', 'News'];
const pLatest = [
  'Temporary change to pilot boarding position, outer approach',
  'Annual port dues schedule 2026 published',
  'Night navigation restrictions lifted at the Lock Channel',
];
const pFoot = ['Contact us', 'Accessibility', 'Freedom of information', 'Privacy', 'Cookies'];
const pHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.porthalveston.example/notices/berth-7-8-dredging-2026"><meta name="description" content="Berth 7 and Berth 8
closed for maintenance dredging from 16 to 22 March 2026.">
<title>${pTitle} | Port of Halveston Authority</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq1Yd0pXo.css?delta=0&amp;language=en&amp;theme=halveston">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2291","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"method":"opt_in"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-notice"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__inner container">
<div id="block-halveston-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/halveston/logo.svg" alt="Home" fetchpriority="high"></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Port of Halveston Authority</a></div></div></div></div>
<nav role="navigation" aria-labelledby="block-halveston-main-menu-menu" id="block-halveston-main-menu" class="primary-nav block block-menu navigation
menu--main"><h2 class="visually-hidden" id="block-halveston-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu
primary-nav__menu--level-1">${links(pMenu, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
</div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb"><div id="block-halveston-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/port-users" class="breadcrumb__link">Port users</a></li><li class="breadcrumb__item"><a href="/notices"
class="breadcrumb__link">Notices to port users</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full"><div id="block-halveston-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${pTitle}</span></h1></div></div>
<div class="region region--content grid-full" id="content"><div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-halveston-content" class="block block-system block-system-main-block"><article data-history-node-id="2291" class="node node--type-notice
node--promoted node--view-mode-full"><div class="node__meta"><div class="field field--name-field-notice-number field--type-string field--label-inline">
<div class="field__label">Notice number</div><div class="field__item">LN 14/2026</div></div>
<div class="field field--name-field-issued field--type-datetime field--label-inline"><div class="field__label">Issued</div><div class="field__item">
<time datetime="2026-03-05T12:00:00Z" class="datetime">5 March 2026</time></div></div>
<div class="field field--name-field-audience field--type-entity-reference field--label-inline"><div class="field__label">Audience</div>
<div class="field__item">Masters, agents, pilots</div></div></div>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>${pBody[0]}</p>
<p>${pBody[1]}</p>
<ul>${pBody
  .slice(2, 6)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<p>${pBody[6]}</p>
</div><div class="field field--name-field-attachments field--type-file field--label-above"><div class="field__label">Attachments</div>
<div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a
href="/sites/default/files/2026-03/LN-14-2026-chartlet.pdf" type="application/pdf">LN 14-2026 works area chartlet.pdf</a></span>
<span class="file-size">(412.6 KB)</span></div></div></div>
<div class="field field--name-field-contact field--type-text-long field--label-above"><div class="field__label">Contact</div><div class="field__item">
<p class="contact-line">Vessel Traffic Service, VHF 14, +44 1632 960 714</p></div></div></div></article></div>
<div class="views-element-container block block-views block-views-blocknotices-block-latest" id="block-halveston-views-block-notices"><h2
class="block__title">Latest notices</h2><div class="view view-notices view-display-id-block_latest"><div class="view-content"><ul>
${links(pLatest, 'views-row')}</ul></div><div class="more-link"><a href="/notices">All notices to port users</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><nav role="navigation"
id="block-halveston-footer" class="block block-menu navigation menu--footer"><ul class="menu">${links(pFoot, 'menu__item')}</ul></nav></div>
<div class="region region--footer-bottom"><div class="block block-block-content"><p>Port of Halveston Authority, Harbour House, Quay Road,
Halveston HV2 4QA. Registered charity 1084421.</p></div></div></div></footer></div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog"><div class="popup-content info
eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user
experience</h2><p>By clicking the Accept button, you agree to us doing so.</p><button type="button" class="find-more-button
eu-cookie-compliance-more-button">More info</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button"
class="agree-button eu-cookie-compliance-secondary-button">Accept</button><button type="button" class="decline-button
eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/sites/default/files/js/js_8v2sQ.js?scope=footer"></script></body></html>`;
const drupalNotice: TestPage = {
  name: 'heldout438-drupal-port-notice',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['5 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Port of Halveston Authority', 'Main navigation', ...pMenu, 'Breadcrumb', 'Home', 'Notices to port users', 'Notice number',
    'LN 14/2026', 'Issued', 'Audience', 'Masters, agents, pilots', 'Attachments', 'LN 14-2026 works area chartlet.pdf', '(412.6 KB)', 'Contact',
    'Vessel Traffic Service, VHF 14, +44 1632 960 714', 'Latest notices', ...pLatest, 'All notices to port users', ...pFoot,
    'Port of Halveston Authority, Harbour House, Quay Road, Halveston HV2 4QA. Registered charity 1084421.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info', 'Accept',
    'No, thanks',
  ],
};

export const HELDOUT438_B: readonly TestPage[] = [drupalNotice, tradeNews];
