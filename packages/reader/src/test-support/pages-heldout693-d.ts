import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout693-kit.js';

/** Held-out batch 693, file d: a local rules article on Joomla 3 (Protostar), and a forum thread on Discourse (crawler view). */
const lTitle = 'Local Rules';
const lBody = [
  j(
    'The following Local Rules apply in addition to the Rules of Golf and the notices on the board by the first tee.',
    'Where a temporary rule is in force it will be posted on the noticeboard and in the pro shop.',
  ),
  'Out of bounds',
  j(
    'Out of bounds is defined by the inside edge of white stakes and fences, and by the line of the road verge beside the 6th and 7th',
    'holes. A ball that crosses the road and comes to rest on the far verge is out of bounds even if it lies on club land.',
  ),
  'Penalty areas',
  'The Brackley Brook is a red penalty area throughout its length.',
  'The pond to the left of the 12th green is a yellow penalty area, with a dropping zone marked on the path.',
  'Ditches marked with red stakes beside the 2nd and 15th fairways are red penalty areas.',
  'Abnormal course conditions',
  j(
    'Ground under repair is marked by blue stakes or white lines. Free relief is also available from the drainage trenches on the',
    '4th and 9th fairways, whether or not they are marked, and from the sprinkler heads on the approaches to all greens.',
  ),
  'Temporary Local Rules (winter)',
  j(
    'From 1 November to 31 March, a ball lying in a closely mown area through the green may be lifted, cleaned and placed within',
    'one club-length of where it lay, not nearer the hole. Players must use a fairway mat on all fairways when the mat notice is displayed.',
  ),
];
const lNav = ['Home', 'The Club', 'Course', 'Membership', 'Green Fees', 'Competitions', 'Contact Us'];
const lNews = ['AGM notice and nominations', 'New tee on the 14th opens', 'Spring greens programme'];
const lHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta charset="utf-8">
<meta name="author" content="Secretary"><meta name="generator" content="Joomla! - Open Source Content Management"><title>${lTitle}</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
<link href="/templates/protostar/css/template.css?5b1a" rel="stylesheet"><link href="https://fonts.googleapis.com/css?family=Open+Sans" rel="stylesheet">
<style>h1, h2, h3, h4, h5, h6, .site-title { font-family: 'Open Sans', sans-serif; } body.site { border-top: 3px solid #2e6b30; }</style>
<script src="/media/jui/js/jquery.min.js?5b1a"></script><script src="/media/system/js/caption.js?5b1a"></script>
<script>jQuery(window).on('load',  function() { new JCaption('img.caption'); });</script></head>
<body class="site com_content view-article no-layout no-task itemid-114"><div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title"
title="Brackley Heath Golf Club">Brackley Heath Golf Club</span><div class="site-description">Established 1908</div></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php/course/local-rules" method="post" class="form-inline" role="search">
<label for="mod-search-searchword93" class="element-invisible">Search ...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"
class="inputbox search-query input-medium" type="search" placeholder="Search ..."><input type="hidden" name="task" value="search"></form></div></div>
</div></header><nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse"
data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span></a></div><div class="nav-collapse">
<ul class="nav menu nav-pills mod-list">${links(lNav, 'item-10x')}</ul></div></nav>
<div class="moduletable"><div aria-label="Breadcrumbs" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li>You are here: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway">
<span itemprop="name">Home</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt=""></span><meta itemprop="position" content="1">
</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/course" class="pathway"><span
itemprop="name">Course</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt=""></span><meta itemprop="position" content="2">
</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">${lTitle}</span>
<meta itemprop="position" content="3"></li></ul></div></div>
<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB"><div class="page-header">
<h2 itemprop="headline">${lTitle}</h2></div><div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button"
id="dropdownMenuButton-31" aria-label="User tools" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog"
aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button><ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-31">
<li class="print-icon"><a href="/index.php/course/local-rules?tmpl=component&amp;print=1" title="Print article" rel="nofollow"><span class="icon-print"
aria-hidden="true"></span> Print</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component" title="Email this link to a friend"
rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope
itemtype="https://schema.org/Person">Written by <span itemprop="name">Secretary</span></dd><dd class="category-name">Category: <a
href="/index.php/course" itemprop="genre">Course</a></dd><dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time
datetime="2027-03-01T09:00:00+00:00" itemprop="datePublished">Published: 01 March 2027</time></dd><dd class="hits"><span class="icon-eye-open"
aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:418">Hits: 418</dd></dl>
<div itemprop="articleBody">${ps([at(lBody, 0)])}<h3>${lBody[1]}</h3>${ps([at(lBody, 2)])}<h3>${lBody[3]}</h3><ol>${lis(lBody.slice(4, 7))}</ol>
<h3>${lBody[7]}</h3>${ps([at(lBody, 8)])}<h3>${lBody[9]}</h3>${ps([at(lBody, 10)])}
<p style="text-align: right;"><em>Approved by the Board of Management, February 2027</em></p></div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Course Guide" aria-label="Previous article: Course Guide"
href="/index.php/course/course-guide" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a></li>
<li class="next"><a class="hasTooltip" title="Dress Code" aria-label="Next article: Dress Code" href="/index.php/course/dress-code" rel="next"><span
aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul></div></main>
<div id="aside" class="span3"><div class="well "><h3 class="page-header">Latest News</h3><ul class="latestnews mod-list">${lNews
  .map(
    (t) => `<li
itemscope itemtype="https://schema.org/Article"><a href="/index.php/news/${t.length}" itemprop="url"><span itemprop="name">${t}</span></a></li>`,
  )
  .join('')}
</ul></div><div class="well "><h3 class="page-header">Members Login</h3><form action="/index.php/course/local-rules" method="post" id="login-form"
class="form-inline"><div class="userdata"><div id="form-login-username" class="control-group"><div class="controls"><label for="modlgn-username"
class="element-invisible">Username</label><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18"
placeholder="Username"></div></div><div id="form-login-password" class="control-group"><div class="controls"><label for="modlgn-passwd"
class="element-invisible">Password</label><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18"
placeholder="Password"></div></div><div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember" class="control-label">
Remember Me</label> <input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"></div><div id="form-login-submit"
class="control-group"><div class="controls"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Log in</button>
</div></div><ul class="unstyled"><li><a href="/index.php/component/users/?view=remind&amp;Itemid=101">Forgot your username?</a></li><li><a
href="/index.php/component/users/?view=reset&amp;Itemid=101">Forgot your password?</a></li></ul></div></form></div></div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr><p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p>
<p>&copy; 2027 Brackley Heath Golf Club</p></div></footer><script>jQuery(function($){ $('#back-top').on('click', function(e){ e.preventDefault();
$('html, body').animate({scrollTop: 0}, 500); }); });</script></body></html>`;
const joomlaRules: TestPage = {
  name: 'heldout693-joomla-local-rules',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [at(lBody, 1), at(lBody, 3), at(lBody, 7), at(lBody, 9)],
  body: lBody.filter((_, i) => ![1, 3, 7, 9].includes(i)),
  bylines: ['Written by Secretary', 'Published: 01 March 2027', 'Approved by the Board of Management, February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brackley Heath Golf Club', 'Established 1908', 'Search ...', 'Toggle Navigation', 'Home', 'The Club', 'Membership', 'Green Fees',
    'Competitions', 'Contact Us', 'You are here:', 'Print', 'Email', 'Details', 'Category: Course', 'Hits: 418', 'Prev', 'Next', 'Latest News',
    ...lNews, 'Members Login', 'Username', 'Password', 'Remember Me', 'Log in', 'Forgot your username?', 'Forgot your password?', 'Back to Top',
    '© 2027 Brackley Heath Golf Club',
  ],
};

const fTitle = 'Best range for winter practice near Thornbury?';
// biome-ignore format: one post a line: user, time, paragraphs, likes
const fPosts: readonly (readonly [string, string, readonly string[], string])[] = [
  ['chippy_ray', 'January 8, 2027,  7:22pm', [
    j('My home course closes its practice ground from November, and I am fed up of hitting into a net in the garage.',
      'Is there a covered range within half an hour of Thornbury that is worth the money? Ideally with ball tracking.'),
    'Mostly want to work on wedges and a driver that has started going left.',
  ], '4 Likes'],
  ['Mags_Tee', 'January 8, 2027,  8:01pm', [
    j('Greystone Lakes has twenty heated bays on two levels and the tracking is decent. Gets busy after six on weeknights,',
      'so book ahead. Their short-game area stays open all winter, which is rare.'),
  ], '6 Likes'],
  ['dunc_h', 'January 9, 2027,  9:47am', [
    j('Second Greystone. Avoid Millpond unless you like hitting off mats with the rubber tee worn through. The balls there',
      'are ancient and fly about 15% short, which does nothing for your yardages.'),
  ], ''],
  ['chippy_ray', 'January 12, 2027, 10:15pm', [
    'Went to Greystone on Sunday morning. Quiet, warm and the screens showed exactly why the driver is going left. Thanks all.',
  ], '2 Likes'],
];
const fRelated: readonly (readonly [string, string, string, string, string])[] = [
  ['Launch monitors under £500 - any good?', 'Equipment', '31', '1.2k', 'Dec 2026'],
  ['Indoor simulators vs grass range for beginners', 'Practice & Coaching', '18', '864', 'Nov 2026'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const postHtml = (p: readonly [string, string, readonly string[], string], i: number): string => `<div itemprop="comment" id="post_${i + 1}"
itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author"
itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="https://forum.fairwaytalk.co.uk/u/${p[0]}"><span itemprop="name">${p[0]}</span></a>
</span><link itemprop="mainEntityOfPage" href="https://forum.fairwaytalk.co.uk/t/best-range-for-winter-practice-near-thornbury/8812"><span
class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-01-08T19:22:04Z" class="post-time">${p[1]}</time><meta itemprop="dateModified"
content="2027-01-08T19:22:04Z"><span itemprop="position">${i + 1}</span></span></div><div class="post" itemprop="text">${ps(p[2])}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${i}">${p[3] === '' ? '' : `<span class="post-likes">${p[3]}</span>`}
</div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Practice &amp; Coaching - Fairway Talk</title>
<meta name="description" content="My home course closes its practice ground from November."><meta name="generator" content="Discourse 3.2.1 -
https://github.com/discourse/discourse version 4e2d1b8a"><link rel="icon" type="image/png" href="https://forum.fairwaytalk.co.uk/uploads/favicon.png">
<meta name="theme-color" media="all" content="#1f5c2e"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0,
user-scalable=yes, viewport-fit=cover"><link rel="canonical" href="https://forum.fairwaytalk.co.uk/t/best-range-for-winter-practice-near-thornbury/8812">
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.fairwaytalk.co.uk/opensearch.xml" title="Fairway Talk Search">
<link href="/stylesheets/color_definitions_fairway_4_2_6b1.css?__ws=forum.fairwaytalk.co.uk" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_6b1.css?__ws=forum.fairwaytalk.co.uk" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Fairway Talk"><meta property="og:type" content="website"><meta property="og:title" content="${fTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":
"Person","name":"chippy_ray"},"datePublished":"2027-01-08T19:22:04Z"}</script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.fairwaytalk.co.uk/uploads/logo.png" alt="Fairway Talk" id="site-logo"
style="max-width: 150px;"></a></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/best-range-for-winter-practice-near-thornbury/8812">${fTitle}</a></h1><div class="topic-category" itemscope
itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a
href="/c/practice-coaching/12" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Practice &amp; Coaching</span></span></a><meta itemprop="position"
content="1"></span></div><div class="topic-list-tags"><a href="/tag/driving-range" class="discourse-tag">driving-range</a><a href="/tag/winter"
class="discourse-tag">winter</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${fTitle}"><link itemprop="url"
href="https://forum.fairwaytalk.co.uk/t/best-range-for-winter-practice-near-thornbury/8812"><meta itemprop="datePublished" content="2027-01-08T19:22:04Z">
<meta itemprop="articleSection" content="Practice &amp; Coaching"><meta itemprop="keywords" content="driving-range, winter">
${fPosts.map(postHtml).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta
itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${fRelated
  .map(
    (r) => `<tr class="topic-list-item">
<td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span class="link-top-line"><a itemprop="url"
href="/t/x/8700" class="title raw-link raw-topic-link">${r[0].replace('&', '&amp;')}</a></span><div class="link-bottom-line"><a href="/c/x/9"
class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #25AAE2"></span><span class="badge-category clear-badge"><span
class="category-name">${r[1].replace('&', '&amp;')}</span></span></a></div></td><td class="replies"><span class="posts" title="posts">${r[2]}</span>
</td><td class="views"><span class="views" title="views">${r[3]}</span></td><td>${r[4]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${fFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/${t.toLowerCase().replace(/ /g, '-')}" itemprop="url">${t} </a></span></li>`,
  )
  .join('')}</ul></nav></footer>
<div class="buttons"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourseThread: TestPage = {
  name: 'heldout693-discourse-winter-range',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p[2]),
  bylines: [...new Set(fPosts.flatMap((p) => [p[0], p[1]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Practice & Coaching', 'driving-range', '1', '2', '3', '4', '4 Likes', '6 Likes', '2 Likes', 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', ...fRelated.flatMap((r) => [...r]).filter((t) => t !== 'Practice & Coaching'), ...fFoot.slice(1),
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT693_D: readonly TestPage[] = [joomlaRules, discourseThread];
