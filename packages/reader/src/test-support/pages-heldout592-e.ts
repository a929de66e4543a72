import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout592-kit.js';

/**
 * Held-out batch 592, file e: a painter's studio note on a Hugo site (PaperMod theme: breadcrumbs, table of contents,
 * tags, prev / next links, share buttons), and a small gallery's current exhibition with a works and prices table on an
 * old hand-made table layout (font tags, rollover images, a visitor counter).
 */
const hTitle = 'Why I stopped varnishing';
const hDesc = 'Notes on eight years of leaving oil paintings unvarnished, and what collectors asked about it.';
const hIntro = [
  j(
    'For the first ten years I painted, every finished canvas got two coats of varnish, because that is what I had been taught.',
    'Since 2019 I have not varnished a single painting. A collector asked me about this last week, so here is the long answer.',
  ),
];
const hH1 = 'What varnish was for';
const hP1 = [
  j(
    'Varnish does two jobs. It protects the paint from dirt and scratches, and it evens out the surface, so that the dull',
    'patches where oil has sunk into the ground look as glossy as the rest. The second job is the one most painters care about.',
  ),
  j(
    'A varnish can be removed and replaced by a conservator without touching the paint underneath, which is why museums',
    'like it: the varnish takes the wear instead of the picture.',
  ),
];
const hH2 = 'What changed';
const hP2 = [
  j(
    'My paintings got thinner and more matt. I started using a chalk ground that absorbs oil, and I liked the dry, slightly',
    'powdery look it gave. Every time I varnished, the colours darkened and the surface turned to plastic. I was spending',
    'months making a surface and then covering it with something that made it look like every other painting.',
  ),
];
const hH3 = 'What I do now';
const hList = [
  'Paintings leave the studio unvarnished, with a label on the back saying so.',
  'Works on panel are framed behind low-reflection glass, which does the protecting.',
  'Canvases get a tray frame deep enough that nothing leans against the paint in storage.',
  'Anyone who wants a varnish later can have one applied by a conservator; I have never been asked.',
];
const hOutro = [
  j(
    'This is not advice. Many painters have good reasons to varnish, and some paint surfaces really need it. But if a varnish',
    'fights the painting, it is worth asking what it is protecting.',
  ),
];
const hNav = ['Notes', 'Paintings', 'Exhibitions', 'About'];
const hTags = ['varnish', 'materials', 'studio'];
const hPrev = 'Grinding earth pigments from the river bank';
const hNext = 'A week of rain and one good painting';
const hToc = [hH1, hH2, hH3].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('');
const hH = (h: string): string =>
  `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}<a hidden class="anchor" aria-hidden="true" href="#${h.toLowerCase().replace(/ /g, '-')}">#</a></h2>`;
const hHtml = `<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Mira Tolland</title><meta name="keywords" content="varnish, materials, studio"><meta name="description" content="${hDesc}">
<meta name="author" content="Mira Tolland"><link rel="canonical" href="https://miratolland.example/notes/why-i-stopped-varnishing/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c.css" integrity="sha256-tgnCSG6LiTMz5AvqMhm+ylW3PbaRD7aZQK1sNqQnjZA=" rel="preload
stylesheet" as="style">
<meta name="generator" content="Hugo 0.125.4"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"datePublished":"2027-01-18T00:00:00Z","author":[{"@type":"Person","name":"Mira Tolland"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://miratolland.example/" accesskey="h" title="Mira Tolland (Alt + H)">Mira Tolland</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" height="24"
width="24"></svg></button>
</div></div><ul id="menu">${hNav.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://miratolland.example/">Home</a>&nbsp;»&nbsp;<a
href="https://miratolland.example/notes/">Notes</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title="2027-01-18 00:00:00 +0000 UTC">January 18, 2027</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Mira Tolland</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div
class="inner"><ul>${hToc}</ul></div>
</details></div>
<div class="post-content">${ps(hIntro)}
${hH(hH1)}
${ps(hP1)}
${hH(hH2)}
${ps(hP2)}
${hH(hH3)}
<ul>${lis(hList)}</ul>
${ps(hOutro)}
</div>
<footer class="post-footer"><ul class="post-tags">${hTags.map((t) => `<li><a href="/tags/${t}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="/notes/grinding-earth-pigments/"><span class="title">« Prev</span><br><span>${hPrev}</span></a>
<a class="next" href="/notes/a-week-of-rain/"><span class="title">Next »</span><br><span>${hNext}</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x"
href="https://x.com/intent/tweet/?text=${encodeURIComponent(
  hTitle,
)}"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://miratolland.example/">Mira Tolland</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg viewBox="0 0 12 6"></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position");}</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout592-hugo-papermod-studio-note',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3],
  body: texts([hDesc, ...hIntro, ...hP1, ...hP2, ...hList, ...hOutro]),
  bylines: ['January 18, 2027 · 3 min · Mira Tolland'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mira Tolland', ...hNav, 'Home', 'Table of Contents', ...hTags, '« Prev', hPrev, 'Next »', hNext, '© 2027 Mira Tolland',
    'Powered by Hugo & PaperMod',
  ],
};

