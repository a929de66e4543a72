import { links, type TestPage, texts } from './page-kit.js';
import { type Block, blocks, gold, j } from './pages-heldout587-kit.js';

/**
 * Held-out batch 587, file b: a key cutting and engraving page on a Wix site (free-plan ad banner, rich-text components),
 * and a leather sole care article on a Shopify store blog (Dawn theme, with a comment form).
 */
const wTitle = 'Key Cutting & Engraving';
const wBlocks: Block[] = [
  [
    'p',
    j(
      'We cut most household, padlock, window and cabinet keys while you wait, usually in under five minutes.',
      'Bring the original key with you, as we can’t cut a key from a photo or a lock number.',
    ),
  ],
  ['h2', 'Keys we cut'],
  ['li', 'Cylinder keys for front and back doors (Yale-type)'],
  ['li', 'Mortice keys, two and five lever'],
  ['li', 'uPVC window and patio door keys'],
  ['li', 'Padlock, post box and cabinet keys'],
  ['li', 'Dimple and high-security keys (ordered in, 3 to 5 days)'],
  ['h2', 'Engraving'],
  [
    'p',
    j(
      'Our engraving machine takes tankards, hip flasks, watch backs, dog tags, trophies and jewellery. Tell us the words and the',
      'style at the counter and we will show you a proof on screen before we start. Most jobs are ready the same afternoon.',
    ),
  ],
  ['p', 'We can’t engrave silver plate that is thinner than 0.5 mm, or items with a lacquered finish.'],
  ['h2', 'Prices'],
  ['li', 'Standard cylinder key – £5.50'],
  ['li', 'Mortice key – from £8.00'],
  ['li', 'Window key – £4.50'],
  ['li', 'Engraving – £1 a letter, minimum £10'],
];
const wNav = ['Home', 'Shoe Repairs', 'Key Cutting', 'Watch Repairs', 'About Us', 'Contact'];
const rt = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wSpan = (s: string): string => `<span class="wixui-rich-text__text">${s.replace(/&/g, '&amp;')}</span>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Key Cutting &amp; Engraving | Keycraft Shoe Repairs</title>
<meta property="og:title" content="Key Cutting &amp; Engraving | Keycraft Shoe Repairs"><meta property="og:site_name" content="Keycraft Shoe Repairs">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Keycraft Shoe Repairs","address":{"@type":
"PostalAddress","addressLocality":"Ashbury"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"3f1c"},"language":{"userLanguage":"en"},"experiments":{}};</script>
<style>#comp-lk2 { --min-height:48px; } .font_0 { font: normal normal normal 52px/1.2em futura-lt-w01-book; }</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="http://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" class="k_fj8m">
<span class="pIkbL4">This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span>
<span class="Zkp3JS">Start Now</span></a></div>
<div id="site-root"><div id="masterPage"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<button class="LHrbPP" id="SKIP_TO_CONTENT_BTN" tabindex="0">Skip to Main Content</button>
<div id="comp-kx91" class="comp-kx91 wixui-rich-text">${wSpan('KEYCRAFT')}</div>
<nav id="comp-lnav" aria-label="Site" class="wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase().replace(/ /g, '-')}"><span>${n}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="PAGE_ROOT">
<section id="comp-lk1" class="comp-lk1 wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lk1col" class="wixui-column-strip__column">
${rt(`<h1 class="font_0 wixui-rich-text__text">${wSpan(wTitle)}</h1>`, 'lk2')}
${rt(blocks(wBlocks.slice(0, 1), { p: 'class="font_8 wixui-rich-text__text"' }), 'lk3')}
<div id="comp-lk4" class="wixui-image"><img src="https://static.wixstatic.com/media/key-machine.jpg" alt="Key cutting machine"></div>
${rt(
  blocks(wBlocks.slice(1, 7), {
    h2: 'class="font_2 wixui-rich-text__text"',
    p: 'class="font_8 wixui-rich-text__text"',
    ul: 'class="font_8 wixui-rich-text__text"',
  }),
  'lk5',
)}
${rt(blocks(wBlocks.slice(7, 10), { h2: 'class="font_2 wixui-rich-text__text"', p: 'class="font_8 wixui-rich-text__text"' }), 'lk6')}
${rt(blocks(wBlocks.slice(10), { h2: 'class="font_2 wixui-rich-text__text"', ul: 'class="font_8 wixui-rich-text__text"' }), 'lk7')}
<a data-testid="linkElement" href="/contact" class="wixui-button"><span class="w4Vxx6 wixui-button__label">Call Us</span></a>
</div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1">
${rt(
  '<p class="font_8 wixui-rich-text__text">Unit 3, Corn Exchange Arcade, Ashbury AB4 7TT</p><p class="font_8 wixui-rich-text__text">01632 960 552</p>',
  'ft1',
)}
${rt('<p class="font_9 wixui-rich-text__text">© 2024 by Keycraft. Proudly created with Wix.com</p>', 'ft2')}
</footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout587-wix-key-cutting',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  ...gold(wBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    'KEYCRAFT', ...wNav.filter((n) => n !== 'Key Cutting'), 'Call Us', 'Unit 3, Corn Exchange Arcade, Ashbury AB4 7TT', '01632 960 552',
    '© 2024 by Keycraft. Proudly created with Wix.com', 'bottom of page',
  ],
};

const hTitle = 'How to look after leather soles between repairs';
const hBlocks: Block[] = [
  [
    'p',
    j(
      'A leather sole is a wonderful thing: it flexes, it breathes and it moulds to the way you walk. It is also the part of a good',
      'shoe that wears out first. A little care stretches the time between visits to the cobbler by months.',
    ),
  ],
  ['h2', 'Let new soles settle'],
  [
    'p',
    j(
      'For the first week, avoid wet pavements if you can. New leather is at its softest and most porous, and water plus grit will',
      'grind it down quickly. A light coat of sole conditioner before the first wear helps seal the surface.',
    ),
  ],
  ['h2', 'Dry them slowly'],
  [
    'p',
    j(
      'If you get caught in the rain, stuff the shoes with newspaper, fit cedar trees once the worst of the damp is out and leave',
      'them at room temperature. Never put them on a radiator: leather that dries too fast cracks, and a cracked sole cannot be saved.',
    ),
  ],
  ['h2', 'Rotate your pairs'],
  ['p', 'Shoes need a day off to dry out from the inside. Two pairs worn on alternate days will outlast three pairs worn until they fail.'],
  ['h2', 'Know when to get them resoled'],
  ['ol', 'The sole feels thin or soft under the ball of the foot.'],
  ['ol', 'You can see a small hole or a dark wet patch after a walk.'],
  ['ol', 'The stitching around the edge has worn through.'],
  [
    'p',
    j(
      'Catch it at the first sign and your cobbler can often fit a half sole. Leave it until there is a hole through to the',
      'cork, and the whole sole and sometimes the welt will need replacing.',
    ),
  ],
];
const hNav = ['Shop all', 'Polish & Care', 'Brushes', 'Shoe Trees', 'Journal'];
const hFoot = ['Search', 'Delivery & Returns', 'Contact', 'Refund policy', 'Privacy policy', 'Terms of service'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${hTitle} &ndash; Last &amp; Awl Supply</title><meta name="description" content="A little care stretches the time between resoles.">
<meta property="og:type" content="article"><link rel="canonical" href="https://lastandawl.co.uk/blogs/journal/leather-sole-care">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "last-and-awl.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1329}; </script>
<link href="//lastandawl.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all">
<link href="//lastandawl.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><div class="header__heading">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Last &amp; Awl Supply</span></a></div>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${hNav
  .map(
    (n) => `<li><a href="/collections/${n.length}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${n.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><summary class="header__icon header__icon--search" aria-label="Search">
