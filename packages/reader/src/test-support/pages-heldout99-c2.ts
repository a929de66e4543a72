import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 99, file c2: an Apple Developer documentation article (DocC renderer on developer.apple.com) for a beta
 * API in an invented framework (the developer global nav, the documentation nav bar with its breadcrumb and language
 * toggle, the navigator sidebar with its filter, the "Article" eyebrow, the abstract, the platform availability badges
 * with "Beta" pills, Note asides, a code listing, the "See Also" topic section, the "Beta Software" notice at the end of
 * the topic, and the developer footer with its breadcrumb, link columns and colour-scheme toggle).
 */
const apTitle = 'Planning routes without a network connection';
const apAbstract = 'Download map regions ahead of time so your app can calculate routes when the device is offline.';
const apPlatforms = ['iOS 26.0+', 'iPadOS 26.0+', 'Mac Catalyst 26.0+', 'macOS 26.0+', 'visionOS 26.0+', 'watchOS 26.0+'];
const apH1 = 'Overview';
const apP1 = [
  'Hikers, delivery drivers and field workers often need directions in places where there is no reliable signal. With ' +
    '<code>TrailKit</code>, your app can download the road and path data for a region while the device is connected, and then ask for routes ' +
    'inside that region later without making any network requests.',
  'An offline region is a rectangle on the map plus the kinds of routes you want to calculate inside it. The framework stores the data in a ' +
    'shared system cache, so two apps that download the same area don’t use twice the storage.',
];
const apH2 = 'Request an offline region';
const apP2 = [
  'Create an <code>OfflineRegion</code> that describes the area and the transport types you need, then pass it to the shared ' +
    '<code>OfflineRegionManager</code>. The download continues in the background if someone leaves your app, and the system resumes it ' +
    'after a restart.',
];
const apNote =
  'Keep regions as small as you can. A region that covers a national park typically needs less than 200 MB, but a region the size of a ' +
  'large city with all transport types can exceed 2 GB.';
const apH3 = 'Monitor download progress';
const apP3 = [
  'The manager reports progress through an asynchronous sequence of <code>OfflineRegion.Status</code> values. Use it to update a progress ' +
    'view, and to tell people when the region is ready to use. The sequence finishes when the download completes or fails.',
  'If the device runs low on storage, the download pauses and the status changes to <code>.waitingForStorage</code>. Consider offering to ' +
    'remove older regions your app downloaded before, rather than asking people to free space elsewhere.',
];
const apH4 = 'Calculate routes offline';
const apP4 = [
  'Once a region is available, create a <code>RouteRequest</code> as you would online and set its <code>source</code> to ' +
    '<code>.offline</code>. The framework returns the same <code>Route</code> type in both cases, but offline routes don’t include live ' +
    'traffic, closures reported in the last hour or estimated arrival times based on current conditions.',
];
const apList = [
  'Start and end points must both be inside the same downloaded region.',
  'Public transit routes are available offline only if the region includes the <code>.transit</code> transport type.',
  'Requests outside every downloaded region fail with <code>RouteError.regionUnavailable</code>.',
];
const apH5 = 'Keep regions up to date';
const apP5 = [
  'Road data changes. The system checks downloaded regions for updates about once a week when the device is connected to Wi-Fi and power, ' +
    'and applies small updates automatically. Large updates wait until your app calls <code>refresh(_:)</code>, so you can decide when to ' +
    'use someone’s data allowance.',
];
const apSeeAlso: [string, string][] = [
  ['class OfflineRegionManager', 'An object that downloads, stores and removes offline map regions.'],
  ['struct OfflineRegion', 'A rectangular map area and the transport types available in it for offline routing.'],
  ['Choosing transport types for a route', 'Decide which transport types your app requests, and explain the choice to people who use it.'],
];
const apGlobal = ['News', 'Discover', 'Design', 'Develop', 'Distribute', 'Support', 'Account'];
const apNavigator = [
  'TrailKit',
  'Essentials',
  'Displaying trails on a map',
  'Routing',
  'RouteRequest',
  'Route',
  'Offline maps',
  'OfflineRegion',
  'OfflineRegionManager',
  'Errors',
];
const apBeta =
  'This documentation describes an API or technology that is still in development. It may change before release, and software built with it ' +
  'should be tested again on the final operating system.';
