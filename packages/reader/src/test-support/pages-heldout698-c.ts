import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout698-kit.js';

/**
 * Held-out batch 698, file c: an orchard diary post on Ghost (Casper theme) with a feature image, a members' sign-up call and
 * read-more cards, and a cidery's blog article on Shopify (Dawn theme) with an announcement bar, a share button and comments.
 */
const gTitle = 'Winter pruning day: what we cut, and why';
const gDek = 'Twenty-three volunteers, nineteen trees and one very cold flask of soup. Here is what we did in the orchard on Saturday.';
const gHeads = ['Starting with the young trees', 'The old standards', 'What happens next'];
const gParas = [
  j(
    'The frost had lifted by ten, which meant we could start on time. Marta Quill from the Wessex Fruit Group gave a short',
    'talk by the gate on the difference between formative pruning, for trees under five years old, and renewal pruning for the old ones.',
  ),
  j(
    'The eight trees we planted in 2023 are finally the right shape. On each we chose three or four well-spaced branches to form the',
    'framework, shortened their new growth by about a third to an outward-facing bud, and took out anything crossing the centre.',
  ),
  'The rule of the day: remove no more than a quarter of the living wood from any tree in one winter.',
  j(
    'The eleven old standards along the lane are a different job. Most had not been touched for twenty years before we took the',
    'orchard on, and cutting them back hard all at once would only make them throw up a forest of water shoots.',
  ),
  j(
    'So we are working on a five-year plan. This year we took out the dead and broken wood, one or two large crossing limbs on each',
    'tree, and cleared the ivy from the trunks. Every cut was made just outside the branch collar, with no paint or sealant.',
  ),
  'Thinned the water shoots on the two Halwell Crimsons by the gate',
  'Took the split limb off the big Kingston Black and stacked it for the hedgehog pile',
  'Left the mistletoe on the Bramley, by popular demand',
  j(
    'The prunings are being chipped next week for the paths. We are back on 7 March for the grafting workshop, where some of the',
    'wood we cut on Saturday will become new trees for the nursery bed.',
  ),
];
const gNav = ['Home', 'Visit', 'Orchard diary', 'Support us'];
const gRead = [
  ['Planting the new row of perry pears', 'Six trees, two spades and a lot of mud.', 'Dec 14, 2025', '3 min read'],
  ['Apple Day 2025 in numbers', 'Litres pressed, cakes eaten and varieties named.', 'Oct 26, 2025', '2 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9b0d3c4f1a"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://diary.kettlebrookorchard.org/winter-pruning-day/"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Kettlebrook Orchard Diary"},
"author":{"@type":"Person","name":"Owen Haskard"},"headline":"${gTitle}","datePublished":"2026-02-09T12:14:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://diary.kettlebrookorchard.org/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template tag-orchard-diary tag-pruning is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://diary.kettlebrookorchard.org">Kettlebrook Orchard Diary</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24
24"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-orchard-diary tag-pruning">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/orchard-diary/">Orchard diary</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/owen/" class="author-avatar" aria-label="Read more of Owen Haskard"><img class="author-profile-image"
src="/content/images/size/w100/2025/04/owen.jpg" alt="Owen Haskard"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/owen/">Owen Haskard</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-09">Feb 9, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min
read</span></div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w600/2026/02/pruning-day.jpg 600w,
/content/images/size/w1000/2026/02/pruning-day.jpg 1000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/02/pruning-day.jpg" alt="Volunteers on ladders among the old trees">
<figcaption><span style="white-space: pre-wrap;">Ladders out along the lane. Photo: Sam Reddaway</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gParas.slice(0, 1))}
<h2 id="starting-with-the-young-trees">${at(gHeads, 0)}</h2>${ps(gParas.slice(1, 2))}<blockquote>${at(gParas, 2)}</blockquote>
<h2 id="the-old-standards">${at(gHeads, 1)}</h2>${ps(gParas.slice(3, 5))}<ul>${lis(gParas.slice(5, 8))}</ul>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/02/ivy-trunk.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="800">
<figcaption><span style="white-space: pre-wrap;">Before and after: the Bramley without its ivy</span></figcaption></figure>
<h2 id="what-happens-next">${at(gHeads, 2)}</h2>${ps(gParas.slice(8))}
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">
${gRead
  .map(
    (r) => `<article class="post-card post"><a class="post-card-image-link" href="/${r[0]?.toLowerCase().replace(/ /g, '-')}/"><img class="post-card-image"
src="/content/images/size/w300/2025/12/card.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/">
<header class="post-card-header"><h2 class="post-card-title">${r[0]}</h2></header><div class="post-card-excerpt">${r[1]}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-12-14">${r[2]}</time><span
class="post-card-meta-length">${r[3]}</span></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://diary.kettlebrookorchard.org">Kettlebrook Orchard Diary</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=9b0d3c4f1a"></script></body></html>`;
const ghostDiary: TestPage = {
  name: 'heldout698-pruning-diary',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gDek, ...gParas]),
  bylines: ['Owen Haskard', 'Feb 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kettlebrook Orchard Diary', ...gNav, 'Sign in', 'Subscribe', '4 min read', 'Ladders out along the lane. Photo: Sam Reddaway',
    'Before and after: the Bramley without its ivy', 'Sign up for more like this.', 'Enter your email', ...gRead.flat(),
    'Kettlebrook Orchard Diary © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const sTitle = 'How we blend our orchard cider';
const sParas = [
  j(
    'Every bottle of our Orchard Blend starts in the same place: three acres of standard trees on the slope above the farm,',
    'planted by my grandfather in the 1950s and topped up with young trees every winter since.',
  ),
  j(
    'We never press a single variety on its own for the Blend. Instead we press in batches as each variety ripens, ferment them',
    'separately, and decide in spring how much of each goes into the final cider.',
  ),
  j('Cider apples are sorted by how much acid and tannin they carry. We grow all four kinds, and the Blend needs some of each:'),
  'Sweets, such as Sweet Alford, for body and a soft finish',
  'Sharps, such as Brown’s Apple, for freshness',
  'Bittersweets, such as Dabinett and Yarlington Mill, for tannin and colour',
  'Bittersharps, such as Kingston Black, when the year gives us enough of them',
  j(
    'The juice ferments slowly in old oak and stainless tanks with the yeasts that come in on the fruit. A cold cellar means it',
    'can take until February before the sugar is gone, and we think the long, cool ferment is where most of the flavour comes from.',
  ),
  j(
    'In April we draw a sample from every tank and sit down with a measuring cylinder and a lot of small glasses. A typical year',
    'ends up around half bittersweet, a quarter sharp and the rest made up of sweets and whatever bittersharp we have.',
  ),
  j(
    'No two years are quite the same. 2025 was hot and dry, and the Dabinett came in so rich that we used less of it. If you',
    'have bottles from different years, try them side by side: that difference is the orchard, not a mistake.',
  ),
];
const sHeads = ['Four kinds of apple', 'Slow fermentation', 'Blending day'];
const sNav = ['Shop all', 'Ciders', 'Gift boxes', 'Visit the farm', 'Journal'];
const sComments = [
  ['Lovely to read this. We tried the 2024 and 2025 together at Christmas and the difference was remarkable.', 'Dan W.', 'October 4, 2026'],
  ['Do you sell the Kingston Black on its own? Would love to taste it.', 'Harriet', 'October 6, 2026'],
];
const sFoot = ['Subscribe to our emails', 'Join our mailing list for new releases and orchard news.', 'Email', 'Country/region', 'United Kingdom | GBP £'];
const sPolicies = ['Privacy policy', 'Refund policy', 'Terms of service', 'Shipping policy'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://cleevehollowcider.co.uk/blogs/journal/how-we-blend-our-orchard-cider"><title>${sTitle} &ndash; Cleeve Hollow Cider</title>
<meta property="og:site_name" content="Cleeve Hollow Cider"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//cleevehollowcider.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta =
{"page":{"pageType":"article","resourceType":"article","resourceId":601234}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}",
"author":{"@type":"Person","name":"Ruth Penhale"}}</script>
<link href="//cleevehollowcider.co.uk/cdn/shop/t/4/assets/base.css?v=165224538376930838891" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/" class="header__heading-link link link--text
focus-inset">
<span class="h2">Cleeve Hollow Cider</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text
focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary
link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"
focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg><span
class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2__main" class="shopify-section
section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div
class="article-template__hero-adapt media"
itemprop="image" style="padding-bottom: 56.25%;"><img srcset="//cleevehollowcider.co.uk/cdn/shop/articles/blending.jpg?v=1727&amp;width=350 350w"
alt="${sTitle}" width="1100" height="618"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-10-02T08:30:00Z">October 2,
2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">By Ruth Penhale</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share"></svg>Share</button><details
id="Details-share-template--2__main">
<summary class="share-button__button"><svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--2__main" class="share-button__message hidden"
role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--2__main" value="https://cleevehollowcider.co.uk/blogs/journal/how-we-blend-our-orchard-cider"
placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--2__main">Link</label></div><button class="share-button__close hidden"><span class="visually-hidden">Close
share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sParas.slice(0, 2))}
<h2>${at(sHeads, 0)}</h2>${ps(sParas.slice(2, 3))}<ul>${lis(sParas.slice(3, 7))}</ul>
<h2>${at(sHeads, 1)}</h2>${ps(sParas.slice(7, 8))}
<h2>${at(sHeads, 2)}</h2>${ps(sParas.slice(8))}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" focusable="false" class="icon icon-arrow" viewBox="0 0 14 10"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2 id="Comments-601234">2
comments</h2>
<div class="article-template-comments">${sComments
  .map(
    (c) => `<article id="${c[1]?.length}" class="article-template__comments-comment"><div class="rte"><p>${c[0]}</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">${c[1]}</span><span
class="caption-with-letter-spacing">${c[2]}</span></footer></article>`,
  )
  .join('\n')}
