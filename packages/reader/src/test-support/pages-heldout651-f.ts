import { ps, type TestPage } from './page-kit.js';
import { at, gold, j } from './pages-heldout651-kit.js';

/**
 * Held-out batch 651, file f: a morris side's tour diary on an old hand-made table layout (font tags, image nav column, hit
 * counter, web ring), and a community orchestra's season announcement on Next.js (Tailwind, __NEXT_DATA__).
 */
const tTitle = 'Tour Diary: Brittany, Whitsun 2008';
const tBody = [
  j(
    'Eighteen dancers, four musicians, one Fool and a hobby horse called Nelson set off from Portsmouth on the Friday night ferry.',
    'This is the story of the Old Sarum Morris Men\u2019s first trip abroad since 1996, as told by the Bagman.',
  ),
  'Saturday',
  j(
    'We landed at St Malo at eight in the morning and were dancing in the square at Dinan by eleven, to the great surprise of a',
    'coach party from Stuttgart. Our hosts, the Cercle Celtique of Plouvenec, met us at lunchtime with cider and a programme',
    'that would have tired a side half our age.',
  ),
  'Sunday',
  j(
    'The Fest Deiz at Plouvenec. We danced six spots between the bagad and a choir of fishermen\u2019s wives, and learned the',
    'an dro in the evening, badly. Nelson was much admired by the children and lost two ribbons and an ear.',
  ),
  'Monday',
  j(
    'A joint show with the Cercle on the quay in the rain, then the long drive back to the ferry. Our thanks to Yann and Maïwenn',
    'for the welcome, and to the squire for the seasickness tablets.',
  ),
  'Photos from the tour are on the Photos page. The Cercle will visit Old Sarum in September 2009.',
];
const tNav = ['Home', 'About Us', 'Dances', 'Programme 2008', 'Photos', 'Tour Diary', 'Links', 'Contact the Bagman'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Old Sarum Morris Men - Tour Diary</title>
<meta name="keywords" content="morris, morris dancing, cotswold morris, salisbury, old sarum, folk"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<link rel="stylesheet" type="text/css" href="osmm.css"><script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFF0" text="#000000" link="#006600" vlink="#663300" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#006600"><img src="images/banner.gif" width="760"
height="90"
alt="Old Sarum Morris Men"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8F0D8"><table width="100%" border="0" cellspacing="0" cellpadding="4">${tNav
  .map(
    (n) => `<tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="${n.toLowerCase().replace(/\W+/g, '')}.htm">${n}</a></font></td></tr>`,
  )
  .join('\n')}</table><br><center><img src="images/bells.gif" width="80" height="80" alt="bells"><br><font face="Verdana" size="1">You are visitor number<br>
