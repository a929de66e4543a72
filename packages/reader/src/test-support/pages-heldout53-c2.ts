import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 53, file c2: an Elastic docs page on the 2025 docs site (elastic.co's global header with its menus and
 * trial/sales buttons, the docs bar with "Search or ask AI", the page tree, breadcrumbs, applies-to badges with hidden tooltip
 * texts, a tip and a warning admonition, console code blocks with labels and copy buttons, "On this page" with "Edit this page"
 * and "Report an issue", the "Was this helpful?" widget, previous/next links and elastic.co's big footer with legal lines).
 */
const elTitle = 'Troubleshoot unassigned shards after a node restart';
const elIntro = [
  'When a node leaves the cluster, the replica shards it held become unassigned and the cluster health turns yellow. Elasticsearch ' +
    'waits a short while before rebuilding those replicas on other nodes, in case the node comes back. If the node returns but ' +
    'some of its shards stay unassigned, one of the causes on this page is usually responsible.',
];
const elTip =
  'If the cluster health is red rather than yellow, at least one primary shard is unassigned. Work through ' +
  '<a href="/docs/troubleshoot/elasticsearch/red-yellow-cluster-status">Red or yellow cluster health status</a> first, because ' +
  'searches and writes on the affected indices fail until the primary is back.';
const elH1 = 'Find out why a shard is unassigned';
const elFind = [
  'The cluster allocation explain API reports the decision the master node made for a shard, and the reason behind it. Ask it ' + 'about a specific shard:',
  'Read the <code>allocate_explanation</code> field first. For more detail, the <code>node_allocation_decisions</code> array lists ' +
    'every node together with the deciders that refused the shard.',
];
const elH2 = 'Common causes';
const elCauses: [string, string[], string][] = [
  [
    'Delayed allocation has not expired',
    [
      'By default, Elasticsearch waits one minute after a node leaves before it reallocates that node’s replicas. While the timer ' +
        'runs, the explain API reports the shard as delayed. Wait for the timer to run out, or shorten it for the affected indices:',
    ],
    `PUT my-index-000001/_settings
{
  "settings": {
    "index.unassigned.node_left.delayed_timeout": "30s"
  }
}`,
  ],
  [
    'The node is above the low disk watermark',
    [
      'A node whose disk usage is above the low watermark, 85% by default, receives no new shards. Free up space, add nodes, or ' +
        'raise the watermark for a while as you clean up:',
    ],
    `PUT _cluster/settings
{
  "persistent": {
    "cluster.routing.allocation.disk.watermark.low": "90%"
  }
}`,
  ],
  [
    'Allocation filtering excludes the node',
    [
      'Index or cluster settings such as <code>index.routing.allocation.require._name</code> can keep shards away from a node, ' +
        'for example after a migration between hardware tiers. Check the settings of the affected index and remove rules that no longer apply.',
    ],
    '',
  ],
  [
    'Allocation retries are exhausted',
    [
      'After five failed attempts in a row, Elasticsearch stops trying to allocate a shard. Once you have fixed the underlying ' +
        'problem, ask the cluster to try again:',
    ],
    'POST _cluster/reroute?retry_failed=true',
  ],
];
const elWarn =
  'Raising the disk watermarks only buys time. If a disk fills up completely, Elasticsearch blocks writes to every index that has a ' + 'shard on that node.';
const elTop = ['Platform', 'Solutions', 'Customers', 'Resources', 'Pricing', 'Docs'];
const elTree = [
  'Get started',
  'Solutions and use cases',
  'Manage data',
  'Explore and analyze',
  'Deploy and manage',
  'Troubleshoot',
  'Elasticsearch',
  'Fix common cluster issues',
  'Red or yellow cluster health status',
  'Fix watermark errors',
  'Hot spotting',
  'High CPU usage',
];
const elBadges: [string, string][] = [
  ['Stack', 'Available in Elastic Stack 9.0 and later'],
  ['ECH', 'Available on Elastic Cloud Hosted'],
  ['ECE', 'Available on Elastic Cloud Enterprise'],
  ['ECK', 'Available on Elastic Cloud on Kubernetes'],
  ['Self Managed', 'Available on self-managed deployments'],
];
const elFootCols: [string, string[]][] = [
  ['About us', ['About Elastic', 'Leadership', 'Blog', 'Newsroom']],
  ['Join us', ['Careers', 'Career portal']],
  ['Partners', ['Find a partner', 'Partner login', 'Become a partner']],
  ['Trust & Security', ['Trust center', 'EthicsPoint portal', 'ECCN report']],
  ['Investor relations', ['Investor resources', 'Governance', 'Financials', 'Stock']],
];
const elLegal = ['Trademarks', 'Terms of Use', 'Privacy', 'Sitemap'];
const elTm =
  'Elasticsearch is a trademark of Elasticsearch B.V., registered in the U.S. and in other countries. Apache, Apache Lucene and ' +
  'the Lucene logo are trademarks of the Apache Software Foundation in the United States and/or other countries.';
const hd = (lvl: number, text: string): string => {
  const id = text.toLowerCase().replace(/[^a-z]+/g, '-');
  return `<div class="heading-wrapper" id="${id}"><h${lvl}><a href="#${id}" class="headerlink">${text}</a></h${lvl}></div>`;
};
const cb = (src: string): string =>
  `<div class="highlight-console notranslate"><div class="code-block-header"><span class="code-language">Console</span>` +
  `<button class="copy-button" aria-label="Copy code">Copy</button></div><div class="highlight"><pre><code class="language-console hljs">${src}</code>
</pre></div></div>`;
const adm = (kind: string, label: string, body: string): string =>
  `<div class="admonition ${kind}"><div class="admonition-header"><span class="admonition-title">${label}</span></div><div class="admonition-content">
<p>${body}</p></div></div>`;
const elHtml = `<!DOCTYPE html><html lang="en" class="h-full"><head><meta charset="utf-8">
<title>${elTitle} | Elastic Docs</title>
<meta name="description" content="Find and fix the causes of unassigned shards after a node rejoins an Elasticsearch cluster.">
<meta property="og:type" content="website"><meta property="og:title" content="${elTitle}">
<link rel="canonical" href="https://www.elastic.co/docs/troubleshoot/elasticsearch/unassigned-shards-node-restart">
<link rel="stylesheet" href="/docs/_static/styles.css?v=8f3e1b2"><script type="module" src="/docs/_static/main.js?v=8f3e1b2"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Elastic Docs","item":"https://www.elastic.co/docs"},{"@type":"ListItem","position":2,"name":"Troubleshoot"}]}</script>
</head>
<body class="group/body text-ink has-[#primary-nav-hamburger:checked]:overflow-hidden" data-root-path="/docs/">
<div id="elastic-nav" style="display:none"></div>
<header class="sticky top-0 z-50 bg-white"><nav class="global-nav" aria-label="Elastic">
<a href="https://www.elastic.co/" class="logo" aria-label="Elastic home"><svg></svg></a>
<ul class="global-nav-items">${elTop.map((t) => `<li><button class="nav-item" aria-expanded="false">${t}</button></li>`).join('')}</ul>
<div class="global-nav-cta"><a href="https://www.elastic.co/contact" class="btn-secondary">Contact Sales</a>
<a href="https://cloud.elastic.co/registration" class="btn-primary">Start free trial</a>
<a href="https://cloud.elastic.co/login" class="login">Login</a></div></nav>
<div class="docs-bar flex items-center"><a href="/docs" class="docs-home font-semibold">Elastic Docs</a>
<button id="search-button" class="search-trigger" aria-label="Search or ask AI"><span>Search or ask AI</span><kbd>⌘K</kbd></button></div></header>
<div class="container mx-auto grid grid-cols-1 md:grid-cols-[var(--max-sidebar-width)_1fr]
lg:grid-cols-[var(--max-sidebar-width)_1fr_var(--max-sidebar-width)]">
<input type="checkbox" id="pages-nav-hamburger" class="hidden"><aside id="pages-nav" class="sidebar hidden md:block" hx-boost="true">
<nav class="sidebar-nav"><ul class="block w-full">${elTree
  .map(
    (t, i) => `<li class="flex flex-wrap group-navigation ml-${i > 6 ? 4 : 0}">
<a href="/docs/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="sidebar-link">${t}</a></li>`,
  )
  .join('\n')}
