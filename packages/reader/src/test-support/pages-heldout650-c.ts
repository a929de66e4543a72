import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, rowTexts, trs } from './pages-heldout650-kit.js';

/**
 * Held-out batch 650, file c: a long guide for parents on renting or buying a student violin on Ghost (Casper theme), and an
 * instrument care article on a violin makers' guild site on Drupal 10 (Olivero theme) with tags and a comment.
 */
const gTitle = 'Renting or buying a student violin: a guide for parents';
const gDek = 'Fractional sizes, rent-to-own schemes and what a £150 violin really costs after a year. Everything we tell families at the counter.';
const gA = [
  j(
    'Most children start on a fractional violin, a 1/4 or 1/2 size, and will outgrow it within eighteen months. That single fact shapes',
    'almost every decision a parent has to make, and it is why we rarely suggest buying a new instrument outright for a child under ten.',
  ),
  j(
    'This guide walks through the three routes families usually take, what each costs over a year, and the questions worth asking any shop',
    '(including ours) before you sign anything.',
  ),
];
const gSizesH = 'Getting the size right';
const gSizes = [
  j(
    'Size is measured from the side of the neck to the middle of the palm with the arm fully stretched out. A teacher will usually size',
    'a pupil in the first lesson, and any decent shop will do it for free. As a rough guide:',
  ),
];
const gRows = [
  ['1/4', '4–6 years', '47–51 cm'],
  ['1/2', '7–9 years', '52–56 cm'],
  ['3/4', '9–11 years', '56–60 cm'],
  ['4/4 (full size)', '11 years and up', '60 cm and over'],
];
const gRentH = 'Option one: renting';
const gRent = [
  j(
    'Rental schemes usually charge between £12 and £20 a month for an outfit: violin, bow, case and rosin. The advantage is flexibility.',
    'When your child needs the next size up, you swap the instrument at no charge, and if the interest fades after a term you hand it back.',
  ),
  j(
    'Check whether insurance is included, whether the shop does the first setup and string change, and what happens if the bow hair',
    'breaks or a seam opens. At Rosin &amp; Scroll all of those are covered, but that is not universal.',
  ),
];
const gRtoH = 'Option two: rent-to-own';
const gRto = [
  j(
    'Rent-to-own schemes put part of each month’s fee toward buying a full-size instrument later. They suit families who are fairly',
    'confident the child will keep going. Read the small print on how much credit carries over when you trade sizes; some schemes reset',
    'the credit each time, which can wipe out most of the benefit.',
  ),
];
const gBuyH = 'Option three: buying second-hand';
const gBuy = [
  j(
    'A good second-hand fractional violin from a luthier can be better than a new one at the same price, because it has been played in and',
    'set up properly. Avoid online auction bargains unless you can have the instrument checked: a warped bridge, a slipping peg or a',
    'fingerboard with grooves can make a cheap violin unplayable, and the repair bill often exceeds the price.',
  ),
  j(
    'When you do buy, ask what the shop will give you back when you trade it in. Many will offer half the price toward the next size,',
    'which turns buying into something very close to renting.',
  ),
];
const gCostH = 'What a year really costs';
const gCost = [
  j(
    'Rental at £16 a month comes to £192. A £150 outfit bought second-hand and traded in for £75 at the end of the year costs £75, plus',
    'around £40 for a setup and new strings, so about £115. Buying new for £260 and selling privately might cost anything from £80 to £200',
    'depending on how quickly you sell.',
  ),
  j(
    'The cheapest route on paper is not always the best. A rental with free swaps means a child is never stuck playing an instrument that',
    'is too small, which matters more for posture and tone than most parents expect.',
  ),
];
const gQH = 'Questions to ask any shop';
const gQ = [
  'Is the instrument set up by a luthier, with a fitted bridge and soundpost?',
  'What strings are fitted? Steel-core strings on a cheap outfit are fine to start with.',
  'Is there a minimum rental period or a cancellation fee?',
  'Who pays for repairs, and is accidental damage insured?',
];
const gEnd = [
  j(
    'If you are not sure, rent for a term and see how it goes. You can always buy later, and the months you spent renting are rarely',
    'wasted money: they bought you time to find out whether your child loves the instrument.',
  ),
];
const gSecs: [string, string][] = [
  ['', ps(gA)],
  [gSizesH, `${ps(gSizes)}<table><thead><tr><th>Size</th><th>Typical age</th><th>Arm length</th></tr></thead><tbody>${trs(gRows)}</tbody></table>`],
  [gRentH, ps(gRent)],
  [gRtoH, ps(gRto)],
  [gBuyH, ps(gBuy)],
  [gCostH, ps(gCost)],
  [gQH, `<ul>${gQ.map((t) => `<li>${t}</li>`).join('')}</ul>`],
  ['', ps(gEnd)],
];
const gNav = ['Home', 'Guides', 'Workshop diary', 'Visit us', 'About'];
const gMore = ['How to rosin a bow (and how much is too much)', 'Five signs your child’s violin needs a setup', 'Choosing a first viola'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Renting or buying a student violin: a guide for parents</title><meta name="HandheldFriendly" content="True">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9a1e0c0c41"><link rel="canonical"
href="https://rosinandscroll.co.uk/renting-or-buying-a-student-violin/">
<meta name="description" content="${gDek}"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-08-14T09:12:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Rosin &amp; Scroll"},
"author":{"@type":"Person","name":"Hazel Quarrington"},"headline":"${gTitle}","datePublished":"2026-08-14T09:12:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://rosinandscroll.co.uk/" data-key="3c1f0a" data-api="https://rosinandscroll.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:16px 20px;}</style></head>
<body class="post-template tag-guides tag-violin is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://rosinandscroll.co.uk">Rosin &amp; Scroll</a><button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-guides tag-violin image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/guides/">Guides</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/hazel/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/11/hazel.jpg" alt="Hazel Quarrington"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/hazel/">Hazel Quarrington</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-08-14">Aug 14, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 7 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/08/fractional.jpg 600w" src="/content/images/size/w2000/2026/08/fractional.jpg"
alt="Four violins of different sizes on a bench"><figcaption>From left: 1/4, 1/2, 3/4 and full-size violins in the workshop.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${gSecs.map(([h, inner]) => `${h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>`}\n${inner}`).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">${gMore
  .map(
    (t) => `<article class="post-card post"><div class="post-card-content">
<a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://rosinandscroll.co.uk">Rosin &amp; Scroll</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=9a1e0c0c41"></script></body></html>`;
const ghost: TestPage = gold({
  name: 'heldout650-ghost-student-violin-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gSizesH, gRentH, gRtoH, gBuyH, gCostH, gQH],
  body: texts([gDek, ...gA, ...gSizes, ...rowTexts(gRows), ...gRent, ...gRto, ...gBuy, ...gCost, ...gQ, ...gEnd]),
  bylines: ['Hazel Quarrington', 'Aug 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rosin & Scroll', ...gNav, 'Sign in', 'Subscribe', 'Guides', '• 7 min read', 'From left: 1/4, 1/2, 3/4 and full-size violins in the workshop.',
    'Sign up for more like this.', 'Enter your email', ...gMore, 'Rosin & Scroll © 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
});

const dTitle = 'Humidity and your instrument';
const dBody = [
  j(
    'Every winter our members see the same repairs: open seams, cracked tops and pegs that will not hold. Nearly all of them come from',
    'one cause, dry air. Spruce and maple move with the moisture around them, and central heating can pull the relative humidity in a',
    'room down to 25 per cent or less.',
  ),
  'What the wood wants',
  j(
    'Violins, violas and cellos are happiest between 40 and 60 per cent relative humidity. Within that range the wood swells and shrinks',
    'a little without harm. Below it, the top shrinks faster than the ribs can follow, and a seam opens or, worse, the top cracks along',
    'the grain.',
  ),
  'Simple habits that help',
  'Keep a small hygrometer in the case and check it once a week.',
  'Store the instrument in its case, away from radiators and outside walls.',
  'Use a case humidifier in winter, and take it out again when the heating goes off in spring.',
  'Let a cold instrument warm up in its closed case for half an hour before you open it.',
  'When to see a maker',
  j(
    'An open seam is not a disaster; the glue is meant to give way before the wood does. Loosen the strings slightly and bring the',
    'instrument to a member of the Guild. A crack, a bridge leaning towards the fingerboard or a buzz that was not there last week all',
    'deserve a look before the next concert.',
  ),
];
const dH = [1, 3, 8];
const dNav = ['Find a maker', 'Instrument care', 'Events', 'Membership', 'About the Guild'];
const dCrumbs = ['Home', 'Instrument care'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:28;--color--primary-saturation:52%;--color--primary-lightness:38">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<link rel="canonical" href="https://www.northernviolinguild.org/care/humidity-and-your-instrument">
<title>Humidity and your instrument | Northern Guild of Violin Makers</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx8o0a3F.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxlj0">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48"},"ajaxTrustedUrl":[]}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home"
rel="home">Northern Guild of Violin Makers</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search form-element"></div>
</form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.length}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="48" class="node node--type-article node--promoted
node--view-mode-full"><header class=""><div class="node__meta"><article class="profile"></article><span>By
<span class="field field--name-uid field--type-entity-reference
field--label-hidden"><a title="View user profile." href="/user/7"
class="username">Tamsin Ordway</a></span></span><span class="node__meta-date">12 February, 2026</span>
</div></header><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden
field__item">
${ps([dBody[0] ?? ''])}<h2>${dBody[1]}</h2>${ps([dBody[2] ?? ''])}<h2>${dBody[3]}</h2><ul>${dBody
  .slice(4, 8)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><h2>${dBody[8]}</h2>${ps([dBody[9] ?? ''])}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(['Care', 'Winter', 'Repairs'], 'field--tags__item')}</ul></div></div>
<section class="section comments" data-drupal-selector="comments"><h2 class="comments__title">Comments</h2><article data-comment-user-id="0" id="comment-12"
class="comment js-comment by-anonymous" role="article"><div class="comment__picture-wrapper"></div><div class="comment__text-wrapper"><footer
class="comment__meta">
<p class="comment__author"><span>Gwen Aldous (not verified)</span></p><p class="comment__time">14 February, 2026</p></footer><div class="comment__content">
<p>The tip about letting it warm up in the case saved my cello last week. Thank you.</p></div><ul class="links inline comment__links"><li class="comment-reply">
<a href="/comment/reply/node/48/comment/12">Reply</a></li></ul></div></article></section></article></div></div></div></main></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full layout--pass--content-medium">
<nav id="block-olivero-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-olivero-footer-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(
  ['Contact', 'Privacy notice'],
  'menu__item',
)}</ul></nav>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div>
</div></div></footer><div class="overlay" data-drupal-selector="overlay"></div></div></div>
<script src="/sites/default/files/js/js_7f2PhcS1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = gold({
  name: 'heldout650-drupal-humidity-care',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH.map((i) => dBody[i] ?? ''),
  body: dBody.filter((_, i) => !dH.includes(i)),
  bylines: ['By Tamsin Ordway', '12 February, 2026', 'Gwen Aldous (not verified)', '14 February, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northern Guild of Violin Makers', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs, 'Tags', 'Care',
    'Winter', 'Repairs', 'Comments', 'The tip about letting it warm up in the case saved my cello last week. Thank you.', 'Reply', 'Footer', 'Contact',
    'Privacy notice', 'Powered by Drupal',
  ],
});

export const HELDOUT650_C: readonly TestPage[] = [ghost, drupal];
