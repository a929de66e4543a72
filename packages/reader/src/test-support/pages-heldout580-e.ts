import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, fur, j, lis, rows, rowText } from './pages-heldout580-kit.js';

/**
 * Held-out batch 580, file e: a DJ duo's technical rider on a Hugo site with the Docsy theme (sidebar, page TOC, breadcrumb,
 * last-modified line), and a mobile disco's wedding prices page in an old table layout with font tags and a hit counter.
 */
const tTitle = 'Technical rider';
const tLead = 'What we bring, what we need from the venue, and when we arrive. Please pass this page to your venue coordinator.';
const tSecs: { head: string; html: string; gold: string[] }[] = [];
const tPower = ['Two separate 13-amp sockets within 10 metres of the DJ position', 'Sockets on a circuit not shared with catering equipment'];
const tSpace = j(
  'We need a flat area of 3 by 2 metres for the booth, plus a route from the loading door without steps. If there are steps or a',
  'lift smaller than 1.4 metres deep, tell us a week ahead so we can bring the smaller booth.',
);
const tKit = [
  ['Speakers', '2 × 12-inch active tops, 1 × 15-inch sub', 'Up to 200 guests'],
  ['Mixer', '4-channel DJ mixer with two mic inputs', '–'],
  ['Microphones', '2 × wireless handheld', 'For speeches and announcements'],
  ['Lighting', '4 × LED wash, 2 × moving heads, haze machine', 'Haze only if the venue allows'],
];
const tAlert = 'Many venues have sound limiters. Send us the limiter setting in decibels and we will set our levels to stay under it.';
const tTimes = j(
  'We arrive 90 minutes before the music starts and need 60 minutes to set up. Pack-down takes 45 minutes, and we are',
  'usually off site within an hour of the last song.',
);
tSecs.push(
  { head: 'Power', html: `<ul>${lis(tPower)}</ul>`, gold: tPower },
  { head: 'Space and access', html: ps([tSpace]), gold: [tSpace] },
  {
    head: 'Equipment we bring',
    html: `<table class="table"><thead><tr><th>Item</th><th>Details</th><th>Notes</th></tr></thead><tbody>${rows(tKit)}</tbody></table>
<div class="alert alert-warning" role="alert"><p>${tAlert}</p></div>`,
    gold: [...tKit.map(rowText), tAlert],
  },
  { head: 'Timings', html: ps([tTimes]), gold: [tTimes] },
);
const tSide = ['For planners', 'Booking process', 'Technical rider', 'Music planning form', 'Venue list', 'For venues'];
const tNav = ['Home', 'Planners', 'Mixes', 'Contact'];
const tId = (h: string): string => h.toLowerCase().replace(/ /g, '-');
const tHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.125.4">
<link rel="canonical" type="text/html" href="https://nightjardjs.com/docs/technical-rider/"><title>Technical rider | Nightjar DJs</title>
<meta name="description" content="${tLead}"><meta property="og:title" content="Technical rider"><meta itemprop="dateModified"
 content="2025-03-02T10:41:07+00:00">
<link rel="preload" href="/scss/main.min.4c1b2e.css" as="style"><link href="/scss/main.min.4c1b2e.css" rel="stylesheet" integrity="">
<script src="https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Nightjar DJs</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${tNav
  .map((n) => `<li class="nav-item"><a class="nav-link" href="/${n.toLowerCase()}/"><span>${n}</span></a></li>`)
  .join('')}</ul></div><div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
 class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
 data-offline-search-index-json-src="/offline-search-index.json"></div></div>
</div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav foldable-nav" id="td-section-nav"><ul
 class="td-sidebar-nav__section pe-md-3 ul-0">
