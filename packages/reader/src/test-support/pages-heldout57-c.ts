import { links, type TestPage, texts } from './page-kit.js';
import { androidReferencePage } from './pages-heldout57-c2.js';

/**
 * Held-out batch 57, file c: a Microsoft Learn .NET API reference class page (the msDocs script, skip links, the hidden
 * unsupported-browser banner, the Learn header and the .NET product bar, the left table of contents with its version picker
 * and filter, breadcrumbs, the article actions, "Reference" badge and Feedback button, the "In this article" outline, the
 * Definition block, C# / F# / VB declarations with code headers, Inheritance and Implements, Examples, Remarks with a NOTE
 * alert, member tables with inherited rows, "Applies to", "See also", the feedback section, the "Additional resources" rail
 * and the footer with its theme menu).
 */
const msTitle = 'SlidingWindowCounter Class';
const msNs = ['Namespace:', 'System.<wbr />Diagnostics.<wbr />Metrics'];
const msAsm = ['Assembly:', 'System.Diagnostics.DiagnosticSource.dll'];
const msPkg = ['Package:', 'System.Diagnostics.DiagnosticSource v10.0.0'];
const msSummary = 'Counts the events that occurred within a moving window of time, such as the last minute.';
const msH = ['Definition', 'Examples', 'Remarks', 'Constructors', 'Properties', 'Methods'] as const;
const msExample = 'The following example counts failed sign-in attempts for each user over the last five minutes and locks the account after ten failures.';
const x = (t: string, href: string): string => `<a href="${href}" class="no-loc" data-linktype="relative-path">${t}</a>`;
const msRemarks = [
  `${x('SlidingWindowCounter', 'system.diagnostics.metrics.slidingwindowcounter')} divides its window into a fixed number of buckets, ` +
    `each covering an equal slice of time. Calls to ${x('Increment', '#increment')} add to the bucket for the current slice, and a ` +
    'background timer retires the oldest bucket each time a slice ends. The <code>Count</code> property returns the sum of the ' +
    'remaining buckets, so it reflects only the events of the last <code>Window</code>.',
  'The number of buckets trades precision for memory. With 60 buckets and a one-minute window, an event leaves the count within a ' +
    'second of expiring; with 6 buckets, it may be counted for up to ten seconds longer than the window. Each bucket is a single ' +
    '64-bit integer, so even large bucket counts are cheap.',
  'All members of this type are thread safe. <code>Increment</code> uses interlocked operations and does not take a lock, which ' +
    'makes it suitable for hot paths such as request handlers.',
  `Unlike the instruments created by a ${x('Meter', 'system.diagnostics.metrics.meter')}, a <code>SlidingWindowCounter</code> is not ` +
    `published to ${x('MeterListener', 'system.diagnostics.metrics.meterlistener')} instances automatically. To export its value, ` +
    `create an ${x('ObservableGauge&lt;T&gt;', 'system.diagnostics.metrics.observablegauge-1')} whose callback reads <code>Count</code>.`,
];
const msNote =
  'The internal timer keeps the counter alive until <code>Dispose</code> is called. Always dispose counters that are created per user ' +
  'or per tenant, or they will accumulate for the lifetime of the process.';
const msCtors: [string, string][] = [
  [
    'SlidingWindowCounter(TimeSpan, Int32)',
    'Initializes a new instance of the SlidingWindowCounter class with the specified window length and number of buckets.',
  ],
];
const msProps: [string, string][] = [
  ['BucketCount', 'Gets the number of buckets the window is divided into.'],
  ['Count', 'Gets the number of events recorded in the current window.'],
  ['Window', 'Gets the length of the window.'],
];
const inh = ' (Inherited from Object)';
const msMethods: [string, string][] = [
  ['Dispose()', 'Stops the internal timer and releases the resources used by the counter.'],
  ['Equals(Object)', `Determines whether the specified object is equal to the current object.${inh}`],
  ['GetHashCode()', `Serves as the default hash function.${inh}`],
  ['GetType()', `Gets the Type of the current instance.${inh}`],
  ['Increment()', 'Records one event at the current time.'],
  ['Increment(Int64)', 'Records the specified number of events at the current time.'],
  ['MemberwiseClone()', `Creates a shallow copy of the current Object.${inh}`],
  ['Reset()', 'Discards all recorded events.'],
  ['ToString()', `Returns a string that represents the current object.${inh}`],
];
const own = (rows: [string, string][]): [string, string][] => rows.filter(([, d]) => !d.endsWith(inh));
const inherited = (rows: [string, string][]): [string, string][] => rows.filter(([, d]) => d.endsWith(inh));
const msTable = (rows: [string, string][]): string =>
  `<table class="table is-narrow-mobile">\n${rows
    .map(
      ([n, d]) =>
        `<tr>\n<td>\n<span class="break-text">${x(n, `system.diagnostics.metrics.slidingwindowcounter.${n.replace(/\(.*$/, '').toLowerCase()}`)}` +
        `</span>\n</td>\n<td>\n<p>${d.replace(inh, `\n(Inherited from ${x('Object', 'system.object')})`)}</p>\n</td>\n</tr>`,
    )
    .join('\n')}\n</table>`;
