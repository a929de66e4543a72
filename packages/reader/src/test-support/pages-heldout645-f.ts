import { ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis, rowTexts, trs } from './pages-heldout645-kit.js';

/**
 * Held-out batch 645, file f: a gala announcement on an old hand-built table layout (Dreamweaver rollovers, font tags, a
 * left navigation cell, a hit counter), and an accessibility guide on a Next.js (App Router, Tailwind) site with an
 * "On this page" rail, a feedback box and the RSC payload scripts.
 */
const bTitle = 'Spring Steam Gala 2027';
const bIntro = [
  j(
    'Our Spring Steam Gala returns on Saturday 17th and Sunday 18th April with five locomotives in steam, including two',
    'visitors, and an intensive timetable with trains every 40 minutes from Bramwell to Moor Top.',
  ),
  'Advance tickets are NOT required. All tickets are rovers and can be bought on the day at Bramwell station.',
];
const bHead = ['No.', 'Name', 'Type', 'Notes'];
const bLocos = [
  ['4', 'Hetty', '0-4-0ST', 'Home fleet'],
  ['11', 'Sir Hugh', '0-6-0T', 'Home fleet, first gala since overhaul'],
  ['2871', '–', '4-6-0', 'Visiting from the Hollin Vale Railway (Saturday only)'],
  ['68', 'Bramble', '0-6-0ST', 'Visiting from a private owner'],
  ['D2145', '–', '0-6-0DM', 'Diesel, Sunday goods demonstration'],
];
const bMore = [
  'Extra attractions',
  'Goods train demonstrations on Sunday afternoon',
  'Brake van rides from Moor Top yard',
  'Model railway exhibition in the goods shed',
  'Real ale bar in the station buffet (Saturday evening)',
  'Fares',
  'Gala rover: Adult £20, Child £10, Family £50. Under 5s free. Members half price with card.',
];
const bNav = ['Home', 'Timetable', 'Fares', 'Events', 'Locomotives', 'Rolling Stock', 'Membership', 'Links', 'Contact Us'];
const bHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Bramwell Moor Railway - Spring Steam Gala 2027</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="steam, railway, gala, Bramwell, preserved, locomotives"><link href="bmr.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('images/nav_home_on.gif','images/nav_tt_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/header.jpg" width="780" height="120"
alt="Bramwell Moor Railway"></td></tr>
<tr><td colspan="2" bgcolor="#660000" class="marquee"><marquee scrollamount="3"><font color="#FFFFFF" size="2"
face="Verdana, Arial, Helvetica, sans-serif">*** SANTA SPECIALS 2027 - BOOKING NOW OPEN ***</font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#003300" class="nav"><br>
${bNav.map((n) => `&nbsp;&nbsp;<a href="${n.toLowerCase().replace(/ /g, '')}.htm" class="navlink">${n}</a><br>`).join('\n')}
<br><img src="images/spacer.gif" width="1" height="20"><br><div align="center"><a href="membership.htm"><img src="images/join.gif" width="120" height="60"
border="0" alt="Join the BMR Society"></a></div><br></td>
<td width="620" valign="top" class="content"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><h1 class="pagetitle">${bTitle}</h1>
${ps(bIntro)}
<p align="center"><img src="images/gala2026.jpg" width="400" height="267" alt="Gala 2026"><br><font
size="1"><i>Sir Hugh and Hetty double head at last year&#39;s gala</i></font></p>
<h3>Locomotives expected</h3>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#003300"><tr bgcolor="#003300">${bHead
  .map(
    (h) => `<th><font color="#FFFFFF"
size="2">${h}</font></th>`,
  )
  .join('')}</tr>
