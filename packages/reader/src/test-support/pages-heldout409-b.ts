import { ps, type TestPage, texts } from './page-kit.js';
import { nBlock, nHead, nItem, nLeaf, nRow, nText } from './pages-heldout409-b2.js';
import { j, ld } from './pages-heldout409-kit.js';

/**
 * Held-out batch 409, file b: a TiddlyWiki 5 page saved from the browser (the tiddler store as JSON, the sidebar with the site
 * title as its h1, the tiddler's h2 title, modifier and date subtitle, tags, the Open / Recent / Tools / More tabs) and a
 * Notion public page on notion.site (the React block markup, topbar breadcrumbs and buttons, page properties, image caption,
 * callout, table block, cookie banner).
 */
const tTitle = 'Coppicing Calendar';
const tH = ['Winter: cutting', 'Spring: protecting the stools', 'Which species, how often'];
const tS1 = [
  j(
    'This tiddler keeps the working year of the hazel and sweet chestnut coppice at Brackwell Copse in one place. It started as a page of',
    'pencil notes pinned up in the tool shed, and the volunteers kept asking for a copy they could read at home.',
  ),
  j(
    'Coppicing means cutting a tree down to its base so that it sends up many new stems. Done on a rotation, it gives a steady supply of',
    'poles and keeps the woodland floor open to light, which is what the bluebells and the dormice depend on.',
  ),
];
const tS2 = [
  j(
    'We cut between the first of November and the end of February, when the sap is down and the birds are not nesting. Each winter we',
    'take one coupe, roughly a fifth of a hectare, marked out with orange tape in October.',
  ),
];
const tL2 = [
  'Cut each stem low and at a slight angle, so rain runs off the stool instead of pooling.',
  'Sort the cut rods straight away: bean poles, hedge stakes, binders and pea sticks each get their own pile.',
  'Leave the brash in long windrows along the edge of the coupe as shelter for insects and small mammals.',
];
const tS3 = [
  j(
    'A freshly cut coupe is a buffet for deer. Before the first buds break in March we build a dead hedge around the coupe from the brash',
    'and the crooked poles nobody wanted. It is not pretty, but a metre and a half of woven hazel keeps the muntjac out for two or three',
    'seasons, which is all the new growth needs.',
  ),
  j(
    'In April we walk the coupe and count the stools that have not sprouted. Anything dead gets a layered stem pegged down from a',
    'neighbour, so the gap fills in without planting.',
  ),
];
const tTable = [
  ['Hazel', '7 years', 'Bean poles, hurdles, thatching spars'],
  ['Sweet chestnut', '15 years', 'Fencing stakes, post-and-rail'],
  ['Ash', '20 years', 'Tool handles, firewood'],
] as const;
const tS4 = [
  j(
    'The rotations are a guide rather than a rule. Wet years bring faster growth, and a few of the older hazel stools have slowed down so',
    'much that we now leave them for ten years between cuts.',
  ),
];
const tTags = ['Woodland', 'Volunteers', 'Seasonal'];
const tModifier = 'OwenThrale';
const tDate = '12th February 2026 at 9:41pm';
const tRecent = ['Dead hedge', 'Muntjac', 'Brackwell Copse map', 'Tool shed inventory'];
const tStore = JSON.stringify([
  { title: tTitle, created: '20251103201200000', modified: '20260212214100000', modifier: tModifier, tags: tTags.join(' '), type: 'text/vnd.tiddlywiki' },
  { title: '$:/SiteTitle', text: 'Marginalia of the Lower Weald' },
]);
const tCell = (cells: readonly string[]): string => `<tr class="evenRow">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const tHtml = `<!doctype html>
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<meta name="application-name" content="TiddlyWiki" /><meta name="generator" content="TiddlyWiki" /><meta name="tiddlywiki-version" content="5.3.3" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="format-detection" content="telephone=no" />
<meta name="copyright" content="TiddlyWiki created by Jeremy Ruston, (jeremy [at] jermolene [dot] com)" />
<meta property="og:title" content="Marginalia of the Lower Weald" /><title>${tTitle} — Marginalia of the Lower Weald</title>
${ld({ '@context': 'https://schema.org', '@type': 'WebPage', name: tTitle, dateModified: '2026-02-12' })}
<style>.tc-tiddler-frame { margin-bottom: 28px; } .tc-sidebar-scrollable { position: fixed; right: 0; }</style>
<script>var $tw = $tw || {}; $tw.boot = $tw.boot || {}; $tw.boot.suppressBoot = false;</script></head>
<body class="tc-body"><div id="styleArea"></div>
<div class="tc-page-container-wrapper"><div class="tc-page-container tc-page-view-classic tc-language-en-GB">
<div class="tc-topbar tc-topbar-right"><span class="tc-drop-down-wrapper"></span></div>
<div class="tc-sidebar-scrollable" role="region" aria-label="Sidebar"><div class="tc-sidebar-header">
<h1 class="tc-site-title"><span>Marginalia of the Lower Weald</span></h1>
<div class="tc-site-subtitle">working notes from Brackwell Copse</div>
<div class="tc-page-controls"><button aria-label="new tiddler" class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2Fnew-tiddler"
title="Create a new tiddler"><svg class="tc-image-new-button tc-image-button"></svg></button>
<button aria-label="control panel" class="tc-btn-invisible" title="Open control panel"><svg class="tc-image-options-button tc-image-button"></svg></button>
<button aria-label="save changes" class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2Fsave-wiki" title="Save changes"><svg></svg></button></div>
<div class="tc-sidebar-lists tc-sidebar-search"><div class="tc-search"><input type="search" class="tc-popup-handle" placeholder="Search"
autocomplete="off"></div></div>
<div class="tc-sidebar-lists tc-sidebar-tabs"><div class="tc-tab-set tc-sidebar-tabs-main"><div class="tc-tab-buttons tc-sidebar-tabs-main">
<button class="tc-tab-selected">Open</button><button>Recent</button><button>Tools</button><button>More</button></div>
<div class="tc-tab-divider tc-sidebar-tabs-main"></div><div class="tc-tab-content tc-sidebar-tabs-main">
<div class="tc-reveal"><div class="tc-sidebar-tab-open"><div class="tc-sidebar-tab-open-item"><button class="tc-btn-invisible tc-btn-mini"
title="Close this tiddler">×</button> <a class="tc-tiddlylink tc-tiddlylink-resolves" href="#${encodeURIComponent(tTitle)}">${tTitle}</a></div>
<button class="tc-btn-invisible tc-btn-mini">close all</button></div></div>
<div class="tc-reveal" hidden="true"><div class="tc-timeline"><div class="tc-menu-list-item">Yesterday</div>
${tRecent
  .map(
    (r) => `<div class="tc-menu-list-subitem"><a class="tc-tiddlylink tc-tiddlylink-resolves" href="#${encodeURIComponent(r)}">${r}</a>
</div>`,
  )
  .join('')}
