import { links, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout394-kit.js';

/**
 * Held-out batch 394, file f2: a Hex package page on hex.pm (Phoenix template: navbar with search, the package heading with
 * its version, the short description, the sidebar panels for links, licence, build tools, recent releases, downloads, the
 * mix.exs / rebar.config / erlang.mk config snippets, owners and dependencies, and the footer), a page whose main text is short.
 */
const xTitle = 'tern_queue';
const xDesc = [
  j(
    'A durable job queue for Elixir backed by PostgreSQL, with unique jobs, scheduled retries with jitter, per-queue rate',
    'limits and a LiveView dashboard. Workers are plain modules; no separate broker is needed.',
  ),
];
const xNav = ['Packages', 'Pricing', 'Docs', 'Log in', 'Sign up'];
const xLinks = ['Online documentation', 'GitHub', 'Changelog'];
const xReleases = [
  ['0.6.1', 'Nov 24, 2026'],
  ['0.6.0', 'Oct 31, 2026'],
  ['0.5.3', 'Aug 19, 2026'],
  ['0.5.2', 'Jul 02, 2026'],
  ['0.5.1', 'Jun 11, 2026'],
] as const;
const xDeps = ['ecto_sql ~> 3.11', 'postgrex >= 0.17.0', 'telemetry ~> 1.2', 'phoenix_live_view ~> 1.0 (optional)'];
const xFoot = [
  'About',
  'Blog',
  'Sponsors',
  'Documentation',
  'Specifications',
  'Report Client Issue',
  'Report General Issue',
  'Contact Support',
  'Code of Conduct',
  'Terms of Service',
  'Privacy Policy',
  'Copyright Policy',
  'Dispute Policy',
  'Status',
];
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>tern_queue | Hex</title>
<meta name="description" content="A durable job queue for Elixir backed by PostgreSQL"><meta property="og:title" content="tern_queue">
<meta property="og:type" content="website"><meta property="og:site_name" content="Hex"><meta name="csrf-token" content="JxgHDR0RRTgzCwEdHBV9">
<link rel="stylesheet" href="/assets/app-4c0c8e.css"><link rel="alternate" type="application/rss+xml" title="RSS" href="/packages/tern_queue.rss">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareSourceCode","name":"tern_queue","programmingLanguage":"Elixir"}</script>
<script defer src="/assets/app-77b1e0.js"></script></head>
<body><nav class="navbar navbar-default"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/">
<img src="/images/hex-full.svg" alt="hex logo"></a></div><form action="/packages" class="navbar-form navbar-left" role="search">
<input placeholder="Find packages" name="search" type="text" class="form-control" autocomplete="off"></form>
<ul class="nav navbar-nav navbar-right">${links(xNav)}</ul></div></nav>
<div class="container package-view"><div class="row"><div class="col-md-9 no-padding"><div class="package-title"><h1>${xTitle}
<span class="version">0.6.1</span></h1><div class="stats-title"><span class="stat">48 220 all time downloads</span></div></div>
<div class="description">${xDesc.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="links"><ul>${links(xLinks)}</ul></div></div>
<div class="col-md-3 package-sidebar"><div class="panel"><h3>License</h3><p>Apache-2.0</p></div>
<div class="panel"><h3>Build Tools</h3><ul>${lis(['mix', 'rebar3'])}</ul></div>
<div class="panel version-list"><h3>Recent Releases</h3><ul>${xReleases
  .map(
    ([v, d]) => `<li><a href="/packages/tern_queue/${v}">${v}</a>
<span class="release-date">${d}</span></li>`,
  )
  .join('\n')}</ul><a href="/packages/tern_queue/versions">show all versions (21 total)</a></div>
<div class="panel downloads"><h3>Downloads</h3><div class="downloads-graph"><svg class="spark" width="180" height="40"></svg></div>
<ul class="stats">${lis(['3 120 yesterday', '18 404 last 7 days', '48 220 all time'])}</ul></div>
<div class="panel config"><h3>Config</h3><ul class="nav nav-tabs">${lis(['mix.exs', 'rebar.config', 'erlang.mk'])}</ul>
<div class="tab-content"><pre><code>{:tern_queue, "~> 0.6.1"}</code></pre><button class="btn copy-button" type="button">Copy</button></div></div>
<div class="panel owners"><h3>Owners</h3><ul>${['marguerite_ofori', 'ansel']
  .map(
    (o) => `<li><a href="/users/${o}"><img src="/avatars/${o}" alt="">
<span>${o}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<div class="panel dependencies"><h3>Dependencies (4)</h3><ul>${lis(xDeps)}</ul></div>
<div class="panel dependents"><h3>Dependents (9)</h3><a href="/packages?search=depends%3Ahexpm%3Atern_queue">show all dependents</a></div>
<div class="panel"><h3>Checksum</h3><p class="checksum">a4e19c7f03bd6e21c58f7a9d0e3b2c14f5a6d7e8b9c0a1f2e3d4c5b6a7980f1e</p></div></div></div></div>
<footer class="footer"><div class="container"><ul class="footer-links">${links(xFoot)}</ul>
<p class="copyright">Copyright 2026. Hex Package Manager contributors.</p>
<p class="sponsors">Hosting and bandwidth donated by our sponsors.</p></div></footer></body></html>`;
export const hex: TestPage = {
  name: 'heldout394-hex-package',
  kind: 'docs',
  html: xHtml,
  title: 'tern_queue 0.6.1',
  headings: [],
  body: xDesc,
  bylines: ['marguerite_ofori', 'ansel', ...xReleases.map((r) => r[1]).slice(0, 1)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav, '48 220 all time downloads', ...xLinks, 'License', 'Apache-2.0', 'Build Tools', 'rebar3', 'Recent Releases', '0.5.3', 'Aug 19, 2026',
    'show all versions (21 total)', 'Downloads', '3 120 yesterday', '18 404 last 7 days', 'Config', 'mix.exs', 'rebar.config', 'erlang.mk', 'Copy',
    'Owners', 'Dependencies (4)', ...xDeps, 'Dependents (9)', 'show all dependents', 'Checksum', ...xFoot,
    'Copyright 2026. Hex Package Manager contributors.', 'Hosting and bandwidth donated by our sponsors.',
  ],
};
