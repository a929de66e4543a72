import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, tr } from './pages-heldout604-kit.js';

/**
 * Held-out batch 604, file f: a wine magazine's review of a winery's new releases on a Next.js site (App Router, Tailwind
 * classes, streamed RSC payload), and a family wine merchant's monthly newsletter page in an old table layout.
 */
const nTitle = 'Pellory Estate\u2019s new releases show a winery finding its feet';
const nDek = 'The 2023 reds from the young Wairau Heights producer are its most convincing yet.';
const nBody = [
  j(
    'Pellory Estate is only eight vintages old, and until now its wines have felt like a work in progress: well made, but careful.',
    'The three 2023 reds released this month are different. They have a confidence that the earlier wines lacked.',
  ),
  j(
    'Winemaker Isla Brennock has pulled back on new oak across the range and picked earlier, and the wines are better for it.',
    'The Pinot Noir in particular now tastes of the site, a cool, windy ridge above the Wairau Heights village, rather than of the barrel.',
  ),
  'The wines',
  j(
    '<strong>Pellory Estate Pinot Noir 2023 (93 points, $48).</strong> Red plum, thyme and a little smoke. Fine, lacy tannins and',
    'a long, saline finish. Drink now to 2031.',
  ),
  j('<strong>Pellory Estate Syrah 2023 (91 points, $42).</strong> Peppery and bright, with blackcurrant and olive. Medium-bodied', 'and very drinkable now.'),
  j(
    '<strong>Pellory "Ridge" Pinot Noir 2023 (95 points, $85).</strong> The best wine the estate has made. Darker and denser than',
    'the estate wine, with a savoury core and great length. Give it three years.',
  ),
  'The verdict',
  j(
    'At these prices the estate Pinot is one of the better buys in the region this year. Only 600 bottles of the Ridge were made,',
    'and the winery is selling them to its mailing list first.',
  ),
];
const nNav = ['Reviews', 'News', 'Regions', 'Features', 'Podcast'];
const nTrend = ['The best rosés under $25', 'Inside a cork forest', 'Why sparkling Riesling is back'];
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_3a0388 __variable_c3aa02"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/_next/static/css/8c2b1f0d3e7a.css" data-precedence="next">
<link rel="preload" as="script" fetchpriority="low" href="/_next/static/chunks/webpack-5b2e1f.js"><script src="/_next/static/chunks/main-app-9a0c.js" async>
</script>
<title>${nTitle} | The Cellar Sheet</title><meta name="description" content="${nDek}"><meta property="og:type" content="article">
<meta name="author" content="Callum Fraine"><meta property="article:published_time" content="2025-05-06T07:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"${nTitle}","author":{"@type":"Person",
"name":"Callum Fraine"}}</script></head>
<body class="bg-stone-50 text-stone-900 antialiased"><a href="#content" class="sr-only focus:not-sr-only">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-stone-200 bg-white/90 backdrop-blur">
<div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a class="font-serif text-2xl font-bold tracking-tight" href="/">The Cellar Sheet</a><nav class="hidden gap-6 md:flex">${nNav
  .map((t) => `<a class="text-sm font-medium hover:text-rose-800" href="/${t.toLowerCase()}">${t}</a>`)
  .join('')}</nav><div class="flex items-center gap-3"><button type="button" aria-label="Search" class="rounded-full p-2"><svg class="h-5 w-5"></svg></button>
<a class="rounded-full bg-rose-900 px-4 py-1.5 text-sm font-semibold text-white" href="/subscribe">Subscribe</a></div></div></header>
<main id="content" class="mx-auto max-w-6xl px-4 py-10"><div class="grid gap-12 lg:grid-cols-[1fr_300px]"><article class="prose prose-stone max-w-none">
<nav aria-label="Breadcrumb" class="not-prose mb-4 text-xs uppercase tracking-widest text-rose-900">
<a href="/reviews">Reviews</a> / <a href="/regions/marlborough">Marlborough</a></nav>
<h1 class="font-serif text-4xl leading-tight">${nTitle}</h1><p class="lead text-xl text-stone-600">${nDek}</p>
<div class="not-prose mt-6 flex items-center gap-3 border-y border-stone-200 py-3 text-sm"><img alt="" loading="lazy" width="40" height="40" decoding="async"
class="rounded-full" src="/_next/image?url=%2Fauthors%2Fcf.jpg&amp;w=96&amp;q=75"><div>
<p class="font-semibold">By <a href="/authors/callum-fraine">Callum Fraine</a></p>
<p class="text-stone-500"><time dateTime="2025-05-06T07:00:00.000Z">May 6, 2025</time></p></div><div class="ml-auto flex gap-2">
<button aria-label="Share on Facebook"
class="rounded-full border p-2"></button><button aria-label="Copy link" class="rounded-full border p-2"></button></div></div>
${ps(nBody.slice(0, 2))}
<h2>${at(nBody, 2)}</h2>
${ps(nBody.slice(3, 6))}
<div class="not-prose my-8 rounded-lg bg-rose-50 p-6"><p class="text-sm font-semibold uppercase tracking-wide text-rose-900">Newsletter</p>
<p class="mt-1 text-lg">Get our weekly top ten wines, free.</p><form class="mt-3 flex gap-2"><input type="email" placeholder="you@example.com"
class="flex-1 rounded border px-3">
<button class="rounded bg-rose-900 px-4 py-2 text-white">Sign up</button></form></div>
<h2>${at(nBody, 6)}</h2>
${ps([at(nBody, 7)])}
</article><aside class="space-y-6"><section><h2 class="font-serif text-lg font-bold">Trending</h2><ol class="mt-3 space-y-3 text-sm">
${links(nTrend, 'border-b pb-3')}</ol></section><div class="rounded bg-stone-200 p-4 text-center text-xs text-stone-500">Advertisement</div></aside></div>
</main>
<footer class="mt-16 bg-stone-900 py-10 text-stone-300"><div class="mx-auto max-w-6xl px-4 text-sm"><p>© 2025 The Cellar Sheet Ltd.</p>
<ul class="mt-2 flex gap-4">${links(['About', 'Advertise', 'Privacy', 'Terms'])}</ul></div></footer>
<script src="/_next/static/chunks/app/reviews/%5Bslug%5D/page-1d2e.js" async></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/8c2b1f0d3e7a.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"2:[\\"$\\",\\"article\\",null,{\\"children\\":\\"${nDek}\\"}]\\n"])</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout604-nextjs-release-review',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [at(nBody, 2), at(nBody, 6)],
  body: texts([nDek, ...nBody.filter((_, i) => i !== 2 && i !== 6)]),
  bylines: ['By Callum Fraine', 'May 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Cellar Sheet', ...nNav, 'Subscribe', 'Marlborough', 'Newsletter', 'Get our weekly top ten wines, free.', 'Sign up', 'Trending',
    ...nTrend, 'Advertisement', '© 2025 The Cellar Sheet Ltd.', 'About', 'Advertise', 'Privacy', 'Terms',
  ],
};

