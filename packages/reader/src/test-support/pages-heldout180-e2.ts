import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 180, file e2: a Datadog documentation page on docs.datadoghq.com (the corporate mega-header with "Product",
 * "Customers", "Pricing", "Solutions", "About", "Blog", "Docs", "Login" and "Get Started Free", the docs search bar with
 * "Ask AI", the language and site selectors, the sidebar, breadcrumbs, a hidden site-availability alert, the Overview
 * section, an info alert, a table, the "Further Reading" link cards, the right toc with "Edit this page" and "Open an
 * issue", the "Request a personalized demo" banner, the footer and the cookie banner).
 */
const ddTitle = 'Generate Metrics from Ingested Logs';
const ddH1 = 'Overview';
const ddP1 = [
  'Datadog’s Logging without Limits lets you decide which logs to index and keep, but you can still track trends across all of ' +
    'the logs you ingest. Log-based metrics count the logs that match a query, or aggregate a numeric attribute from them, and ' +
    'store the result as a custom metric that is kept for 15 months.',
  'Log-based metrics are a cost-efficient way to summarize logs from high-volume sources such as load balancers or CDN access ' +
    'logs, where you need the numbers but rarely read individual entries.',
];
const ddH2 = 'Generate a log-based metric';
const ddSteps = [
  'Navigate to the Generate Metrics page.',
  'Select the <strong>Generate Metrics</strong> tab and click <strong>+New Metric</strong>.',
  'Enter a search query to filter the logs that should be counted. The query uses the same syntax as the Log Explorer.',
  'Select the field to track: <code>*</code> to count matching logs, or a numeric attribute such as <code>@duration</code> to ' +
    'aggregate its values into a distribution.',
  'Choose up to 10 attributes or tags to group by, then name the metric. Metric names cannot start with <code>logs</code> or ' + '<code>datadog</code>.',
];
const ddAlert = 'New log-based metrics start from the moment they are created. They are not backfilled from logs that were ingested earlier.';
const ddP2 = [
  'For example, the platform team at Orchard Lane Grocers counts checkout errors by store region with the query ' +
    '<code>service:checkout status:error</code>, grouped by <code>@store.region</code>. The resulting metric, ' +
    '<code>orchard.checkout.errors</code>, feeds a monitor that pages the on-call engineer when errors in any region double ' +
    'within ten minutes.',
];
const ddH3 = 'Update a log-based metric';
const ddP3 = [
  'After a metric is created, you can change its query and its group-by fields, but not its name or the type of aggregation. ' +
    'Changes apply only to logs ingested after the update, so the metric can show a step at the time of the change.',
];
const ddH4 = 'Usage and limits';
const ddTable = [
  ['Item', 'Limit'],
  ['Log-based metrics per organization', '2,000'],
  ['Group-by attributes per metric', '10'],
  ['Minimum time between updates to the same metric', '5 minutes'],
];
const ddP4 = [
  'Log-based metrics are billed as custom metrics. The number of distinct group-by values multiplies the number of time ' +
    'series, so grouping by a high-cardinality attribute such as a user ID can become expensive quickly.',
];
const ddTop = ['Product', 'Customers', 'Pricing', 'Solutions', 'About', 'Blog', 'Docs', 'Login', 'Get Started Free'];
const ddSide = [
  'Getting Started',
  'Agent',
  'Integrations',
  'Dashboards',
  'Monitors',
  'Log Management',
  'Log Configuration',
  'Pipelines',
  'Indexes',
  'Archives',
  'Rehydrate from Archives',
  'Generate Metrics',
  'Log Explorer',
  'APM',
  'Synthetic Monitoring',
];
const ddCrumbs = ['Docs', 'Log Management', 'Log Configuration'];
const ddFurther = [
  'Further Reading',
  'Log Management',
  'Search syntax for logs',
  'Logging without Limits™ and cost control',
  'Create a monitor on a log-based metric',
];
const ddDemo = ['Request a personalized demo', 'Get Started with Datadog'];
const ddFoot = [
  'Product',
  'Features',
  'Infrastructure Monitoring',
  'Security',
  'Resources',
  'Pricing',
  'Documentation',
  'Support',
  'Certification',
  'Open Source',
  'Events and Webinars',
  'Security',
  'Privacy Center',
  'Knowledge Center',
  'Learning Resources',
  'About',
  'Contact Us',
  'Partners',
  'Careers',
  'Investor Relations',
  'Terms',
  'Privacy',
  'Cookies',
  '© Datadog 2025',
];
const ddCookie =
  'We use cookies to improve your experience on our site. Some cookies are necessary for the site to work; others help us ' +
  'understand how you use it and show you relevant content.';
const ddPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ddId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const ddH = (t: string): string => `<h2 id="${ddId(t)}"><a class="header-link" href="#${ddId(t)}"></a>${t}</h2>`;
const ddHtml = `<!DOCTYPE html><html lang="en" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${ddTitle}</title>
<meta name="description" content="Generate metrics from ingested logs."><meta property="og:title" content="${ddTitle}">
<meta property="og:site_name" content="Datadog Infrastructure and Application Monitoring"><meta name="twitter:site" content="@datadoghq">
<link rel="canonical" href="https://docs.datadoghq.com/logs/log_configuration/logs_to_metrics/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebPage","name":"${ddTitle}","publisher":{"@type":"Organization",
"name":"Datadog"}}</script><link rel="stylesheet" href="/css/main-dd-js-hugo.min.4b8e.css">
<script>window.DD_RUM && window.DD_RUM.init({ clientToken: 'pub0c4', applicationId: 'docs', site: 'datadoghq.com' });</script></head>
<body class="docs logs kind-page" data-type="logs" data-relpermalink="/logs/log_configuration/logs_to_metrics/">
<header class="dd-header"><div class="dd-header__inner"><a href="https://www.datadoghq.com" class="dd-header__logo"><span class="sr-only">Datadog</span></a>
<nav class="dd-header__menu" aria-label="Main"><ul>${links(ddTop, 'dd-header__item')}</ul></nav></div></header>
<div class="docs-subheader"><div class="docs-search"><input type="search" id="search-bar" placeholder="Search documentation..." aria-label="Search">
<button class="ask-ai-btn" type="button">Ask AI</button></div><div class="dropdown lang-selector"><button class="dropdown-toggle">English</button>
<ul class="dropdown-menu"><li>English</li><li>Français</li><li>日本語</li><li>한국어</li><li>Español</li></ul></div>
<div class="dropdown site-selector"><span class="site-selector__label">Datadog Site</span><button class="dropdown-toggle">US1</button></div></div>
<div class="container-fluid docs-container"><div class="row"><aside class="sidenav col-xl-2"><nav class="sidenav-nav" aria-label="Documentation">
<ul>${links(ddSide, 'sidenav-nav-item')}</ul></nav></aside>
<main class="col-12 col-md-9 col-xl-8 main-content" id="mainContent"><div class="breadcrumbs"><ol>
${ddCrumbs.map((t) => `<li><a href="/${ddId(t)}/">${t}</a></li>`).join('<li class="sep">&gt;</li>')}</ol></div>
<div class="site-region-container d-none" data-region="gov"><div class="alert alert-warning">Generate Metrics is not available for the selected site (US1-FED).
</div></div>
<div class="mainContent-wrapper"><h1>${ddTitle}</h1>
${ddH(ddH1)}
${ddPs(ddP1)}
${ddH(ddH2)}
<ol>${ddSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="alert alert-info"><p>${ddAlert}</p></div>
${ddPs(ddP2)}
${ddH(ddH3)}
${ddPs(ddP3)}
${ddH(ddH4)}
<table class="table table-responsive-sm"><thead><tr><th>${ddTable[0]?.[0]}</th><th>${ddTable[0]?.[1]}</th></tr></thead><tbody>
${ddTable
  .slice(1)
  .map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`)
  .join('\n')}</tbody></table>
