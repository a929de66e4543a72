import { links, type TestPage } from './page-kit.js';
import { sphinxBookPage } from './pages-heldout23-d2.js';

/**
 * Held-out batch 23, file d: an Apple Developer documentation page for a Swift structure, saved after swift-docc-render drew it
 * (the developer.apple.com global and local nav, the noscript notice, the navigator sidebar with its filter and symbol tree,
 * the hierarchy breadcrumb, the language and "API Changes" toggles, the hero with the "Structure" eyebrow, title, abstract and
 * platform availability badges, the declaration, the overview with a code listing and a note aside, the "Topics" groups,
 * "Relationships", "See Also" and the developer footer).
 */
const apTitle = 'DownloadRetryPolicy';
const apAbstract = 'A policy that controls how the system retries a failed asset download.';
const apDecl = 'struct DownloadRetryPolicy';
const apOverview = [
  'When a background asset download fails because of a network error or a server response in the 500 range, the system ' +
    'consults the request’s retry policy before it gives up. The policy decides how many more attempts to make and how long ' +
    'to wait before each one.',
  'By default, the system makes up to three attempts and doubles the delay after each failure, starting at 30 seconds. Create ' +
    'a custom policy when your server can tolerate more frequent retries, or when a download is large enough that you’d rather ' +
    'wait for a better connection than retry quickly.',
];
const apCode = [
  'let policy = DownloadRetryPolicy(maxAttempts: 5, initialDelay: .seconds(60))',
  'let request = AssetDownloadRequest(url: manifestURL, retryPolicy: policy)',
  'try await AssetDownloadManager.shared.schedule(request)',
];
const apNote =
  'The system may defer a retry beyond the delay your policy returns, for example when the device is in Low Power Mode or ' +
  'has no network connection. Treat the delay as a minimum, not a schedule.';
const apOverview2 = 'The policy applies only to failed attempts. Downloads that the user cancels, or that your app cancels, are never retried.';
const apTopics: [string, [string, string][]][] = [
  [
    'Creating a retry policy',
    [
      ['init(maxAttempts:initialDelay:backoffMultiplier:)', 'Creates a policy with the number of attempts and the delays you specify.'],
      ['static let standard: DownloadRetryPolicy', 'The policy the system uses when a request doesn’t specify one.'],
      ['static let never: DownloadRetryPolicy', 'A policy that doesn’t retry failed downloads.'],
    ],
  ],
  [
    'Inspecting a policy',
    [
      ['var maxAttempts: Int', 'The maximum number of times the system attempts the download, including the first attempt.'],
      ['var initialDelay: Duration', 'The time the system waits before the first retry.'],
      ['var backoffMultiplier: Double', 'The factor by which the delay grows after each failed attempt.'],
    ],
  ],
  [
    'Computing delays',
    [['func delay(afterAttempt: Int) -> Duration?', 'Returns the time to wait after the given attempt, or nil if the system should stop retrying.']],
  ],
];
const apTopicItems = apTopics.flatMap(([, items]) => items.flat());
const apBadges = ['iOS 19.0+', 'iPadOS 19.0+', 'Mac Catalyst 19.0+', 'macOS 16.0+', 'tvOS 19.0+', 'visionOS 3.0+'];
const apGlobal = ['News', 'Discover', 'Design', 'Develop', 'Distribute', 'Support', 'Account'];
const apTree = ['Background Assets', 'Essentials', 'Downloading assets', 'AssetDownloadManager', 'AssetDownloadRequest', 'DownloadRetryPolicy', 'AssetPack'];
const apSeeAlso: [string, string][] = [
  ['class AssetDownloadRequest', 'A request to download an asset pack in the background.'],
  ['enum DownloadFailureReason', 'The reasons a background asset download can fail.'],
];
const apFootCols = ['Platforms', 'iOS', 'iPadOS', 'macOS', 'tvOS', 'visionOS', 'watchOS', 'Tools', 'Swift', 'SwiftUI', 'Swift Playground', 'Xcode'];
const apFootLegal = ['Terms of Use', 'Privacy Policy', 'Agreements and Guidelines'];
const tok = (code: string): string =>
  code
    .replace(/\b(let|try|await|struct|static|var|func)\b/g, '<span class="token-keyword">$1</span>')
    .replace(/\b(DownloadRetryPolicy|AssetDownloadRequest|AssetDownloadManager|Duration|Int|Double)\b/g, '<span class="token-type">$1</span>');
