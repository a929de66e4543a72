import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 61, file d2: an Obsidian Publish note on a cycle-touring digital garden, as the browser has rendered it (the
 * mobile site header, the left column with site name, search and the folder tree, the note with its page header, the
 * properties block, el-* wrapped blocks, a "tip" callout, internal links and inline tags, the "Links to this page" backlinks
 * in the footer, the right column with the interactive graph and "On this page" outline, and "Powered by Obsidian Publish").
 */
const obTitle = 'Fixing a puncture on the road';
const obIntro =
  'I have fixed somewhere around forty punctures on tour, most of them in the rain and at least one in the dark on a Portuguese ' +
  'mountain road. This note is the routine I have settled on. It is not the fastest way, but it is the one I can still do ' +
  'when I am cold, tired and annoyed.';
const obTip =
  'Carry a spare tube and patch the punctured one later, at the campsite, with a cup of tea. Patching at the roadside is slow ' + 'and rarely holds as well.';
const obH1 = 'The kit';
const obKit = [
  'Two plastic <a data-tooltip-position="top" aria-label="Tyre levers" data-href="Tyre levers" href="Kit/Tyre levers" class="internal-link" ' +
    'target="_blank" rel="noopener nofollow">tyre levers</a>. Metal ones are stronger but will eventually scratch a rim.',
  'A spare tube of the right size and valve type, wrapped in an old sock so that it does not chafe.',
  'A patch kit with pre-glued patches and a small square of sandpaper.',
  'A mini pump that can reach at least 4 bar, or a track pump if someone in the group is carrying one.',
];
const obH2 = 'Finding the cause';
const obCause = [
  'Before anything else, find what made the hole. Run your fingers slowly round the inside of the tyre and look at the tread in ' +
    'good light. A flint or a sliver of wire left in the tyre will puncture the new tube within a kilometre, and then you are ' +
    'doing the whole job again with one spare fewer.',
  'Line the tyre label up with the valve when you fit tyres at home. Then the position of the hole in the tube tells you exactly ' +
    'where to look on the tyre.',
];
const obH3 = 'Fitting the new tube';
const obFit = [
  'Put just enough air in the tube to give it shape, push the valve through the rim and tuck the tube in all the way round. Seat ' +
    'the tyre by hand, starting at the valve and finishing opposite it, and use the levers only for the last stubborn section. ' +
    'Most pinched tubes happen right here, when a lever catches the tube against the rim.',
  'Pump to about half pressure, spin the wheel and check that the bead line sits evenly on both sides before going up to full ' +
    'pressure. See <a data-href="Tubeless or not" href="Kit/Tubeless or not" class="internal-link" target="_blank" rel="noopener nofollow">Tubeless ' +
    'or not</a> for why I still run tubes.',
];
const obTree = {
  Kit: ['Bags and racks', 'Tubeless or not', 'Tyre levers'],
  Repairs: ['Broken spoke', obTitle, 'Snapped chain'],
  Trips: ['Lisbon to Seville, 2024'],
};
const obBacklinks = ['Daily checklist', 'Lisbon to Seville, 2024', 'Broken spoke'];
const obTags = ['#repairs', '#touring'];
const obEl = (tag: string, inner: string): string => `<div class="el-${tag}"><${tag} dir="auto">${inner}</${tag}></div>`;
const obHead = (h: string): string =>
  `<div class="el-h2"><h2 data-heading="${h}" dir="auto" class="publish-article-heading">${h}<a href="#${h.replace(/ /g, '%20')}"
class="heading-anchor"></a></h2></div>`;
const obTreeHtml = Object.entries(obTree)
  .map(
    ([folder, notes]) =>
      `<div class="tree-item"><div class="tree-item-self is-clickable mod-collapsible" data-path="${folder}"><div class="tree-item-icon collapse-icon"><svg ` +
      `viewBox="0 0 24 24" class="svg-icon right-triangle"><path d="M3 8L12 17L21 8"></path></svg></div><div class="tree-item-inner">${folder}</div></div>` +
      `<div class="tree-item-children">${notes
        .map(
          (n) =>
            `<div class="tree-item"><div class="tree-item-self is-clickable${n === obTitle ? ' mod-active' : ''}" data-path="${folder}/${n}.md">` +
            `<div class="tree-item-inner">${n}</div></div></div>`,
        )
        .join('')}</div></div>`,
  )
  .join('\n');
