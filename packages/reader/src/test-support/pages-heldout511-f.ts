import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout511-kit.js';

/**
 * Held-out batch 511, file f: an off-grid solar kit shop's blog article on Shopify (Dawn theme: announcement bar, sticky header,
 * share button, comment form, newsletter footer), and a water board's drought-restrictions page on Hugo (Ananke theme, with a
 * table of contents rail and a stage table).
 */
const sTitle = 'Sizing an off-grid solar kit for a weekend cabin';
const sIntro = [
  j(
    'Most of the questions we get by email start the same way: “How many panels do I need for my cabin?” The honest answer is that',
    'it depends less on the panels than on what you plan to run and how many days of cloud you are willing to sit through.',
  ),
  'Here is the method we use on the phone with customers. You will need a pen, a list of your appliances and ten minutes.',
];
const sH1 = '1. Add up your daily use';
const sUse = 'Write down each appliance, its wattage and how many hours a day you use it. Multiply them out. A typical weekend cabin looks like this:';
const sRows = [
  ['LED lights (4 × 5W)', '5 hours', '100Wh'],
  ['12V fridge', '24 hours (cycling)', '350Wh'],
  ['Phone and laptop charging', '3 hours', '150Wh'],
  ['Water pump', '20 minutes', '40Wh'],
];
const sUseAfter = 'That is 640Wh a day. Add 20% for losses in the cables and inverter, and call it 770Wh.';
const sH2 = '2. Choose your battery';
const sBattery = j(
  'For two days without sun you want about 1.5kWh of usable storage. A 100Ah 12V lithium battery gives you roughly 1.2kWh usable,',
  'so two of them, or one 200Ah, is the sensible choice. Lead-acid batteries need twice the capacity because you should only use half.',
);
const sH3 = '3. Then the panels';
const sPanels = [
  j(
    'In a British winter a panel makes about one hour of full-power output a day; in summer, four or five. For weekend use from',
    'April to October, 400W of panels will refill the battery within a day in most weather.',
  ),
  'If you want to use the cabin in winter, double the panels before you double the battery.',
];
const sNav = ['Shop all', 'Solar kits', 'Batteries', 'Inverters', 'Advice', 'Contact'];
const sFoot = ['Delivery', 'Returns', 'Warranty claims', 'Trade accounts'];
const sHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://sunbarrowsupply.co.uk/blogs/advice/sizing-an-off-grid-solar-kit">
<title>${sTitle} – Sunbarrow Supply</title><meta name="description" content="How to work out panels and batteries for a cabin.">
<meta property="og:site_name" content="Sunbarrow Supply"><meta property="og:type" content="article">
<script>var Shopify = Shopify || {}; Shopify.shop = "sunbarrow-supply.myshopify.com"; Shopify.locale = "en"; Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":139204411,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<link href="//sunbarrowsupply.co.uk/cdn/shop/t/4/assets/base.css?v=1411" rel="stylesheet" type="text/css" media="all">
<link href="//sunbarrowsupply.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=1411" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16921__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on kits over £300</span></p></div></div></div></div>
<div id="shopify-section-sections--16921__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//sunbarrowsupply.co.uk/cdn/shop/files/sunbarrow-logo.png?v=1690" alt="Sunbarrow Supply" width="180" height="48" class="header__heading-logo"></div>
</a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li>
<a href="/pages/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--16940__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image">
<img src="//sunbarrowsupply.co.uk/cdn/shop/articles/cabin-array.jpg?v=1712&amp;width=1100" alt="" width="1100" height="619" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2027-04-02T09:00:00Z">April 2, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Owain Meredith</span></header>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--16940__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg aria-hidden="true" class="icon icon-share"></svg>Share</button><details id="Details-template--16940__main">
<summary class="share-button__button">Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span class="visually-hidden">Copy link</span>
<input type="text" class="field__input" id="url" value="https://sunbarrowsupply.co.uk/blogs/advice/sizing-an-off-grid-solar-kit" readonly>
<label class="field__label" for="url">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sIntro)}
<h2>${sH1}</h2><p>${sUse}</p><table><thead><tr><th>Appliance</th><th>Use per day</th><th>Energy</th></tr></thead><tbody>${trs(sRows)}</tbody></table>
<p>${sUseAfter}</p>
<h2>${sH2}</h2><p>${sBattery}</p><h2>${sH3}</h2>${ps(sPanels)}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/advice" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2>Leave a comment</h2>
<form method="post" action="/blogs/advice/sizing-an-off-grid-solar-kit/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<div class="article-template__comment-fields"><div class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div class="field field--with-error">
<input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div>
<div class="field field--with-error"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment">
</textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-2 gradient section-sections--16922__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">
${links(sFoot)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--16922__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--16922__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__column footer__localization isolate"><h2 class="caption-large text-body">Country/region</h2>
<div class="disclosure"><button type="button" class="disclosure__button localization-form__select">United Kingdom | GBP £</button></div></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/" title="">Sunbarrow Supply</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></footer>
<script src="//sunbarrowsupply.co.uk/cdn/shop/t/4/assets/global.js?v=1411" defer="defer"></script></body></html>`;
const shopifyBlog: TestPage = {
  name: 'heldout511-shopify-off-grid-sizing',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts([...sIntro, sUse, ...rowTexts(sRows), sUseAfter, sBattery, ...sPanels]),
  bylines: ['April 2, 2027', 'Owain Meredith'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on kits over £300', ...sNav.filter((t) => t !== 'Batteries'), 'Log in', 'Cart', 'Share', 'Copy link', 'Link',
    'Back to blog', 'Leave a comment',
    'Name *', 'Email *', 'Comment *', 'Please note, comments need to be approved before they are published.', 'Help', ...sFoot, 'Subscribe to our emails',
    'Email', 'Country/region', 'United Kingdom | GBP £', '© 2027, Sunbarrow Supply', 'Powered by Shopify',
  ],
};

const hTitle = 'Stage 2 drought restrictions';
const hIntro = j(
  'The Kestrel Vale Water Board declared Stage 2 of its drought plan on 3 August after storage in the Ledge Creek and Pine Flat',
  'reservoirs fell below 45%. The restrictions below apply to every metered connection in the district until the board lifts them.',
);
const hH1 = 'Outdoor watering';
const hWater = [
  'Lawns and gardens may be watered two days a week: even-numbered addresses on Tuesday and Saturday, odd-numbered on Wednesday and Sunday.',
  'Watering is allowed only before 8 a.m. or after 7 p.m., and for no more than 20 minutes per zone.',
  'Hand watering of vegetables and trees with a hose fitted with a shut-off nozzle is allowed on any day.',
];
const hH2 = 'What changes at each stage';
const hRows = [
  ['1 (advisory)', 'Voluntary 10% cut', 'Any day, evenings'],
  ['2 (mandatory)', 'Required 20% cut', 'Two days a week'],
  ['3 (emergency)', 'Required 35% cut', 'No outdoor watering'],
];
const hH3 = 'Penalties and variances';
const hPen = [
  j(
    'A first violation brings a written warning. A second within 12 months brings a $100 surcharge on the next bill, and a third a',
    '$250 surcharge. Leaks reported to a customer and not repaired within five days count as a violation.',
  ),
  'Customers with a medical need or a new landscape installed under a permit may apply for a variance using the form at the district office.',
];
const hRecent = ['Board meeting summary: July', 'Ledge Creek dam inspection completed', 'Rebates for smart irrigation controllers'];
const hNav = ['About', 'Billing', 'Notices', 'Water quality', 'Conservation', 'Contact'];
const hHtml = `<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${hTitle} | Kestrel Vale Water Board</title><meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="Outdoor watering limits and penalties under Stage 2 of the drought plan."><meta name="generator" content="Hugo 0.125.4">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
<link rel="canonical" href="https://kvwb.org/notices/stage-2-drought-restrictions/">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="notices">
<meta property="article:published_time" content="2027-08-04T10:00:00-07:00"><meta itemprop="wordCount" content="312"></head>
<body class="ma0 avenir bg-near-white production"><header><div class="bg-navy"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Kestrel Vale Water Board</a><div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3">
<a class="hover-white no-underline white-90" href="/${t.toLowerCase().replace(/ /g, '-')}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"></div></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Notices</aside><div id="sharing" class="mt3 ananke-socials">
<a href="mailto:?&amp;body=https%3A%2F%2Fkvwb.org%2Fnotices%2Fstage-2-drought-restrictions%2F" class="ananke-social-link email no-underline"
title="Share on Email" aria-label="Share on Email"
rel="noopener" target="_blank"><span class="icon"><svg height="32px" viewBox="0 0 512 512" width="32px"></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><time class="f6 mv4 dib tracked" datetime="2027-08-04T10:00:00-07:00">August 4, 2027</time>
<span class="f6 mv4 dib tracked"> - 2 minutes read</span><span class="f6 mv4 dib tracked"> - 312 words</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l"><p>${hIntro}</p>
<h2 id="outdoor-watering">${hH1}</h2><ul>${lis(hWater)}</ul>
<h2 id="what-changes-at-each-stage">${hH2}</h2><table><thead><tr><th>Stage</th><th>Use reduction</th><th>Outdoor watering</th></tr></thead>
<tbody>${trs(hRows)}</tbody></table>
<h2 id="penalties-and-variances">${hH3}</h2>${ps(hPen)}
<ul class="pa0"></ul><div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What's in this article</p>
<nav id="TableOfContents"><ul><li><a href="#outdoor-watering">${hH1}</a></li><li><a href="#what-changes-at-each-stage">${hH2}</a></li>
<li><a href="#penalties-and-variances">${hH3}</a></li></ul></nav></div>
<div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul class="pa0 list">
${hRecent.map((t, i) => `<li class="mb2"><a href="/notices/post-${i}/">${t}</a></li>`).join('\n')}</ul></div></aside></article></main>
<footer class="bg-navy bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://kvwb.org/">
&copy; 2027 Kestrel Vale Water Board</a><div><div class="ananke-socials"></div></div></div></footer></body></html>`;
const hugoDrought: TestPage = {
  name: 'heldout511-hugo-drought-stage-2',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3],
  body: texts([hIntro, ...hWater, ...rowTexts(hRows), ...hPen]),
  bylines: ['August 4, 2027', '- 2 minutes read', '- 312 words'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...hNav, "What's in this article", 'Related', ...hRecent, '© 2027 Kestrel Vale Water Board'],
};

export const HELDOUT511_F: readonly TestPage[] = [shopifyBlog, hugoDrought];
