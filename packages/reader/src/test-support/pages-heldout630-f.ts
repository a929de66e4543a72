import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page, row, trs } from './pages-heldout630-kit.js';

/**
 * Held-out batch 630, file f: a personal tea blog post on Hugo (PaperMod theme) with a table of contents and a ratio table,
 * and an old table-layout herb shop page (herb of the month) with a left menu column and a hit counter.
 */
const hTitle = 'Cold-brewing green tea: ratios that actually work';
const hH = ['The basic method', 'Ratios by tea', 'Troubleshooting'];
const hIntro = [
  j(
    'Cold brewing is the easiest way I know to make green tea taste sweet. Cold water pulls out the amino acids that give green tea',
    'its savoury, brothy side while leaving most of the bitter catechins behind, so even a cheap sencha comes out smooth.',
  ),
  'After two summers of jars lined up in the fridge, these are the numbers I keep coming back to.',
];
const hSteps = [
  'Put the leaves in a clean jar or bottle.',
  'Add cold, filtered water and close the lid.',
  'Leave it in the fridge for the time in the table below.',
  'Strain, and drink within two days.',
];
const hRows = [
  ['Sencha', '10 g per litre', '3 to 4 hours'],
  ['Gyokuro', '15 g per litre', '6 hours'],
  ['Dragon Well', '8 g per litre', '6 to 8 hours'],
  ['Genmaicha', '12 g per litre', '4 hours'],
];
const hTrouble = [
  j(
    'If it tastes flat, use more leaf rather than more time; long brews past about ten hours start to taste stewed. If it is bitter,',
    'your water may be too warm, or the leaf broken into dust, as in some tea bags.',
  ),
  'Cloudiness is normal for Japanese greens and does not mean anything has gone wrong.',
];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.125.4"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Second Steep</title>
<meta name="keywords" content="green tea, cold brew">
<meta name="description" content="Leaf amounts and times for cold-brewed sencha, gyokuro, Dragon Well and genmaicha.">
<meta name="author" content="Milo Trask"><link rel="canonical" href="https://secondsteep.net/posts/cold-brew-green-tea/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css" integrity="sha256-tgnF..." rel="preload stylesheet" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-06-21T00:00:00Z",
"wordCount":"412","author":[{"@type":"Person","name":"Milo Trask"}],"publisher":{"@type":"Organization","name":"Second Steep"}}</script>
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://secondsteep.net/" accesskey="h" title="Second Steep (Alt + H)">Second Steep</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18">
</svg>
</button></div></div><ul id="menu"><li><a href="/archives/" title="Archive"><span>Archive</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a>
</li>
<li><a href="/search/" title="Search (Alt + /)" accesskey="/"><span>Search</span></a></li></ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://secondsteep.net/">Home</a>&nbsp;»&nbsp;<a
href="https://secondsteep.net/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-meta"><span title='2026-06-21 00:00:00 +0000 UTC'>June 21, 2026</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Milo Trask</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>${hH
  .map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`)
  .join('')}</ul></div></details></div>
<div class="post-content">${ps(hIntro)}
<h2 id="the-basic-method">${at(hH, 0)}<a hidden class="anchor" aria-hidden="true" href="#the-basic-method">#</a></h2><ol>${lis(hSteps)}</ol>
<h2 id="ratios-by-tea">${at(hH, 1)}<a hidden class="anchor" aria-hidden="true" href="#ratios-by-tea">#</a></h2>
<table><thead><tr><th>Tea</th><th>Leaf</th><th>Time in fridge</th></tr></thead><tbody>${trs(hRows)}</tbody></table>
<h2 id="troubleshooting">${at(hH, 2)}<a hidden class="anchor" aria-hidden="true" href="#troubleshooting">#</a></h2>${ps(hTrouble)}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://secondsteep.net/tags/green-tea/">Green Tea</a></li><li>
<a href="https://secondsteep.net/tags/cold-brew/">
Cold Brew</a></li></ul><nav class="paginav"><a class="prev" href="https://secondsteep.net/posts/yixing-first-year/"><span class="title">« Prev</span><br>
<span>A year with one yixing pot</span></a><a class="next" href="https://secondsteep.net/posts/water-for-tea/"><span class="title">Next »</span><br>
<span>Does your water matter? A tap-water tasting</span></a></nav><ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer"
aria-label="share Cold-brewing green tea on x" href="https://x.com/intent/tweet/?text=Cold-brewing"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg>
</a></li>
</ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://secondsteep.net/">Second Steep</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
</span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6"></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = page({
  name: 'heldout630-hugo-papermod-cold-brew',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, ...hSteps, ...hRows.map(row), ...hTrouble]),
  bylines: ['June 21, 2026', 'Milo Trask'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Second Steep', 'Archive', 'Tags', 'Search', 'Home', '»', 'Posts', '2 min', 'Table of Contents', 'Green Tea', 'Cold Brew', '« Prev',
    'A year with one yixing pot', 'Next »', 'Does your water matter? A tap-water tasting', '© 2026 Second Steep', 'Powered by Hugo & PaperMod',
  ],
});

const tTitle = 'Herb of the Month: Elderflower';
const tP = [
  j(
    'June is elderflower month here in the Weald. The creamy flat heads of <i>Sambucus nigra</i> are everywhere along the lanes,',
    'and for three or four weeks they are the best thing in the hedgerow for a cooling, gently sweating tea.',
  ),
  j(
    'Pick the heads on a dry, sunny morning when the flowers are fully open and smell sweet, never musty. Shake off the insects,',
    'spread the heads on paper in an airy room, and rub the dried flowers off the stalks after a week.',
  ),
  j(
    'Our dried elderflower is picked on the farm and sold in 50g and 100g bags. Try it blended with peppermint and yarrow, the old',
    'country remedy for the first shivery night of a winter cold.',
  ),
];
const tTips = ['Use 1 to 2 teaspoons of dried flower to a cup of boiling water.', 'Cover and leave for 10 minutes before straining.', 'Add honey to taste.'];
const tNote = 'Please ask your doctor before using herbs if you are pregnant or taking medicines.';
const tMenu = ['Home', 'Dried Herbs', 'Tea Blends', 'Herb of the Month', 'How to Order', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Meadowsweet Herb Company - Herb of the Month</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="herbs, dried herbs, elderflower, herbal tea, Weald">
<meta name="description" content="Herb of the month from Meadowsweet Herb Company.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><link href="styles.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#F4F1E6" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td colspan="3"><img src="images/header.jpg" width="760"
height="120" alt="Meadowsweet Herb Company - Growers of Fine Dried Herbs"></td></tr>
<tr><td colspan="3" bgcolor="#5B7F3A" height="22" align="right"><font face="Verdana, Arial" size="1" color="#FFFFFF">Growers of fine dried herbs since 1987
&nbsp;</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6EDD8"><img src="images/spacer.gif" width="160" height="10"><br>
<table width="150" border="0" cellspacing="0" cellpadding="4" align="center">${tMenu
  .map(
    (t) =>
      `<tr><td class="navlink"><font face="Verdana, Arial" size="2"><b>&#187;</b> <a href="${t.toLowerCase().replace(/ /g, '')}.html">${t}</a></font></td>
</tr>`,
  )
  .join('\n')}</table><br><div align="center"><font face="Verdana" size="1">Call us on<br><b>01892 770 418</b></font></div><br>
<div align="center"><img src="images/secure_order.gif" width="120" height="60" alt="Secure ordering"></div></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="590" valign="top"><br><font face="Georgia, Times New Roman" size="5" color="#5B7F3A"><b>${tTitle}</b></font><br><br>
<img src="images/elderflower.jpg" width="200" height="150" align="right" hspace="8" vspace="4" alt="Elderflower heads">
<font face="Verdana, Arial" size="2">${tP.map((p) => `<p>${p}</p>`).join('\n')}
<p><b>How to make elderflower tea</b></p><ul>${lis(tTips)}</ul>
<p><font size="1" color="#666666"><i>${tNote}</i></font></p>
<p><a href="driedherbs.html#elder"><img src="images/buy_now.gif" width="88" height="24" border="0" alt="Buy elderflower"></a></p></font>
<hr size="1" noshade color="#CCCCCC"><font face="Verdana, Arial" size="1"><a href="herbmonth_may.html">&lt;&lt; Last month: Nettle</a> | <a href="archive.html">
All herbs of the month</a></font><br><br></td></tr>
<tr><td colspan="3" bgcolor="#5B7F3A" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; 2004 Meadowsweet Herb Company, Bramble Farm,
Hawkhurst Lane<br>Page last updated 28 May 2004</font><br>
<img src="http://counter.webhits.net/cgi-bin/counter?id=mhc&amp;dig=green" alt="hit counter" border="0">
</td></tr></table></body></html>`;
const tables: TestPage = page({
  name: 'heldout630-table-layout-elderflower',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tP, 'How to make elderflower tea', ...tTips, tNote]),
  bylines: ['Page last updated 28 May 2004'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Growers of fine dried herbs since 1987', '»', ...tMenu, 'Call us on', '01892 770 418', '<< Last month: Nettle', '|', 'All herbs of the month',
    '© 2004 Meadowsweet Herb Company, Bramble Farm, Hawkhurst Lane',
  ],
});

export const HELDOUT630_F: readonly TestPage[] = [hugo, tables];
