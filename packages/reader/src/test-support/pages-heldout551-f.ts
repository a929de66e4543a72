import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout551-kit.js';

/**
 * Held-out batch 551, file f: a net curtain maker's measuring page on an old table layout (font tags, a left image menu, bold
 * lines as section headings, a hit counter), and a thread on a workroom makers' forum on Discourse (rendered Ember page with
 * the header, timeline, like buttons and suggested topics).
 */
const tTitle = 'Measuring for Net Curtains';
const tIntro = [
  j(
    'All our nets are made to order in our own workroom in Brackley Bridge, so please take a little care with your measurements.',
    'If you are not sure, ring Doreen on 01632 960 447 and she will talk you through it.',
  ),
];
const tWH = 'WIDTH';
const tW = [
  j(
    'Measure the length of your net wire, rod or track from end to end. For a gathered net we use double fullness, so a window',
    'of 120cm needs 240cm of fabric. You only need to give us the track length, we do the rest.',
  ),
];
const tDH = 'DROP';
const tD = [
  j(
    'For nets on a wire or rod through a slot heading, measure from the top of the wire to where you want the net to finish,',
    'usually 1cm above the sill. For nets on a track with hooks, measure from the top of the track.',
  ),
  'Café curtains: measure from the middle of the rod to the sill.',
];
const tWayH = 'WEIGHTED HEM OR PLAIN?';
const tWay = [
  j(
    'Most of our voiles come with a lead weighted hem, which helps them hang straight. Our lace panels have a scalloped edge',
    'and are not weighted. Please say on your order form which you would like.',
  ),
];
const tBody = [...tIntro, ...tW, ...tD, ...tWay];
const tMenu = ['Home', 'Nets and Voiles', 'Lace Panels', 'Café Curtains', 'Measuring', 'Order Form', 'Contact Us'];
const tSec = (h: string, paras: readonly string[]): string =>
  `<p><font face="Verdana, Arial" size="2" color="#663366"><b>${h}</b></font></p>\n${ps(paras.map((p) => `<font face="Verdana, Arial" size="2">${p}</font>`))}`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Brackley Bridge Nets - Measuring</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="net curtains, voiles, lace, cafe curtains, made to measure, brackley bridge">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><link href="style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#F3EEF5" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="120" alt="Brackley Bridge Nets - Made to Measure Since 1979"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6DCEA"><table width="160" border="0" cellspacing="0" cellpadding="4">
${tMenu
  .map(
    (t) => `<tr><td><a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm" class="menu">
<font face="Verdana, Arial" size="2">${t}</font></a></td></tr>`,
  )
  .join('\n')}
