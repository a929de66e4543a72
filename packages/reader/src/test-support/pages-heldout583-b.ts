import { links, ps, type TestPage } from './page-kit.js';
import { finish, j, lis } from './pages-heldout583-kit.js';

/**
 * Held-out batch 583, file b: a piano care guide on a Wix blog (Ricos content viewer, post metadata, tags, recent posts,
 * comment box), and an organ builder's news item on Drupal 10 (Olivero theme, tags, a comment thread).
 */
const xTitle = 'Caring for Your Piano Between Tunings';
const xParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'A piano is mostly wood, felt and wire, and all three react to the room around it. The good news is that most of what keeps',
        'a piano healthy costs nothing. Here is what we tell every new customer after the first tuning.',
      ),
    ],
  ],
  [
    'Where it stands',
    [
      j(
        'Keep the piano away from radiators, fireplaces and sunny windows. An inside wall is best. Direct sun fades the case and',
        'dries the soundboard unevenly, and a radiator under the keyboard will loosen the tuning pins over a few winters.',
      ),
      'If you must put it on an outside wall, leave a gap of about ten centimetres behind it so that air can move.',
    ],
  ],
  [
    'Humidity',
    [
      j(
        'The ideal is a steady 40 to 50 per cent relative humidity. It is the swings that do damage: a soundboard that swells in a',
        'damp August and shrinks in a dry January takes the tuning with it every time.',
      ),
      'Signs that the air is too dry:',
      'keys that click or feel loose',
      'a buzz from the bass when you play loudly',
      'hairline cracks in the varnish of the soundboard',
      'A cheap hygrometer on the piano will tell you more than any of these signs. Check it once a week for the first year.',
    ],
  ],
  [
    'Cleaning',
    [
      j(
        'Dust the case with a soft dry cloth. For the keys, use a cloth barely damp with water and a drop of washing-up liquid,',
        'wiping from the back of the key towards you so that water does not run down the sides. Never use furniture polish on the',
        'keys, and never spray anything inside the piano.',
      ),
    ],
  ],
  [
    'Playing it',
    [
      j(
        'The best thing for a piano is to be played. Hammers and dampers that move every day stay free; a piano left shut for',
        'years is the one most likely to have moth in the felts when it is finally opened.',
      ),
    ],
  ],
];
const xList = (xParts[2]?.[1] ?? []).slice(2, 5);
const xBlock = (t: string): string =>
  xList.includes(t)
    ? t === xList[0]
      ? `<ul class="yXx3K"><li>${xList.map((l) => `<p class="public-DraftStyleDefault-ltr" dir="auto">${l}</p>`).join('</li><li>')}</li></ul>`
      : ''
    : `<div type="paragraph" class="MFEpQ"><p class="MFEpQ QKwlS" dir="auto"><span class="QKwlS">${t}</span></p></div>`;
