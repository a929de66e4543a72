import { links, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout560-kit.js';

/**
 * Held-out batch 560, file e: a games hall's birthday party page on Next.js (App Router, Tailwind classes, flight data
 * scripts, a OneTrust banner), and a bowling and laser tag centre's rules page from an old FrontPage table layout.
 */
const nTitle = 'Birthday parties at Hexagon';
const nDek = j('Darts, shuffleboard, table tennis and a karaoke booth of your own, for ages 8 and up. We do the hosting, the food and the', 'clearing up.');
const nSteps = [
  'Your host meets you at the door and takes the group to your reserved area.',
  j('Sixty minutes of games: two lanes of electronic darts and a shuffleboard table, with your host running a tournament', 'if you want one.'),
  'Forty-five minutes in a private karaoke booth, with food and drinks served at the table.',
  'Cake time. Bring your own cake and we will bring the candles, the plates and a very loud song.',
];
const nPacks: [string, string, string[]][] = [
  ['Classic', '£18 per guest, minimum 8 guests', ['Darts, shuffleboard and karaoke booth', 'Pizza, fries and soft drinks', 'Party bags']],
  ['Deluxe', '£26 per guest, minimum 8 guests', ['Everything in Classic', 'Table tennis or pool for 30 minutes', 'Milkshakes and a sharing dessert board']],
  ['Grown-ups', '£32 per guest, 18+ only, minimum 10 guests', ['Sharing platters and a cocktail on arrival', 'Booths until 1am on Fridays and Saturdays']],
];
const nGood = [
  'Under 12s need one adult for every eight children. Adults who don’t play come free.',
  'Tell us about allergies when you book; our kitchen is not nut-free.',
  'A £50 deposit secures your date and comes off the final bill.',
];
const nNav = ['Games', 'Food & drink', 'Parties', 'Corporate', 'Locations'];
const nHours = ['Mon–Thu 12pm–11pm', 'Fri–Sat 12pm–1am', 'Sun 12pm–10pm'];
const nFoot = ['Privacy', 'Cookies', 'Allergens', 'Jobs'];
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_3a8f1c __variable_9b2e47"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/7e1b3c9a2d4f5e60.css"
data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-4f2a9c1b7e3d.js"/>
<script src="/_next/static/chunks/fd9d1056-2b8c4e1a.js" async=""></script><script src="/_next/static/chunks/main-app-7a3c1e9f.js" async=""></script>
<title>Birthday Parties | Hexagon Games Hall</title><meta name="description" content="Darts, shuffleboard and karaoke parties for ages 8 and up."/>
<meta property="og:title" content="Birthday Parties | Hexagon Games Hall"/><meta property="og:image" content="https://hexagongames.example/og/parties.jpg"/>
<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="48x48"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"EntertainmentBusiness","name":"Hexagon Games Hall",
"address":{"@type":"PostalAddress",
"streetAddress":"Unit 4, Brackley Wharf","addressLocality":"Brackley"}}</script>
<script src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js" noModule=""></script></head>
<body class="__className_3a8f1c bg-stone-950 text-stone-100 antialiased"><a href="#main"
class="sr-only focus:not-sr-only focus:absolute focus:p-3">Skip to main content</a>
<header class="sticky top-0 z-40 border-b border-white/10 bg-stone-950/90 backdrop-blur">
<div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a class="flex items-center gap-2 font-display text-xl" href="/"><img alt="" loading="lazy" width="32" height="32" decoding="async" data-nimg="1"
src="/_next/static/media/hex.4c2b1e.svg"/>
<span>Hexagon Games Hall</span></a><nav class="hidden gap-6 md:flex" aria-label="Main">${nNav
  .map(
    (t) => `<a class="text-sm hover:text-amber-400"
href="/${t.toLowerCase().replace(/\W+/g, '-')}">${t.replace('&', '&amp;')}</a>`,
  )
  .join('')}</nav>
