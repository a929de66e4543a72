import { type TestPage, texts } from './page-kit.js';
import { mongodbManual } from './pages-heldout53-d2.js';

/**
 * Held-out batch 53, file d: a Grafana docs page on grafana.com (the mega-menu header with sign-in and sign-up buttons, the
 * docs sidebar with version picker and tree, breadcrumbs, the Enterprise / Open source / Grafana Cloud labels, the page with a
 * prerequisites list, a numbered procedure, a note admonition and a code line, the Grafana Cloud promo box, "Related resources
 * from Grafana Labs" cards, the right rail with "On this page", "Was this page helpful?" and GitHub links, the footer and the
 * cookie notice).
 */
const grTitle = 'Configure Grafana-managed recording rules';
const grIntro = [
  'Recording rules evaluate a query at a regular interval and write the result back as a new metric. Dashboards and alert rules ' +
    'can then read that precomputed series instead of running an expensive query every time a panel refreshes.',
  'Grafana-managed recording rules run inside Grafana and can query any data source that supports alerting. Their results are ' +
    'written to a Prometheus-compatible data source that you choose as the target.',
];
const grH1 = 'Before you begin';
const grPre = [
  'Set up a Prometheus-compatible data source with remote write enabled to receive the recorded metrics.',
  'Make sure your user has the Editor role, or a custom role that may create rules in the folder you plan to use.',
  'On Grafana 11, turn on the <code>grafanaManagedRecordingRules</code> feature toggle. Later versions have it on by default.',
];
const grH2 = 'Create a recording rule';
const grSteps = [
  'Navigate to <strong>Alerts &amp; IRM</strong> &gt; <strong>Alerting</strong> &gt; <strong>Alert rules</strong>.',
  'Click <strong>+ New recording rule</strong>.',
  'Enter a metric name. It must be a valid Prometheus metric name, such as <code>job:http_requests:rate5m</code>.',
  'Select the data source to query and write the query. Use <strong>Preview</strong> to check that it returns the series you expect.',
  'Under <strong>Target data source</strong>, select where the results are written.',
  'Choose a folder and an evaluation group. The group’s interval decides how often the rule runs.',
  'Click <strong>Save rule and exit</strong>.',
];
const grH3 = 'Name recorded metrics';
const grNaming = [
  'Recorded metrics share a namespace with everything else in the target data source, so a consistent naming scheme saves ' +
    'confusion later. A common convention is <code>level:metric:operations</code>, where <em>level</em> lists the labels kept ' +
    'after aggregation and <em>operations</em> lists the functions applied, newest first.',
  'For example, a rule that sums the five-minute request rate per job could be written as:',
];
const grNote =
  'If a recorded metric has the same name and labels as an existing series, the two are merged and the graph stops making sense. ' +
  'Search for the name in <strong>Explore</strong> before you save the rule.';
const grH4 = 'Pause or delete a recording rule';
const grPause = [
  'Pausing a rule stops new samples from being written but keeps the series already stored. Deleting a rule also removes its ' +
    'definition; the samples it wrote age out under the retention settings of the target data source.',
  'To pause a rule, open it from the <strong>Alert rules</strong> list, click <strong>More</strong> and select ' +
    '<strong>Pause evaluation</strong>. Paused rules show a pause icon in the list until you resume them.',
];
const grTop = ['Products', 'Open source', 'Solutions', 'Learn', 'Docs', 'Pricing'];
const grTree = [
  'Introduction',
  'Set up',
  'Get started',
  'Dashboards',
  'Panels and visualizations',
  'Explore',
  'Alerting',
  'Alerting fundamentals',
  'Configure alert rules',
  'Create recording rules',
  'Configure data source-managed recording rules',
  'Manage contact points',
  'Configure notification policies',
  'Administration',
];
const grCards: [string, string, string][] = [
  ['Video', 'Getting started with Grafana Alerting', 'A half-hour walk through alert rules, contact points and notification policies.'],
  ['Webinar', 'Faster dashboards with recording rules', 'How teams cut query load by precomputing their busiest panels.'],
  ['Docs', 'Best practices for alert rules', 'Guidance on naming, labels and evaluation intervals for large rule sets.'],
];
const grPromo =
  'Grafana Cloud is the easiest way to get started with metrics, logs, traces and dashboards. It has a generous free tier and ' + 'plans for every use case.';
const grFootCols: [string, string[]][] = [
  ['Products', ['Grafana Cloud', 'Grafana Enterprise', 'Grafana Loki', 'Grafana Mimir']],
  ['Learn', ['Documentation', 'Tutorials', 'Webinars and videos', 'Blog']],
  ['Company', ['About us', 'Careers', 'Press', 'Contact us']],
];
const grLegal = ['Legal and Security', 'Terms of Service', 'Privacy Policy', 'Trademark Policy'];
const grLi = (items: readonly string[], cls: string): string =>
  items.map((t) => `<li class="${cls}"><a href="/docs/grafana/latest/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">${t}</a></li>`).join('\n');
