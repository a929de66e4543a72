import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout654-kit.js';

/**
 * Held-out batch 654, file f: a small donkey sanctuary's visiting page in an old hand-made table layout (font tags, spacer
 * images, hit counter), and an emergency appeal news item on a wildlife charity's Next.js site (Tailwind, Cookiebot).
 */
const tTitle = 'Visiting Thistledown';
const tBody = [
  j(
    'Thistledown Donkey Haven is a small family-run sanctuary on the edge of Brackley Common. We have 23 donkeys and 4 mules, most of',
    'them retired from farms and riding schools, and we love to show them off!',
  ),
  'Opening Times',
  j(
    'We are open to visitors on the days below from Easter to the end of October. In winter we are closed so the donkeys and the',
    'fields can rest, but groups can visit by arrangement.',
  ),
  'Please remember',
  'Dogs must stay in the car park on a lead.',
  'Do not feed the donkeys anything, not even carrots. Some of them are on special diets.',
  'Children must be with an adult at all times.',
  'Wear sensible shoes, the yard can be muddy.',
  j(
    'Entry is free but there is a donation box in the tack room. Tea, coffee and homemade cake are served in the barn on Sundays.',
    'All money raised goes to the donkeys.',
  ),
];
const tRows = [
  ['Wednesday', '1pm - 4pm'],
  ['Saturday', '11am - 4pm'],
  ['Sunday', '11am - 5pm'],
  ['Bank Holidays', '11am - 5pm'],
];
const tHead = [1, 3];
const tNav = ['Home', 'Our Donkeys', 'Visiting', 'Adopt a Donkey', 'News', 'Links', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Thistledown Donkey Haven - Visiting</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="donkey, sanctuary, donkeys, mules, Brackley, visit, adopt"><link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#F4EFE1" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner.jpg" width="760" height="140" alt="Thistledown Donkey Haven"></td></tr>
<tr><td colspan="3" bgcolor="#6B4F2A" height="22"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">&nbsp;&nbsp;<marquee
scrollamount="3">
Our Open Day is on Sunday 7th June - come and meet the new foal!</marquee></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#E8DCC0"><img src="images/spacer.gif" width="150" height="10"><br>
<table width="140" border="0" cellspacing="0" cellpadding="4" align="center">
${tNav
  .map(
    (t) => `<tr><td class="nav"><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a
href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`,
  )
  .join('\n')}
</table><br><center><img src="images/donkey_small.gif" width="100" height="90" alt=""><br><font face="Verdana" size="1">Registered Charity<br>No. 1098114</font>
</center></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="600" valign="top"><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><br>
<h1><font color="#6B4F2A">${tTitle}</font></h1>
${ps([at(tBody, 0)])}
<h3><font color="#6B4F2A">${at(tBody, 1)}</font></h3>
${ps([at(tBody, 2)])}
<table width="320" border="1" cellspacing="0" cellpadding="4" bordercolor="#C9B68A">
${trs(tRows, 'class="times"')}
</table>
<br><img src="images/yard.jpg" width="400" height="260" alt="The yard"><br><font size="1"><i>The yard on a summer Sunday</i></font><br>
<h3><font color="#6B4F2A">${at(tBody, 3)}</font></h3>
<ul>${lis(tBody.slice(4, 8))}</ul>
${ps([at(tBody, 8)])}
<p><b>How to find us:</b> <a href="map.htm">click here for a map</a></p>
<br><hr size="1" noshade color="#C9B68A">
<font size="1">Page last updated 12/03/2026<br>You are visitor number <img src="/cgi-bin/counter.cgi?page=visit" alt="counter"> 048213</font>
</font></td></tr>
<tr><td colspan="3" bgcolor="#6B4F2A" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">&copy; Thistledown Donkey Haven
2003-2026 | Site by Halsey Web Design</font></td></tr></table></body></html>`;
const table: TestPage = {
  name: 'heldout654-table-layout-visiting',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tHead.map((i) => at(tBody, i)),
  body: texts([...tBody.slice(0, 3), ...rowTexts(tRows), ...tBody.slice(4)]),
  bylines: ['Page last updated 12/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Our Open Day is on Sunday 7th June - come and meet the new foal!', ...tNav.filter((t) => t !== 'Visiting'), 'Registered Charity', 'No. 1098114',
    'The yard on a summer Sunday', 'How to find us: click here for a map', 'You are visitor number 048213',
    '© Thistledown Donkey Haven 2003-2026 | Site by Halsey Web Design',
  ],
};

const nTitle = 'Emergency appeal: 200 oiled seabirds after the Carrick Sound spill';
const nDek = 'Our seabird unit is working around the clock. We need £60,000 to see every bird through to release.';
const nBody = [
  j(
    'On the night of 9 February a cargo ship leaking fuel oil ran aground off Carrick Point. Within two days, guillemots and',
    'razorbills covered in oil were washing up on beaches along twenty miles of coast.',
  ),
  j(
    'So far our teams and volunteers have collected 212 live birds. Each one has to be warmed, fed by tube and rested for several',
    'days before it is strong enough to be washed, and washing a single guillemot takes two people up to an hour and 300 litres of',
    'hot water.',
  ),
  'How we care for an oiled bird',
  'Stabilising: warmth, fluids and rest for three to five days.',
  'Washing: a mild detergent in water at exactly 42°C, then rinsing until the feathers are completely clean.',
  'Waterproofing: time in our pools, so that the bird can preen and realign its feathers.',
  'Release: only when the bird is at a healthy weight and fully waterproof.',
  j(
    'Birds that are washed too early, or released before they are waterproof, rarely survive. That is why the whole process takes',
    'two to three weeks, and why the cost is so high: we estimate around £300 for every bird.',
  ),
  'What you can do',
  j(
    'If you find an oiled bird, do not try to clean it or put it back in the sea. Note where it is and call our 24-hour line. If you',
    'can, give today: every gift to this appeal will go to the Carrick Sound birds.',
  ),
];
const nHead = [2, 8];
const nNav = ['Our work', 'Get help', 'News', 'Volunteer'];
const nCrumbs = ['Home', 'News'];
const nRel = [
  ['Grey seal pup season: a record year', '12 January 2027'],
  ['Why we do not wash birds on the beach', '3 November 2026'],
];
const nFoot = ['About us', 'Contact', 'Privacy', 'Accessibility', 'Modern slavery statement'];
const nPara = (t: string): string => `<p class="mb-5 text-lg leading-relaxed text-slate-800">${t}</p>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} | Atlantic Edge Wildlife</title><meta name="description" content="${nDek}"><meta property="og:type" content="article">
<link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" crossorigin="" type="font/woff2">
<link rel="stylesheet" href="/_next/static/css/9c1f3e7a2b4d5c6e.css" data-precedence="next">
<script src="/_next/static/chunks/webpack-7f3a2b1c9d8e.js" async=""></script><script src="/_next/static/chunks/main-app-a1b2c3d4e5f6.js" async=""></script>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="4f2a9c1e-7b3d-4e6f-a8c2-1d9e0b7f5a3c" type="text/javascript" async></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2027-02-14T07:00:00Z",
"author":{"@type":"Organization","name":"Atlantic Edge Wildlife"}}</script></head>
<body class="__className_a64ecd antialiased"><div id="__next"><a href="#main"
class="sr-only focus:not-sr-only focus:absolute focus:p-3 focus:bg-white">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur"><div
class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a class="flex items-center gap-2" href="/"><img alt="Atlantic Edge Wildlife" loading="lazy" width="160" height="48" decoding="async" data-nimg="1"
style="color:transparent"
src="/_next/image?url=%2Flogo.svg&amp;w=384&amp;q=75"></a><nav aria-label="Main" class="hidden gap-6 lg:flex">
${nNav.map((t) => `<a class="text-sm font-semibold text-slate-700 hover:text-teal-700" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</nav>
<div class="flex items-center gap-3"><button type="button" aria-label="Search" class="rounded-full p-2 hover:bg-slate-100"><svg class="h-5 w-5"></svg></button>
<a class="rounded-full bg-orange-500 px-5 py-2 text-sm font-bold text-white" href="/donate?appeal=carrick-sound">Donate</a>
<button type="button" class="lg:hidden" aria-expanded="false"><span class="sr-only">Open menu</span></button></div></div></header>
<main id="main"><article class="mx-auto max-w-3xl px-4 pb-16 pt-10"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-slate-500"><ol class="flex gap-2">
${links(nCrumbs, "after:content-['/'] after:ml-2 last:after:content-none")}</ol></nav>
<span class="inline-block rounded bg-red-100 px-2 py-1 text-xs font-bold uppercase tracking-wide text-red-800">Emergency appeal</span>
<h1 class="mt-3 font-serif text-4xl font-bold leading-tight text-slate-900 md:text-5xl">${nTitle}</h1>
<p class="mt-4 text-xl text-slate-600">${nDek}</p><div class="mt-4 flex items-center gap-3 text-sm text-slate-500"><time
dateTime="2027-02-14">14 February 2027</time>
<span aria-hidden="true">·</span><span>Seabird unit</span></div>
<figure class="my-8"><img alt="A guillemot being washed" loading="lazy" width="1200" height="800" decoding="async" data-nimg="1" class="rounded-lg"
src="/_next/image?url=%2Fuploads%2Fguillemot-wash.jpg&amp;w=1920&amp;q=75"><figcaption class="mt-2 text-sm text-slate-500">Volunteers wash a guillemot in the
seabird unit. © Atlantic Edge Wildlife</figcaption></figure>
<div class="prose prose-slate max-w-none">${nBody.slice(0, 2).map(nPara).join('')}
<h2 class="mt-10 mb-4 font-serif text-2xl font-bold">${at(nBody, 2)}</h2><ol class="mb-5 list-decimal pl-6">${lis(nBody.slice(3, 7), 'mb-2')}</ol>
${nPara(at(nBody, 7))}
<aside class="my-8 rounded-xl bg-teal-50 p-6"><p class="text-lg font-bold text-teal-900">£25 could pay for the hot water to wash one bird.</p>
<a class="mt-3 inline-block rounded-full bg-orange-500 px-6 py-3 font-bold text-white" href="/donate?appeal=carrick-sound">Give to the appeal</a></aside>
<h2 class="mt-10 mb-4 font-serif text-2xl font-bold">${at(nBody, 8)}</h2>${nPara(at(nBody, 9))}</div>
<div class="mt-10 flex gap-3 border-t border-slate-200 pt-6"><span class="text-sm font-semibold">Share</span><a
href="https://www.facebook.com/sharer/sharer.php?u=x"
class="text-sm underline">Facebook</a><a href="https://x.com/intent/post?url=x" class="text-sm underline">X</a><button
class="text-sm underline">Copy link</button></div>
</article>
<section class="bg-slate-50 py-12"><div class="mx-auto max-w-5xl px-4"><h2 class="mb-6 font-serif text-2xl font-bold">Latest news</h2><div
class="grid gap-6 md:grid-cols-2">
${nRel
  .map(
    (r) => `<a class="block rounded-lg bg-white p-5 shadow-sm hover:shadow" href="/news/x"><h3 class="font-bold text-slate-900">${at(r, 0)}</h3><p
class="mt-2 text-sm text-slate-500">${at(r, 1)}</p></a>`,
  )
  .join('\n')}
</div></div></section></main>
<footer class="bg-slate-900 text-slate-300"><div class="mx-auto max-w-7xl px-4 py-10"><form class="mb-8 max-w-md"><label for="nl"
class="mb-2 block font-semibold text-white">
Get our news by email</label><div class="flex gap-2"><input id="nl" type="email" placeholder="you@example.com" class="flex-1 rounded px-3 py-2 text-slate-900">
<button class="rounded bg-teal-600 px-4 py-2 font-semibold text-white">Sign up</button></div></form><ul class="flex flex-wrap gap-4 text-sm">
${links(nFoot)}</ul><p
class="mt-6 text-xs">Atlantic Edge Wildlife is a charity registered in England and Wales (1147720) and Scotland (SC051902).</p></div></footer></div>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle"
class="CybotCookiebotDialog
CybotCookiebotDialogActive" lang="en" data-template="popup"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody">
<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content,
to provide social media features and to analyse our traffic.</div></div><div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline"
class="CybotCookiebotDialogBodyButton">Deny</button><button id="CybotCookiebotDialogBodyLevelButtonCustomize"
class="CybotCookiebotDialogBodyButton">Customize</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">Allow all</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"slug":"carrick-sound-appeal","title":"${nTitle}","standfirst":"${nDek}",
"category":"Emergency appeal","date":"2027-02-14"}},"__N_SSG":true},"page":"/news/[slug]","query":{"slug":"carrick-sound-appeal"},"buildId":"k3Lr9vQ2pX",
"isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout654-nextjs-seabird-appeal',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHead.map((i) => at(nBody, i)),
  body: texts([nDek, ...nBody.filter((_, i) => !nHead.includes(i))]),
  bylines: ['14 February 2027', 'Seabird unit'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Donate', 'Open menu', ...nCrumbs.filter((t) => t !== 'News'), 'Emergency appeal',
    'Volunteers wash a guillemot in the seabird unit. © Atlantic Edge Wildlife', '£25 could pay for the hot water to wash one bird.',
    'Give to the appeal', 'Share', 'Facebook', 'X', 'Copy link', 'Latest news', ...nRel.flat(), 'Get our news by email', 'Sign up', ...nFoot,
    'Atlantic Edge Wildlife is a charity registered in England and Wales (1147720) and Scotland (SC051902).', 'This website uses cookies',
    'We use cookies to personalise content, to provide social media features and to analyse our traffic.', 'Deny', 'Customize', 'Allow all',
  ],
};

export const HELDOUT654_F: readonly TestPage[] = [table, nextjs];
