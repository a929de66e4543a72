import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, tr } from './pages-heldout564-kit.js';

/**
 * Held-out batch 564, file f: a film club's programme notes post on Hugo (PaperMod theme), and an old film society site in
 * a table layout (FrontPage-era HTML) with the season's programme as a table.
 */
const hTitle = 'Programme notes: The Weir (1961)';
const hBody = [
  j(
    'These are the notes that were handed out at our screening on 9 January. A few of you asked for a copy, so here they are, lightly',
    'edited, with the two corrections that Geoff pointed out in the bar afterwards.',
  ),
  'A film nobody wanted to make',
  j(
    'By 1960 the Avonford studio had not made a feature in six years. <em>The Weir</em> was shot in nineteen days on a budget that',
    'would not have covered the catering on a London picture, using the studio&#39;s own carpenters as extras and a mill that was due',
    'to be demolished the following spring.',
  ),
  j(
    'Director Hal Ruddock later said that the flood sequence was filmed in a single night because the water board would only open',
    'the sluices once. Three cameras ran at the same time; only one of them was loaded correctly.',
  ),
  'What to look for',
  j(
    'Watch the way Ruddock frames the mill owner through the wheel, and how the camera stays low for the whole of the second half.',
    'The score is almost entirely brass band, recorded by the Avonford Colliery Band in their practice hall.',
  ),
  'Further viewing',
  j(
    'Ruddock made only one more film, <em>Harvest Light</em> (1964), which we hope to show next season if a print can be found.',
    'Both films are discussed at length in Mavis Orde&#39;s <em>Small Studios of the Midlands</em>.',
  ),
];
const hHead = [at(hBody, 1), at(hBody, 4), at(hBody, 6)];
const hNav = ['Screenings', 'Notes', 'Archive', 'Tags', 'About'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.136.5"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Avonford Film Circle</title><meta name="keywords" content="programme notes, 1960s, british cinema">
<meta name="description" content="The notes handed out at our screening of The Weir on 9 January."><meta name="author" content="Priya Castellane">
<link rel="canonical" href="https://avonfordfilmcircle.org/notes/the-weir-1961/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.6a1b2c3d.css" integrity="sha256-ahsiN0" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-01-12T18:00:00+00:00",
"author":[{"@type":"Person","name":"Priya Castellane"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://avonfordfilmcircle.org/" accesskey="h"
title="Avonford Film Circle (Alt + H)">Avonford Film Circle</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"></button></div></div>
<ul id="menu">${hNav.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://avonfordfilmcircle.org/">Home</a>&nbsp;»&nbsp;
<a href="https://avonfordfilmcircle.org/notes/">Notes</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-meta"><span title="2026-01-12 18:00:00 +0000 UTC">January 12, 2026</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Priya Castellane</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHead.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('')}</ul></div></details></div>
<div class="post-content"><p>${at(hBody, 0)}</p>
<h2 id="a-film-nobody-wanted-to-make">${hHead[0]}<a hidden class="anchor" aria-hidden="true"
href="#a-film-nobody-wanted-to-make">#</a></h2>${ps(hBody.slice(2, 4))}
<h2 id="what-to-look-for">${hHead[1]}<a hidden class="anchor" aria-hidden="true" href="#what-to-look-for">#</a></h2>${ps([at(hBody, 5)])}
<h2 id="further-viewing">${hHead[2]}<a hidden class="anchor" aria-hidden="true" href="#further-viewing">#</a></h2>${ps([at(hBody, 7)])}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://avonfordfilmcircle.org/tags/programme-notes/">Programme Notes</a></li>
<li><a href="https://avonfordfilmcircle.org/tags/1960s/">1960s</a></li></ul><nav class="paginav"><a class="prev" href="/notes/gasworks/"><span class="title">«
Prev</span><br>
<span>Programme notes: Gasworks (2024)</span></a><a class="next" href="/notes/winter-season/"><span class="title">Next »</span><br><span>The winter season is
here</span></a>
</nav></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://avonfordfilmcircle.org/">Avonford Film Circle</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position")}</script></body></html>`;
const hugoNotes: TestPage = {
  name: 'heldout564-hugo-programme-notes',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHead,
  body: texts(hBody.filter((_, i) => ![1, 4, 6].includes(i))),
  bylines: ['January 12, 2026', '3 min', 'Priya Castellane'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Avonford Film Circle', ...hNav, 'Home', 'Table of Contents', '1960s', '« Prev', 'Programme notes: Gasworks (2024)', 'Next »',
    'The winter season is here', '© 2026 Avonford Film Circle', 'Powered by Hugo & PaperMod',
  ],
};

const tTitle = 'Winter Programme 1998–99';
const tIntro = j(
  'All films are shown on Tuesdays at 8pm in the Lecture Theatre, Corbridge Adult Education Centre, unless stated. Season tickets',
  '£18 (concessions £12). Guests £3 on the door, but please be signed in by a member.',
);
const tRows = [
  ['6 Oct', 'Marguerite at Noon', 'France 1996', 'Subtitled'],
  ['20 Oct', 'The Slate Quarry', 'UK 1997', ''],
  ['3 Nov', 'Night Train to Ostrava', 'Czech Republic 1995', 'Subtitled'],
  ['17 Nov', 'Summer of the Hares', 'Ireland 1997', ''],
  ['1 Dec', 'Christmas Social and Members’ Shorts', '', 'Mince pies provided'],
  ['12 Jan', 'Tango for Three', 'Argentina 1998', 'Subtitled'],
];
const tOutro = [
  'Please note: the film on 17 Nov may change if the print does not arrive in time. Check the noticeboard in the library.',
  'The AGM will be held after the film on 12 Jan. Nominations for the committee to the Secretary by 1 Dec.',
];
const tSide = ['Home', 'Programme', 'Join', 'History', 'Links', 'Guestbook'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>Corbridge Film Society - Programme</title>
<meta name="keywords" content="film society, corbridge, cinema, films"><script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#000033" text="#FFFFCC" link="#FFCC00" vlink="#CC9900" topmargin="0" leftmargin="0">
<table border="0" width="760" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" bgcolor="#330066"><img src="images/banner.gif" width="760"
height="90" alt="Corbridge Film Society"></td></tr>
<tr><td width="150" valign="top" bgcolor="#1a0033"><font face="Verdana, Arial" size="2"><br>
${tSide.map((t) => `&nbsp;<a href="${t.toLowerCase()}.htm" onMouseOut="MM_swapImgRestore()">${t}</a><br><br>`).join('\n')}
<br><img src="images/counter.gif" alt="visitor counter"><br><font size="1">You are visitor no. 004127</font></font></td>
<td width="610" valign="top"><table border="0" width="100%" cellpadding="12"><tr><td><font face="Verdana, Arial" size="2">
<h1><font face="Georgia, Times New Roman" color="#FFCC00">${tTitle}</font></h1>
<p>${tIntro}</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#666699"><tr bgcolor="#330066"><th><font size="2">Date</font></th>
<th><font size="2">Film</font></th><th><font size="2">Country / Year</font></th><th><font size="2">Notes</font></th></tr>
${tRows.map((r) => tr(r)).join('\n')}
</table>
${ps(tOutro)}
<p align="center"><a href="join.htm"><b>&gt;&gt; Join the Society &lt;&lt;</b></a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#330066" align="center"><font face="Verdana, Arial" size="1" color="#CCCCCC">Corbridge Film Society is affiliated to the Northern
Federation of Film Societies.<br>Page last updated 14/09/98. Webmaster: <a href="mailto:webmaster@corbridgefs.org.uk">webmaster@corbridgefs.org.uk</a><br>
Best viewed in 800x600 with Netscape Navigator 4</font></td></tr></table></body></html>`;
const tableProgramme: TestPage = {
  name: 'heldout564-table-layout-programme',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([tIntro, ...tRows.map((r) => r.filter((c) => c !== '').join(' ')), ...tOutro]),
  bylines: ['Page last updated 14/09/98.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tSide.filter((t) => t !== 'Programme'), 'You are visitor no. 004127', '>> Join the Society <<',
'Corbridge Film Society is affiliated to the Northern Federation of Film Societies.',
    'Webmaster: webmaster@corbridgefs.org.uk', 'Best viewed in 800x600 with Netscape Navigator 4',
  ],
};

export const HELDOUT564_F: readonly TestPage[] = [hugoNotes, tableProgramme];
