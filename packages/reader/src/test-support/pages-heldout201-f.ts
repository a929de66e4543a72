import { links, type TestPage, texts } from './page-kit.js';
import { birdClubPage } from './pages-heldout201-f2.js';
import { liLines, paras, pLines } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file f: a fishing report on a tackle shop's Shopify blog (Dawn theme) as a visitor saves it (skip
 * link, announcement bar, header with inline menu, the menu drawer that repeats it, search modal, account and cart links,
 * the hero image, title, date and "By" line, the share button with its link field, the article with h3 sections and
 * lists, "Back to blog", the shop's two reader comments with names and dates, the comment form with its labels and
 * approval note, the newsletter block, footer menus, payment icons, the copyright line and the Shopify privacy banner)
 * and, from file f2, a birding club's trip report on WordPress.
 */
const fsTitle = 'Fishing Report: Week of May 12 on Lake Tamsin and the Upper Corrib';
const fsIntro = paras(`
Water is finally warming up and the fish know it. We had a busy week behind the counter and on the water, and the reports coming
in from customers line up with what our own guides saw. Here is where things stand going into the weekend.`);
const fsH1 = 'Lake Tamsin';
const fsP1 = paras(`
Surface temperatures on the main basin reached 58 °F by Wednesday afternoon, and the north arm, which warms first, was a couple
of degrees above that. The crappie have moved into the brush piles along the north arm in six to ten feet of water, and a small
jig under a slip float has been the most reliable way to find them. Once you find one, stay put; they are stacked up.

Smallmouth are cruising the rocky points on the east shore ahead of the spawn. Early mornings have been best, with the wind
keeping the surface broken. Our guide Marisol boated eleven on Tuesday between first light and nine o'clock, all on a green pumpkin
tube dragged slowly across the gravel.`);
const fsH2 = 'Upper Corrib River';
const fsP2 = paras(`
Flows dropped to about 420 cfs after last weekend's rain passed through, and the river cleared quickly. The evening caddis hatch
has been strong from the Harker Bridge down to the old pump house, with trout rising steadily for the last hour of light. During
the day, nymphing the deeper runs with a tungsten bead pattern has produced better than anything on top.

A reminder that the section above Harker Bridge is catch and release only, with single barbless hooks, until June 1. The game
wardens were checking licences on Saturday morning.`);
const fsH3 = 'What\u2019s working';
const fsList = [
  'Crappie: 1/16 oz marabou jigs in white or chartreuse under a slip float.',
  'Smallmouth: green pumpkin tubes and 3-inch swimbaits on a light jighead.',
  'Trout: elk hair caddis in size 14 in the evening, tungsten pheasant tails in size 16 during the day.',
  'Walleye: still slow; a few taken trolling crawler harnesses at dusk along the dam face.',
];
const fsP3 = paras(`
If you are heading out this weekend, the forecast is calling for a cold front on Saturday night, which usually shuts the bite down
for a day. Sunday may be tough, so get out early on Saturday if you can. As always, stop by the shop and tell us how you did.
Tight lines!`);
const fsAnnounce = 'Free shipping on orders over $75';
const fsMenu = ['Home', 'Rods & Reels', 'Lures', 'Fly Fishing', 'Guided Trips', 'Fishing Reports', 'Contact'];
const fsHeader = ['Search', 'Log in', 'Cart'];
const fsShare = ['Share', 'Link', 'Close share', 'Copy link'];
const fsComments = [
  { text: 'Hit the north arm Thursday evening on your tip and limited out on crappie in an hour. Thanks guys!', who: 'Dale Prentiss', when: 'May 15, 2025' },
  { text: 'Caddis were thick below the pump house on Tuesday. Great report as always.', who: 'Jo Amundsen', when: 'May 16, 2025' },
];
const fsForm = ['Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.'];
const fsFoot = [
  'Subscribe to our emails',
  'Be the first to know about new arrivals, weekly fishing reports and shop events.',
  'Quick links',
  'Shipping & Returns',
  'Fishing Licences',
  'Gift Cards',
  'Visit the shop',
  '214 Harbor Street, Port Callan',
  'Open daily 6am to 6pm',
  'Payment methods',
  'Country/region',
];
const fsPrivacy = ['This website uses cookies to make sure you get the best experience on our store.', 'Manage preferences', 'Accept', 'Decline'];
const fsHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://driftlinetackle.example/blogs/fishing-reports/fishing-report-week-of-may-12">
<title>Fishing Report: Week of May 12 on Lake Tamsin and the Upper Corrib \u2013 Driftline Tackle</title>
<meta name="description" content="Water is finally warming up and the fish know it."><meta property="og:site_name" content="Driftline Tackle">
<meta property="og:type" content="article"><meta property="og:title" content="${fsTitle}"><meta name="twitter:card" content="summary_large_image">
<script src="//driftlinetackle.example/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712341105" defer="defer"></script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "driftline-tackle.myshopify.com"; Shopify.theme = {"name":"Dawn","id":141207,"schema_name":"Dawn",
"schema_version":"15.0.0"};</script>
<link href="//driftlinetackle.example/cdn/shop/t/4/assets/base.css?v=16534392784228263581712341104" rel="stylesheet" type="text/css" media="all">
<link href="//driftlinetackle.example/cdn/shop/t/4/assets/section-blog-post.css?v=17606751426380938451712341105" rel="stylesheet" type="text/css"
media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17240__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>${fsAnnounce}</span></p></div></div></div></div></div>
<div id="shopify-section-sections--17240__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg
class="icon icon-hamburger"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><div
class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(fsMenu, 'menu-drawer__menu-item')}</ul></nav>
<div class="menu-drawer__utility-links"><a href="/account/login"
class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">${fsHeader[1]}</a></div>
</div></div></div></details></header-drawer><div class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset">
<img src="//driftlinetackle.example/cdn/shop/files/driftline-logo.png?v=1712&amp;width=300" alt="Driftline Tackle" class="header__heading-logo"></a></div>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(fsMenu, 'header__menu-item')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search"></svg></span></summary><div
class="search-modal modal__content gradient"
role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div><div class="search-modal__content search-modal__content-bottom"
tabindex="-1">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input"
id="Search-In-Modal"
type="search" name="q" value="" placeholder="Search"><label class="field__label" for="Search-In-Modal">${fsHeader[0]}</label></div></form></div></div></details>
</details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg>
<span class="visually-hidden">${fsHeader[1]}</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty"></svg><span class="visually-hidden">${fsHeader[2]}</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--17241__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div
class="article-template__hero-medium media" itemprop="image"><img src="//driftlinetackle.example/cdn/shop/articles/tamsin-dawn.jpg?v=1715&amp;width=1100"
alt="Sunrise over the north arm of Lake Tamsin" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${fsTitle}</h1><span class="circle-divider
caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2025-05-14T14:00:00Z">May 14, 2025</time></span>
<span class="caption-with-letter-spacing" itemprop="author">By Cal Riordan</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--17241__main"
class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>${fsShare[0]}</button><details id="Details-share-template--17241__main">
<summary class="share-button__button"><svg class="icon icon-share"></svg>${fsShare[0]}</summary><div class="share-button__fallback motion-reduce"><div
class="field">
<span id="ShareMessage-template--17241__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
id="ShareUrl-template--17241__main" value="https://driftlinetackle.example/blogs/fishing-reports/fishing-report-week-of-may-12"
onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--17241__main">${fsShare[1]}</label></div><button class="share-button__close hidden no-js-hidden">
<span class="visually-hidden">${fsShare[2]}</span></button><button class="share-button__copy no-js-hidden"><span
class="visually-hidden">${fsShare[3]}</span></button>
</div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${pLines(fsIntro)}
<h3>${fsH1}</h3>
${pLines(fsP1)}
<h3>${fsH2}</h3>
${pLines(fsP2)}
<h3>${fsH3}</h3>
<ul>${liLines(fsList)}</ul>
${pLines(fsP3)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/fishing-reports" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div data-id="article-template__comments" class="article-template__comment-wrapper background-secondary"><div id="comments"
class="page-width page-width--narrow">
<h2 id="Comments-641290" tabindex="-1">2 comments</h2><div class="article-template-comments">${fsComments
  .map(
    (c) => `<article class="article-template__comments-comment"><div class="rte"><p>${c.text}</p></div><footer class="right">
<span class="circle-divider caption-with-letter-spacing">${c.who}</span><time datetime="2025-05-15">${c.when}</time></footer></article>`,
  )
  .join('\n')}</div>
<form method="post" action="/blogs/fishing-reports/fishing-report-week-of-may-12/comments#comment_form" id="comment_form" class="comment-form">
<h2>${fsForm[0]}</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="${fsForm[1]}"><label class="field__label" for="CommentForm-author">${fsForm[1]}
<span aria-hidden="true">*</span></label></div><div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email"
class="field__input" placeholder="${fsForm[2]}"><label class="field__label" for="CommentForm-email">${fsForm[2]} <span
aria-hidden="true">*</span></label></div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" name="comment[body]" class="text-area field__input" placeholder="${fsForm[3]}"></textarea>
<label class="form__label field__label" for="CommentForm-body">${fsForm[3]} <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">${fsForm[4]}</p><input type="submit" class="button"
value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--17242__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--17242__footer-padding"><div class="footer__content-top page-width"><div class="footer-block--newsletter"><div
class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">${fsFoot[0]}</h2><p>${fsFoot[1]}</p><form method="post" action="/contact#ContactFooter" id="ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--17242__footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--17242__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"><svg
class="icon icon-arrow"></svg></button></div></div></form></div></div>
<div class="footer__blocks-wrapper grid"><div class="footer-block grid__item footer-block--menu"><h2
class="footer-block__heading inline-richtext">${fsFoot[2]}</h2>
<ul class="footer-block__details-content list-unstyled">${links(fsFoot.slice(3, 6))}</ul></div><div class="footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">${fsFoot[6]}</h2><div
class="footer-block__details-content rte"><p>${fsFoot[7]}</p><p>${fsFoot[8]}</p></div></div>
</div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<localization-form><form method="post" action="/localization" id="FooterCountryForm"><div class="no-js-hidden"><h2 class="caption-large text-body"
id="FooterCountryLabel">${fsFoot[10]}</h2><button
class="disclosure__button localization-form__select">United States | USD $</button></div></form></localization-form>
</div><div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">${fsFoot[9]}</span><ul
class="list list-payment"
role="list"><li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li>
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-master"><title
id="pi-master">Mastercard</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2025, <a href="/" title="">Driftline Tackle</a></small><small
class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="dialog" aria-modal="false" aria-labelledby="shopify-pc__banner__body-title">
<div class="shopify-pc__banner__body"><p id="shopify-pc__banner__body-title">${fsPrivacy[0]}</p></div><div class="shopify-pc__banner__btns">
<button id="shopify-pc__banner__btn-manage-prefs" class="shopify-pc__banner__btn-manage-prefs">${fsPrivacy[1]}</button><button
id="shopify-pc__banner__btn-accept"
class="shopify-pc__banner__btn-accept">${fsPrivacy[2]}</button><button id="shopify-pc__banner__btn-decline"
class="shopify-pc__banner__btn-decline">${fsPrivacy[3]}
</button></div></div>
<script src="//driftlinetackle.example/cdn/shop/t/4/assets/share.js?v=13024540447964430191712341106" defer="defer"></script></body></html>`;
const fishing: TestPage = {
  html: fsHtml,
  name: 'heldout201-shopify-tackle-fishing-report',
  kind: 'blog',
  // the date and the "By" line are bylines; the shop's reader comments and the comment form are furniture; the hero image
  // has no caption; the payment icon names (svg titles) are in neither list
  title: fsTitle,
  headings: [fsH1, fsH2, fsH3],
  body: texts([...fsIntro, ...fsP1, ...fsP2, ...fsList, ...fsP3]),
  bylines: ['May 14, 2025', 'By Cal Riordan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', fsAnnounce, ...fsMenu, ...fsHeader, ...fsShare, 'Back to blog', '2 comments',
    ...fsComments.flatMap((c) => [c.text, c.who, c.when]), ...fsForm, ...fsFoot, 'United States | USD $', '© 2025, Driftline Tackle', 'Powered by Shopify',
    ...fsPrivacy,
  ],
};

export const HELDOUT201_F: readonly TestPage[] = [fishing, birdClubPage];
