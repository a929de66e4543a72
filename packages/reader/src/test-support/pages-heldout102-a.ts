import { links, ps, type TestPage, texts } from './page-kit.js';
import { docusaurusPage } from './pages-heldout102-a2.js';

/**
 * Held-out batch 102, file a: a GitHub repository page with its rendered README, as a signed-out visitor saves it (skip
 * link, the marketing header, the repository header with Notifications / Fork / Star, the repository tabs, the file
 * browser with its last-commit messages, the README in article.markdown-body with badges and heading anchors, the About
 * sidebar, Releases, Contributors and Languages, and the footer) and, from file a2, a Docusaurus documentation page.
 */
const ghTitle = 'quillmap';
const ghIntro = [
  'A fast, offline map tile packer for field teams. <strong>quillmap</strong> turns a folder of GeoTIFFs or an MBTiles archive into ' +
    'a single compact <code>.qmp</code> file that phones and rugged tablets can read without a network connection.',
  'We built it for the survey crews at Tidewater Geomatics, who spend weeks in river valleys where the nearest mobile mast is a ' +
    'day’s walk away. It has since been used by two flood-mapping charities and a handful of orienteering clubs.',
];
const ghH1 = 'Features';
const ghFeatures = [
  'Packs tiles with Zstandard dictionaries trained on your own imagery, usually 30 to 45 percent smaller than plain MBTiles.',
  'Reads and writes in a streaming fashion, so a 40 GB source never needs more than about 300 MB of memory.',
  'Keeps vector overlays (tracks, waypoints, hazard polygons) in the same file as the raster tiles.',
  'Ships a tiny C reader with no dependencies, plus bindings for Kotlin and Swift.',
];
const ghH2 = 'Installation';
const ghInstall = [
  'Prebuilt binaries for Linux, macOS and Windows are attached to every release. If you have a Rust toolchain (1.78 or newer) you ' +
    'can also install from source:',
];
const ghH3 = 'Quick start';
const ghQuick = [
  'Point <code>quillmap pack</code> at a directory of tiles and give it an output path. The zoom range is optional; by default ' +
    'every level found in the source is kept.',
  'To check what went into a pack, use <code>quillmap info</code>. It prints the bounding box, the zoom levels, the number of ' +
    'tiles per level and the dictionary size.',
];
const ghH4 = 'Limitations';
const ghLimits = [
  'Only Web Mercator (EPSG:3857) sources are supported at the moment. Reprojection is on the roadmap but we would rather do it well ' + 'than quickly.',
  'Packs are append-only. If a tile changes you will need to rebuild the pack, which for most field areas takes a few minutes.',
];
const ghH5 = 'Contributing';
const ghContrib = [
  'Bug reports and pull requests are welcome. Please read <a href="CONTRIBUTING.md">CONTRIBUTING.md</a> first, and open an issue ' +
    'before starting on anything large so we can talk about the design.',
];
const ghH6 = 'License';
const ghLicense = ['quillmap is released under the MIT license. See <a href="LICENSE">LICENSE</a> for the full text.'];
const ghTop = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghTabs = ['Code', 'Issues', 'Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Security', 'Insights'];
const ghFiles: [string, string, string][] = [
  ['.github/workflows', 'ci: cache the cargo registry between jobs', '3 weeks ago'],
  ['bindings', 'swift: expose tile bounds on QMReader', '2 months ago'],
  ['crates', 'pack: stream dictionary training samples', '5 days ago'],
  ['docs', 'docs: explain zoom range defaults', 'last month'],
  ['CONTRIBUTING.md', 'Add a note on design issues', '8 months ago'],
  ['LICENSE', 'Initial commit', '3 years ago'],
  ['README.md', 'readme: mention the orienteering clubs', '5 days ago'],
];
const ghAbout = 'Offline map tile packer for field teams';
const ghTopics = ['maps', 'gis', 'offline-first', 'tiles', 'rust'];
const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghHead = (
  tag: string,
  t: string,
): string => `<div class="markdown-heading" dir="auto"><${tag} tabindex="-1" class="heading-element" dir="auto">${t}</${tag}>
<a id="user-content-${t.toLowerCase().replace(/ /g, '-')}" class="anchor" aria-label="Permalink: ${t}" href="#${t.toLowerCase().replace(/ /g, '-')}">
<svg class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"></svg></a></div>`;
const ghP = (a: readonly string[]): string => ps(a, ' dir="auto"');
const ghRow = ([f, m, d]: [string, string, string]): string => `<tr class="react-directory-row" id="folder-row-${f.length}">
<td class="react-directory-row-name-cell-large-screen"><div class="react-directory-filename-column"><svg class="octicon" aria-hidden="true"></svg>
<div class="overflow-hidden"><div class="react-directory-filename-cell"><div class="react-directory-truncate"><a title="${f}" aria-label="${f}, (File)"
class="Link--primary" href="/tidewater/quillmap/tree/main/${f}">${f}</a></div></div></div></div></td>
<td class="react-directory-row-commit-cell"><div class="react-directory-commit-message"><a class="Link--secondary" title="${m}"
href="/tidewater/quillmap/commit/${f.length}a9">${m}</a></div></td>
<td><div class="react-directory-commit-age"><relative-time class="sc-aXZVg" datetime="2025-10-01T10:00:00Z" tense="past">${d}</relative-time></div></td></tr>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system">
<head><meta charset="utf-8"><link rel="dns-prefetch" href="https://github.githubassets.com">
<title>GitHub - tidewater/quillmap: Offline map tile packer for field teams</title>
<meta name="description" content="Offline map tile packer for field teams. Contribute to tidewater/quillmap development by creating an account on GitHub.">
<meta name="route-pattern" content="/:user_id/:repository" data-turbo-transient><meta name="octolytics-dimension-repository_nwo" content="tidewater/quillmap">
<meta property="og:title" content="GitHub - tidewater/quillmap: Offline map tile packer for field teams"><meta property="og:type" content="object">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://github.com/tidewater/quillmap" data-turbo-transient>
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-primitives-8500dc3.css">
<script crossorigin="anonymous" defer type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-4f1b2.js"></script>
</head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div data-turbo-body class="logged-out env-production page-responsive"><div class="position-relative header-wrapper js-header-wrapper">
<a href="#start-of-content" data-skip-target-assigned="false"
class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner">
<div class="container-xl mx-auto d-flex flex-items-center"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage">
<svg height="32" aria-hidden="true" viewBox="0 0 24 24" width="32" class="octicon octicon-mark-github"></svg></a>
<nav aria-label="Global" class="HeaderMenu-nav"><ul class="d-lg-flex list-style-none">
${ghTop
  .map(
    (t) => `<li class="HeaderMenu-item position-relative"><button type="button"