<svg class="icon icon-search" aria-hidden="true"></svg></summary></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img src="//lastandawl.co.uk/cdn/shop/articles/soles.jpg?v=1&width=1100" alt="Leather soles on a workbench" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${hTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2025-01-22T10:00:00Z">January 22, 2025</time></span>
<span itemprop="author" class="caption-with-letter-spacing">Nell Barraclough</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${blocks(hBlocks)}
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main" class="share-button">
<button class="share-button__button hidden"><svg aria-hidden="true"></svg>Share</button><details id="Details-share-template--main">
<summary class="share-button__button"><svg aria-hidden="true"></svg>Share</summary><div class="share-button__fallback">
<input type="text" class="field__input" id="url" value="https://lastandawl.co.uk/blogs/journal/leather-sole-care" readonly>
<button class="share-button__close hidden"><span class="visually-hidden">Close share</span></button>
<button class="share-button__copy"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/leather-sole-care/comments" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" id="CommentForm-author" class="field__input"
placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div><div class="field"><input type="email" id="CommentForm-email"
class="field__input" placeholder="Email"><label class="field__label" for="CommentForm-email">Email</label></div>
<div class="field"><textarea id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block__newsletter"><h2 class="footer-block__heading">Subscribe to our emails</h2><form class="newsletter-form">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></form></div>
<div class="footer-block footer-block--menu"><ul class="footer-block__details-content list-unstyled">${links(hFoot, 'list-menu__item')}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2025, <a href="/">Last &amp; Awl Supply</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></footer>
<script src="//lastandawl.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout587-shopify-sole-care',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  ...gold(hBlocks),
  bylines: ['January 22, 2025', 'Nell Barraclough'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Last & Awl Supply', ...hNav, 'Log in', 'Cart', 'Share', 'Copy link', 'Back to blog',
    'Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.',
    'Subscribe to our emails', ...hFoot, '© 2025, Last & Awl Supply', 'Powered by Shopify',
  ],
};

export const HELDOUT587_B: readonly TestPage[] = [wix, shopify];
