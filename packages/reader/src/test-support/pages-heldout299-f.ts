import { links, ps, type TestPage, texts } from './page-kit.js';
import { numista } from './pages-heldout299-f2.js';
import { j } from './pages-heldout299-kit.js';

/**
 * Held-out batch 299, file f: an amateur astronomer's observing report on a Jekyll site with the Minima theme (site-header
 * with its page links, post-header with the date and author, the observing-log table, the tags line, a Disqus thread stub,
 * the site-footer with its contact column and feed link) and, from file f2, a Numista-style coin catalogue entry.
 */
const oTitle = 'Observing report: globulars and a comet under a 20.9 sky';
const oP1 = [
  j(
    'Friday brought the first properly transparent night since February, so I loaded the 250 mm Dobsonian into the car and drove',
    'up to the dark site at Helm Moor. The sky quality meter read 20.9 at the zenith by 23:00, seeing was about 3 out of 5, and the',
    'wind dropped to nothing after midnight.',
  ),
];
const oH1 = 'Session details';
const oP2 = [
  j(
    'Telescope: 250 mm f/4.7 Dobsonian on a home-made equatorial platform. Eyepieces: 24 mm, 13 mm and 7 mm, with a UHC filter for',
    'the nebula. Temperature fell from 6 to 1 degrees, and dew started forming on the finder around 01:30.',
  ),
];
const oH2 = 'Log';
const oRows: [string, string, string, string][] = [
  ['22:40', 'M3', '13 mm, 91x', 'Bright core, resolved to the centre with averted vision'],
  ['23:25', 'M13', '7 mm, 169x', 'The propeller dark lanes were obvious in moments of steady seeing'],
  ['00:10', 'M57', '7 mm, 169x', 'Ring plain and slightly oval; no sign of the central star'],
  ['01:05', 'Comet C/2026 E3', '24 mm, 49x', 'Fan-shaped coma with a short tail pointing north-east'],
];
const oH3 = 'Notes on the comet';
const oP3 = [
  j(
    'The comet was the highlight. At 49x the coma was about 6 arcminutes across, strongly condensed, with a faint fan of material',
    'spreading towards position angle 40 degrees. I estimate the total brightness at magnitude 8.7 using the out-of-focus method',
    'against two nearby field stars.',
  ),
  j(
    'Over 40 minutes the comet visibly moved against a pair of 10th magnitude stars, which was a lovely thing to watch at the',
    'eyepiece. I made a quick pencil sketch and will try to redraw it properly this weekend.',
  ),
];
const oH4 = 'Next time';
const oP4 = [
  j(
    'M13 deserves a night of its own at higher power; the seeing never quite allowed 250x. I also want to try for the companion',
    'galaxy NGC 6207 in the same field, which I missed completely because I forgot it was there.',
  ),
  j(
    'I packed up at 02:15 with frost on the tube and very cold feet. Four objects in three and a half hours is a slow pace, but',
    'every one of them was worth the time, and the drive home under that sky was a pleasure in itself.',
  ),
];
const oPages = ['About', 'Equipment', 'Sketches', 'Observing sites'];
const oTags = ['globular clusters', 'comets', 'dark-site trips'];
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 --><title>${oTitle} | Dark Lane Diary</title>
<meta name="generator" content="Jekyll v4.3.4" /><meta property="og:title" content="${oTitle}" /><meta name="author" content="Owen Carrick" />
<meta name="description" content="Friday brought the first properly transparent night since February." />
<link rel="canonical" href="https://darklanediary.example/2026/04/18/globulars-and-a-comet.html" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Owen Carrick"},
"datePublished":"2026-04-18T09:12:00+01:00","headline":"${oTitle}"}</script><!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="/feed.xml" title="Dark Lane Diary" /></head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Dark Lane Diary</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" /><label for="nav-trigger"><span class="menu-icon"></span></label>
<div class="trigger">${oPages.map((p) => `<a class="page-link" href="/${p.length}/">${p}</a>`).join('\n')}</div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header">
<h1 class="post-title p-name" itemprop="name headline">${oTitle}</h1>
<p class="post-meta"><time class="dt-published" datetime="2026-04-18T09:12:00+01:00" itemprop="datePublished">Apr 18, 2026</time> •
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Owen Carrick</span></span></p>
</header>
<div class="post-content e-content" itemprop="articleBody">
${ps(oP1)}
<h2 id="session-details">${oH1}</h2>
${ps(oP2)}
<h2 id="log">${oH2}</h2>
<table><thead><tr><th>Time (BST)</th><th>Object</th><th>Eyepiece</th><th>Notes</th></tr></thead><tbody>
${oRows.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n')}
</tbody></table>
<h2 id="notes-on-the-comet">${oH3}</h2>
${ps(oP3)}
<p><img src="/assets/img/2026-04-comet-sketch.jpg" alt="Pencil sketch of the comet" /><br /><em>Quick field sketch, inverted. 24 mm, 49x.</em></p>
<h2 id="next-time">${oH4}</h2>
${ps(oP4)}
</div>
<p class="post-tags">Tags: ${oTags.map((t) => `<a href="/tags/#${t.length}">${t}</a>`).join(', ')}</p>
<div id="disqus_thread"><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript></div>
<a class="u-url" href="/2026/04/18/globulars-and-a-comet.html" hidden></a></article>
</div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><div class="footer-col-wrapper">
<div class="footer-col"><p class="feed-subscribe"><a href="/feed.xml"><span>Subscribe</span></a></p></div>
<div class="footer-col"><ul class="contact-list"><li class="p-name">Owen Carrick</li><li><a class="u-email" href="mailto:owen@darklanediary.example">
owen@darklanediary.example</a></li></ul></div>
<div class="footer-col"><p>Notes from a backyard and a few dark fields in the north of England. Clear skies!</p></div></div></div></footer>
<script>var disqus_config = function () { this.page.url = 'https://darklanediary.example/2026/04/18/globulars-and-a-comet.html'; };</script>
</body></html>`;
const jekyll: TestPage = {
  name: 'heldout299-jekyll-minima-blog',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [oH1, oH2, oH3, oH4],
  body: texts([...oP1, ...oP2, ...oRows.flat(), ...oP3, ...oP4]),
  bylines: ['Apr 18, 2026', 'Owen Carrick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dark Lane Diary', ...oPages, 'Quick field sketch, inverted. 24 mm, 49x.', 'Tags:', ...oTags,
    'Please enable JavaScript to view the comments powered by Disqus.', 'Subscribe', 'owen@darklanediary.example',
    'Notes from a backyard and a few dark fields in the north of England. Clear skies!',
  ],
};

export const HELDOUT299_F: readonly TestPage[] = [jekyll, numista];
