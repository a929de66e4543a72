import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts } from './pages-heldout607-kit.js';

/**
 * Held-out batch 607, file f: an old table-layout dive centre page (FrontPage era, font tags, spacer GIFs, a left menu of
 * image-and-text links, a hit counter) with boat dive times and prices, and a dive instructor's checklist post on Hugo (PaperMod).
 */
const xTitle = 'Boat Dives - Timetable &amp; Prices';
const xIntro = j(
  'Our boat <i>Sea Wren II</i> leaves the harbour at Port Callow every day from Easter to the end of October, weather permitting.',
  'Please arrive at the shop 45 minutes before departure to sign in and load your kit.',
);
const xRows = [
  ['Morning double', '08:30', 'Two dives, back by 13:00', '&pound;70'],
  ['Afternoon single', '14:00', 'One dive, back by 16:30', '&pound;40'],
  ['Night dive (Tue &amp; Fri)', '19:30', 'One dive, torch hire included', '&pound;45'],
  ['Wreck special (Sat)', '08:00', 'Two dives on the Almeria and Kinlet wrecks', '&pound;85'],
];
const xNotes = [
  'Prices include tanks, weights and air fills. Nitrox &pound;5 extra per tank.',
  'Divers must have logged a dive within the last 12 months or take a refresher with an instructor first.',
  '<b>Booking:</b> phone the shop on 01326 771 905 or call in. We take a &pound;20 deposit per diver.',
];
const xMenu = ['Home', 'Courses', 'Boat Dives', 'Dive Sites', 'Kit Hire', 'Accommodation', 'Links', 'Contact Us'];
const xHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="diving, scuba, Port Callow, boat dives, wrecks">
<title>Port Callow Diving Centre - Boat Dives</title><style><!-- body { font-family: Verdana, Arial; } a:hover { color: #FF6600 } --></style>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#003366" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner.jpg" width="780" height="120" alt="Port Callow Diving Centre"></td></tr>
<tr><td colspan="3" bgcolor="#0066CC" align="right"><font face="Verdana" size="1" color="#FFFFFF">BSDA approved centre &nbsp;|&nbsp; Tel: 01326 771 905
&nbsp;</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6F0FA"><img src="images/spacer.gif" width="160" height="10"><br>
<table width="150" border="0" cellpadding="3" cellspacing="0" align="center">
${xMenu
  .map(
    (m) => `<tr><td><img src="images/bullet_fish.gif" width="12" height="12"> <a href="${m.toLowerCase().replace(/ /g, '')}.htm">
<font face="Verdana" size="2">${m}</font></a></td></tr>`,
  )
  .join('\n')}
</table><br><center><font face="Verdana" size="1">You are visitor number<br><img src="/cgi-bin/counter.cgi?page=boats" alt="counter"><br>
since March 2003</font></center></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="610" valign="top"><br><font face="Verdana" size="4" color="#003366"><b>${xTitle}</b></font><br><br>
<font face="Verdana" size="2">${xIntro}</font><br><br>
<table width="95%" border="1" cellpadding="4" cellspacing="0" bordercolor="#99CCFF">
<tr bgcolor="#0066CC"><td><font face="Verdana" size="2" color="#FFFFFF"><b>Trip</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF">
<b>Leaves</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>Details</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF">
<b>Price</b></font></td></tr>
${xRows.map((r) => `<tr>${r.map((c) => `<td><font face="Verdana" size="2">${c}</font></td>`).join('')}</tr>`).join('\n')}
</table><br>
${xNotes.map((n) => `<font face="Verdana" size="2">${n}</font><br><br>`).join('\n')}
<p align="center"><font face="Verdana" size="1"><a href="index.htm">Home</a> | <a href="courses.htm">Courses</a> | <a href="contact.htm">Contact Us</a>
<br>&copy; 2003-2026 Port Callow Diving Centre. Last updated 12/01/2026</font></p></td></tr></table></body></html>`;
const tableBoats: TestPage = {
  name: 'heldout607-table-layout-boat-dives',
  kind: 'docs',
  html: xHtml,
  title: texts([xTitle])[0] ?? '',
  headings: [],
  body: texts([xIntro, ...rowTexts(xRows), ...xNotes]),
  bylines: ['Last updated 12/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'BSDA approved centre | Tel: 01326 771 905', ...xMenu.filter((m) => m !== 'Boat Dives'), 'You are visitor number', 'since March 2003',
    'Home | Courses | Contact Us', '© 2003-2026 Port Callow Diving Centre.',
  ],
};

const kTitle = 'My Pre-Dive Checklist, Printed and Laminated';
const kDek = 'The card I clip to every student\u2019s BCD, and why each line is on it.';
const kIntro = j(
  'After a decade of teaching I noticed that almost every problem in the water started on the boat: a tank valve half open,',
  'a weight pocket not clicked home, a computer still set to air on a nitrox dive. So I made a card.',
);
const kH = ['The card', 'Why the order matters', 'Get a copy'];
const kCard = [
  '<strong>Gas:</strong> valve fully open, pressure checked, mix analysed and written on the tank',
  '<strong>Computer:</strong> switched on, set to the right mix',
  '<strong>BCD:</strong> inflates, deflates, both dumps work',
  '<strong>Weights:</strong> both pockets locked, trim weights in',
  '<strong>Releases:</strong> you and your buddy know where each other\u2019s are',
  '<strong>Final:</strong> mask, fins, SMB, torch, and the plan agreed',
];
const kWhy = [
  j(
    'Gas comes first because it is the one mistake you cannot fix underwater. Releases come late because by then your buddy',
    'is kitted up too, and you can check each other standing side by side instead of shouting across the deck.',
  ),
  'The last line is deliberately a grab bag. It is the one people skip, so it is the one I read out loud.',
];
const kGet = 'Download the PDF below, print it on card and laminate it. It fits a standard slate clip.';
const kMenu = ['Posts', 'Tags', 'About'];
const kToc = kH;
const kHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${kTitle} | Maren Holt Diving</title><meta name="keywords" content="checklists, safety"><meta name="description" content="${kDek}">
<meta name="author" content="Maren Holt"><link rel="canonical" href="https://marenholt.dive/posts/pre-dive-checklist/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css" integrity="sha256-sdf" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.124.1"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${kTitle}",
"datePublished":"2026-02-10T00:00:00+00:00","author":{"@type":"Person","name":"Maren Holt"}}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo">
<a href="https://marenholt.dive/" accesskey="h" title="Maren Holt Diving (Alt + H)">Maren Holt Diving</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18">
</svg>
</button></div></div><ul id="menu">${kMenu.map((m) => `<li><a href="/${m.toLowerCase()}/" title="${m}"><span>${m}</span></a></li>`).join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://marenholt.dive/">Home</a>&nbsp;»&nbsp;
<a href="https://marenholt.dive/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${kTitle}</h1><div class="post-description">${kDek}</div>
<div class="post-meta"><span title="2026-02-10 00:00:00 +0000 UTC">February 10, 2026</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Maren Holt</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${kToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" aria-label="${t}">${t}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content"><p>${kIntro}</p>
<h2 id="the-card">${kH[0]}<a hidden class="anchor" aria-hidden="true" href="#the-card">#</a></h2><ol>${lis(kCard)}</ol>
<h2 id="why-the-order-matters">${kH[1]}<a hidden class="anchor" aria-hidden="true" href="#why-the-order-matters">#</a></h2>${ps(kWhy)}
<h2 id="get-a-copy">${kH[2]}<a hidden class="anchor" aria-hidden="true" href="#get-a-copy">#</a></h2><p>${kGet}</p>
<p><a href="/files/pre-dive-card.pdf">pre-dive-card.pdf</a> (A6, 84 KB)</p></div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://marenholt.dive/tags/checklists/">Checklists</a></li>
<li><a href="https://marenholt.dive/tags/safety/">Safety</a></li></ul><nav class="paginav"><a class="prev" href="https://marenholt.dive/posts/buddy-checks/">
<span class="title">« Prev</span><br><span>Buddy Checks That Actually Happen</span></a><a class="next" href="https://marenholt.dive/posts/cold-hands/">
<span class="title">Next »</span><br><span>Keeping Your Hands Warm in 9° Water</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${kTitle} on x" href="https://x.com/intent/tweet/?text=checklist">
<svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://marenholt.dive/">Maren Holt Diving</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click", () => { localStorage.setItem("pref-theme", "dark"); })</script></body></html>`;
const hugoChecklist: TestPage = {
  name: 'heldout607-hugo-papermod-checklist',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([kDek, kIntro, ...kCard, ...kWhy, kGet, 'pre-dive-card.pdf (A6, 84 KB)']),
  bylines: ['February 10, 2026', 'Maren Holt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Maren Holt Diving', ...kMenu, 'Home', 'Table of Contents', '3 min', 'Checklists', 'Safety', '« Prev', 'Buddy Checks That Actually Happen', 'Next »',
    'Keeping Your Hands Warm in 9° Water', '© 2026 Maren Holt Diving', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT607_F: readonly TestPage[] = [tableBoats, hugoChecklist];
