import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 143, file a2: a WordPress post on the Neve theme, a cycling-travel blog (skip link, the header builder
 * rows with logo, tagline and primary menu, the hidden slide-in mobile menu that repeats it, the Yoast breadcrumb above the
 * title, the meta list with author, date and category, block content with a table of daily distances and an image
 * caption, a Jetpack-less "Tags:" list, the previous/next post navigation, the comment form without comments, the right
 * sidebar with search, recent posts and categories, and the footer "Neve | Powered by WordPress").
 */
const title = 'Three days on the Corrow Valley rail trail with a loaded bike';
const p1 = [
  'The Corrow Valley rail trail follows the old branch line from Ashby Cross to the coast at Pellin, a little over 140 kilometres ' +
    'of gravel, tarmac and the occasional muddy cutting. We rode it at the end of September with camping gear on the bikes, and ' +
    'it turned out to be the gentlest multi-day ride we have ever done.',
  'This post covers how we split the distance, where we slept, and the few things we would do differently.',
];
const h1 = 'How we split the distance';
const p2 = [
  'Because the trail never climbs more than a railway could, the daily distances were limited by cafés and campsites rather ' +
    'than by our legs. We planned three days and stuck to them:',
];
const rows = [
  ['Day 1', 'Ashby Cross to Mellon Halt', '52 km', 'Riverside campsite'],
  ['Day 2', 'Mellon Halt to Tresk', '47 km', 'Village hall bunkroom'],
  ['Day 3', 'Tresk to Pellin', '43 km', 'Train home'],
];
const p3 = [
  'The first day is the busiest with walkers and families, especially around the Corrow viaduct. From Mellon Halt onwards we often ' +
    'went half an hour without seeing anyone.',
];
const h2 = 'Surfaces and bikes';
const p4 = [
  'About two thirds of the route is compacted limestone, which is fine on any tyre wider than 35 mm. The stretch through ' +
    'Brannock Wood is rougher and can be muddy after rain, and there is a short section of loose ballast near Tresk where we ' +
    'walked the bikes for a few hundred metres.',
  'We rode gravel bikes on 42 mm tyres with a rear rack and a frame bag each. A friend did the same ride last year on a touring ' +
    'bike with 32 mm tyres and said she would not do it again without something wider.',
];
const h3 = 'Where we slept';
const p5 = [
  'The riverside campsite at Mellon Halt is small and very quiet, with a covered area for bikes and a kettle you can borrow. Book ' +
    'ahead if you are going at a weekend; it only has eight pitches.',
  'In Tresk the village hall has a bunkroom that the community runs for walkers and cyclists. It costs £18 a night, there is a hot ' +
    'shower, and the pub across the road serves food until nine. We would stay there again in a heartbeat.',
];
const h4 = 'What we would do differently';
const tips = [
  'Carry more water on day two: there is no tap between Mellon Halt and the café at Garra Bridge.',
  'Leave the stove at home. Every night had somewhere serving hot food within walking distance.',
  'Check the train bike reservations before you set off, not on the last morning.',
];
const p6 = [
  'If you are thinking about a first bike-packing trip, this is the route we would send you on. It is flat, well signed and never ' +
    'far from help, and the last ten kilometres along the estuary into Pellin are some of the loveliest riding we know.',
];
const nav = ['Home', 'Routes', 'Kit', 'About Us', 'Contact'];
const caption = 'The Corrow viaduct, about twenty kilometres from Ashby Cross.';
const tags = ['bikepacking', 'rail trails', 'camping'];
const recent = ['Packing list for a three-day gravel trip', 'Fixing a slow puncture on tubeless tyres', 'The Hessle loop in autumn'];
const cats = ['Gear', 'Routes', 'Trip reports'];
const formLabels = [
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Post Comment',
];
const table = `<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Day</th><th>Section</th><th>Distance</th>
<th>Night</th></tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}
</tbody></table></figure>`;
const body = [
  ...p1.map((p) => `<p>${p}</p>`),
  `<h2 class="wp-block-heading">${h1}</h2>`,
  ...p2.map((p) => `<p>${p}</p>`),
  table,
  ...p3.map((p) => `<p>${p}</p>`),
  `<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576"
src="https://railtrailrides.example/wp-content/uploads/2025/10/viaduct.jpg"
alt="Two loaded bikes on the viaduct" class="wp-image-611"><figcaption class="wp-element-caption">${caption}</figcaption></figure>`,
  `<h2 class="wp-block-heading">${h2}</h2>`,
  ...p4.map((p) => `<p>${p}</p>`),
  `<h2 class="wp-block-heading">${h3}</h2>`,
  ...p5.map((p) => `<p>${p}</p>`),
  `<h2 class="wp-block-heading">${h4}</h2>`,
  `<ul class="wp-block-list">\n${tips.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`,
  ...p6.map((p) => `<p>${p}</p>`),
].join('\n');
const menu = (id: string, cls: string): string => `<div class="nv-nav-wrap"><div role="navigation" class="nav-menu-primary" aria-label="Primary Menu">
<ul id="${id}" class="primary-menu-ul nav-ul ${cls}">
${nav
  .map(
    (t, i) => `<li id="menu-item-${31 + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${31 + i}"><div class="wrap"><a
