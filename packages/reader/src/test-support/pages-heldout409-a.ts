import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout409-kit.js';

/**
 * Held-out batch 409, file a: an Obsidian Publish note (site name and file tree on the left, search, Properties block with
 * created / updated dates, tags, callout, "Links to this page" backlinks, interactive graph and outline on the right, the
 * "Powered by Obsidian Publish" footer) and a Quartz v4 garden page (explorer, breadcrumbs, content meta with reading time,
 * tag list, graph view, table of contents, backlinks, footer).
 */
const oTitle = 'Soil Microbes and the No-Dig Bed';
const oH = ['Why I stopped turning the soil', 'What lives in the top ten centimetres', 'My first two seasons', 'Open questions'];
const oS1 = [
  j(
    'For eleven years I double-dug the vegetable beds at Fernhollow every October. It was the ritual of the allotment: fork in, turn over,',
    'break the clods, leave it rough for the frost. In the autumn of 2023 my back made the decision for me, and I laid cardboard instead.',
  ),
  j(
    'This note collects what I have read and seen since then about the life in undisturbed soil. It is a working note, so expect it to',
    'change as the beds do.',
  ),
];
const oS2 = [
  j(
    'Most of the biological activity in a garden bed happens near the surface, where roots, fungal threads and organic matter meet.',
    'Digging mixes that layer with the poorer subsoil and tears the fungal networks that move water and phosphorus between plants.',
  ),
  'The groups I keep coming back to are:',
];
const oList = [
  '<strong>Mycorrhizal fungi</strong>, which trade minerals for sugars from the roots of most vegetables except brassicas and beet.',
  '<strong>Bacteria</strong>, which break down fresh material quickly and glue soil crumbs together with the sticky substances they release.',
  '<strong>Springtails and mites</strong>, small grazers that shred leaf litter and keep the fungal and bacterial populations moving.',
  '<strong>Earthworms</strong>, which pull compost down from the surface and leave channels that drain after heavy rain.',
];
const oCallout = j(
  'None of this is a reason to feel guilty about digging. It is a reason to ask whether each dig is needed. A compacted new plot may well',
  'need one deep loosening before it can be left alone.',
);
const oS3 = [
  j(
    'I split the six beds on plot 14 into two halves. Three stayed on the old routine; three got five centimetres of municipal compost on',
    'top each winter and nothing else. I kept a rough harvest log in the same notebook as the rainfall.',
  ),
  j(
    'In the first season the dug beds did slightly better with carrots and parsnips, which like a loose, stone-free tilth. In the second',
    'season the no-dig beds caught up and gave more onions and noticeably fewer weeds. The surface also stayed moist for about four days',
    'longer after each watering.',
  ),
  j(
    'Two seasons on one allotment prove nothing, of course. The compost itself adds nutrients, so I cannot separate the effect of not',
    'digging from the effect of feeding.',
  ),
];
const oTable = `<div class="el-table"><table><thead><tr><th>Crop</th><th>Dug beds (kg)</th><th>No-dig beds (kg)</th></tr></thead>
<tbody><tr><td>Onions</td><td>9.2</td><td>11.8</td></tr><tr><td>Carrots</td><td>6.1</td><td>5.4</td></tr>
<tr><td>Broad beans</td><td>4.0</td><td>4.3</td></tr></tbody></table></div>`;
const oS4 = [
  'Does the benefit hold on heavy clay, or only on the sandy loam I happen to have?',
  'How long does a fungal network take to recover after one accidental dig, for example when lifting potatoes?',
  'Is bought compost doing most of the work, and would leaf mould from the site give the same result?',
];
const oTree = ['Garden', 'Kitchen', 'Reading', 'Seasons', 'Tools'];
const oTags = ['#soil', '#no-dig', '#allotment'];
const oBack = ['Potato harvest without a fork', 'Leaf mould bins', 'Winter jobs checklist'];
const oCreated = '2025-11-02';
const oUpdated = '2026-02-14';
const oHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${oTitle} - Fernhollow Notes</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${oTitle}">
<meta property="og:site_name" content="Fernhollow Notes"><meta name="description" content="What lives in undisturbed soil, and two seasons of no-dig beds.">
<link rel="stylesheet" href="https://publish.obsidian.md/app.css?4b6c1a"><link rel="stylesheet" href="https://publish-01.obsidian.md/access/7f3e/publish.css">
<script type="text/javascript">window.siteInfo={"uid":"7f3e9a2b","host":"publish-01.obsidian.md","customurl":"notes.fernhollow.garden","status":"active"};
window.preloadPage=fetch("https://publish-01.obsidian.md/access/7f3e/Garden/Soil%20Microbes.md");</script>
${ld({ '@context': 'https://schema.org', '@type': 'Article', headline: oTitle, author: { '@type': 'Person', name: 'Ilse Marrow' } })}
<script defer src="https://publish.obsidian.md/app.js?4b6c1a"></script></head>
<body class="theme-light is-publish show-inline-title"><div class="published-container print">
<div class="site-header"><div class="site-header-text">Fernhollow Notes</div></div>
<div class="publish-renderer"><div class="site-body-left-column"><div class="site-body-left-column-inner">
<a class="site-body-left-column-site-logo" href="/"><img src="https://publish-01.obsidian.md/access/7f3e/logo.png" alt=""></a>
<div class="site-body-left-column-site-name">Fernhollow Notes</div>
<div class="search-view-outer"><div class="search-view-container"><span class="published-search-icon"></span>
<input class="search-bar" type="text" placeholder="Search..."></div></div>
<div class="nav-view-outer"><div class="nav-view"><div class="tree-item"><ul class="tree-item-children">
${links(oTree, 'tree-item-self mod-collapsible')}</ul></div></div></div></div></div>
<div class="site-body-center-column"><div class="render-container"><div class="render-container-inner">
<div class="publish-renderer">
<div class="markdown-preview-view markdown-rendered node-insert-event allow-fold-headings allow-fold-lists show-indentation-guide">
<div class="markdown-preview-sizer markdown-preview-section">
<div class="mod-header"><div class="inline-title" tabindex="-1">${oTitle}</div>
<div class="metadata-container" data-property-count="3"><div class="metadata-properties">
<div class="metadata-property" data-property-key="created"><div class="metadata-property-key">created</div>
<div class="metadata-property-value"><span>${oCreated}</span></div></div>
<div class="metadata-property" data-property-key="updated"><div class="metadata-property-key">updated</div>
<div class="metadata-property-value"><span>${oUpdated}</span></div></div>
<div class="metadata-property" data-property-key="tags"><div class="metadata-property-key">tags</div>
<div class="metadata-property-value">${oTags.map((t) => `<a href="#${t.slice(1)}" class="tag">${t}</a>`).join(' ')}</div></div></div></div></div>
<div class="el-h1"><h1 data-heading="${oTitle}" dir="auto">${oTitle}</h1></div>
<div class="el-p">${ps(oS1, ' dir="auto"')}</div>
<div class="el-h2"><h2 data-heading="${oH[0]}" dir="auto">${oH[0]}</h2></div>
<div class="el-h2"><h2 data-heading="${oH[1]}" dir="auto">${oH[1]}</h2></div>
<div class="el-p">${ps(oS2, ' dir="auto"')}</div>
<div class="el-ul"><ul class="has-list-bullet">${oList
  .map(
    (l) => `<li data-line="0" dir="auto"><span class="list-bullet">
</span>${l}</li>`,
  )
  .join('\n')}</ul></div>
