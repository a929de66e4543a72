import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout550-kit.js';

/**
 * Held-out batch 550, file b: a kitchen fitter's project gallery post on the Wix Blog (Ricos viewer, Pro Gallery) and a
 * bathroom showroom's buying guide on a Shopify store (Dawn theme) with comments.
 */
const wTitle = 'Project: a walnut and sage kitchen on Millbrae Road';
const wParas = [
  j(
    'Helen and Rob came to us with a long, narrow kitchen that had not been touched since the eighties. They wanted somewhere',
    'to cook together without bumping elbows, and a place for the children to do homework while dinner was on.',
  ),
  j(
    'We moved the sink under the window, took the wall units off the long run completely and built a tall larder and oven',
    'housing at the far end. The island is only 700 mm deep, but it seats three on the garden side.',
  ),
  'The facts',
  'Location: Millbrae Road, Ashcombe',
  'Cabinets: painted in-frame shaker, colour Sage Mist',
  'Worktops: solid black walnut, oiled, with a white quartz island top',
  'Time on site: 11 working days',
  j(
    'The walnut came from a yard in the next valley and was finished with three coats of hard wax oil in the workshop',
    'before it went in. Solid timber moves, so we left an expansion gap behind the upstands and fixed the tops with slotted brackets.',
  ),
  '“We use every inch of it. The larder alone changed how we shop.” – Helen',
];
const wFacts = wParas.slice(3, 7);
const wCaps = ['The tall larder with oak-lined drawers', 'Walnut worktop and Belfast sink under the window'];
const wRecent = ['Before and after: a galley kitchen in Fordwell', 'Why we still fit in-frame doors'];
const wNav = ['Home', 'Kitchens', 'Our Projects', 'About Us', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/oak_fav.png">
<title>${wTitle}</title><meta name="description" content="A long, narrow Ashcombe kitchen rebuilt around a walnut worktop and a compact island.">
<link rel="canonical" href="https://www.oakridgejoinery.co.uk/post/walnut-and-sage-kitchen-millbrae-road">
<meta property="og:title" content="${wTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Callum Reid"},
"datePublished":"2026-03-12T09:14:00.000Z","publisher":{"@type":"Organization","name":"Oakridge Joinery"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"7e3c1a2b"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-z-index:1}.KaEeLN{width:100%}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="ignore-focus" tabindex="-1" role="region"
aria-label="top of page">
<span class="Z_l5lU">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content"><div id="comp-kx1abc" class="comp-kx1abc wixui-rich-text"
data-testid="richTextElement">
<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">Oakridge Joinery</span></p></div>
<nav aria-label="Site" id="comp-kx1nav" class="comp-kx1nav wixui-horizontal-menu"><ul class="Hy4ILS wixui-horizontal-menu__list">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="wqo1x" class="wqo1x">
<div data-hook="post-page" class="post-page"><article data-hook="post" class="blog-post-page-font blog-text-color post-container">
<div class="post-header"><div class="post-metadata" data-hook="post-metadata"><div class="avatar-container"><img alt="Writer's picture"
src="https://static.wixstatic.com/media/cr.jpg"></div>
<span data-hook="user-name" class="user-name blog-link-hover-color">Callum Reid</span><ul class="post-metadata__list">
<li><span data-hook="time-ago" title="Mar 12, 2026">Mar 12, 2026</span></li><li><span data-hook="time-to-read">2 min read</span></li></ul></div>
<button aria-label="More actions" data-hook="more-button" class="more-button"></button></div>
<div class="post-title"><h1 data-hook="post-title" class="post-title__text blog-post-title-font blog-post-title-color">
<span class="post-title__text">${wTitle}</span></h1></div>
<div data-hook="post-description" class="post-content__body"><div class="MS7sOC"><div data-id="rich-content-viewer" dir="ltr" class="ricos-viewer">
<div class="_4-hGN8 public-DraftEditor-content">
${ps(wParas.slice(0, 2), ' dir="auto" class="mm8Nw _1j-51 public-DraftStyleDefault-block-depth0 public-DraftStyleDefault-text-ltr"')}
<div data-hook="figure-IMAGE" class="_2kEVY"><figure class="Yx1Ct"><div data-hook="imageViewer" role="button" tabindex="0">
<img src="https://static.wixstatic.com/media/larder.jpg/v1/fill/w_740,h_493/larder.jpg" alt=""
data-pin-url="https://www.oakridgejoinery.co.uk/post/walnut"></div>
<figcaption class="r4cD5 t3Dip" data-hook="imageViewerCaption">${at(wCaps, 0)}</figcaption></figure></div>
<h2 dir="auto" class="vc4aj _1j-51 public-DraftStyleDefault-block-depth0">${wParas[2]}</h2>
<ul class="public-DraftStyleDefault-ul">${lis(
  wFacts.map((t) => `<p class="mm8Nw _1j-51">${t.replace(/^([^:]+:)/, '<strong>$1</strong>')}</p>`),
  'bTkVz public-DraftStyleDefault-unorderedListItem',
)}</ul>
${ps([at(wParas, 7)], ' dir="auto" class="mm8Nw _1j-51 public-DraftStyleDefault-block-depth0"')}
<div data-hook="figure-IMAGE" class="_2kEVY"><figure class="Yx1Ct"><div data-hook="imageViewer" role="button" tabindex="0">
<img src="https://static.wixstatic.com/media/sink.jpg/v1/fill/w_740,h_493/sink.jpg" alt=""></div>
<figcaption class="r4cD5 t3Dip" data-hook="imageViewerCaption">${at(wCaps, 1)}</figcaption></figure></div>
<blockquote class="_1Ldy2 public-DraftStyleDefault-block-depth0"><span>${wParas[8]}</span></blockquote>
</div></div></div></div>
<div class="post-footer"><div class="post-tags" data-hook="post-tags"><nav aria-label="Tags"><ul>
<li><a href="/blog/tags/kitchen-projects" class="tag-link">kitchen projects</a></li><li><a href="/blog/tags/walnut"
class="tag-link">walnut</a></li></ul></nav></div>
<div data-hook="post-main-actions-desktop" class="main-actions"><div class="share-buttons" role="toolbar" aria-label="Share Post">
<button aria-label="Share via Facebook" class="share-button"></button><button aria-label="Share via X (Twitter)" class="share-button"></button>
<button aria-label="Share via LinkedIn" class="share-button"></button><button aria-label="Share via link" class="share-button"></button></div></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="post-stats-views">41 views</span><span data-hook="post-stats-comments">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span class="like-button-with-count__like-count">2</span></button></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts-header"><h2 class="title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-link">See All</a></div><div class="recent-posts-list">${wRecent
  .map((t) => `<div data-hook="post-list-item" class="post-list-item"><h3 class="post-title"><a href="/post/${t.length}">${t}</a></h3></div>`)
  .join('\n')}</div></section>
