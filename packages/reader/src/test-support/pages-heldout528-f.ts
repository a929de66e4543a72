import { type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs, uniq } from './pages-heldout528-kit.js';

/**
 * Held-out batch 528, file f: a trades forum thread on Discourse (Ember-rendered, with the topic map, post controls and
 * suggested topics) about hiring a wacker plate, and a family hire shop's garden equipment price list in an old
 * Dreamweaver-style table layout (font tags, image nav, a marquee and a hit counter).
 */
const dTitle = 'Hiring a plate compactor for a 40 m² patio – which size?';
const dPosts: [string, string, string[]][] = [
  [
    'brickie_mo',
    'Mar 3',
    [
      j(
        'Laying a sandstone patio on 100 mm of MOT type 1, about 40 square metres. Local hire shop has a 60 kg plate and a 90 kg',
        'one, only £10 a day between them. Is the small one enough or will I regret it?',
      ),
    ],
  ],
  [
    'Hattie_G',
    'Mar 3',
    [
      j(
        'Go for the 90 kg. The small plates are fine for block paving sand but they bounce on type 1 and you end up doing',
        'twice as many passes. Do it in two lifts of 50 mm and wet the stone slightly.',
      ),
    ],
  ],
  [
    'dunmore',
    'Mar 4',
    [
      'Agree with Hattie. Also ask for the rubber mat if you are going over the slabs afterwards – most shops have one in the back.',
      'And check the water tank is empty before you put it in the car. Ask me how I know.',
    ],
  ],
  [
    'brickie_mo',
    'Mar 9',
    [
      j(
        'Update for anyone finding this later: took the 90 kg, two lifts as suggested, done in an afternoon. Patio is down and',
        'nothing has moved after a week of rain. Thanks all.',
      ),
    ],
  ],
];
const dUsers = uniq(dPosts.map(([u]) => u));
const dNav = ['Topics', 'My Posts', 'Review', 'Categories', 'Tags'];
const dSugg: [string, string][] = [
  ['Mini digger hire – do I need a trailer licence?', '14'],
  ['Best way to return a hired mixer clean', '6'],
];
const post = ([u, d, ps]: [string, string, string[]], i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${u}" role="region" data-post-id="${5510 + i}" data-topic-id="4411" data-user-id="${90 + i}"
class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${u}" data-user-card="${u}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.tradesbench.co.uk/${u.toLowerCase()}/96/12_2.png" class="avatar" title="${u}"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${u}" data-user-card="${u}" class="">${u}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/hiring-a-plate-compactor/4411/${i + 1}"
data-share-url="/t/hiring-a-plate-compactor/4411/${i + 1}" data-post-number="${i + 1}">
<span title="${d}, 2025" data-time="174100${i}000" class="relative-date">${d}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps.map((p) => `<p>${p}</p>`).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls collapsed-1 replies-button-visible"><div class="actions">
<button class="btn no-text btn-icon btn-flat toggle-like like" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-string">
<use href="#far-heart"></use></svg></button>
<button class="btn no-text btn-icon btn-flat share" title="copy a shareable link to this post"><svg class="fa d-icon d-icon-d-post-share"><use href="#link">
</use></svg></button>
<button class="btn btn-icon-text btn-flat reply create fade-out" title="begin composing a reply to this post"><svg class="fa d-icon d-icon-reply">
<use href="#reply"></use></svg>
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Plant &amp; Machinery - TradesBench Forum</title><meta name="description" content="Laying a sandstone patio on 100 mm of MOT type 1">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 6f1e3c2a">
<link rel="canonical" href="https://forum.tradesbench.co.uk/t/hiring-a-plate-compactor/4411">
<script type="application/ld+json">{"@context":"http://schema.org",
"@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person","name":"brickie_mo"}}</script>
<link href="/stylesheets/desktop_d3f1e2a7.css?__ws=forum.tradesbench.co.uk" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="https://cdn.tradesbench.co.uk" data-base-url="https://forum.tradesbench.co.uk"></head>
<body class="archetype-regular category-plant-machinery tags-wacker-plate"><section id="main" class="ember-application"><div class="ember-view">
<div class="skip-links"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle">
<button class="btn no-text btn-icon btn-flat" aria-label="Sidebar" title="hide sidebar"></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/">
<img src="/uploads/default/original/1X/tradesbench-logo.png" alt="TradesBench Forum" id="site-logo" class="logo-big"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<a href="/search" class="icon btn-flat" title="search topics, posts, users, or categories" aria-label="Search"></a></li></ul></div>
</div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section class="sidebar-container"><div class="sidebar-sections">
<div class="sidebar-section" data-section-name="community"><div class="sidebar-section-header-wrapper sidebar-row">
<span class="sidebar-section-header-text">Community</span></div>
<ul class="sidebar-section-content">${dNav
  .map(
    (t) => `<li class="sidebar-section-link-wrapper">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="sidebar-section-link sidebar-row"><span class="sidebar-section-link-content-text">${t}</span></a>
</li>`,
  )
  .join('\n')}</ul></div>