const apFootCols: [string, string[]][] = [
  ['Platforms', ['iOS', 'iPadOS', 'macOS', 'tvOS', 'visionOS', 'watchOS']],
  ['Tools', ['Swift', 'SwiftUI', 'Swift Playground', 'TestFlight', 'Xcode', 'Xcode Cloud', 'SF Symbols']],
  ['Topics & Technologies', ['Accessibility', 'Accessories', 'App Store', 'Audio & Video', 'Augmented Reality', 'Games', 'Maps & Location']],
  ['Resources', ['Documentation', 'Tutorials', 'Downloads', 'Forums', 'Videos']],
  ['Support', ['Support Articles', 'Contact Us', 'Bug Reporting', 'System Status']],
  ['Account', ['Apple Developer', 'App Store Connect', 'Certificates, IDs, & Profiles', 'Feedback Assistant']],
  ['Programs', ['Apple Developer Program', 'App Store Small Business Program', 'MFi Program', 'Security Bounty Program']],
  ['Events', ['Meet with Apple', 'Apple Developer Centers', 'App Store Awards', 'Apple Design Awards', 'WWDC']],
];
const apLegal = ['Terms of Use', 'Privacy Policy', 'Agreements and Guidelines'];
const apCode = (code: string): string =>
  `<div class="code-listing"><div class="container-general"><pre><code>${code
    .split('\n')
    .map((l) => `<span class="code-line-container"><span data-line-number="" class="code-number"></span><span class="code-line">${l}</span></span>`)
    .join('\n')}</code></pre></div></div>`;
const apH = (tag: string, id: string, t: string): string => `<${tag} id="${id}">${t}</${tag}>`;
const apPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const apHtml = `<!doctype html><html lang="en-US" data-color-scheme="auto"><head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<link rel="icon" href="/favicon.ico"><link rel="mask-icon" href="/apple-logo.svg" color="#333333">
<title>${apTitle} | Apple Developer Documentation</title>
<meta name="description" content="${apAbstract}">
<meta property="og:locale" content="en_US"><meta property="og:site_name" content="Apple Developer Documentation"><meta property="og:type" content="website">
<meta property="og:title" content="${apTitle} | Apple Developer Documentation"><meta property="og:description" content="${apAbstract}">
<meta property="og:url" content="https://developer.apple.com/documentation/trailkit/planning-routes-without-a-network-connection">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@AppleDeveloper">
<script>var baseUrl = "/"</script>
<script defer src="/tutorials/js/chunk-vendors.3c2b1a09.js"></script><script defer src="/tutorials/js/documentation-topic.9f8e7d6c.js"></script>
<link href="/tutorials/css/documentation-topic.5a4b3c2d.css" rel="stylesheet"></head>
<body data-color-scheme="auto">
<noscript>This page requires JavaScript.</noscript>
<div id="app"><div id="app-main" class="">
<nav id="globalnav" class="globalnav" aria-label="Global" role="navigation" data-analytics-region="global nav" lang="en-US">
<div class="globalnav-content"><ul class="globalnav-list"><li class="globalnav-item globalnav-item-apple"><a class="globalnav-link" href="/">
<span class="globalnav-image-regular globalnav-link-apple-developer"></span><span class="visuallyhidden">Apple Developer</span></a></li>
${apGlobal
  .map(
    (t) => `<li class="globalnav-item"><a class="globalnav-link" href="/${t.toLowerCase()}/"><span
class="globalnav-link-text">${t}</span></a></li>`,
  )
  .join('\n')}
<li class="globalnav-item globalnav-search"><button class="globalnav-link globalnav-link-search" aria-label="Search Developer"></button></li>
</ul></div></nav>
<div class="documentation-hero-container"><nav role="navigation" class="documentation-nav nav nav--is-sticking" aria-label="Documentation">
<div class="nav__wrapper"><div class="nav-content"><div class="nav-title"><a href="/documentation/" class="nav-title-link">Documentation</a></div>
<ol class="hierarchy nav-menu-items" role="list"><li class="hierarchy-item"><a
href="/documentation/trailkit" class="parent item nav-menu-link">TrailKit</a></li>
<li class="hierarchy-item hierarchy-item--current"><span class="current">${apTitle}</span></li></ol>
<div class="nav-menu-setting language-toggle"><label for="language-toggle" class="nav-menu-setting-label">Language:</label>
<select id="language-toggle"><option value="swift" selected>Swift</option><option value="occ">Objective-C</option></select>
<span class="nav-menu-toggle-none current-language">Swift</span></div>
<div class="api-changes-dropdown">API Changes: <select><option>None</option><option>Xcode 27 beta</option></select></div></div></div></nav></div>
<div class="adjustable-sidebar-width full-width-container"><div class="sidebar"><aside class="aside" aria-label="documentation navigator">
<div class="navigator"><div class="navigator-card"><div class="head-wrapper"><button class="close-card" aria-label="Close documentation navigator"></button>
<a class="navigator-head" href="/documentation/trailkit"><h2 class="card-link">TrailKit</h2></a></div>
<div class="card-body"><ul class="navigator-list">${apNavigator
  .slice(1)
  .map((t) => `<li class="navigator-card-item"><a class="leaf-link" href="/documentation/trailkit/${t.toLowerCase()}">${t}</a></li>`)
  .join('')}
<li class="navigator-card-item active"><a class="leaf-link" aria-current="page" href="#">${apTitle}</a></li></ul></div>
<div class="filter-wrapper"><div class="navigator-filter"><input type="text" placeholder="Filter" aria-label="Filter">
<button class="filter-toggle" aria-label="Show only items">Hide Deprecated</button></div></div></div></div></aside></div>
<main id="main" role="main" tabindex="0" class="main"><div class="documentation-topic">
<div class="documentation-hero documentation-hero--enhanced"><div class="documentation-hero__content">
<div class="topictitle"><span class="eyebrow">Article</span><h1 class="title">${apTitle}</h1></div>
<div class="abstract content"><p>${apAbstract}</p></div>
<div class="availability">${apPlatforms
  .map(
    (p) =>
      `<span role="text" aria-label="${p}, Beta" title="This article is available for ${p} in beta." class="badge badge-beta">${p} <span
