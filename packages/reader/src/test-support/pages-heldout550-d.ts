import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout550-kit.js';

/**
 * Held-out batch 550, file d: a fitters' guild consumer guide on Drupal 10 (Olivero theme, sidebar search block) and a
 * bathroom fitter's site diary on Ghost (Casper theme) with a feature image, a callout card and "read more" cards.
 */
const gTitle = 'What to expect when a wet room is installed';
const gHeads = ['Before work starts', 'Tanking the floor and walls', 'How long it takes', 'Checking the work'];
const gP = [
  j(
    'A wet room has no shower tray: the whole floor is the tray. That makes it easy to use and easy to clean, but it also means the',
    'waterproofing has to be right everywhere, not just around the shower. This guide explains what a Guild member will do and what',
    'you should see at each stage.',
  ),
  j(
    'Your fitter should check the floor before giving you a price. Timber floors usually need extra noggins and a new deck of',
    'exterior-grade ply so the floor cannot flex. Concrete floors may need to be cut back to make room for the fall to the drain.',
  ),
  'Ask for these in writing before you agree a start date:',
  'the make of tanking system and whether it carries a manufacturer’s guarantee',
  'where the drain will go and the fall the floor will have',
  'who is responsible for electrics, including any underfloor heating',
  j(
    'Tanking is a waterproof layer of liquid membrane, sheet membrane or both, laid under the tiles. Every corner and pipe needs a',
    'reinforcing tape or collar, and the membrane should run at least 100 mm up the walls outside the shower area and to full',
    'height inside it.',
  ),
  j(
    'Good fitters flood-test the floor before tiling by blocking the drain and leaving water on the membrane for a day. Ask to see it;',
    'it is the last chance to find a leak before it is covered.',
  ),
  j(
    'For a typical bathroom, expect the strip-out and floor work to take three to four days, tanking one to two days with drying time',
    'between coats, and tiling another four to five. Most wet rooms are usable within two and a half weeks.',
  ),
  j(
    'When the job is finished, the floor should drain without puddles, the silicone should be neat and continuous, and you should',
    'receive the tanking guarantee and a note of the products used. Keep them with your house papers: a buyer’s surveyor will ask.',
  ),
];
const gList = gP.slice(3, 6);
const gNav = ['Find a fitter', 'Advice', 'Join the Guild', 'About us'];
const gCrumbs = ['Home', 'Advice', 'Bathrooms'];
const gHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.gibf.org.uk/advice/wet-room-installation">
<title>${gTitle} | Guild of Independent Bathroom Fitters</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Jf0aX9k2.css?delta=1&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/118"},"ajaxTrustedUrl":{"\\/search\\/node":true}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home"
rel="home">Guild of Independent Bathroom Fitters</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${gNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.length}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol
class="breadcrumb__list">${links(gCrumbs, 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${gTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="118"
class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>${gP[0]}</p><h2>${gHeads[0]}</h2>${ps(gP.slice(1, 3))}<ul>${lis(gList)}</ul><h2>${gHeads[1]}</h2>${ps(gP.slice(6, 8))}
<h2>${gHeads[2]}</h2><p>${gP[8]}</p><h2>${gHeads[3]}</h2><p>${gP[9]}</p><p><em>Page last reviewed: 9 January 2026</em></p></div></div></article></div></div>
</div></main><div class="region region--sidebar"><div class="views-exposed-form block block-views" id="block-findafitter">
<h2 class="block__title">Find a Guild fitter</h2><div class="block__content"><form action="/find-a-fitter" method="get" id="views-exposed-form-members-page-1"
accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-item-postcode"><label for="edit-postcode" class="form-item__label">Your postcode</label>
<input type="text" id="edit-postcode" name="postcode" value="" size="30" maxlength="128" class="form-text form-element form-element--type-text"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input type="submit" id="edit-submit-members"
value="Search"
class="button js-form-submit form-submit"></div></form></div></div>
<div id="block-complaints" class="block block-block-content"><h2 class="block__title">Something gone wrong?</h2><div class="block__content">
<p>If a Guild member’s work is not right and you cannot resolve it with them, our free mediation service can help.</p><p><a
href="/complaints">How to raise a concern</a></p>
</div></div></div></div></div></div></div></div>
<div class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-footer-text" class="block block-block-content"><p>Guild of Independent Bathroom Fitters · Registered charity no. 1180442</p></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a
href="https://www.drupal.org">Drupal</a></span></div>
</div></div></div></div></div></div>
<script src="/sites/default/files/js/js_7Qm1kQ.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalGuide: TestPage = {
  name: 'heldout550-drupal-olivero-wet-room-guide',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts(gP),
  bylines: ['Page last reviewed: 9 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Guild of Independent Bathroom Fitters', 'Menu', 'Main navigation', ...gNav, 'Breadcrumb', 'Home', 'Bathrooms',
    'Find a Guild fitter', 'Your postcode', 'Something gone wrong?',
    'If a Guild member’s work is not right and you cannot resolve it with them, our free mediation service can help.', 'How to raise a concern',
    'Guild of Independent Bathroom Fitters · Registered charity no. 1180442', 'Powered by Drupal',
  ],
};

const cTitle = 'Week three at Larchfield Road: tanking, tiles and a missing waste';
const cExcerpt = 'The week the room stopped being a building site and started looking like a bathroom, with one small panic on Thursday.';
const cHeads = ['Monday and Tuesday: tanking', 'Wednesday: the flood test', 'Thursday: where is the waste?', 'Friday: first tiles', 'Next week'];
const cP = [
  j(
    'If you have been following along, you will know the Larchfield Road job is a top-floor flat where the owners wanted the old',
    'bath and separate shower swapped for one big walk-in shower, a wall-hung toilet and a double basin. Week one was strip-out,',
    'week two was the floor and the first fix. This week was the one I always enjoy most.',
  ),
  j(
    'The floor went down last Friday: new 18 mm ply screwed every 150 mm, then a former board to give us the fall to the linear',
    'drain. Monday was all about the corners. Every internal corner, every pipe and the join between floor and wall gets a',
    'reinforcing tape bedded into the first coat of membrane. It is fiddly, and it is the part people skip.',
  ),
  j(
    'Second coat went on Tuesday morning at right angles to the first, so you can see straight away if there is a thin patch. The',
    'whole shower area is done to ceiling height; the rest of the room to 150 mm up the walls.',
  ),
  'Never tile over a membrane you have not tested. Twenty-four hours of standing water costs you a day and saves you a ceiling.',
  j(
    'We plugged the drain, put about 15 mm of water across the shower end and marked the level with a pencil on the wall. Twenty-four',
    'hours later the line had not moved and the ceiling of the flat below, which the neighbour kindly let us check, was dry.',
  ),
  j(
    'The wall-hung toilet frame went in on Wednesday afternoon. The pan connector came with it, the flush plate came with it, and',
    'the basin waste for the new double vanity did not. The supplier had sent two single wastes instead of the twin trap.',
  ),
  j(
    'This is why we check every delivery against the order the week before, and why I still missed it: the box was the right box.',
    'A phone call, a very helpful branch manager in Corwick and a forty-minute drive later, we had the right part. The vanity',
    'went on the wall on Thursday evening, an hour later than planned.',
  ),
  j(
    'Tiling started at the shower wall with the 1200 by 600 porcelain the owners chose in the showroom. Big tiles on a fall are',
    'slow work. We set out from the centre of the linear drain so that the cuts at both sides match, and Danny back-buttered every',
    'tile so there are no hollow spots.',
  ),
  'By Friday afternoon the shower wall and half the floor were done. The photo above does not really show how much light the pale tiles bounce round the room.',
  j(
    'Grouting, the rest of the floor, the glass screen and the second fix of the toilet and basins. If the glass arrives on',
    'Tuesday as promised, the owners should be showering at home by the weekend.',
  ),
];
const cRead = ['Week two at Larchfield Road: the floor', 'Linear drain or centre drain? What we fit and why', 'A checklist for your flood test'];
const cNav = ['Home', 'Site diary', 'Our work', 'Get a quote'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${cTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://fennbathrooms.co.uk/assets/built/screen.css?v=4c8e21a0f3">
<meta name="description" content="${cExcerpt}"><link rel="canonical" href="https://fennbathrooms.co.uk/week-three-larchfield-road/">
<meta property="og:site_name" content="Fenn Brothers Bathrooms"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-03-14T17:20:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fenn Brothers Bathrooms"},
"author":{"@type":"Person","name":"Joe Fenn"},"headline":"${cTitle}","datePublished":"2026-03-14T17:20:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://fennbathrooms.co.uk/" data-key="8f1e2d3c4b5a69788796a5b4c3" data-api="https://fennbathrooms.co.uk/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:20px}</style></head>
<body class="post-template tag-site-diary tag-larchfield-road is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://fennbathrooms.co.uk">Fenn Brothers Bathrooms</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${cNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a
href="/${t.length}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-site-diary tag-larchfield-road">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/site-diary/">Site diary</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"><path d="M4.49365 4.58752C3.53115"/></svg> Featured</span></div>
<h1 class="article-title">${cTitle}</h1><p class="article-excerpt">${cExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/joe/"
class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2024/01/joe.jpg" alt="Joe Fenn"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/joe/">Joe Fenn</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2026-03-14">Mar 14, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/03/larchfield-tiles.jpg 300w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/03/larchfield-tiles.jpg"
alt="Large porcelain tiles on the shower wall"><figcaption>The shower wall on Friday afternoon</figcaption></figure></header>
<section class="gh-content gh-canvas">
<p>${cP[0]}</p><h2 id="monday-and-tuesday-tanking">${cHeads[0]}</h2>${ps(cP.slice(1, 3))}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${cP[3]}</div></div>
<h2 id="wednesday-the-flood-test">${cHeads[1]}</h2>${ps(cP.slice(4, 6))}
<h2 id="thursday-where-is-the-waste">${cHeads[2]}</h2><p>${cP[6]}</p>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/03/twin-trap.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="800">
<figcaption><span style="white-space: pre-wrap;">Right box, wrong waste</span></figcaption></figure>
<h2 id="friday-first-tiles">${cHeads[3]}</h2>${ps(cP.slice(7, 9))}<h2 id="next-week">${cHeads[4]}</h2><p>${cP[9]}</p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${cRead
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/"><img class="post-card-image"
src="/content/images/${t.length}.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">Site diary</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><span
class="post-card-meta-length">3 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://fennbathrooms.co.uk">Fenn Brothers Bathrooms</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li><li class="nav-contact"><a
href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button></div></div></div></div>
<script src="https://fennbathrooms.co.uk/assets/built/casper.js?v=4c8e21a0f3"></script></body></html>`;
const ghostDiary: TestPage = {
  name: 'heldout550-ghost-casper-site-diary',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([cExcerpt, ...cP]),
  bylines: ['Joe Fenn', 'Mar 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fenn Brothers Bathrooms', ...cNav.filter((t) => t !== 'Home'), 'Sign in', 'Subscribe', 'Featured', '• 4 min read', 'The shower wall on Friday afternoon',
    'Right box, wrong waste', 'Sign up for more like this.', 'Enter your email', ...cRead, '3 min read', 'Fenn Brothers Bathrooms © 2026', 'Privacy', 'Contact',
    'Powered by Ghost',
  ],
};

export const HELDOUT550_D: readonly TestPage[] = [drupalGuide, ghostDiary];