const obHtml = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<title>${obTitle} - Slow Miles</title><meta property="og:title" content="${obTitle} - Slow Miles"><meta property="og:type" content="website">
<meta property="og:description" content="${obIntro.slice(0, 150)}"><link rel="canonical"
href="https://notes.slowmiles.example/Repairs/Fixing+a+puncture+on+the+road">
<link rel="stylesheet" href="https://publish.obsidian.md/app.css?1ea9c62d"><link rel="stylesheet"
href="https://publish-01.obsidian.md/access/3c4f9e/publish.css">
<script>window.siteInfo={"uid":"3c4f9e2b7a","host":"publish-01.obsidian.md","customurl":"notes.slowmiles.example","status":"active"};
window.preloadPage=fetch("https://publish-01.obsidian.md/access/3c4f9e/Repairs/Fixing%20a%20puncture%20on%20the%20road.md");</script>
<script defer src="https://publish.obsidian.md/app.js?1ea9c62d"></script></head>
<body class="theme-light mod-linux is-frameless show-inline-title show-ribbon is-focused publish" style="--font-text-size: 17px;">
<div class="published-container print has-navigation has-graph has-outline has-search">
<div class="site-header"><div class="clickable-icon sidebar-toggle-button mod-left" aria-label="Open navigation"><svg viewBox="0 0 24 24" class="svg-icon
 lucide-menu"><line x1="4" y1="12" x2="20" y2="12"></line></svg></div><div class="site-header-text"><a href="/" class="site-header-text-link">Slow
Miles</a></div>
<div class="clickable-icon sidebar-toggle-button mod-right" aria-label="Open outline"><svg viewBox="0 0 24 24" class="svg-icon lucide-list"></svg></div></div>
<div class="site-body">
<div class="site-body-left-column"><div class="site-body-left-column-inner">
<a href="/" class="site-body-left-column-site-logo"><img src="https://publish-01.obsidian.md/access/3c4f9e/logo.png" alt=""></a>
<div class="site-body-left-column-site-name" aria-label="Slow Miles">Slow Miles</div>
<div class="search-view-outer"><div class="search-view-container"><span class="published-search-icon"></span><input class="search-bar" type="text"
 placeholder="Search" spellcheck="false"></div></div>
<div class="nav-view-outer"><div class="nav-view">
<div class="tree-item"><div class="tree-item-self is-clickable" data-path="Home.md"><div class="tree-item-inner">Home</div></div></div>
${obTreeHtml}
</div></div>
</div></div>
<div class="site-body-center-column"><div class="render-container"><div class="render-container-inner"><div class="publish-renderer">
<div class="markdown-preview-view markdown-rendered node-insert-event hide-title allow-fold-headings allow-fold-lists is-readable-line-width">
<div class="markdown-preview-sizer markdown-preview-section" style="padding-bottom: 321px; min-height: 845px;">
<div class="markdown-preview-pusher" style="width: 1px; height: 0.1px; margin-bottom: 0px;"></div>
<div class="mod-header"><div class="page-header">${obTitle}</div>
<div class="metadata-container" data-property-count="3"><div class="metadata-properties">
<div class="metadata-property" data-property-key="created" data-property-type="date"><div class="metadata-property-key">created</div><div
 class="metadata-property-value"><div class="metadata-input-longtext">2025-06-02</div></div></div>
<div class="metadata-property" data-property-key="updated" data-property-type="date"><div class="metadata-property-key">updated</div><div
 class="metadata-property-value"><div class="metadata-input-longtext">2025-11-08</div></div></div>
<div class="metadata-property" data-property-key="tags" data-property-type="tags"><div class="metadata-property-key">tags</div><div
 class="metadata-property-value"><div class="multi-select-container"><div class="multi-select-pill"><div
class="multi-select-pill-content">repairs</div></div><div
 class="multi-select-pill"><div class="multi-select-pill-content">kit</div></div></div></div></div>
