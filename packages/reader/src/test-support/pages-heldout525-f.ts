import { type TestPage, texts } from './page-kit.js';
import { j, rowTexts } from './pages-heldout525-kit.js';

/**
 * Held-out batch 525, file f: a used-gear page of a small music shop in an old hand-written table layout (font tags, spacer
 * GIFs, a hit counter), and a rehearsal room listing on a Next.js booking marketplace (App Router, Tailwind, streamed payload).
 */
const tTitle = 'Used Gear - In Stock Now';
const tIntro = j(
  'All used gear is checked over on the bench before it goes on sale and comes with a 3 month shop guarantee.',
  'No mail order on amps, sorry - come and try them. Phone to reserve.',
);
const tRows = [
  ['Marshall JCM800 2203 head (1984)', 'Retubed, new filter caps', '£895'],
  ['Fender Hot Rod Deluxe', 'Footswitch included', '£420'],
  ['Boss DD-3 delay', 'Made in Japan, boxed', '£65'],
  ['Yamaha RBX 4-string bass', 'New strings, setup done', '£150'],
  ['Peavey PA head + 2 speakers', 'Ideal for a practice room', '£240'],
];
const tOutro = 'Updated every Saturday. Prices include VAT. Part exchange welcome.';
const tSide = ['Home', 'New Guitars', 'Used Gear', 'Repairs', 'How To Find Us'];
const cell = (c: string, i: number): string =>
  `<td${i === 2 ? ' align="right"' : ''} bgcolor="#FFFFFF"><font face="Verdana, Arial" size="2">${i === 0 ? `<b>${c}</b>` : c}</font></td>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Pickering's Music - Used Gear</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="used guitars, amps, Pickering's Music, Kendal, music shop"><meta name="description"
content="Used guitars, amps and effects in stock at Pickering's Music, Kendal.">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#000033" text="#000000" link="#990000" vlink="#660000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#990000"><img src="images/header.gif" width="760"
height="90"
alt="Pickering's Music - Kendal"></td></tr>
<tr><td width="150" valign="top" bgcolor="#CCCC99"><img src="images/spacer.gif" width="150" height="10"><br>
${tSide.map((t) => `<font face="Verdana, Arial" size="2">&nbsp;&raquo; <a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font><br>`).join('\n')}
<br><font face="Verdana, Arial" size="1">&nbsp;Open Tue-Sat<br>&nbsp;9.30 - 5.30<br>&nbsp;Tel 01539 555 214</font><br><br>
<center><img src="http://counter.digits.example/?counter={a91c}&amp;template=simple" alt="hit counter" border="0"><br><font
size="1">visitors since 2003</font></center></td>
<td width="610" valign="top" bgcolor="#FFFFFF"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial" size="4" color="#990000"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial" size="2">${tIntro}</font><br><br>
<table width="100%" border="0" cellspacing="1" cellpadding="4" bgcolor="#999999">
<tr bgcolor="#CCCC99"><td><font face="Verdana, Arial" size="2"><b>Item</b></font></td><td><font face="Verdana, Arial" size="2"><b>Notes</b></font></td>
<td align="right"><font face="Verdana, Arial" size="2"><b>Price</b></font></td></tr>
${tRows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}
</table><br><font face="Verdana, Arial" size="2"><i>${tOutro}</i></font>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#990000" align="center"><font face="Verdana, Arial" size="1"
color="#FFFFFF">&copy; Pickering's Music 1998-2027 | 7 Finkle Street, Kendal |
<a href="mailto:shop@pickeringsmusic.co.uk"><font color="#FFFFFF">shop@pickeringsmusic.co.uk</font></a></font></td></tr></table></body></html>`;
const tablePage: TestPage = {
  name: 'heldout525-table-layout-used-gear',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [tIntro, ...rowTexts(tRows), tOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tSide.filter((t) => t !== 'Used Gear'), 'Open Tue-Sat', '9.30 - 5.30', 'Tel 01539 555 214', 'visitors since 2003',
    "© Pickering's Music 1998-2027 | 7 Finkle Street, Kendal | shop@pickeringsmusic.co.uk",
  ],
};

