import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 54, file f2: a Pelican blog post on the Flex theme (the left aside with avatar, site title, subtitle, page
 * links and social icons, the top nav of the main column, the article header with "Posted on ... in ... • N min read", the
 * body with a Pygments code block and an image, the tag cloud, the neighbors plugin's previous/next buttons, the related posts
 * plugin's "You might enjoy", Disqus with its noscript line, the licence footer and the Blog JSON-LD).
 */
const plTitle = 'Reviving a 1970s Panel Meter as a CO₂ Display';
const plIntro = [
  'For years a moving-coil panel meter has sat in my parts drawer, salvaged from a 1970s school power supply. It has a lovely ' +
    'cream face, a black needle and a scale from 0 to 10 volts. Last month I finally found it a job: showing the carbon dioxide ' +
    'level in my workshop.',
  'The workshop is a converted garage with one small window, and in winter, with the door shut and the soldering iron on, the ' +
    'air gets stale quickly. I already had a cheap CO₂ sensor logging to my home server, but nobody looks at a graph. A needle on ' +
    'the wall is much harder to ignore.',
];
const plH1 = 'How it works';
const plWorks = [
  'The meter needs about 1&nbsp;mA for full scale. An ESP32 reads the sensor over I²C and drives the meter through a 3.3&nbsp;kΩ ' +
    'resistor from one of its PWM pins, with a small capacitor to smooth the pulses. The needle is not perfectly linear at the ' +
    'bottom of the scale, so I measured it at ten points and built a lookup table:',
  'I scanned the original dial, redrew it in Inkscape with a scale from 400 to 2000&nbsp;ppm, and printed it on photo paper. ' +
    'Getting the old face off without bending the needle took two attempts and a lot of patience.',
];
const plH2 = 'Calibration';
const plCal =
  'The sensor drifts a little over time, so once a month I open the window for ten minutes and press a button that resets the ' +
  'baseline to outdoor air. Between calibrations the reading stays within about 50&nbsp;ppm of a borrowed reference meter.';
const plH3 = 'Was it worth it?';
const plEnd = [
  'Honestly, yes. When the needle creeps past 1200 I open the door, and I have noticed I get fewer headaches on long evenings at ' +
    'the bench. It also looks far better on the wall than any display I could have bought.',
  'The code and the dial artwork are on <a href="https://git.benchnotes.example/felix/co2-meter">my Git server</a> if you want to build one.',
];
const pyCode = `<span class="c1"># (ppm, duty) pairs measured against the needle</span>
<span class="n">TABLE</span> <span class="o">=</span> <span class="p">[(</span><span class="mi">400</span><span class="p">,</span> <span
 class="mi">0</span><span class="p">),</span>
 <span class="p">(</span><span class="mi">800</span><span class="p">,</span> <span class="mi">231</span><span class="p">),</span> <span
 class="p">(</span><span class="mi">1200</span><span class="p">,</span>
 <span class="mi">498</span><span class="p">),</span> <span class="p">(</span><span class="mi">2000</span><span class="p">,</span> <span
 class="mi">1023</span><span class="p">)]</span>

<span class="k">def</span> <span class="nf">duty_for</span><span class="p">(</span><span class="n">ppm</span><span class="p">):</span>
    <span class="k">for</span> <span class="p">(</span><span class="n">p0</span><span class="p">,</span> <span class="n">d0</span><span
 class="p">),</span> <span class="p">(</span><span class="n">p1</span><span class="p">,</span>
 <span class="n">d1</span><span class="p">)</span> <span class="ow">in</span> <span class="nb">zip</span><span class="p">(</span><span
 class="n">TABLE</span><span class="p">,</span> <span class="n">TABLE</span><span class="p">[</span><span class="mi">1</span><span class="p">:]):</span>
        <span class="k">if</span> <span class="n">ppm</span> <span class="o">&lt;=</span> <span class="n">p1</span><span class="p">:</span>
            <span class="k">return</span> <span class="n">d0</span> <span class="o">+</span> <span class="p">(</span><span class="n">d1</span> <span
 class="o">-</span> <span class="n">d0</span><span class="p">)</span> <span class="o">*</span> <span class="p">(</span><span class="n">ppm</span> <span
 class="o">-</span> <span class="n">p0</span><span class="p">)</span> <span class="o">//</span> <span class="p">(</span><span class="n">p1</span> <span
 class="o">-</span> <span class="n">p0</span><span class="p">)</span>
    <span class="k">return</span> <span class="mi">1023</span>`;
const plRelated = ['A Solar Shed Light from a Dead Power Bank', 'Restoring a Bakelite Bench Multimeter', 'Logging Workshop Humidity with an ESP8266'];
const plHtml = `<!DOCTYPE html>
<html lang="en">
<head>
  <link href='https://fonts.googleapis.com/css2?family=Source+Code+Pro:wght@400;700&family=Source+Sans+Pro:ital,wght@0,300;0,400;0,700;1,400&display=swap'
 rel='stylesheet'>

    <link rel="stylesheet" type="text/css" href="https://benchnotes.example/theme/stylesheet/style.min.css">

    <link id="pygments-light-theme" rel="stylesheet" type="text/css" href="https://benchnotes.example/theme/pygments/github.min.css">

  <link rel="stylesheet" type="text/css" href="https://benchnotes.example/theme/font-awesome/css/fontawesome.css">
  <link rel="stylesheet" type="text/css" href="https://benchnotes.example/theme/font-awesome/css/brands.css">
  <link rel="stylesheet" type="text/css" href="https://benchnotes.example/theme/font-awesome/css/solid.css">

    <link href="https://benchnotes.example/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="Bench Notes Atom">

  <meta charset="utf-8" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge" />
  <meta name="HandheldFriendly" content="True" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <meta name="robots" content="index, follow" />

<meta name="author" content="Felix Hartmann" />
<meta name="description" content="Turning a salvaged moving-coil meter into a CO₂ gauge for the workshop." />
<meta name="keywords" content="esp32, co2, restoration">

<meta property="og:site_name" content="Bench Notes"/>
<meta property="og:title" content="${plTitle}"/>
<meta property="og:type" content="article"/>
<meta property="article:published_time" content="2025-03-18 20:15:00+01:00"/>

  <title>Bench Notes &ndash; ${plTitle}</title>

</head>
<body class="light-theme">
  <aside>
    <div>
      <a href="https://benchnotes.example/">
        <img src="https://benchnotes.example/images/avatar.jpg" alt="Bench Notes" title="Bench Notes">
      </a>

      <h1>
        <a href="https://benchnotes.example/">Bench Notes</a>
      </h1>

<p>Electronics, woodwork and things that should have stayed in the bin</p>


      <nav>
        <ul class="list">


              <li>
                <a target="_self"
                   href="https://benchnotes.example/pages/about.html#about">
                  About
                </a>
              </li>
              <li>
                <a target="_self"
                   href="https://benchnotes.example/pages/projects.html#projects">
                  Projects
                </a>
              </li>

        </ul>
      </nav>

      <ul class="social">
          <li>
            <a class="sc-mastodon"
               rel="me"
               href="https://fosstodon.example/@felixh"
               target="_blank">
              <i class="fa-brands fa-mastodon"></i>
            </a>
          </li>
          <li>
            <a class="sc-rss"
               href="/feeds/all.atom.xml"
               target="_blank">
              <i class="fa-solid fa-rss"></i>
            </a>
          </li>
      </ul>
    </div>

  </aside>
  <main>

    <nav>
      <a href="https://benchnotes.example/">Home</a>

      <a href="/archives.html">Archives</a>
      <a href="/categories.html">Categories</a>
      <a href="/tags.html">Tags</a>

      <a href="https://benchnotes.example/feeds/all.atom.xml">Atom</a>

    </nav>

<article class="single">
  <header>
      
    <h1 id="reviving-a-panel-meter">${plTitle}</h1>
    <p>
      Posted on Tue 18 March 2025 in <a href="https://benchnotes.example/category/electronics.html">electronics</a>

        &#8226; 6 min read
    </p>
  </header>


  <div>
    ${plIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="how-it-works">${plH1}</h2>
<p>${plWorks[0]}</p>
<div class="highlight"><pre><span></span><code>${pyCode}
</code></pre></div>

<p><img alt="The finished meter on the workshop wall, reading 650 ppm" src="https://benchnotes.example/images/co2-meter-wall.jpg"></p>
<p>${plWorks[1]}</p>
<h2 id="calibration">${plH2}</h2>
<p>${plCal}</p>
<h2 id="was-it-worth-it">${plH3}</h2>
${plEnd.map((p) => `<p>${p}</p>`).join('\n')}
  </div>
  <div class="tag-cloud">
    <p>
      <a href="https://benchnotes.example/tag/esp32.html">esp32</a>
      <a href="https://benchnotes.example/tag/co2.html">co2</a>
      <a href="https://benchnotes.example/tag/restoration.html">restoration</a>
    </p>
  </div>


  <div class="neighbors">
    <a class="btn float-left" href="https://benchnotes.example/solar-shed-light.html" title="${plRelated[0]}">
      <i class="fa fa-angle-left"></i> Previous Post
    </a>
    <a class="btn float-right" href="https://benchnotes.example/bakelite-multimeter.html" title="${plRelated[1]}">
      Next Post <i class="fa fa-angle-right"></i>
    </a>
  </div>

  <div class="related-posts">
    <h4>You might enjoy</h4>
    <ul class="related-posts">
${plRelated.map((t) => `      <li><a href="https://benchnotes.example/${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`).join('\n')}
    </ul>
  </div>



<!-- Disqus -->
<div id="disqus_thread"></div>
<script type="text/javascript">
    var disqus_shortname = 'benchnotes';
    var disqus_identifier = 'reviving-a-panel-meter';
    (function() {
        var dsq = document.createElement('script'); dsq.type = 'text/javascript'; dsq.async = true;
        dsq.src = '//' + disqus_shortname + '.disqus.com/embed.js';
        (document.getElementsByTagName('head')[0] || document.getElementsByTagName('body')[0]).appendChild(dsq);
    })();
</script>
<noscript>
  Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow noopener noreferrer"
 target="_blank">comments powered by Disqus.</a>
</noscript>
<!-- End Disqus -->
</article>

    <footer>
<p>
  &copy; 2025 Felix Hartmann
 - This work is licensed under the <a rel="license" href="http://creativecommons.org/licenses/by-sa/4.0/deed.en_US" target="_blank">Creative Commons
 Attribution-ShareAlike</a>
</p>
<p>
Built with <a href="http://getpelican.com" target="_blank">Pelican</a> using <a href="http://bit.ly/flex-pelican" target="_blank">Flex</a> theme
</p><p>
  <a rel="license"
     href="http://creativecommons.org/licenses/by-sa/4.0/"
     target="_blank">
    <img alt="Creative Commons License"
         title="Creative Commons License"
         style="border-width:0"
           src="https://i.creativecommons.org/l/by-sa/4.0/80x15.png"
         width="80"
         height="15"/>
  </a>
</p>    </footer>
  </main>




<script type="application/ld+json">
{
  "@context" : "http://schema.org",
  "@type" : "Blog",
  "name": " Bench Notes ",
  "url" : "https://benchnotes.example",
  "image": "https://benchnotes.example/images/avatar.jpg",
  "description": "Electronics, woodwork and things that should have stayed in the bin"
}
</script>


</body>
</html>`;
export const pelicanPost: TestPage = {
  html: plHtml,
  name: 'heldout54-pelican-post',
  kind: 'blog',
  // the three h2 are the headings; the Pygments block is code (in neither list) and the image has only alt text; "Posted on
  // Tue 18 March 2025" is the byline (the theme shows no author line: the author's name is only in the licence footer, which
  // is furniture); the category, "6 min read", the aside (site title, subtitle, page links), the top nav, tags,
  // "Previous Post"/"Next Post", "You might enjoy" with its list, the Disqus noscript line and the footer are furniture; the
  // aside's "About", the nav's "Home" and the tag "esp32" are words of the article text ("about 1 mA", "home server", "An
  // ESP32"): left out
  title: plTitle,
  headings: [plH1, plH2, plH3],
  body: texts([...plIntro, ...plWorks, plCal, ...plEnd]),
  bylines: ['Posted on Tue 18 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bench Notes', 'Electronics, woodwork and things that should have stayed in the bin', 'Projects', 'Archives', 'Categories', 'Tags', 'Atom',
    'electronics', '6 min read', 'co2', 'restoration', 'Previous Post', 'Next Post', 'You might enjoy', ...plRelated,
    'Please enable JavaScript to view the comments powered by Disqus.',
    '2025 Felix Hartmann - This work is licensed under the Creative Commons Attribution-ShareAlike',
    'Built with Pelican using Flex theme',
  ],
};
