import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout468-kit.js';

/**
 * Held-out batch 468, file d: a dance school's summer show notice on Joomla 4 (Cassiopeia template, article info block,
 * right sidebar modules), and a yoga studio-and-shop FAQ on Shopify (Dawn theme, collapsible-content sections).
 */
const jTitle = 'Summer Show 2026: Tides and Lanterns';
const jIntro = [
  j(
    'Our summer show returns to the Corran Theatre this July, with every class from Pre-Primary to Advanced Contemporary on stage.',
    'This year’s theme follows a fishing village through one long midsummer night, from the last boat home to the lantern parade at dawn.',
  ),
  'Tickets go on sale to families on Monday 1 June at 9am and to the public a week later.',
];
const jPerf = [
  ['Friday 10 July', '6.30pm', 'Show A', 'Ballet and tap classes, Grades 1 to 5'],
  ['Saturday 11 July', '2.00pm', 'Show B', 'Pre-Primary, Primary and jazz classes'],
  ['Saturday 11 July', '6.30pm', 'Show C', 'Contemporary, Grades 6 to 8 and the senior company'],
];
const jAfter = [
  'Tickets',
  'Adults £14, under-16s and over-65s £10. Every seat is numbered; families may book up to six seats per show until 8 June.',
  'Rehearsals',
  'Full-cast rehearsal: Sunday 5 July, 10am to 4pm, Corran Theatre (every pupil, in costume).',
  'Dress rehearsal: Thursday 9 July, from 5pm (times for each class will be sent by email).',
  'Normal classes continue until Saturday 4 July. There are no classes during show week.',
  'Costumes',
  j(
    'Each pupil needs one costume, hired from the school for £12. Please return it washed, in the labelled bag, by Saturday',
    '18 July. Pupils in more than one class will have the extra costumes lent to them free of charge.',
  ),
  'Please do not hesitate to contact the office if you have any questions. Thank you, as always, for your support.',
];
const jNav = ['Home', 'About Us', 'Classes', 'Timetable', 'News', 'Exams', 'Contact'];
const jLatest = ['Exam results: spring session', 'New adult tap class on Wednesdays', 'Half-term holiday dates'];
const jHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Office">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>Summer Show 2026: Tides and Lanterns - Corrie Brae School of Dance</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4c1b8e0e" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"system.paths":{"root":"","rootFull":"https:\\/\\/www.corriebraedance.example\\/"}}</script>
<script src="/media/system/js/core.min.js?2cb912"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${jTitle}","datePublished":"2026-05-18"}]}</script>
</head><body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<img loading="eager" decoding="async" src="/images/logo.png" alt="Corrie Brae School of Dance" width="300" height="80"></a>
<div class="site-description">Dance classes for all ages since 1987</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right"
type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(jNav, 'nav-item')}</ul></div></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden finder">Search</label><input type="text" name="q" id="mod-finder-searchword"
class="js-finder-search-query form-control" placeholder="Search ..."></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
<li itemprop="itemListElement" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway">
<span itemprop="name">Home</span></a></li>
<li itemprop="itemListElement" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/news" class="pathway">
<span itemprop="name">News</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">${jTitle}</span></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div><main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${jTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Office</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Category: <a href="/news" itemprop="genre">News</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-05-18T10:02:11+01:00" itemprop="datePublished">
Published: 18 May 2026</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount"
content="UserPageVisits:412"> Hits: 412</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${ps(jIntro)}
<table class="table table-striped" style="width: 100%;"><tbody><tr><th>Date</th><th>Time</th><th>Show</th><th>Classes taking part</th></tr>
${trs(jPerf)}</tbody></table>
<h3>${at(jAfter, 0)}</h3>${ps([at(jAfter, 1)])}
<p><a href="https://corriebraedance.ticketsource.example/" target="_blank" rel="noopener" class="btn btn-primary">Book tickets</a></p>
<h3>${at(jAfter, 2)}</h3><ul>${lis(jAfter.slice(3, 6))}</ul>
<h3>${at(jAfter, 6)}</h3>${ps([at(jAfter, 7), at(jAfter, 8)])}
</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/news/exam-results"
rel="prev"><span class="visually-hidden">Previous article: Exam results: spring session</span><span class="icon-chevron-left" aria-hidden="true"></span>
<span aria-hidden="true">Prev</span></a><a class="btn btn-sm btn-secondary next" href="/news/half-term" rel="next"><span class="visually-hidden">
Next article: Half-term holiday dates</span><span aria-hidden="true">Next</span><span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Latest News</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">${links(jLatest)}</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Term Dates</h3><div class="card-body"><div class="mod-custom custom">
<p>Summer term: 20 April to 4 July</p><p>Autumn term starts Monday 7 September</p></div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom">
<p>Corrie Brae School of Dance, Mill Wynd, Corran. Registered with the Imperial Society of Teachers of Dancing.</p>
<p>© 2026 Corrie Brae School of Dance</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4c1b8e0e" defer></script></body></html>`;
const joomla: TestPage = {
  name: 'heldout468-joomla-show-notice',
  kind: 'news',
  html: jHtml,
  title: jTitle,
  headings: [at(jAfter, 0), at(jAfter, 2), at(jAfter, 6)],
  body: texts([...jIntro, ...rowTexts(jPerf), at(jAfter, 1), ...jAfter.slice(3, 6), at(jAfter, 7), at(jAfter, 8)]),
  bylines: ['Written by: Office', 'Published: 18 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dance classes for all ages since 1987', ...jNav, 'You are here:', 'Details', 'Category: News', 'Hits: 412', 'Book tickets', 'Prev', 'Next', 'Search',
    'Previous article: Exam results: spring session', 'Next article: Half-term holiday dates',
    'Latest News', ...jLatest, 'Term Dates', 'Summer term: 20 April to 4 July', 'Autumn term starts Monday 7 September',
    'Corrie Brae School of Dance, Mill Wynd, Corran. Registered with the Imperial Society of Teachers of Dancing.', '© 2026 Corrie Brae School of Dance',
  ],
};

