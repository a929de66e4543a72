import { links, ps, type TestPage } from './page-kit.js';
import { gold, j, lis, rowText, tr } from './pages-heldout515-kit.js';

/**
 * Held-out batch 515, file f: a family window cleaner's prices page on an old hand-written table layout (FrontPage-era
 * markup, a left link column and a hit counter), and a rat guide on a pest control firm's Hugo site (a docs-style theme
 * with a sidebar menu, a "on this page" list and previous / next links).
 */
const tTitle = 'Our Prices';
const tIntro = [
  j(
    'All prices are for a standard clean of the outside glass, frames and sills, every 4 weeks. Insides are done on request',
    'and charged at the same price again. First cleans are charged at double the normal price if windows have not been done for',
    'over 6 months.',
  ),
];
const tRows = [
  ['2 bed terrace', '£12', '£14'],
  ['3 bed semi', '£15', '£18'],
  ['4 bed detached', '£22', '£26'],
  ['Bungalow', '£12', '£15'],
  ['Conservatory (glass only)', '£8', '£10'],
];
const tAfter = [
  'Payment can be made by cash on the day, bank transfer or standing order. We leave a card through the door when we have been.',
  'Gutter clearing and fascia cleaning also available - please ring for a price.',
];
const tSide = ['Home', 'Our Prices', 'Where We Clean', 'Gutters & Fascias', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>D. Haskins &amp; Son Window Cleaning - Prices</title>
<meta name="keywords" content="window cleaner, Pellingham, window cleaning, gutters, conservatory">
<style>body { font-family: Verdana, Arial; font-size: 10pt; } .side a { color: #003399; font-weight: bold; } td.price { text-align: right; }</style>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#E8F0FF" topmargin="0" leftmargin="0"><table border="0" width="780" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img border="0" src="images/banner.jpg" width="780" height="120" alt="D. Haskins &amp; Son Window Cleaning"></td></tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font color="#FFFFFF" size="2"><b>Fully insured &middot; Established 1987 &middot; Tel: 01632 960 755</b>
</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#CCDDFF" class="side"><br><ul>${links(tSide)}</ul>
<p align="center"><img src="images/fed-member.gif" width="100" height="60" alt="Federation of Window Cleaners member"></p>
<p align="center"><font size="1">You are visitor no.<br><img src="/cgi-bin/Count.cgi?df=haskins.dat" alt="counter"></font></p></td>
<td width="620" valign="top"><table border="0" width="100%" cellpadding="10"><tr><td>
<h1><font face="Verdana" color="#003399">${tTitle}</font></h1>
${ps(tIntro)}
<table border="1" cellpadding="4" cellspacing="0" width="90%" bordercolor="#003399">
<tr bgcolor="#CCDDFF"><td><b>Property</b></td><td><b>Outside only</b></td><td><b>With conservatory roof</b></td></tr>
${tRows.map(tr).join('\n')}
</table>
<p><font size="1"><i>Prices correct as of January 2024</i></font></p>
${ps(tAfter)}
<p align="center"><a href="contact.htm"><img src="images/book-now.gif" border="0" width="150" height="40" alt="Book Now"></a></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font color="#FFFFFF" size="1">&copy; D. Haskins &amp; Son 2004-2024 | 22 Fernley Road, Pellingham |
<a href="mailto:dave@haskinswindows.example"><font color="#FFFFFF">dave@haskinswindows.example</font></a></font></td></tr></table></body></html>`;
const tableLayout: TestPage = gold({
  name: 'heldout515-table-layout-window-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [...tIntro, ...tRows.map(rowText), ...tAfter],
  bylines: ['Prices correct as of January 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fully insured · Established 1987 · Tel: 01632 960 755', ...tSide, 'You are visitor no.',
    '© D. Haskins & Son 2004-2024 | 22 Fernley Road, Pellingham | dave@haskinswindows.example',
  ],
});

const uTitle = 'Brown Rats';
const uBody = [
  j(
    'The brown rat (<em>Rattus norvegicus</em>) is the rat you are most likely to meet in a house, garden or farm building. It',
    'lives close to people because we supply everything it needs: food, water and shelter.',
  ),
  'How to recognise a rat problem',
  'Droppings about 12mm long, dark and spindle-shaped, often in groups along a wall.',
  'Smear marks: greasy, dark lines where rats brush against walls and pipes.',
  'Burrows 6 to 9cm across under decking, sheds and compost bins.',
  'Gnawed cables, pipes and doors, and scratching in ceilings or under floors at night.',
  'Rats or mice?',
  j(
    'A young rat is often mistaken for a mouse, but it has a heavier head, larger feet and a thicker tail. Droppings are the',
    'easiest way to tell them apart: mouse droppings are only 3 to 6mm long.',
  ),
  'What we do',
  j(
    'On the first visit we survey the property, find where the rats are getting in and set tamper-resistant bait stations or',
    'traps. We come back after one and two weeks to check them and remove any bodies. Once activity has stopped, we proof the',
    'entry points with wire mesh, brush strips or concrete.',
  ),
  'Stopping them coming back',
  'Feed birds from a tray and take it in at night.',
  'Use a closed compost bin on a solid base.',
  'Keep drain covers and air bricks in good repair.',
  'Clear rubbish and log piles away from the walls.',
];
const uSide = ['Pest guides', 'Brown Rats', 'House Mice', 'Wasps', 'Bed Bugs', 'Fleas', 'Clothes Moths'];
const uToc = ['How to recognise a rat problem', 'Rats or mice?', 'What we do', 'Stopping them coming back'];
const uHtml = `<!doctype html><html lang="en-gb" dir="ltr"><head><meta name="generator" content="Hugo 0.124.1"><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="How to recognise brown rats, what a treatment involves and how to keep them out.">
<meta property="og:title" content="Brown Rats"><meta property="og:type" content="article"><meta property="article:section" content="guides">
<meta property="article:modified_time" content="2024-02-27T10:31:08+00:00"><title>Brown Rats | Kestrel Pest Control</title>
<link rel="stylesheet" href="/book.min.33a48f5432973b8ff9a82679d9e45d67f2c15d4399bd2829269455cfe390b5e8.css"
 integrity="sha256-M6SPVDKXO4/5qCZ52eRdZ/LBXUOZvSgpJpRVz+OQteg=" crossorigin="anonymous">
<script defer src="/flexsearch.min.js"></script><script defer src="/en.search.min.1f6e0c2b.js" integrity="sha256-H24MK6M=" crossorigin="anonymous"></script>
</head>
<body dir="ltr"><input type="checkbox" class="hidden toggle" id="menu-control"><input type="checkbox" class="hidden toggle" id="toc-control">
<main class="container flex"><aside class="book-menu"><div class="book-menu-content"><nav><h2 class="book-brand"><a class="flex align-center" href="/">
<img src="/logo.svg" alt="Logo"><span>Kestrel Pest Control</span></a></h2>
<div class="book-search hidden"><input type="text" id="book-search-input" placeholder="Search" aria-label="Search" maxlength="64" data-hotkeys="s/">
<div class="book-search-spinner hidden"></div><ul id="book-search-results"></ul></div>
<ul><li class="book-section-flat"><span>${uSide[0]}</span><ul>
${uSide
  .slice(1)
  .map((t) => `<li><a href="/guides/${t.toLowerCase().replace(/ /g, '-')}/"${t === uTitle ? ' class="active"' : ''}>${t}</a></li>`)
  .join('\n')}</ul></li>
<li><a href="/book/">Book a visit</a></li><li><a href="/prices/">Prices</a></li></ul></nav></div></aside>
<div class="book-page"><header class="book-header"><div class="flex align-center justify-between"><label for="menu-control">
<img src="/svg/menu.svg" class="book-icon" alt="Menu"></label>
<strong>${uTitle}</strong><label for="toc-control"><img src="/svg/toc.svg" class="book-icon" alt="Table of Contents"></label></div>
<aside class="hidden clearfix"><nav id="TableOfContents"><ul>${uToc.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></nav></aside></header>
<article class="markdown book-article"><h1 id="brown-rats">${uTitle}</h1>
<p>${uBody[0]}</p>
<h2 id="how-to-recognise-a-rat-problem">${uBody[1]}<a class="anchor" href="#how-to-recognise-a-rat-problem">#</a></h2><ul>${lis(uBody.slice(2, 6))}</ul>
<h2 id="rats-or-mice">${uBody[6]}<a class="anchor" href="#rats-or-mice">#</a></h2><p>${uBody[7]}</p>
<blockquote class="book-hint warning"><p>Never touch a dead rat with bare hands. Rats carry Weil’s disease, which is passed on through urine.</p></blockquote>
<h2 id="what-we-do">${uBody[8]}<a class="anchor" href="#what-we-do">#</a></h2><p>${uBody[9]}</p>
<h2 id="stopping-them-coming-back">${uBody[10]}<a class="anchor" href="#stopping-them-coming-back">#</a></h2><ul>${lis(uBody.slice(11))}</ul>
</article>
<footer class="book-footer"><div class="flex flex-wrap justify-between"><div>
<a class="flex align-center" href="https://github.com/kestrelpest/site/commits/main/content/guides/brown-rats.md" target="_blank" rel="noopener">
<img src="/svg/calendar.svg" class="book-icon" alt=""><span>February 27, 2024</span></a></div>
<div><a class="flex align-center" href="https://github.com/kestrelpest/site/edit/main/content/guides/brown-rats.md" target="_blank" rel="noopener">
<img src="/svg/edit.svg" class="book-icon" alt=""><span>Edit this page</span></a></div></div>
<div class="flex flex-wrap justify-between"><span><a href="/guides/" class="flex align-center"><img src="/svg/backward.svg" class="book-icon" alt="Previous">
<span>Pest guides</span></a></span>
<span><a href="/guides/house-mice/" class="flex align-center"><span>House Mice</span><img src="/svg/forward.svg" class="book-icon" alt="Next"></a></span></div>
<p class="book-copyright">© 2024 Kestrel Pest Control · Registered in Scotland SC612207 · 0131 496 0841</p></footer>
<label for="menu-control" class="hidden book-menu-overlay"></label></div>
<aside class="book-toc"><div class="book-toc-content"><nav id="TableOfContents"><ul>${uToc
  .map(
    (t) => `<li>
<a href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></nav></div></aside>
</main></body></html>`;
const hugo: TestPage = gold({
  name: 'heldout515-hugo-book-brown-rats',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: [uBody[1] ?? '', uBody[6] ?? '', uBody[8] ?? '', uBody[10] ?? ''],
  body: [
    ...uBody.filter((_, i) => ![1, 6, 8, 10].includes(i) && i < 8).map((t) => t.replace(/<[^>]+>/g, '')),
    'Never touch a dead rat with bare hands. Rats carry Weil’s disease, which is passed on through urine.',
    ...uBody.filter((_, i) => ![1, 6, 8, 10].includes(i) && i >= 8),
  ],
  bylines: ['February 27, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel Pest Control', ...uSide, 'Book a visit', 'Prices', 'Edit this page',
    '© 2024 Kestrel Pest Control · Registered in Scotland SC612207 · 0131 496 0841',
  ],
});

export const HELDOUT515_F: readonly TestPage[] = [tableLayout, hugo];
