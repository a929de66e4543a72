import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout515-kit.js';

/**
 * Held-out batch 515, file c: an office cleaning company's blog post on Webflow (CMS collection template with a rich-text
 * block and a "more articles" collection list), and a cleaning-products shop's journal article on Shopify (Dawn theme).
 */
const fTitle = 'Why Your Office Smells Worse on Mondays (and How We Fix It)';
const fDek = 'Air that sits still over a weekend does strange things. Here is what our night teams have learned from 400 offices.';
const fBody = [
  j(
    'If you are the first one in on a Monday, you know the smell: a little stale, a little sour, sometimes with a hint of the',
    'kitchen bin that nobody emptied on Friday. It is not your imagination, and it is rarely a sign that the cleaners missed something.',
  ),
  'The weekend effect',
  j(
    'Most office ventilation runs on a timer that switches off at 7pm on Friday. For sixty hours, nothing moves the air, and smells',
    'from carpets, soft chairs, fridges and drains build up. Carpet tiles in particular hold on to spilled coffee and tread-in dirt,',
    'which give off more odour as the building warms up.',
  ),
  'Where the smell really comes from',
  j(
    'On our audits, three sources account for almost every complaint: the kitchen sink trap, the bin store, and carpet around desks',
    'where people eat lunch. Washroom drains come a distant fourth, usually because a floor gully has dried out and lets sewer air back in.',
  ),
  'What our night teams do on Fridays',
  j(
    'We now end every Friday shift with a short checklist: run hot water through every sink and floor drain, empty and wash all',
    'kitchen bins, wipe out the fridge of anything past its date, and spot-clean carpet at the desks with the most crumbs.',
  ),
  j(
    'Once a quarter we hot-water extract the carpet in eating areas. It costs less than you would think, and clients tell us the',
    'Monday smell is gone within a month.',
  ),
  j(
    'If your building management system allows it, ask for the ventilation to run for an hour before people arrive on Monday.',
    'It is the single cheapest fix we know.',
  ),
];
const fNav = ['Services', 'Sectors', 'About', 'Journal', 'Careers'];
const fMore = ['A cleaner’s guide to hot-desking hygiene', 'What a washroom audit actually checks', 'Green cleaning products we trust'];
const fFoot = ['Office Cleaning', 'Washroom Services', 'Carpet Care', 'Privacy', 'Instagram', 'LinkedIn'];
const fHtml = `<!DOCTYPE html><!-- Last Published: Tue Mar 05 2024 09:12:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.nightowlclean.example" data-wf-page="65d4a1c02b7f" data-wf-site="65c0e44f9a12" lang="en" data-wf-collection="65c0e5ab11ce"
 data-wf-item-slug="office-smells-worse-on-mondays"><head><meta charset="utf-8"><title>${fTitle} | Night Owl Cleaning</title>
<meta content="${fDek}" name="description"><meta content="${fTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c0e44f9a12/css/nightowl.webflow.3f2c1d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65c0e44f9a12/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body><div class="page-wrapper"><div class="global-styles w-embed">
<style>.w-richtext figure { max-width: 100%; } body { -webkit-font-smoothing: antialiased; }</style></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div class="navbar_container">
<a href="/" aria-current="page" class="navbar_logo-link w-nav-brand">
<img src="https://assets-global.website-files.com/65c0e44f9a12/logo.svg" loading="lazy" alt="" class="navbar_logo"></a>
<nav role="navigation" class="navbar_menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="navbar_link w-nav-link">${t}</a>`).join('')}
<a href="/quote" class="button is-small w-button">Get a quote</a></nav><div class="navbar_menu-button w-nav-button"><div class="menu-icon"></div></div></div>
</div>
<main class="main-wrapper"><header class="section_blog-post-header"><div class="padding-global"><div class="container-medium">
<div class="blog-post-header_content">
<div class="blog-post-header_breadcrumb"><a href="/journal" class="text-style-link">Journal</a><div class="text-size-small">/</div>
<a href="/journal-categories/facilities" class="text-style-link">Facilities</a></div>
<h1 class="heading-style-h2">${fTitle}</h1><p class="text-size-medium">${fDek}</p>
<div class="blog-post-header_author-wrapper">
<img src="https://assets-global.website-files.com/65c0e5ab11ce/author-dana.jpg" loading="lazy" alt="" class="blog-post-header_author-image">
<div><div class="text-weight-semibold">Dana Okafor</div><div class="blog-post-header_date-wrapper"><div class="text-size-small">Mar 4, 2024</div>
<div class="text-size-small">•</div><div class="text-size-small">4 min read</div></div></div></div></div>
<div class="blog-post-header_image-wrapper">
<img src="https://assets-global.website-files.com/65c0e5ab11ce/office-monday.jpg" loading="lazy" alt="Empty open-plan office at dawn"
 class="blog-post-header_image"></div>