<li class="flex flex-wrap ml-4"><a href="#" class="sidebar-link current" aria-current="page">Unassigned shards after a restart</a></li></ul></nav></aside>
<main id="main-container" class="markdown-content w-full"><ol id="breadcrumbs" class="flex flex-wrap items-center text-sm text-ink-light">
<li><a href="/docs">Elastic Docs</a></li><li><a href="/docs/troubleshoot">Troubleshoot</a></li><li>
<a href="/docs/troubleshoot/elasticsearch">Elasticsearch</a></li>
<li><a href="/docs/troubleshoot/elasticsearch/fix-common-cluster-issues">Fix common cluster issues</a></li></ol>
<section id="elastic-docs-v3"><h1>${elTitle}</h1>
<p class="applies applies-block">${elBadges
  .map(
    ([b, t]) => `<span class="applicable-info" data-tippy-content="${t}">
<span class="applicable-name">${b}</span><span class="sr-only">${t}</span></span>`,
  )
  .join('<span class="applicable-separator"></span>')}</p>
<p>${elIntro[0]}</p>
${adm('tip', 'Tip', elTip)}
${hd(2, elH1)}
<p>${elFind[0]}</p>
${cb(`GET _cluster/allocation/explain
{
  "index": "my-index-000001",
  "shard": 0,
  "primary": false
}`)}
<p>${elFind[1]}</p>
${hd(2, elH2)}
${elCauses
  .map(([head, ps, src], i) => {
    const code = src === '' ? '' : cb(src);
    const warn = i === 1 ? `\n${adm('warning', 'Warning', elWarn)}` : '';
    return `${hd(3, head)}\n${ps.map((p) => `<p>${p}</p>`).join('\n')}\n${code}${warn}`;
  })
  .join('\n')}
