import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout653-kit.js';

/**
 * Held-out batch 653, file a: a reptile shop's leopard gecko care sheet on Shopify (Dawn theme, blog article with a
 * temperature table and the comment form).
 */
const sTitle = 'Leopard gecko care sheet';
const sIntro = [
  j(
    'Leopard geckos are calm, ground-dwelling lizards from the dry scrub of southern Asia. They stay small, rarely bite and live',
    'for fifteen to twenty years, so they are a sound first reptile as long as you get the heat right from the start.',
  ),
  j(
    'This sheet covers what we set up for every gecko that leaves the shop. If you bought your animal from us, you can bring it',
    'back for a free weight and health check at any time.',
  ),
];
const sEnc = [
  j(
    'One adult needs a vivarium of at least 90 x 45 x 45 cm. Wooden vivs hold heat better than glass tanks in a cold house,',
    'and front-opening doors mean you are not reaching down from above, which geckos read as a predator.',
  ),
  'Give at least three hides: one on the warm side, one on the cool side and a humid hide filled with damp moss for shedding.',
];
const sHeatP = [
  j(
    'Leopard geckos digest their food with heat from below, so the main heat source should be a heat mat or a deep heat projector',
    'on a thermostat. Never use a heat mat without one: mats can reach 60 °C and burn through a gecko\u2019s belly.',
  ),
];
const sRows = [
  ['Warm hide floor', '30\u201333 °C'],
  ['Warm side air', '27\u201329 °C'],
  ['Cool side air', '21\u201324 °C'],
  ['Night drop (whole viv)', 'No lower than 18 °C'],
];
const sHeatP2 = [
  j(
    'A low-output UVB tube (a 5-6% T5 over a third of the viv) is optional for a crepuscular species, but we now fit one as',
    'standard. Run it for twelve hours a day and replace it every twelve months.',
  ),
];
const sSub = [
  j(
    'Use paper towel or slate tiles for young geckos under six months. Adults can go on a sand and topsoil mix if they are fed',
    'in a dish. Avoid calcium sand, walnut shell and any loose substrate with sharp edges.',
  ),
];
const sFeedP = ['Feed live insects dusted with a calcium and vitamin powder:'];
const sFeedL = [
  'Juveniles under six months: five to eight small crickets or locusts every day.',
  'Sub-adults: six to ten insects every other day.',
  'Adults over a year: eight to twelve insects two or three times a week.',
  'Mealworms and waxworms as treats only, no more than once a week.',
];
const sFeedP2 = ['Leave a shallow dish of fresh water out at all times. A healthy adult stores fat in its tail, which should be about as wide as its neck.'];
const sHand = [
  j(
    'Let a new gecko settle for two weeks before you handle it. Scoop it from underneath rather than grabbing from above, and',
    'never hold it by the tail: leopard geckos drop their tails when stressed, and the new one grows back shorter and blunter.',
  ),
  'If your gecko stops eating for more than two weeks or loses weight, bring it in or call an exotics vet.',
];
const sH = ['Enclosure', 'Heating and lighting', 'Substrate', 'Feeding', 'Handling'];
const sAnn = 'Free live arrival guarantee on all UK reptile orders';
const sNav = ['Live Reptiles', 'Vivariums', 'Heating & Lighting', 'Livefood', 'Care Sheets', 'Visit the Shop'];
const sFoot = ['Search', 'Shipping live animals', 'Returns', 'Contact', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical"
href="https://scalesidereptiles.co.uk/blogs/care-sheets/leopard-gecko-care-sheet">
<title>${sTitle} &ndash; Scaleside Reptiles</title><meta name="description" content="How we set up every leopard gecko that leaves the shop.">
<meta property="og:site_name" content="Scaleside Reptiles"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script>var Shopify = Shopify || {};Shopify.shop = "scaleside-reptiles.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":142887362611,"schema_name":"Dawn","schema_version":"15.2.0","role":"main"};</script>
<script src="//scalesidereptiles.co.uk/cdn/shop/t/4/assets/global.js?v=84690187124542370361718962020" defer="defer"></script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--color-base-background-1:255,255,255;}</style>
<link href="//scalesidereptiles.co.uk/cdn/shop/t/4/assets/base.css?v=144968985024194912401718962019" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group --><div id="shopify-section-sections--17342__announcement-bar" class="shopify-section shopify-section-group-header-group
announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>${sAnn}</span></p></div></div></div></div>
<div id="shopify-section-sections--17342__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details
id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg aria-hidden="true" class="icon
icon-hamburger"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">
${links(sNav, 'menu-drawer__menu-item')}</ul></nav></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//scalesidereptiles.co.uk/cdn/shop/files/scaleside-logo.png?v=1699&amp;width=600" alt="Scaleside Reptiles" width="180" height="52"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li><a
href="/collections/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<!-- END sections: header-group --><main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17342__main" class="shopify-section section"><article class="article-template">
<div class="article-template__hero-container"><div class="article-template__hero-adapt media" style="padding-bottom:56.25%;"><img
srcset="//scalesidereptiles.co.uk/cdn/shop/articles/leo-hero.jpg?v=1&amp;width=1100 1100w" alt="A leopard gecko on slate" width="1100" height="619"
class="motion-reduce"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-03-04T10:12:00Z">March 4, 2026</time></span>
<span class="caption-with-letter-spacing">by Ellis Varga</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--17342__main" class="share-button
quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-share-template--17342__main"><summary
class="share-button__button"><svg class="icon icon-share"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span class="visually-hidden" id="ShareLink-template--17342__main">Link</span><input
type="text" class="field__input" value="https://scalesidereptiles.co.uk/blogs/care-sheets/leopard-gecko-care-sheet" readonly></div></div></details>
</share-button></div>
<div class="article-template__content page-width page-width--narrow rte">
${ps(sIntro)}
<h2>${sH[0]}</h2>${ps(sEnc)}
<h2>${sH[1]}</h2>${ps(sHeatP)}
<table><thead><tr><th>Zone</th><th>Target temperature</th></tr></thead><tbody>${trs(sRows)}</tbody></table>
${ps(sHeatP2)}
<h2>${sH[2]}</h2>${ps(sSub)}
<h2>${sH[3]}</h2>${ps(sFeedP)}<ul>${lis(sFeedL)}</ul>${ps(sFeedP2)}
<h2>${sH[4]}</h2>${ps(sHand)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/care-sheets" class="article-template__link link animate-arrow"><span
class="icon-wrap"><svg class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2>Leave a comment</h2>
<form method="post" action="/blogs/care-sheets/leopard-gecko-care-sheet/comments#comment_form" id="comment_form" class="comment-form"><div
class="article-template__comments-fields">
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email</label></div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea><label
class="form__label field__label" for="CommentForm-body">Comment</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p><input type="submit"
class="button" value="Post comment"></form></div></div>
</article></section></main>
<!-- BEGIN sections: footer-group --><div id="shopify-section-sections--17343__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--17343__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block
grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Find us</h2><div class="footer-block__details-content rte"><p>Unit 4,
Tanyard Lane, Kelsby</p><p>Open Tuesday to Sunday, 10am to 5pm</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--sections--17343__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--17343__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div>
</div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small
class="copyright__content">&copy; 2026, <a href="/">Scaleside Reptiles</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div></footer></div>
<ul hidden><li id="a11y-refresh-page-message">Choosing a selection results in a full page refresh.</li><li id="a11y-new-window-message">Opens in a new
window.</li></ul>
<script>window.shopUrl = 'https://scalesidereptiles.co.uk';window.routes = {cart_add_url: '/cart/add'};</script></body></html>`;
const shopify: TestPage = {
  name: 'heldout653-shopify-dawn-care-sheet',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sEnc, ...sHeatP, ...rowTexts(sRows), ...sHeatP2, ...sSub, ...sFeedP, ...sFeedL, ...sFeedP2, ...sHand]),
  bylines: ['March 4, 2026', 'by Ellis Varga'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', sAnn, ...sNav, 'Log in', 'Cart', 'Share', 'Back to blog', 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Quick links', ...sFoot, 'Find us',
    'Unit 4, Tanyard Lane, Kelsby', 'Open Tuesday to Sunday, 10am to 5pm', 'Subscribe to our emails', '© 2026, Scaleside Reptiles', 'Powered by Shopify',
  ],
};

export const HELDOUT653_A: readonly TestPage[] = [shopify];