href="https://railtrailrides.example/${t.toLowerCase().replace(' ', '-')}/">${t}</a></div></li>`,
  )
  .join('\n')}
</ul></div></div>`;
const logo = `<div class="site-logo"><a class="brand" href="https://railtrailrides.example/" aria-label="Rail Trail Rides Slow rides on old railways"
rel="home"><div class="title-with-logo"><img width="120" height="120" src="https://railtrailrides.example/wp-content/uploads/2024/02/logo.png"
class="neve-site-logo skip-lazy" alt="" data-variant="logo" decoding="async"><div class="nv-title-tagline-wrap"><p class="site-title">Rail Trail Rides</p>
<small>Slow rides on old railways</small></div></div></a></div>`;
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"><title>${title} - Rail Trail Rides</title>
<meta name="description" content="Three days, 142 kilometres and one muddy cutting: how we rode the Corrow Valley rail trail with camping gear.">
<link rel="canonical" href="https://railtrailrides.example/corrow-valley-rail-trail-three-days/"><meta property="og:locale" content="en_GB">
<meta property="og:type" content="article"><meta property="og:title" content="${title} - Rail Trail Rides">
<meta property="article:published_time" content="2025-10-06T17:20:03+00:00"><meta name="author" content="Owen Tremaine">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Owen Tremaine"><meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="4 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Owen Tremaine"},"datePublished":"2025-10-06T17:20:03+00:00","wordCount":642},{"@type":"BreadcrumbList","itemListElement":[
{"@type":"ListItem","position":1,"name":"Home","item":"https://railtrailrides.example/"},{"@type":"ListItem","position":2,"name":"Trip reports"}]}]}</script>
<link rel="stylesheet" id="neve-style-css" href="https://railtrailrides.example/wp-content/themes/neve/style-main-new.min.css?ver=4.1.3" media="all">
<style id="neve-style-inline-css">.nv-meta-list li.meta:not(:last-child):after { content:"/" }:root{ --container: 748px;--postwidth:100%;}</style>
</head>
<body class="post-template-default single single-post postid-598 single-format-standard wp-custom-logo nv-blog-default nv-sidebar-right
menu_sidebar_slide_left" id="neve_body">
<div class="wrapper"><header class="header"><a class="neve-skip-link show-on-focus" href="#content">Skip to content</a>
<div id="header-grid" class="hfg_header site-header"><nav class="header--row header-main hide-on-mobile hide-on-tablet layout-full-contained nv-navbar
header--row" data-row-id="main" data-show-on="desktop"><div class="header--row-inner header-main-inner"><div class="container"><div class="row row--wrapper"
data-section="hfg_header_layout_main"><div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner builder-item--logo"
data-section="title_tagline" data-item-id="logo">${logo}</div></div></div><div class="hfg-slot right"><div class="builder-item has-nav"><div
class="item--inner builder-item--primary-menu has_menu" data-section="header_menu_primary" data-item-id="primary-menu">
${menu('nv-primary-navigation-main', 'menu-desktop')}</div></div></div></div></div></div></nav>
<nav class="header--row header-main hide-on-desktop layout-full-contained nv-navbar header--row" data-row-id="main" data-show-on="mobile">
<div class="header--row-inner header-main-inner"><div class="container"><div class="row row--wrapper"><div class="hfg-slot left"><div class="builder-item
tablet-left mobile-left"><div class="item--inner builder-item--logo">${logo.replace('<small>Slow rides on old railways</small>', '')}</div></div></div>
<div class="hfg-slot right"><div class="builder-item tablet-left mobile-left"><div class="item--inner builder-item--nav-icon" data-item-id="nav-icon">
<div class="menu-mobile-toggle item-button navbar-toggle-wrapper"><button type="button" class="navbar-toggle" value="Navigation Menu"
aria-label="Navigation Menu" aria-expanded="false"><span class="bars"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar">
</span></span><span class="screen-reader-text">Navigation Menu</span></button></div></div></div></div></div></div></div></nav>
<div id="header-menu-sidebar" class="header-menu-sidebar tcb menu-sidebar-panel slide_left hfg-pe" data-row-id="sidebar"><div id="header-menu-sidebar-bg"
class="header-menu-sidebar-bg"><div class="close-sidebar-panel navbar-toggle-wrapper"><button type="button" class="hamburger is-active navbar-toggle
active" value="Navigation Menu" aria-label="Navigation Menu" aria-expanded="false"><span class="bars"><span class="icon-bar"></span></span>
<span class="screen-reader-text">Navigation Menu</span></button></div><div id="header-menu-sidebar-inner" class="header-menu-sidebar-inner tcb">
<div class="builder-item has-nav"><div class="item--inner builder-item--primary-menu has_menu">${menu('nv-primary-navigation-sidebar', 'menu-mobile')}
</div></div></div></div></div><div class="header-menu-sidebar-overlay hfg-ov hfg-pe"></div></div></header>
<main id="content" class="neve-main"><div class="container single-post-container"><div class="row">
<article id="post-598" class="nv-single-post-wrap col post-598 post type-post status-publish format-standard has-post-thumbnail hentry
category-trip-reports tag-bikepacking tag-rail-trails tag-camping"><div class="entry-header"><div class="nv-title-meta-wrap">
<small class="nv--yoast-breadcrumb neve-breadcrumbs-wrapper"><span><span><a href="https://railtrailrides.example/">Home</a></span> » <span><a
href="https://railtrailrides.example/category/trip-reports/">Trip reports</a></span> » <span class="breadcrumb_last" aria-current="page">${title}</span>
</span></small><h1 class="title entry-title">${title}</h1><ul class="nv-meta-list"><li class="meta author vcard"><img class="photo" alt="Owen Tremaine"
src="https://secure.gravatar.example/avatar/ot?s=20&amp;d=mm&amp;r=g">&nbsp;<span class="author-name fn">by <a
href="https://railtrailrides.example/author/owen/" title="Posts by Owen Tremaine" rel="author">Owen Tremaine</a></span></li><li class="meta date
posted-on"><time class="entry-date published" datetime="2025-10-06T17:20:03+01:00" content="2025-10-06">October 6, 2025</time><time class="updated"
datetime="2025-10-08T09:02:11+01:00">October 8, 2025</time></li><li class="meta category last"><a href="https://railtrailrides.example/category/trip-reports/"
rel="category tag">Trip reports</a></li></ul></div></div>
<div class="nv-thumb-wrap"><img width="930" height="620" src="https://railtrailrides.example/wp-content/uploads/2025/10/estuary-930x620.jpg"
class="skip-lazy wp-post-image" alt="" decoding="async" fetchpriority="high"></div>
<div class="nv-content-wrap entry-content">
${body}
</div><div class="nv-tags-list"><span>Tags:</span>
${tags
  .map(
    (t) => `<a href="https://railtrailrides.example/tag/${t.replace(' ', '-')}/" title="${t}" class="${t.replace(' ', '-')}"
rel="tag">${t}</a>`,
  )
  .join('\n')}
