import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout666-kit.js';

/**
 * Held-out batch 666, file c: a hospice online charity shop's blog article on Shopify (Dawn theme) with comments, and a
 * hospice news post on Ghost (Casper theme) with a members sign-up box and read-more cards.
 */
const sTitle = 'From wardrobe to ward: what happens to your donated wedding dress';
const sParas = [
  j(
    'Every week about forty wedding dresses arrive at our warehouse in Calder Mills. Some have been worn once, some never, and a',
    'few are older than the volunteers who unpack them. Each one will help pay for care at Greyfriars Hospice, and here is how.',
  ),
  j(
    'Bags and boxes come in from our 23 high street shops and from the dress amnesty days we hold each spring. Our bridal',
    'volunteer, Hettie, opens every bag by hand and checks the label, the size and the condition of the fabric.',
  ),
  j(
    'Dresses with marks or loose beading go to our steaming and repair room, where two retired seamstresses volunteer three',
    'mornings a week. They can replace a zip in twenty minutes and have rescued dresses that had spent years in a loft.',
  ),
  'Every dress is photographed on a mannequin in natural light, from the front, the back and in close-up on any detail we think a buyer would love.',
  'We then write a listing that includes:',
  j(
    'Dresses usually sell for between £80 and £450. In 2026 the online bridal rail raised £96,300, enough to fund a night nurse on',
    'the ward for more than two years.',
  ),
  j(
    'If you have a dress you would like to donate, you can bring it to any of our shops or book a free collection. We are also',
    'always looking for veils, shoes and bridesmaid dresses in good condition.',
  ),
];
const sList = [
  'the designer and the size on the label, with real measurements',
  'the colour as it looks in daylight',
  'any marks or repairs, so there are no surprises',
  'a short note about the dress from the donor, if they wanted to share one',
];
const sHeads = ['Sorting and checking', 'Repairs and steaming', 'Photographing and listing', 'Where the money goes'];
const sNav = ['Shop all', 'Bridal', 'Womenswear', 'Menswear', 'Books', 'Donate goods', 'Blog'];
const sComments = [
  ['Linnea W.', 'March 9, 2027', 'I bought my dress from you last year and had no idea so much work went into it. Thank you Hettie!'],
  ['Sandro', 'March 11, 2027', 'Do you take dresses that need cleaning?'],
];
const sFoot = ['Search', 'Delivery', 'Returns', 'Contact us', 'Terms of service', 'Refund policy'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://shop.greyfriarshospice.org/blogs/news/from-wardrobe-to-ward">
<title>${sTitle} &ndash; Greyfriars Hospice Shop</title>
<meta property="og:site_name" content="Greyfriars Hospice Shop"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//shop.greyfriarshospice.org/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceType":"article",
"resourceId":558812}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"Every week about forty wedding dresses arrive...",
"headline":"${sTitle}","author":{"@type":"Person","name":"Greyfriars Shops Team"}}</script>
<link href="//shop.greyfriarshospice.org/cdn/shop/t/4/assets/base.css?v=7261190391587014271712" rel="stylesheet" type="text/css" media="all">
<link href="//shop.greyfriarshospice.org/cdn/shop/t/4/assets/section-blog-post.css?v=4461183" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2233__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40 - every penny funds hospice care</span></p></div></div></div></div>
<div id="shopify-section-sections--2233__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//shop.greyfriarshospice.org/cdn/shop/files/logo.png?v=1699&amp;width=300" alt="Greyfriars Hospice Shop" width="150" height="50"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2251__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 52.6%;">
<img srcset="//shop.greyfriarshospice.org/cdn/shop/articles/dress-rail.jpg?v=1710&amp;width=1100 1100w"
src="//shop.greyfriarshospice.org/cdn/shop/articles/dress-rail.jpg?v=1710&amp;width=1100" loading="eager" width="1100" height="579"
alt="A rail of wedding dresses"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2027-03-08T09:00:00Z">March 8, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Greyfriars Shops Team</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2251__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-template--2251__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--2251__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--2251__main" value="https://shop.greyfriarshospice.org/blogs/news/from-wardrobe-to-ward"
placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--2251__main">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps([at(sParas, 0)])}<h2>${at(sHeads, 0)}</h2>${ps([at(sParas, 1)])}<h2>${at(sHeads, 1)}</h2>${ps([at(sParas, 2)])}
<h2>${at(sHeads, 2)}</h2>${ps(sParas.slice(3, 5))}<ul>${lis(sList)}</ul>
<h2>${at(sHeads, 3)}</h2>${ps(sParas.slice(5))}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" focusable="false" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="Comments-558812" class="page-width page-width--narrow">
<h2 id="Comments-558812-heading">2 comments</h2><ul class="article-template__comments">
${sComments
  .map(
    ([who, when, text]) => `<li class="article-template__comments-comment"><article id="558812-${who?.length}"><div class="rte">${text}</div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">${who}</span><span class="caption-with-letter-spacing">${when}</span>
</footer></article></li>`,
  )
  .join('\n')}
