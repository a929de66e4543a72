import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, tidy, trs } from './pages-heldout498-kit.js';

/**
 * Held-out batch 498, file f: a swimming club's session guide on Hugo with the Ananke theme (cover header with the site
 * description, date, "What's in this page" aside), and a volunteer-run village open-air pool's opening times on an old
 * table layout (font tags, spacer images, a left link column, a hit counter).
 */
const hTitle = 'Club night guide for swimmers and parents';
const hBody = [
  j(
    'Club nights are on Monday and Wednesday evenings at Tweedbank Pool. Swimmers are split into four squads by ability, and each',
    'squad has its own lane and coach. This guide explains what happens on a club night and what we ask of swimmers and parents.',
  ),
  'Session times',
  'Minnows (ages 7 to 9): 5:30pm to 6:15pm',
  'Juniors: 6:15pm to 7:15pm',
  'Development squad: 7:15pm to 8:15pm',
  'Performance squad: 8:15pm to 9:30pm',
  'Rules for swimmers',
  'Arrive ten minutes early and be on poolside, with cap and goggles on, when your session starts.',
  'Listen to your coach and read the set on the whiteboard before you start.',
  'Stay in your squad’s lane and follow the lane order your coach sets.',
  'Tell your coach straight away if you feel unwell or get hurt.',
  'Rules for parents',
  j(
    'Parents may watch from the balcony but not from poolside, except for Minnows on their first two nights. Please do not call',
    'out to swimmers or coaches during a session. If you want a word with a coach, catch them after the session or email the',
    'head coach.',
  ),
  j(
    'Every family is asked to help at two club events a season, such as a gala or the sponsored swim. The volunteer rota goes',
    'out at the start of each term.',
  ),
  'Moving squads',
  j(
    'Coaches review squads at the end of each term using times from the club time trials. A swimmer may be moved up mid-term if',
    'the coach thinks they are ready, but never without a chat with the swimmer and their parents first.',
  ),
];
const hHeads = [1, 6, 11, 14];
const hNav = ['About', 'Squads', 'Galas', 'Join', 'Contact'];
const hLi = (i: number, n: number): string => `<ul>${lis(hBody.slice(i, i + n))}</ul>`;
const hId = (i: number): string => (hBody[i] ?? '').toLowerCase().replace(/ /g, '-');
const hH2 = (i: number): string => `<h2 id="${hId(i)}">${hBody[i]}</h2>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${hTitle} | Kelso Otters Swimming Club</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description"
content="What happens on a club night, session times and our rules.">
<meta name="generator" content="Hugo 0.139.3"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://kelsootters.org.uk/sessions/club-night-guide/">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="sessions">
<meta property="article:published_time" content="2026-09-01T00:00:00+00:00"><meta itemprop="name" content="${hTitle}"><meta itemprop="wordCount"
content="356"></head>
<body class="ma0 avenir bg-near-white production"><header class="cover bg-top" style="background-image: url('/images/pool-lanes.jpg');"><div
class="bg-black-60">
<nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center"><a href="/"
class="f3 fw2 hover-white no-underline white-90 dib">
Kelso Otters Swimming Club</a><div class="flex-l items-center"><ul class="pl0 mr3">${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3">
<a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}</ul>
<div class="ananke-socials"><a href="https://facebook.com/kelsootters" target="_blank" rel="noopener"
class="facebook ananke-social-link link-transition stackoverflow
link dib z-999 pt3 pt0-l mr1" title="follow on Facebook - Opens in a new window" aria-label="follow on Facebook - Opens in a new window"><span class="icon"><svg
style="enable-background:new 0 0 67 67;" version="1.1" viewBox="0 0 67 67"><path d="M28.765,50.32h6.744V33.998h4.499l0.596-5.624h-5.095"/></svg></span></a>
</div></div></div></nav>
<div class="tc-l pv4 pv6-l ph3 ph4-ns"><div class="f2 f-subheadline-l fw2 light-silver mb0 lh-title">Sessions</div>
<h2 class="fw1 f5 f3-l white-80 measure-wide-l center mt3">Friendly competitive swimming in the Borders since 1968</h2></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Sessions</aside><div id="sharing" class="mt3 ananke-socials"></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><time class="f6 mv4 dib tracked" datetime="2026-09-01T00:00:00Z">September 1, 2026</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">${ps([hBody[0] ?? ''])}
${hH2(1)}${hLi(2, 4)}
${hH2(6)}${hLi(7, 4)}
${hH2(11)}${ps(hBody.slice(12, 14))}
${hH2(14)}${ps(hBody.slice(15))}
<ul class="pa0"></ul><div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What’s in this page</p>
<nav id="TableOfContents"><ul>${hHeads.map((i) => `<li><a href="#${hId(i)}">${hBody[i]}</a></li>`).join('\n')}</ul></nav></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a
class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://kelsootters.org.uk/">&copy; Kelso Otters Swimming Club 2026</a><div><div class="ananke-socials"></div></div></div></footer></body></html>`;
const hugo: TestPage = {
  name: 'heldout498-hugo-club-night-guide',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => hBody[i] ?? ''),
  body: texts(hBody.filter((_, i) => !hHeads.includes(i))),
  bylines: ['September 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kelso Otters Swimming Club', ...hNav, 'Sessions', 'Friendly competitive swimming in the Borders since 1968', 'What’s in this page',
    '© Kelso Otters Swimming Club 2026',
  ],
};