<img src="http://counter.example-counters.net/c?id=osmm&amp;digits=6" alt="004217"></font></center></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td><font face="Georgia, Times New Roman, serif">
<h1><font color="#006600">${tTitle}</font></h1>
${ps(at(tBody, 0))}
<h3>${tBody[1]}</h3>${ps(at(tBody, 2))}
<p align="center"><img src="images/tour08/dinan.jpg" width="400" height="267" alt="Dancing at Dinan" border="1"><br><font
size="1"><i>Bledington Young Collins in the square at
Dinan</i></font></p>
<h3>${tBody[3]}</h3>${ps(at(tBody, 4))}
<h3>${tBody[5]}</h3>${ps(at(tBody, 6, 7))}
<p><font size="1">Page last updated 14/06/2008 by the Bagman</font></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#006600" align="center"><font face="Verdana" size="1" color="#FFFFFF">Morris Web Ring: <a
href="http://ring.example/prev?osmm"><font
color="#FFFFFF">&lt;&lt; Prev</font></a> | <a href="http://ring.example/random"><font color="#FFFFFF">Random</font></a> | <a
href="http://ring.example/next?osmm">
<font color="#FFFFFF">Next &gt;&gt;</font></a><br>&copy; Old Sarum Morris Men 1998-2008. Best viewed at 800x600.</font></td></tr></table></body></html>`;
const table: TestPage = gold({
  name: 'heldout651-morris-tour-table-layout',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: at(tBody, 1, 3, 5),
  body: tBody.filter((_, i) => ![1, 3, 5].includes(i)),
  bylines: ['Page last updated 14/06/2008 by the Bagman'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'You are visitor number', 'Bledington Young Collins in the square at Dinan', 'Morris Web Ring:', '<< Prev', 'Random', 'Next >>',
    '© Old Sarum Morris Men 1998-2008. Best viewed at 800x600.',
  ],
});

const nTitle = 'Our 2027\u201328 season: Mahler, a new commission and a summer in the park';
const nDek = 'Five concerts, a first performance by a local composer and the orchestra\u2019s first open-air concert in twelve years.';
const nBody = [
  j(
    'The Ferncastle Community Orchestra\u2019s new season opens on 9 October with Mahler\u2019s First Symphony, the largest work the',
    'orchestra has attempted since its founding in 1983. Extra horns have been recruited, and the percussion section has borrowed',
    'a second bass drum from the Ferncastle Academy.',
  ),
  j(
    'In February we give the first performance of Tidewrack, a fifteen-minute piece for orchestra by the Ferncastle composer',
    'Imogen Stroud, written for us with a grant from the Coastal Arts Fund. Imogen will talk about the piece before the concert.',
  ),
  'The full season',
  '9 October: Mahler, Symphony No. 1',
  '4 December: Family Christmas concert, with the Ferncastle Primary Schools\u2019 Choir',
  '19 February: Stroud, Tidewrack (first performance); Brahms, Symphony No. 2',
  '22 April: Rachmaninov, Piano Concerto No. 2, with soloist Daniel Achterberg',
  '3 July: Music in the Park, Ferncastle Memorial Gardens',
  j('Season tickets go on sale on 1 August and save a quarter on the price of single tickets. Under-16s come free to every', 'concert with a paying adult.'),
];
const nMore = [
  ['News', 'Meet our new leader, Sofia Brennan', 'Jun 2, 2027'],
  ['News', 'Thank you for a record summer raffle', 'May 18, 2027'],
  ['Members', 'Sectional rehearsal dates for the autumn', 'May 3, 2027'],
];
const nNav = ['Concerts', 'News', 'Join the orchestra', 'Support us', 'About'];
const nFoot = ['Ferncastle Community Orchestra', 'Registered charity 516204', 'Accessibility', 'Privacy', 'Contact'];
const nData = JSON.stringify({
  props: { pageProps: { post: { slug: 'season-2027-28', title: nTitle, excerpt: nDek, author: 'Hugh Treloar', date: '2027-06-20' } }, __N_SSG: true },
  page: '/news/[slug]',
  query: { slug: 'season-2027-28' },
  buildId: 'p7XkQ2mN_fcO1',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} | Ferncastle Community Orchestra</title><meta name="description" content="${nDek}"/><meta property="og:title" content="${nTitle}"/>
<meta property="og:type" content="article"/><meta name="next-head-count" content="6"/><link rel="preload" href="/_next/static/css/8a1c4e2b9f7d3a01.css"
as="style"/>
<link rel="stylesheet" href="/_next/static/css/8a1c4e2b9f7d3a01.css" data-n-g=""/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-5429a50ba5373c56.js"
defer=""></script>
<script src="/_next/static/chunks/pages/news/%5Bslug%5D-3d1f0a7e2c.js" defer=""></script><script src="/_next/static/p7XkQ2mN_fcO1/_buildManifest.js"
defer=""></script>
</head><body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-stone-200 bg-white/90 backdrop-blur"><div
class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a class="font-serif text-xl font-semibold text-teal-900" href="/">Ferncastle Community Orchestra</a><nav aria-label="Main"><ul
class="hidden gap-6 text-sm font-medium md:flex">${nNav
  .map((n) => `<li><a class="hover:text-teal-700" href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></li>`)
  .join('')}</ul></nav><a class="rounded-full bg-teal-800 px-4 py-2 text-sm font-semibold text-white" href="/concerts">Book tickets</a>
<button type="button" class="md:hidden" aria-label="Open menu"><svg class="h-6 w-6" viewBox="0 0 24 24"><path
d="M4 6h16M4 12h16M4 18h16"></path></svg></button></div></header>
<main id="main" class="mx-auto max-w-6xl px-4 py-10"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-stone-500"><ol class="flex gap-2"><li><a
href="/">Home</a></li>
<li aria-hidden="true">/</li><li><a href="/news">News</a></li></ol></nav><div class="grid gap-12 lg:grid-cols-[1fr_280px]"><article>
<p class="mb-2 text-xs font-bold uppercase tracking-widest text-teal-700">Season announcement</p><h1
class="font-serif text-4xl font-bold leading-tight text-stone-900">
${nTitle}</h1><p class="mt-4 text-lg text-stone-600">${nDek}</p><div class="mt-6 flex items-center gap-3 text-sm text-stone-500"><img alt="" loading="lazy"
width="40"
height="40" decoding="async" class="rounded-full"
src="/_next/image?url=%2Fimages%2Fpeople%2Fhugh.jpg&amp;w=96&amp;q=75"/><span>By Hugh Treloar</span><span>·</span>
<time dateTime="2027-06-20">20 June 2027</time></div><figure class="my-8"><img alt="The orchestra on stage at Ferncastle Guildhall" loading="lazy"
width="1200" height="675"
decoding="async" class="rounded-lg" src="/_next/image?url=%2Fimages%2Fnews%2Fguildhall.jpg&amp;w=1920&amp;q=75"/><figcaption
class="mt-2 text-sm text-stone-500">
The orchestra at the Guildhall in March. Photo: Ellis Warne</figcaption></figure><div class="prose prose-stone max-w-none">${ps(at(nBody, 0, 1))}
<h2>${nBody[2]}</h2><ul>${at(nBody, 3, 4, 5, 6, 7)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>${ps(at(nBody, 8))}</div>
<div class="mt-10 flex items-center gap-3 border-t border-stone-200 pt-6 text-sm"><span class="font-semibold">Share</span><a
href="https://www.facebook.com/sharer/sharer.php?u="
class="rounded border px-3 py-1">Facebook</a><a href="mailto:?subject=Our%202027" class="rounded border px-3 py-1">Email</a><button type="button"
class="rounded border px-3 py-1">Copy link</button></div></article>
<aside class="space-y-8"><section class="rounded-lg bg-teal-50 p-5"><h2 class="font-serif text-lg font-semibold">Get concert news</h2><p
class="mt-1 text-sm">One email a month,
before tickets go on sale.</p><form class="mt-3 flex flex-col gap-2"><label for="nl-email" class="sr-only">Email address</label><input id="nl-email"
type="email"
placeholder="Email address" class="rounded border px-3 py-2"/><button type="submit"
class="rounded bg-teal-800 px-3 py-2 text-white">Subscribe</button></form></section>
<section><h2 class="font-serif text-lg font-semibold">More news</h2><ul class="mt-3 space-y-4">${nMore
  .map(
    (m) => `<li><a class="group block" href="/news/${m[1]?.toLowerCase().replace(/\W+/g, '-')}"><span class="text-xs uppercase text-teal-700">${m[0]}</span>
