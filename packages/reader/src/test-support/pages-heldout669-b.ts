import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout669-kit.js';

/**
 * Held-out batch 669, file b: a llama trek booking page built with Wix (Wix Bookings service list), and a kidding-season blog
 * article on a Shopify shop with the Dawn theme and comments.
 */
const xTitle = 'Llama Trekking on Scarth Fell';
const xIntro = [
  j(
    'Walk with our llamas over the open fell above Garsby and see the Howgill ridges the way the drovers did. Each walker leads',
    'their own llama (or shares one), and one of our guides walks with the group the whole way.',
  ),
  j(
    'Llamas are calm, curious and sure-footed. They will not carry you, but they will carry the picnic. Nobody needs any experience:',
    'we start every trek with twenty minutes in the paddock learning how to lead, halt and turn.',
  ),
];
const xTreks = [
  { t: 'Paddock Meet & Greet', d: 'Meet the herd, feed them and lead a llama round the paddock trail. Ideal for younger children.', h: '1 hr', p: '£20' },
  { t: 'Half-Day Fell Trek', d: 'Up the old peat road to Scarth Tarn and back, with a stop for hot chocolate at the tarn.', h: '2 hr 30 min', p: '£65' },
  { t: 'Picnic Trek to Black Gill', d: 'A longer walk over the tops with a farm picnic carried by the llamas. Ages 12 and over.', h: '5 hr', p: '£110' },
];
const xKnowH = 'Good to know';
const xKnow = [
  'Prices are per llama. Two people can share one llama on any trek for the same price.',
  'Children under 8 must share a llama with an adult.',
  'Treks run in most weather. If we cancel because of high wind or ice, we will move your booking or refund you in full.',
  'Wear walking boots and bring a waterproof. The fell is wet even in August.',
  'Dogs cannot come on treks, as llamas see them as a threat.',
];
const xGift = j(
  'Looking for a present? Every trek can be bought as a gift voucher, valid for 12 months. Call Kirsty on 015396 20488 and we will',
  'post a printed voucher the same week.',
);
const xNav = ['Home', 'Meet the Llamas', 'Trekking', 'Farm Stay', 'Gift Vouchers', 'FAQ', 'Contact'];
const xWix = (id: string, cls: string, inner: string): string =>
  `<div id="comp-${id}" class="${cls} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const xCard = (s: { t: string; d: string; h: string; p: string }, i: number): string => `<li data-hook="service-card" class="sLxJ9c" role="listitem">
<div data-hook="service-card-image" class="pqkG9N"><img src="https://static.wixstatic.com/media/8c1f2e_trek${i}~mv2.jpg/v1/fill/w_400,h_300/trek.jpg"
 alt=""></div>
<div data-hook="service-info" class="x2bX4a"><h2 data-hook="service-info-title" class="oGqdw0"><a
 href="/service-page/trek-${i}">${s.t.replace(/&/g, '&amp;')}</a></h2>
<p data-hook="service-info-tagline" class="g9kRmC">${s.d}</p><div data-hook="service-details"><p data-hook="duration" class="q1mkPp">${s.h}</p>
<p data-hook="price" class="q1mkPp">${s.p}</p></div></div>
<div data-hook="book-button-wrapper"><a data-hook="book-button" href="/booking-calendar/trek-${i}" class="StylableButton2545352419__root"><span
 class="StylableButton2545352419__label">Book Now</span></a></div></li>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8c1f2e_fav.png">
<script type="text/javascript">window.fedops = window.fedops || {}; window.fedops.apps = window.fedops.apps || {};</script>
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"2b6c1f0e-8a41-4d3e","siteId":"f3b0c7e2"},"language":{"userLanguage":"en"}}</script>
<title>Llama Trekking | Scarth Fell Llamas</title><meta name="description" content="Guided llama treks on Scarth Fell above Garsby. Book online.">
<link rel="canonical" href="https://www.scarthfellllamas.co.uk/trekking"><meta property="og:title" content="Llama Trekking | Scarth Fell Llamas">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Scarth Fell Llamas","telephone":"015396 20488"}</script>
<style id="css_masterPage">#comp-kx1a9 { --min-height: 59px; } .font_0 { font: normal normal normal 48px/1.2em 'playfair display',serif; }</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="WIX_ADS" class="ytGGBw ku3DBC"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
 class="U3whsk">
