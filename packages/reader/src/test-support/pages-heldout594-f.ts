import type { TestPage } from './page-kit.js';
import { esc, j, lis, rowTexts } from './pages-heldout594-kit.js';

/**
 * Held-out batch 594, file f: a small-town party shop's helium tank rental page in an old FrontPage table layout (no h1, font
 * tags, a marquee, a left link column and a hit counter), and an online party shop's help centre article on Next.js (pages
 * router, Tailwind) with breadcrumbs, a "was this helpful" box and related articles.
 */
const tTitle = 'Helium Tank Rental';
const tIntro = [
  'Planning a big party? Rent one of our helium tanks and fill your own balloons at home. All tanks come with a regulator and easy instructions.',
  'A $50.00 deposit is required on all tanks (cash or check only) and is returned when the tank comes back.',
];
const tH = ['Tank Sizes and Prices', 'Please Note'];
const tRows: readonly (readonly string[])[] = [
  ['Small (20 cu ft)', '60 balloons', '$29.95', '$39.95'],
  ['Medium (55 cu ft)', '180 balloons', '$49.95', '$64.95'],
  ['Large (244 cu ft)', '800 balloons', '$119.00', '$149.00'],
];
const tNotes = [
  'Tanks must be returned by 5pm on the due date or a late fee of $10.00 per day will be charged.',
  'Tanks must be transported upright and secured. Never leave a tank in a hot car!',
  'Latex balloons filled with helium float for about 12 hours. Ask about Hi-Float to make them last longer!',
];
const tCall = 'Call us at (555) 014-2290 to reserve your tank. Reservations are recommended for weekends and holidays.';
const tNav = ['Home', 'Party Supplies', 'Balloons', 'Helium Tank Rental', 'Costumes', 'Piñatas', 'Directions', 'Contact Us'];
const tF = '<font face="Arial, Helvetica, sans-serif" size="2">';
const tHtml = `<html>
<head>
<meta http-equiv="Content-Language" content="en-us">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Jolly Jack's Party Shop - Helium Tank Rental</title>
<meta name="keywords" content="party supplies, helium, balloons, tank rental, Dunmore Falls">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
</head>
<body bgcolor="#FFFFCC" topmargin="0" leftmargin="0" link="#0000CC" vlink="#663399">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/banner.gif" width="760" height="110" alt="Jolly Jack's Party Shop" border="0"></td></tr>
<tr><td colspan="2" bgcolor="#CC0000"><marquee scrollamount="3"><font face="Comic Sans MS"
color="#FFFFFF"><b>Now open Sundays 11-4!! Graduation balloons in stock now!!</b>
</font></marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#FFCC00">
<table width="150" border="0" cellpadding="4" cellspacing="0">
${tNav.map((t) => `<tr><td>${tF}<b><a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm">${t}</a></b></font></td></tr>`).join('\n')}
</table>
<p align="center">${tF}You are visitor number<br><img src="/cgi-bin/Count.cgi?df=jollyjack.dat" alt="hit counter" border="0"></font></p>
</td>
<td width="610" valign="top" bgcolor="#FFFFFF"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<p><font face="Arial, Helvetica, sans-serif" size="5" color="#CC0000"><b>${tTitle}</b></font></p>
${tIntro.map((p) => `<p>${tF}${p}</font></p>`).join('\n')}
<p>${tF}<b><font color="#CC0000">${tH[0]}</font></b></font></p>
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#999999" width="90%">
<tr bgcolor="#FFCC00"><th>${tF}Tank</font></th><th>${tF}Fills approx.</font></th><th>${tF}1 Day</font></th><th>${tF}Weekend</font></th></tr>
${tRows.map((r) => `<tr>${r.map((c) => `<td>${tF}${c}</font></td>`).join('')}</tr>`).join('\n')}
</table>
<p>${tF}<b><font color="#CC0000">${tH[1]}</font></b></font></p>
<ul>${lis(tNotes.map((n) => `${tF}${n}</font>`))}</ul>
<p>${tF}${tCall}</font></p>
<p>&nbsp;</p>
<p align="right"><font face="Arial, Helvetica, sans-serif" size="1" color="#666666">Last updated: 04/12/2009</font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#CC0000" align="center"><font face="Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">
Jolly Jack's Party Shop &middot; 218 Canal St. &middot; Dunmore Falls<br>
&copy; 2002-2009 Jolly Jack's Party Shop. All rights reserved.<br>
Site designed by <a href="http://www.lakenet.example/"><font color="#FFFF99">LakeNet Web Design</font></a></font></td></tr>
</table>
</body>
</html>`;
const tableTanks: TestPage = {
  name: 'heldout594-table-helium-tanks',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: [...tIntro, ...rowTexts(tRows), ...tNotes, tCall],
  bylines: ['Last updated: 04/12/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now open Sundays 11-4!! Graduation balloons in stock now!!', 'Party Supplies', 'Costumes', 'Piñatas', 'Directions', 'Contact Us',
    'You are visitor number', 'Jolly Jack\'s Party Shop · 218 Canal St. · Dunmore Falls', '© 2002-2009 Jolly Jack\'s Party Shop. All rights reserved.',
    'Site designed by LakeNet Web Design',
  ],
};

const nTitle = 'Will my balloons arrive inflated?';
const nBody = [
  j(
    'Foil balloons and balloon bundles ordered with our Inflated option arrive filled with helium and',
    'ready to go. Everything else is sent flat so it can travel by post.',
  ),
  j(
    'Inflated balloons are delivered by our own drivers in a large box on the day of your party, between 8am',
    'and 12pm. You’ll get a text with a one-hour window that morning.',
  ),
  'Inflated delivery is available:',
  'within 25 miles of our Fenwick and Ashgrove stores',
  'Monday to Saturday, for orders placed by 2pm the day before',
  'If your postcode is outside the delivery area, choose flat-packed balloons and a helium canister at checkout instead.',
];
const nCrumbs = ['Help Centre', 'Delivery & Collection'];
const nRel = ['How long will my helium balloons float?', 'Can I change my delivery date?', 'Do you deliver on Sundays?'];
const nFoot = ['About PartyParcel', 'Careers', 'Store finder', 'Terms & Conditions', 'Privacy & Cookies'];
const nA = (t: string): string =>
  `<a class="text-sm text-slate-600 hover:text-pink-600" href="/help/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${esc(t)}</a>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} | PartyParcel Help Centre</title><meta name="description" content="Which balloons we deliver inflated, where and when."/>