<div class="el-div"><div data-callout="note" class="callout"><div class="callout-title"><div class="callout-icon"></div>
<div class="callout-title-inner">Note</div></div><div class="callout-content"><p dir="auto">${oCallout}</p></div></div></div>
<div class="el-h2"><h2 data-heading="${oH[2]}" dir="auto">${oH[2]}</h2></div>
<div class="el-p">${ps(oS3, ' dir="auto"')}</div>
${oTable}
<div class="el-h2"><h2 data-heading="${oH[3]}" dir="auto">${oH[3]}</h2></div>
<div class="el-ul"><ul>${oS4.map((l) => `<li dir="auto"><span class="list-bullet"></span>${l}</li>`).join('\n')}</ul></div>
<div class="mod-footer"><div class="backlinks"><div class="published-section-header">Links to this page</div>
<div class="backlink-items-container">${oBack.map((b) => `<div class="backlink-item"><a href="/${encodeURI(b)}">${b}</a></div>`).join('')}</div></div>
</div></div></div></div></div></div>
<div class="site-footer"><a href="https://publish.obsidian.md/">Powered by Obsidian Publish</a></div></div>
<div class="site-body-right-column"><div class="site-body-right-column-inner"><div class="graph-view-outer">
<div class="published-section-header"><span>Interactive graph</span></div><div class="graph-view-container"><canvas></canvas></div></div>
<div class="outline-view-outer"><div class="published-section-header"><span>On this page</span></div><div class="outline-view">
${oH.map((h) => `<div class="tree-item"><div class="tree-item-self is-clickable"><div class="tree-item-inner">${h}</div></div></div>`).join('')}
</div></div></div></div></div></div></body></html>`;

const obsidian: TestPage = {
  name: 'heldout409-obsidian-publish-wiki',
  kind: 'wiki',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([...oS1, ...oS2, ...oList, oCallout, ...oS3, ...oS4]),
  bylines: [oCreated, oUpdated],
  furniture: [
    'Fernhollow Notes',
    ...oTree,
    'created',
    'updated',
    ...oTags,
    'Links to this page',
    ...oBack,
    'Powered by Obsidian Publish',
    'Interactive graph',
    'On this page',
  ],
};

const qTitle = 'Reading Slowly on Purpose';
const qH = ['The problem with highlights', 'A slower loop', 'What changed'];
const qS1 = [
  j(
    'For most of my twenties I read quickly and remembered little. I kept every highlight from my e-reader, exported them into a folder,',
    'and never opened the folder again. By last spring it held about nine thousand fragments and I could not have told you what half of',
    'them were about.',
  ),
  j(
    'Highlighting feels like thinking, but it mostly postpones the thinking to a day that never comes. The passage that struck me on the',
    'train is rarely the passage I need when I sit down to write.',
  ),
];
const qS2 = ['This year I tried a slower loop, borrowed loosely from the card-index habits of older scholars. It has three steps:'];
const qList = [
  'Read a chapter with a pencil, but mark only the margin, never the text.',
  'The next morning, write one note in my own words for each margin mark that still seems important.',
  'Link the new note to at least one older note, or admit that it stands alone and tag it as an orphan.',
];
const qS3 = [
  j(
    'The second step is where the work happens. A night of sleep filters out most of the marks; what survives is usually something I can',
    'connect to a question I already care about.',
  ),
  j(
    'I read eleven books this year instead of thirty. I wrote about two hundred and forty notes, and around sixty of them have grown into',
    'longer pieces on this garden. More importantly, when I want to find an idea again, it is in a sentence I wrote rather than a sentence',
    'I admired.',
  ),
];
const qQuote = 'A note is not a copy of a thought; it is the thought, finished enough to be found again.';
const qS4 = [
  j(
    'There are costs. Slow reading makes it hard to keep up with the books friends are discussing, and some books simply do not reward it.',
    'I still skim reports and most news. But for the books I expect to live with, the slower loop has been worth the lost speed.',
  ),
  'If you want to try it, start with a single book and the morning step. The rest follows from there.',
];
const qExplorer = ['Books', 'Essays', 'Notes', 'Projects'];
const qTags = ['slow-reading', 'note-taking', 'commonplace'];
const qBack = ['Orphan notes', 'Index cards and their keepers', 'What to do with old highlights'];
const qFoot = ['GitHub', 'Mastodon', 'RSS'];
const qDate = 'Jan 19, 2026';
const qRead = '4 min read';
const qHtml = `<!DOCTYPE html><html lang="en"><head><title>${qTitle}</title><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:title" content="${qTitle}">
<meta property="og:description" content="Highlights postpone thinking. A slower loop of margin marks and morning notes.">
<meta property="og:image" content="https://garden.tamsinoake.net/static/og-image.png"><meta name="generator" content="Quartz">
<link href="../index.css" rel="stylesheet" type="text/css" spa-preserve><link rel="icon" href="../static/icon.png">
${ld({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: qTitle, datePublished: '2026-01-19', author: 'Tamsin Oake' })}
<script src="../prescript.js" type="application/javascript" spa-preserve></script>
<script type="application/javascript" spa-preserve>const fetchData = fetch("../static/contentIndex.json").then(data => data.json())</script></head>
<body data-slug="notes/reading-slowly-on-purpose"><div id="quartz-root" class="page"><div id="quartz-body">
<div class="left sidebar"><h2 class="page-title"><a href="..">Tamsin's Garden</a></h2><div class="spacer mobile-only"></div>
<div class="search"><button class="search-button" id="search-button"><p>Search</p><svg role="img" viewBox="0 0 19.9 19.7"></svg></button>
<div id="search-container"><div id="search-space"><input autocomplete="off" id="search-bar" name="search" type="text" aria-label="Search for something"
placeholder="Search for something"><div id="search-layout" data-preview="true"></div></div></div></div>
<button class="darkmode" id="darkmode"><svg class="dayIcon"><title>Dark mode</title></svg><svg class="nightIcon"><title>Light mode</title></svg></button>
<div class="explorer desktop-only"><button type="button" id="explorer" class="explorer-toggle" aria-expanded="true"><h2>Explorer</h2></button>
<div id="explorer-content"><ul class="overflow explorer-ul" id="explorer-ul">${links(qExplorer, 'folder-outer')}</ul></div></div></div>
<div class="center"><div class="page-header"><div class="popover-hint"><nav class="breadcrumb-container" aria-label="breadcrumbs">
<div class="breadcrumb-element"><a href="../">Home</a><p> ❯ </p></div><div class="breadcrumb-element"><a href="../notes/">Notes</a><p> ❯ </p></div>
<div class="breadcrumb-element"><a href="">${qTitle}</a></div></nav>
<h1 class="article-title">${qTitle}</h1><p show-comma="true" class="content-meta"><time datetime="2026-01-19T00:00:00.000Z">${qDate}</time>
<span>${qRead}</span></p>
<ul class="tags">${qTags.map((t) => `<li><a href="../tags/${t}" class="internal tag-link">${t}</a></li>`).join('')}</ul></div></div>
<article class="popover-hint"><h2 id="the-problem-with-highlights">${qH[0]}<a role="anchor" aria-hidden="true" tabindex="-1" data-no-popover="true"
href="#the-problem-with-highlights" class="internal"></a></h2>
${ps(qS1)}
<h2 id="a-slower-loop">${qH[1]}<a role="anchor" aria-hidden="true" tabindex="-1" href="#a-slower-loop" class="internal"></a></h2>
${ps(qS2)}
<ol>${qList.map((l) => `<li>${l}</li>`).join('\n')}</ol>
<h2 id="what-changed">${qH[2]}<a role="anchor" aria-hidden="true" tabindex="-1" href="#what-changed" class="internal"></a></h2>
${ps(qS3)}
<blockquote><p>${qQuote}</p></blockquote>
${ps(qS4)}</article><hr><div class="page-footer"></div></div>
<div class="right sidebar"><div class="graph"><h3>Graph View</h3><div class="graph-outer"><div id="graph-container" data-cfg="{}"></div></div></div>
<div class="toc desktop-only"><button type="button" id="toc" class="toc-header"><h3>Table of Contents</h3></button>
<div id="toc-content"><ul class="overflow">${qH.map((h) => `<li class="depth-0"><a href="#" data-for="">${h}</a></li>`).join('')}</ul></div></div>
<div class="backlinks"><h3>Backlinks</h3><ul class="overflow">${links(qBack)}</ul></div></div></div>
<footer><p>Created with <a href="https://quartz.jzhao.xyz/">Quartz v4.4.0</a> © 2026</p><ul>${links(qFoot)}</ul></footer></div>
<script type="application/javascript">window.addEventListener('load', () => window.spaNavigate && window.spaNavigate)</script></body></html>`;

const quartz: TestPage = {
  name: 'heldout409-quartz-blog',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: texts([...qS1, ...qS2, ...qList, ...qS3, qQuote, ...qS4]),
  bylines: [qDate],
  furniture: [
    "Tamsin's Garden",
    'Search',
    'Explorer',
    ...qExplorer,
    'Home',
    qRead,
    ...qTags,
    'Graph View',
    'Table of Contents',
    'Backlinks',
    ...qBack,
    'Created with Quartz v4.4.0 © 2026',
    ...qFoot,
  ],
};

export const HELDOUT409_A: readonly TestPage[] = [obsidian, quartz];