const msCodeHeader = (lang: string, id: number): string =>
  `<div class="codeHeader" id="code-try-${id}" data-bi-name="code-header"><span class="language">${lang}</span><button type="button" ` +
  'class="action position-relative" data-bi-name="copy" aria-label="Copy code"><span class="icon"><span class="docon docon-edit-copy">' +
  '</span></span><span class="copy-status">Copy</span><div class="successful-copy-alert is-transparent" aria-hidden="true"></div></button></div>';
const msDecl: [string, string, string][] = [
  ['C#', 'csharp', 'public sealed class SlidingWindowCounter : IDisposable'],
  ['F#', 'fsharp', 'type SlidingWindowCounter = class\n    interface IDisposable'],
  ['VB', 'vb', 'Public NotInheritable Class SlidingWindowCounter\nImplements IDisposable'],
];
const msExampleCode = [
  'var failures = new ConcurrentDictionary&lt;string, SlidingWindowCounter&gt;();',
  '',
  'void OnSignInFailed(string user)',
  '{',
  '    var counter = failures.GetOrAdd(user, _ =&gt; new SlidingWindowCounter(TimeSpan.FromMinutes(5), 30));',
  '    counter.Increment();',
  '    if (counter.Count &gt;= 10)',
  '        LockAccount(user);',
  '}',
];
const msTopNav = ['Documentation', 'Training', 'Credentials', 'Q&A', 'Code Samples', 'Assessments', 'Shows'];
const msProduct = ['.NET', 'Languages', 'Workloads', 'APIs', 'Troubleshooting', 'Resources', 'Download .NET'];
const msToc = ['Counter<T>', 'Gauge<T>', 'Histogram<T>', 'Instrument', 'Measurement<T>', 'Meter', 'MeterListener', 'SlidingWindowCounter'];
const msActions = ['Save', 'Add to Collections', 'Add to plan', 'Share via', 'Facebook', 'x.com', 'LinkedIn', 'Email', 'Print'];
const msSee = ['Metrics instrumentation in .NET', 'Collect metrics in .NET apps'];
const msRail = [
  'Instrument a cloud-native .NET app with OpenTelemetry - Training',
  'Learn how to add logging, metrics and distributed tracing to a .NET application.',
  'Meter Class (System.Diagnostics.Metrics)',
  'Counter<T> Class (System.Diagnostics.Metrics)',
];
const msFoot = ['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks', '© Microsoft 2025'];
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const msH2 = (t: string): string => `<h2 id="${t.toLowerCase().replace(/ /g, '-')}" class="heading-anchor">${t}</h2>`;
const msDl = ([dt, dd]: string[]): string => `<dl class="attributeList">\n  <dt>${dt}</dt>\n  <dd>\n    ${dd}\n  </dd>\n</dl>`;
const msHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents reference show-breadcrumb default-focus" lang="en-us" dir="ltr" \
data-authenticated="false" data-auth-status-determined="false" data-target="docs" x-ms-format-detection="none">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta property="og:title" content="SlidingWindowCounter Class (System.Diagnostics.Metrics)" />
<meta property="og:url" content="https://learn.microsoft.com/en-us/dotnet/api/system.diagnostics.metrics.slidingwindowcounter?view=net-10.0" />
<meta name="description" content="${msSummary}" />
<meta name="api_name" content="System.Diagnostics.Metrics.SlidingWindowCounter" />
<meta name="api_location" content="System.Diagnostics.DiagnosticSource.dll" />
<meta name="topic_type" content="apiref" />
<meta name="ms.date" content="11/10/2025" />
<meta name="ms.topic" content="generated-reference" />
<meta name="schema" content="NetType" />
<meta name="uhfHeaderId" content="MSDocsHeader-DotNet" />
<title>SlidingWindowCounter Class (System.Diagnostics.Metrics) | Microsoft Learn</title>
<link rel="stylesheet" href="/static/assets/0.4.03251.7571-8e35c2d6/styles/site-ltr.css">
<script id="msdocs-script">
var msDocs = { environment: { accessLevel: 'online', azurePortalHostname: 'portal.azure.com', reviewFeatures: false, supportLevel: 'production', \
systemContent: true, siteName: 'learn', legacyHosting: false }, data: { contentLocale: 'en-us', contentDir: 'ltr', userLocale: 'en-us', userDir: 'ltr', \
pageTemplate: 'Reference', brand: '', context: {}, hasBinaryRating: true, hasGithubLinks: false, feedbackSystem: 'None', \
feedbackProductUrl: 'https://aka.ms/feedback/report?space=61', extendBreadcrumb: false, isEditDisplayable: false, hideViewSource: false, contributors: [] }, \
functions: {} };
</script>
</head>
<body lang="en-us" dir="ltr">
<div class="header-holder layout-body-header">
<a href="#main" style="z-index: 1070" class="outline-color-text visually-hidden-until-focused position-fixed inner-focus focus-visible top-0 left-0 \
right-0 padding-xs text-align-center background-color-body">Skip to main content</a>
<a href="#" data-skip-to-ask-learn class="outline-color-text visually-hidden-until-focused position-fixed inner-focus focus-visible top-0 left-0 \
right-0 padding-xs text-align-center background-color-body" hidden>Skip to Ask Learn chat experience</a>
<div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container"></div>
<div id="unsupported-browser" style="background-color: white; color: black; padding: 16px; border-bottom: 1px solid grey;" hidden>
<div style="max-width: 800px; margin: 0 auto;">
<p style="font-size: 24px">This browser is no longer supported.</p>
<p style="font-size: 16px; margin-top: 16px;">Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.</p>
<div style="margin-top: 12px;">
<a href="https://go.microsoft.com/fwlink/p/?LinkID=2092881 " style="background-color: #0078d4; color: white; padding: 6px 12px;">Download Microsoft Edge</a>
<a href="https://learn.microsoft.com/en-us/lifecycle/faq/internet-explorer-microsoft-edge" style="color: #0078d4; padding: 6px 12px;">More info \
about Internet Explorer and Microsoft Edge</a>
</div></div></div>
<div id="headerAreaHolder" data-bi-name="header">
<header role="banner" itemscope="itemscope" itemtype="http://schema.org/Organization">
<div class="nav-bar">
<div class="nav-bar-brand"><a itemprop="url" href="https://www.microsoft.com" aria-label="Microsoft" class="nav-bar-button">Microsoft</a></div>
<div class="nav-bar-item"><a class="nav-bar-button" href="/en-us/">Learn</a></div>
<nav class="nav-bar-menu" aria-label="site"><ul>${links(msTopNav, 'nav-bar-item')}</ul></nav>
<form class="nav-bar-search" role="search"><input type="search" aria-label="Search" placeholder="Search"><button type="submit">Search</button></form>
<div class="nav-bar-profile"><button class="button button-sm docs-sign-in" data-bi-name="signin">Sign in</button></div>
</div>
<nav class="product-nav" aria-label=".NET" data-bi-name="product-nav"><ul>${links(msProduct, 'product-nav-item')}</ul></nav>
</header>
</div>
</div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body">
<div class="columns has-large-gaps is-gapless-mobile">
<div id="left-container" class="left-container display-none display-block-tablet padding-inline-sm padding-bottom-sm width-full">
<nav id="affixed-left-container" class="margin-top-sm-tablet position-sticky display-flex flex-direction-column" aria-label="Primary">
<div class="api-search-field-container"><label for="dotnet-version">Version</label>
<select id="dotnet-version" class="moniker-picker"><option selected>.NET 10</option><option>.NET 9</option><option>.NET 8</option></select></div>
<form class="filter-toc"><input type="search" class="input" placeholder="Filter by title" aria-label="Filter by title"></form>
<ul class="tree table-of-contents is-vertically-scrollable" role="tree">
<li class="tree-item is-expanded" role="treeitem" aria-expanded="true"><span class="tree-expander">System.Diagnostics.Metrics</span>
<ul class="tree-group">${links(msToc.map(esc), 'tree-item')}</ul></li></ul>
<div class="left-container-footer"><a href="https://aka.ms/dotnet-apibrowser" class="button button-sm">Download PDF</a></div>
</nav>
</div>
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop">
<div class="columns is-gapless-mobile has-large-gaps">
<div id="main-column" class="column is-full is-8-desktop">
<main id="main" class="" role="main" data-bi-name="content" lang="en-us" dir="ltr">
<div id="article-header" class="background-color-body margin-top-sm-tablet margin-bottom-xs display-none-print">
<nav id="article-header-breadcrumbs" class="breadcrumbs" aria-label="Breadcrumb"><ol>
<li><a href="/en-us/">Learn</a></li><li><a href="/en-us/dotnet/">.NET</a></li><li><a href="/en-us/dotnet/api/">API browser</a></li>
<li><a href="system.diagnostics.metrics">System.<wbr />Diagnostics.<wbr />Metrics</a></li></ol></nav>
<div class="article-header-actions">${msActions.map((a) => `<button class="button button-clear button-sm">${a}</button>`).join('\n')}
<button class="button button-clear button-sm" data-bi-name="ask-learn-button">Ask Learn</button></div>
</div>
<div class="content"><h1 id="slidingwindowcounter-class" class="margin-bottom-xs">${msTitle}</h1>
<div class="metadata page-metadata" data-bi-name="page info" lang="en-us" dir="ltr"><span class="badge border-radius-lg">Reference</span></div>
<button type="button" class="button button-sm button-clear" data-bi-name="feedback" data-test-id="feedback-button">Feedback</button>
<nav id="center-doc-outline" class="doc-outline is-hidden-desktop display-none-print margin-bottom-sm" data-bi-name="intopic toc" aria-label="In this article">
<h2 id="ms--in-this-article" class="title is-6 margin-block-xs">In this article</h2>
<ol>${[...msH, 'Applies to', 'See also'].map((h) => `<li><a href="#${h.toLowerCase()}">${h}</a></li>`).join('')}</ol></nav>
${msH2(msH[0])}
${[msNs, msAsm, msPkg].map(msDl).join('\n')}
${msDl(['Source:', '<a href="https://github.com/dotnet/dotnet/blob/b3c1a8e/src/runtime/src/libraries/SlidingWindowCounter.cs">SlidingWindowCounter.cs</a>'])}
<div class="summaryHolder"><div class="summary clearFix"><p>${msSummary}</p></div></div>
${msDecl.map(([l, c, code], i) => `${msCodeHeader(l, i)}\n<pre class="lang-${c}"><code class="lang-${c}">${code}</code></pre>`).join('\n')}
<dl class="attributeList stack"><dt>Inheritance</dt><dd><div class="pdlHolder"><div class="pdl">${x('Object', 'system.object')}</div>
<div class="pdl">SlidingWindowCounter</div></div></dd></dl>
<dl class="attributeList stack"><dt>Implements</dt><dd><div>${x('IDisposable', 'system.idisposable')}</div></dd></dl>
${msH2(msH[1])}
<p>${msExample}</p>
${msCodeHeader('C#', 3)}\n<pre class="lang-csharp"><code class="lang-csharp">${msExampleCode.join('\n')}</code></pre>
${msH2(msH[2])}
${msRemarks.map((p) => `<p>${p}</p>`).join('\n')}
<div class="NOTE">\n<p>Note</p>\n<p>${msNote}</p>\n</div>
${msH2(msH[3])}\n${msTable(msCtors)}
${msH2(msH[4])}\n${msTable(msProps)}
${msH2(msH[5])}\n${msTable(msMethods)}
${msH2('Applies to')}
<table class="table"><thead><tr><th>Product</th><th>Versions</th></tr></thead><tbody><tr><td>.NET</td><td>9, 10</td></tr></tbody></table>
${msH2('See also')}
<ul>${links(msSee)}</ul>
</div>
<section class="feedback-section position-relative border border-radius padding-xs" data-bi-name="feedback-section">
<h2 id="feedback" class="title is-3 margin-block-xs">Feedback</h2>
<div class="display-flex flex-wrap-wrap align-items-center"><p class="font-weight-semibold margin-xxs margin-left-none">Was this page helpful?</p>
<div class="buttons"><button class="button" data-bi-name="button-rating-yes">Yes</button>
<button class="button" data-bi-name="button-rating-no">No</button></div></div>
<div class="display-flex flex-wrap-wrap align-items-center"><p class="font-weight-semibold margin-xxs margin-left-none">Need help with this topic?</p>
<p class="font-size-sm">Want to try using Ask Learn to clarify or guide you through this topic?</p></div>
<div><a href="https://aka.ms/feedback/report?space=61" class="button button-sm">Provide product feedback</a></div>
</section>
</main>
</div>
<div id="ms--additional-resources" class="right-container column is-4-desktop display-none display-block-desktop" data-bi-name="pageactions">
<div class="margin-top-sm-tablet"><h2 class="title is-6">Additional resources</h2>
<section><h3 class="font-size-sm">Training</h3><p class="font-size-xs">Module</p><a href="/en-us/training/modules/instrument-cloud-native-apps/">\
${msRail[0]}</a><p>${msRail[1]}</p></section>
<section><h3 class="font-size-sm">Documentation</h3><ul>${links(msRail.slice(2).map(esc))}</ul></section></div>
</div>
</div>
</section>
</div>
</div>
<footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container" role="contentinfo">
<div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop">
<a data-mscc-ic="false" href="#" data-bi-name="select-locale" class="locale-selector-link button button-sm button-clear flex-shrink-0">\
<span class="icon" aria-hidden="true"><span class="docon docon-world"></span></span><span class="local-selector-link-text">en-us</span></a>
<div class="ccpa-privacy-link" data-ccpa-privacy-link hidden><a href="https://aka.ms/yourcaliforniaprivacychoices" class="button button-sm button-clear">\
<span>Your Privacy Choices</span></a></div>
<div class="flex-shrink-0"><div class="dropdown has-caret-up">
<button class="dropdown-trigger button button-clear button-sm" title="Theme" data-bi-name="theme">\
<span class="icon"><span class="docon docon-sun" aria-hidden="true"></span></span><span>Theme</span></button>
<div class="dropdown-menu" role="menu"><ul class="theme-selector padding-xxs">${['Light', 'Dark', 'High contrast']
  .map((t) => `<li class="theme display-block"><button class="button button-clear button-sm theme-control"><span role="menuitem">${t}</span></button></li>`)
  .join('')}</ul></div></div></div>
