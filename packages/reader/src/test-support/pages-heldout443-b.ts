import { ps, type TestPage, texts } from './page-kit.js';
import { cells, type Grid, j, lis, rowTexts } from './pages-heldout443-kit.js';

/**
 * Held-out batch 443, file b: a Notion database page published as a notion.site page (top bar with breadcrumbs and
 * "Get Notion free", page cover and icon, intro text blocks, a callout, an inline table database with its view tabs and
 * property headers) and a Trello public board with one card opened (board header, the lists and card titles behind the
 * card-back dialog, the card's labels, dates and checklist, its description, activity and the cookie banner).
 */
const nTitle = 'Tidewater Rowing Club — Boat Register';
const nIntro = [
  j(
    'This register lists every boat the club owns or keeps on loan, with the crew level allowed to take it out and the',
    'date of its last safety check. It replaces the paper book that used to hang by the slipway door.',
  ),
  j(
    'Before you boat, find the hull in the table below and check that your crew level matches. Juniors may only take',
    'boats marked Junior or Novice, and only with a coach on the bank.',
  ),
  j(
    'Sign every outing in and out on the tablet by the door, with the names of the crew and where you are going. If a',
    'crew is not back within an hour of the time it gave, the duty member phones the captain and then the harbour master.',
    'Nobody boats after dark, and nobody boats when the red flag is up on the clubhouse mast.',
  ),
];
const nCallout = j(
  'A boat marked Out of service must not leave the rack for any reason. Report new damage on the whiteboard in the',
  'boathouse and message the captain the same day.',
);
const nSafety = [
  'Heel restraints are fitted and tied so that the shoe releases in under three seconds.',
  'The bow ball is in place and not split.',
  'Hatch covers are screwed down and the buoyancy compartments are dry.',
  'Riggers are tight and no nuts are missing.',
];
const nOutro = j(
  'The boatman updates the last check column after each monthly inspection. If a date is more than six weeks old, treat the',
  'boat as unchecked and ask before taking it out.',
);
const nHead = ['Name', 'Type', 'Crew level', 'Last check', 'Status'];
const nRows: Grid = [
  ['Marsh Harrier', '8+', 'Senior', '3 Feb 2026', 'In use'],
  ['Old Tom Pryce', '4x', 'Novice', '3 Feb 2026', 'In use'],
  ['Greyling', '1x', 'Senior', '20 Jan 2026', 'Out of service'],
  ['Little Auk', '2x', 'Junior', '3 Feb 2026', 'In use'],
  ['Saltings', '4+', 'Novice', '11 Dec 2025', 'Awaiting check'],
  ['Spindrift', '1x', 'Junior', '3 Feb 2026', 'On loan'],
];
const nCrumbs = ['Tidewater Rowing Club', 'Members', 'Boat Register'];
const nHtml = `<!DOCTYPE html>
<html lang="en" class="notion-html"><head><meta charset="utf-8"><title>${nTitle}</title>
<meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta property="og:title" content="${nTitle}"><meta property="og:site_name" content="Tidewater Rowing Club on Notion">
<meta name="description" content="This register lists every boat the club owns or keeps on loan.">
<link rel="stylesheet" href="/_assets/app-3f2c9e.css"><script>window.CONFIG={"isSiteDomain":true,"publicDomainName":"tidewater-rc.notion.site"};</script>
<script defer src="/_assets/app-9a71d0.js"></script></head>
<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme">
<div class="notion-cursor-listener"><div class="notion-frame"><div class="notion-topbar" style="user-select:none;">
<div class="notion-topbar-breadcrumbs" role="navigation">${nCrumbs
  .map((c) => `<div role="button" class="notranslate"><div class="notion-topbar-breadcrumb-title">${c}</div></div>`)
  .join('<span class="notion-topbar-breadcrumb-divider">/</span>')}</div>
<div class="notion-topbar-share-menu"><div role="button" class="notion-topbar-search-button">Search</div>
<a role="button" class="notion-topbar-duplicate-button" href="/duplicate">Duplicate</a>
<a role="button" class="notion-topbar-get-notion" href="https://www.notion.so/signup?from=public_page">Get Notion free</a></div></div>
<main class="notion-frame-main"><div class="notion-scroller vertical"><div class="notion-page-cover"><img alt="" src="/image/cover-estuary.jpg"></div>
<div class="notion-page-controls"><div class="notion-record-icon notranslate">🚣</div></div>
<div class="notion-page-block" data-block-id="7f0e2c1a"><h1 class="notranslate" contenteditable="false" spellcheck="true"
placeholder="Untitled">${nTitle}</h1></div>
<div class="notion-page-content">
${nIntro.map((p, i) => `<div data-block-id="b1${i}" class="notion-selectable notion-text-block"><div class="notranslate">${p}</div></div>`).join('\n')}
<div data-block-id="c1" class="notion-selectable notion-callout-block"><div role="note" style="display:flex;background:rgb(251,236,221);">
<div class="notion-record-icon notranslate">⚠️</div><div class="notranslate">${nCallout}</div></div></div>
<div data-block-id="h1" class="notion-selectable notion-sub_header-block"><h3 class="notranslate">Before every outing</h3></div>
${nSafety
  .map(
    (s, i) => `<div data-block-id="l${i}" class="notion-selectable notion-bulleted_list-block"><div class="pseudoBefore">•</div>
