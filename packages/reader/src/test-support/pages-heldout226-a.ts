import { links, ps, type TestPage, texts } from './page-kit.js';
import { dockerHub } from './pages-heldout226-a2.js';

/**
 * Held-out batch 226, file a: a crates.io crate page as the Ember app renders it (header with search, "Browse All Crates"
 * and "Log in with GitHub", the crate header with version, description and keyword tags, the Readme / Versions /
 * Dependencies / Dependents tabs, the rendered README, the sidebar with metadata, install command, links, owners, "Report
 * crate" and download stats, and the footer) and, from file a2, a Docker Hub image page.
 */
const crTitle = 'tidewater';
const crIntro = [
  'An async token-bucket rate limiter for Tokio services, with per-key buckets, burst control and no background tasks.',
  'tidewater grew out of the ingest gateway at Pellmore Systems, where we needed to throttle about forty thousand tenants ' +
    'independently without spawning a timer for each of them. Buckets are refilled lazily when they are touched, so an idle ' +
    'key costs nothing but the memory of its last timestamp.',
];
const crH1 = 'Features';
const crFeatures = [
  'Keyed limiters backed by a sharded map, so hot keys do not contend on a single lock.',
  'Lazy refill: no spawned tasks, no timers, no tick loop.',
  'Separate sustained rate and burst size, configurable per key class.',
  'An <code>acquire</code> future that waits for capacity, and a <code>try_acquire</code> call that never waits.',
  'Optional <code>tower</code> layer behind the <code>tower</code> feature flag.',
];
const crH2 = 'Quick start';
const crQuick = [
  'Add the crate with <code>cargo add tidewater</code>, then build a limiter once and share it between your handlers. The ' +
    'limiter is cheap to clone; every clone points at the same buckets.',
];
const crCode = `<pre><code class="language-rust">use tidewater::{Limiter, Quota};

let limiter = Limiter::keyed(Quota::per_second(50).burst(200));
limiter.acquire(&amp;tenant_id, 1).await?;</code></pre>`;
const crQuick2 = [
  'If the bucket for <code>tenant_id</code> is empty, <code>acquire</code> waits until enough tokens have accumulated. Use ' +
    '<code>try_acquire</code> instead when you would rather reject the request straight away and return a 429.',
];
const crH3 = 'Choosing a quota';
const crQuota = [
  'The sustained rate is what a well-behaved client can keep up for ever. The burst is how far ahead of that rate a client may ' +
    'get after a quiet period. In our gateway a burst of four times the per-second rate absorbed the start-of-hour spikes from ' +
    'cron jobs without letting a runaway client through for long.',
  'Quotas are plain values, so you can keep one per pricing tier and pick the right one when a key is first seen.',
];
const crH4 = 'Memory and eviction';
const crMem = [
  'Each bucket takes 24 bytes plus the size of its key. Buckets that have been full for longer than the eviction window are ' +
    'removed the next time their shard is written to. The default window is ten minutes; set it with ' +
    '<code>Limiter::with_eviction</code>.',
];
const crH5 = 'Minimum supported Rust version';
const crMsrv = ['tidewater builds on Rust 1.75 and later. Raising the MSRV is treated as a minor version change.'];
const crH6 = 'License';
const crLic = [
  'Licensed under either of the Apache License, Version 2.0 or the MIT license, at your option. Unless you explicitly state ' +
    'otherwise, any contribution you submit for inclusion shall be dual licensed as above, without any additional terms.',
];
const crKeywords = ['#rate-limit', '#token-bucket', '#async', '#tokio', '#throttle'];
const crTabs = ['Readme', '14 Versions', 'Dependencies', 'Dependents'];
const crMeta = ['about 1 month ago', '2021 edition', 'MIT OR Apache-2.0', '31.4 KiB'];
const crSide = [
  'Metadata',
  'Install',
  'Run the following Cargo command in your project directory:',
  'Or add the following line to your Cargo.toml:',
  'Homepage',
  'Documentation',
  'Repository',
  'Owners',
  'Report crate',
  'Stats Overview',
  '412,930 Downloads all time',
  '14 Versions published',
  'Downloads over the last 90 days',
  'Display as',
  'Stacked',
];
const crOwners = ['Ilse Varga', 'Tomasz Brennock'];
const crNav = ['Browse All Crates', 'Log in with GitHub'];
const crFooter = [
  'Rust',
  'rust-lang.org',
  'Rust Foundation',
  'The crates.io team',
  'Get Help',
  'The Cargo Book',
  'Support',
  'System Status',
  'Report a security issue',
  'Policies',
  'Usage Policy',
  'Security',
  'Privacy Policy',
  'Data Access',
];
const crH = (t: string): string => `<h2><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="anchor" aria-hidden="true"></a>${t}</h2>`;
const crHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>tidewater - crates.io: Rust Package Registry</title>
<meta name="description" content="An async token-bucket rate limiter for Tokio services">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="crates-io/config/environment"
content="%7B%22modulePrefix%22%3A%22crates-io%22%7D">
<meta property="og:title" content="tidewater - crates.io: Rust Package Registry"><meta property="og:image"
content="https://static.crates.io/og-images/tidewater.png">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="Cargo">
<link rel="stylesheet" href="/assets/crates-io-7c0b9e1d.css"><script src="/assets/vendor-2f4a0c11.js" defer></script>
<script src="/assets/crates-io-52d1e7aa.js" defer></script></head>
<body><div id="ember5" class="ember-view"><div class="_container_1n2cx1"><noscript><div class="_noscript_1n2cx1">This site requires JavaScript to be
enabled.</div></noscript>
<div class="_progress-bar_9s3cq0" role="progressbar" hidden></div>
<header class="_header_1d8ev4 _hero_1d8ev4"><div class="_header-inner_1d8ev4 width-limit"><a href="/" class="_index-link_1d8ev4">
<img src="/assets/cargo-1b6d2a.png" role="presentation" alt="" width="48" height="48"><div class="_logo_1d8ev4">crates.io</div></a>
<form class="_search-form_1f5mmu" action="/search" role="search"><input type="text" inputmode="search" class="_input-lg_1f5mmu" name="q"
id="cargo-desktop-search" placeholder="Type 'S' or '/' to search" autocomplete="off" aria-label="Search"></form>
<nav class="_nav_1d8ev4"><a href="/crates" class="_link_1d8ev4">${crNav[0]}</a></nav>
<div class="_menu_1d8ev4"><button type="button" class="_login-button_1ov3ky button-reset" data-test-login-button>
<svg class="_icon_1ov3ky" aria-hidden="true"></svg> ${crNav[1]}</button></div></div></header>
<main class="_main_1n2cx1 width-limit">
<div class="_crate-header_1ehy4k" data-test-heading><div class="_header_1ehy4k"><h1 class="_heading_1ehy4k"><span data-test-crate-name>${crTitle}</span>
<small data-test-crate-version>v0.8.2</small></h1>
<button type="button" class="_follow-button_17n8pd button-reset" data-test-follow-button disabled><svg aria-hidden="true"></svg> Follow</button></div>
<div class="_description_1ehy4k">${crIntro[0]}</div>
<ul class="_keywords_1ehy4k">${crKeywords
  .map(
    (k) => `<li><a href="/keywords/${k.slice(1)}"
data-test-keyword="${k.slice(1)}">${k}</a></li>`,
  )
  .join('\n')}</ul></div>
