import { links, ps, type TestPage } from './page-kit.js';
import { j, outside } from './pages-heldout524-kit.js';

/**
 * Held-out batch 524, file c: a community energy co-op's news post on Ghost (Casper theme) with a callout card and a
 * "read more" rail, and a community shop's blog article on Shopify (Dawn theme) with a comment form.
 */
const gTitle = 'The school roof is live: 312 panels switched on at Brackley Mill';
const gDek = 'Two years after our second share offer, the biggest solar array we own is feeding the school and the grid.';
const gParas = [
  j(
    'On Thursday morning a class of nine-year-olds counted down from ten and the inverters at Brackley Mill Primary School came',
    'to life. The 312 panels on the main hall roof will produce about 118,000 kilowatt hours a year, roughly two thirds of what',
    'the school uses.',
  ),
  j(
    'The school buys the electricity from us at 12p a unit, well below what it was paying its supplier, under a twenty-year',
    'agreement with the county council. What it does not use at weekends and in the holidays is exported to the grid.',
  ),
  j(
    'The array cost £164,000. Members raised £140,000 of that in the 2024 share offer, and the rest came from a grant from the',
    'rural energy fund. Installation was delayed by a year while the roof was strengthened, which the council paid for.',
  ),
];
const gCallout = 'Members will be able to see the array’s output live on the members’ dashboard from next week.';
const gParas2 = [
  j(
    'The head teacher, Rosalind Achterberg, said the children had followed every stage of the project. "They have measured the',
    'roof, met the electricians and written to the council about it. Now they can see the numbers go up on the screen in the',
    'hall."',
  ),
  j(
    'This is our fourth school roof and our eleventh installation overall. Together they now generate about 640,000 kilowatt',
    'hours a year. Surplus income from the project will go into our community fund, which paid for loft insulation in',
    '37 homes last winter.',
  ),
];
const gHead = 'What comes next';
const gNext = j(
  'The board is looking at two more sites, the leisure centre in Fellside and a farm building at Upper Thorn. Members will be',
  'asked to vote on a third share offer at the AGM in March.',
);
const gNav = ['Home', 'About', 'Projects', 'Invest', 'News'];
const gMore = [
  ['Community fund opens for winter bids', 'Groups can apply for up to £2,000 towards warm spaces and energy advice.'],
  ['Meet the new board', 'Three members joined the board at the AGM. Here is what they want to do.'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://news.fellsideenergy.coop/assets/built/screen.css?v=6a1c2e3f4b">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.fellsideenergy.coop/school-roof-live/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-09-22T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fellside Community Energy"},
"author":{"@type":"Person","name":"Idris Pemberton"},"headline":"${gTitle}","datePublished":"2026-09-22T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://news.fellsideenergy.coop/" data-key="8f3e2d1c"
data-api="https://news.fellsideenergy.coop/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-news tag-projects is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://news.fellsideenergy.coop">Fellside Community Energy</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24
24"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news tag-projects ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/idris/" class="author-avatar author-profile-image"><img class="author-profile-image" src="/content/images/2025/01/idris.jpg" alt="Idris
Pemberton"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/idris/">Idris Pemberton</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-22">Sep 22, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/09/brackley-roof.jpg 600w" src="/content/images/2026/09/brackley-roof.jpg" alt="Solar
panels on a school roof">
<figcaption><span style="white-space: pre-wrap;">The array on the main hall roof. Photo: Niamh Carrow</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gParas)}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">⚡</div><div class="kg-callout-text">${gCallout}</div></div>
${ps(gParas2)}
<h2 id="what-comes-next">${gHead}</h2><p>${gNext}</p>
<div class="kg-card kg-button-card kg-align-center"><a href="https://fellsideenergy.coop/invest" class="kg-btn kg-btn-accent">Register your interest</a></div>
</section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-feed">
${gMore
  .map(
    ([t, e]) => `<article class="post-card post"><a class="post-card-image-link" href="/${(t ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">
<img class="post-card-image" src="/content/images/2026/08/card.jpg" alt="${t}" loading="lazy"></a><div
class="post-card-content"><a class="post-card-content-link" href="#">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Members</span></div><h2
class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-08-14">Aug 14, 2026</time>
<span class="post-card-meta-length">2 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section
class="copyright"><a href="https://news.fellsideenergy.coop">Fellside Community Energy</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="https://news.fellsideenergy.coop/assets/built/casper.js?v=6a1c2e3f4b"></script></body></html>`;
const gBody = [gDek, ...gParas, gCallout, ...gParas2, gNext];
const ghost: TestPage = {
  name: 'heldout524-ghost-energy-coop-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gHead],
  body: gBody,
  bylines: ['Idris Pemberton', 'Sep 22, 2026', 'Aug 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([gTitle, gHead, ...gBody], [
    'Fellside Community Energy', ...gNav, 'Sign in', 'Subscribe', '•', '3 min read', 'The array on the main hall roof. Photo: Niamh Carrow',
    '⚡', 'Register your interest', ...gMore.flat(), 'Members', '2 min read', '© 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ]),
};

const kTitle = 'Meet the makers: four new local suppliers on our shelves';
const kIntro = j(
  'When members voted at the spring meeting to buy more from within fifteen miles of the shop, we were not sure we would find',
  'enough producers. Since then, four have joined us, and most of their goods are also in our online shop for Thursday delivery.',
);
const kMakers: [string, string][] = [
  [
    'Hethersett Dairy',
    j(
      'Owen and Carys Tullock milk forty Shorthorn cows two miles up the valley. Their unhomogenised milk comes in glass bottles,',
      'and you get 20p back on every bottle you return to the crate by the door.',
    ),
  ],
  [
    'Bell Row Bakery',
    j(
      'Sourdough, seeded rye and, on Saturdays only, cardamom buns. Imke Sorensen bakes in a converted garage in Kettlewick and',
      'walks the bread over at 7.30 each morning.',
    ),
  ],
  ['Marl Hill Honey', 'Set and runny honey from hives kept in the churchyard and on the allotments. Small batches, so when it is gone, it is gone.'],
  [
    'Thornback Preserves',
    j(
      'Jams, chutneys and a very good damson cheese from fruit picked in village gardens. Bring your surplus fruit in September',
      'and Thornback will swap it for a jar.',
    ),
  ],
];
const kEnd = j(
  'If you make or grow something you think belongs in the shop, have a word with Beth at the counter or email the buying',
  'group. Members get first say on every new supplier at the monthly open meeting.',
);
const kNav = ['Home', 'Shop online', 'Local suppliers', 'Membership', 'Blog', 'Contact'];
const kFoot = ['Search', 'Delivery information', 'Refund policy', 'Privacy policy', 'Terms of service'];
const kComment = 'Please note, comments need to be approved before they are published.';
const kMakerHtml = kMakers.map(([h, p]) => `<h3>${h}</h3>\n<p>${p}</p>`).join('\n');
const kHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://kettlewickshop.co.uk/blogs/news/meet-the-makers">
<title>${kTitle} &ndash; Kettlewick Community Shop</title><meta property="og:type" content="article"><meta property="og:site_name" content="Kettlewick
Community Shop">
<script>var Shopify = Shopify || {};Shopify.shop = "kettlewick-community-shop.myshopify.com";Shopify.theme = {"name":"Dawn","id":141209,"schema_name":"Dawn",
"schema_version":"15.0.0"};</script><script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<style data-shopify>:root{--font-body-family:Assistant, sans-serif;--page-width:120rem;}</style>
<link href="//kettlewickshop.co.uk/cdn/shop/t/3/assets/base.css?v=144968985024194912401" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free local delivery on Thursdays for orders over £20</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon
header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true"
focusable="false"></svg></span></summary></details>
</header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Kettlewick Community Shop</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${kNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"
focusable="false"></svg></span></summary></details>
</details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main" class="shopify-section
section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-adapt media" itemprop="image" style="padding-bottom: 56.25%;"><img
srcset="//kettlewickshop.co.uk/cdn/shop/articles/makers.jpg?width=750 750w"
src="//kettlewickshop.co.uk/cdn/shop/articles/makers.jpg?width=1100" loading="eager"
width="1100" height="619" alt="Jars of honey and jam on a shelf"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${kTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
datetime="2026-10-03T08:00:00Z">October 3, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Beth Aldous</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${kIntro}</p>
${kMakerHtml}
<p>${kEnd}</p></div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Article-share-template--main" class="share-button
quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share"></svg>Share</button><details
id="Details-share">
<summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template" class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="ShareUrl-template"
value="https://kettlewickshop.co.uk/blogs/news/meet-the-makers" readonly><label class="field__label" for="ShareUrl-template">Link</label>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" viewBox="0 0 14 10"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/news/meet-the-makers/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comments-fields"><div class="article-template__comment-fields"><div class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label"
for="CommentForm-author">Name</label>
</div><div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field field--with-error"><textarea rows="5" id="CommentForm-body"
name="comment[body]" class="text-area field__input" placeholder="Comment"></textarea><label class="form__label field__label"
for="CommentForm-body">Comment</label>
</div></div><p class="article-template__comment-warning caption">${kComment}</p><input type="submit" class="button" value="Post comment"></form></div></div>
</article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper
grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(kFoot)}</ul></div><div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
aria-label="Subscribe"></button></div></div></form>
</div></div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026,
<a href="/" title="">Kettlewick Community Shop</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
<script src="//kettlewickshop.co.uk/cdn/shop/t/3/assets/global.js?v=37284204640041572741" defer="defer"></script></body></html>`;
const kBody = [kIntro, ...kMakers.map(([, p]) => p), kEnd];
const kHeads = kMakers.map(([h]) => h);
const shopify: TestPage = {
  name: 'heldout524-shopify-community-shop-suppliers',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: kBody,
  bylines: ['October 3, 2026', 'Beth Aldous'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([kTitle, ...kHeads, ...kBody], [
    'Skip to content', 'Free local delivery on Thursdays for orders over £20', 'Kettlewick Community Shop', ...kNav, 'Share', 'Link', 'Back to blog',
    'Leave a comment', 'Name', 'Email', 'Comment', kComment, 'Quick links', ...kFoot, 'Subscribe to our emails', '© 2026,', 'Powered by Shopify',
  ]),
};

export const HELDOUT524_C: readonly TestPage[] = [ghost, shopify];