class="HeaderMenu-link border-0 width-full">${t}</button></li>`,
  )
  .join('\n')}
</ul></nav><div class="d-lg-flex flex-items-center mr-lg-3"><qbsearch-input class="search-input" data-scope="repo:tidewater/quillmap">
<button type="button" class="header-search-button placeholder input-button form-control"><span class="flex-1">Search or jump to...</span></button>
</qbsearch-input></div><div class="position-relative HeaderMenu-link-wrap d-lg-inline-block"><a href="/login?return_to=%2Ftidewater%2Fquillmap"
class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a></div><a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a>
</div></header></div>
<div id="start-of-content" class="show-on-focus"></div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor);">
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div class="flex-auto min-width-0 width-fit">
<div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><span class="author flex-self-stretch" itemprop="author">
<a class="url fn" rel="author" data-hovercard-type="organization" href="/tidewater">tidewater</a></span><span
class="mx-1 flex-self-stretch color-fg-muted">/</span>
<strong itemprop="name" class="mr-2 flex-self-stretch"><a data-pjax="#repo-content-pjax-container" href="/tidewater/quillmap">quillmap</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<div id="repository-details-container" class="flex-shrink-0"><ul class="pagehead-actions flex-shrink-0 d-none d-md-inline">
<li><a href="/login?return_to=%2Ftidewater%2Fquillmap" rel="nofollow" aria-label="You must be signed in to change notification settings"
class="btn-sm btn"><svg class="octicon octicon-bell mr-2" aria-hidden="true"></svg>Notifications</a></li>
<li><a icon="repo-forked" id="fork-button" href="/login?return_to=%2Ftidewater%2Fquillmap" class="btn-sm btn">Fork <span id="repo-network-counter"
class="Counter">212</span></a></li><li><div data-view-component="true" class="BtnGroup d-flex"><a href="/login?return_to=%2Ftidewater%2Fquillmap"
class="tooltipped tooltipped-sw btn-sm btn" aria-label="You must be signed in to star a repository">Star <span id="repo-stars-counter-star"
class="Counter js-social-count">3.4k</span></a></div></li></ul></div></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav UnderlineNav px-3">
<ul class="UnderlineNav-body list-style-none">
${ghTabs
  .map(
    (
      t,
      i,
    ) => `<li class="d-inline-flex"><a class="UnderlineNav-item${i === 0 ? ' selected' : ''}" href="/tidewater/quillmap/${t.toLowerCase().replace(/ /g, '-')}">
