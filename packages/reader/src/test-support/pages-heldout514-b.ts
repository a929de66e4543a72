import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout514-kit.js';

/**
 * Held-out batch 514, file b: a thrift shop's short Christmas opening-hours notice on Wix (free plan, with the Wix ad banner),
 * and a thrift store's blog article on Shopify (Dawn theme) with share button, comments and comment form.
 */
const wTitle = 'Christmas &amp; New Year opening hours';
const wIntro = 'The shop will keep shorter hours over the holidays so our volunteers can spend time with their families. Here is when you can find us:';
const wHours = [
  'Saturday 19 December: 10am to 5pm (Christmas jumper day, all knitwear half price)',
  'Monday 21 to Wednesday 23 December: 10am to 3pm',
  'Thursday 24 December to Sunday 3 January: closed',
  'Monday 4 January: open as usual, 9.30am to 4.30pm',
];
const wAfter = [
  j(
    'We cannot take donations between 21 December and 5 January. The sorting room is already full to the ceiling with coats and',
    'toys, and we need the first week back to catch up. Please hold on to your bags until then.',
  ),
  'Our eBay shop stays open throughout, but parcels will not be posted between 23 December and 4 January.',
  'Thank you for a wonderful year. Every penny goes to the St Brannock\u2019s Youth Trust.',
];
const wNav = ['Home', 'About', 'Donate', 'Volunteer', 'Contact'];
const wTxt = (t: string, cls = 'font_8'): string => `<p class="${cls} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7c1a2e_4f2.png">
<title>Opening hours | St Brannock's Thrift</title><meta name="description" content="Christmas and New Year opening hours at St Brannock's Thrift, Penhallow.">
<link rel="canonical" href="https://www.stbrannocksthrift.co.uk/opening-hours"><meta property="og:title" content="Opening hours | St Brannock's Thrift">
<script type="application/json" id="wix-warmup-data">{"appsWarmupData":{},"platform":{"ssrPropsUpdates":[]}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"b31f0c","isResponsive":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#f4efe6}.font_8{font:normal normal normal 17px/1.4em avenir-lt-w01_35-light1475496,sans-serif}</style></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow" class="ENqt5n"><span class="WFcZkH">This site was designed with the <span class="wix-logo">Wix</span>.com website builder. Create your website
today.</span>
<span class="QdBc4G">Start Now</span></a></div>
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button class="LHrbPP">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy">
<div data-mesh-id="SITE_HEADERinlineContent"
class="SITE_HEADERinlineContent"><div id="comp-kx0a1" class="KcpHeO tz5f0K comp-kx0a1 wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">St Brannock&#39;s Thrift</span></p></div>
<nav id="comp-kx0a2" aria-label="Site" class="comp-kx0a2 wixui-horizontal-menu"><ul class="R_TAzU" role="menubar">${wNav
  .map(
    (t) => `<li class="Ory_pb wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}" class="UiHgGh">