</div><div class="nv-post-navigation"><div class="previous"><a href="https://railtrailrides.example/packing-list-three-day-gravel/" rel="prev">
<span class="nav-direction">previous</span><span>${recent[0]}</span></a></div><div class="next"><a href="https://railtrailrides.example/hessle-loop/"
rel="next"><span class="nav-direction">next</span><span>${recent[2]}</span></a></div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond nv-is-boxed"><h2 id="reply-title" class="comment-reply-title">Leave a
Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="/corrow-valley-rail-trail-three-days/#respond" style="display:none;">Cancel
reply</a></small></h2><form action="https://railtrailrides.example/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">${formLabels[0]}</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input
id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p><p class="comment-form-email"><label
for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required></p>
<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200"></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45"
rows="8" maxlength="65525" required></textarea></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">${formLabels[6]}</label></p>
<p class="form-submit"><button name="submit" type="submit" id="submit" class="button button-primary" value="Post Comment">Post Comment</button>
<input type="hidden" name="comment_post_ID" value="598" id="comment_post_ID"></p></form></div></div></article>
<div class="nv-sidebar-wrap col-sm-12 nv-right blog-sidebar"><aside id="secondary" role="complementary">
<div id="block-2" class="widget widget_block widget_search"><form role="search" method="get" action="https://railtrailrides.example/"
class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label"
for="wp-block-search__input-1">Search</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input"
id="wp-block-search__input-1" placeholder="" value="" type="search" name="s" required=""><button aria-label="Search" class="wp-block-search__button
wp-element-button" type="submit">Search</button></div></form></div>
<div id="block-3" class="widget widget_block"><div class="wp-block-group"><div class="wp-block-group__inner-container is-layout-flow">
<h2 class="wp-block-heading">Recent Posts</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">
${recent.map((t, i) => `<li><a class="wp-block-latest-posts__post-title" href="https://railtrailrides.example/p${i}/">${t}</a></li>`).join('\n')}
</ul></div></div></div><div id="block-4" class="widget widget_block"><div class="wp-block-group"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Categories</h2><ul class="wp-block-categories-list wp-block-categories">
${cats.map((t) => `<li class="cat-item"><a href="https://railtrailrides.example/category/${t.replace(' ', '-')}/">${t}</a></li>`).join('\n')}
</ul></div></div></div></aside></div></div></div></main>
<footer class="site-footer" id="site-footer"><div class="hfg_footer"><div class="footer--row footer-bottom layout-full-contained"
id="cb-row--footer-bottom" data-row-id="bottom" data-show-on="desktop"><div class="footer--row-inner footer-bottom-inner footer-content-wrap">
<div class="container"><div class="hfg-grid nv-footer-content hfg-grid-bottom row--wrapper row" data-section="hfg_footer_layout_bottom">
<div class="hfg-slot left"><div class="builder-item cr"><div class="item--inner"><div class="component-wrap"><div><p><a
href="https://themeisle.com/themes/neve/" rel="nofollow">Neve</a> | Powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div>
</div></div></div></div></div></div></div></div></div></footer></div>
<script id="neve-script-js-extra">var NeveProperties = {"ajaxurl":"https://railtrailrides.example/wp-admin/admin-ajax.php","nonce":"4d1f2a9c0b",
"isRTL":"","isCustomize":""};</script>
<script src="https://railtrailrides.example/wp-content/themes/neve/assets/js/build/modern/frontend.js?ver=4.1.3" id="neve-script-js" async></script>
</body></html>`;
export const nevePost: TestPage = {
  html,
  name: 'heldout143-wordpress-neve-blog',
  kind: 'blog',
  // the table's data cells are body (one entry a cell), its header cells in neither list; the breadcrumb's last item
  // (the title again) is left out of the furniture
  title,
  headings: [h1, h2, h3, h4],
  body: [...p1, ...p2, ...rows.flat(), ...p3, ...p4, ...p5, ...tips, ...p6].map((t) => texts([t])[0]!),
  bylines: ['by Owen Tremaine', 'October 6, 2025', 'October 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Rail Trail Rides', 'Slow rides on old railways', ...nav, 'Navigation Menu', 'Trip reports', caption, 'Tags:', ...tags,
    'previous', ...recent, 'next', 'Leave a Reply', 'Cancel reply', ...formLabels, 'Search', 'Recent Posts', 'Categories', 'Gear',
'Neve | Powered by WordPress',
  ],
};
