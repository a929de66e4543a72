import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, para } from './pages-heldout607-kit.js';

/**
 * Held-out batch 607, file b: a kit hire price list built with Wix (rich text elements, a free-plan Wix banner and a consent
 * banner), and a dive shop's journal article on Shopify (Dawn theme) with a share button, a comment form and the shop footer.
 */
const wTitle = 'Equipment Rental Prices 2026';
const wIntro = j(
  'All our rental gear is serviced every season and checked before each dive. Prices are per day; a week is charged as five days.',
  'Kit is included in every course, so you only need these prices for fun dives.',
);
const wGroups: readonly { h: string; items: string[] }[] = [
  {
    h: 'Full kit',
    items: [
      'Full set (BCD, regulator, computer, wetsuit, mask, fins) – €28 per day',
      'Full set without computer – €22 per day',
      'Snorkelling set (mask, snorkel, fins) – €8 per day',
    ],
  },
  {
    h: 'Single items',
    items: [
      'BCD – €10',
      'Regulator with octopus and gauge – €12',
      'Dive computer – €9',
      'Wetsuit 5 mm or 7 mm – €8',
      'Mask and fins – €6',
      'Dive torch – €7',
      'Surface marker buoy and reel – €4',
    ],
  },
  {
    h: 'Tanks and gas',
    items: ['12 l aluminium tank with air – €6 per fill', 'Nitrox fill up to 36% – €9', '15 l tank – add €3'],
  },
];
const wNotes = [
  'A deposit of €100 or an ID card is held while you have the kit. Lost or damaged items are charged at replacement cost.',
  'Divers with their own equipment get 10% off boat dives.',
];
const wNav = ['Home', 'Courses', 'Boat Dives', 'Rental', 'Gallery', 'Contact'];
const rich = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wGroupHtml = wGroups
  .map(
    (g, i) =>
      `${rich(`<h2 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">${g.h}</span></h2>`, `lq8h${i}a`)}
${rich(
  `<ul class="font_8 wixui-rich-text__text">${g.items
    .map(
      (t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">
<span class="wixui-rich-text__text">${t}</span></p></li>`,
    )
    .join('\n')}</ul>`,
  `lq8h${i}b`,
)}`,
  )
  .join('\n');
const wLogo = rich(
  '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="/divebase">Blue Hollow Dive Base</a></span></p>',
  'logo1',
);
const wNavHtml = wNav
  .map(
    (n, i) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase().replace(' ', '-')}">
