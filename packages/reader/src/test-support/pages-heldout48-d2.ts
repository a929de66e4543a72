import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 48, file d2: a documentation page of a Hugo site on the Docsy theme (td-navbar with brand, "Documentation",
 * "Blog", "Community", GitHub link, version dropdown and offline search box, the left td-sidebar with its search form and
 * foldable section tree, the right td-sidebar-toc with the page-meta links and the TableOfContents, breadcrumbs, the h1 and
 * "lead", h2s with self-link anchors, chroma code blocks, Bootstrap alerts with alert-heading labels, a list, the lastmod line,
 * the feedback widget and the td-footer with icon links, copyright and "All Rights Reserved").
 */
const dyTitle = 'Configure data retention';
const dyLead = 'Decide how long Kestrel keeps raw samples, downsampled series and traces, and change it safely on a running cluster.';
const dyIntro =
  'Kestrel stores every series at full resolution first and then downsamples it in the background. Retention settings control how long each ' +
  'of these copies is kept before the compactor deletes it. By default, raw samples are kept for 15 days, five-minute rollups for 90 days ' +
  'and one-hour rollups for 13 months.';
const dyH = ['How retention works', 'Set the retention periods', 'Override retention for a tenant', 'Check what is being deleted'] as const;
const dyWorks = [
  'Retention is enforced per block, not per sample. The compactor deletes a block only when the newest sample in it is older than the ' +
    'retention period, so data can live up to one block length (two hours by default) longer than the setting suggests.',
  'Traces follow the same rule, but their blocks are cut by size rather than by time. Expect trace retention to overshoot by a few hours on ' +
    'busy clusters.',
];
const dySet = 'Set the periods in the <code>storage.retention</code> section of <code>kestrel.yaml</code>. Each tier takes a duration:';
const dyApply = 'Apply the change with a rolling restart of the compactor pods. Ingesters and queriers do not need to restart.';
const dyWarn =
  'Shortening a retention period takes effect on the next compaction cycle. Blocks older than the new period are deleted and cannot be ' +
  'recovered from the cluster. Take a snapshot first if you may need the data.';
const dyTenant =
  'In multi-tenant clusters you can give individual tenants a longer or shorter retention than the default. Overrides live in the runtime ' +
  'configuration file and are reloaded every ten seconds, so they need no restart.';
const dyListIntro = 'A few things to keep in mind when you use overrides:';
const dyList = [
  'An override replaces the tier it names; tiers it does not name keep the cluster default.',
  'Setting a tier to <code>0s</code> keeps its data forever. Use this with care on shared object storage.',
  'Overrides apply to new compactions only. Existing blocks are re-evaluated on the next cycle.',
];
const dyCheck =
  'The compactor logs every block it removes at <code>info</code> level and exports the <code>kestrel_compactor_blocks_deleted_total</code> ' +
  'metric per tenant. To preview deletions before they happen, run the compactor with <code>--retention.dry-run</code>: it logs the blocks ' +
  'it would delete and deletes nothing.';
const dyNote =
  'Dry-run mode is available from v1.8. On older versions, compare the output of <code>kestrelctl blocks list</code> with your retention ' +
  'settings by hand.';
const dyCode1: [string, string, string?][] = [
  ['nt', 'storage'],
  ['nt', '  retention'],
  ['nt', '    raw', '15d'],
  ['nt', '    rollup_5m', '90d'],
  ['nt', '    rollup_1h', '395d'],
  ['nt', '    traces', '7d'],
];
const dyCode2: [string, string, string?][] = [
  ['nt', 'overrides'],
  ['nt', '  team-payments'],
  ['nt', '    retention'],
  ['nt', '      raw', '30d'],
  ['nt', '      rollup_1h', '0s'],
];
const dyChroma = (rows: [string, string, string?][]): string =>
  `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-yaml" data-lang="yaml">${rows
    .map(
      ([c, k, v]) =>
        `<span class="line"><span class="cl"><span class="${c}">${k}</span><span class="p">:</span>${
          v === undefined
            ? ''
            : `<span class="w"> </span><span
class="l">${v}</span>`
        }</span></span>`,
    )
    .join('\n')}</code></pre></div>`;
