import { type TestPage, texts } from './page-kit.js';
import { wpcomPost } from './pages-heldout143-f2.js';

/**
 * Held-out batch 143, file f: a Beautiful Jekyll post on a personal GitHub Pages site (the fixed navbar with brand, links,
 * a "Resources" dropdown and "Search", the avatar, the search overlay with its "✕", the intro header with the h1, the
 * subtitle as h2.post-subheading and the "Posted on" / "Last updated" meta, the post text with rouge code blocks, the
 * "Tags:" list, the social share section with screen-reader labels, the Previous / Next pager, the Disqus thread with
 * its noscript text, and the footer with icon links, copyright line and "Powered by Beautiful Jekyll") and, from file f2,
 * a WordPress.com hosted post.
 */
const title = 'Why my weather station read two degrees high';
const sub = 'A Raspberry Pi, a cheap sensor, and a month of wrong temperatures';
const p1 = [
  'Last winter I put together a small weather station from a Raspberry Pi Zero, a BME280 sensor and a plastic food box with ' +
    'holes drilled in it. It logged temperature, humidity and pressure every minute to a SQLite file, and a little script ' +
    'drew charts for a page on this site.',
  'For a month I was quite pleased with myself. Then my neighbour, who has a proper station with a Stevenson screen, ' +
    'mentioned that our back gardens seemed to have very different weather. Mine was reading about two degrees warmer than ' +
    'hers, all day, every day.',
];
const h1 = 'First suspect: the sensor';
const p2 = [
  'The BME280 is supposed to be accurate to about one degree, so a steady two-degree offset looked like a faulty part. I ' +
    'ordered a second one and ran both side by side on the desk for a day. They agreed to within a tenth of a degree. The ' +
    'sensor was fine.',
];
const h2 = 'Second suspect: the Pi itself';
const p3 = [
  'The sensor board was mounted about three centimetres above the Pi, connected with short jumper wires. A Pi Zero does not ' +
    'get very hot, but it does get warm, and inside a closed box a little warmth goes a long way.',
  'To check, I logged the Pi’s own CPU temperature next to the sensor reading:',
];
const code1 = `<div class="language-python highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="k">def</span> <span
class="nf">cpu_temp</span><span class="p">():</span>
    <span class="k">with</span> <span class="nf">open</span><span class="p">(</span><span class="s">"/sys/class/thermal/thermal_zone0/temp"</span><span
class="p">)</span> <span class="k">as</span> <span class="n">f</span><span class="p">:</span>
        <span class="k">return</span> <span class="nf">int</span><span class="p">(</span><span class="n">f</span><span class="p">.</span><span
class="nf">read</span><span class="p">())</span> <span class="o">/</span> <span class="mi">1000</span>
</code></pre></div></div>`;
const p4 = [
  'The two lines moved together almost perfectly. When the Pi was busy redrawing the charts every ten minutes, the outdoor ' +
    'temperature went up by half a degree as well. The sensor was measuring the computer.',
];
const h3 = 'The fix';
const fixes = [
  'Moved the sensor to the end of a one-metre cable, outside the box, under a small louvred shield.',
  'Changed the chart script to run on my laptop instead of the Pi.',
  'Put the sensor in forced mode, so it only takes a reading once a minute instead of running continuously.',
];
const p5 = [
  'After those changes my readings agree with my neighbour’s to within about 0.3 degrees, which is as close as I could ' +
    'hope for from a sensor that cost less than a sandwich. The lesson, which everyone who builds these things already ' +
    'knows and I had to learn: keep the thermometer away from anything that makes heat, including itself.',
];
const nav = ['About Me', 'Projects', 'Resources', 'Search'];
const dropdown = ['Sensor notes', 'Reading list'];
const tags = ['raspberry-pi', 'sensors', 'weather'];
const shareSr = ['Share:', 'Twitter', 'Facebook', 'LinkedIn'];
const footSr = ['Email me', 'GitHub', 'Mastodon', 'RSS'];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><!-- Beautiful Jekyll 6.0.1 --><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><title>${title}</title><meta name="author" content="Anneke Vos">
<meta name="description" content="${sub}"><link rel="alternate" type="application/rss+xml" title="Anneke Vos" href="https://annekevos.example/feed.xml">
<link rel="stylesheet" href="https://stackpath.bootstrapcdn.example/bootstrap/4.4.1/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/bootstrap-social.css"><link rel="stylesheet" href="/assets/css/beautifuljekyll.css">
<meta property="og:site_name" content="Anneke Vos"><meta property="og:title" content="${title}"><meta property="og:description" content="${sub}">
<meta property="og:type" content="article"><meta property="og:article:author" content="Anneke Vos">
<meta property="og:article:published_time" content="2025-10-05T00:00:00+00:00"><link rel="canonical"
href="https://annekevos.example/2025-10-05-weather-station/">
<meta name="twitter:card" content="summary"><meta name="twitter:title" content="${title}"></head>
<body><nav class="navbar navbar-expand-xl navbar-light fixed-top navbar-custom top-nav-regular"><a class="navbar-brand" href="https://annekevos.example/">Anneke
Vos</a><button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#main-navbar" aria-controls="main-navbar" aria-expanded="false"
aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="main-navbar"><ul class="navbar-nav
ml-auto"><li class="nav-item"><a class="nav-link" href="/aboutme">${nav[0]}</a></li><li class="nav-item"><a class="nav-link" href="/projects">${nav[1]}</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">${nav[2]}</a>
<div class="dropdown-menu">${dropdown.map((d) => `<a class="dropdown-item" href="/${d.toLowerCase().replace(' ', '-')}">${d}</a>`).join('')}</div></li>
<li class="nav-item"><a class="nav-link" id="nav-search-link" href="#" title="Search"><span id="nav-search-icon" class="fa fa-search"></span><span
id="nav-search-text">${nav[3]}</span></a></li></ul></div><div class="avatar-container"><div class="avatar-img-border"><a href="https://annekevos.example/"><img
alt="Navigation bar avatar" class="avatar-img" src="/assets/img/avatar-icon.png"></a></div></div></nav>
<div id="beautifuljekyll-search-overlay"><div id="nav-search-exit" title="Cancel">✕</div><input type="text" id="nav-search-input" placeholder="Search">
<ul id="search-results-container"></ul></div>
<header class="header-section"><div class="intro-header no-img"><div class="container-md"><div class="row"><div class="col-xl-8 offset-xl-2 col-lg-10
offset-lg-1"><div class="post-heading"><h1>${title}</h1><h2 class="post-subheading">${sub}</h2><span class="post-meta">Posted on October 5, 2025</span>
<span class="post-meta">Last updated: October 9, 2025</span></div></div></div></div></div></header>
<div class="container-md" role="main"><div class="row"><div class="col-xl-8 offset-xl-2 col-lg-10 offset-lg-1"><article role="main" class="blog-post">
${ps(p1)}
<h2 id="first-suspect-the-sensor">${h1}</h2>
${ps(p2)}
<h2 id="second-suspect-the-pi-itself">${h2}</h2>
${ps(p3)}
${code1}
${ps(p4)}
<h2 id="the-fix">${h3}</h2>
<ul>
${fixes.map((f) => `  <li>${f}</li>`).join('\n')}
</ul>
${ps(p5)}
</article><div class="blog-tags"><span>Tags:</span><ul class="d-inline list-inline" role="list">
${tags.map((t) => `<li class="list-inline-item"><a href="/tags#${t}">${t}</a></li>`).join('\n')}
</ul></div><section id="social-share-section"><span class="sr-only">${shareSr[0]} </span>
${shareSr
  .slice(1)
  .map(
    (s) => `<a href="https://${s.toLowerCase()}.example/share?url=https%3A%2F%2Fannekevos.example%2F2025-10-05-weather-station%2F" class="btn btn-social-icon
btn-${s.toLowerCase()}" title="Share on ${s}"><span class="fab fa-fw fa-${s.toLowerCase()}" aria-hidden="true"></span><span class="sr-only">${s}</span></a>`,
  )
  .join('\n')}
