import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file a2: a nonprofit's impact story on WordPress with the GeneratePress theme (primary menu, featured
 * image with caption, entry meta with date and author, a pull quote, Jetpack share buttons and related posts, category and
 * tag links, post navigation, two comments and the reply form, a right sidebar with search, donate block and recent posts,
 * the CookieYes banner and the copyright bar).
 */
const wTitle = 'How a tool library turned a car park into a repair hub';
const wP1 = [
  j(
    'On the first Saturday of every month, the car park behind Ashcombe Road Methodist Church fills with folding tables, extension',
    'leads and people carrying broken things: toasters, bicycle wheels, a child’s scooter, a sewing machine that belonged to',
    'someone’s grandmother.',
  ),
  j(
    'This is the Fettle Street Tool Library’s repair café, and in the eighteen months since our Neighbourhood Resilience grant',
    'helped it buy a trailer and a set of professional tools, it has fixed more than 1,400 items that would otherwise have gone',
    'to landfill.',
  ),
];
const wH1 = 'Borrow a drill, not buy one';
const wP2 = [
  j(
    'The tool library started in 2021 with forty donated tools kept in a garden shed. Members pay what they can, from nothing to',
    'ten pounds a year, and borrow drills, ladders, pressure washers and wallpaper steamers for a week at a time.',
  ),
  j(
    'Most households use a drill for a few minutes in its whole life, says coordinator Priyanka Holloway. Sharing one across a',
    'street saves money, shelf space and the carbon it takes to make and ship a new one.',
  ),
];
const wQuote = j(
  'People come for the tools and stay for the company. Half our volunteers were borrowers first, and some of them had not',
  'spoken to a neighbour in years.',
);
const wH2 = 'What the grant paid for';
const wList = [
  'A secondhand box trailer, fitted with shelving and a fold-down workbench',
  'Professional-grade tools for electrical testing, sewing and bicycle repair',
  'Public liability insurance and portable appliance testing for every item lent',
  'Training for twelve volunteer repairers, including four young people on work placements',
];
const wH3 = 'What comes next';
const wP3 = [
  j(
    'The library now has 612 members and lends around 90 tools a week. This spring it will pilot a second repair café on the',
    'Westfield estate, where there is no hardware shop within two miles.',
  ),
  j(
    'If you have tools gathering dust, the library takes donations at every repair café. And if you can solder, sew or true a',
    'wheel, they would love to hear from you.',
  ),
];
const wMenu = ['About us', 'Our grants', 'Impact stories', 'Get involved', 'Contact'];
const wShare = ['Facebook', 'LinkedIn', 'WhatsApp', 'Email'];
const wRelated = ['A community fridge that never closes', 'Meet the volunteers keeping Ashcombe’s parks green', 'Why we fund core costs'];
const wRecent = ['Spring grant round now open', 'Warm spaces: what we learned this winter', 'Annual report 2025 published'];
const wComments = [
  'We took our old lawnmower along in January and it was running again within an hour. Brilliant people.',
  'Would love to see one of these in Westfield, glad it is coming!',
];
const wcomment = (id: number, name: string, date: string, text: string): string => `<li id="comment-${id}" class="comment even thread-even depth-1">
<article class="comment-body" id="div-comment-${id}" itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta">
<img alt="" src="https://secure.gravatar.example/avatar/${id}?s=50" class="avatar avatar-50 photo" height="50" width="50">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<cite itemprop="name" class="fn">${name}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${id}"><time
datetime="2026-03-04T09:12:00+00:00"
itemprop="datePublished">${date}</time></a></div></div></footer><div class="comment-content" itemprop="text"><p>${text}</p>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}">Reply</a></span></div></article></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Ashcombe Community Trust</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="generate-style-css" href="https://ashcombetrust.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0">
<link rel="stylesheet" id="jetpack-sharing-buttons-style-css" href="https://ashcombetrust.example/wp-content/plugins/jetpack/sharing.css">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Tamsin Arbuckle"},"datePublished":"2026-03-03T08:00:00+00:00","publisher":{"@id":"https://ashcombetrust.example/#organization"}}]}</script>
<meta name="generator" content="WordPress 6.7.2"></head>
<body class="post-template-default single single-post postid-4821 single-format-standard wp-custom-logo wp-embed-responsive right-sidebar
nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-logo"><a href="https://ashcombetrust.example/" rel="home"><img class="header-image is-logo-image"
alt="Ashcombe Community Trust" src="https://ashcombetrust.example/wp-content/uploads/logo.png" width="220" height="64"></a></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span
class="mobile-menu">Menu</span>
</button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(wMenu, 'menu-item menu-item-type-post_type')}
<li class="menu-item menu-button"><a href="/donate">Donate now</a></li></ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry
category-impact-stories tag-circular-economy tag-repair" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><figure class="wp-caption"><img width="1200" height="675"
src="https://ashcombetrust.example/wp-content/uploads/2026/03/repair-cafe.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image">
<figcaption class="wp-caption-text">Volunteer repairers at work in the church car park. Photo: Declan Morrow</figcaption></figure></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-03-03T08:00:00+00:00"
itemprop="datePublished">3 March 2026</time>
</span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://ashcombetrust.example/author/tamsin/" title="View all posts by Tamsin Arbuckle" rel="author" itemprop="url"><span class="author-name"
itemprop="name">Tamsin Arbuckle</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(wP1)}
<h2 class="wp-block-heading">${wH1}</h2>
${ps(wP2)}
<blockquote class="wp-block-quote is-layout-flow"><p>${wQuote}</p><cite>Priyanka Holloway, Fettle Street Tool Library</cite></blockquote>
<h2 class="wp-block-heading">${wH2}</h2>
<ul class="wp-block-list">${wList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p class="has-background has-pale-cyan-blue-background-color"><strong>Read more:</strong> <a href="/impact/community-fridge">A community fridge that
never closes, and the neighbours who stock it</a></p>
<h2 class="wp-block-heading">${wH3}</h2>
${ps(wP3)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${wShare
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a class="sd-button share-icon"
href="#"><span>${s}</span></a></li>`,
  )
  .join('')}
</ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">${wRelated
  .map((t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${t}</a></h4></div>`)
  .join('\n')}</div></div>
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/impact-stories/" rel="category tag">Impact Stories</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span>
<a href="/tag/circular-economy/" rel="tag">circular economy</a>, <a href="/tag/repair/" rel="tag">repair</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/impact/warm-spaces/" rel="prev">Warm
spaces: what we learned this winter</a></span></div><div class="nav-next"><span class="next"><a href="/news/spring-round/" rel="next">Spring grant round
now open</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${wTitle}”</h3><ol class="comment-list">
${wcomment(311, 'Gerald Pinnock', '4 March 2026 at 9:12 am', wComments[0] ?? '')}
${wcomment(314, 'Sunita', '5 March 2026 at 7:48 pm', wComments[1] ?? '')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment"
class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label><span
class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></aside>
<aside id="block-3" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Give locally</h2>
<p>Every pound you give stays in Ashcombe and the villages around it.</p><div class="wp-block-button"><a class="wp-block-button__link"
href="/donate">Give monthly</a></div></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent posts</h2>
<ul>${links(wRecent)}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">© 2026 Ashcombe Community Trust, registered
charity 1094477</span> • Built with <a href="https://generatepress.example" itemprop="url">GeneratePress</a></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" data-cky-tag="title">We value your privacy</p><div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to see which
stories people read and to improve our website.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button>
<button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<script id="generate-menu-js" src="https://ashcombetrust.example/wp-content/themes/generatepress/assets/js/menu.min.js"></script></body></html>`;
export const wpImpact: TestPage = {
  name: 'heldout254-wordpress-generatepress-impact-story',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts([...wP1, ...wP2, wQuote, ...wList, ...wP3]),
  bylines: ['3 March 2026', 'Tamsin Arbuckle', 'Gerald Pinnock', '4 March 2026 at 9:12 am', 'Sunita', '5 March 2026 at 7:48 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Menu', ...wMenu, 'Donate now', 'Volunteer repairers at work in the church car park. Photo: Declan Morrow',
    'Priyanka Holloway, Fettle Street Tool Library', 'Read more: A community fridge that never closes, and the neighbours who stock it',
    'Share this:', ...wShare, 'Related', ...wRelated, 'Impact Stories', 'circular economy', 'Warm spaces: what we learned this winter',
    'Spring grant round now open', '2 thoughts on “How a tool library turned a car park into a repair hub”', ...wComments, 'Reply', 'Leave a Comment',
    'Comment', 'Give locally', 'Every pound you give stays in Ashcombe and the villages around it.', 'Give monthly', 'Recent posts',
    'Annual report 2025 published', '© 2026 Ashcombe Community Trust, registered charity 1094477', 'Built with GeneratePress', 'We value your privacy',
    'We use cookies to see which stories people read and to improve our website.', 'Customise', 'Reject All', 'Accept All',
  ],
};
