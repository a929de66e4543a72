import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, trs } from './pages-heldout472-kit.js';

/**
 * Held-out batch 472, file f: an EV owners' Discourse thread about a charging station, and a small used-car lot's vehicle
 * page in an old table layout.
 */
const uTitle = 'Voltway Harrow Lane: bays 1-4 capped at 60 kW?';
const uPosts = [
  {
    user: 'ambermoth',
    date: 'Mar 9',
    paras: [
      j(
        'Stopped at Harrow Lane on the way north this morning. Bay 2 and then bay 3 both topped out at 60 kW on my Ember 77, battery',
        'at 18 percent and warm from the motorway. Same car does 190 kW at other Voltway hubs.',
      ),
      'Anyone else seeing this, or is it my car?',
    ],
  },
  {
    user: 'grid_gareth',
    date: 'Mar 9',
    paras: [
      j(
        'Same here on Sunday, 58 kW on bay 1. Bay 5 (the 350 kW one) was fine at 201 kW. I reported it in the app and got an',
        'automatic reply saying the site is under a power limit from the local network operator while a transformer is replaced.',
      ),
    ],
  },
  {
    user: 'VoltwaySupport',
    date: 'Mar 10',
    paras: [
      j(
        'Thanks for the reports. Bays 1 to 4 at Harrow Lane share a supply that is limited until the new transformer is commissioned,',
        'which is planned for the week of 22 March. Bay 5 and bay 6 are on a separate supply and are not affected. We have added a',
        'notice to the station page.',
      ),
    ],
  },
];
const uNav = ['Latest', 'Categories', 'Top'];
const uPost = (p: (typeof uPosts)[number], i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${88210 + i}" data-topic-id="5512" data-user-id="${3401 + i}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" data-user-card="${p.user}">
<img alt="" width="48" height="48" src="/user_avatar/forum.ember-owners.example/${p.user.toLowerCase()}/96/1201_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos">
<div class="post-info post-date">
<a class="post-date" href="/t/voltway-harrow-lane-bays-1-4-capped-at-60-kw/5512/${i + 1}"><span title="Mar ${9 + Math.floor(i / 2)}, 2027 8:14 am"
data-time="1741508040000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="btn-flat like" title="like this post">
<span class="like-count">${3 - i}</span></button><button class="btn-flat share" title="copy a link to this post"></button>
<button class="btn btn-icon-text reply create"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const uHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${uTitle} - Charging - Ember Owners Forum</title><meta name="description" content="Stopped at Harrow Lane on the way north this morning.">
<meta name="discourse_theme_id" content="2"><meta name="discourse_current_homepage" content="latest">
<link href="/stylesheets/desktop_9f8c1e2ab3.css?__ws=forum.ember-owners.example" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${uTitle}","author":{"@type":"Person",
"name":"ambermoth"}}</script>
<link rel="preload" href="/assets/discourse-9a1b2c.br.js" as="script"></head>
<body class="crawler"><section id="main" class="ember-application"><div class="ember-view">
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img src="/uploads/default/original/1X/logo.png"
alt="Ember Owners Forum" id="site-logo"></a></div><div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button>
</span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" title="search topics, posts, users, or categories"
class="icon btn-flat"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap"><div class="sidebar-wrapper"><div class="sidebar-sections"><ul>${links(uNav, 'sidebar-section-link-wrapper')}</ul>
</div></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="5512">
<a href="/t/voltway-harrow-lane-bays-1-4-capped-at-60-kw/5512"
class="fancy-title">${uTitle}</a></h1><div class="topic-category"><div class="badge-wrapper bullet"><span class="badge-category-bg"></span>
<a class="badge-category__wrapper"
href="/c/charging/7"><span class="badge-category__name">Charging</span></a></div><div class="list-tags">
<a href="/tag/voltway" class="discourse-tag simple">voltway</a>
<a href="/tag/rapid-charging" class="discourse-tag simple">rapid-charging</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">${uPosts.map(uPost).join('\n')}</div>
<div class="topic-map"><ul class="topic-map__stats"><li>created <span>Mar 9</span></li><li>last reply <span>Mar 10</span></li><li><span>2</span> replies</li>
<li><span>312</span> views</li><li><span>3</span> users</li></ul></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><ul>${links([
  'Best rapid chargers on the M9 corridor',
  'Ember 77 charging curve after the 4.2 update',
])}</ul></div></div></div></div></div></div></section>
<footer class="noscript-footer-nav"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<script defer src="/assets/discourse-9a1b2c.br.js"></script></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout472-discourse-ev-station-thread',
  kind: 'forum',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts(uPosts.flatMap((p) => p.paras)),
  bylines: ['ambermoth', 'grid_gareth', 'VoltwaySupport', 'Mar 9', 'Mar 10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...uNav, 'Charging', 'rapid-charging', 'created', 'last reply', '2 replies', '312 views',
    '3 users', 'Suggested Topics', 'Best rapid chargers on the M9 corridor', 'Ember 77 charging curve after the 4.2 update',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const lTitle = '2014 Tamsen Meridian LE Sedan';
const lRows = [
  ['Price:', '$7,950'],
  ['Miles:', '118,400'],
  ['Engine:', '2.5L 4 Cyl'],
  ['Trans:', 'Automatic'],
  ['Color:', 'Silver / Gray Cloth'],
  ['Stock #:', 'H2291'],
];
const lText = [
  j(
    'Clean local trade, runs and drives great. New battery and new tires. Cold A/C, power windows and locks, cruise, keyless',
    'entry. Timing chain engine. Passed state inspection 2/2027.',
  ),
  'Buy here pay here financing available. We take trades.',
];
const lNav = ['HOME', 'INVENTORY', 'FINANCING', 'DIRECTIONS', 'CONTACT US'];
const lHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Hollins Brothers Auto Sales - 2014 Tamsen Meridian</title>
<meta name="keywords" content="used cars, Coldbrook, buy here pay here"><script language="JavaScript">function MM_swapImgRestore(){}</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0"><table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#003366"><img src="images/header.gif" width="780" height="90" alt="Hollins Brothers Auto Sales"></td></tr>
<tr><td colspan="2" bgcolor="#CC0000" align="center"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>
${lNav.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.html"><font color="#FFFFFF">${t}</font></a>`).join(' | ')}</b></font></td></tr>
<tr><td width="180" valign="top" bgcolor="#EEEEEE"><font face="Verdana, Arial" size="1"><p><b>Hollins Brothers Auto Sales</b><br>1220 Old Mill Rd<br>
Coldbrook<br>(555) 014-8830</p><p>Mon-Fri 9-6<br>Sat 9-3</p><p><a href="inventory.html">&lt;&lt; Back to Inventory</a></p></font></td>
<td width="600" valign="top"><font face="Verdana, Arial" size="2"><h1><font size="4">${lTitle}</font></h1>
<img src="photos/h2291_1.jpg" width="400" height="300" alt=""><br><font size="1">Click photo to enlarge</font>
<table border="1" cellpadding="3" cellspacing="0" width="400">${trs(lRows)}</table>
${ps(lText)}<p><b>Call Ron or Dave at (555) 014-8830</b></p></font></td></tr>
<tr><td colspan="2" align="center"><font face="Arial" size="1">Copyright 2004-2027 Hollins Brothers Auto Sales. All rights reserved.<br>
You are visitor # 0048213</font></td></tr></table></body></html>`;
const tableLot: TestPage = {
  name: 'heldout472-table-layout-used-lot',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: [...lRows.map(rowText), ...lText],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lNav.filter((t) => t !== 'FINANCING'), 'Hollins Brothers Auto Sales', '1220 Old Mill Rd', 'Coldbrook', '(555) 014-8830', 'Mon-Fri 9-6', 'Sat 9-3',
    '<< Back to Inventory',
    'Click photo to enlarge', 'Call Ron or Dave at (555) 014-8830', 'Copyright 2004-2027 Hollins Brothers Auto Sales. All rights reserved.',
    'You are visitor # 0048213',
  ],
};

export const HELDOUT472_F: readonly TestPage[] = [discourseThread, tableLot];
