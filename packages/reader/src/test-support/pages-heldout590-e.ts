import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout590-kit.js';

/** Held-out batch 590, file e: an agency's tutor handbook page on Hugo (Docsy), and a staff wiki page on MediaWiki (Vector 2022). */
const hTitle = 'Writing lesson notes for parents';
const hLead = 'Every lesson ends with a short note to the parent. This page explains what goes in it and when to send it.';
const hSecs: [string, string[]][] = [
  [
    'When to send the note',
    [
      j(
        'Send the note through the tutor app within two hours of the end of the lesson. Notes sent the next day are much less',
        'likely to be read, and parents often use them to plan the week’s homework.',
      ),
    ],
  ],
  [
    'What to include',
    [
      'Use the three fields in the app, and keep each one to two or three sentences:',
      '<strong>Covered</strong>: the topics and skills you worked on, in words a parent will understand.',
      '<strong>Going well</strong>: one specific thing the student did better than last time.',
      '<strong>Homework</strong>: what to practise, how long it should take, and where to find it.',
      '<strong>Tip:</strong> write the note before you close the whiteboard, while the lesson is fresh.',
    ],
  ],
  [
    'What not to include',
    [
      j(
        'Do not include predicted grades, comments on the student’s school or teachers, or anything about the student’s wellbeing.',
        'If you have a concern about a student’s safety or wellbeing, follow the safeguarding procedure instead and speak to the',
        'Designated Safeguarding Lead the same day.',
      ),
    ],
  ],
];
const hSide = ['Getting started', 'Your first lesson', 'Lesson notes', 'Invoicing', 'Safeguarding procedure', 'Cancellations'];
const hMod = 'Last modified March 3, 2027: Add homework field (4f2a1c9)';
const hModHtml = hMod.replace(': Add', ': <a href="https://github.com/kestrel-tutors/handbook/commit/4f2a1c9" target="_blank">Add').replace(')', ')</a>');
const hBodyHtml = hSecs
  .map(([h, b]) => {
    const id = h.toLowerCase().replace(/ /g, '-');
    if (b.length === 1) return `<h2 id="${id}">${h}</h2>\n${ps(b)}`;
    return `<h2 id="${id}">${h}</h2>\n${ps(b.slice(0, 1))}<ul>\n${lis(b.slice(1, 4))}\n</ul>
<div class="alert alert-info" role="alert">${b[4] ?? ''}</div>`;
  })
  .join('\n');
const hHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.125.4">
<link rel="canonical" type="text/html" href="https://handbook.kestreltutors.co.uk/docs/lessons/lesson-notes/"><meta name="robots" content="noindex, nofollow">
<title>${hTitle} | Kestrel Tutor Handbook</title><meta name="description" content="${hLead}">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:modified_time"
content="2027-03-03T11:20:00+00:00">
<link rel="preload" href="/scss/main.min.5c3e2f.css" as="style"><link href="/scss/main.min.5c3e2f.css" rel="stylesheet" integrity="">
<script src="/js/jquery-3.7.1.min.js" integrity="sha512-v2CJ7UaYy4JwqLDIrZUI" crossorigin="anonymous"></script></head>
<body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll"
data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Kestrel Tutor Handbook</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link active"
href="/docs/"><span>Handbook</span></a></li>
<li class="nav-item"><a class="nav-link" href="https://app.kestreltutors.co.uk" target="_blank" rel="noopener"><span>Tutor app</span></a></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.json"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav collapse foldable-nav"
id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path" id="m-docs-li"><a href="/docs/"
class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root" id="m-docs">
<span>Handbook</span></a><ul class="ul-1">${hSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child"><a href="/docs/${t.toLowerCase().replace(/ /g, '-')}/"
class="align-left ps-0 td-sidebar-link td-sidebar-link__page"><span class="">${t}</span></a></li>`,
  )
  .join('\n')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/kestrel-tutors/handbook/edit/main/content/docs/lessons/lesson-notes.md" class="td-page-meta--edit td-page-meta__edit"
target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/kestrel-tutors/handbook/issues/new?title=Lesson%20notes" class="td-page-meta--issue td-page-meta__issue" target="_blank"
rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a>
<a id="print" href="/docs/lessons/_print/"><i class="fa-solid fa-print fa-fw"></i> Print entire section</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${hSecs
  .map(
    ([h]) => `<li><a
href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`,
  )
  .join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Handbook</a></li><li class="breadcrumb-item"><a href="/docs/lessons/">Lessons</a></li>
<li class="breadcrumb-item active" aria-current="page">Lesson notes</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>
${hBodyHtml}
<div class="td-page-meta__lastmod">${hModHtml}</div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip" title="Tutor support" aria-label="Tutor support">
<a target="_blank" rel="noopener" href="mailto:tutors@kestreltutors.co.uk" aria-label="Tutor support"><i class="fa fa-envelope"></i></a></li></ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">&copy; 2027
<span class="td-footer__authors">Kestrel Tutors Ltd</span></span>
<span class="td-footer__all_rights_reserved">All Rights Reserved</span><span class="ms-2"><a href="/privacy/" target="_blank"
rel="noopener">Privacy Policy</a></span></div></div></div></footer></div>
<script src="/js/main.min.2f1e0c.js" integrity="sha256-Qd3b" crossorigin="anonymous"></script><script src="/js/prism.js"></script></body></html>`;
const hugo: TestPage = {
  name: 'heldout590-hugo-docsy-lesson-notes',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: texts([hLead, ...hSecs.flatMap(([, b]) => b)]),
  bylines: [hMod],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel Tutor Handbook', 'Handbook', ...hSide.filter((t) => t !== 'Safeguarding procedure' && t !== 'Lesson notes'), 'Edit this page',
    'Create documentation issue', 'Print entire section', 'Lessons', '© 2027 Kestrel Tutors Ltd', 'All Rights Reserved', 'Privacy Policy',
  ],
};