${ddPs(ddP4)}
<h2 id="further-reading">${ddFurther[0]}</h2><div class="whatsnext"><p>Additional helpful documentation, links, and articles:</p>
<ul class="list-group">${ddFurther
  .slice(1)
  .map(
    (t, i) => `<a class="list-group-item list-group-item-white" href="/link-${i}"><span class="w-100 d-flex justify-content-between">
<span class="text">${t}</span><span class="badge badge-white">${i === 0 ? 'DOCUMENTATION' : 'BLOG'}</span></span></a>`,
  )
  .join('\n')}</ul></div></div></main>
<aside class="col-xl-2 d-none d-xl-block toc-container"><div class="toc"><h5>On this page</h5><nav id="TableOfContents"><ul>
${[ddH1, ddH2, ddH3, ddH4, ddFurther[0]].map((t) => `<li><a href="#${ddId(t ?? '')}">${t}</a></li>`).join('')}</ul></nav>
<div class="toc-edit-btn"><a href="https://github.com/DataDog/documentation/blob/master/content/en/logs/log_configuration/logs_to_metrics.md"
>Edit this page</a></div><div class="toc-issue"><span>Notice a problem?</span> <a href="https://github.com/DataDog/documentation/issues/new">Open an issue</a>
</div></div></aside></div></div>
<div class="demo-banner"><h3>${ddDemo[0]}</h3><a class="btn btn-primary" href="https://www.datadoghq.com/#">${ddDemo[1]}</a></div>
<footer class="dd-footer"><ul>${links(ddFoot, 'dd-footer__link')}</ul></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${ddCookie}</p>
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<script src="/js/main-dd-js.5e2f.js" defer></script></body></html>`;
export const datadogPage: TestPage = {
  name: 'heldout180-datadog-docs',
  kind: 'docs',
  html: ddHtml,
  // "Overview" is the page's first section heading; the info alert and table data cells are body; the "Further Reading"
  // section is a related-links rail (its heading, lead line, link titles and badges are furniture); the hidden
  // site-availability alert is furniture; the sidebar's "Generate Metrics" is left out (a words-only part of a short step)
  title: ddTitle,
  headings: [ddH1, ddH2, ddH3, ddH4],
  body: [...ddP1, ...texts(ddSteps), ddAlert, ...texts(ddP2), ...ddP3, ...ddTable.slice(1).flat(), ...ddP4],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    ...ddTop, 'Ask AI', 'English', 'Français', '日本語', '한국어', 'Español', 'Datadog Site', 'US1',
    ...ddSide.filter((t) => t !== 'Generate Metrics'), ...ddCrumbs,
    'Generate Metrics is not available for the selected site (US1-FED).', ...ddFurther, 'Additional helpful documentation, links, and articles:',
    'DOCUMENTATION', 'BLOG', 'On this page', 'Edit this page', 'Notice a problem?', 'Open an issue', ...ddDemo, ...ddFoot, ddCookie,
    'Cookies Settings', 'Accept All Cookies',
    ]),
  ],
};