const dyAlert = (kind: string, label: string, text: string): string =>
  `<div class="alert alert-${kind}" role="alert"><h4 class="alert-heading">${label}</h4>\n<p>${text}</p>\n</div>`;
const dySide = [
  'Overview',
  'Getting Started',
  'Concepts',
  'Operations',
  'Deployment',
  'Retention policies',
  'Scaling',
  'Backups and restore',
  'Upgrading',
  'Reference',
  'Contribution guidelines',
];
const dyMeta = ['View page source', 'Edit this page', 'Create child page', 'Create documentation issue', 'Create project issue', 'Print entire section'];
const dyHead = (h: string): string => {
  const id = h.toLowerCase().replace(/ /g, '-');
  return `<h2 id="${id}">${h}<a class="td-heading-self-link" href="#${id}" aria-label="Heading self-link"></a></h2>`;
};
const dyHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="generator" content="Hugo 0.139.4"><title>${dyTitle} | Kestrel</title>
<meta property="og:title" content="${dyTitle}"><link rel="stylesheet" href="/scss/main.min.6f1e0b3a.css">
<script src="https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js" integrity="sha384-1H217gwSVyLSIfaLxHbE7dRb3v4mYCKbpQvzx0cegeju1MVsGrX5xXxAvs/HgeFs"
crossorigin="anonymous"></script></head>
<body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll"
data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"><svg viewBox="0 0 32 32"><path d="M0 0h1"></path></svg></span><span
class="navbar-brand__name">Kestrel</span></a><div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link active" href="/docs/"><span>Documentation</span></a></li><li class="nav-item"><a class="nav-link"
href="/blog/"><span>Blog</span></a></li>
<li class="nav-item"><a class="nav-link" href="/community/"><span>Community</span></a></li><li class="nav-item"><a class="nav-link"
href="https://github.com/kestrel-io/kestrel" target="_blank" rel="noopener"><i class="fa-brands fa-github"></i><span>GitHub</span></a></li>
<li class="nav-item dropdown d-none d-lg-block"><div class="dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown"
aria-haspopup="true" aria-expanded="false">v1.9</a><ul class="dropdown-menu"><li><a class="dropdown-item"
href="https://v1-8.kestrel.example/docs/">v1.8</a></li>
<li><a class="dropdown-item" href="https://v1-7.kestrel.example/docs/">v1.7</a></li></ul></div></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.5a2c.json"></div></div>
</div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu"
class="td-sidebar__inner"><form class="td-sidebar__search d-flex align-items-center">
<div class="td-search td-search--offline"><input type="search" class="td-search__input form-control" placeholder="Search this site…"
aria-label="Search this site…"></div>
<button class="btn btn-link td-sidebar__toggle d-md-none p-0 ms-3 fas fa-bars" type="button" data-bs-toggle="collapse" data-bs-target="#td-section-nav"
aria-controls="td-section-nav" aria-expanded="false" aria-label="Toggle section navigation"></button></form>
<nav class="td-sidebar-nav collapse foldable-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title
td-sidebar-nav__section with-child active-path" id="m-docs-li"><a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root"
id="m-docs"><span>Documentation</span></a><ul class="ul-1">${dySide
  .map(
    (t) =>
      `<li class="td-sidebar-nav__section-title td-sidebar-nav__section${t === 'Retention policies' ? ' active-path' : ''}"><input type="checkbox" ` +
      `class="td-sidebar-nav__toggle"><label></label><a href="/docs/${t.toLowerCase().replace(/ /g, '-')}/" class="align-left ps-0 td-sidebar-link` +
      `${t === 'Retention policies' ? ' active' : ''}"><span${t === 'Retention policies' ? ' class="td-sidebar-nav-active-item"' : ''}>${t}</span></a></li>`,
  )
  .join('\n')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">${dyMeta
  .map(
    (t) =>
      `<a href="https://github.com/kestrel-io/website/${t.slice(0, t.indexOf(' ')).toLowerCase()}" target="_blank"
rel="noopener"><i class="fa-solid fa-fw"></i> ${t}</a>`,
  )
  .join('\n')}</div><div class="td-toc"><nav id="TableOfContents"><ul>${dyH
  .map(
    (h) => `<li><a
href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`,
  )
  .join('')}</ul>
</nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item"><a href="/docs/operations/">Operations</a></li>
<li class="breadcrumb-item active" aria-current="page">Retention policies</li></ol></nav>
<div class="td-content"><h1>${dyTitle}</h1><div class="lead">${dyLead}</div><header class="article-meta"></header>
<p>${dyIntro}</p>
${dyHead(dyH[0])}
${dyWorks.map((p) => `<p>${p}</p>`).join('\n')}
${dyHead(dyH[1])}
<p>${dySet}</p>
${dyChroma(dyCode1)}
<p>${dyApply}</p>
${dyAlert('warning', 'Warning', dyWarn)}
${dyHead(dyH[2])}
<p>${dyTenant}</p>
${dyChroma(dyCode2)}
<p>${dyListIntro}</p>
<ul>
${dyList.map((l) => `<li>${l}</li>`).join('\n')}
</ul>
${dyHead(dyH[3])}
<p>${dyCheck}</p>
${dyAlert('primary', 'Note', dyNote)}
<div class="td-page-meta__lastmod">Last modified October 28, 2025: <a data-proofer-ignore href="https://github.com/kestrel-io/website/commit/4e1b2c9f">Clarify
compaction window (4e1b2c9)</a></div>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button> <button
class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes">Glad to hear it! Please <a
href="https://github.com/kestrel-io/website/issues/new">tell us how we can improve</a>.</p>
<p class="feedback--response feedback--response-no">Sorry to hear that. Please <a
href="https://github.com/kestrel-io/website/issues/new">tell us how we can improve</a>.</p>
</div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip" title="User mailing list"
aria-label="User mailing list"><a target="_blank"
rel="noopener" href="https://lists.kestrel.example/users"
aria-label="User mailing list"><i class="fa fa-envelope"></i></a></li><li class="td-footer__links-item"
title="Slack" aria-label="Slack"><a href="https://slack.kestrel.example" aria-label="Slack"><i class="fab fa-slack"></i></a></li></ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">© 2025 <span
class="td-footer__authors">The Kestrel Authors</span></span>
<span class="td-footer__all_rights_reserved">All Rights Reserved</span><span class="ms-2"><a href="https://kestrel.example/privacy/" target="_blank"
rel="noopener">Privacy Policy</a></span></div></div></div></footer></div>
<script src="/js/main.min.8d3f1c0b.js" integrity="sha512-u7rVfX3mJ2a0"
crossorigin="anonymous"></script><script src="/js/tabpane-persist.js"></script></body></html>`;
export const docsyPage: TestPage = {
  html: dyHtml,
  name: 'heldout48-hugo-docsy-docs',
  kind: 'docs',
  // the lead, the paragraphs, the list items and the two alerts' texts are body, their "Warning" and "Note" labels in neither;
  // the four h2s are the headings; the YAML blocks are code (in neither); the table of contents repeats the headings: in
  // neither; the lastmod line (wrapped over a line) is the byline; navbar, version menu, sidebar tree, page-meta links,
  // breadcrumbs (whose texts are in the nav and sidebar: listed once), the feedback widget and the footer are furniture;
  // the brand "Kestrel", the version "v1.8" and the feedback's "No" are words of the body ("no restart"): left out
  title: dyTitle,
  headings: [...dyH],
  body: [dyLead, dyIntro, ...texts(dyWorks), ...texts([dySet, dyApply, dyWarn, dyTenant, dyListIntro, ...dyList, dyCheck, dyNote])],
  bylines: ['Last modified October 28, 2025: Clarify compaction window (4e1b2c9)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Documentation', 'Blog', 'Community', 'GitHub', 'v1.9', 'v1.7', ...dySide, ...dyMeta, 'Feedback', 'Was this page helpful?', 'Yes',
    'Glad to hear it! Please tell us how we can improve.', 'Sorry to hear that. Please tell us how we can improve.', '© 2025 The Kestrel Authors',
    'All Rights Reserved', 'Privacy Policy',
  ],
};