const xNav = ['Home', 'Tuning', 'Repairs', 'Blog', 'Contact'];
const xRecent = ['Why Your Piano Goes Flat in Winter', 'What Happens at a Pitch Raise?', 'Buying a Secondhand Upright: Ten Checks'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Caring for Your Piano Between Tunings</title>
<meta name="description" content="Simple things that keep a piano in tune and in good health.">
<link rel="canonical" href="https://www.vargapianoservice.com/post/caring-for-your-piano">
<meta property="og:type" content="article"><meta property="og:site_name" content="Varga Piano Service">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Caring for Your Piano Between Tunings",
"author":{"@type":"Person","name":"Elsie Varga"},"datePublished":"2025-03-04T10:02:11.000Z","publisher":{"@type":"Organization",
"name":"Varga Piano Service"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8d1c","isHttps":true},"language":{"userLanguage":"en"},"mode":{"qa":false}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}#comp-kq2x{--txt:33,33,33}</style></head>
<body class="device-desktop"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP">
<div id="pageBackground_x1" class="pageBackground"></div></div>
<div id="site-root"><div id="masterPage" class="mesh-layout">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div data-mesh-id="SITE_HEADERinlineContent" class="SITE_HEADERinlineContent">
<div id="comp-kq2x" class="comp-kq2x wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">
<a href="https://www.vargapianoservice.com" target="_self" class="wixui-rich-text__text">VARGA PIANO SERVICE</a></span></p></div>
<nav id="comp-kq2y" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${links(xNav, 'wixui-horizontal-menu__item')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX"><div id="TPASection_blog"
class="TPASection_blog"><div class="blog-post-page-font"><div class="post-page"><article class="blog-post-page-font _1ne4L" data-hook="post">
<div class="post-header" data-hook="post-header"><div data-hook="post-metadata" class="_1qRjT"><div class="avatar"><img alt="Writer's picture"
src="https://static.wixstatic.com/media/8d1c_avatar.jpg"></div><div class="_2Xhi2"><span data-hook="user-name" class="tQ0Q1">Elsie Varga</span>
<ul class="_1ZJbQ"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Mar 4">Mar 4</span></li><li>
<span data-hook="time-to-read" class="post-metadata__readTime" title="4 min read">4 min read</span></li></ul></div></div>
<button data-hook="more-button" aria-label="More actions" class="_3D4M9"></button></div>
<div class="post-title" data-hook="post-title"><h1 class="blog-post-title-font post-title__text"><span class="post-title__text">${xTitle}</span></h1></div>
<div class="post-content" data-hook="post-description"><section data-id="content-viewer" class="_5mO_m"><div class="rich-content-viewer" dir="ltr"
data-id="rich-content-viewer"><div class="kvdbP">
${xParts
  .map(
    ([h, b]) =>
      (h === '' ? '' : `<h2 class="HmArN" dir="auto" id="viewer-${h.length}"><span style="font-weight:700">${h}</span></h2>`) + b.map(xBlock).join(''),
  )
  .join('\n')}
<div class="_2Xd6N" data-hook="image-viewer"><figure><img alt="" src="https://static.wixstatic.com/media/8d1c_hygrometer.jpg">
<figcaption class="_1Lz4N" data-hook="imageViewerCaption">A £9 hygrometer, the best investment you can make for your piano.</figcaption></figure></div>
</div></div></section></div><div class="post-footer" data-hook="post-footer"><nav aria-label="tags" class="tags"><ul>
<li><a href="/blog/tags/piano-care" class="tag-link">Piano Care</a></li><li><a href="/blog/tags/humidity" class="tag-link">Humidity</a></li></ul></nav>
<div class="share-buttons"><button aria-label="Share via Facebook"></button><button aria-label="Share via LinkedIn"></button>
<button aria-label="Share via Link"></button></div>
<div class="post-stats" data-hook="post-main-actions"><span data-hook="view-count">87 views</span><span data-hook="comment-count">0 comments</span>
<button aria-label="Post not marked as liked" data-hook="like-button"></button></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2>Recent Posts</h2><a href="/blog">See All</a></div>
<ul>${links(xRecent, 'post-list-item')}</ul></section>
<section class="comments" data-hook="comments"><h2 data-hook="comments-title">Comments</h2><div class="comment-box"><button>Write a comment...</button></div>
</section>
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="footer-inline">
<p class="font_9">© 2025 by Varga Piano Service. Proudly created with Wix.com</p>
<p class="font_9">Serving Ostbridge, Lenham and the Kell Valley</p></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = finish({
  name: 'heldout583-wix-piano-care',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xParts.map(([h]) => h).filter((h) => h !== ''),
  body: xParts.flatMap(([, b]) => b),
  bylines: ['Elsie Varga', 'Mar 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'VARGA PIANO SERVICE', ...xNav, '4 min read',
    'A £9 hygrometer, the best investment you can make for your piano.', 'Piano Care', 'Humidity', '87 views', '0 comments', 'Recent Posts',
    'See All', ...xRecent, 'Comments', 'Write a comment...', '© 2025 by Varga Piano Service. Proudly created with Wix.com',
    'Serving Ostbridge, Lenham and the Kell Valley', 'bottom of page',
  ],
});

const dTitle = 'New chamber organ leaves the workshop for Kessing Cathedral';
const dBody = [
  j(
    'After eighteen months at the bench, Opus 41 was packed into two vans on Monday morning and driven to Kessing, where it will',
    'serve as the continuo organ for the cathedral choir. It is the smallest instrument we have built for a cathedral, and one of',
    'the most portable: the whole organ sits on a single oak platform with castors and can be moved by two people.',
  ),
  j(
    'The organ has four stops, all of wood except the Principal 2′, which is of hammered lead-tin alloy made in our own casting',
    'shop. The keyboard transposes between A415, A440 and A465 with a lever under the key cheek, so the choir can use it for',
    'Baroque music at low pitch and for modern works without retuning.',
  ),
  'Stop list:',
  'Stopped Diapason 8′',
  'Flute 4′',
  'Principal 2′ (treble from c′)',
  'Larigot 1⅓′',
  j(
    'The case is of quarter-sawn oak from a tree felled on the cathedral’s own estate in 2019 and seasoned in the close. The',
    'pipe shades were carved by Orla Quist, who based the pattern on the medieval bench ends in the choir.',
  ),
  j(
    'The organ will be voiced in place over the next fortnight and blessed at Evensong on Sunday 29 June. Visitors are welcome to',
    'watch the voicing from the south aisle on weekday afternoons.',
  ),
];
const dNav = ['Home', 'Instruments', 'Opus List', 'News', 'Visit the Workshop', 'Contact'];
const dComments = [
  ['Gwen Tallis', 'Fri, 13/06/2025 - 08:41', 'Lovely to see the case in the flesh. The carving is even better than the photos suggest.'],
  ['Peter Aske', 'Fri, 13/06/2025 - 17:20', 'Will the transposing keyboard be used at the Handel weekend in September?'],
] as const;
const dComment = ([who, when, text]: readonly [string, string, string]): string => `<article data-comment-user-id="0" id="comment-${who.length}"
class="comment js-comment by-anonymous"><div class="comment__picture-wrapper"><div class="comment__picture"></div></div><div class="comment__text-wrapper">
<footer class="comment__meta"><p class="comment__author"><span lang="" typeof="schema:Person" property="schema:name">${who}</span></p>
<p class="comment__time">${when}</p><p class="comment__permalink"><a href="/comment/${who.length}#comment-${who.length}">Permalink</a></p></footer>
<div class="comment__content"><div class="field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${text}</p></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/58/comment_forum/${who.length}">Reply</a></li></ul></div></div>
</article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://pelloworganworks.org.uk/news/opus-41-kessing"><title>${dTitle} | Pellow Organ Works</title>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/58","currentLanguage":"en"}}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?sx2k1a">
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/layout/layout.css?sx2k1a">
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Pellow Organ Works</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">
Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" class="form-search form-element"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><button class="button--primary search-form__submit button"
type="submit">Search</button></div></form></div></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item">
<a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="58" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Ruth Pellow</span></span></span>,
<span class="field field--name-created field--type-created field--label-hidden">12 June, 2025</span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2025-06/opus41.jpg" width="1200" height="800" alt="The oak case of Opus 41 on its platform"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 2))}
<p>${dBody[2]}</p><ul>${lis(dBody.slice(3, 7))}</ul>
${ps(dBody.slice(7))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">
<li><a href="/taxonomy/term/3" property="schema:about" hreflang="en">Opus list</a></li><li>
<a href="/taxonomy/term/7" property="schema:about" hreflang="en">Continuo organs</a></li>
</ul></div><section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><div class="comments__count">2</div>
${dComments.map(dComment).join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/58/comment" method="post">
<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comment</label>
<textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" class="form-textarea required"></textarea></div>
<div class="form-actions"><input type="submit" id="edit-submit" value="Save" class="button button--primary js-form-submit form-submit"></div></form></section>
</div></article></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full">
<div id="block-olivero-footer" class="block block-block-content"><p>Pellow Organ Works, The Old Tannery, Brackholm</p></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div>
</div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation-utils.js?v=10.2.6"></script></body></html>`;
const drupal: TestPage = finish({
  name: 'heldout583-olivero-organ-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dBody,
  bylines: ['By Ruth Pellow', '12 June, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Pellow Organ Works', 'Menu', 'Main navigation', ...dNav, 'Search', 'Breadcrumb', 'Tags', 'Opus list',
    'Continuo organs', 'Comments', '2', ...dComments.flat(), 'Permalink', 'Reply', 'Add new comment', 'Comment',
    'Pellow Organ Works, The Old Tannery, Brackholm', 'Powered by Drupal',
  ],
});

export const HELDOUT583_B: readonly TestPage[] = [wix, drupal];
