import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, tr } from './pages-heldout603-kit.js';

/**
 * Held-out batch 603, file b: a winter league results post on a WordPress club site (GeneratePress, right sidebar, comments),
 * and a padel club's blog post on Wix Blog.
 */
const gTitle = 'Winter League, week 6: Ladies A stay level at the top';
const gIntro = [
  j(
    'Another cold Sunday at Kingsmere, and another round of matches that went the distance. Four of the six ties in Division 1 were',
    'decided in a deciding-set tiebreak, and the Ladies A team kept pace with Oxley Park after a 4-2 win at Hatherden.',
  ),
  j('Thanks to everyone who turned out despite the frost delay, and to Wendell and the ground staff, who had the courts dry and', 'playable by half past ten.'),
];
const gHead = ['Division 1 table after week 6', 'Match reports', 'Next week'];
const gRows = [
  ['1', 'Kingsmere Ladies A', '6', '5', '1', '24'],
  ['2', 'Oxley Park Ladies', '6', '5', '1', '23'],
  ['3', 'Hatherden LTC', '6', '3', '3', '19'],
  ['4', 'Kingsmere Mixed B', '6', '2', '4', '14'],
  ['5', 'Brookvale Tennis Centre', '6', '0', '6', '7'],
];
const gReports = [
  j(
    '<strong>Hatherden 2, Kingsmere Ladies A 4.</strong> Nadia Frost and Kerry-Ann Olowe won both of their rubbers, the second',
    'one 10-8 in the match tiebreak after saving two match points. Lou Penhale and Sigrid Aske split their rubbers.',
  ),
  j(
    '<strong>Kingsmere Mixed B 3, Brookvale 3.</strong> A fair result on the day. Our first pair were 5-2 up in the second set',
    "before the light went, and the rubber was finished on Brookvale's indoor court.",
  ),
];
const gNext = [
  j(
    'Ladies A are at home to Oxley Park on Sunday 14 February, 10:30 start. It is the match that will most likely decide the',
    'division, so please come and support. The bar will be open from 10.',
  ),
];
const gNav = ['Home', 'Join', 'Coaching', 'Leagues', 'Results', 'Contact'];
const gRecent = ['Committee minutes: January 2027', 'Winter League, week 5: two late wins for the men', 'Floodlight hours from March'];
const gCats = ['Club News', 'League', 'Social'];
const gComments = [
  'Great write-up! The tiebreak on court 2 was the best tennis I have seen at the club all winter.',
  'Could we put the full fixtures list on the noticeboard as well? Not everyone checks the website.',
];
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Winter League, week 6: Ladies A stay level at the top &#8211; Kingsmere LTC</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name='robots' content='max-image-preview:large'>
<link rel="alternate" type="application/rss+xml" title="Kingsmere LTC &raquo; Feed" href="https://kingsmereltc.example/feed/">
<link rel='stylesheet' id='generate-style-css' href='https://kingsmereltc.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0'
media='all'>
<style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222222;}.entry-title{font-size:32px;}</style>
<link rel="canonical" href="https://kingsmereltc.example/2027/02/08/winter-league-week-6/"></head>
<body class="post-template-default single single-post postid-2291 single-format-standard wp-embed-responsive right-sidebar nav-below-header
 separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://kingsmereltc.example/" rel="home">Kingsmere LTC</a></p>
