import { type TestPage, texts } from './page-kit.js';
import { generatePress } from './pages-heldout26-d2.js';

/**
 * Held-out batch 26, file d: an Obsidian Publish note as rendered in the browser (the siteInfo preload script, the site
 * header, the left column with site name, search box and the file tree, the rendered note with its el-* wrappers, the
 * properties block with tags and dates, headings with collapse indicators, a warning callout, internal links, the backlinks
 * pane "Links to this page", the "Powered by Obsidian Publish" footer, and the right column with the interactive graph and
 * the "On this page" outline).
 */
const obTitle = 'Overwintering dahlia tubers';
const obIntro =
  'Dahlias are not frost-hardy on our clay. The tops blacken with the first hard frost, and a wet winter in the ground rots about ' +
  'half of the tubers. So every year I lift them, dry them and store them in the shed, and every year I forget one of the steps. ' +
  'This note is the list I now follow.';
const obCalloutTitle = 'Wait for the frost';
const obCallout = 'Let the first frost blacken the foliage, then leave the plants in the ground for another week. The tubers firm up and store better.';
const obH1 = 'Lifting';
const obB1 =
  'Cut the stems down to about 15 cm and label each clump with a plant tag before you dig, because once the soil is off every ' +
  'variety looks the same. Lift with a fork from at least a spade’s width away; a tine through the neck of a tuber is the most ' +
  'common way I lose one.';
const obH2 = 'Cleaning and drying';
const obList = [
  'Wash the soil off with a hose, gently, so the skin stays intact.',
  'Turn the clumps upside down in crates so that water drains out of the hollow stems.',
  'Leave them in the greenhouse for two weeks, or until the skin wrinkles slightly.',
];
const obLink = (t: string): string =>
  `<a data-href="${t}" href="${t.replace(/ /g, '+')}" class="internal-link" target="_blank" rel="noopener nofollow">${t}</a>`;
const obB2 =
  'Trim off thin, stringy roots, but don’t divide the clumps yet. Dividing in spring, when the eyes are visible, is much easier. ' +
  `See ${obLink('Dividing dahlias in spring')}.`;
const obH3 = 'Storage';
const obB3 = [
  'I store them in old compost bags of barely damp sawdust, one variety per bag, in the coldest corner of the shed. Anywhere between ' +
    '4 and 8 °C works. Check them once a month: shrivelled tubers get a light mist of water, and anything soft or mouldy goes ' +
    `straight onto the ${obLink('Compost')} heap.`,
  'Last winter I kept 31 of 34 clumps this way. The three I lost were all ‘Café au Lait’, which seems to rot more easily than the ' +
    'rest, so this year they are going into pots in the porch instead.',
];
const obTree: [string, string[]][] = [
  ['Allotment', ['Compost', 'Dividing dahlias in spring', obTitle, 'Seed saving', 'Slug control without pellets']],
  ['Kitchen', ['Green tomato chutney', 'Rhubarb forcing']],
];
const obBacklinks = ['Garden calendar', 'Allotment jobs for October'];
const obSite = 'Okafor’s Allotment Notes';
const chev =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" class="svg-icon right-triangle"><path d="M3 8L12 17L21 8"></path></svg>';
const obH = (t: string): string =>
  `<div class="el-h2"><h2 data-heading="${t}" dir="auto" class="heading" id="${t.replace(/ /g, '_')}"><div class="heading-collapse-indicator collapse-indicator
collapse-icon">${chev}</div>${t}</h2></div>`;
const obProp = (key: string, type: string, value: string): string => `<div class="metadata-property" tabindex="0" data-property-key="${key}"
data-property-type="${type}"><div class="metadata-property-key"><span class="metadata-property-icon"></span><input class="metadata-property-key-input"
autocapitalize="none"
enterkeyhint="next" type="text" aria-label="${key}"><span class="metadata-property-key-text">${key}</span></div><div
class="metadata-property-value">${value}</div></div>`;
const obPill = (t: string): string => `<div class="multi-select-pill"><div class="multi-select-pill-content"><span>${t}</span></div></div>`;
const obTreeHtml = obTree
  .map(
    ([f, notes]) => `<div class="tree-item"><div class="tree-item-self is-clickable mod-collapsible"><div class="tree-item-icon collapse-icon">${chev}</div>
<div class="tree-item-inner">${f}</div></div><div class="tree-item-children">${notes
      .map(
        (n) =>
          `<div class="tree-item"><div class="tree-item-self is-clickable${n === obTitle ? ' mod-active' : ''}" data-path="${f}/${n}.md"><div
class="tree-item-inner">${n}</div></div></div>`,
      )
      .join('')}</div></div>`,
  )
  .join('\n');