</div></div></div>
${obEl('p', obIntro)}
<div class="el-div"><div data-callout-metadata="" data-callout-fold="" data-callout="tip" class="callout"><div class="callout-title" dir="auto"><div
 class="callout-icon"><svg viewBox="0 0 24 24" class="svg-icon lucide-flame"><path d="M8.5 14.5A2.5 2.5 0 0 0 11 12"></path></svg></div><div
 class="callout-title-inner">Tip</div></div><div class="callout-content">
<p dir="auto">${obTip}</p>
</div></div></div>
${obHead(obH1)}
<div class="el-ul"><ul>
${obKit.map((t, i) => `<li data-line="${i}" dir="auto">${t}</li>`).join('\n')}
</ul></div>
${obHead(obH2)}
${obCause.map((p) => obEl('p', p)).join('\n')}
${obHead(obH3)}
${obFit.map((p) => obEl('p', p)).join('\n')}
${obEl('p', obTags.map((t) => `<a href="${t}" class="tag" target="_blank" rel="noopener nofollow">${t}</a>`).join(' '))}
<div class="mod-footer"><div class="backlinks"><div class="published-section-header"><span>Links to this page</span></div><ul class="backlinks-list">
${obBacklinks.map((t) => `<li><a data-href="${t}" href="/${t.replace(/ /g, '+')}" class="internal-link">${t}</a></li>`).join('\n')}
</ul></div></div>
</div></div></div></div></div></div>
<div class="site-body-right-column"><div class="site-body-right-column-inner">
<div class="graph-view-outer"><div class="published-section-header"><span>Interactive graph</span></div><div class="graph-view-container"><div
 class="graph-view-placeholder"><canvas width="250" height="250" style="width: 250px; height: 250px;"></canvas></div><div class="graph-expand-button
 clickable-icon" aria-label="Expand"><svg viewBox="0 0 24 24" class="svg-icon lucide-arrow-up-right"></svg></div></div></div>
<div class="outline-view-outer node-insert-event"><div class="published-section-header"><span>On this page</span></div><div class="outline-view">
${[obH1, obH2, obH3]
  .map(
    (h) => `<div class="tree-item"><div class="tree-item-self is-clickable" data-heading="${h}"><div
class="tree-item-inner">${h}</div></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="extra-title"><span class="extra-title-text">${obTitle}</span><span aria-label="Close page" role="button"
class="extra-title-close-button"></span></div>
</div></div>
</div>
<div class="site-footer"><a href="https://publish.obsidian.md/">Powered by Obsidian Publish</a></div>
</div>
</body></html>
`;
export const obsidianPublish: TestPage = {
  html: obHtml,
  name: 'heldout61-obsidian-publish',
  kind: 'wiki',
  // the page-header div is the title and the h2s the headings; the intro, the callout's text (its "Tip" label in neither), the
  // kit list and the paragraphs (internal links included) are body; the created and updated dates in the properties block are
  // the bylines (the note's datelines; the property names and the tag pills are furniture); the inline tags line, "Links to
  // this page" with its backlinks, the folder tree (its current note is the title), site name, search, graph, "On this page"
  // (its items are the headings: left out) and "Powered by Obsidian Publish" are furniture; the tree's "Tyre levers" and
  // "Tubeless or not", its "Home" and "Kit" and the "kit" pill are words of the body or a heading: left out; the folder
  // "Repairs" and the pill "repairs", and the tree's and the backlinks' "Broken spoke" and "Lisbon to Seville, 2024" are listed once
  title: obTitle,
  headings: [obH1, obH2, obH3],
  body: [obIntro, obTip, ...texts(obKit), ...obCause, ...texts(obFit)],
  bylines: ['2025-06-02', '2025-11-08'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Slow Miles', 'Bags and racks', 'Repairs', 'Broken spoke', 'Snapped chain', 'Trips', 'Lisbon to Seville, 2024', 'created', 'updated',
    'tags', '#repairs #touring', 'Links to this page', 'Daily checklist', 'Interactive graph', 'On this page', 'Powered by Obsidian Publish',
  ],
};
