import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout601-kit.js';

/**
 * Held-out batch 601, file d: a damp proofing supplies shop's how-to article on Shopify (Dawn theme: announcement bar, header
 * icons, share button, back link, a featured products section and the newsletter footer), and an independent surveyor's short
 * post on Ghost (Casper theme: primary tag, excerpt, byline with reading time, read-more cards, the members CTA and footer).
 */
const sTitle = 'How to inject a damp proof course: a step-by-step guide';
const sIntro = [
  j(
    'Injecting a cream damp proof course is one of the few damp treatments a confident DIYer can do well. Done properly, it puts a',
    'water-repellent band into the mortar course just above ground level, where the original damp proof course has failed.',
  ),
  j(
    'Before you start, be sure rising damp is really the problem. Check that outside ground levels are at least 150 mm below the',
    'internal floor and that gutters and downpipes are sound. If in doubt, get a survey first.',
  ),
];
const sTools = [
  'a 12 mm masonry drill bit at least 100 mm long',
  'an SDS drill',
  'a cream injection gun or a sealant gun with a long nozzle',
  'safety glasses and gloves',
];
const sSteps = [
  j('Remove the skirting boards and hack off the plaster to a height of one metre, or 300 mm above the highest sign of damp, whichever', 'is higher.'),
  'Mark a line along the first mortar bed joint above floor level on the inside, or above ground level on the outside.',
  'Drill holes into the mortar bed at 120 mm centres, to a depth of about two thirds of the wall thickness.',
  'Fill each hole from the back, withdrawing the nozzle slowly so that the cream fills the hole to the surface without voids.',
  'Leave the wall to dry for at least four weeks before replastering with a salt-resistant render system.',
];
const sWarn = j(
  'Never replaster with ordinary gypsum plaster after a damp proof course. Salts left in the wall will draw moisture into it and',
  'the new plaster will stain within months.',
);
const sH = ['What you will need', 'Step by step', 'After the injection'];
const sAfter = j(
  'The wall can take six months or more to dry out completely. Keep the room heated and ventilated, and do not hang wallpaper until',
  'moisture readings on the new render are stable.',
);
const sNav = ['Home', 'Damp Proofing', 'Condensation', 'Basement Waterproofing', 'Guides', 'Trade Accounts'];
const sProducts = [
  ['DryLine DPC Injection Cream 1L', '£24.99'],
  ['Cream Injection Gun with 300 mm Nozzle', '£18.50'],
  ['SaltGuard Renovating Render 25 kg', '£31.00'],
];
const sFoot = ['Shipping', 'Refund policy', 'Privacy policy', 'Terms of service', 'Contact information'];
const sCard = (p: readonly string[]): string => `<li class="grid__item scroll-trigger animate--slide-in"><div
class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media"><div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a
href="/products/${at(p, 0)
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '-')}" class="full-unstyled-link">${at(p, 0)}</a></h3><div class="card-information"><div class="price"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span
class="price-item price-item--regular">${at(p, 1)}</span>
</div></div></div></div></div></div></div></div></li>`;
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://dampdepot.co.uk/blogs/guides/how-to-inject-a-damp-proof-course"><title>${sTitle} &ndash; Damp Depot</title>
<meta name="description" content="Injecting a cream damp proof course, step by step: tools, drilling, injection and replastering.">
<meta property="og:site_name" content="Damp Depot"><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "damp-depot.myshopify.com";Shopify.theme = {"name":"Dawn","id":141233,"schema_name":"Dawn",
"schema_version":"15.0.0"};</script>
<link href="//dampdepot.co.uk/cdn/shop/t/4/assets/base.css?v=16153226" rel="stylesheet" type="text/css" media="all">
<link href="//dampdepot.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=17613223" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17634__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £50</span></p></div></div></div></div>
<div id="shopify-section-sections--17634__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Damp Depot</span></a><nav class="header__inline-menu">
<ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav><div class="header__icons">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog"
aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg
class="icon icon-cart-empty"
aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--17634__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image"><img src="//dampdepot.co.uk/cdn/shop/articles/dpc-injection.jpg?v=1709&width=1100"
alt="Injecting cream into a drilled mortar joint" width="1100" height="733"></div></div><header
class="page-width page-width--narrow scroll-trigger animate--fade-in">
<h1 class="article-template__title" itemprop="headline">${sTitle}</h1><span class="circle-divider caption-with-letter-spacing"
itemprop="dateCreated pubdate datePublished">
<time datetime="2026-03-02T09:00:00Z">March 2, 2026</time></span><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span
itemprop="name">Tom Beddoe</span>
</span></header><div class="article-template__content page-width page-width--narrow rte scroll-trigger animate--slide-in" itemprop="articleBody">
${ps(sIntro)}
<h2>${at(sH, 0)}</h2><ul>${lis(sTools)}</ul>
<h2>${at(sH, 1)}</h2><ol>${lis(sSteps)}</ol>
<blockquote><p><strong>Important:</strong> ${sWarn}</p></blockquote>
<h2>${at(sH, 2)}</h2><p>${sAfter}</p></div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--17634__main"
class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button><details
id="Details-share-template--17634__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--17634__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--17634__main" value="https://dampdepot.co.uk/blogs/guides/how-to-inject-a-damp-proof-course"
placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-template--17634__main">Link</label></div></div></details>
</share-button></div>
<div class="element-margin-top center"><a href="/blogs/guides" class="article-template__link link animate-arrow"><span class="icon-wrap"><svg
aria-hidden="true"></svg></span>
Back to blog</a></div></article></section>
<section id="shopify-section-template--17634__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient"><div class="collection
section-template--17634__featured_collection-padding"><div class="collection__title title-wrapper title-wrapper--no-top-margin page-width">
<h2 class="title inline-richtext h2 scroll-trigger animate--slide-in">Products used in this guide</h2></div><slider-component
class="slider-mobile-gutter page-width">
<ul id="Slider-template--17634__featured_collection" class="grid product-grid contains-card--product grid--3-col-desktop grid--2-col-tablet-down" role="list"
aria-label="Slider">${sProducts.map(sCard).join('')}</ul></slider-component></div></div></section></main>
<div id="shopify-section-sections--17634__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--17634__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter scroll-trigger animate--slide-in"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#contact_form" id="ContactFooter"
accept-charset="UTF-8"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--17634__footer"
type="email"
name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email"
placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--17634__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate"></div>
<div class="footer__column footer__column--info"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
title="">Damp Depot</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sFoot, 'policies__item')}</ul></div></div></div></div></footer></div>
<script src="//dampdepot.co.uk/cdn/shop/t/4/assets/global.js?v=1381" defer="defer"></script></body></html>`;
const dampDepot: TestPage = {
  name: 'heldout601-shopify-dpc-injection',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sTools, ...sSteps, `<strong>Important:</strong> ${sWarn}`, sAfter]),
  bylines: ['March 2, 2026', 'Tom Beddoe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', 'Damp Depot', ...sNav, 'Log in', 'Cart', 'Share',
    'Back to blog', 'Products used in this guide', ...sProducts.flat(), 'Regular price', 'Subscribe to our emails', 'Email', '© 2026, Damp Depot',
    'Powered by Shopify', ...sFoot,
  ],
};

const gTitle = 'A mortgage valuation is not a survey';
const gDek = 'Your lender’s valuer spends twenty minutes deciding whether the house is worth the loan. That is all.';
const gBody = [
  j(
    'Every few weeks a client rings me after completion to ask how the lender’s surveyor missed the damp in the back bedroom. The',
    'honest answer is that nobody was looking for it. A mortgage valuation protects the lender, not you, and the valuer is under no',
    'duty to tell you about defects unless they affect the value of the security.',
  ),
  j(
    'The valuer will usually not lift a carpet, open the loft hatch or use a moisture meter. If the house looks like its neighbours',
    'and nothing obvious is wrong, the valuation is done.',
  ),
  'What a valuation will not tell you',
  'whether the walls, roof or floors need repair in the next few years',
  'whether damp, rot or woodworm are present',
  'whether past alterations were done properly',
  j(
    'If you are buying anything older than a new-build, pay for your own survey. It costs a few hundred pounds and it is the only',
    'inspection carried out for you.',
  ),
];
const gNav = ['Home', 'Buying', 'Older homes', 'About'];
const gRead = ['What to ask your surveyor before they visit', 'Do you really need a Level 3 survey?', 'Cracks in walls: when to worry'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1c4b2d3e"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://surveynotebook.co.uk/mortgage-valuation-is-not-a-survey/"><meta property="og:site_name" content="The Survey Notebook">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Survey Notebook"},
"author":{"@type":"Person","name":"Ruth Abernethy"},"headline":"${gTitle}","datePublished":"2026-02-18T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://surveynotebook.co.uk/" data-key="3f2b8a" data-api="https://surveynotebook.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{background:#15212a}</style></head>
<body class="post-template tag-buying is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://surveynotebook.co.uk">The Survey Notebook</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24">
</svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('')}
</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-buying "><header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/buying/">Buying</a></span></div><h1
class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/ruth/" class="author-avatar" aria-label="Read more of Ruth Abernethy"><img class="author-profile-image"
src="/content/images/size/w100/2025/05/ruth.jpg" alt="Ruth Abernethy"></a></li></ul><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/ruth/">Ruth Abernethy</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-18">Feb 18, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas is-body">
${ps(gBody.slice(0, 2))}
<h2 id="what-a-valuation-will-not-tell-you">${at(gBody, 2)}</h2><ul>${lis(gBody.slice(3, 6))}</ul>
${ps(gBody.slice(6))}
</section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    (t) => `<article class="post-card post tag-buying keep-ratio">
<div class="post-card-content"><a class="post-card-content-link" href="/${t.slice(0, 10).toLowerCase().replace(/ /g, '-')}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Buying</span></div><h2 class="post-card-title">${t}</h2></header></a></div>
</article>`,
  )
  .join('')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://surveynotebook.co.uk">The Survey Notebook</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8a1c4b2d3e"></script></body></html>`;
const notebook: TestPage = {
  name: 'heldout601-ghost-valuation-not-survey',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2)],
  body: [gDek, ...gBody.filter((_, i) => i !== 2)],
  bylines: ['Ruth Abernethy', 'Feb 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Survey Notebook', ...gNav.filter((t) => t !== 'Buying' && t !== 'About'), 'Sign in', 'Subscribe', '• 2 min read',
    ...gRead, 'The Survey Notebook © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT601_D: readonly TestPage[] = [dampDepot, notebook];