</div></section></div><div id="main-outlet"><div class="container"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4411">
<a href="/t/hiring-a-plate-compactor/4411" class="fancy-title">${dTitle}</a></h1><div class="topic-category">
<a class="badge-category__wrapper" href="/c/plant-machinery/7">
<span data-category-id="7" class="badge-category --style-square"><span class="badge-category__name">Plant &amp; Machinery</span></span></a>
<div class="list-tags"><a href="/tag/wacker-plate" data-tag-name="wacker-plate" class="discourse-tag simple">wacker-plate</a>
<a href="/tag/hire" data-tag-name="hire" class="discourse-tag simple">hire</a></div></div></div></div>
<div class="container posts" id="main-container"><div class="row"><section class="topic-area" id="topic" data-topic-id="4411"><div class="posts-wrapper">
<div class="post-stream">
${post(dPosts[0] ?? ['', '', []], 0)}
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><ul>
<li class="created-at"><h4 role="presentation">created</h4><span class="relative-date">Mar 3</span></li><li class="last-reply">
<h4 role="presentation">last reply</h4><span class="relative-date">Mar 9</span></li>
<li class="replies"><span class="number">3</span><h4 role="presentation">replies</h4></li><li class="views"><span class="number">412</span>
<h4 role="presentation">views</h4></li>
<li class="users"><span class="number">3</span><h4 role="presentation">users</h4></li></ul></div></section></div>
${dPosts
  .slice(1)
  .map((p, i) => post(p, i + 1))
  .join('\n')}
</div></div></section><div class="topic-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper">
<a class="start-date">Mar 3</a></div>
<div class="timeline-scrollarea-wrapper"><div class="timeline-handle"></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div>
</div></div>
<div class="timeline-date-wrapper"><a class="now-date">Mar 9</a></div></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists single-list">
<div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics" class="more-topics__list">
<h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><div class="topics"><table class="topic-list"><thead><tr>
<th class="default">Topic</th>
<th class="posts num">Replies</th></tr></thead><tbody>${dSugg
  .map(
    ([t, n]) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line">
<a href="#" class="title raw-link raw-topic-link">${t}</a></span></td><td class="num posts-map posts"><span class="number">${n}</span></td>
</tr>`,
  )
  .join('\n')}</tbody></table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/plant-machinery/7">Plant &amp; Machinery</a> or <a
href="/latest">view latest topics</a>.</h3>
</div></div></div></div></div></div></div></section>
<footer class="footer"><div class="custom-footer">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</div>
</footer>
<script defer src="/assets/discourse-8a2f5c.br.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout528-discourse-compactor-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , p]) => p),
  bylines: uniq([...dUsers, ...dPosts.map(([, d]) => d)]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Sign Up', 'Log In', 'Community', ...dNav, 'Plant & Machinery', 'wacker-plate', 'hire', 'created', 'last reply', '3',
    'replies', '412', 'views', 'users', 'Reply', '1 / 4', 'Suggested Topics', ...dSugg.flat(),
    'Want to read more? Browse other topics in Plant & Machinery or view latest topics.', 'Powered by Discourse, best viewed with JavaScript enabled',
  ]),
};

const oTitle = 'Garden &amp; Landscaping Equipment - Price List';
const oIntro = j(
  'All prices include VAT. A deposit of £50 (or £150 for petrol machines) is taken on collection and refunded on safe return.',
  'Proof of address (a utility bill less than 3 months old) and photo ID are required for all new customers.',
);
const oGroups: [string, string[][]][] = [
  [
    'Lawn &amp; Turf',
    [
      ['Petrol Rotavator (medium)', '£38.00', '£52.00', '£95.00'],
      ['Lawn Scarifier', '£32.00', '£45.00', '£80.00'],
      ['Turf Cutter', '£55.00', '£75.00', '£150.00'],
    ],
  ],
  [
    'Cutting &amp; Clearing',
    [
      ['Hedge Trimmer (petrol, long reach)', '£30.00', '£42.00', '£75.00'],
      ['Brush Cutter / Strimmer', '£28.00', '£39.00', '£70.00'],
      ['Chipper / Shredder 3"', '£85.00', '£120.00', '£240.00'],
      ['Stump Grinder', '£110.00', '£160.00', 'POA'],
    ],
  ],
];
const oNotes = [
  'Chainsaws are only hired to holders of a current NPTC or Lantra certificate. Please bring it with you.',
  'Weekend = collect Saturday after 12 noon, return Monday by 9.30am.',
];
const oNav = ['HOME', 'TOOL HIRE', 'GARDEN', 'PARTY &amp; EVENTS', 'HOW TO FIND US', 'CONTACT'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Penberthy Hire - Garden Equipment Price List</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="tool hire, garden hire, rotavator hire, Penberthy, Trelowen">
<meta name="description" content="Garden and landscaping equipment hire prices.">
<link href="style.css" rel="stylesheet" type="text/css">
<script type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Penberthy Hire - Est. 1979"></td></tr>
<tr><td colspan="2" bgcolor="#336633"><marquee scrollamount="3"><font face="Verdana, Arial, Helvetica, sans-serif" size="2" color="#FFFFFF"><b>NOW OPEN
SATURDAY AFTERNOONS 1pm - 4pm UNTIL THE END OF SEPTEMBER</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8F0E0"><table width="160" border="0" cellspacing="0" cellpadding="4">
${oNav
  .map(
    (t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm"><font face="Verdana" size="1"><b>${t}</b></font></a></td>
</tr>`,
  )
  .join('\n')}