const grHtml = `<!doctype html>
<html lang="en" class="no-js">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${grTitle} | Grafana documentation</title>
<meta name="description" content="Create recording rules that run inside Grafana and write their results to a Prometheus-compatible data source.">
<meta name="keywords" content="grafana, alerting, recording rules, prometheus">
<link rel="canonical" href="https://grafana.com/docs/grafana/latest/alerting/alerting-rules/create-recording-rules/create-grafana-managed-recording-rules/">
<link rel="stylesheet" href="/static/assets/css/docs.min.4a7d0e.css">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"docs_product":"grafana","docs_version":"v12.2"});</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-M9XRZJ"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${grTitle}",
"publisher":{"@type":"Organization","name":"Grafana Labs"}}</script>
</head>
<body class="docs-page" data-theme="light">
<a class="skip-link" href="#docs-content">Skip to main content</a>
<header class="mega-menu" id="mega-menu"><div class="mega-menu__wrapper"><a class="mega-menu__logo" href="/" aria-label="Grafana Labs home"><svg></svg></a>
<nav class="mega-menu__nav" aria-label="Main"><ul>${grTop
  .map(
    (t) => `<li class="mega-menu__item">
<button class="mega-menu__trigger" aria-expanded="false">${t}</button></li>`,
  )
  .join('')}</ul></nav>
<div class="mega-menu__actions"><a href="/contact/" class="btn btn--outline">Contact us</a><a href="/auth/sign-in/" class="btn btn--link">Sign in</a>
<a href="/auth/sign-up/create-user/" class="btn btn--primary">Create free account</a></div></div></header>
<div class="docs-layout">
<aside class="docs-sidebar" aria-label="Documentation"><div class="docs-sidebar__header">
<a href="/docs/grafana/latest/" class="docs-sidebar__title">Grafana documentation</a>
<div class="version-select"><label for="version-select">Version:</label><select id="version-select"><option selected>v12.2 (latest)</option>
<option>v12.1</option>
<option>v12.0</option><option>v11.6</option></select></div><div class="docs-search">
<input type="search" placeholder="Search docs" aria-label="Search docs"></div></div>
<nav class="docs-sidebar__nav"><ul class="sidenav">${grLi(grTree, 'sidenav__item')}
<li class="sidenav__item sidenav__item--active"><a href="#" aria-current="page">${grTitle}</a></li></ul></nav></aside>
<main class="docs-main" id="docs-content">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/docs/">Documentation</a></li>
<li class="breadcrumb-item"><a href="/docs/grafana/latest/">Grafana documentation</a></li><li class="breadcrumb-item">
<a href="/docs/grafana/latest/alerting/">Alerting</a></li>
<li class="breadcrumb-item"><a href="/docs/grafana/latest/alerting/alerting-rules/">Configure alert rules</a></li>
<li class="breadcrumb-item"><a href="/docs/grafana/latest/alerting/alerting-rules/create-recording-rules/">Create recording rules</a></li>
<li class="breadcrumb-item active" aria-current="page">${grTitle}</li></ol></nav>
<div class="docs-labels"><span class="docs-label docs-label--enterprise">Enterprise</span><span class="docs-label docs-label--oss">Open source</span>
<span class="docs-label docs-label--cloud">Grafana Cloud</span></div>
<div class="docs-content">
<h1 id="configure-grafana-managed-recording-rules">${grTitle}</h1>
${grIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="before-you-begin">${grH1}<a class="anchor" href="#before-you-begin" aria-hidden="true">#</a></h2>
<ul>${grPre.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="create-a-recording-rule">${grH2}<a class="anchor" href="#create-a-recording-rule" aria-hidden="true">#</a></h2>
<p>To create a Grafana-managed recording rule, complete the following steps.</p>
<ol>${grSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2 id="name-recorded-metrics">${grH3}<a class="anchor" href="#name-recorded-metrics" aria-hidden="true">#</a></h2>
<p>${grNaming[0]}</p><p>${grNaming[1]}</p>
<div class="code-snippet"><div class="code-snippet__header"><span class="code-snippet__lang">PromQL</span>
<button class="code-clipboard" aria-label="Copy code to clipboard">Copy</button></div>
<pre><code class="language-promql">job:http_requests:rate5m = sum by (job) (rate(http_requests_total[5m]))</code></pre></div>
<div class="admonition admonition-note"><blockquote><p class="title text-uppercase">Note</p><p>${grNote}</p></blockquote></div>
<h2 id="pause-or-delete-a-recording-rule">${grH4}<a class="anchor" href="#pause-or-delete-a-recording-rule" aria-hidden="true">#</a></h2>
${grPause.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="docs-cta docs-cta--cloud"><h3>Grafana Cloud</h3><p>${grPromo}</p>
<a href="/auth/sign-up/create-user/" class="btn btn--primary">Sign up for free</a></div>
<section class="docs-related"><h3>Related resources from Grafana Labs</h3><p>Additional helpful documentation, links, and articles:</p>
<div class="docs-related__cards">${grCards
  .map(
    ([k, t, d]) => `<a class="docs-related__card" href="#"><span class="docs-related__kind">${k}</span>