${trs(bLocos)}</table>
<p><font size="1">Locomotives are subject to availability and may change without notice.</font></p>
<h3>${bMore[0]}</h3><ul>${lis(bMore.slice(1, 5))}</ul>
<h3>${bMore[5]}</h3><p>${bMore[6]}</p>
<p><a href="events.htm">&lt;&lt; Back to Events</a></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003300" align="center"><font color="#FFFFFF" size="1" face="Verdana, Arial, Helvetica, sans-serif">
Bramwell Moor Railway Society Ltd, Station Yard, Bramwell, Lancs. Tel 01632 960 771<br>Page last updated 12/03/2027<br>
You are visitor number <img src="/cgi-bin/counter.pl?page=gala" alt="counter"> 048213<br>Site by Keith Armitage</font></td></tr></table></body></html>`;
const oldTable: TestPage = gold({
  name: 'heldout645-table-layout-gala',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: ['Locomotives expected', bMore[0] ?? '', bMore[5] ?? ''],
  body: [...bIntro, ...rowTexts(bLocos), 'Locomotives are subject to availability and may change without notice.', ...bMore.slice(1, 5), bMore[6] ?? ''],
  bylines: ['Page last updated 12/03/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '*** SANTA SPECIALS 2027 - BOOKING NOW OPEN ***', ...bNav, 'Sir Hugh and Hetty double head at last year\'s gala', '<< Back to Events',
    'Bramwell Moor Railway Society Ltd, Station Yard, Bramwell, Lancs. Tel 01632 960 771', 'You are visitor number 048213', 'Site by Keith Armitage',
  ],
});

const nTitle = 'Accessibility guide';
const nDek = 'Everything you need to know to plan a step-free visit to the Northmoor Steam Railway.';
const nSecs: { h: string; id: string; blocks: string[] }[] = [
  {
    h: 'Stations',
    id: 'stations',
    blocks: [
      j(
        'Northmoor and Lowgill stations have level access from the car park to the platform, accessible toilets and a hearing loop',
        'at the booking office. Fellside Halt has a steep gravel path and is not suitable for wheelchairs.',
      ),
      'Blue badge parking is next to the booking office at Northmoor, with six bays kept free on every running day.',
    ],
  },
  {
    h: 'On the train',
    id: 'on-the-train',
    blocks: [
      j(
        'Every train includes our accessible saloon, which has a ramp, space for two wheelchairs and a companion seat beside each.',
        'Staff put the ramp in place at Northmoor and Lowgill; please tell the booking office when you arrive.',
      ),
      'Mobility scooters up to 70cm wide can travel in the saloon. Larger scooters can be left in the booking office.',
    ],
  },
  {
    h: 'Assistance dogs and sensory needs',
    id: 'assistance-dogs',
    blocks: [
      'Assistance dogs travel free and are welcome everywhere on the railway, including the café.',
      'Steam engines are noisy. Ear defenders can be borrowed free of charge from the booking office.',
      'Our quieter “Calm Carriage” runs on the first train of each day, with dimmed lights and no announcements.',
    ],
  },
  {
    h: 'Booking assistance',
    id: 'booking',
    blocks: ['Carers travel free. You can book the accessible saloon by phone on 01632 960 552 or by choosing “Accessible saloon” when you book online.'],
  },
];
const nNav = ['Plan your visit', 'Timetable', 'Tickets', 'Events', 'Experiences', 'Support us'];
const nCrumbs = ['Home', 'Plan your visit'];
const nFoot = ['About us', 'Careers', 'Volunteering', 'Privacy', 'Cookies', 'Terms'];
const nFlight = (s: string): string => `<script>self.__next_f.push([1,${JSON.stringify(s).replace(/</g, '\\u003c')}])</script>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_2d5e8a __variable_f1c9b3"><head><meta charSet="utf-8"/><meta name="viewport"
content="width=device-width, initial-scale=1"/>
<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" crossorigin="" type="font/woff2"/><link rel="stylesheet"
href="/_next/static/css/0c7e1f3a9b2d4e6f.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-3f2b1c0d9e8a7b6c.js"/><script
src="/_next/static/chunks/fd9d1056-2e4f6a8b0c1d3e5f.js" async=""></script>
<script src="/_next/static/chunks/main-app-7a9c1e3b5d7f9a1c.js" async=""></script><title>Accessibility guide | Northmoor Steam Railway</title>
<meta name="description" content="${nDek}"/><link rel="canonical" href="https://www.northmoorsteam.co.uk/plan-your-visit/accessibility"/>
<meta property="og:title" content="Accessibility guide"/><meta name="next-size-adjust"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Accessibility guide","dateModified":"2027-01-18"}</script></head>
<body class="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased"><a href="#main"
class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-stone-200 bg-white/95 backdrop-blur"><div
class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4 lg:px-8">
<a class="flex items-center gap-2" href="/"><img alt="Northmoor Steam Railway" loading="lazy" width="180" height="40" decoding="async" data-nimg="1"
style="color:transparent" src="/_next/static/media/nsr-logo.8c2e1f.svg"/></a>
<nav aria-label="Main" class="hidden lg:block"><ul class="flex items-center gap-6 text-sm font-medium">
${nNav.map((n) => `<li><a class="hover:text-red-700" href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></li>`).join('')}</ul></nav>
<div class="flex items-center gap-3"><a class="rounded-full bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800"
href="/tickets">Book tickets</a>
<button type="button" class="lg:hidden" aria-expanded="false" aria-controls="mobile-menu"><span class="sr-only">Open menu</span><svg class="h-6 w-6" fill="none"
viewBox="0 0 24 24" aria-hidden="true"></svg></button></div></div></header>
<main id="main"><div class="mx-auto max-w-7xl px-4 py-10 lg:px-8"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-stone-500"><ol
class="flex items-center gap-2">
${nCrumbs.map((c) => `<li><a class="hover:underline" href="/${c === 'Home' ? '' : 'plan-your-visit'}">${c}</a></li><li aria-hidden="true">/</li>`).join('')}<li
aria-current="page" class="text-stone-900">${nTitle}</li></ol></nav>
<div class="grid gap-12 lg:grid-cols-[1fr_16rem]"><article class="prose prose-stone max-w-none prose-headings:font-serif"><h1>${nTitle}</h1><p
class="lead">${nDek}</p>
<p class="not-prose text-sm text-stone-500">Last reviewed: 18 January 2027</p>
${nSecs.map((s) => `<h2 id="${s.id}">${s.h}</h2>\n${ps(s.blocks)}`).join('\n')}
<div class="not-prose mt-10 rounded-xl border border-stone-200 bg-white p-6"><p class="font-semibold">Was this page helpful?</p><div class="mt-3 flex gap-3">
<button type="button" class="rounded border px-4 py-1.5 text-sm">Yes</button><button type="button"
class="rounded border px-4 py-1.5 text-sm">No</button></div></div></article>
<aside class="hidden lg:block"><div class="sticky top-24"><p class="mb-3 text-xs font-semibold uppercase tracking-wider text-stone-500">On this page</p><ul
class="space-y-2 text-sm">
${nSecs.map((s) => `<li><a class="text-stone-600 hover:text-red-700" href="#${s.id}">${s.h}</a></li>`).join('')}</ul>
<div class="mt-8 rounded-lg bg-red-50 p-4"><p class="text-sm font-semibold">Need help planning?</p><p
class="mt-1 text-sm">Call our visitor team on 01632 960 552, 9am to 4pm daily.</p></div></div></aside></div></div></main>
<footer class="mt-16 bg-stone-900 text-stone-300"><div class="mx-auto max-w-7xl px-4 py-12 lg:px-8"><div class="grid gap-8 md:grid-cols-3"><div><p
class="font-serif text-lg text-white">Northmoor Steam Railway</p>
<p class="mt-2 text-sm">Northmoor Station, Moor Lane, Northmoor NM3 8QP</p></div><ul class="space-y-2 text-sm">${nFoot
  .map(
    (f) => `<li><a
href="/${f.toLowerCase().replace(/ /g, '-')}">${f}</a></li>`,
  )
  .join('')}</ul>