</section><ul class="pagination blog-pager"><li class="page-item previous"><a class="page-link" href="/2025-08-17-soil-moisture/" data-toggle="tooltip"
data-placement="top" title="Soil moisture sensors are liars">← Previous Post</a></li><li class="page-item next"><a class="page-link"
href="/2025-11-02-rain-gauge/" data-toggle="tooltip" data-placement="top" title="Building a tipping-bucket rain gauge">Next Post →</a></li></ul>
<div class="disqus-comments"><div class="comments"><div id="disqus_thread"><iframe id="dsq-app8271" name="dsq-app8271" allowtransparency="true"
frameborder="0" scrolling="no" tabindex="0" title="Disqus" width="100%" src="https://disqus.example/embed/comments/?base=default&amp;f=annekevos"
style="width: 1px !important; min-width: 100% !important; border: none !important; overflow: hidden !important; height: 1342px !important;"></iframe></div>
<script type="text/javascript">var disqus_shortname = 'annekevos'; (function() { var dsq = document.createElement('script'); dsq.type = 'text/javascript';
dsq.async = true; dsq.src = 'https://' + disqus_shortname + '.disqus.example/embed.js'; (document.getElementsByTagName('head')[0]).appendChild(dsq);
})();</script>
<noscript>Please enable JavaScript to view the <a href="https://disqus.example/?ref_noscript">comments powered by Disqus.</a></noscript></div></div>
</div></div></div>
<footer><div class="container-md beautiful-jekyll-footer"><div class="row"><div class="col-xl-8 offset-xl-2 col-lg-10 offset-lg-1"><ul class="list-inline
text-center footer-links">
${footSr
  .map(
    (s) => `<li class="list-inline-item"><a href="https://${s.toLowerCase().replace(' ', '')}.example/annekevos" title="${s}"><span
class="fa-stack fa-lg" aria-hidden="true"><i class="fas fa-circle fa-stack-2x"></i><i class="fas fa-link fa-stack-1x fa-inverse"></i></span><span
class="sr-only">${s}</span></a></li>`,
  )
  .join('\n')}
