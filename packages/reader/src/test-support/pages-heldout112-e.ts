import { links, ps, type TestPage, texts } from './page-kit.js';
import { fandomPage } from './pages-heldout112-e2.js';

/**
 * Held-out batch 112, file e: a Wikipedia article in the Vector 2022 skin (the "Jump to content" link, the main menu, the
 * search, "Create account" and "Log in", the hidden "Toggle the table of contents" and contents list, the language button,
 * the Article / Talk tabs and Read / Edit / View history, "From Wikipedia, the free encyclopedia", the hatnote, the infobox,
 * [edit] links, citation markers, the References list, the navbox, categories, "This page was last edited" and the footer)
 * and, from file e2, a Fandom wiki article. Infobox labels and values, reference texts and citation markers are furniture.
 */
const title = 'Lake Verrin';
const p1 = [
  'Lake Verrin is a glacial lake in the Drosk Highlands of northern Aldmark, about 14 kilometres east of the town of Kessfjord. With ' +
    'a surface area of 38 square kilometres it is the third-largest lake in the highlands and the deepest, reaching 212 metres ' +
    'near its northern shore.[1]',
  'The lake is known for its unusually clear water and for the Verrin char, a fish found nowhere else.[2]',
];
const h1 = 'Geography';
const p2 = [
  'The lake occupies a long, narrow basin carved by glaciers during the last ice age. It is fed mainly by the Halda and Munn rivers ' +
    'and drains south through the Verrin Falls into the Kessel river system. The shoreline is steep and rocky along most of its ' +
    'length, with the only sizeable beaches at the southern end near the village of Ostby.[3]',
  'The lake is usually frozen from late December to early April, though the ice has broken up earlier in most years since 2000.',
];
const h2 = 'History';
const p3 = [
  'Archaeological finds on the southern shore show that the area was settled by the late Bronze Age. Medieval records describe ' +
    'a ferry between Ostby and the monastery of Saint Hallvard on the eastern shore, which operated until the monastery was ' +
    'abandoned in the 16th century.[4]',
  'In the 1920s a hydroelectric dam was proposed at Verrin Falls, but the plan was dropped after local opposition and a survey ' +
    'that found the dam would flood the char’s main spawning grounds.',
];
const h3 = 'Ecology';
const p4 = [
  'The Verrin char (Salvelinus verrinensis) was described as a separate species in 1987. It lives at depths below 60 metres for ' +
    'most of the year and spawns on gravel beds in the north of the lake in autumn. Its population is estimated at around 40,000 ' +
    'adults and is monitored by the Aldmark Institute of Freshwater Research.[5]',
  'Other fish in the lake include brown trout, perch and pike, the last of which was probably introduced in the 19th century.',
];
const h4 = 'Recreation';
const p5 = [
  'The lake is a popular destination for hiking, kayaking and ice fishing. A 62-kilometre trail circles the lake, and there are ' +
    'mountain huts at Ostby and on the eastern shore near the monastery ruins.',
];
const refs = [
  'Halvorsen, Erik (2009). Lakes of the Drosk Highlands. Kessfjord: Nordal Press. p. 41.',
  'Aldmark Institute of Freshwater Research (2021). "Verrin char monitoring report".',
];
const menu = [
  'Main menu',
  'Main page',
  'Contents',
  'Current events',
  'Random article',
  'About Wikipedia',
  'Contact us',
  'Help',
  'Learn to edit',
  'Community portal',
  'Recent changes',
  'Upload file',
];
const head = ['Jump to content', 'Search', 'Donate', 'Create account', 'Log in'];
const tabs = ['Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools', '12 languages'];
const misc = [
  'From Wikipedia, the free encyclopedia',
  'For the village in Sweden, see Verrin (village).',
  'Coordinates: 68°12′N 19°44′E',
  'edit',
  'References',
  'Toggle the table of contents',
  'Contents',
  'hide',
  '(Top)',
];
const infobox = ['Location', 'Drosk Highlands, Aldmark', 'Type', 'Glacial lake', 'Max. depth', '212 m', 'Surface area', '38 km2'];
const navbox = ['Lakes of the Drosk Highlands', 'Lake Verrin', 'Lake Munn', 'Halda Lake', 'Lake Ostra'];
const cats = ['Categories:', 'Lakes of Aldmark', 'Glacial lakes', 'Drosk Highlands'];
const footer = [
  'This page was last edited on 3 March 2025, at 14:22 (UTC).',
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License',
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
const sup = (s: string): string =>
  s.replace(
    /\[(\d)\]/g,
    '<sup id="cite_ref-$1" class="reference"><a href="#cite_note-$1"><span class="cite-bracket">[</span>$1<span class="cite-bracket">]</span></a></sup>',
  );
const clean = (a: readonly string[]): string[] => texts(a).map((s) => s.replace(/\[\d\]/g, ''));
const sec = (
  h: string,
  body: readonly string[],
): string => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Lake_Verrin&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>\n${ps(body.map(sup))}`;
const html = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Lake Verrin - Wikipedia</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Lake_Verrin","wgTitle":"Lake Verrin","wgArticleId":7719931,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.19">
<meta property="og:title" content="Lake Verrin - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Lake_Verrin">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Lake Verrin",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Lake_Verrin",
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},"datePublished":"2011-06-02T09:12:33Z",
"dateModified":"2025-03-03T14:22:08Z"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Lake_Verrin rootpage-Lake_Verrin
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">${head[0]}</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label class="vector-dropdown-label"><span class="vector-dropdown-label-text">${menu[0]}</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<ul class="vector-menu-content-list">${links(menu.slice(1), 'mw-list-item')}</ul></div></div></div></nav></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box"><a href="/wiki/Special:Search" class="cdx-button">
<span>${head[1]}</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(head.slice(2, 5), 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="${misc[6]}" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">${misc[6]}</div><button class="vector-pinnable-header-toggle-button">${misc[7]}</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#">
<div class="vector-toc-text">${misc[8]}</div></a></li>
${[h1, h2, h3, h4, misc[4]]
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span>
<span>${h}</span></div></a></li>`,
  )
  .join('')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<button class="vector-toc-toggle" aria-controls="vector-toc" hidden>${misc[5]}</button>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${title}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">${tabs[6]}</span></label></div></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(tabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(tabs.slice(2, 5), 'vector-tab-noicon mw-list-item')}</ul></nav><div class="vector-page-tools-landmark">
