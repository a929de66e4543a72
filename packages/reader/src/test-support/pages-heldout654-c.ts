import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout654-kit.js';

/**
 * Held-out batch 654, file c: a wildlife hospital's news item on Drupal 10 (Olivero theme) with tags and comments, and an owl
 * release story on a Ghost blog (Casper theme) with its members sign-up box and read-more cards.
 */
const oTitle = 'Swan hospital reopens after bird flu closure';
const oBody = [
  j(
    'The swan unit at Marshgate Wildlife Hospital has reopened to new patients after eleven weeks of closure, following a case of',
    'avian influenza in a mute swan admitted from the Ellery Canal in August.',
  ),
  j(
    'During the closure all swans found injured in the county were taken to partner centres in Haverton and Cold Norton, and our',
    'rescue team kept collecting birds from the public as usual. More than 90 swans were moved this way.',
  ),
  'What changed',
  j(
    'Every swan now spends its first seven days in one of four new isolation pens, each with its own drainage and its own set of',
    'boots, buckets and nets. Staff change overalls between pens, and nothing leaves a pen until the bird has tested negative twice.',
  ),
  j(
    'The pens were paid for by an emergency appeal in September, which raised £38,600 in under three weeks. Volunteers from the',
    'Ellery Canal Trust built the outside runs over two weekends.',
  ),
  'What to do if you find a sick swan',
  j(
    'Do not pick up a swan that is weak, trembling or unable to hold its head up. Keep people and dogs away, note exactly where it is',
    'and call our rescue line. If the bird is dead, report it to the national helpline so that it can be collected and tested.',
  ),
  j(
    'Swans caught in fishing line or hooks, or hit by cars, can be brought in as before. Please ring ahead so that the team can',
    'have a pen ready when you arrive.',
  ),
];
const oHead = [2, 5];
const oNav = ['Home', 'Found an animal', 'Our hospital', 'News', 'Support us'];
const oTags = ['Swans', 'Bird flu', 'Hospital news'];
const oFoot = ['Contact us', 'Privacy notice', 'Cookie settings', 'Careers'];
const oCom = [
  ['Gillian R', 'Wed, 05/11/2026 - 18:22', 'Brilliant news. We found a swan tangled in line on the Ellery last spring and your team were out within the hour.'],
  ['Dev Kaur', 'Thu, 06/11/2026 - 08:47', 'Does the rescue line take calls overnight or should we leave a message?'],
];
const comment = (c: readonly string[], n: number): string => `<article data-comment-user-id="0" id="comment-${n}" class="comment js-comment
by-anonymous"><span class="hidden" data-comment-timestamp="1762366920"></span><div class="comment__picture-wrapper"><div class="comment__picture"></div></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>${at(c, 0)}</span></p><p class="comment__time">${at(c, 1)}</p>
</footer><div class="comment__content"><div
class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item">
<p>${at(c, 2)}</p></div></div><div class="comment__links"><ul class="links inline"><li><a href="/comment/reply/node/412/comment_forum/${n}">Reply</a></li>
</ul></div></div></article>`;
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.marshgatewildlife.org.uk/news/swan-hospital-reopens">
<title>${oTitle} | Marshgate Wildlife Hospital</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qd9GzEJ7dXzXfQ5C3vT0c.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412","isFront":false},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Marshgate Wildlife
Hospital</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword
or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element
form-element--type-search form-element--api-search"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item">
<a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><div class="block__content"><article data-history-node-id="412" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header"><div class="node__meta"><div class="node__author-image"></div><span><span class="field field--name-uid field--type-entity-reference
field--label-hidden"><span>Hannah Crewe</span></span></span> <span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2026-11-05T09:30:00Z" class="datetime">Wed, 11/05/2026 - 09:30</time></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2026-11/swan-pen.jpg" width="1200" height="675" alt="A mute swan in one of the new isolation pens" class="image-style-wide"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oBody.slice(0, 2))}
<h2>${at(oBody, 2)}</h2>${ps(oBody.slice(3, 5))}
<h2>${at(oBody, 5)}</h2>${ps(oBody.slice(6))}
<p><a href="/found-an-animal/swans">Read our full advice on swans</a></p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class='links field__items field--tags__items'>${links(oTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${oCom.map(comment).join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form"
action="/comment/reply/node/412/comment"
method="post" id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item form-item-name"><label for="edit-name"
class="form-item__label">Your name
</label><input type="text" id="edit-name" name="name" class="form-text form-element form-element--type-text"></div>
<div class="js-form-item form-item form-item-comment-body-0-value"><label for="edit-comment-body-0-value"
class="form-item__label js-form-required form-required">Comment
</label><textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" class="form-textarea"></textarea></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" value="Save"
class="button button--primary js-form-submit form-submit"></div></form></section></div></article></div></div></div></div></div></div></div>
<div class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu menu--footer">${links(oFoot, 'menu__item')}</ul></nav>
<div id="block-olivero-charityline" class="block block-block-content"><div class="block__content"><div class="text-content field--name-body">
<p>Rescue line, 8am to 8pm every day: 01632 960 772</p><p>Marshgate Wildlife Hospital is a registered charity, number 1092217.</p></div></div></div>
</div></div><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_4f8KcN2aY7.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout654-drupal-olivero-swan-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: oHead.map((i) => at(oBody, i)),
  body: texts(oBody.filter((_, i) => !oHead.includes(i))),
  bylines: ['Hannah Crewe', 'Wed, 11/05/2026 - 09:30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Marshgate Wildlife Hospital', 'Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb',
    'Read our full advice on swans', 'Tags', ...oTags, 'Comments', ...oCom.flat(), 'Reply', 'Add new comment', 'Your name', 'Comment', 'Footer', ...oFoot,
    'Rescue line, 8am to 8pm every day: 01632 960 772', 'Marshgate Wildlife Hospital is a registered charity, number 1092217.', 'Powered by Drupal',
  ],
};

const gTitle = 'Seven weeks, one wing: Juniper the barn owl flies home';
const gDek = 'Found in a ditch on the Holt road with a broken wing, she was released last Thursday at the farm where she hatched.';
const gBody = [
  j(
    'Juniper came in on the first of October in a cardboard box on the back seat of a tractor. Rob Emsley, who farms at Greycote,',
    'had found her in the ditch by his top gate, one wing trailing, after a night of high wind.',
  ),
  j(
    'The X-ray showed a clean break of the ulna, with the radius beside it intact, which is about the best news you can get with a',
    'wing. The radius acts as a natural splint. We strapped the wing to her body in a figure of eight and kept her in a small, dark',
    'box for three weeks, so that she could not try to fly before the bone had knitted.',
  ),
  'Learning to fly again',
  j(
    'A barn owl that has spent three weeks strapped up loses a lot of muscle, and the joint stiffens. Once the wrap came off we',
    'started gentle physiotherapy twice a day, stretching the wing open and holding it for a count of ten. Juniper objected loudly',
    'to every session.',
  ),
  j(
    'In the fourth week she moved to the long flight aviary. At first she could only hop from perch to perch. By the sixth week',
    'she was flying the full twenty metres and turning at the end without touching the mesh, and we watched her catch live food',
    'on the camera at night.',
  ),
  'Going home',
  j(
    'Barn owls do best when they are released where they were found, so on Thursday evening we drove her back to Greycote. Rob had',
    'cleared out the old owl box in his cart shed and we put her in it with a few days of food, blocking the entrance with a board.',
  ),
  j(
    'At dusk the board came out. She sat in the doorway for almost twenty minutes, turning her head towards every sound, and then',
    'dropped out and flew low along the hedge and out over the stubble. Rob says he has heard her screeching from the yard every',
    'night since.',
  ),
  'Her care cost around £320 in X-rays, bandages, food and fuel. If you would like to help the next owl, you can give on our website.',
];
const gHead = [2, 5];
const gRead = [
  ['Hedgehog season: what the first frosts mean', 'Why we weigh every hoglet twice a week from October.', 'Nov 18, 2026'],
  ['The heron that would not leave', 'A grey heron, a garden pond and a very patient owner.', 'Nov 4, 2026'],
];
const gNav = ['Home', 'Releases', 'Patients', 'Advice', 'Donate'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://notes.owlbarnrescue.org/assets/built/screen.css?v=5c83f4a1b2">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://notes.owlbarnrescue.org/juniper-the-barn-owl-flies-home/">
<meta property="og:site_name" content="Owl Barn Notes"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-11-24T17:12:44.000Z">
<meta property="article:tag" content="Releases"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Owl Barn Notes"},
"author":{"@type":"Person","name":"Tamsin Greaves"},"headline":"${gTitle}","datePublished":"2026-11-24T17:12:44.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://notes.owlbarnrescue.org/"
data-key="3f1e0a9c2b7d" data-api="https://notes.owlbarnrescue.org/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
</head><body class="post-template tag-releases tag-barn-owls is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://notes.owlbarnrescue.org">Owl Barn Notes</a><button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="https://notes.owlbarnrescue.org/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}
</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-releases tag-barn-owls image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/releases/">Releases</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/tamsin/" class="author-avatar author-profile-image"><img
class="author-profile-image"
src="/content/images/size/w100/2025/02/tamsin.jpg" alt="Tamsin Greaves"></a></li></ul><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/tamsin/">Tamsin Greaves</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-24">Nov 24, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/11/juniper.jpg 300w, /content/images/size/w1000/2026/11/juniper.jpg 1000w"
src="/content/images/size/w2000/2026/11/juniper.jpg"
alt="Juniper the barn owl"><figcaption>Juniper in the flight aviary, week six.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="learning-to-fly-again">${at(gBody, 2)}</h2>
${ps(gBody.slice(3, 5))}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/11/aviary-cam.jpg" class="kg-image" alt="" loading="lazy" width="1600"
height="900"><figcaption><span style="white-space: pre-wrap;">A still from the aviary camera, 2.14am.</span></figcaption></figure>
<h2 id="going-home">${at(gBody, 5)}</h2>
${ps(gBody.slice(6, 9))}
<div class="kg-card kg-button-card kg-align-center"><a href="https://owlbarnrescue.org/donate" class="kg-btn kg-btn-accent">Give to the owl fund</a></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post keep-ratio"><a class="post-card-image-link"
href="/the-owl-pellet-project/"><img class="post-card-image" src="/content/images/2026/10/pellets.jpg" alt="" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/the-owl-pellet-project/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Advice</span></div><h2 class="post-card-title">What owl pellets tell us</h2></header>
<div class="post-card-excerpt">Small bones, big clues: how we check an owl is hunting before release.</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-10-30">Oct 30, 2026</time><span class="post-card-meta-length">3 min read</span></footer></div></article>
${gRead
  .map(
    (r) => `<article class="post-card post keep-ratio"><div class="post-card-content"><a class="post-card-content-link" href="/x/"><header
class="post-card-header"><h2 class="post-card-title">${at(r, 0)}</h2></header>
<div class="post-card-excerpt">${at(r, 1)}</div></a><footer class="post-card-meta"><time
class="post-card-meta-date">${at(r, 2)}</time></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://notes.owlbarnrescue.org">Owl Barn Notes</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-privacy"><a
href="/privacy/">Privacy</a></li>
</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="https://notes.owlbarnrescue.org/assets/built/casper.js?v=5c83f4a1b2"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout654-ghost-casper-owl-release',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHead.map((i) => at(gBody, i)),
  body: texts([gDek, ...gBody.filter((_, i) => !gHead.includes(i))]),
  bylines: ['Tamsin Greaves', 'Nov 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Owl Barn Notes', ...gNav, 'Sign in', 'Subscribe', '•', '4 min read', 'Juniper in the flight aviary, week six.',
    'A still from the aviary camera, 2.14am.', 'Give to the owl fund', 'Sign up for more like this.', 'Enter your email', 'What owl pellets tell us',
    'Small bones, big clues: how we check an owl is hunting before release.', 'Oct 30, 2026', '3 min read', ...gRead.flat(), 'Owl Barn Notes © 2026',
    'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT654_C: readonly TestPage[] = [drupal, ghost];
