import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 79, file a2: an Apple Developer documentation article rendered by DocC (the developer global nav, the
 * navigator sidebar with its filter, the documentation nav with breadcrumbs and the language toggle, the "Article" eyebrow,
 * the availability badges with "Beta", "Note" and "Important" asides, the generated "Topics" and "See Also" link groups, the
 * "Beta Software" legal notice at the end of the topic, and the developer footer).
 */
const apTitle = 'Scheduling deferred sync in the background';
const apAbstract = 'Let the system choose when to upload a ledger’s pending changes, so sync runs when it costs the device least.';
const apOverview = [
  'Apps that keep a local ledger usually collect changes faster than they need to send them. LedgerKit can hold those changes and ' +
    'hand them to the system as a single deferred sync task. The system runs the task when the device is idle, connected to a ' +
    'suitable network, and has enough battery, and it groups your task with work from other apps to save power.',
  'A deferred sync task replaces the manual pattern of starting a background URL session on a timer. You describe what needs to ' +
    'happen and how stale the data may get, and the framework does the rest.',
];
const apNote =
  'Deferred sync tasks don’t run while Low Power Mode is on. If your app needs to send a change immediately, call ' +
  '<code>flush()</code> on the ledger instead.';
const apH = ['Overview', 'Register the task', 'Choose a staleness limit', 'Handle expiration'];
const apRegister = [
  'Register the task identifier early in your app’s launch sequence, before the app finishes launching. Add the same identifier ' +
    'to the <code>LedgerSyncIdentifiers</code> array in your app’s Info.plist file; the system ignores identifiers that aren’t listed there.',
];
const apStale = [
  'The staleness limit tells the system how long the pending changes may wait. A short limit makes the task run sooner but gives ' +
    'the system fewer chances to combine it with other work. For most apps, a limit between two and eight hours is a good start.',
  'The system treats the limit as a goal, not a promise. On a device that stays in a pocket all afternoon without a network, the ' +
    'task may run later than the limit allows.',
];
const apImportant =
  'Don’t set a staleness limit shorter than 30 minutes. The system rejects the request and throws ' + '<code>LedgerSyncError.limitTooShort</code>.';
const apExpire = [
  'Every task gets a time budget. When the budget is about to run out, the system calls your expiration handler. Stop uploading, ' +
    'save the position of the last confirmed change, and mark the task as incomplete so the system reschedules it.',
  'Changes that were confirmed before expiration stay confirmed. The next run starts from the saved position rather than from ' +
    'the beginning of the ledger.',
];
const apTopics: [string, [string, string][]][] = [
  [
    'Configuring sync',
    [
      ['class LedgerSyncRequest', 'A request that describes the deferred upload of a ledger’s pending changes.'],
      ['var stalenessLimit: Duration', 'The longest time the pending changes may wait before the system runs the task.'],
    ],
  ],
];
const apSeeAlso: [string, string][] = [
  ['Sending changes immediately', 'Upload pending changes at once when the user expects to see them on another device.'],
  ['Resolving conflicts after sync', 'Merge changes that two devices made to the same entry while offline.'],
];
const apNav = ['News', 'Discover', 'Design', 'Develop', 'Distribute', 'Support', 'Account'];
const apNavigator = ['Essentials', 'Scheduling deferred sync in the background', 'Sending changes immediately', 'Ledgers', 'Entries', 'Sync'];
const apFootCols: [string, string[]][] = [
  ['Platforms', ['iOS', 'iPadOS', 'macOS', 'tvOS', 'visionOS', 'watchOS']],
  ['Tools', ['Swift', 'SwiftUI', 'Swift Playground', 'TestFlight', 'Xcode', 'Xcode Cloud', 'SF Symbols']],
  ['Support', ['Contact us', 'Developer Forums', 'Feedback Assistant', 'System status']],
];
const apLegal = ['Terms of Use', 'Privacy Policy', 'Agreements and Guidelines'];
const apBeta =
  'This documentation contains preliminary information about an API or technology in development. This information is subject to ' +
  'change, and software implemented according to this documentation should be tested with final operating system software.';