<span>${tabs[5]}</span></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">${misc[0]}</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">${misc[1]}</div><span id="coordinates">
<a href="/wiki/Geographic_coordinate_system">Coordinates</a>: 68°12′N 19°44′E</span>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">Lake Verrin</th></tr>
${[0, 2, 4, 6]
  .map(
    (i) => `<tr><th scope="row" class="infobox-label">${infobox[i]}</th><td class="infobox-data">${infobox[(i ?? 0) + 1]}</td>
</tr>`,
  )
  .join('')}</tbody></table>
${ps(p1.map(sup))}<meta property="mw:PageProp/toc">${sec(h1, p2)}${sec(h2, p3)}${sec(h3, p4)}${sec(h4, p5)}
<div class="mw-heading mw-heading2"><h2 id="References">${misc[4]}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="#">edit</a><span class="mw-editsection-bracket">]</span></span></div>
<div class="reflist"><ol class="references">${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span>
<span class="reference-text"><cite class="citation book cs1">${r}</cite></span></li>`,
  )
  .join('')}</ol></div>
<div role="navigation" class="navbox" aria-labelledby="Lakes"><table class="nowraplinks navbox-inner"><tbody><tr><th class="navbox-title" colspan="2">
<div id="Lakes">${navbox[0]}</div></th></tr>
<tr><td class="navbox-list"><ul>${navbox
  .slice(1)
  .map((n) => `<li><a href="/wiki/${n}">${n}</a></li>`)
  .join('')}</ul></td></tr></tbody></table></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Help:Category">Categories</a>: <ul>${links(cats.slice(1))}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">${footer[0]}</li>
<li id="footer-info-copyright">${footer[1]}</li></ul>
<ul id="footer-places">${links(footer.slice(2), 'mw-list-item')}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":128});});</script></body></html>`;

export const wikipediaPage: TestPage = {
  name: 'heldout112-wikipedia-wiki',
  kind: 'wiki',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: clean([...p1, ...p2, ...p3, ...p4, ...p5]),
  bylines: [],
  furniture: [...new Set([...head, ...menu, ...tabs, ...misc, ...infobox, ...refs, ...navbox.filter((n) => n !== title), ...cats, ...footer])],
};

export const HELDOUT112_E: readonly TestPage[] = [wikipediaPage, fandomPage];