<p class="site-description" itemprop="description">Tennis in Kingsmere since 1921</p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"></span><span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav">
<ul id="menu-main" class="menu sf-menu">${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-2291" class="post-2291 post type-post status-publish format-standard hentry category-league"
 itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published"
 datetime="2027-02-08T19:04:11+00:00" itemprop="datePublished">February 8, 2027</time></span> <span class="byline">by <span class="author vcard"
 itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://kingsmereltc.example/author/dmoorcroft/"
 title="View all posts by Declan Moorcroft" rel="author" itemprop="url"><span class="author-name" itemprop="name">Declan Moorcroft</span></a></span></span>
</div></header><div class="entry-content" itemprop="text">
${ps(gIntro)}
<h2 class="wp-block-heading">${gHead[0]}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th></th><th>Team</th><th>P</th><th>W</th><th>L</th><th>Pts</th></tr></thead>
<tbody>${gRows.map((r) => tr(r)).join('\n')}</tbody></table><figcaption
class="wp-element-caption">Two points for a win, one for each rubber won.</figcaption></figure>
<h2 class="wp-block-heading">${gHead[1]}</h2>
${ps(gReports)}
<h2 class="wp-block-heading">${gHead[2]}</h2>
${ps(gNext)}
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"></span>
<span class="screen-reader-text">Categories </span><a href="https://kingsmereltc.example/category/league/" rel="category tag">League</a></span>
<span class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/ladies-a/" rel="tag">Ladies A</a>, <a href="/tag/winter-2027/"
rel="tag">winter 2027</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"></span><span class="prev">
<a href="https://kingsmereltc.example/2027/02/01/winter-league-week-5/" rel="prev">${gRecent[1]}</a></span></div>
<div class="nav-next"><span class="gp-icon icon-arrow-right"></span><span class="next"><a href="/2027/02/10/committee-minutes-january/"
rel="next">${gRecent[0]}</a></span>
</div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on &ldquo;Winter League, week 6&rdquo;</h3>
<ol class="comment-list">
<li id="comment-318" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-318"
itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><img alt='' src='https://secure.gravatar.com/avatar/0a1?s=50&#038;d=mm' class='avatar avatar-50 photo'
height='50' width='50'>
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<cite itemprop="name" class="fn">Hetty Larkspur</cite></div><div class="entry-meta comment-metadata"><a href="#comment-318">
<time datetime="2027-02-08T20:31:02+00:00" itemprop="datePublished">February 8, 2027 at 8:31 pm</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>${gComments[0]}</p></div><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></span>
</article></li>
<li id="comment-321" class="comment odd alt thread-odd thread-alt depth-1"><article class="comment-body" id="div-comment-321" itemscope>
<footer class="comment-meta"><div class="comment-author-info"><div class="comment-author vcard"><cite itemprop="name" class="fn">Bram Tolley</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-321"><time datetime="2027-02-09T08:02:40+00:00">February 9, 2027 at 8:02 am</time></a></div></div>
</footer><div class="comment-content"><p>${gComments[1]}</p></div><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></span>
</article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="https://kingsmereltc.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" rows="8"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text">
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://kingsmereltc.example/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2027 Kingsmere LTC</span> &bull; Built with
 <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="https://kingsmereltc.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const generatePress: TestPage = {
  name: 'heldout603-generatepress-league-results',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHead,
  body: texts([...gIntro, ...gRows.map((r) => r.join(' ')), ...gReports, ...gNext]),
  bylines: ['February 8, 2027', 'by Declan Moorcroft', 'Hetty Larkspur', 'February 8, 2027 at 8:31 pm', 'Bram Tolley', 'February 9, 2027 at 8:02 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kingsmere LTC', 'Tennis in Kingsmere since 1921', 'Menu', ...gNav.filter((t) => t !== 'Home'),
    'Two points for a win, one for each rubber won.',
    'Categories', 'Tags', 'winter 2027', ...gRecent, '2 thoughts on “Winter League, week 6”', ...gComments, 'Reply',
    'Leave a Comment', 'Comment', 'Name', 'Email', 'Search for:', 'Recent Posts', 'Club News', 'Social', '© 2027 Kingsmere LTC', 'Built with',
    'GeneratePress',
  ],
};

const xTitle = 'Your first month of padel: what to expect at Riverside';
const xDek = 'New to the glass box? Here is how our four-week starter course works, and what to bring to your first session.';
const xH = ['Week 1: grip, serve and the walls', 'Weeks 2 and 3: the volley and the lob', 'Week 4: your first match', 'After the course'];
const xP = [
  [
    j(
      'Most players who come to us have played tennis or squash, and both help. The biggest change is the walls: in padel the ball',
      'can come back off the glass, and learning to wait for it is the first thing we teach.',
    ),
    'The serve is underarm and must bounce first. Coach Ilse will have you serving in ten minutes.',
  ],
  [
    j(
      'Padel is a game of position. Pairs win points at the net, so weeks 2 and 3 are about getting there and staying there:',
      'the volley, the bandeja and the lob that sends the other pair back to the glass.',
    ),
  ],
  [j('The last session is a short round-robin with the other beginners. Nobody keeps score for long, and most groups end up in the', 'café afterwards.')],
  [
    j(
      "When the course ends you can join the Tuesday social, book a court with friends, or enter the beginners' ladder. Starter",
      'course players get their first month of membership at half price.',
    ),
    'Bring: trainers with a herringbone sole, a water bottle and a layer for the evening. Rackets and balls are provided.',
  ],
];
const xNav = ['Home', 'Book a Court', 'Coaching', 'Membership', 'Blog', 'Contact'];
const xRecent = ['Why padel courts have glass walls', 'Meet our new head coach', 'Winter opening hours'];
const rce = (tag: string, id: string, t: string): string =>
  `<${tag} class="MdpCd _3d7ln public-DraftStyleDefault-block-depth0" dir="auto" id="viewer-${id}"><span
class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></${tag}>`;
const xBody = xH.map((h, i) => [rce('h2', `h${i}`, h), ...(xP[i] ?? []).map((p, k) => rce('p', `p${i}${k}`, p))].join('\n')).join('\n');
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1b2c3~mv2.png">
<title>Your first month of padel: what to expect at Riverside</title><meta name="description" content="${xDek}">
<link rel="canonical" href="https://www.riversidepadel.example/post/your-first-month-of-padel"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","datePublished":"2027-01-18T09:00:00.000Z",
"author":{"@type":"Person","name":"Marta Quillen"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"7c2d","isPremium":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}#comp-lh2k9x{width:980px;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content"><div id="comp-kb7x2a1" class="comp-kb7x2a1 wixui-rich-text"
 data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">RIVERSIDE PADEL</span></p></div>
