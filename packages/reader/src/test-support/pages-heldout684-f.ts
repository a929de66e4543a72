import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout684-kit.js';

/** Held-out batch 684, file f: a skip hire comparison site's price guide on Next.js (pages router, Tailwind) with a price table. */
const nTitle = 'Skip Hire Prices in 2026: What You Should Expect to Pay';
const nDek = 'Average prices from 1,400 quotes on TipTrail between January and March 2026, and what pushes the price up or down.';
const nIntro = j(
  'Skip prices vary more than most people expect. The same 6 yard skip can cost £240 in one town and £390 twenty miles away,',
  'depending on landfill taxes, the distance to the nearest transfer station and how busy local firms are. Here is what our',
  'customers were actually quoted this spring.',
);
const nH1 = 'Average skip hire prices by size';
const nRows = [
  ['2 yard mini skip', '£160 – £210', 'About 25 bin bags'],
  ['4 yard midi skip', '£220 – £280', 'About 40 bin bags'],
  ['6 yard builders skip', '£270 – £340', 'About 60 bin bags'],
  ['8 yard builders skip', '£310 – £390', 'About 80 bin bags'],
  ['12 yard maxi skip (light waste only)', '£360 – £450', 'About 120 bin bags'],
];
const nTableNote = 'Prices include VAT and a 7-day hire. Prices in London and the South East are typically 15 to 20 per cent higher.';
const nH2 = 'What pushes the price up';
const nUpLead = 'The price you are quoted covers delivery, collection and disposal of mixed waste. You will usually pay extra for:';
const nUp = [
  'a permit for a skip on the road, from £25 to £80 depending on the council',
  'heavy waste such as soil, hardcore and rubble, which some firms charge by the tonne',
  'items that need separate disposal: mattresses, fridges, tyres and plasterboard, at £10 to £40 each',
  'keeping the skip beyond 7 days, usually £5 to £10 a day',
];
const nH3 = 'How to pay less';
const nLess = [
  j(
    'Book midweek if you can: several firms in our survey charged less for Tuesday to Thursday deliveries. Keep plasterboard and',
    'garden waste separate, because a clean load of green waste or hardcore is often cheaper to dispose of than mixed rubbish.',
  ),
  j(
    'Above all, do not overfill. A skip loaded above the sides cannot legally be carried on the road, and the driver will either',
    'refuse to take it or ask you to take waste out while they wait.',
  ),
];
const nH4 = 'Is a skip the cheapest option?';
const nCheaper = [
  j(
    'For fewer than 15 bags of waste, probably not. A skip bag costs £90 to £140 including collection, needs no permit and can sit',
    'on a driveway or a front path. A licensed man-and-van clearance can also be cheaper if the waste is ready to load at one visit.',
  ),
  'For a kitchen or bathroom refit, a garage clear-out or anything with heavy rubble, a skip is still the best value by a distance.',
];
const nNav = ['Compare Prices', 'Skip Sizes', 'Guides', 'For Skip Companies'];
const nCrumbs = ['Home', 'Guides'];
const nToc = [nH1, nH2, nH3, nH4];
const nRel = ['How to Get a Skip Permit', 'What You Cannot Put in a Skip', 'Skip Bags vs Skips'];
const nFoot = ['About TipTrail', 'How We Make Money', 'Privacy', 'Cookie Settings', 'Terms'];
const tw = 'text-sm font-medium text-slate-700 hover:text-emerald-700';
const nData = JSON.stringify({
  props: { pageProps: { guide: { slug: 'skip-hire-prices', title: nTitle, updatedAt: '2026-04-02' } }, __N_SSG: true },
  page: '/guides/[slug]',
  query: { slug: 'skip-hire-prices' },
  buildId: 'rT8k2mQp1xZc4',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Skip Hire Prices 2026: Average Costs by Size | TipTrail</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://www.tiptrail.co.uk/guides/skip-hire-prices"/><meta property="og:title" content="${nTitle}"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","dateModified":"2026-04-02",
"author":{"@type":"Person","name":"Callum Adeyemi"}}</script>
<meta name="next-head-count" content="8"/>
<link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/>
<link rel="preload" href="/_next/static/css/b1e7a02d4f3c9a11.css" as="style"/><link rel="stylesheet" href="/_next/static/css/b1e7a02d4f3c9a11.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-64ad27b21261a9ce.js" defer="">
</script>
<script src="/_next/static/chunks/pages/guides/%5Bslug%5D-3f1c2a9e7d.js" defer=""></script></head>
<body><div id="__next"><div class="__className_1d4f2a flex min-h-screen flex-col bg-white">
<a href="#content" class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2">Skip
to content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur">
<div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4 sm:px-6 lg:px-8">
<a class="flex items-center gap-2" href="/">
<img alt="TipTrail" loading="lazy" width="132" height="32" decoding="async" data-nimg="1" style="color:transparent" src="/logo.svg"/></a>
<nav class="hidden items-center gap-8 md:flex" aria-label="Main">${nNav
  .map(
    (t) => `<a class="${tw}"
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join('')}</nav>
<a class="hidden rounded-full bg-emerald-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-emerald-500 md:inline-flex"
href="/compare">Get quotes</a>
<button type="button" class="md:hidden" aria-label="Open menu"><svg class="h-6 w-6" fill="none" viewBox="0 0 24 24" stroke="currentColor" aria-hidden="true">
</svg></button></div></header>
<main id="content" class="flex-1"><div class="mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8">
<nav aria-label="Breadcrumb" class="mb-6"><ol class="flex items-center gap-2 text-sm text-slate-500">${links(nCrumbs, 'flex items-center gap-2')}
<li aria-current="page" class="truncate text-slate-700">Skip hire prices</li></ol></nav>
<div class="grid grid-cols-1 gap-12 lg:grid-cols-[1fr_320px]"><article class="min-w-0">
<header class="mb-8"><p class="text-sm font-semibold uppercase tracking-wide text-emerald-700">Price guide</p>
<h1 class="mt-2 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">${nTitle}</h1>
<p class="mt-4 text-lg leading-8 text-slate-600">${nDek}</p>
<div class="mt-6 flex items-center gap-3 text-sm text-slate-500">
<img alt="" loading="lazy" width="36" height="36" decoding="async" data-nimg="1" class="rounded-full" src="/authors/callum.jpg"/>
<div><p class="font-medium text-slate-900">Callum Adeyemi</p><p>Updated <time dateTime="2026-04-02">2 April 2026</time></p></div></div></header>
<div class="prose prose-slate max-w-none prose-headings:scroll-mt-24 prose-a:text-emerald-700">
<p>${nIntro}</p>
<h2 id="average-prices">${nH1}</h2>
<div class="not-prose overflow-x-auto rounded-lg border border-slate-200"><table class="min-w-full divide-y divide-slate-200 text-sm">
<thead class="bg-slate-50">
<tr><th scope="col" class="px-4 py-3 text-left font-semibold">Skip size</th>
<th scope="col" class="px-4 py-3 text-left font-semibold">Typical price (7 days)</th>
<th scope="col" class="px-4 py-3 text-left font-semibold">Holds</th></tr></thead><tbody class="divide-y divide-slate-100">
${trs(nRows, 'odd:bg-white even:bg-slate-50')}
</tbody></table></div>
<p>${nTableNote}</p>
<h2 id="price-up">${nH2}</h2><p>${nUpLead}</p><ul>${lis(nUp)}</ul>
<div class="not-prose my-8 rounded-xl bg-emerald-50 p-6"><p class="text-lg font-semibold text-emerald-900">Compare skip prices near you</p>
<form class="mt-4 flex gap-3" action="/compare"><label for="pc-inline" class="sr-only">Postcode</label>
<input id="pc-inline" name="postcode" placeholder="Enter your postcode" class="w-full rounded-md border-0 px-3 py-2 ring-1 ring-slate-300"/>
<button type="submit" class="rounded-md bg-emerald-600 px-4 py-2 text-sm font-semibold text-white">Get prices</button></form>
<p class="mt-2 text-xs text-emerald-800">Free, no obligation. Quotes from licensed local firms only.</p></div>
<h2 id="pay-less">${nH3}</h2>${ps(nLess)}
<h2 id="cheapest">${nH4}</h2>${ps(nCheaper)}
</div>
<div class="mt-12 border-t border-slate-200 pt-8"><h2 class="text-lg font-semibold text-slate-900">More skip guides</h2>
<ul class="mt-4 grid gap-4 sm:grid-cols-3">${links(nRel, 'rounded-lg border border-slate-200 p-4 text-sm font-medium')}</ul></div></article>
<aside class="hidden lg:block"><div class="sticky top-24 space-y-8"><nav aria-label="Table of contents">
<p class="text-sm font-semibold text-slate-900">On this page</p>
<ul class="mt-3 space-y-2 text-sm">${nToc
  .map(
    (t, i) => `<li>
<a class="text-slate-600 hover:text-emerald-700" href="#${['average-prices', 'price-up', 'pay-less', 'cheapest'][i] ?? ''}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="rounded-xl border border-slate-200 p-5"><p class="text-sm font-semibold text-slate-900">Rated Excellent</p>
<p class="text-sm text-slate-600">4.8 out of 5 from 3,912 reviews</p></div></div></aside>
</div></div></main>
<footer class="border-t border-slate-200 bg-slate-50"><div class="mx-auto max-w-7xl px-4 py-12 sm:px-6 lg:px-8">
<div class="flex flex-wrap gap-6 text-sm text-slate-600">
${nFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</div>
<p class="mt-6 text-xs text-slate-500">TipTrail is a trading name of Trailhead Comparison Ltd, registered in England and Wales No. 13385210.</p>
<p class="mt-2 text-xs text-slate-500">© 2026 Trailhead Comparison Ltd</p></div></footer>
<div role="dialog" aria-live="polite" aria-label="Cookie consent" class="fixed inset-x-0 bottom-0 z-50 border-t border-slate-200 bg-white p-4 shadow-lg">
<div class="mx-auto flex max-w-7xl flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
<p class="text-sm text-slate-700">We use cookies to measure traffic and to
remember your postcode. You can change your choice at any time.</p><div class="flex gap-2">
<button class="rounded-md border px-3 py-1.5 text-sm">Necessary only</button>
<button class="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white">Accept all</button></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout684-nextjs-skip-prices',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2, nH3, nH4],
  body: texts([nDek, nIntro, ...rowTexts(nRows), nTableNote, nUpLead, ...nUp, ...nLess, ...nCheaper]),
  bylines: ['Callum Adeyemi', 'Updated 2 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Get quotes', ...nCrumbs, 'Price guide', 'Compare skip prices near you', 'Get prices',
    'Free, no obligation. Quotes from licensed local firms only.', 'More skip guides', ...nRel, 'On this page', 'Rated Excellent',
    '4.8 out of 5 from 3,912 reviews', ...nFoot, 'TipTrail is a trading name of Trailhead Comparison Ltd, registered in England and Wales No. 13385210.',
    '© 2026 Trailhead Comparison Ltd', 'We use cookies to measure traffic and to remember your postcode. You can change your choice at any time.',
    'Necessary only', 'Accept all',
  ],
};

const oTitle = 'Overseas Removals';
const oIntro = j(
  'We have been shipping families’ furniture abroad since 1968. Whether you are moving to Spain, Canada or anywhere in between,',
  'we can pack, ship and deliver your belongings door to door.',
);
const oH1 = 'Full container or shared container?';
const oContainer = [
  j(
    'A full 20ft container holds the contents of an average three bedroom house. If you have less than this, a shared (groupage)',
    'container is cheaper, but takes longer as we wait for it to fill.',
  ),
  'Allow 6 to 8 weeks to Australia and New Zealand, and 2 to 3 weeks to most of Europe by road.',
];
const oH2 = 'Packing for shipping';
const oPacking = j(
  'Everything going overseas is export packed by our own staff. Furniture is wrapped in paper and corrugated card, china and glass',
  'go in double walled cartons, and the whole load is listed on a detailed inventory for customs.',
);
const oH3 = 'What you need to do';
const oTodo = [
  'Check the customs rules of the country you are moving to',
  'Make a list of anything you want sent ahead by air',
  'Give us your new address and a contact telephone number abroad',
];
const oCall = 'For a free survey and quotation ring us on 01632 960 555 or fill in our <a href="enquiry.htm">on-line enquiry form</a>.';
const oNav = ['Home', 'About Us', 'Local Removals', 'Overseas Removals', 'Storage', 'Packing Materials', 'Contact Us'];
const font = 'face="Verdana, Arial, Helvetica, sans-serif"';
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>J. Pardoe &amp; Sons Removals - Overseas Removals - Shipping Abroad</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="removals, overseas removals, shipping, containers, storage, Brackley Wells">
<meta name="description" content="Family removal firm in Brackley Wells. Local and overseas removals, storage and packing.">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); }}
//-->
</script>
<link href="style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="110" alt="J. Pardoe &amp; Sons - Removals and Storage since 1952"></td></tr>
<tr><td colspan="2" bgcolor="#003366"><font ${font} size="1" color="#FFCC00">
<marquee scrollamount="3">Now taking bookings for spring 2026 - ring for a free quotation!</marquee></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6ECF2"><img src="images/spacer.gif" width="160" height="12"><br>
<table width="100%" border="0" cellspacing="0" cellpadding="4">
${oNav.map((t) => `<tr><td><font ${font} size="2"><b><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav">${t}</a></b></font></td></tr>`).join('\n')}
</table><br><div align="center"><img src="images/bar_logo.gif" width="120" height="60" alt="British Association of Removers"><br>
<font ${font} size="1">Member No. 2207</font><br><br><font ${font} size="2" color="#003366"><b>Phone:<br>01632 960 555</b></font></div><br></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font ${font} size="4" color="#003366"><b>${oTitle}</b></font><br><img src="images/spacer.gif" width="1" height="10"><br>
<font ${font} size="2">${oIntro}<br><br>
<img src="images/container.jpg" width="220" height="150" align="right" hspace="8" vspace="4" alt="Container being loaded">
<font size="3" color="#003366"><b>${oH1}</b></font><br>${oContainer.join('<br><br>')}<br><br>
<font size="3" color="#003366"><b>${oH2}</b></font><br>${oPacking}<br><br>
<font size="3" color="#003366"><b>${oH3}</b></font><br><ul>${lis(oTodo)}</ul>
${oCall}</font><br><br>
<div align="center"><font ${font} size="1" color="#999999">Last updated 14/01/2026</font></div>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" height="30" align="center"><font ${font} size="1" color="#FFFFFF">&copy; 2003-2026 J. Pardoe &amp; Sons Ltd,
42 Station Road, Brackley Wells BW3 1AE | <a href="sitemap.htm"><font color="#FFFFFF">Site Map</font></a></font></td></tr>
<tr><td colspan="2" align="center">
<font ${font} size="1" color="#999999">You are visitor number <img src="/cgi-bin/counter.cgi?df=pardoe.dat" alt="counter"> | Site by Webworks Design</font>
</td></tr>
</table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout684-table-layout-overseas',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [oH1, oH2, oH3],
  body: texts([oIntro, ...oContainer, oPacking, ...oTodo, oCall]),
  bylines: ['Last updated 14/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now taking bookings for spring 2026 - ring for a free quotation!', ...oNav.filter((t) => t !== oTitle), 'Member No. 2207', 'Phone: 01632 960 555',
    '© 2003-2026 J. Pardoe & Sons Ltd, 42 Station Road, Brackley Wells BW3 1AE', 'Site Map', 'You are visitor number', 'Site by Webworks Design',
  ],
};

export const HELDOUT684_F: readonly TestPage[] = [nextjs, oldTable];
