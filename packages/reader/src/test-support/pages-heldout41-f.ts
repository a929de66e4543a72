import { type TestPage, texts } from './page-kit.js';
import { bloomberg } from './pages-heldout41-f2.js';

/**
 * Held-out batch 41, file f: a Jekyll post on the Minima theme (2.5) served by GitHub Pages (the Jekyll SEO tag block with
 * its JSON-LD, the feed link, the site header with its hamburger checkbox and page links, the h-entry post header with the
 * date and author, kramdown output with heading ids, an ordered list, a Rouge code block, a blockquote and a footnote with
 * its back-link, the Disqus thread with its noscript line, the hidden u-url link and the h-card footer with name, e-mail,
 * GitHub username and site description).
 */
const jkTitle = 'Calibrating a cheap capacitive soil-moisture sensor';
const jkBody1 = [
  'Our greenhouse trial needs soil-moisture readings from forty pots, and the research-grade probes we used last year cost more ' +
    'than the rest of the experiment combined. So this autumn I tried the cheap capacitive sensors that sell for a couple of ' +
    'dollars each, wired to a handful of microcontrollers.',
  'Out of the bag, they are not much use. Two sensors from the same batch, pushed into the same pot, gave raw readings that ' +
    'differed by almost 15%. But with a simple calibration they turned out to be good enough for what we need.',
];
const jkH1 = 'The calibration';
const jkBody2 = ['For each sensor I took readings at three known water contents, mixing our potting soil with measured amounts of water in ' + 'sealed jars:'];
const jkList = [
  'Oven-dried soil (0% volumetric water content).',
  'Soil at roughly field capacity, about 32%.',
  'A midpoint at 16%, which I checked by weighing a sample before and after drying.',
];
const jkBody3 = ['A straight line through those three points fitted every sensor with an R² above 0.97. The fit itself is only a few lines:'];
const jkH2 = 'Things that matter more than I expected';
const jkBody4 = [
  '<strong>Temperature.</strong> The readings drift by about 1% per 5 °C, which matters in a greenhouse that goes from 12 °C at ' +
    'night to 30 °C in the afternoon. I now log air temperature alongside and correct for it.',
  '<strong>Insertion.</strong> Each sensor reads differently depending on how firmly the soil is packed around it. Pushing it ' +
    'in, pulling it out and pushing it in again can move the reading by several percent, so the sensors now stay in place for ' +
    'the whole trial.',
  'As Tomás, who runs the greenhouse, put it after a week of this:',
];
const jkQuote = 'The cheap sensor is fine. The cheap installation is the problem.';
const jkBody5 = [
  'The total cost for forty pots, including the microcontrollers, was under $200. So far the data agrees with the two ' +
    'research probes we kept as a check to within about 2% water content.',
];
const jkNote = 'The two reference probes were calibrated by their manufacturer in 2023 and checked against oven-dried samples in September.';
const rg = (c: string, t: string): string => `<span class="${c}">${t}</span>`;
const arr = (name: string, nums: readonly string[]): string =>
  `${rg('n', name)} ${rg('o', '=')} ${rg('n', 'np')}${rg('p', '.')}${rg('nf', 'array')}${rg('p', '([')}` +
  `${nums.map((x) => rg('mi', x)).join(`${rg('p', ',')} `)}${rg('p', '])')}`;
