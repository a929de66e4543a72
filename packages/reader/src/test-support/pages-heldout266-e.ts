import { links, ps, type TestPage, texts } from './page-kit.js';
import { gatsby } from './pages-heldout266-e2.js';
import { j, lis } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file e: a personal blog post built with eleventy-base-blog (skip link, home link and top-level nav with its
 * visually hidden heading, heading-anchors, the post metadata list with date and tags, a code-free table, the previous / next
 * links, webmentions and the "Built with Eleventy" footer) and, from file e2, a Gatsby starter blog post.
 */
const eTitle = 'Measuring my bike commute for a whole year';
const e1 = [
  j(
    'Last January I clipped a small GPS logger under my saddle and left it there. Every ride to and from the office went into a',
    'folder on my laptop, and on New Year’s Eve I finally sat down with a year of data: 412 trips, a little over 4,000 kilometres.',
  ),
  'I wanted to answer three questions. Is the bike really faster than the tram? When is it slowest? And did I get any fitter?',
];
const eH1 = 'Faster than the tram, mostly';
const e2 = [
  j(
    'My door-to-desk time by bike averaged 24 minutes. The tram journey, which I took on the days I did not ride, averaged 31',
    'including the walk and the wait. The bike won on 88 percent of days. The exceptions were almost all in February, when ice on',
    'the canal path sent me the long way round.',
  ),
];
const eTable = ['Bike, dry days', '23 min', 'Bike, wet days', '26 min', 'Tram', '31 min'];
const eH2 = 'The slowest ten minutes';
const e3 = [
  j(
    'Splitting the route into sections showed that a single stretch, the 1.2 kilometres through the old market square, took nearly',
    'a third of the total time. Traffic lights, delivery vans and people crossing with shopping bags all slow it down, and no',
    'amount of effort on the pedals changed that.',
  ),
  'Three things did help:',
];
const eL = [
  'Leaving ten minutes earlier, before the market stalls open.',
  'Taking the side street behind the library, which is longer but has no lights.',
  'Accepting that the square is slow and not racing the rest of the route to make up for it.',
];
const eH3 = 'Fitter, a little';
const e4 = [
  j(
    'My average speed on the flat section along the river rose from 21 to 23 kilometres an hour between March and October, and',
    'my heart rate on the same stretch fell. That is a modest change, but it came from riding I was doing anyway.',
  ),
  j(
    'I am keeping the logger for another year. This time I want to compare the two bikes I own, and find out whether the heavy one',
    'with the basket is really as slow as it feels.',
  ),
];
const eNav = ['Home', 'Archive', 'About', 'Feed'];
const eTags = ['cycling', 'gps-logs', 'commuting'];
const eHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${eTitle}</title><meta name="description" content="A year of GPS logs from my commute."><link rel="alternate" href="/feed/feed.xml"
type="application/atom+xml" title="Jonah Perrault’s notebook"><meta name="generator" content="Eleventy v3.0.0">
<style>:root{--font-family:-apple-system,system-ui,sans-serif;--syntax-tab-size:2}.visually-hidden:not(:focus):not(:active){clip:rect(0 0 0 0);
clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}</style>
<script type="module">import "/js/heading-anchors.js";</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${eTitle}","datePublished":"2026-01-05",
"author":{"@type":"Person","name":"Jonah Perrault"}}</script></head>
<body><a href="#skip" class="visually-hidden">Skip to main content</a>
<header><a href="/" class="home-link">Jonah Perrault’s notebook</a><nav><h2 class="visually-hidden"
id="top-level-navigation-menu">Top level navigation menu</h2>
<ul class="nav">${links(eNav, 'nav-item')}</ul></nav></header>
<main id="skip"><heading-anchors><h1 id="measuring-my-bike-commute-for-a-whole-year">${eTitle}</h1>
<ul class="post-metadata"><li><time datetime="2026-01-05">05 January 2026</time></li>
${eTags.map((t, i) => `<li><a href="/tags/${t}/" class="post-tag">${t}</a>${i < eTags.length - 1 ? ', ' : ''}</li>`).join('\n')}</ul>
${ps(e1)}
<h2 id="faster-than-the-tram-mostly">${eH1}</h2>
${ps(e2)}
<table><thead><tr><th>Mode</th><th>Median door to desk</th></tr></thead><tbody>
<tr><td>${eTable[0]}</td><td>${eTable[1]}</td></tr>
<tr><td>${eTable[2]}</td><td>${eTable[3]}</td></tr><tr><td>${eTable[4]}</td><td>${eTable[5]}</td></tr></tbody></table>
<h2 id="the-slowest-ten-minutes">${eH2}</h2>
${ps(e3)}
<ol>${lis(eL)}</ol>
<h2 id="fitter-a-little">${eH3}</h2>
${ps(e4)}
</heading-anchors>
<section class="webmentions" id="webmentions"><h2>Webmentions</h2><p class="webmentions-count">3 likes, 1 repost</p><ol class="webmentions-list">
<li class="webmention webmention--reply"><a class="webmention-author" href="https://cyclelog.example">Mira Stavros</a> replied: <span
class="webmention-content">Love
the market square section. Same thing happens on my route past the station.</span></li></ol></section>
<ul class="links-nextprev"><li class="links-nextprev-prev">← Previous<br> <a href="/blog/winter-tyres/">Two winters on studded tyres</a></li>
<li class="links-nextprev-next">Next →<br><a href="/blog/library-card/">Everything I borrowed from the library in 2025</a></li></ul></main>
<footer><p><em>Built with <a href="https://www.11ty.example/">Eleventy v3.0.0</a></em></p></footer>
<!-- This page \`/blog/bike-commute-year/\` was built on 2026-01-05T19:22:41.118Z --><script type="module" src="/dist/rJ2kP0xQ.js"></script></body></html>`;
const eleventy: TestPage = {
  name: 'heldout266-eleventy-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3],
  body: texts([...e1, ...e2, ...eTable, ...e3, ...eL, ...e4]),
  bylines: ['05 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Jonah Perrault’s notebook', 'Top level navigation menu', ...eNav, ...eTags, 'Webmentions', '3 likes, 1 repost',
    'Mira Stavros', 'replied:', 'Love the market square section. Same thing happens on my route past the station.', '← Previous',
    'Two winters on studded tyres', 'Next →', 'Everything I borrowed from the library in 2025', 'Built with Eleventy v3.0.0',
  ],
};

export const HELDOUT266_E: readonly TestPage[] = [eleventy, gatsby];
