import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout639-kit.js';

/**
 * Held-out batch 639, file f: a storytelling festival's programme post on a Hugo site (Ananke theme) with day tables, a table
 * of contents and related posts, and a village fête and funfair notice on an old hand-made table layout with a hit counter.
 */
const hTitle = 'The 2027 programme is here';
const hIntro = [
  j(
    'Twenty-two tellers, three stages and one very large tea urn: the programme for the eleventh Brindle Moor Storytelling Weekend',
    'is now out. All sessions are included in the weekend ticket unless marked otherwise, and the family sessions are free for under-12s.',
  ),
  'Venues are the Chapel, the Reading Room at the Institute, and the Long Barn at Moorcote Farm, a ten-minute walk up the lane.',
];
/** Days: heading, rows (time, session, venue). */
const hDays: readonly (readonly [string, readonly (readonly string[])[]])[] = [
  [
    'Friday 16 July',
    [
      ['7.00pm', 'Opening fire: welcome stories from the festival tellers', 'Long Barn'],
      ['9.00pm', 'Liars’ Bench: tall tales, judged by the audience', 'Long Barn'],
    ],
  ],
  [
    'Saturday 17 July',
    [
      ['10.30am', 'Family stories with Pernille Odegaard', 'Chapel'],
      ['12.00pm', 'The Drowned Villages: tales from the reservoir valleys', 'Reading Room'],
      ['2.30pm', 'Workshop: finding your own family story (booking needed, £8)', 'Reading Room'],
      ['8.00pm', 'The Winter King, an epic told in one sitting by Cormac Veale', 'Long Barn'],
    ],
  ],
  [
    'Sunday 18 July',
    [
      ['11.00am', 'Story walk on the moor (meet at the Chapel gate)', 'Chapel'],
      ['3.00pm', 'Open floor: seven minutes each, names in the hat from 2pm', 'Long Barn'],
    ],
  ],
];
const hOutro = j(
  'Weekend tickets are £45, or £30 for students and anyone on a low income. Day tickets will go on sale in May if any are left.',
  'The Reading Room and the Chapel are step-free; the Long Barn has a ramp at the side door.',
);
const hRel = ['Meet the 2027 tellers', 'Why we moved the festival to July', 'Volunteering at the weekend'];
const hNav = ['About', 'Tellers', 'Tickets', 'News'];
const hTable = (rows: readonly (readonly string[])[]): string =>
  `<table><thead><tr><th>Time</th><th>Session</th><th>Venue</th></tr></thead><tbody>${rows.map(tr).join('\n')}</tbody></table>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible"
content="IE=edge,chrome=1"><title>${hTitle} | Brindle Moor Storytelling Weekend</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description"
content="Twenty-two tellers, three stages and one very large tea urn.">
<meta name="generator" content="Hugo 0.121.1"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://brindlemoorstories.org.uk/news/programme-2027/">
<meta property="og:title" content="${hTitle}"><meta property="article:section" content="news"><meta property="article:published_time"
content="2027-04-02T09:00:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"datePublished":"2027-04-02T09:00:00+01:00"}</script>
</head><body class="ma0 avenir bg-near-white production">
<header class="cover bg-top" style="background-image: url('/images/moor-header.jpg');"><div class="bg-black-60"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Brindle Moor Storytelling Weekend</a>
<div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/"
title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"><a href="https://www.facebook.com/brindlemoorstories" target="_blank" rel="noopener"
class="ananke-social-link facebook no-underline"
aria-label="follow on Facebook——Opens in a new window"><span class="icon"><svg height="32px" viewBox="0 0 512 512"></svg></span></a></div></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">News</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked">NEWS</aside><div id="sharing"
class="mt3 ananke-socials"><a href="https://www.facebook.com/sharer.php?u=https://brindlemoorstories.org.uk/news/programme-2027/"
class="ananke-social-link facebook no-underline" aria-label="share on Facebook"><span class="icon"><svg></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Hester Quayle</strong></p>
<time class="f6 mv4 dib tracked" datetime="2027-04-02T09:00:00+01:00">April 2, 2027</time><span class="f6 mv4 dib tracked"> - 2 minutes read</span>
<span class="f6 mv4 dib tracked"> - 398 words</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">${ps(hIntro)}
${hDays.map(([d, rows]) => `<h2 id="${d.split(' ')[0]?.toLowerCase()}">${d}</h2>\n${hTable(rows)}`).join('\n')}
${ps([hOutro])}
<ul class="pa0"><li class="list di"><a href="/tags/programme/"
class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">programme</a></li></ul>
<div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What’s in this news</p>
<nav id="TableOfContents"><ul>${hDays.map(([d]) => `<li><a href="#${d.split(' ')[0]?.toLowerCase()}">${d}</a></li>`).join('')}</ul></nav></div>
<div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul class="pa0 list">${links(
  hRel,
  'b mb3',
)}
</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3"
role="contentinfo"><div class="flex justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://brindlemoorstories.org.uk/">© 2027 Brindle Moor Storytelling Weekend</a><div></div></div></footer></body></html>`;
const hugoProgramme: TestPage = {
  name: 'heldout639-story-programme-hugo',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hDays.map((d) => d[0]),
  body: [...hIntro, ...hDays.flatMap((d) => d[1].map(rowText)), hOutro],
  bylines: ['By Hester Quayle', 'April 2, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'About', 'News', '- 2 minutes read', '- 398 words', 'What’s in this news', 'Related',
    ...hRel, '© 2027 Brindle Moor Storytelling Weekend',
  ],
};