const jkCode = [
  `${rg('kn', 'import')} ${rg('nn', 'numpy')} ${rg('k', 'as')} ${rg('n', 'np')}`,
  '',
  rg('c1', '# raw readings and known water content (%) for one sensor'),
  arr('raw', ['2710', '2140', '1585']),
  arr('vwc', ['0', '16', '32']),
  `${rg('n', 'slope')}${rg('p', ',')} ${rg('n', 'intercept')} ${rg('o', '=')} ${rg('n', 'np')}${rg('p', '.')}${rg('nf', 'polyfit')}${rg('p', '(')}` +
    `${rg('n', 'raw')}${rg('p', ',')} ${rg('n', 'vwc')}${rg('p', ',')} ${rg('mi', '1')}${rg('p', ')')}`,
];
const jkSite = 'Marsh Lab Notebook';
const jkPages = ['About', 'Methods', 'Publications'];
const jkDesc = 'Notes, methods and small failures from a plant ecology lab.';
const jkHtml = `<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>${jkTitle} | ${jkSite}</title>
<meta name="generator" content="Jekyll v3.10.0" />
<meta property="og:title" content="${jkTitle}" />
<meta name="author" content="Ada Okonkwo-Reyes" />
<meta property="og:locale" content="en_US" />
<meta name="description" content="Our greenhouse trial needs soil-moisture readings from forty pots." />
<link rel="canonical" href="https://marshlab.github.io/2025/11/09/calibrating-soil-moisture-sensors.html" />
<meta property="og:site_name" content="${jkSite}" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2025-11-09T10:30:00+00:00" />
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Ada Okonkwo-Reyes"},"dateModified":"2025-11-09T10:30:00+00:00",
"datePublished":"2025-11-09T10:30:00+00:00","headline":"${jkTitle}",
"url":"https://marshlab.github.io/2025/11/09/calibrating-soil-moisture-sensors.html"}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://marshlab.github.io/feed.xml" title="${jkSite}" />
</head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">${jkSite}</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0
                C0,0.665,0.665,0,1.484,0h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/>
            </svg>
          </span>
        </label>

        <div class="trigger">${jkPages.map((t) => `<a class="page-link" href="/${t.toLowerCase()}/">${t}</a>`).join('')}</div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">${jkTitle}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="2025-11-09T10:30:00+00:00" itemprop="datePublished">Nov 9, 2025
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card"
itemprop="name">Ada Okonkwo-Reyes</span></span></p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    ${jkBody1.map((p) => `<p>${p}</p>`).join('\n\n')}

<h2 id="the-calibration">${jkH1}</h2>

<p>${jkBody2[0]}</p>

<ol>
${jkList.map((t) => `  <li>${t}</li>`).join('\n')}
</ol>

<p>${jkBody3[0]}</p>

<div class="language-python highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${jkCode.join('\n')}
</code></pre></div></div>

<h2 id="things-that-matter-more-than-i-expected">${jkH2}</h2>

${jkBody4.map((p) => `<p>${p}</p>`).join('\n\n')}

<blockquote>
  <p>${jkQuote}</p>
</blockquote>

<p>${jkBody5[0]}<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup></p>

<div class="footnotes" role="doc-endnotes">
  <ol>
    <li id="fn:1" role="doc-endnote">
      <p>${jkNote}&nbsp;<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>
    </li>
  </ol>
</div>

  </div><div id="disqus_thread"></div>
  <script>
    var disqus_config = function () {
      this.page.url = 'https://marshlab.github.io/2025/11/09/calibrating-soil-moisture-sensors.html';
      this.page.identifier = 'https://marshlab.github.io/2025/11/09/calibrating-soil-moisture-sensors.html';
    };

    (function() {
      var d = document, s = d.createElement('script');

      s.src = 'https://marshlab-notebook.disqus.com/embed.js';

      s.setAttribute('data-timestamp', +new Date());
      (d.head || d.body).appendChild(s);
    })();
  </script>
  <noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>
<a class="u-url" href="/2025/11/09/calibrating-soil-moisture-sensors.html" hidden></a>
</article>

      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">${jkSite}</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">Ada Okonkwo-Reyes</li><li><a class="u-email" href="mailto:ada@marshlab.example.org">ada@marshlab.example.org</a></li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/adaokr"><svg class="svg-icon"><use
        xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">adaokr</span></a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>${jkDesc}</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>`;
const jekyll: TestPage = {
  html: jkHtml,
  name: 'heldout41-jekyll-minima',
  kind: 'blog',
  // the two h2s are the headings; the ordered list's items, the blockquote and the footnote's text (the writer's own prose,
  // a list item at the foot of the post) are body, the footnote mark "1" and the "↩" back-link in neither; the code block
  // is in neither list. The date and the author's name (post-meta and the footer's h-card, same text) are bylines; the
  // site title (header and footer heading), page links, the Disqus noscript line, e-mail, GitHub username and site
  // description are furniture; the page link "About" is a body word ("about 32%"): left out
  title: jkTitle,
  headings: [jkH1, jkH2],
  body: [...texts(jkBody1), ...texts(jkBody2), ...jkList, ...texts(jkBody3), ...texts(jkBody4), jkQuote, ...texts(jkBody5), jkNote],
  bylines: ['Nov 9, 2025', 'Ada Okonkwo-Reyes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    jkSite, 'Methods', 'Publications', 'Please enable JavaScript to view the comments powered by Disqus.', 'ada@marshlab.example.org', 'adaokr', jkDesc,
  ],
};

export const HELDOUT41_F: readonly TestPage[] = [jekyll, bloomberg];
