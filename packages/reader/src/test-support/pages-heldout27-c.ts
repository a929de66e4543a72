import { links, type TestPage, texts } from './page-kit.js';
import { githubWikiPage } from './pages-heldout27-c2.js';

/**
 * Held-out batch 27, file c: a BookStack page on a makerspace's public wiki (skip link, hidden notification boxes, the header
 * with logo, search and Shelves/Books/Log in, the tri-layout: tags, "Page Navigation" and the "Book Navigation" tree on the
 * left; the breadcrumbs with shelf, book, chapter and page, the permalink pointer, the page content with "bkmrk-" ids on every
 * block and a warning callout; the Previous/Next links; "Details" with revision and created/updated lines and "Actions"
 * with its export menu on the right; the footer links).
 */
const bkTitle = 'Laser cutter: before your first job';
const bkIntro = [
  'Our laser cutter is a 60 W CO2 machine with a 900 × 600 mm bed. It is one of the most popular tools in the space and also the ' +
    'one most likely to start a fire, so every member has to complete an induction before using it on their own. This page covers ' +
    'what you need to know before your first unsupervised job.',
];
const bkH1 = 'Booking a slot';
const bkBooking = [
  'Book the cutter through the members’ calendar in slots of up to two hours. You can hold at most two future bookings at a time. ' +
    'If you finish early, release the rest of your slot so someone else can use it.',
  'If you miss the start of your booking by more than fifteen minutes, the slot is released automatically.',
];
const bkH2 = 'What you can and cannot cut';
const bkSafeP = 'Safe to cut or engrave:';
const bkSafe = ['Plywood and MDF up to 6 mm', 'Cast acrylic up to 8 mm', 'Card, paper and vegetable-tanned leather', 'Cork sheet and wool felt'];
const bkNeverP = 'Never cut:';
const bkNever = [
  'PVC, vinyl or anything else containing chlorine',
  'Polycarbonate, which melts and catches fire instead of cutting',
  'Coated or mirrored acrylic',
  'Anything you cannot identify',
];
const bkDoubt =
  'If in doubt, ask a host before you load it. Material from the offcut shelf in the workshop is labelled, so use that if you ' +
  'are unsure what you have at home.';
const bkH3 = 'Before you press start';
const bkSteps = [
  'Switch on the extraction fan and check that you can hear it running.',
  'Check that the air assist is on and the lens is clean.',
  'Set the focus with the 5 mm gauge, not by eye.',
  'Run the frame outline so you can see exactly where the job will cut.',
];
const bkWarn =
  'Never leave the cutter running unattended, not even to fetch material. If anything in the bed flames for more than a second, ' +
  'press pause, and open the lid only once the flame is out.';
const bkH4 = 'After the job';
const bkAfter =
  'Leave the lid closed for a minute after the job ends so the fan can clear the smoke. Remove all offcuts, including the small ' +
  'pieces that fall through the honeycomb, and log your job time on the tablet next to the machine. Report anything unusual in ' +
  'the laser channel on the members’ chat, even if you fixed it yourself.';
const bkTags: [string, string][] = [
  ['Equipment', 'Laser'],
  ['Induction', 'Required'],
  ['Area', 'Workshop'],
];
const bkPages = ['Laser cutter: materials list', bkTitle, 'Laser cutter: maintenance log'];
const bkChapters = ['Getting started', 'Woodwork', 'Laser Cutting', '3D Printing', 'Electronics bench'];
const bkExport: [string, string][] = [
  ['Contained Web File', '.html'],
  ['PDF File', '.pdf'],
  ['Plain Text File', '.txt'],
  ['Markdown File', '.md'],
];
const id = (t: string) =>
  `bkmrk-${t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 20)}`;
const p = (t: string, cls = '') => `<p id="${id(t)}"${cls}>${t}</p>`;
const ul = (items: readonly string[], tag = 'ul') => `<${tag} id="${id(items[0] ?? '')}">${items.map((t) => `<li>${t}</li>`).join('\n')}</${tag}>`;
const h = (t: string) => `<h2 id="${id(t)}">${t}</h2>`;
const svg =
  '<svg class="svg-icon" data-icon="chevron-right" role="presentation" viewBox="0 0 24 24"><path d="M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"/></svg>';
