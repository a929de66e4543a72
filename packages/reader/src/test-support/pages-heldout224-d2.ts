import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 224, file d2: a bird club's field trip report on Blogger (Simple template: the blog's h1 title and
 * description, the navbar iframe, the date header, the post title as an h3, the post body in divs with a photo caption table,
 * the "Posted by ... at ..." footer, share buttons, labels, "No comments:", "Post a Comment", the blog pager, "Subscribe to:",
 * the sidebar with "About the club", upcoming trips, "Blog Archive" and "Followers", "Powered by Blogger" and the EU cookie
 * notice).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const bTitle = 'Field trip report: Saltmere Marshes, Sunday 9 March';
const bP1 = paras(`
Fourteen members met at the Saltmere reserve car park at 8.30 on a bright, cold morning with a brisk north-westerly. High tide was due at 11.40,
so we headed straight for the sea wall to watch the waders being pushed off the mudflats and on to the lagoons.

The first hour was dominated by <b>golden plover</b>. A flock of around 600 came in low over the saltings and settled on the grazing marsh, where
they were joined by lapwings and a few dozen black-tailed godwits still in their grey winter plumage.`);
const bP2 = paras(`
From the Eastern Hide the lagoon held the usual teal, wigeon and shoveler, plus four pintail that Derek spotted sleeping at the back. The highlight
came just before the tide turned, when a <b>spoonbill</b> dropped in among the godwits and fed for about twenty minutes before flying off towards
the estuary. It is only the third record for the reserve and a first for most of the group.

After lunch at the visitor centre we walked the reedbed loop. Bearded tits were heard but not seen in the wind, and a marsh harrier quartered the
far reeds several times. Cetti's warblers shouted at us from at least three places along the path.

On the way back a merlin shot low across the track and landed on a fence post long enough for everyone to get it in the scope, which was a fine way
to finish.`);
const bP3 = ['Our top ten of the day, out of 62 species recorded:'];
const bList = [
  'Spoonbill (1)',
  'Merlin (1)',
  'Marsh harrier (2)',
  'Pintail (4)',
  'Golden plover (c. 600)',
  'Black-tailed godwit (c. 45)',
  'Avocet (28)',
  'Grey plover (6)',
  'Bearded tit (heard only)',
  "Cetti's warbler (3 singing)",
];
const bP4 = paras(`
Many thanks to Alison for leading, and to the reserve warden for opening the Eastern Hide early for us. The full species list is on the club's
sightings spreadsheet.`);
const bCap = 'The spoonbill feeding among the godwits (photo: Derek Hollins)';
const bAbout = 'The Westmoor Bird Club has been watching birds in the county since 1968. New members of all abilities are welcome on our trips.';
const bTrips = ['Sun 6 April: Brackley Woods dawn chorus', 'Sat 17 May: Cliff Head seabirds', 'Sun 15 June: Fen Lane nightjar walk'];
const bArchive = ['►  2025 (4)', '►  2024 (19)', '►  2023 (22)'];
const bShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const bCookie = 'This site uses cookies from Google to deliver its services and to analyse traffic.';
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data"
xmlns:expr="http://www.google.com/2005/gml/expr"><head><meta content="width=1100" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://westmoorbirdclub.blogspot.example/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://westmoorbirdclub.blogspot.example/2025/03/field-trip-report-saltmere-marshes.html" rel="canonical">
<meta content="${bTitle}" property="og:title"><meta content="Fourteen members met at the Saltmere reserve car park..." property="og:description">
<title>Westmoor Bird Club: ${bTitle}</title>
<style id="page-skin-1" type="text/css">body { font: normal normal 14px Arial, Tahoma, Helvetica, FreeSans, sans-serif; }
</style><link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/1535467126-widget_css_2_bundle.css"></head>
<body class="loading variant-simplysimple"><div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" data-version="1" id="Navbar1">
<iframe src="https://www.blogger.example/navbar/5521?origin=https://westmoorbirdclub.blogspot.example" height="30px" title="Blogger navigation bar"></iframe>
</div></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div><div class="content"><div class="content-outer">
<div class="content-inner">
<header><div class="header-outer"><div class="header-inner"><div class="section" id="header" name="Header">
<div class="widget Header" data-version="1" id="Header1">
<div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://westmoorbirdclub.blogspot.example/">Westmoor Bird Club</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Trip reports, sightings and news from the club</span></p></div></div></div></div></div></div>
</header>
<div class="main-outer"><div class="main-inner columns-2"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main" name="Main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Sunday, 9 March 2025</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="5521" itemprop="blogId"><meta content="8813" itemprop="postId"><a name="8813"></a>
<h3 class="post-title entry-title" itemprop="name">${bTitle}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-8813" itemprop="description articleBody">
${bP1.map((p) => `<div>${p}</div><div><br></div>`).join('\n')}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr>
<td style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/spoonbill.jpg" style="margin-left: auto; margin-right: auto;">
<img border="0" data-original-height="1067" data-original-width="1600" height="427"
src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/w640-h427/spoonbill.jpg"
width="640"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${bCap}</td></tr></tbody></table>
${bP2.map((p) => `<div>${p}</div><div><br></div>`).join('\n')}
<div>${bP3[0]}</div><ul>${bList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${bP4.map((p) => `<div>${p}</div>`).join('\n')}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope"
itemtype="http://schema.org/Person"><meta content="https://www.blogger.example/profile/0441" itemprop="url">
<a class="g-profile" href="https://www.blogger.example/profile/0441"
rel="author" title="author profile"><span itemprop="name">Alison Pryce</span></a></span>
</span> <span class="post-timestamp">at <meta content="https://westmoorbirdclub.blogspot.example/2025/03/field-trip-report-saltmere-marshes.html"
itemprop="url">
<a class="timestamp-link" href="#" rel="bookmark" title="permanent link">
<abbr class="published" itemprop="datePublished" title="2025-03-09T20:41:00Z">20:41</abbr></a></span>
<span class="post-comment-link"></span><span class="post-icons"><span class="item-control blog-admin pid-811">
<a href="https://www.blogger.example/post-edit.g?blogID=5521"
title="Edit Post"><img alt="" class="icon-action" height="18" src="https://resources.blogblog.example/img/icon18_edit_allbkg.gif" width="18"></a></span></span>
<div class="post-share-buttons goog-inline-block">${bShare
  .map((t) => `<a class="goog-inline-block share-button" href="#" target="_blank" title="${t}"><span class="share-button-link-text">${t}</span></a>`)
  .join('')}</div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/field%20trips" rel="tag">field trips</a>,
<a href="/search/label/Saltmere" rel="tag">Saltmere</a>, <a href="/search/label/waders" rel="tag">waders</a></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>No comments:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent"
id="comments-block"></dl></div><p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4>
<p></p><a href="https://www.blogger.example/comment/frame/5521?po=8813" id="comment-editor-src"></a>
<iframe allowtransparency="true" class="blogger-iframe-colorize
blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" width="100%"></iframe></div></p></div></div></div>
</div>
</div><div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#" title="Newer Post">Newer Post</a>
</span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#" title="Older Post">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="clear"></div><div class="post-feeds">
<div class="feed-links">Subscribe to: <a class="feed-link" href="#" target="_blank" type="application/atom+xml">Post
Comments (Atom)</a></div></div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Text" data-version="1" id="Text1"><h2 class="title">About the club</h2><div class="widget-content">${bAbout}</div></div>
<div class="widget HTML" data-version="1" id="HTML2"><h2 class="title">Coming up</h2><div class="widget-content">
<ul>${bTrips.map((t) => `<li>${t}</li>`).join('')}</ul>
</div></div><div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList">
<ul class="hierarchy">
${bArchive
  .map(
    (t) => `<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">►&nbsp;</span></a><a class="post-count-link"
href="#">${t.slice(3, 7)}</a> <span class="post-count" dir="ltr">${t.slice(8)}</span></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div class="widget Followers" data-version="1" id="Followers1"><h2 class="title">Followers</h2><div class="widget-content"><div id="Followers1-wrapper"></div>
</div></div>
</div></aside></div></div></div></div></div>
<footer><div class="footer-outer"><div class="footer-inner"><div class="widget Attribution" data-version="1" id="Attribution1"><div class="widget-content"
style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.example" target="_blank">Blogger</a>.</div></div></div></div></footer></div>
</div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">${bCookie}</span>
<span class="cookie-choices-buttons">
<a class="cookie-choices-button" href="https://policies.google.example/technologies/cookies">Learn more</a><a class="cookie-choices-button" href="#">Ok</a>
</span></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3845888474-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY4';
_WidgetManager._Init('//www.blogger.example/rearrange?blogID=5521','//westmoorbirdclub.blogspot.example/');</script>
</body></html>`;
export const birdTrip: TestPage = {
  html: bHtml,
  name: 'heldout224-blogger-bird-club-trip-report',
  kind: 'blog',
  // the post's h3 title is the title (the h1 is the blog's name, furniture); the date header, "Alison Pryce" and the
  // "20:41" time are bylines; the species list is body; the photo caption, share buttons, labels, comment form heading, pager,
  // feed link, the sidebar widgets, attribution and cookie notice are furniture
  title: bTitle,
  headings: [],
  body: texts([...bP1, ...bP2, ...bP3, ...bList, ...bP4]),
  bylines: ['Sunday, 9 March 2025', 'Alison Pryce', '20:41'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Westmoor Bird Club', 'Trip reports, sightings and news from the club', bCap, ...bShare, 'Labels:', 'field trips', 'Saltmere', 'waders', 'No comments:',
    'Post a Comment', 'Newer Post', 'Older Post', 'Home', 'Subscribe to: Post Comments (Atom)', 'About the club', bAbout, 'Coming up', ...bTrips,
    'Blog Archive', '2025', '(4)', '2024', '(19)', '2023', '(22)', 'Followers', 'Simple theme. Powered by Blogger.', bCookie, 'Learn more', 'Ok',
  ],
};