<div class="itemDepth02233374943__root"><div data-testid="menuItem-${i}" class="itemDepth02233374943__label">${n}</div></div></a></li>`,
  )
  .join('\n');
const wFootHtml = ['Porticciolo di Cala Orsina · +39 0789 554 210', '© 2026 by Blue Hollow Dive Base. Proudly created with Wix.com']
  .map((t, i) => rich(`<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`, `ft${i}`))
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<title>Rental | Blue Hollow Dive Base</title><meta name="description" content="Scuba equipment rental prices at Blue Hollow Dive Base, Cala Orsina.">
<link rel="canonical" href="https://bluehollowdive.wixsite.com/divebase/rental"><meta property="og:title" content="Rental | Blue Hollow Dive Base">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","consentPolicy"],"language":"en"}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Blue Hollow Dive Base",
"telephone":"+39 0789 554 210"}</script>
<style id="css_masterPage">#comp-lq8h0a{width:980px}.font_0{font:normal normal bold 48px/1.2 montserrat}</style></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<div id="WIX_ADS" class="FiBbPA"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral" target="_blank" class="Yi6GG7">
<span class="y4Bmrn">This site was designed with the <span class="MoNS2T">Wix</span>.com website builder. Create your website today.</span>
<span class="ntZiwk">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-testid="inline-content" class="">
${wLogo}
<nav id="comp-lq7z" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${wNavHtml}</ul></nav>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="Fh3m1" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page"></div><div class="HT5ybB"><div id="Containerfh3m1" class="Containerfh3m1 SPY_vo">
<div data-mesh-id="Containerfh3m1inlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerfh3m1inlineContent-gridContainer"
data-testid="mesh-container-content"><section id="comp-lq8g" tabindex="-1" class="Oqnisf comp-lq8g wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq8g1" class="comp-lq8g1 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content" class="">
${rich(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`, 'lq8gt')}
${rich(`<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wIntro}</span></p>`, 'lq8gi')}
${wGroupHtml}
${rich(wNotes.map((n) => `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">${n}</span></p>`).join('\n'), 'lq8gn')}
<div id="comp-lq8k" class="comp-lq8k R6ex7N wixui-button" data-testid="buttonContent"><a data-testid="linkElement" href="/contact" class="uDW_Qe">
<span class="l7_2fn wixui-button__label">Reserve Your Kit</span></a></div>
</div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8"><div data-testid="inline-content">
${wFootHtml}
</div></div></div></footer></div></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root">
<div data-hook="ccsu-banner-wrapper" class="_2RIbE" role="dialog" aria-label="Cookie banner">
<div class="_3Hs3y"><p data-hook="ccsu-banner-text">This website uses cookies. By continuing to use this site, you accept our use of cookies.</p></div>
<div class="_1Dsv1"><button data-hook="ccsu-banner-decline-all">Decline All</button><button data-hook="ccsu-banner-settings">Settings</button>
<button data-hook="ccsu-banner-accept-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.js" async></script></body></html>`;
const wixRental: TestPage = {
  name: 'heldout607-wix-kit-rental',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wGroups.map((g) => g.h),
  body: [wIntro, ...wGroups.flatMap((g) => g.items), ...wNotes],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
    'Blue Hollow Dive Base', ...wNav.filter((n) => n !== 'Rental' && n !== 'Boat Dives'), 'Reserve Your Kit', 'Porticciolo di Cala Orsina · +39 0789 554 210',
    '© 2026 by Blue Hollow Dive Base. Proudly created with Wix.com',
    'This website uses cookies. By continuing to use this site, you accept our use of cookies.', 'Decline All', 'Settings', 'Accept',
  ],
};

const dTitle = 'How to Choose Your First Dive Mask';
const dBlocks: readonly [string, string][] = [
  para(
    'A mask is the first piece of kit most new divers buy, and for good reason: a borrowed mask that leaks or fogs can spoil',
    'a whole holiday. The good news is that the best mask is rarely the most expensive one. It is the one that fits your face.',
  ),
  ['h2', 'Start with the fit test'],
  para(
    'Hold the mask against your face without putting the strap over your head. Breathe in gently through your nose and let go.',
    'If the mask stays in place, the skirt is sealing all the way round. If it drops, try another model, however good it looks.',
  ),
  para(
    'Do the test with a regulator mouthpiece in your mouth if you can borrow one in the shop. Biting on a mouthpiece changes',
    'the shape of your upper lip, and that is where most leaks start.',
  ),
  ['h2', 'Single lens or two lenses?'],
  para(
    'Single-lens masks give a wide, uninterrupted view and are easy to clear. Two-lens masks usually sit closer to the face,',
    'which means less air inside and less effort to equalise. They are also the only kind that takes prescription lenses.',
  ),
  ['h3', 'If you wear glasses'],
  para(
    'Most two-lens masks can be fitted with ready-made corrective lenses from -1.0 to -8.0 in half steps. We can fit them in the',
    'shop in about twenty minutes. For astigmatism or different strengths in each eye, custom lenses take around two weeks.',
  ),
  ['h2', 'Skirt colour and material'],
  para(
    'Clear skirts let in more light and feel less closed in, which many beginners like. Black skirts cut glare and help',
    'photographers frame their shots. Both are silicone; avoid cheap rubber skirts, which perish in the sun within a season or two.',
  ),
  ['h2', 'Preparing a new mask'],
  ['p', 'New lenses are coated with a thin film from the factory that makes them fog. Before your first dive:'],
  ['li', 'Rub a small blob of non-gel toothpaste over the inside of the glass with your finger.'],
  ['li', 'Leave it for a few minutes, then rinse thoroughly in fresh water.'],
  ['li', 'Repeat two or three times, then use a little defog or baby shampoo before each dive.'],
  para(
    'Never use a lighter flame on a mask with a clear skirt; it can melt the silicone where it meets the lens. If you are not sure,',
    'bring the mask in and we will prepare it for free.',
  ),
  ['blockquote', '"Ten minutes of fitting in the shop saves you a week of leaks on holiday." – our workshop manager, Odile'],
];
const dBody = dBlocks.filter(([t]) => t !== 'h2' && t !== 'h3').map(([, s]) => s);
const dHeads = dBlocks.filter(([t]) => t === 'h2' || t === 'h3').map(([, s]) => s);
const dContent = dBlocks
  .map(([t, s], i) => {
    if (t !== 'li') return `<${t}>${s}</${t}>`;
    return `${dBlocks[i - 1]?.[0] === 'li' ? '' : '<ul>'}<li>${s}</li>${dBlocks[i + 1]?.[0] === 'li' ? '' : '</ul>'}`;
  })
  .join('\n');
const dNav = ['Home', 'Shop All', 'Masks & Snorkels', 'Fins', 'Computers', 'Servicing', 'Journal'];
const dQuick = ['Search', 'Delivery & Returns', 'Regulator Servicing', 'Contact Us'];
const dHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://deepwaterkit.co.uk/blogs/journal/how-to-choose-your-first-dive-mask">
<title>${dTitle} – Deepwater Kit Co.</title><meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "deepwater-kit.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1358,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${dTitle}","datePublished":"2026-03-04T10:00:00Z",
"author":{"@type":"Person","name":"Tamsin Frew"}}</script>
<link href="//deepwaterkit.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all">
<link href="//deepwaterkit.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input"
id="Search-In-Modal" type="search" name="q" value="" placeholder="Search"><label class="field__label" for="Search-In-Modal">Search</label></div></form>
</div></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Deepwater Kit Co.</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${dNav
  .map(
    (n) => `<li><a href="/collections/${n.length}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${n.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<svg aria-hidden="true" class="icon icon-account"></svg><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img src="//deepwaterkit.co.uk/cdn/shop/articles/mask-fitting.jpg?v=1&amp;width=1100" alt="A diver trying on a mask in the shop" width="1100" height="733">
