import { links, plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 132, file d2: an Apple Developer documentation article as DocC renders it on developer.apple.com (the
 * developer global nav, the documentation nav bar with its hierarchy crumbs and the Swift / Objective-C language
 * toggle, the navigator sidebar with its framework title as an h2, the filter box and the topic tree, the hero with the
 * "Article" eyebrow, the title and the abstract, the Overview and later h2 sections with h3 subsections, Note and
 * Important asides with label paragraphs, code listings, an image with alt text only, the See Also topics with their
 * abstracts, the footer breadcrumbs and the global footer directory).
 */
const aTitle = 'Reducing battery use during background refresh';
const aAbstract = 'Schedule refresh work so the system can run it at the moment that costs the device the least energy.';
const aH1 = 'Overview';
const aP1 = [
  `People expect an app to show fresh content as soon as they open it, but they also expect their battery to last the
day. Background refresh lets your app fetch new data while it isn’t running, and the system decides when that work
happens based on battery level, network conditions, and how often the person uses your app.`,
  `The more you tell the system about your work, the better it can choose that moment. An app that asks for frequent
refreshes and does a lot of work in each one gets fewer opportunities over time. An app that asks only for what it
needs, and finishes quickly, is scheduled more reliably.`,
];
const aH2 = 'Describe the work you need to do';
const aP2 = [
  `Before you submit a request, decide which kind of task fits your work. An app refresh task is for short work, such
as downloading a small feed, that needs to finish in a few seconds. A processing task is for longer work, such as
rebuilding a search index, that can wait until the device is charging.`,
  `Set <code>earliestBeginDate</code> to the first moment your content could actually be out of date. If your server
publishes new articles every morning, there is no benefit in asking for a refresh an hour after the last one.`,
];
const aNote = `The system treats <code>earliestBeginDate</code> as a lower bound, not a schedule. Your task may run
hours later, or not at all if the person hasn’t opened your app for several days.`;
const aH3 = 'Keep each refresh short';
const aP3 = [
  `When the system launches your app for a refresh, it gives your task a limited amount of time. Do the least work
needed to update what the person sees first, and leave the rest for when they open the app.`,
];
const aList = [
  'Request only the items that changed since the last refresh, using a token or timestamp your server understands.',
  'Decode and store the response, but defer image downloads and thumbnail generation.',
  'Call setTaskCompleted(success:) as soon as the work finishes, rather than waiting for the expiration handler.',
];
const aImportant = `Always set an expiration handler. If your task is still running when time runs out and you haven’t
provided one, the system terminates your app and may reduce how often it schedules your tasks in the future.`;
const aH4 = 'Group network requests';
const aP4 = [
  `Turning on the radio costs more energy than the data you send over it. If your refresh makes several requests, start
them together rather than one after another, so the radio can power down sooner. Where you can, combine them into a
single request on your server.`,
  `For work that doesn’t need to finish during the refresh, such as uploading analytics, use a background
<code>URLSession</code> and mark the task as discretionary. The system then transfers the data when the device is
already on Wi-Fi and has power.`,
];
const aH5 = 'Measure the result';
const aP5 = [
  `Use the Energy Log in Instruments to see how long your refresh keeps the device awake, and compare builds before and
after a change. In the field, the battery report in Xcode Organizer shows how much energy your app uses in the
background across real devices.`,
];
const aGnav = ['Apple Developer', 'News', 'Discover', 'Design', 'Develop', 'Distribute', 'Support', 'Account'];
const aTree = ['Essentials', 'Choosing background strategies for your app', 'Using background tasks to update your app', 'Tasks'];
const aTree2 = ['BGTaskScheduler', 'BGAppRefreshTask', 'BGProcessingTask', 'BGTask', 'Errors', 'BGTaskScheduler.Error'];
const aSeeAlso = [
  ['Choosing background strategies for your app', 'Select the best method of scheduling background runtime for your app.'],
  ['Using background tasks to update your app', 'Configure your app to perform work while it isn’t running in the foreground.'],
];
const aFootCols = ['Platforms', 'Tools', 'Resources', 'Programs', 'Events'];
const aFoot = [
  ['iOS', 'iPadOS', 'macOS', 'tvOS', 'visionOS', 'watchOS'],
  ['Swift', 'SwiftUI', 'Swift Playground', 'TestFlight', 'Xcode', 'Xcode Cloud', 'SF Symbols'],
  ['Documentation', 'Curriculum', 'Downloads', 'Forums', 'Videos'],
  ['Apple Developer Program', 'Apple Developer Enterprise Program', 'App Store Small Business Program', 'MFi Program'],
  ['Meet with Apple', 'Apple Developer Centers', 'App Store Awards', 'Apple Design Awards', 'WWDC'],
];
const aLegal = ['Copyright © 2025 Apple Inc. All rights reserved.', 'Terms of Use', 'Privacy Policy', 'Agreements and Guidelines'];
const aPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const aH = (tag: string, id: string, t: string): string => `<${tag} id="${id}">${t}</${tag}>`;
const aAside = (kind: string, label: string, t: string): string =>
  `<div class="aside ${kind}" aria-label="${kind}"><p class="label">${label}</p><p>${t}</p></div>`;
const aHtml = `<!doctype html><html lang="en-US" data-color-scheme="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover"><link rel="icon" href="/favicon.ico">
<title>Reducing battery use during background refresh | Apple Developer Documentation</title>
<meta name="description" content="${aAbstract}"><meta property="og:site_name" content="Apple Developer Documentation">
<meta property="og:type" content="website"><meta property="og:title" content="${aTitle} | Apple Developer Documentation">
<meta property="og:url" content="https://developer.apple.com/documentation/backgroundtasks/reducing-battery-use-during-background-refresh">
<meta name="twitter:card" content="summary_large_image"><link rel="stylesheet" href="/tutorials/css/documentation-topic.2c1e57b0.css">
<script defer src="/tutorials/js/chunk-vendors.00bf82af.js"></script><script defer src="/tutorials/js/index.7d4c2b3f.js"></script></head>
<body data-color-scheme="auto" class="theme-dynamic"><noscript><p>This page requires JavaScript.</p></noscript>
<nav class="globalnav globalnav--documentation" id="globalnav" aria-label="Global" data-analytics-region="global nav"><div class="globalnav-content">
<ul class="globalnav-list">${aGnav
  .map(
    (t, i) => `<li class="globalnav-item"><a class="globalnav-link${i === 0 ? ' globalnav-link-developer' : ''}"
href="/${i === 0 ? '' : t.toLowerCase()}"><span class="globalnav-link-text">${t}</span></a></li>`,
  )
  .join('\n')}</ul><div class="globalnav-search"><button
class="globalnav-link globalnav-link-search" aria-label="Search Developer"></button></div></div></nav>
<div id="app"><div class="documentation-layout"><div class="nav documentation-nav nav--solid" role="navigation"><div class="nav__wrapper">
<div class="nav-content">
<div class="nav-title"><a href="/documentation" class="nav-title-link">Documentation</a></div><div class="hierarchy"><ul class="hierarchy-list">
<li class="hierarchy-item"><a href="/documentation/backgroundtasks" class="parent item nav-menu-link">Background Tasks</a></li>
<li class="hierarchy-item hierarchy-item--current"><span class="current">${aTitle}</span></li></ul></div><div class="nav-menu"><div class="nav-menu-tray">
<div class="nav-menu-settings"><div class="nav-menu-setting language-container"><span class="nav-menu-setting-label">Language:</span>
<a href="#" class="language-toggle nav-menu-link active">Swift</a><a href="#" class="language-toggle nav-menu-link">Objective-C</a></div></div></div></div>
</div></div></div><div class="adjustable-sidebar-width full-width-container topic-wrapper"><div class="sidebar"><div class="aside-animated-child">
<nav class="navigator" aria-labelledby="navigator-head-backgroundtasks"><div class="navigator-card"><div class="navigator-card-inner">
<div class="head-wrapper"><a href="/documentation/backgroundtasks" class="navigator-head"><h2 class="card-link" id="navigator-head-backgroundtasks">
Background Tasks</h2></a></div><div class="card-body"><div class="navigator-card-item-group">
${aTree
  .map((t, i) => `<div class="navigator-card-item${i === 0 || i === 3 ? ' is-group' : ''}"><a class="leaf-link" href="/documentation/bg/${i}">${t}</a></div>`)
  .join('\n')}<div class="navigator-card-item active"><a class="leaf-link" aria-current="page" href="#">${aTitle}</a></div>
${aTree2
  .map((t, i) => `<div class="navigator-card-item${i === 4 ? ' is-group' : ''}"><a class="leaf-link" href="/documentation/bgtree/${i}">${t}</a></div>`)
  .join('\n')}</div></div><div class="filter-wrapper"><div class="filter"><input type="text" placeholder="Filter" aria-label="Filter" class="filter__input">
</div></div></div></div></nav></div></div>
<main id="main" role="main" class="main" tabindex="0"><div class="doc-topic with-on-this-page"><div class="documentation-hero documentation-hero--disabled">
<div class="documentation-hero__content"><div class="topictitle"><span class="eyebrow">Article</span><h1 class="title">${aTitle}</h1></div>
<div class="abstract content"><p>${aAbstract}</p></div></div></div><div class="doc-content-wrapper"><div class="doc-content container">
<div class="description"></div><section class="primary-content"><div class="content">
${aH('h2', 'overview', aH1)}
${aPs(aP1)}
<figure id="bg-refresh-timeline"><picture><img alt="A timeline showing three app refresh requests grouped by the system into a single wake while the
device is on Wi-Fi." src="https://docs-assets.developer.apple.com/published/8c1d2f/rendered2x-1712345678.png" width="1200" height="420"></picture></figure>
${aH('h2', 'Describe-the-work-you-need-to-do', aH2)}
${aPs(aP2)}
<div class="code-listing" data-syntax="swift"><div class="container-general"><pre>
<code>let request = BGAppRefreshTaskRequest(identifier: "com.example.feed.refresh")
request.earliestBeginDate = nextPublicationDate()
try BGTaskScheduler.shared.submit(request)</code></pre></div></div>
${aAside('note', 'Note', aNote)}
${aH('h3', 'Keep-each-refresh-short', aH3)}
${aPs(aP3)}
<ul>${aList.map((t) => `<li><p>${t.replace('setTaskCompleted(success:)', '<code>setTaskCompleted(success:)</code>')}</p></li>`).join('\n')}</ul>
${aAside('important', 'Important', aImportant)}
${aH('h3', 'Group-network-requests', aH4)}
${aPs(aP4)}
${aH('h2', 'Measure-the-result', aH5)}
${aPs(aP5)}
</div></section>
<section class="topics see-also-topics"><div class="container"><h2 id="see-also" class="title">See Also</h2><div class="contenttable-section">
<div class="section-title"><h3 class="title">Essentials</h3></div><div class="section-content">
${aSeeAlso
  .map(
    ([t, d]) => `<div class="link-block topic"><a href="/documentation/backgroundtasks/${t?.length}" class="link"><span class="icon-inline">
</span> <span>${t}</span></a><div class="abstract"><div class="content"><p>${d}</p></div></div></div>`,
  )
  .join('\n')}</div></div></div></section>
</div></div></div></main></div></div></div>
<footer id="footer" class="footer-v2" role="contentinfo"><nav class="footer-breadcrumbs" aria-label="Breadcrumbs"><a href="/"><span class="icon icon-apple">
</span><span class="footer-breadcrumbs-home-label">Developer</span></a><ol class="footer-breadcrumbs-items"><li><a href="/documentation/">Documentation</a></li>
<li><a href="/documentation/backgroundtasks">Background Tasks</a></li><li><span>${aTitle}</span></li></ol></nav>
<div class="footer-directory">${aFootCols
  .map(
    (c, i) => `<div class="footer-directory-column"><h3 class="footer-directory-column-section-title">${c}</h3>
<ul class="footer-directory-column-section-list">${links(aFoot[i] ?? [], 'footer-directory-column-section-item')}</ul></div>`,
  )
  .join('\n')}</div>
<div class="footer-mini"><div class="footer-mini-legal"><div class="footer-mini-legal-copyright">${aLegal[0]}</div><div class="footer-mini-legal-links">
${aLegal
  .slice(1)
  .map((t) => `<a class="footer-mini-legal-link" href="/${t.length}/">${t}</a>`)
  .join('\n')}</div></div><div class="color-scheme-toggle"
role="radiogroup" aria-label="Select a color scheme preference"><label><input type="radio" value="light"><div class="text">Light</div></label>
<label><input type="radio" value="dark"><div class="text">Dark</div></label><label><input type="radio" value="auto"><div class="text">Auto</div>
</label></div></div></footer></body></html>`;
export const appleArticle: TestPage = {
  html: aHtml,
  name: 'heldout132-apple-developer-article',
  kind: 'docs',
  // the abstract is body; Note and Important aside texts are body and their labels in neither list; the "Article"
  // eyebrow, the See Also section (its h2, group h3, link titles and abstracts) and the navigator are furniture; the
  // hierarchy and footer crumbs that repeat the title are left out; the image has alt text only; code is in neither list
  title: aTitle,
  headings: [aH1, aH2, aH3, aH4, aH5],
  body: [aAbstract, ...texts(aP1), ...texts(aP2), plain(aNote), ...texts(aP3), ...aList, plain(aImportant), ...texts(aP4), ...texts(aP5)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aGnav, 'Documentation', 'Background Tasks', 'Language:', 'Swift', 'Objective-C', ...aTree, ...aTree2, 'Article', 'See Also',
    ...aSeeAlso.flat(), 'Developer', ...aFootCols, ...aFoot.flat(), ...aLegal, 'Light', 'Dark', 'Auto',
  ],
};
