import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout441-kit.js';
import { sphinxNotes } from './pages-heldout441-e2.js';

/**
 * Held-out batch 441, file e: a Wikibooks page in MediaWiki's Vector 2022 skin: the header with search and personal tools,
 * the main menu, the "From Wikibooks" tagline, the page tabs (Book, Discussion, Read, Edit, Edit source, View history), the
 * book's navigation template with previous / next chapters, section edit links, a table, the print-version and category
 * links, the "last edited" line and the footer.
 */
const wbTitle = 'Amateur Beekeeping/Inspecting a Colony';
const wbIntro = [
  `A regular inspection is how a beekeeper learns what is happening inside a hive without guessing. During the active season most
  keepers open each colony every seven to ten days. This chapter describes how to prepare, how to work through the frames, and
  what to look for.`,
];
const wbH1 = 'Before you open the hive';
const wbBefore = [
  `Choose a warm, still day, ideally late morning when many foragers are out. Have everything ready before you lift the roof: a
  lit smoker, a hive tool, a frame rest or spare box, and a notebook.`,
];
const wbKit = ['A smoker with dry fuel such as wood shavings or hessian.', 'A hive tool for prising frames apart.', 'A veil and gloves.'];
const wbH2 = 'Working through the frames';
const wbFrames = [
  `Puff a little smoke at the entrance, wait a minute, then remove the roof and crown board. Lift out the outermost frame first,
  so that you have room to slide the others apart without rolling bees against each other. Hold each frame over the open box so
  that a dropped queen falls back inside.`,
  `Look at both faces of every frame before moving on. Turn the frame by raising one end and rotating it about the top bar,
  which keeps heavy comb from breaking away in warm weather. Bees crawling over your gloves are normal; bees pinging against
  your veil are a sign the colony has had enough, and it is better to close up early than to press on.`,
  `Work steadily and return each frame in the same order and orientation. A calm, unhurried inspection of a full brood box takes
  about fifteen minutes.`,
];
const wbH3 = 'What to look for';
const wbLook = ['You are answering the same few questions at every inspection:'];
const wbTable = [
  ['Is the queen laying?', 'Eggs standing upright in the base of cells.'],
  ['Is there enough room?', 'Empty drawn comb for the queen and for nectar.'],
  ['Are they preparing to swarm?', 'Queen cells along the bottom edges of frames.'],
  ['Is the brood healthy?', 'Even, pale capping with few gaps.'],
];
const wbAfter = [
  `If any answer is worrying, do not try to fix everything on the spot. A queenless colony can wait a few days while you arrange a
  replacement, and a frame of suspicious brood is best photographed and shown to an experienced member before any action is taken.`,
  `Record the answers straight away. The Thornbury Beekeepers' Association, whose members wrote most of this book, recommends a
  single line per hive per visit, so that a season's notes fit on one card.`,
];
const wbMenu = ['Main Page', 'Help', 'Browse', 'Cookbook', 'Wikijunior', 'Featured books', 'Recent changes', 'Random book', 'Using Wikibooks'];
const wbTabs = ['Book', 'Discussion', 'Read', 'Edit', 'Edit source', 'View history'];
const wbCats = ['Book:Amateur Beekeeping', 'Shelf:Animal husbandry'];
const wbFoot = ['Privacy policy', 'About Wikibooks', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const es = (id: string): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Amateur_Beekeeping/
Inspecting_a_Colony&amp;action=edit&amp;section=${id}" title="Edit section">edit</a><span class="mw-editsection-divider"> | </span><a
href="/w/index.php?action=edit&amp;section=${id}">edit source</a><span class="mw-editsection-bracket">]</span></span>`;
const h2 = (id: string, t: string, n: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2>${es(n)}</div>`;
const wbHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${wbTitle} - Wikibooks, open books for an open world</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Amateur_Beekeeping/Inspecting_a_Colony",
"wgTitle":"Amateur Beekeeping/Inspecting a Colony","wgCurRevisionId":4411206,"wgNamespaceNumber":0,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.19"><meta property="og:title" content="${wbTitle} - Wikibooks, open books for an open world">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"${wbTitle}","publisher":{"@type":"Organization",
"name":"Wikimedia Foundation, Inc."},"dateModified":"2026-02-17T09:41:22Z"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr page-Amateur_Beekeeping_Inspecting_a_Colony ns-0 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu" class="vector-menu">
<div class="vector-menu-heading">Main menu</div><ul class="vector-menu-content-list">${links(wbMenu, 'mw-list-item')}</ul></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Wikibooks</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box"><form action="/w/index.php" id="searchform"><input type="search"
name="search" placeholder="Search Wikibooks" id="searchInput"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Donations', 'Create account', 'Log in'], 'user-links-collapsible-item')}</ul></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wbTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(wbTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(wbTabs.slice(2), 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikibooks, open books for an open world</div>
<div id="contentSub"><div id="mw-content-subtitle">
<div class="subpages">&lt; <bdi><a href="/wiki/Amateur_Beekeeping">Amateur Beekeeping</a></bdi></div></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="wikitable noprint" style="width:100%;text-align:center"><tbody><tr><td><a href="/wiki/Amateur_Beekeeping/Swarm_Control">← Swarm
Control</a></td><td><b><a href="/wiki/Amateur_Beekeeping">Amateur Beekeeping</a></b></td><td><a href="/wiki/Amateur_Beekeeping/Feeding">Feeding
→</a></td></tr></tbody></table>
${ps(wbIntro)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div>
<ul>${[wbH1, wbH2, wbH3]
  .map(
    (h, i) => `<li class="toclevel-1"><a href="#s${i}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${h2('Before_you_open_the_hive', wbH1, '1')}
${ps(wbBefore)}
<ul>${lis(wbKit)}</ul>
${h2('Working_through_the_frames', wbH2, '2')}
${ps(wbFrames)}
${h2('What_to_look_for', wbH3, '3')}
${ps(wbLook)}
<table class="wikitable"><tbody><tr><th>Question</th><th>Sign to look for</th></tr>
${wbTable.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
${ps(wbAfter)}
<table class="wikitable noprint" style="width:100%;text-align:center"><tbody><tr><td><a href="/wiki/Amateur_Beekeeping/Swarm_Control">← Swarm
Control</a></td><td><a href="/wiki/Amateur_Beekeeping/Print_version">Print version</a></td><td><a href="/wiki/Amateur_Beekeeping/Feeding">Feeding
→</a></td></tr></tbody></table></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(wbCats)}</ul></div></div></div></main></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 17 February 2026, at 09:41.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(wbFoot)}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":151});});</script></body></html>`;
const wikibooks: TestPage = {
  name: 'heldout441-wikibooks-page-wiki',
  kind: 'wiki',
  html: wbHtml,
  title: wbTitle,
  headings: [wbH1, wbH2, wbH3],
  body: texts([...wbIntro, ...wbBefore, ...wbKit, ...wbFrames, ...wbLook, ...wbAfter]),
  bylines: ['This page was last edited on 17 February 2026, at 09:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...wbMenu, 'Search', 'Donations', 'Create account', 'Log in', ...wbTabs, 'From Wikibooks, open books for an open world',
    'Amateur Beekeeping', '← Swarm Control', 'Feeding →', 'Contents', 'edit source', 'Print version', 'Categories', ...wbCats,
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...wbFoot,
  ],
};

export const HELDOUT441_E: readonly TestPage[] = [wikibooks, sphinxNotes];