<nav class="_nav_1yqrz0" aria-label="Crate navigation"><ul>${links(crTabs, '_tab_1yqrz0')}</ul></nav>
<div class="_crate-info_1vdv1x"><div class="_docs_1vdv1x" data-test-docs>
<section aria-label="Readme" class="_readme_ggqhko" data-test-readme><article class="_readme_1mpy7j markdown-body">
${ps([crIntro[1] ?? ''])}
${crH(crH1)}
<ul>${crFeatures.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${crH(crH2)}
${ps(crQuick)}
${crCode}
${ps(crQuick2)}
${crH(crH3)}
${ps(crQuota)}
${crH(crH4)}
${ps(crMem)}
${crH(crH5)}
${ps(crMsrv)}
${crH(crH6)}
${ps(crLic)}
</article></section></div>
<div class="_sidebar_2h0u8f"><section aria-label="Crate metadata"><h2 class="heading">${crSide[0]}</h2>
<div class="_date_2h0u8f"><svg aria-hidden="true"></svg><time datetime="2025-10-02T09:14:51Z" title="Oct 2, 2025, 9:14:51 AM">${crMeta[0]}</time></div>
<div class="_edition_2h0u8f"><svg aria-hidden="true"></svg>${crMeta[1]}</div>
<div class="_license_2h0u8f" data-test-license><svg aria-hidden="true"></svg><span><a href="https://choosealicense.com/licenses/mit">MIT</a> OR
<a href="https://choosealicense.com/licenses/apache-2.0">Apache-2.0</a></span></div>
<div class="_bytes_2h0u8f"><svg aria-hidden="true"></svg>${crMeta[3]}</div></section>
<section aria-label="Crate installation instructions"><h2 class="heading">${crSide[1]}</h2><p>${crSide[2]}</p>
<div class="_copy-help_q7w8rq"><code>cargo add tidewater</code><button type="button" class="button-reset" title="Copy command to clipboard"></button></div>
<p>${crSide[3]}</p><div class="_copy-help_q7w8rq"><code>tidewater = "0.8.2"</code></div></section>
<section aria-label="Crate links"><h2 class="heading">${crSide[4]}</h2><a href="https://github.com/pellmore/tidewater">github.com/pellmore/tidewater</a>
<h2 class="heading">${crSide[5]}</h2><a href="https://docs.rs/tidewater/0.8.2">docs.rs/tidewater/0.8.2</a>
<h2 class="heading">${crSide[6]}</h2><a href="https://github.com/pellmore/tidewater">github.com/pellmore/tidewater</a></section>
<section aria-label="Crate owners"><h2 class="heading">${crSide[7]}</h2><ul class="_list_1kkbnq">
${crOwners.map((o) => `<li><a href="/users/${o.split(' ')[0]?.toLowerCase()}"><img alt="" width="32" height="32">${o}</a></li>`).join('\n')}</ul></section>
<div><a href="/support?crate=tidewater&amp;inquire=crate-violation" class="button button--small" data-test-id="link-crate-report">${crSide[8]}</a></div>
</div></div>
<div class="_crate-downloads_1h2n0n"><h2 class="heading">${crSide[9]}</h2><div class="_stats_1h2n0n">
<div class="_stat_1h2n0n" data-test-downloads><span class="_num_1h2n0n"><svg aria-hidden="true"></svg><span class="_num__align_1h2n0n">412,930</span></span>
<span class="_stat-label_1h2n0n">Downloads all time</span></div>
<div class="_stat_1h2n0n"><span class="_num_1h2n0n"><svg aria-hidden="true"></svg><span class="_num__align_1h2n0n">14</span></span>
<span class="_stat-label_1h2n0n">Versions published</span></div></div>
<div class="_graph_1h2n0n"><h4>${crSide[12]}</h4><div class="_toggle_1h2n0n">${crSide[13]}: <button type="button"
aria-pressed="true">${crSide[14]}</button></div>
<div class="_chart_1h2n0n" data-test-download-graph><canvas role="img" aria-label="Download graph"></canvas></div></div></div>
</main>
<footer class="_footer_1gqkr2"><div class="_content_1gqkr2 width-limit">
<div class="_column_1gqkr2"><h1>${crFooter[0]}</h1><ul>${links(crFooter.slice(1, 4))}</ul></div>
<div class="_column_1gqkr2"><h1>${crFooter[4]}</h1><ul>${links(crFooter.slice(5, 9))}</ul></div>
<div class="_column_1gqkr2"><h1>${crFooter[9]}</h1><ul>${links(crFooter.slice(10))}</ul></div></div></footer>
</div></div></body></html>`;
const crates: TestPage = {
  html: crHtml,
  name: 'heldout226-cratesio-crate',
  kind: 'docs',
  // the crate description under the h1 is body; the version beside the h1, the keywords, tabs, the whole sidebar (metadata,
  // install, links, owners), download stats and footer are furniture; the "last updated" time is a byline
  title: crTitle,
  headings: [crH1, crH2, crH3, crH4, crH5, crH6],
  body: texts([crIntro[0] ?? '', crIntro[1] ?? '', ...crFeatures, ...crQuick, ...crQuick2, ...crQuota, ...crMem, ...crMsrv, ...crLic]),
  bylines: [crMeta[0] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'crates.io', 'v0.8.2', 'Follow', ...crKeywords, ...crTabs, ...crNav, crMeta[1] ?? '', crMeta[2] ?? '', crMeta[3] ?? '', ...crSide.slice(0, 9),
    'Downloads all time', 'Versions published', crSide[9] ?? '', ...crSide.slice(12), ...crOwners, 'github.com/pellmore/tidewater',
    'docs.rs/tidewater/0.8.2', 'This site requires JavaScript to be enabled.', ...crFooter,
  ],
};

export const HELDOUT226_A: readonly TestPage[] = [crates, dockerHub];
