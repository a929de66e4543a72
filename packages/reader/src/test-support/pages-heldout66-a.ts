import { plain, type TestPage, texts } from './page-kit.js';
import { twentyTwentyFivePost } from './pages-heldout66-a2.js';

/**
 * Held-out batch 66, file a: a WordPress post on the GeneratePress theme with reader comments (skip link, site branding and
 * primary menu with its mobile toggle, Yoast JSON-LD, entry meta "date by author", the featured image, an image block with a
 * caption, the entry footer with category and tags, previous/next post links, three comments with one reply and the comment
 * form, the right sidebar with search, recent posts, categories and archives, a Complianz cookie banner, the footer and the
 * back-to-top button).
 */
const gpSite = 'The Plot at Number Nine';
const gpTitle = 'How We Cut Our Allotment&#8217;s Water Use by a Third';
const gpIntro = [
  'Last summer our plot on the Greenbank site used a little over eleven thousand litres of mains water between May and September. ' +
    'This year, with a drier June and more beds under cultivation, we used just under seven and a half thousand. Nothing we did was ' +
    'clever or expensive, but a few changes added up, and several people on the waiting list have asked what they were.',
];
const gpH1 = 'Mulch first, water second';
const gpMulch = [
  'The single biggest change was mulching every bed as soon as the soil had warmed, usually in the second week of May. We used ' +
    'whatever we could get for free: grass clippings from the site&#8217;s shared mower, shredded cardboard from the corner shop and two ' +
    'trailer loads of wood chip from a tree surgeon who was glad not to pay for a skip.',
  'A five-centimetre layer of clippings kept the surface of the onion bed damp for four or five days in weather that would have baked ' +
    'it dry in one. The trick is to lay it thin and often; a thick layer of fresh grass turns slimy and smells, as our neighbours ' +
    'reminded us in 2023.',
];
const gpH2 = 'Water the roots, not the paths';
const gpDrip = [
  'We replaced two sprinklers with a cheap drip line run from the water butts. The line cost &#163;34 and took an afternoon to lay ' +
    'out along the beans and courgettes. Because it only wets a strip a hand&#8217;s width either side of each plant, almost none of ' +
    'the water lands on the paths or on bare soil where weeds would be glad of it.',
  'For everything else we went back to a can with a rose, and we water in the evening, after six, when less of it is lost to the sun.',
];
const gpCaption = 'Drip line along the runner beans in July. The two water butts behind it hold 800 litres between them.';
const gpH3 = 'What we would not do again';
const gpNotLead = 'Not every experiment paid off:';
const gpNot = [
  'Ollas, the buried clay pots, worked well for the tomatoes but cracked in the first frost. At &#163;12 each they were an expensive lesson.',
  'Growing the squash through holes in black plastic saved water but cooked the soil, and the plants sulked until July.',
  'Letting the grass paths grow long to shade the bed edges mostly gave the slugs somewhere to live.',
];
const gpEnd = [
  'If you take only one idea from this, make it the mulch. It costs nothing, it feeds the soil as it rots down, and it means you ' +
    'spend the hot evenings picking beans rather than dragging a hose.',
];
const gpNav = ['Home', 'Plot Diary', 'How-To', 'Seed Swap', 'About Us'];
const gpRecent = [
  'Leeks, Trenches and Patience',
  'A Wet Week in July and the Blight That Followed',
  'Saving Seed from Our Own Runner Beans',
  'The Shed Roof, Finally',
  'Our First Year of No-Dig Beds',
];
const gpCats = ['Plot Diary', 'Seeds & Sowing', 'Water & Irrigation', 'Wildlife'];
const gpArchives = ['August 2025', 'July 2025', 'June 2025', 'May 2025'];
type Comment = { id: number; name: string; when: string; iso: string; text: string; byAuthor?: boolean };
const gpComments: Comment[] = [
  {
    id: 412,
    name: 'Dev Raman',
    when: 'June 18, 2025 at 7:42 am',
    iso: '2025-06-18T07:42:09+01:00',
    text: 'Really useful, thank you. Did the wood chip draw nitrogen out of the soil? We were warned off it for that reason.',
  },
  {
    id: 415,
    name: 'Marian Okafor',
    when: 'June 18, 2025 at 9:15 pm',
    iso: '2025-06-18T21:15:40+01:00',
    text: 'Only on the surface, as far as we could tell. We kept it on top and never dug it in, and the beans under it did as well as any.',
    byAuthor: true,
  },
  {
    id: 421,
    name: 'Sue Pennington',
    when: 'June 20, 2025 at 3:03 pm',
    iso: '2025-06-20T15:03:27+01:00',
    text: 'We lost two ollas to frost as well. Bring them into the shed over winter and they last for years.',
  },
];
const wpMenu = (items: readonly string[], first: number): string =>
  items
    .map(
      (t, i) =>
        `<li id="menu-item-${first + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${first + i}">` +
        `<a href="https://plotnumbernine.example/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">${t}</a></li>`,
    )
    .join('\n');