</section>
<div class="feedback-section"><p class="feedback-question">Was this helpful?</p><button aria-label="This page was helpful" class="feedback-yes">👍</button>
<button aria-label="This page was not helpful" class="feedback-no">👎</button></div>
<nav class="prev-next" aria-label="Previous and next pages"><a href="/docs/troubleshoot/elasticsearch/red-yellow-cluster-status" class="prev">
<span>Previous</span>
<span>Red or yellow cluster health status</span></a><a href="/docs/troubleshoot/elasticsearch/fix-watermark-errors" class="next"><span>Next</span>
<span>Fix watermark errors</span></a></nav></main>
<aside id="toc-nav" class="toc hidden lg:block"><div class="toc-title">On this page</div><ul><li><a href="#find-out-why-a-shard-is-unassigned">${elH1}</a></li>
<li><a href="#common-causes">${elH2}</a></li></ul><ul class="toc-actions"><li>
<a href="https://github.com/elastic/docs-content/edit/main/troubleshoot/elasticsearch/unassigned-shards-node-restart.md">Edit this page</a></li>
<li><a href="https://github.com/elastic/docs-content/issues/new?template=issue-report.yaml">Report an issue</a></li></ul></aside></div>
<footer class="elastic-footer"><div class="footer-columns">${elFootCols
  .map(
    ([h, l]) =>
      `<div class="footer-col"><h4>${h}</h4><ul>${l
        .map(
          (t) => `<li>
<a href="#">${t.replace('&', '&amp;')}</a></li>`,
        )
        .join('')}</ul></div>`,
  )
  .join('\n')}
<div class="footer-col"><h4>Follow us</h4><ul class="social"><li><a href="https://github.com/elastic" aria-label="GitHub"></a></li><li>
<a href="https://x.com/elastic" aria-label="X"></a></li></ul></div></div>
<div class="footer-legal"><ul>${elLegal
  .map(
    (t) => `<li><a href="https://www.elastic.co/legal/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>
</li>`,
  )
  .join('')}</ul>
<p>© 2025 Elasticsearch B.V. All Rights Reserved</p><p>${elTm}</p></div></footer>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({ "event": "docs_page_view", "page_section": "troubleshoot" });</script>
</body></html>`;
export const elasticDocs: TestPage = {
  html: elHtml,
  name: 'heldout53-elastic-docs',
  kind: 'docs',
  // body: the intro, the tip and the warning (their "Tip"/"Warning" labels in neither), the paragraphs before and after the code;
  // headings are the h2s and the four h3 causes; the console requests are code (neither, with their "Console" labels). Furniture:
  // the global header and docs bar, the page tree, breadcrumbs, the applies-to badges with their screen-reader tooltip texts, copy
  // buttons, "Was this helpful?", the previous/next links, the "On this page" rail (its title is words of the intro and its entries
  // repeat the headings: left out), "Edit this page", "Report an issue" and the footer. The page has no author or date line. Tree
  // and breadcrumb names that are body words ("Elasticsearch", "Troubleshoot") and the tree's link to the tip's target page (named
  // in the tip) are left out
  title: elTitle,
  headings: [elH1, elH2, ...elCauses.map((c) => c[0])],
  body: [...texts(elIntro), ...texts([elTip]), ...texts(elFind), ...elCauses.flatMap((c) => texts(c[1])), elWarn],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...elTop, 'Contact Sales', 'Start free trial', 'Login', 'Elastic Docs', 'Search or ask AI', '⌘K',
    ...elTree.filter((t) => !['Elasticsearch', 'Troubleshoot', 'Red or yellow cluster health status'].includes(t)), 'Unassigned shards after a restart',
    ...elBadges.flat(), 'Copy', 'Was this helpful?', 'Previous', 'Next', 'Edit this page', 'Report an issue',
    ...elFootCols.flatMap(([h, l]) => [h, ...l]), 'Follow us', ...elLegal, '© 2025 Elasticsearch B.V. All Rights Reserved', elTm,
  ],
};
