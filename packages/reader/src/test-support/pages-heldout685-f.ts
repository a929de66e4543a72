import { links, type TestPage } from './page-kit.js';
import { bodyOf, heads, j, lis, render, rowTexts, type Sec } from './pages-heldout685-kit.js';

/**
 * Held-out batch 685, file f: a pest control franchise's local area page on Next.js (Tailwind, __NEXT_DATA__, reviews carousel,
 * nearby areas, sticky call bar), and an old window cleaning firm's price page in a FrontPage table layout with font tags.
 */
const nTitle = 'Pest Control in Saltmarsh Quay';
const nSecs: Sec[] = [
  [
    '',
    [
      j(
        'Shieldline has covered Saltmarsh Quay and the harbour villages since 2011. Our local technician lives ten minutes from the',
        'seafront, so most callouts booked before midday are seen the same day.',
      ),
    ],
  ],
  [
    'Pests we treat in Saltmarsh Quay',
    [
      [
        'Rats and mice, including in boats and harbour sheds',
        'Wasp and hornet nests',
        'Gulls nesting on roofs and chimneys',
        'Bed bugs and fleas',
        'Moths in carpets',
      ],
    ],
  ],
  [
    'Why harbour towns see more rats',
    [
      j(
        'Fish waste, seed left out for birds and old stone walls full of gaps make the streets around the quay an easy place for',
        'brown rats to live. We see a rise in calls every November, when the boatyards close and the rats move to the houses behind them.',
      ),
      j(
        'We treat with tamper-resistant bait boxes and, where a rat is coming up through the drains, fit a one-way valve so it cannot',
        'get back in. Every visit ends with a written report of what we found and what we did.',
      ),
    ],
  ],
];
const nNear = ['Pest control in Holloway Cove', 'Pest control in Brinsett', 'Pest control in Upper Fenwick'];
const nNav = ['Pests', 'Commercial', 'Locations', 'About'];
const nFoot = ['Careers', 'Franchise with us', 'Privacy', 'Terms'];
const nShape = {
  h: (t: string) => `<h2 class="mt-10 text-2xl font-bold text-slate-900">${t}</h2>`,
  p: (t: string) => `<p class="mt-4 text-lg leading-8 text-slate-700">${t}</p>`,
  ul: (items: readonly string[]) => `<ul class="mt-4 grid gap-2 sm:grid-cols-2">${lis(items, 'flex items-start gap-2 text-slate-700')}</ul>`,
};
const nData = JSON.stringify({
  props: { pageProps: { location: { slug: 'saltmarsh-quay', title: nTitle, phone: '0800 047 2290' } } },
  page: '/locations/[slug]',
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pest Control Saltmarsh Quay | Same-Day Callouts | Shieldline</title><meta name="description"
content="Local pest control in Saltmarsh Quay: rats, mice, wasps, gulls.">
<link rel="canonical" href="https://www.shieldline.co.uk/locations/saltmarsh-quay"><meta name="next-head-count" content="7">
<link rel="preload" href="/_next/static/css/3c1e0a9f4b2d7e61.css" as="style"><link rel="stylesheet" href="/_next/static/css/3c1e0a9f4b2d7e61.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PestControlService","name":"Shieldline Pest Control Saltmarsh Quay",
"areaServed":"Saltmarsh Quay",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"212"}}</script>
<script src="/_next/static/chunks/webpack-8f1c2d.js" defer=""></script><script src="/_next/static/chunks/framework-2c1e.js" defer=""></script>
<script src="/_next/static/chunks/pages/locations/%5Bslug%5D-91b0c4.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<div class="bg-emerald-700 py-2 text-center text-sm text-white">Open 7 days · 8am to 8pm</div>
<header class="sticky top-0 z-40 border-b bg-white"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a class="flex items-center gap-2" href="/"><img alt="Shieldline" loading="lazy" width="160" height="40" decoding="async"
src="/_next/static/media/logo.4f2a1c.svg"></a>
<nav class="hidden gap-8 lg:flex" aria-label="Main">${nNav
  .map(
    (t) => `<a class="text-sm font-medium text-slate-700 hover:text-emerald-700"
href="/${t.toLowerCase()}">${t}</a>`,
  )
  .join('')}</nav>
