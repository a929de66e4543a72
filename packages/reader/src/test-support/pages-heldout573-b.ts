import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout573-kit.js';

/**
 * Held-out batch 573, file b: a harbour authority's notice to mariners on Drupal 10 (Olivero-based theme) with a sidebar of
 * current notices, and a chandlery's blog article on Shopify (Dawn theme) with comments.
 */
const nTitle = 'Notice to Mariners No. 9 of 2027: Maintenance dredging, Inner Harbour';
const nFacts = ['Valid from: 15 March 2027', 'Valid until: 30 April 2027'];
const nBody = [
  j(
    'Mariners are advised that maintenance dredging will take place in the Inner Harbour and the approach channel between Nos. 5 and 8',
    'buoys from 15 March 2027. Work will be carried out by the trailing suction hopper dredger <em>Marten Vos</em> (call sign PDKV),',
    'which will dispose of material at the licensed site east of Selworth Head.',
  ),
  'The dredger will work in the following areas, in this order:',
  'Area 1: the approach channel, 50°41.20′N 001°53.10′W to 50°41.55′N 001°52.40′W',
  'Area 2: the turning basin off the Fish Quay',
  'Area 3: the marina entrance and Berths 1 to 4',
  j(
    'The dredger will display the lights and shapes required by Rule 27 of the International Regulations for Preventing Collisions at Sea',
    'and will keep a listening watch on VHF Channel 12. Vessels are requested to pass at slow speed and to give the dredger a wide berth.',
  ),
  j(
    'The dredger may need to transit the harbour entrance at any state of the tide. Small craft should keep clear of the main channel',
    'when she is under way.',
  ),
];
const nSig = 'Captain R. Okonjo-Hale, Harbour Master';
const nNav = ['Port users', 'Leisure', 'Commercial', 'Notices to Mariners', 'About us', 'Contact'];
const nCrumbs = ['Home', 'Port users', 'Notices to Mariners'];
const nCurrent = ['No. 8 of 2027: Unlit mooring buoy off Long Reach', 'No. 6 of 2027: Fish Quay crane works', 'No. 2 of 2027: Tide gauge out of service'];
const nFoot = ['Accessibility statement', 'Privacy notice', 'Cookies', 'Freedom of information'];
const nHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.selworthharbour.org.uk/notices/ntm-9-2027">
<title>${nTitle} | Selworth Harbour Commissioners</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3b1fVj0.css?delta=0&amp;language=en&amp;theme=selworth&amp;include=eJxtj">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1184"},"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-notice-to-mariners">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-selworth-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/shc-logo.svg" alt="Home"></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Selworth Harbour Commissioners</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<form action="/search/node" method="get" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys"
class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search"></div>
<div class="form-actions js-form-wrapper form-wrapper"><button class="button--primary search-form__submit button js-form-submit form-submit" type="submit">
<span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div>
<nav role="navigation" aria-labelledby="block-selworth-main-menu-menu" id="block-selworth-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-selworth-main-menu-menu">Main navigation</h2><div class="primary-nav">
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(
  nNav,
  'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1',
)}</ul>
</div></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-selworth-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(nCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-selworth-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${nTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-selworth-content" class="block block-system block-system-main-block"><article data-history-node-id="1184"
class="node node--type-notice-to-mariners
node--promoted node--view-mode-full"><div class="node__content"><div class="field field--name-field-issued field--type-datetime field--label-inline">
<div class="field__label">Issued</div><div class="field__item"><time datetime="2027-03-08T12:00:00Z" class="datetime">8 March 2027</time></div></div>
${nFacts.map((f) => `<div class="field field--name-field-validity field--label-hidden field__item">${f}</div>`).join('\n')}
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(nBody.slice(0, 2))}<ul>${lis(nBody.slice(2, 5))}</ul>${ps(nBody.slice(5))}
<p><strong>${nSig}</strong></p></div>
<div class="field field--name-field-attachment field--type-file field--label-above"><div class="field__label">Attachments</div><div class="field__item">
<span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2027-03/ntm-09-2027.pdf"
type="application/pdf">ntm-09-2027.pdf</a></span>
<span class="file__size">(212.4 KB)</span></div></div></div></article></div></div></main>
<div class="region region--sidebar"><div class="views-element-container block block-views block-views-blockcurrent-notices-block-1">
<h2 class="block__title">Current notices</h2><div class="block__content"><div class="view view-current-notices view-id-current_notices"><div
class="view-content">
<div class="item-list"><ul>${links(nCurrent, 'views-row')}</ul></div></div><div class="more-link"><a
href="/notices">All notices to mariners</a></div></div></div></div>
<div class="block block-block-content block-block-content7c1e"><h2 class="block__title">Harbour Control</h2><div class="block__content">
<div class="text-content field field--name-body"><p>VHF Channel 12, call sign Selworth Harbour Radio. Manned 24 hours.</p></div></div></div></div>
</div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-selworth-footer-menu" class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title"
id="block-selworth-footer-menu">Footer</h2><ul class="menu">${links(nFoot, 'menu__item')}</ul></nav>
<div class="block block-block-content"><div class="block__content"><p>© 2027 Selworth Harbour Commissioners, Harbour Office, West Quay, Selworth SL9 2HQ</p>
</div></div></div></div></div></footer></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"olivero":{"mobile_nav_breakpoint":"1200px"}}</script>
<script src="/sites/default/files/js/js_u8Tl0z.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=selworth"></script></body></html>`;
const notice: TestPage = {
  name: 'heldout573-drupal-notice-to-mariners',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: [...nFacts, ...texts(nBody)],
  bylines: ['Issued', '8 March 2027', nSig],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Selworth Harbour Commissioners', 'Menu', 'Search', 'Main navigation', ...nNav,
    'Breadcrumb', 'Home', 'Attachments', 'ntm-09-2027.pdf', '(212.4 KB)', 'Current notices', ...nCurrent, 'All notices to mariners', 'Harbour Control',
    'VHF Channel 12, call sign Selworth Harbour Radio. Manned 24 hours.', 'Footer', ...nFoot,
    '© 2027 Selworth Harbour Commissioners, Harbour Office, West Quay, Selworth SL9 2HQ',
  ],
};

const sTitle = 'Hard, eroding or hybrid? Choosing an antifouling for your hull';
const sBody = [
  j(
    'Every spring the same question comes across the counter: which antifouling should I buy? The honest answer is that it depends',
    'less on the brand than on three things: where you keep the boat, how fast she goes and what is already on the hull.',
  ),
  'Eroding (self-polishing) paints',
  j(
    'Eroding paints wear away slowly as the boat moves through the water, exposing fresh biocide as they go. They suit most',
    'cruising yachts under about 25 knots, and because they wear thin, you rarely need to sand back a thick build-up of old coats.',
  ),
  'Hard paints',
  j(
    'Hard antifoulings stay on the hull and release biocide from a tough film. They are the better choice for fast motor boats and',
    'for boats that are scrubbed on a drying grid, since a scrubbing brush would strip an eroding paint in a season.',
  ),
  'Hybrids and copper-free paints',
  j(
    'Hybrid paints sit between the two and are a good compromise on a boat that sits for weeks and then cruises hard in August.',
    'If you keep your boat in fresh water or in a harbour with copper limits, ask us for the copper-free range.',
  ),
  'Before you paint, check what is already on the hull',
  'Hard over eroding: do not do it without sanding back, as the new film will flake.',
  'Eroding over hard: fine after a light sand and a wash.',
  'Anything over an unknown paint: use a barrier primer coat first.',
  j(
    'Allow about one litre for every 8 to 10 square metres per coat, and buy two coats for the waterline and the leading edges of',
    'the keel and rudder, which wear fastest.',
  ),
];
const sHeads = [1, 3, 5, 7];
const sComments: [string, string][] = [
  ['Dai Penrose', 'Really useful, thanks. Our club grid rules out eroding paints, so hard it is.'],
  ['Brightwater Chandlery', 'Thanks Dai! Drop in and we will show you the hard range.'],
];
const sNav = ['Shop', 'Paint &amp; Antifouling', 'Ropes', 'Electronics', 'Clothing', 'Journal'];
const sFoot = ['Search', 'Delivery', 'Returns', 'Contact us'];
const sPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const sItem = (t: string, i: number): string =>
  sHeads.includes(i) ? `<h2>${t}</h2>` : i >= 8 && i <= 10 ? (i === 8 ? `<ul>${lis(sBody.slice(8, 11))}</ul>` : '') : `<p>${t}</p>`;
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://brightwaterchandlery.co.uk/blogs/journal/choosing-an-antifouling">
<title>${sTitle} &ndash; Brightwater Chandlery</title><meta name="description" content="Which antifouling should I buy? It depends on three things.">
<meta property="og:site_name" content="Brightwater Chandlery"><meta property="og:type" content="article"><meta name="twitter:card"
content="summary_large_image">
<script src="//brightwaterchandlery.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceType":"article",
"resourceId":558211}};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//brightwaterchandlery.co.uk/cdn/shop/t/4/assets/base.css?v=88290808517547527771" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
class="header-wrapper color-scheme-1">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account"><a href="/"
class="header__heading-link link link--text focus-inset">
<img src="//brightwaterchandlery.co.uk/cdn/shop/files/bw-logo.png?v=1&amp;width=600" alt="Brightwater Chandlery" width="600" height="180"
class="header__heading-logo"></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li><a href="/collections/all" class="header__menu-item list-menu__item
link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search
header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search"
aria-hidden="true"></svg></span></summary>
</details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"
aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg
class="icon icon-cart-empty"
aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image"><img srcset="//brightwaterchandlery.co.uk/cdn/shop/articles/hull.jpg?v=1&amp;width=1100 1100w"
src="//brightwaterchandlery.co.uk/cdn/shop/articles/hull.jpg?v=1&amp;width=1100" loading="eager" width="1100" height="733"
alt="A yacht hull on stands"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2027-03-02T09:00:00Z" itemprop="datePublished">March 2, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Ffion Marr</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${sBody.map(sItem).join('\n')}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" class="icon icon-share"></svg>Share</button><details id="Details-template--2__main">
<summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--2__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
value="https://brightwaterchandlery.co.uk/blogs/journal/choosing-an-antifouling"
readonly><label class="field__label" for="url">Link</label><button class="share-button__copy no-js-hidden"><span
class="visually-hidden">Copy link</span></button></div>
</div></details></share-button></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2
id="Comments-558211">2 comments</h2>
<div class="article-template__comments">${sComments
  .map(
    ([who, text]) => `<article id="${who.toLowerCase().replace(/ /g, '')}" class="article-template__comments-comment">