</ul><form method="post" action="/blogs/news/from-wardrobe-to-ward/comments" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><textarea name="comment[body]" id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<div class="article-template__comment-button"><input type="submit" class="button" value="Post comment"></div></form></div></div></article></section></main>
<div id="shopify-section-sections--2234__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-3 gradient section-sections--2234__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">${links(sFoot, '')}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--2234__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--2234__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">Greyfriars Hospice Shop</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></footer></div>
<script src="//shop.greyfriarshospice.org/cdn/shop/t/4/assets/share.js?v=13024540447964430191712" defer="defer"></script></body></html>`;
const shopBlog: TestPage = {
  name: 'heldout666-shopify-wedding-dress',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sParas.slice(0, 5), ...sList, ...sParas.slice(5)]),
  bylines: ['March 8, 2027', 'Greyfriars Shops Team', ...sComments.flatMap(([who, when]) => [who ?? '', when ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40 - every penny funds hospice care',
    ...sNav.filter((t) => t !== 'Bridal'), 'Log in', 'Cart', 'Share',
    'Back to blog', '2 comments', ...sComments.map(([, , text]) => text ?? ''), 'Leave a comment', 'Name', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Help', ...sFoot, 'Subscribe to our emails', 'Email',
    '© 2027, Greyfriars Hospice Shop', 'Powered by Shopify',
  ],
};

const gTitle = 'Starlight Swim makes a splash with £48,000 for Lindenfold Hospice';
const gDek = 'More than 300 swimmers braved Lake Orrin after dark to remember loved ones and raise money for hospice care.';
const gParas = [
  j(
    'Lindenfold Hospice’s first Starlight Swim has raised £48,000, beating its target by almost half. On Saturday evening 312',
    'swimmers took to the water at Orrin Watersports Centre, many wearing glow sticks and swim caps with the names of people',
    'they were swimming for.',
  ),
  j(
    'Swimmers chose between a 400-metre loop and a 1.5km course marked with floating lanterns. Lifeguards from Orrin Swim Club',
    'kayaked alongside, and the hospice’s chaplain read the names of those being remembered before the first wave set off.',
  ),
  j(
    'The oldest swimmer, 81-year-old retired postman Alwyn Greaves, completed the long course in memory of his wife, Jean, who',
    'died at the hospice in 2024.',
  ),
  '“The nurses looked after Jean and me as if we were their own family,” he said. “It was cold in there, but I would do it again tomorrow.”',
  j(
    'Event organiser Ruth Calloway said the hospice would make the swim an annual event. “We had no idea how many people would',
    'come. Seeing the lake full of little lights was something none of us will forget.”',
  ),
  j(
    'The money raised will pay for around 1,200 hours of specialist nursing on the hospice’s eight-bed ward. Sponsorship can',
    'still be paid in until 31 August.',
  ),
];
const gHeads = ['Remembering Jean', 'Next year'];
const gNav = ['Home', 'News', 'Events', 'Our care', 'About'];
const gMore = ['Hospice opens new family garden', 'Meet the volunteers behind our Christmas tree festival', 'Why we need 40 more drivers'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c2a31f9b0">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.lindenfoldhospice.org/starlight-swim-raises-48000/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Lindenfold Hospice News">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2027-07-19T08:30:00.000Z"><meta property="article:tag" content="News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Lindenfold Hospice News"},
"author":{"@type":"Person","name":"Tamsin Orde"},"headline":"${gTitle}","datePublished":"2027-07-19T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Lindenfold Hospice News" href="https://news.lindenfoldhospice.org/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://news.lindenfoldhospice.org/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://news.lindenfoldhospice.org">Lindenfold Hospice News</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/tamsin/" class="author-avatar author-profile-image">
<img class="author-profile-image" src="/content/images/size/w100/2027/01/tamsin.jpg" alt="Tamsin Orde"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tamsin/">Tamsin Orde</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2027-07-19">Jul 19, 2027</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w300/2027/07/starlight.jpg 300w, /content/images/size/w1000/2027/07/starlight.jpg 1000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/07/starlight.jpg" alt="Swimmers with glowing caps on Lake Orrin">
<figcaption><span style="white-space: pre-wrap;">The second wave sets off at dusk. Photo: Lindenfold Hospice</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gParas.slice(0, 2))}
<h2 id="remembering-jean">${at(gHeads, 0)}</h2>${ps([at(gParas, 2)])}
<blockquote class="kg-blockquote-alt">${at(gParas, 3)}</blockquote>
${ps([at(gParas, 4)])}
<h2 id="next-year">${at(gHeads, 1)}</h2>${ps([at(gParas, 5)])}
<div class="kg-card kg-button-card kg-align-center">
<a href="https://lindenfoldhospice.org/starlight-swim" class="kg-btn kg-btn-accent">Pay in your sponsorship</a></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    (t, i) => `<article class="post-card post tag-news keep-ratio"><a class="post-card-image-link" href="/more-${i}/">
<img class="post-card-image" src="/content/images/size/w600/2027/0${i + 4}/card.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/more-${i}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">News</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2027-0${i + 4}-02">${['Jun 2, 2027', 'May 2, 2027', 'Apr 2, 2027'][i]}</time>
<span class="post-card-meta-length">2 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://news.lindenfoldhospice.org">Lindenfold Hospice News</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Data & privacy', 'Contact'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="/assets/built/casper.js?v=8c2a31f9b0"></script></body></html>`;
const ghostNews: TestPage = {
  name: 'heldout666-ghost-starlight-swim',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gDek, ...gParas]),
  bylines: ['Tamsin Orde', 'Jul 19, 2027', 'Jun 2, 2027', 'May 2, 2027', 'Apr 2, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lindenfold Hospice News', 'Home', 'News', 'Events', 'Our care', 'About', 'Sign in', 'Subscribe', '• 2 min read',
    'The second wave sets off at dusk. Photo: Lindenfold Hospice', 'Pay in your sponsorship', 'Sign up for more like this.', 'Enter your email',
    ...gMore, '2 min read', 'Lindenfold Hospice News © 2027', 'Sign up', 'Data & privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT666_C: readonly TestPage[] = [shopBlog, ghostNews];
