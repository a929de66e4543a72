import { links, type TestPage, texts } from './page-kit.js';
import { prettyPodcast } from './pages-heldout452-a2.js';
import { j } from './pages-heldout452-kit.js';

/**
 * Held-out batch 452, file a: a personal blog's RSS feed styled with an XSLT stylesheet (the "This is an RSS feed" alert,
 * the channel header with its description and "Visit website" link, a "Recent posts" list of items with titles, publish
 * dates and summaries, and the stylesheet's footer) and, from file a2, a podcast feed rendered by a Pretty Feed-style XSLT.
 */
const xTitle = 'Fernhollow Notes';
const xDesc = 'Slow essays on repairing old tools, keeping a small orchard and learning to do things by hand, written from a hillside in Carrow Vale.';
const xItems: [string, string, string][] = [
  [
    'Sharpening a drawknife without a jig',
    'Mon, 02 Mar 2026 07:30:00 GMT',
    j(
      'The drawknife I bought at the Carrow auction had a bevel rolled like the edge of a spoon. Rather than buy a honing guide, I spent an',
      'evening learning to hold the angle by feel, using a marker line on the bevel to see where the stone was actually cutting. This post',
      'walks through the three stones I used, the mistakes I made on the first pass, and why a leather strop finished the job better than',
      'anything else.',
    ),
  ],
  [
    'The pear tree that would not fruit',
    'Sun, 22 Feb 2026 18:05:00 GMT',
    j(
      'For four summers the old perry pear at the top of the orchard flowered and dropped every blossom. A neighbour suggested the tree was',
      'simply lonely, and she was right: perry pears need a pollination partner that flowers at the same time. I wrote up how I chose a',
      'partner variety, where I planted it, and what the first season after grafting looked like.',
    ),
  ],
  [
    'Notes on boiled linseed oil and rags',
    'Thu, 12 Feb 2026 09:12:00 GMT',
    j(
      'Oily rags can heat up and catch fire on their own as the oil cures. After a near miss in the shed I changed how I finish handles:',
      'rags now dry flat on the stone wall, or go into a lidded tin of water until bin day. A short, practical post with the routine I',
      'follow every time.',
    ),
  ],
  [
    'What a winter of hedge laying taught me',
    'Sat, 31 Jan 2026 15:40:00 GMT',
    j(
      'Laying forty metres of hawthorn hedge by hand took eleven weekends, two billhooks and a great deal of patience. The first stretch',
      'looks rough; the last looks almost tidy. I describe how the pleachers are cut, why the stakes go in at an angle, and the regional',
      'style our local hedging group taught me.',
    ),
  ],
  [
    'Restoring a 1950s hand drill',
    'Tue, 20 Jan 2026 20:20:00 GMT',
    j(
      'A rusted egg-beater drill came home from a car boot sale for two pounds. Electrolysis lifted most of the rust, a drop of light oil',
      'freed the gears, and a new chuck spring made it usable again. The post includes the wiring for a simple electrolysis tank built',
      'from a plastic crate and a battery charger.',
    ),
  ],
  [
    'Why I stopped buying cheap secateurs',
    'Fri, 09 Jan 2026 11:00:00 GMT',
    j(
      'Three pairs of bargain secateurs broke in a single pruning season. The fourth pair cost five times as much and has lasted six years,',
      'mostly because every part can be taken apart, sharpened and replaced. Here is the arithmetic, and a list of the spare parts worth',
      'keeping in a drawer.',
    ),
  ],
  [
    'A year of the orchard diary',
    'Wed, 31 Dec 2025 17:45:00 GMT',
    j(
      'Every evening this year I wrote one line about the orchard: the weather, what flowered, what the birds took. Reading the whole year',
      'back in one sitting showed patterns I had never noticed, such as the blackbirds always arriving three days before the cherries',
      'ripen. I share the diary format and a few of my favourite entries.',
    ),
  ],
];
const xFoot = ['Home', 'Archive', 'About', 'Colophon'];
const xHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="unsafe-url">
<title>${xTitle} · RSS Feed</title>
<link rel="stylesheet" href="/assets/feed.css">
<style>body{max-width:42rem;margin:2rem auto;font-family:Georgia,serif}.alert{background:#fff5b1;padding:.5rem 1rem}.item{margin-bottom:2rem}</style>
</head>
<body>
<nav class="container-md px-3 py-2 mt-2 mb-5">
<div class="alert" role="note">
<p><strong>This is an RSS feed.</strong> Subscribe by copying the URL from the address bar into your newsreader.</p>
<p class="alert-small">New to feeds? Visit <a href="https://aboutfeeds.example/">About Feeds</a> to get started. It is free.</p>
</div>
</nav>
<main class="container-md px-3 py-3 markdown-body">
<header class="feed-header py-5">
<img class="feed-logo" src="https://fernhollow.example/img/logo.png" alt="" width="64" height="64">
<h1 class="border-0">${xTitle}</h1>
<p class="feed-description">${xDesc}</p>
<a class="head_link" target="_blank" href="https://fernhollow.example/">Visit website →</a>
</header>
<h2 class="feed-section-title">Recent posts</h2>
${xItems
  .map(
    ([t, d, s], i) => `<article class="item pb-5" id="item-${i + 1}">
<h3 class="mb-0"><a target="_blank" href="https://fernhollow.example/posts/${i + 1}/">${t}</a></h3>
<small class="text-gray">Published: <time>${d}</time></small>
<p class="item-summary">${s}</p>
</article>`,
  )
  .join('\n')}
</main>
<footer class="feed-footer container-md px-3">
<ul class="feed-footer-links">${links(xFoot)}</ul>
<p class="feed-footer-note">Feed styled with XSLT. Built with Eleventy and a pot of tea.</p>
<p class="feed-footer-copy">© 2026 Odile Marchetti. Words licensed CC BY-NC 4.0.</p>
</footer>
</body></html>`;
const xsltBlog: TestPage = {
  name: 'heldout452-xslt-rss-blog-feed',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xItems.map(([t]) => t),
  body: texts([xDesc, ...xItems.map(([, , s]) => s)]),
  bylines: xItems.map(([, d]) => `Published: ${d}`),
  furniture: [
    'This is an RSS feed.',
    'Subscribe by copying the URL from the address bar into your newsreader.',
    'New to feeds? Visit About Feeds to get started. It is free.',
    'Visit website →',
    'Recent posts',
    ...xFoot,
    'Feed styled with XSLT. Built with Eleventy and a pot of tea.',
    '© 2026 Odile Marchetti. Words licensed CC BY-NC 4.0.',
  ],
};

export const HELDOUT452_A: readonly TestPage[] = [xsltBlog, prettyPodcast];