${links(tSide, 'td-sidebar-nav__section-title td-sidebar-nav__section')}</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0"><a
 href="https://github.com/nightjardjs/site/edit/main/content/en/docs/technical-rider.md"
 class="td-page-meta--edit td-page-meta__edit" target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="javascript:window.print();" class="td-page-meta--print td-page-meta__print"><i class="fa-solid fa-print fa-fw"></i> Print entire section</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${tSecs.map((s) => `<li><a href="#${tId(s.head)}">${s.head}</a></li>`).join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb"><li
 class="breadcrumb-item">
<a href="/docs/">For planners</a></li><li class="breadcrumb-item active" aria-current="page">Technical rider</li></ol></nav>
<div class="td-content"><h1>${tTitle}</h1><div class="lead">${tLead}</div><header class="article-meta"></header>
${tSecs.map((s) => `<h2 id="${tId(s.head)}">${s.head}</h2>\n${s.html}`).join('\n')}
<div class="td-page-meta__lastmod">Last modified March 2, 2025: <a
 href="https://github.com/nightjardjs/site/commit/3f2a1b9">update load-in times (3f2a1b9)</a></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item" title="Instagram"><a target="_blank" rel="noopener" href="https://instagram.com/nightjardjs"
 aria-label="Instagram"><i class="fab fa-instagram"></i></a></li></ul></div><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2025 <span class="td-footer__authors">Nightjar DJs</span></span> <span
 class="td-footer__all_rights_reserved">All Rights
 Reserved</span></div></div></div></footer></div>
<script src="/js/main.min.7a2e9c.js" integrity="" crossorigin="anonymous"></script><script src="/js/tabpane-persist.js"></script></body></html>`;
const tHeads = tSecs.map((s) => s.head);
const tBody = [tLead, ...tSecs.flatMap((s) => s.gold)];
const nightjar: TestPage = {
  name: 'heldout580-hugo-docsy-tech-rider',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: tBody,
  bylines: ['Last modified March 2, 2025: update load-in times (3f2a1b9)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([tTitle, ...tHeads, ...tBody], [
    'Nightjar DJs', ...tNav, ...tSide, 'Edit this page', 'Print entire section', 'Item', 'Details', 'Notes', '© 2025 Nightjar DJs', 'All Rights Reserved',
  ]),
};

const oTitle = 'Wedding Disco Prices 2025';
const oIntro = j(
  'All our wedding packages include a professional DJ, full sound system, disco lighting and a microphone for the speeches.',
  'We have been playing weddings in Lincolnshire and Nottinghamshire since 1996!',
);
const oRows = [
  ['Bronze', '4 hours, sound system and disco lights', '£295'],
  ['Silver', '5 hours, sound, lights and LED starcloth backdrop', '£395'],
  ['Gold', '6 hours, everything in Silver plus uplighters around the room', '£495'],
  ['Platinum', '6 hours, everything in Gold plus dancing-on-the-clouds first dance', '£650'],
];
const oNotes = [
  'A £50 deposit secures your date. The balance is due on the night.',
  'Travel is free within 30 miles of Newark. After that we charge 50p a mile.',
  'We carry PAT tested equipment and £5 million public liability insurance.',
];
const oNav = ['Home', 'Prices', 'Gallery', 'Testimonials', 'Contact Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Starlite Mobile Disco - Wedding Prices - Newark, Lincoln, Nottingham</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="mobile disco, wedding dj, newark, lincoln, nottingham">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><script language="JavaScript">function MM_swapImgRestore() { var i,x,a=document.MM_sr;
 for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }</script></head>
<body bgcolor="#000033" text="#FFFFFF" link="#FFCC00" vlink="#FFCC00" topmargin="0" leftmargin="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#000066"><tr><td colspan="2"><img src="images/header.gif" width="760"
 height="120" alt="Starlite Mobile Disco"></td></tr>
<tr><td width="160" valign="top" bgcolor="#000044"><table width="100%" border="0" cellpadding="4">${oNav
  .map(
    (n) =>
      `<tr><td><a href="${n.toLowerCase().replace(/ /g, '')}.htm"><img src="images/btn_${n.toLowerCase().replace(/ /g, '')}.gif" border="0"
 alt="${n}"></a></td></tr>`,
  )
  .join('\n')}</table><br><center><font face="Verdana" size="1">Member of the<br>National Association<br>of Disc Jockeys</font></center></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="10"><tr><td><font face="Verdana, Arial" size="5"
 color="#FFCC00"><b>${oTitle}</b></font>
<p><font face="Verdana, Arial" size="2">${oIntro}</font></p>
<table width="100%" border="1" cellpadding="6" cellspacing="0" bordercolor="#FFCC00"><tr bgcolor="#333399"><td><b>Package</b></td><td><b>What you get</b></td>
<td><b>Price</b></td></tr>
${rows(oRows)}</table>
<p><font face="Verdana, Arial" size="2">${oNotes.map(esc).join('<br>\n')}</font></p>
<p align="center"><font face="Verdana" size="3"><b><a href="contactus.htm">Check your date now!</a></b></font></p></td></tr></table></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana" size="1"><a href="index.htm">Home</a> | <a href="prices.htm">Prices</a> | <a
 href="gallery.htm">Gallery</a> |
 <a href="testimonials.htm">Testimonials</a> | <a
 href="contactus.htm">Contact Us</a><br>Starlite Mobile Disco, 14 Castle View, Newark NG24 1XX · Tel 01636 555 014<br>
You are visitor number <img src="/cgi-bin/counter.pl?page=prices"
 alt="counter"> since March 2003<br>Best viewed at 800 x 600 in Internet Explorer</font></td></tr>
</table></body></html>`;
const oBody = [oIntro, ...oRows.map(rowText), ...oNotes];
const starlite: TestPage = {
  name: 'heldout580-table-layout-disco-prices',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([oTitle, ...oBody], [
    'Member of the National Association of Disc Jockeys', 'Package', 'What you get', 'Price', 'Check your date now!',
    'Home | Prices | Gallery | Testimonials | Contact Us', 'Starlite Mobile Disco, 14 Castle View, Newark NG24 1XX · Tel 01636 555 014',
    'You are visitor number since March 2003', 'Best viewed at 800 x 600 in Internet Explorer',
  ]),
};

export const HELDOUT580_E: readonly TestPage[] = [nightjar, starlite];