<nav id="comp-kb7x2a3" class="XwCBRN wixui-horizontal-menu" aria-label="Site"><ul class="UFSdr0">${xNav
  .map(
    (t) => `<li class="ByGAAk wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
 class="UiHgGh"><div class="_pfxlW"><p class="zKbzSQ">${t}</p></div></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="post-page-root">
<article class="blog-post-page-font _2t4aQ" data-hook="post"><div class="post-metadata _1Hfu1" data-hook="post-metadata">
<div class="_3a1Bd" data-hook="avatar-image"><img src="https://static.wixstatic.com/media/quillen.jpg" alt="Writer's picture"></div>
<div class="_1eULs"><div data-hook="user-name" class="_2ZB0x"><span class="tQ0Q1 user-name _1ZYJo" title="Marta Quillen">Marta Quillen</span></div>
<ul class="_1AhZP"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="Jan 18">Jan 18</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read" title="3 min read">3 min read</span></li></ul></div>
<button class="_2EZoF" aria-label="More actions" data-hook="more-button"></button></div>
<div class="_1TgTW"><h1 class="blog-post-title-font _1Z_Hq" data-hook="post-title">${xTitle}</h1></div>
<div class="post-content__body" data-hook="post-description"><div class="rich-content-viewer" data-rce-version="9.6.2" data-id="rich-content-viewer">
${rce('p', 'dek', `<em>${xDek}</em>`)}
<div class="_3CWa-" data-hook="imageViewer"><img src="https://static.wixstatic.com/media/riverside-court3.jpg" alt="">
<span dir="auto" class="_2QVXP" data-hook="imageViewerCaption">Court 3 on a Tuesday social night.</span></div>
${xBody}
</div></div>
<div class="_3mj2D" data-hook="post-footer"><div class="_1-lVW" data-hook="share-buttons"><button aria-label="Share via Facebook" class="xjdYW"></button>
<button aria-label="Share via Twitter" class="xjdYW"></button><button aria-label="Share via Link" class="xjdYW"></button></div>
<div class="_3rO5x" data-hook="post-main-actions"><span class="_1vMU0" data-hook="view-count">212 views</span>
<span class="_1vMU0" data-hook="comment-count">0 comments</span><button data-hook="like-button" aria-label="Post not marked as liked" class="_22Ps_">
<span class="like-button-with-count__like-count">4</span></button></div></div></article>
<section class="_3RzkY" data-hook="recent-posts"><div class="_2gk4U"><h2 class="_1f5dB">Recent Posts</h2><a href="/blog" class="_1Hnwh">See All</a></div>
<div class="_1QRt3">${xRecent
  .map(
    (t) => `<div class="_1Hfku" data-hook="post-list-item"><a href="/post/${t.toLowerCase().replace(/ /g, '-')}"
 class="O16KGI"><h3 class="post-title" data-hook="post-title">${t}</h3></a></div>`,
  )
  .join('\n')}</div></section>
<section data-hook="comments-root" class="_1Ei6u"><div class="comments-header"><h3>Comments</h3></div>
<div data-hook="comment-box"><button data-hook="root-comment-box-button">Write a comment...</button></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-kb7x2b9" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Riverside Padel, Unit 4, Wharf Road, Calderbridge</p>
<p class="font_9 wixui-rich-text__text">© 2027 by Riverside Padel. Proudly created with Wix.com</p></div></footer>
</div></div></div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout603-wix-padel-first-month',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: [xDek, ...xP.flat()],
  bylines: ['Marta Quillen', 'Jan 18'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'RIVERSIDE PADEL', ...xNav.filter((t) => !['Book a Court', 'Membership'].includes(t)), '3 min read', 'Court 3 on a Tuesday social night.',
    '212 views', '0 comments', 'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...',
    'Riverside Padel, Unit 4, Wharf Road, Calderbridge', '© 2027 by Riverside Padel. Proudly created with Wix.com',
  ],
};

export const HELDOUT603_B: readonly TestPage[] = [generatePress, wix];
