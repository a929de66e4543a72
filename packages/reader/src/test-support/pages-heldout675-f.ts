import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout675-kit.js';

/**
 * Held-out batch 675, file f: a game shop and café's "new in the library" post on Shopify (Dawn theme, share button, footer
 * newsletter), and a Scrabble club's first-visit guide built with Elementor on Hello Elementor (accordion FAQ, Complianz banner).
 */
const sTitle = 'New in the café library: six games for February';
const sIntro = j(
  'Every month we take a handful of games off the shop shelves and put them into the café library so that you can try before',
  'you buy. Here is what arrived this week, with a note from whoever on the team fell for it first.',
);
const sGames: [string, string][] = [
  ['Moth &amp; Lamp', 'A two-player duel of light and shadow that plays in fifteen minutes. Bex has not stopped talking about it.'],
  ['Canal Barons', 'Build locks, haul coal, undercut your friends. Best at four players, and it takes about ninety minutes.'],
  ['Rubble', 'A dexterity game about stacking broken stones. Loud, silly and over in ten minutes.'],
  ['The Glassblower’s Guild', 'A gentle engine builder with gorgeous components. A good step up from family games.'],
  ['Knot', 'Cooperative rope-tying puzzles for two to four. Harder than it looks, as Jude found out on Tuesday.'],
  ['Foxglove Fair', 'Set collection with market stalls and a lot of pastel. Ideal with a pot of tea.'],
];
const sOutro = 'All six are on the shop shelves too, and café customers get 10% off a copy on the day they play it.';
const sNav = ['Home', 'Shop games', 'Café', 'Events', 'Blog', 'Contact'];
const sQuick = ['Search', 'Opening hours', 'Delivery and returns', 'Gift vouchers'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical"
href="https://tileandtally.co.uk/blogs/news/new-in-the-cafe-library-february">
<title>${sTitle} &ndash; Tile &amp; Tally</title><meta name="description" content="Six new games in the café library this month.">
<meta property="og:site_name" content="Tile &amp; Tally"><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "tile-and-tally.myshopify.com";Shopify.theme = {"name":"Dawn","id":141223,
"theme_store_id":887};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"New in the café library: six games for February",
"datePublished":"2027-02-02T10:00:00Z","author":{"@type":"Person","name":"Rhian Doyle"}}</script>
<link href="//tileandtally.co.uk/cdn/shop/t/4/assets/base.css?v=14875" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message center h5"><span>Free UK delivery on orders over £50</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1
gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce" tabindex="-1"><div class="menu-drawer__inner-container">
<div class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(sNav)}</ul></nav>
<div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">Log in</a></div>
</div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Tile &amp; Tally</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav.map((t) => `<li><a href="#" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary>
</details>
</details-modal><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"
aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1521__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium
media" itemprop="image"><img srcset="//tileandtally.co.uk/cdn/shop/articles/feb-library.jpg?v=1706 1100w"
src="//tileandtally.co.uk/cdn/shop/articles/feb-library.jpg"
loading="eager" width="1100" height="733" alt="Six game boxes on a café table"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2027-02-02T10:00:00Z">February 2, 2027</time></span>
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Rhian Doyle</span></span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1521__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share"></svg>Share</button>
<details id="Details-share">
<summary class="share-button__button"><svg width="13" height="12" class="icon icon-share"></svg>Share</summary>
<div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--1521__main" class="share-button__message hidden" role="status"></span><input type="text"
class="field__input"
id="ShareUrl-template--1521__main" value="https://tileandtally.co.uk/blogs/news/new-in-the-cafe-library-february" placeholder="Link" readonly>
<label class="field__label" for="ShareUrl-template--1521__main">Link</label></div><button class="share-button__close hidden no-js-hidden">
<span class="visually-hidden">Close share</span></button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span>
</button></div>
</details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${sIntro}</p>
${sGames.map(([g, t]) => `<h3>${g}</h3>\n<p>${t}</p>`).join('\n')}
<p><em>${sOutro}</em></p>
</div><div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap">
<svg class="icon icon-arrow" viewBox="0 0 14 10"></svg></span>Back to blog</a></div></article></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-sections--footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item
footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">
${links(sQuick, 'link link--text list-menu__item list-menu__item--link')}</ul></div><div class="footer-block grid__item"><h2 class="footer-block__heading
inline-richtext">Find us</h2><div class="footer-block__details-content rte"><p>8 Cornmarket, Ludlow. Café open Wednesday to Sunday.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type"
value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input"
value=""
aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required><label class="field__label"
for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe"
aria-label="Subscribe">
<svg viewBox="0 0 14 10" class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate"></div>
<div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment"
role="list"><li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" role="img" aria-labelledby="pi-visa">
<title id="pi-visa">Visa</title>
</svg></li></ul></div><div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/" title="">Tile &amp; Tally</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify">Powered by Shopify</a>
</small></div></div></div></div></footer></div>
<script src="//tileandtally.co.uk/cdn/shop/t/4/assets/global.js?v=15965" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout675-shopify-new-in-library',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: texts(sGames.map(([g]) => g)),
  body: texts([sIntro, ...sGames.map(([, t]) => t), sOutro]),
  bylines: ['February 2, 2027', 'Rhian Doyle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', ...sNav.filter((t) => t !== 'Café'), 'Log in', 'Tile & Tally', 'Share', 'Link',
    'Back to blog', 'Quick links', ...sQuick, 'Find us', '8 Cornmarket, Ludlow. Café open Wednesday to Sunday.', 'Subscribe to our emails', 'Email',
    '© 2027, Tile & Tally', 'Powered by Shopify',
  ],
};

const eTitle = 'Your first night at the club';
const eIntro = j(
  'New to club Scrabble? You do not need to know any strange words to come along. Here is what a Thursday at the Greyfriars',
  'Word Club looks like, so there are no surprises.',
);
const eH1 = 'What happens on the night';
const eSteps = [
  'Doors open at 7pm in the Greyfriars Community Centre, room 2. Say hello at the front table and we will pair you for the evening.',
  'Newcomers play two untimed games against a club mentor, who will explain the scoring and help you keep track.',
  'Regulars play two timed games of 25 minutes each side. You are welcome to watch a game before you try a clock.',
  'We finish around 9.30pm with tea and a quick look at the best words of the night.',
];
const eH2 = 'Questions we are often asked';
const eFaq: [string, string][] = [
  ['Does it cost anything?', 'Your first three nights are free. After that it is £2 a night, or £45 for the year.'],
  ['Do I need my own board?', 'No. The club has twenty boards, tile bags and clocks. Bring a pen if you like to keep score.'],
  ['Which dictionary do you use?', 'We play to the Collins word list, the same as rated tournaments, but newcomers can check words freely.'],
];
const eNav = ['Home', 'About us', 'First visit', 'Tournaments', 'Contact'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Your first night at the club &#8211; Greyfriars Word Club</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://greyfriarswordclub.org/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all'>
<link rel='stylesheet' id='elementor-post-42-css' href='https://greyfriarswordclub.org/wp-content/uploads/elementor/css/post-42.css?ver=1712' media='all'>
<link rel='stylesheet' id='hello-elementor-css' href='https://greyfriarswordclub.org/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Your first night at the club",
"datePublished":"2025-09-01T12:00:00+00:00","dateModified":"2027-01-15T09:30:00+00:00"}]}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external">
</head>
<body class="page-template page-template-elementor_header_footer page page-id-42 wp-custom-logo elementor-default elementor-template-full-width elementor-kit-5
elementor-page elementor-page-42"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f1 e-flex e-con-boxed e-con e-parent" data-id="3f1" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-9a2 elementor-widget elementor-widget-theme-site-logo elementor-widget-image"
 data-widget_type="theme-site-logo.default">
<div class="elementor-widget-container"><a href="https://greyfriarswordclub.org"><img width="180" height="60" src="/wp-content/uploads/2025/08/logo.png"
class="attachment-full size-full" alt="Greyfriars Word Club"></a></div></div>
<div class="elementor-element elementor-element-c44 elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet
elementor-widget elementor-widget-nav-menu"

data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container
elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-c44" class="elementor-nav-menu">
${eNav.map((t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="#" class="elementor-item">${t}</a></li>`).join('\n')}</ul>
</nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" role="presentation"
class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-c44" class="elementor-nav-menu">
${eNav
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="#" class="elementor-item" tabindex="-1">${t}</a>
</li>`,
  )
  .join('\n')}</ul></nav>
</div></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42" data-elementor-post-type="page">
<div class="elementor-element elementor-element-71b e-flex e-con-boxed e-con e-parent" data-id="71b" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-5d0 elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-8e3 elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container"><p>${eIntro}</p></div></div>
<div class="elementor-element elementor-element-2a9 elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eH1}</h2></div></div>
<div class="elementor-element elementor-element-b17 elementor-icon-list--layout-traditional elementor-list-item-link-full_width elementor-widget
elementor-widget-icon-list" data-widget_type="icon-list.default"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${lis(
  eSteps.map(
    (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
  ),
  'elementor-icon-list-item',
)}</ul></div></div>
<div class="elementor-element elementor-element-e02 elementor-widget elementor-widget-image" data-widget_type="image.default">
<div class="elementor-widget-container">
<figure class="wp-caption"><img loading="lazy" width="800" height="533" src="/wp-content/uploads/2026/11/club-night.jpg" alt="Club members playing">
<figcaption class="widget-image-caption wp-caption-text">A mentor game in progress, November 2026.</figcaption></figure></div></div>
<div class="elementor-element elementor-element-4c6 elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eH2}</h2></div></div>
<div class="elementor-element elementor-element-d85 elementor-widget elementor-widget-n-accordion" data-widget_type="nested-accordion.default">
<div class="elementor-widget-container"><div class="e-n-accordion" aria-label="Accordion. Open links with Enter or Space, close with Escape">
${eFaq
  .map(
    ([q, a], i) => `<details id="e-n-accordion-item-${i}" class="e-n-accordion-item"${i === 0 ? ' open' : ''}><summary class="e-n-accordion-item-title"
data-accordion-index="${i + 1}" tabindex="0" aria-expanded="${i === 0}" aria-controls="e-n-accordion-item-${i}"><span class="e-n-accordion-item-title-header">
<div class="e-n-accordion-item-title-text">${q}</div></span><span class="e-n-accordion-item-title-icon"><span class="e-opened"><i aria-hidden="true"
class="fas fa-minus"></i></span></span></summary><div role="region" aria-labelledby="e-n-accordion-item-${i}" class="elementor-element e-con-full e-flex e-con
e-child"><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${a}</p></div></div></div></details>`,
  )
  .join('\n')}
</div></div></div>
<div class="elementor-element elementor-element-f31 elementor-align-center elementor-widget elementor-widget-button" data-widget_type="button.default">
<div class="elementor-widget-container"><div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md"
href="/contact">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Send us a message</span></span></a></div></div></div>
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="18" class="elementor elementor-18 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-0b8 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Greyfriars Word Club is a member of the
Association of British Scrabble Players. Registered charity no. 1190447.</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>© 2027 Greyfriars Word Club</p></div>
</div>
</div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src='/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4' id='elementor-frontend-js'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout675-elementor-first-night',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2],
  body: texts([eIntro, ...eSteps, ...eFaq.flatMap(([q, a]) => [q, a])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Tournaments'), 'A mentor game in progress, November 2026.', 'Send us a message',
    'Greyfriars Word Club is a member of the Association of British Scrabble Players. Registered charity no. 1190447.', '© 2027 Greyfriars Word Club',
    'Manage Cookie Consent', 'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny',
    'View preferences',
  ],
};

export const HELDOUT675_F: readonly TestPage[] = [shopify, elementor];
