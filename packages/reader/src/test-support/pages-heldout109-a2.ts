import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file a2: a WordPress post on GeneratePress (skip link, site title and tagline, primary menu with
 * the mobile "Menu" toggle, featured image, entry meta, an affiliate disclosure at the top of the entry content, the Easy
 * Table of Contents box, an Ad Inserter slot, a figure caption, Jetpack share and "Like this" blocks and related posts,
 * the category and tag footer, previous/next links, two reader comments and the comment form, the right sidebar with
 * search, about widget and recent posts, the Complianz cookie banner and the copyright bar).
 */
const title = 'Growing garlic in containers: what three winters on a balcony taught me';
const intro = [
  'When we moved into the flat on Orchard Row I assumed my garlic days were over. No allotment, no raised beds, just a ' +
    'south-west balcony the size of a single bed. Three winters later I have grown around forty bulbs a year in pots, and the ' +
    'last crop was the best I have ever had, including the years when I had a proper plot.',
  'This is everything I have learned, including the mistakes that cost me a whole harvest in the first year.',
];
const h1 = 'Choosing the right pot';
const p1 = [
  'Garlic does not need much depth, but it hates sitting in cold, wet compost. I use plastic troughs at least 20 cm deep with ' +
    'plenty of drainage holes, raised on pot feet so water can escape over winter. Terracotta looks lovely but dries out fast ' +
    'in spring, exactly when the bulbs are swelling.',
  'Space the cloves about 12 cm apart each way. A 60 cm trough holds ten cloves comfortably in two staggered rows.',
];
const h2 = 'Which varieties work best';
const p2 = ['Hardneck varieties have given me bigger cloves, but softnecks store for longer. These are the three I keep coming back to:'];
const varieties = [
  'Caradoc Red, a hardneck with purple-streaked skins that copes well with exposed spots.',
  'Marlow White, a softneck that has never once bolted for me and keeps until March.',
  'Pennick Early, which is ready by late June and frees up the pots for summer salads.',
];
const h3 = 'Planting and winter care';
const p3 = [
  'I plant in the last week of October, pointed end up, with the tip just below the surface. A handful of grit in the bottom ' +
    'of each hole helps with drainage. Then the pots go into the most sheltered corner and I mostly leave them alone.',
  'The one thing I do over winter is check that the compost is not waterlogged after heavy rain. In the first year I left the ' +
    'troughs flat on the tiles and half the cloves rotted by February. Pot feet solved it completely.',
  'From March I feed every fortnight with a liquid seaweed feed and water whenever the top few centimetres feel dry. Stop ' +
    'feeding once the lower leaves start to yellow.',
];
const h4 = 'Harvesting and curing';
const p4 = [
  'Lift the bulbs when about a third of the leaves have turned brown. Leave it much later and the skins split, which ruins ' +
    'them for storage. I tip the whole trough out onto a sheet rather than digging, which avoids stabbing the bulbs.',
  'Cure them somewhere airy and out of direct sun for three weeks. On a balcony that means hanging them in bunches under the ' +
    'table, where they stay dry even in a summer shower. Once the necks are completely dry, trim the roots and store them in a ' +
    'mesh bag somewhere cool.',
  'If you have a balcony and have never tried it, plant five cloves this autumn. It is the least demanding crop I grow.',
];
const caption = 'Caradoc Red drying under the balcony table in July.';
const nav = ['Home', 'Vegetables', 'Fruit', 'Small Spaces', 'About', 'Contact'];
const disclosure = 'This post may contain affiliate links. If you buy through them I may earn a small commission at no extra cost to you.';
const share = ['Facebook', 'Pinterest', 'X', 'Email', 'Print'];
const related = [
  { t: 'Five salad leaves that will grow in a window box', d: 'April 12, 2025', c: 'In "Small Spaces"' },
  { t: 'Broad beans in pots: worth the effort?', d: 'February 2, 2025', c: 'In "Vegetables"' },
  { t: 'My balcony compost bin, one year on', d: 'November 19, 2024', c: 'In "Small Spaces"' },
];
const tags = ['containers', 'garlic', 'winter crops'];
const comments = [
  {
    id: 2214,
    name: 'Geoff Tallis',
    time: 'September 8, 2025 at 7:41 am',
    text: 'Great post. Do you think the pot feet would matter on a wooden deck? Mine never seems to get waterlogged.',
  },
  {
    id: 2219,
    name: 'Wendy Ashcroft',
    time: 'September 8, 2025 at 6:02 pm',
    text: 'Thanks Geoff! A deck drains much better than tiles, so you may get away without them. I would still lift them in a wet winter.',
  },
];
const formLabels = ['Comment', 'Name', 'Email', 'Website'];
const consent = 'Save my name, email, and website in this browser for the next time I comment.';
const about = 'Wendy grows fruit and vegetables on a balcony in Tamsworth and writes about small-space growing.';
const recent = [
  'Five salad leaves that will grow in a window box',
  'Saving tomato seed the simple way',
  'Broad beans in pots: worth the effort?',
  'Which compost for containers?',
  'My balcony compost bin, one year on',
];
const cookie = [
  'Manage Cookie Consent',
  'We use cookies to optimise our website and our service.',
  'Accept',
  'Deny',
  'View preferences',
  'Cookie Policy',
  'Privacy Statement',
];
const toc = [h1, h2, h3, h4];
const anchor = (t: string): string => t.replace(/[^A-Za-z]+/g, '_');
const h = (t: string): string =>
  `<h2 class="wp-block-heading"><span class="ez-toc-section" id="${anchor(t)}" ez-toc-data-id="#${anchor(t)}"></span>${t}` +
  '<span class="ez-toc-section-end"></span></h2>';