<div data-hook="comments-widget" class="comments-widget"><h2 class="comments-heading">Comments</h2><div class="comment-box" data-hook="comment-box">
<div role="textbox" aria-multiline="true" data-placeholder="Write a comment...">Write a comment...</div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div id="comp-kx1foot" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9"><span>Oakridge Joinery, The Sawmill, Ashcombe AC2 8DN</span></p><p
class="font_9"><span>© 2026 by Oakridge Joinery. Proudly created with Wix.com</span></p>
</div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.5e1f2a9c.bundle.min.js" async></script></body></html>`;
const wixProject: TestPage = {
  name: 'heldout550-wix-project-post',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [at(wParas, 2)],
  body: texts(wParas.filter((_, i) => i !== 2)),
  bylines: ['Callum Reid', 'Mar 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Oakridge Joinery', ...wNav, '2 min read', ...wCaps, 'kitchen projects', '41 views', '0 comments', 'Recent Posts', 'See All',
    ...wRecent, 'Comments', 'Write a comment...', 'Oakridge Joinery, The Sawmill, Ashcombe AC2 8DN', '© 2026 by Oakridge Joinery. Proudly created with Wix.com',
  ],
};

const sTitle = 'How to choose a vanity unit for a small bathroom';
const sHeads = ['Measure twice, including the door', 'Wall-hung or floor-standing?', 'Which width suits which room', 'Basins and taps'];
const sP = [
  j(
    'In a small bathroom the vanity unit does more work than anything else in the room. It hides the waste pipe, holds everything',
    'that would otherwise crowd the windowsill and sets how much floor you can see. Get it wrong and the door catches on it every morning.',
  ),
  j(
    'Measure the wall from the corner to the door frame, then open the door fully and measure how far it swings into the room.',
    'A unit that is 450 mm deep sounds slim until the door handle meets the basin. Most of our customers with a cloakroom or',
    'en-suite end up with a unit 250 to 400 mm deep.',
  ),
  j(
    'Wall-hung units make a room feel bigger because you can see the floor under them, and they make cleaning easier. They need',
    'a solid wall or a stud wall with noggins in the right place, so check before you buy.',
  ),
  j(
    'Floor-standing units give you more storage and hide pipework that comes up through the floor. If your waste runs through the',
    'floor rather than the wall, a floor-standing unit is usually the simpler fit.',
  ),
  'As a rough guide, these are the widths we fit most often:',
  j(
    'A semi-recessed basin sits partly into the top of the unit and lets you use a shallower cabinet. Pair it with a deck-mounted',
    'mono tap or, where the wall allows, a wall-mounted tap to free up the counter. Ask us about waste height before you order: a',
    'basin with a slotted waste needs a slotted trap, and a wall-hung unit needs a trap that fits inside the drawer.',
  ),
  j(
    'If you are still unsure, bring your measurements to the showroom. We keep eleven vanity units on display, fully plumbed, so you',
    'can open the drawers and check the depth for yourself.',
  ),
];
const sRows = [
  ['400 mm', 'Cloakrooms and very small en-suites', 'Corner or semi-recessed'],
  ['500 – 600 mm', 'Most en-suites and family bathrooms', 'Countertop or semi-recessed'],
  ['800 mm and over', 'Larger bathrooms with space for two drawers', 'Inset or double'],
];
const sNav = ['Shop all', 'Vanity units', 'Showers', 'Taps', 'Radiators', 'Visit our showroom', 'Journal'];
const sFoot = ['Delivery', 'Returns', 'Fitting service', 'Contact us', 'Privacy policy', 'Terms of service'];
const sComment = 'Really useful, we went for the 500 mm wall-hung one in the end and the door clears it by a whisker.';
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://hallowandtap.co.uk/blogs/journal/vanity-unit-small-bathroom">
<title>${sTitle} &ndash; Hallow and Tap</title><meta name="description"
content="Depth, width, wall-hung or floor-standing: how to pick a vanity unit for a small room.">
<meta property="og:site_name" content="Hallow and Tap"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "hallow-and-tap.myshopify.com"; Shopify.theme =
{"name":"Dawn","id":142203650217,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","headline":"${sTitle}","author":{"@type":"Person","name":"Priya Lund"},
"datePublished":"2026-04-02T08:00:00Z"}</script>
<link href="//hallowandtap.co.uk/cdn/shop/t/4/assets/base.css?v=83792613620" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1820__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on orders over £300</span></p></div></div></div></div>
<div id="shopify-section-sections--1820__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details
id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Hallow and Tap</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal><a href="/account/login"
class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1820__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image" style="padding-bottom:52.6%;"><img
srcset="//hallowandtap.co.uk/cdn/shop/articles/vanity.jpg?width=1100 1100w"
src="//hallowandtap.co.uk/cdn/shop/articles/vanity.jpg?width=1100" loading="eager" width="1100" height="579" alt=""></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
datetime="2026-04-02T08:00:00Z">April 2, 2026</time></span>
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="caption-with-letter-spacing"
itemprop="name">Priya Lund</span></span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${sP[0]}</p><h2>${sHeads[0]}</h2><p>${sP[1]}</p><h2>${sHeads[1]}</h2>${ps(sP.slice(2, 4))}<h2>${sHeads[2]}</h2><p>${sP[4]}</p>
<table><thead><tr><th>Unit width</th><th>Best for</th><th>Basin type</th></tr></thead><tbody>${trs(sRows)}</tbody></table>
<h2>${sHeads[3]}</h2>${ps(sP.slice(5))}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1820__main" class="share-button">
<button class="share-button__button hidden"><span>Share</span></button><details id="Details-template--1820__main"><summary
class="share-button__button">Share</summary>
<div id="Product-share-template--1820__main" class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--1820__main"
class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="url"
value="https://hallowandtap.co.uk/blogs/journal/vanity-unit-small-bathroom"
readonly><label class="field__label" for="url">Link</label><button class="share-button__close hidden no-js-hidden"><span
class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></div></details></share-button></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-1820">1 comment</h2><ul class="article-template__comments"><li class="article-template__comments-comment"><article id="98211" class="comment">
<div class="rte">${ps([sComment])}</div><footer class="right"><span class="circle-divider caption-with-letter-spacing">Dan Oyelaran</span>
<span class="caption-with-letter-spacing">April 6, 2026</span></footer></article></li></ul>
<form method="post" action="/blogs/journal/vanity-unit-small-bathroom/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div><div class="field field--with-error">
<input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email</label></div>
<div class="field field--with-error"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]"
placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div>
<div class="element-margin-top center"><a href="/blogs/journal"
class="article-template__link link animate-arrow">Back to blog</a></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--1820__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/">Hallow and Tap</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
<script src="//hallowandtap.co.uk/cdn/shop/t/4/assets/global.js?v=1613479" defer="defer"></script></body></html>`;
const shopifyGuide: TestPage = {
  name: 'heldout550-shopify-dawn-vanity-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: [...texts(sP.slice(0, 5)), ...rowTexts(sRows), ...texts(sP.slice(5))],
  bylines: ['April 2, 2026', 'Priya Lund'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders over £300', 'Hallow and Tap', ...sNav.filter((t) => t !== 'Vanity units' && t !== 'Taps'), 'Log in', 'Cart',
    'Share', 'Link', 'Copy link',
    '1 comment', sComment, 'Dan Oyelaran', 'April 6, 2026', 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Back to blog', 'Help', ...sFoot, 'Subscribe to our emails',
    '© 2026, Hallow and Tap',
    'Powered by Shopify',
  ],
};

export const HELDOUT550_B: readonly TestPage[] = [wixProject, shopifyGuide];
