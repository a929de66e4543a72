import { links, ps, type TestPage, texts } from './page-kit.js';
import { radioPage } from './pages-heldout189-f2.js';

/**
 * Held-out batch 189, file f: a library service's events post on Blogger with the Simple template (the Blogger navbar, the
 * blog title as the page's h1 and the post title as an h3, the date header above the post, the image caption table inside
 * the post body, the "Posted by" footer line with time, the share buttons, labels, "No comments:", "Post a Comment", the blog
 * pager, the Atom feed link, the sidebar widgets with the archive tree, the attribution and the Google cookie notice) and,
 * from file f2, a community radio station's programme page.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const lbTitle = 'What’s on at Fernley Libraries this December';
const lbP1 = paras(`
December is always one of our busiest months, and this year we have more going on than ever across our six branches. All
of our events are free unless we say otherwise, but some need booking, so please ask at the counter, ring your local library
or book through the events page on our website.

Here are some of the highlights. You will find the full programme in every branch and on the council's What's On pages.`);
const lbH1 = 'For children and families';
const lbKids = [
  'Baby Rhyme Time, every Monday and Thursday at 10.30am at Fernley Central and Wednesdays at 11am at Ashby Road. No need to book.',
  'Lego Club, Saturdays at 2pm at Fernley Central, for ages 6 to 11. This month’s challenge is a winter village.',
  'Christmas craft afternoon, Saturday 13 December, 1pm to 3.30pm at Marsh Green. Make cards, crowns and paper snowflakes.',
  'Festive storytime with Mrs Claus, Tuesday 23 December at 11am at Fernley Central. Booking essential, as places go quickly.',
];
const lbH2 = 'For adults';
const lbP2 = paras(`
Local author Cerys Hammond will be at Fernley Central on Thursday 4 December at 7pm to talk about her new novel, The Lamplighter's
Daughter, which is set in the town's old gasworks in the 1890s. Tickets are £3, including a glass of mulled wine or juice,
and Cerys will be signing copies afterwards.

Our Digital Help drop-ins continue every Tuesday from 2pm to 4pm at Ashby Road and Marsh Green. Bring your phone, tablet or
laptop and our volunteers will help with anything from setting up email to booking a GP appointment online. This month we
are also running a special session on staying safe from online shopping scams.

The Fernley Central book group meets on Wednesday 17 December at 6.30pm to discuss a festive short story collection. New
members are always welcome, and you do not need to have finished the book.`);
const lbH3 = 'Opening hours over Christmas';
const lbP3 = paras(`
All branches will close at 1pm on Wednesday 24 December and will be closed on 25 and 26 December and 1 January. Between
Christmas and New Year, Fernley Central and Ashby Road will be open as normal, and the smaller branches will open from 10am
to 1pm. Remember that you can borrow eBooks, eAudiobooks and magazines at any time with our free Libby app.

From all of us at Fernley Libraries, have a very happy Christmas.`);
const lbCaption = 'Lego Club members with last month’s space station build';
const lbBlog = ['Fernley Libraries', 'News, events and reading ideas from Fernley’s six public libraries'];
const lbShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const lbLabels = ['Labels:', 'children', 'Christmas', 'events', 'Fernley Central'];
const lbComments = ['No comments:', 'Post a Comment'];
const lbPager = ['Newer Post', 'Older Post', 'Home'];
const lbFeed = ['Subscribe to:', 'Post Comments (Atom)'];
const lbSide = [
  'About Us',
  'Fernley Libraries is run by Fernley Borough Council. Join online or at any branch, it is free!',
  'View my complete profile',
  'Blog Archive',
  '2026',
  '(21)',
  'December',
  '(1)',
  'November',
  '(3)',
  'Useful links',
  'Library catalogue',
  'Join the library',
  'Libby eBooks and eAudiobooks',
];
const lbAttr = ['Simple theme. Powered by Blogger.'];
const lbCookie = ['This site uses cookies from Google to deliver its services and to analyse traffic.', 'Learn more', 'Ok'];
const lbHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b">
<head><meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://fernleylibraries.blogspot.example/2026/11/whats-on-december.html" rel="canonical">
<title>Fernley Libraries: ${lbTitle}</title><meta content="${lbTitle}" property="og:title">
<link type="text/css" rel="stylesheet" href="https://www.blogger.example/static/v1/widgets/2975350028-css_bundle_v2.css">
<script type="text/javascript">window.cookieOptions = {msg: "${lbCookie[0]}", link: "https://www.blogger.example/go/blogspot-cookies"};</script>
</head>
<body class="loading variant-simplysimple">
<div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" data-version="1" id="Navbar1"><script type="text/javascript">
window.gbar = {}; </script><iframe title="Blogger navigation bar" src="about:blank" height="30"></iframe></div></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="header section" id="header" name="Header">
<div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper">
<h1 class="title"><a href="https://fernleylibraries.blogspot.example/">${lbBlog[0]}</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>${lbBlog[1]}</span></p></div></div></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main" name="Main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Friday, 28 November 2026</span></h2><div class="date-posts">
<div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope"
itemtype="http://schema.org/BlogPosting"><meta content="https://blogger.googleusercontent.example/img/b/R29v/lego.jpg" itemprop="image_url">
<a name="7712094455130021"></a><h3 class="post-title entry-title" itemprop="name">${lbTitle}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-7712094455130021" itemprop="description articleBody">
${ps(lbP1)}
<h3>${lbH1}</h3>
<ul>${lbKids.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody><tr><td style="text-align: center;">
<a href="https://blogger.googleusercontent.example/img/b/R29v/lego.jpg"><img border="0" height="300"
src="https://blogger.googleusercontent.example/img/b/R29v/s400/lego.jpg"
width="400"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${lbCaption}</td></tr></tbody></table>
<h3>${lbH2}</h3>
${ps(lbP2)}
<h3>${lbH3}</h3>
${ps(lbP3)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by
<span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">Fernley Libraries</span></span></span>
<span class="post-timestamp">at <meta content="https://fernleylibraries.blogspot.example/2026/11/whats-on-december.html" itemprop="url">
<a class="timestamp-link" href="#" rel="bookmark"><abbr class="published" itemprop="datePublished" title="2026-11-28T10:30:00Z">10:30</abbr></a></span>
<span class="post-comment-link"></span><div class="post-share-buttons goog-inline-block">
${lbShare.map((t) => `<a class="goog-inline-block share-button" href="#" title="${t}"><span class="share-button-link-text">${t}</span></a>`).join('\n')}
</div></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">${lbLabels[0]}
${lbLabels
  .slice(1)
  .map((t) => `<a href="/search/label/${t}" rel="tag">${t}</a>`)
  .join(',\n')}</span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>${lbComments[0]}</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent"
id="comments-block"></dl></div><p class="comment-footer"><div class="comment-form"><a name="comment-form"></a>
<h4 id="comment-post-message">${lbComments[1]}</h4>
<a href="https://www.blogger.example/comment/frame/2209?po=7712094455130021" id="comment-editor-src"></a>
<iframe allowtransparency="true" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor"
name="comment-editor" src="" width="100%"></iframe></div></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">${lbPager[0]}</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">${lbPager[1]}</a></span><a class="home-link" href="/">${lbPager[2]}</a></div>
<div class="clear"></div><div class="post-feeds"><div class="feed-links">${lbFeed[0]} <a class="feed-link" href="/feeds/77/comments/default"
type="application/atom+xml">${lbFeed[1]}</a></div></div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" id="Profile1"><h2>${lbSide[0]}</h2><div class="widget-content"><dl class="profile-datablock">
<dd class="profile-textblock">${lbSide[1]}</dd></dl><a class="profile-link" href="#" rel="author">${lbSide[2]}</a></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>${lbSide[3]}</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">
<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a>
<a class="post-count-link" href="/2026/">${lbSide[4]}</a> <span class="post-count" dir="ltr">${lbSide[5]}</span><ul class="hierarchy">
<li class="archivedate expanded"><a class="post-count-link" href="/2026/12/">${lbSide[6]}</a> <span class="post-count">${lbSide[7]}</span></li>
<li class="archivedate collapsed"><a class="post-count-link" href="/2026/11/">${lbSide[8]}</a> <span class="post-count">${lbSide[9]}</span></li>
</ul></li></ul></div></div></div>
<div class="widget LinkList" id="LinkList1"><h2>${lbSide[10]}</h2><div class="widget-content"><ul>${links(lbSide.slice(11))}</ul></div></div>
</div></aside></div></div></div></div></div>
<footer><div class="footer-outer"><div class="foot section" id="footer-3"><div class="widget Attribution" id="Attribution1">
<div class="widget-content" style="text-align: center;">${lbAttr[0]}</div></div></div></div></footer></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">${lbCookie[0]}</span>
<span class="cookie-choices-buttons"><a class="cookie-choices-button" href="https://policies.google.example/technologies/cookies">${lbCookie[1]}</a>
<a class="cookie-choices-button" id="cookieChoiceDismiss">${lbCookie[2]}</a></span></div></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3566091532-widgets.js"></script>
</body></html>`;

const libraryPage: TestPage = {
  name: 'heldout189-blogger-library-events',
  kind: 'blog',
  html: lbHtml,
  title: lbTitle,
  headings: [lbH1, lbH2, lbH3],
  body: texts([...lbP1, ...lbKids, ...lbP2, ...lbP3]),
  bylines: ['Friday, 28 November 2026', 'Posted by', 'Fernley Libraries', '10:30'],
  furniture: [...new Set([...lbBlog.slice(1), lbCaption, ...lbShare, ...lbLabels, ...lbComments, ...lbPager, ...lbFeed, ...lbSide, ...lbAttr, ...lbCookie])],
};

export const HELDOUT189_F: readonly TestPage[] = [libraryPage, radioPage];