const apAvail = ['iOS 26.0+', 'iPadOS 26.0+', 'Mac Catalyst 26.0+', 'macOS 26.0+', 'watchOS 12.0+'];
const aside = (label: string, p: string): string =>
  `<div class="${label.toLowerCase()}" aria-label="${label.toLowerCase()}"><aside aria-label="${label.toLowerCase()}" class="${label.toLowerCase()}">
<p class="label">${label}</p><p>${p}</p></aside></div>`;
const sec = (h: string, body: string): string =>
  `<h2 id="${h.replace(/ /g, '-')}"><a href="#${h.replace(/ /g, '-')}" class="header-anchor" aria-label="Scroll to section">${h}</a></h2>\n${body}`;
const pp = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const linkBlock = ([code, abs]: [string, string]): string => `<div class="link-block topic"><a href="/documentation/ledgerkit/${code.split(' ')[1]}"
class="link"><code class="decorated-title">${code}</code></a><div class="abstract"><div class="content"><p>${abs}</p></div></div></div>`;
const apHtml = `<!doctype html><html lang="en-US" data-color-scheme="auto"><head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<link rel="icon" href="/favicon.ico"><title>${apTitle} | Apple Developer Documentation</title>
<meta name="description" content="${apAbstract}"><meta property="og:site_name" content="Apple Developer Documentation">
<meta property="og:title" content="${apTitle} | Apple Developer Documentation"><meta property="og:type" content="website">
<link href="/tutorials/css/documentation-topic~topic~tutorials-overview.8a4d1c0f.css" rel="stylesheet"><script>var baseUrl = "/"</script>
<link rel="stylesheet" href="/assets/elements/global-nav/ac-globalnav.built.css"></head>
<body data-color-scheme="auto"><div id="globalheader"><nav id="ac-globalnav" class="js" role="navigation" aria-label="Global" data-hires="false"
data-analytics-region="global nav" lang="en-US" dir="ltr" data-www-domain="www.apple.com"><div class="ac-gn-content"><ul class="ac-gn-header">
<li class="ac-gn-item ac-gn-apple"><a class="ac-gn-link ac-gn-link-apple" href="/" id="ac-gn-firstfocus"><span class="ac-gn-link-text">Apple
Developer</span></a>
</li></ul><ul class="ac-gn-list">${apNav
  .map(
    (t) => `<li class="ac-gn-item ac-gn-item-menu"><a class="ac-gn-link" href="/${t.toLowerCase()}/">
<span class="ac-gn-link-text">${t}</span></a></li>`,
  )
  .join('\n')}
<li class="ac-gn-item ac-gn-item-menu ac-gn-search"><a class="ac-gn-link ac-gn-link-search" href="/search/" aria-label="Search Developer"></a></li></ul></div>
</nav></div>
<div id="app"><div class="adjustable-sidebar-width full-width-container topic-wrapper"><div class="sidebar"><div class="aside-animated-child">
<aside class="navigator"><div class="navigator-card"><div class="navigator-card-inner"><div class="head-wrapper"><a href="/documentation/ledgerkit"
class="navigator-head"><h2 class="card-link">LedgerKit</h2></a></div><div class="card-body"><ul class="navigator-list">
${apNavigator
  .map(
    (t, i) => `<li class="navigator-card-item${i === 1 ? ' active' : ''}"><div class="navigator-card-item-content"><span class="navigator-icon">
</span><a href="/documentation/ledgerkit/${i}" class="leaf-link">${t}</a></div></li>`,
  )
  .join('\n')}</ul>
<p class="visuallyhidden" aria-live="polite">Current page is ${apTitle}</p></div><div class="filter-wrapper"><div class="navigator-filter">
<input type="text" placeholder="Filter" aria-label="Filter" class="filter__input"></div></div></div></div></aside></div></div>
<div class="content"><nav role="navigation" class="nav documentation-nav nav--in-breadcrumb-router-view"><div class="nav__wrapper"><div class="nav-content">
<div class="pre-title"><a href="/documentation" class="nav-title-link">Documentation</a></div><div class="nav-title"><nav role="navigation"
aria-label="Breadcrumbs" class="hierarchy"><ul class="hierarchy-list"><li class="hierarchy-item"><a href="/documentation/ledgerkit">LedgerKit</a></li>
<li class="hierarchy-item">${apTitle}</li></ul></nav></div><div class="nav-menu"><div class="language-toggle nav-menu-setting">
<span class="nav-menu-setting-label">Language:</span> <span class="language-toggle-label">Swift</span></div></div></div></div></nav>
<main id="main" role="main" tabindex="0" class="main"><div class="doc-topic"><div class="topictitle"><span class="eyebrow">Article</span>
<h1 class="title">${apTitle}</h1></div><div class="description"><div class="abstract content"><p>${apAbstract}</p></div></div>
<div class="availability" role="list">${apAvail
  .map(
    (t) => `<span role="listitem" class="badge badge-beta" data-v-2e0d2c8a>${t}
