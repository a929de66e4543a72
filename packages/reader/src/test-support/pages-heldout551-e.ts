import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout551-kit.js';

/**
 * Held-out batch 551, file e: a curtain maker's workroom diary post on Ghost (Casper theme) with a captioned image card, a
 * subscribe box and "read more" cards, and a curtain track maker's fitting instructions on Drupal 10 (Olivero theme) with
 * breadcrumbs, an attached-files field and a footer menu.
 */
const gTitle = 'Interlining a pair of three-metre curtains, start to finish';
const gDek = 'A week in the workroom with one order: two curtains, 14 metres of linen and a lot of hand stitching.';
const gOpen = [
  j(
    'People often ask why interlined curtains cost what they do. The honest answer is time. This pair, for a farmhouse sitting',
    'room with a 3.1-metre drop, took just under five working days from cutting to pressing, and most of that was by hand.',
  ),
];
const gCutH = 'Monday: cutting and joining';
const gCut = [
  j(
    'Linen this heavy has to be cut to a pulled thread, not a chalk line, or the curtains will never hang straight. Each curtain',
    'takes two and a half widths, joined with the pattern matched across the seam. The interlining is joined with a lapped seam',
    'so that there is no ridge to show through the face.',
  ),
];
const gLockH = 'Tuesday and Wednesday: locking in';
const gLock = [
  j(
    'The interlining is laid on the back of the face fabric on the long table and locked to it with loose stitches every',
    '40 centimetres, top to bottom. It is slow, and it is the step that makes the three layers behave as one cloth.',
  ),
  'If you skip locking in, the interlining drops inside the curtain within a year, and you can see it.',
];
const gHeadH = 'Thursday and Friday: headings and hems';
const gHead = [
  j(
    'The hems are mitred and weighted at each corner, then hand stitched. The headings are double pinch pleats, set out with a',
    'tape measure and a calculator so the pleats and spaces come out even across the whole width. Each pleat is stitched by hand',
    'through all the layers.',
  ),
  j(
    'On Friday afternoon the curtains were hung on the dressing rail, steamed and dressed into folds, then tied for 48 hours so',
    'the folds set before delivery.',
  ),
];
const gBody = [gDek, ...gOpen, ...gCut, ...gLock, ...gHead];
const gNav = ['Home', 'Workroom', 'Fabrics', 'Commissions', 'About'];
const gMore = [
  ['Why we still hand-sew our headings', 'Machines are quicker. Here is why we do not use them for pleats.', 'Dec 3, 2025', '3 min read'],
  ['A short history of the pinch pleat', 'From French hotels to your front room.', 'Nov 12, 2025', '5 min read'],
];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5e8f0d1c2a">
<link rel="canonical" href="https://journal.wickhamcurtains.co.uk/interlining/">
<meta property="og:site_name" content="The Wickham Workroom"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Wickham Workroom"},
"author":{"@type":"Person","name":"Rosalind Quaile"},"headline":"${gTitle}","datePublished":"2026-01-21T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://journal.wickhamcurtains.co.uk/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px;}</style></head>
<body class="post-template tag-workroom is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://journal.wickhamcurtains.co.uk">The Wickham Workroom</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="https://journal.wickhamcurtains.co.uk/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}
</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button"
href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-workroom">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/workroom/">Workroom</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rosalind/" class="author-avatar" aria-label="Read more of Rosalind Quaile"><img class="author-profile-image" src="/content/images/2025/rq.jpg"
alt="Rosalind Quaile"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/rosalind/">Rosalind Quaile</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-01-21">Jan 21, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span>
4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/01/table.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/01/table.jpg" alt="${gTitle}"></figure></header>
<section class="gh-content gh-canvas">${ps(gOpen)}<h2 id="monday">${gCutH}</h2>${ps(gCut)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/01/locking.jpg" class="kg-image" alt="" loading="lazy" width="2000"
height="1333"><figcaption><span style="white-space: pre-wrap;">Locking in, one row at a time.</span></figcaption></figure>
<h2 id="tuesday">${gLockH}</h2>${ps(gLock.slice(0, 1))}<blockquote>${gLock[1]}</blockquote>
<h2 id="thursday">${gHeadH}</h2>${ps(gHead)}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([
      t,
      x,
      d,
      r,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg" alt=""
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/">
<header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header><div class="post-card-excerpt">${x}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-12-03">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.wickhamcurtains.co.uk">The Wickham Workroom</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5e8f0d1c2a"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout551-ghost-interlining-diary',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gCutH, gLockH, gHeadH],
  body: gBody,
  bylines: ['Rosalind Quaile', 'Jan 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Wickham Workroom', 'Home', 'Fabrics', 'Commissions', 'About', 'Sign in', 'Subscribe', '• 4 min read', 'Locking in, one row at a time.',
    'Sign up for more like this.', 'Enter your email', ...gMore.flat(), 'The Wickham Workroom © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const dTitle = 'Fitting instructions: Linea ceiling-fixed curtain track';
const dIntro = [
  j(
    'These instructions cover Linea track fixed to the ceiling with the CF clip bracket. Read them through before you start. If',
    'you are fixing to the wall, use the instructions for the WB bracket instead.',
  ),
];
const dNeedH = 'You will need';
const dNeed = [
  'a drill and a 6 mm masonry or wood bit',
  'a spirit level or laser level',
  'a pencil and a steel tape',
  'a fine-toothed hacksaw, if the track needs cutting',
];
const dStepsH = 'Fitting the track';
const dSteps = [
  'Mark the line of the track on the ceiling, at least 10 cm from the window frame so the curtains clear the handles.',
  'Mark the bracket positions: one 5 cm in from each end, then one every 40 cm in between.',
  'Drill and plug each hole, and screw the brackets on with the clip facing into the room.',
  'Hook the front lip of the track into the clips and push the back up until it clicks home along its whole length.',
  'Fit the end stops, then thread on the gliders: two per 10 cm of track for pinch pleat curtains.',
];
const dWarn = j(
  'Plasterboard ceilings will not hold a loaded track on plugs alone. Find the joists, or use cavity fixings rated for at least',
  '10 kg each. A pair of interlined curtains on a 3-metre track can weigh over 20 kg.',
);
const dNav = ['Tracks', 'Poles', 'Motorisation', 'Fitting guides', 'Stockists'];
const dCrumbs = ['Home', 'Support', 'Fitting guides'];
const dFiles = ['Linea-CF-fitting.pdf', 'Linea-bracket-spacing.pdf'];
const dFoot = ['Contact', 'Trade login', 'Warranty', 'Privacy notice'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.selbytrack.co.uk/support/fitting/linea-ceiling"><title>${dTitle} | Selby Track Systems</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q1lP4.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/112",
"currentLanguage":"en"}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Selby Track Systems</a></div></div></div></div><div class="header-nav-overlay"
data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button"
data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Main Menu</span>
<span class="mobile-nav-button__icon"></span></button></div><div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><div class="block__content"><article data-history-node-id="112" class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}<h2>${dNeedH}</h2><ul>${lis(dNeed)}</ul><h2>${dStepsH}</h2><ol>${lis(dSteps)}</ol>
<div class="callout callout--warning"><p><strong>Important:</strong> ${dWarn}</p></div></div>
<div class="field field--name-field-downloads field--type-file field--label-above"><div class="field__label">Downloads</div><div class="field__items">
${dFiles
  .map(
    (f) => `<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/${f}"
type="application/pdf">${f}</a></span><span class="file__size">(412 KB)</span></div>`,
  )
  .join('\n')}</div></div></div></article></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner
layout--pass--content-medium"><nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation
menu--footer"><h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav>
</div></div><div class="region region--footer-bottom grid-full"><div class="region--footer_bottom__inner layout--pass--content-medium">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?sfr2xa"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout551-drupal-track-fitting',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dNeedH, dStepsH],
  body: texts([...dIntro, ...dNeed, ...dSteps, `Important: ${dWarn}`]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Selby Track Systems', 'Main Menu', 'Main navigation', 'Tracks', 'Poles', 'Motorisation', 'Fitting guides', 'Stockists',
    'Breadcrumb', 'Support', 'Downloads', ...dFiles, '(412 KB)', 'Footer', ...dFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT551_E: readonly TestPage[] = [ghost, drupal];
