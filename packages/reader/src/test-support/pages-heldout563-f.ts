import { type TestPage } from './page-kit.js';
import { j, page, render } from './pages-heldout563-kit.js';

/**
 * Held-out batch 563, file f: a climbing news site's report on a youth league final on Next.js (Tailwind classes, ad slot,
 * newsletter box, __NEXT_DATA__) and a leisure-centre club page on an old table layout (font tags, hit counter).
 */
const nTitle = 'Youth bouldering league final: Dunmere juniors take the team title';
const nDek = 'Seventy climbers from nine clubs, one reset wall and a tie-break decided on the last problem.';
const nPart = render([
  {
    p: j(
      'DUNMERE — The Northern Youth Bouldering League ended on Sunday at Crux Yard, where the home club’s juniors won the team',
      'title by four points after a season-long race with Fellgate.',
    ),
  },
  {
    p: j(
      'The final used a fresh set of 24 problems on the competition wall, reset overnight by a team of five setters. Climbers had',
      'three hours and five attempts a problem, with tops and zones counted in the usual way.',
    ),
  },
  { h: 'Category winners' },
  {
    th: ['Category', 'Winner', 'Club', 'Tops'],
    rows: [
      ['Under 12 girls', 'Ada Ferriby', 'Dunmere', '18'],
      ['Under 12 boys', 'Noah Lindqvist', 'Fellgate', '17'],
      ['Under 16 girls', 'Saoirse Penhale', 'Dunmere', '21'],
      ['Under 16 boys', 'Kian Mbatha', 'Holmside', '20'],
    ],
  },
  { h: 'A tie-break on the last problem' },
  {
    p: j(
      'The under-16 boys’ title came down to the final problem, a steep pink on the prow. Kian Mbatha and Fellgate’s Oskar Brandt',
      'were level on tops and zones until Mbatha flashed it with ten minutes left.',
    ),
  },
  { q: '“I saw Oskar come off the last move and just thought, keep your hips in,” Mbatha said.' },
  {
    p: j('The league returns in October with six rounds, including a first visit to the new Harrowgate Mills centre.'),
  },
]);
const nNav = ['News', 'Competitions', 'Gear', 'Training', 'Walls'];
const nRel = ['Fellgate opens youth squad trials', 'Setters’ diary: building a comp wall in a night'];
const nData = JSON.stringify({
  props: { pageProps: { article: { slug: 'youth-league-final-dunmere', title: nTitle, publishedAt: '2027-06-14T16:20:00Z', author: 'Freya Olusanya' } } },
  page: '/news/[slug]',
  query: { slug: 'youth-league-final-dunmere' },
  buildId: 'Qk3x9aPL2',
  isFallback: false,
  gsp: true,
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Chalkline</title>
<meta name="description" content="${nDek}"/><meta property="og:title" content="${nTitle}"/><meta property="og:type" content="article"/>
<link rel="canonical" href="https://chalkline.news/news/youth-league-final-dunmere"/><meta name="next-head-count" content="7"/>
<link rel="preload" href="/_next/static/css/8f21c0a9b1e2.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f21c0a9b1e2.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2027-06-14T16:20:00Z",
"author":[{"@type":"Person","name":"Freya Olusanya"}]}</script>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-5c2f1a.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bslug%5D-9d1e.js" defer=""></script>
</head>
<body><div id="__next"><div class="flex min-h-screen flex-col"><a href="#content" class="sr-only focus:not-sr-only">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-neutral-200 bg-white"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a class="text-2xl font-black tracking-tight" href="/">Chalkline</a><nav class="hidden gap-6 md:flex">
${nNav.map((t) => `<a class="text-sm font-semibold uppercase hover:text-orange-600" href="/${t.toLowerCase()}">${t}</a>`).join('')}</nav>
<button type="button" class="rounded-full bg-orange-600 px-4 py-2 text-sm font-bold text-white">Subscribe</button></div></header>
<main id="content" class="mx-auto w-full max-w-6xl flex-1 px-4 py-8"><div class="grid gap-10 lg:grid-cols-[1fr_300px]"><article class="min-w-0">
<a class="text-xs font-bold uppercase tracking-widest text-orange-600" href="/competitions">Competitions</a>
<h1 class="mt-2 text-4xl font-extrabold leading-tight">${nTitle}</h1><p class="mt-3 text-xl text-neutral-600">${nDek}</p>
<div class="mt-4 flex items-center gap-3 text-sm text-neutral-500"><span>By <a class="font-semibold text-neutral-900"
href="/authors/freya-olusanya">Freya Olusanya</a></span>
<span aria-hidden="true">·</span><time dateTime="2027-06-14T16:20:00Z">14 June 2027</time></div>
<figure class="my-6"><img alt="A junior climber on the prow at Crux Yard" loading="lazy" width="1200" height="675" decoding="async" class="w-full rounded-lg"
src="/_next/image?url=%2Fimages%2Fyouth-final.jpg&amp;w=1200&amp;q=75"/>
<figcaption class="mt-2 text-sm text-neutral-500">The under-16 final on the prow. Photo: Chalkline</figcaption></figure>
<div class="prose prose-neutral max-w-none">
${nPart.html}
</div><div class="mt-8 flex gap-2 border-t pt-4"><span class="text-sm font-semibold">Share</span><a aria-label="Share on X"
href="https://x.com/intent/tweet">X</a>
<a aria-label="Share on Facebook" href="https://www.facebook.com/sharer/sharer.php">Facebook</a><button type="button">Copy link</button></div></article>
<aside class="space-y-8"><div class="flex h-[250px] items-center justify-center bg-neutral-100 text-xs uppercase text-neutral-400"
data-ad-slot="sidebar-mpu">Advertisement</div>
<section class="rounded-lg border p-4"><h2 class="text-lg font-bold">Read next</h2><ul class="mt-3 space-y-3">
${nRel.map((t, i) => `<li><a class="font-semibold hover:underline" href="/news/${i}">${t}</a></li>`).join('')}</ul></section>
<section class="rounded-lg bg-neutral-900 p-4 text-white"><h2 class="text-lg font-bold">The Friday Send</h2>
<p class="text-sm">The week in climbing, every Friday morning.</p>
<form class="mt-3 flex gap-2"><input type="email" placeholder="you@example.com" class="flex-1 rounded px-2 text-black"/>
<button class="rounded bg-orange-600 px-3">Sign up</button></form></section>
</aside></div></main><footer class="border-t bg-neutral-50"><div class="mx-auto max-w-6xl px-4 py-6 text-sm text-neutral-500">
<p>© 2027 Chalkline Media. Independent climbing news.</p>
<nav class="mt-2 flex gap-4"><a href="/about">About</a><a href="/advertise">Advertise</a><a href="/privacy">Privacy</a></nav></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = page(
  { name: 'heldout563-nextjs-youth-league', kind: 'news', html: nHtml, title: nTitle },
  [{ html: '', headings: [], body: [nDek] }, nPart],
  ['By Freya Olusanya', '14 June 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    'Skip to content', 'Chalkline', ...nNav, 'Subscribe', 'The under-16 final on the prow. Photo: Chalkline', 'Share', 'X', 'Facebook', 'Copy link',
    'Advertisement', 'Read next', ...nRel, 'The Friday Send', 'The week in climbing, every Friday morning.', 'Sign up',
    '© 2027 Chalkline Media. Independent climbing news.', 'About', 'Advertise', 'Privacy',
  ],
);

const oTitle = 'Club Nights at the Kingsbury Wall';
const oPart = render(
  [
    {
      p: j(
        'Kingsbury Mountaineering Club meets at the Kingsbury Leisure Centre climbing wall every Tuesday and Thursday from 7pm',
        'until 9.30pm. New members are always welcome, whether you have climbed before or not.',
      ),
    },
    {
      p: j(
        'If you are new to climbing, come along on a Tuesday when one of our qualified club instructors will show you how to tie in',
        'and belay. We have spare harnesses and a few pairs of shoes in most sizes.',
      ),
    },
    { h: 'Costs', n: 3 },
    {
      ul: [
        'Wall entry: £6.50 (paid at the leisure centre desk)',
        'Club membership: £25 a year, which includes BMC affiliation',
        'First two visits free of club fees',
      ],
    },
    {
      p: j(
        'Please note the wall is closed for the annual inspection in the last week of August. Club nights move to the Friday',
        'evening bouldering session at the Scout hut that week.',
      ),
    },
  ],
  { h: 'align="left"' },
);
const oNav = ['Home', 'Club Nights', 'Meets Calendar', 'Hut Bookings', 'Newsletter', 'Photos', 'Links', 'Contact'];
const oPartHtml = oPart.html
  .replace(/<p>/g, '<p><font face="Verdana, Arial" size="2">')
  .replace(/<\/p>/g, '</font></p>')
  .replace(/<h3 align="left">(.*?)<\/h3>/, '<h3 align="left"><font face="Verdana, Arial" color="#003366">$1</font></h3>');
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Kingsbury Mountaineering Club - Club Nights</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="climbing, kingsbury, mountaineering club, climbing wall">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><link rel="stylesheet" href="kmc.css" type="text/css">
<script language="JavaScript" type="text/javascript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#003366" height="90">
<img src="images/kmc_banner.gif" width="780" height="90" alt="Kingsbury Mountaineering Club" border="0"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6EEF5"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${oNav
  .map(
    (t) => `<tr><td><font face="Verdana, Arial" size="2"><b><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></b></font></td>
</tr>`,
  )
  .join('\n')}