<link rel="canonical" href="https://www.partyparcel.example/help/delivery/will-my-balloons-arrive-inflated"/><meta name="next-head-count" content="5"/>
<link rel="preload" href="/_next/static/css/4e1f3b0c9a8d7e6f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4e1f3b0c9a8d7e6f.css" data-n-g=""/>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer="">
</script>
<script src="/_next/static/chunks/pages/help/%5Bcategory%5D/%5Bslug%5D-1f0e2d3c4b5a6978.js" defer=""></script></head>
<body class="bg-white text-slate-900 antialiased"><div id="__next">
<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-3">Skip to main content</a>
<header class="border-b border-slate-200"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a href="/" class="flex items-center gap-2">
<img alt="PartyParcel" src="/_next/static/media/logo.5c2f1e.svg" width="140" height="32" decoding="async" data-nimg="1" style="color:transparent"/>
<span class="rounded bg-pink-100 px-2 py-0.5 text-xs font-semibold text-pink-700">Help Centre</span></a>
<form role="search" class="hidden w-80 md:block" action="/help/search"><label for="help-search" class="sr-only">Search help articles</label>
<input id="help-search" name="q" type="search" placeholder="Search help articles" class="w-full rounded-full border border-slate-300 px-4 py-2 text-sm"/></form>
<a href="/" class="text-sm font-medium text-pink-600">Back to shop</a></div></header>
<main id="main" class="mx-auto grid max-w-6xl gap-10 px-4 py-8 md:grid-cols-[1fr_280px]"><div>
<nav aria-label="Breadcrumb" class="mb-4"><ol class="flex flex-wrap items-center gap-1 text-sm text-slate-500">${nCrumbs
  .map((c) => `<li class="flex items-center gap-1">${nA(c)}<span aria-hidden="true">›</span></li>`)
  .join('')}</ol></nav>
<article class="prose prose-slate max-w-none"><h1 class="text-3xl font-bold">${nTitle}</h1>
<p class="not-prose mt-1 text-sm text-slate-500">Updated 12 January 2026</p>
${nBody
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<ul>${lis(nBody.slice(3, 5))}</ul><p>${nBody[5]}</p></article>
<section class="mt-10 rounded-xl bg-slate-50 p-5" aria-labelledby="feedback-title">
<h2 id="feedback-title" class="text-base font-semibold">Was this article helpful?</h2>
<div class="mt-3 flex gap-3"><button type="button" class="rounded-full border px-4 py-1 text-sm">Yes</button>
<button type="button" class="rounded-full border px-4 py-1 text-sm">No</button>
</div></section></div>
<aside class="space-y-8"><section><h2 class="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">Related articles</h2>
<ul class="space-y-2">${nRel.map((r) => `<li>${nA(r)}</li>`).join('')}</ul></section>
<section class="rounded-xl border border-pink-200 p-5"><h2 class="text-base font-semibold">Still need help?</h2>
<p class="mt-1 text-sm">Our team is here 8am to 8pm, seven days a week.</p>
<button type="button" class="mt-3 rounded-full bg-pink-600 px-4 py-2 text-sm font-semibold text-white">Chat with us</button></section></aside></main>
<footer class="mt-16 border-t border-slate-200"><div class="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-500">
<ul class="flex flex-wrap gap-4">${nFoot.map((f) => `<li>${nA(f)}</li>`).join('')}</ul><p>© 2026 PartyParcel Ltd</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"delivery-inflated","title":"${nTitle}","updatedAt":"2026-01-12"}}},
"page":"/help/[category]/[slug]","query":{"category":"delivery","slug":"will-my-balloons-arrive-inflated"},"buildId":"Xk2f9QpLm3","isFallback":false,
"gssp":true}</script>
</body></html>`;
const nextHelp: TestPage = {
  name: 'heldout594-nextjs-inflated-delivery',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: nBody,
  bylines: ['Updated 12 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Help Centre', 'Search help articles', 'Back to shop', 'Delivery & Collection', '›', 'Was this article helpful?', 'Yes', 'No',
    'Related articles', ...nRel, 'Still need help?', 'Our team is here 8am to 8pm, seven days a week.', 'Chat with us', ...nFoot, '© 2026 PartyParcel Ltd',
  ],
};

export const HELDOUT594_F: readonly TestPage[] = [tableTanks, nextHelp];
