import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout448-kit.js';

/**
 * Held-out batch 448, file f: a game's patch download announcement as a Discourse topic (the developer's first post with the
 * patch notes and download links, three replies, the topic map, timeline, "Suggested Topics", header and category badge; the
 * posts are the body) and a scanner utility page on an old table layout (nested tables, font tags, a left menu column of
 * image links with alt text, a "What's New" ticker, a hit counter and a footer).
 */
const pTitle = 'Patch 1.0.9 is out: downloads and patch notes';
const pPost = [
  j(
    'Hi captains! Patch 1.0.9 for Lanterns of Varrow is live on all stores. If your launcher has not picked it up yet, restart it. For the',
    'DRM-free build, grab the patch from the links below; it applies on top of 1.0.8 only.',
  ),
  'Save games from 1.0.8 load fine. Saves from the beta branch need to be loaded once in 1.0.8 before updating.',
];
const pDl = [
  ['Windows', 'LanternsOfVarrow_patch_1.0.8_to_1.0.9_win.zip', '612 MB'],
  ['Linux', 'LanternsOfVarrow_patch_1.0.8_to_1.0.9_linux.tar.gz', '598 MB'],
];
const pFixes = [
  'Fixed the harbour quest not completing if the lighthouse keeper was asleep',
  'Fixed a crash when opening the ship log with more than 300 entries',
  'Storms no longer spawn inside the starting bay',
  'Controller: the radial menu no longer opens twice on a long press',
];
const pBalance = ['Cannon reload time raised from 4 to 5 seconds', 'Merchant prices for salt fish lowered by a fifth'];
const pOutro = ['Thanks for all the reports in the bug forum. Keep them coming, and please attach your log file (Help > Open log folder).'];
const pReplies = [
  ['Gunnhild_R', 'Mar 2', 'The harbour quest finally completes for me. Thank you, that one had me stuck for two evenings.'],
  ['saltwind', 'Mar 2', j('Is the Linux patch supposed to be almost as big as the Windows one? Mine took a while to unpack but everything works.')],
  [
    'Ewan_Marrick',
    'Mar 3',
    j('Yes, both patches carry the new soundtrack files, which are most of the size. We will look at making smaller delta patches', 'for the next update.'),
  ],
] as const;
const pSuggested = ['Known issues in 1.0.9', 'Modding guide: adding a new ship hull', 'Patch 1.0.8 notes and downloads'];
const pPostHtml = (n: number, user: string, date: string, cooked: string, likes: string): string => `<article id="post_${n}" aria-label="post #${n} by @${user}"
role="region" data-post-id="${4200 + n}" data-topic-id="881" data-user-id="${17 + n}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">
<a class="trigger-user-card main-avatar" href="/u/${user}" aria-hidden="true" tabindex="-1"><img alt="" width="45" height="45" src="/user_avatar/${user}.png"
class="avatar"></a></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${user}" data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/881/${n}">
<span title="${date}, 2026" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${cooked}</div><section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions"><button class="btn-flat like-count">${likes}</button><button class="btn-flat share" title="copy a link to this post">Share</button>
<button class="btn-flat reply create"
title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div>
</div></article>`;
const pCooked = `${ps(pPost)}
<h2><a name="downloads-1" class="anchor" href="#downloads-1"></a>Downloads</h2>
<div class="md-table"><table><thead>
${rows([['Platform', 'File', 'Size']], 'th')}</thead><tbody>
${rows(pDl.map(([a, b, c]) => [a ?? '', `<a href="https://files.varrow-game.example/${b}">${b}</a>`, c ?? '']))}</tbody></table></div>
<h2><a name="fixes-2" class="anchor" href="#fixes-2"></a>Fixes</h2><ul>
${lis(pFixes)}</ul>
<h2><a name="balance-3" class="anchor" href="#balance-3"></a>Balance</h2><ul>
${lis(pBalance)}</ul>
${ps(pOutro)}`;
const pHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${pTitle} - Announcements - Varrow Community</title>
<meta name="description" content="Hi captains! Patch 1.0.9 for Lanterns of Varrow is live on all stores."><meta name="generator"
content="Discourse 3.4.0 - https://github.com/discourse/discourse">
<link rel="canonical" href="https://forum.varrow-game.example/t/patch-1-0-9-is-out/881"><meta property="og:site_name" content="Varrow Community">
<meta property="article:published_time" content="2026-03-02T13:30:00+00:00"><link href="/stylesheets/desktop_theme_4.css?d=1772" media="all" rel="stylesheet">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${pTitle}",
"author":{"@type":"Person","name":"Ewan_Marrick"}}</script>
</head>
<body class="crawler"><section id="main"><div id="ember5" class="ember-application"><header class="d-header"><div class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><a href="/" data-auto-route="true" title="Varrow Community"><img id="site-logo" class="logo-big" alt="Varrow Community"
src="/uploads/logo.png"></a></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button><button class="btn btn-small
login-button">
<span class="d-button-label">Log In</span></button></span></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="881">
<a href="/t/patch-1-0-9-is-out/881" class="fancy-title">${pTitle}</a></h1><div class="topic-category"><span class="badge-category__wrapper">
<span class="badge-category__name">Announcements</span></span><div class="list-tags"><a href="/tag/patch-notes"
class="discourse-tag simple">patch-notes</a></div></div>
</div></div></div>
<div class="container posts"><div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div
class="timeline-date-wrapper">
<a class="start-date" href="#">Mar 2</a></div><div class="timeline-replies">1 / 4</div><div class="timeline-date-wrapper"><a class="now-date"
href="#">Mar 3</a></div>
</div></div></div>
<div class="topic-post clearfix topic-owner regular">${pPostHtml(1, 'Ewan_Marrick', 'Mar 2', pCooked, '58')}
<section class="topic-map"><ul class="topic-map__stats"><li><h4>created</h4><span class="relative-date">Mar 2</span></li><li><h4>last reply</h4>Mar 3</li>
<li><span class="number">3</span><h4>replies</h4></li><li><span class="number">2.1k</span><h4>views</h4></li></ul></section></div>
${pReplies.map(([u, d, c], i) => `<div class="topic-post clearfix regular">${pPostHtml(i + 2, u, d, `<p>${c}</p>`, String(9 - i * 3))}</div>`).join('\n')}
</div>
<div id="suggested-topics" class="more-topics__list" role="complementary" aria-labelledby="suggested-topics-title"><h3 id="suggested-topics-title"
class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><tbody>
${pSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title raw-link">${t}</a></td>
<td class="posters">${12 - i * 3}</td></tr>`,
  )
  .join('\n')}</tbody></table></div>
<div class="more-topics__browse-more">Want to read more? Browse other topics in <span class="badge-category__name">Announcements</span> or
<a href="/latest">view latest topics</a>.</div></div>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a> <a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a> <a href="/tos">Terms of Service</a> <a href="/privacy">Privacy Policy</a></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.example?utm_source=discourse">Discourse</a>, best viewed with JavaScript
enabled</p></div></section>
<script defer src="/assets/start-discourse-7c1a.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout448-discourse-game-patch-topic',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: ['Downloads', 'Fixes', 'Balance'],
  body: texts([...pPost, ...rowTexts(pDl), ...pFixes, ...pBalance, ...pOutro, ...pReplies.map((r) => r[2])]),
  bylines: ['Ewan_Marrick', 'Gunnhild_R', 'saltwind', 'Mar 2', 'Mar 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Announcements', 'patch-notes', '1 / 4', 'Share', 'Reply', 'created', 'last reply', 'replies', '2.1k', 'views',
    'Suggested Topics', ...pSuggested, 'Want to read more? Browse other topics in Announcements or view latest topics.', 'Home', 'Categories',
    'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const tTitle = 'ScanDesk Utility 7.4 for PicoScan Flatbed Scanners';
const tIntro = [
  j(
    'ScanDesk Utility lets you scan photos and documents from all PicoScan flatbed models, save them as JPEG, TIFF or PDF, and send them',
    'straight to your e-mail program. Version 7.4 is a free update for all owners of version 7.',
  ),
  j(
    'Please remove any older version of ScanDesk from the Control Panel before installing. Your scanner must be connected and switched on',
    'when you start the setup program, so that the correct driver is installed with it.',
  ),
];
const tNew = [
  'Works with Windows 11 and with the newest PicoScan P-60 and P-80 models.',
  'New "Text mode" makes searchable PDF files from letters and receipts.',
  'The dust removal filter is now much faster on large photo scans.',
  'Fixed: the preview window was too small on high resolution screens.',
];
const tFiles = [
  ['scandesk74_setup.exe', 'Windows 11 / 10 / 8.1', '24.6 MB'],
  ['scandesk74_mac.dmg', 'macOS 11 or newer', '31.2 MB'],
  ['scandesk74_manual.pdf', 'User manual (English)', '3.8 MB'],
];
const tTrouble = [
  j(
    'If the scanner is not found, unplug the USB cable, wait ten seconds and plug it in again. Do not use a USB hub without its own power',
    'supply. Still no luck? Send us an e-mail with your scanner model and serial number and we will answer within two working days.',
  ),
  j(
    'Owners of the older PicoScan 1200 and 2400 models can keep using ScanDesk 6.2, which is still available on request. These models are',
    'not supported by version 7, because their USB chip has no driver for 64-bit Windows.',
  ),
];
const tMenu = ['Home', 'Products', 'Drivers &amp; Software', 'FAQ', 'Contact'];
const tNews = ['12.02.2026: New driver for the P-80', '03.12.2025: Holiday service hours', '18.09.2025: PicoScan at the Office Fair in Leipzig'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>PicoScan - ScanDesk Utility 7.4 - Download</title>
<meta name="keywords" content="scanner, driver, PicoScan, ScanDesk, download"><meta name="description" content="ScanDesk Utility 7.4 for PicoScan scanners">
<link rel="stylesheet" href="styles.css" type="text/css"><script language="JavaScript" type="text/javascript">
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }</script></head>
<body bgcolor="#E8ECF4" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('img/menu_over.gif')">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF"><tr><td colspan="2"><img src="img/header_picoscan.gif"
width="780" height="90" alt="PicoScan - Scanners made in Germany"></td></tr>
<tr><td width="160" valign="top" bgcolor="#2B4C7E" class="menu"><table width="160" border="0" cellpadding="4" cellspacing="0">
${tMenu
  .map(
    (m) => `<tr><td><a href="${m.toLowerCase().replace(/[^a-z]+/g, '')}.html" class="menulink"><font face="Verdana" size="2"
color="#FFFFFF">${m}</font></a></td></tr>`,
  )
  .join('\n')}
</table><br><table width="150" border="0" cellpadding="3" cellspacing="0" align="center" bgcolor="#DDE4F0"><tr><td class="newsbox"><font face="Verdana"
size="1">
<b>What's New</b><br>
${tNews.join('<br>\n')}</font></td></tr></table><br>
<center><font face="Verdana" size="1" color="#FFFFFF">Visitors: 0048213</font></center></td>
<td width="620" valign="top" class="content"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Verdana" size="1" color="#666666"><a href="index.html">Home</a> &gt; <a href="drivers.html">Drivers</a> &gt; ScanDesk 7.4</font>
<h1><font face="Verdana" color="#2B4C7E">${tTitle}</font></h1>
<font face="Verdana" size="2" color="#999999">Last update: 14.02.2026</font>
<font face="Verdana" size="2">${ps(tIntro)}
<h2><font color="#2B4C7E">What's new in 7.4</font></h2><ul>
${lis(tNew)}</ul>
<h2><font color="#2B4C7E">Downloads</font></h2>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC"><tr bgcolor="#2B4C7E">
<td><font color="#FFFFFF"><b>File</b></font></td>
<td><font color="#FFFFFF"><b>For</b></font></td>
<td><font color="#FFFFFF"><b>Size</b></font></td></tr>
${rows(tFiles.map(([a, b, c]) => [`<a href="files/${a}">${a}</a>`, b ?? '', c ?? '']))}</table>
<h2><font color="#2B4C7E">Problems?</font></h2>
${ps(tTrouble)}</font>
<p align="right"><a href="#top"><font face="Verdana" size="1">Back to top</font></a></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2B4C7E" align="center"><font face="Verdana" size="1" color="#FFFFFF">Copyright © 1998-2026 PicoScan Imaging GmbH | <a
href="impressum.html"><font color="#FFFFFF">Imprint</font></a> | Best viewed with 1024x768</font></td></tr></table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout448-table-layout-scanner-utility',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ["What's new in 7.4", 'Downloads', 'Problems?'],
  body: texts([...tIntro, ...tNew, ...rowTexts(tFiles), ...tTrouble]),
  bylines: ['Last update: 14.02.2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Products', 'Drivers & Software', 'FAQ', 'Contact', "What's New", ...tNews, 'Visitors: 0048213', 'Home > Drivers > ScanDesk 7.4',
    'Back to top', 'Copyright © 1998-2026 PicoScan Imaging GmbH | Imprint | Best viewed with 1024x768',
  ],
};

export const HELDOUT448_F: readonly TestPage[] = [discourse, oldTable];
