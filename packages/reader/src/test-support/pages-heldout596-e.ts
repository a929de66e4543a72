import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout596-kit.js';

/**
 * Held-out batch 596, file e: an archery club's AGM news article on Drupal 10 (Olivero) with a comment, and a clay
 * shooting coach's blog post on Ghost (Casper) with a member signup box and read-more cards.
 */
const oTitle = 'AGM 2026: new committee and a summer field course';
const oParas = [
  j(
    'Thirty-one members came to the annual general meeting at the Scout hut on 24 January, the best turnout for several years.',
    'The meeting approved last year’s accounts, kept subscriptions at £95 for adults and £40 for juniors, and elected the new',
    'committee below.',
  ),
  j(
    'The biggest news is the field course. The landowner at Ashby Copse has agreed to let us lay out twelve pegs in the wood',
    'from May to September, and the committee will put £1,800 from reserves towards bosses and target stands.',
  ),
];
const oHd = ['Committee for 2026', 'What happens next'] as const;
const oCommittee = ['Chair: Graham Tolley', 'Secretary: Anita Rowe', 'Treasurer: Phil Sandford', 'Records officer: Kezia Lamb', 'Field captain: Owain Beddow'];
const oNext = [
  j(
    'Working parties will clear the paths on the first two Saturdays in April. Bring gloves and loppers if you have them. Field',
    'captain Owain Beddow will send the peg plan round by email once the landowner has walked the course with him.',
  ),
  'Thank you to Sue Marchant, who stands down after nine years as secretary.',
];
const oNav = ['Home', 'News', 'Beginners', 'Calendar', 'Members'];
const oCrumbs = ['Home', 'News'];
const oFoot = ['Contact', 'Safeguarding', 'Privacy notice'];
const oComment = 'Great news about the wood. Count me in for the working parties.';
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.ashbybowmen.org.uk/news/agm-2026">
<title>${oTitle} | Ashby Bowmen</title><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Z1Yw.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/58"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script>
<noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?t9k"></noscript></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Ashby Bowmen</a></div></div></div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu"
aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul>
</nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content">
<ol class="breadcrumb__list">${links(oCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="58" class="node node--type-article node--promoted node--view-mode-full">
<header class="layout--content-medium"><div class="node__meta"><div class="node__author-image">
<img src="/sites/default/files/pictures/gt.jpg" alt="Profile picture for user
graham" width="100" height="100"></div><div class="node__meta-text"><span class="node__author">By <span class="field field--name-uid">
<span>Graham Tolley</span></span>
</span>, <span class="node__pubdate">28 January, 2026</span></div></div></header>
<div class="node__content layout--content-medium">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oParas)}<h2>${oHd[0]}</h2><ul>${lis(oCommittee)}</ul><h2>${oHd[1]}</h2>${ps(oNext)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/3" hreflang="en">Club news</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/9" hreflang="en">Field archery</a></li></ul></div>
<section class="section comments" data-drupal-selector="comments"><h2 class="comments__title">Comments</h2>
<article data-comment-user-id="14" id="comment-211" class="comment js-comment single-comment"><div class="comment__picture-wrapper">
<div class="comment__picture">
<img src="/sites/default/files/pictures/df.jpg" alt="Profile picture for user dfrain"></div></div><div class="comment__text-wrapper">
<footer class="comment__meta">
<p class="comment__author"><span>Dora Frain</span></p><p class="comment__time">Thu, 29/01/2026 - 08:17</p></footer>
<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body"><p>${oComment}</p></div></div>
<ul class="inline links comment__links"><li class="comment-forbidden">
<a href="/user/login?destination=/comment/reply/node/58/comment_forum%23comment-form">Log in</a>
to post comments</li></ul></div></article></section></div></article></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?t9k"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout596-drupal-olivero-agm',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [...oHd],
  body: texts([...oParas, ...oCommittee, ...oNext]),
  bylines: ['By Graham Tolley', '28 January, 2026', 'Dora Frain', 'Thu, 29/01/2026 - 08:17'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ashby Bowmen', 'Menu', 'Home', 'Calendar', 'Tags', 'Club news', 'Field archery', 'Comments', oComment,
    'Log in to post comments', ...oFoot, 'Powered by Drupal',
  ],
};

