import { links, ps, type TestPage, texts } from './page-kit.js';
import { docusaurusNext } from './pages-heldout73-d2.js';

/**
 * Held-out batch 73, file d: a Read the Docs page (Sphinx, sphinx_rtd_theme) of an old version, with the injected "You are not
 * reading the most recent version" warning at the top of the main text, the side navigation with its captions and an EthicalAds
 * placement, breadcrumbs with "View page source", headerlinks, previous/next buttons, the copyright line and the version
 * flyout; and a Docusaurus 3 page of the unreleased "Next" version with its version banner, breadcrumbs, version badge, a
 * "deprecated" warning admonition inside the text, install tabs, "Edit this page", "Last updated", pagination and the table of
 * contents.
 */
const rtTitle = 'Retrying requests';
const rtWarning = 'You are not reading the most recent version of this documentation. 3.1 is the latest version available.';
const rtIntro = [
  'Network calls fail for reasons that have nothing to do with your code: a load balancer restarts, a DNS lookup times out, a ' +
    'server answers 503 while it scales up. Pellucid can retry such requests for you, with a delay that grows after each attempt.',
  'Retries are off by default. Turn them on for a whole client by passing a <code class="docutils literal notranslate"><span ' +
    'class="pre">RetryPolicy</span></code>:',
];
const rtPolicy = [
  'A policy decides three things: which failures are worth retrying, how many times to try, and how long to wait between ' +
    'attempts. The defaults retry connection errors and the status codes 502, 503 and 504, up to three times.',
  'Policies are immutable. To retry one endpoint more patiently than the rest, create a second policy and pass it to those ' +
    'requests only; the client-wide policy still applies everywhere else.',
];
const rtRows = [
  ['max_attempts', 'Total number of attempts, including the first one.'],
  ['backoff', 'Base delay in seconds. The delay doubles after every failed attempt.'],
  ['max_backoff', 'Upper limit for a single delay, so long outages do not lead to hour-long waits.'],
  ['retry_on', 'Status codes that count as retryable, in addition to connection errors.'],
];
const rtChanged = ['Changed in version 2.2: The default backoff is now 0.5 seconds instead of 1 second.'];
const rtIdem = [
  'Only idempotent requests are retried automatically: GET, HEAD, OPTIONS, PUT and DELETE. A POST that timed out may already ' +
    'have been processed by the server, and sending it again could, for example, charge a customer twice.',
  'If your API accepts an idempotency key, you can opt a POST in explicitly:',
];
const rtTip = [
  'Log the attempt number with every retried request. A sudden rise in second attempts is often the first sign of trouble ' +
    'upstream, well before requests start failing outright.',
];
const rtJitter = [
  'When many clients fail at the same moment, they also retry at the same moment and can knock the server over again. Pellucid ' +
    'adds a random jitter of up to half the delay to each wait. You can turn it off with <code class="docutils literal ' +
    'notranslate"><span class="pre">jitter=False</span></code>, which is mostly useful in tests.',
];
const rtHeads = ['Retry policies', 'Which requests are retried', 'Jitter'];
const rtCaption = 'User guide';
const rtToc1 = ['Installation', 'Quickstart', 'Sessions and connection pools', 'Timeouts', 'Retrying requests', 'Authentication', 'Logging'];
const rtToc2 = ['API reference', 'Changelog', 'Contributing'];
const rtFlyVersions = ['latest', 'stable', '3.1', '3.0', '2.3', '2.2'];
const rtFlyDownloads = ['pdf', 'html', 'epub'];
const rtAd = 'Monitor every API you depend on. Driftwatch alerts you before your users notice.';
const rtPre = (code: string): string => `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>${code}
</pre></div></div>`;
const rtH = (t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<section id="${id}">\n<h2>${t}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></h2>`;
};
const rtHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="./">
<head>
  <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${rtTitle} — Pellucid 2.3 documentation</title>
      <link rel="stylesheet" type="text/css" href="_static/pygments.css?v=80d5e7a1" />
      <link rel="stylesheet" type="text/css" href="_static/css/theme.css?v=e59714d7" />
  <script src="_static/jquery.js?v=5d32c60e"></script>
      <script src="_static/documentation_options.js?v=2c4a1b63"></script>
      <script src="_static/doctools.js?v=9a2dae69"></script>
    <script src="_static/js/theme.js"></script>
    <link rel="index" title="Index" href="genindex.html" /><link rel="search" title="Search" href="search.html" />
    <link rel="next" title="Authentication" href="auth.html" /><link rel="prev" title="Timeouts" href="timeouts.html" />
<script type="text/javascript">READTHEDOCS_DATA = {"project": "pellucid", "version": "2.3", "language": "en", "proxied_api_host": "/_", "builder":
"sphinx"}</script>
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>
<meta name="readthedocs-project-slug" content="pellucid" /><meta name="readthedocs-version-slug" content="2.3" />
</head>

<body class="wy-body-for-nav">
  <div class="wy-grid-for-nav">
    <nav data-toggle="wy-nav-shift" class="wy-nav-side">
      <div class="wy-side-scroll">
        <div class="wy-side-nav-search" >
            <a href="index.html" class="icon icon-home">
            Pellucid
          </a>
              <div class="version">
                2.3
              </div>
<div role="search">
  <form id="rtd-search-form" class="wy-form" action="search.html" method="get">
    <input type="text" name="q" placeholder="Search docs" aria-label="Search docs" />
    <input type="hidden" name="check_keywords" value="yes" />
    <input type="hidden" name="area" value="default" />
  </form>
</div>
        </div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
              <p class="caption" role="heading"><span class="caption-text">${rtCaption}</span></p>
<ul class="current">
${rtToc1
  .map((t) =>
    t === rtTitle
      ? `<li class="toctree-l1 current"><a class="current reference internal" href="#">${t}</a><ul>
${rtHeads.map((h) => `<li class="toctree-l2"><a class="reference internal" href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}
</ul></li>`
      : `<li class="toctree-l1"><a class="reference internal" href="${t.toLowerCase().split(' ')[0]}.html">${t}</a></li>`,
  )
  .join('\n')}
</ul>
<p class="caption" role="heading"><span class="caption-text">Reference</span></p>
<ul>${links(rtToc2, 'toctree-l1')}</ul>
<div id="ethical-ad-placement" class="flat horizontal" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" data-ea-manual="true">
<div class="ea-placement ea-type-image"><div class="ea-content"><a class="ea-image-link" href="https://server.ethicalads.io/proxy/click/8812/" rel="nofollow
noopener sponsored" target="_blank"><img src="https://media.ethicalads.io/media/images/driftwatch.png" alt="Driftwatch"></a><div class="ea-text"><a
href="https://server.ethicalads.io/proxy/click/8812/" rel="nofollow noopener sponsored" target="_blank"><strong>Driftwatch:</strong> ${rtAd}</a></div></div>
<div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/topics/backend-web/?ref=ea-text" rel="nofollow noopener sponsored"
target="_blank"><em>Ads
by EthicalAds</em></a></div></div></div>
        </div>
      </div>
    </nav>

    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu" >
          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>
          <a href="index.html">Pellucid</a>
      </nav>

      <div class="wy-nav-content">
        <div class="rst-content">
          <div role="navigation" aria-label="Page navigation">
  <ul class="wy-breadcrumbs">
      <li><a href="index.html" class="icon icon-home" aria-label="Home"></a></li>
      <li class="breadcrumb-item active">${rtTitle}</li>
      <li class="wy-breadcrumbs-aside">
            <a href="_sources/retries.rst.txt" rel="nofollow"> View page source</a>
      </li>
  </ul>
  <hr/>
</div>
          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="admonition warning"> <p class="first admonition-title">Note</p> <p class="last"> ${rtWarning.replace(
  '3.1 is',
  '<a href="/en/latest/retries.html">3.1</a> is',
)} </p></div>
           <div itemprop="articleBody">
<section id="retrying-requests">
<h1>${rtTitle}<a class="headerlink" href="#retrying-requests" title="Link to this heading">¶</a></h1>
${ps(rtIntro)}
${rtPre(`<span class="kn">from</span> <span class="nn">pellucid</span> <span class="kn">import</span> <span class="n">Client</span><span class="p">,</span>
<span
class="n">RetryPolicy</span>

<span class="n">client</span> <span class="o">=</span> <span class="n">Client</span><span class="p">(</span><span class="n">retry</span><span
class="o">=</span><span class="n">RetryPolicy</span><span class="p">(</span><span class="n">max_attempts</span><span class="o">=</span><span
class="mi">4</span><span class="p">))</span>`)}
${rtH(rtHeads[0]!)}
${ps(rtPolicy)}
<table class="docutils align-default">
<thead><tr class="row-odd"><th class="head"><p>Parameter</p></th><th class="head"><p>Description</p></th></tr></thead>
<tbody>
${rtRows
  .map(
    ([k, d], i) => `<tr class="row-${i % 2 ? 'odd' : 'even'}"><td><p><code class="docutils literal notranslate"><span class="pre">${k}</span></code></p></td>
<td><p>${d}</p></td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
<div class="versionchanged"><p><span class="versionmodified changed">Changed in version 2.2: </span>The default backoff is now 0.5 seconds instead of 1
second.</p>
</div>
</section>
${rtH(rtHeads[1]!)}
${ps(rtIdem)}
${rtPre(`<span class="n">client</span><span class="o">.</span><span class="n">post</span><span class="p">(</span><span class="s2">"/payments"</span><span
class="p">,</span> <span class="n">json</span><span class="o">=</span><span class="n">body</span><span class="p">,</span> <span class="n">retry</span><span
class="o">=</span><span class="kc">True</span><span class="p">,</span> <span class="n">idempotency_key</span><span class="o">=</span><span
class="n">order_id</span><span class="p">)</span>`)}
<div class="admonition tip">
<p class="admonition-title">Tip</p>
${ps(rtTip)}
</div>
</section>
${rtH(rtHeads[2]!)}
${ps(rtJitter)}
</section>
</section>


           </div>
          </div>
          <footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">
        <a href="timeouts.html" class="btn btn-neutral float-left" title="Timeouts" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left"
aria-hidden="true"></span> Previous</a>
        <a href="auth.html" class="btn btn-neutral float-right" title="Authentication" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right"
aria-hidden="true"></span></a>
    </div>

  <hr/>

  <div role="contentinfo">
    <p>© Copyright 2019-2024, the Pellucid contributors.</p>
  </div>

  Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a
    <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>
    provided by <a href="https://readthedocs.org">Read the Docs</a>.


</footer>
        </div>
      </div>
    </section>
  </div>
  <div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions">
    <span class="rst-current-version" data-toggle="rst-current-version">
      <span class="fa fa-book"> Read the Docs</span>
      v: 2.3
      <span class="fa fa-caret-down"></span>
    </span>
    <div class="rst-other-versions">
      <dl><dt>Versions</dt>${rtFlyVersions.map((v) => `<dd><a href="/en/${v}/">${v}</a></dd>`).join('')}</dl>
      <dl><dt>Downloads</dt>${rtFlyDownloads.map((v) => `<dd><a href="//pellucid.readthedocs.io/_/downloads/en/2.3/${v}/">${v}</a></dd>`).join('')}</dl>
      <dl><dt>On Read the Docs</dt><dd><a href="//readthedocs.org/projects/pellucid/?fromdocs=pellucid">Project Home</a></dd>
        <dd><a href="//readthedocs.org/builds/pellucid/?fromdocs=pellucid">Builds</a></dd></dl>
      <hr/>Free document hosting provided by <a href="https://readthedocs.org">Read the Docs</a>.
    </div>
  </div>
  <script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script>
</body>
</html>`;
const rtd: TestPage = {
  html: rtHtml,
  name: 'heldout73-readthedocs-old-version-docs',
  kind: 'docs',
  // the injected "You are not reading the most recent version" warning (with its "Note" title) is furniture; the page's own
  // tip and "Changed in version" paragraph are body, the "Tip" label furniture; table data cells are body, header cells and the
  // code blocks in neither list; the side navigation's entries for this page and its sections repeat the title and headings:
  // left out
  title: rtTitle,
  headings: rtHeads,
  body: [...texts(rtIntro), ...rtPolicy, ...rtRows.flat(), ...rtChanged, ...rtIdem, ...rtTip, ...texts(rtJitter)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pellucid', rtCaption, ...rtToc1.filter((t) => t !== rtTitle), 'Reference', ...rtToc2, 'Driftwatch:', rtAd, 'Ads by EthicalAds', 'View page source',
    'Note', rtWarning, '¶', 'Tip', 'Previous', 'Next', '© Copyright 2019-2024, the Pellucid contributors.', 'Built with', 'Sphinx', 'using a', 'theme',
    'provided by', 'Read the Docs', 'v: 2.3', 'Versions', ...rtFlyVersions, 'Downloads', ...rtFlyDownloads, 'On Read the Docs', 'Project Home', 'Builds',
    'Free document hosting provided by',
  ],
};

export const HELDOUT73_D: readonly TestPage[] = [rtd, docusaurusNext];
