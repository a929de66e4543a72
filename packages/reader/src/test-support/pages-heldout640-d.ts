import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout640-kit.js';

/**
 * Held-out batch 640, file d: a model aircraft club's newsletter page in an old hand-written table layout (FrontPage era, with a
 * left link column, a hit counter and a "last updated" line), and a club's training docs on Hugo with the Book theme.
 */
const tTitle = 'Winter Indoor Flying at Stannard Hall';
const tBody = [
  j(
    'The indoor season starts again on the first Thursday of November. The sports hall at Stannard Hall school is booked for us from',
    '7 till 9.30 every Thursday until the end of March, except the two weeks around Christmas.',
  ),
  j(
    'Anything light and slow is welcome: rubber models, small electrics, micro helicopters and the little foam 3D planes that',
    'everyone seems to be building this year. Please, no models over 250 grams and nothing with a metal propeller.',
  ),
  'Hall money is £4 a night for members, and juniors fly free. Visitors from other clubs pay £6 and must show their insurance.',
  'A few house rules, as agreed with the school:',
  'Soft shoes only on the hall floor.',
  'No food or drink past the blue line.',
  'Everyone helps put the nets and benches away at the end.',
  j(
    'Bert Hallowes will bring his box of spare props and the club balsa stock, so if you want to build something on the night,',
    'now is the time to dig out that old kit. See you in the hall!',
  ),
];
const tSide = ['Home', 'Newsletter', 'Meetings', 'Our Field', 'Photos', 'Links', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<title>Brackley Vale Model Aero Club - Newsletter</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" text="#000000" link="#000099" vlink="#660066" topmargin="0" leftmargin="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#003366"><img src="images/banner.gif" width="780" height="90" alt="Brackley Vale Model Aero Club"></td></tr>
<tr><td colspan="2" bgcolor="#FFCC00" align="center"><font face="Arial" size="2"><b>Founded 1962 &middot; Affiliated club No. 0417</b></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#E6ECF2"><table width="100%" border="0" cellpadding="4">
${tSide.map((t) => `<tr><td><font face="Arial" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
<tr><td><br><font face="Arial" size="1">Visitors since June 2001:<br><img src="/cgi-bin/counter.pl?df=news" alt="counter"> 48213</font></td></tr>
</table></td>
<td width="630" valign="top"><table width="100%" border="0" cellpadding="10"><tr><td>
<font face="Arial" size="2"><p><font size="1">Newsletter &gt; October 2027</font></p>
<p align="center"><font size="5" color="#003366"><b>${tTitle}</b></font></p>
<p align="center"><i>by Colin Ferrabee, Club Secretary</i></p>
<hr size="1" noshade>
${ps(tBody.slice(0, 4))}
<ul>${lis(tBody.slice(4, 7))}</ul>
${ps([at(tBody, 7)])}
<hr size="1" noshade>
<p><a href="newsletter_sep27.htm">&lt;&lt; September newsletter</a> | <a href="newsletter.htm">All newsletters</a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Arial" size="1" color="#FFFFFF">
This page was last updated on 14/10/2027<br>Please send any problems with this site to the <a href="mailto:web@bvmac.org.uk">
<font color="#FFFF99">webmaster</font></a>
</font></td></tr></table></body></html>`;
const table: TestPage = {
  name: 'heldout640-table-indoor-flying',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['by Colin Ferrabee, Club Secretary', 'This page was last updated on 14/10/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Founded 1962 · Affiliated club No. 0417', ...tSide, 'Visitors since June 2001:', '48213', 'Newsletter > October 2027', '<< September newsletter',
    'All newsletters', 'Please send any problems with this site to the webmaster',
  ],
};

const hTitle = 'Preparing for your A certificate';
const hIntro = [
  j(
    'The A certificate shows that you can fly a fixed-wing model safely on your own. Once you hold it you no longer need an',
    'instructor at the field. Most of our trainees take the test after 15 to 25 buddy-box sessions.',
  ),
];
const hH = ['What the examiner looks for', 'The flight', 'Safety questions', 'Booking the test'];
const hLooks = [
  j(
    'The examiner is not looking for polished flying. They want to see that you check your model properly, that you know where',
    'the people are, and that you stay calm when something goes wrong.',
  ),
];
const hFlight = [
  'A pre-flight check, including a control check with the examiner watching.',
  'A take-off into wind and a climb straight ahead to a safe height.',
  'Two left-hand and two right-hand circuits at a steady height.',
  'A figure of eight with the crossing point in front of you.',
  'A simulated dead-stick approach from a safe height, broken off at the examiner\u2019s call.',
  'A circuit and landing within the marked landing area.',
];
const hFlightNote = 'You may fly the test in two flights if the examiner agrees, for example if the wind changes.';
const hSafety = [
  j(
    'After the flight the examiner will ask five questions on the club rules and the national safety code: minimum distances',
    'from people and buildings, what to do if you lose control, how to report an incident, and the field\u2019s flying hours.',
    'Read the <a href="/docs/field/rules/">field rules</a> the week before.',
  ),
];
const hBooking = [
  j(
    'Ask your instructor to sign your logbook when they think you are ready, then email the training officer with two dates that',
    'suit you. Tests are held on Saturday mornings from April to September.',
  ),
];
const hMenu = ['Getting started', 'Finding an instructor', 'Buddy-box lessons', 'A certificate', 'B certificate', 'Field', 'Rules', 'Frequencies'];
const hToc = hH;
const hHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta name="generator" content="Hugo 0.128.2"><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="What happens on the A certificate test and how to book it.">
<meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff"><meta property="og:title" content="${hTitle}">
<meta property="og:type" content="article"><meta property="article:modified_time" content="2027-03-02T19:41:07+00:00">
<title>${hTitle} | Wrenfield RC Training</title><link rel="manifest" href="/manifest.json"><link rel="icon" href="/favicon.png">
<link rel="stylesheet" href="/book.min.6c8b9d2a1fc95075ed7da46ca81060b39add8fff6741ac51259f768929281e2c.css"
integrity="sha256-bIudKh/JUHXtfaRsqBBgs5rdj/9nQaxRJZ92iSkoHiw=" crossorigin="anonymous">
<script defer src="/flexsearch.min.js"></script><script defer src="/en.search.min.js" crossorigin="anonymous"></script></head>
<body dir="ltr"><input type="checkbox" class="hidden toggle" id="menu-control"><input type="checkbox" class="hidden toggle" id="toc-control">
<main class="container flex"><aside class="book-menu"><div class="book-menu-content"><nav><h2 class="book-brand"><a class="flex align-center" href="/">
<span>Wrenfield RC Training</span></a></h2><div class="book-search hidden"><input type="text" id="book-search-input" placeholder="Search" aria-label="Search"
maxlength="64" data-hotkeys="s/"><div class="book-search-spinner hidden"></div><ul id="book-search-results"></ul></div>
<script>document.querySelector(".book-search").classList.remove("hidden")</script>
<ul>${links(hMenu)}</ul></nav>
<script>(function(){var e=document.querySelector("aside .book-menu-content");
addEventListener("beforeunload",function(){localStorage.setItem("menu.scrollTop",e.scrollTop)})})()</script>
</div></aside>
<div class="book-page"><header class="book-header"><div class="flex align-center justify-between"><label for="menu-control"><img src="/svg/menu.svg"
class="book-icon" alt="Menu"></label><h3>${hTitle}</h3><label for="toc-control"><img src="/svg/toc.svg" class="book-icon" alt="Table of Contents"></label></div>
<aside class="hidden clearfix"><nav id="TableOfContents"><ul>${hToc.map((h, i) => `<li><a href="#h${i}">${h}</a></li>`).join('')}</ul></nav></aside></header>
<article class="markdown book-article"><h1 id="preparing-for-your-a-certificate">${hTitle}</h1>
${ps(hIntro)}
<h2 id="h0">${at(hH, 0)}<a class="anchor" href="#h0">#</a></h2>${ps(hLooks)}
<h2 id="h1">${at(hH, 1)}<a class="anchor" href="#h1">#</a></h2><ol>${lis(hFlight)}</ol>
<blockquote class="book-hint info"><p>${hFlightNote}</p></blockquote>
<h2 id="h2">${at(hH, 2)}<a class="anchor" href="#h2">#</a></h2>${ps(hSafety)}
<h2 id="h3">${at(hH, 3)}<a class="anchor" href="#h3">#</a></h2>${ps(hBooking)}
</article>
<footer class="book-footer"><div class="flex flex-wrap justify-between"><div><a class="flex align-center" href="https://git.wrenfieldrc.org/site/commit/9c1e2f0"
title="Last modified by Anya Brightwell | March 2, 2027" target="_blank" rel="noopener"><img src="/svg/calendar.svg" class="book-icon" alt="">
<span>March 2, 2027</span></a></div><div><a class="flex align-center" href="https://git.wrenfieldrc.org/site/edit/main/content/docs/training/a-cert.md"
target="_blank" rel="noopener"><img src="/svg/edit.svg" class="book-icon" alt=""><span>Edit this page</span></a></div></div>
<div class="flex flex-wrap justify-between"><span><a href="/docs/training/buddy-box/" class="flex align-center">
<img src="/svg/backward.svg" class="book-icon" alt="">
<span>Buddy-box lessons</span></a></span><span><a href="/docs/training/b-cert/" class="flex align-center"><span>B certificate</span>
<img src="/svg/forward.svg" class="book-icon" alt=""></a></span></div></footer>
<label for="menu-control" class="hidden book-menu-overlay"></label></div>
<aside class="book-toc"><div class="book-toc-content"><nav id="TableOfContents"><ul>${hToc.map((h, i) => `<li><a href="#h${i}">${h}</a></li>`).join('')}</ul>
</nav></div></aside></main></body></html>`;
const hugo: TestPage = {
  name: 'heldout640-hugo-a-certificate',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, ...hLooks, ...hFlight, hFlightNote, ...hSafety, ...hBooking]),
  bylines: ['March 2, 2027'],
  furniture: ['Wrenfield RC Training', ...hMenu.filter((m) => !['A certificate', 'Field', 'Rules'].includes(m)), 'Edit this page'],
};

export const HELDOUT640_D: readonly TestPage[] = [table, hugo];