</div></div></div>
<div class="article-template__comment-wrapper background-secondary"><div class="article-template__comments"><form method="post"
action="/blogs/journal/how-we-blend-our-orchard-cider/comments"
id="comment_form" accept-charset="UTF-8" class="comment-form"><input type="hidden" name="form_type" value="new_comment"><input type="hidden" name="utf8"
value="✓">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author"
class="field__input" autocomplete="name" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span
aria-hidden="true">*</span></label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email
<span aria-hidden="true">*</span></label></div></div><div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input"
name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">${at(sFoot, 0)}</h2><p>${at(sFoot, 1)}</p>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type"
value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input"
placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">${at(sFoot, 2)}</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe">
<svg viewBox="0 0 14 10" fill="none" aria-hidden="true" focusable="false" class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization
isolate"><localization-form>
<form method="post" action="/localization" id="FooterCountryForm" class="localization-form"><div><h2 class="caption-large text-body"
id="FooterCountryLabel">${at(sFoot, 3)}</h2>
<div class="disclosure"><button type="button" class="disclosure__button localization-form__select"
aria-expanded="false"><span>${at(sFoot, 4).replace('£', '&pound;')}</span></button></div></div></form>
</localization-form></div></div><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info"><div
class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Cleeve Hollow Cider</a></small><small class="copyright__content"><a target="_blank"
rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sPolicies)}</ul></div></div></div></div></footer>
<script src="//cleevehollowcider.co.uk/cdn/shop/t/4/assets/global.js?v=84921156" defer="defer"></script></body></html>`;
const shopifyBlend: TestPage = {
  name: 'heldout698-cider-blend-shopify',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts(sParas),
  bylines: ['October 2, 2026', 'By Ruth Penhale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders over £40', 'Cleeve Hollow Cider', ...sNav, 'Log in', 'Cart', 'Share',
    'Back to blog', '2 comments', ...sComments.flat(), 'Leave a comment', 'Name', 'Comment',
    'Please note, comments need to be approved before they are published.',
    ...sFoot, '© 2026, Cleeve Hollow Cider', 'Powered by Shopify', ...sPolicies,
  ],
};

export const HELDOUT698_C: readonly TestPage[] = [ghostDiary, shopifyBlend];
