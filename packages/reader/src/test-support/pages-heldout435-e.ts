import { type TestPage, texts } from './page-kit.js';
import { walk } from './pages-heldout435-e2.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file e: a film society's season programme on Drupal 10 with the Olivero theme (skip link, site
 * branding, primary nav with its visually hidden label, breadcrumb, page-title block, node meta with author and date,
 * a listing of films as h3 entries with screening lines, tags field, a membership call-out block, the footer regions and
 * the EU Cookie Compliance banner): a listing page. From file e2, a rambling club's walk report on Blogger.
 */
const fTitle = 'Spring Season 2026: Islands and Edges';
const fHeads = ['January', 'The Salt Keeper', 'Nine Winters', 'February', 'A House on Stilts', 'The Lighthouse Choir', 'March', 'Low Water'];
const fIntro = [
  j(
    'Our spring season looks at people living at the edge of things: on islands, on coastlines and at the margins of the',
    'places they call home. All six films are shown in the Assembly Room of the Tollbridge Institute, and each screening',
    'is followed by an informal discussion over coffee for anyone who wants to stay.',
  ),
];
type Film = readonly [string, string, string];
const films: readonly Film[] = [
  [
    'The Salt Keeper',
    'Friday 9 January · 7.45pm · Cert 12A · 104 min',
    j(
      'An elderly woman refuses to leave the salt works her family has run for four generations, even as the sea wall fails',
      'around her. A slow, beautifully photographed drama with a remarkable central performance by a first-time actor.',
    ),
  ],
  [
    'Nine Winters',
    'Friday 23 January · 7.45pm · Cert PG · 88 min',
    j(
      'A documentary following the last teacher on a northern island as her school shrinks from nine pupils to two. Funny',
      'and moving in equal measure, and a favourite with our selection committee.',
    ),
  ],
  [
    'A House on Stilts',
    'Friday 6 February · 7.45pm · Cert 15 · 117 min',
    j(
      'Two brothers return to the fishing village where they grew up to settle their father&rsquo;s affairs, and find the',
      'house he built on the mudflats is the only thing the whole village agrees on. Subtitled.',
    ),
  ],
  [
    'The Lighthouse Choir',
    'Friday 20 February · 7.45pm · Cert 12A · 96 min',
    j(
      'A light-hearted comedy about a keeper who forms a choir from the crews of passing ships. Our annual members&rsquo;',
      'social follows, with a cash bar and a quiz.',
    ),
  ],
  [
    'Low Water',
    'Friday 6 March · 7.45pm · Cert 15 · 109 min',
    j(
      'A tense, almost wordless thriller set over a single tide on an estuary island. Audiences at its festival premiere',
      'either loved it or walked out; we think it is one of the best films of the year.',
    ),
  ],
];
const fOutro = [
  j(
    'Season tickets cover all five screenings and are available to members only. Single tickets for non-members are sold on',
    'the door from 7.15pm, cash or card. Films start promptly and there are no advertisements or trailers.',
  ),
];
const fNav = ['Home', 'This Season', 'Membership', 'About Us', 'Archive', 'Contact'];
const fFooter = ['Privacy notice', 'Accessibility', 'Committee login'];
const film = (f: Film): string => `<h3>${f[0]}</h3>
<p class="screening"><strong>${f[1]}</strong></p>
<p>${f[2]}</p>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://tollbridgefilm.example/node/214">
<title>${fTitle} | Tollbridge Film Society</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q8xk2P.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false},"user":{"uid":0}}</script>
<script src="/sites/default/files/js/js_aB3k9.js?scope=header&amp;delta=0&amp;language=en&amp;theme=olivero"></script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Tollbridge Film Society</a></div></div></div></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav
block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
${fNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a
id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2
id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/"
class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/this-season"
class="breadcrumb__link">This Season</a></li></ol></div></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${fTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><article data-history-node-id="214" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span class="node__author-image"></span><div class="node__meta-body"><span class="node__meta-author">By <span class="field
field--name-uid field--type-entity-reference field--label-hidden"><span>Josephine Tarrant</span></span></span>, <span class="node__meta-date"><span class="field
field--name-created field--type-created field--label-hidden"><time datetime="2025-11-20T10:00:00Z"
class="datetime">20 November, 2025</time></span></span></div></div>
</header><div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2025-11/saltkeeper.jpg" width="1200" height="600" alt="A still from The Salt Keeper"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>${fIntro[0]}</p>
<h2>January</h2>
${films.slice(0, 2).map(film).join('\n')}
<h2>February</h2>
${films.slice(2, 4).map(film).join('\n')}
<h2>March</h2>
${films.slice(4).map(film).join('\n')}
<p>${fOutro[0]}</p>
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3
class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/3" hreflang="en">Season programme</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/8" hreflang="en">World cinema</a></li></ul></div></div></article></div></div>
<div class="region region--content-below grid-full layout--pass--content-medium"><div id="block-membershipcallout" class="block block-block-content">
<h2 class="block__title">Not a member yet?</h2><div class="block__content"><div class="text-content"><p>Membership is £38 for the year and includes
reduced entry to every screening.</p><p><a href="/membership">Join online</a></p></div></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" class="block block-node
block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden"
id="block-footer-menu">Footer</h2><ul class="menu">${fFooter.map((t) => `<li class="menu__item"><a href="#">${t}</a></li>`).join('\n')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-copyright" class="block block-block-content"><div class="text-content"><p>Tollbridge Film
Society is a volunteer-run charity, no. 1098432. Licensed by the Film Screening Agency.</p></div></div><div id="block-olivero-powered" class="block
block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog"><div class="popup-content info
eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p><button type="button" class="find-more-button eu-cookie-compliance-more-button">More
info</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button"
class="agree-button eu-cookie-compliance-secondary-button">
Accept</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/sites/default/files/js/js_x7Yk2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout435-drupal-olivero-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([...fIntro, ...films.flatMap((f) => [f[1], f[2]]), ...fOutro]),
  bylines: ['By Josephine Tarrant', '20 November, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tollbridge Film Society', 'Main navigation', ...fNav, 'Breadcrumb', 'Tags', 'Season programme', 'World cinema',
    'Not a member yet?',
    'Membership is £38 for the year and includes reduced entry to every screening.', 'Join online', 'RSS feed', ...fFooter,
    'Tollbridge Film Society is a volunteer-run charity, no. 1098432. Licensed by the Film Screening Agency.', 'Powered by Drupal',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info', 'Accept',
    'No, thanks',
  ],
};

export const HELDOUT435_E: readonly TestPage[] = [drupal, walk];