const footCol = (t: string): string => (t === 'Platforms' || t === 'Tools' ? `<li class="column-title"><h3>${t}</h3></li>` : `<li><a href="#">${t}</a></li>`);
const apHtml = `<!doctype html>
<html lang="en-US" data-color-scheme="auto"><head><meta charset="utf-8"><title>DownloadRetryPolicy | Apple Developer Documentation</title>
<meta name="description" content="${apAbstract}"><meta property="og:type" content="website">
<link rel="stylesheet" href="/tutorials/css/documentation-topic.4d2a1e.css"><script defer src="/tutorials/js/chunk-vendors.bc1e9f.js"></script>
<script>var baseUrl = "/"; window.ac_globalnav = {"lang":"en-US"};</script></head>
<body data-color-scheme="auto"><noscript><p>This page requires JavaScript.</p>
<p>Please turn on JavaScript in your browser and refresh the page to view its content.</p></noscript>
<nav id="ac-gn" class="globalnav" aria-label="Global">
<a class="globalnav-link-apple" href="https://www.apple.example/"><span class="visuallyhidden">Apple</span></a></nav>
<nav id="localnav" class="localnav" aria-label="Developer"><a class="localnav-title" href="/">Developer</a>
<ul class="localnav-menu">${links(apGlobal, 'localnav-menu-item')}</ul>
<a class="localnav-search" href="/search/" aria-label="Search Developer">Search Developer</a></nav>
<div id="app"><div class="adjustable-sidebar-width full-width-container topic-wrapper"><div class="sidebar" aria-label="Documentation Navigator">
<div class="navigator"><div class="navigator-head"><a href="/documentation/backgroundassets">Background Assets</a></div>
<ul class="navigator-tree">${apTree
  .slice(1)
  .map(
    (t) =>
      `<li class="navigator-card-item${t === apTitle ? ' active' : ''}">
<a class="leaf-link" href="/documentation/backgroundassets/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('')}</ul>
<div class="navigator-filter"><input type="text" placeholder="Filter" aria-label="Filter"><button class="filter-tag">Hide Deprecated</button></div></div></div>
<main id="main" role="main" class="main" tabindex="0"><div class="documentation-topic"><nav class="documentation-nav" role="navigation">
<div class="hierarchy"><ol class="hierarchy-items"><li class="hierarchy-item"><a href="/documentation/backgroundassets">Background Assets</a></li>
<li class="hierarchy-item"><a href="/documentation/backgroundassets/downloading-assets">Downloading assets</a></li>
<li class="hierarchy-item" aria-current="page">DownloadRetryPolicy</li></ol></div>
<div class="nav-menu-items"><div class="language-toggle"><span class="nav-menu-setting-label">Language:</span>
<button class="language-toggle-item active">Swift</button><button class="language-toggle-item">Objective-C</button></div>
<div class="api-changes-dropdown"><span class="nav-menu-setting-label">API Changes:</span> <select><option>None</option></select></div></div></nav>
<div class="documentation-hero documentation-hero--enhanced"><div class="documentation-hero__content"><span class="eyebrow">Structure</span>
<h1 class="title">DownloadRetryPolicy</h1><div class="abstract content"><p>${apAbstract}</p></div>
<ul class="availability">${apBadges.map((b) => `<li><span class="badge" role="text">${b}</span></li>`).join(' ')}</ul></div></div>
<div class="container"><div class="description"><section id="declaration" class="declaration"><h2>Declaration</h2>
<div class="declaration-group"><pre class="source indented"><code>${tok(apDecl)}</code></pre></div></section>
<section id="overview" class="content"><h2>Overview</h2>
${apOverview.map((p) => `<p>${p.replace(/(DownloadRetryPolicy)/g, '<code>$1</code>')}</p>`).join('\n')}
<div class="code-listing" data-syntax="swift">
<pre><code>${apCode.map((l) => `<span class="code-line-container"><span class="code-line">${tok(l)}</span></span>`).join('\n')}</code></pre></div>
<aside class="note" aria-label="note"><p class="label">Note</p><p>${apNote}</p></aside>
<p>${apOverview2}</p></section></div>
<section id="topics" class="contenttable topics"><h2 class="title">Topics</h2>
${apTopics
  .map(
    ([group, items]) => `<div class="contenttable-section"><div class="section-title"><h3 class="title">${group}</h3></div><div class="section-content">
${items
  .map(
    ([sym, abs]) => `<div class="link-block topic"><a class="link"
href="/documentation/backgroundassets/downloadretrypolicy/${sym.replace(/[^A-Za-z]/g, '').toLowerCase()}">
<code class="decorated-title">${tok(sym.replace(/->/g, '-&gt;'))}</code></a><div class="abstract"><div class="content"><p>${abs}</p></div></div></div>`,
  )
  .join('\n')}</div></div>`,
  )
  .join('\n')}</section>