</div></div></div></div></div></div></div>
<section class="tc-story-river" role="main"><section class="story-backdrop"></section>
<div class="tc-tiddler-frame tc-tiddler-view-frame tc-tiddler-exists tc-tagged-Woodland" data-tiddler-title="${tTitle}" data-tags="${tTags.join(' ')}"
role="article"><div class="tc-tiddler-title"><div class="tc-titlebar"><span class="tc-tiddler-controls">
<button aria-label="more" class="tc-btn-invisible" title="More actions"><svg></svg></button>
<button aria-label="edit" class="tc-btn-invisible" title="Edit this tiddler"><svg></svg></button>
<button aria-label="close" class="tc-btn-invisible" title="Close this tiddler"><svg></svg></button></span>
<span class="tc-tiddler-title-icon"></span><h2 class="tc-title">${tTitle}</h2></div>
<div class="tc-tiddler-info tc-popup-handle tc-reveal" hidden="true"></div></div>
<div class="tc-subtitle"><a class="tc-tiddlylink tc-tiddlylink-resolves" href="#${tModifier}">${tModifier}</a> ${tDate}</div>
<div class="tc-tags-wrapper">${tTags
  .map(
    (t) => `<span class="tc-tag-list-item" data-tag-title="${t}"><button class="tc-btn-invisible tc-tag-label"
style="background-color:#8a9a5b;">${t}</button></span>`,
  )
  .join(' ')}</div>