const obHtml = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<title>${obTitle} - ${obSite}</title><meta property="og:title" content="${obTitle} - ${obSite}"><meta property="og:description" content="Dahlias are not
frost-hardy on our clay."><meta property="og:site_name" content="${obSite}"><link rel="stylesheet" href="https://publish.obsidian.md/app.css?1761135233">
<link rel="stylesheet" href="https://publish-01.obsidian.md/access/3f9c0a1e77b24d0c9e2a5b6d8f1e4c73/publish.css">
<script type="text/javascript" src="https://publish.obsidian.md/app.js?1761135233"></script><script type="text/javascript">window.siteInfo={"uid":
"3f9c0a1e77b24d0c9e2a5b6d8f1e4c73","host":"publish-01.obsidian.md","status":"active","slug":"okafor-allotment","redirect":0,"customurl":"notes.okafor.example"};
window.preloadPage=fetch("https://publish-01.obsidian.md/access/3f9c0a1e77b24d0c9e2a5b6d8f1e4c73/Allotment/Overwintering%20dahlia%20tubers.md");</script></head>
<body class="theme-light publish css-settings-manager show-inline-title is-frameless native-scrollbars" style="--zoom-factor: 1;">
<div class="published-container print has-navigation has-graph has-outline is-readable-line-width" style="--sidebar-left-width: 280px;">
<div class="site-header"><div class="clickable-icon sidebar-toggle-button mod-left" aria-label="Toggle left sidebar"></div><a class="site-header-text"
href="/">${obSite}</a>
<div class="clickable-icon sidebar-toggle-button mod-right" aria-label="Toggle right sidebar"></div></div>
<div class="publish-renderer"><div class="site-body"><div class="site-body-left-column"><div class="site-body-left-column-inner">
<div class="site-body-left-column-site-name" aria-label="${obSite}">${obSite}</div><div class="search-view-outer"><div class="search-view-container">
<input class="search-bar" type="text" placeholder="Search"><div class="search-clear-button" aria-label="Clear search"></div></div></div>
<div class="nav-view-outer"><div class="nav-view">${obTreeHtml}
<div class="tree-item"><div class="tree-item-self is-clickable"><div class="tree-item-inner">Garden calendar</div></div></div>
<div class="tree-item"><div class="tree-item-self is-clickable"><div class="tree-item-inner">About these notes</div></div></div></div></div></div></div>
<div class="site-body-center-column"><div class="render-container markdown-preview-view markdown-rendered is-readable-line-width allow-fold-headings
show-indentation-guide allow-fold-lists show-properties"><div class="render-container-inner"><div class="publish-renderer"><div class="markdown-preview-view
markdown-rendered node-insert-event"><div class="markdown-preview-sizer markdown-preview-section" style="padding-bottom: 380px; min-height: 1020px;">
<div class="markdown-preview-pusher" style="width: 1px; height: 0.1px; margin-bottom: 0px;"></div><div class="mod-header mod-ui"><h1 class="page-header"
dir="auto">${obTitle}</h1>
<div class="metadata-container" tabindex="-1" data-property-count="3"><div class="metadata-properties-heading"><div
class="metadata-properties-title">Properties</div></div>
<div class="metadata-content"><div class="metadata-properties">
${obProp('tags', 'tags', `<div class="multi-select-container">${['dahlias', 'tubers'].map(obPill).join('')}</div>`)}
${obProp('created', 'date', '<div class="metadata-input-longtext">2023-10-21</div>')}
${obProp('updated', 'date', '<div class="metadata-input-longtext">2025-10-30</div>')}
</div></div></div></div>
<div class="el-p"><p dir="auto">${obIntro}</p></div>
<div class="el-div"><div data-callout-metadata="" data-callout-fold="" data-callout="warning" class="callout"><div class="callout-title" dir="auto"><div
class="callout-icon"><svg class="svg-icon lucide-alert-triangle"></svg></div><div class="callout-title-inner">${obCalloutTitle}</div></div><div
class="callout-content">
<p dir="auto">${obCallout}</p></div></div></div>
${obH(obH1)}
<div class="el-p"><p dir="auto">${obB1}</p></div>
${obH(obH2)}
<div class="el-ul"><ul class="has-list-bullet">${obList
  .map(
    (t, i) => `<li data-line="${i}" dir="auto"><span
class="list-bullet"></span>${t}</li>`,
  )
  .join('')}</ul></div>