</div></div></header>
<section class="section_blog-post-content"><div class="padding-global"><div class="container-small"><div class="padding-section-medium">
<div class="text-rich-text w-richtext">${ps([fBody[0] ?? ''])}<h2>${fBody[1]}</h2>${ps([fBody[2] ?? ''])}<h2>${fBody[3]}</h2>${ps([fBody[4] ?? ''])}
<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65c0e5ab11ce/sink-trap.jpg" loading="lazy" alt=""></div>
<figcaption>Running hot water through a kitchen sink trap at the end of a Friday shift.</figcaption></figure>
<h2>${fBody[5]}</h2>${ps(fBody.slice(6))}</div>
<div class="blog-post-content_share"><div class="text-size-medium text-weight-bold">Share this post</div>
<div class="w-layout-grid blog-post-content_share-wrapper">
<a href="#" class="blog-post-content_social-link w-inline-block" aria-label="Copy link"></a>
<a href="https://www.linkedin.com/shareArticle" class="blog-post-content_social-link w-inline-block"></a></div></div>
</div></div></div></section>
<section class="section_blog-list"><div class="padding-global"><div class="container-large"><div class="padding-section-large">
<h2 class="heading-style-h3">More from the Journal</h2><div class="w-dyn-list"><div role="list" class="blog-list_list w-dyn-items">
${fMore
  .map(
    (t) => `<div role="listitem" class="blog-list_item w-dyn-item"><a href="#" class="blog-list_item-link w-inline-block"><h3 class="heading-style-h5">${t}</h3>
<div class="text-size-small">Read article</div></a></div>`,
  )
  .join('\n')}</div></div></div></div></div></section></main>
<footer class="footer"><div class="padding-global"><div class="container-large"><div class="footer_top-wrapper">
<div class="footer_left-wrapper"><div class="text-size-medium">Night Owl Cleaning keeps 400 offices across Bristol and Bath fresh, every night.</div></div>
<div class="footer_link-list">${fFoot.map((t) => `<a href="#" class="footer_link">${t}</a>`).join('')}</div></div>
<div class="footer_credit-text">© 2024 Night Owl Cleaning Ltd. All rights reserved.</div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c0e44f9a12" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65c0e44f9a12/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = gold({
  name: 'heldout515-webflow-office-cleaning-blog',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [fBody[1] ?? '', fBody[3] ?? '', fBody[5] ?? ''],
  body: [fDek, ...fBody.filter((_, i) => ![1, 3, 5].includes(i))],
  bylines: ['Dana Okafor', 'Mar 4, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Get a quote', 'Facilities', '4 min read', 'Running hot water through a kitchen sink trap at the end of a Friday shift.',
    'Share this post', 'More from the Journal', ...fMore, 'Read article', 'Night Owl Cleaning keeps 400 offices across Bristol and Bath fresh, every night.',
    ...fFoot, '© 2024 Night Owl Cleaning Ltd. All rights reserved.',
  ],
});

