import { links, ps, type TestPage, texts } from './page-kit.js';
import { github } from './pages-heldout257-d2.js';
import { j } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file d: a food co-op's BookStack page (tri-layout: header with Shelves / Books, left column with
 * tags and Book Navigation, right column with Details and Actions and the export menu, breadcrumbs, callouts, the
 * previous / next page links, the comments section and the footer links) and, from file d2, a GitHub repository wiki page.
 */
const bTitle = 'Cold room temperature logging';
const bIntro = [
  j(
    'The walk-in cold room holds everything the co-op sells chilled: dairy, tofu, fresh pasta and the vegetables that will not keep',
    'on the shop floor. Environmental health expects a written temperature record for it, and so do our own insurers.',
  ),
];
const bWarn = 'If the display reads above 8 °C, do not wait for the following check. Follow the steps under "When it is too warm" straight away.';
const bWhen = [
  j(
    "Readings are taken three times a day: when the shop opens, at two o'clock and at closing. Whoever holds the keys for that",
    'shift is responsible, even if they hand the task to a volunteer.',
  ),
];
const bHow = [
  'Read the display on the outside of the door without opening it.',
  'Open the door and read the probe thermometer hanging from the middle shelf.',
  'Write both readings, the time and your initials on the sheet on the clipboard.',
  'If the two readings differ by more than two degrees, add a note and tell the duty coordinator.',
];
const bWarm = [
  j(
    'Close the door and check that nothing is blocking the seal. Check the breaker marked <strong>COLD ROOM</strong> in the office',
    'fuse box. If the room is still warm after thirty minutes, move the dairy and the pasta to the two upright fridges behind the',
    'counter and call the refrigeration contractor on the number taped inside the door.',
  ),
  j(
    'Anything that has been above 8 °C for more than four hours must be thrown away and written off on the waste sheet. This is not',
    'negotiable, however much stock it is.',
  ),
];
const bKeep = [
  j(
    'At the end of each month the sheets are scanned and filed in the <em>Records</em> book, and the paper copies go in the grey',
    'folder in the office. We keep them for two years.',
  ),
  j(
    'If an inspector visits, show them the clipboard first and then the scanned records. Do not fill in missing readings after the',
    'event: a gap with an honest note is far better than a neat sheet that nobody believes.',
  ),
];
const bTags = ['Area', 'Cold chain', 'Audience', 'Shift leads'];
const bBook = ['Deliveries and stock', 'Delivery checks', 'Cold room temperature logging', 'Power cut procedure', 'Cleaning rota'];
const bActions = ['Revisions', 'Export', 'Contained Web File', 'PDF File', 'Plain Text File', 'Markdown File'];
const bComment = 'The probe on the middle shelf has been reading a degree low since January, so please trust the door display for now.';
const bh = (id: string, t: string): string => `<h2 id="bkmrk-${id}">${t}</h2>`;
const bHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="light-mode "><head><title>${bTitle} | Kestrel Co-op Handbook</title><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><meta name="token" content="yQ2hx8pL0cBm"><meta name="base-url"
content="https://handbook.kestrelcoop.example">
<meta property="og:title" content="${bTitle} | Kestrel Co-op Handbook"><meta property="og:description" content="The walk-in cold room holds everything
the co-op sells chilled.">
<link rel="stylesheet" href="https://handbook.kestrelcoop.example/dist/styles.css?version=v24.12"><script
src="https://handbook.kestrelcoop.example/dist/app.js?version=v24.12"
type="module" nonce="Jx7Ps"></script><style id="custom-styles">:root{--color-primary:#2f6b3a;--color-book:#2f6b3a;--color-chapter:#8a5a1a;}</style></head>
<body class="tri-layout" component="tri-layout"><a class="px-m py-s skip-to-content-link" href="#main-content">Skip to main content</a>
<header id="header" component="header-mobile-toggle" class="primary-background px-xl grid print-hidden"><div
class="flex-container-row justify-space-between gap-s
items-center"><a href="https://handbook.kestrelcoop.example" data-shortcut="home_view" class="logo"><img class="logo-image" src="/uploads/logo.png" alt="Logo">
<span class="logo-text">Kestrel Co-op Handbook</span></a></div><div class="flex-container-column items-center justify-center hide-under-l">
<form component="global-search" action="/search" method="GET" class="search-box" role="search"><input id="header-search-box-input" type="text" name="term"
placeholder="Search" aria-label="Search" autocomplete="off"></form></div><nav class="header-links"><div class="links text-center">
<a href="/shelves" data-shortcut="shelves_view">Shelves</a><a href="/books" data-shortcut="books_view">Books</a><a href="/login">Log in</a></div></nav></header>
<div id="content" components="page-display" class="block"><div class="tri-layout-container" tri-layout@container>
<div class="tri-layout-left print-hidden" id="sidebar"><aside class="tri-layout-left-contents"><section><div class="tag-box" id="page-tags">
<div class="tag-item primary-background-light"><div class="tag-name"><a href="/search?term=%5BArea%5D">Area</a></div><div class="tag-value"><a
href="/search?term=%5BArea%3DCold+chain%5D">Cold chain</a></div></div><div class="tag-item primary-background-light"><div class="tag-name"><a
href="/search?term=%5BAudience%5D">Audience</a></div><div class="tag-value"><a href="/search?term=%5BAudience%3DShift+leads%5D">Shift leads</a></div></div>
</div></section><nav id="book-navigation" class="mb-xl" aria-label="Book Navigation"><h5>Book Navigation</h5>
<ul class="sidebar-page-list mt-xs menu entity-list">${links(bBook, 'list-item-page')}</ul></nav></aside></div>
<div class="tri-layout-sides-content"><div class="tri-layout-right print-hidden"><aside class="tri-layout-right-contents">
<div id="page-details" class="entity-details mb-xl"><h5>Details</h5><div class="blended-links"><div class="entity-meta">
<div class="entity-meta-item"><svg class="svg-icon" data-icon="history"></svg><div>Revision #7</div></div>
<div class="entity-meta-item"><svg class="svg-icon" data-icon="star"></svg><div>Created 4 months ago by <a href="/user/dana-ferrow"><img class="avatar"
src="/uploads/dana.png" alt="Dana Ferrow"><strong class="text-muted">Dana Ferrow</strong></a></div></div>
<div class="entity-meta-item"><svg class="svg-icon" data-icon="edit"></svg><div>Updated 6 days ago by <a href="/user/ulf-sando"><strong
class="text-muted">Ulf Sando</strong></a></div></div></div></div></div>
<div class="actions mb-xl"><h5>Actions</h5><div class="icon-list text-link"><a href="/books/shop-floor/page/cold-room/revisions"
class="icon-list-item"><span>Revisions</span></a><div component="dropdown" class="dropdown-container" id="export-menu"><div refs="dropdown@toggle"
class="icon-list-item" role="button"><span>Export</span></div><ul refs="dropdown@menu" class="wide dropdown-menu" role="menu">
${links(bActions.slice(2), 'label-item')}</ul></div></div></div></aside></div></div>
<div class="tri-layout-middle"><div id="main-content" class="tri-layout-middle-contents"><div class="mb-m print-hidden">
<nav class="breadcrumbs text-center" aria-label="Breadcrumb"><div class="icon-list inline block"><a href="/shelves/operations"
class="text-bookshelf icon-list-item outline-hover"><span>Operations</span></a></div><div class="separator">›</div><a href="/books/shop-floor"
class="text-book icon-list-item outline-hover"><span>Shopfront</span></a><div class="separator">›</div><a href="/books/shop-floor/chapter/deliveries"
class="text-chapter icon-list-item outline-hover"><span>Deliveries and stock</span></a></nav></div>
<main class="content-wrap card"><div class="page-content clearfix" page-display="1187"><div dir="auto">
<h1 class="break-text" id="bkmrk-page-title">${bTitle}</h1><div style="clear:left;"></div>
${bIntro.map((p, i) => `<p id="bkmrk-intro-${i}">${p}</p>`).join('\n')}
<p class="callout warning" id="bkmrk-if-the-display-reads">${bWarn}</p>
${bh('when', 'When to take a reading')}
${ps(bWhen)}
${bh('how', 'How to take a reading')}
<ol id="bkmrk-read-the-display">${bHow.map((h) => `<li>${h}</li>`).join('\n')}</ol>
${bh('warm', 'When it is too warm')}
${ps(bWarm)}
${bh('keeping', 'Keeping the sheets')}
${ps(bKeep)}
</div></div></main>
<div class="grid half collapse-xs items-center mb-m px-m no-row-gap fade-in-when-active print-hidden"><div><a href="/books/shop-floor/page/delivery-checks"
class="text-xs block outline-hover"><span class="text-muted opacity-70">Previous</span><div class="text-book">Delivery checks</div></a></div>
<div class="text-m-right"><a href="/books/shop-floor/page/power-cut" class="text-xs block outline-hover"><span class="text-muted opacity-70">Next</span>
<div class="text-book">Power cut procedure</div></a></div></div>
<section component="page-comments" class="comments-list" aria-label="Comments"><div class="flex-container-row justify-space-between">
<h5 class="comments-title">1 Comment</h5></div><div class="comment-branch"><div class="comment-box" id="comment95"><div class="header"><div
class="meta text-muted">
<a href="/user/rasmus-tey">Rasmus Tey</a> commented 3 days ago</div></div><div class="content"><p>${bComment}</p></div></div></div>
<p class="text-muted italic">Log in to leave a comment.</p></section></div></div></div></div>
<footer class="print-hidden"><a href="/privacy" target="_blank" class="text-link">Privacy policy</a><a href="/volunteers" class="text-link">Volunteer with
us</a>
</footer>
<div id="kc-consent" class="notification pos" role="alert"><span>This handbook uses a single cookie to keep you logged in.</span>
<button class="button small">Understood</button></div></body></html>`;
const bookstack: TestPage = {
  name: 'heldout257-bookstack-coop-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['When to take a reading', 'How to take a reading', 'When it is too warm', 'Keeping the sheets'],
  body: texts([...bIntro, bWarn, ...bWhen, ...bHow, ...bWarm, ...bKeep]),
  bylines: ['Created 4 months ago by Dana Ferrow', 'Updated 6 days ago by Ulf Sando'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Kestrel Co-op Handbook', 'Shelves', 'Books', 'Log in', ...bTags, 'Book Navigation', 'Deliveries and stock',
    'Delivery checks', 'Power cut procedure', 'Cleaning rota', 'Details', 'Revision #7', 'Actions', ...bActions, 'Operations', 'Shopfront', 'Previous',
    'Next', '1 Comment', 'Rasmus Tey', 'commented 3 days ago', bComment, 'Log in to leave a comment.', 'Privacy policy', 'Volunteer with us',
    'This handbook uses a single cookie to keep you logged in.', 'Understood',
  ],
};

export const HELDOUT257_D: readonly TestPage[] = [bookstack, github];
