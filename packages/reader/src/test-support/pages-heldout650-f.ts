import { ps, type TestPage } from './page-kit.js';
import { gold, j, rowTexts, trs } from './pages-heldout650-kit.js';

/**
 * Held-out batch 650, file f: a luthier's workshop journal entry on a refret, on Hugo (PaperMod theme) with a table of contents and
 * a fret table, and a violin shop's repairs page from an old FrontPage table layout with a left menu and a hit counter.
 */
const uTitle = 'Refretting a 1962 Calder archtop';
const uDek = 'Notes from the bench on a refret that needed more than new wire.';
const uSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'The Calder came in with a familiar complaint: the owner had had it refretted twice in thirty years and it still buzzed above the',
        'seventh fret. A quick look with a straightedge showed why. The fingerboard had a slight ski jump past the neck joint, and both',
        'earlier jobs had simply pressed new wire into the old slots and levelled the frets to cope with it.',
      ),
    ],
  ],
  [
    'Pulling the old frets',
    [
      j(
        'Old archtops often have frets glued in with hide glue or shellac, so I warm each fret with a soldering iron before lifting it.',
        'This one came out cleanly apart from the 14th, which tore a small chip of rosewood from the edge of the slot. I kept the chip and',
        'glued it back with thin hide glue before going on.',
      ),
    ],
  ],
  [
    'Fixing the fingerboard',
    [
      j(
        'With the frets out, the fingerboard needed about 0.3 mm taken off the extension to flatten the ski jump. I planed it with a long',
        'radius block, checking with the straightedge after every few strokes, and deepened the slots afterwards so the tangs would seat fully.',
      ),
      j(
        'The binding on this model runs over the fret ends, so each fret had to be nipped back and the tang filed away where it meets the',
        'binding. It is slow work, about twenty minutes a fret, but it keeps the original look of the neck.',
      ),
    ],
  ],
  [
    'Choosing the wire',
    [
      j(
        'The owner plays mostly chord-melody with light flatwound strings, so I matched the original vintage-size wire rather than going',
        'bigger. For the record, here is what was measured before and after:',
      ),
    ],
  ],
  [
    'Results',
    [
      j(
        'After levelling and crowning, relief is set at 0.15 mm and the action is 1.8 mm on the treble side at the 12th fret. The buzz',
        'above the seventh fret is gone, and the guitar now plays cleanly all the way up to the 17th fret.',
      ),
      j('Total bench time was a little over eleven hours. The lesson, again: a refret is only as good as the board underneath it.'),
    ],
  ],
];
const uRows = [
  ['Fret height (crown)', '0.6 mm (worn)', '1.0 mm'],
  ['Fret width', '2.0 mm', '2.1 mm'],
  ['Fingerboard extension relief', '0.3 mm ski jump', 'flat'],
];
const uNav = ['Journal', 'Services', 'About', 'Contact'];
const uSlug = (h: string): string => h.toLowerCase().replace(/[^a-z]+/g, '-');
const uContent = uSecs
  .map(([h, p], i) => {
    const head = h === '' ? '' : `<h2 id="${uSlug(h)}">${h}<a hidden class="anchor" aria-hidden="true" href="#${uSlug(h)}">#</a></h2>\n`;
    const table = i === 3 ? `\n<table><thead><tr><th>Measure</th><th>Before</th><th>After</th></tr></thead><tbody>${trs(uRows)}</tbody></table>` : '';
    return `${head}${ps(p)}${table}`;
  })
  .join('\n');
