import { plain, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout680-kit.js';

/**
 * Held-out batch 680, file f: a masters swimming club's blog post on lane etiquette built with Hugo (Ananke theme) with a
 * cover header, tags, a "Related" aside and a footer, and a village outdoor pool association's prices page from an old
 * table layout with a left navigation column, a hit counter and a "last updated" line.
 */
const hTitle = 'Lane etiquette at club sessions: a refresher';
const hIntro = j(
  'With twenty new members joining since September and the Wednesday session now running six to a lane, the coaches have',
  'asked us to put the lane rules in writing. None of this is new, but it all helps the session run smoothly for everyone.',
);
const hHeads = ['Pick the right lane', 'The rules in the water', 'At the wall'];
const hPick = j(
  'Lanes are set by 100-metre pace, fastest in lane 1. If you are being caught every other length, move down a lane; if you are',
  'sitting on feet for the whole main set, ask the coach about moving up. Nobody minds either way.',
);
const hRules = [
  'Swim clockwise, keeping to the left of the lane rope.',
  'Leave five seconds between you and the swimmer in front when setting off.',
  'To overtake, tap the feet of the swimmer in front once; they let you past at the next wall.',
  'Do not push off in front of a faster swimmer who is about to turn.',
];
const hWall = j(
  'Finish at the right-hand corner of the wall so that swimmers turning can use the middle. If you stop for a rest, stay in the',
  'corner and keep your feet out of the way. Kit such as fins and paddles lives on the poolside, not on the end of the lane.',
);
const hSign = '<em>Thanks all, and see you in the water. Coach Ines</em>';
const hNav = ['Sessions', 'Join', 'Open water', 'Results', 'Posts'];
const hTags = ['training', 'club news'];
const hRel = ['Winter training timetable', 'Open water season review', 'Club championships results'];
const hHtml = `<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${hTitle} | Harbourside Masters Swimming Club</title><meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="The lane rules for club sessions, in writing."><meta name="generator" content="Hugo 0.125.4">
<link rel="stylesheet" href="/ananke/css/main.min.css"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="posts"><meta property="article:published_time" content="2026-10-14T18:00:00+01:00"></head>
<body class="ma0 avenir bg-near-white production"><header class="cover bg-top" style="background-image: url('/images/lanes.jpg');">
<div class="bg-black-60"><nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Harbourside Masters Swimming Club</a><div class="flex-l items-center">
<ul class="pl0 mr3">${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase().replace(/ /g, '-')}/"
title="${t} page">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">${hTitle}</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Posts</aside><div id="sharing" class="mt3 ananke-socials"></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Ines Carvalho</strong></p>
<time class="f6 mv4 dib tracked" datetime="2026-10-14T18:00:00+01:00">October 14, 2026</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l"><p>${hIntro}</p>
<h2 id="pick-the-right-lane">${hHeads[0]}</h2><p>${hPick}</p>
<h2 id="the-rules-in-the-water">${hHeads[1]}</h2><ol>${lis(hRules)}</ol>
<h2 id="at-the-wall">${hHeads[2]}</h2><p>${hWall}</p>
<p>${hSign}</p>
<ul class="pa0">${hTags
  .map(
    (t) => `<li class="list di">
<a href="/tags/${t.replace(/ /g, '-')}/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">${t}</a></li>`,
  )
  .join('\n')}</ul>
<div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
<p class="f5 b mb3">Related</p><ul class="pa0 list">${hRel.map((t) => `<li class="mb2"><a href="#">${t}</a></li>`).join('\n')}</ul></div></aside></article>
</main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://harbourside-masters.example/">&copy; Harbourside Masters Swimming Club 2026</a><div><div class="ananke-socials"></div></div></div></footer>
</body></html>`;
const hugoEtiquette: TestPage = {
  name: 'heldout680-hugo-lane-etiquette',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hIntro, hPick, ...hRules, hWall]),
  bylines: ['By Ines Carvalho', 'October 14, 2026', plain(hSign)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harbourside Masters Swimming Club', 'Join', 'Open water', 'Results', 'Posts', 'training', 'club news', 'Related', ...hRel,
    '© Harbourside Masters Swimming Club 2026',
  ],
};

