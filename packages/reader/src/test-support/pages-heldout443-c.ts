import { links, ps, type TestPage, texts } from './page-kit.js';
import { cells, type Grid, j, rowTexts } from './pages-heldout443-kit.js';

/**
 * Held-out batch 443, file c: a published Coda doc (doc header with the maker's name and "Copy doc", the page list in the
 * left sidebar, canvas blocks with headings, paragraphs, a bulleted list and a table, the "Made with Coda" badge) and a
 * Baserow publicly shared grid view (Nuxt markup, the view header with its filter and sort buttons, grid rows with the
 * row count, an expanded row's hint and the "Made with Baserow" link).
 */
const cTitle = 'How we run the Saturday repair café';
const cMaker = 'Jonah Threlkeld';
const cPages = ['Welcome', cTitle, 'Fixer sign-up', 'Parts library', 'Visitor log'];
const cIntro = [
  j(
    'The Brantwick repair café opens on the last Saturday of each month in the scout hut on Mill Lane. Anyone can bring',
    'a broken household item and sit with a volunteer fixer while it is looked at. We do not charge, but there is a tin.',
  ),
  j('This page is the working guide for hosts and fixers. It changes as we learn, so check it before each session rather', 'than relying on a printout.'),
];
const cSetup = [
  'Unlock at 9:15 and put the A-board out on the lane before 9:30.',
  'Set out five tables: electrical, textiles, bikes, small furniture and the welcome desk.',
  'Plug the electrical table into the RCD adaptor only, never straight into the wall.',
  'Put the visitor forms, pens and the tin on the welcome desk.',
];
const cWelcome = [
  j(
    'Every visitor fills in a short form saying what the item is and what is wrong with it. The host gives them a number',
    'and sends them to the right table when a fixer is free. Tea and coffee are on the side; visitors are welcome to wait.',
  ),
  j(
    'Fixers should explain what they are doing as they go. The point is that people leave knowing a bit more about their',
    'things, not only that the thing works again.',
  ),
];
const cSafety = j(
  'Anything that has been repaired on the electrical table must pass a portable appliance test before it goes home. If',
  'it fails, the visitor takes it back with a red tag and a note saying why.',
);
const cHead = ['Table', 'Lead fixer', 'Items last month', 'Fixed'];
const cRows: Grid = [
  ['Electrical', 'Priya Ostrander', '14', '9'],
  ['Textiles', 'Agnes Mulroy', '11', '10'],
  ['Bikes', 'Kit Abernethy', '7', '6'],
  ['Small furniture', 'Ruth Calloway', '4', '3'],
];
const cClose = j(
  'At 12:30 the host stops taking new items. Whatever is still on the tables is either finished or booked in for next month,',
  'and the numbers are added to the visitor log before the hut is locked.',
);
const cBlock = (tag: string, text: string, id: string): string =>
  `<div class="kr-block" data-coda-ui-id="canvas-block" data-block-id="${id}"><${tag} class="kr-text" data-reference-type="text">${text}</${tag}></div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cTitle} · Brantwick Repair Café</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${cTitle}">
<meta property="og:site_name" content="Coda"><meta name="twitter:card" content="summary_large_image">
<meta name="description" content="The working guide for hosts and fixers at the Brantwick repair café.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${cTitle}",
"author":{"@type":"Person","name":"${cMaker}"}}</script>
<script>window.__coda_bootstrap={"docId":"d8fK2rT","isPublished":true,"mode":"play"};</script>
<link rel="stylesheet" href="https://cdn.coda.example/assets/browser.css"></head>
<body class="coda-published"><div id="app" data-coda-ui-id="app-root"><header class="kr-doc-header" data-coda-ui-id="published-doc-header">
<a class="kr-doc-logo" href="/@jonah-threlkeld/brantwick-repair-cafe">Brantwick Repair Café</a>
<div class="kr-doc-maker" data-coda-ui-id="doc-maker">by <a href="/@jonah-threlkeld">${cMaker}</a></div>
<div class="kr-doc-actions"><a role="button" data-coda-ui-id="copy-doc" href="/copy/d8fK2rT">Copy doc</a>
<a role="button" data-coda-ui-id="share-button" href="#share">Share</a></div></header>
<div class="kr-layout"><nav class="kr-page-list" data-coda-ui-id="page-list" aria-label="Pages"><ul>${links(cPages, 'kr-page-list-item')}</ul></nav>
<main class="kr-canvas" data-coda-ui-id="canvas"><div class="kr-page-header"><div class="kr-page-icon">🔧</div>
<h1 class="kr-page-title" data-coda-ui-id="page-title">${cTitle}</h1><div class="kr-page-subtitle">Hosts and fixers, read before each session</div></div>
${cIntro.map((p, i) => cBlock('p', p, `i${i}`)).join('\n')}
${cBlock('h2', 'Setting up', 'h1')}
<div class="kr-block" data-block-id="l1"><ul class="kr-list">${cSetup.map((s) => `<li class="kr-list-item">${s}</li>`).join('\n')}</ul></div>
${cBlock('h2', 'On the welcome desk', 'h2')}
${cWelcome.map((p, i) => cBlock('p', p, `w${i}`)).join('\n')}
<div class="kr-block kr-callout" data-coda-ui-id="callout" data-block-id="c1"><span class="kr-callout-icon">⚡</span><p class="kr-text">${cSafety}</p></div>
${cBlock('h2', 'Last month in numbers', 'h3')}
<div class="kr-block" data-coda-ui-id="table" data-block-id="t1"><div class="kr-table-header"><span class="kr-table-name">Tables</span>
<span class="kr-table-view-menu">Default view</span></div><table class="kr-grid"><thead><tr>${cHead.map((h) => `<th>${h}</th>`).join(' ')}</tr></thead>
<tbody>${cRows.map((r) => `<tr data-coda-ui-id="row">${cells(r, (c) => `<td class="kr-cell">${c}</td>`)}</tr>`).join('\n')}</tbody></table>
<div class="kr-table-footer">Count 4</div></div>
${cBlock('p', cClose, 'e1')}
</main></div>
<a class="kr-made-with" href="https://coda.io/?utm_source=published_doc" data-coda-ui-id="made-with-coda">Made with Coda</a>
<div class="kr-cookie-toast" role="status">We use cookies to make Coda work and to understand how people use it. <a href="/trust/cookies">Learn more</a>
<button>OK</button></div></div></body></html>`;
const coda: TestPage = {
  name: 'heldout443-coda-published-doc-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Setting up', 'On the welcome desk', 'Last month in numbers'],
  body: [...texts(cIntro), ...cSetup, ...texts(cWelcome), cSafety, ...rowTexts(cRows), cClose],
  bylines: [`by ${cMaker}`],
  furniture: [
    'Brantwick Repair Café',
    'Copy doc',
    'Share',
    'Welcome',
    'Fixer sign-up',
    'Parts library',
    'Visitor log',
    'Hosts and fixers, read before each session',
    'Default view',
    'Count 4',
    'Made with Coda',
    'We use cookies to make Coda work and to understand how people use it.',
    'Learn more',
  ],
};

