import { ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout568-kit.js';

/**
 * Held-out batch 568, file f: a studio's "rules" page on an old hand-written table layout with spacer GIFs, a hit counter and a
 * guestbook link, and an artist profile on a Next.js booking marketplace (App Router, Tailwind) with reviews and similar artists.
 */
const tTitle = 'Studio Rules';
const tBody = [
  'Please read these before you come in. They are not here to be difficult, they are here to keep you and us safe.',
  '1. You must be 18 or over and bring photo ID. No ID, no tattoo. No exceptions.',
  '2. No alcohol or drugs before your appointment. If you are drunk we will send you home and keep your deposit.',
  '3. One friend only in the booth. Children are not allowed in the studio at any time.',
  '4. We do not tattoo over sunburn, broken skin or fresh scars (less than a year old).',
  '5. Prices are agreed before we start. Minimum charge is £40.',
  'Any questions, ring the studio or just drop in. Cheers, Big Vin.',
];
const tSide = ['Home', 'Flash', 'Gallery', 'Piercing', 'Rules', 'Prices', 'Guestbook', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Skull Harbour Tattoo - Studio Rules</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="tattoo, tattoos, piercing, skull harbour, grimsby road, flash"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style type="text/css"><!-- body { font-family: Verdana, Arial; font-size: 12px; } a:link { color: #CC0000; } .small { font-size: 10px; } --></style></head>
<body bgcolor="#000000" text="#FFFFFF" link="#CC0000" vlink="#990000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
background="images/bg_tile.gif">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="3">
<img src="images/header_skull.jpg" width="760" height="140" alt="Skull Harbour Tattoo"></td></tr>
<tr><td width="150" valign="top" bgcolor="#1a1a1a"><table width="150" border="0" cellspacing="0" cellpadding="4">
${tSide.map((t) => `<tr><td><font face="Verdana" size="2"><b><a href="${t.toLowerCase()}.htm">${t}</a></b></font></td></tr>`).join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20"></td></tr><tr><td class="small">Open Tue-Sat<br>12 till 8</td></tr></table></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="6"><tr><td>
<font face="Verdana" size="5" color="#CC0000"><b>${tTitle}</b></font><br><img src="images/divider_barbed.gif" width="400" height="12"><br>
${tBody.map((p) => `<font face="Verdana" size="2">${p}</font><br><br>`).join('\n')}
<center><img src="images/swallows.gif" width="200" height="60"><br><font size="1">Last updated 14/02/2006</font></center></td></tr></table></td></tr>
<tr><td colspan="3" align="center"><hr color="#CC0000" size="1"><font class="small">Skull Harbour Tattoo, 22a Grimsby Road, Saltwick | Tel 01632 960 771<br>
You are visitor number <img src="http://counter.digits.example/count.gif?id=skullh" alt="counter"> since 2003</font><br>
<a href="guestbook.htm"><font class="small">Sign our guestbook!</font></a></td></tr></table></body></html>`;
const tableRules: TestPage = {
  name: 'heldout568-table-layout-studio-rules',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: ['Last updated 14/02/2006'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Flash', 'Gallery', 'Piercing', 'Prices', 'Guestbook', 'Links', 'Open Tue-Sat 12 till 8',
    'Skull Harbour Tattoo, 22a Grimsby Road, Saltwick | Tel 01632 960 771', 'You are visitor number since 2003', 'Sign our guestbook!',
  ],
};

const nName = 'Kaito Brennan';
const nAbout = [
  j(
    'Kaito works in neo-Japanese: koi, peonies, hannya and wind bars, with bold outlines and a soft, warm palette. He trained for',
    'six years at a street shop in Harrowgate before opening a private room at Moth & Lantern in 2021.',
  ),
  j('He prefers half-sleeves and larger and is happy to plan a full bodysuit over several years. Consultations are free and can be', 'done by video call.'),
];
const nPrices = ['Hourly rate: £120', 'Day session (6 hours): £650', 'Deposit: £100, taken off the last session'];
const nReviews: [string, string, string][] = [
  ['Sorrel M.', 'January 2025', 'Sat for eleven hours over two days for a back piece. Kaito kept checking in and the healing was easy.'],
  ['Dev P.', 'November 2024', 'Brilliant koi half sleeve. Booking through the app was simple and the deposit came off exactly as promised.'],
];
const nSimilar = ['Ines Aldana · Neo-traditional · Harrowgate', 'Bram Tully · Japanese · Wexley'];
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_a8f1c2"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_next/static/css/5c1f2b7e8d9a.css" data-precedence="next">
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-7f3e.js">
<script src="/_next/static/chunks/main-app-9a8b.js" async=""></script><title>${nName} – Neo-Japanese tattoo artist in Harrowgate | Inkroute</title>
<meta name="description" content="Book ${nName} at Moth &amp; Lantern, Harrowgate. Neo-Japanese, half-sleeves and larger.">
<link rel="canonical" href="https://inkroute.app/artists/kaito-brennan">
<meta property="og:type" content="profile">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"${nName}","jobTitle":"Tattoo artist",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"87"}}</script></head>
<body class="min-h-screen bg-stone-950 text-stone-100 antialiased"><div class="flex min-h-screen flex-col">
<header class="sticky top-0 z-40 border-b border-stone-800 bg-stone-950/80 backdrop-blur">
<div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-4">
<a class="text-lg font-semibold tracking-tight" href="/">Inkroute</a><nav class="hidden gap-6 text-sm md:flex"><a href="/artists">Find an artist</a>
<a href="/studios">Studios</a>
<a href="/for-artists">For artists</a></nav><div class="flex items-center gap-3"><a class="text-sm" href="/login">Log in</a>
<a class="rounded-full bg-rose-600 px-4 py-2 text-sm font-medium" href="/signup">Sign up</a></div></div></header>
<main class="mx-auto w-full max-w-6xl flex-1 px-4 py-10"><nav aria-label="Breadcrumb" class="mb-6 text-xs text-stone-400"><ol class="flex gap-2">
<li><a href="/artists">Artists</a></li><li aria-hidden="true">/</li><li><a href="/artists/harrowgate">Harrowgate</a></li><li aria-hidden="true">/</li>
<li aria-current="page">${nName}</li></ol></nav>
<div class="grid gap-10 lg:grid-cols-[2fr_1fr]"><article class="space-y-8"><header class="flex items-center gap-5">
<img alt="${nName}" loading="lazy" width="96" height="96" decoding="async" class="rounded-full" src="/_next/image?url=%2Favatars%2Fkb.jpg&amp;w=256&amp;q=75">
<div><h1 class="text-3xl font-bold">${nName}</h1><p class="text-stone-400">Neo-Japanese · Moth &amp; Lantern, Harrowgate</p>
<p class="mt-1 text-sm text-amber-400"><span aria-hidden="true">★★★★★</span> 4.9 (87 reviews)</p></div></header>
<section><h2 class="mb-3 text-xl font-semibold">About</h2><div class="prose prose-invert max-w-none">${ps(nAbout)}</div></section>
<section><h2 class="mb-3 text-xl font-semibold">Prices</h2><ul class="space-y-1 text-stone-300">${nPrices.map((p) => `<li>${p}</li>`).join('')}</ul></section>
<section aria-labelledby="reviews"><h2 id="reviews" class="mb-3 text-xl font-semibold">Reviews</h2><ul class="space-y-4">${nReviews
  .map(
    ([who, when, text]) => `<li class="rounded-lg border border-stone-800 p-4"><div class="flex justify-between text-sm"><span class="font-medium">${who}</span>
<span class="text-stone-500">${when}</span></div><p class="mt-2 text-stone-300">${text}</p></li>`,
  )
  .join('\n')}</ul><button class="mt-4 text-sm text-rose-400 underline">Show all 87 reviews</button></section></article>
<aside class="space-y-6"><div class="rounded-xl border border-stone-800 p-5"><p class="text-sm text-stone-400">Next available</p>
<p class="text-lg font-semibold">Thursday 17 April</p>
<a class="mt-4 block rounded-full bg-rose-600 py-3 text-center font-medium" href="/artists/kaito-brennan/book">Request a booking</a>
<p class="mt-2 text-xs text-stone-500">You won’t be charged until the artist accepts.</p></div>
<div><h2 class="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-400">Similar artists</h2><ul class="space-y-2 text-sm">${nSimilar
  .map((s) => `<li><a href="/artists/x">${s}</a></li>`)
  .join('')}</ul></div></aside></div></main>
<footer class="border-t border-stone-800 py-8 text-sm text-stone-500"><div class="mx-auto flex max-w-6xl justify-between px-4"><p>© 2025 Inkroute Ltd</p>
<nav class="flex gap-4"><a href="/terms">Terms</a><a href="/privacy">Privacy</a><a href="/help">Help centre</a></nav></div></footer></div>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/5c1f2b7e8d9a.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"2:I[\\"(app-pages-browser)/./components/ArtistProfile.tsx\\",[\\"app/artists/[slug]/page\\"],\\"default\\"]\\n"])</script>
</body></html>`;
const nextProfile: TestPage = {
  name: 'heldout568-nextjs-marketplace-artist-profile',
  kind: 'blog',
  html: nHtml,
  title: nName,
  headings: ['About', 'Prices'],
  body: texts(['Neo-Japanese · Moth &amp; Lantern, Harrowgate', ...nAbout, ...nPrices]),
  bylines: nReviews.flatMap(([who, when]) => [who, when]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Inkroute', 'Find an artist', 'Studios', 'For artists', 'Log in', 'Sign up', 'Artists', '4.9 (87 reviews)',
    'Reviews', ...nReviews.map(([, , text]) => text), 'Show all 87 reviews',
    'Next available', 'Thursday 17 April', 'Request a booking', 'You won’t be charged until the artist accepts.', 'Similar artists', ...nSimilar,
    '© 2025 Inkroute Ltd',
    'Terms', 'Privacy', 'Help centre',
  ],
};

export const HELDOUT568_F: readonly TestPage[] = [tableRules, nextProfile];
