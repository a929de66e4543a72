import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout653-kit.js';

/**
 * Held-out batch 653, file c: a reptile rescue's news article on Drupal 10 (Olivero theme, with tags, a comment and the
 * comment form), and a tortoise sanctuary's hibernation post on Ghost (Casper, with a callout card and the members box).
 */
const dTitle = 'Thirty-eight bearded dragons taken in from a single house';
const dBody = [
  j(
    'Our intake team collected thirty-eight bearded dragons from a terraced house in Wexcombe last Tuesday, the largest single',
    'intake in the rescue\u2019s eleven-year history. The animals were signed over by their owner after a neighbour contacted the',
    'council about the smell.',
  ),
  j(
    'The dragons had been kept in eleven vivariums, several of them without working heat or UVB lighting. Nine of them are',
    'being treated for metabolic bone disease and four for mouth rot. Two adults were too weak to be saved.',
  ),
  j(
    '\u201cMost of these animals are young and should recover well with proper heat, light and calcium,\u201d said Kate Palmer, who',
    'runs the rescue\u2019s reptile unit. \u201cThe owner was overwhelmed, not cruel. He had bought a breeding pair and then could not',
    'sell the hatchlings.\u201d',
  ),
  'How you can help',
  j(
    'The intake has filled every vivarium we own. If you can lend or donate a vivarium of 120 cm or more with a working thermostat,',
    'please get in touch. We also need:',
  ),
  'T5 UVB tubes (12% or 14%) and reflectors',
  'calcium powder without phosphorus',
  'fosterers who have kept bearded dragons before',
  'The dragons will be ready for adoption from the spring once each has been health-checked and sexed.',
];
const dH = [dBody[3] ?? ''];
const dNav = ['Home', 'Adopt', 'Surrender', 'Care sheets', 'News', 'Donate'];
const dCrumbs = ['Home', 'News'];
const dTags = ['Bearded dragons', 'Intakes'];
const dComment = j('Well done to the team. I can lend a 4ft viv with a Microclimate stat, will email tonight.');
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:152;--color--primary-saturation:38%;--color--primary-lightness:30"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.northmoorreptiles.org/news/thirty-eight-bearded-dragons">
<title>${dTitle} | Northmoor Reptile Rescue</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_kR2cUo3J0aQm3v9F2.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxtj">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/118","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/comment\\/reply\\/node\\/118\\/comment":true}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Northmoor Reptile Rescue</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span
class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys" class="form-item__label
visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys"
name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit
button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a
href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div
data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div
class="breadcrumb__content">
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><div class="block__content">
<article data-history-node-id="118" class="node node--type-article node--promoted node--view-mode-full"><header class=""><div class="node__meta">
<span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Kate Palmer</span></span></span>
<span class="node__meta__date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-02-17T16:40:12+00:00"
title="Tuesday, February 17, 2026 - 16:40">17 February 2026</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2026-02/dragons-intake.jpg" width="1200" height="800" alt="Bearded dragons in a holding tub" class="image-style-wide"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 3))}
<h2>${dH[0]}</h2>${ps([dBody[4] ?? ''])}<ul>${lis(dBody.slice(5, 8))}</ul>${ps([dBody[8] ?? ''])}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">${links(dTags, 'field__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><span class="comments__count">1</span>
<article data-comment-user-id="0" id="comment-64" class="comment js-comment comment--level-1 by-anonymous" role="article"><span class="hidden"
data-comment-timestamp="1771400000"></span>
<div class="comment__picture-wrapper"><div class="comment__picture"><img src="/core/themes/olivero/images/placeholder.svg" alt=""
class="comment__picture-image"></div></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>Gwen Tapley</span></p><p class="comment__time">Wed, 18 Feb
2026 - 08:13</p></footer>
<div class="comment__content"><div class="clearfix text-content field field--name-comment-body field--type-text-long field--label-hidden field__item">
<p>${dComment}</p></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/118/comment/64">Reply</a></li></ul></div></div></article>
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form"
action="/comment/reply/node/118/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name"><label for="edit-name" class="form-item__label">Your name</label>
<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text form-element
form-element--type-text form-element--api-textfield"></div>
<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="form-item__label
js-form-required form-required">Comment</label><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value"
name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required resize-vertical"></textarea></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit"
type="submit" id="edit-submit--2" name="op" value="Save" class="button button--primary js-form-submit form-submit"><input data-drupal-selector="edit-preview"
type="submit" id="edit-preview" name="op" value="Preview" class="button js-form-submit form-submit"></div></form></section>
</div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block
block-node block-node-syndicate-block"><div class="block__content">
<a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-contactinfo" class="block block-block-content"><div class="block__content"><div class="text-content field field--name-body"><p>Northmoor Reptile
Rescue is a registered charity, no. 1162290.</p>
<p>Emergency intakes: 0161 496 0733</p></div></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div class="region--footer_bottom__inner"><div id="block-olivero-powered" class="block block-system
block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div></footer></div></div>
<script src="/sites/default/files/js/js_Zc3H2f8k.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout653-drupal-olivero-intake-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts(dBody.filter((_, i) => i !== 3)),
  bylines: ['By Kate Palmer', '17 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northmoor Reptile Rescue', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'Tags', ...dTags, 'Comments',
    'Gwen Tapley', 'Wed, 18 Feb 2026 - 08:13', dComment, 'Reply', 'Add new comment', 'Your name', 'Comment', 'RSS feed',
    'Northmoor Reptile Rescue is a registered charity, no. 1162290.', 'Emergency intakes: 0161 496 0733', 'Powered by Drupal',
  ],
};

