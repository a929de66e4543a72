import { links, ps, type TestPage, texts } from './page-kit.js';
import { apart, at, j, lis, rowTexts, trs } from './pages-heldout480-kit.js';

/**
 * Held-out batch 480, file c: a road club's open time trial results on an old table-layout site (Dreamweaver era, nested
 * tables, font tags, a hit counter), and a club forum thread on Discourse (Ember-rendered, with topic map and suggested topics).
 */
const tTitle = 'Valebridge RC Open 25 - Results';
const tIntro = [
  j(
    'Sunday 18th April 2027, course V718 (Marsh Lane - Stoneley roundabout and return). 87 riders started out of 96 entries on a',
    'cool, still morning with a light north-easterly that helped on the way out and not much on the way back.',
  ),
  j(
    "Congratulations to Ellen Marsh of Halcombe Tri, whose 50:12 is a new women's course record by 24 seconds, and to our own",
    'Joe Keane, fastest veteran on standard by over four minutes.',
  ),
];
const tRows = [
  ['1', 'Owen Tarrant', 'Kestrel RT', '48:37'],
  ['2', 'Sam Ridley', 'Wessex Road Club', '49:05'],
  ['3', 'Ellen Marsh', 'Halcombe Tri', '50:12'],
  ['4', 'Martin Gale', 'Valebridge RC', '50:48'],
  ['5', 'Ravi Chandra', 'Kestrel RT', '51:20'],
  ['6', 'Joe Keane', 'Valebridge RC', '51:59'],
  ['7', 'Lucy Fenn', 'Stoneley Wheelers', '52:31'],
  ['8', 'Peter Oduya', 'Wessex Road Club', '52:44'],
];
const tHead = ['Team prize', 'Thanks'];
const tTeam = 'Kestrel RT (Tarrant, Chandra, Blythe) 2:36:02';
const tThanks = j(
  'Thanks to the timekeepers Brian and Sue Hollis, to the marshals on the Stoneley roundabout, and to the village hall committee',
  'for the teas. Full results with all 87 finishers are in the PDF below. Prizes will be sent out by post.',
);
const tLeft = ['Home', 'Club Runs', 'Time Trials', 'Results', 'Photo Gallery', 'Membership', 'Links', 'Contact Us'];
const tNavHtml = tLeft
  .map(
    (t) => `<tr><td class="navcell"><img src="images/bullet.gif" width="8" height="8">
<a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav">${t}</a></td></tr>`,
  )
  .join('\n');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Valebridge Road Club - Results - Open 25 2027</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="valebridge, cycling, time trial, results, club">
<link href="vrc.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" bgcolor="#003366">
<img src="images/banner.jpg" width="780" height="110" alt="Valebridge Road Club - Est. 1934"></td></tr>
<tr><td colspan="2" bgcolor="#FFCC00" class="strap"><font face="Verdana, Arial, Helvetica, sans-serif" size="1">
<marquee scrollamount="3">Club 10 every Thursday from May 6th - sign on at the lay-by from 6.30pm</marquee></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6ECF2" class="leftnav"><table width="160" border="0" cellspacing="0" cellpadding="4">
${tNavHtml}
</table><br><div align="center"><font face="Verdana" size="1">You are visitor number<br><img src="http://counter.example-hits.net/c.gif?id=22871"
alt=""><br><b>048213</b></font></div><br><div align="center"><a href="http://www.getfirefox.com">
<img src="images/getfirefox.gif" border="0" alt="Get Firefox"></a>
</div></td>
<td width="620" valign="top" class="content"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="index.htm">Home</a> &gt; <a href="results.htm">Results</a> &gt; Open 25 2027</font>
<h1 class="pagetitle">${tTitle}</h1>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">
${ps(tIntro)}
<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#999999" class="results"><tr bgcolor="#003366">
<th><font color="#FFFFFF">Pos</font></th><th><font color="#FFFFFF">Name</font></th><th><font color="#FFFFFF">Club</font></th><th>
<font color="#FFFFFF">Time</font></th></tr>
${trs(tRows)}
</table>
<p><a href="docs/open25_2027_full.pdf"><img src="images/pdf.gif" width="16" height="16" border="0"> Full results (PDF, 48kb)</a></p>
<h3>${at(tHead, 0)}</h3><p>${tTeam}</p>
<h3>${at(tHead, 1)}</h3><p>${tThanks}</p>
<p><i>Posted by Derek Hollis, Race Secretary - 19/04/2027</i></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; Valebridge Road Club 2001-2027 |
Affiliated to British Cycling and Cycling Time Trials | <a href="mailto:webmaster@valebridgerc.org.uk"><font color="#FFCC00">Webmaster</font></a><br>
Best viewed at 1024x768</font></td></tr></table>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");</script></body></html>`;
const tableResults: TestPage = {
  name: 'heldout480-table-tt-results',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tHead,
  body: texts([...tIntro, ...rowTexts(tRows), tTeam, tThanks]),
  bylines: ['Posted by Derek Hollis, Race Secretary - 19/04/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Club 10 every Thursday from May 6th - sign on at the lay-by from 6.30pm', ...tLeft, 'You are visitor number', '048213',
    'Home > Results > Open 25 2027', 'Full results (PDF, 48kb)', '© Valebridge Road Club 2001-2027', 'Affiliated to British Cycling and Cycling Time Trials',
    'Webmaster', 'Best viewed at 1024x768',
  ],
};

