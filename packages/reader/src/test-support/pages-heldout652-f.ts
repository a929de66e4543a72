import { ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowTexts, trs } from './pages-heldout652-kit.js';

/**
 * Held-out batch 652, file f: an indoor karting centre's prices and opening times page in an old table layout (FrontPage era),
 * and a laser tag arena's tactics blog post on Next.js with Tailwind, a share bar, an author box and a newsletter form.
 */
const tTitle = 'Prices &amp; Opening Times';
const tIntro = 'All prices include helmet, balaclava, overalls and gloves. Please arrive 30 minutes before your session for the safety briefing.';
const tRows = [
  ['Junior Session (8-15 yrs)', '10 mins', '£15.00'],
  ['Adult Session (16+)', '15 mins', '£22.00'],
  ['Grand Prix (qualifying + race)', '35 mins', '£45.00'],
  ['Exclusive Track Hire (up to 12)', '1 hour', '£420.00'],
];
const tHours = ['Monday - Thursday: 12 noon - 10pm', 'Friday: 12 noon - 11pm', 'Saturday &amp; Sunday: 10am - 11pm', 'Bank Holidays: 10am - 8pm'];
const tNote = j(
  'Drivers must be at least 1.4m tall for junior karts and 1.6m for adult karts. Maximum driver weight is 120kg.',
  'We reserve the right to refuse entry to anyone we believe to be under the influence of alcohol.',
);
const tNav = ['Home', 'Prices', 'Parties', 'Corporate Events', 'Lap Times', 'How To Find Us', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Bramley Indoor Karting - Prices</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="karting, go karts, bramley, indoor karting, prices">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style type="text/css"><!-- .nav { font-family: Verdana; font-size: 11px; color: #FFFFFF; font-weight: bold } --></style></head>
<body bgcolor="#000000" text="#FFFFFF" link="#FFCC00" vlink="#FFCC00" topmargin="0" leftmargin="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#1A1A1A"><tr><td colspan="2">
<img src="images/header_bramley.jpg" width="780" height="140" alt="Bramley Indoor Karting - The Midlands' Fastest Indoor Track"></td></tr>
<tr><td width="170" valign="top" bgcolor="#CC0000"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tNav
  .map(
    (t) => `<tr><td class="nav"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">&raquo;
${t}</font></a></td></tr>`,
  )
  .join('\n')}
<tr><td><br><font face="Verdana" size="1">Call us on<br><b>01632 960 233</b></font></td></tr></table></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="4" color="#FFCC00"><b>${tTitle}</b></font>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${tIntro}</font></p>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#444444"><tr bgcolor="#CC0000"><td><font face="Verdana"
size="2"><b>Session</b></font></td>
<td><font face="Verdana" size="2"><b>Length</b></font></td><td><font face="Verdana" size="2"><b>Price</b></font></td></tr>
${trs(tRows)}</table>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="3" color="#FFCC00"><b>Opening Times</b></font></p>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><ul>${lis(tHours)}</ul></font>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="1"><i>${tNote}</i></font></p>
<p align="center"><a href="booking.htm"><img src="images/book_now_btn.gif" border="0" alt="Book Now"></a></p></td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#333333"><font face="Verdana" size="1">&copy; 2004-2011 Bramley Indoor Karting Ltd | Unit 7, Foundry Lane,
Bramley<br>
Page last updated: 03/02/2011<br>You are visitor number <img src="/cgi-bin/counter.pl?page=prices" alt="counter"> since
2004</font></td></tr></table></body></html>`;
const tablePrices: TestPage = {
  name: 'heldout652-table-kart-prices',
  kind: 'docs',
  html: tHtml,
  title: 'Prices & Opening Times',
  headings: ['Opening Times'],
  body: [tIntro, ...rowTexts(tRows), ...texts(tHours), tNote],
  bylines: ['Page last updated: 03/02/2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.map((t) => `»
${t}`), 'Call us on', '01632 960 233', '© 2004-2011 Bramley Indoor Karting Ltd | Unit 7, Foundry Lane, Bramley', 'You are visitor number',
    'since 2004',
  ],
};

const nTitle = 'Five tactics that win Team Elimination';
const nDek = 'Our marshals watch hundreds of games a month. These are the habits that separate the winning team from the rest.';
const nSecs = [
  {
    h: '1. Never move alone',
    p: j(
      'Pairs win. One player watches the ramp while the other moves, then you swap. A lone player who runs into the maze is usually tagged',
      'by two opponents before they can react, and in Elimination a tagged player is out for the rest of the round.',
    ),
  },
  {
    h: '2. Hold the high ground',
    p: j(
      'The upper deck at Neon Forge sees about two-thirds of the arena. Get two players up there early and the other team has to cross',
      'open floor to reach you.',
    ),
  },
  {
    h: '3. Count your shots',
    p: j(
      'Phasers hold 30 shots before a five-second reload. Firing at a target behind cover wastes them. Wait for a clear shot at the chest',
      'pad, which scores even if the shoulder sensors are covered.',
    ),
  },
  {
    h: '4. Talk in short calls',
    p: 'Agree simple names for places before the game: ramp, bridge, barrels. "Two on bridge" is faster than any description.',
  },
  {
    h: '5. Save your shield',
    p: j(
      'Each player gets one ten-second shield per round. Most people use it in the first minute. Keep it for the end, when the last',
      'two or three players are hunting each other and one extra life decides the round.',
    ),
  },
];
const nOutro = 'Want to try them out? Team Elimination runs every Friday and Saturday night from 7pm.';
const nNav = ['Play', 'Parties', 'Events', 'Blog', 'Gift Cards'];
const nMore = ['What to wear for laser tag', 'Meet our marshals', 'The new night-vision mode explained'];
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_a1c2e3"><head><meta charSet="utf-8"/><meta name="viewport"
content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/7c1d4e2f9a0b3c5d.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low"
href="/_next/static/chunks/webpack-5e8b1a2c.js"/><title>${nTitle} | Neon Forge Laser Tag</title><meta name="description" content="${nDek}"/>
<meta property="og:type" content="article"/><meta property="article:published_time" content="2027-04-22T08:00:00.000Z"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${nTitle}","author":{"@type":"Person",
"name":"Leo Varga"}}</script>
<script src="/_next/static/chunks/polyfills-42372ed1.js" noModule=""></script></head>
<body class="bg-zinc-950 text-zinc-100 antialiased"><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-4">Skip to
content</a>
<header class="sticky top-0 z-40 border-b border-zinc-800 bg-zinc-950/80 backdrop-blur"><div
class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a class="text-xl font-black tracking-tight text-lime-400" href="/">NEON FORGE</a><nav class="hidden gap-6 md:flex">${nNav
  .map((t) => `<a class="text-sm font-medium hover:text-lime-400" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join('')}</nav><a class="rounded-full bg-lime-400 px-4 py-2 text-sm font-bold text-zinc-950" href="/book">Book now</a></div></header>
