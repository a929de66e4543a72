import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout522-kit.js';

/**
 * Held-out batch 522, file f: a small glazier's emergency board-up page on an old hand-made table layout (font tags, image
 * nav column, hit counter), and an alarm panel how-to on a security installer's Hugo site (Docsy theme: sidebar tree, page
 * TOC, edit links, alert shortcode, feedback widget, last-modified line).
 */
const tTitle = 'Emergency Board-Up &amp; Glass Replacement';
const tBody = [
  j(
    'Broken window or smashed door panel? We provide a 24 hour emergency boarding service throughout Pellham and the surrounding',
    'villages. Our glaziers will make your property safe and secure the same night, and come back to fit the new glass as soon',
    'as it is made.',
  ),
  'We can supply and fit:',
  'Toughened and laminated safety glass',
  'Sealed double glazed units in any size',
  'Leaded and Georgian wired glass',
  'Shop fronts and display windows',
  'Call <b>01632 960 531</b> at any time. Insurance work welcome.',
];
const tNav = ['Home', 'Double Glazing', 'Emergency Service', 'Mirrors &amp; Table Tops', 'Price Guide', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Pellham Glass - Emergency Board-Up Service</title>
<meta name="keywords" content="glazier pellham, emergency glazier, board up, broken window, double glazing repair">
<meta name="description" content="24 hour emergency boarding and glass replacement in Pellham."><link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/header.jpg" width="780" height="120"
alt="Pellham Glass Ltd"></td></tr>
<tr><td colspan="2" bgcolor="#003366" height="24"><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;&nbsp;Established 1979 · Family run · Fully
insured</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6EEF5"><table width="160" border="0" cellpadding="4" cellspacing="0">
${tNav
  .map(
    (n) => `<tr><td><a href="${n.split(' ')[0]?.toLowerCase()}.htm" class="nav"><font face="Verdana" size="2"><b>${n}</b></font></a></td>
</tr>`,
  )
  .join('\n')}
<tr><td><img src="images/ggf_logo.gif" width="120" height="60" alt="GGF Member"></td></tr></table></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="4" color="#003366"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${tBody[0]}<br><br>${tBody[1]}
<ul>${lis(tBody.slice(2, 6))}</ul>${tBody[6]}</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">Pellham Glass Ltd, 12 Station Parade, Pellham &nbsp;|&nbsp;
© 2009</font></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana" size="1">You are visitor number <img src="/cgi-bin/counter.pl?page=emergency" alt="counter"> &nbsp;
Site by WebWorks Pellham</font></td></tr>
</table></body></html>`;
const tables: TestPage = {
  name: 'heldout522-table-layout-board-up',
  kind: 'docs',
  html: tHtml,
  title: 'Emergency Board-Up & Glass Replacement',
  headings: [],
  body: texts(tBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Established 1979 · Family run · Fully insured', ...texts(tNav), 'Pellham Glass Ltd, 12 Station Parade, Pellham | © 2009',
    'You are visitor number Site by WebWorks Pellham',
  ]),
};

const hTitle = 'Set the entry and exit delays';
const hLead = 'Change how long the HX4 panel waits before the alarm sounds after a door opens, and how long you have to leave once it is set.';
const hBody = [
  hLead,
  j(
    'The entry delay starts when an entry route zone, usually the front door contact, is opened while the system is set. The exit',
    'delay starts when you set the system from the keypad. Both are set per area, and both must stay within the limits for your grade.',
  ),
  'Before you start',
  'You need the installer code. The user master code does not give access to the timers menu.',
  'Change the delays',
  'Enter the installer code and press <strong>Menu</strong>.',
  'Go to <strong>Areas</strong>, choose the area and then <strong>Timers</strong>.',
  'Enter the new entry and exit times in seconds and press <strong>Save</strong>.',
  'Exit the installer menu and test both delays from the front door.',
  'The keypad path is:',
  'Note',
  j(
    'If the system is police monitored, an entry delay longer than 45 seconds may break the conditions of your response. Check',
    'with your alarm receiving centre first.',
  ),
  'Recommended settings',
  j(
    'For most homes we recommend an entry delay of 30 seconds and an exit delay of 45 seconds. Larger houses where the keypad is',
    'far from the door may need an entry delay of up to 45 seconds.',
  ),
];
const hHeadIdx = [2, 4, 10, 12];
const hSide = ['Getting started', 'Setting and unsetting', 'Users and codes', 'Timers and delays', 'Zones', 'Troubleshooting'];
const hCrumbs = ['HX4 panel', 'Configuration'];
const hHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.134.2">
<title>${hTitle} | Halden Security Docs</title><meta name="description" content="${hLead}"><meta property="og:title" content="${hTitle}">
<link rel="preload" href="/scss/main.min.4f3e2d1c.css" as="style"><link href="/scss/main.min.4f3e2d1c.css" rel="stylesheet">
<script src="https://code.jquery.com/jquery-3.7.1.min.js"
integrity="sha512-v2CJ7UaYy4JwqLDIrZUI/4hqeoQieOmAZNXBeQyjo21dadnwR+8ZaIJVT8EE2iyI61OV8e6M8PP2/4hpQINQ/g==" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__name">Halden Security Docs</span></a><div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar">
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/docs/"><span>Documentation</span></a></li>
<li class="nav-item"><a class="nav-link" href="https://haldensecurity.example/support"><span>Support</span></a></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search"><div class="td-search__icon"></div><input type="search" class="td-search__input form-control
td-search-input"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav collapse"
id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path"><a href="/docs/hx4/"
class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root"><span>HX4 panel</span></a><ul class="ul-1">
${hSide
  .map(
    (s) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child"><a class="align-left ps-0 td-sidebar-link
td-sidebar-link__page${s === 'Timers and delays' ? ' active' : ''}" href="/docs/hx4/x/"><span>${s}</span></a></li>`,
  )
  .join('\n')}