const tTitle = 'Summer Fete &amp; Funfair 2027';
const tBody = [
  j(
    'The St Oswin’s Summer Fete and Funfair will be held on the Church Meadow on <b>Saturday 10th July</b> from 12 noon until 5pm.',
    'Entry is 50p for adults and free for children.',
  ),
  j(
    'This year Bartle’s Amusements are bringing the chair-o-planes, the dodgems and the juvenile roundabout, and there will be the',
    'usual tombola, cake stall, white elephant, dog show (entries from 1pm) and the tug of war between the Plough and the Bell.',
  ),
  'The Scouts will run the car park in the field behind the school. Please do not park on Church Lane as the coaches cannot get through.',
  j(
    'We still need helpers for setting up on Friday evening and clearing away on Sunday morning. If you can spare an hour please ring',
    'Margaret Dunstable on 01473 822 419.',
  ),
  'All money raised goes to the church roof fund, which now stands at £14,260 of the £30,000 needed.',
];
const tNav = ['Home', 'Parish News', 'Church Services', 'Village Hall', 'Fete &amp; Funfair', 'Photo Gallery', 'Links', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>St Oswin's Parish, Little Haverley - Summer Fete</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="little haverley, fete, funfair, st oswins, parish, church"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script>
<style type="text/css"><!-- body { margin: 0px; } .nav { font-family: Verdana; font-size: 11px; color: #FFFFFF; } --></style></head>
<body bgcolor="#FFFFCC" text="#000000" link="#000099" vlink="#660066"><div align="center">
<table width="780" border="0" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2" bgcolor="#336633" height="90"><img src="images/banner.gif" width="780" height="90"
alt="St Oswin's Parish Church, Little Haverley"></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99"><marquee scrollamount="3"><font face="Verdana" size="1">*** Fete &amp; Funfair Saturday 10th July ***
Harvest Supper tickets from the Post Office ***</font></marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#336633"><table width="150" border="0" cellpadding="4" cellspacing="0">
${tNav.map((t) => `<tr><td class="nav"><a href="${t.length}.htm"><font color="#FFFFFF">${t}</font></a></td></tr>`).join('\n')}
</table><p align="center"><font face="Verdana" size="1" color="#FFFFFF">You are visitor no.<br><img src="/cgi-bin/counter.gif" alt="004312"></font></p></td>
<td width="630" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><p align="center"><font size="5" color="#336633"><b>${tTitle}</b></font></p>
<p align="center"><img src="images/fete2019.jpg" width="400" height="260"
alt="The fete in 2019"><br><font size="1"><i>The dodgems at the 2019 fete</i></font></p>
${ps(tBody)}
<p align="right"><i>Revd. Peter Ashby &amp; the Fete Committee</i></p>
<hr size="1" noshade><p><font size="1"><a href="javascript:history.back()">&lt;&lt; Back</a>
| <a href="#top">Top of page</a></font></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana" size="1" color="#FFFFFF">Page last updated 12/05/2027<br>
&copy; St Oswin's Parochial Church Council 2003-2027 | Best viewed at 1024 x 768</font></td></tr>
</table></div></body></html>`;
const tableFete: TestPage = {
  name: 'heldout639-fete-funfair-tables',
  kind: 'news',
  html: tHtml,
  title: 'Summer Fete & Funfair 2027',
  headings: [],
  body: texts(tBody),
  bylines: ['Revd. Peter Ashby & the Fete Committee', 'Page last updated 12/05/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '*** Fete & Funfair Saturday 10th July *** Harvest Supper tickets from the Post Office ***', 'Home', 'Parish News', 'Church Services', 'Village Hall',
    'Photo Gallery', 'Links', 'Contact Us', 'You are visitor no.', 'The dodgems at the 2019 fete', '<< Back', 'Top of page',
    "© St Oswin's Parochial Church Council 2003-2027 | Best viewed at 1024 x 768",
  ],
};

export const HELDOUT639_F: readonly TestPage[] = [hugoProgramme, tableFete];