const gTitle = 'Hibernation diary: the fridge shelf fills up';
const gDek = 'Forty-one tortoises are now asleep in the sanctuary\u2019s three hibernation fridges. Here is how we decide who goes in, and when.';
const gP1 = [
  j(
    'Every autumn we face the same question with each of our residents: is this tortoise well enough to hibernate? A healthy',
    'Mediterranean tortoise that skips hibernation year after year tends to grow too fast and can run into shell and liver',
    'problems, but a tortoise that goes to sleep underweight or ill may not wake up.',
  ),
  j(
    'From late September we weigh every tortoise each week and check its eyes, nose and mouth. Anyone who has lost more than',
    'a few grams, or who has not eaten well through August, winters awake under lamps instead.',
  ),
];
const gH = ['Winding down', 'Into the fridge', 'Who stays awake'];
const gWind = [
  j(
    'Two to three weeks before the fridge, we stop feeding so the gut can empty. The tortoises still get a warm soak every other',
    'day to keep them hydrated, and we lower the lamp hours by one a day until they are only basking in the late morning.',
  ),
];
const gFridge = [
  j(
    'Each tortoise goes into its own ventilated box of shredded paper, labelled with its name and starting weight. The fridges',
    'hold a steady 5 °C, and we open each door twice a day for fresh air. Every box is weighed once a week.',
  ),
  'A tortoise that loses more than 1% of its body weight in a month is woken up and checked by the vet.',
];
const gCallout = j(
  'Keeping a tortoise at home? Never use a garage or shed without a thermometer that records the lowest temperature.',
  'One frosty night below 1 °C can blind or kill a hibernating tortoise.',
);
const gStay = [
  j(
    'This year twelve residents are staying awake, including Mabel, who had a bladder stone removed in June, and the six',
    'hatchlings from the summer. They will spend the winter in the heated tortoise room, where volunteers can visit them on',
    'open Sundays.',
  ),
  'We will post again in February, when the first boxes come out of the fridge.',
];
const gCap = 'Boxes labelled and ready for the fridge. Photo by Owen Haddy';
const gNav = ['Home', 'Residents', 'Hibernation', 'Visit', 'Support us'];
const gMore = ['Meet the summer hatchlings', 'What a tortoise eats in a week', 'Our new quarantine room is open'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://www.shelltersanctuary.org/assets/built/screen.css?v=5d5f0c3a91">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://www.shelltersanctuary.org/hibernation-diary-fridge-shelf/">
<meta property="og:site_name" content="Shellter Tortoise Sanctuary"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-11-02T18:20:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Shellter Tortoise Sanctuary"},"author":{"@type":"Person","name":"Maggie Trewin"},"headline":"${gTitle}",
"datePublished":"2026-11-02T18:20:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://www.shelltersanctuary.org/" data-key="4b1c0e8f" data-api="https://www.shelltersanctuary.org/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<link rel="stylesheet" type="text/css" href="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/main.css"></head>
<body class="post-template tag-hibernation is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://www.shelltersanctuary.org">Shellter Tortoise Sanctuary</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114
0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a
href="https://www.shelltersanctuary.org/${t === 'Home' ? '' : t.toLowerCase().replace(/ /g, '-') + '/'}">${t}</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-hibernation ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/hibernation/">Hibernation</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/maggie/" class="author-avatar" aria-label="Read more of Maggie Trewin">
<img class="author-profile-image" src="/content/images/size/w100/2025/01/maggie.jpg" alt="Maggie Trewin"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/maggie/">Maggie Trewin</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-11-02">Nov 2, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/11/fridge-boxes.jpg 600w, /content/images/size/w1200/2026/11/fridge-boxes.jpg 1200w"
src="/content/images/size/w2000/2026/11/fridge-boxes.jpg" alt="Labelled hibernation boxes">
<figcaption>${gCap}</figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gP1)}
<h2 id="winding-down">${gH[0]}</h2>${ps(gWind)}
<h2 id="into-the-fridge">${gH[1]}</h2>${ps(gFridge)}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">\u26a0\ufe0f</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="who-stays-awake">${gH[2]}</h2>${ps(gStay)}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/ /g, '-')}/"><img class="post-card-image"
src="/content/images/size/w600/2026/x.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.toLowerCase().replace(/ /g, '-')}/"><header class="post-card-header"><h2
class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-10-01">Oct 2026</time></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://www.shelltersanctuary.org">Shellter Tortoise Sanctuary</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="https://www.shelltersanctuary.org/assets/built/casper.js?v=5d5f0c3a91"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout653-ghost-hibernation-diary',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gDek, ...gP1, ...gWind, ...gFridge, gCallout, ...gStay]),
  bylines: ['Maggie Trewin', 'Nov 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Shellter Tortoise Sanctuary', ...gNav.filter((t) => t !== 'Hibernation'), 'Sign in', 'Subscribe', '4 min read', gCap,
    'Sign up for more like this.', 'Enter your email', ...gMore, 'Oct 2026', '© 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT653_C: readonly TestPage[] = [drupal, ghost];
