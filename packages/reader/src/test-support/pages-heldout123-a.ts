import { links, type TestPage, texts } from './page-kit.js';
import { androidGuide } from './pages-heldout123-a2.js';

/**
 * Held-out batch 123, file a: an Apple Developer documentation article as the DocC renderer draws it (the developer site's
 * global nav, the documentation nav bar with its breadcrumbs and "Filter" navigator sidebar, the "Article" eyebrow, the
 * abstract, Important and Note asides inside the text, code listings, the "See Also" task group, the "Current page is"
 * breadcrumb and the developer footer directory) and, from file a2, an Android Developers guide page.
 */
const apTitle = 'Merging offline edits with a StashKit container';
const apAbstract = 'Detect when two devices change the same record while offline, and choose how StashKit combines their edits when they reconnect.';
const apH = ['Overview', 'Choose a built-in merge policy', 'Write a custom merge handler', 'Test merges before you ship'];
const apP1 = [
  'A StashKit container keeps a local copy of every record your app reads, so people can keep working when their device has no ' +
    'network connection. When the device reconnects, the container uploads the pending changes and downloads the changes other ' +
    'devices made in the meantime. Most of the time these sets of changes touch different records, and the container applies them ' +
    'without involving your app.',
  'A conflict happens when two devices change the same field of the same record before either of them syncs. StashKit detects the ' +
    'conflict by comparing each field\u2019s change token, and then asks the record\u2019s merge policy which value to keep. This article ' +
    'explains the built-in policies, how to write your own, and how to test merges before you ship.',
];
const apImportant =
  'Merge policies run on a background queue. Don\u2019t update your user interface directly from a merge handler; post the result to the ' +
  'main actor instead.';
const apP2 = [
  'Every record type has a default policy of <code>.lastWriterWins</code>, which keeps the value with the later modification date. ' +
    'It\u2019s predictable and fast, but it silently discards the older edit, which is rarely what people expect from a shared shopping ' +
    'list or a document several people write together.',
  'StashKit provides three other policies you can assign to each field:',
];
const apList = [
  '<code>.preferLocal</code> keeps the value on the current device and uploads it, overwriting the server\u2019s copy.',
  '<code>.preferServer</code> discards the local edit and keeps the value already on the server.',
  '<code>.union</code> combines the two values. It\u2019s available only for fields that store sets or arrays, and it removes ' +
    'duplicates after combining them.',
];
const apP3 = ['Assign policies in your record type\u2019s schema declaration. Fields you don\u2019t mention keep the default policy.'];
const apP4 = [
  'When none of the built-in policies fit, conform a type to <code>StashMergeHandler</code> and implement ' +
    '<code>merge(local:server:ancestor:)</code>. The container passes you three versions of the field: the local value, the server ' +
    'value, and the common ancestor both devices started from. Having the ancestor lets you tell which side actually changed a value ' +
    'and which side simply carried the old one forward.',
  'For a counter, such as the number of jars in a pantry, add both changes to the ancestor rather than picking one side:',
];
const apP5 = [
  'Return a value quickly. If your handler takes longer than two seconds, StashKit cancels the sync pass, logs a timeout, and retries ' +
    'with exponential backoff the next time the device is online.',
];
const apP6 = [
  'Conflicts are hard to reproduce with real devices, so StashKit includes a test container that simulates two clients sharing one ' +
    'server. Create it with <code>StashTestContainer(clients: 2)</code>, make edits on each client while the simulated network is ' +
    'offline, and then call <code>reconnectAll()</code> to trigger the merge.',
  'Check the merged record and the container\u2019s <code>conflictLog</code>, which lists every conflict the container resolved and the ' +
    'policy or handler it used. Write these tests for every record type that people can edit on more than one device.',
];
const apNote = 'The test container doesn\u2019t persist anything to disk, so each test starts from an empty store.';
const apGlobalNav = ['News', 'Discover', 'Design', 'Develop', 'Distribute', 'Support', 'Account'];
const apNavTree = [
  'Essentials',
  'Setting up a StashKit container',
  'Containers',
  'StashContainer',
  'StashRecord',
  'Syncing',
  'StashMergePolicy',
  'StashMergeHandler',
  'Testing',
  'StashTestContainer',
];
const apSeeAlso = [
  ['StashMergePolicy', 'The rules a container uses to combine conflicting values of a field.'],
  ['StashMergeHandler', 'A type that decides the merged value of a field when the built-in policies don\u2019t fit.'],
  ['Observing sync progress', 'Show people when their edits are waiting to upload and when the container finishes a sync pass.'],
] as const;
const apFootCols: [string, string[]][] = [
  ['Platforms', ['iOS', 'iPadOS', 'macOS', 'tvOS', 'visionOS', 'watchOS']],
  ['Tools', ['Swift', 'SwiftUI', 'Swift Playground', 'TestFlight', 'Xcode', 'Xcode Cloud', 'SF Symbols']],
  ['Topics & Technologies', ['Accessibility', 'Accessories', 'App Store', 'Audio & Video', 'Augmented Reality', 'Design', 'Distribution']],
  ['Resources', ['Documentation', 'Curriculum', 'Downloads', 'Forums', 'Videos']],
  ['Programs', ['Apple Developer Program', 'Apple Developer Enterprise Program', 'App Store Small Business Program', 'Test Flight']],
  ['Events', ['Meet with Apple', 'App Store Awards', 'Apple Design Awards', 'WWDC']],
];
const apLegal = ['Terms of Use', 'Privacy Policy', 'Agreements and Guidelines'];
const apCopy = 'Copyright \u00a9 2025 Apple Inc. All rights reserved.';
const apPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const apH2 = (t: string): string => `<h2 id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</h2>`;
const apCode = (lines: string): string => `<div data-syntax="swift" class="code-listing"><!----><div class="container-general">
<pre><code>${lines}</code></pre></div></div>`;
const apAside = (kind: string, label: string, text: string): string => `<div class="${kind} aside" aria-label="${kind}">
<p class="label">${label}</p><p>${text}</p></div>`;
const apHtml = `<!DOCTYPE html>
<html lang="en-US" data-color-scheme="auto" class="no-js"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover"><title>${apTitle} | Apple Developer Documentation</title>
<meta name="description" content="${apAbstract}"><meta property="og:site_name" content="Apple Developer Documentation">
<meta property="og:title" content="${apTitle} | Apple Developer Documentation"><meta property="og:type" content="website">
<meta property="og:url" content="https://developer.apple.com/documentation/stashkit/merging-offline-edits-with-a-stashkit-container">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@AppleDeveloper">
<link rel="canonical" href="https://developer.apple.com/documentation/stashkit/merging-offline-edits-with-a-stashkit-container">
<link rel="icon" href="/favicon.ico"><link rel="stylesheet" href="/tutorials/css/documentation-topic~topic~tutorials-overview.9a7f5c1e.css">
<link rel="stylesheet" href="/tutorials/css/index.4b2e0d66.css"><script>var baseUrl = "/tutorials/"</script>
<script defer src="/tutorials/js/chunk-vendors.e37cd4a1.js"></script><script defer src="/tutorials/js/index.1d8e0b5f.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${apTitle}",
"description":"${apAbstract}","publisher":{"@type":"Organization","name":"Apple"}}</script></head>
<body data-color-scheme="auto"><noscript>This page requires JavaScript.</noscript>
<nav class="globalnav" id="globalnav" aria-label="Global" data-analytics-region="global nav"><div class="gn-content"><ul class="gn-header">
<li class="gn-item gn-item-logo"><a class="gn-link gn-link-apple" href="/" data-analytics-title="apple developer"><span class="gn-link-text">Apple
Developer</span></a></li>
${apGlobalNav
  .map(
    (t) => `<li class="gn-item gn-item-menu"><a class="gn-link" href="/${t.toLowerCase()}/"
