import { ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file e3: a research lab's blog post on a Jekyll al-folio site, with giscus comments. */
const title = 'What we learned calibrating 200 low-cost air quality sensors';
const desc = 'Notes from a year of co-locating cheap particulate sensors with a reference monitor, and the correction model we ended up with.';
const p1 = [
  'Last spring our group deployed 200 low-cost particulate matter sensors across the city as part of the CleanBlocks project. ' +
    'Each one cost about 40 euros, which is what made a network that dense possible. It is also why we spent most of the year ' +
    'working out how far to trust them.',
  'This post collects the lessons we wish someone had told us at the start. The full analysis is in our preprint, linked at the end.',
];
const h1 = 'Co-location first, deployment second';
const p2 = [
  'Before any sensor went on a lamp post, it spent two weeks on the roof of the environmental agency’s monitoring station next to ' +
    'a reference-grade instrument. That gave us a paired record for every unit, and it turned out to be the single most valuable ' +
    'thing we did.',
  'Out of the box, the sensors agreed with each other reasonably well but overestimated PM2.5 by 30 to 70 percent, depending on ' +
    'humidity. Three units were simply faulty and read close to zero all the time.',
];
const h2 = 'Humidity is the main enemy';
const p3 = [
  'The sensors count particles by the light they scatter. When relative humidity rises above about 75 percent, particles absorb ' +
    'water and swell, so the sensor sees more and bigger particles than are really there. On foggy mornings readings could jump ' +
    'to three times the reference value.',
  'We tried several corrections. The one that worked best was a simple physical model of particle growth with a single fitted ' +
    'parameter per sensor, followed by a linear correction:',
];
const code = 'pm_corr = a * pm_raw / (1 + k * rh**2 / (1 - rh)) + b';
const p4 = ['Compared with a plain linear fit, this cut the mean absolute error on humid days from 9.1 to 3.4 µg/m³.'];
const h3 = 'Drift is real, but slow';
const p5 = [
  'We brought a random sample of 20 sensors back to the reference station after six months and again after twelve. On average ' +
    'they drifted upwards by about 4 percent a year, with a few outliers that drifted much more. Our rule now is:',
];
const list = [
  'Re-co-locate a rotating tenth of the network every quarter.',
  'Flag any sensor whose readings diverge from its three nearest neighbours for more than a week.',
  'Replace units after two years rather than trying to correct them indefinitely.',
];
const h4 = 'Was it worth it?';
const p6 = [
  'Yes. After correction, the network picked up the morning spike from school drop-offs on streets where the city had no ' +
    'monitoring at all, and it showed that the new low-traffic zone reduced PM2.5 by about 11 percent on the streets inside it.',
  'If you are planning something similar, we are happy to share our co-location scripts. Get in touch.',
];
const fig = 'Figure 1. Raw and corrected PM2.5 from one sensor against the reference monitor over a humid week in November.';
const nav = ['about', 'blog', 'publications', 'projects', 'people', 'join us'];
const tags = ['sensors', 'air-quality', 'calibration'];
const cats = ['fieldwork'];
const related = ['Mapping urban heat with bicycle-mounted thermometers', 'Our open dataset of street-level noise is out', 'Welcome to our new PhD students'];
const giscus = [
  '0 reactions',
  '0 comments',
  'Oldest',
  'Newest',
  'Write',
  'Preview',
  'Styling with Markdown is supported',
  'Sign in with GitHub',
  'Powered by giscus',
];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta charset="utf-8">
<title>What we learned calibrating 200 low-cost air quality sensors | Urban Atmosphere Lab</title><meta name="author" content="Urban Atmosphere Lab">
<meta name="description" content="${desc}"><meta name="keywords" content="air quality, sensors, calibration">
<meta property="og:site_name" content="Urban Atmosphere Lab"><meta property="og:type" content="article"><meta property="og:title"
content="Urban Atmosphere Lab | ${title}">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/main.css"><link rel="canonical"
href="https://urbanatmos.example/blog/2025/sensor-calibration/">
<script src="/assets/js/theme.js"></script><script src="/assets/js/dark_mode.js"></script></head>
<body class="fixed-top-nav"><header><nav id="navbar" class="navbar navbar-light navbar-expand-sm fixed-top" role="navigation"><div class="container">
<a class="navbar-brand title font-weight-lighter" href="/"><span class="font-weight-bold">Urban</span> Atmosphere Lab</a>
<button class="navbar-toggler collapsed ml-auto" type="button" data-toggle="collapse" data-target="#navbarNav" aria-label="Toggle navigation">
<span class="sr-only">Toggle navigation</span></button><div class="collapse navbar-collapse text-right" id="navbarNav"><ul
class="navbar-nav ml-auto flex-nowrap">
${nav.map((t) => `<li class="nav-item${t === 'blog' ? ' active' : ''}"><a class="nav-link" href="/${t.replace(' ', '-')}/">${t}</a></li>`).join('\n')}
<li class="nav-item"><button id="search-toggle" title="Search" onclick="openSearchModal()"><span class="nav-link">ctrl k</span></button></li>
<li class="toggle-container"><button id="light-toggle" title="Change theme"><i class="ti ti-sun-moon"></i></button></li></ul></div></div></nav>
<progress id="progress" value="0"><div class="progress-container"><span class="progress-bar"></span></div></progress></header>
<div class="container mt-5" role="main"><div class="post"><header class="post-header">
<h1 class="post-title">${title}</h1>
<p class="post-meta">Created in March 12, 2025 by Marta Ilves, Dario Kessler</p>
<p class="post-tags"><a href="/blog/2025"><i class="fa-solid fa-calendar fa-sm"></i> 2025</a> &nbsp; · &nbsp;
${tags.map((t) => `<a href="/blog/tag/${t}"><i class="fa-solid fa-hashtag fa-sm"></i> ${t}</a>`).join(' &nbsp; ')} &nbsp; · &nbsp;
${cats.map((t) => `<a href="/blog/category/${t}"><i class="fa-solid fa-tag fa-sm"></i> ${t}</a>`).join('')}</p></header>
<article class="post-content"><div id="markdown-content">
<p><em>${desc}</em></p>
${ps(p1)}
<h2 id="co-location-first-deployment-second">${h1}</h2>
${ps(p2)}
<h2 id="humidity-is-the-main-enemy">${h2}</h2>
${ps(p3)}
<div class="language-python highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${code}</code></pre></div></div>
${ps(p4)}
<figure><picture><img src="/assets/img/blog/pm25-humid-week.png" class="img-fluid rounded z-depth-1" width="100%" loading="eager"></picture></figure>
<div class="caption">${fig}</div>
<h2 id="drift-is-real-but-slow">${h3}</h2>
${ps(p5)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="was-it-worth-it">${h4}</h2>
${ps(p6)}
</div></article>
<br><hr><br><ul class="list-disc pl-8"></ul><h2 class="text-3xl font-semibold mb-4 mt-12">Enjoy Reading This Article?</h2>
<p class="mb-2">Here are some more articles you might like to read next:</p>
${related
  .map(
    (t, i) => `<li class="my-2"><a class="text-pink-700 underline font-semibold hover:text-pink-800"
href="/blog/2024/r${i}/">${t}</a></li>`,
  )
  .join('\n')}
<div id="giscus_thread" style="max-width: 800px; margin: 0 auto;"><div class="giscus"><iframe class="giscus-frame" title="Comments"
src="https://giscus.example/widget"></iframe>
<div class="giscus-fallback"><span>${giscus[0]}</span><span>${giscus[1]}</span><button>${giscus[2]}</button><button>${giscus[3]}</button>
<button>${giscus[4]}</button><button>${giscus[5]}</button><span>${giscus[6]}</span><a href="https://github.com/login">${giscus[7]}</a>
<a href="https://giscus.example">${giscus[8]}</a></div></div>
<noscript>Please enable JavaScript to view the <a href="http://giscus.app/?ref_noscript">comments powered by giscus.</a></noscript></div></div></div>
<footer class="fixed-bottom" role="contentinfo"><div class="container mt-0">© Copyright 2025 Urban Atmosphere Lab. Powered by <a
href="https://jekyllrb.com/">Jekyll</a>
with <a href="https://github.com/alshedivat/al-folio">al-folio</a> theme. Hosted by <a href="https://pages.github.com/">GitHub Pages</a>. Last updated: March
14, 2025.</div></footer>
<script src="/assets/js/common.js"></script><script src="/assets/js/copy_code.js" defer></script></body></html>`;

export const labBlog: TestPage = {
  name: 'heldout230-research-lab-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([desc, ...p1, ...p2, ...p3, ...p4, ...p5, ...list, ...p6]),
  bylines: ['Created in March 12, 2025 by Marta Ilves, Dario Kessler'],
  // the post's italic description line is body; the "Enjoy Reading This Article?" block and the giscus widget are furniture
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Urban Atmosphere Lab', 'Toggle navigation', ...nav, '2025', 'calibration', ...cats, fig, 'Enjoy Reading This Article?',
    'Here are some more articles you might like to read next:', ...related, ...giscus, 'Please enable JavaScript to view the comments powered by giscus.',
    '© Copyright 2025 Urban Atmosphere Lab. Powered by Jekyll with al-folio theme. Hosted by GitHub Pages.', 'Last updated: March 14, 2025.', 'ctrl k',
  ],
};
