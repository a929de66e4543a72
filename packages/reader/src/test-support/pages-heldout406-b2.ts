import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout406-kit.js';

/**
 * Held-out batch 406, file b2: an Advent of Code puzzle page, a page whose main text is short (the site's h1 is the site
 * name, the day's h2 "--- Day 7: ... ---" is the title; header with the bracketed nav links and the year's nav, the puzzle
 * article with example blocks, the "To play, please identify yourself" box, the share line and the sponsor sidebar).
 */
const title = '--- Day 7: Lantern Ledger ---';
const puzzle = [
  j(
    'The elves in the lamp workshop have lost track of which lanterns are lit. Every evening the Lamplighter General walks the',
    'long corridor of the workshop and flips switches according to a ledger, and every morning the ledger has somehow grown longer.',
  ),
  j(
    'The corridor has a single row of lanterns, all dark when the evening begins. Each line of the ledger (your puzzle input)',
    'names a range of lanterns and an instruction: <code>light</code> turns every lantern in the range on, <code>douse</code> turns',
    'them off, and <code>swap</code> turns on the dark ones and off the lit ones.',
  ),
  'For example, suppose the ledger contains the following four lines:',
  j(
    'After the first line, lanterns <code>3</code> through <code>9</code> are lit. The second line douses lanterns',
    '<code>5</code> and <code>6</code>. The third line lights <code>0</code> through <code>2</code> and <code>5</code>',
    'and <code>6</code> again, and douses <code>7</code> through <code>9</code>. The last line lights <code>11</code> and',
    '<code>12</code>.',
  ),
  j(
    'So at the end of the evening, lanterns <code>0</code> through <code>6</code> and <code>11</code> and <code>12</code>',
    'are lit, which makes <em>nine</em> lit lanterns.',
  ),
  j(
    'The ledger is long, and the lantern numbers are large. The Lamplighter General does not want to walk the corridor again.',
    'Follow the ledger from start to end. <em>How many lanterns are lit at the end of the evening?</em>',
  ),
];
const nav = ['[About]', '[Events]', '[Shop]', '[Settings]', '[Log In]'];
const yearNav = ['[Calendar]', '[AoC++]', '[Sponsors]', '[Leaderboard]', '[Stats]'];
const html = `<!DOCTYPE html>
<html lang="en-us">
<head>
<meta charset="utf-8"/>
<title>Day 7 - Advent of Code 2025</title>
<link rel="stylesheet" type="text/css" href="/static/style.css?31"/>
<link rel="stylesheet alternate" type="text/css" href="/static/highcontrast.css?1" title="High Contrast"/>
<link rel="shortcut icon" href="/favicon.png"/>
<script>window.addEventListener('click', function(e,s,r){if(e.target.nodeName==='CODE'&&e.detail===3){s=window.getSelection();s.removeAllRanges();
r=document.createRange();r.selectNodeContents(e.target);s.addRange(r);}});</script>
</head><!--




Oh, hello!  Funny seeing you here.

I appreciate your enthusiasm, but you aren't going to find much down here.

-->
<body>
<header><div><h1 class="title-global"><a href="/">Advent of Code</a></h1>
<nav><ul>${nav.map((t) => `<li><a href="/2025/${t.slice(1, -1)}">${t}</a></li>`).join('')}
</ul></nav></div><div><h1 class="title-event">&nbsp;&nbsp;&nbsp;<span class="title-event-wrap">0.0.0.0:</span><a href="/2025">2025</a>
<span class="title-event-wrap"></span></h1><nav><ul>${yearNav.map((t) => `<li><a href="/2025/${t.slice(1, -1)}">${t}</a></li>`).join('')}
</ul></nav></div></header>

<div id="sidebar">
<div id="sponsor"><div class="quiet">Our <a href="/2025/sponsors">sponsors</a> help make Advent of Code possible:</div>
<div class="sponsor"><a href="https://quillstack.example/" target="_blank" rel="noopener">Quillstack</a> - Observability for code that
runs once a year and must work the first time.</div></div>
</div><!--/sidebar-->

<main>
<script>window.addEventListener('load', function() { if (window.location.hash) { document.body.classList.add('focus'); } });</script>
<article class="day-desc"><h2>${title}</h2>
<p>${puzzle[0]}</p>
<p>${puzzle[1]}</p>
<p>${puzzle[2]}</p>
<pre><code>light 3-9
douse 5-6
swap 0-9
light 11-12
</code></pre>
<p>${puzzle[3]}</p>
<p>${puzzle[4]}</p>
<p>${puzzle[5]}</p>
</article>
<p>To play, please identify yourself via one of these services:</p>
<p><a href="/auth/github">[GitHub]</a> <a href="/auth/google">[Google]</a> <a href="/auth/twitter">[Twitter]</a> <a href="/auth/reddit">[Reddit]</a>
<span class="quiet">- <a href="#" onclick="return false;">[How Does Auth Work?]</a></span></p>
<p>You can also <span class="share">[Share<span class="share-content">on
<a href="https://bsky.app/intent/compose" target="_blank">Bluesky</a>
<a href="https://mastodon.example/share" target="_blank">Mastodon</a></span>]</span> this puzzle.</p>
</main>
<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)}})(window,document,'script');</script>
</body>
</html>`;
export const aoc: TestPage = {
  name: 'heldout406-advent-of-code-puzzle-docs',
  kind: 'docs',
  html,
  title,
  headings: [],
  body: texts(puzzle),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advent of Code', ...nav, '0.0.0.0:2025', ...yearNav, 'Our sponsors help make Advent of Code possible:', 'Quillstack',
    'Observability for code that runs once a year and must work the first time.', 'To play, please identify yourself via one of these services:',
    '[GitHub] [Google] [Twitter] [Reddit]', '[How Does Auth Work?]', 'You can also [Shareon Bluesky Mastodon] this puzzle.',
  ],
};