</ul><p class="copyright text-muted">Anneke Vos &nbsp;•&nbsp;<span class="author-site"><a href="https://annekevos.example/">annekevos.example</a></span>
&nbsp;•&nbsp;2025</p><p class="theme-by text-muted">Powered by <a href="https://beautifuljekyll.com">Beautiful Jekyll</a></p></div></div></div></footer>
<script src="https://code.jquery.example/jquery-3.5.1.slim.min.js" crossorigin="anonymous"></script>
<script src="https://cdn.jsdelivr.example/npm/bootstrap@4.4.1/dist/js/bootstrap.min.js" crossorigin="anonymous"></script>
<script src="/assets/js/beautifuljekyll.js"></script>
<script src="https://unpkg.example/simple-jekyll-search@latest/dest/simple-jekyll-search.min.js"></script>
</body></html>`;
const jekyll: TestPage = {
  html,
  name: 'heldout143-beautiful-jekyll-blog',
  kind: 'blog',
  // the subtitle (h2.post-subheading) is body (as a dek); code blocks are in neither list; the brand is the author's
  // name; "Posted on" and "Last updated" are bylines; tags, share labels, the pager, the Disqus note and the footer are
  // furniture
  title,
  headings: [h1, h2, h3],
  body: texts([sub, ...p1, ...p2, ...p3, ...p4, ...fixes, ...p5]),
  bylines: ['Posted on October 5, 2025', 'Last updated: October 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Anneke Vos', ...nav, ...dropdown, '✕', 'Tags:', ...tags, ...shareSr, '← Previous Post', 'Next Post →',
    'Please enable JavaScript to view the comments powered by Disqus.', ...footSr, 'Anneke Vos • annekevos.example • 2025',
    'Powered by Beautiful Jekyll',
  ],
};

export const HELDOUT143_F: readonly TestPage[] = [jekyll, wpcomPost];
