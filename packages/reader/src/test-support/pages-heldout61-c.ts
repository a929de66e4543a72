import type { TestPage } from './page-kit.js';
import { notionPage } from './pages-heldout61-c2.js';

/**
 * Held-out batch 61, file c: a BookStack (v25) page in a food bank's volunteer handbook (skip link, hidden notification, the
 * header with logo, search and Shelves/Books/Log in links, the mobile Info/Content tabs, the tri-layout sides: "Page
 * Navigation", "Book Navigation" with the chapter's pages, "Details" with revision and created/updated lines, tags, the
 * "Actions" export menu; the breadcrumbs, the page content with bkmrk ids and a warning callout, the previous/next links and
 * the back-to-top button).
 */
const bsTitle = 'Receiving a supermarket donation';
const bsIntro =
  'Three supermarkets send a van on a fixed day of the week, and the drivers are on a tight schedule. This page explains how to ' +
  'take a delivery quickly and safely, and how to record it so that we can report accurately to each store at the end of the quarter.';
const bsH1 = 'Before the van arrives';
const bsBefore = [
  'Check the delivery rota on the noticeboard to see which store is due and roughly what it usually brings.',
  'Clear the loading bay and wedge the roller door fully open. The drivers will not wait while we move pallets.',
  'Fetch two sack trucks, and the blue chilled crates from the cold room if the store sends fresh or chilled food.',
  'Make sure at least one person on shift has done the loading bay induction.',
];
const bsH2 = 'Unloading';
const bsUnload = [
  'Let the driver bring the cages to the edge of the van. Volunteers should never climb into the vehicle, and nobody should lift ' +
    'a full crate above shoulder height. If a cage is too heavy to move on the sack truck, split it on the ground rather than ' +
    'trying to lift it in one go.',
  'Chilled and frozen items go into the cold room first, before anything else is sorted. Write the time on the whiteboard by the ' +
    'cold room door, because we need to show that chilled food was below 5 °C within thirty minutes of arrival.',
];
const bsWarn =
  'If anything arrives leaking, damaged or with a broken seal, put it straight into the red waste bin and note it on the form. ' +
  'Do not try to save it, and do not offer it to volunteers to take home.';
const bsH3 = 'Weighing and recording';
const bsWeigh = [
  'Every delivery is weighed before sorting. Put each crate on the platform scale, subtract the weight of the empty crate (it is ' +
    'written on the side) and enter the totals on the donation form under the store’s name.',
  'At the end of the shift, the shift lead types the totals into the donations spreadsheet. Stores use these figures in their ' +
    'own community reports, so a rough guess is worse than a gap: if you did not weigh something, leave the box empty and add a note.',
];
const bsH4 = 'When things go wrong';
const bsWrong =
  'If a van has not arrived within an hour of its slot, ring the store’s community champion; the numbers are on the rota. If a ' +
  'driver is rude or asks volunteers to do something unsafe, tell the warehouse coordinator the same day so we can raise it with the store.';
