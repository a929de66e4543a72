import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout378-kit.js';

/**
 * Held-out batch 378, file c: a workshop page on a GitHub Pages site built with Jekyll's minima theme (site header with
 * page links, post header with its date, a schedule table, the footer with the site description and social links) and an
 * EasyChair-style "CFP" listing of calls for papers in one area (the EasyChair top menu, the filter form, the list table
 * with acronyms, names, places, deadlines and topics, the footer).
 */
const gTitle = 'TinyCompilers Workshop @ SPLASH-East 2026';
const gIntro = [
  j(
    'TinyCompilers is a half-day workshop about compilers that fit in a few thousand lines: teaching compilers, compilers for',
    'small devices, and compilers written to be read. It will be held on Tuesday 3 November 2026 as part of SPLASH-East in',
    'Kestrelmouth.',
  ),
  j(
    'We want to hear from people who build small compilers on purpose. If you have cut a feature to keep your code base small,',
    'taught a course where students write a compiler in a term, or squeezed a code generator onto a microcontroller, this workshop',
    'is for you.',
  ),
  j(
    'This is the third edition of the workshop. The first two editions showed us that the best talks are short, concrete and',
    'come with code that the audience can read afterwards, so we keep the format informal: no proceedings, plenty of time for',
    'questions, and a long open discussion at the end of the afternoon.',
  ),
];
const gSubmit = [
  j(
    'Submissions are two-page extended abstracts in the ACM format, plus an optional link to a code repository. We also accept',
    'a ten-minute video demonstration in place of an abstract. Reviewing is single-blind and light: each submission receives two',
    'reviews focused on whether it will make for a good talk.',
  ),
];
const gDates = ['Submission deadline: 4 August 2026', 'Notification: 1 September 2026', 'Workshop: 3 November 2026'];
const gSchedule: [string, string][] = [
  ['13:30', 'Welcome and lightning introductions'],
  ['13:45', 'Invited talk: a register allocator in 200 lines'],
  ['14:30', 'Contributed talks, part one'],
  ['15:30', 'Break'],
  ['16:00', 'Contributed talks, part two'],
  ['17:00', 'Open discussion: what should a teaching compiler leave out?'],
];
const gOrg = ['Ruairí Oyelaran, Kestrelmouth University', 'Ottilie Brandsma, independent', 'Sanjay Wilhelmsen, Northcape Labs'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 --><title>TinyCompilers Workshop @ SPLASH-East 2026 | TinyCompilers</title>
<meta name="generator" content="Jekyll v3.9.5"><meta property="og:title" content="TinyCompilers Workshop @ SPLASH-East 2026">
<meta name="description" content="A half-day workshop about compilers that fit in a few thousand lines.">
<link rel="canonical" href="https://tinycompilers.github.io/2026/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-11T00:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","datePublished":"2026-02-11T00:00:00+00:00",
"headline":"TinyCompilers Workshop @ SPLASH-East 2026","url":"https://tinycompilers.github.io/2026/"}</script>
<!-- End Jekyll SEO tag --><link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="/feed.xml"
title="TinyCompilers"></head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">TinyCompilers</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger"><label for="nav-trigger"><span class="menu-icon"></span></label>
<div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/past/">Past editions</a>
<a class="page-link" href="/code-of-conduct/">Code of conduct</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">${gTitle}</h1>
<p class="post-meta"><time class="dt-published" datetime="2026-02-11T00:00:00+00:00" itemprop="datePublished">Feb 11, 2026</time></p></header>
<div class="post-content e-content" itemprop="articleBody">${ps(gIntro)}
<h2 id="call-for-submissions">Call for submissions</h2>${ps(gSubmit)}
<h2 id="important-dates">Important dates</h2><ul>${lis(gDates)}</ul>
<h2 id="schedule">Schedule</h2><table><thead><tr><th>Time</th><th>Session</th></tr></thead><tbody>${rows(gSchedule)}</tbody></table>
<h2 id="organisers">Organisers</h2><ul>${lis(gOrg)}</ul>
<p>Questions? Open an issue on <a href="https://github.com/tinycompilers/tinycompilers.github.io/issues">our GitHub repository</a>.</p>
</div><a class="u-url" href="/2026/" hidden></a></article></div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">TinyCompilers</h2>
<div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">TinyCompilers organisers</li>
<li><a class="u-email" href="mailto:tinycompilers@example.org">tinycompilers@example.org</a></li></ul></div>
<div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/tinycompilers"><svg class="svg-icon"><use
xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">tinycompilers</span></a></li></ul></div>
<div class="footer-col footer-col-3"><p>A workshop about small compilers, held with SPLASH-East.</p></div></div></div></footer></body></html>`;
const gQuestions = 'Questions? Open an issue on our GitHub repository.';
const jekyllWorkshop: TestPage = {
  name: 'heldout378-github-pages-jekyll-workshop',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Call for submissions', 'Important dates', 'Schedule', 'Organisers'],
  body: [...texts([...gIntro, ...gSubmit, ...gDates, ...gSchedule.flat(), ...gOrg]), gQuestions],
  bylines: ['Feb 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'About', 'Past editions', 'Code of conduct', 'TinyCompilers organisers', 'tinycompilers@example.org',
    'A workshop about small compilers, held with SPLASH-East.',
  ],
};

const cTitle = 'Calls for papers: Human-computer interaction';
const cIntro = [
  j(
    'This page lists the calls for papers in the area Human-computer interaction that are currently open on this service, sorted',
    'by submission deadline. Each call was posted by the conference organisers; check the conference website for the authoritative',
    'version of the call and for changes of deadline.',
  ),
];
const cCalls: [string, string, string, string, string, string][] = [
  ['TACTIL 2026', 'Workshop on Tactile and Haptic Interfaces for Older Adults', 'Lindqvarn, Norland', 'May 2, 2026', 'Jun 22, 2026', 'haptics, ageing'],
  ['CUI-DESK 2026', 'Conference on Conversational User Interfaces at Work', 'Port Ismay, Caledon', 'May 9, 2026', 'Sep 3, 2026', 'dialogue, workplace'],
  ['VISACC 2026', 'Symposium on Accessible Data Visualisation', 'online', 'May 15, 2026', 'Jul 14, 2026', 'accessibility, charts'],
  ['PlayEd 2026', 'Games and Play in Education Conference', 'Marrowgate, Estland', 'May 30, 2026', 'Oct 8, 2026', 'serious games, learning'],
  ['UrbanUX 2026', 'Workshop on Interaction Design for Public Space', 'Szenthalom, Pannor', 'Jun 6, 2026', 'Aug 27, 2026', 'smart cities, participation'],
  ['KIDINT 2026', 'International Conference on Children and Interactive Media', 'Avonlea Bay, Carrick', 'Jun 12, 2026', 'Nov 2, 2026', 'children, design'],
];
const cNote = [
  j(
    'To post a call for papers for your own event, log in and use the "New CFP" link of your conference. Calls are checked by',
    'our staff before they appear in the lists; this normally takes one working day.',
  ),
];
const cMenu = ['Home', 'CFP', 'Smart CFP', 'My EasyChair', 'Log in', 'Help'];
const cAreas = ['Artificial intelligence', 'Computer science', 'Economics', 'Engineering', 'Social sciences'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>EasyChair CFP: Human-computer interaction</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Calls for papers in Human-computer interaction">
<link href="/css/ec.css?v=241" rel="StyleSheet" type="text/css"><script src="/js/ec.js?v=241" type="text/javascript"></script>
<script type="text/javascript">var ec_cfp = {area:"hci",count:6,sort:"deadline"}; window.onload=function(){EC.init(ec_cfp);};</script></head>
<body><div id="ec_header"><table class="mainMenu" cellspacing="0" cellpadding="0"><tr><td class="logo"><a href="/"><img
src="/images/logoEasyChair.png" alt="EasyChair"></a></td>
<td class="menus">${cMenu.map((m) => `<span class="menuItem"><a href="/${m.toLowerCase().replace(/ /g, '')}">${m}</a></span>`).join('')}</td></tr></table></div>
<div id="ec_content" class="content"><div class="pagetitle"><h1>${cTitle}</h1></div>
<div class="cfp_filter"><form action="/cfp/area.cgi" method="get"><span class="label">Area:</span><select name="area">${cAreas
  .map((a) => `<option>${a}</option>`)
  .join('')}<option selected>Human-computer interaction</option></select>
<input type="checkbox" name="online" id="online"><label for="online">Virtual events only</label><input type="submit" value="Filter"></form></div>
<div class="cfp_intro">${ps(cIntro)}</div>
<table class="ct_table" cellpadding="3" cellspacing="0"><thead><tr class="ct_header"><th>Acronym</th><th>Name</th><th>Location</th>
<th>Submission deadline</th><th>Start date</th><th>Topics</th></tr></thead><tbody>
${rows(cCalls, 'green')}</tbody></table>
<div class="cfp_note">${ps(cNote)}</div></div>
<div id="ec_footer" class="footer"><a href="/privacy">Privacy</a> | <a href="/terms">Terms of service</a> | <a href="/cookies">Cookie policy</a>
<br>Copyright © 2002 – 2026 EasyChair</div>
<div id="cookieBox" class="cookieBox">EasyChair uses cookies for user authentication. To learn more about what cookies are used for, visit the cookie
policy page. <button onclick="EC.cookies.ok()">OK</button></div></body></html>`;
const easychairCfp: TestPage = {
  name: 'heldout378-easychair-cfp-listing',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([...cIntro, ...cCalls.flat(), ...cNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cMenu.filter((m) => m !== 'CFP'), 'Area:', ...cAreas, 'Virtual events only', 'Privacy', 'Terms of service', 'Cookie policy',
    'Copyright © 2002 – 2026 EasyChair',
    'EasyChair uses cookies for user authentication. To learn more about what cookies are used for, visit the cookie policy page.',
  ],
};

export const HELDOUT378_C: readonly TestPage[] = [jekyllWorkshop, easychairCfp];
