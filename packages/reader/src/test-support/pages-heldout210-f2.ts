import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 210, file f2: a car club's blog post on WordPress with the Astra theme (skip link, the site title and
 * tagline, the primary menu with "Join the Club", the entry meta with date, author and category, a gallery block with
 * captions, the post's category and tag links, prev/next post navigation, two reader comments with "Reply" links, the
 * "Leave a Reply" form, the sidebar widgets (search, upcoming events, categories, archives, membership box) and the
 * footer with "Powered by Astra WordPress Theme").
 */
const ccTitle = 'Spring Run 2026: forty-one cars, one ferry and a lot of tea';
const ccP1 = [
  'Our first run of the season went ahead on Sunday 15 March in weather that could not make up its mind, and a record 41 cars ' +
    'turned out at the Bewdley Rowing Club car park for the 8.30 briefing. Thank you to everyone who came, and especially to the ' +
    'six members who brought cars out for the first time since their winter restorations. ' +
    'It was also lovely to welcome four new members, who all said they would be back for the next one.',
];
const ccH1 = 'The route';
const ccP2 = [
  'This year Colin and Priya planned a 74-mile loop that took us west over the Clee Hills, down through Ludlow and back along the ' +
    'Teme valley. The highlight for most people was the chain ferry crossing at Upton Passage, which takes four cars at a time and ' +
    'gave the queue plenty of time to admire each other’s paintwork.',
  'The coffee stop at the Ludlow Racecourse café coped heroically with 80-odd people arriving at once. We have promised them more ' + 'warning next year.',
];
const ccH2 = 'Awards';
const ccP3 = ['As always, the committee handed out a few entirely serious awards at the lunch stop:'];
const ccAwards = [
  'Best in Show: Derek Lowe’s 1964 Aster Coupé, fresh from a six-year rebuild.',
  'Spirit of the Run: Fiona and Ann Marsh, whose Corran Traveller completed the route with no third gear.',
  'Furthest Travelled: the Okafor family, who drove up from Bristol that morning.',
  'Wooden Spoon: your chairman, who missed the ferry turn-off twice.',
];
const ccH3 = 'Thanks and what’s next';
const ccP4 = [
  'Huge thanks to the marshals, to the Bewdley Rowing Club for the car park, and to everyone who brought cake. Photos from the day ' +
    'are in the gallery below, and more are in the members’ area.',
  'Next up is the Noggin and Natter at the Talbot Arms on 2 April, then the Malvern Hillclimb spectator day on 26 April. Details ' +
    'of both are on the events page.',
];
const ccTitleSite = 'Severn Valley Classic Car Club';
const ccTag = 'Keeping old cars on the road since 1978';
const ccNav = ['Home', 'About', 'Events', 'News', 'Gallery', 'Contact', 'Join the Club'];
const ccCaps = ['Waiting for the chain ferry at Upton Passage', 'The lunch stop line-up at Ludlow', 'Best in Show, the Lowe Coupé'];
const ccMeta = ['March 22, 2026', 'Gwen Talbot'];
const ccTags = ['Ludlow', 'Spring Run', 'Runs'];
const ccPager = ['Previous: AGM 2026 – minutes and new committee', 'Next: Noggin and Natter, April'];
const ccComments = [
  ['Martin Hale', 'March 22, 2026 at 7:48 pm', 'Brilliant day, thank you all. The ferry was worth the wait. See you at the hillclimb.'],
  ['Priya Shah', 'March 23, 2026 at 9:02 am', 'Thanks Martin! If anyone has photos from the Clee Hills viewpoint, please send them to the editor.'],
];
const ccForm = [
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Post Comment',
];
const ccSide = [
  'Upcoming events',
  'Noggin and Natter – 2 April',
  'Malvern Hillclimb – 26 April',
  'Categories',
  'Club News',
  'Events',
  'Runs',
  'Archives',
  'March 2026',
  'February 2026',
];
const ccJoin = ['Join us', 'Membership is £28 a year and includes the quarterly magazine.', 'Find out more'];
const ccFoot = 'Copyright © 2026 Severn Valley Classic Car Club | Powered by Astra WordPress Theme';
const ccHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ccTitle} – ${ccTitleSite}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Severn Valley Classic Car Club » Feed" href="/feed/">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${ccTitle}",
"author":{"name":"Gwen Talbot"},"datePublished":"2026-03-22T18:10:00+00:00"}]}</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-1184 single-format-standard ast-right-sidebar astra-4.8.3">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead"><div class="ast-site-identity">
<p class="site-title"><a href="/" rel="home">${ccTitleSite}</a></p><p class="site-description">${ccTag}</p></div>
<nav class="main-header-bar-navigation" aria-label="Site Navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow">${links(ccNav, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1184 post type-post status-publish format-standard category-club-news ast-article-single" id="post-1184">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${ccTitle}</h1>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">${ccMeta[0]}</span></span> / By
<span class="posted-by vcard author"><a class="url fn n" href="/author/gwen/"><span class="author-name">${ccMeta[1]}</span></a></span> /
<span class="cat-links"><a href="/category/club-news/" rel="category tag">Club News</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ccP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${ccH1}</h2>
${ccP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${ccH2}</h2>
${ccP3.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="wp-block-list">${ccAwards.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${ccH3}</h2>
${ccP4.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">${ccCaps
  .map(
    (c, i) =>
      `<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/run-${i}.jpg" alt="">
<figcaption class="wp-element-caption">${c}</figcaption></figure>`,
  )
  .join('\n')}</figure>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: ${ccTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span></footer></div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/agm-2026/" rel="prev">${ccPager[0]}</a></div><div class="nav-next"><a href="/noggin-april/" rel="next">${ccPager[1]}</a>
</div></div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “${ccTitle}”</h3><ol class="ast-comment-list">
${ccComments
  .map(
    (
      [n, t, c],
      i,
    ) => `<li class="comment even thread-even depth-1" id="li-comment-${i}"><article id="comment-${i}" class="ast-comment"><div class="ast-comment-meta">
<div class="ast-comment-cite-wrap"><cite><b class="fn">${n}</b></cite></div><div class="ast-comment-time"><time datetime="2026-03-22">${t}</time></div></div>
<section class="ast-comment-content comment"><p>${c}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${ccForm[0]}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform">
<p class="comment-notes">${ccForm[1]}</p><p class="comment-form-comment"><label for="comment">${ccForm[2]}</label><textarea id="comment"></textarea></p>
<p class="comment-form-author"><label for="author">${ccForm[3]}</label><input id="author"></p><p class="comment-form-email">
<label for="email">${ccForm[4]}</label><input id="email"></p>
<p class="comment-form-url"><label for="url">${ccForm[5]}</label><input id="url"></p><p class="comment-form-cookies-consent">
<input id="wp-comment-cookies-consent" type="checkbox">
<label for="wp-comment-cookies-consent">${ccForm[6]}</label></p><p class="form-submit"><input type="submit" value="Post Comment">
<span hidden>${ccForm[7]}</span></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside class="widget widget_search">
<form role="search" class="search-form">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …"></label></form></aside>
<aside class="widget"><h2 class="widget-title">${ccSide[0]}</h2><ul>${links(ccSide.slice(1, 3))}</ul></aside>
<aside class="widget widget_categories"><h2 class="widget-title">${ccSide[3]}</h2><ul>${links(ccSide.slice(4, 7), 'cat-item')}</ul></aside>
<aside class="widget widget_archive"><h2 class="widget-title">${ccSide[7]}</h2><ul>${links(ccSide.slice(8))}</ul></aside>
<aside class="widget widget_block"><h2 class="widget-title">${ccJoin[0]}</h2><p>${ccJoin[1]}</p>
<a class="wp-block-button__link" href="/join/">${ccJoin[2]}</a></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright"><p>${ccFoot}</p></div></div></footer></div>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.7.2" id="comment-reply-js" async data-wp-strategy="async"></script></body></html>`;
export const clubPost: TestPage = {
  html: ccHtml,
  name: 'heldout210-car-club-blog-post',
  kind: 'blog',
  // reader comments are furniture (a blog post, not a discussion); the date and author are bylines
  title: ccTitle,
  headings: [ccH1, ccH2, ccH3],
  body: texts([...ccP1, ...ccP2, ...ccP3, ...ccAwards, ...ccP4]),
  bylines: [...ccMeta],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ccTitleSite, ccTag, ...ccNav.filter((t) => t !== 'Events'), 'Club News', ...ccCaps, 'Tags:', 'Ludlow', 'Spring Run',
    'Post navigation', ...ccPager,
    `2 thoughts on “${ccTitle}”`, ...ccComments.flat(), 'Reply', ...ccForm, 'Search for:', ...ccSide, ...ccJoin, ccFoot,
  ],
};
