import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout532-kit.js';

/**
 * Held-out batch 532, file e2: a Drupal agency's insight article on Drupal 10 (Olivero theme: cookie compliance banner, tags, sidebar of recent insights, RSS
 * social bar).
 */
const dTitle = 'What we learned moving a university’s 38 websites onto one Drupal platform';
const dSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    '',
    [
      j(
        'When Marlow Vale University asked us to look at its web estate, it had 38 separate Drupal and WordPress sites, run by faculties,',
        'research centres and the students’ union. Some were on Drupal 7, long past its end of life. Nobody could say for sure who',
        'had admin access to all of them.',
      ),
      j(
        'Eighteen months later, 34 of those sites run on a single Drupal 10 distribution that we built with the university’s own',
        'web team. Here is what worked, and what we would change.',
      ),
    ],
  ],
  [
    'Start with governance, not code',
    [
      j(
        'The hardest part was not technical. Each faculty had its own reasons for its own site, and each had been promised things by',
        'earlier projects. We spent the first two months agreeing who owns what: the central team owns the platform and the design',
        'system, faculties own their content and their editors.',
      ),
      j(
        '“Once people could see they would keep control of their own pages, the arguments about themes and menus mostly went away,”',
        'says Dr Ruth Calloway, the university’s head of digital.',
      ),
    ],
  ],
  [
    'One distribution, many sites',
    [
      j(
        'Every site is built from the same install profile, with the same content types, the same components and the same',
        'permissions. A faculty site is a configuration split on top of that: its colours, its menus and a short list of extra',
        'features it has asked for and the central team has agreed.',
      ),
      'What went into the shared distribution:',
    ],
  ],
  [
    'What we would do differently',
    [
      j(
        'We moved content with migrations written per site, which was right for the old Drupal 7 sites but slow for the WordPress',
        'ones. A shared migration for the WordPress sites would have saved about six weeks.',
      ),
      j(
        'We also underestimated training. Editors who had used the same site for ten years needed more than a one-hour session. In the',
        'second half of the project we ran fortnightly drop-in clinics, and the support tickets fell by half within two months.',
      ),
    ],
  ],
];
const dList = [
  'Twelve page components, from a simple text block to a course finder',
  'Layout Builder for landing pages, locked down to approved layouts',
  'A shared media library with alt text required on upload',
  'Automated accessibility checks that run before a page can be published',
];
const dNav = ['Services', 'Work', 'Insights', 'About', 'Contact'];
const dRecent = ['Drupal 7 end of life: a checklist for universities', 'Why we build design systems in Storybook first', 'Hiring: senior Drupal developer'];
const dFoot = ['Privacy notice', 'Accessibility', 'Modern slavery statement'];
const dHtml = `<!DOCTYPE html><html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="description" content="Eighteen months, 34 sites, one distribution: lessons from a university web consolidation.">
<link rel="canonical" href="https://fieldwork.digital/insights/university-drupal-platform"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Fieldwork Digital</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq2Ck1r9dL0vA.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/57","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Fieldwork Digital</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul data-drupal-selector="primary-nav-menu--level-1" class="menu primary-nav__menu primary-nav__menu--level-1">${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content">
<ol class="breadcrumb__list">
${links(['Home', 'Insights'], 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string
field--label-hidden">${dTitle}</span></h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="57"
class="node node--type-article node--promoted node--view-mode-full"><header class=""><div class="node__meta"><article class="profile"></article><span>
<span class="field field--name-uid field--type-entity-reference field--label-hidden">
<a title="View user profile." href="/user/12" class="username">Agnes Morrow</a></span>
</span><span class="node__meta__date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-06-02T10:14:21+01:00"
title="Tuesday, June 2, 2026 - 10:14" class="datetime">Tue, 06/02/2026 - 10:14</time></span></span></div></header><div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/2026-06/campus.jpg"
width="1200" height="675" alt="Students walking past the university library"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${dSecs
  .map(([h, p], i) => {
    const head = h === '' ? '' : `<h2>${h}</h2>\n`;
    if (i === 1) return `${head}<p>${p[0]}</p><blockquote><p>${p[1]}</p></blockquote>`;
    if (i === 2) return `${head}${ps(p)}<ul>${lis(dList)}</ul>`;
    return `${head}${ps(p)}`;
  })
  .join('\n')}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class='links field__items'>
${links(['Drupal', 'Higher education', 'Platforms'])}</ul></div></div></article></div></div></div></main>
<div class="region region--sidebar"><div class="views-element-container block block-views block-views-blockinsights-block-1"
id="block-olivero-views-block-insights">
<h2 class="block__title">Recent insights</h2><div class="block__content"><div class="view view-insights view-id-insights view-display-id-block_1">
<div class="item-list">
<ul>${links(dRecent)}</ul></div></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">
<span class="feed-icon__label">RSS feed</span>
<span class="feed-icon__icon" aria-hidden="true"><svg xmlns="http://www.w3.org/2000/svg" width="14" height="14"></svg></span></a></div></div></div></div>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full layout--pass--content-medium">
<div class="region--footer_top__inner"><nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer"
class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2>
<ul class="menu">${links(dFoot, 'menu__item')}
</ul></nav></div></div><div class="region region--footer-bottom grid-full layout--pass--content-medium"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div>
</div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="banner"><div class="popup-content info
eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document"><h2>We use cookies on this site to enhance your user
experience</h2><p>By clicking the Accept button, you agree to us doing so.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More
info</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept
</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/sites/default/files/js/js_Yq0pR2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalInsight: TestPage = {
  name: 'heldout532-drupal-olivero-agency-insight',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts([...dSecs.slice(0, 3).flatMap(([, p]) => p), ...dList, ...(dSecs[3]?.[1] ?? [])]),
  bylines: ['Agnes Morrow', 'Tue, 06/02/2026 - 10:14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Fieldwork Digital', 'Menu', 'Main navigation', ...dNav.filter((t) => t !== 'About'), 'Breadcrumb', 'Home', 'Tags',
    'Higher education',
    'Platforms', 'Recent insights', ...dRecent, 'RSS feed', 'Footer', ...dFoot.filter((t) => t !== 'Accessibility'), 'Powered by Drupal',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info', 'Accept',
    'No, thanks',
  ],
};

export const HELDOUT532_E2: readonly TestPage[] = [drupalInsight];