const pTitle = 'How to Clean Windows Without Streaks';
const pBody = [
  j(
    'Streaks are almost never about the cleaner you use. They come from too much product, dirty cloths and, above all, cleaning',
    'in direct sunlight, when the water dries before you can wipe it away.',
  ),
  'What you need',
  'A bucket of warm water with a few drops of our Citrus Glass Concentrate',
  'A strip washer or sponge',
  'A 35cm rubber squeegee',
  'Two lint-free microfibre cloths',
  'Step by step',
  'Wet the whole pane with the strip washer, working from the top down.',
  'Pull the squeegee across the top edge, then down in overlapping strokes, wiping the blade after each one.',
  'Dry the edges and corners with the first cloth.',
  'Buff any marks with the second, dry cloth.',
  j(
    'Pick a cloudy day or work on the shaded side of the house first. And wash your cloths without fabric conditioner, which',
    'leaves a film that shows up as smears on glass.',
  ),
];
const pNav = ['Shop all', 'Kitchen', 'Bathroom', 'Laundry', 'Refills', 'Journal'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://sprigandsoap.example/blogs/journal/how-to-clean-windows-without-streaks">
<title>${pTitle} &ndash; Sprig &amp; Soap</title><meta name="description" content="${plainish(pBody[0] ?? '')}">
<meta property="og:site_name" content="Sprig &amp; Soap"><meta property="og:type" content="article"><meta property="og:title" content="${pTitle}">
<script src="//sprigandsoap.example/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712323412" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "sprig-and-soap.myshopify.com";
Shopify.theme = {"name":"Dawn","id":139847205,"schema_name":"Dawn","schema_version":"13.0.1"};</script>
<script id="apple-pay-shop-capabilities" type="application/json">{"shopId":61982014,"countryCode":"GB","currencyCode":"GBP"}</script>
<style data-shopify>:root { --font-body-family: Assistant, sans-serif; --page-width: 120rem; }</style>
<link href="//sprigandsoap.example/cdn/shop/t/4/assets/base.css?v=165191016556652226921712323411" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17392871--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £30</span></p></div></div></div></div></div>
<div id="shopify-section-sections--17392871--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">
<div class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Sprig &amp; Soap</span></a></div>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
</summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17392880__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;">
<img srcset="//sprigandsoap.example/cdn/shop/articles/window-squeegee.jpg?v=1712911200&amp;width=750 750w" alt="" width="1100" height="619"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${pTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2024-04-12T09:00:00Z">April 12, 2024</time></span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><details>
<summary class="share-button__button">Share</summary></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${pBody[0]}</p><h3>${pBody[1]}</h3><ul>${pBody
  .slice(2, 6)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<h3>${pBody[6]}</h3><ol>${pBody
  .slice(7, 11)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ol><p><strong>Tip:</strong> ${pBody[11]}</p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
</article></section>
<section id="shopify-section-template--17392880__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient isolate">
<div class="collection section-template--17392880__featured_collection-padding">
<div class="collection__title title-wrapper title-wrapper--no-top-margin page-width">
<h2 class="title inline-richtext h2 scroll-trigger animate--slide-in">Shop the routine</h2></div>
<ul class="grid product-grid contains-card--product" role="list">
<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5">
<a href="/products/citrus-glass-concentrate" class="full-unstyled-link">Citrus Glass Concentrate</a></h3>
<div class="price"><span class="price-item price-item--regular">£8.50 GBP</span></div></div></div></li>
<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5">
<a href="/products/microfibre-glass-cloth-pair" class="full-unstyled-link">Microfibre Glass Cloths (Pair)</a></h3>
<div class="price"><span class="price-item price-item--regular">£6.00 GBP</span></div></div></div></li></ul></div></div></section></main>
<div id="shopify-section-sections--17392872--footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--17392872__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--sections--17392872__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--17392872__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2024, <a href="/" title="">Sprig &amp; Soap</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled"><li><a href="/policies/refund-policy" class="link">Refund policy</a></li><li>
<a href="/policies/privacy-policy" class="link">Privacy policy</a></li></ul>
</div></div></div></footer></div>
<script src="//sprigandsoap.example/cdn/shop/t/4/assets/global.js?v=37284204640041572741712323412" defer="defer"></script></body></html>`;
function plainish(t: string): string {
  return t.replace(/"/g, '');
}
const shopify: TestPage = gold({
  name: 'heldout515-shopify-dawn-window-streaks',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [pBody[1] ?? '', pBody[6] ?? ''],
  body: texts([...pBody.filter((_, i) => i !== 1 && i !== 6).slice(0, -1), `Tip: ${pBody[11]}`]),
  bylines: ['April 12, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £30', 'Sprig & Soap', ...pNav, 'Share', 'Back to blog', 'Shop the routine',
    'Citrus Glass Concentrate', '£8.50 GBP', 'Microfibre Glass Cloths (Pair)', '£6.00 GBP', 'Subscribe to our emails', 'Email', '© 2024, Sprig & Soap',
    'Powered by Shopify', 'Refund policy', 'Privacy policy',
  ],
});

export const HELDOUT515_C: readonly TestPage[] = [webflow, shopify];