const gTitle = 'Five things I tell every new clay shooter';
const gDek = 'Twenty years of lessons have taught me that the same handful of ideas fix most beginners’ misses.';
const gHd = [
  '1. Look at the clay, not the gun',
  '2. Mount the gun to your cheek, not your cheek to the gun',
  '3. Keep the gun moving',
  '4. Fewer cartridges, more thinking',
  '5. Enjoy the misses',
] as const;
const gSecs: string[][] = [
  [
    j(
      'Your eyes steer the gun. If you look at the bead on the end of the barrel, the barrel stops, and you shoot behind. Pick a',
      'spot on the leading edge of the clay and stare at it until it breaks. The gun will follow your eyes more than you expect.',
    ),
  ],
  [
    j(
      'Almost every new shooter ducks their head to meet the stock. That puts the eye in a different place every time. Stand',
      'tall, lift the gun until the comb touches your cheekbone, and you will see the target over the rib the same way each shot.',
    ),
  ],
  [
    j(
      'Stopping the swing as you pull the trigger is the commonest miss of all. Follow through as if you were painting a line',
      'past the clay. On a crosser I ask pupils to keep moving until they hear the shot land, which is long after it has gone.',
    ),
    'A drill that helps: mount and swing along the line where the wall meets the ceiling at home, with an empty gun, ten times a day.',
  ],
  [
    j(
      'Fifty targets with a short break every ten is enough for a first month. Tired arms make bad shots, and bad shots practised',
      'become habits. Between stands, talk through what you saw with your instructor or your squad.',
    ),
  ],
  [
    j(
      'Nobody breaks everything. The best shots in the country drop targets every round. A miss tells you something about where',
      'you looked or how you moved, so ask what it was telling you, then load and call again.',
    ),
    'If you remember only one of these, make it the first.',
  ],
];
const gRead = [
  { t: 'Choosing your first over-and-under', e: 'Fit before brand, always.', d: 'Jan 30, 2026', l: '4 min read' },
  { t: 'Why I start pupils on 28 grams', e: 'Recoil, confidence and cost.', d: 'Jan 12, 2026', l: '3 min read' },
];
const gNav = ['Home', 'Lessons', 'About', 'Archive'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://offthepeg.blog/assets/built/screen.css?v=1c5f7d2a3b">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://offthepeg.blog/five-things-new-clay-shooter/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Off the Peg"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-20T08:00:00.000Z"><meta property="article:tag" content="Beginners">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Off the Peg"},
"author":{"@type":"Person","name":"Ruth Calloway"},"headline":"${gTitle}","datePublished":"2026-02-20T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Off the Peg" href="https://offthepeg.blog/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-i18n="false" data-ghost="https://offthepeg.blog/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="8a1f" data-styles="" crossorigin="anonymous"></script>
<style>:root {--ghost-accent-color: #3a6b35;}</style></head>
<body class="post-template tag-beginners is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://offthepeg.blog">Off the Peg</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-beginners featured no-image">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/beginners/">Beginners</a>
</span>
<span class="post-card-featured"><svg></svg> Featured</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar" aria-label="Read more of Ruth Calloway">
<img class="author-profile-image" src="/content/images/ruth.jpg" alt="Ruth Calloway"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Calloway</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-20">Feb 20, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div></header>
<section class="gh-content gh-canvas is-body">
${gSecs.map((s, i) => `<h2 id="h-${i + 1}">${gHd[i] ?? ''}</h2>\n${ps(s)}`).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    (r) => `<article class="post-card post">
<div class="post-card-content"><a class="post-card-content-link" href="/${r.t.toLowerCase().replace(/ /g, '-')}/"><header class="post-card-header">
<h2 class="post-card-title">${r.t}</h2></header><div class="post-card-excerpt">${r.e}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-01-30">${r.d}</time><span class="post-card-meta-length">${r.l}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://offthepeg.blog">Off the Peg</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://offthepeg.blog/assets/built/casper.js?v=1c5f7d2a3b"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout596-ghost-casper-coach',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [...gHd],
  body: texts([gDek, ...gSecs.flat()]),
  bylines: ['Ruth Calloway', 'Feb 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Off the Peg', 'Home', 'Archive', 'Sign in', 'Subscribe', 'Featured', '5 min read', 'Sign up for more like this.',
    'Enter your email', ...gRead.flatMap((r) => [r.t, r.e, r.d, r.l]), 'Off the Peg © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT596_E: readonly TestPage[] = [drupal, ghost];