const bsChapter = ['Loading bay safety', bsTitle, 'Sorting and date checks', 'Cold room log'];
const bsTags = ['Warehouse', 'Deliveries', 'Food safety'];
const bsSvg = '<svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z"/></svg>';
const bsId = (t: string, n: number): string =>
  `bkmrk-${t
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .slice(0, 20)}${n > 0 ? `-${n}` : ''}`;
const bsP = (t: string, n = 0): string => `<p id="${bsId(t, n)}">${t}</p>`;
const bsHead = (t: string): string => `<h2 id="${bsId(t, 0)}">${t}</h2>`;
const bsEntity = (type: string, href: string, name: string, extra = ''): string =>
  `<a href="https://handbook.eastbrookfoodbank.example/${href}" class="${type} entity-list-item${extra}" data-entity-type="${type}"><span role="presentation"
` + `class="icon text-${type}">${bsSvg}</span><div class="content"><span class="entity-list-item-name break-text">${name}</span></div></a>`;
const bsHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr" class="">
<head>
    <title>${bsTitle} | Eastbrook Food Bank Handbook</title>
    <meta name="viewport" content="width=device-width">
    <meta name="token" content="kP3v9QmX1tZbN0aR7cHs2LwE5yUj8dFg4oIe6TpV">
    <meta name="base-url" content="https://handbook.eastbrookfoodbank.example">
    <meta charset="utf-8">
    <link rel="stylesheet" href="https://handbook.eastbrookfoodbank.example/dist/styles.css?version=v25.02.5">
    <link rel="stylesheet" media="print" href="https://handbook.eastbrookfoodbank.example/dist/print-styles.css?version=v25.02.5">
    <meta property="og:title" content="${bsTitle} | Eastbrook Food Bank Handbook">
    <meta property="og:url" content="https://handbook.eastbrookfoodbank.example/books/volunteer-handbook/page/receiving-a-supermarket-donation">
    <meta property="og:description" content="${bsIntro.slice(0, 120)}...">
    <script src="https://handbook.eastbrookfoodbank.example/dist/app.js?version=v25.02.5" type="module" nonce="q8Zr2mWv"></script>
    <style id="custom-styles" data-color="#2c7a4b" data-light-color="rgba(44,122,75,0.15)">
        :root { --color-primary: #2c7a4b; --color-primary-light: rgba(44,122,75,0.15); --color-link: #2c7a4b; }
    </style>
</head>
<body class="tri-layout" component="shortcuts">
    <a class="px-m py-s skip-to-content-link" href="#main-content">Skip to main content</a>
    <div component="notification" option:notification:type="success" option:notification:auto-hide="true" style="display: none;"
         class="notification pos" role="alert">${bsSvg} <span></span><div class="dismiss">${bsSvg}</div></div>
    <header id="header" component="header-mobile-toggle" class="primary-background px-xl grid print-hidden">
        <div class="flex-container-row justify-space-between gap-s items-center">
            <a href="https://handbook.eastbrookfoodbank.example" data-shortcut="home_view" class="logo"><img class="logo-image"
 src="https://handbook.eastbrookfoodbank.example/uploads/images/system/2024-02/logo.png" alt="Logo"><span class="logo-text">Eastbrook Food Bank
Handbook</span></a>
            <div class="hide-over-l py-s"><button type="button" refs="header-mobile-toggle@toggle" title="Expand Header Menu" aria-expanded="false"
 class="mobile-menu-toggle">${bsSvg}</button></div>
        </div>
        <div class="flex-container-column items-center justify-center hide-under-l">
            <form component="global-search" action="https://handbook.eastbrookfoodbank.example/search" method="GET" class="search-box" role="search"
tabindex="0">
                <button id="header-search-box-button" type="submit" aria-label="Search" tabindex="-1">${bsSvg}</button>
                <input id="header-search-box-input" refs="global-search@input" type="text" name="term" data-shortcut="global_search"
 autocomplete="off" aria-label="Search" placeholder="Search">
            </form>
        </div>
        <nav refs="header-mobile-toggle@menu" class="header-links"><div class="links text-center">
            <a data-shortcut="shelves_view" href="https://handbook.eastbrookfoodbank.example/shelves">${bsSvg}Shelves</a>
            <a data-shortcut="books_view" href="https://handbook.eastbrookfoodbank.example/books">${bsSvg}Books</a>
            <a href="https://handbook.eastbrookfoodbank.example/login">${bsSvg}Log in</a>
        </div></nav>
    </header>
    <div id="content" onclick="" class="block">
        <div class="tri-layout-mobile-tabs print-hidden"><div class="grid half no-break no-gap">
            <button type="button" refs="tri-layout@tab" data-tab="info" aria-label="Info" class="tri-layout-mobile-tab px-m py-m text-link">Info</button>
            <button type="button" refs="tri-layout@tab" data-tab="content" aria-label="Content" aria-selected="true"
 class="tri-layout-mobile-tab px-m py-m text-link active">Content</button>
        </div></div>
        <div refs="tri-layout@container" class="tri-layout-container" component="tri-layout">
            <div class="tri-layout-sides print-hidden"><div class="tri-layout-sides-content">
                <div class="tri-layout-right print-hidden"><aside class="tri-layout-right-contents">
                    <div class="actions mb-xl"><h5>Actions</h5><div class="icon-list text-link">
                        <div component="dropdown" class="dropdown-container" id="export-menu">
                            <div refs="dropdown@toggle" class="icon-list-item" aria-haspopup="true" aria-expanded="false" aria-label="Export"
 data-shortcut="export" tabindex="0"><span>${bsSvg}</span><span>Export</span></div>
                            <ul refs="dropdown@menu" class="wide dropdown-menu" role="menu">
                                <li><a href="export/html" target="_blank" class="label-item"><span>Contained Web File</span><span>.html</span></a></li>
                                <li><a href="export/pdf" target="_blank" class="label-item"><span>PDF File</span><span>.pdf</span></a></li>
                                <li><a href="export/plaintext" target="_blank" class="label-item"><span>Plain Text File</span><span>.txt</span></a></li>
                                <li><a href="export/markdown" target="_blank" class="label-item"><span>Markdown File</span><span>.md</span></a></li>
                            </ul>
                        </div>
                    </div></div>
                </aside></div>
                <div class="tri-layout-left print-hidden" id="sidebar"><aside class="tri-layout-left-contents">
                    <section class="mb-xl"><h5>Tags</h5><div class="tag-box"><div class="tag-list">
${bsTags
  .map(
    (t) =>
      `<div class="tag-item primary-background-light" data-name="${t}"><div class="tag-name"><a
href="/search?term=%5B${encodeURIComponent(t)}%5D">${t}</a></div></div>`,
  )
  .join('\n')}
                    </div></div></section>
                    <section class="mb-xl" aria-labelledby="page-navigation-heading"><h5 id="page-navigation-heading">Page Navigation</h5>
                    <nav class="sidebar-page-nav primary-background-light" aria-labelledby="page-navigation-heading">
${[bsH1, bsH2, bsH3, bsH4].map((h) => `<div class="nav-item h2"><a href="#${bsId(h, 0)}" class="text-limit-lines-1 block">${h}</a></div>`).join('\n')}
                    </nav></section>
                    <nav id="book-tree" class="book-tree mb-xl" aria-label="Book Navigation"><h5>Book Navigation</h5>
                    <ul class="sidebar-page-list mt-xs menu entity-list">
                        <li class="list-item-book book">${bsEntity('book', 'books/volunteer-handbook', 'Volunteer Handbook')}</li>
                        <li class="list-item-chapter chapter">${bsEntity('chapter', 'books/volunteer-handbook/chapter/front-desk', 'Front desk')}</li>
                        <li class="list-item-chapter chapter">${bsEntity('chapter', 'books/volunteer-handbook/chapter/warehouse', 'Warehouse')}
                            <div class="entity-list-item no-hover"><span role="presentation" class="icon text-chapter"></span><div class="content">
                            <button type="button" aria-expanded="true" class="chapter-contents-toggle">${bsSvg}<span>4 Pages</span></button>
                            <ul class="chapter-contents-list sub-menu inset-list" role="menu">
${bsChapter
  .map((t, i) => `<li class="list-item-page">${bsEntity('page', `books/volunteer-handbook/page/p${i}`, t, t === bsTitle ? ' selected' : '')}</li>`)
  .join('\n')}
                            </ul></div></div>
                        </li>
                        <li class="list-item-chapter chapter">${bsEntity('chapter', 'books/volunteer-handbook/chapter/safeguarding', 'Safeguarding')}</li>
                    </ul></nav>
                    <section class="mb-xl"><h5>Details</h5><div class="blended-links"><div class="entity-meta">
                        <div class="entity-meta-item">${bsSvg}<div>Revision #14</div></div>
                        <div class="entity-meta-item">${bsSvg}<div>Created <span title="Sun, Feb 18, 2024 10:32 AM">1 year ago</span> by <a
 href="https://handbook.eastbrookfoodbank.example/user/ade-okonkwo">Ade Okonkwo</a></div></div>
                        <div class="entity-meta-item">${bsSvg}<div>Updated <span title="Thu, Oct 30, 2025 7:04 PM">1 week ago</span> by <a
 href="https://handbook.eastbrookfoodbank.example/user/beth-marr">Beth Marr</a></div></div>
                    </div></div></section>
                </aside></div>
            </div></div>
            <div class="tri-layout-middle"><div id="main-content" class="tri-layout-middle-contents">
                <div class="mb-m print-hidden"><nav class="breadcrumbs text-center" aria-label="Breadcrumb">
                    <a href="/shelves/operations" class="text-bookshelf icon-list-item outline-hover"><span>${bsSvg}</span><span>Operations</span></a>
                    <div class="separator">${bsSvg}</div>
                    <a href="/books/volunteer-handbook" class="text-book icon-list-item outline-hover"><span>${bsSvg}</span><span>Volunteer Handbook</span></a>
                    <div class="separator">${bsSvg}</div>
                    <a href="/books/volunteer-handbook/chapter/warehouse" class="text-chapter icon-list-item
outline-hover"><span>${bsSvg}</span><span>Warehouse</span></a>
                    <div class="separator">${bsSvg}</div>
                    <a href="/books/volunteer-handbook/page/receiving-a-supermarket-donation" class="text-page icon-list-item
outline-hover"><span>${bsSvg}</span><span
 class="text-limit-lines-2">${bsTitle}</span></a>
                </nav></div>
                <main class="content-wrap card">
                    <div component="page-display" option:page-display:page-id="87" class="page-content clearfix">
                        <div dir="auto">
                            <h1 class="break-text" id="bkmrk-page-title">${bsTitle}</h1>
                            <div style="clear:left;"></div>
                            ${bsP(bsIntro)}
                            ${bsHead(bsH1)}
                            <ul id="bkmrk-check-the-delivery-r">
${bsBefore.map((t) => `<li class="null">${t}</li>`).join('\n')}
                            </ul>
                            ${bsHead(bsH2)}
                            ${bsUnload.map((p) => bsP(p)).join('\n')}
                            <p class="callout warning" id="bkmrk-if-anything-arrives-">${bsWarn}</p>
                            ${bsHead(bsH3)}
                            ${bsWeigh.map((p) => bsP(p)).join('\n')}
                            ${bsHead(bsH4)}
                            ${bsP(bsWrong)}
                        </div>
                    </div>
                    <div component="pointer" option:pointer:page-id="87" class="pointer-container" tabindex="-1" aria-hidden="true">
                        <div class="pointer flex-container-row items-center justify-space-between gap-xs p-xs anim">
                            <div refs="pointer@mode-section" class="flex flex-container-row items-center gap-xs"><button refs="pointer@mode-toggle"
 title="Switch to Include Mode" class="text-button icon px-xs">${bsSvg}</button><div class="input-group flex flex-container-row items-center"><input
 refs="pointer@link-input" aria-label="Permalink" readonly="readonly" type="text" id="pointer-url" placeholder="url"><button refs="pointer@link-button"
 class="button outline icon px-xs" type="button" title="Copy Link">${bsSvg}</button></div></div>
                        </div>
                    </div>
                </main>
                <div class="grid half collapse-xs items-center mb-m px-m no-row-gap fade-in-when-active print-hidden">
                    <div><a href="/books/volunteer-handbook/page/loading-bay-safety" class="outline-hover no-link-style block rounded"><div
 class="px-m pt-xs text-muted">Previous</div><div class="inline-block"><div class="icon pl-xs">${bsSvg}</div><div><span
 class="text-page entity-list-item-name">Loading bay safety</span></div></div></a></div>
                    <div><a href="/books/volunteer-handbook/page/sorting-and-date-checks" class="outline-hover no-link-style block rounded text-xxs-right"><div
 class="px-m pt-xs text-muted text-xxs-right">Next</div><div class="inline-block"><div><span
 class="text-page entity-list-item-name">Sorting and date checks</span></div><div class="icon pr-xs">${bsSvg}</div></div></a></div>
                </div>
            </div></div>
        </div>
    </div>
    <div component="back-to-top" class="back-to-top print-hidden"><div class="inner">${bsSvg} <span>Back to top</span></div></div>
</body>
</html>
`;
const bookStack: TestPage = {
  html: bsHtml,
  name: 'heldout61-bookstack',
  kind: 'wiki',
  // the page's h1 is the title and its h2s the headings; the intro, the checklist items, the paragraphs and the warning
  // callout (a callout of the page's own) are body; the created and updated dates and names in "Details" are the bylines (their
  // labels and "Revision #14" furniture); tags, page navigation (its items are the headings: left out), the book navigation
  // (its current-page item is the title), the export menu, breadcrumbs, previous/next links, header links, the mobile tabs and
  // "Back to top" are furniture; "Loading bay safety" and "Sorting and date checks" are listed once; the chapter and tag
  // "Warehouse" is a word of the body ("warehouse coordinator"): left out
  title: bsTitle,
  headings: [bsH1, bsH2, bsH3, bsH4],
  body: [bsIntro, ...bsBefore, ...bsUnload, bsWarn, ...bsWeigh, bsWrong],
  bylines: ['1 year ago', 'Ade Okonkwo', '1 week ago', 'Beth Marr'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Eastbrook Food Bank Handbook', 'Shelves', 'Books', 'Log in', 'Info', 'Content', 'Actions', 'Export', 'Contained Web File',
    'PDF File', 'Plain Text File', 'Markdown File', ...bsTags.slice(1), 'Page Navigation', 'Book Navigation', 'Volunteer Handbook', 'Front desk',
    '4 Pages', ...bsChapter.filter((t) => t !== bsTitle), 'Safeguarding', 'Details', 'Revision #14', 'Created', 'Updated', 'Operations', 'Previous',
    'Next', 'Back to top',
  ],
};

export const HELDOUT61_C: readonly TestPage[] = [bookStack, notionPage];
