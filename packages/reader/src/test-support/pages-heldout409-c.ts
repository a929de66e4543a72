import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout409-kit.js';

/**
 * Held-out batch 409, file c: a Roam Research public graph page (left sidebar with Daily Notes / Graph Overview / All Pages and
 * shortcuts, the outliner's nested blocks with page references, heading blocks, Linked and Unlinked References) and a Dendron
 * note published with the Next.js template (Ant Design layout, header search, tree menu, breadcrumbs, "On this page" anchor
 * list, Children and Backlinks lists, footer).
 */
const rTitle = 'Spaced repetition for plant names';
const rH = ['Why bother', 'The routine', 'What did not work'];
const ref = (t: string): string =>
  `<span data-link-title="${t}" data-link-uid="x${t.length}"><span class="rm-page-ref__brackets">[[</span><span tabindex="-1"
data-tag="${t}" class="rm-page-ref rm-page-ref--link">${t}</span><span class="rm-page-ref__brackets">]]</span></span>`;
const rS1 = [
  j(
    'I can recognise about four hundred plants by sight but name only half of them, which is embarrassing on guided walks. In January I',
    `started learning botanical names with ${ref('spaced repetition')}, ten minutes a day.`,
  ),
  j(
    'Knowing the Latin name is not pedantry. It tells you the genus, and the genus tells you what the plant is related to, how it',
    'is likely to grow and which pests will find it.',
  ),
];
const rS2 = [
  `Cards live in ${ref('Anki')}, one deck per family, built from photos I take myself on the ${ref('Thursday walk')}.`,
  'Front of the card: a photo and the common name. Back: genus and species, family, and one feature that tells it apart from look-alikes.',
  'New cards are capped at eight a day, otherwise the reviews pile up after a holiday.',
  j(
    'Every Sunday I move the cards I keep failing into a separate "leeches" deck and rewrite them, usually with a better photo',
    'or a clearer distinguishing feature.',
  ),
];
const rS3 = [
  j('Cards with only a name on each side. Without the photo I learned to pair two words, not to recognise a plant, and it', 'fell apart in the field.'),
  "Downloaded shared decks. Other people's photos were often of a different season, so I was learning flowers I never see in March.",
  j(
    'Learning whole families at once. Ten sedges in a week all blurred together; spreading them over a month, mixed with',
    'easier plants, worked much better.',
  ),
];
const rS4 = [
  j(
    'After ten weeks I can name 212 of the 260 plants in the deck without hesitation, and the daily review now takes about',
    `seven minutes. Next step: add ${ref('winter twigs')} so the deck is useful between November and March.`,
  ),
];
const rBlock = (inner: string, depth = 1, kids = ''): string => `<div class="roam-block-container rm-block rm-block--mine rm-block--open rm-not-focused
block-bullet-view" data-path-page-links="[]"><div class="rm-block-main rm-block__self"><div class="controls rm-block__controls">
<span class="block-expand"><span class="bp3-icon-standard bp3-icon-caret-down rm-caret rm-caret-open rm-caret-hidden"></span></span>
<span class="rm-bullet"><span class="rm-bullet__inner--user-icon"></span></span></div><div class="rm-block__input rm-block-text roam-block
dont-unfocus-block hoverparent rm-level-${depth}" tabindex="0" id="block-input-pub-${inner.length}">${inner}</div></div>
<div class="rm-block-children rm-block__children rm-level-${depth}">${kids}<div class="rm-multibar"></div></div></div>`;
const rKids = (items: readonly string[]): string => items.map((i) => rBlock(`<span>${i}</span>`, 2)).join('\n');
const rHead = (t: string, kids: string): string => rBlock(`<h2 class="rm-heading-level-2"><span>${t}</span></h2>`, 1, kids);
const rShort = ['Daily Notes', 'Graph Overview', 'All Pages'];
const rShortcuts = ['Walk log 2026', 'Plant list 2026', 'Reading queue'];
const rRefs = [
  ['February 20th, 2026', 'Leeches deck down to nine cards after rewriting the willow photos.'],
  ['Botany reading group', 'Margit suggested adding the family to the front of each card as a hint for beginners.'],
] as const;
const rHtml = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${rTitle} - Pelham's garden graph</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A public Roam graph about plants and walks.">
<meta property="og:title" content="${rTitle}"><link rel="stylesheet" href="https://roamresearch.com/css/main.css">
${ld({ '@context': 'https://schema.org', '@type': 'WebPage', name: rTitle, isPartOf: "Pelham's garden graph" })}
<script>window.roamPublicGraph = "pelham-garden"; window.roamReadOnly = true;</script><script src="https://roamresearch.com/js/compiled/roam.js"></script>
</head><body><div id="app"><div class="roam-app"><div class="flex-h-box" style="height: 100%;">
<div class="roam-sidebar-container noselect"><div class="roam-sidebar-content starred-pages-wrapper">
<div class="bp3-popover-wrapper"><div class="flex-h-box">Pelham's garden graph</div></div>
<div class="log-button"><span class="bp3-icon bp3-icon-calendar icon"></span>Daily Notes</div>
<div class="log-button"><span class="bp3-icon bp3-icon-graph icon"></span>Graph Overview</div>
<div class="log-button"><span class="bp3-icon bp3-icon-list icon"></span>All Pages</div>
<div class="starred-pages"><div class="shortcuts-header">Shortcuts</div>
${rShortcuts.map((s) => `<a href="#/app/pelham-garden/page/${s.length}"><div class="page">${s}</div></a>`).join('')}</div></div></div>
<div class="roam-main"><div class="rm-topbar"><span class="bp3-popover-target"><button class="bp3-button bp3-minimal">Search</button></span>
<span class="rm-topbar__read-only">Read-only</span><a class="bp3-button" href="https://roamresearch.com/#/signup">Sign up</a></div>
<div class="roam-body-main"><div class="rm-article-wrapper"><div class="roam-article"><div>
<div class="rm-title-display-container"><h1 class="rm-title-display" tabindex="-1"><span>${rTitle}</span></h1></div>
<div class="rm-block-children rm-block__children rm-level-0">
${rBlock(`<span>${rS1[0] ?? ''}</span>`)}
${rHead(rH[0] ?? '', rKids(rS1.slice(1)))}
${rHead(rH[1] ?? '', rKids(rS2))}
${rHead(rH[2] ?? '', rKids(rS3))}
${rS4.map((b) => rBlock(`<span>${b}</span>`)).join('\n')}</div></div>
<div class="rm-reference-main"><div class="rm-reference-container dont-focus-block"><div class="flex-h-box"><strong class="rm-ref-page-view-title">
2 Linked References</strong></div><div class="refs-by-page-view">
${rRefs
  .map(
    ([p, b]) => `<div class="rm-ref-page-view"><div class="rm-ref-page-view-title"><span class="rm-page__title">${p}</span></div>
<div class="rm-reference-item"><div class="rm-block-text">${b}</div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="rm-reference-container rm-unlinked-references"><span class="rm-caret-closed"></span><strong>Unlinked References</strong></div></div>
</div></div></div></div></div></div></div></body></html>`;

const roam: TestPage = {
  name: 'heldout409-roam-public-graph-wiki',
  kind: 'wiki',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rS1, ...rS2, ...rS3, ...rS4]),
  bylines: [],
  furniture: [
    "Pelham's garden graph",
    ...rShort,
    'Shortcuts',
    ...rShortcuts,
    'Search',
    'Read-only',
    'Sign up',
    '2 Linked References',
    ...rRefs.flat(),
    'Unlinked References',
  ],
};

