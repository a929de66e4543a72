import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout509-kit.js';

/**
 * Held-out batch 509, file f: a landscape designer's project case study on Next.js (App Router, Tailwind classes, flight
 * data scripts) with a facts panel, captions, a client quote and a next-project card, and a one-man architect's practice page
 * in an old table layout (spacer GIFs, font tags, a visitor counter).
 */
const nTitle = 'A courtyard garden for a Georgian townhouse';
const nDek = 'Clifton, Bristol · Completed 2025';
const nSecs = [
  {
    h: 'The site',
    ps: [
      j(
        'Behind a Grade II listed terrace house, the courtyard measured just nine metres by six and sat a full storey below the street.',
        'It was paved in cracked concrete, shaded by a neighbour’s sycamore for most of the afternoon and reached only through the',
        'basement kitchen.',
      ),
      j(
        'Our clients wanted somewhere to eat outside in summer, a view from the kitchen in winter and, in their words, “something green',
        'that does not need us”.',
      ),
    ],
  },
  {
    h: 'The design',
    ps: [
      j(
        'We lifted the concrete and laid reclaimed Pennant sandstone flags, the same stone as the house, across the centre of the',
        'courtyard. Around the edges, raised beds of the same stone hold a shade planting of ferns, hellebores, Japanese forest grass',
        'and a multi-stemmed amelanchier that catches the little sun there is.',
      ),
      j(
        'A shallow rill runs along the back wall and drops into a stone basin, so that the sound of water masks the traffic on the',
        'hill. Low lighting in the beds and under the bench makes the garden part of the kitchen after dark.',
      ),
    ],
  },
  {
    h: 'Working with a listed building',
    ps: [
      j(
        'Because the boundary walls are part of the listing, nothing could be fixed into them. The trellis and the lights stand on',
        'their own posts, set a few centimetres clear of the old brick, and the rill is lined separately from the wall behind it.',
      ),
    ],
  },
];
const nQuote = '“We eat out there from April to October now. It feels twice the size it did.”';
const nQuoteBy = '— The owners';
const nFacts = ['Area', '54 m²', 'Build', 'Stonewood Landscapes', 'Duration', '7 weeks on site'];
const nNav = ['Projects', 'Services', 'Studio', 'Journal'];
const nCaps = ['The rill and stone basin along the back wall', 'Ferns and hellebores in the raised beds'];
const nSecHtml = nSecs
  .map(
    (s) => `<section class="mx-auto max-w-2xl px-6 py-10"><h2 class="font-serif text-2xl text-stone-900">${s.h}</h2><div class="prose prose-stone mt-4">
${s.ps.map((p) => `<p>${p}</p>`).join('\n')}</div></section>`,
  )
  .join('\n');