<a class="rounded-full bg-emerald-600 px-5 py-2 text-sm font-semibold text-white" href="tel:08000472290">0800 047 2290</a></div></header>
<main id="main"><nav aria-label="Breadcrumb" class="mx-auto max-w-7xl px-4 pt-6 text-sm text-slate-500"><ol class="flex gap-2">
<li><a href="/">Home</a></li><li>/</li><li><a href="/locations">Locations</a></li><li>/</li><li aria-current="page">Saltmarsh Quay</li></ol></nav>
<section class="mx-auto grid max-w-7xl gap-12 px-4 py-10 lg:grid-cols-3"><div class="lg:col-span-2">
<h1 class="text-4xl font-extrabold tracking-tight text-slate-900">${nTitle}</h1>
<div class="mt-3 flex items-center gap-2 text-sm text-slate-600"><span aria-hidden="true">★★★★★</span><span>4.9 from 212 Google reviews</span></div>
${render(nSecs, nShape)}
</div><aside class="rounded-2xl bg-slate-50 p-6"><h2 class="text-lg font-semibold">Your local technician</h2><p
class="mt-2 text-slate-700">Callum Rees, BPCA Level 2</p>
<form class="mt-6 space-y-3"><label class="block text-sm" for="pc">Postcode</label><input id="pc" class="w-full rounded border px-3 py-2" name="postcode">
<button class="w-full rounded-full bg-emerald-600 py-2 font-semibold text-white" type="submit">Check availability</button></form></aside></section>
<section class="bg-slate-900 py-12 text-white"><div class="mx-auto max-w-7xl px-4"><h2 class="text-2xl font-bold">What our Saltmarsh Quay customers say</h2>
<div class="mt-6 flex snap-x gap-6 overflow-x-auto"><figure class="min-w-[300px] rounded-xl bg-slate-800 p-6">
<blockquote>Rats under the shed gone in a week. Callum
explained everything.</blockquote><figcaption class="mt-3 text-sm text-slate-400">Denise, Harbour Row</figcaption></figure></div></div></section>
<section class="mx-auto max-w-7xl px-4 py-10"><h2 class="text-xl font-semibold">Nearby areas we cover</h2><ul
class="mt-4 flex flex-wrap gap-3">${links(nNear, 'rounded-full border px-4 py-1')}</ul></section></main>
<footer class="border-t bg-slate-50"><div class="mx-auto max-w-7xl px-4 py-10 text-sm text-slate-600"><ul class="flex gap-6">${links(nFoot)}</ul>
<p class="mt-6">© 2026 Shieldline Pest Control Ltd. Saltmarsh Quay is operated by an independent franchisee.</p></div></footer>
<div class="fixed inset-x-0 bottom-0 z-50 bg-emerald-700 p-3 text-center text-white lg:hidden"><a href="tel:08000472290">Call now for a same-day visit</a>
</div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout685-nextjs-location',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: heads(nSecs),
  body: bodyOf(nSecs),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Open 7 days · 8am to 8pm', ...nNav.filter((t) => t !== 'Pests'), '0800 047 2290', 'Home', '4.9 from 212 Google reviews',
    'Your local technician',
    'Callum Rees, BPCA Level 2', 'Postcode', 'Check availability', 'What our Saltmarsh Quay customers say',
    'Rats under the shed gone in a week. Callum explained everything.', 'Denise, Harbour Row', 'Nearby areas we cover', ...nNear, ...nFoot,
    '© 2026 Shieldline Pest Control Ltd. Saltmarsh Quay is operated by an independent franchisee.', 'Call now for a same-day visit',
  ],
};