<tr><td><br><font face="Verdana" size="1">Penberthy Hire<br>Station Yard<br>Trelowen TR19 6PB<br><br>Tel: 01632 960 107</font></td></tr></table></td>
<td width="620" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td>
<h1><font face="Verdana, Arial, Helvetica, sans-serif" color="#336633">${oTitle}</font></h1>
<p><font face="Verdana" size="2">${oIntro}</font></p>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">
${oGroups
  .map(
    ([g, rows]) => `<tr bgcolor="#336633"><td colspan="4"><h2><font face="Verdana" size="2" color="#FFFFFF">${g}</font></h2></td></tr>
<tr bgcolor="#E8F0E0"><th><font face="Verdana" size="1">Item</font></th><th><font face="Verdana" size="1">Day</font></th><th>
<font face="Verdana" size="1">Weekend</font></th><th><font face="Verdana" size="1">Week</font></th></tr>
${trs(rows)}`,
  )
  .join('\n')}
</table>
${oNotes.map((n) => `<p><font face="Verdana" size="1"><i>${n}</i></font></p>`).join('\n')}
<p><font face="Verdana" size="1">Page last updated 12/02/2025</font></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; Penberthy Hire 1999-2025 | <a href="terms.htm">
<font color="#FFFFFF">Hire
Conditions</font></a> | Best viewed at 1024 x 768</font><br>
<img src="/cgi-bin/Count.cgi?df=penberthy.dat" alt="hit counter"> <font face="Verdana" size="1" color="#FFFFFF">visitors since
March 2003</font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout528-table-layout-price-list',
  kind: 'docs',
  html: oHtml,
  title: 'Garden & Landscaping Equipment - Price List',
  headings: oGroups.map(([g]) => g.replace(/&amp;/g, '&')),
  body: [oIntro, ...oGroups.flatMap(([, rows]) => rowTexts(rows)), ...texts(oNotes)],
  bylines: ['Page last updated 12/02/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'NOW OPEN SATURDAY AFTERNOONS 1pm - 4pm UNTIL THE END OF SEPTEMBER', ...texts(oNav), 'Penberthy Hire', 'Station Yard', 'Trelowen TR19 6PB',
    'Tel: 01632 960 107', '© Penberthy Hire 1999-2025 | Hire Conditions | Best viewed at 1024 x 768', 'visitors since March 2003',
  ]),
};

export const HELDOUT528_F: readonly TestPage[] = [discourse, tableLayout];
