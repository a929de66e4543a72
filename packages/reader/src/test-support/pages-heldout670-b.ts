import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout670-kit.js';

/**
 * Held-out batch 670, file b: a racecourse results post on WordPress with GeneratePress (sidebar, comments), and a polo club's
 * match report on a Wix blog.
 */
const rTitle = 'Results: Kestrel Downs, Wednesday 11 March';
const rLead = [
  j(
    'A crowd of a little over 2,300 braved a cold easterly for the first evening meeting of the season, and the going held up',
    'well despite the morning rain: Good to Soft, Soft in places on the hurdles course.',
  ),
  j(
    'The feature, the Kestrel Downs Spring Handicap Chase, went to <strong>Parsons Gap</strong>, who jumped the last two',
    'fences cleanly and held off the favourite by a length and a quarter under a fine ride from Eleri Vance.',
  ),
];
const rRaces = [
  {
    h: '5.10 Ferrymead Novices&#8217; Hurdle (2m 1f)',
    l: ['1st Tollgate Lad (11/4)', '2nd Miss Pennyroyal (6/1)', '3rd Brackenbury (2/1 fav)'],
  },
  {
    h: '5.45 Spring Handicap Chase (2m 5f)',
    l: ['1st Parsons Gap (9/2)', '2nd Ruby Quarry (7/4 fav)', '3rd Harbour Lights (10/1)'],
  },
  {
    h: '6.20 Owners&#8217; Club Mares&#8217; Hurdle (2m 4f)',
    l: ['1st Lady Carrow (5/1)', '2nd Silent Seren (3/1 jt fav)', '3rd Calla Rose (3/1 jt fav)'],
  },
];
const rAfter = [
  j(
    'Trainer Hugh Penrose said afterwards that Parsons Gap would now be aimed at the Marchbrook Cup next month, provided the',
    'ground does not dry out. &#8220;He wants a bit of give, and he got it tonight,&#8221; he said.',
  ),
  'The Tote jackpot was not won and carries forward to the Easter Saturday fixture. Full returns are with the Racecourse Office.',
];
const rNav = ['Fixtures', 'Tickets', 'Hospitality', 'Owners & Trainers', 'News', 'Visit Us'];
const rRecent = ['Easter Saturday: gates open at 11am', 'Course inspection update, 9 March', 'New members&#8217; bar opens in the Paddock Stand'];
const rArch = ['March 2026', 'February 2026', 'January 2026'];
const rCom = [
  'Great night despite the cold. The new food stalls by the parade ring were a big improvement.',
  'Any chance of the photos from the Mares&#8217; Hurdle going up?',
];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} &#8211; Kestrel Downs Racecourse</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="canonical" href="https://kestreldowns.example/results-kestrel-downs-wednesday-11-march/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rTitle}",
"datePublished":"2026-03-11T21:40:12+00:00","author":{"name":"Racecourse Office"}}]}</script>
<link rel='stylesheet' id='generate-style-css' href='https://kestreldowns.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4' media='all'>
<style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222222;}.inside-article{padding:40px}</style></head>
<body class="post-template-default single single-post postid-2214 single-format-standard wp-embed-responsive right-sidebar nav-below-header
separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://kestreldowns.example/" rel="home">Kestrel Downs Racecourse</a></p>
<p class="site-description" itemprop="description">Jump racing in the heart of the Wealdmoor</p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"></span><span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav">
<ul id="menu-main" class="menu sf-menu">${links(rNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-2214" class="post-2214 post type-post status-publish format-standard hentry category-results"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${rTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published"
datetime="2026-03-11T21:40:12+00:00" itemprop="datePublished">11 March 2026</time></span> <span class="byline">by <span class="author vcard"
itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://kestreldowns.example/author/office/"
title="View all posts by Racecourse Office" rel="author" itemprop="url"><span class="author-name" itemprop="name">Racecourse Office</span></a></span></span>
</div></header><div class="entry-content" itemprop="text">
${ps(rLead)}
${rRaces.map((r) => `<h3 class="wp-block-heading">${r.h}</h3>\n<ul class="wp-block-list">${lis(r.l)}</ul>`).join('\n')}
${ps(rAfter)}
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="https://kestreldowns.example/category/results/" rel="category tag">Race Results</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a
href="https://kestreldowns.example/course-inspection-update-9-march/" rel="prev">Course inspection update, 9 March</a></span></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on &ldquo;${rTitle}&rdquo;</h3><ol class="comment-list">
<li id="comment-88" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-88" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author">
<cite itemprop="name" class="fn">Dan Whitlow</cite></div><div class="entry-meta comment-metadata"><a href="#comment-88">
<time datetime="2026-03-12T08:14:55+00:00"
itemprop="datePublished">12 March 2026 at 8:14 am</time></a></div></div></footer><div class="comment-content" itemprop="text"><p>${rCom[0]}</p>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-88">Reply</a></span></div></article></li>
<li id="comment-89" class="comment odd alt thread-odd depth-1"><article class="comment-body" id="div-comment-89"><footer class="comment-meta">
<div class="comment-author-info"><div class="comment-author vcard"><cite itemprop="name" class="fn">Marion K</cite></div>
<div class="entry-meta comment-metadata">
<a href="#comment-89"><time datetime="2026-03-12T10:02:31+00:00">12 March 2026 at 10:02 am</time></a></div></div></footer><div class="comment-content">
<p>${rCom[1]}</p><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-89">Reply</a></span></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit"
class="submit" value="Post Comment"></p></form></div></div></div>
</main></div><div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://kestreldowns.example/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(rRecent)}</ul></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(rArch)}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar">&copy; 2026 Kestrel Downs Racecourse &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div>
</div></footer></div><script id="generate-menu-js" src="https://kestreldowns.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
</body></html>`;
const wpResults: TestPage = {
  name: 'heldout670-racecourse-results-generatepress',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: texts(rRaces.map((r) => r.h)),
  body: texts([...rLead, ...rRaces.flatMap((r) => r.l), ...rAfter]),
  bylines: ['11 March 2026', 'by Racecourse Office', '12 March 2026 at 8:14 am', '12 March 2026 at 10:02 am', 'Dan Whitlow', 'Marion K'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kestrel Downs Racecourse', 'Jump racing in the heart of the Wealdmoor', 'Menu', ...texts(rNav), 'Categories', 'Race Results',
    `2 thoughts on “${rTitle}”`, ...texts(rCom), 'Reply', 'Leave a Comment', 'Comment', 'Search for:', 'Recent Posts', ...texts(rRecent),
    'Archives', ...rArch,
    '© 2026 Kestrel Downs Racecourse • Built with GeneratePress',
  ],
};

const pTitle = 'Ravensworth win the Bellhanger Cup in a sixth-chukka thriller';
const pBody = [
  j(
    'The Bellhanger Cup final on Sunday had everything: a four-goal comeback, a broken mallet at the worst possible moment and a',
    'winning goal with twelve seconds left on the clock. Ravensworth beat Dunmere Park 7 to 6 in front of a packed Pavilion lawn.',
  ),
  j(
    'Dunmere Park looked comfortable at half-time, leading 5 to 1 after a superb second chukka from their number two, Tomas',
    'Achaval, who scored three times from the near side. Their horses were fresher and their marking was tight.',
  ),
  'How the comeback happened',
  j(
    'Ravensworth changed their line-up for the fourth chukka, moving Flora Ingleby to number one, and the effect was immediate.',
    'She scored twice from open play and won a penalty two that her captain, Joss Harcourt, put away without fuss.',
  ),
  j(
    'At 6-all going into the last chukka, both sides had chances. With just under a minute left, Harcourt&#39;s mallet snapped on',
    'a backhander, and he had to ride to the boards for a spare while Dunmere attacked.',
  ),
  'The winning goal',
  j(
    'The Dunmere attack broke down on the thirty-yard line, and Ingleby picked up the loose ball on the off side. She carried it',
    'the length of the field and struck it between the posts with twelve seconds to play.',
  ),
  '"I just kept thinking, don\'t look at the clock," she said afterwards. "The pony did the work. I only had to steer."',
  'Best Playing Pony went to Lucerito, ridden by Ingleby in the fifth and sixth chukkas.',
];
const pMenu = ['Home', 'About the Club', 'Fixtures 2026', 'Learn to Play', 'Club News', 'Contact Us'];
const pRecent = ['Pony Club Polo camp dates announced', 'New stick and ball times for April'];
const pMenuHtml = pMenu
  .map(
    (t) => `<li class="itemDepth02233374943__itemWrapper"><a class="itemDepth02233374943__root" href="/${t.toLowerCase().replace(/ /g, '-')}">
<div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">${t}</span></div></a></li>`,
  )
  .join('\n');
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${pTitle}</title>
<meta name="description" content="The Bellhanger Cup final had everything: a four-goal comeback and a winning goal with twelve seconds left.">
<link rel="canonical" href="https://www.bellhangerpolo.example/post/ravensworth-win-the-bellhanger-cup"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pTitle}","datePublished":"2026-06-15T18:02:11Z",
"author":{"@type":"Person","name":"Harriet Selwood"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"7a1c2e90"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#14352b}.comp-kq3x1{--text:#fff}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER" tabindex="-1"><div class="_C0cVf">
<div id="comp-kq3x1" class="BaOVQ8 tz5f0K comp-kq3x1 wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span
class="wixui-rich-text__text">BELLHANGER POLO CLUB</span></p></div>
<nav id="comp-kq3x2" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${pMenuHtml}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="TPASection_kq3y" class="TPASection_kq3y">
<div class="blog-post-page-font">
<article class="blog-post-page-font" data-hook="post"><div class="post-metadata" data-hook="post-metadata"><div class="avatar-name"><span data-hook="user-name"
class="user-name">Harriet Selwood</span></div><ul class="post-metadata__list"><li><span class="post-metadata__date time-ago" data-hook="time-ago"
title="15 Jun 2026">15 Jun 2026</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read" title="3 min read">3 min read</span></li></ul>
</div><div class="post-title"><h1 class="blog-post-title-font blog-post-title-color post-title__text" data-hook="post-title">
<span class="post-title__text">${pTitle}</span></h1></div>
<div class="post-content__body" data-hook="post-description"><div class="moHCnT"><div data-id="content-viewer" class="zKUyp">
<section class="_9xeu">${[0, 1].map((i) => `<div type="paragraph" class="_1G_NR"><p class="IL3zq" dir="auto">${pBody[i]}</p></div>`).join('')}
<div data-breakout="normal" class="_3CWa- _2SZl9" data-hook="imageViewer"><figure class="_1uTFt"><img src="https://static.wixstatic.com/media/9a4c_cup.jpg"
alt=""><figcaption class="_1Rd8c" data-hook="imageViewerCaption">Flora Ingleby on Lucerito in the sixth chukka. Photo: Jonty Reay</figcaption></figure></div>
<h2 class="_1h5sB" dir="auto" id="viewer-cmb01"><span>${pBody[2]}</span></h2>
${[3, 4].map((i) => `<div type="paragraph" class="_1G_NR"><p class="IL3zq" dir="auto">${pBody[i]}</p></div>`).join('')}
<h2 class="_1h5sB" dir="auto" id="viewer-cmb02"><span>${pBody[5]}</span></h2><div type="paragraph" class="_1G_NR">
<p class="IL3zq" dir="auto">${pBody[6]}</p></div>
<div type="blockquote" class="_2Xnex"><blockquote class="Pa05L" dir="auto"><span>${pBody[7]}</span></blockquote></div>
<div type="paragraph" class="_1G_NR"><p class="IL3zq" dir="auto">${pBody[8]}</p></div></section></div></div></div>
<div class="post-footer"><ul class="blog-tags" aria-label="Tags"><li><a href="/blog/tags/bellhanger-cup" class="tag">Bellhanger Cup</a></li>
<li><a href="/blog/tags/match-reports" class="tag">Match Reports</a></li></ul><div class="share-buttons" data-hook="share-buttons">
<button aria-label="Share on Facebook">
</button><button aria-label="Share on X"></button><button aria-label="Copy link"></button></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="view-count">214 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Like post"><span class="like-count">12</span></button></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><h2 class="recent-posts__title">Recent Posts</h2><a href="/blog" class="see-all">See All</a>
<ul>${pRecent.map((t) => `<li><h3 class="post-title" data-hook="post-title"><a href="/post/x">${t}</a></h3></li>`).join('')}</ul></section>
<section class="comments" data-hook="comments"><h2>Comments</h2><div class="comment-box"><button>Write a comment...</button></div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER" tabindex="-1"><div id="comp-kq3z9" class="wixui-rich-text">
<p class="font_8">Bellhanger Polo Club, Stowley Lane,
Bellhanger, BH9 2PX</p><p class="font_8">© 2026 by Bellhanger Polo Club. Proudly created with Wix.com</p></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span>
</div></div>
</div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wixPolo: TestPage = {
  name: 'heldout670-polo-match-report-wix',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [pBody[2] ?? '', pBody[5] ?? ''],
  body: texts(pBody.filter((_, i) => i !== 2 && i !== 5)),
  bylines: ['Harriet Selwood', '15 Jun 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'BELLHANGER POLO CLUB', ...pMenu, 'Flora Ingleby on Lucerito in the sixth chukka. Photo: Jonty Reay',
    'Match Reports', '214 views', '0 comments', '12', 'Recent Posts', 'See All', ...pRecent, 'Comments', 'Write a comment...',
    'Bellhanger Polo Club, Stowley Lane, Bellhanger, BH9 2PX', '© 2026 by Bellhanger Polo Club. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT670_B: readonly TestPage[] = [wpResults, wixPolo];
