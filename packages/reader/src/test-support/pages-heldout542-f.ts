import { links, type TestPage } from './page-kit.js';
import { gold, j, render } from './pages-heldout542-kit.js';

/**
 * Held-out batch 542, file f: a livery yard owner's diary post on Ghost with the Casper theme (excerpt, byline, callout card,
 * read-more cards, member sign-up), and a riding centre's news item on Drupal 10 with the Olivero theme (breadcrumb, tags).
 */
const gTitle = 'What a wet winter taught me about running a yard';
const gDek = 'Four months of rain, two flooded fields and one very muddy lesson in planning ahead.';
const gBlocks = [
  j(
    'I have run Copse End as a small livery yard for nine years, and I thought I had seen every kind of winter. This one proved me',
    'wrong. It rained on 97 of the 120 days between November and February, and by Christmas the bottom two fields were under water.',
  ),
  '## Turnout is a rota, not a right',
  j(
    'The first thing to go was the idea that every horse goes out every day. We split the herd into three groups and rotated them',
    'through the sand paddock and the top field, with one group in the arena for an hour on the worst days. Nobody loved it, but',
    'it kept the grass alive for spring.',
  ),
  j('I put the rota on the whiteboard and in the WhatsApp group every Sunday evening. Once liveries could see it was fair, the', 'grumbling mostly stopped.'),
  '## Hay runs out faster than you think',
  j(
    'With horses in for longer, we got through our hay two months early. I now keep a running tally of bales used per week and',
    'compare it with what is left in the barn. If the numbers do not add up to the end of March, I order in January, not April.',
  ),
  j(
    '<div class="kg-callout-emoji">\ud83d\udca1</div><div class="kg-callout-text">A horse in for 18 hours eats roughly a small bale a day.',
    'Multiply by your yard and your weeks before you do anything else.</div>',
  ),
  '## Gateways need fixing in summer',
  j(
    'Every gateway on the farm turned into a bog. The two where we laid hardcore and geotextile last August stayed firm all winter.',
    'The rest will be done this June, while the ground is dry and the contractor is free.',
  ),
  '## Talk to your liveries early',
  j(
    'The best thing I did was call a yard meeting in October and explain what would happen if the rain came. When it did, everyone',
    'already knew the plan. I will do the same every autumn from now on.',
  ),
];
const gNav = ['Home', 'Yard Life', 'Horse Care', 'About'];
const gRead: readonly [string, string, string, string][] = [
  ['Choosing a muck heap contractor', 'What to ask before you sign up for a muck heap collection.', 'Feb 9, 2025', '3 min read'],
  ['Our new isolation stable', 'Why every yard, however small, needs somewhere to quarantine a new arrival.', 'Jan 18, 2025', '5 min read'],
];
const gCard = ([t, ex, d, len]: readonly string[]): string => `<article class="post-card post">
<a class="post-card-image-link" href="/${t?.toLowerCase().replace(/ /g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2025/01/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t?.toLowerCase().replace(/ /g, '-')}/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${t}</h2>
</header><div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-01-01">${d}</time>
<span class="post-card-meta-length">${len}</span></footer></div></article>`;
const gWrap = (h: string, kind: string): string =>
  kind === 'p' && h.includes('kg-callout-emoji') ? h.replace(/^<p>(.*)<\/p>$/s, '<div class="kg-card kg-callout-card kg-callout-card-grey">$1</div>') : h;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f1d2e3c4b"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://copseend.blog/wet-winter-lessons/"><meta property="og:site_name" content="Copse End Diaries">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Copse End Diaries"},