<div class="el-p"><p dir="auto">${obB2}</p></div>
${obH(obH3)}
<div class="el-p"><p dir="auto">${obB3[0]}</p></div>
<div class="el-p"><p dir="auto">${obB3[1]}</p></div>
<div class="mod-footer mod-ui"><div class="embedded-backlinks" style=""><div class="nav-header"></div><div class="backlink-pane"><div class="tree-item-self
is-clickable" aria-label="Click to collapse" data-tooltip-position="left"><div class="tree-item-inner">Links to this page</div></div><div
class="search-result-container">
<div class="search-results-children">${obBacklinks
  .map(
    (t) => `<div class="tree-item search-result"><div
class="tree-item-self search-result-file-title is-clickable"><div class="tree-item-inner">${t}</div></div></div>`,
  )
  .join('')}
</div></div></div></div></div></div></div></div></div></div>
<div class="site-footer"><a href="https://publish.obsidian.md/" target="_blank" rel="noopener">Powered by Obsidian Publish</a></div></div>
<div class="site-body-right-column"><div class="site-body-right-column-inner"><div class="graph-view-outer"><div
class="published-section-header"><span>Interactive
graph</span></div><div class="graph-view-placeholder"><div class="graph-view-container"><div class="graph-icon graph-expand" role="button" aria-label="Expand"
data-tooltip-position="top"></div><canvas width="240" height="240" style="width: 240px; height: 240px;"></canvas></div></div></div>
<div class="outline-view-outer node-insert-event"><div class="list-item published-section-header"><span
class="published-section-header-icon"></span><span>On this
page</span></div><div class="outline-view">${[obH1, obH2, obH3]
  .map(
    (h) => `<div class="tree-item"><div class="tree-item-self is-clickable"
data-tooltip-position="left"><div class="tree-item-inner">${h}</div></div></div>`,
  )
  .join('')}
</div></div></div></div></div></div></div></body></html>`;
const obsidian: TestPage = {
  html: obHtml,
  name: 'heldout26-obsidian-publish-note',
  kind: 'blog',
  // the note's paragraphs, the list and the callout are body, its title "Wait for the frost" too (a line the author wrote,
  // not a section heading); the three h2s are the headings, the outline repeats them: in neither list; the two date
  // properties are the bylines (the note shows no author), the property keys and the "Properties" heading are furniture;
  // the tag pills "dahlias" and "tubers", the tree's "Compost" and "Dividing dahlias in spring" (the body links to both) and
  // the title's own tree entry are words of the body or title: in neither list; the site name (header and left column, once),
  // search, the file tree, "Links to this page" with its notes, the graph and outline headers and the footer are furniture
  title: obTitle,
  headings: [obH1, obH2, obH3],
  body: texts([obIntro, obCalloutTitle, obCallout, obB1, ...obList, obB2, ...obB3]),
  bylines: ['2023-10-21', '2025-10-30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    obSite, 'Allotment', 'Seed saving', 'Slug control without pellets', 'Kitchen', 'Green tomato chutney', 'Rhubarb forcing', 'Garden calendar',
    'About these notes', 'Properties', 'tags', 'created', 'updated', 'Links to this page', 'Allotment jobs for October', 'Powered by Obsidian Publish',
    'Interactive graph', 'On this page',
  ],
};

export const HELDOUT26_D: readonly TestPage[] = [obsidian, generatePress];
