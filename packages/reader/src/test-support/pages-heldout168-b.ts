import { links, type TestPage, texts } from './page-kit.js';
import { istioPage } from './pages-heldout168-b2.js';

/**
 * Held-out batch 168, file b: a Helm documentation page on helm.sh (Docusaurus: the announcement bar, the navbar with docs,
 * blog, community links, version and language drop-downs, the docs sidebar, breadcrumbs, an admonition at the top of the
 * text, "Edit this page", the previous/next pager, the table of contents and the footer with CNCF text) and, from file b2,
 * an Istio documentation page.
 */
const hmTitle = 'Passing Values to Subcharts';
const hmAdmon = 'This page applies to Helm 3. Helm 2 handled global values differently; see the migration guide if you are upgrading an old chart.';
const hmP0 = [
  'A chart can depend on other charts, called subcharts. Each subchart keeps its own <code>values.yaml</code>, but the parent chart ' +
    'can override those values, and can share a small set of values with every subchart at once. This page explains the rules ' +
    'Helm follows when it merges them.',
];
const hmH1 = 'Overriding a subchart from the parent';
const hmP1 = [
  'Values for a subchart live under a key with the same name as the subchart (or its alias) in the parent\u2019s values file. ' +
    'Suppose a chart called <code>shopfront</code> depends on a chart called <code>cache</code>:',
];
const hmCode1 = `# shopfront/values.yaml
replicaCount: 2

cache:
  maxMemory: 256Mi
  evictionPolicy: allkeys-lru`;
const hmP2 = [
  'When Helm renders the <code>cache</code> templates, <code>.Values.maxMemory</code> is <code>256Mi</code>, whatever the default in ' +
    'the subchart\u2019s own values file. The subchart cannot see <code>replicaCount</code>: a subchart only ever sees its own section ' +
    'of the parent\u2019s values.',
];
const hmH2 = 'Global values';
const hmP3 = [
  'Sometimes every chart in a release needs the same value, such as an image registry or a cluster domain. Values under the ' +
    'reserved <code>global</code> key are copied into every subchart, where they appear as <code>.Values.global</code>.',
];
const hmCode2 = `global:
  imageRegistry: registry.tidewater.example
  clusterDomain: cluster.local`;
const hmP4 = ['A few rules apply to globals:'];
const hmList = [
  'Globals flow down from the parent to subcharts, never up from a subchart to its parent.',
  'A subchart may set its own defaults under <code>global</code>; a value set by the parent always wins.',
  'Globals are copied into sub-subcharts too, so a deeply nested chart sees the same values as its direct parent.',
  'Lists are replaced, not merged, so a parent that sets a global list replaces the subchart\u2019s list entirely.',
];
const hmH3 = 'Using aliases';
const hmP5 = [
  'If the same subchart appears twice, for example two caches with different sizes, give each dependency an alias in ' +
    '<code>Chart.yaml</code>. The alias becomes the key for its values, so <code>sessionCache:</code> and <code>pageCache:</code> ' +
    'can be configured separately.',
  'Run <code>helm template</code> with <code>--debug</code> to see the final merged values for each subchart before installing. ' +
    'It is the quickest way to find a value that is being overridden when you did not expect it.',
];
const hmAnnounce = 'Helm 4 is now available! Read the release announcement.';
const hmNav = ['Docs', 'Charts', 'Blog', 'Community', 'Helm 3', 'English', 'GitHub'];
const hmSide = [
  'Introduction',
  'Quickstart Guide',
  'Installing Helm',
  'Using Helm',
  'Topics',
  'Charts',
  'Chart Hooks',
  'Chart Tests',
  'Library Charts',
  'Best Practices',
  'Values',
  'Templates',
  'Dependencies',
  'Helm Commands',
  'Community Guides',
  'FAQ',
  'Glossary',
];
const hmCrumbs = ['Home page', 'Chart Template Guide'];
const hmPager = ['Previous', 'Named Templates', 'Next', 'Creating a NOTES.txt File'];
const hmFoot = ['Docs', 'Getting Started', 'Helm Commands', 'Community', 'Slack', 'Events', 'More', 'Blog', 'Charts Hub', 'Privacy Policy'];
const hmCncf = 'We are a Cloud Native Computing Foundation graduated project.';
const hmCopy = '© Helm Authors 2025 | Documentation distributed under CC-BY-4.0';
const hmPre = (c: string): string => `<div class="language-yaml codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex">
<pre tabindex="0" class="prism-code language-yaml codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv">${c}</code></pre>
<div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA"
aria-hidden="true"></span></button></div></div></div>`;
const hmToc = [hmH1, hmH2, hmH3].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" class="table-of-contents__link toc-highlight">${h}</a></li>`);
const hmHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page" data-has-hydrated="false">
<head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.7.0"><title data-rh="true">Passing Values to Subcharts | Helm</title>
<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" property="og:title"
content="Passing Values to Subcharts | Helm">
<meta data-rh="true" name="description" content="How Helm merges parent, subchart and global values."><meta data-rh="true" name="docusaurus_version"
content="current">
<link data-rh="true" rel="canonical" href="https://helm.sh/docs/chart_template_guide/subcharts_and_globals"><link rel="stylesheet"
href="/assets/css/styles.5c1d4f2e.css">
<script src="/assets/js/runtime~main.8a2f0c11.js" defer></script><script src="/assets/js/main.e4b7d9a3.js" defer></script></head>
<body class="navigation-with-keyboard"><div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn"
href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">${hmAnnounce}</div></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><div
class="navbar__logo">
<img src="/img/helm.svg" alt="Helm"></div></a>
${hmNav
  .slice(0, 4)
  .map((t) => `<a class="navbar__item navbar__link" href="/${t.toLowerCase()}">${t}</a>`)
  .join('\n')}</div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a class="navbar__link"
