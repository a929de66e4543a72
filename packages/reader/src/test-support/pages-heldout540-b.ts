import { links, ps, type TestPage } from './page-kit.js';
import { esc, gold, j, lis } from './pages-heldout540-kit.js';

/**
 * Held-out batch 540, file b: a hobby store's event night on WordPress (Astra theme) with The Events Calendar, and a
 * miniature-painting post on a hobby shop's Ghost blog (Casper theme) with comments and read-more cards.
 */
const eTitle = 'Friday Night Magic: Booster Draft';
const eWhen = 'October 9, 2026 @ 6:30 pm - 10:30 pm';
const eCost = '£15';
const eBody = [
  j(
    'Our weekly booster draft is back on Fridays from October. Each player gets three packs of the newest set, we draft in pods',
    'of eight, and then play three rounds of best-of-three Swiss.',
  ),
  j(
    'Entry includes your packs and a promo card while they last. Prize support is paid in store credit: every player who wins',
    'two matches or more gets a voucher, and the top four split a prize pool of booster packs.',
  ),
  'What to bring',
  'Basic lands are provided, so you only need sleeves if you want them.',
  'A pen and paper for life totals, or an app on your phone.',
  'Your player ID if you have one. New players can register at the counter in a couple of minutes.',
  j(
    'Registration closes at 6:15 pm and the first pick is at 6:30 pm sharp. Places are limited to 32 and usually go by',
    'Wednesday, so book ahead. If the event is full, put your name on the waiting list at the counter.',
  ),
];
const eNav = ['Shop', 'Events', 'Play Space', 'Painting Club', 'About', 'Contact'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Dragonsgate Hobbies</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css'
 href='/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.6.4' media='all'>
<link rel='stylesheet' id='astra-theme-css-css'
 href='https://dragonsgatehobbies.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.1' media='all'>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"${eTitle}","startDate":"2026-10-09T18:30:00+01:00",
"endDate":"2026-10-09T22:30:00+01:00","location":{"@type":"Place","name":"Dragonsgate Hobbies"},
"offers":{"@type":"Offer","price":"15","priceCurrency":"GBP"}}]</script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":""};</script></head>
<body class="tribe_events-template-default single single-tribe_events postid-4471 wp-custom-logo ast-desktop ast-page-builder-template ast-no-sidebar
 astra-4.8.1 tribe-events-page-template tribe-theme-astra events-single tribe-events-style-full">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
 ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar
 site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item
 ast-container"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left
 site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img">
<a href="/" class="custom-logo-link"
 rel="home"><img width="200" height="64" src="/wp-content/uploads/2024/02/dragonsgate-logo.png" class="custom-logo" alt="Dragonsgate Hobbies"></a></span>
</div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item
 ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation"
 itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu
 ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul>
</div></nav>
</div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search">
<div class="ast-search-menu-icon slide-search">
<form role="search" method="get" class="search-form" action="/"><label for="search-field"><span class="screen-reader-text">Search for:</span>
<input type="search" id="search-field" class="search-field" placeholder="Search..." value="" name="s"></label></form></div></div></div></div></div></div>
</div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<div id="tribe-events-pg-template" class="tribe-events-pg-template"><div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading">
<img class="tribe-events-spinner-medium" src="/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events"></span>
<div id="tribe-events-content" class="tribe-events-single"><p class="tribe-events-back">
<a href="https://dragonsgatehobbies.co.uk/events/"> &laquo; All Events</a></p>
<div class="tribe-events-notices"><ul><li>This event has passed.</li></ul></div>
<h1 class="tribe-events-single-event-title">${eTitle}</h1>
<div class="tribe-events-schedule tribe-clearfix"><h2>
<span class="tribe-event-date-start">October 9, 2026 @ 6:30 pm</span> - <span class="tribe-event-time">10:30 pm</span></h2>
<span class="tribe-events-cost">${eCost}</span></div>
<div id="tribe-events-header" class="tribe-events-single-section"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation">
<ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="/event/commander-night-9/"><span>&laquo;</span> Commander Night</a></li>
<li class="tribe-events-nav-next"><a href="/event/saturday-paint-and-take/">Saturday Paint and Take <span>&raquo;</span></a></li></ul></nav></div>
<div id="post-4471" class="post-4471 tribe_events type-tribe_events status-publish hentry tribe_events_cat-magic cat_magic">
<div class="tribe-events-event-image"><img width="1024" height="576" src="/wp-content/uploads/2026/09/draft-tables.jpg"
 class="attachment-full size-full wp-post-image" alt=""></div>