const nFig = (c: string, i: number): string => `<figure class="mx-auto max-w-5xl px-6"><img alt="" loading="lazy" width="1600" height="1067" decoding="async"
data-nimg="1" class="w-full rounded-sm" srcSet="/_next/image?url=%2Fimages%2Fclifton-${i}.jpg&amp;w=1920&amp;q=75 1x"
src="/_next/image?url=%2Fimages%2Fclifton-${i}.jpg&amp;w=3840&amp;q=75"/>
<figcaption class="mt-2 text-sm text-stone-500">${c}</figcaption></figure>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_8f2c1a __variable_3b9e0d"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font"
crossorigin="" type="font/woff2"/><link rel="stylesheet" href="/_next/static/css/6b1e0d2c9a4f.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-5a1c7e3b2d.js"/>
<script src="/_next/static/chunks/fd9d1056-2f0c8a1e.js" async=""></script><script src="/_next/static/chunks/main-app-0e4d3c.js" async=""></script>
<title>${nTitle} | Verity Oakes Landscape Design</title><meta name="description" content="A shaded basement courtyard in Clifton becomes an outdoor room."/>
<meta property="og:title" content="${nTitle}"/><meta property="og:type" content="article"/><link rel="icon" href="/favicon.ico" type="image/x-icon"
sizes="16x16"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${nTitle}",
"creator":{"@type":"Organization","name":"Verity Oakes Landscape Design"}}</script>
<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script></head>
<body class="bg-stone-50 font-sans text-stone-800 antialiased"><a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<div class="flex min-h-screen flex-col"><header class="sticky top-0 z-40 border-b border-stone-200 bg-stone-50/90 backdrop-blur"><div class="mx-auto flex
max-w-6xl items-center justify-between px-6 py-4"><a class="font-serif text-lg tracking-wide" href="/">Verity Oakes</a><nav aria-label="Main"><ul
class="hidden gap-8 md:flex">
${nNav.map((n) => `<li><a class="text-sm uppercase tracking-widest hover:text-moss-700" href="/${n.toLowerCase()}">${n}</a></li>`).join('')}</ul>
<button type="button" class="md:hidden" aria-label="Open menu" aria-expanded="false"><svg width="24" height="24"
viewBox="0 0 24 24"></svg></button></nav></div></header>
<main id="main" class="flex-1"><!--$--><article><header class="mx-auto max-w-3xl px-6 pt-16 text-center"><p
class="text-xs uppercase tracking-[0.3em] text-moss-700">Case study</p>
<h1 class="mt-4 font-serif text-4xl md:text-5xl">${nTitle}</h1><p class="mt-4 text-stone-500">${nDek}</p></header>
${nFig(nCaps[0] ?? '', 1)}
<dl class="mx-auto mt-10 grid max-w-2xl grid-cols-3 gap-4 border-y border-stone-200 px-6 py-6 text-sm">${[0, 2, 4]
  .map((i) => `<div><dt class="text-stone-500">${nFacts[i]}</dt><dd class="mt-1">${nFacts[i + 1]}</dd></div>`)
  .join('')}</dl>
${nSecHtml}
<blockquote class="mx-auto max-w-2xl px-6 py-8 font-serif text-2xl italic"><p>${nQuote}</p><footer
class="mt-3 text-sm not-italic text-stone-500">${nQuoteBy}</footer>
</blockquote>
${nFig(nCaps[1] ?? '', 2)}</article>
<aside class="mx-auto mt-16 max-w-6xl border-t border-stone-200 px-6 py-12"><p class="text-xs uppercase tracking-[0.3em] text-stone-500">Next project</p>
<a class="group mt-3 block" href="/projects/orchard-house"><h3 class="font-serif text-2xl group-hover:underline">A walled kitchen garden at Orchard House</h3>
<p class="mt-1 text-stone-500">Chew Valley, Somerset</p></a></aside><!--/$--></main>
<footer class="border-t border-stone-200 bg-stone-100"><div class="mx-auto grid max-w-6xl gap-8 px-6 py-12 md:grid-cols-3"><div><p
class="font-serif">Verity Oakes
Landscape Design</p><p class="mt-2 text-sm">Studio 4, Paintworks, Bristol BS4 3EH</p></div><div><p class="text-sm">Enquiries: studio@verityoakes.co.uk</p></div>
<div><p class="text-sm">© 2026 Verity Oakes Ltd</p></div></div></footer></div>
<script src="/_next/static/chunks/webpack-5a1c7e3b2d.js"
async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/6b1e0d2c9a4f.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push(
[1,"6:[\\"$\\",\\"h1\\",null,{\\"className\\":\\"mt-4 font-serif text-4xl md:text-5xl\\",\\"children\\":\\"${nTitle}\\"}]\\n"])</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout509-nextjs-courtyard-case-study',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nSecs.map((s) => s.h),
  body: texts([nDek, ...nSecs.flatMap((s) => s.ps), nQuote, nQuoteBy]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Verity Oakes', ...nNav, 'Case study', ...nCaps, ...nFacts, 'Next project', 'A walled kitchen garden at Orchard House',
    'Chew Valley, Somerset', 'Verity Oakes Landscape Design',
    'Studio 4, Paintworks, Bristol BS4 3EH', 'Enquiries: studio@verityoakes.co.uk', '© 2026 Verity Oakes Ltd',
  ],
};

const tTitle = 'Conservation and listed buildings';
const tParas = [
  j(
    'Much of the practice’s work is on historic buildings in and around Ludlow, from timber-framed town houses to farm buildings and',
    'chapels. I have been accredited in building conservation since 1998.',
  ),
  j(
    'I can prepare listed building consent applications, heritage statements and schedules of repair, and supervise work on site. I',
    'work closely with the district conservation officer and with local craftsmen in lime, oak and stone.',
  ),
  'Please telephone for an initial visit, which is free of charge within fifteen miles of Ludlow.',
];
const tNav = ['Home', 'About the practice', 'New houses', 'Conservation', 'Extensions', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>J. R. Pellow RIBA - Chartered Architect - Conservation</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords"
content="architect, Ludlow, Shropshire, listed buildings, conservation">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><link href="style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120"
alt="J. R. Pellow RIBA Chartered Architect"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8E4D8"><img src="images/spacer.gif" width="160" height="10"><br>
<table width="150" border="0" cellspacing="0" cellpadding="4">
${tNav.map((n) => `<tr><td class="nav"><a href="${n.toLowerCase().replace(/ /g, '')}.htm" class="navlink">${n}</a></td></tr>`).join('\n')}
</table><br><center><font face="Verdana, Arial" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?page=cons"
alt="counter"> 004211</font></center></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td class="bodytext">
<font face="Georgia, Times New Roman" size="5" color="#5A4A2A"><b>${tTitle}</b></font><br><br>
<img src="images/cons1.jpg" width="260" height="190" align="right" hspace="8" vspace="4" alt="Timber-framed house">
<font face="Verdana, Arial" size="2">${tParas.map((p) => `${p}<br><br>`).join('\n')}</font>
<font face="Verdana, Arial" size="1"><i>Above: repairs to a timber-framed house in Corve Street.</i></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#5A4A2A" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">J. R. Pellow RIBA, 7 Mill Street, Ludlow SY8 1BB
&nbsp;|&nbsp; Tel. 01584 872 106 &nbsp;|&nbsp; <a href="mailto:jrp@pellow-architect.co.uk"><font
color="#FFFFFF">jrp@pellow-architect.co.uk</font></a></font></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana, Arial" size="1" color="#999999">Last updated 14/03/2011</font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout509-table-layout-conservation',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tParas),
  bylines: ['Last updated 14/03/2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'You are visitor number', '004211', 'Above: repairs to a timber-framed house in Corve Street.',
    'J. R. Pellow RIBA, 7 Mill Street, Ludlow SY8 1BB | Tel. 01584 872 106 | jrp@pellow-architect.co.uk',
  ],
};

export const HELDOUT509_F: readonly TestPage[] = [nextjs, tableLayout];