const tTitle = 'Newsletter No. 214 - Autumn Bin End Sale';
const tBody = [
  j(
    'Dear Customers, the shop is bursting at the seams again, and before the Christmas stock arrives we need to clear the back',
    "room. Below are this autumn's bin ends: odd cases, last few bottles and a couple of wines we simply bought too much of.",
  ),
  j(
    'All prices are per bottle and include VAT. Mixed cases of twelve earn the usual 10% discount on top. Stocks are limited, so',
    'please telephone or call in rather than waiting for the order form to reach us by post.',
  ),
  'Chateau Les Barres, Bordeaux Superieur 2019',
  '£9.50',
  '18 bottles',
  'Bodega Arnal, Rioja Crianza 2018',
  '£11.25',
  '9 bottles',
  'Weingut Strohm, Riesling Kabinett 2021',
  '£12.95',
  '24 bottles',
  j(
    'Our Thursday evening tastings start again on 2nd October, 6pm until 8pm, £5 refundable against any purchase. This month we',
    'are opening the Strohm Riesling and three wines from the Languedoc.',
  ),
  'With best wishes from all of us at the shop, Gordon and Elspeth Ferrier',
];
const tSide = ['Home', 'Wine List', 'Newsletters', 'How to Find Us', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Ferrier's Wine Shop - Newsletter 214</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="wine, wine shop, bin ends, Kirkmuir, wine merchant"><link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#F4EFE4" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Ferrier's Wine Shop, Kirkmuir"></td></tr>
<tr><td colspan="2" bgcolor="#5B1A2A" class="topbar"><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;Independent wine merchants since 1962
&nbsp;|&nbsp; 14 Market Wynd, Kirkmuir &nbsp;|&nbsp; Tel. 01577 862 310</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#EDE3CF" class="leftnav"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tSide.map((t) => `<tr><td class="navcell"><a href="${t.toLowerCase().replace(/ /g, '_')}.htm" class="nav">${t}</a></td></tr>`).join('\n')}
<tr><td><br><font size="1" face="Verdana">Opening hours:<br>Mon-Sat 9.30-6<br>Closed Sundays</font></td></tr></table></td>
<td width="620" valign="top" class="main"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<h1 class="title">${tTitle}</h1><p class="date"><font size="1" face="Verdana" color="#888888">September 2008</font></p>
<p><font face="Georgia, Times New Roman" size="2">${at(tBody, 0)}</font></p>
<p><font face="Georgia, Times New Roman" size="2">${at(tBody, 1)}</font></p>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCBBAA"><tr bgcolor="#5B1A2A"><td><font color="#FFFFFF"><b>Wine</b></font></td>
<td><font color="#FFFFFF"><b>Price</b></font></td><td><font color="#FFFFFF"><b>Left</b></font></td></tr>
${tr(tBody.slice(2, 5))}
${tr(tBody.slice(5, 8))}
${tr(tBody.slice(8, 11))}
</table>
<p><font face="Georgia, Times New Roman" size="2">${at(tBody, 11)}</font></p>
<p><font face="Georgia, Times New Roman" size="2"><i>${at(tBody, 12)}</i></font></p>
<p align="center"><a href="newsletter213.htm">&lt;&lt; Previous newsletter</a> | <a href="newsletters.htm">All newsletters</a></p>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#5B1A2A"><font face="Verdana" size="1" color="#FFFFFF">&copy; Ferrier's Wine Shop 2008. We do not sell
alcohol to persons under 18.<br>Site by KirkWeb Design</font></td></tr></table>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));</script></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout604-table-layout-newsletter',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: ['September 2008'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Independent wine merchants since 1962 | 14 Market Wynd, Kirkmuir | Tel. 01577 862 310', 'Home', 'Wine List', 'Newsletters',
    'How to Find Us', 'Contact', 'Opening hours:', 'Mon-Sat 9.30-6', 'Closed Sundays', '<< Previous newsletter | All newsletters',
    "© Ferrier's Wine Shop 2008. We do not sell alcohol to persons under 18.", 'Site by KirkWeb Design',
  ],
};

export const HELDOUT604_F: readonly TestPage[] = [nextjs, tableLayout];
