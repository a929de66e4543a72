import { type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout167-kit.js';
import { QUARTZ_NOTE } from './pages-heldout167-d2.js';

/**
 * Held-out batch 167, file d: an Obsidian Publish note (the published-container shell, site header, the left column with
 * site name, search bar and the file tree of folders and notes, the page header div with the title, the frontmatter tag
 * row, blocks wrapped in el-p / el-h2 / el-ul divs with internal links, a callout, the "Links to this page" backlinks in
 * the mod-footer, "Powered by Obsidian Publish", and the right column with the interactive graph and "On this page"
 * outline) and, from file d2, a Quartz v4 digital garden note.
 */
const oTitle = 'Composting in a cold climate';
const oP1 = paras(`
Most composting advice assumes a mild winter. Up here the heap freezes solid from December to March, and for years I treated
those months as lost. This note collects what I have learned about keeping a heap working, or at least not going backwards,
when the ground is frozen. See also <a class="internal-link" href="Garden/Soil+notes" data-href="Soil notes">Soil notes</a>.
`);
const oH1 = 'Size matters more than anything';
const oP2 = paras(`
A small heap cannot hold heat. Mine only kept working through the cold once it was at least a cubic metre, and it worked
better at about one and a half. The outer layer freezes, but the middle can stay above ten degrees for weeks if the heap is
big enough and has enough fresh green material.

I now build one large heap in October instead of topping up three small bins all autumn.
`);
const oH2 = 'Insulation';
const oList = [
  'Straw bales around the sides, two high, which also make a handy windbreak.',
  'A thick layer of leaves on top, held down with an old carpet.',
  'Nothing underneath: the ground stays warmer than the air, and worms move up from it.',
];
const oCallout = 'Check the middle with a long thermometer once a week. If it drops below five degrees, stop adding cold material until spring.';
const oH3 = 'Winter additions';
const oP3 = paras(`
Kitchen scraps still go out all winter. I keep a lidded bucket by the back door and empty it into a hollow in the top of
the heap every few days, covering it with leaves. In a hard frost the scraps simply freeze and wait. When the thaw comes,
they break down very quickly, because freezing has already burst the cells.

The one thing I no longer add in winter is woody material. It does nothing until summer and makes the heap harder to turn
in April. That goes on a separate pile for <a class="internal-link" href="Garden/Hugelkultur+bed" data-href="Hugelkultur bed">the hugelkultur bed</a>.
`);
const oBody = [...oP1, ...oP2, ...oList, oCallout, ...oP3];
const oTree = ['Garden', 'Compost', 'Composting in a cold climate', 'Hugelkultur bed', 'Soil notes', 'Kitchen', 'Reading', 'Index'];
const oBacklinks = ['Soil notes', 'Garden index', 'Winter jobs'];
const oWrap = (cls: string, inner: string): string => `<div class="${cls}">${inner}</div>`;
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>${oTitle} - Fernhill Notes</title><meta name="description" content="Most composting advice assumes a mild winter.">
<meta property="og:title" content="${oTitle} - Fernhill Notes"><meta property="og:site_name" content="Fernhill Notes">
<link rel="canonical" href="https://publish.obsidian.md/fernhill/Garden/Compost/Composting+in+a+cold+climate">
<link rel="stylesheet" href="https://publish.obsidian.md/app.css?v=1.9.10"><link rel="stylesheet" href="https://publish-01.obsidian.md/access/9f2c/publish.css">
<script type="text/javascript" src="https://publish.obsidian.md/app.js?v=1.9.10" defer></script>
<script>window.siteInfo={"uid":"9f2c","host":"publish-01.obsidian.md","status":"active","redirect":true,"customurl":"","slug":"fernhill"};
window.preloadPage=fetch("https://publish-01.obsidian.md/access/9f2c/Garden/Compost/Composting in a cold climate.md");</script>
</head>
<body class="theme-light show-inline-title show-ribbon is-mobile-layout-disabled"><div class="published-container print has-navigation has-outline
has-graph has-search is-readable-line-width"><div class="site-header"><div class="site-header-text">Fernhill Notes</div></div>
<div class="site-body"><div class="site-body-left-column"><div class="site-body-left-column-inner">
<a class="site-body-left-column-site-name" href="/fernhill">Fernhill Notes</a>
<div class="search-view-outer"><div class="search-view-container"><span class="published-search-icon"></span>
<input class="search-bar" type="text" placeholder="Search..."><label class="search-label">Search</label></div></div>
<div class="nav-view-outer"><div class="nav-header"><span class="nav-header-title">Navigation</span></div><div class="nav-view"><div class="tree-item mod-root">
<div class="tree-item-children">${oTree
  .map(
    (t) => `<div class="tree-item"><div class="tree-item-self is-clickable"><div
class="tree-item-inner">${t}</div></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></div>
<div class="site-body-center-column"><div class="render-container"><div class="render-container-inner"><div class="publish-renderer">
<div class="markdown-preview-view markdown-rendered node-insert-event is-readable-line-width allow-fold-headings allow-fold-lists">
<div class="markdown-preview-sizer markdown-preview-section"><div class="markdown-preview-pusher" style="width: 1px; height: 0.1px; margin-bottom: 0px;"></div>
<div class="mod-header"><div class="page-header">${oTitle}</div>
<div class="frontmatter-container"><div class="frontmatter-section mod-tags"><span class="frontmatter-section-label">Tags</span>
<div class="frontmatter-section-data"><a href="#compost" class="tag">#compost</a><a href="#winter" class="tag">#winter</a>
<a href="#evergreen" class="tag">#evergreen</a></div></div></div></div>
${oP1.map((p) => oWrap('el-p', `<p dir="auto">${p}</p>`)).join('\n')}
${oWrap('el-h2', `<h2 data-heading="${oH1}" dir="auto">${oH1}</h2>`)}
${oP2.map((p) => oWrap('el-p', `<p dir="auto">${p}</p>`)).join('\n')}
${oWrap('el-h2', `<h2 data-heading="${oH2}" dir="auto">${oH2}</h2>`)}
${oWrap('el-ul', `<ul class="has-list-bullet">${oList.map((l) => `<li dir="auto" data-line="0"><span class="list-bullet"></span>${l}</li>`).join('\n')}</ul>`)}
${oWrap(
  'el-div',
  `<div data-callout-metadata="" data-callout-fold="" data-callout="tip" class="callout"><div class="callout-title" dir="auto">
<div class="callout-icon"><svg class="svg-icon lucide-flame"></svg></div><div class="callout-title-inner">Tip</div></div>
<div class="callout-content"><p dir="auto">${oCallout}</p></div></div>`,
)}
${oWrap('el-h2', `<h2 data-heading="${oH3}" dir="auto">${oH3}</h2>`)}
${oP3.map((p) => oWrap('el-p', `<p dir="auto">${p}</p>`)).join('\n')}
<div class="mod-footer"><div class="backlinks"><div class="backlinks-title">Links to this page</div><div class="backlinks-list">
${oBacklinks.map((b) => `<div class="backlink-item"><a class="internal-link" href="#">${b}</a></div>`).join('\n')}</div></div></div>
</div></div></div></div>
<div class="site-footer"><a href="https://publish.obsidian.md/" target="_blank" rel="noopener">Powered by Obsidian Publish</a></div></div>
<div class="site-body-right-column"><div class="site-body-right-column-inner">
<div class="graph-view-outer"><div class="published-section-header"><span>Interactive graph</span></div>
<div class="graph-view-container"><canvas width="240" height="240"></canvas><div class="graph-expand-button" aria-label="Expand graph"></div></div></div>
<div class="outline-view-outer"><div class="published-section-header"><span>On this page</span></div><div class="outline-view">
${[oH1, oH2, oH3].map((h) => `<div class="tree-item"><div class="tree-item-self is-clickable"><div class="tree-item-inner">${h}</div></div></div>`).join('\n')}
</div></div></div></div></div></div>
</body></html>`;
const OBSIDIAN_NOTE: TestPage = {
  name: 'heldout167-obsidian-publish-blog',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [oH1, oH2, oH3],
  body: texts(oBody),
  bylines: [],
  furniture: [
    'Fernhill Notes',
    'Search',
    'Navigation',
    ...oTree.filter((t) => t !== oTitle),
    'Tags',
    '#compost',
    '#winter',
    '#evergreen',
    'Links to this page',
    'Garden index',
    'Winter jobs',
    'Powered by Obsidian Publish',
    'Interactive graph',
    'On this page',
  ],
};

export const HELDOUT167_D: readonly TestPage[] = [OBSIDIAN_NOTE, QUARTZ_NOTE];
