import { links, ps, type TestPage, texts } from './page-kit.js';
import { held, j, lis } from './pages-heldout677-kit.js';

/**
 * Held-out batch 677, file c: a hip-opener sequence on the Shopify (Dawn theme) blog of a yoga mat brand with its own studio,
 * with comments and a comment form.
 */
const sTitle = 'Five hip openers for people who sit all day';
const sIntro = [
  j(
    'If you spend most of the day in a chair, the front of your hips spends most of the day short. Over months that can show up as',
    'a stiff lower back, a pinch in the groin when you stand up, or a stride that feels oddly short on a run.',
  ),
  j(
    'This is the sequence we teach at the end of our Tuesday lunchtime class at the Stillwater studio. It takes about ten minutes',
    'and needs nothing but a mat and a cushion or block.',
  ),
];
const sPoses: [string, string][] = [
  [
    '1. Low lunge',
    j(
      'Step one foot forward and lower the back knee onto a folded mat. Tuck the tail slightly and let the',
      'hips sink until you feel the front of the back hip open. Hold for five breaths each side.',
    ),
  ],
  [
    '2. Lizard',
    j(
      'From the lunge, bring both hands inside the front foot. Stay on your hands or lower to your',
      'forearms on a block. Keep breathing into the inner thigh.',
    ),
  ],
  [
    '3. Half pigeon',
    j(
      'Bring the front shin across the mat and slide the back leg long. If the front hip lifts, put a',
      'cushion under it. Fold forward only as far as feels easy.',
    ),
  ],
  ['4. Figure four on your back', 'Lie down, cross one ankle over the other knee and draw the legs in. A good option if pigeon bothers your knees.'],
  [
    '5. Supported bridge',
    j('Lie on your back with a block under your sacrum and let the hips rest on it for a minute. The', 'gentlest of the five, and a lovely way to finish.'),
  ],
];
const sTips = [
  'Move slowly and stop anywhere that feels sharp rather than stretchy.',
  'Do the sequence after a walk or at the end of the day, when you are warm.',
  'Three times a week is enough to notice a difference within a month.',
];
const sTipsH = 'A few tips';
const sNav = ['Shop all', 'Mats', 'Props', 'Studio', 'Journal'];
const sComments: [string, string, string][] = [
  ['Ffion Rademaker', 'March 14, 2026', 'Did this at my desk break today (well, on the floor next to it). Pigeon was humbling.'],
  ['Arun Castellano', 'March 20, 2026', 'Figure four is my favourite. Any chance of a video version?'],
];
const sFoot = ['Shipping', 'Returns', 'Contact', 'Privacy policy'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://stillwatermats.com/blogs/journal/five-hip-openers-for-people-who-sit-all-day"><title>Five hip openers for people who
sit all day
&ndash; Stillwater Mats</title><meta name="description" content="A ten-minute hip-opening sequence from our Tuesday lunchtime class.">
<meta property="og:site_name" content="Stillwater Mats"><meta property="og:type" content="article">
<script>var Shopify = Shopify || {};Shopify.shop = "stillwater-mats.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":136402911489,"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":{"@type":"Person","name":"Marisol
Oyelaran"}}</script>
<link href="//stillwatermats.com/cdn/shop/t/4/assets/base.css?v=144968985024194912401707225438" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16593238360321__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar"
role="region"
aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--16593238360321__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-account"><a href="/" class="header__heading-link link link--text focus-inset"><span
class="h2">Stillwater Mats</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${sNav
  .map(
    (t) => `<li><a href="/collections/${t.length}" class="header__menu-item
list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav><div class="header__icons"><details-modal class="header__search">
<details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg
class="icon icon-cart-empty"
aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--16593238491393__main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div
class="article-template__hero-container">
<div class="article-template__hero-adapt media" itemprop="image" style="padding-bottom: 66.7%;"><img
srcset="//stillwatermats.com/cdn/shop/articles/hips.jpg?v=1710&width=1100 1100w"
sizes="(min-width: 1200px) 1100px, calc(100vw - 10rem)" src="//stillwatermats.com/cdn/shop/articles/hips.jpg?v=1710&width=1100" loading="eager" alt=""
width="1100" height="734">
</div></div><header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-03-12T08:00:00Z">March 12,
2026</time></span>
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Marisol Oyelaran</span></span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--16593238491393__main" class="share-button
quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-share-template--16593238491393__main"><summary class="share-button__button"><svg class="icon icon-share"
aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template" value="https://stillwatermats.com/blogs/journal/five-hip-openers" placeholder="Link" readonly>
<label class="field__label" for="ShareUrl-template">Link</label><button class="share-button__close hidden no-js-hidden"><span class="visually-hidden">Close
share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sIntro)}
${sPoses.map(([h, p]) => `<h3>${h}</h3>\n<p>${p}</p>`).join('\n')}
<h3>${sTipsH}</h3><ul>${lis(sTips)}</ul>
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow"><span
class="icon-wrap"><svg
class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2
id="Comments-561278156801">2 comments</h2>
<ul class="article-template__comments">${sComments
  .map(
    ([n, d, c]) => `<li id="106418716929" class="article-template__comments-comment"><article>
<div class="rte"><p>${c}</p></div><footer class="right"><span class="circle-divider caption-with-letter-spacing">${n}</span><span
class="caption-with-letter-spacing">${d}</span>
</footer></article></li>`,
  )
  .join('\n')}</ul>
<form method="post" action="/blogs/journal/five-hip-openers/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><input
type="hidden"
name="form_type" value="new_comment"><h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input
type="text"
name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" placeholder="Name"><label class="field__label"
for="CommentForm-author">Name
<span aria-hidden="true">*</span></label></div><div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input"
placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field"><textarea rows="5"
id="CommentForm-body"
class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment
<span aria-hidden="true">*</span></label></div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they
are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--16593238393089__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input
id="NewsletterForm--footer" type="email"
name="contact[email]" class="field__input" placeholder="Email" required><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div>
<ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div><div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Stillwater Mats</a></small><small class="copyright__content"><a target="_blank"
rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
<script src="//stillwatermats.com/cdn/shop/t/4/assets/global.js?v=37284204640041572741707225438" defer="defer"></script></body></html>`;
const shopify: TestPage = held({
  name: 'heldout677-shopify-hip-openers',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [...sPoses.map(([h]) => h), sTipsH],
  body: texts([...sIntro, ...sPoses.map(([, p]) => p), ...sTips]),
  bylines: ['March 12, 2026', 'Marisol Oyelaran'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', 'Stillwater Mats', ...sNav, 'Log in', 'Cart', 'Share', 'Link', 'Copy link',
    'Back to blog', '2 comments', ...sComments.flat(), 'Leave a comment', 'Name *', 'Email *', 'Comment *',
    'Please note, comments need to be approved before they are published.', 'Subscribe to our emails', 'Email', ...sFoot, '© 2026, Stillwater Mats',
    'Powered by Shopify',
  ],
});

export const HELDOUT677_C: readonly TestPage[] = [shopify];