const bTitle = 'Lost property — Northcliff Leisure Centre';
const bHead = ['Item', 'Found', 'Where', 'Colour', 'Kept until', 'Collected'];
const bRows: Grid = [
  ['Swimming goggles (child)', '2026-03-02', 'Changing village', 'Blue', '2026-04-02', 'No'],
  ['Water bottle, steel', '2026-03-02', 'Sports hall', 'Silver', '2026-04-02', 'No'],
  ['Fleece jacket, size 10', '2026-03-03', 'Café', 'Green', '2026-04-03', 'Yes'],
  ['Car key with fob', '2026-03-04', 'Car park pay machine', 'Black', '2026-06-04', 'No'],
  ['Badminton racket', '2026-03-05', 'Court 3', 'Red', '2026-04-05', 'No'],
  ['Reading glasses in case', '2026-03-06', 'Gym reception', 'Brown', '2026-04-06', 'Yes'],
  ['Towel, striped', '2026-03-07', 'Poolside', 'Yellow', '2026-04-07', 'No'],
];
const bNote = j(
  'Items are kept at main reception for one month and keys, phones and wallets for three months. Ask at the desk with a',
  'description; staff will not post items.',
);
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bTitle} - Baserow</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="Baserow">
<link rel="stylesheet" href="/_nuxt/css/app.4c1e.css"><link rel="modulepreload" href="/_nuxt/entry.1b7e.js"></head>
<body><div id="__nuxt"><div id="__layout"><div class="layout public-view"><div class="layout__col-2">
<header class="header public-view__header"><ul class="header__filter"><li class="header__filter-item">
<a class="header__filter-link"><i class="header__filter-icon iconoir-filter"></i><span class="header__filter-name">Filter</span></a></li>
<li class="header__filter-item"><a class="header__filter-link"><span class="header__filter-name">Sort</span></a></li>
<li class="header__filter-item"><a class="header__filter-link"><span class="header__filter-name">Hide fields</span></a></li></ul>
<div class="header__search"><input class="header__search-input" placeholder="Search rows"></div></header>
<div class="public-view__title"><h1 class="public-view__name">${bTitle}</h1>
<p class="public-view__description">${bNote}</p></div>
<section class="grid-view"><div class="grid-view__section grid-view__section--left"><div class="grid-view__head">
<div class="grid-view__column grid-view__column--count">#</div></div></div>
<div class="grid-view__section grid-view__section--right"><div class="grid-view__head">${bHead
  .map((h) => `<div class="grid-view__column"><div class="grid-view__description"><span class="grid-view__description-name">${h}</span></div></div>`)
  .join(' ')}</div>
<div class="grid-view__body"><div class="grid-view__rows">${bRows
  .map(
    (r, i) => `<div class="grid-view__row" data-row-id="${i + 31}"><div class="grid-view__column grid-view__column--count">
<div class="grid-view__row-count">${i + 1}</div></div>
${cells(r, (c) => `<div class="grid-view__column"><div class="grid-field-text">${c}</div></div>`)}</div>`,
  )
  .join('\n')}</div></div>
<div class="grid-view__foot"><div class="grid-view__foot-info">7 rows</div></div></div></section>
<a class="public-view__footer" href="https://baserow.io/?utm_source=shared_view" target="_blank"><span>Made with</span>
<img src="/img/logo.svg" alt="Baserow logo"></a></div></div></div></div>
<script>window.__NUXT__={"config":{"PUBLIC_BACKEND_URL":"https://api.baserow.example"},"state":{"view":{"slug":"lp-9d2k"}}};</script></body></html>`;
const baserow: TestPage = {
  name: 'heldout443-baserow-shared-grid-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: [bNote, ...rowTexts(bRows)],
  bylines: [],
  furniture: ['Filter', 'Sort', 'Hide fields', '7 rows', 'Made with'],
};

export const HELDOUT443_C: readonly TestPage[] = [coda, baserow];