<span class="beta">Beta</span></span>`,
  )
  .join('\n')}</div>
<div class="container"><div class="primary-content">
${sec(apH[0]!, `${pp(apOverview)}\n${aside('Note', apNote)}`)}
${sec(
  apH[1]!,
  `${pp(apRegister)}\n<div class="code-listing" data-syntax="swift"><pre><code><span class="syntax-type">LedgerSyncScheduler</span>.shared.register(
    forTaskWithIdentifier: "com.example.ledger.sync") { task in handleSync(task) }</code></pre></div>`,
)}
${sec(apH[2]!, `${pp(apStale)}\n${aside('Important', apImportant)}`)}
${sec(apH[3]!, pp(apExpire))}
</div></div>
<section id="topics" class="topics"><div class="container"><h2 class="title">Topics</h2>
${apTopics
  .map(
    ([h, items]) => `<div class="contenttable-section"><div class="section-title"><h3 class="title">${h}</h3></div>
<div class="section-content">${items.map(linkBlock).join('\n')}</div></div>`,
  )
  .join('\n')}</div></section>
<section id="see-also" class="relationships"><div class="container"><h2 class="title">See Also</h2><div class="contenttable-section">
<div class="section-title"><h3 class="title">Essentials</h3></div><div class="section-content">${apSeeAlso
  .map(
    ([t, a]) => `<div class="link-block topic">
<a href="/documentation/ledgerkit/x" class="link"><span>${t}</span></a><div class="abstract"><div class="content"><p>${a}</p></div></div></div>`,
  )
  .join('\n')}
</div></div></div></section>
<div class="betainfo"><div class="betainfo-container"><div class="row"><div class="betainfo-label">Beta Software</div><div class="betainfo-content">
<p>${apBeta}</p></div><p><a href="/support/beta-software/">Learn more about using Apple's beta software</a></p></div></div></div>
</div></main></div></div></div>
<footer id="footer" class="footer" role="contentinfo"><nav class="footer-content" aria-label="Footer"><div class="breadcrumbs"><ul>
<li><a href="/">Developer</a></li><li><a href="/documentation/">Documentation</a></li><li><a href="/documentation/ledgerkit/">LedgerKit</a></li></ul></div>
<div class="footer-directory">${apFootCols.map(([h, l]) => `<div class="column"><h3>${h}</h3><ul>${links(l)}</ul></div>`).join('\n')}</div>
<div class="footer-legal"><p class="copyright">Copyright © 2025 Apple Inc. All rights reserved.</p><ul class="legal-links">${links(apLegal)}</ul></div>
</nav></footer>
<script src="/tutorials/js/chunk-vendors.3b1f4e2c.js"></script><script src="/tutorials/js/documentation-topic.77c5a9e1.js"></script>
<script src="/assets/elements/global-nav/ac-globalnav.built.js"></script></body></html>`;
export const appleArticle: TestPage = {
  html: apHtml,
  name: 'heldout79-apple-developer-docs',
  kind: 'docs',
  // the abstract under the title is the article's first paragraph (body); the "Note" and "Important" asides are body, their
  // labels in neither list; the "Article" eyebrow, availability badges, the generated "Topics" and "See Also" link groups
  // (headings, symbol names and abstracts), the "Beta Software" notice, nav, navigator and footer are furniture; the code
  // listing is in neither list
  title: apTitle,
  headings: apH,
  body: [apAbstract, ...texts(apOverview), ...texts([apNote]), ...texts(apRegister), ...apStale, ...texts([apImportant]), ...apExpire],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Apple Developer', ...apNav, 'LedgerKit', ...apNavigator.filter((t) => t !== apTitle && t !== 'Sync'), `Current page is ${apTitle}`, 'Documentation',
'Language:', 'Swift', 'Article',
    ...apAvail, 'Beta', 'Topics', ...apTopics.flatMap(([h, l]) => [h, ...l.flat()]), 'See Also', ...apSeeAlso.flat(), 'Beta Software', apBeta,
    "Learn more about using Apple's beta software", 'Developer', ...apFootCols.flatMap(([h, l]) => [h, ...l.filter((t) => t !== 'Swift')]),
    'Copyright © 2025 Apple Inc. All rights reserved.', ...apLegal,
  ],
};