</div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${dTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-03-04T10:00:00Z">March 4, 2026</time>
</span><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Tamsin Frew</span></span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main" class="share-button quick-add-hidden">
<details id="Details-share-template--main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="url" value="https://deepwaterkit.co.uk/blogs/journal/how-to-choose-your-first-dive-mask" readonly>
<label class="field__label" for="url">Link</label><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button>
</div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${dContent}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2>Leave a comment</h2><form method="post" action="/blogs/journal/how-to-choose-your-first-dive-mask/comments" id="CommentForm" class="comment-form">
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div><div class="field">
<input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email</label></div></div><div class="field"><textarea name="comment[body]" id="CommentForm-body" class="text-area field__input"
placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(dQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the workshop</h2><div class="footer-block__details-content rte">
<p>Unit 4, Harbour Yard, Porthvennor. Open Tuesday to Saturday, 9:30–17:30.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"><svg aria-hidden="true" class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li><li class="list-payment__item">
<svg class="icon icon--full-color" role="img" aria-labelledby="pi-master"><title id="pi-master">Mastercard</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/" title="">Deepwater Kit Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></div></div></footer>
<script src="//deepwaterkit.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopifyJournal: TestPage = {
  name: 'heldout607-shopify-dawn-mask-guide',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts(dBody),
  bylines: ['March 4, 2026', 'Tamsin Frew'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', 'Deepwater Kit Co.', ...dNav, 'Log in', 'Cart', 'Share',
    'Back to blog', 'Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.',
    'Quick links', ...dQuick, 'Visit the workshop', 'Unit 4, Harbour Yard, Porthvennor. Open Tuesday to Saturday, 9:30–17:30.',
    'Subscribe to our emails', 'Payment methods', '© 2026, Deepwater Kit Co.', 'Powered by Shopify',
  ],
};

export const HELDOUT607_B: readonly TestPage[] = [wixRental, shopifyJournal];
