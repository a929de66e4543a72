import { links, plain, type TestPage } from './page-kit.js';
import { j, lis, type Section, secs } from './pages-heldout681-kit.js';

/**
 * Held-out batch 681, file b: a tattoo artist's profile page on Wix (free plan, with the Wix ad banner and a Pro Gallery) and
 * a barbering blog post on a grooming shop built on Shopify (Dawn theme) with product cards.
 */
const wTitle = 'Mara Quill';
const wDek = 'Resident artist · Fine line, botanical &amp; small script';
const wAbout = [
  j(
    'I have been tattooing since 2017, first as an apprentice at Thornback and now with my own station by the big window.',
    'Before that I spent six years drawing plants for a seed catalogue, which is probably why half my books are full of ferns.',
  ),
  j(
    'I work slowly and in single needles, so my pieces tend to be small to medium, from a sprig on the wrist to a half sleeve of',
    'wildflowers. I love working with people on their first tattoo and I will always talk you through the process before we start.',
  ),
];
const wStyles = ['Fine line botanicals and florals', 'Delicate lettering and small script', 'Soft black and grey shading', 'Micro portraits of pets'];
const wBooking = [
  j(
    'My books open on the first Monday of each month. Send an enquiry with your idea, the placement and a rough size,',
    'and I will reply within a week. A deposit of £50 secures your date and comes off the final price.',
  ),
  'I do not tattoo hands, fingers or faces, and I do not copy other artists\u2019 work.',
];
const wNav = ['Home', 'Artists', 'Aftercare', 'FAQ', 'Contact'];
const rt = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1b2c3_favicon.png">
<title>Mara Quill | Thornback Tattoo</title><meta name="description" content="Fine line and botanical tattoos by Mara Quill at Thornback Tattoo.">
<meta property="og:title" content="Mara Quill | Thornback Tattoo"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Thornback Tattoo","address":{"@type":"PostalAddress",
"streetAddress":"22 Dray Lane","addressLocality":"Corrow"}}</script>
<script>window.viewerModel = {"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"site":{"metaSiteId":"4e1f"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#111}.font_0{font-size:54px}.font_2{font-size:28px}.font_8{font-size:16px}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="VczJ2E ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" class="Vst2dy">
<span class="ImyVNC">
This site was designed with the <strong>Wix</strong>.com website builder. Create your website today.</span><span class="IVZvn7">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-hdrlogo" class="MazNVa comp-hdrlogo wixui-image"><a data-testid="linkElement" href="/"><img alt="Thornback Tattoo logo"
src="https://static.wixstatic.com/media/a1b2c3_logo.png"></a></div>
<nav aria-label="Site" id="comp-hdrnav" class="StylableHorizontalMenu3372578893__root comp-hdrnav wixui-horizontal-menu"><ul class="itemsContainer">
${wNav
  .map(
    (t) => `<li data-testid="menuItem" class="itemDepth02233374943__root"><a data-testid="linkElement" href="/${t.toLowerCase()}"
class="itemDepth02233374943__rootItem"><div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="c1dmp">
<section id="comp-prof1" class="comp-prof1 wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-col1" class="comp-col1 wixui-column-strip__column">
<div id="comp-portrait" class="MazNVa comp-portrait wixui-image"><img alt="Mara at her station" src="https://static.wixstatic.com/media/a1b2c3_mara.jpg">
</div></div>
<div id="comp-col2" class="comp-col2 wixui-column-strip__column">
${rt(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`, 'lq2x1')}
${rt(`<p class="font_7 wixui-rich-text__text"><span style="letter-spacing:0.1em;" class="wixui-rich-text__text">${wDek}</span></p>`, 'lq2x2')}
${rt(`${wh('About')}\n${wAbout.map(wp).join('\n')}<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>`, 'lq2x3')}
${rt(
  `${wh('What I love to tattoo')}<ul class="font_8 wixui-rich-text__text">${lis(
    wStyles.map((s) => `<p class="font_8 wixui-rich-text__text">${s}</p>`),
    'wixui-rich-text__text',
  )}</ul>`,
  'lq2x4',
)}
${rt(`${wh('Booking')}\n${wBooking.map(wp).join('\n')}`, 'lq2x5')}
<div class="comp-btnbook R6ex7N wixui-button" id="comp-btnbook" aria-disabled="false">
<a data-testid="linkElement" href="/book-mara" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Send an enquiry</span></a></div></div></div></section>
<section id="comp-gal" class="comp-gal wixui-section"><div id="comp-galtitle" class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement">
<h3 class="font_4 wixui-rich-text__text">Recent work</h3></div>
<div id="pro-gallery-comp-gal" class="pro-gallery inline-styles"><div class="gallery-item-container" data-idx="0"><img alt="Fern sprig on the ankle"
src="https://static.wixstatic.com/media/a1b2c3_fern.jpg"></div><div class="gallery-item-container" data-idx="1"><img alt="Script on the collarbone"
src="https://static.wixstatic.com/media/a1b2c3_script.jpg"></div></div>
<div id="comp-btnig" class="R6ex7N wixui-button"><a data-testid="linkElement" href="https://www.instagram.com/mara.quill.ink" target="_blank">
<span class="l7_2fn wixui-button__label">More on Instagram</span></a></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${rt(
  `<p class="font_9 wixui-rich-text__text">Thornback Tattoo · 22 Dray Lane, Corrow</p>
<p class="font_9 wixui-rich-text__text">Wed–Sun, 12–8pm</p>`,
  'ftr1',
)}
${rt('<p class="font_9 wixui-rich-text__text">© 2026 by Thornback Tattoo. Proudly created with <a href="https://www.wix.com">Wix.com</a></p>', 'ftr2')}
</div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wixProfile: TestPage = {
  name: 'heldout681-artist-profile-wix',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['About', 'What I love to tattoo', 'Booking'],
  body: [plain(wDek), ...wAbout, ...wStyles, ...wBooking],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Home',
    'Aftercare', 'FAQ', 'Contact', 'Send an enquiry', 'Recent work', 'More on Instagram', 'Thornback Tattoo · 22 Dray Lane, Corrow', 'Wed–Sun, 12–8pm',
    '© 2026 by Thornback Tattoo. Proudly created with Wix.com', 'bottom of page',
  ],
};