href="#">${hmNav[4]}</a></div>
<div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a class="navbar__link" href="#">${hmNav[5]}</a></div>
<a class="navbar__item navbar__link header-github-link" href="https://github.com/helm/helm">${hmNav[6]}</a>
<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span
class="DocSearch-Button-Placeholder">Search</span>
</button></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><nav aria-label="Docs sidebar"
class="menu thin-scrollbar menu_SIkG">
<ul class="theme-doc-sidebar-menu menu__list">${links(hmSide, 'theme-doc-sidebar-item-link menu__list-item')}</ul></nav></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs">
<li class="breadcrumbs__item"><a aria-label="${hmCrumbs[0]}" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT">
</svg></a></li>
<li class="breadcrumbs__item"><span class="breadcrumbs__link">${hmCrumbs[1]}</span></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">Subcharts and Globals</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button"
class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${hmTitle}</h1></header>
<div class="theme-admonition theme-admonition-info admonition_xJq3 alert alert--info"><div class="admonitionHeading_Gvgb">info</div>
<div class="admonitionContent_BuS1"><p>${hmAdmon}</p></div></div>
<p>${hmP0[0]}</p>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="overriding-a-subchart-from-the-parent">${hmH1}<a href="#overriding-a-subchart-from-the-parent"
class="hash-link"
aria-label="Direct link to Overriding a subchart from the parent" title="Direct link to Overriding a subchart from the parent">\u200b</a></h2>
<p>${hmP1[0]}</p>
${hmPre(hmCode1)}
<p>${hmP2[0]}</p>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="global-values">${hmH2}<a href="#global-values" class="hash-link" aria-label="Direct link to Global values"
title="Direct link to Global values">\u200b</a></h2>
<p>${hmP3[0]}</p>
${hmPre(hmCode2)}
<p>${hmP4[0]}</p>
<ul>${hmList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="using-aliases">${hmH3}<a href="#using-aliases" class="hash-link" aria-label="Direct link to Using aliases"
title="Direct link to Using aliases">\u200b</a></h2>
${hmP5.map((p) => `<p>${p}</p>`).join('\n')}
</div><footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">
<a href="https://github.com/helm/helm-www/edit/main/docs/chart_template_guide/subcharts_and_globals.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page">Edit this page</a></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev"
href="/docs/chart_template_guide/named_templates">
<div class="pagination-nav__sublabel">${hmPager[0]}</div><div class="pagination-nav__label">${hmPager[1]}</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/chart_template_guide/notes_files"><div
class="pagination-nav__sublabel">${hmPager[2]}</div>
<div class="pagination-nav__label">${hmPager[3]}</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${hmToc.join('\n')}</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
${['Docs', 'Community', 'More']
  .map(
    (t, i) => `<div class="col footer__col"><div class="footer__title">${t}</div><ul class="footer__items clean-list">
${links(hmFoot.slice([1, 4, 7][i], [4, 7, 10][i]), 'footer__item')}</ul></div>`,
  )
  .join('\n')}</div>
<div class="footer__bottom text--center"><div class="footer__copyright"><p>${hmCncf}</p><p>${hmCopy}</p></div></div></div></footer></div></body></html>`;
const helm: TestPage = {
  name: 'heldout168-helm-docs',
  kind: 'docs',
  html: hmHtml,
  // the admonition at the top of the text is the page's own notice (body), its "info" label furniture; the breadcrumb's last
  // item is in neither list; the table of contents repeats the headings and is left out, and so is the sidebar's "Values" (a word of a heading)
  title: hmTitle,
  headings: [hmH1, hmH2, hmH3],
  body: texts([hmAdmon, ...hmP0, ...hmP1, ...hmP2, ...hmP3, ...hmP4, ...hmList, ...hmP5]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', hmAnnounce, ...hmNav, 'Search', ...hmSide.filter((t) => t !== 'Values'), 'Chart Template Guide', 'On this page',
    'info', 'Edit this page', ...hmPager, ...hmFoot, hmCncf, hmCopy,
  ],
};

export const HELDOUT168_B: readonly TestPage[] = [helm, istioPage];