<span class="VJbuRO"><span class="sDPq2f">This site was designed with the </span><span class="yo7yTf">Wix</span><span class="sDPq2f"> website builder.
Create your website today.</span></span><span class="zRcXgO">Start Now</span></a></div>
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span
 class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" tabindex="0" class="LHrbPP">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
 data-testid="screenWidthContainerBg"></div></div>
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${xWix('kx1a9', 'HcOXKn SxM0TO QxJLC3 comp-kx1a9', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Scarth Fell Llamas</span></p>')}
<nav aria-label="Site" id="comp-kx1b2" class="Ng5K6Y comp-kx1b2 wixui-dropdown-menu hidden-during-prewarmup"><ul class="XRwtpn" data-testid="dropdown-menu">
${xNav
  .map(
    (t, i) => `<li data-testid="${i === 2 ? 'selected' : ''}" class="wixui-dropdown-menu__item"><a data-testid="linkElement"
 href="/${i === 0 ? '' : t.toLowerCase()}"
 class="UiHgGh"><div class="yRj2ms"><div class="" data-testid="linkElement-label"><p class="zKbzSQ">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
<li class="wixui-dropdown-menu__item" id="comp-kx1b2moreContainer" aria-hidden="true" style="display:none"><p>More</p></li></ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="xjv2q" class="dBAkHi theme-vars xjv2q"><section id="comp-lq8f1" class="comp-lq8f1 wixui-section" tabindex="-1"><div data-testid="columns"
 class="V5AUxf">
<div id="comp-lq8f2" class="comp-lq8f2 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq8f2inlineContent" data-testid="inline-content">
${xWix('lq8f3', 'HcOXKn c9GqVL QxJLC3 comp-lq8f3', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${xWix('lq8f4', 'HcOXKn c9GqVL QxJLC3 comp-lq8f4', xIntro.map(xP).join('\n'))}
</div></div></div></section>
<section id="comp-lq8g1" class="comp-lq8g1 wixui-section"><div id="comp-lq8g2" class="comp-lq8g2"><div class="VM7gjN" data-hook="service-list-widget">
<div data-hook="widget-title" class="X5wJ1q"><h2 class="xE2A0t">Choose your trek</h2></div><ul data-hook="service-list" class="V3fUw6" role="list">
${xTreks.map(xCard).join('\n')}
</ul></div></div></section>
<section id="comp-lq8h1" class="comp-lq8h1 wixui-section"><div data-testid="inline-content">
${xWix('lq8h2', 'HcOXKn c9GqVL QxJLC3 comp-lq8h2', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${xKnowH}</span></h2>`)}
${xWix(
  'lq8h3',
  'HcOXKn c9GqVL QxJLC3 comp-lq8h3',
  `<ul class="font_8 wixui-rich-text__text">${lis(
    xKnow.map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
${xWix('lq8h4', 'HcOXKn c9GqVL QxJLC3 comp-lq8h4', xP(xGift))}
<div id="comp-lq8h5" class="comp-lq8h5 R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/gift-vouchers" class="uDW_Qe"><span
 class="M3I7Z2 wixui-button__label">Buy a voucher</span></a></div>
<div id="comp-lq8h6" class="comp-lq8h6 wixui-vector-image"><div data-testid="svgRoot-comp-lq8h6" class="AKxYR5 VZMYf0"><svg
 viewBox="0 0 200 200"></svg></div></div>
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="inline-content">
${xWix(
  'ky2c1',
  'HcOXKn c9GqVL QxJLC3 comp-ky2c1',
  [
    '<p class="font_8 wixui-rich-text__text">Scarth Fell Llamas, High Scarth, Garsby, Sedbergh LA10 5RT</p>',
    '<p class="font_8 wixui-rich-text__text">015396 20488 · hello@scarthfellllamas.co.uk</p>',
  ].join('\n'),
)}
<div id="comp-ky2c2" class="comp-ky2c2 wixui-social-bar"><ul class="ZbGb1Y" aria-label="Social Bar"><li id="dataItem-ky2c3" class="AO8JOF">
<a data-testid="linkElement" href="https://www.instagram.com/scarthfellllamas" target="_blank" class="IbNbGm"><img alt="Instagram"></a></li></ul></div>
${xWix('ky2c4', 'HcOXKn c9GqVL QxJLC3 comp-ky2c4', '<p class="font_9 wixui-rich-text__text">© 2027 by Scarth Fell Llamas. Proudly created with Wix.com</p>')}
</div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span
 class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.e1b4f0a2.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout669-wix-llama-trek-booking',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [...xTreks.map((s) => s.t), xKnowH],
  body: texts([...xIntro, ...xTreks.flatMap((s) => [s.d, s.h, s.p]), ...xKnow, xGift]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'top of page', 'Skip to Main Content',
    'Scarth Fell Llamas', ...xNav.filter((t) => t !== 'Trekking'), 'Choose your trek', 'Book Now', 'Buy a voucher',
    'Scarth Fell Llamas, High Scarth, Garsby, Sedbergh LA10 5RT', '015396 20488 · hello@scarthfellllamas.co.uk',
    '© 2027 by Scarth Fell Llamas. Proudly created with Wix.com', 'bottom of page',
  ],
};

const dTitle = 'Kidding 2027: twenty-three kids and counting';
const dIntro = [
  j(
    'It has been a long fortnight in the goat shed. Since the first doe kidded on 28 February we have had twenty-three kids from',
    'fourteen does, with four of the Anglo-Nubians still to go. Everyone is well, including the humans, just about.',
  ),
  j(
    'A lot of you have asked on Instagram how kidding fits around making soap, so this post is the long answer. The short answer is',
    'that it doesn’t: the soap room has been closed since the end of February and every order you placed in March was packed at',
    'eleven at night.',
  ),
];
const dNightsH = 'The night shift';
const dNights = [
  j(
    'We keep a camera in the kidding pens and take turns to check it every two hours. Goats are good at kidding on their own, but',
    'about one in ten needs help, usually a kid with a leg back. This year Rowan, our Saanen, had triplets at 3 a.m. and the',
    'third one came backwards. He is now the loudest kid in the shed and has been named Biscuit by our neighbour’s daughter.',
  ),
  j(
    'For the first three days the kids stay with their mothers to take the colostrum, which they need to build their immunity.',
    'After that we move most of them to the kid pen and bottle-feed them, so that the does can be milked.',
  ),
];
const dMilkH = 'Why the milk matters for the soap';
const dMilk = [
  j(
    'Our soap is made with fresh milk from this herd, frozen in small batches and added to the lye while it is still half-frozen',
    'so that the sugars don’t scorch. Milk from the first week after kidding is too rich for soap, so we wait until the middle of',
    'April before the soap room opens again.',
  ),
  'What this means for orders:',
  'Unscented, oatmeal and lavender bars are in stock now and will be posted as normal.',
  'Honey & calendula and the new nettle bar will be back from the end of May.',
  'Wholesale orders for the summer are open, but please give us six weeks.',
];
const dEnd = j(
  'Thank you for your patience, and for all the name suggestions. We will post the full kid list, with photographs, when the last',
  'of the Nubians has finished.',
);
const dComments = [
  { who: 'Jess Farrant', when: 'March 16, 2027', text: 'Biscuit is the best name. Can we come and see them at the open weekend in May?' },
  { who: 'Nettlebank Goats', when: 'March 16, 2027', text: 'Yes! The kids will still be here, just a lot bigger. Dates are on the Visit page.' },
];
const dNav = ['Shop all', 'Soap', 'Gift sets', 'Journal', 'Visit the farm', 'Contact'];
const dFoot = ['Search', 'Delivery', 'Refund policy', 'Wholesale'];
const dHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://nettlebankgoats.co.uk/blogs/journal/kidding-2027"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<title>${dTitle} &ndash; Nettlebank Goats</title><meta name="description" content="It has been a long fortnight in the goat shed.">
<meta property="og:site_name" content="Nettlebank Goats"><meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<script src="//nettlebankgoats.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771698412345" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceType":"article"}};</script>
<link href="//nettlebankgoats.co.uk/cdn/shop/t/4/assets/base.css?v=165191016556652226921698412345" rel="stylesheet" type="text/css" media="all">
<link href="//nettlebankgoats.co.uk/cdn/shop/t/4/assets/section-blog-post.css" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £30</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
 class="header__icon header__icon--menu header__icon--summary link focus-inset"
 aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Nettlebank Goats</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${dNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset"><span
 ${t === 'Journal' ? 'class="header__active-menu-item"' : ''}>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
 class="header__icon header__icon--search header__icon--summary link focus-inset
 modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary>
</details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg
 class="icon icon-cart-empty"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section"><article class="article-template" itemscope
 itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div class="article-template__hero-medium media"
 itemprop="image"><img srcset="//nettlebankgoats.co.uk/cdn/shop/articles/kids-pen.jpg?v=1710590000&amp;width=1100 1100w"
 src="//nettlebankgoats.co.uk/cdn/shop/articles/kids-pen.jpg?v=1710590000&amp;width=1100" loading="eager" alt="Three kids asleep in straw"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${dTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
 datetime="2027-03-15T19:04:11Z">March 15, 2027</time>
</span><span class="caption-with-letter-spacing" itemprop="author">Tamsin Orrell</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(dIntro)}
<h3>${dNightsH}</h3>
${ps(dNights)}
<h3>${dMilkH}</h3>
${ps(dMilk.slice(0, 1))}
<p><strong>${dMilk[1]}</strong></p><ul>${lis(dMilk.slice(2).map((t) => t.replace(/&/g, '&amp;')))}</ul>
${ps([dEnd])}
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-template--main">
<summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--main" value="https://nettlebankgoats.co.uk/blogs/journal/kidding-2027" readonly>
<label class="field__label" for="ShareUrl-template--main">Link</label></div></div></details></share-button></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-templat">2 comments</h2><div class="article-template__comments">
${dComments
  .map(
    (c) => `<div class="article-template__comments-comment"><article id="${c.who.length}" class="article-template__comment"><div class="rte">
<p>${c.text}</p></div><footer class="right"><span class="circle-divider caption-with-letter-spacing">${c.who}</span><span
 class="caption-with-letter-spacing">${c.when}</span></footer></article></div>`,
  )
  .join('\n')}
</div><form method="post" action="/blogs/journal/kidding-2027/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
 id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span
 aria-hidden="true">*</span></label>
</div><div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field">
<textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div>
<div class="element-margin-top center"><a href="/blogs/journal" class="article-template__link link"><span class="icon-wrap"><svg
 class="icon icon-arrow"></svg></span>Back to blog</a></div></article></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(dFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
 aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">Nettlebank Goats</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></div></footer>
<ul hidden><li id="a11y-refresh-page-message">Choosing a selection results in a full page refresh.</li></ul></body></html>`;
const dawn: TestPage = {
  name: 'heldout669-shopify-dawn-kidding-journal',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: [dNightsH, dMilkH],
  body: texts([...dIntro, ...dNights, ...dMilk, dEnd]),
  bylines: ['March 15, 2027', 'Tamsin Orrell', 'Jess Farrant', 'March 16, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £30', 'Nettlebank Goats', ...dNav.filter((t) => t !== 'Soap'), 'Log in', 'Cart', 'Share',
    '2 comments', ...dComments.map((c) => c.text), 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Back to blog', 'Quick links', ...dFoot.filter((t) => t !== 'Wholesale'),
    'Subscribe to our emails',
    '© 2027, Nettlebank Goats', 'Powered by Shopify',
  ],
};

export const HELDOUT669_B: readonly TestPage[] = [wix, dawn];