<h4>${t}</h4><p>${d}</p></a>`,
  )
  .join('\n')}</div></section>
</main>
<aside class="docs-rail"><div class="toc"><h4>On this page</h4><ul><li><a href="#before-you-begin">${grH1}</a></li><li>
<a href="#create-a-recording-rule">${grH2}</a></li>
<li><a href="#name-recorded-metrics">${grH3}</a></li><li><a href="#pause-or-delete-a-recording-rule">${grH4}</a></li></ul></div>
<div class="docs-feedback"><p>Was this page helpful?</p><button class="docs-feedback__yes">Yes</button><button class="docs-feedback__no">No</button></div>
<ul class="docs-rail__links"><li><a
href="https://github.com/grafana/grafana/edit/main/docs/sources/alerting/recording-rules/grafana-managed.md">Suggest an edit in GitHub</a></li>
<li><a href="https://github.com/grafana/grafana/issues/new?title=Docs%20feedback">Create a GitHub issue</a></li><li>
<a href="mailto:docs@grafana.com">Email docs@grafana.com</a></li>
<li><a href="/help/">Help and support</a></li><li><a href="https://community.grafana.com/">Community</a></li></ul></aside></div>
<footer class="site-footer"><div class="site-footer__cols">${grFootCols
  .map(
    ([h, l]) =>
      `<div><h5>${h}</h5><ul>${l
        .map(
          (t) => `<li>
<a href="#">${t}</a></li>`,
        )
        .join('')}</ul></div>`,
  )
  .join('\n')}</div>
<div class="site-footer__legal"><span>© 2025 Grafana Labs</span><ul>${grLegal.map((t) => `<li><a href="/legal/">${t}</a></li>`).join('')}</ul></div></footer>
<div class="cookie-notice" role="dialog" aria-live="polite">
<p>Grafana Labs uses cookies for the normal operation of this website. <a href="/legal/privacy-policy/">Learn more.</a></p>
<button class="cookie-notice__accept">Got it!</button></div>
</body></html>`;
const grafanaDocs: TestPage = {
  html: grHtml,
  name: 'heldout53-grafana-docs',
  kind: 'docs',
  // body: the intro, the prerequisites, the lead-in sentence and the steps of the procedure, the naming paragraphs, the note (its
  // "Note" label in neither) and the pause paragraphs; the PromQL line is code (neither, with its "PromQL" label). Furniture: the
  // header, sidebar (version picker, search, tree), breadcrumbs, the Enterprise/Open source/Grafana Cloud labels, copy button, the
  // Grafana Cloud promo, "Related resources from Grafana Labs" with its cards, the right rail (its "On this page" entries repeat
  // the headings: left out), feedback, GitHub links, footer and cookie notice. No author or date line. Tree and breadcrumb names
  // that are body words ("Set up", "Dashboards", "Explore", "Alerting") are left out
  title: grTitle,
  headings: [grH1, grH2, grH3, grH4],
  body: [
    ...texts(grIntro),
    ...texts(grPre),
    'To create a Grafana-managed recording rule, complete the following steps.',
    ...texts(grSteps),
    ...texts(grNaming),
    ...texts([grNote]),
    ...texts(grPause),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...grTop, 'Contact us', 'Sign in', 'Create free account', 'Grafana documentation', 'Version:', 'v12.2 (latest)', 'v12.1',
    'v12.0', 'v11.6', ...grTree.filter((t) => !['Set up', 'Dashboards', 'Explore', 'Alerting'].includes(t)), 'Documentation', 'Enterprise',
    'Grafana Cloud', 'Copy', grPromo, 'Sign up for free', 'Related resources from Grafana Labs', 'Additional helpful documentation, links, and articles:',
    ...grCards.flatMap((c) => [c[1], c[2]]), 'Video', 'Webinar', 'On this page', 'Was this page helpful?', 'Yes', 'No', 'Suggest an edit in GitHub',
    'Create a GitHub issue', 'Email docs@grafana.com', 'Help and support', 'Community', ...grFootCols.flatMap(([h, l]) => [h, ...l]),
    '© 2025 Grafana Labs', ...grLegal, 'Grafana Labs uses cookies for the normal operation of this website.', 'Learn more.', 'Got it!',
  ],
};

export const HELDOUT53_D: readonly TestPage[] = [grafanaDocs, mongodbManual];