const dTitle = 'Rain garden sizing';
const dH = ['Overview', 'Step 1: measure the catchment', 'Step 2: test the soil', 'Step 3: size the basin', 'Planting notes'];
const dS1 = [
  j(
    'A rain garden is a shallow planted basin that catches runoff from a roof or path and lets it soak into the ground instead of',
    'into the drains. This note is the sizing method I use for small domestic gardens; it sits under the water section of the vault.',
  ),
];
const dS2 = [
  j(
    'Measure the plan area of the roof or paving that will drain into the garden, not the sloping area of the roof itself. For a',
    'typical terraced house with one downpipe this is between 20 and 40 square metres.',
  ),
];
const dS3 = [
  j(
    'Dig a hole 30 centimetres deep, fill it with water and let it drain. Fill it again and time how long the second fill takes to',
    'drop by ten centimetres. That gives the infiltration rate in centimetres per hour.',
  ),
];
const dL3 = [
  'Faster than 2 cm per hour: sandy soil, good for a rain garden with no special preparation.',
  'Between 1 and 2 cm per hour: loam, fine, but make the basin a little larger.',
  'Slower than 1 cm per hour: heavy clay; either improve the soil or use a lined planter with an overflow.',
];
const dS4 = ['The basin area is the catchment area multiplied by a factor that depends on soil and basin depth:'];
const dCode = 'basin_area = catchment_area × factor\n# e.g. 30 m² roof on loam, 10 cm deep: 30 × 0.25 = 7.5 m²';
const dTable = [
  ['Sandy', '0.20', '0.15'],
  ['Loam', '0.25', '0.20'],
  ['Clay', '0.40', '0.30'],
] as const;
const dS5 = [
  j(
    'Put the plants that tolerate wet feet in the centre of the basin and drought-tolerant plants on the rim, which dries out first.',
    'Avoid anything that needs to be lifted each year, because digging damages the soil structure the basin depends on.',
  ),
  'Always give the basin an overflow route away from the house, for the storm that is bigger than anything you planned for.',
];
const dNav = ['Garden', 'Water', 'Rain garden sizing', 'Water butts', 'Ponds', 'Soil', 'Trees'];
const dCrumbs = ['Garden', 'Water'];
const dChildren = ['Rain garden plants', 'Overflow channels'];
const dBack = ['Front garden plan', 'Downpipe disconnection'];
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${dTitle} - Juniper Ash's Vault</title><meta name="description" content="Personal knowledge space"/>
<meta property="og:title" content="${dTitle}"/><meta property="og:type" content="article"/><meta name="generator" content="Dendron"/>
<link rel="preload" href="/_next/static/css/8d6f1e.css" as="style"/>
${ld({ '@context': 'https://schema.org', '@type': 'TechArticle', headline: dTitle, dateModified: '2026-01-28' })}
<script async src="https://www.googletagmanager.com/gtag/js?id=G-Q1R2S3"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script></head>
<body><div id="__next"><section class="ant-layout" style="width:100%;min-height:100%"><header class="ant-layout-header"
style="position:fixed;z-index:1;width:100%;height:64px"><div class="ant-row" style="justify-content:space-between"><div class="ant-col ant-col-xs-20">
<a href="/"><span class="site-logo">Juniper Ash's Vault</span></a></div><div class="ant-col ant-col-xs-4"><div class="ant-select ant-select-auto-complete">
<span class="ant-select-selection-placeholder">Search</span></div></div></div></header>
<section class="ant-layout site-layout" style="margin-top:64px"><aside class="ant-layout-sider ant-layout-sider-light" style="flex:0 0 200px">
<div class="ant-layout-sider-children"><ul class="ant-menu ant-menu-root ant-menu-inline ant-menu-light dendron-tree-menu" role="menu">
${links(dNav, 'ant-menu-item')}</ul></div></aside>
<main class="ant-layout-content side-layout-main" style="max-width:1200px"><div class="ant-row"><div class="ant-col ant-col-md-18">
<nav class="ant-breadcrumb"><ol>${dCrumbs
  .map(
    (c) => `<li><span class="ant-breadcrumb-link"><a href="/">${c}</a></span>
<span class="ant-breadcrumb-separator">/</span></li>`,
  )
  .join('')}