const fTitle = 'Frequently asked questions';
const fIntro = 'Can’t find what you are looking for? Email us at studio@hollowpine.example and we will reply within a working day.';
const fGroups: [string, [string, string][]][] = [
  [
    'Classes',
    [
      [
        'Do I need to bring my own mat?',
        'No. Mats, blocks, straps and bolsters are free to use. If you prefer your own, you are welcome to store it in the mat rack.',
      ],
      [
        'I have never done yoga. Where should I start?',
        'Start with Foundations on Monday or Thursday evening. It is a small class that covers the basic postures slowly.',
      ],
      ['How early should I arrive?', 'Ten minutes before class, or fifteen for your first visit so we can show you around. The door closes when class starts.'],
    ],
  ],
  [
    'Passes and memberships',
    [
      ['How long is a class pass valid?', 'A 5-class pass is valid for two months and a 10-class pass for four months from the day of your first class.'],
      [
        'Can I pause my membership?',
        'Yes, once a year for up to six weeks, for travel or illness. Ask at the desk or email us at least a week before your next payment.',
      ],
    ],
  ],
  [
    'Shop orders',
    [
      ['How long does delivery take?', 'Orders placed before noon ship the same day. Delivery in the UK usually takes two to three working days.'],
      ['Can I return a mat?', 'Unused mats can be returned within 30 days in their original packaging. Used mats cannot be returned for hygiene reasons.'],
    ],
  ],
];
const fNav = ['Shop', 'Timetable', 'Memberships', 'About', 'FAQ'];
const fFoot = ['Search', 'Shipping policy', 'Refund policy', 'Privacy policy', 'Terms of service'];
const fDetails = (g: number, items: [string, string][]): string =>
  items
    .map(
      ([q, a], i) => `<div class="accordion content-container color-scheme-1 gradient"><details id="Details-collapsible-row-${g}${i}">
<summary id="Summary-collapsible-row-${g}${i}"><span class="svg-wrapper"><svg class="icon icon-check-mark" aria-hidden="true"></svg></span>
<h3 class="accordion__title inline-richtext h4">${q}</h3><svg aria-hidden="true" focusable="false" class="icon icon-caret"></svg></summary>
<div class="accordion__content rte" id="CollapsibleAccordion-collapsible-row-${g}${i}" role="region" aria-labelledby="Summary-collapsible-row-${g}${i}">
<p>${a}</p></div></details></div>`,
    )
    .join('\n');
const fSections = fGroups.map(
  ([h, items], g) => `<div id="shopify-section-template--2243__collapsible_${g}" class="shopify-section section">
<div class="collapsible-content collapsible-none-layout isolate"><div class="page-width section-template--2243__collapsible_${g}-padding">
<div class="grid"><div class="grid__item"><h2 class="collapsible-content__heading inline-richtext h2">${h}</h2></div><div class="grid__item">
${fDetails(g, items)}</div></div></div></div></div>`,
);
const fHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://hollowpine.example/pages/faq"><title>Frequently asked questions &ndash; Hollowpine Yoga</title>
<meta property="og:site_name" content="Hollowpine Yoga"><meta property="og:type" content="website">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "hollowpine-yoga.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1418,"role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script>
<link href="//hollowpine.example/cdn/shop/t/4/assets/base.css?v=1447" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2243__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on mats over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--2243__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Hollowpine Yoga</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${fNav.map((n) => `<li><a href="/pages/${n.toLowerCase()}" class="header__menu-item list-menu__item link link--text"><span>${n}</span></a></li>`).join('')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--2243__main" class="shopify-section"><div class="page-width page-width--narrow section-template--2243__main-padding">
<h1 class="main-page-title page-title h0">${fTitle}</h1><div class="rte"><p>${fIntro}</p></div></div></div>
${fSections.join('\n')}
</main>
<div id="shopify-section-sections--2243__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading">
Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input"
placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Hollowpine Yoga</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_source=shop">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(fFoot.slice(1), 'policy-link')}</ul></div></div></div></footer></div>
<script src="//hollowpine.example/cdn/shop/t/4/assets/global.js?v=1447" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout468-shopify-dawn-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fGroups.flatMap(([h, items]) => [h, ...items.map(([q]) => q)]),
  body: texts([fIntro, ...fGroups.flatMap(([, items]) => items.map(([, a]) => a))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on mats over £60', 'Hollowpine Yoga', ...fNav, 'Log in', 'Cart', 'Subscribe to our emails', 'Email',
    '© 2026, Hollowpine Yoga', 'Powered by Shopify', ...fFoot.slice(1),
  ],
};

export const HELDOUT468_D: readonly TestPage[] = [joomla, shopify];
