import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout264-kit.js';

/**
 * Held-out batch 264, file e2: a Kubernetes docs-style concept page of an invented orchestrator, on Hugo Docsy (the
 * td-navbar with the version and language pickers, the announcement banner, the td-sidebar tree with its search, the
 * td-page-meta links and TableOfContents, the breadcrumb, the feature-state notice, a note callout, "What's next",
 * the feedback block, the "Last modified" line with its commit, the cookie banner and the footer).
 */
const kTitle = 'Disruption Windows';
const kLead = 'A disruption window tells Skiff when voluntary disruptions, such as node drains and rolling restarts, may evict the Pods of a workload.';
const kH = ['Motivation', 'How a disruption window works', 'Windows and PodDisruptionBudgets', 'Limitations', "What's next"] as const;
const kState = 'Skiff v1.33 [beta]';
const kMot = [
  j(
    'Many teams run workloads that can tolerate losing a replica at night but not during business hours, for example a checkout',
    'service whose traffic peaks in the afternoon. Until now, a cluster operator who wanted to upgrade nodes had to coordinate by hand',
    'with every team that owned such a workload.',
  ),
  j(
    'A disruption window moves that agreement into the cluster. The owner of the workload declares when evictions are',
    'acceptable, and every tool that drains nodes respects it.',
  ),
];
const kHow = [
  j(
    'A DisruptionWindow object selects Pods with a label selector, just like a Service does, and lists one or more recurring time',
    'ranges in a cron-like format with a duration. Outside those ranges, the eviction API refuses voluntary evictions of selected',
    'Pods with the status <code>429 Too Many Requests</code> and a message naming the window.',
  ),
  'When several windows select the same Pod, an eviction is allowed only if every one of them is open. An example:',
];
const kHowList = [
  'The window <code>weeknights</code> is open from 22:00 to 05:00 on Monday to Friday.',
  'The window <code>freeze-march</code> is never open during March 2026.',
  'A Pod selected by both can be evicted on weeknights, except in March.',
];
const kNote = j(
  'Disruption windows only affect voluntary disruptions that go through the eviction API. They do not protect Pods against node',
  'failures, out-of-memory kills or a direct deletion of the Pod.',
);
const kPdb = [
  j(
    'Windows and PodDisruptionBudgets answer different questions. A window says <em>when</em> an eviction may happen; a budget',
    'says <em>how many</em> Pods may be unavailable at the same time. The eviction API checks the window first and then the budget,',
    'and an eviction must pass both checks.',
  ),
];
const kLim = [
  'Time ranges are evaluated in the time zone set in the window\u2019s <code>timeZone</code> field, which defaults to UTC.',
  j(
    'A window that is never open can block node upgrades indefinitely. Cluster operators can override a window with the',
    '<code>skiffctl drain --ignore-windows</code> flag.',
  ),
  'The cluster autoscaler respects windows only from version 1.33 onwards.',
];
const kNext = ['Read about PodDisruptionBudgets.', 'Follow the task Safely Drain a Node.', 'See the DisruptionWindow API reference.'];
const kNav = ['Documentation', 'Skiff Blog', 'Training', 'Partners', 'Community', 'Case Studies', 'Versions', 'English'];
const kSide = [
  'Getting started',
  'Concepts',
  'Overview',
  'Cluster Architecture',
  'Workloads',
  'Pods',
  'Pod Lifecycle',
  'Disruptions',
  'Tasks',
  'Reference docs',
];
const kMeta = ['Edit this page', 'Create child page', 'Create an issue', 'Print entire section'];
const kCrumbs = ['Skiff Documentation', 'Concepts', 'Workloads', 'Pods'];
const kFoot = ['Home', 'Blog', 'Training', 'Partners', 'Community', 'Case Studies'];
const kLast = 'Last modified February 12, 2026 at 3:05 PM PST: Clarify overlap of disruption windows (a1b2c3d4e5)';
const kFootHtml = kFoot.map((f) => `<a class="text-white" href="/${f.toLowerCase()}/">${f}</a>`).join('');
const kHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no"><meta name="generator" content="Hugo 0.133.0">
<link rel="canonical" type="text/html" href="https://skiff.example/docs/concepts/workloads/pods/disruption-windows/">
<title>Disruption Windows | Skiff</title><meta name="description" content="${kLead}">
<meta property="og:title" content="Disruption Windows"><meta property="og:type" content="article"><meta itemprop="name" content="Disruption Windows">
<meta itemprop="dateModified" content="2026-02-12T15:05:00-08:00"><link rel="preload" href="/scss/main.min.css" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","url":"https://skiff.example/",
"logo":"https://skiff.example/images/logo.png"}</script>
<script src="/js/jquery-3.7.1.min.js"></script></head>
<body class="td-page td-documentation"><header><nav class="js-navbar-scroll navbar navbar-expand navbar-dark flex-column flex-md-row td-navbar"
data-auto-burger="primary"><a class="navbar-brand" href="/"><span class="navbar-logo">Skiff</span></a><div class="td-navbar-nav-scroll ml-md-auto"
id="main_navbar"><ul class="navbar-nav mt-2 mt-lg-0">${links(kNav.slice(0, 6), 'nav-item mr-2 mb-lg-0')}<li class="nav-item mr-n3 mr-lg-0 dropdown"><a
class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button" data-toggle="dropdown">Versions</a><div class="dropdown-menu"><a
class="dropdown-item" href="/releases">Release Information</a><a class="dropdown-item" href="https://v1-32.docs.skiff.example/">v1.32</a></div></li>
<li class="nav-item mr-n4 mr-lg-0 dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdownMenuLink" role="button">English</a></li></ul></div>
</nav><section class="announcement-banner" id="announcement"><div class="announcement-text"><p>SkiffCon Europe 2026 takes place in Lisbon on 14–16 April.
Register before 1 March for the early rate.</p></div></section></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><form class="td-sidebar__search d-flex align-items-center"><input type="search" class="form-control
td-search-input" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></form><nav class="collapse td-sidebar-nav"
id="td-section-nav"><ul class="td-sidebar-nav__section pr-md-3 ul-0">${links(kSide, 'td-sidebar-nav__section-title td-sidebar-nav__section')}</ul></nav></div>
</aside><aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ml-2 pb-1 pt-2 mb-0">${kMeta
  .map(
    (m) => `<a
href="https://github.example/skiff/website/${m.length}" target="_blank"><i class="fa fa-edit fa-fw"></i> ${m}</a>`,
  )
  .join('')}</div>
