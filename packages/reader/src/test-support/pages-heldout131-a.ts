import { links, ps, type TestPage, texts } from './page-kit.js';
import { kadencePost } from './pages-heldout131-a2.js';
import { gpTitle, gpP1, gpH1, gpP2, gpH2, gpP3, gpList, gpP4, gpH3, gpP5, gpH4, gpP6 } from './pages-heldout131-a3.js';

/**
 * Held-out batch 131, file a: a WordPress food-blog post on the GeneratePress theme (skip link, site title and tagline,
 * the primary menu with its mobile toggle, the featured image, h1, "by" byline and date, a Grow Social share bar and an
 * affiliate disclosure at the top of the entry content, a figure caption, an Ad Inserter slot with its "Advertisement"
 * label, the entry footer with category and tags, post navigation, three comments with Reply links and the comment form,
 * the right sidebar with search, about, newsletter, recent posts and categories, the footer bar, back-to-top and a
 * Complianz consent banner) and, from file a2, a WordPress hiking post on the Kadence theme.
 */
const gpNav = ['Home', 'Recipes', 'Bread', 'Baking Basics', 'About', 'Contact'];
const gpShare = ['Share', 'Pin', 'Email'];
const gpDisclosure = 'This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.';
const gpCaption = 'Gordon after his first feed back from a fortnight in the fridge.';
const gpTags = ['holiday', 'storage', 'sourdough starter'];
const gpPrev = 'Overnight oat rolls for busy mornings';
const gpNext = 'Why your loaf spreads instead of rising';
const gpComments = [
  {
    id: 4121,
    name: 'Priya Lennard',
    time: 'June 19, 2025 at 7:42 am',
    text: 'This is so reassuring. I left mine for ten days last year and threw it out when I saw the grey liquid. Wish I had read this first!',
    depth: 1,
  },
  { id: 4125, name: 'Hannah Wexford', time: 'June 19, 2025 at 9:15 am', text: 'Oh no! Next time pour it off and feed it, I promise it comes back.', depth: 2 },
  {
    id: 4133,
    name: 'Tom Arkwright',
    time: 'June 22, 2025 at 6:03 pm',
    text: 'The dried flakes trick worked for me after six months in a drawer. Took five days, exactly as you said.',
    depth: 1,
  },
];
const gpForm = [
  'Leave a Comment',
  'Cancel reply',
  'Comment',
  'Name',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const gpAbout = [
  'Hi, I’m Hannah',
  'I have been baking bread at home for twenty years and teaching evening classes for ten. This is where I write down everything my ' + 'students ask me.',
  'Read more about me',
];
const gpNews = ['Bake along with me', 'One email every Friday with the week’s bake and whatever went wrong in my kitchen.', 'Subscribe'];
const gpRecent = [gpNext, 'A rye starter from scratch in seven days', gpPrev, 'The only banneton guide you need', 'Five flours I keep in my cupboard'];
const gpCats = ['Cakes', 'Sourdough', 'Travel Baking'];
const gpFoot = ['Privacy Policy', 'Affiliate Disclosure'];
const gpCookie = [
  'Manage Cookie Consent',
  'We use cookies and similar technologies to remember your settings and to see which recipes people read. Saying no will not stop ' +
    'the site from working, but some embedded videos may not load.',
  'Functional',
  'Always active',
  'Statistics',
  'Marketing',
  'Accept',
  'Deny',
  'View preferences',
  'Save preferences',
  'Cookie Policy',
  'Privacy Statement',
];
const svg = '<svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"><path d="M0 96c0-13.255 10.745-24 24-24h464"></path></svg>';
const gpComment = (c: (typeof gpComments)[number]): string => `<li id="comment-${c.id}" class="comment ${c.depth === 2 ? 'byuser bypostauthor odd alt' : 'even'}
depth-${c.depth}"><article class="comment-body" id="div-comment-${c.id}" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><img alt src="https://secure.gravatar.example/avatar/${c.id}?s=50&amp;d=mm&amp;r=g"
class="avatar avatar-50 photo" height="50" width="50" loading="lazy" decoding="async"><div class="comment-author-info">
<div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">${c.name}</cite></div>
<div class="entry-meta comment-metadata"><a href="https://crumbandkettle.example/sourdough-starter-holiday/#comment-${c.id}">
<time datetime="2025-06-19T07:42:10+01:00" itemprop="datePublished">${c.time}</time></a></div></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${c.id}" data-commentid="${c.id}" data-postid="2217"
data-belowelement="div-comment-${c.id}" data-respondelement="respond" data-replyto="Reply to ${c.name}" aria-label="Reply to ${c.name}">Reply</a></span>
</footer><div class="comment-content" itemprop="text"><p>${c.text}</p></div></article>`;
const gpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How I keep my sourdough starter alive through a two-week holiday - Crumb &amp; Kettle</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<meta name="description" content="A healthy starter is tougher than you think. What I do with mine for a week away, a fortnight, and a month or more.">
<link rel="canonical" href="https://crumbandkettle.example/sourdough-starter-holiday/"><meta property="og:locale" content="en_GB">
<meta property="og:type" content="article"><meta property="og:title" content="${gpTitle}"><meta property="og:site_name" content="Crumb &amp; Kettle">
<meta property="article:published_time" content="2025-06-18T08:00:31+00:00"><meta name="author" content="Hannah Wexford">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Hannah Wexford"><meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="4 minutes">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"@id":"https://crumbandkettle.example/sourdough-starter-holiday/#article",
"author":{"name":"Hannah Wexford","@id":"https://crumbandkettle.example/#/schema/person/7d1"},"headline":"${gpTitle}",
"datePublished":"2025-06-18T08:00:31+00:00",
"wordCount":612,"commentCount":3,"articleSection":["Sourdough"],"inLanguage":"en-GB"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",
"position":1,
"name":"Home","item":"https://crumbandkettle.example/"},{"@type":"ListItem","position":2,"name":"${gpTitle}"}]}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://crumbandkettle.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"
media="all">
<link rel="stylesheet" id="dpsp-frontend-style-pro-css"
href="https://crumbandkettle.example/wp-content/plugins/social-pug/assets/dist/style-frontend-pro.css?ver=1.34.4">
<style id="generate-style-inline-css">body{background-color:#f7f3ee;color:#2b2620;}.separate-containers .inside-article{padding:40px;}</style>
<script src="https://crumbandkettle.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-4410928830120044" crossorigin="anonymous"></script>
</head>
<body class="post-template-default single single-post postid-2217 single-format-standard wp-custom-logo wp-embed-responsive post-image-above-header
post-image-aligned-center right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active"
itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding-container"><div class="site-logo"><a href="https://crumbandkettle.example/" rel="home">
<img class="header-image is-logo-image" alt="Crumb &amp; Kettle" src="https://crumbandkettle.example/wp-content/uploads/2023/02/ck-logo.png" width="96"
height="96">
</a></div><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://crumbandkettle.example/" rel="home">Crumb &amp; Kettle</a></p>
<p class="site-description" itemprop="description">Everyday bread from a small kitchen in Marlow Cross</p></div></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars">${svg}</span>
<span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars">${svg}</span><span class="screen-reader-text">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(gpNav, 'menu-item menu-item-type-custom menu-item-object-custom')}
</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2217" class="post-2217 post type-post status-publish format-standard has-post-thumbnail hentry category-sourdough tag-holiday tag-storage
tag-sourdough-starter" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800"
src="https://crumbandkettle.example/wp-content/uploads/2025/06/starter-jar.jpg" class="attachment-full size-full wp-post-image" alt=""
itemprop="image" decoding="async" fetchpriority="high"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gpTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2025-06-18T08:00:31+00:00" itemprop="datePublished">June 18, 2025</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="https://crumbandkettle.example/author/hannah/" title="View all posts by Hannah Wexford" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Hannah Wexford</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<div id="dpsp-content-top" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-medium dpsp-has-spacing dpsp-show-on-mobile dpsp-button-style-1
dpsp-show-total-share-count dpsp-show-total-share-count-before"><div class="dpsp-total-share-wrapper"><span class="dpsp-icon-total-share">${svg}</span>
<span class="dpsp-total-share-count">1.4k</span><span>shares</span></div><ul class="dpsp-networks-btns-wrapper dpsp-networks-btns-share
dpsp-networks-btns-content dpsp-column-auto dpsp-has-button-icon-animation" role="list">
${['facebook', 'pinterest', 'email']
  .map(
    (n, i) => `<li class="dpsp-network-list-item dpsp-network-list-item-${n}"><a rel="nofollow noopener" href="https://crumbandkettle.example/share/${n}"
class="dpsp-network-btn dpsp-${n} dpsp-has-label" target="_blank" aria-label="Share on ${n}" title="Share on ${n}"><span class="dpsp-network-icon">
<span class="dpsp-network-icon-inner">${svg}</span></span><span class="dpsp-network-label">${gpShare[i]}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
<p class="affiliate-disclosure"><em>${gpDisclosure}</em></p>
${ps(gpP1)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://crumbandkettle.example/wp-content/uploads/2025/06/gordon.jpg"
alt="A glass jar of bubbly sourdough starter on a wooden board" class="wp-image-2231"><figcaption class="wp-element-caption">${gpCaption}</figcaption></figure>
<h2 class="wp-block-heading">${gpH1}</h2>
${ps(gpP2)}
<div class="code-block code-block-3" style="margin: 8px auto; text-align: center; display: block; clear: both;">
<div class="code-block-label">Advertisement</div><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-4410928830120044"
data-ad-slot="5519203317" data-ad-format="auto" data-full-width-responsive="true"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>
<h2 class="wp-block-heading">${gpH2}</h2>
${ps(gpP3)}
<ol class="wp-block-list">${gpList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(gpP4)}
<h2 class="wp-block-heading">${gpH3}</h2>
${ps(gpP5)}
<h2 class="wp-block-heading">${gpH4}</h2>
${ps(gpP6)}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories">${svg}</span>
<span class="screen-reader-text">Categories </span><a href="https://crumbandkettle.example/category/sourdough/" rel="category tag">Sourdough</a></span>
<span class="tags-links"><span class="gp-icon icon-tags">${svg}</span><span class="screen-reader-text">Tags </span>
${gpTags.map((t) => `<a href="https://crumbandkettle.example/tag/${t.replace(' ', '-')}/" rel="tag">${t}</a>`).join(', ')}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left">${svg}</span>
<span class="prev"><a href="https://crumbandkettle.example/overnight-oat-rolls/" rel="prev">${gpPrev}</a></span></div>
<div class="nav-next"><span class="gp-icon icon-arrow-right">${svg}</span><span class="next">
<a href="https://crumbandkettle.example/loaf-spreads/" rel="next">${gpNext}</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">3 thoughts on “${gpTitle}”</h2>
<ol class="comment-list">
${gpComment(gpComments[0]!)}<ol class="children">${gpComment(gpComments[1]!)}</li></ol></li>
${gpComment(gpComments[2]!)}</li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${gpForm[0]}
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">${gpForm[1]}</a></small></h3>
<form action="https://crumbandkettle.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">${gpForm[2]}</label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<label for="author" class="screen-reader-text">${gpForm[3]}</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30"
required>
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required>
<label for="url" class="screen-reader-text">${gpForm[4]}</label><input placeholder="Website" id="url" name="url" type="url" value="" size="30">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${gpForm[5]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://crumbandkettle.example/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" value="" name="s" title="Search
for:">
</label><button class="search-submit" aria-label="Search">${svg}</button></form></aside>
<aside id="block-4" class="widget inner-padding widget_block"><div class="wp-block-group is-layout-constrained"><figure class="wp-block-image size-medium
is-style-rounded">
<img src="https://crumbandkettle.example/wp-content/uploads/2023/02/hannah.jpg" alt="Hannah in her kitchen" width="300" height="300"></figure>
<h2 class="wp-block-heading">${gpAbout[0]}</h2><p>${gpAbout[1]}</p><p><a href="https://crumbandkettle.example/about/">${gpAbout[2]}</a></p></div></aside>
<aside id="block-7" class="widget inner-padding widget_block"><div class="wp-block-group has-background" style="background-color:#efe4d6">
<h2 class="wp-block-heading">${gpNews[0]}</h2><p>${gpNews[1]}</p><div class="ml-embedded" data-form="Xb2kLq"><form class="ml-block-form"
action="https://assets.mailerlite.example/jsonp/480211/forms/119883/subscribe" method="post"><input aria-label="email" aria-required="true" type="email"
class="form-control" name="fields[email]" placeholder="Email"><button type="submit" class="primary">${gpNews[2]}</button></form></div></div></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
${links(gpRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>
${links(['Baking Basics', 'Bread', ...gpCats], 'cat-item')}</ul></aside></div></div></div></div>
<div class="site-footer"><div class="footer-bar-active footer-bar-align-right"><footer class="site-info" aria-label="Site"
itemtype="https://schema.org/WPFooter"
itemscope><div class="inside-site-info grid-container"><div class="footer-bar"><aside id="nav_menu-3" class="widget inner-padding widget_nav_menu">
<div class="menu-footer-container"><ul id="menu-footer" class="menu">${links([...gpFoot, 'Contact'], 'menu-item')}</ul></div></aside></div>
<div class="copyright-bar"><span class="copyright">© 2025 Crumb &amp; Kettle</span> • Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div></div>
<a title="Scroll back to top" aria-label="Scroll back to top" rel="nofollow" href="#" class="generate-back-to-top" data-scroll-speed="400"
data-start-scroll="300"
role="button"><span class="gp-icon icon-arrow-up">${svg}</span></a>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 bottom-right-view-preferences optin cmplz-bottom-right
cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">${gpCookie[0]}</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog">${svg}</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${gpCookie[1]}</div><div class="cmplz-categories">
<details class="cmplz-category cmplz-functional"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">${gpCookie[2]}</span>
<span class="cmplz-always-active">${gpCookie[3]}</span></span></summary></details>
<details class="cmplz-category cmplz-statistics"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">${gpCookie[4]}</span>
</span></summary></details><details class="cmplz-category cmplz-marketing"><summary><span class="cmplz-category-header">
<span class="cmplz-category-title">${gpCookie[5]}</span></span></summary></details></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${gpCookie[6]}</button><button class="cmplz-btn cmplz-deny">${gpCookie[7]}</button>
<button class="cmplz-btn cmplz-view-preferences">${gpCookie[8]}</button><button class="cmplz-btn cmplz-save-preferences">${gpCookie[9]}</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a href="https://crumbandkettle.example/cookie-policy-uk/" class="cmplz-link
cookie-statement">${gpCookie[10]}</a></li>
<li><a href="https://crumbandkettle.example/privacy-policy/" class="cmplz-link privacy-statement">${gpCookie[11]}</a></li></ul></div></div></div>
<script id="generate-menu-js-extra">var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu",
"closeSubMenuLabel":"Close Sub-Menu"};</script>
<script src="https://crumbandkettle.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1" id="generate-menu-js"></script>
<script src="https://crumbandkettle.example/wp-includes/js/comment-reply.min.js?ver=6.8.1" id="comment-reply-js" async data-wp-strategy="async"></script>
</body></html>`;
const generatePress: TestPage = {
  name: 'heldout131-generatepress-blog',
  kind: 'blog',
  html: gpHtml,
  // the affiliate disclosure and the share bar sit inside .entry-content but are furniture; comments are furniture
  title: gpTitle,
  headings: [gpH1, gpH2, gpH3, gpH4],
  body: texts([...gpP1, ...gpP2, ...gpP3, ...gpList, ...gpP4, ...gpP5, ...gpP6]),
  bylines: ['June 18, 2025', 'Hannah Wexford'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Crumb & Kettle', 'Everyday bread from a small kitchen in Marlow Cross', 'Menu', ...gpNav, '1.4k', 'shares', ...gpShare, gpDisclosure,
    gpCaption, 'Advertisement', 'Categories', 'Tags', ...gpTags, gpPrev, gpNext, `3 thoughts on “${gpTitle}”`,
    ...gpComments.flatMap((c) => [c.time, c.text]), 'Priya Lennard', 'Tom Arkwright', 'Reply', ...gpForm, 'Search for:', ...gpAbout, ...gpNews,
    'Recent Posts', ...gpRecent.slice(1, 2), ...gpRecent.slice(3), ...gpCats, ...gpFoot, '© 2025 Crumb & Kettle', 'Built with GeneratePress', ...gpCookie,
  ],
};

export const HELDOUT131_A: readonly TestPage[] = [generatePress, kadencePost];