const uHeads = uSecs.map(([h]) => h).filter((h) => h !== '');
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>Refretting a 1962 Calder archtop | Bellweather Luthiers</title><meta name="keywords" content="refret, archtop, fingerboard">
<meta name="description" content="${uDek}"><meta name="author" content="Oskar Pennick"><link rel="canonical"
href="https://bellweatherluthiers.com/journal/calder-refret/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.2f1e.css" integrity="sha256-Lx0Pq1" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript><meta name="generator" content="Hugo 0.126.1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","wordCount":"540",
"datePublished":"2026-04-02T00:00:00Z","author":[{"@type":"Person","name":"Oskar Pennick"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://bellweatherluthiers.com/" accesskey="h"
title="Bellweather Luthiers (Alt + H)">Bellweather
Luthiers</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24"
height="18" viewBox="0 0 24 24"></svg></button></div></div><ul id="menu">
${uNav
  .map(
    (t) =>
      `<li><a href="https://bellweatherluthiers.com/${t.toLowerCase()}/" title="${t}"><span${t === 'Journal' ? ' class="active"' : ''}>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://bellweatherluthiers.com/">Home</a>&nbsp;»&nbsp;<a
href="https://bellweatherluthiers.com/journal/">Journal</a></div><h1 class="post-title entry-hint-parent">${uTitle}</h1><div
class="post-description">${uDek}</div>
<div class="post-meta"><span title='2026-04-02 00:00:00 +0000 UTC'>April 2, 2026</span>
&nbsp;·&nbsp;3 min&nbsp;·&nbsp;540 words&nbsp;·&nbsp;Oskar Pennick</div>
</header><div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${uHeads.map((h) => `<li><a href="#${uSlug(h)}" aria-label="${h}">${h}</a></li>`).join('\n')}
</ul></div></details></div>
<div class="post-content">
${uContent}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://bellweatherluthiers.com/tags/refret/">Refret</a></li><li><a
href="https://bellweatherluthiers.com/tags/archtop/">Archtop</a></li></ul><nav class="paginav"><a class="prev"
href="https://bellweatherluthiers.com/journal/parlour-neck-reset/">
<span class="title">« Prev</span><br><span>Neck reset on a 1930s parlour guitar</span></a><a class="next"
href="https://bellweatherluthiers.com/journal/bone-saddles/">
<span class="title">Next »</span><br><span>Why we still cut bone saddles by hand</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share Refretting a 1962 Calder archtop on x"
href="https://x.com/intent/tweet/?text=Refretting"><svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px"
fill="currentColor"></svg></a>
</li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://bellweatherluthiers.com/">Bellweather Luthiers</a></span> · <span>Powered by
<a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span>
</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position");}</script></body></html>`;
const hugo: TestPage = gold({
  name: 'heldout650-hugo-archtop-refret',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uHeads,
  body: [uDek, ...uSecs.slice(0, 4).flatMap(([, p]) => p), ...rowTexts(uRows), ...(uSecs[4]?.[1] ?? [])],
  bylines: ['April 2, 2026 · 3 min · 540 words · Oskar Pennick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bellweather Luthiers', ...uNav, 'Home', 'Table of Contents', 'Refret', 'Archtop', '« Prev', 'Neck reset on a 1930s parlour guitar', 'Next »',
    'Why we still cut bone saddles by hand', '© 2026 Bellweather Luthiers', 'Powered by Hugo & PaperMod',
  ],
});

const tTitle = 'Repairs &amp; Restoration';
const tBody = [
  j(
    'Mr. Alwyn Crosse has repaired and restored violins, violas and cellos in Tolleshurst since 1979. All work is carried out on the',
    'premises, and we are happy to give an estimate free of charge.',
  ),
  'Everyday repairs',
  j(
    'Most small repairs can be done within a week: seams re-glued, new bridges cut and fitted, soundposts set, pegs refitted and',
    'fingerboards planed. Please telephone before bringing an instrument in, as the workshop is sometimes closed for auctions.',
  ),
  'Restoration',
  j(
    'Crack repairs, neck grafts and the restoration of old instruments are quoted separately after a full examination. We can also',
    'provide written valuations for insurance.',
  ),
];
const tPrices = [
  ['New bridge (violin)', '£45.00'],
  ['Soundpost adjustment', '£15.00'],
  ['Open seam re-glued', 'from £25.00'],
  ['Bow rehair', '£48.00'],
];
const tMenu = ['Home', 'Instruments for Sale', 'Repairs', 'Bows', 'Strings &amp; Accessories', 'How to Find Us', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>Crosse Violins - Repairs</title>
<meta name="keywords" content="violin repairs, violin restoration, bow rehair, Tolleshurst"><meta name="description"
content="Violin repairs and restoration by Alwyn Crosse.">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style><!-- a:link { color: #5C3A1E } a:hover { color: #A0522D } --></style></head>
<body bgcolor="#FFFFF0" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table border="0" width="760" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img border="0" src="images/banner.jpg" width="760" height="110" alt="Crosse Violins - Makers and Restorers"></td></tr>
<tr><td width="150" valign="top" bgcolor="#5C3A1E"><table border="0" width="100%" cellpadding="6" cellspacing="0">
${tMenu
  .map((t) => `<tr><td><font face="Verdana" size="2"><a href="${t.slice(0, 4).toLowerCase()}.htm"><font color="#FFFFFF">${t}</font></a></font></td></tr>`)
  .join('\n')}
</table><p align="center"><font face="Verdana" size="1" color="#FFFFFF">Member of the<br>Association of<br>Violin Restorers</font></p></td>
<td width="610" valign="top" bgcolor="#FFFFF0"><table border="0" width="100%" cellpadding="14" cellspacing="0"><tr><td>
<p align="center"><b><font face="Georgia" size="5" color="#5C3A1E">${tTitle}</font></b></p>
<p><font face="Georgia" size="3">${tBody[0]}</font></p>
<p><b><font face="Georgia" size="4" color="#5C3A1E">${tBody[1]}</font></b></p>
<p><font face="Georgia" size="3">${tBody[2]}</font></p>
<table border="1" cellpadding="4" cellspacing="0" width="80%" bordercolor="#C8B89A" style="border-collapse: collapse">
<tr><td bgcolor="#EFE6D2"><b><font face="Verdana" size="2">Repair</font></b></td><td bgcolor="#EFE6D2"><b><font face="Verdana"
size="2">Price</font></b></td></tr>
${trs(tPrices)}
</table>
<p><b><font face="Georgia" size="4" color="#5C3A1E">${tBody[3]}</font></b></p>
<p><font face="Georgia" size="3">${tBody[4]}</font></p>
<p align="center"><font face="Verdana" size="2"><a href="contact.htm">Contact us for an estimate</a></font></p>
<hr color="#C8B89A" size="1">
<p align="center"><font face="Verdana" size="1">Crosse Violins, 7 Church Lane, Tolleshurst &nbsp;|&nbsp; Tel. 01632 960 418<br>
This page was last updated on 14/03/2004<br>You are visitor number <img src="/cgi-bin/Count.cgi?df=repairs.dat" alt="004213" align="absmiddle"></font></p>
</td></tr></table></td></tr></table></body></html>`;
const tableLayout: TestPage = gold({
  name: 'heldout650-table-layout-violin-repairs',
  kind: 'docs',
  html: tHtml,
  title: 'Repairs & Restoration',
  headings: ['Everyday repairs', 'Restoration'],
  body: [tBody[0] ?? '', tBody[2] ?? '', ...rowTexts(tPrices), tBody[4] ?? ''],
  bylines: ['This page was last updated on 14/03/2004'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tMenu.map((t) => t.replace('&amp;', '&')), 'Member of the', 'Association of', 'Violin Restorers', 'Contact us for an estimate',
    'Crosse Violins, 7 Church Lane, Tolleshurst', 'Tel. 01632 960 418', 'You are visitor number',
  ],
});

export const HELDOUT650_F: readonly TestPage[] = [hugo, tableLayout];
