import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tr } from './pages-heldout603-kit.js';

/**
 * Held-out batch 603, file e: a tournament finals-day results page on an old hand-made table layout (FrontPage era, font tags,
 * left menu cell, hit counter), and a padel rules guide on a Hugo site (Ananke theme) with a table of contents aside.
 */
const tTitle = 'Summer Open 2027 - Finals Day Results';
const tIntro = [
  j(
    'Finals day was played on Sunday 25th July in hot sunshine in front of the biggest crowd we have had for years. Thank you to',
    'all the players, to our referee Mr. Alan Pryor-Stead, and to the ladies of the tea committee who served over 300 cups of tea!',
  ),
];
const tSecs = ["Men's Singles", "Ladies' Singles", 'Mixed Doubles', 'Veterans (45 and over)'];
const tRows = [
  [['Final', 'T. Haversham (Whitcombe Vale)', 'bt', 'R. Okafor (Lydgate)', '6-4 3-6 7-5']],
  [['Final', 'E. Ruskin (Ormsby)', 'bt', 'J. Whitcombe-Lee (Whitcombe Vale)', '6-2 6-3']],
  [['Final', 'P. Dace / M. Dace (Lydgate)', 'bt', 'S. Finlay / G. Arnott (Whitcombe Vale)', '7-6 6-4']],
  [
    ['Final', 'C. Bellweather (Ormsby)', 'bt', 'D. Hollins (Whitcombe Vale)', '6-1 6-7 10-6'],
    ['Plate', 'K. Marsh (Whitcombe Vale)', 'bt', 'F. Ellery (Lydgate)', '6-3 6-4'],
  ],
];
const tEnd = [
  j(
    'The Challenge Cup for the best club performance goes to Lydgate for the second year running. Photos from the day are on the',
    'noticeboard in the clubhouse and will be put on the website shortly.',
  ),
  'Entries for the Autumn Handicap close on 31st August. Forms are available from the clubhouse or from the Secretary.',
];
const tMenu = ['Home', 'About Us', 'Membership', 'Fixtures', 'Results', 'Tournaments', 'Photo Gallery', 'Links', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="tennis, Whitcombe Vale, club, tournament, results">
<title>Whitcombe Vale LTC - Summer Open Results</title><style><!-- a:link { color: #006633 } a:visited { color: #336633 } td { font-family: Arial } --></style>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table border="0" width="780" cellspacing="0" cellpadding="0" align="center"><tr>
<td colspan="2" bgcolor="#006633"><img border="0" src="images/banner.gif" width="780" height="110" alt="Whitcombe Vale Lawn Tennis Club"></td></tr>
<tr><td colspan="2" bgcolor="#CCE5CC"><font face="Arial" size="1">&nbsp;<marquee
scrollamount="3">Club championships entries now open - see the noticeboard!</marquee></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8F2E8"><table border="0" width="100%" cellpadding="4">
${tMenu.map((t) => `<tr><td><font face="Arial" size="2"><b><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></b></font></td></tr>`).join('\n')}
</table><p align="center"><font face="Arial" size="1">Affiliated to the<br>County Lawn Tennis Association</font></p></td>
<td width="620" valign="top"><table border="0" width="100%" cellpadding="10"><tr><td>
<p align="center"><font face="Arial" size="5" color="#006633"><b>${tTitle}</b></font></p>
<p><font face="Arial" size="2">${tIntro[0]}</font></p>
${tSecs
  .map(
    (s, i) => `<h3><font face="Arial" color="#006633">${s}</font></h3>
<table border="1" cellpadding="3" cellspacing="0" bordercolor="#999999" width="100%">
${(tRows[i] ?? []).map((r) => tr(r.map((c) => `<font face="Arial" size="2">${c}</font>`))).join('\n')}</table>`,
  )
  .join('\n')}
${ps(tEnd.map((p) => `<font face="Arial" size="2">${p}</font>`))}
<p><font face="Arial" size="1"><i>Page last updated 26/07/2027</i></font></p>
<p align="center"><a href="results.htm"><font face="Arial" size="2">&lt;&lt; Back to Results</font></a></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#006633" align="center"><font face="Arial" size="1" color="#FFFFFF">Whitcombe Vale Lawn Tennis Club, Pound Lane, Whitcombe Vale<br>
Webmaster: webmaster@whitcombevaleltc.example<br>You are visitor number <img src="/cgi-bin/counter.gif" alt="counter"> since January 2003</font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout603-table-layout-finals-results',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tSecs,
  body: texts([...tIntro, ...tRows.flat().map((r) => r.join(' ')), ...tEnd]),
  bylines: ['Page last updated 26/07/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Club championships entries now open - see the noticeboard!', ...tMenu.filter((t) => t !== 'Results'), 'Affiliated to the County Lawn Tennis Association',
    '<< Back to Results', 'Whitcombe Vale Lawn Tennis Club, Pound Lane, Whitcombe Vale', 'Webmaster: webmaster@whitcombevaleltc.example',
    'You are visitor number since January 2003',
  ],
};

const hTitle = 'Padel rules in five minutes';
const hH = ['The court', 'Serving', 'Playing off the walls', 'Scoring'];
const hP: string[][] = [
  [
    j(
      'This is the short version we hand to everyone on their first visit to Harbourside. It is not the full rulebook, but it is',
      'enough to play a fair game and to know when to ask.',
    ),
  ],
  [
    j(
      'A padel court is 20 metres long and 10 metres wide, enclosed by glass at both ends and by glass and mesh along the sides.',
      'The net is 88 centimetres high in the middle. Padel is almost always played as doubles.',
    ),
  ],
  ['The serve is underarm. Bounce the ball behind the service line and hit it at or below waist height.', 'Serve diagonally, into the box opposite.'],
  ['The ball must bounce in the box before it touches the glass. If it hits the mesh first, it is a fault.', 'You get two attempts, as in tennis.'],
  [
    j(
      'After the ball has bounced on your side, you may play it after it comes off the glass. You may also hit the ball into your own',
      'back glass to get it over the net, as long as it then crosses without touching the ground.',
    ),
    'A ball that hits the mesh or the glass on the other side before bouncing is out.',
  ],
  [
    j(
      'Scoring is the same as tennis: 15, 30, 40, game, with deuce and advantage. Some of our social sessions use "golden point",',
      'where the pair receiving chooses which side the deciding point is served to at deuce.',
    ),
  ],
];
const hNav = ['About', 'Courts', 'Guides', 'Contact'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>Padel rules in five minutes | Harbourside Padel Collective</title><meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="The short version of the padel rules we hand to every new player."><meta name="generator" content="Hugo 0.121.1">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
<link rel="canonical" href="https://harbourside-padel.example/guides/padel-rules/"><meta property="og:title" content="${hTitle}">
<meta property="og:type" content="article"><meta property="article:section" content="guides"><meta property="article:published_time"
content="2027-02-20T10:00:00+00:00">
<meta itemprop="name" content="${hTitle}"><meta itemprop="wordCount" content="318"></head>
<body class="ma0 avenir bg-near-white production"><header><div class="bg-navy"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Harbourside Padel Collective</a>
<div class="flex-l items-center"><ul class="pl0 mr3">${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90"
 href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}</ul><div class="ananke-socials"><a href="https://instagram.com/harbourside.example"
 target="_blank" rel="noopener" class="ananke-social-link link-transition instagram link dib z-999 pt3 pt0-l mr1"
title="follow on Instagram - Opens in a new window"
 aria-label="follow on Instagram - Opens in a new window"><span class="icon"><svg
style="enable-background:new 0 0 56.7 56.7;" viewBox="0 0 56.7 56.7"></svg></span>
</a></div></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignore left-0 w-100 pb3 mt0 pl0 f6 avenir ttu tracked"><p class="f6 b helvetica tracked">Guides</p>
<div id="sharing" class="mt3 ananke-socials"><a href="mailto:?&amp;body=https%3A%2F%2Fharbourside-padel.example%2Fguides%2Fpadel-rules%2F"
 class="ananke-social-link email no-underline" aria-label="share on Email"><span class="icon"><svg viewBox="0 0 24 24"></svg></span></a>
<a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fharbourside-padel.example%2Fguides%2Fpadel-rules%2F"
class="ananke-social-link facebook no-underline"
 aria-label="share on Facebook"><span class="icon"><svg viewBox="0 0 32 32"></svg></span></a></div></aside>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Iñaki Corral</strong></p>
<time class="f6 mv4 dib tracked" datetime="2027-02-20T10:00:00Z">February 20, 2027</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${ps(hP[0] ?? [])}
<h2 id="the-court">${hH[0]}</h2>${ps(hP[1] ?? [])}
<h2 id="serving">${hH[1]}</h2><ul>${lis(hP[2] ?? [])}</ul>
<blockquote><p>${hP[3]?.[0]}</p></blockquote><p>${hP[3]?.[1]}</p>
<h2 id="playing-off-the-walls">${hH[2]}</h2>${ps(hP[4] ?? [])}
<h2 id="scoring">${hH[3]}</h2>${ps(hP[5] ?? [])}
<ul class="pa0"><li class="list di"><a href="/tags/beginners/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">beginners</a></li>
<li class="list di"><a href="/tags/rules/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">rules</a></li></ul>
<div class="mt6 instapaper_ignore"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What's in this guide</p>
<nav id="TableOfContents"><ul>${hH.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('')}</ul></nav></div>
<div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul class="pa0 list">
<li class="mb2"><a href="/guides/booking-a-court/">Booking a court at Harbourside</a></li><li class="mb2"><a
href="/guides/choosing-a-racket/">Choosing your first racket</a></li>
</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a
class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
 href="https://harbourside-padel.example/">© 2027 Harbourside Padel Collective</a><div></div></div></footer></body></html>`;
const hugo: TestPage = {
  name: 'heldout603-hugo-ananke-padel-rules',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: hP.flat(),
  bylines: ['By Iñaki Corral', 'February 20, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harbourside Padel Collective', ...hNav, 'beginners', "What's in this guide", 'Related', 'Booking a court at Harbourside',
    'Choosing your first racket', '© 2027 Harbourside Padel Collective',
  ],
};

export const HELDOUT603_E: readonly TestPage[] = [tableLayout, hugo];