const dTitle = 'Tubeless sealant drying out - how often do you top up?';
const dPosts: { user: string; date: string; likes: string; paras: string[] }[] = [
  {
    user: 'ali_r',
    date: 'Jan 12',
    likes: '',
    paras: [
      j(
        'Set up my winter bike tubeless in October and went to check the sealant last weekend. The rear was almost completely dry,',
        'just a rubbery ball rolling around inside. Is three months normal? I put in 40 ml per tyre, 32 mm tyres.',
      ),
      'How often does everyone top up, and does the brand make much difference?',
    ],
  },
  {
    user: 'MikeTheMech',
    date: 'Jan 12',
    likes: '6',
    paras: [
      j(
        'Three months is about normal for latex sealants, especially if the bike lives in a warm house. I tell customers to check',
        'every two months and top up with 20 to 30 ml. The easy way to check is to pull the valve core and dip a zip tie in.',
      ),
      'If you keep finding boogers, take the tyre off once a year and peel them out, they add weight and do nothing.',
    ],
  },
  {
    user: 'Hannah_G',
    date: 'Jan 13',
    likes: '2',
    paras: [
      j(
        'I switched to a synthetic sealant last year and it lasts a lot longer for me, closer to five or six months. It seals big',
        'holes a bit worse though, so I carry plugs as well.',
      ),
    ],
  },
  {
    user: 'ali_r',
    date: 'Jan 14',
    likes: '1',
    paras: ['Thanks both. Zip tie trick is genius. Topped up with 30 ml each side and added a reminder to my calendar.'],
  },
];
const dNav = ['Topics', 'My Posts', 'Review', 'Categories', 'Bike Tech', 'Club Rides', 'Racing', 'Classifieds'];
const dSuggested = ['Best winter tyres for the lanes?', 'Chain wax vs lube: the great debate', 'Clicking bottom bracket - where to start'];
const dPostHtml = (p: (typeof dPosts)[number], n: number): string => `<div class="topic-post clearfix regular" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${1200 + n}" class="boxed onscreen-post"><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true">
<img alt="" width="48" height="48" src="/user_avatar/forum.hartwellvelo.club/${p.user.toLowerCase()}/96/31_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.user}</a></span></div><div class="post-infos">
<div class="post-info post-date"><a class="post-date" href="/t/tubeless-sealant-drying-out/812/${n}"><span title="${p.date}, 2027" data-time="1800000000000"
class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${ps(p.paras)}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
${p.likes === '' ? '' : `<button class="widget-button btn-flat button-count like-count highlight-action">${p.likes}</button>`}
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon"></svg>
</button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share">
</svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<svg class="fa d-icon d-icon-reply"></svg>
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Bike Tech - Hartwell Velo Forum</title>
<meta name="description" content="Set up my winter bike tubeless in October and went to check the sealant last weekend.">
<meta name="generator" content="Discourse 3.2.1">
<link rel="canonical" href="https://forum.hartwellvelo.club/t/tubeless-sealant-drying-out/812"><meta property="og:site_name" content="Hartwell Velo Forum">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"${dTitle}","author":{"@type":"Person","name":"ali_r"}}</script>
<link href="/stylesheets/desktop_theme_3.css?__ws=forum.hartwellvelo.club" media="all" rel="stylesheet" data-target="desktop_theme">
<script defer src="/assets/discourse.js"></script></head>
<body class="ember-application archetype-regular category-bike-tech"><noscript data-path="/t/tubeless-sealant-drying-out/812"></noscript>
<div class="ember-view" id="ember5"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap">
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img src="/uploads/default/original/1X/logo.png"
alt="Hartwell Velo Forum" id="site-logo" class="logo-big"></a></div><div class="panel clearfix" role="navigation"><span class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button btn-text" type="button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg class="fa d-icon d-icon-user"></svg>
<span class="d-button-label">Log In</span>
</button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown">
<button class="icon btn-flat" aria-label="Search" title="Search">
<svg class="fa d-icon d-icon-search svg-icon"></svg></button></li><li class="header-dropdown-toggle hamburger-dropdown"><button class="icon btn-flat"
aria-label="menu" title="menu"><svg class="fa d-icon d-icon-bars"></svg></button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections"><ul class="sidebar-section-content">${links(dNav, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet" class=""><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="812">
<a href="/t/tubeless-sealant-drying-out/812" class="fancy-title">${dTitle}</a></h1><div class="topic-category"><div class="categories-wrapper">
<a class="badge-category__wrapper" href="/c/bike-tech/4"><span class="badge-category --style-square"><span class="badge-category__name">Bike Tech</span>
</span></a>
</div><div class="list-tags"><a href="/tag/tubeless" class="discourse-tag simple">tubeless</a>
<a href="/tag/maintenance" class="discourse-tag simple">maintenance</a>
</div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="812"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map((p, i) => dPostHtml(p, i + 1)).join('\n')}
</div></div></section>
<div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper">
<a class="start-date">Jan 12</a></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div></div>
<div class="timeline-date-wrapper"><a class="now-date">Jan 14</a></div></div></div></div></div>
<div class="topic-map --op"><section class="map map-collapsed"><ul class="topic-map__stats"><li class="replies"><span class="number">3</span>
<span class="topic-map__stat-label">replies</span></li><li class="views"><span class="number">241</span><span class="topic-map__stat-label">views</span></li>
<li class="users"><span class="number">3</span><span class="topic-map__stat-label">users</span></li></ul></section></div>
<div id="suggested-topics" class="more-topics__list" role="complementary"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list">
<thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr>
</thead><tbody>
${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${812 - i * 40}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts"><span class="number">${4 + i * 3}</span></td><td class="num views"><span class="number">${300 + i * 55}</span></td>
<td class="num activity"><span class="relative-date">Dec ${3 + i}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div>
<footer class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></footer></div></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout480-discourse-sealant',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: ['ali_r', 'MikeTheMech', 'Hannah_G', 'Jan 12', 'Jan 13', 'Jan 14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dNav.filter((t) => t !== 'Bike Tech'), 'Bike Tech', 'tubeless', 'maintenance', '6', '2', '1', 'Reply',
    '1 / 4', '3', 'replies', '241', 'views', 'users', 'Suggested Topics', 'Topic', 'Replies', 'Activity', ...dSuggested, '4', '7', '10', '300', '355',
'410', 'Dec 3', 'Dec 4',
    'Dec 5', 'Powered by Discourse',
  ],
};

export const HELDOUT480_C: readonly TestPage[] = [tableResults, discourseThread].map(apart);
