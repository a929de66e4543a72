import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file c2: a trade union's workplace-rights guide on Drupal 10 (a custom theme on Olivero's regions: the
 * site header with "Join us" button, main menu, breadcrumb block, the guide node with its summary field, "Last reviewed" field,
 * an "On this page" block, the body field with a table, a "Join the union" block, print / share links, related guides view,
 * the EU cookie compliance popup and the footer).
 */
const title = 'Your rights to rest breaks and working time';
const summary = ['Every worker is entitled to breaks during the day, rest between shifts and a limit on weekly hours. This guide explains the minimums.'];
const h1 = 'Breaks during the working day';
const p1 = [
  j(
    'If you work more than six hours in a day, you are entitled to an uninterrupted break of at least twenty minutes. It must be taken',
    'during the working day, not at the start or end, and your employer cannot make you spend it at your workstation.',
  ),
  j(
    'Your contract may give you longer or paid breaks. The legal minimum does not require the break to be paid, so check your',
    'contract or your collective agreement, which in many workplaces negotiated by the union is more generous.',
  ),
];
const h2 = 'Rest between shifts and each week';
const p2 = ['The law sets out the following minimum rest periods for adult workers:'];
const rows = [
  ['Daily rest', '11 hours in a row between working days'],
  ['Weekly rest', '24 hours without work each week, or 48 hours each fortnight'],
  ['Rest break', '20 minutes if the day is longer than six hours'],
  ['Young workers (under 18)', '12 hours daily rest, 48 hours weekly rest, 30-minute break after 4.5 hours'],
];
const h3 = 'The 48-hour week';
const p3 = [
  j(
    'You cannot be made to work more than 48 hours a week on average, normally measured over seventeen weeks. You can choose to opt out',
    'of this limit, but the choice must be voluntary and in writing, and you can cancel it by giving notice.',
  ),
  'You should never be dismissed or treated unfairly for refusing to sign an opt-out. If this happens, contact your rep straight away.',
];
const h4 = 'What to do if your breaks are not respected';
const steps = [
  'Keep a simple diary of the hours you work and the breaks you miss.',
  'Raise it informally with your manager, and ask for the answer in writing.',
  'Speak to your workplace rep, who can raise it collectively if colleagues are affected.',
  'If the problem continues, the union can support a formal grievance or a claim.',
];
const nav = ['Your rights', 'Campaigns', 'Find your rep', 'News', 'About the union'];
const crumbs = ['Home', 'Your rights', 'Working time'];
const toc = [h1, h2, h3, h4];
const related = ['Holiday pay and leave', 'Sick pay: what you are owed', 'Flexible working requests', 'Night work and shift patterns'];
const foot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie policy', 'Modern slavery statement'];
const html = `<!DOCTYPE html><html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10
(https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Your rights to rest breaks and working time | Unite Retail and Service Workers</title>
<link rel="canonical" href="https://www.ursw.example/your-rights/working-time/rest-breaks">
<meta name="description" content="Every worker is entitled to breaks during the day, rest between shifts and a limit on weekly hours.">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/3318","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx2rL0.css"></head>
<body class="path-node page-node-type-guide"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__inner container">
<div id="block-ursw-site-branding" class="site-branding block block-system block-system-branding-block"><a href="/" rel="home"
class="site-branding__logo"><img src="/themes/custom/ursw/logo.svg" alt="Home"></a><div class="site-branding__name">Unite Retail and Service
Workers</div></div>
<nav role="navigation" aria-labelledby="block-ursw-main-menu-menu" id="block-ursw-main-menu" class="primary-nav block block-menu navigation
menu--main"><h2 class="visually-hidden" id="block-ursw-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu">
${links(nav, 'menu__item primary-nav__menu-item')}</ul></nav>
<a href="/join" class="button button--primary header-join">Join us</a></div></header>
<div id="main-wrapper" class="layout-main-wrapper"><div id="main" class="layout-main"><div class="main-content">
<div class="region region-breadcrumb"><div id="block-ursw-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>
${links(crumbs, 'breadcrumb__item')}</ol></nav></div></div>
<a id="main-content" tabindex="-1"></a><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<div id="block-ursw-content" class="block block-system block-system-main-block">
<article data-history-node-id="3318" class="node node--type-guide node--view-mode-full">
<header class="node__header"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${title}</span></h1>
<div class="field field--name-field-summary field--type-string-long field--label-hidden field__item">${summary[0]}</div>
<div class="field field--name-field-last-reviewed field--type-datetime field--label-inline"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2026-06-30T12:00:00Z">30 June 2026</time></div></div></header>
<div class="node__content"><nav class="block block-toc-api toc-js" aria-label="On this page"><h2 class="toc-title">On this page</h2><ol>
${toc.map((t, i) => `<li><a href="#section-${i + 1}">${t}</a></li>`).join('\n')}</ol></nav>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h2 id="section-1">${h1}</h2>
${ps(p1)}
<h2 id="section-2">${h2}</h2>
${ps(p2)}
<table class="table-striped"><caption>Minimum rest periods</caption><thead><tr><th>Type of rest</th><th>Minimum</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
<h2 id="section-3">${h3}</h2>
${ps(p3)}
<h2 id="section-4">${h4}</h2><ol>
${lis(steps)}</ol>
</div>
<div class="node__links"><ul class="links inline"><li><a href="javascript:window.print()" class="print-page">Print this page</a></li>
<li><a href="#" class="share-email">Email this guide</a></li></ul></div></div></article></div>
<div id="block-ursw-join-cta" class="block block-block-content block-join-cta"><div class="join-cta"><h2 class="join-cta__title">Not a member
yet?</h2><p>Members get free legal advice, a rep in their corner and a say in pay talks. Join online in five minutes from £2.10 a week.</p>
<a href="/join" class="button">Join the union</a></div></div>
<div class="views-element-container block block-views block-views-blockrelated-guides-block-1"><h2>Related guides</h2><div class="view
view-related-guides"><ul>${links(related, 'views-row')}</ul></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region-footer"><nav class="block block-menu menu--footer"
aria-label="Footer"><ul class="menu">${links(foot, 'menu__item')}</ul></nav><p class="footer-address">Unite Retail and Service Workers, 88 Tanner
Street, Hallbridge HB2 4QT. A trade union listed with the Certification Officer.</p></div></div></footer></div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog" aria-label="Cookie consent"><div class="popup-content info
eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user
experience</h2><p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons"
class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/sites/default/files/js/js_Xk2v9.js"></script></body></html>`;
const page: TestPage = {
  name: 'heldout305-drupal-union-rights-guide-docs',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...summary, ...p1, ...p2, 'Minimum rest periods', ...rows.flat(), ...p3, ...steps]),
  bylines: ['Last reviewed', '30 June 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Unite Retail and Service Workers', 'Main navigation', ...nav, 'Join us', 'Breadcrumb', 'Home', 'Working time',
    'On this page', 'Print this page', 'Email this guide', 'Not a member yet?',
    'Members get free legal advice, a rep in their corner and a say in pay talks. Join online in five minutes from £2.10 a week.', 'Join the union',
    'Related guides', ...related, ...foot,
    'Unite Retail and Service Workers, 88 Tanner Street, Hallbridge HB2 4QT. A trade union listed with the Certification Officer.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'Accept', 'No, thanks',
  ],
};

export const HELDOUT305_C2: readonly TestPage[] = [page];