const shareLi = (t: string): string =>
  `<li class="share-${t.toLowerCase()}"><a rel="nofollow noopener noreferrer" data-shared="sharing-${t.toLowerCase()}-4121" ` +
  `class="share-${t.toLowerCase()} sd-button share-icon" href="?share=${t.toLowerCase()}" target="_blank"><span>${t}</span></a></li>`;
const comment = (c: (typeof comments)[number], depth: number): string => `<li id="comment-${c.id}" class="comment even depth-${depth}">
<article class="comment-body" id="div-comment-${c.id}" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><img alt="" src="https://secure.gravatar.example/avatar/${c.id}?s=50" class="avatar avatar-50 photo">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<cite itemprop="name" class="fn">${c.name}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${c.id}">
<time datetime="2025-09-08" itemprop="datePublished">${c.time}</time></a></div></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${c.id}#respond" aria-label="Reply to ${c.name}">Reply</a></span></footer>
<div class="comment-content" itemprop="text"><p>${c.text}</p></div></article>`;
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Balcony Harvest</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="How I grow forty bulbs of garlic a year in troughs on a small balcony.">
<link rel="canonical" href="https://balconyharvest.example/growing-garlic-in-containers/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-09-06T08:00:00+00:00"><meta name="author" content="Wendy Ashcroft">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Wendy Ashcroft">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"headline":"${title}","datePublished":"2025-09-06T08:00:00+00:00","author":{"name":"Wendy Ashcroft"},"wordCount":612},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"${title}"}]}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://balconyharvest.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1">
<link rel="stylesheet" id="ez-toc-css" href="https://balconyharvest.example/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222222;}.entry-content > [class*="wp-block-"]{margin-bottom:1.5em;}</style>
<script src="https://balconyharvest.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-4121 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://balconyharvest.example/" rel="home">Balcony Harvest</a></p><p class="site-description" itemprop="description">Big crops from small spaces</p>
</div><nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"></span>
<span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(nav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-4121" class="post-4121 post type-post status-publish format-standard has-post-thumbnail hentry category-small-spaces tag-containers"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800"
src="https://balconyharvest.example/wp-content/uploads/2025/09/garlic-troughs.jpg" class="attachment-full size-full wp-post-image" alt=""
itemprop="image"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${title}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2025-09-06T08:00:00+00:00" itemprop="datePublished">September 6, 2025</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="https://balconyharvest.example/author/wendy/" title="View all posts by Wendy Ashcroft" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Wendy Ashcroft</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<p class="affiliate-disclosure"><em>${disclosure}</em></p>
${ps(intro)}
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle">
<a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content">
<span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle</span></span></span></a></span></div>
<nav><ul class="ez-toc-list ez-toc-list-level-1">${toc
  .map((t, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#${anchor(t)}">${t}</a></li>`)
  .join('')}</ul></nav></div>
${h(h1)}
${ps(p1)}
<div class="code-block code-block-2" style="margin: 8px auto; text-align: center; display: block; clear: both;">
<div class="ad-label">Advertisement</div><div id="ezoic-pub-ad-placeholder-112" data-inserter-version="2"></div>
<script>window.ezstandalone = window.ezstandalone || {}; ezstandalone.cmd = ezstandalone.cmd || [];
ezstandalone.cmd.push(function () { ezstandalone.showAds(112); });</script>
</div>
${h(h2)}
${ps(p2)}
<ul class="wp-block-list">${varieties.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://balconyharvest.example/wp-content/uploads/2025/07/curing.jpg"
alt="Bunches of garlic hanging to dry" class="wp-image-4130"><figcaption class="wp-element-caption">${caption}</figcaption></figure>
${h(h3)}
${ps(p3)}
${h(h4)}
${ps(p4)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>${share.map(shareLi).join('')}<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-4121"
data-src="//widgets.wp.example/likes/">
<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;">
<span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">${related
  .map(
    (r) => `<div class="jp-relatedposts-post jp-relatedposts-post-thumbs"><a class="jp-relatedposts-post-a" href="/${r.d.length}/"><img alt=""></a>
<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="#">${r.t}</a></h4>
<p class="jp-relatedposts-post-date">${r.d}</p><p class="jp-relatedposts-post-context">${r.c}</p></div>`,
  )
  .join('\n')}</div></div>
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"></span>
<span class="screen-reader-text">Categories </span><a href="/category/small-spaces/" rel="category tag">Small Spaces</a></span>
<span class="tags-links"><span class="gp-icon icon-tags"></span><span class="screen-reader-text">Tags </span>${tags
  .map((t) => `<a href="/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join(', ')}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"></span>
<span class="prev"><a href="/saving-tomato-seed/" rel="prev">Saving tomato seed the simple way</a></span></div>
<div class="nav-next"><span class="gp-icon icon-arrow-right"></span><span class="next"><a href="/which-compost/"
rel="next">Which compost for containers?</a></span>
</div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${title}”</h3>
<ol class="comment-list">${comment(comments[0]!, 1)}<ol class="children">${comment(comments[1]!, 2)}</li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">${formLabels[0]}</label><textarea id="comment" name="comment" cols="45"
rows="8"></textarea></p>
<label for="author" class="screen-reader-text">${formLabels[1]}</label><input placeholder="Name *" id="author" name="author" type="text" required>
<label for="email" class="screen-reader-text">${formLabels[2]}</label><input placeholder="Email *" id="email" name="email" type="email" required>
<label for="url" class="screen-reader-text">${formLabels[3]}</label><input placeholder="Website" id="url" name="url" type="url">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${consent}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://balconyharvest.example/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label>
<button class="search-submit" aria-label="Search"><span class="gp-icon icon-search"></span></button></form></aside>
<aside id="block-3" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Hello, I’m Wendy</h2><p>${about}</p></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(recent)}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">© 2025 Balcony Harvest</span> • Built with
<a href="https://generatepress.example" itemprop="url">GeneratePress</a></div></div></footer></div>
<a title="Scroll back to top" aria-label="Scroll back to top" rel="nofollow" href="#" class="generate-back-to-top" data-scroll-speed="400"></a>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">${cookie[0]}</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${cookie[1]}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${cookie[2]}</button><button class="cmplz-btn cmplz-deny">${cookie[3]}</button>
<button class="cmplz-btn cmplz-view-preferences">${cookie[4]}</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">${cookie[5]}</a></li>
<li><a class="cmplz-link privacy-statement" href="/privacy/">${cookie[6]}</a></li></ul></div></div></div>
<script id="generate-menu-js" src="https://balconyharvest.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>
<script id="jetpack-likes-js" src="https://balconyharvest.example/wp-content/plugins/jetpack/modules/likes/queuehandler.js"></script>
</body></html>`;

export const wordpressGp: TestPage = {
  html,
  name: 'heldout109-wordpress-generatepress-blog',
  kind: 'blog',
  // the disclosure inside the entry content, the table of contents (its entries repeat the headings and are left out),
  // the ad label, caption, share/like/related blocks, taxonomy footer, comments (a blog's reader comments), sidebar,
  // cookie banner and footer are furniture; comment names and times are bylines
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...p1, ...p2, ...varieties, ...p3, ...p4]),
  bylines: ['September 6, 2025', 'Wendy Ashcroft', ...comments.flatMap((c) => [c.name, c.time])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Balcony Harvest', 'Big crops from small spaces', 'Menu', ...nav, disclosure, 'Table of Contents', 'Toggle', 'Advertisement',
    caption, 'Share this:', ...share, 'Like this:', 'Like', 'Loading...', 'Related', ...related.flatMap((r) => [r.t, r.d, r.c]), 'Categories',
    'Small Spaces', ...tags, 'Saving tomato seed the simple way', 'Which compost for containers?', `2 thoughts on “${title}”`,
    ...comments.map((c) => c.text), 'Reply', 'Leave a Comment', 'Cancel reply', 'Comment', 'Name', 'Website',
    consent, 'Search for:', 'Hello, I’m Wendy', about,
    'Recent Posts', ...recent, '© 2025 Balcony Harvest', 'Built with', 'GeneratePress', ...cookie,
  ],
};