<div class="notranslate">${s}</div></div>`,
  )
  .join('\n')}
<div data-block-id="h2" class="notion-selectable notion-sub_header-block"><h3 class="notranslate">The register</h3></div>
<div data-block-id="db1" class="notion-selectable notion-collection_view-block"><div class="notion-collection-view-tab-bar">
<div role="tab" aria-selected="true" class="notion-collection-view-tab">All boats</div><div role="tab" class="notion-collection-view-tab">By crew level</div>
<div role="tab" class="notion-collection-view-tab">Out of the water</div></div>
<div class="notion-table-view" role="table"><div class="notion-table-view-header-row" role="row">${nHead
  .map((h) => `<div class="notion-table-view-header-cell" role="columnheader"><span>${h}</span></div>`)
  .join(' ')}</div>
${nRows
  .map(
    (r, i) => `<div class="notion-collection-item notion-table-view-row" data-block-id="row${i}" role="row">
${cells(
  r,
  (c, k) => `<div class="notion-table-view-cell" role="cell"
${k === 0 ? ' data-col-id="title"' : ''}><span class="notranslate">${c}</span></div>`,
)}</div>`,
  )
  .join('\n')}
<div role="button" class="notion-collection-view-count">Count 6</div></div></div>
<div data-block-id="b9" class="notion-selectable notion-text-block"><div class="notranslate">${nOutro}</div></div>
</div></div></main></div></div></div>
<div class="notion-overlay-container"><div class="notion-cookie-banner" role="dialog"><div>Notion uses cookies to run this site and to
understand how it is used.</div><div role="button">Accept all</div><div role="button">Reject optional</div></div></div></div></body></html>`;
const notion: TestPage = {
  name: 'heldout443-notion-site-database-wiki',
  kind: 'wiki',
  html: nHtml,
  title: nTitle,
  headings: ['Before every outing', 'The register'],
  body: [...texts(nIntro), nCallout, ...nSafety, ...rowTexts(nRows), nOutro],
  bylines: [],
  furniture: [
    'Members',
    'Search',
    'Duplicate',
    'Get Notion free',
    'All boats',
    'By crew level',
    'Out of the water',
    'Count 6',
    'Notion uses cookies to run this site and to understand how it is used.',
    'Accept all',
    'Reject optional',
  ],
};

const tBoard = 'Greyfold Community Orchard — Season Plan';
const tCard = 'Winter pruning day on the old apple block';
const tDesc = [
  j(
    'The twelve standard apple trees along the north hedge have not had a proper prune for three seasons. Several have',
    'crossing branches and one, the Ribston by the gate, has canker on two limbs. We will spend one Saturday on them.',
  ),
  'Plan for the day:',
  'Meet at the tool store at 9:30 for a short safety talk and a demonstration on the first tree.',
  'Work in pairs, one person on the ladder and one footing it. No one works above head height alone.',
  'Remove dead, diseased and crossing wood first, then thin the centre to open the crown.',
  'Cut out the cankered limbs on the Ribston and burn them; do not put them on the compost.',
  j(
    'Aim to take no more than a fifth of the living wood from any one tree this winter. If a tree needs more, note it',
    'on the checklist and we will finish it next year.',
  ),
  j(
    'Bring gloves and warm clothes. Saws, loppers and the two orchard ladders are in the store; please clean the blades',
    'with the spray before moving to a new tree.',
  ),
  j(
    'Soup and bread will be ready in the shelter at one. If the forecast is for frost below minus five or for strong wind,',
    'the day moves to the following Saturday and this card will say so by Thursday evening.',
  ),
  j(
    'Anyone new to pruning is welcome. Alder from the county orchard group has offered to come and show people how to',
    'make a clean cut just outside the branch collar, which is the thing most beginners get wrong.',
  ),
];
const tDescHtml = `<p>${tDesc[0] ?? ''}</p>
<p><strong>${tDesc[1] ?? ''}</strong></p>
<ol>${lis(tDesc.slice(2, 6))}</ol>
${ps(tDesc.slice(6))}`;
const tLists: readonly (readonly [string, readonly string[]])[] = [
  ['Ideas', ['Bee hotel by the pond', 'Apple day stall in October']],
  ['To do', ['Order new tree guards', tCard, 'Mend the gate latch']],
  ['Doing', ['Mulch the young pears']],
  ['Done', ['Grant report to parish council']],
];
const tCheck = ['Ribston Pippin (gate)', 'Bramley row, trees 2–6', 'Egremont Russet pair', 'Blenheim Orange'];
const tHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${tCard} on ${tBoard} | Trello</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Trello">
<meta property="og:title" content="${tCard}">
<meta name="description" content="The twelve standard apple trees along the north hedge have not had a proper prune.">
<link rel="stylesheet" href="https://trello.example/assets/board.css"><script>window.__INITIAL_STATE__={"boardId":"64a1f0","isPublic":true};</script>
</head><body class="body-board-view"><div id="trello-root"><div id="chrome-container">
<nav class="header" data-testid="authenticated-header"><a href="/" aria-label="Back to home" data-testid="logo_link">Trello</a>
<a href="/signup" class="header-btn" data-testid="header-signup">Sign up</a><a href="/login" class="header-btn">Log in</a></nav>
<div id="content"><div class="board-main-content"><div class="board-header" data-testid="board-header">
<h1 data-testid="board-name-display" class="board-header-btn-text">${tBoard}</h1>
<span class="board-header-btn" data-testid="board-visibility">Public</span><span class="board-header-btn">Board</span>
<span class="board-header-btn">Filters</span></div>
<div id="board" class="board-canvas"><ol data-testid="lists">${tLists
  .map(
    ([name, cs]) => `<li data-testid="list-wrapper"><div data-testid="list"><div data-testid="list-header"><h2 data-testid="list-name">${name}</h2></div>
<ol data-testid="list-cards">${cs.map((c) => `<li data-testid="list-card"><a data-testid="card-name" href="/c/x">${c}</a></li>`).join('')}</ol>
<button data-testid="list-add-card-button">Add a card</button></div></li>`,
  )
  .join('\n')}</ol></div></div></div></div>
