import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout592-kit.js';

/**
 * Held-out batch 592, file d: a gallery journal's studio interview on Ghost (Casper theme: members header, read-more cards,
 * footer call to action), and an artist-run gallery's open call on Drupal 10 (Olivero: tags, a comment, a dates table).
 */
const gTitle = 'In the studio with Odile Farrant';
const gDek = 'The painter talks about cheap brushes, borrowed light and why she never titles a picture until it has been sold.';
const gQa: string[] = [
  j(
    'Odile Farrant has worked from the same top-floor room above a bicycle shop in Orrin Street for eleven years. Her small oil',
    'paintings of kitchen tables and window sills have sold out at each of her three exhibitions with us. We visited her a month',
    'before her new show opens.',
  ),
  '<strong>Your studio is tiny. Has that shaped the paintings?</strong>',
  j(
    'Completely. I can stand back about two and a half metres before I hit the door, so nothing I make is bigger than I can see',
    'whole from there. People think the small size is a decision about intimacy. It is really a decision about the door.',
  ),
  '<strong>You paint the same table again and again.</strong>',
  j(
    'The table is only an excuse. What changes is the light, which comes off the brick wall opposite and is different every',
    'hour. In winter I get about three good hours a day. I borrow the light from next door, in a way: it is their wall.',
  ),
  '<strong>What do you paint with?</strong>',
  j(
    'Cheap hog brushes, which I wear down to stumps, and a palette of seven colours. I used to buy expensive sable and found I',
    'was too careful with it. The worn brushes make marks I could not make on purpose.',
  ),
  '<strong>Why are the paintings untitled until they are sold?</strong>',
  j(
    'A title tells people what to look for. While the painting is in the gallery I would rather they looked at it without',
    'help. When someone buys one I ask them what they would call it, and that becomes its title. Some of the names are better',
    'than anything I would have come up with. One is called Tuesday, Before the Post.',
  ),
  '<strong>What is in the new exhibition?</strong>',
  j(
    'Twenty-two paintings made since last spring, all of the same table, and one of the view from the stairs, which is the',
    'first time I have turned round. It felt like a big step. It is a very small painting.',
  ),
  j('<em>Odile Farrant: Borrowed Light is at Orrin Street Projects from 9 April to 17 May 2027. Paintings are priced from', '£1,100 to £2,600.</em>'),
];
const gNav = ['Home', 'Exhibitions', 'Interviews', 'Essays', 'About'];
const gRead: [string, string][] = [
  ['Essays', 'What a frame is for'],
  ['Interviews', 'Tobiah Rennick on four days and nights at the kiln'],
  ['Exhibitions', 'Paper Weather: a walk through the hang'],
];
const gFoot = ['Sign up', 'Contact', 'Privacy'];
const gReadHtml = gRead
  .map(
    ([tag, t]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2027/02/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5d3a7e1b2c"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.orrinstreet.example/in-the-studio-with-odile-farrant/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Orrin Street Journal"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2027-03-02T09:00:00.000Z"><meta property="article:tag" content="Interviews">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Orrin Street Journal"},
"author":{"@type":"Person","name":"Wren Castell"},"headline":"${gTitle}","datePublished":"2027-03-02T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://journal.orrinstreet.example/" data-key="5c1e" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{background-color:#1a1a1a;}</style></head>
<body class="post-template tag-interviews is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer is-header-hidden">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://journal.orrinstreet.example">Orrin Street Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-interviews">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/interviews/">Interviews</a>
</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/wren/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/05/wren.jpg" alt="Wren
Castell"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/wren/">Wren Castell</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-03-02">Mar 2, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w600/2027/03/farrant.jpg 600w"
src="/content/images/2027/03/farrant.jpg"
alt="Odile Farrant in her studio"><figcaption><span style="white-space: pre-wrap;">Odile Farrant at her easel. Photograph by Jonas Ebbe.</span></figcaption>
</figure></header>
<section class="gh-content gh-canvas">
${ps(gQa)}
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
data-ghost-comments="https://journal.orrinstreet.example/"
data-post-id="65e2" data-color-scheme="auto" crossorigin="anonymous"></script></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gReadHtml}
</div></aside>
<aside class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.orrinstreet.example">Orrin Street Journal</a> &copy;
2027
</section><nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<script src="/assets/built/casper.js?v=5d3a7e1b2c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout592-ghost-studio-interview',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gDek, ...gQa]),
  bylines: ['Wren Castell', 'Mar 2, 2027', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Orrin Street Journal', ...gNav.filter((t) => t !== 'Interviews'), 'Sign in', 'Subscribe', 'Interviews',
    'Odile Farrant at her easel. Photograph by Jonas Ebbe.',
    ...gRead.map(([, t]) => t), 'Sign up for more like this.', 'Enter your email', 'Orrin Street Journal © 2027', ...gFoot, 'Powered by Ghost',
  ],
};

