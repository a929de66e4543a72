import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, mk, rowText } from './pages-heldout541-kit.js';

/** Held-out batch 541, file f: a farm paintball and quad trekking price list in an old table layout, and a coasteering safety page on Next.js. */
const tTitle = 'Prices 2027';
const tIntro = 'All prices include kit hire and a qualified instructor. Groups of 12 or more please ring to book.';
const tRows = [
  ['Paintball half day (300 balls)', '£25'],
  ['Paintball full day (500 balls)', '£39'],
  ['Extra 100 balls', '£8'],
  ['Quad trek, 1 hour', '£45'],
  ['Junior quads (ages 6 to 11), 30 mins', '£20'],
];
const tNote = 'Sorry, we cannot take cards. Cash or bank transfer only. Deposit of £10 a head to hold your booking.';
const tNav = ['Home', 'Paintball', 'Quad Trekking', 'Prices', 'Directions', 'Guestbook'];
const tCell = (cells: readonly string[]): string =>
  `<tr bgcolor="#FFFFCC">${cells.map((c, i) => `<td${i === 1 ? ' align="right"' : ''}><font face="Verdana, Arial" size="2">${c}</font></td>`).join('')}</tr>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Pennock Farm Paintball &amp; Quad Trekking - Prices</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="paintball, quad trekking, quad bikes, pennock farm, stag, birthday"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#336633" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Pennock Farm Paintball and Quad Trekking"></td></tr>
<tr><td width="160" valign="top" bgcolor="#669966"><table width="100%" border="0" cellpadding="4">
${tNav
  .map(
    (t) => `<tr><td><a href="${t.toLowerCase().replace(/\s+/g, '')}.htm"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>${t}</b>