<svg class="octicon UnderlineNav-octicon" aria-hidden="true"></svg><span data-content="${t}">${t}</span>${
      i === 1 ? '<span class="Counter">41</span>' : i === 2 ? '<span class="Counter">7</span>' : ''
    }</a></li>`,
  )
  .join('\n')}
</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top"><div id="repo-content-pjax-container" class="repository-content">
<h1 class="sr-only">tidewater/quillmap</h1><div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div>
<div data-target="react-partial.reactRoot"><div class="Layout Layout--flowRow-until-md react-repos-overview-margin Layout--sidebarPosition-end">
<div class="Layout-main"><div class="d-flex flex-justify-between mb-3"><button type="button" class="ref-selector-button"><span
class="ref-selector-button-text-container">
<span class="ref-selector-button-text">main</span></span></button><a class="btn-sm" href="/tidewater/quillmap/branches"><strong>4</strong> Branches</a>
<a class="btn-sm" href="/tidewater/quillmap/tags"><strong>18</strong> Tags</a><span class="TextInput"><input placeholder="Go to file"
aria-label="Go to file"></span>
<button type="button" class="types__StyledButton btn-primary"><span>Code</span></button></div>
<table aria-labelledby="folders-and-files" class="Table-module__Box"><h2 class="sr-only" id="folders-and-files">Folders and files</h2>
<thead><tr><th>Name</th><th>Last commit message</th><th>Last commit date</th></tr></thead><tbody>
<tr class="react-directory-row"><td colspan="3"><div class="LatestCommit-module__Box"><a class="author-link" href="/elinor-hask">elinor-hask</a>
<span class="Text__StyledText">readme: mention the orienteering clubs</span><span class="d-none d-sm-flex">5 days ago</span>
<a class="history-link" href="/tidewater/quillmap/commits/main/"><span class="fgColor-default">612 Commits</span></a></div></td></tr>
${ghFiles.map(ghRow).join('\n')}</tbody></table>
<div class="BorderGrid-cell"><div id="readme" class="Box MD js-code-block-container js-code-nav-container js-tagsearch-file Box--responsive">
<div class="Box-header"><nav class="UnderlineNav-module__Box" aria-label="Repository files"><ul><li><a aria-current="page"
href="#readme-ov-file">README</a></li>
<li><a href="#MIT-1-ov-file">MIT license</a></li></ul></nav><button aria-label="Outline" class="Button Button--iconOnly"></button></div>
<article class="markdown-body entry-content container-lg" itemprop="text">${ghHead('h1', ghTitle)}
<p dir="auto"><a href="https://github.com/tidewater/quillmap/actions/workflows/ci.yml"><img
src="https://github.com/tidewater/quillmap/actions/workflows/ci.yml/badge.svg"
alt="CI" style="max-width: 100%;"></a> <a href="https://crates.io/crates/quillmap" rel="nofollow"><img src="https://camo.githubusercontent.com/4b1e/68747470"
alt="crates.io" data-canonical-src="https://img.shields.io/crates/v/quillmap.svg" style="max-width: 100%;"></a></p>
${ghP(ghIntro)}
${ghHead('h2', ghH1)}
<ul dir="auto">${ghFeatures.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ghHead('h2', ghH2)}
${ghP(ghInstall)}
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>cargo install quillmap --locked</pre>
<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0"
data-copy-feedback="Copied!" data-tooltip-direction="w" value="cargo install quillmap --locked" tabindex="0" role="button"></clipboard-copy></div></div>
${ghHead('h2', ghH3)}
${ghP(ghQuick.slice(0, 1))}
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>quillmap pack ./tiles/ valley.qmp --zoom 8..16
quillmap info valley.qmp</pre></div>
${ghP(ghQuick.slice(1))}
${ghHead('h2', ghH4)}
${ghP(ghLimits)}
${ghHead('h2', ghH5)}
${ghP(ghContrib)}
${ghHead('h2', ghH6)}
${ghP(ghLicense)}
</article></div></div></div>
<div class="Layout-sidebar"><div class="BorderGrid about-margin" data-pjax><div class="BorderGrid-row"><div class="BorderGrid-cell">
<h2 class="mb-3 h4">About</h2><p class="f4 my-3">${ghAbout}</p><h3 class="sr-only">Topics</h3><div class="my-3"><div class="f6">
${ghTopics.map((t) => `<a href="/topics/${t}" class="topic-tag topic-tag-link" data-view-component="true">${t}</a>`).join('\n')}</div></div>
<h3 class="sr-only">Resources</h3><div class="mt-2"><a class="Link--muted" href="#readme-ov-file">Readme</a></div>
<h3 class="sr-only">License</h3><div class="mt-2"><a class="Link--muted" href="#MIT-1-ov-file">MIT license</a></div>
<div class="mt-2"><a class="Link--muted" href="/tidewater/quillmap/activity">Activity</a></div>
<div class="mt-2"><a class="Link--muted" href="/tidewater/quillmap/custom-properties">Custom properties</a></div>
<div class="mt-2"><a href="/tidewater/quillmap/stargazers" class="Link--muted"><strong>3.4k</strong> stars</a></div>
<div class="mt-2"><a href="/tidewater/quillmap/watchers" class="Link--muted"><strong>38</strong> watching</a></div>
<div class="mt-2"><a href="/tidewater/quillmap/forks" class="Link--muted"><strong>212</strong> forks</a></div>
<div class="mt-2"><a class="Link--muted" href="/contact/report-content?content_url=https%3A%2F%2Fgithub.com%2Ftidewater%2Fquillmap">Report repository</a></div>
</div></div><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/tidewater/quillmap/releases" class="Link--primary">Releases
<span title="18" class="Counter">18</span></a></h2><a href="/tidewater/quillmap/releases/tag/v0.9.2" class="Link--primary d-flex no-underline">
<span class="css-truncate css-truncate-target text-bold mr-2">quillmap 0.9.2</span><span class="Label Label--success flex-shrink-0">Latest</span></a>
<div class="text-small color-fg-muted"><relative-time datetime="2025-09-18T08:12:40Z">Sep 18, 2025</relative-time></div>
<div class="mt-3"><a href="/tidewater/quillmap/releases" class="text-small">+ 17 releases</a></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/tidewater/quillmap/graphs/contributors"
class="Link--primary">Contributors
<span class="Counter">23</span></a></h2><ul class="list-style-none d-flex flex-wrap mb-n2"><li class="mb-2 mr-2"><a href="https://github.com/elinor-hask">
<img src="https://avatars.githubusercontent.com/u/1?s=64" alt="@elinor-hask" size="32" height="32" width="32" class="avatar circle"></a></li></ul></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2><ul class="list-style-none">
<li class="d-inline"><span class="color-fg-default text-bold mr-1">Rust</span><span>88.1%</span></li>
<li class="d-inline"><span class="color-fg-default text-bold mr-1">C</span><span>6.4%</span></li>
<li class="d-inline"><span class="color-fg-default text-bold mr-1">Swift</span><span>3.9%</span></li>
<li class="d-inline"><span class="color-fg-default text-bold mr-1">Kotlin</span><span>1.6%</span></li></ul></div></div></div></div>
</div></div></div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex flex-items-center pb-3"><a aria-label="Homepage" title="GitHub" class="footer-octicon mr-2" href="https://github.com"></a>
<span>© 2025 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>
<ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0"
aria-labelledby="sr-footer-heading">${links(ghFoot, 'pl-0 mr-3')}</ul></nav></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg class="octicon octicon-alert" aria-hidden="true"></svg>
You can’t perform that action at this time.</div>
<script crossorigin="anonymous" type="application/javascript" src="https://github.githubassets.com/assets/repositories-overview-4e9a.js" defer></script>
</div></body></html>`;
const githubReadme: TestPage = {
  html: ghHtml,
  name: 'heldout102-github-readme-docs',
  kind: 'docs',
  // the README's h1 (the project name) is the title; file names, commit messages and ages, the About box, counters and
  // the footer are furniture; the install and quick-start code blocks are in neither list
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3, ghH4, ghH5, ghH6],
  body: texts([...ghIntro, ...ghFeatures, ...ghInstall, ...ghQuick, ...ghLimits, ...ghContrib, ...ghLicense]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ghTop, 'Search or jump to...', 'Sign in', 'Sign up', 'tidewater/quillmap', 'Public', 'Notifications', 'Fork', 'Star',
    'Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Insights', '4 Branches', '18 Tags', 'Folders and files', 'Last commit message',
    'Last commit date', 'elinor-hask', '612 Commits', ...ghFiles.map(([f]) => f).filter((t) => t !== 'LICENSE'), ...ghFiles.map(([, m]) => m),
    '3 weeks ago', '2 months ago', 'last month', '8 months ago',
    '3 years ago', 'MIT license', ghAbout, ...ghTopics, 'Activity', 'Custom properties', '3.4k stars', '38 watching', '212 forks', 'Report repository',
    'Releases', 'quillmap 0.9.2', 'Latest', 'Sep 18, 2025', '+ 17 releases', 'Contributors', 'Languages', '88.1%', '6.4%', '3.9%', '1.6%',
'© 2025 GitHub, Inc.',
    ...ghFoot, 'You can’t perform that action at this time.',
  ],
};

export const HELDOUT102_A: readonly TestPage[] = [githubReadme, docusaurusPage];
