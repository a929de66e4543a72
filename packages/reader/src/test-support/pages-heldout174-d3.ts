import { type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file d3: a Swift.org DocC article (Swift Package Manager docs as swift-docc-render saves it). */
const swTitle = 'Pinning dependency versions for reproducible builds';
const swAbstract = 'Record the exact versions your package resolved so that every build and every teammate uses the same code.';
const swH1 = 'Overview';
const swP1 = [
  'When Swift Package Manager resolves your dependencies, it chooses the newest versions allowed by the requirements in ' +
    'your <code>Package.swift</code> and writes them to a file named <code>Package.resolved</code>. As long as that file is ' +
    'present, later builds reuse the recorded versions instead of resolving again.',
  'Checking <code>Package.resolved</code> into source control is the simplest way to make builds reproducible. Continuous ' +
    'integration, release builds, and new clones of the repository all start from the same dependency graph.',
];
const swH2 = 'Decide whether to commit the resolved file';
const swP2 = [
  'Commit the file for applications, command-line tools, and server projects: anything that is built and shipped as a ' +
    'product. For a library that other packages depend on, the resolved file only affects your own tests, because the ' +
    'package manager ignores the resolved files of dependencies.',
];
const swNote =
  'If your library’s tests depend on a particular version of a test helper, commit the file anyway. It does no harm to ' + 'the packages that depend on you.';
const swH3 = 'Update pinned versions deliberately';
const swP3 = ['To move to newer versions, run the update command and review the changes before committing them:'];
const swP4 = [
  'You can limit the update to a single dependency by naming it. The package manager then leaves every other pin unchanged, ' + 'which keeps the review small.',
];
const swH4 = 'Fail the build when the file is out of date';
const swP5 = [
  'Pass <code>--force-resolved-versions</code> in continuous integration. With this option the build fails instead of ' +
    'silently resolving again when <code>Package.resolved</code> no longer satisfies the manifest, so a forgotten update ' +
    'shows up in review rather than in production.',
  'Combine this with a cache of the package build directory keyed on the contents of <code>Package.resolved</code>. When ' +
    'the file has not changed, the cached checkouts are still valid and the build skips fetching dependencies altogether.',
];
const swSeeAlso = [
  ['Adding dependencies to a Swift package', 'Use other Swift packages, system libraries, or binary dependencies in your package.'],
  ['Resolving package versions', 'Learn how the package manager chooses versions that satisfy every requirement in the graph.'],
  ['Editing a dependency locally', 'Work on a dependency’s source alongside your package without publishing a new version.'],
];
const swNav = [
  'Swift Package Manager',
  'Essentials',
  'Getting Started',
  'Creating a Swift package',
  'Guides',
  'Package Manifest',
  'Package Commands',
  'Package Collections',
];
const swNavArticles = ['Adding dependencies to a Swift package', 'Resolving package versions', swTitle, 'Editing a dependency locally'];
const swNoscript = 'This page requires JavaScript. Please turn on JavaScript in your browser and refresh the page to view its content.';
const swHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1,viewport-fit=cover"><link rel="icon" href="/swiftpm/favicon.ico"><link rel="mask-icon" href="/swiftpm/favicon.svg" color="#333333">
<title>Pinning dependency versions for reproducible builds | Documentation</title>
<meta name="description" content="${swAbstract}"><meta property="og:locale" content="en_US"><meta property="og:site_name" content="DocC">
<meta property="og:type" content="website"><meta property="og:title" content="${swTitle}"><meta property="og:description" content="${swAbstract}">
<meta property="og:url" content="https://docs.swift.org/swiftpm/documentation/packagemanagerdocs/pinningversions"><meta name="twitter:card" content="summary">
<script>var baseUrl = "/swiftpm/"</script><script defer="defer" src="/swiftpm/js/chunk-vendors.bdb7cbba.js"></script>
<script defer="defer" src="/swiftpm/js/index.2871d3a0.js"></script><link href="/swiftpm/css/index.ff036a9e.css" rel="stylesheet"></head>
<body data-color-scheme="auto"><noscript>${swNoscript}</noscript>
<div id="app"><div id="app" class="hide-hero-background"><a href="#main" id="skip-to-main">Skip Navigation</a>
<div class="adjustable-sidebar-width full-width-container"><div class="sidebar"><aside class="aside" aria-label="documentation navigator">
<div class="navigator"><div class="navigator-card"><div class="head-wrapper"><div class="head-inner"><button class="close-card"
aria-label="Close documentation navigator"></button><a href="/swiftpm/documentation/packagemanagerdocs" id="navigator-head" class="navigator-head">
<h2 class="card-link">Swift Package Manager</h2></a></div></div><div class="card-body"><div class="technology-title"></div>
<div role="tree" aria-labelledby="navigator-head" class="scroller">${swNav
  .slice(1)
  .map((t) => `<div role="treeitem" class="navigator-card-item"><a class="leaf-link" href="#"><span class="highlighter">${t}</span></a></div>`)
  .join('\n')}
${swNavArticles
  .map(
    (t) => `<div role="treeitem" class="navigator-card-item${t === swTitle ? ' active' : ''}"><a class="leaf-link" href="#">
<span class="highlighter">${t}</span></a></div>`,
  )
  .join('\n')}</div></div><div class="filter-wrapper"><div class="navigator-filter">
<div class="input-wrapper"><label for="filter" class="visuallyhidden">Filter</label><input id="filter" placeholder="Filter" aria-label="Filter"></div>
<div class="tag-list"><button class="tag">Articles</button><button class="tag">Tutorials</button></div></div></div></div></div></aside></div>
<main id="main" tabindex="0" role="main" class="main"><div class="doc-topic"><div class="sticky-container"><nav role="navigation"
class="nav documentation-nav nav--is-sticky" aria-label="Main"><div class="nav__wrapper"><div class="nav__background"></div><div class="nav-content">
<div class="pre-title"><button aria-label="Open documentation navigator" class="sidenav-toggle"></button></div><div class="nav-title">
<ul class="hierarchy" aria-label="Breadcrumbs"><li class="hierarchy-item"><a href="/swiftpm/documentation/packagemanagerdocs" class="parent item nav-menu-link">
Swift Package Manager</a></li><li class="hierarchy-item"><a href="#" class="parent item nav-menu-link">Guides</a></li>
<li class="hierarchy-item current">${swTitle}</li></ul></div><div class="nav-menu"><div class="nav-menu-tray"><div class="nav-menu-items">
<div class="nav-menu-setting language-toggle"><label for="language-toggle" class="nav-menu-setting-label">Language:</label><span>Swift</span></div>
</div></div></div></div></div></nav></div>
<div class="documentation-hero documentation-hero--disabled"><div class="documentation-hero__content"><div class="topictitle"><span class="eyebrow">
Article</span><h1 class="title">${swTitle}</h1></div><div class="abstract content"><p>${swAbstract}</p></div></div></div>
<div class="container"><div class="description"></div><div class="primary-content"><div class="content">
<h2 id="Overview">${swH1}</h2>${swP1.map((p) => `<p>${p}</p>`).join('\n')}
<h3 id="Decide-whether-to-commit-the-resolved-file">${swH2}</h3><p>${swP2[0]}</p>
<aside aria-label="note" class="note"><p class="label">Note</p><p>${swNote}</p></aside>
<h3 id="Update-pinned-versions-deliberately">${swH3}</h3><p>${swP3[0]}</p>
<div class="code-listing"><div class="container-general"><pre><code><span class="code-line-container"><span class="code-line">$ swift package update
</span></span><span class="code-line-container"><span class="code-line">$ git diff Package.resolved</span></span></code></pre></div></div><p>${swP4[0]}</p>
<h3 id="Fail-the-build-when-the-file-is-out-of-date">${swH4}</h3>${swP5.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<section class="see-also"><h2 class="title">See Also</h2><div class="contenttable-section"><div class="section-title"><h3 class="title">Guides</h3></div>
<div class="section-content">${swSeeAlso
  .map(
    ([t, a]) => `<div class="link-block topic"><a href="#" class="link"><span class="topic-icon-wrapper"></span><span class="">${t}</span></a>
<div class="abstract"><div class="content"><p>${a}</p></div></div></div>`,
  )
  .join('\n')}</div></div></section></div></div></main></div>
<footer class="footer"><div class="row"><p class="copyright">Copyright © 2026 the Swift project authors. All rights reserved.</p>
<a href="https://www.swift.org/privacy-policy">Privacy Policy</a><a href="https://www.swift.org/cookie-policy">Cookies</a>
<button class="color-scheme-toggle" aria-label="Select a color scheme preference">Light Dark Auto</button></div></footer></div></div></body></html>`;
export const swiftPage: TestPage = {
  name: 'heldout174-swift-docc-article',
  kind: 'docs',
  html: swHtml,
  // the DocC abstract is body; the "Article" eyebrow, the note's "Note" label and the "See Also" topic links with their
  // abstracts are furniture (a related-content block); the noscript text is furniture
  title: swTitle,
  headings: [swH1, swH2, swH3, swH4],
  body: texts([swAbstract, ...swP1, ...swP2, swNote, ...swP3, ...swP4, ...swP5]),
  bylines: [],
  furniture: [
    swNoscript,
    'Skip Navigation',
    ...swNav,
    ...swNavArticles.filter((t) => t !== swTitle),
    'Filter',
    'Articles',
    'Tutorials',
    'Language:',
    'Swift',
    'Article',
    'Note',
    'See Also',
    ...swSeeAlso.map(([, a]) => a ?? ''),
    'Copyright © 2026 the Swift project authors. All rights reserved.',
    'Privacy Policy',
    'Cookies',
    'Light Dark Auto',
  ],
};
