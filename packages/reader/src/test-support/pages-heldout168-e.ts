import { links, type TestPage, texts } from './page-kit.js';
import { nixosPage } from './pages-heldout168-e2.js';

/**
 * Held-out batch 168, file e: an Apache Spark documentation page (the Jekyll docs with the Bootstrap navbar and its version
 * badge, the programming-guide drop-downs and DocSearch box, the SQL guide's left menu, the "markdown-toc" list at the top of
 * the text and the code tabs for Scala, Java and Python) and, from file e2, a NixOS manual chapter.
 */
const spTitle = 'Adaptive Query Execution';
const spP0 = [
  'Adaptive Query Execution (AQE) is an optimization in Spark SQL that uses runtime statistics to choose the most efficient query ' +
    'execution plan. It is enabled by default. When a shuffle or broadcast exchange finishes, Spark knows the real size of each ' +
    'partition and can re-plan the rest of the query with that information instead of relying on estimates made before the job started.',
];
const spH1 = 'Coalescing Post Shuffle Partitions';
const spP1 = [
  'Choosing the number of shuffle partitions is hard: too few and each task spills to disk, too many and the scheduler spends its ' +
    'time on thousands of tiny tasks. With AQE you can set a generous initial number and let Spark merge small neighbouring ' +
    'partitions once the shuffle output sizes are known.',
  'This feature is controlled by <code>spark.sql.adaptive.coalescePartitions.enabled</code>. The target size of each merged ' +
    'partition is set by <code>spark.sql.adaptive.advisoryPartitionSizeInBytes</code>, which defaults to 64 MB.',
];
const spH2 = 'Switching Join Strategies';
const spP2 = [
  'A sort-merge join is planned when neither side of a join looks small enough to broadcast. If, after filters run, one side turns ' +
    'out to be smaller than the broadcast threshold, AQE replaces the join with a broadcast hash join. The shuffle on the large ' +
    'side has often already happened, but the sort is skipped and the reads can be local to each executor.',
];
const spH3 = 'Optimizing Skew Join';
const spP3 = [
  'Data skew happens when a few join keys hold far more rows than the rest, so one or two tasks run for much longer than the ' +
    'others. AQE detects a skewed partition when it is both larger than <code>skewedPartitionThresholdInBytes</code> and several ' +
    'times the median size, then splits it into smaller pieces and replicates the matching rows from the other side.',
];
const spRows = [
  ['spark.sql.adaptive.skewJoin.enabled', 'true', 'When true and AQE is enabled, Spark splits and replicates skewed partitions in sort-merge joins.'],
  ['spark.sql.adaptive.skewJoin.skewedPartitionFactor', '5.0', 'A partition is skewed if its size is larger than this factor times the median.'],
  ['spark.sql.adaptive.skewJoin.skewedPartitionThresholdInBytes', '256MB', 'A partition is skewed only if it is also larger than this size.'],
];
const spP4 = [
  'You can see which optimizations AQE applied in the SQL tab of the web UI, where the final plan is marked <code>isFinalPlan=true</code> ' +
    'and coalesced or split partitions are labelled on the shuffle read nodes.',
];
const spNav = ['Overview', 'Programming Guides', 'API Docs', 'Deploying', 'More'];
const spMenu = [
  'Getting Started',
  'Data Sources',
  'Performance Tuning',
  'Caching Data',
  'Tuning Partitions',
  'Leveraging Statistics',
  'Optimizing the Join Strategy',
  'Distributed SQL Engine',
  'PySpark Usage Guide for Pandas with Apache Arrow',
  'Migration Guide',
  'SQL Reference',
  'Error Conditions',
];
const spToc = [spH1, spH2, spH3].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" id="markdown-toc-${h.length}">${h}</a></li>`);
const spHtml = `<!DOCTYPE html>
<html class="no-js"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Adaptive Query Execution - Spark 4.0.1 Documentation</title><meta name="description" content="">
<link rel="stylesheet" href="css/bootstrap.min.css"><link rel="preconnect" href="https://fonts.googleapis.com"><link rel="stylesheet" href="css/custom.css">
<link rel="stylesheet" href="css/pygments-default.css"><link rel="stylesheet" href="https://cdn.jsdelivr.example/npm/@docsearch/css@3">
<link rel="stylesheet" href="css/docsearch.css"><script src="js/vendor/modernizr-2.6.1-respond-1.1.0.min.js"></script>
<script>var _paq = window._paq = window._paq || [];_paq.push(["disableCookies"]);_paq.push(["trackPageView"]);</script></head>
<body class="global"><nav class="navbar navbar-expand-lg navbar-dark p-0 px-4 fixed-top" style="background: #1d6890;" id="topbar">
<div class="navbar-brand"><a href="index.html"><img src="img/spark-logo-rev.svg" width="141" height="72"></a><span class="version">4.0.1</span></div>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarCollapse" aria-controls="navbarCollapse" aria-expanded="false"
aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="navbarCollapse">
<ul class="navbar-nav me-auto">${spNav.map((t) => `<li class="nav-item"><a href="${t.length}.html" class="nav-link">${t}</a></li>`).join('\n')}</ul>
<div class="navbar-nav ml-auto"><div class="nav-item"><div id="docsearch"></div></div></div></div></nav>
<div class="container"><div class="left-menu-wrapper"><div class="left-menu"><h3><a href="sql-programming-guide.html">Spark SQL Guide</a></h3>
<ul>${links(spMenu)}</ul></div></div><input id="nav-trigger" class="nav-trigger" checked type="checkbox"><label for="nav-trigger"></label>
<div class="content-with-sidebar mr-3" id="content"><h1 class="title">${spTitle}</h1>
<ul id="markdown-toc">${spToc.join('\n')}</ul>
<p>${spP0[0]}</p>
<h2 id="coalescing-post-shuffle-partitions">${spH1}</h2>
${spP1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="codetabs"><ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link active" href="#tab_scala_0">Scala</a></li>
<li class="nav-item"><a class="nav-link" href="#tab_java_0">Java</a></li><li class="nav-item"><a class="nav-link" href="#tab_python_0">Python</a></li></ul>
<div class="tab-content"><div class="tab-pane active" id="tab_scala_0"><figure class="highlight"><pre><code class="language-scala"
data-lang="scala">spark.conf.set(
"spark.sql.adaptive.coalescePartitions.enabled", true)</code></pre></figure></div></div></div>
<h2 id="switching-join-strategies">${spH2}</h2>
<p>${spP2[0]}</p>
<h2 id="optimizing-skew-join">${spH3}</h2>
<p>${spP3[0]}</p>
<table class="spark-config"><thead><tr><th>Property Name</th><th>Default</th><th>Meaning</th><th>Since Version</th></tr></thead><tbody>
${spRows.map((r) => `<tr><td><code>${r[0]}</code></td><td>${r[1]}</td><td>${r[2]}</td><td>3.0.0</td></tr>`).join('\n')}</tbody></table>
<p>${spP4[0]}</p>
</div></div>
<script src="js/vendor/jquery-3.5.1.min.js"></script><script src="js/vendor/bootstrap.bundle.min.js"></script>
<script src="https://cdn.jsdelivr.example/npm/@docsearch/js@3"></script>
<script>docsearch({container: '#docsearch', appId: 'RAI69RXRSK', indexName: 'apache_spark'});</script>
</body></html>`;
const spark: TestPage = {
  name: 'heldout168-spark-docs',
  kind: 'docs',
  html: spHtml,
  // the "markdown-toc" list at the top repeats the headings and is left out; table data cells are body (the "Since Version"
  // cells too), header cells in neither list; the code tabs' language labels are furniture
  title: spTitle,
  headings: [spH1, spH2, spH3],
  body: texts([...spP0, ...spP1, ...spP2, ...spP3, ...spRows.flatMap((r) => [...r, '3.0.0']), ...spP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['4.0.1', ...spNav, 'Spark SQL Guide', ...spMenu, 'Scala', 'Java', 'Python'],
};

export const HELDOUT168_E: readonly TestPage[] = [spark, nixosPage];
