import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout576-kit.js';

/**
 * Held-out batch 576, file c: a cabin and shepherd-hut site's "Good to know" FAQ page built with Webflow (rich text block, Webflow
 * form with its hidden success and failure messages), and a campsite shop's journal article on Shopify (Dawn theme) with a comment form.
 */
const wTitle = 'Good to know before you stay';
const wDek = 'Everything our guests ask us, in one place. If your question is not here, drop us a line and Elin will get back to you the same day.';
const wQa: [string, string[]][] = [
  ['When can we arrive?', ['Check-in is from 4pm and check-out is by 10am. We can sometimes offer a late check-out on Sundays outside the summer holidays.']],
  [
    'Can we bring our dog?',
    [
      j(
        'Dogs are welcome in Alder Hut and the Hayloft Cabin, up to two per booking, for £15 a stay. The other huts are dog-free for guests',
        'with allergies.',
      ),
    ],
  ],
  [
    'What is in the kitchen?',
    [
      'Each hut has a two-ring hob, a small fridge, a kettle, a cafetière and enough crockery for the number of guests it sleeps.',
      'There is no oven, but the fire pit comes with a grill rack and a cast-iron pan.',
    ],
  ],
  [
    'Is there phone signal and Wi-Fi?',
    [j('Signal is patchy in the valley; most networks work at the top gate. We have chosen not to put Wi-Fi in the huts, but you can', 'use it in the barn.')],
  ],
  [
    'What should we pack?',
    [
      'Walking boots or wellies',
      'A torch for the path to the shower house',
      'Swimming things if you plan to use the wild pool',
      'Towels are provided; bring beach towels',
    ],
  ],
  [
    'How do we get there without a car?',
    [j('The nearest station is Cothbury, seven miles away. Ask us when you book and we can arrange a taxi from the station with a local', 'driver.')],
  ],
];
const wListQ = 'What should we pack?';
const wNav = ['Stay', 'The Valley', 'Good to Know', 'Gift Vouchers', 'Book now'];
const wFoot = ['Instagram', 'Facebook', 'Terms of booking', 'Privacy'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 12 2027 09:14:52 GMT+0000 -->
<html data-wf-domain="www.cwmhafren-huts.co.uk" data-wf-page="64a7c2e1f0b3d9a1c5e80a12" data-wf-site="64a7c2e1f0b3d9a1c5e809ff" lang="en">
<head><meta charset="utf-8"><title>Good to know | Cwm Hafren Huts</title>
<meta content="Arrival times, dogs, kitchens, signal and what to pack for a stay at Cwm Hafren Huts." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64a7c2e1f0b3d9a1c5e809ff/css/cwm-hafren.webflow.8a1f3c2e9.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/64a7c2e1/logo.svg"
loading="lazy" alt="Cwm Hafren Huts" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map((t) =>
    t === 'Book now'
      ? `<a href="/book" class="button nav-button w-button">${t}</a>`
      : `<a href="/${t.toLowerCase().replace(/ /g, '-')}" ${t === 'Good to Know' ? 'aria-current="page" ' : ''}
class="nav-link w-nav-link${t === 'Good to Know' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="container-narrow w-container"><h1 class="heading-xl">${wTitle}</h1>
<p class="paragraph-large">${wDek}</p></div></section>
<section class="section"><div class="container-narrow w-container"><div class="faq-rich-text w-richtext">
${wQa.map(([q, a]) => `<h3>${q}</h3>\n${q === wListQ ? `<ul role="list">${lis(a)}</ul>` : ps(a)}`).join('\n')}
</div></div></section>
<section class="section cta-section"><div class="w-container"><h2 class="heading-l">Still wondering?</h2>
<p class="paragraph-cta">Email <a href="mailto:elin@cwmhafren-huts.co.uk">elin@cwmhafren-huts.co.uk</a> or call 01632 960544.</p></div></section>
<footer class="footer"><div class="w-container"><div class="w-layout-grid footer-grid"><div id="w-node-_3f1a" class="footer-col">
<div class="footer-brand">Cwm Hafren Huts</div><p class="footer-text">Cwm Hafren Farm, Llanddewi Fach</p></div>
<div class="footer-col"><div class="footer-heading">Follow along</div>
${wFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`).join('')}</div>
<div class="footer-col"><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form">
<label for="email" class="field-label">News from the valley, four times a year</label><input class="text-field w-input" maxlength="256" name="email"
data-name="Email" placeholder="Your email" type="email" id="email" required><input type="submit" data-wait="Please wait..." class="submit-button w-button"
value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success">
<div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div></div>
</div><div class="footer-legal">© 2027 Cwm Hafren Huts Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64a7c2e1f0b3d9a1c5e809ff" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64a7c2e1f0b3d9a1c5e809ff/js/webflow.4f2b8c1a.js" type="text/javascript"></script></body></html>`;
const cwmHafren: TestPage = {
  name: 'heldout576-webflow-faq',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wQa.map(([q]) => q),
  body: [wDek, ...wQa.flatMap(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Still wondering?', 'Email elin@cwmhafren-huts.co.uk or call 01632 960544.', 'Cwm Hafren Huts', 'Cwm Hafren Farm, Llanddewi Fach',
    'Follow along', ...wFoot, 'News from the valley, four times a year', '© 2027 Cwm Hafren Huts Ltd',
  ],
};

const sTitle = 'Pitching a bell tent on a windy headland: what we’ve learned';
const sBody: [string, string[]][] = [
  [
    '',
    [
      j(
        'Our campsite sits on the cliff top at Tallow Cove, and the wind here has taught us more about tents than any manual. After ten',
        'seasons of putting up (and occasionally chasing) bell tents, here is what we tell guests who bring their own.',
      ),
    ],
  ],
  [
    'Face the door away from the weather',
    [
      j(
        'The prevailing wind on this coast comes from the south-west. Pitch with the door facing north-east and the rounded back of',
        'the tent takes the gusts. If the forecast says the wind will swing round, put the door on the sheltered side and accept a',
        'worse view for one night.',
      ),
    ],
  ],
  [
    'Swap the pegs that came in the bag',
    [
      j(
        'The thin steel pegs supplied with most tents bend in our stony ground. We use 30 cm rock pegs on every guy line and a',
        'heavier screw-in peg for the two lines that face the wind. You can buy both in the shop at reception.',
      ),
      'A rubber mallet, not a hammer, so you do not split the peg heads.',
      'Two extra guy lines for the windward side.',
      'A peg extractor, because you will need it on the last morning.',
    ],
  ],
  [
    'Keep the canvas tight, but not too tight',
    [
      j(
        'Cotton canvas shrinks when it gets wet and stretches when it dries. Check your guy lines in the evening and again after any',
        'rain; slacken them a little before a wet night and tighten them the next morning. A flapping tent is noisy, but an',
        'over-tight one can tear at the seams.',
      ),
    ],
  ],
  [
    'Know when to take it down',
    [
      j(
        'If the forecast shows gusts over 45 mph, we move guests with their own tents to the sheltered pitches in the lower field, at',
        'no charge. There is no shame in dropping the centre pole and sleeping in the car for a night. The tent will thank you.',
      ),
    ],
  ],
];
const sListIdx = [1, 2, 3];
const sCrumbNav = ['Home', 'Book a pitch', 'Shop', 'Journal', 'Contact'];
const sQuick = ['Search', 'Delivery & returns', 'Gift vouchers', 'Terms of service'];
const sHtmlBody = sBody
  .map(([h, p]) => {
    const heading = h === '' ? '' : `<h2>${h}</h2>\n`;
    if (h !== 'Swap the pegs that came in the bag') return heading + ps(p);
    return `${heading}${ps(p.slice(0, 1))}\n<p>Our windy-day kit:</p>\n<ul>${lis(sListIdx.map((i) => p[i] ?? ''))}</ul>`;
  })
  .join('\n');
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://shop.tallowcove.co.uk/blogs/journal/pitching-a-bell-tent-on-a-windy-headland"><title>${sTitle} &ndash; Tallow Cove</title>
<meta property="og:site_name" content="Tallow Cove"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script>var Shopify = Shopify || {};Shopify.shop = "tallow-cove.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":138274504871,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<link href="//shop.tallowcove.co.uk/cdn/shop/t/3/assets/base.css?v=152418276438937427811708956789" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16487919386791__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--16487919386791__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//shop.tallowcove.co.uk/cdn/shop/files/logo.png"
alt="Tallow Cove" class="header__heading-logo motion-reduce" width="140" height="48"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sCrumbNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span>
</summary></details>
</details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--16487919550631__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container" ><div class="article-template__hero-medium media"
itemprop="image"><img srcset="//shop.tallowcove.co.uk/cdn/shop/articles/belltent.jpg?v=1709&width=1100 1100w" sizes="(min-width: 1200px) 1100px" alt=""
width="1100" height="733.0" loading="eager"></div></div>
<header class="page-width page-width--narrow scroll-trigger animate--fade-in"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-09-22T08:00:00Z">September 22, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Morwenna Pask</span></header>
<div class="article-template__content page-width page-width--narrow rte scroll-trigger animate--slide-in" itemprop="articleBody">
${sHtmlBody}
</div>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--16487919550631__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" class="icon icon-share" aria-hidden="true" focusable="false"></svg>Share</button>
<details id="Details-share-template--16487919550631__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true">
</svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--16487919550631__main" class="share-button__message hidden"
role="status"></span><input type="text" class="field__input" id="ShareUrl-template--16487919550631__main"
value="https://shop.tallowcove.co.uk/blogs/journal/pitching-a-bell-tent-on-a-windy-headland" readonly><label class="field__label"
for="ShareUrl-template--16487919550631__main">Link</label></div></div></details></share-button></div>
<div class="element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow"><span class="icon-wrap"><svg
viewBox="0 0 14 10" class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/pitching-a-bell-tent-on-a-windy-headland/comments#comment_form" id="comment_form" accept-charset="UTF-8"
class="comment-form"><input type="hidden" name="form_type" value="new_comment"><input type="hidden" name="utf8" value="✓"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" autocomplete="name" value="" placeholder="Name"><label class="field__label" for="CommentForm-author">Name
<span aria-hidden="true">*</span></label></div><div class="field"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email"
class="field__input" value="" placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label>
</div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--16487919419559__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--16487919419559__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet scroll-trigger animate--slide-in">
<div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Find us</h2><div class="footer-block__details-content rte">
<p>Tallow Cove Campsite, Cliff Road, St Ennor</p></div></div></div>
<div class="footer-block--newsletter scroll-trigger animate--slide-in"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">
Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--16487919419559__footer" type="email" name="contact[email]"
class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--16487919419559__footer">Email</label><button type="submit"
class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div>
</div></form>
</div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Tallow Cove</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div>
</div></footer></div>
<script src="//shop.tallowcove.co.uk/cdn/shop/t/3/assets/global.js?v=37284204640041572741708956789" defer="defer"></script></body></html>`;
const tallow: TestPage = {
  name: 'heldout576-shopify-journal',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sBody.map(([h]) => h).filter((h) => h !== ''),
  body: texts(sBody.flatMap(([h, p]) => (h === 'Swap the pegs that came in the bag' ? [p[0] ?? '', 'Our windy-day kit:', ...p.slice(1)] : p))),
  bylines: ['September 22, 2026', 'by Morwenna Pask'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders over £40', ...sCrumbNav, 'Share', 'Link', 'Back to blog', 'Leave a comment', 'Name *', 'Email *',
    'Comment *', 'Please note, comments need to be approved before they are published.', 'Quick links', ...sQuick, 'Find us',
    'Tallow Cove Campsite, Cliff Road, St Ennor', 'Subscribe to our emails', 'Email', '© 2026, Tallow Cove', 'Powered by Shopify',
  ],
};

export const HELDOUT576_C: readonly TestPage[] = [cwmHafren, tallow];
