import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout662-kit.js';

/**
 * Held-out batch 662, file f: a minibus hire page on Joomla 4 (Cassiopeia template, article info block, right sidebar
 * modules, prev / next pager), and a coach firm's blog post on WordPress with GeneratePress, a sidebar and comments.
 */
const mTitle = 'Self-Drive and Driven Minibus Hire';
const mBody = [
  j(
    'We hire 9, 12 and 17 seat minibuses, with or without a driver, to clubs, schools, churches and families across the Dunmere',
    'valley. All minibuses are Ford Transits less than four years old, with air conditioning and seat belts on every seat.',
  ),
  'Self-drive',
  j(
    'Our 9 seat minibuses can be driven on a standard car licence by drivers aged 25 and over. The 12 and 17 seat minibuses',
    'need a D1 entitlement on your licence, which most drivers who passed their test before 1 January 1997 have.',
  ),
  'Driven hire',
  j(
    'If nobody in your group can drive, book one of our drivers with the minibus. Driven hire is charged by the hour, with a',
    'minimum of three hours, and includes fuel.',
  ),
  'What to bring on collection',
  'your photocard driving licence',
  'a DVLA check code',
  'the card you used to book',
];
const mNav = ['Home', 'Minibus Hire', 'Coach Hire', 'Airport Runs', 'About Us', 'Contact'];
const mSide = ['Minibus prices 2027', 'School trip checklist', 'Driver vacancies'];
const mHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Super User">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Self-drive and driven minibus hire in the Dunmere valley.">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Self-Drive and Driven Minibus Hire - Dunmere Minibus Co.</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4b3c2a" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"",
"base":""}}</script>
<script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${mTitle}","inLanguage":"en-GB"}</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right"><header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Dunmere Minibus Co.">Dunmere Minibus Co.</span></a>
<div class="site-description">Friendly minibus hire since 1998</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu">
<button class="navbar-toggler navbar-toggler-right" type="button"
data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation">
<span class="icon-menu" aria-hidden="true"></span>
</button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(mNav, 'nav-item')}</ul></div></nav>
<div class="container-search"><div class="mod-finder js-finder-searchform">
<form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get"
role="search"><label for="mod-finder-searchword1" class="visually-hidden finder">Search</label><input type="text" name="q" id="mod-finder-searchword1"
class="js-finder-search-query form-control" placeholder="Search ..."></form></div></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList"
class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
<li itemprop="itemListElement" class="mod-breadcrumbs__item breadcrumb-item">
<a itemprop="item" href="/" class="pathway"><span itemprop="name">Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active">
<span itemprop="name">Minibus Hire</span></li>
</ol></nav><div id="system-message-container" aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${mTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
<span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Super User</span></dd><dd class="category-name">
<span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/services" itemprop="genre">Services</a></dd><dd class="published">
<span class="icon-calendar icon-fw" aria-hidden="true"></span>
<time datetime="2027-02-04T10:21:07+00:00" itemprop="datePublished">Published: 04 February 2027</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1204">Hits: 1204</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
<p>${mBody[0]}</p><h2>${mBody[1]}</h2><p>${mBody[2]}</p><h2>${mBody[3]}</h2><p>${mBody[4]}</p><h3>${mBody[5]}</h3><ul>${lis(mBody.slice(6))}</ul>
</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="/services/coach-hire" rel="prev">
<span class="visually-hidden">Previous article: Coach Hire</span><span class="icon-chevron-left" aria-hidden="true">
</span> <span aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/services/airport-runs" rel="next"><span class="visually-hidden">Next article: Airport Runs</span>
<span aria-hidden="true">Next</span>
<span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Useful links</h3><div class="card-body">
<ul class="mod-menu mod-list nav ">
${links(mSide, 'nav-item')}</ul></div></div><div class="sidebar-right card "><h3 class="card-header ">Call us</h3><div class="card-body">
<div class="mod-custom custom">
<p>01632 960871<br>Mon to Sat, 8am to 6pm</p></div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer">
<div class="footer1">Copyright &#169; 2027 Dunmere Minibus Co.. All Rights Reserved.</div>
<div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the <a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU
General Public
License.</a></div></div></div></footer><a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top">
<span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>`;
const dunmere: TestPage = {
  name: 'heldout662-joomla-minibus-hire',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [mBody[1] ?? '', mBody[3] ?? '', mBody[5] ?? ''],
  body: texts(mBody.filter((_, i) => ![1, 3, 5].includes(i))),
  bylines: ['Written by: Super User', 'Published: 04 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dunmere Minibus Co.', 'Friendly minibus hire since 1998', ...mNav.filter((t) => t !== 'Minibus Hire'), 'You are here:', 'Details', 'Category: Services',
    'Hits: 1204', 'Prev', 'Next', 'Useful links', ...mSide, 'Call us', '01632 960871', 'Mon to Sat, 8am to 6pm',
    'Copyright © 2027 Dunmere Minibus Co.. All Rights Reserved.',
    'Joomla! is Free Software released under the GNU General Public License.',
  ],
};

const bTitle = 'Seven questions to ask before you book a coach for a school trip';
const bParts: { h: string; p: string }[] = [
  {
    h: '',
    p: j(
      'Every spring our phones fill up with teachers planning summer trips. Most of them have booked coaches before, but the',
      'rules and the prices change every year, so here are the questions we think every school should ask, whoever they book with.',
    ),
  },
  { h: '1. Are the coaches fitted with seat belts?', p: 'They must be for school trips, and every child must wear one. Ask for it in writing.' },
  {
    h: '2. Does the operator hold a PSV licence?',
    p: j(
      'Any firm taking money to carry passengers needs an operator licence. You can check it in a minute on the public register;',
      'ask for the licence number.',
    ),
  },
  {
    h: '3. How many drivers are needed?',
    p: j(
      'A day trip to London and back from here is close to the limit of one driver’s hours. If the day is longer than about',
      'twelve hours from door to door, the price should include a second driver.',
    ),
  },
  { h: '4. What happens if the coach breaks down?', p: 'A good operator will have a plan and a phone number staffed all day, not just an answering machine.' },
  {
    h: '5. Is the price fixed?',
    p: j('Ask whether parking, tolls, the congestion charge and the driver’s meals are included. A quote that looks cheap often leaves', 'them out.'),
  },
  { h: '6. Can the coach carry a wheelchair?', p: 'If any pupil uses a wheelchair, say so at the start. Not every coach has a lift.' },
  {
    h: '7. Where will the coach park?',
    p: j('Check that the coach can get into the school grounds, and whether the place you are visiting has a coach park or a drop-off', 'point only.'),
  },
];
const bNav = ['Home', 'Coach Hire', 'School Transport', 'Blog', 'Contact'];
const bRecent = ['Our new 70-seat school coaches', 'Coach hire for football away days', 'How we train our drivers'];
const bComments = [
  { who: 'Mrs J. Ellery', when: 'March 3, 2027 at 9:14 am', text: 'Really useful, thank you. Question 3 caught us out last year on a trip to the coast.' },
  { who: 'Tom Radley', when: 'March 5, 2027 at 4:40 pm', text: 'We always ask for the driver’s name in advance too, so the children know who to look for.' },
];
const bHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${bTitle} - Kestle Coaches</title>
<meta name="robots" content="index, follow"><link rel="canonical" href="https://kestlecoaches.example/school-trip-coach-questions/">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${bTitle}",
"datePublished":"2027-02-27T08:00:00+00:00","author":{"@type":"Person","name":"Sue Kestle"}}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://kestlecoaches.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0"
media="all">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222222;}.entry-title{font-size:34px;}</style></head>
<body class="post-template-default single single-post postid-412 single-format-standard wp-embed-responsive right-sidebar
nav-float-right separate-containers header-aligned-left"
itemtype="https://schema.org/Blog" itemscope><a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://kestlecoaches.example/" rel="home">Kestle Coaches</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"></span>
<span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">${links(bNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-412" class="post-412 post type-post status-publish format-standard hentry category-advice" itemtype="https://schema.org/CreativeWork"
itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${bTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2027-02-27T08:00:00+00:00" itemprop="datePublished">February 27, 2027</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="/author/sue/" title="View all posts by Sue Kestle"
rel="author" itemprop="url"><span class="author-name" itemprop="name">Sue Kestle</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${bParts.map((p) => `${p.h === '' ? '' : `<h2 class="wp-block-heading">${p.h}</h2>\n`}<p>${p.p}</p>`).join('\n')}
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"></span>
<span class="screen-reader-text">Categories </span>
<a href="/category/advice/" rel="category tag">Advice</a></span><nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous">
<span class="gp-icon icon-arrow-left">
</span><span class="prev"><a href="/coach-hire-football/" rel="prev">${bRecent[1]}</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">2 thoughts on “${bTitle}”</h2><ol class="comment-list">
${bComments
  .map(
    (c, i) => `<li id="comment-${88 + i}" class="comment even thread-even depth-1">
    <article class="comment-body" id="div-comment-${88 + i}" itemtype="https://schema.org/Comment"
itemscope><footer class="comment-meta" aria-label="Comment meta">
<img alt="" src="https://secure.gravatar.com/avatar/0?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50"
width="50"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<cite itemprop="name" class="fn">${c.who}
</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${88 + i}">
<time datetime="2027-03-0${3 + i}" itemprop="datePublished">${c.when}</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>${c.text}</p><span class="reply">
<a rel="nofollow" class="comment-reply-link" href="#comment-${88 + i}">Reply</a></span></div>
</article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"
class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label>
<textarea id="comment" name="comment"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text"><p class="form-submit">
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search">
<form method="get" class="search-form" action="https://kestlecoaches.example/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field"
placeholder="Search …" name="s"></label><button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(bRecent)}</ul></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Get a school quote</h2><div class="textwidget">
<p>Email schools@kestlecoaches.example with your
date, destination and numbers and we will reply the same day.</p></div></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar">
<span class="copyright">&copy; 2027 Kestle Coaches</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div>
</footer></div>
<script id="generate-menu-js-extra">var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu"};</script>
<script src="https://kestlecoaches.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script></body></html>`;
const kestle: TestPage = {
  name: 'heldout662-generatepress-school-trip-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bParts.filter((p) => p.h !== '').map((p) => p.h),
  body: texts(bParts.map((p) => p.p)),
  bylines: ['February 27, 2027', 'by Sue Kestle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kestle Coaches', 'Menu', ...bNav, 'Advice', ...bRecent, `2 thoughts on “${bTitle}”`,
    ...bComments.flatMap((c) => [c.who, c.when, c.text]), 'Reply', 'Leave a Comment', 'Recent Posts', 'Get a school quote',
    'Email schools@kestlecoaches.example with your date, destination and numbers and we will reply the same day.',
    '© 2027 Kestle Coaches • Built with GeneratePress',
  ],
};

export const HELDOUT662_F: readonly TestPage[] = [dunmere, kestle];
