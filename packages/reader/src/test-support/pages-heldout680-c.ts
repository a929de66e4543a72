import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout680-kit.js';

/**
 * Held-out batch 680, file c: a council news article on LocalGov Drupal about a baths closure being extended, with a
 * GOV.UK-style cookie banner, breadcrumbs and a "Was this page helpful" block, and a swim-kit shop's blog article on
 * Shopify (Dawn theme) with a share button, tags, a comment form and a newsletter footer.
 */
const dTitle = 'Millbrook Baths closure extended to the end of June';
const dParas = [
  j(
    'Millbrook Baths will stay closed until the end of June while contractors finish replacing the changing village, the council',
    'has announced. The pool was due to reopen on 14 April.',
  ),
  j(
    'When the old cubicles were taken out in February, workers found that the floor slab beneath them had been damaged by decades',
    'of water leaking from the showers. The slab is being broken out and relaid before the new tiled floor and cubicles can go in.',
  ),
  j(
    'Councillor Dana Whitlock, cabinet member for leisure, said: "Nobody wanted this news, and I know how much the baths matter to',
    'the swimmers and clubs who have been travelling to other pools since January. We would rather fix the floor properly now than',
    'close again in two years."',
  ),
];
const dHeads = ['Swimming lessons and clubs', 'Memberships'];
const dLessons = j(
  'Lessons run by the council swim school will continue at Oakfield Pool on the same days, with a free bus from Millbrook Baths',
  'car park 20 minutes before each block. Millbrook Amateur Swimming Club and the sub-aqua club have been offered extra time at',
  'Oakfield on weekday evenings.',
);
const dMembers = [
  'Monthly members will not be charged for April, May or June.',
  'Annual members will have three months added to the end of their membership.',
  'Pay-as-you-go swimmers can use Oakfield Pool at the Millbrook price until the baths reopen.',
];
const dNav = ['Bins and recycling', 'Council tax', 'Housing', 'Leisure and culture', 'Parking', 'Planning'];
const dCrumbs = ['Home', 'News'];
const dRel = ['Oakfield Pool opening times', 'Millbrook Baths refurbishment'];
const dFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice', 'Jobs', 'Council meetings'];
const dHtml = `<!DOCTYPE html><html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><title>${dTitle} | Kelderby District Council</title><meta name="description" content="The baths will reopen at the end of June.">
<link rel="canonical" href="https://www.kelderby.gov.example/news/millbrook-baths-closure-extended">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-04-02T10:05:00+0100"}]}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t8k2lq"><link rel="stylesheet" media="all"
href="/themes/custom/kelderby/css/main.css?t8k2lq"></head>
<body class="path-node page-node-type-localgov-news-article"><a href="#main-content" class="skip-link visually-hidden focusable">Skip to main content</a>
<div class="localgov-cookie-banner" role="region" aria-label="Cookies on Kelderby District Council"><div class="lgd-container">
<h2>Cookies on Kelderby District Council</h2><p>We use some essential cookies to make this website work. We'd also like to use analytics cookies so we
can understand how you use the service and make improvements.</p><button class="button eu-cookie-compliance-save-preferences-button">Accept analytics
cookies</button><button class="button decline-button">Reject analytics cookies</button><a href="/cookies">How we use cookies</a></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-header"><div class="lgd-container"><div class="lgd-header__inner">
<div class="lgd-header__site-branding"><a href="/" rel="home" class="lgd-header__logo"><img src="/themes/custom/kelderby/logo.svg" alt="Kelderby District
Council home"></a></div><div class="lgd-header__search"><form action="/search" method="get" role="search"><label for="edit-s" class="visually-hidden">Search
this site</label><input type="text" id="edit-s" name="s"><button type="submit" class="button">Search</button></form></div></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary"><ul class="lgd-header__nav-list">${links(dNav, 'lgd-header__nav-item')}</ul>
</nav></div></div><div class="lgd-region lgd-region--breadcrumb"><div class="lgd-container"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs)}</ol></nav></div></div>
<main class="main" id="main-content" tabindex="-1"><div class="lgd-container"><div class="lgd-row"><div class="lgd-row__two-thirds">
<article class="localgov-news-article full"><h1 class="lgd-page-title-block__title"><span class="field field--name-title">${dTitle}</span></h1>
<div class="localgov-news-article__date">Published: <time datetime="2026-04-02T09:05:00Z">2 April 2026</time></div>
<div class="field field--name-localgov-news-image"><figure><img src="/sites/default/files/styles/large/public/2026-04/baths.jpg" alt="">
<figcaption>The changing village at Millbrook Baths during the works</figcaption></figure></div>
<div class="field field--name-body text-long">
${ps(dParas)}
<h2>${dHeads[0]}</h2><p>${dLessons}</p>
<h2>${dHeads[1]}</h2><ul>${lis(dMembers)}</ul>
</div>
<div class="field field--name-localgov-news-categories"><h3 class="field__label">Categories</h3><ul>${links(['Leisure', 'Sport'])}</ul></div>
</article></div>
<aside class="lgd-row__one-third sidebar"><div class="block block-localgov-news-related"><h2>Related links</h2><ul>${links(dRel)}</ul></div>
<div class="block block-localgov-news-search"><h2>Search news</h2><form><label for="news-search">Keywords</label><input id="news-search" type="text">
<button type="submit">Apply</button></form></div></aside></div>
<div class="localgov-page-feedback"><h2>Was this page helpful?</h2><a href="/feedback?page=1722&amp;helpful=yes">Yes</a>
<a href="/feedback?page=1722&amp;helpful=no">No</a>
</div></div></main>
<footer class="footer"><div class="lgd-container"><nav aria-label="Footer"><ul>${links(dFoot)}</ul></nav>
<p>Kelderby District Council, Market Hall, Kelderby KB1 1AA</p>
<p>&copy; 2026 Kelderby District Council</p></div></footer></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const drupalClosure: TestPage = {
  name: 'heldout680-localgov-baths-closure',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: [...dParas, dLessons, ...dMembers],
  bylines: ['Published: 2 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on Kelderby District Council',
    "We use some essential cookies to make this website work. We'd also like to use analytics cookies so we can understand how you use the service " +
      'and make improvements.',
    'Accept analytics cookies', 'Reject analytics cookies', 'How we use cookies', 'Search this site', 'Search', ...dNav, 'Home',
    'The changing village at Millbrook Baths during the works', 'Categories', 'Sport', 'Related links', ...dRel, 'Search news',
    'Keywords', 'Apply', 'Was this page helpful?', 'Yes', 'No', ...dFoot, 'Kelderby District Council, Market Hall, Kelderby KB1 1AA',
    '© 2026 Kelderby District Council',
  ],
};

const pTitle = "What to pack for your child's first swimming lesson";
const pIntro = j(
  'The first lesson is a big day, and most of the worries we hear from parents are about the bag rather than the pool. After',
  'twelve years of selling kit to swim school families, here is the short list we give our own friends.',
);
const pHeads = ['The essentials', 'Nice to have', 'What to leave at home'];
const pEss = [
  '<strong>A costume that fits now.</strong> Buying a size up to grow into means straps that slip and a suit that fills with water.',
  '<strong>A hooded towel or poncho.</strong> Small children lose heat fast on the poolside, and a hood makes getting dry much quicker.',
  '<strong>A swim nappy</strong> for children who are not yet toilet trained. Most pools ask for a reusable one over a disposable.',
  '<strong>A drink and a small snack</strong> for afterwards. Swimming makes children hungry, and a hungry child in a changing room is nobody’s friend.',
];
const pNice = j(
  'A silicone hat keeps long hair out of the eyes and protects it from chlorine. Goggles help some children, but ask the',
  'teacher first: many schools prefer beginners to get used to water on the face without them. A waterproof bag for the wet',
  'things saves the rest of the bag, and flip-flops make the walk from the changing room less slippery.',
);
const pLeave = j(
  'Leave armbands and float suits at home unless the teacher asks for them. They help children feel safe on holiday, but in a',
  'lesson they stop children learning to find their own balance in the water.',
);
const pNav = ['Shop all', 'Kids', 'Women', 'Men', 'Goggles', 'Swim school packs', 'Journal'];
const pTags = ['Beginners', 'Kids', 'Swim lessons'];
const pHtml = `<!doctype html><html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://splashkit.example/blogs/journal/first-swimming-lesson-packing-list"><title>${pTitle.replace(/'/g, '&#39;')} &ndash; Splashkit</title>
<meta name="description" content="The short packing list we give our own friends."><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "splashkit.myshopify.com";Shopify.theme = {"name":"Dawn","id":1341,"schema_name":"Dawn"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"The first lesson is a big day","headline":"${pTitle}",
"datePublished":"2026-08-19T08:00:00Z","author":{"@type":"Person","name":"Megan Astley"}}</script>
<link href="//splashkit.example/cdn/shop/t/7/assets/base.css?v=1712" rel="stylesheet" type="text/css" media="all">
<link href="//splashkit.example/cdn/shop/t/7/assets/section-blog-post.css?v=1712" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free UK delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width"><a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Splashkit</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav.map((t) => `<li><a href="#" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"></summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1__main" class="shopify-section section"><article class="article-template">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" style="padding-bottom: 56.25%;">
<img src="//splashkit.example/cdn/shop/articles/first-lesson-bag.jpg?v=1724" alt="A swim bag with towel, costume and goggles" width="1500" height="844">
</div></div><header class="page-width page-width--narrow"><h1 class="article-template__title">${pTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-08-19T08:00:00Z">August 19, 2026</time></span>
<span class="caption-with-letter-spacing">by Megan Astley</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><details><summary class="share-button__button">
<span>Share</span></summary><div class="share-button__fallback"><input type="text" class="field__input" value="https://splashkit.example/blogs/journal/first"
readonly><button class="share-button__copy"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte">
<p>${pIntro}</p>
<h2>${pHeads[0]}</h2><ul>${lis(pEss)}</ul>
<h2>${pHeads[1]}</h2><p>${pNice}</p>
<h2>${pHeads[2]}</h2><p>${pLeave}</p>
<p><em>Shop our <a href="/collections/swim-school-packs">swim school packs</a>, which bundle a costume, hat and hooded towel with 15% off.</em></p>
</div><div class="article-template__tags page-width page-width--narrow"><ul class="list-unstyled">${pTags
  .map(
    (t) => `<li><a href="#">${t}</a>
</li>`,
  )
  .join('')}</ul></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="Comments-1" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/first/comments" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields">
<div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--1__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email"
name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div>
</div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/">Splashkit</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer>
<script src="//splashkit.example/cdn/shop/t/7/assets/global.js?v=1712" defer="defer"></script></body></html>`;
const shopifyPacking: TestPage = {
  name: 'heldout680-shopify-first-lesson',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([pIntro, ...pEss, pNice, pLeave, 'Shop our <a>swim school packs</a>, which bundle a costume, hat and hooded towel with 15% off.']),
  bylines: ['August 19, 2026', 'by Megan Astley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Splashkit', 'Shop all', 'Kids', 'Women', 'Men', 'Journal',
    'Share', 'Swim lessons', 'Back to blog', 'Leave a comment', 'Name', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Subscribe to our emails', 'Email', '© 2026, Splashkit',
    'Powered by Shopify',
  ],
};

export const HELDOUT680_C: readonly TestPage[] = [drupalClosure, shopifyPacking];