const oTitle = 'Opening Times - 2027 Season';
const oIntro = [
  j(
    'The pool opens for the season on Saturday 1st May and closes on Sunday 12th September. The water is heated to around 26 degrees',
    'by our solar panels and the old boiler, so bring a jumper for afterwards on cooler days!',
  ),
];
const oRows = [
  ['Monday - Friday', '7.00am - 8.30am', '12.00 - 7.00pm'],
  ['Saturday', '8.00am - 9.00am', '10.00am - 6.00pm'],
  ['Sunday & Bank Holidays', 'No early swim', '10.00am - 6.00pm'],
];
const oNotes = [
  j(
    'During the school summer holidays (from 21st July) the pool opens at 10.00am on weekdays. The pool may close early in',
    'thunder or if fewer than five swimmers are in by 5.00pm.',
  ),
  'Early bird swims are for adults and for juniors aged 14 and over with a season ticket only.',
];
const oNav = ['Home', 'Opening Times', 'Prices', 'Season Tickets', 'Pool Rules', 'Photos', 'Friends of the Pool', 'Contact Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Sutton Amble Open Air Pool - Opening Times</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="sutton amble, open air pool, lido, outdoor swimming, heated pool"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><link href="style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#CCE6FF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td colspan="2"><img src="images/banner.jpg" width="760"
height="120"
alt="Sutton Amble Open Air Pool"></td></tr>
<tr><td width="160" valign="top" bgcolor="#003399"><table width="160" border="0" cellspacing="0" cellpadding="6">
${oNav
  .map(
    (t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font face="Verdana, Arial, Helvetica, sans-serif" size="2"
color="#FFFFFF"><b>${t}</b></font></a></td></tr>`,
  )
  .join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20"></td></tr><tr><td align="center"><font face="Verdana" size="1"
color="#FFFFFF">Run by volunteers since 1986</font></td></tr>
</table></td><td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="5" color="#003399"><b>${oTitle}</b></font><br><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${ps(oIntro)}
<p><b><u>Public Swimming</u></b></p>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#99CCFF"><tr bgcolor="#003399"><td><font color="#FFFFFF" size="2"><b>Day</b>
</font></td>
<td><font color="#FFFFFF" size="2"><b>Early Bird</b></font></td><td><font color="#FFFFFF" size="2"><b>Public Swim</b></font></td></tr>
${trs(oRows.map((r) => r.map((c) => c.replace(/&/g, '&amp;'))))}
</table>
<p><b><u>Please Note</u></b></p>${ps(oNotes)}
<p align="center"><img src="images/divider.gif" width="400" height="10"></p>
<p><font size="1"><i>Page last updated 14/01/2027</i></font></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font face="Verdana" size="1"
color="#FFFFFF">Sutton Amble Open Air Pool, Mill Lane, Sutton Amble. Registered Charity
No. 517204<br>You are visitor number <img src="/cgi-bin/counter.gif?df=pool.dat" alt="004512" align="absmiddle"></font></td></tr></table></body></html>`;
const oldPool: TestPage = {
  name: 'heldout498-table-layout-village-pool',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['Public Swimming', 'Please Note'],
  body: [...texts(oIntro), ...rowTexts(oRows), ...texts(oNotes)],
  bylines: ['Page last updated 14/01/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oNav, 'Run by volunteers since 1986', 'Sutton Amble Open Air Pool, Mill Lane, Sutton Amble. Registered Charity No. 517204', 'You are visitor number',
  ],
};

export const HELDOUT498_F: readonly TestPage[] = [hugo, oldPool].map(tidy);
