import { links, type TestPage } from './page-kit.js';
import { j, page, render } from './pages-heldout563-kit.js';

/**
 * Held-out batch 563, file d: a climbing gym shop's blog article on Shopify with the Dawn theme (announcement bar, cart, share
 * button, comment form) and a gym's news post about a second site on Webflow (CMS rich text, CTA band, footer columns).
 */
const sTitle = 'How often should you resole your climbing shoes?';
const sPart = render([
  {
    p: j(
      'We get asked this at the desk every week, and the honest answer is: sooner than most people do. A resole is cheap next to a',
      'new pair, but only if you send the shoes in before the rand wears through.',
    ),
  },
  { h: 'Signs it is time' },
  {
    ul: [
      'The rubber at the toe has gone flat and shiny, with no edge left.',
      'You can see a thin patch or a hole starting where your big toe sits.',
      'The rand above the sole is scuffed down to the fabric or leather.',
    ],
  },
  {
    p: j(
      'If the rand has gone, a resole becomes a rand repair as well, which costs more and changes the fit. Catching it at the',
      'first sign of a thin patch keeps the shoe feeling the way you like it.',
    ),
  },
  { h: 'How long does a sole last?' },
  {
    p: j(
      'For someone bouldering indoors three times a week, a sole usually lasts four to eight months. Slab climbers and people who',
      'drag their feet wear through faster; careful footwork makes a big difference.',
    ),
  },
  { h: 'Our resole service' },
  {
    p: j(
      'Drop your shoes at the front desk in a bag with your name and phone number. They go to our cobbler in Halden every Monday and',
      'come back within three weeks. A half sole is £38 and a toe rand patch adds £12.',
    ),
  },
]);
const sMenu = ['Shoes', 'Chalk', 'Brushes', 'Gift cards', 'Journal'];
const sFoot = ['Search', 'Shipping', 'Returns', 'Contact', 'Refund policy', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://shop.bergkeller.co.uk/blogs/journal/how-often-resole">
<title>${sTitle} &ndash; Bergkeller Climbing Shop</title><meta name="description" content="Signs your shoes need a resole and how our service works.">
<meta property="og:site_name" content="Bergkeller Climbing Shop"><meta property="og:type" content="article"><meta name="twitter:card"
content="summary_large_image">
<script src="//shop.bergkeller.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceType":"article","resourceId":60112}};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--color-base-text:18,18,18}</style>
<link href="//shop.bergkeller.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2244__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £50</span></p></div></div></div></div></div>
<div id="shopify-section-sections--2244__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg aria-hidden="true" focusable="false" class="icon icon-hamburger"></svg></span></summary>
</details>
</header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Bergkeller Climbing Shop</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sMenu
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(' ', '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2245__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;">
<img srcset="//shop.bergkeller.co.uk/cdn/shop/articles/resole.jpg?v=1&amp;width=1100 1100w"
src="//shop.bergkeller.co.uk/cdn/shop/articles/resole.jpg?v=1&amp;width=1100" loading="eager" width="1100" height="619" alt=""></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2027-02-18T10:00:00Z">February 18, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Jonas Feld</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${sPart.html}
</div><div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-2245" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" class="icon icon-share"></svg>Share</button><details id="Details-2245">
<summary class="share-button__button"><svg width="13" height="12" class="icon icon-share"></svg>Share</summary>
<div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-2245" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
id="ShareUrl-2245"
value="https://shop.bergkeller.co.uk/blogs/journal/how-often-resole" onclick="this.select();" readonly><label class="field__label"
for="ShareUrl-2245">Link</label>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div>
<button class="share-button__close hidden no-js-hidden">
<span class="visually-hidden">Close share</span></button></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div data-id="article-template__comments" class="article-template__comment-wrapper background-secondary"><div id="comments"
class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/how-often-resole/comments#comment_form" id="comment_form" class="comment-form"><input type="hidden"
name="form_type" value="new_comment">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field"><textarea rows="5" id="CommentForm-body"
class="text-area field__input"
name="comment[body]" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span>
</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<div class="article-template__comments-fields"><input type="submit" class="button" value="Post comment"></div></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--2246-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">
${links(sFoot.slice(0, 4))}</ul></div><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label>
</div></div></form></div></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width">
<div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">Bergkeller Climbing Shop</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small><ul class="policies list-unstyled">
${links(sFoot.slice(4), 'policy-list')}</ul></div></div></div></footer>
<script src="//shop.bergkeller.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = page(
  { name: 'heldout563-shopify-resole', kind: 'blog', html: sHtml, title: sTitle },
  [sPart],
  ['February 18, 2027', 'Jonas Feld'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    'Skip to content', 'Free UK delivery on orders over £50', 'Bergkeller Climbing Shop', ...sMenu, 'Share', 'Link', 'Back to blog', 'Leave a comment',
    'Name *', 'Email *', 'Comment *', 'Please note, comments need to be approved before they are published.', 'Help', ...sFoot,
    'Subscribe to our emails', 'Email', '© 2027, Bergkeller Climbing Shop', 'Powered by Shopify',
  ],
);

