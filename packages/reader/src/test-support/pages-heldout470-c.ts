import { links, ps, type TestPage, texts } from './page-kit.js';
import { amp, at, clean, j, lis } from './pages-heldout470-kit.js';

/**
 * Held-out batch 470, file c: a salon's blog post on Shopify (Dawn theme, with comments and the comment form), and a tattoo
 * studio's FAQ and policies page on Webflow.
 */
const dTitle = 'How to Keep Blonde Bright Between Toner Appointments';
const dBody = [
  j(
    'Toner is the step that turns brassy, yellow-orange lightened hair into the clean beige, champagne or icy blonde you asked for.',
    'It is also the first thing to fade. Most toners last four to six weeks, but how you wash and style can halve that or stretch it.',
  ),
  'Here is what our colour team tells every blonde who sits in the chair at Linden &amp; Rue.',
  'Wash less, and wash cooler',
  j(
    'Every wash strips a little toner. Try to go three days between washes, using dry shampoo at the roots on day two.',
    'When you do wash, keep the water lukewarm and finish with a cool rinse: hot water opens the cuticle and lets the pigment slip out.',
  ),
  'Use purple shampoo once a week, not every wash',
  j(
    'Purple shampoo cancels yellow, but used every day it builds up and leaves pale blonde looking grey or lilac, especially at porous',
    'ends. Once a week is plenty for most clients. Leave it on for two minutes, no longer, and follow with your usual conditioner.',
  ),
  j(
    'We use and sell the <a href="/products/violet-rescue-shampoo">Violet Rescue Shampoo</a>, which is gentle enough for',
    'bleached hair and does not contain sulphates.',
  ),
  'Protect it from heat and sun',
  'Heat styling and UV both turn blonde warm. Three habits make a visible difference:',
  'Always use a heat protectant before blow-drying or straightening.',
  'Keep straighteners at 185°C or below for lightened hair.',
  'Wear a hat or use a UV hair mist on sunny days and on holiday.',
  'Watch out for hard water and swimming',
  j(
    'Minerals in hard water and chlorine in pools both leave deposits that dull and yellow blonde. A shower filter helps if you live in a',
    'hard water area. Before swimming, wet your hair with clean water and comb through a little conditioner so it absorbs less.',
  ),
  'Book a gloss between colours',
  j(
    'If your roots are fine but your ends have gone warm, you do not need a full colour appointment. A 30-minute toner and gloss refreshes',
    'the tone and adds shine for a fraction of the price. Most of our blondes book one halfway between lightening sessions.',
  ),
];
const dH = [2, 4, 7, 12, 14];
const dList = [9, 10, 11];
const dPara = (i: number): string => (dList.includes(i) ? '' : dH.includes(i) ? `<h2>${at(dBody, i)}</h2>` : `<p>${at(dBody, i)}</p>`);
const dRte = dBody.map((_, i) => (i === 9 ? `<ul>${lis(dList.map((k) => at(dBody, k)))}</ul>` : dPara(i))).join('\n');
const dNav = ['Shop', 'Hair Care', 'Tools', 'Salon', 'Book Online', 'Journal'];
const dComments = [
  ['Gemma', 'February 21, 2027', 'The cool rinse tip has made such a difference, my toner is lasting six weeks now. Thank you!'],
  ['Alisha P', 'February 19, 2027', 'Does the violet shampoo work on grey hair too?'],
];
const dFoot = ['Search', 'Contact', 'Delivery & Returns', 'Refund policy', 'Privacy policy', 'Terms of service'];
const dHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://lindenandrue.co.uk/blogs/journal/keep-blonde-bright"><title>${dTitle} &ndash; Linden &amp; Rue</title>
<meta name="description" content="Toner fades fast. Here is how to keep blonde bright and clean between salon appointments.">
<meta property="og:site_name" content="Linden &amp; Rue"><meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "linden-and-rue.myshopify.com";Shopify.theme = {"name":"Dawn","id":142871,"schema_name":"Dawn"};
</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<link href="//lindenandrue.co.uk/cdn/shop/t/4/assets/base.css?v=144997082486365258741706" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1648__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--1648__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary
link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container">
<div class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(dNav)}</ul></nav></div></div></div></details>
</header-drawer>
<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Linden &amp; Rue</span></a></h1>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(dNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
</details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty"
aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1652__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-adapt media"
itemprop="image" style="padding-bottom: 56.25%;">
<img srcset="//lindenandrue.co.uk/cdn/shop/articles/blonde.jpg?v=17&amp;width=1100 1100w" src="//lindenandrue.co.uk/cdn/shop/articles/blonde.jpg"
loading="eager" width="1100" height="619" alt="Woman with bright blonde hair"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${dTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2027-02-17T09:00:00Z">February 17, 2027
</time></span>
<span class="caption-with-letter-spacing" itemprop="author">By Maren Hollis</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${dRte}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1652__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-share-template--1652__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--1652__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--1652__main" value="https://lindenandrue.co.uk/blogs/journal/keep-blonde-bright"
placeholder="Link" readonly>
<label class="field__label" for="ShareUrl-template--1652__main">Link</label><button class="share-button__close hidden no-js-hidden">
<span class="visually-hidden">Close share</span>
</button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap">
<svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2 id="Comments-1652">2 comments
</h2>
<div class="article-template__comments">${dComments
  .map(
    ([n, d, t]) => `<article class="article-template__comments-comment"><div class="rte"><p>${t}</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">${n}</span><span class="caption-with-letter-spacing">${d}</span></footer>
</article>`,
  )
  .join('\n')}</div>
<form method="post" action="/blogs/journal/keep-blonde-bright/comments#comment_form" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input"
placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field field--with-error">
<input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email
<span aria-hidden="true">*</span></label></div></div><div class="field field--with-error">
<textarea rows="5" id="CommentForm-body" class="text-area field__input"
name="comment[body]" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span>
</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--1649__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">
${links(dFoot)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--sections--1649__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--1649__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, 
<a href="/" title="">Linden &amp; Rue</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></footer>
<script src="//lindenandrue.co.uk/cdn/shop/t/4/assets/global.js?v=84" defer="defer"></script></body></html>`;
const shopify: TestPage = clean({
  name: 'heldout470-shopify-salon-blog',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dH.map((i) => at(dBody, i)),
  body: texts(dBody.filter((_, i) => !dH.includes(i))),
  bylines: ['February 17, 2027', 'By Maren Hollis', ...dComments.flatMap(([n, d]) => [n ?? '', d ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', ...dNav, 'Linden & Rue', 'Log in', 'Cart', 'Share', 'Back to blog',
    '2 comments', ...dComments.map(([, , t]) => t ?? ''), 'Leave a comment', 'Name', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Quick links', ...dFoot,
    'Subscribe to our emails', 'Email', '© 2027, Linden & Rue', 'Powered by Shopify',
  ],
});

const wTitle = 'FAQ & Studio Policies';
const wIntro = 'Please read this page before you book. Booking a session with us means you have read and agreed to these policies.';
const wQa: [string, string[]][] = [
  ['Booking & Deposits', []],
  [
    'How do I book?',
    [
      j(
        'Fill in the booking form on the artist’s page with your idea, placement, size in centimetres and any reference images.',
        'The artist replies within seven days with a quote and available dates.',
      ),
    ],
  ],
  [
    'How much is the deposit?',
    [
      j(
        'Deposits are £50 for pieces under three hours and £100 for longer sessions or multi-session work. The deposit comes off the',
        'final price of your last session.',
      ),
    ],
  ],
  ['Can I get my deposit back?', ['Deposits are non-refundable. They cover the artist’s drawing time and the slot they held for you.']],
  ['Cancellations & Lateness', []],
  [
    'What if I need to reschedule?',
    [
      j(
        'You can move your appointment once, with at least 72 hours’ notice, and keep your deposit. Less notice than that, or a second',
        'move, means a new deposit.',
      ),
    ],
  ],
  ['What if I am late?', ['We wait 20 minutes. After that the appointment counts as a no-show and the deposit is lost, unless you have called ahead.']],
  ['On the Day', []],
  ['Do I need ID?', ['Yes. We tattoo over-18s only and ask everyone for photo ID, whatever their age. We cannot accept photos of ID on your phone.']],
  ['Can I bring a friend?', ['One person can sit with you if there is room at the station. Children and pets are not allowed in the studio.']],
  ['Should I eat beforehand?', ['Have a proper meal and drink water before you arrive. Do not drink alcohol for 24 hours before your session.']],
];
const wNav = ['Home', 'Artists', 'Flash', 'Aftercare', 'FAQ', 'Book'];
const wFoot = ['Ironbloom Tattoo', '31 Kiln Street, Hollinsford', 'Tue – Sat, 12 – 8pm', 'hello@ironbloomtattoo.com', 'Instagram', 'TikTok'];
const wRich = wQa.map(([h, ps0]) => (ps0.length === 0 ? `<h2>${amp(h)}</h2>` : `<h3>${h}</h3>\n${ps(ps0)}`)).join('\n');
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jan 11 2027 15:02:41 GMT+0000 -->
<html data-wf-domain="www.ironbloomtattoo.studio" data-wf-page="65f1a2b3c4d5e6f7a8b9c0d2" data-wf-site="65f1a2b3c4d5e6f7a8b9c0d1"><head><meta charset="utf-8">
<title>FAQ &amp; Policies | Ironbloom Tattoo</title><meta content="Booking, deposits, cancellations and what to expect on the day." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1a2b3c4d5e6f7a8b9c0d1/css/ironbloom.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2W3E4R5T"></script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65f1a2b3c4d5e6f7a8b9c0d1/logo.svg"
loading="lazy" alt="Ironbloom Tattoo" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="nav-link w-nav-link${t === 'FAQ' ? ' w--current' : ''}"${t === 'FAQ' ? ' aria-current="page"' : ''}>${t}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="w-layout-blockcontainer container-narrow w-container"><div class="eyebrow">Before you book</div>
<h1 class="heading-page">${amp(wTitle)}</h1><p class="paragraph-lead">${wIntro}</p></div></section>
<section class="section-faq"><div class="w-layout-blockcontainer container-narrow w-container"><div class="faq-rich-text w-richtext">${wRich}</div>
<div class="callout-box"><div class="callout-heading">Still have a question?</div>
<a href="mailto:hello@ironbloomtattoo.com" class="button-secondary w-button">Email the studio</a>
</div></div></section>
<section class="section-newsletter"><div class="w-layout-blockcontainer container w-container">
<h2 class="heading-newsletter">Flash drops, guest spots, first dibs.</h2>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form"
data-wf-page-id="65f1a2b3c4d5e6f7a8b9c0d2"
data-wf-element-id="8c1f"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email"
required="">
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Sign up"></form><div class="w-form-done" tabindex="-1" role="region"
aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid footer-grid"><div class="footer-col">
<div class="footer-brand">${wFoot[0]}</div><div>${wFoot[1]}</div><div>${wFoot[2]}</div><a href="mailto:${wFoot[3]}" class="footer-link">${wFoot[3]}</a></div>
<div class="footer-col">${wFoot
  .slice(4)
  .map((t) => `<a href="https://www.${t.toLowerCase()}.com/ironbloomtattoo" target="_blank" class="footer-link">${t}</a>`)
  .join('')}</div></div>
<div class="footer-legal">© 2027 Ironbloom Tattoo Ltd. Site by Halfmoon Studio.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1a2b3c4d5e6f7a8b9c0d1" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f1a2b3c4d5e6f7a8b9c0d1/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = clean({
  name: 'heldout470-webflow-tattoo-faq',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wQa.map(([h]) => h),
  body: [wIntro, ...wQa.flatMap(([, p]) => p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav.filter((t) => t !== 'FAQ'), 'Before you book', 'Still have a question?', 'Email the studio', 'Flash drops, guest spots, first dibs.', ...wFoot,
    '© 2027 Ironbloom Tattoo Ltd. Site by Halfmoon Studio.',
  ],
});

export const HELDOUT470_C: readonly TestPage[] = [shopify, webflow];