<main id="main" class="mx-auto max-w-3xl px-4 py-12"><article><div class="mb-8"><a class="text-xs font-bold uppercase tracking-widest text-lime-400"
href="/blog/category/tactics">Tactics</a><h1 class="mt-2 text-4xl font-black leading-tight md:text-5xl">${nTitle}</h1>
<p class="mt-4 text-lg text-zinc-400">${nDek}</p><div class="mt-6 flex items-center gap-3 text-sm text-zinc-400"><img alt="Leo Varga" loading="lazy"
width="40"
height="40" class="rounded-full" src="/_next/image?url=%2Fauthors%2Fleo.jpg&amp;w=96&amp;q=75"/><span class="font-semibold text-zinc-200">Leo
Varga</span><span>·</span>
<time dateTime="2027-04-22">22 April 2027</time></div></div><figure class="mb-10"><img alt="" loading="lazy" width="1200" height="630" class="rounded-xl"
src="/_next/image?url=%2Fblog%2Ftactics.jpg&amp;w=1920&amp;q=75"/><figcaption class="mt-2 text-center text-xs text-zinc-500">Two players holding the upper
deck during a Friday night game.</figcaption>
</figure><div class="prose prose-invert prose-lg max-w-none prose-headings:font-black">${nSecs.map((s) => `<h2>${s.h}</h2>\n${ps([s.p])}`).join('\n')}
${ps([nOutro])}</div><div class="mt-10 flex items-center gap-3 border-t border-zinc-800 pt-6"><span class="text-sm font-semibold">Share this post</span>
<button type="button" class="rounded-full border border-zinc-700 px-3 py-1 text-sm">Copy link</button><a
class="rounded-full border border-zinc-700 px-3 py-1 text-sm"
href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a><a class="rounded-full border border-zinc-700 px-3 py-1 text-sm"
href="https://wa.me/?text=x">WhatsApp</a></div>
<aside class="mt-10 flex gap-4 rounded-xl bg-zinc-900 p-6"><div><p class="font-bold">Leo Varga</p><p class="text-sm text-zinc-400">Leo is head marshal at Neon
Forge
and has refereed more than 4,000 games.</p></div></aside></article>
<section class="mt-16"><h2 class="mb-6 text-2xl font-black">More from the blog</h2><div class="grid gap-6 md:grid-cols-3">${nMore
  .map((t) => `<a class="group block rounded-xl bg-zinc-900 p-4" href="/blog/x"><h3 class="font-bold group-hover:text-lime-400">${t}</h3></a>`)
  .join('')}</div></section>
<section class="mt-16 rounded-2xl bg-lime-400 p-8 text-zinc-950"><h2 class="text-2xl font-black">Join the Forge list</h2><p class="mt-2">Game nights, offers
and
tournament dates. No spam.</p><form class="mt-4 flex gap-2"><label for="nl-email" class="sr-only">Email address</label><input id="nl-email" type="email"
placeholder="you@example.com" class="flex-1 rounded-full px-4 py-2"/><button
class="rounded-full bg-zinc-950 px-5 py-2 font-bold text-lime-400">Subscribe</button></form>
</section></main><footer class="border-t border-zinc-800 py-10 text-sm text-zinc-500"><div class="mx-auto max-w-6xl px-4"><p>Neon Forge Laser Tag · 88 Wharf
Road,
Castlemere</p><p>© 2027 Neon Forge Leisure Ltd</p></div></footer></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"post":{"title":"${nTitle}","slug":"five-tactics-team-elimination"}}},"page":"/blog/[slug]",
"buildId":"k2Jd9sQx","isFallback":false,"gsp":true}</script></body></html>`;
const nextTactics: TestPage = {
  name: 'heldout652-next-laser-tactics',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nSecs.map((s) => s.h),
  body: [nDek, ...nSecs.map((s) => s.p), nOutro],
  bylines: ['Leo Varga', '22 April 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'NEON FORGE', ...nNav, 'Book now', 'Tactics', 'Two players holding the upper deck during a Friday night game.', 'Share this post',
'Copy link', 'Facebook', 'WhatsApp',
    'Leo is head marshal at Neon Forge and has refereed more than 4,000 games.', 'More from the blog', ...nMore, 'Join the Forge list',
    'Game nights, offers and tournament dates. No spam.', 'Email address', 'Subscribe', 'Neon Forge Laser Tag · 88 Wharf Road, Castlemere',
'© 2027 Neon Forge Leisure Ltd',
  ],
};

export const HELDOUT652_F: readonly TestPage[] = [tablePrices, nextTactics].map(finish);
