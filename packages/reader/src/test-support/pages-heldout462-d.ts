import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout462-kit.js';

/**
 * Held-out batch 462, file d: a residents' association's objection letter on WordPress (GeneratePress) with comments, and a
 * resident's own objection letter on Blogger (the Simple template).
 */
const wTitle = 'Our objection to application 26/01472/FUL (land rear of Orchard Lane)';
const wIntro = [
  j(
    "The committee has now submitted the association's formal objection to the six houses proposed behind Orchard Lane. Thank you",
    'to the 140 members who came to the meeting in the village hall and to everyone who sent us photographs of the lane in flood.',
  ),
  'The full text of the letter is below. You can still comment on the application yourself until 9 October.',
];
const wLetter = [
  'Dear Ms Okafor,',
  j(
    "I write on behalf of the Kessington Village Residents' Association to object to the above application. Our objection is",
    'made on the following grounds.',
  ),
];
const wH = ['1. Access and highway safety', '2. Flooding and drainage', '3. Settlement boundary', 'How to comment'];
const wAccess = [
  j(
    'The only access to the site is from Orchard Lane, a single-track road without footways that serves as the walking route to',
    "Kessington Primary School. The applicant's transport statement counts traffic on one weekday in August, when the school was",
    'closed. We ask the highway authority to require a survey during term time.',
  ),
  "The visibility splay shown on drawing 104 Rev B depends on cutting back a hedge that is not in the applicant's ownership.",
];
const wFlood = [
  j(
    'The lower part of the site floods most winters. Residents of numbers 41 to 47 have photographs of standing water across the',
    'field in January 2024, February 2025 and again this year. The drainage strategy relies on infiltration, but the trial pits',
    'were dug in July and the ground is heavy clay.',
  ),
];
const wBoundary = [
  j(
    'The site lies outside the settlement boundary in the adopted Local Plan and is not allocated in the emerging plan. The council',
    'can show a housing land supply of 5.3 years, so the presumption in favour of sustainable development does not apply.',
  ),
  'For these reasons we ask the council to refuse the application.',
  'Yours sincerely,',
  "Margaret Ellwood, Chair, Kessington Village Residents' Association",
];
const wHow = [
  "Use the council's Public Access site and search for 26/01472/FUL",
  'Email planning@thornburyvale.gov.uk quoting the reference',
  'Write to the Planning Department, Council Offices, Vale Road, Thornbury Vale TV1 2AA',
];
const wNav = ['Home', 'About us', 'News', 'Planning watch', 'Events', 'Join'];
const wSide = ['Village hall AGM: 14 November', 'Speed watch volunteers needed', 'Orchard Lane application: what we know so far'];
const wComments: readonly (readonly [string, string, string])[] = [
  ['Pete Harwood', 'September 30, 2026 at 8:14 pm', 'Well put. I have sent my own letter and mentioned the school run in particular.'],
  ['Sue Danby', 'October 1, 2026 at 9:02 am', 'Does anyone know when it is likely to go to committee?'],
];
const wHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Kessington Village Residents&#039; Association</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222}.inside-article{padding:40px}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${wTitle}",
"datePublished":"2026-09-29T18:20:00+01:00"}]}</script>
</head><body class="post-template-default single single-post postid-812 wp-embed-responsive right-sidebar nav-float-right one-container">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead"><div class="inside-header grid-container"><div class="site-branding">
<p class="main-title"><a href="/" rel="home">Kessington Village Residents' Association</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-812" class="post-812 post type-post status-publish format-standard hentry category-planning-watch"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">${wTitle}</h1><div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="2026-09-29T18:20:00+01:00">September 29, 2026</time></span> <span class="byline">by
<span class="author vcard"><a class="url fn n" href="/author/committee/">Committee</a></span></span></div></header>
<div class="entry-content">${ps(wIntro)}<hr class="wp-block-separator">
<div class="wp-block-group has-pale-cyan-blue-background-color">${ps(wLetter)}
<h3 class="wp-block-heading">${wH[0]}</h3>${ps(wAccess)}<h3 class="wp-block-heading">${wH[1]}</h3>${ps(wFlood)}
<h3 class="wp-block-heading">${wH[2]}</h3>${ps(wBoundary)}</div>
<h2 class="wp-block-heading">${wH[3]}</h2><ul class="wp-block-list">${lis(wHow)}</ul></div>
<footer class="entry-meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/planning-watch/">Planning watch</a>
</span>
<span class="tags-links"><a href="/tag/orchard-lane/">Orchard Lane</a>, <a href="/tag/objections/">Objections</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><a href="/speed-watch/">Speed watch volunteers needed</a></div></nav></footer></div>
</article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on &ldquo;${wTitle}&rdquo;</h3><ol class="comment-list">
${wComments
  .map(
    ([who, when, txt]) => `<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info">
<cite itemprop="name" class="fn">${who}</cite><div class="entry-meta comment-metadata"><time>${when}</time></div></div></footer>
<div class="comment-content"><p>${txt}</p></div><span class="reply"><a class="comment-reply-link" href="#">Reply</a></span></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" class="submit" value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>${links(wSide)}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">
<span class="copyright">&copy; 2026 Kessington Village Residents' Association</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout462-wordpress-objection-letter',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, ...wLetter, ...wAccess, ...wFlood, ...wBoundary, ...wHow]),
  bylines: ['September 29, 2026', 'by Committee', ...wComments.flatMap(([who, when]) => [who, when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Menu', ...wNav, 'Orchard Lane, Objections',
    'Speed watch volunteers needed', `2 thoughts on “${wTitle}”`, ...wComments.map(([, , t]) => t), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Recent Posts', ...wSide.filter((s) => !s.startsWith('Speed')),
    '© 2026 Kessington Village Residents\' Association • Built with GeneratePress',
  ],
};

const bTitle = 'Why I have objected to the Harmon Street rezoning';
const bParas = [
  j(
    'I have lived on W. Harmon Street for nineteen years, two doors down from the old tire center, and I never thought I would',
    'write a letter opposing something on that lot. It has been an eyesore since 2019. But the rezoning request that goes to the',
    'Planning Commission on December 1 asks for more than the neighborhood was told about at the open house, so here is the',
    'letter I sent to the planning office this morning.',
  ),
  'To the members of the Ellery Falls Planning Commission:',
  j(
    'I object to the proposed rezoning of 602-618 W. Harmon Street from C-2 to MU-1 as submitted. I support new housing on this',
    'block. I do not support a zone that would allow a four-story building with no required parking on a street that already',
    'has parked cars on both sides every evening.',
  ),
  j(
    'At the open house in September the developer showed a two-story building with twelve apartments and a small parking lot',
    'behind it. MU-1 would allow three times that. If the Commission recommends approval, I ask that it attach the conditions',
    'offered at the open house: a height limit of 35 feet and one parking space for each apartment.',
  ),
  'Respectfully,<br>Linda Marchetti<br>611 W. Harmon Street',
  'If you agree, the email address is planning@elleryfallsmi.gov and comments are due by noon on November 30.',
];
const bHtml = `<!DOCTYPE html><html class="v2" dir="ltr" lang="en" xmlns:b="http://www.google.com/2005/gml/b" xmlns:expr="http://www.google.com/2005/gml/expr">
<head><meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<title>Porch Notes: ${bTitle}</title><link href="https://porchnotes-ef.blogspot.com/feeds/posts/default" rel="alternate" type="application/atom+xml">
<style id="page-skin-1" type="text/css">body{font:normal normal 14px Georgia,Utopia,serif;color:#333;background:#eeeeee}</style>
<script type="text/javascript">(function(){var b=window,f="chrome";b[f]=b[f]||{};})();</script></head>
<body class="loading variant-simplysimple"><div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1">
<iframe class="blogger-iframe-colorize" height="30" id="navbar-iframe" src="about:blank" title="Blogger Navigation and Search"></iframe></div></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner">
<div class="titlewrapper"><h1 class="title"><a href="https://porchnotes-ef.blogspot.com/">Porch Notes</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Small-town life on the west side of Ellery Falls</span></p></div></div></div></div></header>
<div class="main-inner"><div class="columns fauxcolumns"><div class="column-center-outer"><div class="main section" id="main">
<div class="widget Blog" id="Blog1">
<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Thursday, November 19, 2026</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost">
<h3 class="post-title entry-title" itemprop="name">${bTitle}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-4417" itemprop="description articleBody">${bParas[0]}<br><br><blockquote>${bParas
  .slice(1, 5)
  .join('<br><br>')}</blockquote>${bParas[5]}<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Linda M.</span></span>
<span class="post-timestamp">at <a class="timestamp-link" href="#"><abbr class="published" title="2026-11-19T07:42:00-05:00">7:42 AM</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="#comments">3 comments</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="share-button sb-email" href="#"><span class="share-button-link-text">Email This</span></a>
<a class="share-button sb-blog" href="#"><span class="share-button-link-text">BlogThis!</span></a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="#" rel="tag">Harmon Street</a>,
<a href="#" rel="tag">zoning</a></span></div></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older Post</a></span><a class="home-link" href="#">Home</a></div>
</div></div></div><div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1">
<h2>About Me</h2><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="#">Linda M.</a></dt>
<dd class="profile-textblock">Retired librarian, gardener, block club secretary.</dd></dl></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><ul class="hierarchy"><li><a href="#">2026</a> (14)</li>
<li><a href="#">2025</a> (22)</li></ul></div></div></div></div></div></div>
<footer><div class="footer-outer">
<div class="widget Attribution" id="Attribution1">Simple theme. Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div></footer></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975350028-widgets.js"></script></body></html>`;
const blogger: TestPage = {
  name: 'heldout462-blogger-objection',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: [...texts(bParas.slice(0, 4)), 'Respectfully,', 'Linda Marchetti', '611 W. Harmon Street', ...texts(bParas.slice(5))],
  bylines: ['Thursday, November 19, 2026', 'Posted by Linda M.', 'at 7:42 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Porch Notes', 'Small-town life on the west side of Ellery Falls', '3 comments', 'Email This', 'BlogThis!', 'Labels: Harmon Street, zoning',
    'Newer Post', 'Older Post', 'Home', 'About Me', 'Linda M.', 'Retired librarian, gardener, block club secretary.', 'Blog Archive',
    '2026 (14)', '2025 (22)', 'Simple theme. Powered by Blogger.',
  ],
};

export const HELDOUT462_D: readonly TestPage[] = [wordpress, blogger];