<div class="itemDepth02233374943__root">
<div class="itemDepth02233374943__label">${t}</div></div></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div class="AnQkDU">
<div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" class="" data-testid="inline-content">
<section id="comp-lx4r1" tabindex="-1" class="Oqnisf comp-lx4r1 wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf">
<div id="comp-lx4r2" class="comp-lx4r2 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lx4r2inlineContent" data-testid="inline-content">
<div id="comp-lx4r3" class="KcpHeO tz5f0K comp-lx4r3 wixui-rich-text" data-testid="richTextElement"><h1 class="font_2 wixui-rich-text__text">
<span class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lx4r4" class="KcpHeO tz5f0K comp-lx4r4 wixui-rich-text" data-testid="richTextElement">${wTxt(wIntro)}
<ul class="font_8 wixui-rich-text__text">${lis(
  wHours.map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
  'wixui-rich-text__text',
)}</ul>
${wTxt('&#8203;')}${wAfter.map((t) => wTxt(t)).join('\n')}</div>
<div id="comp-lx4r5" class="comp-lx4r5 R6ex7N wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lx4r5" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/7c1a2e_91b.jpg/v1/fill/w_420,h_280/shopfront.jpg" alt="Shopfront with fairy lights" width="420" height="280">
</wow-image>
</div></div></div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy">
<div data-mesh-id="SITE_FOOTERinlineContent">
<div id="comp-kx0b1" class="KcpHeO tz5f0K comp-kx0b1 wixui-rich-text" data-testid="richTextElement">${wTxt('7 Fore Street, Penhallow, Cornwall', 'font_9')}
${wTxt('Registered charity no. 1177305', 'font_9')}${wTxt('© 2026 by St Brannock&#39;s Thrift. Proudly created with Wix.com', 'font_9')}</div>
</div></div></div></footer></div></div>
<div id="BACK_TO_TOP_ANCHOR" class="Vd6aQZ ignore-focus" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span>
</div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout514-wix-opening-hours',
  kind: 'news',
  html: wHtml,
  title: 'Christmas & New Year opening hours',
  headings: [],
  body: texts([wIntro, ...wHours, ...wAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    "St Brannock's Thrift", 'Home', 'About', 'Volunteer', 'Donate', 'Contact', '7 Fore Street, Penhallow, Cornwall', 'Registered charity no. 1177305',
    "© 2026 by St Brannock's Thrift. Proudly created with Wix.com", 'bottom of page',
  ],
};