<div class="rte">${ps([text])}</div><footer class="right"><span class="circle-divider caption-with-letter-spacing">${who}</span>
<span class="caption-with-letter-spacing">March 3, 2027</span></footer></article>`,
  )
  .join('\n')}</div>
<form method="post" action="/blogs/journal/choosing-an-antifouling/comments#comment_form" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input"
placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div><div class="field"><textarea rows="5" id="CommentForm-body"
class="text-area field__input"
name="comment[body]" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment <span
aria-hidden="true">*</span></label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div>
<div class="element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow"><span class="icon-wrap"><svg
class="icon icon-arrow"></svg>
</span>Back to blog</a></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul
class="footer-block__details-content list-unstyled">
${links(sFoot)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--3__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--3__footer">Email</label><button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe">
<svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info"><div
class="footer__payment">
<span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item"><svg role="img"
aria-labelledby="pi-visa"></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/" title="">Brightwater Chandlery</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${sPol
  .map(
    (t) => `<li><small class="copyright__content"><a
href="/policies/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></small></li>`,
  )
  .join('')}
</ul></div></div></div></div></footer>
<script src="//brightwaterchandlery.co.uk/cdn/shop/t/4/assets/global.js?v=181012873398744851" defer="defer"></script></body></html>`;
const chandlery: TestPage = {
  name: 'heldout573-shopify-dawn-antifouling',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads.map((i) => sBody[i] ?? ''),
  body: sBody.filter((_, i) => !sHeads.includes(i)),
  bylines: ['March 2, 2027', 'Ffion Marr', ...sComments.map(([w]) => w), 'March 3, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', ...texts(sNav), 'Log in', 'Cart', 'Share', 'Link', 'Copy link', '2 comments',
    ...sComments.map(([, t]) => t), 'Leave a comment', 'Name', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Back to blog', 'Help', ...sFoot, 'Subscribe to our emails', 'Email',
    'Payment methods', '© 2027, Brightwater Chandlery', 'Powered by Shopify', ...sPol,
  ],
};

export const HELDOUT573_B: readonly TestPage[] = [notice, chandlery];
