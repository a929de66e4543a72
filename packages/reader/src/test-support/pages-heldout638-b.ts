import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout638-kit.js';

/**
 * Held-out batch 638, file b: an orchid nursery's repotting service page built with Wix (rich-text components, a button, a
 * consent banner), and a bonsai shop's blog article on Shopify with the Dawn theme (announcement bar, share button, comment form).
 */
const wTitle = 'Orchid Repotting Service';
const wBody = [
  j(
    'Bring us your tired orchids and we will repot them in fresh bark, trim away dead roots and send them home ready for another',
    'year of flowering. Most orchids need repotting every two years, when the bark starts to break down and hold too much water.',
  ),
  'How it works',
  j(
    'Drop your plants at the orchid house during opening hours. We label each pot with your name, repot it within five working days',
    'and text you when it is ready to collect. Plants stay in our warm greenhouse while they wait, so there is no need to rush back.',
  ),
  j(
    'If a plant has lost most of its roots, we will call you before we do anything. Sometimes the kindest thing is to mount it on',
    'cork or grow it on in sphagnum moss for a season, and we will explain the choice.',
  ),
  'Prices',
  'Phalaenopsis and other pots up to 12 cm: £7 per plant',
  'Pots from 12 to 18 cm: £11 per plant',
  'Large Cymbidium and specimen plants: from £18, quoted on the day',
  'Dividing a plant into two or more: £4 extra',
  'What we use',
  j(
    'We use our own orchid bark, a mix of fir bark, perlite and a little charcoal, graded to suit the plant. Pots are clear plastic',
    'unless you ask for something else. You are welcome to bring your own decorative pot and we will fit the plant to it where we can.',
  ),
];
const wNav = ['Home', 'Our Orchids', 'Repotting Service', 'Growing Guides', 'Visit', 'Contact'];
const wFoot = ['Halloway Orchid House', '14 Quarry Road, Stenbury', 'Open Wednesday to Sunday, 10:00 to 16:00', 'hello@hallowayorchids.co.uk'];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text" style="font-size:17px;"><span class="wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1b2c3_favicon.png">
<title>Orchid Repotting Service | Halloway Orchid House</title><meta name="description" content="We repot your orchids in fresh bark.">
<link rel="canonical" href="https://www.hallowayorchids.co.uk/repotting-service"><meta property="og:title" content="Orchid Repotting Service">
<meta property="og:site_name" content="Halloway Orchid House"><meta name="twitter:card" content="summary_large_image">
<script type="application/json"
id="wix-viewer-model">{"siteFeatures":["assetsLoader","consentPolicy"],"site":{"metaSiteId":"9f3e","isResponsive":false}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style data-url="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.css">.HcOXKn{--force-state-metadata:false}</style>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Halloway Orchid
House","address":{"addressLocality":"Stenbury"}}</script>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP" class="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP background-group"><button class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main
Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${rt(
  'kx1',
  `<p class="font_6 wixui-rich-text__text"><a href="/" class="wixui-rich-text__text">
<span class="wixui-rich-text__text">${at(wFoot, 0)}</span></a></p>`,
)}
<nav class="StylableHorizontalMenu3372578893__root" aria-label="Site" id="comp-kx2"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase().replace(/ /g, '-')}"
class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__itemWrapper"><span class="itemDepth02233374943__label
wixui-horizontal-menu__item-label">${n}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="wrsd3" class="dBAkHi theme-vars"><div class="HT5ybB"><div id="Containerwrsd3" class="Containerwrsd3 SPY_vo">
<div data-mesh-id="Containerwrsd3inlineContent"
data-testid="inline-content" class=""><section id="comp-lp01" tabindex="-1" class="Oqnisf comp-lp01 wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lp02" class="comp-lp02 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lp02inlineContent"
data-testid="inline-content" class="">
${rt('lp03', `<h1 class="font_0 wixui-rich-text__text" style="font-size:46px;"><span class="color_11 wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt('lp04', wp(at(wBody, 0)))}
<div id="comp-lp05" class="MazNVa comp-lp05 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lp05" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lp05","displayMode":"fill"}'><img src="https://static.wixstatic.com/media/a1b2c3_repot.jpg/v1/fill/w_480,h_320/repot.jpg"
alt="Phalaenopsis roots being cleaned" style="width:480px;height:320px;object-fit:cover"></wow-image></div></div>
${rt('lp06', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 1)}</span></h2>`)}
${rt('lp07', [2, 3].map((i) => wp(at(wBody, i))).join('\n'))}
${rt('lp08', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 4)}</span></h2>`)}
${rt(
  'lp09',
  `<ul class="font_8 wixui-rich-text__text">${wBody
    .slice(5, 9)
    .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${t}</p></li>`)
    .join('\n')}</ul>`,
)}
<div class="comp-lp10 R6ex7N" id="comp-lp10" aria-disabled="false"><a data-testid="linkElement" href="https://www.hallowayorchids.co.uk/booking-calendar"
target="_self" class="StylableButton2545352419__root style-lp10__root wixui-button" aria-disabled="false"><div class="StylableButton2545352419__container">
<span class="StylableButton2545352419__label wixui-button__label">Book a Drop-Off Slot</span></div></a></div>
${rt('lp11', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 9)}</span></h2>`)}
${rt('lp12', wp(at(wBody, 10)))}
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content" class="">
${rt('ft1', wFoot.map(wp).join('\n'))}
<div id="comp-ft2" class="comp-ft2"><ul class="HGRFdb" aria-label="Social Bar"><li id="dataItem-ft3" class="wixui-social-bar__item">
<a href="https://www.instagram.com/"
target="_blank" aria-label="Instagram"><wix-image><img alt="Instagram" src="https://static.wixstatic.com/media/ig.png"></wix-image></a></li></ul></div>
${rt('ft4', wp('© 2026 by Halloway Orchid House. Proudly created with Wix.com'))}
</div></div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-text" class="ccsu-banner-text">
<p>This website uses cookies. We use cookies to improve your experience and to personalise content.</p>
<a href="/privacy" data-hook="ccsu-banner-policy-link">Privacy
Policy</a></div><div class="ccsu-buttons"><button data-hook="ccsu-banner-decline-all">Decline All</button>
<button data-hook="ccsu-banner-settings">Settings</button>
<button data-hook="ccsu-banner-accept-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout638-wix-orchid-repotting',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [1, 4, 9].map((i) => at(wBody, i)),
  body: texts(wBody.filter((_, i) => ![1, 4, 9].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', ...wNav.filter((n) => n !== 'Repotting Service'), 'Book a Drop-Off Slot', ...wFoot,
    '© 2026 by Halloway Orchid House. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience and to personalise content.', 'Privacy Policy', 'Decline All',
    'Settings', 'Accept',
  ],
};

const sTitle = 'Watering Bonsai Without a Schedule';
const sBody = [
  j(
    'The question we hear most often at the counter is how often a bonsai should be watered. The honest answer is that there is no',
    'number of days. A juniper in a shallow pot on a windy July afternoon may need water twice before supper; the same tree in',
    'November may go a week without.',
  ),
  'Check the soil, not the calendar',
  j(
    'Push a wooden chopstick an inch into the soil near the edge of the pot and leave it for ten minutes. If it comes out dark and',
    'cool, wait. If it comes out dry and pale, water. After a few weeks you will be able to tell by the weight of the pot alone.',
  ),
  j(
    'The colour of the top layer is a poor guide. Akadama turns lighter as it dries, which helps, but the surface dries long before',
    'the roots do, and a tree watered every time the top looks pale will sit wet at the bottom.',
  ),
  'How to water',
  j(
    'Water until it runs from the drainage holes, wait a minute, then water again. The first pass wets the surface; the second soaks',
    'the root ball. Use a fine rose so the soil is not washed out of the pot.',
  ),
  'Trees that like it wetter',
  j(
    'Chinese elms, maples and hornbeams drink far more than pines and junipers, and will drop leaves within a day if they dry out',
    'completely in summer. If you are away for a weekend, stand them in a tray of gravel and water in the shade.',
  ),
  'When you go on holiday',
  j(
    'Group the trees together on the ground in a shaded corner, water them thoroughly the evening before you leave, and ask a',
    'neighbour to check them every second day. We also look after customers\u2019 trees in our holiday care benches from £3 a week.',
  ),
];
const sNav = ['Trees', 'Pots', 'Tools and Wire', 'Soil and Feed', 'Journal', 'Holiday Care'];
const sQuick = ['Search', 'Delivery', 'Returns', 'Contact us'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://mossgatebonsai.com/blogs/journal/watering-bonsai-without-a-schedule">
<title>${sTitle} &ndash; Mossgate Bonsai</title><meta name="description" content="There is no number of days. Here is how to tell when a tree needs water.">
<meta property="og:site_name" content="Mossgate Bonsai"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//mossgatebonsai.com/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "mossgate-bonsai.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1367,"schema_name":"Dawn",
"schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}",
"author":{"@type":"Person","name":"Tomas Renvik"},
"datePublished":"2026-03-02T08:00:00Z"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//mossgatebonsai.com/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1367__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--1367__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-social header--has-account"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon
icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary><div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1">
<div class="menu-drawer__inner-container"><div class="menu-drawer__navigation-container"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu
list-menu" role="list">${links(sNav)}</ul></nav></div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Mossgate Bonsai</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (n) => `<li><a href="/collections/${n.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search
header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span>
<svg class="modal__toggle-open icon icon-search"></svg></span></summary>
</details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1367__main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img
srcset="//mossgatebonsai.com/cdn/shop/articles/watering-can.jpg?v=1&amp;width=750 750w"
src="//mossgatebonsai.com/cdn/shop/articles/watering-can.jpg?v=1&amp;width=1100"
loading="eager" alt="A copper watering can over a row of junipers"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-03-02T08:00:00Z">March 2,
2026</time></span><span class="caption-with-letter-spacing" itemprop="author">Tomas Renvik</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1367__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-share-template--1367__main"><summary
class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--1367__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="url"
value="https://mossgatebonsai.com/blogs/journal/watering-bonsai-without-a-schedule" placeholder="Link" readonly><label class="field__label"
for="url">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps([at(sBody, 0)])}
<h2>${at(sBody, 1)}</h2>${ps(sBody.slice(2, 4))}
<h2>${at(sBody, 4)}</h2>${ps([at(sBody, 5)])}
<h2>${at(sBody, 6)}</h2>${ps([at(sBody, 7)])}
<h2>${at(sBody, 8)}</h2>${ps([at(sBody, 9)])}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow"><span
class="icon-wrap"><svg class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><form method="post"
action="/blogs/journal/watering-bonsai-without-a-schedule/comments#comment_form" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input"
placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div><div class="field field--with-error"><input type="email"
name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div></div>
<div class="field field--with-error"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]"
placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be
approved before they are published.</p><input type="submit" class="button" value="Post comment"></form></div></div></article></section>
</main>
<div id="shopify-section-sections--1367__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item
footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">
${links(sQuick)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required><label
class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item"><svg
class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Mossgate Bonsai</a></small>
<small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by
Shopify</a></small></div></div></div></div></footer></div>
<script src="//mossgatebonsai.com/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout638-shopify-dawn-bonsai-watering',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [1, 4, 6, 8].map((i) => at(sBody, i)),
  body: texts(sBody.filter((_, i) => ![1, 4, 6, 8].includes(i))),
  bylines: ['March 2, 2026', 'Tomas Renvik'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', ...sNav.slice(1, 5), 'Mossgate Bonsai', 'Log in', 'Cart', 'Share', 'Link', 'Back to blog',
    'Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Quick links', ...sQuick,
    'Subscribe to our emails', 'Payment methods', '© 2026, Mossgate Bonsai', 'Powered by Shopify',
  ],
};

export const HELDOUT638_B: readonly TestPage[] = [wix, shopify];
