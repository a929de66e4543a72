import { ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout562-kit.js';

/**
 * Held-out batch 562, file f: a village club's local rules page in an old FrontPage-style table layout with a left menu, a
 * marquee and a hit counter, and a tee-booking app's help article on an Intercom help centre (Next.js).
 */
const oTitle = 'Local Rules';
const oRules: [string, string][] = [
  [
    '1. Out of bounds',
    j(
      'Beyond any wall, fence or white stake bounding the course, and in the car park. On the 3rd and 8th holes the lane is out of',
      'bounds even where it crosses the course; a ball on or over the lane is out of bounds.',
    ),
  ],
  ['2. Penalty areas', 'The brook on holes 4, 5 and 12 is a red penalty area. The pond in front of the 16th green is a yellow penalty area.'],
  [
    '3. Young trees',
    j(
      'Trees staked or tied with tape are no play zones. If your ball lies on or touches such a tree, or the tree interferes with',
      'your stance or swing, you must take relief under Rule 16.1f.',
    ),
  ],
  [
    '4. Preferred lies',
    'When the notice is posted in the clubhouse, a ball in a closely mown area through the green may be placed within six inches, not nearer the hole.',
  ],
];
const oEtiq = j(
  'Please repair pitch marks, rake bunkers and replace divots. Two-balls have standing on the course at all times. Mobile telephones',
  'must be switched off on the course and in the dining room.',
);
const oMenu = ['Home', 'Course', 'Green Fees', 'Local Rules', 'Fixtures', 'Handicaps', 'Contact Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>Oakhollow Golf Club - Local Rules</title><meta name="keywords" content="golf,
oakhollow, local rules">
<style><!-- a:link { color: #003300 } td { font-family: Verdana, Arial; font-size: 10pt } --></style>
<script language="JavaScript"><!-- function MM_swapImgRestore() { var i,x,a=document.MM_sr; } //--></script></head>
<body bgcolor="#E8F0E0" topmargin="0" leftmargin="0"><table border="0" width="760" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2" bgcolor="#003300"><img border="0" src="images/banner.gif" width="760" height="90" alt="Oakhollow Golf Club"></td></tr>
<tr><td colspan="2" bgcolor="#CCDDBB"><marquee scrollamount="3"><font face="Verdana" size="2">Course Open - Temporary green on 11th - Buggies
allowed</font></marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#CCDDBB"><table border="0" width="100%" cellpadding="4">
${oMenu.map((t) => `<tr><td><font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
</table><p align="center"><font size="1">Visitors since 2004:<br><img src="/cgi-bin/counter.pl?df=rules.dat" alt="counter"> 48213</font></p></td>
<td width="610" valign="top"><table border="0" width="100%" cellpadding="10"><tr><td>
<p><font face="Verdana" size="4" color="#003300"><b>${oTitle}</b></font></p>
<p><font face="Verdana" size="2">The following Local Rules apply in addition to the Rules of Golf. Please read them before your round.</font></p>
${oRules.map(([h, t]) => `<p><font face="Verdana" size="2" color="#003300"><b>${h}</b></font><br><font face="Verdana" size="2">${t}</font></p>`).join('\n')}
<p><font face="Verdana" size="2" color="#003300"><b><u>Course Etiquette</u></b></font></p>
${ps([`<font face="Verdana" size="2">${oEtiq}</font>`])}
<p><font face="Verdana" size="1"><i>By order of the Committee. Last updated 03/04/2011</i></font></p>
</td></tr></table></td></tr><tr><td colspan="2" bgcolor="#003300" align="center"><font face="Verdana" size="1" color="#FFFFFF">Oakhollow Golf Club, Mill Lane,
Oakhollow | Tel: 01632 960 201 | <a href="mailto:secretary@oakhollowgc.co.uk"><font color="#FFFFFF">Email the
Secretary</font></a></font></td></tr></table></body></html>`;
const tableRules: TestPage = {
  name: 'heldout562-table-local-rules',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [...oRules.map((r) => r[0]), 'Course Etiquette'],
  body: ['The following Local Rules apply in addition to the Rules of Golf. Please read them before your round.', ...oRules.map((r) => r[1]), oEtiq],
  bylines: ['By order of the Committee. Last updated 03/04/2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Course Open - Temporary green on 11th - Buggies allowed', ...oMenu, 'Visitors since 2004:', '48213',
    'Oakhollow Golf Club, Mill Lane, Oakhollow | Tel: 01632 960 201 |', 'Email the Secretary',
  ],
};

const iTitle = 'How do I cancel or change a tee time?';
const iDesc = 'Cancelling, moving and changing the players on a booking';
const iBody = [
  j(
    'You can cancel or change a tee time from the TeeSlot app or website up to the cut-off your club has set, which is usually',
    '24 or 48 hours before the booking. You will see the cut-off on your booking confirmation.',
  ),
  'To cancel a tee time',
  'Open My bookings and tap the booking you want to cancel.',
  'Tap Cancel booking and choose a reason.',
  'Confirm. You will get an email within a few minutes, and any refund goes back to the card you paid with.',
  'To move a booking to another time',
  j(
    'Tap Change time on the booking and pick a new slot on the same day or a later one. If the new slot costs more you will pay',
    'the difference; if it costs less, the difference is refunded.',
  ),
  'Inside the cut-off, changes have to be made by the club. Use the Call the club button on the booking to reach the pro shop.',
];
const iCrumbs = ['All Collections', 'Bookings'];
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${iTitle} | TeeSlot Help Center</title><meta name="description" content="${iDesc}"><meta property="og:title" content="${iTitle}">
<meta property="og:site_name" content="TeeSlot Help Center"><meta name="next-head-count" content="21">
<link rel="preload" href="https://static.intercomassets.com/_next/static/css/4c1b7d3f.css" as="style"><link rel="stylesheet"
href="https://static.intercomassets.com/_next/static/css/4c1b7d3f.css" data-n-g=""><style>:root{--header-color:#0B6E4F;--body-bg-color:#fff}</style></head>
<body><div id="__next"><div dir="ltr" class="h-full w-full"><a href="#main-content" class="sr-only font-bold text-header-color focus:not-sr-only">Skip to main
content</a><main class="header__lite"><header id="header" data-testid="header" class="flex flex-col text-header-color"><div class="relative flex grow
flex-col mb-9 bg-header-bg bg-header pb-9"><div class="relative flex w-full flex-col"><div class="flex h-10 w-full items-center justify-between"><a href="/en/"
class="h-10"><img src="https://downloads.intercomcdn.com/i/o/teeslot-logo.png" alt="TeeSlot Help Center" class="max-h-8 contrast-80 inline"></a>
<div class="flex items-center font-semibold"><div class="flex items-center md:hidden" data-testid="small-screen-children"></div><nav class="flex items-center">
<a href="https://teeslot.app" target="_blank" class="hidden md:block">Go to TeeSlot</a></nav></div></div></div><div class="relative w-full"><div
class="header__form"><form action="/en/" autocomplete="off" class="flex w-full flex-col items-start" role="search"><div class="relative flex w-full"><input
aria-label="Search for articles..." placeholder="Search for articles..." type="text" name="q" class="search-input"></div></form></div></div></div></header>
<div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10"><section data-testid="main-content" id="main-content" class="max-w-full w-240">
<section data-testid="article-section" class="section section__article"><div class="justify-between flex flex-col"><div class="w-full"><div class="pb-1"><div
class="flex flex-wrap items-baseline pb-4 text-base tablet:pb-6" data-testid="breadcrumbs">${iCrumbs
  .map(
    (c, i) => `<div class="flex items-center">${
      i > 0 ? '<span class="mx-3 text-md text-body-secondary-color">›</span>' : ''
    }<a href="/en/collections/${i}" class="leading-normal text-body-primary-color">${c}</a>
</div>`,
  )
  .join('')}<div class="flex items-center"><span class="mx-3">›</span><div class="line-clamp-1">${iTitle}</div></div></div></div>
<div class="article intercom-force-break"><div class="mb-10 max-lg:mb-6"><div class="flex flex-col gap-4"><div class="flex flex-col"><h1 class="mb-1
font-primary
text-2xl font-bold leading-10 text-body-primary-color">${iTitle}</h1><div class="text-md font-normal leading-normal text-body-secondary-color"><p>${iDesc}</p>
</div></div><div class="avatar"><div class="avatar__photo"><img width="24" height="24" src="https://static.intercomassets.com/avatars/7712/square_128/lena.jpg"
alt="Lena Marsh avatar" class="inline-flex items-center justify-center rounded-full"></div><div class="avatar__info -mt-0.5 text-base"><span
class="text-body-secondary-color"><div>Written by <span>Lena Marsh</span></div> <div>Updated over a week ago</div></span></div></div></div></div>
<div class="jsx-adf13c9b3a3d3e3c flex-col"><div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${iBody[0]}</p></div>
<div class="intercom-interblocks-subheading intercom-interblocks-align-left"><h2 id="h_1a2b3c4d5e">${iBody[1]}</h2></div>
<div class="intercom-interblocks-ordered-nested-list"><ol>${iBody
  .slice(2, 5)
  .map(
    (t) => `<li><div class="intercom-interblocks-paragraph no-margin
intercom-interblocks-align-left"><p>${t}</p></div></li>`,
  )
  .join('')}</ol></div>
<div class="intercom-interblocks-subheading intercom-interblocks-align-left"><h2 id="h_6f7a8b9c0d">${iBody[5]}</h2></div>
${iBody
  .slice(6)
  .map((t) => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div>`)
  .join('\n')}
</div></div></div></div><section class="content-block mt-16"><div class="flex flex-col items-center"><span class="text-md text-body-secondary-color">Did this
answer your question?</span><div class="flex gap-3" data-testid="reactions"><button class="intercom-reaction" aria-label="Disappointed
Reaction">😞</button><button
class="intercom-reaction" aria-label="Neutral Reaction">😐</button><button class="intercom-reaction" aria-label="Smiley
Reaction">😃</button></div></div></section>
</section></section></div><footer id="footer" class="mt-24 shrink-0 bg-footer-bg px-0 py-12 text-left text-base text-footer-color"><div class="shrink-0 grow
basis-auto px-5 sm:px-10"><div class="mx-auto max-w-container-max-width"><div class="flex flex-col gap-2"><a href="/en/"><img
src="https://downloads.intercomcdn.com/i/o/teeslot-logo.png"
alt="TeeSlot Help Center" class="max-h-8"></a></div></div></div></footer></main></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleContent":{"title":"${iTitle}","author":{"name":"Lena Marsh"}}}},
"page":"/[helpCenterIdentifier]/[locale]/articles/[articleSlug]","buildId":"Hb3kLmP_2sQ","isFallback":false,"gssp":true}</script></body></html>`;
const intercomHelp: TestPage = {
  name: 'heldout562-intercom-cancel-tee-time',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [iBody[1] ?? '', iBody[5] ?? ''],
  body: texts([iDesc, ...iBody.filter((_, i) => i !== 1 && i !== 5)]),
  bylines: ['Written by Lena Marsh', 'Updated over a week ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['Skip to main content', 'Go to TeeSlot', ...iCrumbs, 'Did this answer your question?', '😞', '😐', '😃'],
};

export const HELDOUT562_F: readonly TestPage[] = [tableRules, intercomHelp].map(settle);