<div class="td-toc"><nav id="TableOfContents"><ul>${links([...kH])}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 pl-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
${links(kCrumbs, 'breadcrumb-item')}<li class="breadcrumb-item active" aria-current="page"><a
href="/docs/concepts/workloads/pods/disruption-windows/">${kTitle}</a>
</li></ol></nav><div class="td-content"><h1 data-pagefind-weight="10">${kTitle}</h1><div class="lead">${kLead}</div>
<div class="feature-state-notice feature-beta" title="Feature Gate: DisruptionWindows"><span class="feature-state-name">FEATURE STATE:</span>
<code>${kState}</code> (enabled by default: true)</div>
<h2 id="motivation">${kH[0]}</h2>
${ps(kMot)}
<h2 id="how-a-disruption-window-works">${kH[1]}</h2>
${ps(kHow)}
<ul>${lis(kHowList)}</ul>
<div class="alert alert-info note callout" role="alert"><strong>Note:</strong> ${kNote}</div>
<h2 id="windows-and-poddisruptionbudgets">${kH[2]}</h2>
${ps(kPdb)}
<h2 id="limitations">${kH[3]}</h2>
<ul>${lis(kLim)}</ul>
<h2 id="whats-next">${kH[4]}</h2>
<ul>${lis(kNext)}</ul>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--prompt">Was this page helpful?</p><button class="btn btn-primary mb-4
feedback--answer feedback--answer-yes">Yes</button> <button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response__hidden">Thanks for the feedback. If you have a specific, answerable question about how to use Skiff, ask it
on the Skiff Forum. Open an issue in the GitHub Repository if you want to report a problem or suggest an improvement.</p></div>
<div class="text-muted mt-5 pt-3 border-top">Last modified February 12, 2026 at 3:05 PM PST: <a
href="https://github.example/skiff/website/commit/a1b2c3d4e5">Clarify overlap of disruption windows (a1b2c3d4e5)</a></div></div></main></div></div></div>
<footer class="d-print-none"><div class="footer__links"><nav>${kFootHtml}</nav></div>
<div class="container-fluid"><div class="row"><div class="col-12 col-sm-8 text-center order-sm-2"><small class="text-white">© 2026 The Skiff Authors |
Documentation Distributed under <a href="https://git.skiff.example/website/LICENSE" class="light-text">CC BY 4.0</a></small><br><small
class="text-white">Copyright
© 2026 The Open Harbor Foundation. All rights reserved.</small></div></div></div></footer>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>This site uses cookies to analyse traffic. By continuing to browse, you agree to our use of
cookies.</p><button class="btn btn-sm">Got it</button></div>
<script src="/js/main.min.js" integrity="sha256-x1y2z3" crossorigin="anonymous"></script></body></html>`;
export const skiff: TestPage = {
  name: 'heldout264-kubernetes-docsy-concept',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [...kH],
  body: texts([kLead, ...kMot, ...kHow, ...kHowList, kNote, ...kPdb, ...kLim, ...kNext]),
  bylines: [kLast],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...kNav, 'Release Information', 'SkiffCon Europe 2026 takes place in Lisbon on 14–16 April. Register before 1 March for the early rate.',
    ...kSide.filter((t) => t !== 'Pods'), ...kMeta, ...kCrumbs.slice(0, 3), 'FEATURE STATE:', kState, '(enabled by default: true)',
    'Feedback', 'Was this page helpful?',
    'Thanks for the feedback.', ...kFoot, '© 2026 The Skiff Authors | Documentation Distributed under CC BY 4.0',
    'Copyright © 2026 The Open Harbor Foundation. All rights reserved.', 'This site uses cookies to analyse traffic.', 'Got it',
  ]),
};