</div>
<ul class="links" data-bi-name="footerlinks">
<li class="manage-cookies-holder" hidden=""><button class="button button-sm button-clear flex-shrink-0" data-bi-name="manage-cookies">\
Manage cookies</button></li>
${msFoot.map((f) => (f.startsWith('©') ? `<li>${f}</li>` : `<li><a class="button button-sm button-clear flex-shrink-0" href="#">${f}</a></li>`)).join('\n')}
</ul>
</footer>
</body>
</html>`;
const dotnetApi: TestPage = {
  html: msHtml,
  name: 'heldout57-microsoft-learn-dotnet-class',
  kind: 'docs',
  // the h1 is the title, the six h2 sections up to "Methods" the headings; the Definition lines (namespace, assembly,
  // package), the summary, the example's lead-in, Remarks, the NOTE's text ("Note" in neither list) and the class's own
  // member rows (name and description) are body; the Source: line is the source link: furniture; the C# / F# / VB
  // declarations, Inheritance / Implements and the example code are in neither; the rows inherited from Object are furniture,
  // as a base type's members documented elsewhere; "Applies to" (a version matrix) and "See also" with their lists are
  // furniture, and so are the header, product bar, left table of contents, breadcrumbs, actions, badge, outline, code
  // headers, feedback section, the rail and the footer (entries that are body words left out: "Sign in", "Resources", "Meter",
  // "MeterListener"); the page shows no byline
  title: msTitle,
  headings: [...msH],
  body: [
    'Namespace: System.Diagnostics.Metrics',
    'Assembly: System.Diagnostics.DiagnosticSource.dll',
    'Package: System.Diagnostics.DiagnosticSource v10.0.0',
    msSummary,
    msExample,
    ...texts([...msRemarks, msNote]),
    ...[...msCtors, ...msProps, ...own(msMethods)].flat(),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to Ask Learn chat experience', 'This browser is no longer supported.',
    'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.',
    'Download Microsoft Edge', 'More info about Internet Explorer and Microsoft Edge', 'Microsoft', 'Learn', ...msTopNav, 'Search',
    ...msProduct.filter((t) => t !== 'Resources'), 'Version', '.NET 10',
    ...msToc.filter((t) => !['Meter', 'MeterListener', 'SlidingWindowCounter'].includes(t)), 'Download PDF', 'API browser', ...msActions, 'Ask Learn',
    'Reference', 'Feedback', 'In this article', 'Source:', 'SlidingWindowCounter.cs', 'C#', 'F#', 'VB', 'Copy',
    ...inherited(msMethods).flat().map((t) => t.replace(inh, '')), 'Inherited from Object', 'Applies to', 'Product', 'Versions',
    '9, 10', 'See also', ...msSee, 'Was this page helpful?', 'Yes', 'No', 'Need help with this topic?',
    'Want to try using Ask Learn to clarify or guide you through this topic?', 'Provide product feedback', 'Additional resources',
    'Training', 'Module', ...msRail, 'Documentation', 'en-us', 'Your Privacy Choices', 'Theme', 'Light', 'Dark', 'High contrast',
    'Manage cookies', ...msFoot,
  ],
};

export const HELDOUT57_C: readonly TestPage[] = [dotnetApi, androidReferencePage];