</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/halden-security/docs/edit/main/content/en/docs/hx4/timers.md" class="td-page-meta--edit td-page-meta__edit" target="_blank"
rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/halden-security/docs/issues/new?title=Set%20the%20entry%20and%20exit%20delays" class="td-page-meta--issue td-page-meta__issue"
target="_blank" rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul><li><a href="#before-you-start">${hBody[2]}</a></li><li><a href="#change-the-delays">${hBody[4]}</a></li>
<li><a href="#recommended-settings">${hBody[12]}</a></li></ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/hx4/">${hCrumbs[0]}</a></li><li class="breadcrumb-item"><a href="/docs/hx4/config/">${hCrumbs[1]}</a></li>
<li class="breadcrumb-item active" aria-current="page">${hTitle}</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div>
<header class="article-meta"></header>
${ps([hBody[1] ?? ''])}
<h2 id="before-you-start">${hBody[2]}</h2>${ps([hBody[3] ?? ''])}
<h2 id="change-the-delays">${hBody[4]}</h2><ol>${lis(hBody.slice(5, 9))}</ol>${ps([hBody[9] ?? ''])}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-text" data-lang="text"><span class="line"><span class="cl">Menu &gt; Areas &gt;
Area 1 &gt; Timers &gt; Entry 1 / Exit
</span></span></code></pre></div>
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">${hBody[10]}</h4>${hBody[11]}</div>
<h2 id="recommended-settings">${hBody[12]}</h2>${ps([hBody[13] ?? ''])}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button><button class="btn btn-primary mb-4 feedback--answer
feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes">Glad to hear it! Please <a target="_blank" href="https://github.com/halden-security/docs/issues/new">tell
us how we can improve</a>.</p>
<p class="feedback--response feedback--response-no">Sorry to hear that. Please <a target="_blank"
href="https://github.com/halden-security/docs/issues/new">tell us how we can improve</a>.</p></div>
<div class="td-page-meta__lastmod">Last modified September 30, 2026: <a href="https://github.com/halden-security/docs/commit/4f2a9c1">Clarify entry delay
limits (4f2a9c1)</a></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">Halden Security Ltd</span></span> <span
class="td-footer__all_rights_reserved">All Rights Reserved</span>
</div></div></div></footer></div><script src="/js/main.min.7c1e2b4f.js" integrity="sha256-x1" crossorigin="anonymous"></script></body></html>`;
const docsy: TestPage = {
  name: 'heldout522-docsy-entry-delay',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeadIdx.map((i) => hBody[i] ?? ''),
  body: texts(hBody.filter((_, i) => !hHeadIdx.includes(i))),
  bylines: ['Last modified September 30, 2026: Clarify entry delay limits (4f2a9c1)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Halden Security Docs', 'Documentation', 'Support', ...hSide, ...hCrumbs, 'Edit this page', 'Create documentation issue', 'Feedback',
    'Was this page helpful?', 'Yes', 'No', '© 2026 Halden Security Ltd', 'All Rights Reserved',
  ]),
};

export const HELDOUT522_F: readonly TestPage[] = [tables, docsy];
