import { links, type TestPage, texts } from './page-kit.js';
import { kafkaPage } from './pages-heldout168-d2.js';

/**
 * Held-out batch 168, file d: an OpenTelemetry documentation page on opentelemetry.io (Hugo with Docsy: the navbar with
 * language menu and search, the section sidebar, breadcrumbs, the lead paragraph, a Docsy alert, the page-meta rail with
 * "Edit this page" and issue links, the "Feedback" box with its hidden replies, the "Last modified" line and the footer) and,
 * from file d2, an Apache Kafka documentation page.
 */
const otTitle = 'Tail-based sampling in the Collector';
const otLead = 'Make sampling decisions after a whole trace has been seen, so you keep the slow and failing traces and drop most of the rest.';
const otP0 = [
  'Head sampling decides whether to keep a trace when its first span is created, before anything is known about how the request ' +
    'will turn out. It is cheap, but it drops interesting traces as readily as boring ones. Tail sampling waits until the spans of ' +
    'a trace have arrived and then decides, using rules about latency, status or attributes.',
];
const otH1 = 'How the processor works';
const otP1 = [
  'The <code>tail_sampling</code> processor holds spans in memory, grouped by trace ID, for a fixed <code>decision_wait</code> ' +
    'period. When the period ends it evaluates each policy against the trace. If any policy says to keep it, the whole trace is ' +
    'passed on to the exporters; otherwise it is dropped.',
];
const otAlert =
  'All spans of a trace must reach the same Collector instance. If you run several Collectors, put a load-balancing exporter in ' +
  'front of them that routes by trace ID.';
const otH2 = 'Example configuration';
const otP2 = ['The following configuration keeps every trace with an error, every trace slower than 800 ms, and one in ten of the rest:'];
const otCode = `processors:
  tail_sampling:
    decision_wait: 10s
    num_traces: 50000
    policies:
      - name: errors
        type: status_code
        status_code: { status_codes: [ERROR] }
      - name: slow
        type: latency
        latency: { threshold_ms: 800 }
      - name: baseline
        type: probabilistic
        probabilistic: { sampling_percentage: 10 }`;
const otH3 = 'Sizing and trade-offs';
const otP3 = [
  'Memory use grows with the number of traces held at once, which is roughly your trace rate multiplied by the decision wait. ' +
    'A Collector receiving two thousand traces a second with a ten-second wait holds about twenty thousand traces, so set ' +
    '<code>num_traces</code> comfortably above that.',
  'Spans that arrive after a decision has been made are handled according to the cached decision if the trace is still in the ' +
    'decision cache, and are otherwise treated as a new trace. Long-running traces, such as those for batch jobs, may therefore be ' +
    'sampled in pieces.',
];
const otL3 = [
  'Keep <code>decision_wait</code> just above the duration of your slowest normal requests.',
  'Watch the <code>otelcol_processor_tail_sampling_sampling_trace_dropped_too_early</code> metric; if it rises, increase <code>num_traces</code>.',
  'Put the probabilistic policy last so that it is easy to see which traces were kept for a reason.',
];
const otNav = ['Docs', 'Ecosystem', 'Status', 'Community', 'Training', 'Blog', 'English'];
const otSide = [
  'Concepts',
  'Demo',
  'Language APIs & SDKs',
  'Zero-code Instrumentation',
  'Collector',
  'Quick start',
  'Install',
  'Deployment',
  'Configuration',
  'Management',
  'Scaling',
  'Transforming telemetry',
  'Building',
  'Kubernetes',
  'Specification',
  'Security',
  'Contributing',
];
const otCrumbs = ['Docs', 'Collector', 'Transforming telemetry'];
const otMeta = ['View page source', 'Edit this page', 'Create child page', 'Create documentation issue', 'Create project issue'];
const otFeedback = [
  'Feedback',
  'Was this page helpful?',
  'Yes',
  'No',
  'Glad to hear it! Please tell us how we can improve.',
  'Sorry to hear that. Please tell us how we can improve.',
];
/** Sidebar and breadcrumb words that are also words of the title or a heading (left out). */
const otShort = ['Collector', 'Configuration'];
const otFoot = ['Privacy Policy', 'Trademarks', 'Marketing Guidelines', 'Site build status', 'All Rights Reserved'];
const otCopy = '© 2019–present OpenTelemetry Authors | Docs CC BY 4.0';
const otHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.148.2">
<link rel="canonical" type="text/html" href="https://opentelemetry.io/docs/collector/transforming-telemetry/tail-sampling/">
<title>Tail-based sampling in the Collector | OpenTelemetry</title><meta name="description" content="${otLead}">
<meta property="og:title" content="Tail-based sampling in the Collector"><meta property="og:type" content="article"><meta property="article:section"
content="docs">
<meta property="article:modified_time" content="2025-09-12T08:14:51+00:00"><link rel="stylesheet" href="/scss/main.min.5f1d9a.css">
<script src="/js/jquery-3.7.1.min.js" defer></script><script async src="https://www.googletagmanager.example/gtag/js?id=G-OTEL"></script></head>
<body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div
class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">OpenTelemetry</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
${otNav
  .slice(0, 6)
  .map((t) => `<li class="nav-item"><a class="nav-link" href="/${t.toLowerCase()}/"><span>${t}</span></a></li>`)
  .join('\n')}