const tTitle = 'Opening Times &amp; Prices 2026';
const tIntro = j(
  'The pool will be open from Saturday 23rd May until Sunday 6th September 2026, weather permitting. The water is heated by',
  'our solar panels and is usually between 22 and 26 degrees. Please check the notice board at the gate or ring the pool on',
  'hot days as we may stay open later.',
);
const tHours = [
  ['Weekdays (term time)', '12 noon - 7.00pm'],
  ['Weekdays (school holidays)', '10.30am - 7.00pm'],
  ['Saturdays, Sundays &amp; Bank Holidays', '10.30am - 6.00pm'],
  ['Early bird swim (Tues &amp; Thurs)', '7.00am - 8.30am'],
];
const tPrices = [
  ['Adult', '£4.50', '£95.00'],
  ['Child (5-16)', '£3.00', '£55.00'],
  ['Under 5', 'Free', 'Free'],
  ['Family (2 adults + 3 children)', '£13.00', '£240.00'],
];
const tNotes = [
  'Season tickets can be bought at the kiosk on any open day. Please bring a passport photo for each ticket.',
  'Children under 8 must be supervised in the water by a responsible person aged 16 or over.',
  'No inflatables larger than 1 metre please. No dogs in the pool area.',
];
const tNav = ['Home', 'Home', 'Swimming Lessons', 'Pool Parties', 'Volunteers', 'History', 'Contact'];
const tHeads = ['Opening Hours', 'Admission Prices'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Wickfield Village Pool - Opening Times</title>
<meta name="keywords" content="wickfield, pool, swimming, outdoor, heated, village"><link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript" type="text/javascript">function MM_swapImgRestore(){
var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script>
</head><body bgcolor="#CCE6FF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF"><tr>
<td colspan="2"><img src="images/banner.jpg" width="780" height="120" alt="Wickfield Village Pool - run by volunteers since 1962"></td></tr>
<tr><td width="160" valign="top" bgcolor="#3366CC" class="nav"><br>
${tNav.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="navlink">${t}</a><br>`).join('\n')}
<br><br><font face="Verdana" size="1" color="#FFFFFF">Registered Charity<br>No. 1002871</font><br><br></td>
<td width="620" valign="top" class="content"><table width="100%" border="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><h1><font color="#003399">${tTitle}</font></h1>
<p>${tIntro}</p>
<h2><font color="#003399">${tHeads[0]}</font></h2>
<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#99CCFF">${trs(tHours)}</table>
<h2><font color="#003399">${tHeads[1]}</font></h2>
<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#99CCFF"><tr bgcolor="#99CCFF"><td><b>&nbsp;</b></td><td><b>Per swim</b></td>
<td><b>Season ticket</b></td></tr>${trs(tPrices)}</table>
${ps(tNotes)}
<p align="center"><a href="#top"><font size="1">Back to top</font></a></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#3366CC" align="center"><font face="Verdana" size="1" color="#FFFFFF">Wickfield Village Pool, Mill Lane, Wickfield
&nbsp;|&nbsp; Tel: 01632 960 775 &nbsp;|&nbsp; Page last updated 2nd April 2026<br>
You are visitor number <img src="/cgi-bin/counter.pl?page=times" alt="counter">
004213</font></td></tr></table></body></html>`;
const tableLayoutPrices: TestPage = {
  name: 'heldout680-table-layout-prices',
  kind: 'docs',
  html: tHtml,
  title: plain(tTitle),
  headings: texts(tHeads),
  body: [tIntro, ...rowTexts(tHours), ...rowTexts(tPrices), ...tNotes],
  bylines: ['Page last updated 2nd April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Opening Times', 'Swimming Lessons', 'Pool Parties', 'Volunteers', 'History', 'Contact', 'Registered Charity No. 1002871', 'Back to top',
    'Wickfield Village Pool, Mill Lane, Wickfield', 'Tel: 01632 960 775', 'You are visitor number 004213',
  ],
};

export const HELDOUT680_F: readonly TestPage[] = [hugoEtiquette, tableLayoutPrices];