const bkContent = [
  p(bkIntro[0] ?? ''),
  h(bkH1),
  ...bkBooking.map((t) => p(t)),
  h(bkH2),
  p(bkSafeP),
  ul(bkSafe),
  p(bkNeverP),
  ul(bkNever),
  p(bkDoubt),
  h(bkH3),
  ul(bkSteps, 'ol'),
  p(bkWarn, ' class="callout danger"'),
  h(bkH4),
  p(bkAfter),
].join('\n');
const crumb = (cls: string, href: string, t: string) =>
  `<a href="${href}" class="text-${cls} icon-list-item outline-hover"><span><svg class="svg-icon" data-icon="${cls}" role="presentation"></svg></span>` +
  `<span>${t}</span></a>`;
const bkTagsHtml = bkTags
  .map(
    ([n, v]) =>
      `<div class="tag-item primary-background-light" data-name="${n}" data-value="${v}"><div class="tag-name"><a href="/search?term=%5B${n}%5D">${n}</a>` +
      `</div><div class="tag-value"><a href="/search?term=%5B${n}%3D${v}%5D">${v}</a></div></div>`,
  )
  .join('\n');
const bkNavHtml = [bkH1, bkH2, bkH3, bkH4]
  .map(
    (t) =>
      `<li class="page-nav-item h2"><a href="#${id(t)}" class="text-limit-lines-1 block">${t}</a>` +
      `<div class="link-background sidebar-page-nav-bullet"></div></li>`,
  )
  .join('\n');
const treeItem = (cls: string, href: string, t: string, selected = '') =>
  `<a href="${href}" class="${cls} entity-list-item${selected}"><div class="content"><h4 class="entity-list-item-name break-text">${t}</h4></div></a>`;
const bkSub =
  '<div class="chapter-child-menu"><button type="button" class="text-muted mb-m" aria-expanded="true">3 Pages</button>' +
  `<ul class="chapter-list-item sub-menu inset-list" role="menu">${bkPages
    .map((t) => `<li class="list-item-page page">${treeItem('page', '#', t, t === bkTitle ? ' selected' : '')}</li>`)
    .join('')}</ul></div>`;
const bkTreeHtml = bkChapters
  .map(
    (c) =>
      `<li class="list-item-chapter chapter">${treeItem('chapter', `/books/workshop-handbook/chapter/${c.toLowerCase().replace(/ /g, '-')}`, c)}` +
      `${c === 'Laser Cutting' ? bkSub : ''}</li>`,
  )
  .join('\n');
const bkExportHtml = bkExport
  .map(([a, b]) => `<li><a href="/export/${b.slice(1)}" target="_blank" class="label-item"><span>${a}</span><span>${b}</span></a></li>`)
  .join('');
const bkHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr" class=""><head><title>${bkTitle} | Westbrook Makerspace Wiki</title>
<meta name="viewport" content="width=device-width"><meta name="token" content="r8V2mZsQeTq1c0kLhYwXbF9aJgUoNdPiCvE3tR5y">
<meta name="base-url" content="https://wiki.westbrookmakers.example"><meta charset="utf-8">
<meta property="og:title" content="${bkTitle} | Westbrook Makerspace Wiki"><meta property="og:url"
content="https://wiki.westbrookmakers.example/books/workshop-handbook/page/laser-cutter-before-your-first-job">
<link rel="stylesheet" href="https://wiki.westbrookmakers.example/dist/styles.css?version=v25.02.1">
<style id="custom-styles">:root { --color-primary: #2d6a4f; --color-primary-light: rgba(45,106,79,0.15); --color-link: #2d6a4f; --color-bookshelf: #a94747;
--color-book: #077b70; --color-chapter: #af4d0d; --color-page: #206ea7; }</style></head>
<body class="tri-layout" dir="ltr"><a class="px-m py-s skip-to-content-link" href="#main-content">Skip to main content</a>
<div component="notification" option:notification:type="success" option:notification:auto-hide="true" class="notification pos" role="alert"
style="display: none;">
<svg class="svg-icon" data-icon="check-circle" role="presentation"></svg> <span></span><div class="dismiss"><svg class="svg-icon"
data-icon="close"></svg></div></div>
<div component="notification" option:notification:type="error" class="notification neg" role="alert" style="display: none;"><span></span></div>
<header id="header" component="header-mobile-toggle" class="primary-background px-xl grid print-hidden">
<div class="flex-container-row justify-space-between gap-s items-center"><a href="https://wiki.westbrookmakers.example" data-shortcut="home_view" class="logo">
<img class="logo-image" src="/uploads/images/system/2024-05/westbrook-logo.png" alt="Logo"><span class="logo-text">Westbrook Makerspace Wiki</span></a>
<button type="button" refs="header-mobile-toggle@toggle" title="Expand Header Menu" aria-expanded="false" class="mobile-menu-toggle hide-over-l">
<svg class="svg-icon" data-icon="more"></svg></button></div>
<div class="flex-container-column items-center justify-center hide-under-l"><form component="global-search" action="/search" method="GET" role="search"
class="search-box"
tabindex="0"><button id="header-search-box-button" type="submit" aria-label="Search" tabindex="-1"><svg class="svg-icon" data-icon="search"></svg></button>
<input id="header-search-box-input" type="text" name="term" data-shortcut="global_search" autocomplete="off" aria-label="Search" placeholder="Search"
value=""></form></div>
<nav refs="header-mobile-toggle@menu" class="header-links"><div class="links text-center"><a href="/shelves" data-shortcut="shelves_view">
<svg class="svg-icon" data-icon="bookshelf"></svg>Shelves</a><a href="/books" data-shortcut="books_view"><svg class="svg-icon" data-icon="books"></svg>Books</a>
<a href="/login"><svg class="svg-icon" data-icon="login"></svg>Log in</a></div></nav></header>
<div id="content" components="tri-layout page-comments" class="block"><div class="tri-layout-mobile-tabs text-primary print-hidden">
<div class="grid half no-break no-gap"><button type="button" refs="tri-layout@tab" data-tab="info" aria-selected="true"
class="tri-layout-mobile-tab px-m py-m text-link active">Info</button>
<button type="button" refs="tri-layout@tab" data-tab="content" aria-selected="false"
class="tri-layout-mobile-tab px-m py-m text-link">Content</button></div></div>
<div refs="tri-layout@container" class="tri-layout-container"><div class="tri-layout-sides print-hidden"><div class="tri-layout-sides-content">
<div class="tri-layout-left print-hidden" id="sidebar"><aside class="tri-layout-left-contents">
<section class="mb-xl"><h5>Tags</h5><div class="tag-box"><div class="tags">
${bkTagsHtml}
</div></div></section>
<nav id="page-navigation" class="mb-xl" aria-label="Page Navigation"><h5>Page Navigation</h5><div class="body"><ul class="sidebar-page-nav menu">
${bkNavHtml}
</ul></div></nav>
<nav id="book-tree" class="book-tree mb-xl" aria-label="Book Navigation"><h5>Book Navigation</h5><ul class="sidebar-page-list mt-xs menu entity-list">
<li class="list-item-book book"><a href="/books/workshop-handbook" class="book entity-list-item"><span role="presentation" class="icon text-book"></span>
<div class="content"><h4 class="entity-list-item-name break-text">Workshop Handbook</h4></div></a></li>
${bkTreeHtml}
</ul></nav></aside></div>
<div class="tri-layout-right print-hidden"><aside class="tri-layout-right-contents">
<div id="page-details" class="entity-details mb-xl"><h5>Details</h5><div class="blended-links"><div class="entity-meta">
<div class="entity-meta-item"><svg class="svg-icon" data-icon="history"></svg><div>Revision #7</div></div>
<div class="entity-meta-item"><svg class="svg-icon" data-icon="star"></svg><div>Created <span title="Mon, Oct 13, 2025 7:02 PM">5 months ago</span> by
<a href="/user/priya-natarajan">Priya Natarajan</a></div></div>
<div class="entity-meta-item"><svg class="svg-icon" data-icon="edit"></svg><div>Updated <span title="Tue, Mar 3, 2026 9:48 PM">2 weeks ago</span> by
<a href="/user/owen-fairley">Owen Fairley</a></div></div></div></div></div>
<div class="actions mb-xl"><h5>Actions</h5><div class="icon-list text-link"><a href="/books/workshop-handbook/page/laser-cutter-before-your-first-job/revisions"
class="icon-list-item"><span><svg class="svg-icon" data-icon="history"></svg></span><span>Revisions</span></a>
<div component="dropdown" class="dropdown-container" id="export-menu"><div refs="dropdown@toggle" class="icon-list-item" aria-haspopup="true"
aria-expanded="false"
aria-label="Export" data-dropdown-toggle="true" tabindex="0"><span><svg class="svg-icon" data-icon="export"></svg></span><span>Export</span></div>
<ul refs="dropdown@menu" class="wide dropdown-menu" role="menu">${bkExportHtml}</ul></div>
</div></div></aside></div></div></div>
<div class="tri-layout-middle"><div id="main-content" class="tri-layout-middle-contents"><div class="mb-m print-hidden">
<nav class="breadcrumbs text-center" aria-label="Breadcrumb" component="dropdown-breadcrumbs">
${crumb('bookshelf', '/shelves/workshop', 'Workshop')}${svg}${crumb('book', '/books/workshop-handbook', 'Workshop Handbook')}${svg}
${crumb('chapter', '/books/workshop-handbook/chapter/laser-cutting', 'Laser Cutting')}${svg}${crumb('page', '#', bkTitle)}</nav></div>
<main class="content-wrap card"><div class="page-content clearfix" page-display="412">
<div component="pointer" class="pointer-container" id="pointer" option:pointer:page-id="412"><div class="pointer anim" role="toolbar">
<span class="icon mr-xxs"><svg class="svg-icon" data-icon="link"></svg></span><div class="input-group inline block">
<input refs="pointer@input" readonly="readonly" type="text" id="pointer-url" placeholder="url" class="input-fill-width">
<button refs="pointer@button" class="button outline icon" type="button" title="Copy Link"><svg class="svg-icon"
data-icon="copy"></svg></button></div></div></div>
<h1 class="break-text" id="bkmrk-page-title">${bkTitle}</h1><div style="clear:left;"></div>
<div dir="auto">
${bkContent}
</div></div></main>
<nav class="flex-container-row justify-space-between gap-m items-center mb-xl" aria-label="Previous and next pages">
<a href="/books/workshop-handbook/page/laser-cutter-materials-list" class="previous outline-hover no-link-style block rounded"><div
class="flex-container-row gap-m items-center">
<span class="icon">${svg}</span><div class="flex"><div class="text-muted">Previous</div><div
class="entity-list-item-name break-text">${bkPages[0]}</div></div></div></a>
<a href="/books/workshop-handbook/page/laser-cutter-maintenance-log" class="next text-right outline-hover no-link-style block rounded">
<div class="flex-container-row gap-m items-center justify-flex-end"><div class="flex"><div class="text-muted">Next</div>
<div class="entity-list-item-name break-text">${bkPages[2]}</div></div><span class="icon">${svg}</span></div></a></nav>
</div></div></div></div>
<footer class="print-hidden"><ul>${links(['Privacy Policy', 'Terms of Service', 'Members’ Code of Conduct'])}</ul></footer>
<script src="https://wiki.westbrookmakers.example/dist/app.js?version=v25.02.1" type="module" nonce="Xk2yVq9R"></script></body></html>`;
const bookstackPage: TestPage = {
  html: bkHtml,
  name: 'heldout27-bookstack-page',
  kind: 'wiki',
  // the page content is body: paragraphs, the "Safe to cut or engrave:" and "Never cut:" lead-ins, list items, the steps and
  // the danger callout (a warning written in the page, not site furniture); its four h2s are the headings; the "Created ...
  // by" and "Updated ... by" lines are the bylines; "Revision #7", tags, "Page Navigation" (its entries repeat the headings:
  // not listed), the book tree (its own page's entry is the title: not listed), breadcrumbs (the last one is the title),
  // Previous/Next with the neighbouring pages, Details, Actions and the export menu, the mobile tabs, header, footer are furniture;
  // the tag value "Laser" is a word of the title: left out
  title: bkTitle,
  headings: [bkH1, bkH2, bkH3, bkH4],
  body: [...texts(bkIntro), ...texts(bkBooking), bkSafeP, ...bkSafe, bkNeverP, ...bkNever, bkDoubt, ...bkSteps, bkWarn, bkAfter],
  bylines: ['Created 5 months ago by Priya Natarajan', 'Updated 2 weeks ago by Owen Fairley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Westbrook Makerspace Wiki', 'Shelves', 'Books', 'Log in', 'Info', 'Content', 'Tags',
    ...bkTags.flat().filter((t) => t !== 'Laser'), 'Page Navigation',
    'Book Navigation', 'Workshop Handbook', ...bkChapters.filter((c) => c !== 'Laser Cutting'), 'Laser Cutting', '3 Pages', bkPages[0] ?? '',
    bkPages[2] ?? '', 'Details', 'Revision #7', 'Actions', 'Revisions', 'Export', ...bkExport.map((e) => e[0]), 'Previous', 'Next',
    'Privacy Policy', 'Terms of Service', 'Members’ Code of Conduct',
  ],
};

export const HELDOUT27_C: readonly TestPage[] = [bookstackPage, githubWikiPage];
