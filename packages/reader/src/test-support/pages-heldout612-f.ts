import { ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowTexts, trs } from './pages-heldout612-kit.js';

/**
 * Held-out batch 612, file f: a family tiling firm's price list on an old FrontPage table layout (font tags, a side column of
 * links, a bordered price table, hit counter and "last updated" line), and a flooring maker's installation guide on a Next.js
 * App Router docs site (Tailwind classes, sidebar, breadcrumb, "On this page", feedback and previous / next links).
 */
const tTitle = 'Tiling Price List';
const tIntro = [
  j(
    'All prices below are for labour only and are per square metre unless stated. We are happy to supply tiles, adhesive and',
    'grout at trade price plus 10%, or you can buy your own and we will collect them for you.',
  ),
  'Minimum charge for any job is £180 (one day).',
];
const tRows = [
  ['Wall tiling, up to 300 x 600 mm', '£38 per m²'],
  ['Wall tiling, metro / brick bond', '£46 per m²'],
  ['Floor tiling, up to 600 x 600 mm', '£42 per m²'],
  ['Floor tiling, large format (over 600 mm)', '£55 per m²'],
  ['Removing old wall tiles', '£12 per m²'],
  ['Tile backer board supplied and fixed', '£28 per m²'],
  ['Tanking a shower area', '£150 per enclosure'],
];
const tNotes = [
  '<b>Please note:</b> prices do not include VAT as we are not VAT registered.',
  'Mosaics, natural stone and herringbone patterns are priced by the job after a visit.',
  'We ask for a deposit of 20% when you book and the balance on completion. Cash, cheque or bank transfer.',
];
const tSide = ['Home', 'About Us', 'Prices', 'Photo Gallery', 'Testimonials', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<meta name="keywords" content="tiler, tiling, wall tiles, floor tiles, bathroom, Stenbury, Pardoe">
<title>J. Pardoe &amp; Son - Wall &amp; Floor Tiling - Stenbury - Prices</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="J. Pardoe &amp; Son Tiling"></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Established 1986 &nbsp;~&nbsp; Fully Insured
&nbsp;~&nbsp; Free Estimates &nbsp;~&nbsp; Tel: 01632 960871</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8EEF4"><br><table width="150" border="0" cellpadding="4" cellspacing="0" align="center">
${tSide.map((t) => `<tr><td><font face="Verdana, Arial" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
</table><br><p align="center"><img src="images/cityguilds.gif" width="90" height="60" alt="City and Guilds"><br><font face="Verdana" size="1">
Member of the Tile Fixers Guild</font></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<h1><font face="Verdana, Arial" color="#003366">${tTitle}</font></h1>
<font face="Verdana, Arial" size="2">${ps(tIntro)}
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#999999">
<tr bgcolor="#003366"><td><font face="Verdana" size="2" color="#FFFFFF"><b>Job</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>Price</b>
</font></td></tr>
${trs(tRows)}
</table><br>${ps(tNotes)}
<p align="center"><a href="contactus.htm"><img src="images/freequote.gif" border="0" width="200" height="50" alt="Ask for a free quote"></a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">© J. Pardoe &amp; Son 1999-2026 &nbsp;|&nbsp;
12 Kiln Lane, Stenbury &nbsp;|&nbsp; Last updated 14/03/2026</font></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana" size="1">You are visitor number <img src="/cgi-bin/counter.pl?page=prices" alt="004512"><br>
Best viewed at 1024 x 768 in Internet Explorer</font></td></tr></table>
<script language="JavaScript" src="/stats/track.js"></script></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout612-table-layout-tiling-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tIntro, ...rowTexts(tRows), ...tNotes]),
  bylines: ['Last updated 14/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Established 1986 ~ Fully Insured ~ Free Estimates ~ Tel: 01632 960871', ...tSide, 'Member of the Tile Fixers Guild',
    '© J. Pardoe & Son 1999-2026 | 12 Kiln Lane, Stenbury |', 'You are visitor number', 'Best viewed at 1024 x 768 in Internet Explorer',
  ],
};

const nTitle = 'Installing Tessaro Click LVT over underfloor heating';
const nDek = 'Tessaro Click can be laid over water-based and electric underfloor heating systems if the steps below are followed.';
const nHeads = ['Before you start', 'Temperature limits', 'Installation steps', 'After installation'];
const nBefore = [
  j(
    'The heating system must have been commissioned and run for at least two weeks before installation, so that the screed',
    'has been through its first heat-up. Record the moisture reading of the base on the installation record sheet.',
  ),
  'Use only Tessaro SilentStep 1.5 underlay or another underlay with a thermal resistance of 0.05 m²K/W or less.',
];
const nDl = [
  'Floor surface temperature',
  'Never above 27 °C at any point, including under rugs and furniture.',
  'Room temperature during installation',
  'Between 18 °C and 25 °C, kept steady for 48 hours before, during and after laying.',
  'Rate of change',
  'No more than 2 °C a day when switching the heating on or off.',
];
const nSteps = [
  'Switch the heating off 48 hours before installation, or set it to 18 °C in winter.',
  'Lay the underlay with the film side up and tape the joints. Do not overlap sheets.',
  'Install the boards as described in the standard installation guide, leaving an 8 mm expansion gap at all walls and fixed objects.',
  'Wait 48 hours after installation, then raise the heating by no more than 2 °C a day until normal operating temperature is reached.',
];
const nAfter = j(
  'Heavy rugs, bean bags and furniture without legs can trap heat and push the floor above 27 °C. If you use a rug, choose one',
  'with a tog value below 1.0 and an open backing. Electric mat systems must have a floor sensor and a thermostat set to the',
  'limit above.',
);
const nWarn = 'Warranty: floors laid over heating without a completed installation record sheet are not covered by the Tessaro 25-year warranty.';
const nSide = [
  ['Getting started', ['Acclimatising boards', 'Tools you need', 'Subfloor requirements']],
  ['Installation', ['Laying the first row', 'Doorways and thresholds', 'Underfloor heating', 'Stairs']],
  ['Care', ['Cleaning', 'Repairs']],
] as const;
const nTop = ['Products', 'Installation', 'Find a fitter', 'Samples'];
const nCls = 'block rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100';
const nSideHtml = nSide
  .map(
    ([h, items]) => `<div class="mb-6"><p class="mb-2 px-3 text-xs font-semibold uppercase tracking-wide text-slate-500">${h}</p><ul class="space-y-0.5">
${items
  .map(
    (t) => `<li><a class="${t === 'Underfloor heating' ? `${nCls} bg-slate-100 font-medium text-slate-900` : nCls}"
href="/docs/x">${t}</a></li>`,
  )
  .join('')}
</ul></div>`,
  )
  .join('\n');
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_3a9f1c __variable_7b2e4d"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/8f1d2c3b4a5e6f70.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-5c2a8e1f9d3b7a46.js"/>
<script src="/_next/static/chunks/fd9d1056-2b6f1e0c8a4d3e57.js" async=""></script><script src="/_next/static/chunks/main-app-9e4c2a7b1d5f3e08.js" async="">
</script>
<title>Installing Tessaro Click LVT over underfloor heating | Tessaro Docs</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://docs.tessarofloors.com/installation/underfloor-heating"/><meta property="og:title" content="${nTitle}"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${nTitle}","dateModified":"2026-09-30"}</script>
</head><body class="__className_3a9f1c bg-white text-slate-900 antialiased">
<a href="#content" class="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4">
Skip to content</a><div class="flex min-h-screen flex-col"><header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur">
<div class="mx-auto flex h-16 max-w-7xl items-center gap-6 px-4"><a class="flex items-center gap-2 font-semibold" href="/">
<img alt="Tessaro" loading="lazy" width="28"
height="28" decoding="async" src="/logo.svg"/><span>Tessaro Docs</span></a><nav class="hidden gap-5 text-sm md:flex">${nTop
  .map(
    (t) => `<a class="text-slate-600
hover:text-slate-900" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join('')}</nav><button type="button" class="ml-auto flex w-64 items-center gap-2
rounded-lg border border-slate-200 px-3 py-1.5 text-sm text-slate-500"><span>Search docs...</span>
<kbd class="ml-auto text-xs">⌘K</kbd></button></div></header>
<div class="mx-auto flex w-full max-w-7xl flex-1 gap-10 px-4"><aside class="hidden w-60 shrink-0 py-8 lg:block"><nav aria-label="Documentation">${nSideHtml}
</nav></aside><main id="content" class="min-w-0 flex-1 py-8"><nav aria-label="Breadcrumb" class="mb-4 text-sm text-slate-500"><ol class="flex gap-2">
<li><a href="/docs">Docs</a></li><li aria-hidden="true">/</li><li><a href="/docs/installation">Installation</a></li></ol></nav>
<article class="prose prose-slate max-w-none prose-headings:scroll-mt-24"><h1>${nTitle}</h1><p class="lead">${nDek}</p>
<h2 id="before-you-start">${nHeads[0]}</h2>${ps(nBefore)}<h2 id="temperature-limits">${nHeads[1]}</h2><dl>
${nDl.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('\n')}</dl>
<h2 id="installation-steps">${nHeads[2]}</h2><ol>${lis(nSteps)}</ol>
<div class="not-prose my-6 flex gap-3 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900" role="note">
<svg aria-hidden="true" class="h-5 w-5 shrink-0" viewBox="0 0 20 20"></svg><p>${nWarn}</p></div>
<h2 id="after-installation">${nHeads[3]}</h2><p>${nAfter}</p></article>
<div class="mt-12 flex items-center justify-between border-t border-slate-200 pt-6 text-sm"><p class="text-slate-500">Last updated on 30 September 2026</p>
<div class="flex items-center gap-2"><span>Was this page helpful?</span><button class="rounded border px-2 py-0.5">Yes</button>
<button class="rounded border px-2
py-0.5">No</button></div></div><nav class="mt-8 grid grid-cols-2 gap-4" aria-label="Pagination">
<a class="rounded-lg border p-4" href="/docs/installation/doorways">
<span class="block text-xs text-slate-500">Previous</span><span class="font-medium">Doorways and thresholds</span></a>
<a class="rounded-lg border p-4 text-right"
href="/docs/installation/stairs"><span class="block text-xs text-slate-500">Next</span><span class="font-medium">Stairs</span></a></nav></main>
<aside class="hidden w-56 shrink-0 py-8 xl:block"><div class="sticky top-24"><p class="mb-3 text-sm font-semibold">On this page</p>
<ul class="space-y-2 text-sm">
${nHeads.map((h) => `<li><a class="text-slate-600 hover:text-slate-900" href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('')}</ul>
<a class="mt-6 block text-sm text-slate-500" href="https://github.com/tessaro-floors/docs/edit/main/installation/underfloor-heating.mdx">Edit this page</a>
</div></aside></div><footer class="border-t border-slate-200 py-8 text-center text-sm text-slate-500"><p>© 2026 Tessaro Floors BV. All rights reserved.</p>
</footer></div><script src="/_next/static/chunks/webpack-5c2a8e1f9d3b7a46.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/8f1d2c3b4a5e6f70.css\\",\\"style\\"]\\n2:I[5751,[],\\"\\"]\\n"])</script>
<script>self.__next_f.push([1,"6:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"${nTitle}\\"}]\\n"])</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout612-nextjs-lvt-ufh-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: [nDek, ...nBefore, ...nDl, ...nSteps, nWarn, nAfter],
  bylines: ['Last updated on 30 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tessaro Docs', ...nTop, 'Search docs...', '⌘K', ...nSide.flatMap(([h, items]) => [h, ...items]), 'Docs',
    'Was this page helpful?', 'Yes', 'No', 'Previous', 'Next', 'On this page', 'Edit this page', '© 2026 Tessaro Floors BV. All rights reserved.',
  ],
};

export const HELDOUT612_F: readonly TestPage[] = [tableLayout, nextjs].map(finish);