<li><span class="ant-breadcrumb-link">${dTitle}</span></li></ol></nav>
<div class="main-content" role="main"><h1 id="rain-garden-sizing">${dTitle}<a
aria-hidden="true" class="anchor-heading icon-link" href="#rain-garden-sizing"></a></h1>
<div class="dendron-note-meta"><span>Last updated</span> <time>${'Jan 28, 2026'}</time></div>
<h2 id="overview">${dH[0]}</h2>${ps(dS1)}
<h2 id="step-1">${dH[1]}</h2>${ps(dS2)}
<h2 id="step-2">${dH[2]}</h2>${ps(dS3)}<ul>${dL3.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h2 id="step-3">${dH[3]}</h2>${ps(dS4)}<pre class="language-text"><code>${dCode}</code></pre>
<table><thead><tr><th>Soil</th><th>10 cm deep</th><th>15 cm deep</th></tr></thead><tbody>
${dTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2 id="planting-notes">${dH[4]}</h2>${ps(dS5)}
<hr><strong>Children</strong><ol>${links(dChildren)}</ol>
<hr><strong>Backlinks</strong><ul>${links(dBack)}</ul></div></div>
<div class="ant-col ant-col-md-6"><div class="ant-anchor-wrapper dendron-toc"><div class="ant-anchor"><div class="ant-anchor-ink"></div>
<span class="dendron-toc-title">On this page</span>
${dH.map((h) => `<div class="ant-anchor-link"><a class="ant-anchor-link-title" href="#">${h}</a></div>`).join('')}</div></div></div></div></main></section>
<footer class="ant-layout-footer" style="padding:0 24px 24px"><div class="ant-row">
<div>🌱 with 💕 using <a href="https://www.dendron.so/">Dendron 🌲</a></div>
</div></footer></section></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":"k3r9w2","title":"${dTitle}"}},"page":"/notes/[id]","buildId":"h7Wq"}</script>
</body></html>`;

const dendron: TestPage = {
  name: 'heldout409-dendron-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dS1, ...dS2, ...dS3, ...dL3, ...dS4, dCode, ...dTable.flat(), ...dS5]),
  bylines: ['Jan 28, 2026'],
  furniture: [
    "Juniper Ash's Vault",
    'Search',
    ...dNav.filter((n) => n !== dTitle && n !== 'Garden' && n !== 'Water'),
    ...dCrumbs,
    'Last updated',
    'Children',
    ...dChildren,
    'Backlinks',
    ...dBack,
    'On this page',
    '🌱 with 💕 using Dendron 🌲',
  ],
};

export const HELDOUT409_C: readonly TestPage[] = [roam, dendron];
