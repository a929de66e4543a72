import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page, rowText, trs } from './pages-heldout646-kit.js';

/**
 * Held-out batch 646, file e: a canoe club's members' page on club boat hire on Hugo (Ananke) with its cover header, share
 * links, table of contents aside and related posts, and an old table-layout canoe hire price page with a price table.
 */
const hTitle = 'Hiring club boats: rules for members';
const hBody = [
  j(
    'Members who have passed the club paddling assessment can borrow club canoes and kayaks for trips away from the boathouse.',
    'This page sets out how to book, what it costs and what we expect when the boats come back.',
  ),
  'Booking',
  j(
    'Book through the equipment secretary at least a week ahead, by email, giving the dates, the boats you want and where you',
    'are going. Boats are lent in the order requests arrive, but club trips always come first.',
  ),
  'Charges',
  'Canoe or double kayak: £10 a day, £25 a weekend',
  'Single kayak: £6 a day, £15 a weekend',
  'Trailer (six boats): £20 a weekend, towing licence holders only',
  'Returning boats',
  j(
    'Wash the boats and buoyancy aids in fresh water, stand them to dry and report any damage in the logbook by the door, however',
    'small. A cracked hull found on the next trip costs the club far more than one reported on the day.',
  ),
  j(
    'Repeated late returns or unreported damage mean you lose borrowing rights for a season. We have had to do this twice in',
    'ten years and would rather not do it again.',
  ),
];
const hHeads = [1, 3, 7];
const hNav = ['News', 'Trips', 'Membership', 'Members'];
const hRel = ['Winter pool sessions 2026', 'New trailer arrives', 'Assessment dates for spring'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${hTitle} | Dunmere Canoe Club</title><meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="How members book club canoes and kayaks, what it costs and how to return them.">
<meta name="generator" content="Hugo 0.125.4"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://dunmerecanoeclub.org.uk/posts/hiring-club-boats/">
<meta property="og:type" content="article"><meta property="article:section" content="posts">
<meta property="article:published_time" content="2026-02-11T19:30:00+00:00"></head>
<body class="ma0 avenir bg-near-white production"><header class="cover bg-top" style="background-image: url('/images/boathouse.jpg');">
<div class="bg-black-60"><nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Dunmere Canoe Club</a><div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map((t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`)
  .join('\n')}</ul></div></div></nav><div class="tc-l pv6 ph3 ph4-ns"></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Posts</aside><div id="sharing" class="mt3 ananke-socials">
<a href="https://www.facebook.com/sharer.php?u=https://dunmerecanoeclub.org.uk/posts/hiring-club-boats/" class="ananke-social-link facebook no-underline"
title="Share on Facebook" aria-label="share on Facebook" target="_blank" rel="nofollow noopener noreferrer"><span class="icon"></span></a></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Gwen Arbery, equipment secretary</strong></p>
<time class="f6 mv4 dib tracked" datetime="2026-02-11T19:30:00Z">February 11, 2026</time>
<span class="f6 mv4 dib tracked"> - 2 minutes read</span><span class="f6 mv4 dib tracked"> - 331 words</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${ps([hBody[0] ?? ''])}
<h2 id="booking">${hBody[1]}</h2>${ps([hBody[2] ?? ''])}
<h2 id="charges">${hBody[3]}</h2><ul>${lis(hBody.slice(4, 7))}</ul>
<h2 id="returning-boats">${hBody[7]}</h2>${ps(hBody.slice(8))}
<ul class="pa0"><li class="list di"><a href="/tags/equipment" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">equipment</a></li>
<li class="list di"><a href="/tags/members" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">members</a></li></ul>
<div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What's in this post</p>
<nav id="TableOfContents"><ul><li><a href="#booking">Booking</a></li><li><a href="#charges">Charges</a></li><li><a href="#returning-boats">Returning boats</a>
</li></ul></nav></div><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p>
<ul class="pa0 list">${links(hRel, 'mb2')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2
ph3" href="https://dunmerecanoeclub.org.uk/">&copy; Dunmere Canoe Club 2026</a><div></div></div></footer></body></html>`;
const hugo: TestPage = page({
  name: 'heldout646-hugo-club-boat-hire',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => hBody[i] ?? ''),
  body: texts(hBody.filter((_, i) => !hHeads.includes(i))),
  bylines: ['By Gwen Arbery, equipment secretary', 'February 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dunmere Canoe Club', ...hNav, 'Posts', '- 2 minutes read', '- 331 words', 'equipment', 'members', "What's in this post", 'Related', ...hRel,
    '© Dunmere Canoe Club 2026',
  ],
});

const tTitle = 'Prices & Booking Information';
const tIntro = j(
  'All our canoes are Canadian-style open canoes and take two adults and one child or three adults. Prices include paddles,',
  'buoyancy aids, a waterproof barrel and a map. Kayaks are single sit-on-tops.',
);
const tRows = [
  ['Canoe', '£30', '£45', '£65'],
  ['Kayak', '£20', '£30', '£40'],
  ['Canoe + return minibus', '–', '£60', '£80'],
];
const tHead = ['Boat', '2 hours', 'Half day', 'Full day'];
const tAfter = [
  'To book please ring 01632 960 233 between 9am and 6pm. We take a £10 deposit by card over the phone.',
  'Last canoe out at 3pm. Please return boats by 6pm or a late charge of £10 per half hour is made.',
  'SORRY NO DOGS IN KAYAKS.',
];
const tNav = ['Home', 'Prices', 'The River', 'How to Find Us', 'Photo Gallery', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Pennock Mill Canoe Hire - Prices</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="canoe hire, kayak hire, river pennock, canoeing, days out"><link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_over.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/banner.jpg" width="780" height="140"
alt="Pennock Mill Canoe Hire"></td></tr>
<tr><td width="160" valign="top" bgcolor="#336699"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tNav
  .map(
    (t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="navlink"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>${t}</b>
</font></a></td></tr>`,
  )
  .join('\n')}
<tr><td><font face="Verdana, Arial" size="1" color="#CCCCCC">Open 7 days<br>Easter - October</font></td></tr></table></td>
<td width="620" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial" size="2"><h1><font color="#336699">${tTitle.replace(/&/g, '&amp;')}</font></h1>
<p>${tIntro}</p>
<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#336699">
<tr bgcolor="#336699">${tHead.map((h) => `<td><b><font color="#FFFFFF">${h}</font></b></td>`).join('')}</tr>
${trs(tRows, ' align="center"')}
</table>
<p><b>${tAfter[0]}</b></p><p>${tAfter[1]}</p><p><font color="#CC0000"><b>${tAfter[2]}</b></font></p>
<p><font size="1">Page last updated: 14th March 2026</font></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336699" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">Pennock Mill Canoe Hire, Mill Road, Lower Pennock
| Tel 01632 960 233<br>Copyright &copy; 2008-2026 Pennock Mill Canoe Hire<br>You are visitor number
<img src="http://counter.example-hits.net/c.gif?id=40812" alt="counter"> | Best viewed at 1024x768</font></td></tr></table></body></html>`;
const tables: TestPage = page({
  name: 'heldout646-table-layout-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [tIntro, ...tRows.map(rowText), ...tAfter],
  bylines: ['Page last updated: 14th March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Open 7 days', 'Easter - October', 'Pennock Mill Canoe Hire, Mill Road, Lower Pennock | Tel 01632 960 233',
    'Copyright © 2008-2026 Pennock Mill Canoe Hire', 'You are visitor number', 'Best viewed at 1024x768',
  ],
});

export const HELDOUT646_E: readonly TestPage[] = [hugo, tables];