<span class="block font-medium group-hover:underline">${m[1]}</span><span class="text-xs text-stone-500">${m[2]}</span></a></li>`,
  )
  .join('')}</ul></section></aside></div></main>
<footer class="mt-16 bg-stone-900 py-10 text-sm text-stone-300"><div class="mx-auto grid max-w-6xl gap-6 px-4 md:grid-cols-3"><div><p
class="font-serif text-base text-white">
${nFoot[0]}</p><p>${nFoot[1]}</p></div><ul class="space-y-1">${at(nFoot, 2, 3, 4)
  .map((f) => `<li><a href="/${f.toLowerCase()}">${f}</a></li>`)
  .join('')}</ul>
<p>© 2027 Ferncastle Community Orchestra</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const next: TestPage = gold({
  name: 'heldout651-orchestra-season-nextjs',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: at(nBody, 2),
  body: [nDek, ...nBody.filter((_, i) => i !== 2)],
  bylines: ['By Hugh Treloar', '20 June 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Book tickets', 'Home', 'Season announcement', 'The orchestra at the Guildhall in March. Photo: Ellis Warne', 'Share',
    'Facebook', 'Email', 'Copy link', 'Get concert news', 'One email a month, before tickets go on sale.', 'Email address', 'Subscribe',
'More news', ...nMore.flat(),
    ...nFoot, '© 2027 Ferncastle Community Orchestra',
  ],
});

export const HELDOUT651_F: readonly TestPage[] = [table, next];
