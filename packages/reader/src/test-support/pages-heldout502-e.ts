import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, row, rowText } from './pages-heldout502-kit.js';

/**
 * Held-out batch 502, file e: a flower delivery company's care guide on Next.js (pages router, Tailwind classes, __NEXT_DATA__
 * holding the post, promo bar, breadcrumb, author box, product carousel, newsletter signup and a OneTrust cookie banner).
 */
const nTitle = 'How to make your tulips last longer';
const nDek = 'Tulips keep growing after they are cut. Here is how to work with them, not against them.';
const nOpen = [
  j(
    'Tulips are the only cut flower we know that carry on growing in the vase, sometimes by five centimetres or more. They bend',
    'towards the light, droop when they are thirsty and spring back an hour after a drink. With a little care a bunch should last',
    'seven to ten days.',
  ),
];
const nH1 = 'When your flowers arrive';
const nArrive = [
  'Unwrap the tulips but leave the paper sleeve on for the first few hours; it keeps the stems straight while they drink.',
  'Fill a clean vase with cold water. Tulips do not like warm water, which makes them open too fast.',
  'Cut 2cm off each stem at an angle with a sharp knife, and remove any leaves that would sit below the water line.',
  'Stand the bunch in the vase, still in its sleeve, somewhere cool for two hours. Then take the sleeve off and arrange them.',
];
const nH2 = 'Keeping them fresh';
const nFresh = [
  j(
    'Top up the water every day and change it completely every two days, recutting the stems as you go. Tulips are thirsty and',
    'a full vase can drop by half overnight in a warm room.',
  ),
  j(
    'Keep them away from radiators, sunny windowsills and the fruit bowl. Ripening fruit gives off ethylene gas, which makes',
    'petals drop early. If the stems start to curve more than you like, turn the vase a quarter turn each morning.',
  ),
];
const nH3 = 'Should you put a penny in the vase?';
const nPenny = [
  j(
    'It is an old trick: a copper coin is supposed to stop tulips drooping. Our florists tried it side by side with a plain vase',
    'last spring and could not tell the difference. Cold water and a clean vase do far more.',
  ),
];
const nPromo = 'Free delivery on orders over £40 | Order by 2pm for next-day delivery';
const nNav = ['Occasions', 'Flowers', 'Plants', 'Gifts', 'Subscriptions', 'Journal'];
const nCrumbs = ['Home', 'Journal', 'Care guides'];
const nProducts: readonly (readonly [string, string])[] = [
  ['The Amsterdam', '£34'],
  ['Spring Tulip Bundle', '£42'],
  ['Parrot Tulips & Vase', '£58'],
];
const nBio = 'Lotte has been a florist for eighteen years and runs our studio in Bristol. She grows tulips on her allotment.';
const nNews = ['Get 15% off your first order', 'Sign up for flower care tips, new bouquets and subscriber-only offers.', 'Sign up'];
const nFootCols: readonly (readonly [string, readonly string[]])[] = [
  ['Help', ['Delivery information', 'Track my order', 'Flower care', 'Contact us']],
  ['About Petalpost', ['Our florists', 'Sustainability', 'Careers', 'Corporate gifting']],
];
const nLegal = ['Terms and conditions', 'Privacy policy', 'Cookie policy', '© 2026 Petalpost Ltd. Registered in England and Wales.'];
const nCookie = [
  'We use cookies to give you the best experience, to analyse traffic and to show you relevant offers.',
  'Cookie Settings',
  'Reject All',
  'Accept All Cookies',
];
const nextData = JSON.stringify({
  props: { pageProps: { post: { title: nTitle, excerpt: nDek, author: { name: 'Lotte Brandt' }, publishedAt: '2026-03-12', body: [...nOpen, ...nArrive] } } },
  page: '/journal/[slug]',
  query: { slug: 'how-to-make-tulips-last-longer' },
  buildId: 'k3Jd9sQv2LmP0aX7tR1bZ',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} | Petalpost Journal</title><meta name="description" content="${nDek}"/><link rel="canonical"
href="https://www.petalpost.co.uk/journal/how-to-make-tulips-last-longer"/>
<meta property="og:title" content="${nTitle}"/><meta property="og:type" content="article"/><meta name="next-head-count" content="9"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${nTitle}","author":{"@type":"Person",
"name":"Lotte Brandt"},"datePublished":"2026-03-12"}</script>
<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/>
<link rel="preload" href="/_next/static/css/6c1d2e3f4a5b6c7d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/6c1d2e3f4a5b6c7d.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-945b357d4a851f4b.js"
defer=""></script>
<script src="/_next/static/chunks/pages/journal/%5Bslug%5D-8a9b0c1d2e3f4a5b.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-3">Skip to main content</a>
<div class="bg-[#1f3b2d] py-2 text-center text-xs font-medium tracking-wide text-white"><p>${nPromo}</p></div>
<header class="sticky top-0 z-40 border-b border-stone-200 bg-white"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a class="font-serif text-2xl text-[#1f3b2d]" href="/">Petalpost</a><nav aria-label="Main" class="hidden lg:block"><ul class="flex gap-6 text-sm font-medium">
${nNav.map((t) => `<li><a class="hover:underline" href="/${t.toLowerCase()}">${t}</a></li>`).join('\n')}</ul></nav>
<div class="flex items-center gap-4"><form role="search" action="/search"><label for="q" class="sr-only">Search Petalpost</label>
<input id="q" name="q" type="search" placeholder="Search flowers and gifts" class="rounded-full border px-4 py-1.5 text-sm"/></form>
<a href="/account" aria-label="Account" class="p-2"><svg class="h-5 w-5" viewBox="0 0 24 24"></svg></a>
<a href="/basket" class="relative p-2"><svg class="h-5 w-5" viewBox="0 0 24 24"></svg><span class="sr-only">Basket</span>
<span class="absolute -right-1 -top-1 rounded-full bg-[#c2410c] px-1.5 text-[10px] text-white">0</span></a></div></div></header>
<main id="main" class="mx-auto max-w-3xl px-4 py-10"><nav aria-label="Breadcrumb" class="mb-6 text-xs text-stone-500"><ol class="flex gap-2">
${nCrumbs
  .map(
    (t, i) => `<li class="flex gap-2">${i > 0 ? '<span aria-hidden="true">/</span>' : ''}<a
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}
</ol></nav><article><header class="mb-8"><p class="mb-2 text-xs font-semibold uppercase tracking-widest text-[#c2410c]">Care guides</p>
<h1 class="font-serif text-4xl leading-tight text-stone-900">${nTitle}</h1><p class="mt-4 text-lg text-stone-600">${nDek}</p>
<div class="mt-6 flex items-center gap-3 text-sm text-stone-500"><img alt="" src="/_next/image?url=%2Fauthors%2Flotte.jpg&amp;w=64&amp;q=75" width="32"
height="32"
 class="rounded-full"/><span>By <a class="font-medium text-stone-800" href="/journal/authors/lotte-brandt">Lotte Brandt</a></span><span
aria-hidden="true">·</span>
<time dateTime="2026-03-12">12 March 2026</time><span aria-hidden="true">·</span><span>4 min read</span></div></header>
<figure class="mb-8"><img alt="Pink tulips in a glass jug" src="/_next/image?url=%2Fjournal%2Ftulips-jug.jpg&amp;w=1200&amp;q=75" width="1200" height="800"
 class="rounded-lg"/><figcaption class="mt-2 text-xs text-stone-500">Photography: Saskia Orme</figcaption></figure>
<div class="prose prose-stone max-w-none">${ps(nOpen)}<h2>${nH1}</h2><ol>${lis(nArrive)}</ol><h2>${nH2}</h2>${ps(nFresh)}<h2>${nH3}</h2>${ps(nPenny)}</div>
<aside class="mt-12 flex gap-4 rounded-lg bg-stone-100 p-6"><img alt="" src="/_next/image?url=%2Fauthors%2Flotte.jpg&amp;w=128&amp;q=75" width="64" height="64"
 class="rounded-full"/><div><p class="text-sm font-semibold">Written by Lotte Brandt, Head Florist</p><p
class="mt-1 text-sm text-stone-600">${nBio}</p></div></aside>
</article>
<section class="mt-16" aria-labelledby="shop-tulips"><div class="flex items-baseline justify-between"><h2 id="shop-tulips" class="font-serif text-2xl">Shop
tulips</h2>
<a href="/flowers/tulips" class="text-sm underline">View all</a></div><ul class="mt-6 grid grid-cols-3 gap-4">
${nProducts
  .map(
    ([n, p]) => `<li class="group"><a href="/products/${n.length}"><img alt=""
src="/_next/image?url=%2Fproducts%2F${n.length}.jpg&amp;w=384&amp;q=75" width="384" height="480"/>
<h3 class="mt-2 text-sm font-medium">${n.replace('&', '&amp;')}</h3><p class="text-sm text-stone-600">${p}</p></a>
<button type="button" class="mt-2 w-full rounded-full bg-[#1f3b2d] py-2 text-xs text-white">Add to basket</button></li>`,
  )
  .join('\n')}</ul></section></main>
<section class="bg-[#f3ede4] py-12"><div class="mx-auto max-w-xl px-4 text-center"><h2 class="font-serif text-2xl">${nNews[0]}</h2><p
class="mt-2 text-sm">${nNews[1]}</p>
<form class="mt-4 flex gap-2"><label for="nl-email" class="sr-only">Email address</label><input id="nl-email" type="email" placeholder="Your email address"
class="flex-1 rounded-full border px-4"/>
<button type="submit" class="rounded-full bg-[#1f3b2d] px-6 py-2 text-white">${nNews[2]}</button></form></div></section>
<footer class="bg-[#1f3b2d] text-stone-200"><div class="mx-auto grid max-w-7xl grid-cols-2 gap-8 px-4 py-12">
${nFootCols
  .map(
    ([h, ls]) => `<div><h3 class="text-sm font-semibold text-white">${h}</h3><ul
class="mt-3 space-y-2 text-sm">${links(ls)}</ul></div>`,
  )
  .join('\n')}</div>
<div class="border-t border-white/10 px-4 py-4 text-xs"><ul class="flex gap-4">${links(nLegal.slice(0, 3))}</ul><p
class="mt-2">${nLegal[3]}</p></div></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat ot-wo-title vertical-align-content" tabindex="0" role="region"
aria-label="Cookie banner">
<div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"
class="ot-sdk-eight ot-sdk-columns">
<div class="banner_logo"></div><div id="onetrust-policy"><div id="onetrust-policy-text">${nCookie[0]}</div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button
id="onetrust-pc-btn-handler">${nCookie[1]}</button>
<button id="onetrust-reject-all-handler">${nCookie[2]}</button><button
id="onetrust-accept-btn-handler">${nCookie[3]}</button></div></div></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${nextData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout502-nextjs-tulip-care',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2, nH3],
  body: texts([nDek, ...nOpen, ...nArrive, ...nFresh, ...nPenny]),
  bylines: ['By Lotte Brandt', '12 March 2026', 'Written by Lotte Brandt, Head Florist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', nPromo, 'Petalpost', ...nNav.filter((t) => t !== 'Flowers'), '0', 'Home', 'Care guides', '4 min read',
    'Photography: Saskia Orme', nBio, 'Shop tulips', 'View all', ...nProducts.flat(), 'Add to basket', ...nNews,
    ...nFootCols.flatMap((c) => [c[0], ...c[1]]), ...nLegal, ...nCookie,
  ],
};

/**
 * Held-out batch 502, file e, second page: a family bakery's celebration cake price list on an old FrontPage table layout (font tags,
 * image header, left navigation column, bold lines as section titles, price table, hit counter and "last updated" line).
 */
const tTitle = 'Celebration Cakes';
const tIntro = j(
  'All our celebration cakes are baked to order in our own bakehouse behind the shop. We can decorate with names, ages, club',
  "colours or a photograph printed on icing. Please allow one week's notice, or two weeks for wedding cakes.",
);
const tHead = ['Size', 'Serves', 'Sponge', 'Rich fruit'];
const tRows = [
  ['6" round', '12', '£24.00', '£32.00'],
  ['8" round', '20', '£34.00', '£45.00'],
  ['10" square', '40', '£52.00', '£68.00'],
  ['Half slab', '60', '£70.00', 'n/a'],
];
const tNote = 'Photograph cakes add £6.00. Sponges are vanilla, chocolate or lemon. Prices from 1st March 2019.';
const tH1 = 'How to order';
const tOrder = j('Call in to the shop or ring us on 01952 604117. A deposit of £10.00 is needed for all orders. Sorry, we cannot take orders', 'by e-mail.');
const tNav = ['Home', 'Our Bread', 'Celebration Cakes', 'Wedding Cakes', 'Sandwich Platters', 'Find Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="bakery, cakes, birthday cakes, Wellsbridge, Holloways">
<title>Holloway's Bakery - Celebration Cakes</title>
<style>a:link { color: #663300; text-decoration: none } a:hover { text-decoration: underline } td { font-family: Arial, Helvetica, sans-serif }</style>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFF8E7" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="140" alt="Holloway's Family Bakery - Est. 1962" border="0"></td></tr>
<tr><td colspan="2" bgcolor="#663300" height="22" align="center"><font face="Arial" size="2" color="#FFFFFF"><b>Family bakers in Wellsbridge since
1962</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#F3E3C3"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tNav.map((t) => `<tr><td><font face="Arial" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
<tr><td><br><font face="Arial" size="1">Open Mon - Sat<br>7.00am - 5.00pm</font></td></tr></table></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Georgia" size="5" color="#663300"><b>${tTitle}</b></font>
<p><font face="Arial" size="2">${esc(tIntro)}</font></p>
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#CC9966" width="90%">
<tr bgcolor="#F3E3C3">${tHead.map((h) => `<th><font face="Arial" size="2">${h}</font></th>`).join('')}</tr>
${tRows.map(row).join('\n')}
</table>
<p><font face="Arial" size="1"><i>${tNote}</i></font></p>
<p><font face="Arial" size="3" color="#663300"><b>${tH1}</b></font></p>
<p><font face="Arial" size="2">${tOrder}</font></p>
<p align="center"><a href="weddingcakes.htm"><img src="images/btn_wedding.gif" width="160" height="40" alt="See our wedding cakes" border="0"></a></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#663300" align="center"><font face="Arial" size="1" color="#FFFFFF">Holloway's Family Bakery, 23 High Street, Wellsbridge,
Shropshire
 &nbsp;|&nbsp; Tel: 01952 604117<br>Last updated: 14 March 2019 &nbsp;|&nbsp; Best viewed at 1024 x 768</font></td></tr>
<tr><td colspan="2" align="center"><font face="Arial" size="1">You are visitor number <img src="/cgi-bin/Count.cgi?df=holloways.dat" alt="Hit counter"
align="absmiddle"><br>
Site by <a href="http://www.wrekinweb.co.uk">Wrekin Web Design</a></font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout502-frontpage-table-cake-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tH1],
  body: [tIntro, ...tRows.map(rowText), tNote, tOrder],
  bylines: ['Last updated: 14 March 2019'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Family bakers in Wellsbridge since 1962', 'Home', 'Our Bread', 'Sandwich Platters', 'Find Us', 'Open Mon - Sat', '7.00am - 5.00pm',
    "Holloway's Family Bakery, 23 High Street, Wellsbridge, Shropshire", 'Tel: 01952 604117', 'Best viewed at 1024 x 768', 'You are visitor number',
    'Site by Wrekin Web Design',
  ],
};

export const HELDOUT502_E: readonly TestPage[] = [nextjs, tableLayout];