<div class="card-back-dialog" role="dialog" aria-modal="true" data-testid="card-back-name"><div class="card-back-header">
<h2 id="card-back-title" data-testid="card-back-title">${tCard}</h2><p class="card-back-list">in list <a href="#">To do</a></p></div>
<div class="card-back-main"><section data-testid="card-back-labels"><h3>Labels</h3><span data-color="green">Trees</span>
<span data-color="orange">Volunteer day</span></section><section data-testid="card-back-dates"><h3>Dates</h3>
<span data-testid="due-date-badge">Feb 14, 9:30 AM</span></section>
<section data-testid="card-back-description"><h3>Description</h3>
<div class="ak-renderer-document" data-testid="description-content">${tDescHtml}</div></section>
<section data-testid="card-back-checklist"><h3>Trees</h3><span class="checklist-progress">1/4</span><ul>${lis(tCheck, 'checklist-item')}</ul></section>
<section data-testid="card-back-activity"><h3>Activity</h3><ul>
<li><span>Maren Eastwick</span> added this card to To do <time>Jan 19, 2026, 8:14 PM</time></li>
<li><span>Cal Pardoe</span> <span class="comment">Can I bring the long-arm pruner from home? It reaches the top of the Bramleys.</span>
<time>Jan 21, 2026, 7:02 AM</time></li></ul></section></div>
<aside class="card-back-sidebar"><h3>Add to card</h3><button>Members</button><button>Checklist</button><h3>Actions</h3>
<button>Copy</button><button>Share</button></aside></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>Atlassian uses cookies to improve your browsing experience, perform
analytics and research, and conduct advertising.</p><button id="onetrust-accept-btn-handler">Accept all cookies</button>
<button id="onetrust-reject-all-handler">Reject all</button></div></div></body></html>`;
const trello: TestPage = {
  name: 'heldout443-trello-public-card-wiki',
  kind: 'wiki',
  html: tHtml,
  title: tCard,
  headings: [],
  body: tDesc,
  bylines: ['Feb 14, 9:30 AM', 'Maren Eastwick', 'Jan 19, 2026, 8:14 PM', 'Cal Pardoe', 'Jan 21, 2026, 7:02 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign up', 'Log in', tBoard, 'Public', 'Board', 'Filters', 'Ideas', 'To do', 'Doing', 'Done', 'Bee hotel by the pond',
    'Apple day stall in October', 'Order new tree guards', 'Mend the gate latch', 'Mulch the young pears', 'Grant report to parish council',
    'Add a card', 'in list', 'Labels', 'Trees', 'Volunteer day', 'Dates', 'Description', ...tCheck, '1/4', 'Activity', 'added this card to',
    'Can I bring the long-arm pruner from home? It reaches the top of the Bramleys.', 'Add to card', 'Members', 'Checklist', 'Actions', 'Copy',
    'Share', 'Atlassian uses cookies to improve your browsing experience, perform analytics and research, and conduct advertising.',
    'Accept all cookies', 'Reject all',
  ],
};

export const HELDOUT443_B: readonly TestPage[] = [notion, trello];
