import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout617-kit.js';

/**
 * Held-out batch 617, file f: a news page on an old hand-built table-layout stud farm site (Dreamweaver template, font tags,
 * spacer images, hit counter) and an experience listing on a Next.js marketplace (Tailwind classes, booking card, reviews, __NEXT_DATA__).
 */
const tTitle = 'Spring 2008 News from Windyknowe';
const tDate = 'Posted 14th April 2008';
const tH = ['Cria season has started!', 'Stud services', 'Shows'];
const tCria = [
  j(
    'Our first cria of the year arrived on Easter Monday, a lovely white female out of Windyknowe Primrose by Highcairn Ptolemy.',
    'She was up and feeding within the hour and we have called her Snowdrop. Another nine girls are due before the end of June, so watch',
    'this space!',
  ),
  'All our cria are registered with the herd book and halter trained before they leave us.',
];
const tStud = [
  j(
    'Windyknowe Caesar is now available for outside matings at £450 including one drive-by mating and a spit-off. Caesar has won',
    'three championships and his first daughters are showing a beautiful dense fleece. Mobile matings can be arranged within 50 miles.',
  ),
];
const tShows = [
  'We will be showing at the following events this summer and would love to meet you there:',
  'Borders Alpaca Show, Kelso Mains – 17th May',
  'Tweedside Agricultural Show – 14th June',
  'North of England Camelid Fair – 9th August',
];
const tNav = ['Home', 'About Us', 'Our Herd', 'Stud Males', 'Sales List', 'News', 'Fleece', 'Links', 'Contact Us'];
const tFont = (t: string, size = 2): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="${size}" color="#333333">${t}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><!-- InstanceBegin template="/Templates/main.dwt" codeOutsideHTMLIsLocked="false" --><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><!-- InstanceBeginEditable name="doctitle" --><title>Windyknowe Alpacas - News</title>
<!-- InstanceEndEditable --><meta name="keywords" content="alpacas, alpaca stud, alpacas for sale, scottish borders, alpaca fleece">
<meta name="description" content="Windyknowe Alpacas - breeders of quality huacaya alpacas in the Borders.">
<script type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script><link href="style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#F3EBD9" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner.jpg" width="780" height="140" alt="Windyknowe Alpacas"></td></tr>
<tr><td colspan="3" bgcolor="#663300" align="center">${`<font face="Verdana" size="1"
color="#FFFFFF"><b>Breeders of quality huacaya alpacas in the Scottish Borders</b></font>`}</td></tr>
<tr><td width="160" valign="top" bgcolor="#E8DCC0"><table width="160" border="0" cellspacing="0" cellpadding="4">
${tNav.map((t) => `<tr><td class="navcell"><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="navlink">${t}</a></td></tr>`).join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20" alt=""></td></tr><tr><td align="center"><img src="images/bas_member.gif" width="120" height="60"
alt="BAS Member"><br>
<font face="Verdana" size="1">Member of the British Alpaca Society</font></td></tr></table></td>
<td width="20"><img src="images/spacer.gif" width="20" height="1" alt=""></td>
<td width="600" valign="top"><!-- InstanceBeginEditable name="content" --><br>
<p align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="5" color="#663300"><b>${tTitle}</b></font></p>
<p align="right">${tFont(`<i>${tDate}</i>`, 1)}</p>
<h3>${tFont(tH[0] ?? '', 3)}</h3>
<table border="0" cellpadding="0" cellspacing="8" align="right"><tr><td><img src="images/snowdrop.jpg" width="200" height="150" alt="Snowdrop"
border="1"></td></tr>
<tr><td align="center">${tFont('Snowdrop at two days old', 1)}</td></tr></table>
${tCria.map((t) => `<p>${tFont(t)}</p>`).join('\n')}
<h3>${tFont(tH[1] ?? '', 3)}</h3>${tStud.map((t) => `<p>${tFont(t)}</p>`).join('\n')}
<h3>${tFont(tH[2] ?? '', 3)}</h3><p>${tFont(tShows[0] ?? '')}</p><ul>${lis(tShows.slice(1).map((t) => tFont(t)))}</ul>
<p align="center"><a href="#top">${tFont('Back to top', 1)}</a></p>
<!-- InstanceEndEditable --></td></tr>
<tr><td colspan="3" bgcolor="#663300" align="center"><font face="Verdana" size="1" color="#FFFFFF">Windyknowe Alpacas, Windyknowe Farm, Lauderburn TD9 4XX |
Tel: 01835 870 412 | <a href="mailto:info@windyknowealpacas.co.uk"><font color="#FFFFFF">info@windyknowealpacas.co.uk</font></a></font></td></tr>
<tr><td colspan="3" align="center"><font face="Verdana" size="1">You are visitor number <img
src="http://counter.digits.net/?counter={8a1f}&amp;template=simple" alt="">
<br>Site designed by Borders Web Design &copy; 2004-2008 | Best viewed at 1024 x 768</font></td></tr></table>
</body><!-- InstanceEnd --></html>`;
const tableLayout: TestPage = {
  name: 'heldout617-table-layout-stud-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([...tCria, ...tStud, ...tShows]),
  bylines: [tDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Breeders of quality huacaya alpacas in the Scottish Borders', ...tNav.filter((t) => t !== 'Fleece' && t !== 'News')
    , 'Member of the British Alpaca Society',
    'Snowdrop at two days old', 'Back to top', 'Windyknowe Alpacas, Windyknowe Farm, Lauderburn TD9 4XX | Tel: 01835 870 412 | info@windyknowealpacas.co.uk',
    'You are visitor number', 'Site designed by Borders Web Design © 2004-2008 | Best viewed at 1024 x 768',
  ],
};

const nTitle = 'Llama trekking and afternoon tea on Moorcroft Edge';
const nH = ['About this experience', "What's included", 'Good to know', 'Meeting point'];
const nAbout = [
  j(
    'Fran and her eight llamas will take you up the old packhorse track behind Moorcroft Farm to the gritstone edge, where on a clear day',
    'you can see three counties. Each guest (or pair of guests) leads their own llama, and Fran tells the story of the farm and its animals',
    'on the way.',
  ),
  j(
    'The trek is about three miles and takes two and a half hours with stops. Back at the farm, afternoon tea is served in the old dairy:',
    'scones with farm butter, sandwiches and a pot of tea, with the llamas looking in over the half door.',
  ),
];
const nIncl = ['A llama to lead for every one or two guests', 'Afternoon tea in the farm dairy', 'Photos of your trek, emailed the same evening'];
const nGood = ['Suitable for ages 10 and up', 'Moderate walking on uneven ground, with one steep section', 'Not suitable for wheelchair users'];
const nMeet = 'Moorcroft Farm, Moorcroft Lane, Helmsby. Park in the field signed "Trek parking" and walk up to the yellow barn.';
const nCrumbs = ['Experiences', 'Animal encounters', 'Llama trekking'];
const nReviews = [
  ['Priya', 'October 2026', 'Fran is a natural storyteller and the llamas were gentle and funny. The scones were excellent too.'],
  ['Duncan', 'September 2026', 'Brilliant afternoon for our anniversary. Take proper boots, the track was muddy.'],
] as const;
const nSimilar = [
  ['Alpaca walk by the river Wend', 'From £38'],
  ['Feed the lambs at Hollin Farm', 'From £15'],
] as const;
const nFoot = ['About Fieldday', 'Become a host', 'Gift cards', 'Help centre', 'Terms', 'Privacy'];
const nData = JSON.stringify({
  props: { pageProps: { experience: { id: 'exp_8d2k1', slug: 'llama-trekking-moorcroft-edge', title: nTitle, priceFrom: 65, rating: 4.9, reviewCount: 132 } } },
  page: '/experiences/[slug]',
  query: { slug: 'llama-trekking-moorcroft-edge' },
  buildId: 'k3Jd92LqPz0aVb1c',
  isFallback: false,
  gssp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} | Fieldday</title><meta name="description" content="Lead a llama up to Moorcroft Edge, then afternoon tea in the farm dairy."><meta
property="og:type" content="product">
<link rel="canonical" href="https://www.fieldday.co.uk/experiences/llama-trekking-moorcroft-edge"><meta name="next-head-count" content="8">
<link rel="preload" href="/_next/static/css/a81c2d3e4f5b6c7d.css" as="style"><link rel="stylesheet" href="/_next/static/css/a81c2d3e4f5b6c7d.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${nTitle}","aggregateRating":{"@type":"AggregateRating",
"ratingValue":"4.9",
"reviewCount":"132"},"offers":{"@type":"Offer","price":"65.00","priceCurrency":"GBP"}}</script>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/pages/experiences/%5Bslug%5D-5f1e2d3c4b5a6978.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-3">Skip to main content</a>
<header class="sticky top-0 z-40 border-b border-stone-200 bg-white/95 backdrop-blur"><div
class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4 sm:px-6">
<a class="text-xl font-bold tracking-tight text-emerald-800" href="/">Fieldday</a><form role="search" class="hidden flex-1 px-8 md:block" action="/search">
<label for="q" class="sr-only">Search experiences</label><input id="q" name="q" type="search" placeholder="Farms, animals, places…"
class="w-full rounded-full border px-4 py-2 text-sm"></form>
<nav class="flex items-center gap-6 text-sm font-medium"><a class="hidden md:inline" href="/host">Become a host</a><a href="/login">Log in</a>
<a class="rounded-full bg-emerald-700 px-4 py-2 text-white" href="/signup">Sign up</a></nav></div></header>
<main id="main" class="mx-auto max-w-7xl px-4 pb-16 sm:px-6"><nav aria-label="Breadcrumb" class="py-4 text-sm text-stone-500"><ol class="flex gap-2">
${nCrumbs
  .map(
    (t, i) => `<li class="flex items-center gap-2">${i > 0 ? '<span aria-hidden="true">/</span>' : ''}<a class="hover:underline"
href="/c/${i}">${t}</a></li>`,
  )
  .join('')}</ol></nav>
<div class="grid gap-4 md:grid-cols-4 md:grid-rows-2"><img alt="Llamas on the track to Moorcroft Edge"
src="/_next/image?url=%2Fimg%2Fexp_8d2k1%2F1.jpg&amp;w=1200&amp;q=75"
class="rounded-xl object-cover md:col-span-2 md:row-span-2" loading="eager"><img alt="Afternoon tea in the dairy"
src="/_next/image?url=%2Fimg%2Fexp_8d2k1%2F2.jpg&amp;w=640&amp;q=75"
class="rounded-xl object-cover" loading="lazy"></div>
<div class="mt-8 grid gap-12 lg:grid-cols-3"><article class="lg:col-span-2"><h1 class="text-3xl font-semibold text-stone-900">${nTitle}</h1>
<div class="mt-2 flex items-center gap-2 text-sm text-stone-600"><span class="font-semibold text-stone-900">★ 4.9</span><a class="underline"
href="#reviews">132 reviews</a>
<span aria-hidden="true">·</span><span>Helmsby, North Moors</span></div>
<div class="mt-6 flex items-center gap-4 border-y border-stone-200 py-6"><img alt="" src="/img/hosts/fran.jpg" class="h-14 w-14 rounded-full"><div>
<p class="font-medium">Hosted by Fran Oduya</p><p class="text-sm text-stone-500">Host since 2021 · Llama keeper for 15 years</p></div></div>
<section class="prose prose-stone mt-8 max-w-none"><h2>${nH[0]}</h2>${ps(nAbout)}<h2>${nH[1]}</h2><ul>${lis(nIncl)}</ul><h2>${nH[2]}</h2><ul>${lis(nGood)}</ul>
<h2>${nH[3]}</h2><p>${nMeet}</p></section>
<section id="reviews" class="mt-12 border-t border-stone-200 pt-8"><h2 class="text-xl font-semibold">★ 4.9 · 132 reviews</h2><ul
class="mt-6 grid gap-8 md:grid-cols-2">
${nReviews
  .map(
    ([
      n,
      d,
      r,
    ]) => `<li><div class="flex items-center gap-3"><img alt="" src="/img/u/${n}.jpg" class="h-10 w-10 rounded-full"><div><p class="font-medium">${n}</p>
<p class="text-sm text-stone-500">${d}</p></div></div><p class="mt-3 text-stone-700">${r}</p></li>`,
  )
  .join('\n')}</ul>
<button type="button" class="mt-6 rounded-lg border border-stone-900 px-5 py-3 font-medium">Show all 132 reviews</button></section></article>
<aside class="lg:col-span-1"><div class="sticky top-24 rounded-2xl border border-stone-200 p-6 shadow-lg"><p class="text-2xl font-semibold">£65 <span
class="text-base font-normal text-stone-500">per llama</span></p><p class="mt-1 text-sm text-stone-500">2.5 hours · Up to 2 guests per llama</p>
<label for="date" class="mt-4 block text-xs font-semibold uppercase">Date</label><input id="date" type="date" class="mt-1 w-full rounded-lg border px-3 py-2">
<button type="button" class="mt-4 w-full rounded-lg bg-emerald-700 py-3 font-semibold text-white">Check availability</button>
<p class="mt-3 text-center text-sm text-stone-500">Free cancellation up to 48 hours before</p></div></aside></div>
<section class="mt-16"><h2 class="text-xl font-semibold">You might also like</h2><div class="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
${nSimilar
  .map(
    ([t, p]) => `<a class="group" href="/experiences/x"><img alt="" src="/img/x.jpg" class="aspect-square rounded-xl object-cover"><h3
class="mt-2 font-medium">${t}</h3>
<p class="text-sm text-stone-600">${p}</p></a>`,
  )
  .join('\n')}</div></section></main>
<footer class="border-t border-stone-200 bg-stone-50"><div class="mx-auto max-w-7xl px-4 py-10 sm:px-6"><ul class="flex flex-wrap gap-6 text-sm">
${nFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul><p
class="mt-6 text-xs text-stone-500">© 2026 Fieldday Experiences Ltd</p></div></footer>
<div role="dialog" aria-live="polite"
class="fixed inset-x-4 bottom-4 z-50 rounded-xl bg-stone-900 p-4 text-sm text-white md:inset-x-auto md:right-4 md:max-w-sm">
<p>We use cookies to run Fieldday and to measure how it is used.</p><div class="mt-3 flex gap-2"><button
class="rounded bg-white px-3 py-1 text-stone-900">Accept all</button>
<button class="rounded border border-white px-3 py-1">Necessary only</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout617-nextjs-llama-tea',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([...nAbout, ...nIncl, ...nGood, nMeet]),
  bylines: ['Hosted by Fran Oduya'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Fieldday', 'Become a host', 'Log in', 'Sign up', ...nCrumbs.filter((t) => t !== 'Llama trekking'), '★ 4.9', '132 reviews',
    'Helmsby, North Moors', 'Host since 2021 · Llama keeper for 15 years', '★ 4.9 · 132 reviews', ...nReviews.flat(), 'Show all 132 reviews',
    '£65 per llama', '2.5 hours · Up to 2 guests per llama', 'Date', 'Check availability', 'Free cancellation up to 48 hours before', 'You might also like',
    ...nSimilar.flat(), ...nFoot.filter((t) => t !== 'Become a host'), '© 2026 Fieldday Experiences Ltd',
    'We use cookies to run Fieldday and to measure how it is used.', 'Accept all', 'Necessary only',
  ],
};

export const HELDOUT617_F: readonly TestPage[] = [tableLayout, nextjs];