class="badge-text">Beta</span></span>`,
  )
  .join('\n')}</div></div></div>
<div class="container"><div class="description"></div><div class="primary-content"><div class="content">
${apH('h2', 'Overview', apH1)}
${apPs(apP1)}
${apH('h3', 'Request-an-offline-region', apH2)}
${apPs(apP2)}
${apCode(`let region = OfflineRegion(
    boundingRegion: trailheadArea,
    transportTypes: [.walking, .cycling]
)
try await OfflineRegionManager.shared.download(region)`)}
<aside class="note" aria-label="note"><p class="label">Note</p><p>${apNote}</p></aside>
${apH('h3', 'Monitor-download-progress', apH3)}
${apPs(apP3)}
${apH('h3', 'Calculate-routes-offline', apH4)}
${apPs(apP4)}
<ul>
${apList.map((t) => `<li><p>${t}</p></li>`).join('\n')}
</ul>
${apH('h3', 'Keep-regions-up-to-date', apH5)}
${apPs(apP5)}
</div></div></div>
<section id="see-also" class="contenttable alt-light"><div class="container"><h2 class="title">See Also</h2>
<div class="contenttable-section"><div class="section-title"><h3 class="title">Offline maps</h3></div><div class="section-content">
${apSeeAlso
  .map(
    ([l, a]) => `<div class="link-block topic"><a class="link" href="/documentation/trailkit/${l.split(' ').pop()?.toLowerCase()}"><code
class="decorated-title">${l}</code></a><div class="abstract"><div class="content"><p>${a}</p></div></div></div>`,
  )
  .join('\n')}
</div></div></div></section>
<div class="betainfo"><div class="betainfo-container"><div class="row"><div class="col large-12"><p class="betainfo-label">Beta Software</p>
<div class="betainfo-content content"><p>${apBeta}</p></div><p>Learn more about using <a href="/support/beta-software/">Apple’s beta software</a>.</p>
</div></div></div></div>
</div></main></div></div></div>
<footer id="footer" class="footer-wrapper" role="contentinfo"><div class="footer"><h2 class="footer-label visuallyhidden">Developer Footer</h2>
<nav class="footer-breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="/">Developer</a></li><li><a href="/documentation/">Documentation</a></li>
<li><a href="/documentation/trailkit">TrailKit</a></li><li>${apTitle}</li></ol></nav>
<nav class="footer-directory" aria-label="Apple Developer">
${apFootCols.map(([h, items]) => `<div class="footer-directory-column"><h3>${h}</h3><ul>\n${links(items)}\n</ul></div>`).join('\n')}
</nav>
<div class="footer-mini"><p class="footer-mini-copyright">Copyright © 2025 Apple Inc. All rights reserved.</p><ul class="footer-mini-legal">
${links(apLegal)}
</ul><div class="color-scheme-toggle" role="radiogroup" aria-label="Select a color scheme preference"><label><input type="radio" value="light">Light</label>
<label><input type="radio" value="dark">Dark</label><label><input type="radio" value="auto" checked>Auto</label></div></div></div></footer>
<script defer src="https://developer.apple.com/assets/metrics/scripts/analytics.js"></script>
</body></html>`;
export const appleBeta: TestPage = {
  html: apHtml,
  name: 'heldout99-apple-developer-beta-docs',
  kind: 'docs',
  // the abstract under the title is body; the "Article" eyebrow, availability badges, the "See Also" section and the
  // "Beta Software" notice are furniture; the Note label is in neither list; navigator and breadcrumb entries for this
  // page repeat the title and are left out
  title: apTitle,
  headings: [apH1, apH2, apH3, apH4, apH5],
  body: texts([apAbstract, ...apP1, ...apP2, apNote, ...apP3, ...apP4, ...apList, ...apP5]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Apple Developer', ...apGlobal, 'Documentation', 'Language:', 'Swift', 'Objective-C', 'API Changes:', 'None', 'Xcode 27 beta', ...apNavigator,
    'Hide Deprecated', 'Article', ...apPlatforms, 'Beta', 'See Also', ...apSeeAlso.flat(), 'Beta Software', apBeta,
    'Learn more about using Apple’s beta software.', 'Developer Footer', 'Developer', ...apFootCols.flatMap(([h, items]) => [h, ...items]),
    'Copyright © 2025 Apple Inc. All rights reserved.', ...apLegal, 'Light', 'Dark', 'Auto',
    ]),
  ],
};
