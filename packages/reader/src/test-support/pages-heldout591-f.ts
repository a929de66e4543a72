import { type TestPage, texts } from './page-kit.js';
import { esc, j, lis, row, rowText } from './pages-heldout591-kit.js';

/**
 * Held-out batch 591, file f: a small English school's "Courses & Prices" page in an old table layout (font tags, image
 * spacers, visitor counter), and a children's Saturday Mandarin school page on Next.js (pages router, Tailwind, Cookiebot).
 */
const oTitle = 'Courses & Prices 2027';
const oSecs: { h: string; ps: string[] }[] = [
  {
    h: '',
    ps: [
      j(
        'Harbourside School of English has taught English to adults and teenagers in Tollmouth since 1991. All our teachers are qualified and',
        'experienced. Classes have a maximum of 10 students.',
      ),
    ],
  },
  {
    h: 'General English',
    ps: [
      j(
        '20 lessons a week (Monday to Friday, 9.00 - 12.30). Each lesson is 45 minutes. Suitable for all levels from elementary to advanced.',
        'Courses start every Monday, except beginners, who start on the first Monday of each month.',
      ),
    ],
  },
  {
    h: 'Intensive English',
    ps: ['30 lessons a week: General English in the morning plus 10 lessons of conversation, pronunciation and exam skills on three afternoons.'],
  },
  { h: 'Prices (per week)', ps: [] },
  {
    h: 'Junior summer course (age 13 - 17)',
    ps: [
      j(
        'July and August only. 20 lessons a week plus afternoon activities and two excursions a week. £520 per week including homestay full',
        'board and transfers from Tollmouth station.',
      ),
      'To book, fill in the enrolment form and post or fax it to us, or send an e-mail to ' +
        '<a href="mailto:info@harbourside-english.co.uk">info@harbourside-english.co.uk</a>.',
    ],
  },
];
const oRows = [
  ['1 - 3', '£245', '£330'],
  ['4 - 11', '£225', '£305'],
  ['12 +', '£205', '£280'],
];
const oFees = 'Registration fee £50 (one time). Course books £30. Exam fees are not included.';
const oNav = ['Home', 'About us', 'Courses & Prices', 'Accommodation', 'Activities', 'Enrolment form', 'Contact / Map', 'Links'];
const oF = (t: string, size = 2): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="${size}">${t}</font>`;
const oSecHtml = (s: (typeof oSecs)[number]): string =>
  (s.h === '' ? '' : `<h2><font face="Verdana, Arial, Helvetica, sans-serif" color="#003366" size="3">${s.h}</font></h2>\n`) +
  (s.h.startsWith('Prices')
    ? `<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#99CCFF"><tr bgcolor="#003366"><td>${oF(`<font color="#FFFFFF"><b>Weeks</b>