<div class="tc-tiddler-body tc-reveal">${ps(tS1)}
<h2 class="">${tH[0]}</h2>${ps(tS2)}
<ul>${tL2.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h2 class="">${tH[1]}</h2>${ps(tS3)}
<h2 class="">${tH[2]}</h2><table><tbody><tr class="evenRow"><th>Species</th><th>Rotation</th><th>Main products</th></tr>
${tTable.map(tCell).join('\n')}</tbody></table>
${ps(tS4)}</div></div></section></div></div>
<script class="tiddlywiki-tiddler-store" type="application/json">${tStore}</script>
<script id="bootKernel">/* TiddlyWiki boot kernel */ var _boot = (function($tw) { return $tw; });</script></body></html>`;

const tiddly: TestPage = {
  name: 'heldout409-tiddlywiki-wiki',
  kind: 'wiki',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([...tS1, ...tS2, ...tL2, ...tS3, ...tTable.flat(), ...tS4]),
  bylines: [tModifier, tDate],
  furniture: [
    'Marginalia of the Lower Weald',
    'working notes from Brackwell Copse',
    'Open',
    'Recent',
    'Tools',
    'More',
    'close all',
    'Yesterday',
    ...tRecent,
    ...tTags,
  ],
};

const nTitle = 'Field Guide to the Hazelbank Seed Library';
const nH = ['How the library works', 'Borrowing seeds', 'Returning seeds', 'Which seeds are easiest to save'];
const nS1 = [
  j(
    'Our seed circle runs a small seed library from two filing cabinets in the community centre on Orchard Lane. Anyone can',
    'take seeds for free. In return we ask that, if you can, you let a few plants go to seed and bring some of that seed back in autumn.',
  ),
  j(
    'This page explains how the library is organised and how to borrow and return. It is written for first-time gardeners, so skip the',
    'parts you already know.',
  ),
];
const nS2 = [
  j(
    'Seeds are kept in small paper envelopes, sorted first by plant family and then alphabetically. Each drawer has a coloured label:',
    'green for legumes, yellow for squashes and cucumbers, red for tomatoes and peppers, and blue for everything else.',
  ),
  j(
    'Every envelope is stamped with the variety, the year it was saved and the name of the grower who saved it. Seeds older than three',
    'years move to the "try your luck" box by the door.',
  ),
];
const nS3 = ['You can borrow up to six envelopes per visit. To borrow:'];
const nL3 = [
  'Write your name and the varieties you take in the yellow logbook on top of the cabinets.',
  'Take one envelope of each variety, so there is enough for the next person.',
  'If you are new, pick up a copy of the one-page saving sheet for each crop you take.',
];
const nCallout = j(
  'Please do not take seeds for resale or for a commercial plot. The library exists because local growers give their seed away, and it',
  'only works if it stays a gift.',
);
const nS4 = [
  j(
    'Bring seeds back dry, cleaned of pulp and chaff, in a labelled envelope. Drop them in the returns tray and one of the volunteers will',
    'check and file them during the Saturday sorting session.',
  ),
  j('It does not matter if your harvest was small. Ten good bean seeds are worth more to the library than a jar of mixed seed with no label.'),
];
const nS5 = [
  j(
    'Some plants cross with their neighbours easily, which means the seed you save may not grow into the plant you expected. The table below',
    'shows where we suggest beginners start.',
  ),
];
const nTable = [
  ['Beans and peas', 'Easy', 'Self-pollinating; rarely cross'],
  ['Tomatoes', 'Easy', 'Ferment the seeds for three days before drying'],
  ['Lettuce', 'Moderate', 'Wait for the fluffy seed heads'],
  ['Squash', 'Hard', 'Cross freely; hand-pollinate and bag the flowers'],
] as const;
const nS6 = ['Questions can go to the Seed Circle inbox or to whoever is on duty at the Saturday session.'];
const nCaption = 'The two seed cabinets at the Orchard Lane community centre. Photo: Dev Okafor';
const nCrumbs = ['Hazelbank Seed Circle', 'Guides'];
const nOwner = 'Ruth Penhallow';
const nEdited = 'March 4, 2026';
const nHtml = `<!DOCTYPE html><html lang="en" class="notion-html"><head><meta charset="utf-8"><title>${nTitle}</title>
<meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta property="og:site_name" content="Hazelbank Seed Circle on Notion"><meta property="og:title" content="${nTitle}">
<meta property="og:description" content="How to borrow and return seeds at the Orchard Lane library."><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/_assets/app-7c1e2b.css">
${ld({ '@context': 'https://schema.org', '@type': 'WebPage', name: nTitle, publisher: { '@type': 'Organization', name: 'Notion' } })}
<script>window.CONFIG = {"env":"production","isAdminMode":false,"publicDomainName":"hazelbank.notion.site"};</script>
<script defer src="/_assets/app-3f9d0a.js"></script></head>
<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47);">
<div class="notion-cursor-listener" style="width: 100vw; height: 100%;"><div class="notion-frame" style="flex-grow: 0; flex-shrink: 1;">
<div class="notion-topbar" style="width: 100%; max-width: 100vw; height: 45px;"><div class="notranslate shadow-cursor-breadcrumb">
${nCrumbs
  .map(
    (c) => `<div role="button" class="notion-focusable"><div class="notranslate" style="white-space: nowrap;">${c}</div></div>
<span>/</span>`,
  )
  .join('')}