const nTitle = 'Room 3 at Foundry Lane Studios';
const nWhere = 'Foundry Lane, Sheffield S3 · Rehearsal room · Up to 6 people';
const nHeads = ["What's in the room", 'Good to know'];
const nAbout = j(
  'A 25 square metre room with a high ceiling, treated walls and air conditioning that actually works. It suits a four- or five-piece',
  'band and is one of the few rooms in the city with a real Hammond on site. Load-in is on the ground floor, straight from the yard.',
);
const nGear = [
  'Pearl Export kit with hardware (bring cymbals)',
  'Marshall DSL40 and Orange Rocker 30 guitar amps',
  'Ampeg SVT-3 Pro bass head with 4x10 cab',
  'Yamaha 12-channel mixer, two wedges and four SM58s',
  'Hammond XK-3 with a Leslie simulator',
];
const nKnow = ['Minimum booking 3 hours. Free cancellation up to 48 hours before.', 'Parking for two cars in the yard after 6pm.'];
const nReviews = [
  { who: 'Priya', when: 'February 2027', text: 'Great room, really even sound, and the staff helped us set up the Hammond.' },
  { who: 'Tom', when: 'January 2027', text: 'Aircon was a lifesaver in a three hour session. Will book again.' },
];
const nNav = ['Find a room', 'List your space', 'Help', 'Log in', 'Sign up'];
const nFoot = ['About', 'Careers', 'Terms', 'Privacy', 'Cookie settings'];
const tw = (items: readonly string[]): string =>
  items
    .map(
      (t) => `<li class="flex items-start gap-2 text-sm text-zinc-700"><svg class="mt-0.5 h-4 w-4 shrink-0
text-emerald-600" aria-hidden="true" viewBox="0 0 20 20"></svg><span>${t}</span></li>`,
    )
    .join('\n');
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_3a0c1f __variable_e8ce0c"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/5c2e4a8f1b7d9c03.css"
data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-8d1f2a6b3c4e5f70.js"/>
<script src="/_next/static/chunks/fd9d1056-4b1a3e2f9c8d7a60.js" async=""></script><script src="/_next/static/chunks/main-app-0a9e1c7d3b2f4e81.js"
async=""></script>
<title>${nTitle} · £14/hr · Jamspace</title><meta name="description" content="Book Room 3 at Foundry Lane Studios in Sheffield from £14 an hour on Jamspace."/>
<link rel="canonical" href="https://jamspace.co.uk/rooms/foundry-lane-room-3"/><meta property="og:title" content="${nTitle}"/><meta property="og:image"
content="https://img.jamspace.co.uk/r/8812/1.jpg"/>
<meta name="twitter:card" content="summary_large_image"/><script
type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${nTitle}",
"offers":{"@type":"Offer","price":"14.00","priceCurrency":"GBP"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"38"}}</script>
<script src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js" noModule=""></script></head>
<body class="__className_3a0c1f min-h-screen bg-white text-zinc-900 antialiased"><a href="#main"
class="sr-only focus:not-sr-only focus:absolute focus:p-2">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-zinc-200 bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-4">
<a class="text-lg font-bold tracking-tight" href="/">jamspace</a><nav class="hidden gap-6 text-sm md:flex">
${nNav.map((t) => `<a class="hover:text-emerald-700" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('\n')}</nav></div></header>
<main id="main" class="mx-auto max-w-6xl px-4 py-8"><nav aria-label="Breadcrumb" class="mb-4 text-xs text-zinc-500"><ol class="flex gap-1">
<li><a href="/rooms">Rooms</a> /</li><li><a href="/rooms/sheffield">Sheffield</a> /</li><li aria-current="page">Room 3</li></ol></nav>
<div class="grid gap-3 md:grid-cols-4"><img alt="Room 3, view from the door" loading="lazy" width="800" height="600" decoding="async"
class="col-span-2 row-span-2 rounded-xl object-cover"
src="/_next/image?url=https%3A%2F%2Fimg.jamspace.co.uk%2Fr%2F8812%2F1.jpg&amp;w=1080&amp;q=75"/><button
class="rounded-lg border px-3 py-1 text-sm">Show all 9 photos</button></div>
<div class="mt-8 grid gap-10 lg:grid-cols-3"><div class="lg:col-span-2"><h1 class="text-3xl font-semibold">${nTitle}</h1>
<p class="mt-1 text-zinc-600">${nWhere}</p><div class="mt-2 flex items-center gap-1 text-sm"><span aria-hidden="true">★</span><span
class="font-medium">4.9</span>
<a class="underline" href="#reviews">38 reviews</a></div>
<section class="mt-6 border-t pt-6"><p class="leading-7">${nAbout}</p></section>
<section class="mt-6 border-t pt-6"><h2 class="text-xl font-semibold">${nHeads[0] ?? ''}</h2><ul
class="mt-3 grid gap-2 sm:grid-cols-2">${tw(nGear)}</ul></section>
<section class="mt-6 border-t pt-6"><h2 class="text-xl font-semibold">${nHeads[1] ?? ''}</h2><ul class="mt-3 space-y-2">${tw(nKnow)}</ul></section>
<section id="reviews" class="mt-6 border-t pt-6"><h2 class="text-xl font-semibold">★ 4.9 · 38 reviews</h2><div class="mt-4 grid gap-6 sm:grid-cols-2">
${nReviews
  .map(
    (r) => `<article class="space-y-1"><div class="flex items-center gap-2"><div class="h-8 w-8 rounded-full bg-zinc-200" aria-hidden="true"></div><div>
<p class="text-sm font-medium">${r.who}</p><p class="text-xs text-zinc-500">${r.when}</p></div></div><p class="text-sm leading-6">${r.text}</p></article>`,
  )
  .join('\n')}
</div><button class="mt-4 rounded-lg border px-4 py-2 text-sm">Show all 38 reviews</button></section></div>
<aside class="lg:sticky lg:top-24 h-fit rounded-2xl border p-6 shadow-sm"><p class="text-2xl font-semibold">£14 <span
class="text-base font-normal text-zinc-600">/ hour</span></p>
<p class="mt-1 text-sm text-zinc-600">£12 / hour weekdays before 5pm</p><button
class="mt-4 w-full rounded-xl bg-emerald-600 py-3 font-medium text-white">Check availability</button>
<p class="mt-2 text-center text-xs text-zinc-500">You won't be charged yet</p></aside></div></main>
<footer class="border-t border-zinc-200 py-8 text-sm text-zinc-500"><div
class="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4"><p>© 2027 Jamspace Ltd</p>
<nav class="flex gap-4">${nFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</nav></div></footer>
<script src="/_next/static/chunks/webpack-8d1f2a6b3c4e5f70.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/5c2e4a8f1b7d9c03.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"2:I[5751,[],\\"\\"]\\n0:[\\"$\\",\\"$L2\\",null,{\\"buildId\\":\\"kX3p9Qz1\\"}]"])</script>
</body></html>`;
const nextListing: TestPage = {
  name: 'heldout525-nextjs-room-listing',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([nWhere, nAbout, ...nGear, ...nKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'jamspace', ...nNav, 'Show all 9 photos', '4.9', '38 reviews', '★ 4.9 · 38 reviews',
    ...nReviews.flatMap((r) => [r.who, r.when, r.text]), 'Show all 38 reviews', '£14 / hour', '£12 / hour weekdays before 5pm', 'Check availability',
    "You won't be charged yet", '© 2027 Jamspace Ltd', ...nFoot,
  ],
};

export const HELDOUT525_F: readonly TestPage[] = [tablePage, nextListing];
