import { links, type TestPage, texts } from './page-kit.js';
import { prometheusPage } from './pages-heldout168-c2.js';

/**
 * Held-out batch 168, file c: an Envoy proxy architecture-overview page (Sphinx with the Read the Docs theme: the side nav
 * with version and "Search docs", captioned menus, the mobile top bar, breadcrumbs with "Edit on GitHub", "¶" header links,
 * an attention admonition, the previous/next footer buttons, the copyright and "Built with Sphinx" lines) and, from file
 * c2, a Prometheus documentation page.
 */
const evTitle = 'Connection draining';
const evP0 = [
  'Draining is the process by which Envoy gracefully stops accepting new work on a set of connections while letting the work ' +
    'already in progress finish. It happens when a listener is removed or changed, when the server is shutting down, and when ' +
    'a hot restart hands traffic over to a new process.',
];
const evH1 = 'When draining starts';
const evP1 = ['Envoy begins draining connections in the following situations:'];
const evL1 = [
  'A listener is modified or removed through LDS. Connections on the old listener are drained while the new listener takes new ones.',
  'The admin endpoint <code>/drain_listeners</code> is called, which is how most deployments take an instance out of service.',
  'A hot restart is in progress and the parent process is handing its listeners to the child.',
  'The server receives a shutdown signal with a configured drain time.',
];
const evH2 = 'How each protocol drains';
const evP2 = [
  'The way a connection is wound down depends on the network filters in its chain. For HTTP/1.1, the HTTP connection manager adds ' +
    '<code>Connection: close</code> to the next response and closes the connection once it has been sent. For HTTP/2 and HTTP/3, ' +
    'it sends a GOAWAY frame so that the client stops opening new streams, then waits for open streams to complete.',
  'The TCP proxy filter does not understand the protocol it carries, so it cannot signal the peer. Its connections stay open until ' +
    'either side closes them or the drain period ends, at which point they are closed.',
];
const evAttention =
  'Draining only applies to downstream connections. Upstream connections in the cluster connection pools are closed as their ' +
  'downstream requests finish, and are not drained separately.';
