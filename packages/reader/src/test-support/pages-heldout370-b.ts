import { links, ps, type TestPage, texts } from './page-kit.js';
import { squarespace } from './pages-heldout370-b2.js';
import { j, lis } from './pages-heldout370-kit.js';

/**
 * Held-out batch 370, file b: a student radio station's blog on WordPress with the Astra theme (header with an on-air
 * widget, primary menu, entry meta, embedded Mixcloud player with its caption, a track list, post tags, post navigation,
 * two approved comments with the comment form, sidebar with schedule and recent posts, footer) and a campus news site on
 * Squarespace 7.1 (announcement bar, header nav, blog item meta, image block with caption, summary block of recent posts,
 * newsletter block, pagination, footer blocks, cookie banner).
 */
const rTitle = 'Crate Night #12: an hour of basement tapes from the dorm bands of 2006';
const rBody1 = [
  j(
    'Last Thursday’s Crate Night was the one we have been promising since September. Over winter break our music director,',
    'Fen Albrecht, found two shoeboxes of cassettes in the station’s storage closet, labeled only with room numbers and the',
    'word “demos”. Most of them turned out to be recordings that dorm bands sent in to WKVH almost twenty years ago.',
  ),
  j(
    'We digitized all 31 tapes, tracked down as many of the bands as we could, and asked for permission to play the songs again.',
    'Eleven bands said yes. The archived show is now up on our Mixcloud, and the track list is below.',
  ),
];
const rH1 = 'How we digitized the tapes';
const rBody2 = [
  j(
    'None of us had ever used a cassette deck before this project, so this part involved a lot of trial and error. We borrowed a',
    'deck from the media library, cleaned the heads with isopropyl alcohol, and recorded each tape into the studio console at',
    '48 kHz. Three tapes had stretched so badly that only a few minutes were usable.',
  ),
  j(
    'We did not try to clean up the hiss. Part of the charm of these recordings is that you can hear the radiator in Pell Hall',
    'knocking behind a drum kit, and somebody’s roommate asking if they are almost done.',
  ),
];
const rH2 = 'Track list';
const rTracks = [
  'The Lantern Switch – “Cafeteria Tray Sledding”',
  'Mossgiel – “Room 214 Has No Curtains”',
  'Quiet Hours Violation – “RA Please”',
  'Dorothea and the Late Fees – “Overdue”',
  'Northfield Static – “Snow Day Radio”',
  'Jules Partridge – “Song for the Third Floor Laundry”',
];
const rH3 = 'Where the bands are now';
const rBody3 = [
  j(
    'A few of the musicians we reached still play. The drummer from Quiet Hours Violation teaches percussion at a high school two',
    'towns over, and Mossgiel reunited for one show in 2019. Most of them laughed when we told them we had found the tapes, and',
    'two asked us for copies because they had lost their own.',
  ),
  j(
    'If you were in a campus band between 2004 and 2009 and think one of your tapes might be in the boxes, email the music',
    'department at the station. We would love to hear the stories behind these songs, and we are planning a second hour for April.',
  ),
];
const rMenu = ['Listen Live', 'Schedule', 'Shows', 'Blog', 'Charts', 'Get Involved'];
const rRecent = ['Spring DJ training sign-ups are open', 'Top 30 for the week of March 2', 'Live from Studio B: Halfmoon Ferry'];
const rSched = ['Mon 8 p.m. – Night Shift Jazz', 'Tue 6 p.m. – The Commuter', 'Thu 9 p.m. – Crate Night'];
const rComments = [
  j(
    'I was in Dorothea and the Late Fees!! I cannot believe that tape survived. Our bassist is going to lose it when I send him',
    'this. Thank you for tracking us down.',
  ),
  'Pell Hall radiator is still knocking, for the record. Great show, please do more of these.',
];
const rCmt = (id: number, who: string, when: string, text: string) => `<li id="comment-${id}" class="comment even thread-even depth-1">
<article class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-cite-wrap"><cite><b class="fn">${who}</b></cite></div>
<div class="ast-comment-time"><a href="#comment-${id}"><time datetime="2026-03-0${id % 9}">${when}</time></a></div></div>
<section class="ast-comment-content comment"><p>${text}</p></section>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link"
href="#">Reply</a></span></div></article></li>`;
const rHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} &#8211; WKVH 88.3 FM</title><meta name="robots" content="max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${rTitle}"><meta property="og:site_name" content="WKVH 88.3 FM">
<link rel="stylesheet" id="astra-theme-css-css" href="https://wkvh.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.1" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting",
"headline":"${rTitle}","datePublished":"2026-03-03T14:00:00+00:00","author":{"name":"Sadie Marchetti"}}]}</script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":""};</script></head>
<body class="post-template-default single single-post postid-5310 ast-desktop ast-separate-container ast-right-sidebar astra-4.8.1">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar"><div class="ast-container"><div class="site-branding"><p class="site-title"><a href="/" rel="home">WKVH 88.3 FM</a></p>
<p class="site-description">Freeform student radio from Kessler Valley College</p></div>
<div class="ast-on-air-widget"><span class="on-air-label">On air now:</span> <span class="on-air-show">Afternoon Static with Ramona Lutz</span></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(rMenu, 'menu-item menu-item-type-post_type')}
</ul></nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-5310 post type-post status-publish format-standard hentry category-crate-night ast-article-single" id="post-5310">
<div class="ast-post-format- single-layout-1"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${rTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n" href="/author/sadie/"><span
class="author-name">Sadie Marchetti</span></a></span>
/ <span class="posted-on"><span class="published" itemprop="datePublished">March 3, 2026</span></span>
/ <span class="cat-links"><a href="/category/crate-night/" rel="category tag">Crate Night</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(rBody1)}
<figure class="wp-block-embed is-type-rich is-provider-mixcloud"><div class="wp-block-embed__wrapper">
<iframe title="Crate Night #12 by WKVH" width="100%" height="120" src="https://player-widget.mixcloud.example/widget/iframe/?feed=wkvh"></iframe></div>
<figcaption class="wp-element-caption">Listen to the full archived show on Mixcloud (58 minutes).</figcaption></figure>
<h2 class="wp-block-heading">${rH1}</h2>
${ps(rBody2)}
<h2 class="wp-block-heading">${rH2}</h2>
<ol class="wp-block-list">
${lis(rTracks)}
</ol>
<h2 class="wp-block-heading">${rH3}</h2>
${ps(rBody3)}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/archives/" rel="tag">archives</a>,
<a href="/tag/local-music/" rel="tag">local music</a></span></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">
<div class="nav-previous"><a href="/blog/top-30-march-2/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/blog/dj-training/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><h3 class="comments-title">2 thoughts on “Crate Night #12”</h3>
<ol class="ast-comment-list">
${rCmt(41, 'Maribel Quist', 'March 3, 2026 at 6:12 pm', rComments[0] ?? '')}
${rCmt(42, 'pellhall_alum', 'March 4, 2026 at 9:47 am', rComments[1] ?? '')}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<form id="commentform" class="comment-form"><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" class="submit" value="Post Comment"></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside class="widget widget_text"><h2 class="widget-title">This week on WKVH</h2><ul>${lis(rSched)}</ul></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(rRecent)}</ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-small-footer-section">
Copyright © 2026 WKVH 88.3 FM | Powered by <a href="https://wpastra.example/">Astra WordPress Theme</a></div></div></footer></div>
<script src="https://wkvh.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.1" id="astra-theme-js-js"></script>
</body></html>`;
const radio: TestPage = {
  name: 'heldout370-wordpress-astra-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [rH1, rH2, rH3],
  body: texts([...rBody1, ...rBody2, ...rTracks, ...rBody3]),
  bylines: ['Sadie Marchetti', 'March 3, 2026'],
  furniture: [
    'Skip to content',
    'WKVH 88.3 FM',
    'Freeform student radio from Kessler Valley College',
    'On air now:',
    'Afternoon Static with Ramona Lutz',
    ...rMenu,
    'Listen to the full archived show on Mixcloud (58 minutes).',
    'Tagged',
    'archives',
    'local music',
    'Previous Post',
    'Next Post',
    '2 thoughts on “Crate Night #12”',
    'Maribel Quist',
    'March 3, 2026 at 6:12 pm',
    ...texts(rComments),
    'pellhall_alum',
    'March 4, 2026 at 9:47 am',
    'Reply',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'This week on WKVH',
    ...rSched,
    'Recent Posts',
    ...rRecent,
    'Copyright © 2026 WKVH 88.3 FM | Powered by',
    'Astra WordPress Theme',
  ],
};

export const HELDOUT370_B: readonly TestPage[] = [radio, squarespace];