<section id="relationships" class="contenttable relationships"><h2 class="title">Relationships</h2><div class="contenttable-section">
<div class="section-title"><h3 class="title">Conforms To</h3></div><ul class="relationships-list inline"><li><code>Equatable</code></li>,
<li><code>Hashable</code></li>, <li><code>Sendable</code></li></ul></div></section>
<section id="see-also" class="contenttable see-also"><h2 class="title">See Also</h2><div class="contenttable-section">
<div class="section-title"><h3 class="title">Downloading assets</h3></div><div class="section-content">
${apSeeAlso
  .map(
    ([s, a]) => `<div class="link-block topic"><a class="link" href="#"><code>${tok(s)}</code></a>
<div class="abstract"><p>${a}</p></div></div>`,
  )
  .join('\n')}
</div></div></section></div></div></main></div></div>
<footer id="footer" class="footer-developer" aria-labelledby="footer-label"><h2 class="visuallyhidden" id="footer-label">Developer Footer</h2>
<nav class="footer-breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="https://www.apple.example/">Apple</a></li><li><a href="/">Developer</a></li>
<li><a href="/documentation/">Documentation</a></li><li>Current page is DownloadRetryPolicy</li></ol></nav>
<div class="footer-columns"><ul>${apFootCols.map(footCol).join('')}</ul></div>
<div class="footer-mini-legal"><p class="footer-mini-legal-copyright">Copyright © 2025 Apple Inc. All rights reserved.</p>
<ul class="footer-mini-legal-links">${links(apFootLegal)}</ul></div></footer>
</body></html>`;
const appleDoc: TestPage = {
  html: apHtml,
  name: 'heldout23-apple-developer-symbol',
  kind: 'docs',
  // the symbol page's own text is the body: the abstract, the overview paragraphs and the note's text; "Overview" is the
  // heading; the declaration and the code listing are code, in neither list (as code is on every earlier page), and so is the
  // "Declaration" heading over nothing else; the "Topics" groups (each member's declaration and abstract, a link to its page)
  // are an index of items, furniture as docs.rs's is on batch 7's page (the gold changed to these conventions when batch 23
  // became training in session 14: its writer had made code and topics body); the note's "Note" label is in neither;
  // "Relationships" and "See Also" (generated cross-links),
  // the "Structure" eyebrow, availability badges, the navigator with its filter, the hierarchy breadcrumb, the language and API
  // Changes toggles, the noscript notice, the global and local nav and the developer footer are furniture; the page has no
  // byline; "Background Assets", "Downloading assets" and "DownloadRetryPolicy" (navigator, crumbs, see-also group) are
  // listed once where they are not words of the title; "Swift" (language toggle, footer) once
  title: apTitle,
  headings: ['Overview'],
  body: [apAbstract, ...apOverview, apNote, apOverview2],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This page requires JavaScript.', 'Please turn on JavaScript in your browser and refresh the page to view its content.', 'Developer', ...apGlobal,
    'Search Developer', 'Background Assets', ...apTree.slice(1).filter((t) => t !== apTitle && t !== 'Background Assets'), 'Hide Deprecated',
    'Language:', 'Objective-C', 'API Changes:', 'None', 'Structure', ...apBadges, 'Relationships', 'Conforms To', 'Equatable', 'Hashable',
    'Sendable', 'See Also', ...apSeeAlso.flat(),
    'Topics', ...apTopics.map(([g]) => g), ...apTopicItems, 'Developer Footer', 'Apple', 'Documentation', 'Current page is DownloadRetryPolicy',
    ...apFootCols, ...apFootLegal, 'Copyright © 2025 Apple Inc. All rights reserved.',
  ],
};

export const HELDOUT23_D: readonly TestPage[] = [appleDoc, sphinxBookPage];