const sTitle = 'How to Ask Your Barber for the Fade You Actually Want';
const sSecs: readonly Section[] = [
  [
    '',
    [
      j(
        'Most bad haircuts are not the barber\u2019s fault. They are the result of a two-second conversation in which "short on the sides"',
        'meant one thing to you and something else entirely to the person holding the clippers. Here is how to get it right.',
      ),
    ],
  ],
  [
    'Know the three kinds of fade',
    [
      j(
        'A fade is where the hair gets gradually shorter towards the neckline. Where that change starts is what gives each fade its name,',
        'and it is the first thing your barber needs to know.',
      ),
      [
        '<strong>Low fade:</strong> starts just above the ears and the neckline. Subtle and office friendly.',
        '<strong>Mid fade:</strong> starts around the temples. The most common request in most shops.',
        '<strong>High fade:</strong> starts near the top of the head, for a sharp contrast with the hair on top.',
      ],
    ],
  ],
  [
    'Talk in guard numbers',
    [
      j(
        'Clipper guards are numbered by length, from a 0 (no guard at all) up to an 8, which leaves about an inch. Saying "a skin fade',
        'into a number 2" is far more useful than "quite short". If you do not know your numbers, ask your barber to tell you what they',
        'used at the end of the cut and write it down.',
      ),
    ],
  ],
  [
    'Bring a photo, but the right one',
    [
      j(
        'A picture helps, as long as the person in it has hair like yours. A textured crop on thick, straight hair will not look the',
        'same on fine or curly hair, and a good barber will tell you so. Bring two or three photos and point to what you like in each.',
      ),
    ],
  ],
  [
    'Keep it sharp between visits',
    [
      j(
        'Fades grow out quickly; most people need a tidy-up every two to three weeks. A light matte paste keeps the top in place',
        'without weighing it down, and a neck trim at home buys you a few extra days.',
      ),
    ],
  ],
];
const sArt = secs(sSecs);
const sNav = ['Shop all', 'Beard care', 'Hair styling', 'Shaving', 'Journal'];
const sCards = [
  ['Matte Clay Paste 75ml', '£14.00'],
  ['Neck Duster Brush', '£9.50'],
  ['Sea Salt Texture Spray', '£12.00'],
] as const;
const sFoot = ['Search', 'Shipping', 'Contact', 'Refund policy', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://fadetheory.co/blogs/journal/how-to-ask-for-a-fade">
<title>${sTitle} &ndash; Fade Theory Supply Co.</title>
<meta name="description" content="Low, mid or high? Guard numbers, photos and what to say in the chair.">
<meta property="og:site_name" content="Fade Theory Supply Co."><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "fade-theory.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1402,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}",
"author":{"@type":"Person","name":"Dev Marchetti"}}</script>
<link href="//fadetheory.co/cdn/shop/t/3/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1402__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £35</span></p></div></div></div></div>
<div id="shopify-section-sections--1402__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Fade Theory</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, '')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1402__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img srcset="//fadetheory.co/cdn/shop/articles/fade.jpg?v=1&amp;width=1100 1100w" src="//fadetheory.co/cdn/shop/articles/fade.jpg?v=1&amp;width=1100"
alt="Barber finishing a mid fade" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-03-03T09:00:00Z">March 3, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Dev Marchetti</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${sArt.html}
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1402__main" class="share-button">
<button class="share-button__button hidden"><span>Share</span></button><details><summary class="share-button__button">Share</summary>
<div class="share-button__fallback"><div class="field"><span id="ShareMessage-1402" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-1402" value="https://fadetheory.co/blogs/journal/how-to-ask-for-a-fade" readonly>
<label class="field__label" for="ShareUrl-1402">Link</label></div></div></details></share-button></div>
<div class="element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div></article></section>
<section id="shopify-section-template--1402__featured_collection" class="shopify-section section"><div class="collection page-width">
<div class="collection__title title-wrapper"><h2 class="title inline-richtext h2">Shop the look</h2></div><ul class="grid product-grid" role="list">
${sCards
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><div class="card__information">
<h3 class="card__heading h5"><a href="/products/${n.toLowerCase().replace(/ /g, '-')}" class="full-unstyled-link">${n}</a></h3>
<div class="price"><span class="visually-hidden">Regular price</span><span class="price-item price-item--regular">${p}</span></div></div></div></div></li>`,
  )
  .join('\n')}</ul><div class="center collection__view-all"><a href="/collections/all" class="button">View all</a></div></div></section></main>
<div id="shopify-section-sections--1402__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading">Join the chair</h2>
<p>New products, barber interviews and the odd discount, once a month.</p>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></div></form>
</div></div>
<div class="footer-block__details-content"><ul class="list-unstyled">${links(sFoot, '')}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/">Fade Theory Supply Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer></div>
<script src="//fadetheory.co/cdn/shop/t/3/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopifyFade: TestPage = {
  name: 'heldout681-fade-guide-shopify-dawn',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sArt.headings,
  body: sArt.body,
  bylines: ['March 3, 2026', 'Dev Marchetti'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £35', 'Fade Theory', ...sNav, 'Log in', 'Cart', 'Share', 'Link', 'Back to blog', 'Shop the look',
    ...sCards.flat(), 'Regular price', 'View all', 'Join the chair', 'New products, barber interviews and the odd discount, once a month.', 'Email',
    ...sFoot, '© 2026, Fade Theory Supply Co.', 'Powered by Shopify',
  ],
};

export const HELDOUT681_B: readonly TestPage[] = [wixProfile, shopifyFade];