const gpComment = (c: Comment, inner = ''): string => `<li id="comment-${c.id}" class="comment${c.byAuthor ? ' byuser bypostauthor' : ''}
 depth-${c.byAuthor ? 2 : 1}${inner === '' ? '' : ' parent'}"><article class="comment-body" id="div-comment-${c.id}" itemtype="https://schema.org/Comment"
 itemscope>
<footer class="comment-meta" aria-label="Comment meta"><img alt="" src="https://secure.gravatar.com/avatar/${c.id}?s=50&amp;d=mm&amp;r=g"
 class="avatar avatar-50 photo" height="50" width="50" decoding="async"><div class="comment-author-info">
<div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">${c.name}</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-${c.id}"><time datetime="${c.iso}" itemprop="datePublished">${c.when}</time></a></div>
</div></footer><div class="comment-content" itemprop="text"><p>${c.text}</p>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${c.id}" data-commentid="${c.id}" data-postid="2291"
 data-belowelement="div-comment-${c.id}" data-respondelement="respond" data-replyto="Reply to ${c.name}" aria-label="Reply to ${c.name}">Reply</a></span>
</div></article>${inner}</li>`;
const gpHtml = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gpTitle} &#8211; ${gpSite}</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="https://plotnumbernine.example/2025/06/17/water-use-by-a-third/">
<link rel="alternate" type="application/rss+xml" title="${gpSite} &raquo; Feed" href="https://plotnumbernine.example/feed/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"@id":"https://plotnumbernine.example/2025/06/17/water-use-by-a-third/#article","author":{"name":"Marian Okafor"},
"headline":"How We Cut Our Allotment’s Water Use by a Third","datePublished":"2025-06-17T18:04:11+00:00","wordCount":481,"commentCount":3,
"articleSection":["Water &amp; Irrigation"],"inLanguage":"en-GB"}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://plotnumbernine.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"
 media="all">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222222;}a{color:#2f6b3a;}.site-header{background-color:#ffffff;}
.main-navigation .main-nav ul li a{padding-left:18px;padding-right:18px;line-height:60px;}.separate-containers .inside-article{padding:40px;}</style>
<link rel="stylesheet" id="cmplz-general-css"
 href="https://plotnumbernine.example/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1718032" media="all">
</head>
<body class="post-template-default single single-post postid-2291 single-format-standard wp-custom-logo wp-embed-responsive right-sidebar
 nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://plotnumbernine.example/" rel="home">${gpSite}</a></p>
<p class="site-description" itemprop="description">Two people, one allotment, too many courgettes</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars">
<svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M0 96c0-13.255 10.745-24 24-24h464"/></svg>
</span><span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">
${wpMenu(gpNav, 31)}
</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2291" class="post-2291 post type-post status-publish format-standard has-post-thumbnail hentry category-water-irrigation tag-mulch
 tag-drip-irrigation tag-water-butts" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent">
<img width="1200" height="800" src="https://plotnumbernine.example/wp-content/uploads/2025/06/mulched-beds.jpg" class="attachment-full size-full wp-post-image"
 alt="" itemprop="image" decoding="async" fetchpriority="high"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gpTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2025-06-19T08:30:52+01:00" itemprop="dateModified">June 19, 2025</time>
<time class="entry-date published" datetime="2025-06-17T18:04:11+01:00" itemprop="datePublished">June 17, 2025</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="https://plotnumbernine.example/author/marian/" title="View all posts by Marian Okafor" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Marian Okafor</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${gpIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${gpH1}</h2>
${gpMulch.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${gpH2}</h2>
<p>${gpDrip[0]}</p>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
 src="https://plotnumbernine.example/wp-content/uploads/2025/06/drip-line-1024x683.jpg" alt="A black drip line running along a row of runner beans"
 class="wp-image-2297"><figcaption class="wp-element-caption">${gpCaption}</figcaption></figure>
<p>${gpDrip[1]}</p>
<h2 class="wp-block-heading">${gpH3}</h2>
<p>${gpNotLead}</p>
<ul class="wp-block-list">
${gpNot.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${gpEnd.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg viewBox="0 0 512 512"
 aria-hidden="true" width="1em" height="1em"><path d="M0 112c0-26.51 21.49-48 48-48h110.014"/></svg></span><span class="screen-reader-text">Categories </span>
<a href="https://plotnumbernine.example/category/water-irrigation/" rel="category tag">Water &amp; Irrigation</a></span>
<span class="tags-links"><span class="gp-icon icon-tags"><svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"><path d="M20 39.5c-8.836"/>
</svg></span><span class="screen-reader-text">Tags </span><a href="https://plotnumbernine.example/tag/drip-irrigation/" rel="tag">drip irrigation</a>,
 <a href="https://plotnumbernine.example/tag/mulch/" rel="tag">mulch</a>, <a href="https://plotnumbernine.example/tag/water-butts/" rel="tag">water
 butts</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg viewBox="0 0 192 512"
 aria-hidden="true" width="1em" height="1em"><path d="M178.425 138.212"/></svg></span><span class="prev">
<a href="https://plotnumbernine.example/2025/06/02/saving-seed-runner-beans/" rel="prev">${gpRecent[2]}</a></span></div>
<div class="nav-next"><span class="gp-icon icon-arrow-right"><svg viewBox="0 0 192 512" aria-hidden="true" width="1em" height="1em"><path d="M178.425 256"/>
</svg></span><span class="next"><a href="https://plotnumbernine.example/2025/07/14/wet-week-blight/" rel="next">${gpRecent[1]}</a></span></div></nav>
</footer></div></article>
<div class="comments-area"><div id="comments">
<h2 class="comments-title">3 thoughts on &#8220;${gpTitle}&#8221;</h2>
<ol class="comment-list">
${gpComment(gpComments[0]!, `<ul class="children">${gpComment(gpComments[1]!)}</ul>`)}
${gpComment(gpComments[2]!)}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
 id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://plotnumbernine.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"
 required></textarea></p><label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" size="30">
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" size="30">
<label for="url" class="screen-reader-text">Website</label><input placeholder="Website" id="url" name="url" type="url" size="30">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://plotnumbernine.example/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"
 title="Search for:"></label><button class="search-submit" aria-label="Search"><span class="gp-icon icon-search"><svg viewBox="0 0 512 512" aria-hidden="true"
 width="1em" height="1em"><path d="M208 48c-88.366"/></svg></span></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
${gpRecent.map((t, i) => `<li><a href="https://plotnumbernine.example/?p=${2310 - i * 7}">${t}</a></li>`).join('\n')}
</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>
${gpCats
  .map(
    (t, i) => `<li class="cat-item cat-item-${i + 3}"><a
 href="https://plotnumbernine.example/category/c${i + 3}/">${t.replace('&', '&amp;')}</a></li>`,
  )
  .join('\n')}
</ul></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Archives</h2><ul>
${gpArchives.map((t) => `<li><a href="https://plotnumbernine.example/${t.slice(-4)}/">${t}</a></li>`).join('\n')}
</ul></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">© 2025 ${gpSite}</span> • Built with
 <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<a title="Scroll back to top" aria-label="Scroll back to top" rel="nofollow" href="#" class="generate-back-to-top" data-scroll-speed="400"
 data-start-scroll="300" role="button"><span class="gp-icon icon-arrow-up"><svg viewBox="0 0 330 512" aria-hidden="true" width="1em" height="1em">
<path d="M305.863 314.916"/></svg></span></a>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
 aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"><svg aria-hidden="true" focusable="false" viewBox="0 0 352 512"><path
 d="M242.72 256"/>
</svg></div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to count visits and to remember your
 comment details. Nothing is shared with advertisers.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a href="https://plotnumbernine.example/cookie-policy-uk/" class="cmplz-link cookie-statement">Cookie
 Policy</a></li>
<li><a href="https://plotnumbernine.example/privacy/" class="cmplz-link privacy-statement">Privacy Statement</a></li></ul></div></div></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;
e.addEventListener("mousedown",function(){e.classList.add("using-mouse")})}}();</script>
<script src="https://plotnumbernine.example/wp-includes/js/comment-reply.min.js?ver=6.8.1" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>`;
const generatePress: TestPage = {
  html: gpHtml,
  name: 'heldout66-wordpress-generatepress',
  kind: 'blog',
  // the post's paragraphs, the list and its lead-in line are body, the three h2s the headings; the image block's caption is
  // furniture, as captions are; the comments are reader comments on a blog post: furniture, their authors and times bylines
  // (the post's author answers in the thread, so "Marian Okafor" is listed once); the "updated" time ("June 19, 2025") is
  // hidden by the theme's CSS but is a dateline: byline; "by" is in neither; the tags "mulch" and "water butts" are words of
  // the body: left out; the category "Plot Diary" is also a menu item (listed once); the prev/next links repeat two recent
  // posts (listed once); the comments title quotes the post title but is a longer line of its own: furniture
  title: plain(gpTitle),
  headings: [gpH1, gpH2, gpH3],
  body: [...texts(gpIntro), ...texts(gpMulch), ...texts(gpDrip), gpNotLead, ...texts(gpNot), ...texts(gpEnd)],
  bylines: ['June 17, 2025', 'June 19, 2025', 'Marian Okafor', ...gpComments.filter((c) => !c.byAuthor).map((c) => c.name), ...gpComments.map((c) => c.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', gpSite, 'Two people, one allotment, too many courgettes', 'Menu', ...gpNav, gpCaption, 'Categories',
    'Tags', 'drip irrigation', `3 thoughts on “${plain(gpTitle)}”`, ...gpComments.map((c) => c.text), 'Reply', 'Leave a Comment', 'Cancel reply',
    'Comment', 'Name', 'Email', 'Website', 'Save my name, email, and website in this browser for the next time I comment.', 'Search for:',
    'Recent Posts', ...gpRecent, ...gpCats.slice(1), 'Archives', ...gpArchives, `© 2025 ${gpSite}`, 'Built with', 'GeneratePress', 'Manage Cookie Consent',
    'We use cookies to count visits and to remember your comment details. Nothing is shared with advertisers.', 'Accept', 'Deny',
    'View preferences', 'Cookie Policy', 'Privacy Statement',
  ],
};

export const HELDOUT66_A: readonly TestPage[] = [generatePress, twentyTwentyFivePost];