<div class="tribe-events-single-event-description tribe-events-content">
${ps(eBody.slice(0, 2))}
<h3>${eBody[2] ?? ''}</h3><ul>${lis(eBody.slice(3, 6))}</ul>
${ps(eBody.slice(6))}
</div>
<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown">
<div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button">
<button class="tribe-events-c-subscribe-dropdown__button-text" aria-expanded="false">
Add to calendar</button></div><div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">
<li class="tribe-events-c-subscribe-dropdown__list-item">
<a href="https://www.google.com/calendar/event?action=TEMPLATE" class="tribe-events-c-subscribe-dropdown__list-item-link"
 target="_blank">Google Calendar</a></li><li class="tribe-events-c-subscribe-dropdown__list-item">
<a href="webcal://dragonsgatehobbies.co.uk/event/fnm-draft/?ical=1"
 class="tribe-events-c-subscribe-dropdown__list-item-link">iCalendar</a></li></ul></div></div></div></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details">
<h2 class="tribe-events-single-section-title">Details</h2><dl><dt class="tribe-events-start-datetime-label">Date:</dt><dd>
<abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2026-10-09">October 9, 2026</abbr></dd>
<dt class="tribe-events-start-time-label">Time:</dt><dd>
<div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2026-10-09">6:30 pm - 10:30 pm</div></dd>
<dt class="tribe-events-event-cost-label">Cost:</dt><dd class="tribe-events-event-cost">${eCost}</dd>
<dt class="tribe-events-event-categories-label">Event Category:</dt><dd class="tribe-events-event-categories">
<a href="/events/category/magic/" rel="tag">Magic: The Gathering</a></dd>
</dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title">Venue</h2><dl>
<dt class="tribe-common-a11y-visual-hide">Venue</dt>
<dd class="tribe-venue">Dragonsgate Hobbies</dd><dt class="tribe-common-a11y-visual-hide">Address:</dt><dd class="tribe-venue-location">
<address class="tribe-events-address">
<span class="tribe-address"><span class="tribe-street-address">9 Tanner Lane</span><br><span class="tribe-locality">Elmbury</span>
<span class="tribe-delimiter">,</span>
<span class="tribe-postal-code">EL2 5QD</span></span>
<a class="tribe-events-gmap" href="https://maps.google.com/maps?q=9+Tanner+Lane" title="Click to view a Google Map"
 target="_blank">+ Google Map</a></address></dd></dl></div></div></div>
<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">
<li class="tribe-events-nav-previous"><a href="/event/commander-night-9/"><span>&laquo;</span> Commander Night</a></li>
<li class="tribe-events-nav-next"><a href="/event/saturday-paint-and-take/">Saturday Paint and Take <span>&raquo;</span></a></li></ul></nav></div></div>
<div class="tribe-events-after-html"></div></div></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container
 site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack"
 data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element
 ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright">
<p>Copyright &copy; 2026 Dragonsgate Hobbies
 | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></footer></div>
