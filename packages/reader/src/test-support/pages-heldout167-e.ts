import { type TestPage, texts } from './page-kit.js';
import { WRITEFREELY_POST } from './pages-heldout167-e2.js';
import { lis, paras } from './pages-heldout167-kit.js';

/**
 * Held-out batch 167, file e: a TiddlyWiki 5 single-file wiki saved after it rendered (the page-container wrapper with
 * the story river holding one tiddler frame: icon-only toolbar buttons, the h2 title, the subtitle with modifier and
 * date, the tag pills, the tiddler body with wikitext headings, a list and a table; the sidebar with the h1 site title
 * and subtitle, search, the Open / Recent / Tools / More tabs and the open-tiddlers list; then the boot parts the file
 * carries: the static style area, the noscript note, the JSON tiddler store holding the same text as raw wikitext and
 * the library and boot scripts) and, from file e2, a WriteFreely post.
 */
const wTitle = 'The Mill Leat';
const wP1 = paras(`
The mill leat is the artificial channel that once carried water from the Hollow Brook to Tull's Mill, a distance of a
little under half a mile. Most of it is now dry, but its line can still be followed from the weir behind Church Farm to
the wheel pit at the mill.
`);
const wH1 = 'History';
const wP2 = paras(`
The leat was probably cut in the early eighteenth century, when the mill was rebuilt after a fire. A lease of 1731 in the
county record office mentions "the new water course" and makes the tenant responsible for clearing it twice a year.

It was widened in 1868, when the mill was converted to grind animal feed and a larger wheel was fitted. The work was done
by a gang of twelve men over a dry summer, and the spoil was used to raise the lane beside the churchyard, which explains
why the lane sits higher than the fields around it.

The mill stopped working in 1932, and the leat was allowed to silt up. During the dry summer of 1976 children from the
village school dug out a stretch near the culvert as a project, and found clay pipe stems, a horseshoe and a copper token
from a Bristol brewery, all now kept in the church vestry. Parts of the channel still fill with water after heavy rain.
`);
const wH2 = 'What survives';
const wList = [
  'The stone weir behind Church Farm, partly rebuilt in the 1950s.',
  'About two hundred yards of open channel along the edge of Long Meadow.',
  'The culvert under the lane, with its date stone of 1868.',
  'The sluice frame in the wheel pit, now without its gate.',
];
const wH3 = 'Measurements';
const wTable = [
  ['Weir to culvert', '410 yards', '6 feet'],
  ['Culvert to wheel pit', '260 yards', '4 feet'],
];
const wP3 = paras(`
Widths were measured by the history group in the spring of 2025 at the narrowest point of each section. Further
information is welcome: see Contributing for how to add to this page.
`);
const wBody = [...wP1, ...wP2, ...wList, ...wTable.flat(), ...wP3];
const wTags = ['Waterways', 'Tull’s Mill', 'Church Farm'];
const wTabs = ['Open', 'Recent', 'Tools', 'More'];
const wOpen = ['The Mill Leat', 'Tull’s Mill', 'close all'];
const wText = [
  ...wP1,
  `!! ${wH1}`,
  ...wP2,
  `!! ${wH2}`,
  ...wList.map((l) => `* ${l}`),
  `!! ${wH3}`,
  '|!Section |!Length |!Width |',
  ...wTable.map((r) => `|${r.join(' |')} |`),
  ...wP3,
].join('\n\n');
const wStore = JSON.stringify([
  { title: '$:/SiteTitle', text: 'Hollowbrook History Wiki' },
  { title: '$:/SiteSubtitle', text: 'Notes on the village, its mills and its people' },
  { title: '$:/DefaultTiddlers', text: '[[The Mill Leat]]' },
  {
    created: '20250412190311000',
    modified: '20251114204700000',
    modifier: 'Margery Tull',
    tags: 'Waterways [[Tull’s Mill]] [[Church Farm]]',
    title: wTitle,
    text: wText,
  },
]);
const wBtn = (label: string, title: string): string =>
  `<button aria-label="${label}" class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2F${label}" title="${title}"><svg class="tc-image-button"
width="22pt" height="22pt"></svg></button>`;
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8"><meta name="application-name" content="TiddlyWiki">
<meta name="generator" content="TiddlyWiki"><meta name="tiddlywiki-version" content="5.3.8"><meta name="viewport" content="width=device-width,
initial-scale=1.0">
<meta name="apple-mobile-web-app-capable" content="yes"><meta name="format-detection" content="telephone=no"><meta name="copyright" content="TiddlyWiki
created by Jeremy Ruston">
<link id="faviconLink" rel="shortcut icon" href="favicon.ico"><title>${wTitle} — Hollowbrook History Wiki</title>
<style>.tc-tiddler-frame{border-radius:2px}</style></head>
<body class="tc-body"><div class="tc-page-container-wrapper"><div class="tc-page-container tc-page-view-classic tc-language-en-GB">
<div class="tc-dropzone"><div class="tc-story-river-wrapper"><section class="tc-story-river" role="main"><section class="story-backdrop"></section>
<div data-tiddler-title="${wTitle}" data-tags="Waterways [[Tull’s Mill]] [[Church Farm]]" class="tc-tiddler-frame tc-tiddler-view-frame tc-tiddler-exists
tc-tagged-Waterways" role="article"><div class="tc-tiddler-title"><div class="tc-titlebar"><span class="tc-tiddler-controls">
<span class=" tc-reveal">${wBtn('more-tiddler-actions', 'More actions')}</span><span class=" tc-reveal">${wBtn('edit', 'Edit this tiddler')}</span>
<span class=" tc-reveal">${wBtn('close', 'Close this tiddler')}</span></span><span><h2 class="tc-title">${wTitle}</h2></span></div></div>
<div class="tc-tiddler-info tc-popup-handle tc-reveal" hidden="true"></div>
<div class=" tc-reveal"><div class="tc-subtitle"><a class="tc-tiddlylink tc-tiddlylink-missing"
href="#Margery%20Tull">Margery Tull</a> 14th November 2025 at 8:47pm</div></div>
<div class=" tc-reveal"><div class="tc-tags-wrapper">${wTags
  .map(
    (t) => `<span class="tc-tag-list-item" data-tag-title="${t}"><span class="tc-drop-down-wrapper"><button class="tc-tag-label tc-btn-invisible"
style="background-color:#c8d6e5;">${t}</button></span></span>`,
  )
  .join('\n')}</div></div>
