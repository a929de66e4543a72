import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 168, file c2: a Prometheus documentation page on prometheus.io (the Next.js and Mantine site: the event
 * banner, the header with docs, download, community, support and blog links, search and the theme toggle, the docs navbar
 * with the version selector, the page's "Edit this page" link, the previous/next buttons, the "On this page" rail and the
 * footer with the CNCF and Linux Foundation texts).
 */
const prTitle = 'Recording rules';
const prP0 = [
  'Recording rules let Prometheus precompute expressions that are expensive or frequently needed and save their results as new ' +
    'time series. Dashboards that query the recorded series load much faster than ones that evaluate the original expression over ' +
    'raw data each time the page refreshes.',
];
const prH1 = 'Defining a rule group';
const prP1 = [
  'Rules are declared in YAML files that are listed under <code>rule_files</code> in the Prometheus configuration. Each file holds ' +
    'one or more groups, and the rules within a group are evaluated in order at a regular interval, so a later rule can use a ' +
    'series recorded by an earlier one in the same group.',
];
const prCode = `groups:
  - name: checkout
    interval: 30s
    rules:
      - record: job:http_requests:rate5m
        expr: sum by (job) (rate(http_requests_total[5m]))
      - record: job:http_errors:ratio_rate5m
        expr: sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) / job:http_requests:rate5m`;
const prH2 = 'Naming recorded series';
const prP2 = [
  'Recorded series should follow the <code>level:metric:operations</code> pattern. The level names the labels that remain after ' +
    'aggregation, the metric is the name of the original metric, and the operations list what was applied to it, newest first.',
  'A consistent scheme makes it obvious what a series contains without opening the rule file, and it keeps recorded series apart ' +
    'from the raw metrics that exporters produce.',
];
const prH3 = 'Good practice';
const prList = [
  'Aggregate away labels you do not need on dashboards, such as <code>instance</code> and <code>pod</code>, to keep the number of ' + 'recorded series small.',
  'Always <code>rate()</code> first and <code>sum()</code> second. Summing counters before taking the rate gives wrong results when ' +
    'a single target restarts.',
  'Keep the evaluation interval the same as or longer than the scrape interval of the underlying targets.',
  'Record ratios from recorded numerators and denominators rather than recomputing them from raw data.',
];
const prH4 = 'Checking rules before you load them';
const prP3 = [
  'Run <code>promtool check rules</code> on every rule file in your CI pipeline. It reports syntax errors and invalid metric names ' +
    'and warns about rules that are defined twice. To reload rules without restarting, send <code>SIGHUP</code> to the Prometheus ' +
    'process or call the <code>/-/reload</code> endpoint when the lifecycle API is enabled.',
  'After a reload, the Rules page of the web interface shows each group with the time of its last evaluation and any error it ' +
    'returned, which is the quickest place to look when a recorded series stops updating.',
];
const prBanner = 'PromCon EU 2025 is happening in Munich on October 21 and 22. Get your ticket!';
const prNav = ['Docs', 'Download', 'Community', 'Support & Training', 'Blog'];
const prSide = [
  'Introduction',
  'Concepts',
  'Prometheus Server',
  'Getting started',
  'Installation',
  'Configuration',
  'Alerting rules',
  'Template examples',
  'Unit testing for rules',
  'Querying',
  'Storage',
  'Federation',
  'Visualization',
  'Instrumenting',
  'Operating',
  'Alertmanager',
  'Best practices',
  'Guides',
];
const prPager = ['Previous', 'Configuration', 'Next', 'Alerting rules'];
const prFoot = [
  '© Prometheus Authors 2014-2025 | Documentation Distributed under CC-BY-4.0',
  '© 2025 The Linux Foundation. All rights reserved. The Linux Foundation has registered trademarks and uses trademarks. For a list of ' +
    'trademarks of The Linux Foundation, please see our Trademark Usage page.',
];
const prHtml = `<!DOCTYPE html>
<html lang="en" data-mantine-color-scheme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_next/static/css/8c2d5e1a4f7b3d90.css" data-precedence="next"><link rel="preload" as="script"
href="/_next/static/chunks/webpack-2a1b.js">
<title>Recording rules | Prometheus</title><meta name="description" content="Prometheus project documentation for Recording rules">
<meta property="og:title" content="Recording rules | Prometheus"><meta property="og:site_name" content="Prometheus"><meta name="twitter:card" content="summary">
<script>try{var _colorScheme=window.localStorage.getItem("mantine-color-scheme-value");}catch(e){}</script></head>
<body><div style="--app-shell-header-height:calc(4.375rem * var(--mantine-scale))" class="m_89ab340 mantine-AppShell-root">
<div class="mantine-Alert-root announcement-banner" role="alert"><div class="m_a5d60502 mantine-Alert-message">${prBanner}</div></div>
<header class="m_3b16f56b mantine-AppShell-header"><div class="m_7485cace mantine-Container-root"><div class="m_8bffd616 mantine-Flex-root">
<a href="/"><img alt="Prometheus logo" src="/assets/prometheus-logo.svg" width="35" height="35"><span class="mantine-Text-root">Prometheus</span></a>
<nav class="mantine-Group-root header-links">${prNav
  .map(
    (t) => `<a class="m_849cf0da mantine-Anchor-root"