<script>var tribe_l10n_datatables = {"aria":{"sort_ascending":": activate to sort column ascending"}};</script></body></html>`;
const eventsCal: TestPage = {
  name: 'heldout540-hobby-store-draft-night',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [eBody[2] ?? ''],
  body: [eWhen, eCost, ...eBody.filter((_, i) => i !== 2)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Search for:', '« All Events', 'This event has passed.', '« Commander Night', 'Saturday Paint and Take »',
    'Add to calendar', 'Google Calendar', 'iCalendar', 'Details', 'Date:', 'Time:', 'Cost:', 'Event Category:',
    'Magic: The Gathering', 'Venue', 'Dragonsgate Hobbies', '9 Tanner Lane', 'Elmbury, EL2 5QD', '+ Google Map',
    'Copyright © 2026 Dragonsgate Hobbies | Powered by Astra WordPress Theme',
  ],
};

const gTitle = 'Wet palettes: why they work and how to make one for £3';
const gDek = 'Paint that stays usable for days instead of minutes, from a sandwich box, a sponge and baking paper.';
const gParas1 = [
  j(
    'If you have ever mixed the perfect shade of grey-green for a cloak, turned round to wash your brush and found the puddle already',
    'skinned over, you already know why people use a wet palette. Acrylic paint dries by losing water. On a dry tile a thin',
    'layer of paint gives up its water in a few minutes; on a wet palette it draws water back up from underneath and stays workable.',
  ),
  j(
    'Most of our Thursday painting club use one now, and the question we hear most at the counter is whether the shop-bought',
    'ones are worth the money. The honest answer is that they are nice, but a homemade one does ninety per cent of the job.',
  ),
];
const gHow = [
  'A shallow plastic box with a lid. A takeaway tub or sandwich box is ideal.',
  'A kitchen sponge or two, cut to fit the bottom of the box, or a stack of kitchen towel.',
  'Baking paper (greaseproof paper), the kind that does not have a waxy coating.',
];
const gParas2 = [
  j(
    'Soak the sponge in clean water and squeeze it out until it no longer drips. Lay it in the box. Cut a sheet of baking paper to the',
    'size of the sponge, wet both sides under the tap and lay it on top, smoothing out air bubbles with a finger.',
  ),
  j(
    'That is it. Put your paint on the paper in small dots, thin it with a drop of water as you normally would, and close the',
    'lid when you finish for the evening.',
  ),
];
const gQuote = 'The palette is doing the job properly when the paint on it looks like single cream, not like yoghurt.';
const gParas3 = [
  j(
    'Keep the sponge damp but not flooded. Too much water and your paint runs thin and spreads across the paper; too little and',
    'it dries as it would on a tile. If your paint starts to bead up, the paper is too wet: blot it with a tissue.',
  ),
  j(
    'Metallic paints separate on a wet palette, with the flakes sinking. Give them a stir with your brush every few minutes, or',
    'keep them on a dry tile instead.',
  ),
  j(
    'Change the water in the sponge once a week. A wet palette in a warm room will grow mould sooner or later, and a few drops of',
    'a mould-stopper from the shop, or a copper coin in the water, slows it down a lot.',
  ),
];
const gEnd = j(
  'If you want to try one before you make your own, there are two on the painting club tables every Thursday from 6 pm. Bring',
  'a model and have a go.',
);
const gRel = [
  ['Painting', 'Edge highlighting without tears', '5 min read'],
  ['Terrain', 'Cork bark cliffs in an afternoon', '7 min read'],
  ['Club news', 'Painting club moves to Thursdays', '2 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9a6b2e7c41"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://blog.brushandbase.co.uk/wet-palettes/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Brush &amp; Base"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-12T09:00:00.000Z">
<meta property="article:tag" content="Painting"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ottilie Brandt">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Brush &amp; Base"},
"author":{"@type":"Person","name":"Ottilie Brandt"},"headline":"${gTitle}","datePublished":"2026-03-12T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
 data-ghost="https://blog.brushandbase.co.uk/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:2.4rem;}</style></head>
<body class="post-template tag-painting tag-tutorials is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.brushandbase.co.uk">Brush &amp; Base</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"></svg>
</button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(['Home', 'Painting', 'Terrain', 'Club news', 'Shop'], 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-painting tag-tutorials ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/painting/">Painting</a>
</span></div>
<h1 class="article-title">${esc(gTitle)}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ottilie/" class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2025/01/ottilie.jpg" alt="Ottilie Brandt"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ottilie/">Ottilie Brandt</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-12">Mar 12, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/03/wet-palette.jpg 300w, /content/images/size/w2000/2026/03/wet-palette.jpg 2000w"
 sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/03/wet-palette.jpg" alt="A homemade wet palette with dots of paint">
<figcaption><span style="white-space: pre-wrap;">A sandwich-box palette after three evenings of use.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gParas1)}
<h2 id="what-you-need">What you need</h2><ul>${lis(gHow)}</ul>
<h2 id="putting-it-together">Putting it together</h2>
${ps(gParas2)}
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
<h2 id="getting-it-right">Getting it right</h2>
${ps(gParas3)}
<hr><p><em>${gEnd}</em></p>
<div class="kg-card kg-cta-card"><div class="kg-cta-content"><p>Brush &amp; Base stocks ready-made wet palettes, spare membranes and mould-stopper.</p>
<a href="https://brushandbase.co.uk/collections/palettes" class="kg-cta-button">Browse palettes</a></div></div>
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.20/umd/comments-ui.min.js"
 data-ghost-comments="https://blog.brushandbase.co.uk/" data-api="https://blog.brushandbase.co.uk/ghost/api/content/" 
 data-post-id="65f02c1e9b" data-count="true"
 crossorigin="anonymous"></script><div style="max-width: 100%;"><iframe title="comments-frame" style="width:100%;height:420px;border:0"></iframe></div>
</section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gRel
  .map(
    ([tag, t, rt]) => `<article class="post-card post"><a class="post-card-image-link"
 href="/${t?.toLowerCase().replace(/ /g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2026/02/card.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div>

<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><span class="post-card-meta-length">${rt}</span></footer></div>
</article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.brushandbase.co.uk">Brush &amp; Base</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Shop', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/casper.js?v=9a6b2e7c41"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout540-hobby-blog-wet-palette',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: ['What you need', 'Putting it together', 'Getting it right'],
  body: [gDek, ...gParas1, ...gHow, ...gParas2, gQuote, ...gParas3, gEnd],
  bylines: ['Ottilie Brandt', 'Mar 12, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brush & Base', 'Home', 'Painting', 'Terrain', 'Club news', 'Shop', 'Sign in', 'Subscribe', 'A sandwich-box palette after three evenings of use.',
    'Brush & Base stocks ready-made wet palettes, spare membranes and mould-stopper.', 'Browse palettes', ...gRel.flatMap((r) => r.slice(1)),
    '© 2026', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT540_B: readonly TestPage[] = [gold(eventsCal), gold(ghost)];