const evH3 = 'Drain time and strategy';
const evP3 = [
  'The <code>--drain-time-s</code> command line option sets how long Envoy spends draining before it closes any remaining ' +
    'connections. The default is ten minutes, which is longer than most deployments want; thirty to sixty seconds is common behind ' +
    'a load balancer that stops sending traffic as soon as health checks fail.',
  'The <code>--drain-strategy</code> option chooses between <code>gradual</code>, where the share of connections told to close ' +
    'rises steadily across the drain period, and <code>immediate</code>, where every connection is asked to close at once. ' +
    'Gradual draining avoids a burst of reconnections landing on the remaining instances at the same moment.',
  'Individual listeners can opt out of draining with <code>drain_type: MODIFY_ONLY</code>, so that they are drained when they ' +
    'are changed but keep serving during a shutdown. This is useful for admin or health-check listeners.',
];
const evSide = [
  'Introduction',
  'What is Envoy',
  'Architecture overview',
  'Terminology',
  'Threading model',
  'Listeners',
  'HTTP',
  'Upstream clusters',
  'Operations and debugging',
  'Draining',
  'Hot restart',
  'Runtime configuration',
  'Observability',
  'Security',
  'Extending Envoy',
  'Getting Started',
  'Configuration reference',
  'API',
  'FAQ',
];
const evCaps = ['Contents', 'Start here'];
const evCrumbs = ['Architecture overview', 'Operations and debugging'];
const evFoot = ['Previous', 'Next'];
const evCopy = '© Copyright 2016-2025, Envoy Project Authors.';
const evHx = (tag: string, id: string, t: string): string => `<${tag}>${t}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></${tag}>`;
const evHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../../../"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<title>Connection draining — envoy 1.36.0-dev-7c1e04 documentation</title><link rel="stylesheet" type="text/css"
href="../../../_static/pygments.css?v=b86133f3">
<link rel="stylesheet" type="text/css" href="../../../_static/css/theme.css?v=e59714d7"><link rel="stylesheet" href="../../../_static/css/envoy.css?v=3b7cd5a4">
<link rel="shortcut icon" href="../../../_static/favicon.ico"><script src="../../../_static/jquery.js?v=5d32c60e"></script>
<script src="../../../_static/documentation_options.js?v=7ab4ac4a"></script><script src="../../../_static/doctools.js?v=9a2dae69"></script>
<script src="../../../_static/js/theme.js"></script><link rel="index" title="Index" href="../../../genindex.html"><link rel="search" title="Search"
href="../../../search.html">
<link rel="next" title="Hot restart" href="hot_restart.html"><link rel="prev" title="Statistics" href="statistics.html"></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll"><div
class="wy-side-nav-search">
<a href="../../../index.html" class="icon icon-home">envoy</a><div class="version">1.36.0-dev-7c1e04</div><div role="search">
<form id="rtd-search-form" class="wy-form" action="../../../search.html" method="get"><input type="text" name="q" placeholder="Search docs"
aria-label="Search docs">
<input type="hidden" name="check_keywords" value="yes"></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
<p class="caption" role="heading"><span class="caption-text">${evCaps[0]}</span></p><ul class="current">${links(evSide.slice(0, 15), 'toctree-l1')}</ul>
<p class="caption" role="heading"><span class="caption-text">${evCaps[1]}</span></p><ul>${links(evSide.slice(15), 'toctree-l1')}</ul></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top"
class="fa fa-bars"></i>
<a href="../../../index.html">envoy</a></nav><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../../../index.html" class="icon icon-home" aria-label="Home">
</a></li>
<li class="breadcrumb-item"><a href="../arch_overview.html">${evCrumbs[0]}</a></li><li class="breadcrumb-item"><a href="operations.html">${evCrumbs[1]}</a></li>
<li class="breadcrumb-item active">Draining</li><li class="wy-breadcrumbs-aside">
<a href="https://github.com/envoyproxy/envoy/blob/main/docs/root/intro/arch_overview/operations/draining.rst" class="fa fa-github"> Edit on GitHub</a></li>
</ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="connection-draining"><span id="arch-overview-draining"></span>${evHx('h1', 'connection-draining', evTitle)}
<p>${evP0[0]}</p>
<section id="when-draining-starts">${evHx('h2', 'when-draining-starts', evH1)}
<p>${evP1[0]}</p>
<ul class="simple">${evL1.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul></section>
<section id="how-each-protocol-drains">${evHx('h2', 'how-each-protocol-drains', evH2)}
${evP2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="admonition attention"><p class="admonition-title">Attention</p><p>${evAttention}</p></div></section>
<section id="drain-time-and-strategy">${evHx('h2', 'drain-time-and-strategy', evH3)}
${evP3.map((p) => `<p>${p}</p>`).join('\n')}</section></section></div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">
<a href="statistics.html" class="btn btn-neutral float-left" title="Statistics" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left"
aria-hidden="true"></span> ${evFoot[0]}</a>
<a href="hot_restart.html" class="btn btn-neutral float-right" title="Hot restart" accesskey="n" rel="next">${evFoot[1]} <span class="fa fa-arrow-circle-right"
aria-hidden="true"></span></a></div><hr><div role="contentinfo"><p>${evCopy}</p><span class="commit">Last updated on Sep 30, 2025.</span></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by
<a href="https://readthedocs.org">Read the Docs</a>.</footer></div></div></section></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
const envoy: TestPage = {
  name: 'heldout168-envoy-docs',
  kind: 'docs',
  html: evHtml,
  // the attention admonition is part of the text (body), its "Attention" label furniture; "Draining" (sidebar and last
  // breadcrumb) is a word of the first heading and is left out; the "Last updated" line is a byline
  title: evTitle,
  headings: [evH1, evH2, evH3],
  body: texts([...evP0, ...evP1, ...evL1, ...evP2, evAttention, ...evP3]),
  bylines: ['Last updated on Sep 30, 2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'envoy', '1.36.0-dev-7c1e04', ...evCaps, ...evSide.filter((t) => t !== 'Draining'), ...evCrumbs, 'Edit on GitHub', '¶', 'Attention', ...evFoot,
    evCopy, 'Built with Sphinx using a theme provided by Read the Docs.',
  ],
};

export const HELDOUT168_C: readonly TestPage[] = [envoy, prometheusPage];