const fTitle = 'A second wall is coming to Harrowgate Mills';
const fPart = render([
  {
    p: j(
      'We have signed the lease on the old dye house at Harrowgate Mills, and if the building work goes to plan our second',
      'centre will open in early 2028. It will be a bouldering-only wall with around 600 square metres of climbing, a',
      'training area and a café on the mezzanine.',
    ),
  },
  {
    p: j(
      'Your existing membership will work at both sites at no extra cost. Day passes bought at one centre can be used at the',
      'other on the same day, so you can climb in the morning at Kellwick and finish at the Mills.',
    ),
  },
  { h: 'Founding members' },
  {
    p: j(
      'The first 300 people to sign up for a Mills membership will pay the 2027 price for life, as long as the membership stays',
      'active. A deposit of £20 holds your place and comes off your first month.',
    ),
  },
  { h: 'Timeline' },
  {
    ul: [
      'September 2027: planning decision expected',
      'November 2027: strip-out and floor work begins',
      'February 2028: walls and matting installed',
      'March 2028: opening week for founding members',
    ],
  },
]);
const fNav = ['Visit', 'Memberships', 'Courses', 'Harrowgate Mills', 'Journal'];
const fCols: [string, string[]][] = [
  ['Kellwick', ['14 Tanner Row, Kellwick', 'Open daily 9am to 10pm']],
  ['Explore', ['Prices', 'Timetable', 'Careers']],
  ['Follow', ['Instagram', 'YouTube']],
];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Jul 06 2027 10:22:31 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.slopercollective.com" data-wf-page="64c8b0e5a3e1" data-wf-site="64c8b0e5a3d0" data-wf-collection="64c8b0e5a3f2"
data-wf-item-slug="second-wall">
<head><meta charset="utf-8"><title>${fTitle} | Sloper Collective</title><meta content="Our second centre opens in 2028. Founding memberships are open now."
name="description">
<meta content="${fTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64c8b0e5a3d0/css/sloper-collective.webflow.f2b1c9.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fTitle}","datePublished":"2027-07-06"}</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/64c8b0e5a3d0/logo.svg"
loading="lazy" alt="Sloper Collective" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/join" class="button nav-button w-button">Join now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section post-hero"><div class="container w-container"><div class="post-meta-wrap"><div class="post-category">News</div>
<div class="post-date">July 6, 2027</div></div>
<h1 class="post-title">${fTitle}</h1><img src="https://assets-global.website-files.com/64c8b0e5a3d0/dye-house.jpg" loading="lazy"
alt="The dye house at Harrowgate Mills"
class="post-hero-image"></div></div>
<div class="section post-body"><div class="container narrow w-container"><div class="rich-text w-richtext">
${fPart.html}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/64c8b0e5a3d0/mills-plan.jpg"
loading="lazy"
alt=""></div><figcaption>Early layout plan for the main bouldering hall.</figcaption></figure>
</div><div class="author-block"><div class="author-name">Written by Ines Calloway</div><div class="author-role">Co-founder, Sloper Collective</div></div>
</div></div>
<div class="section cta-band"><div class="container w-container"><h2 class="cta-heading">Become a founding member</h2>
<p class="cta-text">Lock in 2027 prices for life at the Mills.</p>
<a href="/founding" class="button w-button">Reserve for £20</a></div></div>
<div class="section more-posts"><div class="container w-container"><h3 class="more-heading">More from the journal</h3><div class="w-dyn-list"><div role="list"
class="w-dyn-items">
<div role="listitem" class="w-dyn-item"><a href="/journal/summer-timetable" class="post-card w-inline-block">
<div class="post-card-title">Summer timetable</div></a></div>
<div role="listitem" class="w-dyn-item"><a href="/journal/setter-takeover" class="post-card w-inline-block">
<div class="post-card-title">Setter takeover night</div></a></div>
</div></div></div></div>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid">
${fCols
  .map(
    ([h, items]) =>
      `<div class="footer-col"><h4 class="footer-heading">${h}</h4>${items
        .map(
          (t) => `<a href="#"
class="footer-link">${t}</a>`,
        )
        .join('')}</div>`,
  )
  .join('\n')}
</div><div class="footer-bottom"><div>© 2027 Sloper Collective Ltd</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64c8b0e5a3d0" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64c8b0e5a3d0/js/webflow.3f4e9.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = page(
  { name: 'heldout563-webflow-second-wall', kind: 'news', html: fHtml, title: fTitle },
  [fPart],
  ['July 6, 2027', 'Written by Ines Calloway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    ...fNav, 'Join now', 'News', 'Early layout plan for the main bouldering hall.', 'Co-founder, Sloper Collective', 'Become a founding member',
    'Lock in 2027 prices for life at the Mills.', 'Reserve for £20', 'More from the journal', 'Summer timetable', 'Setter takeover night',
    ...fCols.flatMap(([h, items]) => [h, ...items]), '© 2027 Sloper Collective Ltd',
  ],
);

export const HELDOUT563_D: readonly TestPage[] = [shopify, webflow];
