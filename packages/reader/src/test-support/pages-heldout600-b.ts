import { ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, outside } from './pages-heldout600-kit.js';

/**
 * Held-out batch 600, file b: a garden office case study on Squarespace 7.1 (blog collection used for projects) and a fence post
 * buying guide on a Shopify store (Dawn theme blog article).
 */
const sTitle = 'A cedar-clad garden office in Upper Fenwick';
const sFacts = ['Client: Dr and Mr Aldous', 'Size: 4.2m x 3.0m', 'Build time: 9 working days', 'Base: ground screws'];
const sHeads = ['The brief', 'The build', 'The result'];
const sBrief = [
  j(
    'Ruth Aldous, a GP who now does two days a week of remote consultations, needed somewhere quiet and warm to work at the end of',
    'a long, narrow garden that slopes away from the house. A spare bedroom was out: the house is shared with two teenagers.',
  ),
  j(
    'The room had to stay under 2.5 metres high to fall within permitted development, take a desk, a bookcase and a small sofa,',
    'and look out over the orchard rather than back at the house.',
  ),
];
const sBuild = [
  j(
    'Because of the slope, we set the room on twelve galvanised ground screws rather than a concrete slab. This kept the roots of an',
    'old pear tree intact and meant the base was finished in a single morning, with no spoil to take away.',
  ),
  j(
    'The frame is 95mm studwork with 100mm PIR insulation in the walls, floor and roof, clad outside in vertical Western red cedar',
    'boards left to weather silver. The roof is EPDM rubber over a warm deck, with a concealed gutter draining to a water butt.',
  ),
  j(
    'Inside, the walls are lined in birch plywood. An electrician ran an armoured cable from the house for sockets, lighting and a',
    '1.5kW panel heater, and we fitted a data cable at the same time so the Wi-Fi would not drop during video calls.',
  ),
];
const sResult = [
  j(
    'The office was handed over in early October. Ruth told us that the heater is on low for most of the winter and that the room',
    'holds its warmth for hours after she switches it off.',
  ),
  '\u201cI close the door at six and the working day is over. That was the whole point, and it works.\u201d',
];
const sNav = ['Garden Offices', 'Studios', 'Projects', 'About', 'Contact'];
const sCookie = j('We use cookies and similar technologies to help personalise content and offer a better experience.', 'You can opt out by clicking Decline.');
const sFoot = ['Harwell Garden Buildings', 'Unit 4, Millrace Yard, Kestlebury', 'Mon to Fri, 8am to 5pm'];
const sNews = ['Project notes', 'One email a month with our latest builds. No sales calls, ever.', 'Sign Up', 'We respect your privacy.', 'Thank you!'];
const sNavHtml = sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(' ', '-')}">${t}</a></div>`);
const sBlock = (inner: string, id: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const sImg = (cap: string, id: string): string =>
  `<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-${id}"><div class="sqs-block-content"><figure class="sqs-block-image-figure
intrinsic"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><div class="intrinsic"><div class="image-inset"><img
data-src="https://images.squarespace-cdn.com/content/v1/61f0/${id}.jpg" alt="" loading="lazy"></div></div></div><figcaption class="image-caption-wrapper">
<div class="image-caption"><p class="" style="white-space:pre-wrap;">${cap}</p></div></figcaption></figure></div></div>`;
const sp = (t: readonly string[]): string => t.map((p) => `<p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} \u2014 Harwell Garden Buildings</title>
<link rel="canonical" href="https://www.harwellgardenbuildings.co.uk/projects/cedar-office-upper-fenwick">
<meta property="og:site_name" content="Harwell Garden Buildings"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.harwellgardenbuildings.co.uk","name":"Harwell Garden Buildings","@context":"http://schema.org",
"@type":"WebSite"}</script><script type="application/ld+json">{"name":"${sTitle}","datePublished":"2026-01-14T10:05:22+0000","@context":"http://schema.org",
"@type":"Article","author":"Tom Harwell"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","collection":{"typeName":"blog"}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/61f0a1/12/5c5a519771c10ba3470d8101/site.css"></head>
<body id="item-65a3b0" class="primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-show-author-profile header-width-full
tweak-global-animations-complexity-level-detailed view-item collection-type-blog collection-layout-default mobile-style-available
sqs-seven-one" tabindex="-1"><div id="siteWrapper" class="clearfix site-wrapper">
<div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span
class="Cart-inner"><div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></span></a></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">
Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" data-animation-role="header-element">Harwell Garden Buildings</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNavHtml.join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a Survey</a>
</div></div>
</div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder">
<div class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase()}">
<div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a3b0">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-tom-harwell post-type-text
article-index-1 category-garden-offices" data-item-id="65a3b0"><div class="blog-item-top-wrapper"><div class="blog-item-title">
<h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-01-14">
14 Jan</time></div><div class="blog-meta-item blog-meta-item--author"><a href="/projects?author=5f3c" class="blog-author-name">Tom Harwell</a></div>
<div class="blog-meta-item blog-meta-item--categories"><a href="/projects?category=Garden+Offices" class="blog-categories">Garden Offices</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="body"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" id="item-65a3b0"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sImg('The finished office from the bottom of the orchard.', 'a1')}
${sBlock(`<ul data-rte-list="default">${lis(sFacts.map((f) => `<p class="" style="white-space:pre-wrap;">${f}</p>`))}</ul>`, 'f2')}
${sBlock(`<h2 style="white-space:pre-wrap;">${sHeads[0]}</h2>${sp(sBrief)}<h2 style="white-space:pre-wrap;">${sHeads[1]}</h2>${sp(sBuild)}`, 'b3')}
${sImg('Ground screws going in below the pear tree.', 'a4')}
${sBlock(
  `<h2 style="white-space:pre-wrap;">${sHeads[2]}</h2>${sp(sResult.slice(0, 1))}<blockquote><p class="" style="white-space:pre-wrap;">${sResult[1]}
</p></blockquote>`,
  'c5',
)}
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/projects?author=5f3c" class="author-avatar"></a><div class="author-name">Tom Harwell</div>
<div class="author-bio"><p>Tom founded Harwell Garden Buildings in 2011 after fifteen years as a joiner.</p></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination=""><a href="/projects/studio-bramford" class="item-pagination-link
item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">A pottery studio with a north light</h2></a>
<a href="/projects/gym-cabin-orton" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">A home gym cabin in Orton Marsh</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section background-width--full-bleed
section-height--small"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section">
<div class="row sqs-row"><div class="col sqs-col-6 span-6">${sBlock(sp(sFoot), 'ft1')}</div><div class="col sqs-col-6 span-6">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="65a3c2" autocomplete="on"
method="POST" novalidate><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">${sNews[0]}</h2>
<div class="newsletter-form-header-description">
<p>${sNews[1]}</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper
form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3_17_2">Email Address</label><input id="email-yui_3_17_2"
class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div><div data-animation-role="button"
class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">${sNews[2]}</span></button></div></div>
<div class="newsletter-form-footnote"><p>${sNews[3]}</p></div><div class="hidden form-submission-text">${sNews[4]}</div></form></div></div></div>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>${sCookie}</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny">Decline
</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-2b0a3c.js"></script></body></html>`;
const sGold = [...sFacts, ...sBrief, ...sBuild, ...sResult];
const caseStudy: TestPage = {
  name: 'heldout600-squarespace-garden-office',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: sGold,
  bylines: ['14 Jan', 'Tom Harwell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    'Skip to Content', 'Harwell Garden Buildings', ...sNav, 'Book a Survey', 'Garden Offices', 'The finished office from the bottom of the orchard.',
    'Ground screws going in below the pear tree.', 'Tom founded Harwell Garden Buildings in 2011 after fifteen years as a joiner.', 'Previous',
    'A pottery studio with a north light', 'Next', 'A home gym cabin in Orton Marsh', ...sFoot, ...sNews.slice(0, 4), 'Email Address', sCookie,
    'Decline', 'Accept',
  ], [sTitle, ...sHeads, ...sGold]),
};

const fTitle = 'Concrete, Timber or Steel? Choosing the Right Fence Post';
const fHeads = ['Concrete posts', 'Timber posts', 'Steel posts', 'Our rule of thumb'];
const fIntro = j(
  'The panels get all the attention, but it is the posts that decide how long a fence stands. We sell all three kinds and fit',
  'all three, so here is how we choose between them.',
);
const fConcrete = [
  j(
    'Slotted concrete posts are the default for panel fences in exposed gardens. The panels drop into the slots from above, so',
    'a panel that blows out or rots can be lifted out and replaced without touching the posts. They will not rot and they',
    'outlast any panel you put in them.',
  ),
  'The downsides are weight (an 8ft post is about 35kg), a look that some people dislike, and the fact that you cannot screw anything to them.',
];
const fTimber = [
  j(
    'A 100mm square treated timber post looks right with close board fencing and lets you fix trellis, gates and hooks wherever',
    'you like. Buy posts marked Use Class 4, which are treated for contact with the ground, and set them in concrete or a',
    'bolt-down shoe rather than straight into soil.',
  ),
  'Even treated posts soften at ground level in time. Expect 15 to 20 years in free-draining soil, less in clay.',
];
const fSteel = [
  j(
    'Galvanised steel posts, often powder coated in anthracite, have become popular with slatted and composite fences. They are',
    'slim, strong and very light to carry, but they cost more than either of the others and need the right brackets for each panel type.',
  ),
];
const fRule = ['For panels in a windy spot: concrete.', 'For close board or anything that carries a gate: timber.', 'For composite or slatted screens: steel.'];
const fNav = ['Fence Panels', 'Posts & Rails', 'Gates', 'Decking', 'Installation', 'Blog'];
const fFootLinks = ['Search', 'Delivery', 'Returns', 'Trade accounts', 'Contact us'];
const fHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://fernleyfencing.co.uk/blogs/advice/choosing-fence-posts">
<title>${fTitle} &ndash; Fernley Fencing Supplies</title><meta name="description" content="${fIntro.slice(0, 150)}">
<meta property="og:site_name" content="Fernley Fencing Supplies"><meta property="og:type" content="article">
<script>var Shopify = Shopify || {};Shopify.shop = "fernley-fencing.myshopify.com";Shopify.locale = "en";Shopify.theme = {"name":"Dawn","id":141,
"schema_name":"Dawn","schema_version":"15.0.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${fTitle}","datePublished":"2026-03-04"}</script>
<link href="//fernleyfencing.co.uk/cdn/shop/t/7/assets/base.css?v=1410" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1789__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on orders over \u00a3400 within 30 miles</span></p></div></div></div></div>
<div id="shopify-section-sections--1789__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-social header--has-account"><header-drawer data-breakpoint="tablet"><details
id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg aria-hidden="true" class="icon icon-hamburger"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Fernley Fencing Supplies</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${fNav
  .map(
    (t) => `<li><a href="/collections/${t.length}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${esc(t)}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span>
<svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg aria-hidden="true" class="icon icon-account"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1790__main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img
srcset="//fernleyfencing.co.uk/cdn/shop/articles/posts.jpg?v=1709&amp;width=1100 1100w" alt="Concrete, timber and steel posts" width="1100" height="620">
</div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${fTitle}</h1><span class="circle-divider
caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-03-04T09:00:00Z">March 4, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Jess Fernley</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1790__main" class="share-button"><button
class="share-button__button hidden"><svg aria-hidden="true" class="icon icon-share"></svg>Share</button><details id="Details-share-template--1790__main">
<summary class="share-button__button"><svg aria-hidden="true" class="icon icon-share"></svg>Share</summary><div class="share-button__fallback">
<div class="field"><span id="ShareMessage-template--1790__main" class="share-button__message hidden" role="status"></span><input type="text"
class="field__input" id="ShareUrl-template--1790__main" value="https://fernleyfencing.co.uk/blogs/advice/choosing-fence-posts" readonly>
<label class="field__label" for="ShareUrl-template--1790__main">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${fIntro}</p><h2>${fHeads[0]}</h2>${ps(fConcrete)}<h2>${fHeads[1]}</h2>${ps(fTimber)}<h2>${fHeads[2]}</h2>${ps(fSteel)}
<h2>${fHeads[3]}</h2><ul>${lis(fRule)}</ul><p><a href="/collections/posts-rails"><strong>Shop all posts and rails</strong></a></p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/advice" class="article-template__link link animate-arrow"><span
class="icon-wrap"><svg aria-hidden="true" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-template--1790__main" class="h2">Leave a comment</h2><form method="post" action="/blogs/advice/choosing-fence-posts/comments"
id="CommentForm-template--1790__main" class="comment-form" novalidate><div class="article-template__comment-fields"><div class="field">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label"
for="CommentForm-author">Name</label></div><div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input"
placeholder="Email"><label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field"><textarea rows="5"
id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea><label class="form__label field__label"
for="CommentForm-body">Comment</label></div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are
published.</p><input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--1791__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1
gradient section-sections--1791__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col
grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${fFootLinks
  .map(
    (t) => `<li><a href="/pages/${t.length}"
class="link link--text list-menu__item list-menu__item--link">${t}</a></li>`,
  )
  .join('')}</ul></div><div class="footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">Visit the yard</h2><div class="footer-block__details-content rte"><p>Fernley Fencing Supplies, Brook
Road, Hatherden. Open Monday to Saturday from 7.30am.</p></div></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--1791__footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--1791__footer">Email
</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg aria-hidden="true"
class="icon icon-arrow"></svg></button></div></div></form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper
page-width"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Fernley Fencing Supplies</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></div></footer></div>
<script src="//fernleyfencing.co.uk/cdn/shop/t/7/assets/global.js?v=1382" defer="defer"></script></body></html>`;
const fGold = [fIntro, ...fConcrete, ...fTimber, ...fSteel, ...fRule];
const fencePosts: TestPage = {
  name: 'heldout600-shopify-fence-posts',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: fGold,
  bylines: ['March 4, 2026', 'Jess Fernley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    'Skip to content', 'Free delivery on orders over £400 within 30 miles', 'Fernley Fencing Supplies', ...fNav, 'Log in', 'Cart', 'Share', 'Link',
    'Shop all posts and rails', 'Back to blog', 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Help', ...fFootLinks, 'Visit the yard',
    'Fernley Fencing Supplies, Brook Road, Hatherden. Open Monday to Saturday from 7.30am.', 'Subscribe to our emails', '© 2026, Fernley Fencing Supplies',
    'Powered by Shopify',
  ], [fTitle, ...fHeads, ...fGold]),
};

export const HELDOUT600_B: readonly TestPage[] = [caseStudy, fencePosts];
