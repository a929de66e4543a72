import { links, ps, type TestPage, texts } from './page-kit.js';
import { amp, j, lis, rowText, trs } from './pages-heldout529-kit.js';

/**
 * Held-out batch 529, file f: a children's entertainer's party packages on an old Microsoft FrontPage table layout (image nav
 * column, marquee, price table, hit counter, "last updated" line), and a trampoline chain's toddler sessions page on Next.js
 * (Tailwind classes, OneTrust banner, breadcrumb, "more at this park" cards, app banner, __NEXT_DATA__).
 */
const tTitle = 'Party Packages';
const tIntro = j(
  'All my parties are full of magic, games and giggles! Every package includes a certificate for the birthday boy or girl and a',
  'little present to take home. I bring my own music system so all you need to provide is the children!!',
);
const tHead = ['Package', 'Length', 'Ages', 'Price'];
const tRows = [
  ['The Mini Show', '45 minutes', '3 - 7', '£95'],
  ['The Full Party', '2 hours', '3 - 9', '£175'],
  ['The Super Duper Party', '2 hours + disco', '4 - 10', '£220'],
];
const tH = ['What happens at the Full Party?', 'Booking'];
const tFull = [
  j(
    'First hour: magic show with Rocket the rabbit, balloon animals for everyone and lots of silly jokes. Then the children have their',
    'party food while I pack away, and in the second hour we play all the old favourites - musical bumps, sleeping lions, pass the',
    'parcel and the limbo - with sweets for the winners.',
  ),
];
const tBook = [
  'Please ring or email to check your date. I ask for a £30 deposit by cheque or bank transfer, and the rest on the day in cash.',
  'I travel up to 20 miles from Chudleigh Vale free of charge. Further than that there is a small charge of 40p a mile.',
];
const tNav = ['Home', 'About Nobby', 'Photos', 'Testimonials', 'Contact', 'Links'];
const tNavP = (t: string): string =>
  `<p align="center"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font face="Comic Sans MS" color="#FFFFFF" size="3"><b>${t}</b></font></a></p>`;
const tTd = (t: string): string => `<font face="Comic Sans MS" size="2">${t}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="childrens entertainer, magician, party, chudleigh vale, balloons">
<title>Uncle Nobby's Fun Shows - Party Packages</title>
<script language="JavaScript"><!--
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }
//--></script></head>
<body bgcolor="#FFFFCC" background="images/stars.gif" topmargin="0" leftmargin="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.gif" width="760" height="120" alt="Uncle Nobby's Fun Shows"></td></tr>
<tr><td colspan="2" bgcolor="#CC0000"><marquee scrollamount="4"><font face="Comic Sans MS" color="#FFFF00" size="3"><b>*** NOW BOOKING FOR SUMMER 2026 ***</b>
</font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#3366CC"><p>&nbsp;</p>
${[tNav[0] ?? '', tNav[1] ?? '', tTitle, ...tNav.slice(2)].map(tNavP).join('\n')}
<p align="center"><img src="images/rabbit.gif" width="100" height="120" alt="Rocket the rabbit"></p>
<p align="center"><font face="Arial" size="1" color="#FFFFFF">You are visitor number<br>
<img src="/cgi-bin/counter.cgi?df=nobby.dat" alt="counter"> 004213</font></p>
</td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="10"><tr><td>
<h1 align="center"><font face="Comic Sans MS" color="#CC0000">${tTitle}</font></h1>
<p>${tTd(tIntro)}</p>
<table border="1" cellpadding="6" cellspacing="0" width="95%" bordercolor="#3366CC" align="center">
<tr bgcolor="#FFCC00">${tHead.map((t) => `<th>${tTd(`<b>${t}</b>`)}</th>`).join('')}</tr>
${trs(
  tRows.map((r) => r.map(tTd)),
  'align="center"',
)}
</table>
<h3><font face="Comic Sans MS" color="#3366CC">${tH[0]}</font></h3>
${tFull.map((t) => `<p>${tTd(t)}</p>`).join('\n')}
<h3><font face="Comic Sans MS" color="#3366CC">${tH[1]}</font></h3>
${tBook.map((t) => `<p>${tTd(t)}</p>`).join('\n')}
<p align="center"><a href="mailto:nobby@nobbysfunshows.co.uk"><img src="images/email.gif" border="0" alt="email"><font face="Comic Sans MS" size="3">
<b>Email Nobby</b></font></a></p>
<p align="right"><font face="Arial" size="1"><i>Last updated 12/01/2026</i></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#3366CC" align="center"><font face="Arial" size="1" color="#FFFFFF">© 2004-2026 Uncle Nobby's Fun Shows |
Site designed by Chudleigh Web Design</font></td></tr></table></body></html>`;
const frontpagePackages: TestPage = {
  name: 'heldout529-frontpage-entertainer-packages',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: [tIntro, ...tRows.map(rowText), ...tFull, ...tBook],
  bylines: ['Last updated 12/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '*** NOW BOOKING FOR SUMMER 2026 ***', ...tNav, 'You are visitor number', '004213', 'Email Nobby',
    "© 2004-2026 Uncle Nobby's Fun Shows | Site designed by Chudleigh Web Design",
  ],
};