</font>`)}</td>
<td>${oF('<font color="#FFFFFF"><b>General English</b></font>')}</td><td>${oF('<font color="#FFFFFF"><b>Intensive English</b></font>')}</td></tr>
${oRows.map((r) => row(r)).join('\n')}</table>\n<p>${oF(oFees)}</p>`
    : s.ps.map((p) => `<p>${oF(p)}</p>`).join('\n'));
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Harbourside School of English - Tollmouth, England - Courses and Prices</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="english school, tollmouth, learn english, english course england, summer school">
<meta name="description" content="English courses for adults and juniors in Tollmouth, England. General English, Intensive English, summer courses.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script>
<style type="text/css"><!-- a:link { color: #003366; } a:hover { color: #CC0000; } .nav { font-family: Verdana, Arial; font-size: 11px; font-weight: bold; }
--></style></head>
<body bgcolor="#E8F1F8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header_harbour.jpg" width="780" height="120" alt="Harbourside School of English - Learn English by the sea!" border="0">
</td></tr>
<tr><td colspan="2" bgcolor="#003366" height="22" align="right">${oF('<font color="#FFFFFF"><b>Learn English by the sea!</b></font>&nbsp;&nbsp;', 1)}</td></tr>
<tr><td width="160" valign="top" bgcolor="#CCE0F0"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${oNav
  .map(
    (t) => `<tr><td class="nav"><img src="images/arrow.gif" width="8" height="8" alt="">
<a href="${t.toLowerCase().replace(/[^a-z]+/g, '_')}.htm">${esc(t)}</a></td></tr>`,
  )
  .join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20" alt=""></td></tr>
<tr><td align="center"><img src="images/acls_member.gif" width="120" height="60" alt="ACLS member">
<br>${oF('Member of the Association of Coastal Language Schools', 1)}</td></tr>
</table></td>
<td width="620" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
<h1><font face="Verdana, Arial, Helvetica, sans-serif" color="#003366" size="5">${esc(oTitle)}</font></h1>
${oSecs.map(oSecHtml).join('\n')}
<p align="right">${oF('<a href="javascript:window.print()">Print this page</a> | <a href="#top">Top of page</a>', 1)}</p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center">
<br>${oF(
  `<font color="#FFFFFF">Harbourside School of English &middot; 7 Quay Street &middot; Tollmouth TL3 2QE &middot; England
<br>Tel: +44 (0)1632 960 772 &middot; Fax: +44 (0)1632 960 773</font>`,
  1,
)}<br><br></td></tr>
<tr><td colspan="2" align="center">${oF('&copy; 1999-2027 Harbourside School of English | Last updated: 12 January 2027 | Best viewed with 1024x768', 1)}<br>
${oF('You are visitor number <img src="http://counter.example-hits.net/c.php?id=88123&amp;d=7" alt="0041873" border="0">', 1)}</td></tr>
</table></body></html>`;
const harbourside: TestPage = {
  name: 'heldout591-harbourside-table-layout',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oSecs.filter((s) => s.h !== '').map((s) => s.h),
  body: texts(oSecs.flatMap((s) => (s.h.startsWith('Prices') ? [...oRows.map(rowText), oFees] : s.ps))),
  bylines: ['Last updated: 12 January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Learn English by the sea!', 'Home', 'About us', 'Accommodation', 'Contact / Map', 'Links', 'Member of the Association of Coastal Language Schools',
    'Print this page', 'Top of page', 'Harbourside School of English · 7 Quay Street · Tollmouth TL3 2QE · England',
    'Tel: +44 (0)1632 960 772 · Fax: +44 (0)1632 960 773', '© 1999-2027 Harbourside School of English', 'Best viewed with 1024x768', 'You are visitor number',
  ],
};

const nTitle = 'Saturday Mandarin school for children';
const nDek = 'Playful, structured Mandarin classes for children aged 4 to 12, every Saturday morning in term time at Wexley Community Hall.';
const nCards = [
  {
    h: 'Little Owls (4–6)',
    p: 'Songs, stories and movement games. Children learn around 150 words a term and start recognising their first characters. 60 minutes, 9:30–10:30.',
  },
  { h: 'Explorers (7–9)', p: 'Speaking in short dialogues, reading pinyin and writing about 80 characters a year. 90 minutes, 10:45–12:15.' },
  {
    h: 'Pathfinders (10–12)',
    p: 'Reading short texts, writing simple messages and preparing for our own Level 1 and Level 2 certificates. 90 minutes, 10:45–12:15.',
  },
];
const nHeritage = j(
  'Children who speak Mandarin at home join separate heritage groups at the same times, with more reading and writing and less',
  'speaking practice.',
);
const nTerms = ['Autumn term: 12 September – 12 December', 'Spring term: 9 January – 27 March', 'Summer term: 24 April – 10 July'];
const nNoClass = 'There are no classes on the Saturday of each half-term week.';
const nFeeIntro = 'Fees are charged per term and include all books and materials.';
const nFees = ['Little Owls: £180 a term', 'Explorers and Pathfinders: £235 a term', 'Second child: 10% off'];
const nRefund = 'If your child is not happy after the first two classes, we will refund the rest of the term.';
const nNav = ['Classes', 'Holiday camps', 'Teachers', 'Parents', 'Contact'];
const nFoot = ['About', 'Safeguarding policy', 'Privacy', 'Contact'];
const nH2 = (t: string): string => `<h2 class="mb-4 mt-12 text-2xl font-semibold tracking-tight text-slate-900">${t}</h2>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>Saturday Mandarin School for Children | Little Owls Languages</title>
<meta name="description" content="${nDek}"><meta property="og:title" content="Saturday Mandarin school for children">
<link rel="canonical" href="https://littleowlslanguages.org.uk/classes/saturday-school">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Saturday Mandarin school for children",
"provider":{"@type":"Organization","name":"Little Owls Languages"}}</script>
<meta name="next-head-count" content="7"><link rel="preload" href="/_next/static/css/8c1f0e2a7b3d4f56.css" as="style">
<link rel="stylesheet" href="/_next/static/css/8c1f0e2a7b3d4f56.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>
<script src="/_next/static/chunks/webpack-2f1a3c5e7d9b0c4e.js" defer=""></script><script src="/_next/static/chunks/framework-64ad27b21261a9ce.js" defer="">
</script>
<script src="/_next/static/chunks/pages/classes/%5Bslug%5D-5e7a9c1b3d2f4e60.js" defer=""></script>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="7d3e1f2a-9b8c-4d5e-a6f7-0b1c2d3e4f50" data-blockingmode="auto"
type="text/javascript"></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white
focus:px-4 focus:py-2">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur">
<div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-4">
<a class="flex items-center gap-2 text-lg font-bold text-amber-700" href="/">
<img alt="" loading="lazy" width="32" height="32" decoding="async" data-nimg="1" src="/_next/static/media/owl.4c2b1a9e.svg">Little Owls Languages</a>
<nav aria-label="Main" class="hidden gap-6 text-sm font-medium md:flex">${nNav
  .map(
    (t) => `<a class="text-slate-700 hover:text-amber-700"
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join('')}</nav>
<button type="button" class="md:hidden" aria-label="Open menu" aria-expanded="false">
<svg class="h-6 w-6" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path d="M4 6h16M4 12h16M4 18h16"></path></svg></button></div></header>
<main id="main" class="mx-auto max-w-3xl px-4 py-12"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-slate-500"><ol class="flex flex-wrap gap-2">
<li><a class="hover:underline" href="/">Home</a></li><li aria-hidden="true">/</li><li><a class="hover:underline" href="/classes">Classes</a></li>
<li aria-hidden="true">/</li>
<li aria-current="page" class="text-slate-700">Saturday school</li></ol></nav>
<h1 class="text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">${nTitle}</h1><p class="mt-4 text-lg leading-8 text-slate-600">${nDek}</p>
${nH2('Classes by age')}<div class="grid gap-6 sm:grid-cols-3">
${nCards
  .map(
    (c) => `<div class="rounded-2xl border border-amber-100 bg-amber-50 p-5"><h3 class="text-lg font-semibold text-amber-800">${c.h}</h3>
<p class="mt-2 text-sm leading-6 text-slate-700">${c.p}</p></div>`,
  )
  .join('\n')}
</div><p class="mt-6 leading-7 text-slate-700">${nHeritage}</p>
${nH2('Term dates 2026–27')}<ul class="list-disc space-y-1 pl-6 text-slate-700">${lis(nTerms)}</ul><p class="mt-4 leading-7 text-slate-700">${nNoClass}</p>
${nH2('Fees')}<p class="leading-7 text-slate-700">${nFeeIntro}</p><ul class="mt-3 list-disc space-y-1 pl-6 text-slate-700">${lis(nFees)}</ul>
<p class="mt-4 leading-7 text-slate-700">${nRefund}</p>
<section class="mt-16 rounded-3xl bg-amber-600 px-8 py-10 text-center text-white"><h2 class="text-2xl font-bold">Come and try a class</h2>
<p class="mt-2">Your child&#x27;s first Saturday is free.</p>
<a class="mt-6 inline-block rounded-full bg-white px-6 py-3 font-semibold text-amber-700" href="/book-trial">Book a trial class</a></section></main>
<footer class="border-t border-slate-200 bg-slate-50"><div class="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3"><div>
<p class="font-semibold">Little Owls Languages</p>
<p class="mt-2 text-sm text-slate-600">Wexley Community Hall, 22 Mill Road, Wexley</p></div><nav aria-label="Footer"><ul class="space-y-2 text-sm">
${nFoot.map((t) => `<li><a class="text-slate-600 hover:text-slate-900" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></nav>
<form class="text-sm"><label for="nl-email" class="font-semibold">Get term news</label><div class="mt-2 flex gap-2">
<input id="nl-email" type="email" placeholder="Email address" class="w-full rounded border px-3 py-2">
<button type="submit" class="rounded bg-amber-600 px-4 py-2 text-white">Sign up</button></div></form></div>
<p class="pb-8 text-center text-xs text-slate-500">© 2027 Little Owls Languages CIC. Registered charity no. 1190042.</p></footer></div>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" tabindex="-1"
lang="en" class="CybotCookiebotDialogActive CybotEdge">
<div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody" class="CybotCookiebotScrollContainer">
<div id="CybotCookiebotDialogBodyContent">
<h2 id="CybotCookiebotDialogBodyContentTitle" lang="en">This website uses cookies</h2>
<div id="CybotCookiebotDialogBodyContentText" lang="en">We use cookies to personalise content and to analyse our traffic.
You consent to our cookies if you continue to use our website.</div></div></div><div id="CybotCookiebotDialogFooter">
<div id="CybotCookiebotDialogBodyButtonsWrapper">
<button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonCustomize" class="CybotCookiebotDialogBodyButton">Customize</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">Allow all</button></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"saturday-school","title":"Saturday Mandarin school for children",
"updatedAt":"2026-11-30"},"__N_SSG":true},
"page":"/classes/[slug]","query":{"slug":"saturday-school"},"buildId":"Zq3kX8pL2vN9aT1","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body>
</html>`;
const littleOwls: TestPage = {
  name: 'heldout591-little-owls-nextjs-saturday',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Classes by age', ...nCards.map((c) => c.h), 'Term dates 2026–27', 'Fees'],
  body: [nDek, ...nCards.map((c) => c.p), nHeritage, ...nTerms, nNoClass, nFeeIntro, ...nFees, nRefund],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Little Owls Languages', 'Holiday camps', 'Teachers', 'Parents', 'Contact', 'Saturday school', 'Come and try a class',
    "Your child's first Saturday is free.", 'Book a trial class', 'Wexley Community Hall, 22 Mill Road, Wexley', 'About', 'Safeguarding policy',
    'Privacy', 'Get term news', 'Sign up', '© 2027 Little Owls Languages CIC. Registered charity no. 1190042.', 'This website uses cookies',
    'We use cookies to personalise content and to analyse our traffic. You consent to our cookies if you continue to use our website.',
    'Deny', 'Customize', 'Allow all',
  ],
};

export const HELDOUT591_F: readonly TestPage[] = [harbourside, littleOwls];