<li class="nav-item dropdown d-none d-lg-block td-navbar__lang-menu"><a class="nav-link dropdown-toggle" href="#" role="button"
data-bs-toggle="dropdown">${otNav[6]}</a></li>
</ul></div><div class="d-none d-lg-block"><div class="td-search"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control td-search-input" placeholder="Search" aria-label="Search" autocomplete="off"></div></div></div>
</nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav foldable-nav"
id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">${links(otSide, 'td-sidebar-nav__section-title td-sidebar-nav__section')}</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
${otMeta
  .map(
    (t) => `<a href="https://github.com/open-telemetry/opentelemetry.io/${t.length}" target="_blank"><i class="fa-solid fa-pen-to-square fa-fw">
</i> ${t}</a>`,
  )
  .join('\n')}
</div><div class="td-toc"><nav id="TableOfContents"><ul>
${[otH1, otH2, otH3].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
${otCrumbs.map((t) => `<li class="breadcrumb-item"><a href="/docs/${t.length}/">${t}</a></li>`).join('\n')}
<li class="breadcrumb-item active" aria-current="page">Tail sampling</li></ol></nav>
<div class="td-content"><h1>${otTitle}</h1><div class="lead">${otLead}</div>
<p>${otP0[0]}</p>
<h2 id="how-the-processor-works">${otH1}</h2>
<p>${otP1[0]}</p>
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Warning</h4><p>${otAlert}</p></div>
<h2 id="example-configuration">${otH2}</h2>
<p>${otP2[0]}</p>
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-yaml" data-lang="yaml">${otCode}</code></pre></div>
<h2 id="sizing-and-trade-offs">${otH3}</h2>
${otP3.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${otL3.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="d-print-none"><h2 class="feedback--title">${otFeedback[0]}</h2><p class="feedback--question">${otFeedback[1]}</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">${otFeedback[2]}</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">${otFeedback[3]}</button>
<p class="feedback--response feedback--response-yes" hidden>${otFeedback[4]}</p><p
class="feedback--response feedback--response-no" hidden>${otFeedback[5]}</p></div>
<div class="td-page-meta__lastmod">Last modified September 12, 2025: <a href="https://github.com/open-telemetry/opentelemetry.io/commit/4be0c1d">
Clarify decision cache behaviour (#7731) (4be0c1d)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list">${links(otFoot.slice(0, 4), 'td-footer__links-item')}</ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">${otCopy}</span>
<span class="td-footer__all_rights_reserved">${otFoot[4]}</span></div></div></div></footer></div>
<script src="/js/main.min.8c2f1e.js" integrity="sha256-0000" crossorigin="anonymous"></script></body></html>`;
const otel: TestPage = {
  name: 'heldout168-opentelemetry-docs',
  kind: 'docs',
  html: otHtml,
  // the lead paragraph and the warning alert are body, the alert's "Warning" label furniture; the last breadcrumb is in
  // neither list; "Last modified" and its commit link are bylines; the table of contents repeats the headings and is left out
  title: otTitle,
  headings: [otH1, otH2, otH3],
  body: texts([otLead, ...otP0, ...otP1, otAlert, ...otP2, ...otP3, ...otL3]),
  bylines: ['Last modified September 12, 2025:', 'Clarify decision cache behaviour (#7731) (4be0c1d)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'OpenTelemetry', ...otNav, ...otSide.filter((t) => !otShort.includes(t)),
    ...otMeta, ...otCrumbs.filter((t) => !otShort.includes(t)), 'Warning', ...otFeedback, ...otFoot, otCopy,
  ],
};

export const HELDOUT168_D: readonly TestPage[] = [otel, kafkaPage];
