import { type TestPage, texts } from './page-kit.js';
import { hugoPost } from './pages-heldout125-f2.js';

/**
 * Held-out batch 125, file f: a Jekyll post on the Minima theme (the site header with the checkbox nav and its SVG menu
 * icon, the post header with title, date and author, kramdown content with h2s, a list, a table, a Rouge code block and a
 * footnote, the Disqus thread with its noscript line, and the h-card footer with contact list, social links and site
 * description) and, from file f2, a Hugo post on the PaperMod theme.
 */
const jkTitle = 'Calibrating a cheap capacitive soil moisture sensor';
const jkP1 = [
  `I have four of the blue capacitive soil moisture sensors that cost about three pounds each, and until last month I was using the
numbers they reported without much thought. Then two of them, in pots sitting side by side and watered at the same time, disagreed by
nearly thirty per cent. So I spent a weekend calibrating them properly.`,
  'This post is mostly a note to my future self, but it might save someone else a weekend.',
];
const jkH1 = 'How the sensor works';
const jkP2 = [
  `Unlike the cheaper resistive probes, these sensors do not pass a current through the soil. They measure capacitance, which changes with
the amount of water around the probe, and output an analogue voltage. Wetter soil gives a lower reading. I read them with the 12-bit
ADC on an ESP32, so raw values run from 0 to 4095.<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup>`,
  `The catch is that every board is slightly different, and the output depends on the supply voltage too. A raw reading on its own means
very little.`,
];
const jkH2 = 'Two reference points';
const jkP3 = ['The usual approach is to take two readings for each sensor and map everything in between. I used:'];
const jkL1 = [
  '<strong>Dry:</strong> the sensor held in free air, well away from anything damp.',
  '<strong>Wet:</strong> the sensor pushed into a glass of tap water, up to the line printed on the board.',
];
const jkP4 = ['Here is what my four sensors reported, each reading averaged over 100 samples:'];
const jkRows = [
  ['A (tomatoes)', '3412', '1488'],
  ['B (chillies)', '3356', '1602'],
  ['C (basil)', '3440', '1431'],
  ['D (spare)', '3298', '1655'],
];
const jkP5 = [
  `The spread is bigger than I expected. Sensor D reads more than 200 higher than sensor C when wet, which is the whole difference between
“needs watering” and “fine” in my old code.`,
];
const jkH3 = 'Mapping readings to a percentage';
const jkP6 = ['With the two reference points, converting a reading to a rough moisture percentage is a straight line:'];
const jkCode = `<span class="k">def</span> <span class="nf">moisture_percent</span><span class="p">(</span><span class="n">raw</span><span
class="p">,</span> <span
class="n">dry</span><span class="p">,</span> <span class="n">wet</span><span class="p">):</span>
    <span class="n">pct</span> <span class="o">=</span> <span class="p">(</span><span class="n">dry</span> <span class="o">-</span> <span
class="n">raw</span><span
class="p">)</span> <span class="o">/</span> <span class="p">(</span><span class="n">dry</span> <span class="o">-</span> <span class="n">wet</span><span
class="p">)</span> <span class="o">*</span> <span class="mi">100</span>
    <span class="k">return</span> <span class="nf">max</span><span class="p">(</span><span class="mi">0</span><span class="p">,</span> <span
class="nf">min</span><span class="p">(</span><span class="mi">100</span><span class="p">,</span> <span class="n">pct</span><span class="p">))</span>`;
const jkP7 = [
  `It is not a true volumetric water content, and it is not linear across the whole range, but for deciding when to water a pot it is good
enough. More importantly, all four sensors now agree to within a few per cent in the same soil.`,
];
const jkH4 = 'Things that still catch me out';
const jkL2 = [
  `Supply voltage matters. The readings shift when the ESP32 runs from a battery that is getting low, so I now power the sensors from a
regulated 3.3 V line.`,
  `The edges of the board are not sealed. Water creeping in at the top has killed one sensor already, so I coated the electronics with nail
varnish.`,
  'Readings drift for a minute or so after power-up. I wait five seconds and then average twenty samples.',
];
const jkP8 = [
  `The full code, including the deep-sleep loop that posts readings to my home server every ten minutes, is
<a href="https://github.example/owainp/pot-sensors">on GitHub</a>.`,
];
const jkFn = `The ESP32’s ADC is not very linear near either end of its range. I set the attenuation to 11 dB and have not had problems,
but it is worth knowing.`;
const jkFootDesc = 'Notes from a shed full of microcontrollers, half-finished garden gadgets and the occasional working one.';
const jkHtml = `<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>Calibrating a cheap capacitive soil moisture sensor | Pottering with Pins</title>
<meta name="generator" content="Jekyll v4.3.4" />
<meta property="og:title" content="${jkTitle}" />
<meta name="author" content="Owain Pritchard" />
<meta property="og:locale" content="en_US" />
<meta name="description" content="I have four of the blue capacitive soil moisture sensors that cost about three pounds each." />
<link rel="canonical" href="https://owainp.github.example/2025/05/17/calibrating-soil-moisture-sensor.html" />
<meta property="og:site_name" content="Pottering with Pins" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2025-05-17T00:00:00+00:00" />
<meta name="twitter:card" content="summary" />
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Owain Pritchard"},"dateModified":"2025-05-17T00:00:00+00:00",
"datePublished":"2025-05-17T00:00:00+00:00","description":"I have four of the blue capacitive soil moisture sensors that cost about three pounds each.",
"headline":"${jkTitle}","mainEntityOfPage":{"@type":"WebPage","@id":"https://owainp.github.example/2025/05/17/calibrating-soil-moisture-sensor.html"},
"url":"https://owainp.github.example/2025/05/17/calibrating-soil-moisture-sensor.html"}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://owainp.github.example/feed.xml"
title="Pottering with Pins" />
</head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">Pottering with Pins</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0z"/>
            </svg>
          </span>
        </label>

        <div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/projects/">Projects</a><a class="page-link"
href="/now/">Now</a></div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">${jkTitle}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="2025-05-17T00:00:00+00:00" itemprop="datePublished">May 17, 2025
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card"
itemprop="name">Owain Pritchard</span></span></p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    ${jkP1.map((p) => `<p>${p}</p>`).join('\n\n')}

<h2 id="how-the-sensor-works">${jkH1}</h2>

${jkP2.map((p) => `<p>${p}</p>`).join('\n\n')}

<h2 id="two-reference-points">${jkH2}</h2>

<p>${jkP3[0]}</p>

<ul>
${jkL1.map((t) => `  <li>${t}</li>`).join('\n')}
</ul>

<p>${jkP4[0]}</p>

<table>
  <thead>
    <tr>
      <th>Sensor</th>
      <th style="text-align: right">Dry</th>
      <th style="text-align: right">Wet</th>
    </tr>
  </thead>
  <tbody>
${jkRows.map((r) => `    <tr>\n${r.map((c, i) => `      <td${i > 0 ? ' style="text-align: right"' : ''}>${c}</td>`).join('\n')}\n    </tr>`).join('\n')}
  </tbody>
</table>

<p>${jkP5[0]}</p>

<h2 id="mapping-readings-to-a-percentage">${jkH3}</h2>

<p>${jkP6[0]}</p>

<div class="language-python highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${jkCode}
</code></pre></div></div>

<p>${jkP7[0]}</p>

<h2 id="things-that-still-catch-me-out">${jkH4}</h2>

<ul>
${jkL2.map((t) => `  <li>${t}</li>`).join('\n')}
</ul>

<p>${jkP8[0]}</p>

<div class="footnotes" role="doc-endnotes">
  <ol>
    <li id="fn:1" role="doc-endnote">
      <p>${jkFn}&nbsp;<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>
    </li>
  </ol>
</div>

  </div><div id="disqus_thread"><iframe id="dsq-app4417" name="dsq-app4417" allowtransparency="true" frameborder="0" scrolling="no" tabindex="0" title="Disqus"
width="100%" src="https://disqus.example/embed/comments/?base=default&amp;f=pottering-with-pins&amp;t_u=calibrating"
style="width: 1px !important; min-width: 100% !important;
border: none !important; overflow: hidden !important; height: 612px !important;" horizontalscrolling="no" verticalscrolling="no"></iframe></div>
  <script>
    var disqus_config = function () {
      this.page.url = 'https://owainp.github.example/2025/05/17/calibrating-soil-moisture-sensor.html';
      this.page.identifier = 'https://owainp.github.example/2025/05/17/calibrating-soil-moisture-sensor.html';
    };

    (function() {
      var d = document, s = d.createElement('script');

      s.src = 'https://pottering-with-pins.disqus.example/embed.js';

      s.setAttribute('data-timestamp', +new Date());
      (d.head || d.body).appendChild(s);
    })();
  </script>
  <noscript>Please enable JavaScript to view the <a href="https://disqus.example/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>
<a class="u-url" href="/2025/05/17/calibrating-soil-moisture-sensor.html" hidden></a>
</article>

      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">Pottering with Pins</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">Owain Pritchard</li><li><a class="u-email" href="mailto:owain@pins.example">owain@pins.example</a></li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.example/owainp"><svg class="svg-icon"><use
xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">owainp</span></a></li><li><a
href="https://mastodon.example/@owainp"><svg
class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#mastodon"></use></svg> <span class="username">@owainp@mastodon.example</span></a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>${jkFootDesc}</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>`;
const jekyllPost: TestPage = {
  html: jkHtml,
  name: 'heldout125-jekyll-minima-blog',
  kind: 'blog',
  // the footnote's text is the writer's and is body (its "↩" back link is furniture); the footnote mark "1" is part of its
  // paragraph; the table's data cells are body, its header cells and the code block in neither list; the date and the
  // author after it are bylines (the footer's contact list repeats the author's name)
  title: jkTitle,
  headings: [jkH1, jkH2, jkH3, jkH4],
  body: texts([...jkP1, ...jkP2, ...jkP3, ...jkL1, ...jkP4, ...jkRows.flat(), ...jkP5, ...jkP6, ...jkP7, ...jkL2, ...jkP8, jkFn]),
  bylines: ['May 17, 2025', 'Owain Pritchard'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pottering with Pins', 'About', 'Projects', 'Now', '↩',
    'Please enable JavaScript to view the comments powered by Disqus.', 'owain@pins.example', 'owainp',
    '@owainp@mastodon.example', jkFootDesc,
  ],
};

export const HELDOUT125_F: readonly TestPage[] = [jekyllPost, hugoPost];
