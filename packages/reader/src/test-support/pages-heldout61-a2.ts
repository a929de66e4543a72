import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 61, file a2: a single-file TiddlyWiki (5.3) saved from the browser with one tiddler open in the story river:
 * the rendered page (sidebar with site title and subtitle, icon-only page controls, search, the Open/Recent/Tools/More tabs
 * with the open-tiddler list, the tiddler frame with its icon toolbar, subtitle with modifier and date, tag pills and body),
 * then what the file itself holds: the static styles, the <noscript> list of every tiddler title, the JSON tiddler store
 * with the same text as wikitext, the empty storeArea and the boot kernel scripts.
 */
const twTitle = 'Leeks from seed';
const twLead =
  'Leeks are the one crop on the allotment that has never failed me, which is probably why I keep growing too many of them. ' +
  'This is what has worked over four seasons on our heavy clay, and a few things I would not bother with again.';
const twH1 = 'Sowing';
const twSow =
  'I sow in the second week of March, in a deep tray of peat-free compost in the cold frame. No heat is needed: leeks come up ' +
  'slowly but evenly once the soil warms, usually in about three weeks.';
const twSowList = [
  'Sow thinly, about a centimetre apart, and cover with a few millimetres of sieved compost.',
  'Keep the tray just damp. Seedlings that dry out once tend to bolt the following summer.',
  'If they start to flop in late April, trim the tops back by a third; it makes them sturdier.',
];
const twH2 = 'Planting out';
const twPlant = [
  'By late June the seedlings should be the thickness of a pencil. I make holes fifteen centimetres deep with the old spade ' +
    'handle, drop one leek into each and fill the hole with water rather than soil. The soil settles round them over the next ' +
    'few weeks and the buried part blanches white.',
  'Rows thirty centimetres apart, plants fifteen apart in the row. Any closer and the autumn rust spreads faster than I can pick ' + 'off the leaves.',
];
const twH3 = 'Problems';
const twProblems = [
  'Rust turns up most years in September. It looks alarming but rarely does real harm; I strip the worst leaves and leave the ' +
    'rest. Allium leaf miner is the one to worry about. It ruined half the 2023 crop, and since then I have kept the bed under ' +
    'mesh from March to May and again from October, which has kept it out completely.',
  'See also <a class="tc-tiddlylink tc-tiddlylink-resolves" href="#Onion%20white%20rot">Onion white rot</a>, which has not ' +
    'reached our beds yet but is two plots down on the east side.',
];
const twH4 = 'Varieties';
const twVarieties = [
  '<strong>Musselburgh</strong>: reliable and hardy, the one to grow if you only grow one.',
  '<strong>Bleu de Solaise</strong>: blue-green leaves, stands well into March.',
  '<strong>Porbella</strong>: tall and clean, but struggled in the wet summer of 2024.',
];
const twAll = ['$:/DefaultTiddlers', '$:/SiteSubtitle', '$:/SiteTitle', 'Allotment rules', 'Compost bays', twTitle, 'Onion white rot', 'Seed order 2026'];
const twSvg = '<svg class="tc-image-button" height="22pt" viewBox="0 0 128 128" width="22pt"><path d="M64 0l64 64-64 64L0 64z"></path></svg>';
const twBtn = (label: string, title: string): string =>
  `<button aria-label="${label}" class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2F${label.replace(/ /g, '-')} "
title="${title}">${twSvg}</button>`;
const twStoreText = [
  `${twLead}\\n\\n!! ${twH1}\\n\\n${twSow}\\n\\n`,
  `${twSowList.map((t) => `* ${t}`).join('\\n')}\\n\\n!! ${twH2}\\n\\n${twPlant.join('\\n\\n')}\\n\\n!! ${twH3}\\n\\n${twProblems[0]}\\n\\n`,
  'See also [[Onion white rot]], which has not reached our beds yet but is two plots down on the east side.\\n\\n',
  `!! ${twH4}\\n\\n* ''Musselburgh'': reliable and hardy, the one to grow if you only grow one.\\n* ''Bleu de Solaise'': blue-green `,
  "leaves, stands well into March.\\n* ''Porbella'': tall and clean, but struggled in the wet summer of 2024.",
].join('');
const twHtml = `<!doctype html>
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<!--~~ Raw markup for the top of the head section ~~-->
<meta http-equiv="X-UA-Compatible" content="IE=Edge"/>
<meta name="application-name" content="TiddlyWiki" />
<meta name="generator" content="TiddlyWiki" />
<meta name="tiddlywiki-version" content="5.3.6" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="format-detection" content="telephone=no" />
<meta name="copyright" content="TiddlyWiki created by Jeremy Ruston, (jeremy [at] jermolene [dot] com)" />
<link id="faviconLink" rel="shortcut icon" href="favicon.ico">
<title>Plot 23 — an allotment notebook</title>
<style type="text/css">.tc-page-container { font-family: "Inter", sans-serif; } .tc-tiddler-frame { padding: 28px 42px 42px 42px; }</style>
</head>
<body class="tc-body">
<div class="tc-page-container-wrapper"><div class=" tc-page-container tc-page-view-classic tc-language-en-GB ">
<div class="tc-dropzone">
<div class=" tc-reveal"><div class="tc-sidebar-scrollable" role="region" aria-label="Sidebar" style="left: 770px;">
<div class="tc-sidebar-header">
<div class=" tc-reveal">
<h1 class="tc-site-title"><p>Plot 23</p></h1>
<div class="tc-site-subtitle"><p>an allotment notebook, 2021 onwards</p></div>
<div class="tc-page-controls">${twBtn('new tiddler', 'Create a new tiddler')}${twBtn('control panel', 'Open control panel')}
<button aria-label="save changes" class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2Fsave-wiki " title="Save changes"><span
 class="tc-dirty-indicator">${twSvg}</span></button></div>
<div class="tc-sidebar-lists tc-sidebar-search"><div class="tc-search"><input class="tc-popup-handle" placeholder="Search" tabindex="0"
 type="search" aria-label="Search"><button aria-label="Advanced search" class="tc-btn-invisible" title="Advanced search">${twSvg}</button></div></div>
<div class="tc-sidebar-lists tc-sidebar-tabs" role="region" aria-label="Sidebar">
<div class="tc-tab-set tc-sidebar-tabs-main"><div class="tc-tab-buttons tc-sidebar-tabs-main" role="tablist"><button class=" tc-tab-selected"
 aria-selected="true" role="tab">Open</button><button role="tab" aria-selected="false">Recent</button><button role="tab"
 aria-selected="false">Tools</button><button role="tab" aria-selected="false">More</button></div><div class="tc-tab-divider tc-sidebar-tabs-main"></div>
<div class="tc-tab-content tc-sidebar-tabs-main"><div class=" tc-reveal"><div class="tc-sidebar-tab-open">
<div class="tc-sidebar-tab-open-item"><button class="tc-btn-invisible tc-btn-mini tc-small-gap-right" title="Close this tiddler">×</button><a
 class="tc-tiddlylink tc-tiddlylink-resolves" href="#Leeks%20from%20seed">${twTitle}</a></div>
<button class="tc-btn-invisible tc-btn-mini" title="Close all tiddlers">close all</button>
</div></div></div></div></div>
</div></div></div>
<section class="tc-story-river" role="main" aria-label="Story river">
<section class="story-backdrop"></section>
<div class=" tc-tiddler-frame tc-tiddler-view-frame tc-tiddler-exists   tc-tagged-Vegetables tc-tagged-Sowing " data-tags="Vegetables Sowing"
 data-tiddler-title="${twTitle}" role="article">
<div class=" tc-reveal"><div class="tc-tiddler-title"><div class="tc-titlebar">
<span class="tc-tiddler-controls"><span class=" tc-reveal">${twBtn('more', 'More actions')}</span><span class="
tc-reveal">${twBtn('edit', 'Edit this tiddler')}</span><span
 class=" tc-reveal">${twBtn('close', 'Close this tiddler')}</span></span>
<span class="tc-tiddler-title-icon" style="fill:;"></span>
<h2 class="tc-title">${twTitle}</h2>
</div></div><div class="tc-tiddler-info tc-popup-handle tc-reveal" hidden="true"></div></div>
<div class=" tc-reveal" hidden="true"></div>
<div class=" tc-reveal"><div class="tc-subtitle"><a class="tc-tiddlylink tc-tiddlylink-missing" href="#RuthK">RuthK</a> 4th November 2025 at 8:15pm</div></div>
<div class=" tc-reveal"><div class="tc-tags-wrapper"><span class="tc-tag-list-item" data-tag-title="Vegetables"><span class="tc-drop-down-wrapper"><button
 class="tc-btn-invisible tc-tag-label" style="background-color:#6ab04c; fill:#ffffff; color:#ffffff;"><span
class="tc-tag-title">Vegetables</span></button></span></span><span
 class="tc-tag-list-item" data-tag-title="Sowing"><span class="tc-drop-down-wrapper"><button class="tc-btn-invisible tc-tag-label"
 style="background-color:#c6b89e; fill:#333333; color:#333333;"><span class="tc-tag-title">Sowing</span></button></span></span></div></div>
<div class=" tc-tiddler-body tc-reveal"><p>${twLead}</p><h2 class="">${twH1}</h2><p>${twSow}</p><ul>${twSowList.map((t) => `<li>${t}</li>`).join('')}</ul><h2
 class="">${twH2}</h2><p>${twPlant[0]}</p><p>${twPlant[1]}</p><h2 class="">${twH3}</h2><p>${twProblems[0]}</p><p>${twProblems[1]}</p><h2
 class="">${twH4}</h2><ul>${twVarieties.map((t) => `<li>${t}</li>`).join('')}</ul></div>
</div>
</section>
</div>
</div></div>
<!--~~ Static styles ~~-->
<div id="styleArea">
<style data-tiddler-title="$:/boot/boot.css" data-tiddler-type="text/css" type="text/css">
.tc-error-form { font-family: sans-serif; color: #fff; z-index: 20000; position: fixed; background-color: rgb(255, 75, 75); }
</style>
</div>
<!--~~ Static content for Google and browsers without JavaScript ~~-->
<noscript>
<div id="splashArea">
<p>This <a class="tc-tiddlylink-external" href="https://tiddlywiki.com" rel="noopener noreferrer" target="_blank">TiddlyWiki</a> contains the following
tiddlers:</p>
<p><ul>
${twAll.map((t) => `<li>${t}</li>`).join('\n')}
</ul></p>
</div>
<style>
.tc-remove-when-wiki-loaded {display: none;}
</style>
</noscript>
<!--~~ Ordinary tiddlers ~~-->
<script class="tiddlywiki-tiddler-store" type="application/json">[
{"title":"$:/DefaultTiddlers","text":"[[Leeks from seed]]","modified":"20250302101000000"},
{"title":"$:/SiteSubtitle","text":"an allotment notebook, 2021 onwards"},
{"title":"$:/SiteTitle","text":"Plot 23"},
{"title":"Allotment rules","text":"Copied from the association handbook.","tags":"Admin","modifier":"RuthK","modified":"20240115183000000"},
{"title":"Compost bays","text":"Three bays: fill, turn, use. Turn the middle bay in April and October.","modifier":"RuthK","modified":"20250921170400000"},
{"created":"20230312094500000","text":"${twStoreText}","tags":"Vegetables Sowing","title":"${twTitle}","modified":"20251104201500000",
"modifier":"RuthK","creator":"RuthK"},
{"title":"Onion white rot","text":"Plot 19 had it in 2024. Do not borrow tools from there.","tags":"Pests","modified":"20240830120000000"},
{"title":"Seed order 2026","text":"* Leeks: Musselburgh\\n* Parsnip: Gladiator","modifier":"RuthK","modified":"20251101093000000"}
]</script>
<div id="storeArea" style="display:none;"></div>
<!--~~ Library modules ~~-->
<div id="libraryModules" style="display:none;">
</div>
<!--~~ Boot kernel prologue ~~-->
<div id="bootKernelPrefix" style="display:none;">
<script data-tiddler-title="$:/boot/bootprefix.js" data-tiddler-type="application/javascript" type="text/javascript">
var _bootprefix = (function($tw) { "use strict"; $tw = $tw || Object.create(null); $tw.boot = $tw.boot || Object.create(null); return $tw; });
</script>
</div>
<!--~~ Boot kernel ~~-->
<div id="bootKernel" style="display:none;">
<script data-tiddler-title="$:/boot/boot.js" data-tiddler-type="application/javascript" type="text/javascript">
var _boot = (function($tw) { "use strict"; $tw.boot.boot = function(callback) { $tw.boot.startup({callback: callback}); }; return $tw; });
</script>
</div>
</body>
</html>
`;
export const tiddlyWiki: TestPage = {
  html: twHtml,
  name: 'heldout61-tiddlywiki',
  kind: 'wiki',
  // the open tiddler is the article: its h2 title is the title, the "!!" headings inside it the headings, its paragraphs and
  // list items the body; the modifier and the date in the subtitle are the bylines; the site title and subtitle, the tab
  // buttons, "close all", the tag pills and the <noscript> list of tiddler titles (its "Leeks from seed" item is the title) are
  // furniture; the tag "Sowing" is also a heading and "Onion white rot" a link in the body (both left out); the JSON store repeats
  // the tiddler as wikitext inside a script
  // and the page controls are icons with titles only: neither is text on the page
  title: twTitle,
  headings: [twH1, twH2, twH3, twH4],
  body: [twLead, twSow, ...twSowList, ...twPlant, ...texts(twProblems), ...texts(twVarieties)],
  bylines: ['RuthK', '4th November 2025 at 8:15pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Plot 23', 'an allotment notebook, 2021 onwards', 'Open', 'Recent', 'Tools', 'More', '×', 'close all', 'Vegetables',
    'This TiddlyWiki contains the following tiddlers:', ...twAll.filter((t) => t !== twTitle && t !== 'Onion white rot'),
  ],
};