<div role="button"><div class="notranslate" style="white-space: nowrap;">${nTitle}</div></div></div>
<div class="notion-topbar-share-menu"><div role="button">Search</div><div role="button">Duplicate</div>
<a role="button" href="https://www.notion.so/signup">Get Notion free</a></div></div>
<main class="notion-frame"><div class="notion-scroller vertical" style="z-index: 1;"><div class="whenContentEditable">
<div class="pseudoSelection" contenteditable="false"><div class="notion-page-cover-wrapper"><img src="https://images.hazelbank.org/cover-seeds.jpg" alt="">
</div></div>
<div class="notion-page-controls"></div><div class="notion-page-block" style="padding-left: 96px;">
<h1 class="notranslate" spellcheck="true" placeholder="Untitled" contenteditable="false" style="font-weight: 700; font-size: 40px;">${nTitle}</h1></div>
<div role="table" aria-label="Page properties" class="notion-page-properties"><div role="row" class="notion-page-property-row">
<div role="cell" class="notion-property-label">Owner</div><div role="cell" class="notion-property-person"><span>${nOwner}</span></div></div>
<div role="row" class="notion-page-property-row"><div role="cell" class="notion-property-label">Last edited</div>
<div role="cell" class="notion-property-last_edited_time">${nEdited}</div></div></div>
<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; padding-bottom: 30vh;">
${nS1.map(nText).join('\n')}
${nBlock(
  'image',
  `<div role="figure"><img src="https://images.hazelbank.org/cabinets.jpg" alt="" style="width: 100%;">
<div class="notion-image-caption" style="font-size: 14px; color: rgba(55, 53, 47, 0.65);">${nLeaf(nCaption)}</div></div>`,
)}
${nHead(nH[0] ?? '')}${nS2.map(nText).join('\n')}
${nHead(nH[1] ?? '')}${nS3.map(nText).join('\n')}
${nL3.map((l, i) => nItem('numbered_list', l, `${i + 1}.`)).join('\n')}
${nBlock(
  'callout',
  `<div role="note" style="display: flex; border-radius: 4px; background: rgb(251, 243, 219); padding: 16px;">
<div class="notion-record-icon notranslate">🌱</div><div style="margin-left: 8px;">${nLeaf(nCallout)}</div></div>`,
)}
${nHead(nH[2] ?? '')}${nS4.map(nText).join('\n')}
${nHead(nH[3] ?? '')}${nS5.map(nText).join('\n')}
${nBlock(
  'table',
  `<table style="border-collapse: collapse;"><tbody><tr class="notion-table-row"><th>Crop</th><th>Difficulty</th><th>Tip</th></tr>
${nTable.map(nRow).join('\n')}</tbody></table>`,
)}
${nS6.map(nText).join('\n')}</div></div></div></main></div></div>
<div class="notion-overlay-container"><div role="dialog" aria-label="Cookie consent" class="notion-cookie-banner">
<div>We use cookies to run this site and to understand how it is used.</div><div role="button">Accept all</div>
<div role="button">Reject non-essential</div><a href="https://www.notion.so/notion/Cookie-Notice">Cookie settings</a></div></div>
<div class="notion-help-button" role="button" aria-label="Help">?</div></div></div></body></html>`;

const notion: TestPage = {
  name: 'heldout409-notion-site-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([...nS1, ...nS2, ...nS3, ...nL3, nCallout, ...nS4, ...nS5, ...nTable.flat(), ...nS6]),
  bylines: [nOwner, nEdited],
  furniture: [
    ...nCrumbs,
    'Search',
    'Duplicate',
    'Get Notion free',
    nCaption,
    'Owner',
    'Last edited',
    'We use cookies to run this site and to understand how it is used.',
    'Accept all',
    'Reject non-essential',
    'Cookie settings',
  ],
};

export const HELDOUT409_B: readonly TestPage[] = [tiddly, notion];