</table><br><div align="center"><img src="images/visa.gif" width="120" height="40" alt="We accept Visa and Mastercard"></div><br>
<div align="center"><font face="Verdana, Arial" size="1">Visitors:<br><img src="/cgi-bin/counter.cgi?df=nets.dat" alt="counter"></font></div></td>
<td width="620" valign="top" class="bodytext"><table width="100%" border="0" cellspacing="10" cellpadding="0"><tr><td>
<font face="Verdana, Arial" size="5" color="#663366"><b>${tTitle}</b></font><br><img src="images/line.gif" width="580" height="3" alt=""><br>
${ps(tIntro.map((p) => `<font face="Verdana, Arial" size="2">${p}</font>`))}
${tSec(tWH, tW)}
${tSec(tDH, tD)}
${tSec(tWayH, tWay)}
<p align="center"><a href="orderform.htm"><img src="images/order-now.gif" width="150" height="40" border="0" alt="Order Now"></a></p>
<p align="center"><font face="Verdana, Arial" size="1"><a href="#top">Back to top</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#663366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">Brackley Bridge Nets, 22 Mill Lane, Brackley Bridge
&nbsp;|&nbsp; Tel 01632 960 447<br>Page last updated 14/03/2019 &nbsp;|&nbsp; Site by KW Web Design</font></td></tr></table>
<script language="JavaScript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");</script></body></html>`;
const tables: TestPage = {
  name: 'heldout551-table-layout-nets',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tWH, tDH, tWayH],
  body: texts(tBody),
  bylines: ['Page last updated 14/03/2019'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Nets and Voiles', 'Contact Us', 'Visitors:', 'Back to top',
    'Brackley Bridge Nets, 22 Mill Lane, Brackley Bridge | Tel 01632 960 447', 'Site by KW Web Design',
  ],
};

const dTitle = 'Pinch pleat fullness for a 5 m bay: 2x or 2.5x?';
const dPosts = [
  [
    'hollyroe_interiors',
    'Mar 4',
    [
      j(
        'Client has a five-sided bay, 5.2 m of track in total, and wants double pinch pleats in a mid-weight linen union, interlined.',
        'I normally work double pleats at 2.25x, but she has seen a magazine picture and wants “really full”.',
      ),
      'Has anyone gone to 2.5x with interlining on a bay track? I am worried about the stack-back eating the side windows.',
    ],
  ],
  [
    'Tom_Faulder',
    'Mar 4',
    [
      j(
        'I did 2.5x interlined last year on a similar bay. It looked wonderful closed, but the stack-back was nearly 60 cm each',
        'side and the client hated losing the light. I would show her a sample header at both fullnesses before you cut anything.',
      ),
    ],
  ],
  ['hollyroe_interiors', 'Mar 5', ['Good idea, thank you. I’ll make up two 50 cm headers tonight and let her choose.']],
  [
    'Bev.Marlow',
    'Mar 6',
    [
      j(
        'Another option: stay at 2.25x and use a bump interlining rather than domette. You get that plump, full look from the',
        'weight of the layers without the extra width, and the stack-back stays sensible.',
      ),
    ],
  ],
] as const;
const dSugg = [
  ['Hand-sewn vs machine-sewn buckram: can clients tell?', '14', 'Feb 27'],
  ['Best weights for sheer curtains on a wave track', '6', 'Mar 1'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Workroom techniques - The Workroom Forum</title>
<meta name="description" content="Client has a five-sided bay, 5.2 m of track in total">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse">
<link rel="canonical" href="https://forum.theworkroom.org/t/pinch-pleat-fullness-for-a-5-m-bay/4412">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"hollyroe_interiors"}}</script>
<link href="/stylesheets/desktop_4a1e.css?__ws=forum.theworkroom.org" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler ember-application docked archetype-regular category-workroom-techniques"><section id="main" class="ember-application">
<div class="ember-view" id="ember3"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo"
class="logo-big" src="/uploads/default/original/1X/logo.png" width="180" alt="The Workroom Forum"></a></div></div><div class="panel" role="navigation">
<span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><svg class="fa d-icon d-icon-user svg-icon"><use href="#user"></use></svg>
<span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search"
class="icon btn-flat" title="Search" aria-label="Search">
<svg class="fa d-icon d-icon-search svg-icon"><use href="#search"></use></svg></a></li></ul></div></div></div>
</header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections">
<div class="sidebar-section-wrapper sidebar-section"><ul class="sidebar-section-content"><li class="sidebar-section-link-wrapper"><a href="/latest"
class="sidebar-section-link"><span class="sidebar-section-link-content-text">Topics</span></a></li>
<li class="sidebar-section-link-wrapper"><a href="/categories"
class="sidebar-section-link"><span class="sidebar-section-link-content-text">Categories</span></a></li></ul></div></div></section></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="4412"><a
href="/t/pinch-pleat-fullness-for-a-5-m-bay/4412" class="fancy-title"><span dir="auto">${dTitle}</span></a></h1><div class="topic-category"><a
class="badge-category__wrapper" href="/c/workroom-techniques/7"><span data-category-id="7" class="badge-category --style-square"><span
class="badge-category__name">Workroom techniques</span></span></a><div class="list-tags"><a href="/tag/pinch-pleat" class="discourse-tag simple">pinch-pleat</a>
<a href="/tag/interlining" class="discourse-tag simple">interlining</a></div></div></div></div></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="4412"><div class="posts-wrapper"><div class="post-stream">${dPosts
  .map(
    (
      [u, d, ps0],
      i,
    ) => `<div class="topic-post clearfix regular"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${u}" role="region" data-post-id="${9100 + i}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${u}"
aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum.theworkroom.org/${u}/96/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a
href="/u/${u}" data-user-card="${u}">${u}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/4412/${i + 1}">
<span title="${d}, 2026" class="relative-date">${d}</span></a></div></div></div><div class="regular contents"><div class="cooked">${ps(ps0)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button class="widget-button btn-flat
button-count like-count highlight-action btn-text" title="${i + 2} people liked this post"><span class="d-button-label">${i + 2}</span></button><button
class="widget-button btn-flat toggle-like like btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon"></svg></button></div>
<button class="widget-button btn-flat share btn-icon" title="copy a link to this post to clipboard"></button></div></nav></section></div></div></div>
</article></div>`,
  )
  .join('\n')}</div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons">
<button class="btn btn-icon-text btn-primary create" type="button" title="begin composing a reply">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="activity num">Activity</th></tr></thead>
<tbody>${dSugg
  .map(
    ([t, r, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts-map posts"><span class="number">${r}</span></td><td class="num activity"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper">
<a class="start-date">Mar 4</a>
</div><div class="timeline-scroller"><div class="timeline-replies">1 / 4</div><div class="timeline-ago">Mar 6</div></div></div></div></div></div></div>
</div></div>
</div></section><script defer src="/assets/discourse-4a1e.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout551-discourse-fullness',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , p]) => [...p]),
  bylines: ['hollyroe_interiors', 'Tom_Faulder', 'Bev.Marlow', 'Mar 4', 'Mar 5', 'Mar 6'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Topics', 'Categories', 'Workroom techniques', '3', '4', 'Reply',
    'Suggested Topics', 'Topic', 'Replies', 'Activity', ...dSugg.flat(), '1 / 4',
  ],
};

export const HELDOUT551_F: readonly TestPage[] = [tables, discourse];