const oTitle = 'Prices & Services';
const oIntro = j(
  'Crystal Clear have been cleaning windows in Thornby and district since 1987. We are a family firm, fully insured, and we',
  'never send anyone you have not met. All prices below are for a standard monthly clean, outside only.',
);
const oRows = [
  ['Terraced house', '£8.00'],
  ['Semi-detached house', '£10.00'],
  ['Detached house', '£12.00 - £16.00'],
  ['Bungalow', '£8.00'],
  ['Shops and offices', 'Please ring'],
];
const oSecs: Sec[] = [
  [
    'Other Services',
    [
      [
        'Insides cleaned by arrangement, usually in spring and autumn',
        'Conservatories washed, roof and sides',
        'Gutters cleared by hand from ladders',
        'PVC frames and doors cleaned',
      ],
    ],
  ],
  [
    'Payment',
    [
      j(
        'We call for payment on the Friday after your clean. If you are out we leave an envelope and you can post it through',
        'our door at 22 Station Terrace, or pay the lads next time. Cheques made payable to Crystal Clear Window Cleaning please.',
      ),
      'To join the round, ring Graham on Thornby 430 512 or fill in our enquiry form.',
    ],
  ],
];
const oNav = ['Home', 'Prices & Services', 'Our Area', 'Enquiry Form', 'Links'];
const oShape = {
  h: (t: string) => `<p><font face="Verdana, Arial" size="3" color="#003399"><b>${t}</b></font></p>`,
  p: (t: string) => `<p><font face="Verdana, Arial" size="2">${t}</font></p>`,
  ul: (items: readonly string[]) => `<ul>${lis(items.map((t) => `<font face="Verdana, Arial" size="2">${t}</font>`))}</ul>`,
};
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Language" content="en-gb"><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<meta name="keywords" content="window cleaning, window cleaner, Thornby, conservatory, gutters"><title>Crystal Clear Window Cleaning - Prices</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#E6F0FF" topmargin="0" leftmargin="0" onload="MM_preloadImages('images/nav_home_on.gif')">
<table border="0" width="760" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img border="0" src="images/banner.jpg" width="760" height="120" alt="Crystal Clear Window Cleaning - Thornby"></td></tr>
<tr><td colspan="2" bgcolor="#003399" height="22"><marquee scrollamount="3"><font face="Verdana" size="1"
color="#FFFFFF">*** Now booking spring inside cleans ***</font>
</marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#CCDDFF"><table border="0" width="100%" cellpadding="6">
${oNav
  .map(
    (t) => `<tr><td><font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm">${t.replace('&', '&amp;')}</a></font></td>
</tr>`,
  )
  .join('\n')}
<tr><td><br><img src="images/insured.gif" width="120" height="60" alt="Fully Insured"><br><font face="Verdana" size="1">Member of the F.W.C.</font></td></tr>
</table></td>
<td width="610" valign="top"><table border="0" width="100%" cellpadding="12"><tr><td>
<p><font face="Verdana, Arial" size="5" color="#003399"><b>${oTitle.replace('&', '&amp;')}</b></font></p>
<p><font face="Verdana, Arial" size="2">${oIntro}</font></p>
<table border="1" width="90%" cellspacing="0" cellpadding="4" bordercolor="#003399">
<tr><td bgcolor="#003399"><font face="Verdana" size="2" color="#FFFFFF"><b>Property</b></font></td><td bgcolor="#003399"><font face="Verdana" size="2"
color="#FFFFFF"><b>Price per clean</b></font></td></tr>
${oRows.map(([a, b]) => `<tr><td><font face="Verdana" size="2">${a}</font></td><td><font face="Verdana" size="2">${b}</font></td></tr>`).join('\n')}
</table>
${render(oSecs, oShape)}
<p align="center"><img src="images/sponge.gif" width="80" height="60" alt=""></p>
<p align="center"><font face="Verdana" size="1">Page last updated 14/03/2009</font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font face="Verdana" size="1" color="#FFFFFF">© Crystal Clear Window Cleaning 1987 - 2009 |
22 Station Terrace, Thornby | Tel: Thornby 430 512</font><br><font face="Verdana" size="1" color="#FFFFFF">You are visitor number
<img src="http://counter.digits.example/?id=crystalclear" alt="counter"></font><br><font face="Verdana" size="1"
color="#99BBFF">Best viewed in Internet Explorer 6 at 800 x 600</font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout685-frontpage-prices',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: heads(oSecs),
  body: [oIntro, ...rowTexts(oRows), ...bodyOf(oSecs)],
  bylines: ['Page last updated 14/03/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '*** Now booking spring inside cleans ***', 'Home', 'Our Area', 'Links', 'Member of the F.W.C.',
    '© Crystal Clear Window Cleaning 1987 - 2009 | 22 Station Terrace, Thornby | Tel: Thornby 430 512', 'You are visitor number',
    'Best viewed in Internet Explorer 6 at 800 x 600',
  ],
};

export const HELDOUT685_F: readonly TestPage[] = [nextjs, tableLayout];