<a class="rounded-full bg-amber-400 px-4 py-2 text-sm font-semibold text-stone-950" href="/book">Book a table</a>
<button class="md:hidden" aria-label="Open menu" aria-expanded="false"><svg class="h-6 w-6" viewBox="0 0 24 24"></svg></button></div></header>
<main id="main"><section class="relative isolate overflow-hidden"><img alt="Friends playing shuffleboard" fetchPriority="high" width="1600" height="900"
decoding="async"
data-nimg="1" class="absolute inset-0 -z-10 h-full w-full object-cover opacity-40" src="/_next/image?url=%2Fimages%2Fparty-hero.jpg&amp;w=3840&amp;q=75"/>
<div class="mx-auto max-w-3xl px-4 py-24 text-center"><p class="mb-3 text-xs uppercase tracking-widest text-amber-400">Parties</p>
<h1 class="font-display text-5xl">${nTitle}</h1><p class="mt-6 text-lg text-stone-300">${nDek}</p>
<div class="mt-6 flex items-center justify-center gap-2 text-sm text-stone-400"><span aria-hidden="true">★★★★★</span>
<span>Rated 4.8 on Google from 1,240 reviews</span></div></div></section>
<section class="mx-auto max-w-3xl px-4 py-16"><h2 class="font-display text-3xl">How a party works</h2>
<ol class="mt-6 list-decimal space-y-3 pl-6">${lis(nSteps)}</ol></section>
<section class="bg-stone-900 py-16"><div class="mx-auto max-w-6xl px-4"><h2 class="font-display text-3xl">Party packages</h2>
<div class="mt-8 grid gap-6 md:grid-cols-3">
${nPacks
  .map(
    ([h, p, li]) => `<div class="rounded-2xl border border-white/10 p-6"><h3 class="text-xl font-semibold">${h}</h3><p class="mt-1 text-amber-400">${p}</p>
<ul class="mt-4 space-y-2 text-sm">${lis(li)}</ul></div>`,
  )
  .join('\n')}</div></div></section>
<section class="mx-auto max-w-3xl px-4 py-16"><h2 class="font-display text-3xl">Good to know</h2><ul class="mt-6 list-disc space-y-3 pl-6">${lis(nGood)}</ul>
</section>
<section class="bg-amber-400 py-12 text-stone-950"><div class="mx-auto max-w-3xl px-4 text-center"><h2 class="font-display text-3xl">Ready to book?</h2>
<a class="mt-4 inline-block rounded-full bg-stone-950 px-6 py-3 font-semibold text-amber-400" href="/parties/enquire">Enquire now</a></div></section></main>
<footer class="border-t border-white/10"><div class="mx-auto grid max-w-6xl gap-8 px-4 py-12 md:grid-cols-3"><div><h3 class="font-semibold">Our halls</h3>
<ul class="mt-3 space-y-1 text-sm">${links([
  'Brackley Wharf',
  'Eastgate',
])}</ul></div><div><h3 class="font-semibold">Opening hours</h3><ul class="mt-3 space-y-1 text-sm">${lis(nHours)}</ul></div>
<div><ul class="space-y-1 text-sm">${links(nFoot)}</ul></div></div><p class="pb-8 text-center text-xs text-stone-500">Hexagon Leisure Ltd © 2024</p></footer>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0"
role="region"
aria-label="Cookie banner"><div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"
class="ot-sdk-eight ot-sdk-columns">
<div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies to make our site work, to measure how it is used and to show you relevant offers.
<a class="ot-cookie-policy-link" href="/cookies" aria-label="More information about your privacy, opens in a new tab">Cookie Policy</a></div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookies Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div>
</div></div>
<next-route-announcer style="position:absolute"></next-route-announcer>
<script src="/_next/static/chunks/webpack-4f2a9c1b7e3d.js"
async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/7e1b3c9a2d4f5e60.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"0:[\\"$\\",\\"$L2\\",null,{\\"page\\":\\"parties\\"}]\\n"])</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout560-nextjs-parties',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: ['How a party works', 'Party packages', ...nPacks.map(([h]) => h), 'Good to know'],
  body: [nDek, ...nSteps, ...nPacks.flatMap(([, p, li]) => [p, ...li]), ...nGood],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Hexagon Games Hall', 'Food & drink', 'Corporate', 'Locations', 'Book a table', 'Rated 4.8 on Google from 1,240 reviews',
    'Ready to book?', 'Enquire now', 'Our halls', 'Brackley Wharf', 'Eastgate', 'Opening hours', ...nHours, ...nFoot, 'Hexagon Leisure Ltd © 2024',
    'We use cookies to make our site work, to measure how it is used and to show you relevant offers. Cookie Policy', 'Cookies Settings', 'Reject All',
    'Accept All Cookies',
  ],
};