<tr><td><font face="Verdana, Arial" size="1">Members area:<br><a href="members/login.asp">Log in</a></font></td></tr></table></td>
<td width="620" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<h2><font face="Verdana, Arial" color="#003366">${oTitle}</font></h2>
${oPartHtml}
<p align="center"><img src="images/wall.jpg" width="400" height="260" alt="The wall" border="0"><br><font face="Verdana, Arial" size="1">
<i>The main wall after the
2019 refurbishment</i></font></p>
<hr size="1" noshade><p><font face="Verdana, Arial" size="1">Page last updated 12/02/2027 by the webmaster</font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Kingsbury Mountaineering Club 2001-2027 |
Affiliated to the BMC<br>You are visitor number <img src="/cgi-bin/counter.pl?page=clubnights" alt="004512" align="absmiddle"></font></td></tr></table>
</body></html>`;
const oldTable: TestPage = page(
  { name: 'heldout563-table-club-nights', kind: 'docs', html: oHtml, title: oTitle },
  [oPart],
  ['Page last updated 12/02/2027 by the webmaster'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    ...oNav, 'Members area:', 'Log in', 'The main wall after the 2019 refurbishment', '© Kingsbury Mountaineering Club 2001-2027 | Affiliated to the BMC',
    'You are visitor number',
  ],
);

export const HELDOUT563_F: readonly TestPage[] = [nextjs, oldTable];