const nTitle = 'Toddler Time at Launchpad Kingsmere';
const nDek = 'A gentle hour on the trampolines for under-5s and their grown-ups, with the big kids kept well out of the way.';
const nH = ['What to expect', 'When it runs', 'Prices', 'Good to know'];
const nExpect = [
  j(
    'During Toddler Time the main court is closed to older jumpers and the music is turned down. Our instructors set out soft shapes,',
    'tunnels and a foam pit, and lead a short bounce-and-sing session at the start of every hour.',
  ),
  'Each child must be accompanied by one adult, who can join in on the trampolines or watch from the seats at the edge of the court.',
];
const nWhen = ['Monday to Friday, 9.30am – 10.30am in term time', 'Saturday, 8.30am – 9.30am all year round'];
const nPrices = ['£7.50 per toddler, including one adult', '£4 for each extra child under 12 months', 'Grip socks £2.50 (toddler sizes available)'];
const nKnow = [
  'Under-5s only. Older brothers and sisters will need to book an Open Jump session.',
  'Tea and coffee for grown-ups are included in the price.',
  'A waiver must be completed for every child before you arrive.',
];
const nNav = ['Open Jump', 'Parties', 'Ninja Warrior', 'Groups', 'Find a park'];
const nCards = [
  ['Birthday Parties', 'Two hours of jumping, food and a party host, from £16.95 a child.'],
  ['Ninja Warrior', 'Warped walls, monkey bars and a timed course for ages 6 and up.'],
  ['SEN Jump', 'Quieter sessions with reduced numbers on Sunday mornings.'],
];
const nFoot = ['Parks', 'Kingsmere', 'Hollowell', 'Stanbridge', 'Company', 'About us', 'Careers', 'Franchising', 'Privacy policy', 'Terms & conditions'];
const nCookie = j(
  'We use cookies to personalise content, to provide social media features and to analyse our traffic. You can choose which cookies',
  'you allow in Cookies Settings.',
);
const nData = JSON.stringify({
  props: { pageProps: { park: 'kingsmere', session: { slug: 'toddler-time', title: nTitle, ages: 'under-5' } }, __N_SSG: true },
  page: '/[park]/[session]',
  query: { park: 'kingsmere', session: 'toddler-time' },
  buildId: 'kX9pQ2mV7rT4sL1aB8cN3',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Toddler Time | Launchpad Kingsmere | Launchpad Trampoline Parks</title><meta name="description" content="${nDek}">
<link rel="canonical" href="https://www.launchpadparks.co.uk/kingsmere/toddler-time"><meta property="og:title" content="${nTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Toddler Time",
"location":{"@type":"Place","name":"Launchpad Kingsmere"}}</script>
<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" crossorigin="" type="font/woff2">
<link rel="preload" href="/_next/static/css/3e2b6c0f1d8a4e57.css" as="style"><link rel="stylesheet" href="/_next/static/css/3e2b6c0f1d8a4e57.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/pages/_app-5b2a9e6f3c1d7e80.js" defer=""></script>
</head><body><div id="__next"><div class="flex min-h-screen flex-col font-sans text-slate-900">
<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:p-2">Skip to main content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a class="flex items-center gap-2" href="/">
<img alt="Launchpad Trampoline Parks" width="150" height="40" decoding="async" src="/_next/static/media/logo.svg"></a>
<nav aria-label="Main" class="hidden lg:block"><ul class="flex gap-6 text-sm font-semibold">${links(nNav, 'hover:text-orange-500')}</ul></nav>
<div class="flex items-center gap-3">
<button type="button" class="rounded-full border px-3 py-1 text-sm">Kingsmere <span class="text-slate-500">Change park</span></button>
<a class="rounded-full bg-orange-500 px-5 py-2 text-sm font-bold text-white" href="/kingsmere/book">Book now</a>
<button type="button" class="lg:hidden" aria-label="Open menu"><svg class="h-6 w-6" viewBox="0 0 24 24"></svg></button></div></div></header>
<main id="main" class="flex-1"><nav aria-label="Breadcrumb" class="mx-auto max-w-7xl px-4 pt-6 text-sm text-slate-500"><ol class="flex gap-2">
<li><a href="/">Home</a></li><li aria-hidden="true">/</li><li><a href="/kingsmere">Kingsmere</a></li><li aria-hidden="true">/</li>
<li aria-current="page">Toddler Time</li></ol></nav>
<section class="mx-auto max-w-3xl px-4 py-10"><h1 class="text-4xl font-extrabold tracking-tight">${nTitle}</h1>
<p class="mt-4 text-lg text-slate-600">${nDek}</p><div class="prose prose-slate mt-8 max-w-none">
<h2>${nH[0]}</h2>${ps(nExpect)}<h2>${nH[1]}</h2><ul>${lis(nWhen)}</ul><h2>${nH[2]}</h2><ul>${lis(nPrices)}</ul>
<h2>${nH[3]}</h2><ul>${lis(nKnow)}</ul></div>
<a class="mt-8 inline-block rounded-full bg-orange-500 px-6 py-3 font-bold text-white" href="/kingsmere/book?session=toddler-time">Book a Toddler Time slot</a>
</section>
<section class="bg-slate-50 py-12"><div class="mx-auto max-w-7xl px-4"><h2 class="text-2xl font-bold">More at Kingsmere</h2>
<div class="mt-6 grid gap-6 md:grid-cols-3">${nCards
  .map(
    (c) => `<a class="rounded-2xl bg-white p-6 shadow-sm hover:shadow-md" href="/kingsmere/${c[0]?.length}"><h3 class="text-lg font-bold">${c[0]}</h3>
<p class="mt-2 text-sm text-slate-600">${c[1]}</p><span class="mt-4 inline-block text-sm font-semibold text-orange-500">Find out more →</span></a>`,
  )
  .join('\n')}</div></div></section>
<section class="bg-orange-500 py-10 text-white"><div class="mx-auto max-w-7xl px-4"><h2 class="text-2xl font-bold">Get the Launchpad app</h2>
<p>Book faster and keep your waivers in one place.</p></div></section></main>
<footer class="bg-slate-900 py-12 text-slate-300"><div class="mx-auto grid max-w-7xl gap-8 px-4 md:grid-cols-2">
<div><h3 class="font-bold text-white">${nFoot[0]}</h3><ul>${links(nFoot.slice(1, 4))}</ul></div>
<div><h3 class="font-bold text-white">${nFoot[4]}</h3><ul>${links(nFoot.slice(5))}</ul></div></div>
<p class="mx-auto mt-8 max-w-7xl px-4 text-xs">© 2026 Launchpad Leisure Ltd. Registered in England No. 10482273.</p></footer></div>
<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert" style="border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;
overflow:hidden;padding:0;position:absolute;top:0;width:1px;white-space:nowrap"></p></next-route-announcer></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0"
role="region" aria-label="Cookie banner"><div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">
<div id="onetrust-policy-text">${amp(nCookie)}</div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextToddler: TestPage = {
  name: 'heldout529-nextjs-toddler-time',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([nDek, ...nExpect, ...nWhen, ...nPrices, ...nKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Parties', 'Ninja Warrior', 'Groups', 'Find a park', 'Change park', 'Book now', 'Home', 'Book a Toddler Time slot',
    'More at Kingsmere', ...nCards.flatMap((c) => [c[0] ?? '', c[1] ?? '']).filter((t) => t !== 'Ninja Warrior'), 'Find out more →',
    'Get the Launchpad app', 'Book faster and keep your waivers in one place.', ...nFoot.filter((t) => t !== 'Kingsmere'),
    '© 2026 Launchpad Leisure Ltd. Registered in England No. 10482273.',
    nCookie, 'Cookies Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT529_F: readonly TestPage[] = [frontpagePackages, nextToddler];
