import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file a2: a running club's 10K training plan on Drupal 10 with the Olivero theme (site header with the
 * primary menu, breadcrumb block, node meta with author and date, body with a week-by-week table, taxonomy tags, a "Plans"
 * sidebar view, the EU Cookie Compliance banner and the site footer). The table's caption and data cells are body.
 */
const dTitle = '10K in Eight Weeks: A Plan for Runners Who Already Run Three Times a Week';
const dH = ['Before you start', 'The plan, week by week', 'Reading the table', 'Race week'];
const dP0 = [
  j(
    'This plan is for club members who can already run for 30 minutes without stopping, three days a week, and want to race a 10K',
    'at the end of the spring block. It keeps the same three run days you have now and adds one short strength session.',
  ),
];
const dP1 = [
  j(
    'Check that you can fit four sessions into a normal week. The Tuesday run is the quality session and is the one to protect;',
    'if something has to go, drop a Thursday easy run, never the long run two weeks in a row.',
  ),
  'You will need:',
];
const dL1 = [
  'a route or track where you can time one-kilometre repeats',
  'a way to measure effort: a watch with heart rate, or the talk test described below',
  'twenty minutes on Wednesday or Friday for the strength routine from the club handbook',
];
const dCaption = 'The club 10K plan: sessions by day, weeks 1 to 8';
const dRows: readonly (readonly [string, string, string, string])[] = [
  ['Week 1', '5 × 2 min steady, 90 s jog', '30 min easy', '45 min long run'],
  ['Week 2', '6 × 2 min steady, 90 s jog', '30 min easy', '50 min long run'],
  ['Week 3', '4 × 1 km at 10K effort, 2 min jog', '35 min easy', '55 min long run'],
  ['Week 4', '20 min easy with 6 strides', '30 min easy', '45 min long run, relaxed'],
  ['Week 5', '5 × 1 km at 10K effort, 2 min jog', '35 min easy', '60 min long run'],
  ['Week 6', '3 × 2 km at 10K effort, 3 min jog', '40 min easy', '65 min long run'],
  ['Week 7', '20 min tempo inside a 40 min run', '35 min easy', '50 min long run'],
  ['Week 8', '4 × 3 min at race effort', '20 min very easy', 'Race day: 10K'],
];
const dP2 = [
  j(
    'Easy means conversational: you should be able to speak in full sentences. Steady is a notch quicker, where you can still talk in',
    'short phrases. 10K effort is the pace you believe you could hold for the whole race today, not the pace you hope to run in week 8.',
  ),
  j(
    'Week 4 is a lighter week on purpose. Most runners feel they could do more, and that is the point: the fitness from the first three',
    'weeks settles in while your legs recover.',
  ),
];
const dP3 = [
  j(
    'Keep the routine, shorten everything. Sleep matters more this week than any session. On race morning, jog for ten minutes,',
    'do four short strides, and start the first kilometre a few seconds slower than goal pace.',
  ),
  'Questions about the plan can go to the coaching team at any Tuesday session.',
];
const dBody = [...dP0, ...dP1, ...dL1, dCaption, ...dRows.flat(), ...dP2, ...dP3];
const dNav = ['Club runs', 'Training plans', 'Races', 'Membership', 'Results', 'Contact'];
const dCrumbs = ['Home', 'Training plans'];
const dTags = ['10K races', 'Beginners and improvers', 'Spring block'];
const dSide = ['Couch to 5K with the Striders', 'Half marathon in twelve weeks', 'Hill sessions for winter'];
const dFoot = ['Privacy notice', 'Safeguarding', 'Club constitution', 'Affiliations'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head><meta charset="utf-8" />
<meta name="description" content="An eight-week 10K plan for club members who already run three times a week." />
<link rel="canonical" href="https://www.harrowgatestriders.example/training-plans/10k-eight-weeks" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${dTitle} | Harrowgate Striders</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qw8xT2.css?delta=0&amp;language=en&amp;theme=olivero" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false,"method":"opt_in"},"user":{"uid":0,"permissionsHash":"b1e0f9"}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" aria-expanded="false"><span class="visually-hidden">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Harrowgate Striders</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${dCrumbs.map((c) => `<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">${c}</a></li>`).join('\n')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
</div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium"
id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="412" class="node node--type-article
node--promoted node--view-mode-full"><header class="node__header"><div class="node__meta"><div class="node__author-image"></div>
<span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile."
href="/user/37" class="username">Coach Morwenna Hale</a></span></span>
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-03-02T07:45:00+00:00">Mon, 2 Mar 2026 - 07:45</time>
</span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dP0)}
<h2>${dH[0] ?? ''}</h2>
${ps(dP1)}
<ul>${dL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${dH[1] ?? ''}</h2>
<table class="responsive-enabled" data-striping="1"><caption>${dCaption}</caption>
<thead><tr><th scope="col">Week</th><th scope="col">Tuesday (quality)</th><th scope="col">Thursday</th><th scope="col">Sunday</th></tr></thead>
<tbody>
${dRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2>${dH[2] ?? ''}</h2>
${ps(dP2)}
<h2>${dH[3] ?? ''}</h2>
${ps(dP3)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div></div></article></div></div></main>
<div class="region region--sidebar"><div class="views-element-container block block-views block-views-blockplans-block-1" id="block-views-plans">
<h2 class="block__title">More plans</h2><div class="block__content"><div class="view view-plans view-id-plans"><div class="view-content"><ul>
${links(dSide, 'views-row')}</ul></div></div></div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><nav role="navigation"
id="block-olivero-footer" class="block block-menu navigation menu--footer"><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Harrowgate Striders is affiliated to the regional athletics association. Club number 4471.</span></div></div></div></footer>
</div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog"
aria-labelledby="popup-text"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
</div><script src="/sites/default/files/js/js_X1uBk0.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script>
</body></html>`;
export const drupalPlan: TestPage = {
  name: 'heldout322-drupal-olivero-plan',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts(dBody),
  bylines: ['Coach Morwenna Hale', 'Mon, 2 Mar 2026 - 07:45'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'Harrowgate Striders', 'Menu', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs, 'Tags', ...dTags,
    'More plans', ...dSide, ...dFoot, 'Harrowgate Striders is affiliated to the regional athletics association. Club number 4471.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info',
    'Accept', 'No, thanks',
  ],
};