const tTitle = 'Ansel Pardoe: Recent Watercolours';
const tDates = '2 May to 31 May 2027';
const tIntro = [
  j(
    "We are delighted to welcome back Ansel Pardoe for his fourth exhibition at the gallery. This year's paintings were made",
    'on the coast between Saltby and Crail Head during a wet spring, and many were started in the car with the windows down.',
  ),
  j(
    'Ansel paints quickly, on heavy rough paper, and leaves a great deal of white. Several of the larger sheets were finished',
    'in the studio from small sketches made on the spot. All works are framed in limed oak with a double mount.',
  ),
];
const tRows: string[][] = [
  ['1', 'Saltby Harbour, Low Water', '38 x 56 cm', '£650'],
  ['2', 'Rain over Crail Head', '28 x 38 cm', 'SOLD'],
  ['3', 'Boats Drawn Up, Evening', '38 x 56 cm', '£650'],
  ['4', 'The Long Beach, April', '56 x 76 cm', '£1,150'],
  ['5', 'Lobster Creels', '20 x 28 cm', '£340'],
  ['6', 'Squall Coming In', '28 x 38 cm', '£480'],
  ['7', 'Sea Wall, Saltby', '38 x 56 cm', 'SOLD'],
  ['8', 'Lifeboat Slipway', '20 x 28 cm', '£340'],
];
const tOutro = [
  j(
    'Works may be reserved by telephone on 01632 960 412. We are happy to send further photographs of any painting by e-mail.',
    'Paintings may be taken away at the time of purchase.',
  ),
];
const tNav = ['Home', 'Current Exhibition', 'Forthcoming', 'Artists', 'Framing', 'Find Us'];
const tNavHtml = tNav
  .map(
    (t, i) => `<tr><td height="26" background="images/navbg.gif"><font face="Verdana, Arial, Helvetica, sans-serif" size="2">&nbsp;&nbsp;<a
href="${t.toLowerCase().replace(/ /g, '')}.htm" class="navlink" onMouseOut="MM_swapImgRestore()"
onMouseOver="MM_swapImage('n${i}','','images/dot_on.gif',1)"><img
src="images/dot.gif" name="n${i}" width="8" height="8" border="0">&nbsp;${t}</a></font></td></tr>`,
  )
  .join('\n');
const tF = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Marchbank Gallery - Current Exhibition</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="gallery, watercolours, paintings, Saltby, art, framing, Ansel Pardoe">
<meta name="description" content="Marchbank Gallery, Saltby. Paintings, prints and picture framing since 1987.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }
//--></script><style type="text/css">
.navlink { color: #4a3b22; text-decoration: none; } .small { font-size: 10px; color: #777777; }
</style></head>
<body bgcolor="#f4efe4" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#ffffff">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Marchbank Gallery, Saltby"></td></tr>
<tr><td width="170" valign="top" bgcolor="#e8e0cf"><table width="170" border="0" cellpadding="0" cellspacing="0">
${tNavHtml}
<tr><td>&nbsp;</td></tr>
<tr><td align="center"><font face="Verdana, Arial" size="1">Open Tues - Sat<br>10.00 - 5.00<br>Sun 12.00 - 4.00</font></td></tr>
<tr><td>&nbsp;</td></tr>
<tr><td align="center"><font face="Verdana, Arial" size="1">You are visitor no.<br><img src="/cgi-bin/counter.pl?df=marchbank.dat"
alt="counter"></font></td></tr></table></td>
<td width="590" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Georgia, Times New Roman, serif" size="5" color="#4a3b22"><b>${tTitle}</b></font><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><i>${tDates}</i></font>
<p>${tF(tIntro[0] ?? '')}</p>
<p align="center"><img src="images/pardoe_2027.jpg" width="400" height="286" border="1" alt="Saltby Harbour"><br>
<font face="Verdana, Arial" size="1">Saltby Harbour, Low Water (no. 1)</font></p>
<p>${tF(tIntro[1] ?? '')}</p>
<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#cccccc">
<tr bgcolor="#d9d2c3"><th align="left">${tF('No.')}</th><th align="left">${tF('Title')}</th><th align="left">${tF('Size')}</th>
<th align="left">${tF('Price')}</th></tr>
${tRows.map((r) => tr(r.map(tF)).replace('<tr>', '<tr bgcolor="#ffffff">')).join('\n')}
</table>
<p>${tF(tOutro[0] ?? '')}</p>
<p align="center">${tF(`<a href="forthcoming.htm">&lt;&lt; Forthcoming exhibitions</a> |
<a href="artists.htm#pardoe">More about Ansel Pardoe &gt;&gt;</a>`)}</p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#4a3b22" align="center"><font face="Verdana, Arial" size="1" color="#ffffff">Marchbank Gallery, 7 Quay Street, Saltby
&nbsp;|&nbsp; Tel. 01632 960 412 &nbsp;|&nbsp; <a href="mailto:info@marchbankgallery.example"><font color="#ffffff">info@marchbankgallery.example</font></a><br>
&copy; Marchbank Gallery 2003-2027. Last updated 28/04/2027</font></td></tr></table>
<p align="center" class="small">Site best viewed at 800 x 600</p></body></html>`;
const oldTable: TestPage = {
  name: 'heldout592-table-layout-exhibition-prices',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([tDates, ...tIntro, ...tRows.map(rowText), ...tOutro]),
  bylines: ['Last updated 28/04/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Open Tues - Sat', '10.00 - 5.00', 'Sun 12.00 - 4.00', 'You are visitor no.', 'Saltby Harbour, Low Water (no. 1)',
    '<< Forthcoming exhibitions', 'More about Ansel Pardoe >>', 'Marchbank Gallery, 7 Quay Street, Saltby', 'Tel. 01632 960 412',
    'info@marchbankgallery.example', '© Marchbank Gallery 2003-2027.', 'Site best viewed at 800 x 600',
  ],
};

export const HELDOUT592_E: readonly TestPage[] = [hugo, oldTable];