const sTitle = 'How we price donated denim (and why a pair of jeans costs £6)';
const sBody = [
  j(
    'Denim is the single biggest category that comes through our back door. Last month we counted 1,140 pairs of jeans, 210',
    'jackets and a surprising number of dungarees. Every one of them gets handled by a volunteer before it reaches the rail,',
    'and a lot of you have asked how we decide what to charge.',
  ),
  'The short version: most jeans are £6, and a few are a lot more. Here is the longer version.',
  'Step one: the sort',
  j(
    'Our sorting volunteers check each pair for broken zips, missing buttons, stains and worn crotches. Anything that fails goes',
    'into the textile bank, which a recycler buys from us by the kilo. It is not much, about 40p a kilo, but it keeps the fabric',
    'out of landfill and pays for our bin bags.',
  ),
  'Step two: the label check',
  j(
    'Pairs that pass are sorted by label. High-street jeans go straight to the £6 rail, whatever their original price. We tried',
    'pricing by brand a couple of years ago and it slowed the sorting room down so much that bags piled up to the windows.',
  ),
  'A small number of labels are set aside for our online shop instead:',
  'Selvedge denim from Japanese or American mills',
  'Workwear brands with a strong following, especially if they are made in the USA',
  'Anything from before about 1995 with a single-stitch hem or a paper patch',
  'Designer pieces still carrying their original tags',
  'Step three: the online price',
  j(
    'For the set-aside pile, Dev looks up what the same item has actually sold for recently, not what sellers are asking. We',
    'price a little under that so they sell within a month. A pair of 1980s workwear jeans sold last week for £58, which paid',
    'for a whole day of the minibus that takes our youth group to the coast.',
  ),
  'Why not charge more in the shop?',
  j(
    'Because the shop is for the neighbourhood. We want a student, a parent or someone starting a new job to be able to walk in',
    'and leave with a decent pair of jeans for the price of a sandwich. The online shop is where the collectors pay for that.',
  ),
  j(
    'If you have denim to donate, wash it first and fold it rather than rolling it into a ball. It genuinely saves us time, and',
    'time is what the sorting room always runs short of.',
  ),
];
const sHeads = [2, 4, 11, 13];
const sNav = ['Home', 'Shop online', 'Our shops', 'Donate', 'Journal', 'About'];
const sFootLinks = ['Search', 'Delivery and returns', 'Contact us', 'Refund policy'];
const sComments = [
  ['Jo Alder', 'Really interesting, thank you. I had no idea the textile bank paid anything at all!', '14 November 2026'],
  ['Priyanka', 'Got a pair of the £6 ones last Saturday, fit perfectly. Keep doing what you do.', '16 November 2026'],
];
const sComment = (c: string[]): string => `<article class="article-template__comments-comment"><div class="rte"><p>${c[1]}</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">${c[0]}</span><span class="caption-with-letter-spacing">${c[2]}</span>
</footer></article>`;
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://secondspinthrift.co.uk/blogs/journal/how-we-price-donated-denim">
<title>How we price donated denim (and why a pair of jeans costs £6) &ndash; Second Spin Thrift</title>
<meta name="description" content="Denim is the single biggest category that comes through our back door."><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "second-spin-thrift.myshopify.com";Shopify.theme = {"name":"Dawn","id":139884,"schema_name":"Dawn",
"schema_version":"15.0.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"Denim is the single biggest category...",
"headline":"${sTitle}",
"author":{"@type":"Person","name":"Tilly Okafor"},"datePublished":"2026-11-12T09:00:00Z"}</script>
<link href="//secondspinthrift.co.uk/cdn/shop/t/4/assets/base.css?v=83425219" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17204__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--17204__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details>
</details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//secondspinthrift.co.uk/cdn/shop/files/logo.png"
alt="Second Spin Thrift" class="header__heading-logo" width="180" height="60"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map((t) => `<li><a href="/" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--17211__main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;">
<img srcset="//secondspinthrift.co.uk/cdn/shop/articles/denim-rail.jpg?v=1731398400&width=1100 1100w"
src="//secondspinthrift.co.uk/cdn/shop/articles/denim-rail.jpg"
width="1100" height="619" alt="A rail of jeans in the Second Spin shop"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-11-12T09:00:00Z">12 November 2026</time></span>
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Tilly Okafor</span></span></header>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--17211__main" class="share-button quick-add-hidden">
<details id="Details-share-template--17211__main"><summary class="share-button__button"><svg aria-hidden="true" class="icon icon-share"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--17211__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" value="https://secondspinthrift.co.uk/blogs/journal/how-we-price-donated-denim" readonly>
<label class="field__label" for="url">Link</label></div><button class="share-button__close hidden no-js-hidden"><span class="visually-hidden">Close share</span>
</button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sBody.slice(0, 2))}
<h2>${sBody[2]}</h2>${ps([sBody[3] ?? ''])}
<h2>${sBody[4]}</h2>${ps(sBody.slice(5, 7))}<ul>${lis(sBody.slice(7, 11))}</ul>
<h2>${sBody[11]}</h2>${ps([sBody[12] ?? ''])}
<h2>${sBody[13]}</h2>${ps(sBody.slice(14))}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-582">2 comments</h2>
<div class="article-template-comments">${sComments.map(sComment).join('\n')}</div>
<form method="post" action="/blogs/journal/how-we-price-donated-denim/comments#comment_form" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field"><textarea id="CommentForm-body" name="comment[body]"
class="text-area field__input" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--17205__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sFootLinks)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Our mission</h2><div class="footer-block__details-content rte">
<p>Second Spin Thrift raises money for the Fernhill Food Bank. Registered charity 1189032.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg aria-hidden="true"></svg></button></div></div>
</form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment">
<span class="visually-hidden">Payment methods</span></div><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026,
<a href="/" title="">Second Spin Thrift</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a>
</small></div></div></div></div></footer></div>
<script src="//secondspinthrift.co.uk/cdn/shop/t/4/assets/global.js?v=84921" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout514-shopify-dawn-denim-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads.map((i) => sBody[i] ?? ''),
  body: texts(sBody.filter((_, i) => !sHeads.includes(i))),
  bylines: ['12 November 2026', 'Tilly Okafor'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Home', 'Shop online', 'Our shops', 'Journal', 'Log in', 'Cart', 'Share', 'Link',
    'Close share', 'Copy link', 'Back to blog', '2 comments',
    ...sComments.flat(), 'Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.',
    'Quick links', ...sFootLinks, 'Our mission', 'Second Spin Thrift raises money for the Fernhill Food Bank. Registered charity 1189032.',
    'Subscribe to our emails', 'Payment methods', '© 2026, Second Spin Thrift', 'Powered by Shopify',
  ],
};

export const HELDOUT514_B: readonly TestPage[] = [wix, shopify];