<form class="text-sm"><label for="nl" class="block font-semibold text-white">Get the newsletter</label><div class="mt-2 flex"><input id="nl" type="email"
placeholder="you@example.com" class="rounded-l px-3 py-2 text-stone-900"/>
<button class="rounded-r bg-red-700 px-4 py-2 text-white" type="submit">Sign up</button></div></form></div>
<p class="mt-10 text-xs text-stone-500">© 2027 Northmoor Steam Railway Trust. Registered charity 1187342.</p></div></footer>
<div role="dialog" aria-live="polite" aria-label="Cookie consent"
class="fixed inset-x-4 bottom-4 z-50 mx-auto max-w-xl rounded-xl bg-white p-5 shadow-2xl ring-1 ring-stone-200">
<p class="text-sm">We use essential cookies to run this site and, with your consent, analytics cookies to improve it.</p><div class="mt-3 flex gap-2">
<button class="rounded bg-stone-900 px-3 py-1.5 text-sm text-white">Accept all</button><button
class="rounded border px-3 py-1.5 text-sm">Essential only</button></div></div>
<script src="/_next/static/chunks/webpack-3f2b1c0d9e8a7b6c.js"
async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
${nFlight('1:HL["/_next/static/css/0c7e1f3a9b2d4e6f.css","style"]\n')}
${nFlight(`5:["$","article",null,{"className":"prose
prose-stone","children":[["$","h1",null,{"children":"${nTitle}"}],["$","p",null,{"className":"lead","children":"${nDek}"}]]}]\n`)}
</body></html>`;
const nextjs: TestPage = gold({
  name: 'heldout645-nextjs-accessibility-guide',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nSecs.map((s) => s.h),
  body: texts([nDek, ...nSecs.flatMap((s) => s.blocks)]),
  bylines: ['Last reviewed: 18 January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Book tickets', 'Open menu', ...nCrumbs, 'Was this page helpful?', 'Yes', 'No', 'On this page', 'Need help planning?',
    'Call our visitor team on 01632 960 552, 9am to 4pm daily.', 'Northmoor Steam Railway', 'Northmoor Station, Moor Lane, Northmoor NM3 8QP', ...nFoot,
    'Get the newsletter', 'Sign up', '© 2027 Northmoor Steam Railway Trust. Registered charity 1187342.',
    'We use essential cookies to run this site and, with your consent, analytics cookies to improve it.', 'Accept all', 'Essential only',
  ],
});

export const HELDOUT645_F: readonly TestPage[] = [oldTable, nextjs];
