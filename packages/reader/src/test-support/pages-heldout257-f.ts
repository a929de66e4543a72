import { links, ps, type TestPage, texts } from './page-kit.js';
import { moin } from './pages-heldout257-f2.js';
import { j, tds } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file f: a TiddlyWiki 5 notebook saved from the browser with one tiddler open (the JSON tiddler store
 * in a script, the story river with the tiddler frame whose title is an h2.tc-title while the site title in the sidebar is the
 * page's only h1, the subtitle with modifier and date, tag pills, the sidebar with subtitle, search, the Open / Recent /
 * Tools / More tabs) and, from file f2, a MoinMoin 1.9 page.
 */
const tTitle = 'Grafting apple trees';
const tIntro = [
  j(
    'Notes to myself, mostly, after three springs of getting it wrong. Whip-and-tongue grafting is the only method I use now: it is',
    'quick, it suits the pencil-thin scion wood I collect, and when it fails you can see why.',
  ),
];
const tWhen = [
  j(
    'Collect scion wood in January while the trees are fully dormant, wrap it in a damp paper towel and keep it in the salad drawer.',
    'Graft in late March or early April, when the buds on the rootstock are just starting to swell. Grafting too early, in a cold',
    'spell, was my most common mistake.',
  ),
];
const tSteps = [
  'Cut the rootstock with one long sloping cut, about four times as long as the stem is wide.',
  'Make the same cut at the base of the scion, so the two faces match.',
  'Cut a shallow tongue into each face, a third of the way down, and slide them together.',
  'Line up the bark on at least one side; the green layer under it is what has to meet.',
  'Wrap firmly with grafting tape from the bottom up and seal the top of the scion with wax.',
];
const tQuote = 'Line up the cambium, and the tree does the rest.';
const tQuoteNote = 'My grandfather said this every spring, usually while doing the job himself.';
const tRoots = [
  ['M27', 'Very small, needs a stake for life', 'Patio pots'],
  ['M26', 'Small, good for cordons', 'The fence row'],
  ['MM106', 'Medium, copes with wet clay', 'The bottom field'],
];
const tAfter = [
  j(
    'Cut the tape in early summer once the graft has callused, or it will strangle the stem. Rub off any shoots that grow from the',
    'rootstock below the union. Last year seven out of nine grafts took, which is the best I have managed so far.',
    'Label every graft with the variety and the date on an aluminium tag; pencil on plastic fades within a single summer.',
  ),
];
const tRecent = ['Pruning the old Bramley', 'Codling moth traps', 'Orchard calendar', 'Rootstocks'];
const tStore = JSON.stringify([
  { title: tTitle, tags: 'Orchard Techniques', modifier: 'Hazel Quarrie', modified: '20260302191400000', text: '! When to graft\n\nCollect scion wood...' },
  { title: '$:/SiteTitle', text: "Hazel's Orchard Notebook" },
]);
const tHtml = `<!doctype html>
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8"><meta name="application-name" content="TiddlyWiki">
<meta name="generator" content="TiddlyWiki"><meta name="tiddlywiki-version" content="5.3.6"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<meta name="format-detection" content="telephone=no"><meta name="copyright" content="TiddlyWiki created by Jeremy Ruston, (jeremy [at] jermolene [dot] com)">
<title>${tTitle} — Hazel's Orchard Notebook</title><style class="tiddlywiki-style">.tc-site-title{font-size:2.35em;}</style>
</head><body class="tc-body">
<div class="tc-page-container-wrapper"><div class="tc-page-container tc-page-view-classic tc-language-en-GB">
<div class="tc-dropzone"><section class="tc-story-river" role="main"><section class="story-backdrop"></section>
<div data-tiddler-title="${tTitle}" data-tags="Orchard Techniques" class="tc-tiddler-frame tc-tiddler-view-frame tc-tiddler-exists tc-tagged-Orchard
tc-tagged-Techniques" role="article"><div class="tc-tiddler-title"><div class="tc-titlebar"><span class="tc-tiddler-controls"><span class=" tc-reveal"><button
aria-label="more" class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2Fmore-tiddler-actions" title="More actions: Additional actions"><svg
class="tc-image-down-arrow tc-image-button" height="22pt" viewBox="0 0 128 128" width="22pt"></svg></button></span><span class=" tc-reveal"><button
aria-label="edit" class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2Fedit" title="Edit this tiddler"><svg
class="tc-image-edit-button tc-image-button"
height="22pt" viewBox="0 0 128 128" width="22pt"></svg></button></span><span class=" tc-reveal"><button aria-label="close" class="tc-btn-invisible
tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2Fclose" title="Close this tiddler"><svg class="tc-image-close-button tc-image-button" height="22pt"></svg></button></span>
</span><span><span class="tc-tiddler-title-icon" style="fill:#6b8f3a;"></span><h2 class="tc-title">${tTitle}</h2></span></div>
<div class="tc-tiddler-info tc-popup-handle tc-reveal" hidden="true"></div></div>
<div class=" tc-reveal"><div class="tc-subtitle"><a class="tc-tiddlylink tc-tiddlylink-missing" href="#Hazel%20Quarrie">Hazel Quarrie</a> 2nd March 2026 at
7:14pm</div></div>
<div class=" tc-reveal"><div class="tc-tags-wrapper"><span class="tc-tag-list-item" data-tag-title="Orchard"><span class="tc-drop-down-wrapper"><button
class="tc-btn-invisible tc-tag-label tc-tag-label-Orchard" style="background-color:#b8d4a0;fill:#333333;color:#333333;"><span
class="tc-tag-title">Orchard</span>
</button></span></span><span class="tc-tag-list-item" data-tag-title="Techniques"><span class="tc-drop-down-wrapper"><button
class="tc-btn-invisible tc-tag-label"
style="background-color:#e0d3a8;"><span class="tc-tag-title">Techniques</span></button></span></span></div></div>
<div class="tc-tiddler-body tc-reveal">${ps(tIntro)}<h2 class="">When to graft</h2>${ps(tWhen)}<h2 class="">Whip-and-tongue, step by step</h2>
<ol>${tSteps.map((s) => `<li>${s}</li>`).join('')}</ol><blockquote class="tc-quote"><p>${tQuote}</p><cite>${tQuoteNote}</cite></blockquote>
<h2 class="">Rootstocks I use</h2><table><tbody><tr class="evenRow"><th>Rootstock</th><th>Vigour</th><th>Where</th></tr>
${tRoots.map(tds).join('\n')}</tbody></table><h2 class="">Aftercare</h2>${ps(tAfter)}</div></div></section></div>
<div class="tc-sidebar-scrollable" role="region" aria-label="Sidebar" style="left: 770px;"><div class="tc-sidebar-header"><div class=" tc-reveal">
<h1 class="tc-site-title">Hazel's Orchard Notebook</h1><div class="tc-site-subtitle">Forty trees, one ladder, too many notes</div>
<div class="tc-page-controls"><button aria-label="new tiddler" class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2Fnew-tiddler"
title="Create a new tiddler">
<svg class="tc-image-new-button tc-image-button" height="22pt"></svg></button><button aria-label="control panel" class="tc-btn-invisible"
title="Open control panel">
<svg class="tc-image-options-button tc-image-button" height="22pt"></svg></button></div>
<div class="tc-sidebar-search"><div class="tc-search"><input class="tc-popup-handle" placeholder="Search" type="search"></div></div>
<div class="tc-sidebar-lists tc-sidebar-tabs" role="region" aria-label="Sidebar tabs"><div class="tc-tab-set tc-sidebar-tabs-main"><div class="tc-tab-buttons
tc-sidebar-tabs-main"><button class="">Open</button><button class="tc-tab-selected">Recent</button><button class="">Tools</button><button class="">More</button>
</div><div class="tc-tab-divider tc-sidebar-tabs-main"></div><div class="tc-tab-content tc-sidebar-tabs-main"><div class=" tc-reveal"><div class="tc-timeline">
<div class="tc-menu-list-item">2nd March 2026</div><div class="tc-menu-list-subitem"><a class="tc-tiddlylink tc-tiddlylink-resolves"
href="#Grafting%20apple%20trees">
${tTitle}</a></div><div class="tc-menu-list-item">26th February 2026</div><ul>${links(tRecent, 'tc-menu-list-subitem')}</ul></div></div></div></div></div>
</div></div></div></div>
<script class="tiddlywiki-tiddler-store" type="application/json">${tStore}</script>
<div id="storeArea" style="display:none;"></div>
<script id="bootKernel">var $tw = $tw || Object.create(null);$tw.boot = $tw.boot || Object.create(null);</script></body></html>`;
const tiddlywiki: TestPage = {
  name: 'heldout257-tiddlywiki-tiddler-wiki',
  kind: 'wiki',
  html: tHtml,
  title: tTitle,
  headings: ['When to graft', 'Whip-and-tongue, step by step', 'Rootstocks I use', 'Aftercare'],
  body: texts([...tIntro, ...tWhen, ...tSteps, tQuote, tQuoteNote, ...tRoots.flat(), ...tAfter]),
  bylines: ['Hazel Quarrie', '2nd March 2026 at 7:14pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Orchard', 'Techniques', "Hazel's Orchard Notebook", 'Forty trees, one ladder, too many notes', 'Open', 'Recent', 'Tools', 'More',
    '2nd March 2026', '26th February 2026', ...tRecent,
  ],
};

export const HELDOUT257_F: readonly TestPage[] = [tiddlywiki, moin];