const mTitle = 'Exam access arrangements';
const mIntro = [
  j(
    '<b>Exam access arrangements</b> are changes to the way a student sits an exam, agreed by their school or college before the',
    'exam series, so that a disability or learning difficulty does not stop them showing what they know.',
  ),
  j('Tutors do not apply for arrangements. Our job is to know which ones a student has, so that we can practise under the same', 'conditions.'),
];
const mRows = [
  ['25% extra time', 'Slow reading or writing speed', 'Time every past paper with the extra time included'],
  ['Reader or computer reader', 'Reading difficulty', 'Practise with a reader app, not a parent reading aloud'],
  ['Word processor', 'Handwriting difficulty', 'Set written answers to be typed, with spellcheck turned off'],
  ['Rest breaks', 'Concentration or anxiety', 'Agree when to pause in longer practice papers'],
];
const mAsk = [
  'Ask the parent at the first lesson whether the student has any access arrangements, and note them on the student record.',
  j(
    'If you think a student may need an arrangement they do not have, do not tell the family they qualify. Tell the office, who',
    'will suggest the parent speaks to the school’s special educational needs coordinator.',
  ),
];
const mSeeAlso = ['Safeguarding procedure', 'Working with SEND students'];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mEdited = 'This page was last edited on 14 January 2027, at 16:05.';
const mUrl = 'https://wiki.ashgrovetutors.co.uk/index.php?title=Exam_access_arrangements&amp;oldid=812';
const mHead = (id: string, t: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Exam_access_arrangements&amp;action=edit&amp;section=${n}" title="Edit section:
${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Ashgrove Tutors Staff Wiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Exam_access_arrangements","wgTitle":"Exam access arrangements","wgCurRevisionId":812,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<meta name="robots" content="noindex,nofollow"><link rel="edit" title="Edit" href="/index.php?title=Exam_access_arrangements&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Exam_access_arrangements
rootpage-Exam_access_arrangements skin-vector-2022 action-view">
<a class="mw-jump-link"
href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Ashgrove Tutors Staff Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><div class="vector-typeahead-search-container">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search"
placeholder="Search Ashgrove Tutors Staff Wiki" aria-label="Search Ashgrove Tutors Staff Wiki"
id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet"><ul class="vector-menu-content-list">
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log
in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc"
class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${['Common arrangements', 'What to ask', 'See also']
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-text">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Exam_access_arrangements"
accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Exam_access_arrangements&amp;action=edit&amp;redlink=1"
rel="discussion"><span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views"
class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Exam_access_arrangements"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Exam_access_arrangements&amp;action=edit"
accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Exam_access_arrangements&amp;action=history"
accesskey="h"><span>View history</span></a></li></ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown"
class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb">
<div class="vector-menu-heading">General</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"
data-mw-ve-target-container><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Ashgrove Tutors Staff Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${ps(mIntro)}
${mHead('Common_arrangements', 'Common arrangements', 1)}
<table class="wikitable"><tbody><tr><th>Arrangement</th><th>Typical reason</th><th>What it means for tutoring</th></tr>
${mRows.map((r) => tr(r)).join('\n')}</tbody></table>
${mHead('What_to_ask', 'What to ask', 2)}
<ul>${lis(mAsk)}</ul>
${mHead('See_also', 'See also', 3)}
<ul>${mSeeAlso.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('')}</ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20270114160512 --></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="${mUrl}">${mUrl}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Exams" title="Category:Exams">Exams</a></li><li><a href="/wiki/Category:Tutor_guidance"
title="Category:Tutor guidance">Tutor guidance</a></li></ul></div></div>
</div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${mEdited}</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Ashgrove:Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a
href="/wiki/Ashgrove:About">About Ashgrove Tutors Staff Wiki</a></li>
<li id="footer-places-disclaimers"><a href="/wiki/Ashgrove:General_disclaimer">Disclaimers</a></li></ul><ul id="footer-icons"
class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout590-mediawiki-access-arrangements',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: ['Common arrangements', 'What to ask', 'See also'],
  body: texts([...mIntro, ...mRows.map(rowText), ...mAsk, ...mSeeAlso]),
  bylines: [mEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mMenu, 'Ashgrove Tutors Staff Wiki', 'Search', 'Log in', 'Contents', 'hide', '(Top)', 'Page',
    'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'General', ...mTools, 'From Ashgrove Tutors Staff Wiki', 'edit',
    'Retrieved from "https://wiki.ashgrovetutors.co.uk/index.php?title=Exam_access_arrangements&oldid=812"', 'Categories', 'Exams', 'Tutor guidance',
    'Privacy policy', 'About Ashgrove Tutors Staff Wiki', 'Disclaimers',
  ],
};

export const HELDOUT590_E: readonly TestPage[] = [hugo, mediawiki];
