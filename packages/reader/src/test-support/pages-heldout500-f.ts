import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout500-kit.js';

/**
 * Held-out batch 500, file f: a city marathon's race-day guide on a Next.js site (CSS-module class names, __NEXT_DATA__,
 * a sticky ballot banner, a sponsor strip), and a running shop's run club post on Shopify (Dawn theme, with a comment form).
 */
const nTitle = 'Race day guide';
const nDek = 'Port Callan Marathon, Sunday 2 May 2027. Everything you need from the moment you wake up to the moment you get your medal.';
const nSecs: [string, string[]][] = [
  [
    'Getting to the start',
    [
      j(
        'The start is on Harbour Parade. Trains from Callan Central run every six minutes from 6:30am and are free for runners',
        'showing their bib. Roads around the start close at 5am, so please do not drive.',
      ),
    ],
  ],
  ['Start waves', ['Wave A (elite and sub-3:00): 8:30am', 'Wave B (3:00 to 3:45): 8:45am', 'Wave C (3:45 to 4:30): 9:05am', 'Wave D (4:30 and over): 9:25am']],
  [
    'Bag drop',
    [
      j(
        'Bag drop lorries are parked on Quay Street in bib order and close 30 minutes before your wave starts. Only the clear bag',
        'from your race pack will be accepted. Bags are taken to the finish at Southgate Park.',
      ),
    ],
  ],
  [
    'On the course',
    [
      j(
        'Water is available every 5 km and sports drink every 10 km from 15 km. Medical stations are at every drink station and',
        'at the finish. If you need help, raise your hand above your head and a marshal will come to you.',
      ),
      j(
        'The course closes behind the sweep bus, which travels at a steady 7 hours pace. If the bus passes you, you will be asked to',
        'move to the pavement and follow the marked footpath route to the finish.',
      ),
    ],
  ],
  [
    'At the finish',
    [
      j(
        'Keep walking through the finish area to collect your medal, finisher T-shirt and recovery pack. Family reunion points are',
        'signed A to Z by surname on the south lawn of Southgate Park.',
      ),
    ],
  ],
];
const nNav = ['The race', 'Enter', 'Charity', 'Training', 'Spectators', 'News'];
const nFoot = ['Contact', 'Accessibility', 'Privacy notice', 'Cookie settings', 'Terms and conditions'];
const nSponsors = ['Official partners', 'Callan Building Society', 'Northline Trains', 'Fizzo Sports Drink'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${nTitle} | Port Callan Marathon</title>
<meta name="description" content="${nDek}"><meta property="og:title" content="${nTitle} | Port Callan Marathon"><meta name="next-head-count" content="5">
<link rel="preload" href="/_next/static/css/8d3c1f0e2b7a9c44.css" as="style"><link rel="stylesheet" href="/_next/static/css/8d3c1f0e2b7a9c44.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/pages/%5B...slug%5D-2f1a4e0c.js" defer="">
</script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__Ka9x1">Skip to main content</a>
<div class="BallotBanner_banner__3uX0p" role="region" aria-label="Announcement"><p class="BallotBanner_text__q2XmE">The 2028 ballot opens on 3 May at 9am.</p>
<a class="BallotBanner_link__Zp8Lw" href="/enter/ballot">Find out more</a></div>
<header class="Header_header__x9Ka2"><div class="Header_inner__lP0aQ"><a class="Header_logo__bE3sd" href="/">
<span class="VisuallyHidden_root__s0aQf">Port Callan Marathon home</span>
<svg aria-hidden="true" viewBox="0 0 120 40"></svg></a><nav aria-label="Main" class="Nav_nav__7Jc2r"><ul class="Nav_list__Yd1xT">
${nNav.map((n) => `<li class="Nav_item__2bF0c"><a class="Nav_link__kQ1mV" href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></li>`).join('\n')}</ul></nav>
<button class="Header_menuButton__Vn3xH" aria-expanded="false" aria-controls="mobile-menu">Menu</button></div></header>
<main id="main" class="Layout_main__fG2aQ"><nav aria-label="Breadcrumb" class="Breadcrumbs_root__uA3k1"><ol><li><a href="/">Home</a></li><li>
<a href="/the-race">The race</a></li>
<li aria-current="page">${nTitle}</li></ol></nav>
<article class="Article_article__hB9vE"><header class="PageHeader_header__cW4pT"><h1 class="PageHeader_title__Zq7Xk">${nTitle}</h1>
<p class="PageHeader_intro__L0b2e">${nDek}</p></header><div class="RichText_richText__3ZxGd">
${nSecs.map(([h, p], i) => `<h2 class="RichText_h2__dQ8fX">${h}</h2>${i === 1 ? `<ul>${lis(p)}</ul>` : ps(p)}`).join('\n')}
</div><aside class="Callout_callout__pT5gA"><h2 class="Callout_title__u2Mvw">Download the app</h2>
<p>Track runners live and get alerts at 10 km, halfway and 30 km.</p>
<a class="Button_button__yX0pE" href="/app">Get the app</a></aside>
<p class="LastUpdated_root__nA6sJ">Last updated 21 April 2027</p></article></main>
<section class="Sponsors_root__Qe2vL"><h2 class="Sponsors_title__jK4mB">${nSponsors[0]}</h2><ul class="Sponsors_list__fR1aZ">
${nSponsors
  .slice(1)
  .map((s) => `<li><a href="/partners"><img alt="" src="/_next/image?url=%2Flogos%2F${s.split(' ')[0]}.png&amp;w=256&amp;q=75"><span>${s}</span></a></li>`)
  .join('')}</ul></section>
<footer class="Footer_footer__Ry2Pz"><ul class="Footer_links__e3WqS">${nFoot
  .map(
    (f) => `<li><a href="/${f.toLowerCase().replace(/ /g, '-')}">${f}</a>
</li>`,
  )
  .join('')}</ul>
<p class="Footer_legal__b7QeT">© 2027 Port Callan Marathon Ltd. Registered in Scotland, company number SC801122.</p></footer>
<div id="__next-route-announcer__" aria-live="assertive" role="alert" style="position:absolute;clip:rect(0 0 0 0)"></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"title":"${nTitle}","slug":["the-race","race-day-guide"]}},"__N_SSG":true},
"page":"/[...slug]","query":{"slug":["the-race","race-day-guide"]},"buildId":"r8Kx2aQ1","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body>
</html>`;
const nextjs: TestPage = {
  name: 'heldout500-nextjs-marathon-race-day-guide',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nSecs.map(([h]) => h),
  body: [nDek, ...nSecs.flatMap(([, p]) => p)],
  bylines: ['Last updated 21 April 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The 2028 ballot opens on 3 May at 9am.', 'Find out more', 'Port Callan Marathon home', 'The race', 'Enter', 'Charity',
    'Training', 'Spectators', 'News', 'Menu', 'Home', 'Download the app', 'Track runners live and get alerts at 10 km, halfway and 30 km.', 'Get the app',
    ...nSponsors, ...nFoot, '© 2027 Port Callan Marathon Ltd. Registered in Scotland, company number SC801122.',
  ],
};

const pTitle = 'Thursday Run Club: routes, paces and what to bring';
const pBody = [
  j(
    'Our free run club leaves the shop at 6:30pm every Thursday. You do not need to be a member, buy anything or own fancy kit.',
    'Just turn up ten minutes early and tell us your name.',
  ),
  'We run two routes, so nobody gets left behind:',
  'The river loop: 5 km on flat paths at around 6:30 per km, with a regroup at the footbridge.',
  'The castle hill: 8 km with one big climb at around 5:30 per km, led by one of the shop team.',
  j(
    'Bring a head torch from October to March, and something bright to wear. Bags can stay in the shop while you run, and there is',
    'a drink and 10% off for runners when we get back.',
  ),
];
const pNav = ['Shoes', 'Clothing', 'Accessories', 'Gait analysis', 'Journal'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://northgaterunning.example/blogs/journal/thursday-run-club"><title>${pTitle} &ndash; Northgate Running Co.</title>
<meta property="og:site_name" content="Northgate Running Co."><meta property="og:type" content="article"><meta property="og:title" content="${pTitle}">
<script src="//northgaterunning.example/cdn/shop/t/12/assets/constants.js?v=58251544750838685771712000000" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "northgate-running.myshopify.com";Shopify.locale = "en";Shopify.theme = {"name":"Dawn",
"id":1412,"schema_name":"Dawn","schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${pTitle}","author":"Ana Ruiz",
"datePublished":"2027-03-04"}</script>
<link href="//northgaterunning.example/cdn/shop/t/12/assets/base.css?v=144968985024194912401712000000" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer">
<div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Your cart" tabindex="-1">
<div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content">
<h2 class="cart__empty-text">Your cart is empty</h2>
<a href="/collections/all" class="button">Continue shopping</a></div></div></div></div></div></cart-drawer>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar gradient">
<div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free UK delivery on orders over £50</span></p></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><div class="header__heading">
<a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Northgate Running Co.</span></a></div><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (n) => `<li><a href="/collections/${n.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media"
itemprop="image" style="padding-bottom: 52.6%;">
<img srcset="//northgaterunning.example/cdn/shop/articles/runclub.jpg?v=1709550000&amp;width=750 750w" alt="Runners outside the shop at dusk" width="1100" 
height="579"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${pTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2027-03-04T18:00:00Z">March 4, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Ana Ruiz</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(pBody.slice(0, 2))}<ul>${lis(pBody.slice(2, 4))}</ul>${ps(pBody.slice(4))}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button><details id="Details-share-template--2__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/thursday-run-club/comments#comment_form" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div class="field">
<input type="email" name="comment[email]" id="CommentForm-email"
class="field__input" placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">Northgate Running Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" 
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div></footer>
<script src="//northgaterunning.example/cdn/shop/t/12/assets/global.js?v=37284204640041572741712000000" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout500-shopify-dawn-run-club-post',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['March 4, 2027', 'Ana Ruiz'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', 'Northgate Running Co.', ...pNav, 'Log in', 'Cart', 'Share', 'Back to blog',
    'Leave a comment', 'Name', 'Comment', 'Please note, comments need to be approved before they are published.', 'Subscribe to our emails',
    'Email', '© 2027, Northgate Running Co.', 'Powered by Shopify',
  ],
};

export const HELDOUT500_F: readonly TestPage[] = [nextjs, shopify];