href="/${t.toLowerCase()}/">${t.replace('&', '&amp;')}</a>`,
  )
  .join('\n')}</nav>
<button class="mantine-Button-root spotlight-trigger" type="button"><span class="mantine-Button-label">Search</span><kbd
class="mantine-Kbd-root">Ctrl + K</kbd></button>
<a href="https://github.com/prometheus" aria-label="GitHub" class="mantine-ActionIcon-root"></a>
<button class="mantine-ActionIcon-root" aria-label="Toggle color scheme" type="button"></button></div></div></header>
<div class="m_8983817 mantine-AppShell-main"><div class="m_7485cace mantine-Container-root"><div class="mantine-Group-root docs-layout">
<nav class="m_45252eee mantine-AppShell-navbar docs-navbar"><div class="mantine-Select-root version-select"><label
class="mantine-InputWrapper-label">Version</label>
<input class="mantine-Select-input" readonly value="3.7"></div><div class="mantine-ScrollArea-root">${prSide
  .map((t) => `<a class="mantine-NavLink-root" href="/docs/${t.length}"><span class="m_1f6ac4c4 mantine-NavLink-label">${t}</span></a>`)
  .join('\n')}</div></nav>
<div class="docs-content"><div class="m_d6493fad mantine-TypographyStylesProvider-root"><h1>${prTitle}</h1>
<p>${prP0[0]}</p>
<h2 id="defining-a-rule-group">${prH1}</h2>
<p>${prP1[0]}</p>
<pre class="shiki github-light"><code>${prCode.replace(/>/g, '&gt;')}</code></pre>
<h2 id="naming-recorded-series">${prH2}</h2>
${prP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="good-practice">${prH3}</h2>
<ul>${prList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="checking-rules-before-you-load-them">${prH4}</h2>
${prP3.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="mantine-Group-root edit-link"><a class="mantine-Anchor-root"
href="https://github.com/prometheus/prometheus/blob/main/docs/configuration/recording_rules.md">
Edit this page</a></div><div class="mantine-Group-root prev-next"><a class="mantine-Button-root" href="/docs/prometheus/latest/configuration/configuration/">
<span class="mantine-Text-root">${prPager[0]}</span><span class="mantine-Text-root">${prPager[1]}</span></a>
<a class="mantine-Button-root" href="/docs/prometheus/latest/configuration/alerting_rules/"><span class="mantine-Text-root">${prPager[2]}</span>
<span class="mantine-Text-root">${prPager[3]}</span></a></div></div>
<aside class="toc-rail"><div class="mantine-Text-root">On this page</div><ul>
${[prH1, prH2, prH3, prH4].map((h) => `<li><a class="mantine-Anchor-root" href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}</ul></aside>
</div></div></div>
<footer class="site-footer"><div class="m_7485cace mantine-Container-root"><p class="mantine-Text-root">${prFoot[0]}</p>
<p class="mantine-Text-root">${prFoot[1]}</p><ul class="footer-links">${links(['Privacy Policy', 'Terms of Use'])}</ul></div></footer></div>
<script src="/_next/static/chunks/main-app-7f3c.js" async></script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;
export const prometheusPage: TestPage = {
  name: 'heldout168-prometheus-docs',
  kind: 'docs',
  html: prHtml,
  // the "On this page" rail repeats the headings and is left out
  title: prTitle,
  headings: [prH1, prH2, prH3, prH4],
  body: texts([...prP0, ...prP1, ...prP2, ...prList, ...prP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    prBanner, 'Prometheus', ...prNav, 'Search', 'Ctrl + K', 'Version', ...prSide, 'Edit this page', ...prPager, 'On this page', ...prFoot,
    'Privacy Policy', 'Terms of Use',
  ],
};