</font></a></td></tr>`,
  )
  .join('\n')}
</table><p align="center"><font face="Verdana" size="1" color="#FFFFFF">Tel: 01632 960913<br>Mob: 07700 900418</font></p>
<p align="center"><img src="images/counter.gif" alt="counter"><br><font face="Verdana" size="1" color="#FFFFFF">Visitors since 2004</font></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="10"><tr><td>
<font face="Verdana, Arial" size="4" color="#336633"><b>${tTitle}</b></font>
<p><font face="Verdana, Arial" size="2">${tIntro}</font></p>
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#336633">
<tr bgcolor="#336633"><td><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Activity</b></font></td>
<td align="right"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Price per person</b></font></td></tr>
${tRows.map(tCell).join('\n')}
</table>
<p><font face="Verdana, Arial" size="2" color="#CC0000"><b>${tNote}</b></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#336633"><font face="Verdana" size="1" color="#FFFFFF">&copy; Pennock Farm 2004-2027 | Best viewed at 1024x768
| <a href="mailto:pennockfarm@example.co.uk"><font color="#FFFFFF">Email us</font></a></font></td></tr>
</table></body></html>`;
const tablePrices: TestPage = mk({
  name: 'heldout541-farm-paintball-prices-table',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([tIntro, ...tRows.map(rowText), tNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...tNav, 'Tel: 01632 960913', 'Mob: 07700 900418', 'Visitors since 2004', '© Pennock Farm 2004-2027 | Best viewed at 1024x768 | Email us'],
});

const nTitle = 'Coasteering: before you go in';
const nDek = 'The safety briefing for every coasteering session at Porthkennack Adventures. Your guide will go through it again on the beach.';
const nSecs: { h: string; paras: string[]; list?: string[] }[] = [
  {
    h: 'Who can take part',
    paras: [
      j(
        'Coasteering is open to anyone aged 10 and over who can swim 50 metres and is happy to float in open water wearing a buoyancy aid.',
        'Under 18s must be with an adult on the same session. You do not need to be a strong swimmer; most of the session is scrambling.',
      ),
      j(
        'Let us know before the day if you are pregnant, have epilepsy, a heart condition, or have had a shoulder, back or knee injury in',
        'the last year. Your guide may adapt the route or suggest another activity.',
      ),
    ],
  },
  {
    h: 'Your kit',
    paras: ['We provide a 5mm wetsuit, helmet, buoyancy aid and wetsuit boots. Please bring:'],
    list: [
      'swimwear to wear under the wetsuit',
      'a towel and warm clothes for afterwards',
      'old trainers if you prefer them to our boots',
      'a drink and a snack for the walk back',
    ],
  },
  {
    h: 'On the rocks',
    paras: [
      j(
        'Stay behind your guide and move only when they say so. Barnacles are sharp, so keep your hands and feet where you can see them and',
        'go slowly on wet weed. In the water, lie on your back with your feet downstream and let the swell carry you towards the next ledge.',
      ),
      j(
        'Jumps are always optional. Your guide checks the depth of every landing on the day, and you jump only from the spot they show you,',
        'feet first, with your arms crossed over your buoyancy aid.',
      ),
    ],
  },
  {
    h: 'If something goes wrong',
    paras: [
      j(
        'If you are separated from the group, float on your back, raise one arm and blow the whistle on your buoyancy aid. Every guide',
        'carries a first aid kit, a throw line and a radio, and sessions are only run when the sea state is within our limits.',
      ),
    ],
  },
];
const nWarn = 'Sessions are cancelled if the swell is over 1.5 metres. We will text you by 8am on the day if we have to cancel.';
const nNav = ['Activities', 'Coasteering', 'Surf School', 'Sea Kayaking', 'Groups', 'About'];
const nCrumbs = ['Home', 'Coasteering', 'Safety'];
const nFoot = [
  'Porthkennack Adventures Ltd, The Old Lifeboat House, Porthkennack TR19 4XJ',
  'Terms and conditions',
  'Privacy',
  'Careers',
  '© 2027 Porthkennack Adventures',
];
const nSecHtml = nSecs
  .map(
    (s) =>
      `<section class="mt-10"><h2 class="font-display text-2xl font-bold text-slate-900">${s.h}</h2>${ps(s.paras, ' class="mt-4 leading-7"')}${
        s.list === undefined ? '' : `<ul class="mt-4 list-disc space-y-2 pl-6">${lis(s.list)}</ul>`
      }</section>`,
  )
  .join('\n');
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Coasteering safety briefing | Porthkennack Adventures</title><meta name="description" content="${nDek}"/><meta name="next-head-count" content="4"/>
<link rel="preload" href="/_next/static/css/3b1e2f9a8c0d4e57.css" as="style"/><link rel="stylesheet" href="/_next/static/css/3b1e2f9a8c0d4e57.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/pages/_app-1d2c3b4a5e6f7081.js" defer=""></script>
<script src="/_next/static/chunks/pages/coasteering/%5Bslug%5D-0a9b8c7d6e5f4a3b.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur">
<div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a class="flex items-center gap-2" href="/">
<img alt="Porthkennack Adventures" loading="lazy" width="160" height="40" decoding="async" src="/_next/static/media/logo.4f2a1c.svg"/></a>
<nav class="hidden gap-6 text-sm font-medium lg:flex" aria-label="Main">${nNav
  .map(
    (t) => `<a class="hover:text-teal-700"
href="/${t.toLowerCase().replace(/\s+/g, '-')}">${t}</a>`,
  )
  .join('')}</nav>
<a class="rounded-full bg-orange-500 px-4 py-2 text-sm font-semibold text-white" href="/book">Book a session</a>
<button type="button" class="lg:hidden" aria-label="Open menu"><svg aria-hidden="true" class="h-6 w-6"></svg></button></div></header>
<main id="main" class="mx-auto max-w-7xl px-4 pb-24"><nav aria-label="Breadcrumb" class="py-4 text-sm text-slate-500"><ol class="flex gap-2">
${nCrumbs
  .map(
    (t, i) =>
      `<li>${
        i < 2
          ? `<a href="/${i === 0 ? '' : 'coasteering'}">${t}</a>
<span aria-hidden="true"> / </span>`
          : `<span aria-current="page">${t}</span>`
      }</li>`,
  )
  .join('')}
</ol></nav><div class="grid gap-12 lg:grid-cols-[1fr_320px]"><article class="prose-lg max-w-none">
<p class="text-sm font-semibold uppercase tracking-wide text-teal-700">Safety briefing</p>
<h1 class="mt-2 font-display text-4xl font-extrabold text-slate-900">${nTitle}</h1>
<p class="mt-4 text-xl text-slate-600">${nDek}</p>
<div class="mt-8 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4" role="note"><p class="font-medium text-amber-900">${nWarn}</p></div>
${nSecHtml}
<p class="mt-10 text-sm text-slate-500">Last reviewed: 3 March 2027</p></article>
<aside class="space-y-6"><div class="rounded-xl bg-slate-900 p-6 text-white"><h2 class="text-lg font-bold">Ready to book?</h2>
<p class="mt-2 text-slate-300">Sessions run twice daily from April to October. £49 per person.</p>
<a class="mt-4 inline-block rounded-full bg-orange-500 px-5 py-2 font-semibold" href="/book?activity=coasteering">Check dates</a></div>
<div class="rounded-xl border border-slate-200 p-6"><h2 class="text-lg font-bold">Related</h2><ul class="mt-3 space-y-2">
<li><a href="/coasteering/routes">Our three coasteering routes</a></li><li><a href="/surf-school/safety">Surf school safety</a></li></ul></div>
</aside></div></main>
<footer class="bg-slate-950 py-12 text-sm text-slate-400"><div class="mx-auto max-w-7xl px-4"><p>${nFoot[0]}</p><ul class="mt-4 flex gap-4">
${nFoot
  .slice(1, 4)
  .map((t) => `<li><a href="/${t.toLowerCase().replace(/\s+/g, '-')}">${t}</a></li>`)
  .join('')}</ul><p class="mt-4">${nFoot[4]}</p></div></footer>
<div class="fixed inset-x-0 bottom-0 z-50 bg-white p-4 shadow-2xl" role="dialog" aria-live="polite" aria-label="Cookie consent">
<p class="text-sm">We use cookies to
see how people use our site and to show the booking calendar.</p><div class="mt-3 flex gap-3">
<button class="rounded bg-teal-700 px-4 py-2 text-white">Accept all</button>
<button class="rounded border px-4 py-2">Only necessary</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"slug":"safety","title":"${nTitle}","updated":"2027-03-03"}},"__N_SSG":true},
"page":"/coasteering/[slug]","query":{"slug":"safety"},"buildId":"x7Qm2kP9aL1vR4tZ","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextCoasteering: TestPage = mk({
  name: 'heldout541-coasteering-safety-nextjs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nSecs.map((s) => s.h),
  body: texts([nDek, nWarn, ...nSecs.flatMap((s) => [...s.paras, ...(s.list ?? [])])]),
  bylines: ['Last reviewed: 3 March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Book a session', ...nCrumbs, 'Safety briefing', 'Ready to book?',
    'Sessions run twice daily from April to October. £49 per person.', 'Check dates', 'Related', 'Our three coasteering routes', 'Surf school safety',
    ...nFoot, 'We use cookies to see how people use our site and to show the booking calendar.', 'Accept all', 'Only necessary',
  ],
});

export const HELDOUT541_F: readonly TestPage[] = [tablePrices, nextCoasteering];