const dTitle = 'Open call: Members’ Winter Show 2027';
const dIntro = [
  j(
    'Submissions are now open for the Winter Show, our annual selling exhibition of members’ work, which runs in both galleries',
    'from late November until Christmas Eve. Every member may submit up to three works; the selection panel will choose between',
    'sixty and eighty works in total.',
  ),
];
const dWhoH = 'Who can apply';
const dWho = [
  'Full and studio members whose subscription is paid for 2027.',
  'Associate members who joined before 1 July 2027.',
  'Work must have been made in the last two years and must not have been shown in Wexcombe before.',
];
const dSubH = 'How to submit';
const dSub = [
  j(
    'Fill in the online form with an image of each work, its title, medium, size and price. Images should be JPEGs of at least',
    '2,000 pixels on the longest side. The submission fee is £12 for one work or £25 for three.',
  ),
  j(
    'Two-dimensional work must be ready to hang, with D-rings and cord removed. We cannot show work framed behind glass larger',
    'than 100 × 80 cm, because of the weight limits on the hanging system in the upper gallery.',
  ),
];
const dDatesH = 'Dates';
const dRows: [string, string][] = [
  ['Submissions close', 'Sunday 12 October, midnight'],
  ['Selection results emailed', 'Friday 24 October'],
  ['Hand-in of selected work', 'Saturday 15 and Sunday 16 November, 10am – 4pm'],
  ['Private view', 'Friday 21 November, 6 – 9pm'],
  ['Collection of unsold work', 'Saturday 10 January 2028'],
];
const dSellH = 'Selling work';
const dSell = [
  j(
    'The co-operative takes 25% commission on sales, against 40% at most commercial galleries. Buyers can take small works away',
    'on the day; larger works stay on the wall until the show closes. Please price your work to include VAT if you are registered.',
  ),
];
const dNav = ['Home', 'Exhibitions', 'Studios', 'Membership', 'Shop', 'Visit'];
const dCrumbs = ['Home', 'News'];
const dTags = ['Open calls', 'Winter Show'];
const dComment = j('Is the £25 fee per member or per work? I have two small prints and a painting and want to be sure before I pay.');
const dReply = 'It is £25 for up to three works, so one payment covers all three. Good luck!';
const dHtml = `<!DOCTYPE html><html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${dTitle} | Wexcombe Artists’ Co-operative</title><link rel="canonical" href="https://www.wexcombeartists.example/news/open-call-winter-show-2027">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_8hU2.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">
{"path":{"baseUrl":"\\/","currentPath":"node\\/318"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Wexcombe Artists’ Co-operative</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to
search for."
placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" class="form-search
form-element"></div></form></div>
</div><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation
menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="main-content__container container"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div
id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="318" class="node node--type-article node--promoted
node--view-mode-full"><header class=""><div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Pru Halsey</span></span></span><span>, <span class="field field--name-created field--type-created field--label-hidden">3 September, 2027</span></span>
</div></header><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden
field__item">
${ps(dIntro)}
<h2>${dWhoH}</h2><ul>${dWho.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${dSubH}</h2>${ps(dSub)}
<h2>${dDatesH}</h2><table><thead><tr><th>Stage</th><th>Date</th></tr></thead><tbody>
${dRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}
</tbody></table>
<h2>${dSellH}</h2>${ps(dSell)}
<p><a href="/form/winter-show-2027">Submit your work</a></p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3><ul class="links
field__items">
${links(dTags, 'field__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
<article data-comment-user-id="41" id="comment-52" class="comment js-comment by-anonymous"><div class="comment__picture-wrapper"></div><div
class="comment__text-content">
<footer class="comment__meta"><p class="comment__author"><span>Hal Ostby</span></p><p class="comment__time">Thu, 04/09/2027 - 18:22</p></footer>
<div class="text-content field field--name-comment-body"><p>${dComment}</p></div><ul class="links inline comment__links"><li class="comment-reply">
<a href="/comment/reply/node/318/comment_forum/52">Reply</a></li></ul></div></article>
<div class="indented"><article data-comment-user-id="3" id="comment-53" class="comment js-comment by-node-author"><div class="comment__text-content">
<footer class="comment__meta"><p class="comment__author"><span>Pru Halsey</span></p><p class="comment__time">Fri, 05/09/2027 - 09:05</p></footer>
<div class="text-content field field--name-comment-body"><p>${dReply}</p></div></div></article></div>
<p class="comment-forbidden"><a href="/user/login?destination=/node/318%23comment-form">Log in</a> to post comments</p></section>
</div></article></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="block block-block-content">
<div class="text-content field field--name-body"><p>Wexcombe Artists’ Co-operative is a registered charity, no. 1129884.</p>
<p>The Old Tannery, Mill Street, Wexcombe. Galleries open Thursday to Sunday, 11am – 5pm.</p></div></div></div>
<div class="region region--footer-bottom grid-full"><div class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_kKx2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout592-drupal-olivero-open-call',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dWhoH, dSubH, dDatesH, dSellH],
  body: [...texts(dIntro), ...dWho, ...texts(dSub), ...dRows.map(([a, b]) => `${a} ${b}`), ...texts(dSell)],
  bylines: ['By Pru Halsey, 3 September, 2027', 'Hal Ostby', 'Thu, 04/09/2027 - 18:22', 'Fri, 05/09/2027 - 09:05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Wexcombe Artists’ Co-operative', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'News', 'Submit your work',
    'Tags', ...dTags, 'Comments', dComment, 'Reply', dReply, 'Log in to post comments',
    'Wexcombe Artists’ Co-operative is a registered charity, no. 1129884.',
    'The Old Tannery, Mill Street, Wexcombe. Galleries open Thursday to Sunday, 11am – 5pm.', 'Powered by Drupal',
  ],
};

export const HELDOUT592_D: readonly TestPage[] = [ghost, drupal];