<div class="tc-tiddler-body tc-reveal">${wP1.map((p) => `<p>${p}</p>`).join('')}
<h2 class="">${wH1}</h2>${wP2.map((p) => `<p>${p}</p>`).join('')}
<h2 class="">${wH2}</h2><ul>${lis(wList)}</ul>
<h2 class="">${wH3}</h2><table><tbody><tr class="evenRow"><th>Section</th><th>Length</th><th>Width</th></tr>
${wTable.map((r, i) => `<tr class="${i % 2 ? 'evenRow' : 'oddRow'}"><td>${r.join('</td><td>')}</td></tr>`).join('\n')}</tbody></table>
<p>${(wP3[0] ?? '').replace('Contributing', '<a class="tc-tiddlylink tc-tiddlylink-resolves" href="#Contributing">Contributing</a>')}</p></div></div>
</section></div></div>
<div class="tc-sidebar-scrollable" role="region" aria-label="Sidebar"><div class="tc-sidebar-header"><div class="tc-reveal">
<h1 class="tc-site-title"><span>Hollowbrook History Wiki</span></h1><div class="tc-site-subtitle">Notes on the village, its mills and its people</div>
<div class="tc-page-controls">${wBtn('new-tiddler', 'Create a new tiddler')}
${wBtn('control-panel', 'Open control panel')}${wBtn('save-wiki', 'Save changes')}</div>
<div class="tc-sidebar-lists tc-sidebar-search"><div class="tc-search"><input class="tc-popup-handle" type="search" placeholder="Search" aria-label="Search">
<button class="tc-btn-invisible">search</button></div></div>
<div class="tc-sidebar-lists tc-sidebar-tabs"><div class="tc-tab-set tc-sidebar-tabs-main"><div class="tc-tab-buttons tc-sidebar-tabs-main">
${wTabs.map((t, i) => `<button class="${i === 0 ? 'tc-tab-selected' : ''}" role="tab">${t}</button>`).join('')}</div><div class="tc-tab-divider
tc-sidebar-tabs-main"></div>
<div class="tc-tab-content tc-sidebar-tabs-main"><div class="tc-reveal" role="tabpanel"><div class="tc-sidebar-tab-open">
${wOpen
  .slice(0, 2)
  .map(
    (o) =>
      `<div class="tc-sidebar-tab-open-item"><button class="tc-btn-invisible tc-btn-mini" title="Close this tiddler">×</button> <a
class="tc-tiddlylink">${o}</a></div>`,
  )
  .join('\n')}
<div class="tc-sidebar-tab-open-item"><button class="tc-btn-invisible tc-btn-mini">${wOpen[2]}</button></div></div></div></div></div></div></div></div></div>
</div></div>
<!--~~ Static styles ~~--><div id="styleArea"><style data-tiddler-title="$:/boot/boot.css" type="text/css">.tc-error-form{font-family:sans-serif}</style></div>
<!--~~ Static content for Google and browsers without JavaScript ~~--><noscript><div id="splashArea" class="tc-remove-when-wiki-loaded">
<p>This TiddlyWiki requires JavaScript to be enabled.</p></div></noscript>
<!--~~ Ordinary tiddlers ~~--><script class="tiddlywiki-tiddler-store" type="application/json">${wStore}</script>
<div id="storeArea" style="display:none;"></div>
<!--~~ Library modules ~~--><div id="libraryModules" style="display:none;"><script data-tiddler-title="$:/library/sjcl.js" type="text/javascript">
"use strict";var sjcl={cipher:{},hash:{}};</script></div>
<!--~~ Boot kernel prologue ~~--><div id="bootKernelPrefix" style="display:none;"><script data-tiddler-title="$:/boot/bootprefix.js" type="text/javascript">
var _bootprefix = (function($tw) { "use strict"; return $tw; });</script></div>
<!--~~ Boot kernel ~~--><div id="bootKernel" style="display:none;"><script data-tiddler-title="$:/boot/boot.js" type="text/javascript">
var _boot = (function($tw) { "use strict"; $tw.boot.startup(); return $tw; });</script></div>
</body></html>`;
const TIDDLY_TIDDLER: TestPage = {
  name: 'heldout167-tiddlywiki-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts(wBody),
  bylines: ['Margery Tull', '14th November 2025 at 8:47pm'],
  furniture: [
    ...wTags,
    'Hollowbrook History Wiki',
    'Notes on the village, its mills and its people',
    'search',
    ...wTabs,
    ...wOpen.slice(1),
    'This TiddlyWiki requires JavaScript to be enabled.',
  ],
};

export const HELDOUT167_E: readonly TestPage[] = [TIDDLY_TIDDLER, WRITEFREELY_POST];