"author":{"@type":"Person","name":"Rachel Dunmore"},"headline":"${gTitle}","datePublished":"2025-03-02T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://copseend.blog/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-yard-life is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://copseend.blog">Copse End Diaries</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" width="20" height="20">
<path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-yard-life image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags">
<span class="post-card-primary-tag"><a href="/tag/yard-life/">Yard Life</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rachel/" class="author-avatar" aria-label="Read more of Rachel Dunmore">
<img class="author-profile-image" src="/content/images/2023/04/rachel.jpg" alt="Rachel Dunmore"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/rachel/">Rachel Dunmore</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-03-02">Mar 2, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div>
</div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w300/2025/03/flood.jpg 300w, /content/images/size/w600/2025/03/flood.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2025/03/flood.jpg" alt="${gTitle}"><figcaption><span style="white-space: pre-wrap;">The bottom field on Boxing Day</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">
${render(gBlocks, { wrap: gWrap })}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://copseend.blog">Copse End Diaries</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sitemap"><a href="/sitemap.xml">Sitemap</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/casper.js?v=8f1d2e3c4b"></script></body></html>`;
const gGold = gold(gBlocks);
const ghost: TestPage = {
  name: 'heldout542-ghost-yard-diary',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gGold.headings,
  body: [gDek, ...gGold.body.map((t) => t.replace(/^\ud83d\udca1/, ''))],
  bylines: ['Rachel Dunmore', 'Mar 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Copse End Diaries', ...gNav, 'Sign in', 'Subscribe', '4 min read', 'The bottom field on Boxing Day', 'Sign up for more like this.', 'Enter your email',
    ...gRead.flat(), 'Copse End Diaries © 2025', 'Sitemap', 'Powered by Ghost',
  ],
};

const dTitle = 'Centre closed to visitors after a case of strangles';
const dBlocks = [
  j(
    'One of our riding school ponies has tested positive for strangles, a contagious infection of the nose and throat. On our vet\u2019s',
    'advice the centre is closed to visitors, lessons and new arrivals from today, Tuesday 14 January, until further notice.',
  ),
  j(
    'The pony, Nutmeg, is comfortable and eating well. She was moved to the isolation stable as soon as she showed a raised',
    'temperature, and the rest of her barn is being tested this week.',
  ),
  '## What this means for you',
  '- All lessons and pony days are cancelled until at least 4 February. We will contact you to rebook or refund.',
  '- Liveries may still visit their own horses but must use the boot dip at the gate and must not go into the school barn.',
  '- Please do not bring any horse onto or off the premises.',
  '- Anyone who has had contact with the school ponies in the last fortnight should wash tack, grooming kit and boots before going near another horse.',
  '## When will we reopen?',
  j(
    'Strangles can take several weeks to clear. We will reopen when every horse in the school barn has had a clear test, and we will',
    'post an update here and on Facebook every Friday. Thank you for your patience and for all the kind messages.',
  ),
];
const dNav = ['Home', 'Lessons', 'Livery', 'News', 'Volunteer', 'Contact'];
const dFoot = ['Privacy notice', 'Safeguarding', 'Accessibility'];
const dNavHtml = dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t === 'Home' ? '' : t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n');
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.ashcombe-riding.org.uk/news/centre-closed-visitors-after-case-strangles">
<title>${dTitle} | Ashcombe Riding Centre</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Kx1.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxLzs8pSy0">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/57",
"currentLanguage":"en"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Ashcombe Riding Centre</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search">
<h2 class="visually-hidden block__title">Search</h2><div class="content">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" size="15"
maxlength="128" class="form-search form-element form-element--type-search">
</div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
<button class="button--primary search-form__submit button js-form-submit form-submit"
type="submit" value="Search"><span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNavHtml}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main">
<div class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div></div></div>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="57" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Helen Marsh</span></span></span>
<span class="node__meta__date"><span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2025-01-14T09:12:00Z">14 January, 2025</time></span></span></div>
</header><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${render(dBlocks)}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
<h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/4" hreflang="en">Yard news</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/9" hreflang="en">Horse health</a></li></ul></div></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate">
<div id="block-olivero-syndicate" class="block block-node block-node-syndicate-block">
<div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu menu--footer">${links(dFoot, 'menu-item')}</ul></nav>
<div id="block-olivero-charity" class="block block-block-content"><div class="block__content">
<p>Ashcombe Riding Centre is a registered charity, number 1093327.</p></div></div></div></div>
<div class="region region--footer-bottom grid-full">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div></div>
</div></footer><div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_Ab2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const dGold = gold(dBlocks);
const drupal: TestPage = {
  name: 'heldout542-drupal-olivero-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dGold.headings,
  body: dGold.body,
  bylines: ['By Helen Marsh', '14 January, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ashcombe Riding Centre', 'Menu', ...dNav.filter((t) => t !== 'Lessons' && t !== 'Contact'),
    'Tags', 'Yard news', 'Horse health', 'RSS feed', ...dFoot,
    'Ashcombe Riding Centre is a registered charity, number 1093327.', 'Powered by Drupal',
  ],
};

export const HELDOUT542_F: readonly TestPage[] = [ghost, drupal];