data-analytics-title="${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('\n')}
<li class="gn-item gn-item-search"><a class="gn-link gn-link-search" href="/search/" aria-label="Search Developer"></a></li></ul></div></nav>
<div id="app"><div class="documentation-topic" data-v-6b3a8a36><div class="doc-topic-view"><div class="adjustable-sidebar-width full-width-container">
<div class="aside-wrapper"><aside class="sidebar" aria-label="Sidebar"><div class="navigator" role="navigation" aria-labelledby="navigator-head">
<div class="head-wrapper"><h2 class="card-link" id="navigator-head"><a href="/documentation/stashkit" class="navigator-head">StashKit</a></h2></div>
<div class="navigator-card-inner"><ul class="navigator-tree" role="tree" aria-label="Sidebar Tree Navigator">
${apNavTree
  .map(
    (t) => `<li class="navigator-card-item" role="treeitem"><a class="leaf-link"
href="/documentation/stashkit/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('\n')}
<li class="navigator-card-item active" role="treeitem" aria-current="page"><a class="leaf-link" href="#">${apTitle}</a></li></ul>
<div class="filter-wrapper"><div class="filter" role="search"><input type="text" placeholder="Filter" aria-label="Filter"
class="filter__input"><span class="filter__label">Filter</span></div></div></div></div></aside></div>
<div class="content"><div class="documentation-nav"><nav role="navigation" class="nav documentation-nav nav--in-breadcrumb" aria-label="API Reference">
<div class="nav__wrapper"><div class="nav__background"></div><div class="nav-content"><div class="nav-title"><a href="/documentation"
class="nav-title-link">Documentation</a></div>
<nav role="navigation" aria-label="Breadcrumbs" class="hierarchy"><ul class="hierarchy-items"><li class="hierarchy-item"><a href="/documentation/stashkit"
class="parent item nav-menu-link">StashKit</a></li><li class="hierarchy-item"><span class="current item">${apTitle}</span></li></ul></nav>
<div class="nav-menu"><div class="nav-menu-settings"><div class="language-toggle"><span class="nav-menu-setting-label">Language:</span>
<span class="language-option">Swift</span></div></div></div></div></div></nav></div>
<main id="main" role="main" class="main" tabindex="0"><div class="doc-topic"><div class="topictitle"><span class="eyebrow">Article</span>
<h1 class="title">${apTitle}</h1></div><div class="abstract content"><p>${apAbstract}</p></div>
<div class="container"><div class="description"><div class="content">
${apH2(apH[0] ?? '')}
${apPs(apP1)}
${apAside('important', 'Important', apImportant)}
${apH2(apH[1] ?? '')}
${apPs(apP2)}
<ul>${apList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${apPs(apP3)}
${apCode(`<span class="syntax-keyword">extension</span> <span class="syntax-type">PantryItem</span>: <span class="syntax-type">StashRecord</span> {
    <span class="syntax-keyword">static let</span> mergePolicies: [<span class="syntax-type">PartialKeyPath</span>&lt;<span class="syntax-type">Self</span>&gt;:
<span
class="syntax-type">StashMergePolicy</span>] = [
        \\.tags: .union,
        \\.note: .preferLocal
    ]
}`)}
${apH2(apH[2] ?? '')}
${apPs(apP4)}
${apCode(`<span class="syntax-keyword">struct</span> <span class="syntax-type">CountMerge</span>: <span class="syntax-type">StashMergeHandler</span> {
    <span class="syntax-keyword">func</span> merge(local: <span class="syntax-type">Int</span>, server: <span class="syntax-type">Int</span>, ancestor: <span
class="syntax-type">Int</span>) -&gt; <span class="syntax-type">Int</span> {
        ancestor + (local - ancestor) + (server - ancestor)
    }
}`)}
${apPs(apP5)}
${apH2(apH[3] ?? '')}
${apPs(apP6)}
${apAside('note', 'Note', apNote)}
</div></div>
<section id="see-also" class="contenttable alt-light"><div class="container"><h2 class="title">See Also</h2><div class="contenttable-section">
<div class="section-title"><h3 class="contenttable-title">Syncing</h3></div><div class="section-content">
${apSeeAlso
  .map(
    ([n, d]) => `<div class="link-block topic"><a class="link" href="/documentation/stashkit/${n.toLowerCase().replace(/ /g, '-')}"><code
class="decorated-title">${n}</code></a><div class="abstract"><div class="content"><p>${d}</p></div></div></div>`,
  )
  .join('\n')}</div></div></div></section></div></div></main></div></div></div></div></div>
<footer id="footer" class="footer" role="contentinfo" aria-labelledby="footer-label"><h3 class="footer-label" id="footer-label">Developer Footer</h3>
<div class="footer-content"><nav class="breadcrumbs" aria-label="Breadcrumbs"><a class="home breadcrumb-link" href="/"><span class="footer-home-label">Apple
Developer</span></a>
<ol class="breadcrumb-list"><li class="breadcrumb-list-item"><a href="/documentation/">Documentation</a></li><li class="breadcrumb-list-item"><a
href="/documentation/stashkit">StashKit</a></li><li class="breadcrumb-list-item"><span class="current">Current page is ${apTitle}</span></li></ol></nav>
<nav class="footer-directory" aria-label="Apple Developer Directory"><div class="footer-directory-columns">
${apFootCols
  .map(
    ([h, items]) => `<div class="footer-directory-column-section"><h3 class="footer-directory-column-section-title">${h.replace(/&/g, '&amp;')}</h3>
<ul class="footer-directory-column-section-list">${links(items, 'footer-directory-column-section-item')}</ul></div>`,
  )
  .join('\n')}</div></nav>
<div class="footer-legal"><div class="footer-legal-copyright">${apCopy}</div><ul class="footer-legal-links">${links(apLegal, 'footer-legal-link')}</ul>
<div class="footer-locale"><a href="/choose-country-region/" class="footer-locale-link">United States</a></div></div></div></footer>
<script src="https://www.apple.com/metrics/ac-analytics/2.20.0/scripts/auto-init.js"></script></body></html>`;
const appleDoc: TestPage = {
  html: apHtml,
  name: 'heldout123-apple-developer-docs',
  kind: 'docs',
  // the abstract and the Important / Note asides are article text (body); the asides' labels are in neither list; the
  // "See Also" task group, the navigator, the nav bar with its "Language:" setting and the footer are furniture
  title: apTitle,
  headings: apH,
  body: texts([apAbstract, ...apP1, apImportant, ...apP2, ...apList, ...apP3, ...apP4, ...apP5, ...apP6, apNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'This page requires JavaScript.', 'Apple Developer', ...apGlobalNav, 'StashKit', ...apNavTree.filter((t) => t !== 'StashMergePolicy' && t !==
'StashMergeHandler'),
    'Filter', 'Documentation', 'Language:', 'Swift', 'Article', 'See Also', ...apSeeAlso.flat(), 'Developer Footer',
    `Current page is ${apTitle}`, ...apFootCols.flatMap(([h, items]) => [h, ...items.filter((t) => t !== 'Swift' && t !== 'Documentation')]),
    apCopy, ...apLegal, 'United States',
  ])],
};

export const HELDOUT123_A: readonly TestPage[] = [appleDoc, androidGuide];