const tTitle = 'Laser Tag Rules & Safety';
const tIntro = 'Please read these rules before your first game. Your arena marshal will also go over them in the briefing room.';
const tRules = [
  'No running. Fast walking only in the arena.',
  'No physical contact with other players.',
  'No lying down, sitting or crawling on the floor.',
  'No climbing on walls or obstacles.',
  'Keep both hands on your phaser at all times. Do not cover the sensors on your vest.',
  'No food, drink or gum in the arena.',
];
const tWarn = 'Players who break the rules will get one warning. A second warning means you will be asked to leave the arena with no refund.';
const tSafety = j(
  'The arena is dark and uses fog and black lights. Players with heart conditions or epilepsy, and anyone who is pregnant, should not',
  'play. Children under 7 may not play. Players must be at least 42 inches tall to wear the vest.',
);
const tTimes = 'Games start every 20 minutes and last 15 minutes. $8 per player per game, or 3 games for $20.';
const tNav = ['Home', 'Bowling', 'Laser Tag', 'Arcade', 'Birthday Parties', 'Snack Bar', 'Hours & Prices', 'Directions', 'Contact Us'];
const f2 = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const fHead = (t: string): string => `<p><font face="Verdana, Arial, Helvetica, sans-serif" size="3" color="#FFCC00"><b>${t}</b></font></p>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="laser tag, bowling, birthday parties, arcade, Millbrook">
<title>Starlite Lanes - Laser Tag Rules</title>
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#000033" text="#FFFFFF" link="#FFCC00" vlink="#FFCC00" alink="#FF0000" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('images/nav_home_on.gif','images/nav_laser_on.gif')">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="images/header.jpg" width="780" height="120"
border="0"
alt="Starlite Lanes &amp; Laser Arena"></td></tr>
<tr><td colspan="2" bgcolor="#FFCC00"><marquee scrollamount="3"><font face="Arial" size="2"
color="#000033"><b>Cosmic Bowling every Friday and Saturday night 9pm-midnight!</b>
</font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#1A1A4D"><br><table width="150" border="0" cellpadding="4" cellspacing="0" align="center">
${tNav.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/\W+/g, '')}.htm">${f2(t.replace('&', '&amp;'))}</a></td></tr>`).join('\n')}
</table><br><center><font face="Verdana" size="1">Open 7 days a week!</font></center><br></td>
<td width="620" valign="top" bgcolor="#000033"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="5" color="#FFCC00"><b>Laser Tag Rules &amp; Safety</b></font>
<p>${f2(tIntro)}</p>
${fHead('The Rules')}
<ol>${lis(tRules.map(f2))}</ol>
<p>${f2(tWarn)}</p>
${fHead('Safety')}
<p>${f2(tSafety)}</p>
${fHead('Game Times')}
<p>${f2(tTimes)}</p>
<p align="center"><a href="#top">${f2('Back to Top')}</a></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#1A1A4D" align="center"><br><font face="Verdana"
size="1">Starlite Lanes &amp; Laser Arena &bull; 2200 Route 9 &bull; Millbrook, NY &bull;
(555) 014-3380<br>&copy; 2003-2009 Starlite Lanes. All Rights Reserved.<br>Last updated: 03/14/2009<br>You are visitor number
<img src="/cgi-bin/counter.cgi?df=laser.dat" alt="counter" align="absmiddle"></font><br><br></td></tr></table>
</body></html>`;
const tableLayout: TestPage = {
  name: 'heldout560-table-layout-laser-tag',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['The Rules', 'Safety', 'Game Times'],
  body: [tIntro, ...tRules, tWarn, tSafety, tTimes],
  bylines: ['Last updated: 03/14/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cosmic Bowling every Friday and Saturday night 9pm-midnight!', ...tNav.filter((t) => t !== 'Laser Tag'), 'Open 7 days a week!', 'Back to Top',
    'Starlite Lanes & Laser Arena • 2200 Route 9 • Millbrook, NY • (555) 014-3380', '© 2003-2009 Starlite Lanes. All Rights Reserved.',
    'You are visitor number',
  ],
};

export const HELDOUT560_E: readonly TestPage[] = [nextjs, tableLayout];
