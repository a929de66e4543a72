import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout452-kit.js';

/**
 * Held-out batch 452, file a2: a podcast's RSS feed rendered in the browser by a Pretty Feed-style XSLT (the yellow
 * "This is a web feed" note, the show header with cover art, hosts and category, subscribe buttons, an episode list with
 * episode numbers, durations, audio players and "Download MP3" links, and the About Feeds footer).
 */
const pTitle = 'The Lantern Street Workshop';
const pDesc = j(
  'A fortnightly conversation about the people who fix things for a living: clock menders, bike mechanics, piano tuners and',
  'the odd bookbinder. Hosted from a converted print shop in Dunmore Quay.',
);
const pEps: [string, string, string, string[]][] = [
  [
    'The clock that ran backwards',
    'Episode 48 · 41 min · 26 Feb 2026',
    'Published: Thu, 26 Feb 2026 05:00:00 +0000',
    [
      j(
        'Clock mender Aurelie Sandquist joins us to talk about a longcase clock whose hands turned anticlockwise after a house move. The',
        'culprit turned out to be a reversed motion work wheel fitted by a previous repairer decades ago.',
      ),
      j('We also talk about apprenticeships, why she keeps a notebook for every clock that crosses her bench, and the smell of old', 'clock oil.'),
    ],
  ],
  [
    'Spokes, tension and patience',
    'Episode 47 · 36 min · 12 Feb 2026',
    'Published: Thu, 12 Feb 2026 05:00:00 +0000',
    [
      j(
        'Wheel builder Tomasz Brevik explains how he trues a wheel by ear, plucking each spoke and listening for the note. He brought a',
        'half-built wheel to the studio, so you will hear the difference between a slack spoke and a tight one.',
      ),
      'Plus: listener questions about tubeless tyres and whether old steel rims are worth saving.',
    ],
  ],
  [
    'Tuning a piano in a cold chapel',
    'Episode 46 · 44 min · 29 Jan 2026',
    'Published: Thu, 29 Jan 2026 05:00:00 +0000',
    [
      j(
        'Piano tuner Greer Halloran describes a winter job in an unheated chapel where the piano drifted out of tune between morning',
        'and evening services. Temperature and humidity matter more than most people think, and she shares the simple rules she gives',
        'to churches and schools.',
      ),
      j(
        'Later in the episode she explains pitch raises, why a piano left untuned for ten years cannot be brought to concert pitch in one',
        'visit, and how often a family piano really needs a tuner.',
      ),
    ],
  ],
  [
    'Bookbinding for beginners, with Ines Okoro',
    'Episode 45 · 39 min · 15 Jan 2026',
    'Published: Thu, 15 Jan 2026 05:00:00 +0000',
    [
      j(
        'Ines Okoro runs evening bookbinding classes above a bakery. She talks us through the first book every student makes, a simple',
        'pamphlet stitch, and why she insists on paper grain running parallel to the spine.',
      ),
      'Show notes include her list of starter tools, none of which costs more than ten pounds.',
    ],
  ],
  [
    'Listener mailbag: the broken things you sent us',
    'Episode 44 · 33 min · 1 Jan 2026',
    'Published: Thu, 01 Jan 2026 05:00:00 +0000',
    [
      j(
        'To start the year we open the mailbag and answer your repair questions: a sticky toaster lever, a radio that hums only in the',
        'kitchen, and a wool jumper eaten by moths. For each one we say whether to fix it yourself, find a professional, or let it go.',
      ),
    ],
  ],
];
const pHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>${pTitle} · Web Feed</title>
<style type="text/css">body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif}.bg-yellow-light{background-color:#fffbdd}
.markdown-body{font-size:16px;line-height:1.5}.text-gray{color:#586069}.ep-meta{font-size:12px}</style>
</head>
<body class="bg-white">
<nav class="container-md px-3 py-2 mt-2 mt-md-5 mb-5 markdown-body">
<p class="bg-yellow-light ml-n1 px-1 py-1 mb-1"><strong>This is a web feed,</strong> also known as an RSS feed.
<strong>Subscribe</strong> by copying the URL from the address bar into your podcast app.</p>
<p class="text-gray">Visit <a href="https://aboutfeeds.example">About Feeds</a> to get started with newsreaders and subscribing. It’s free.</p>
</nav>
<div class="container-md px-3 py-3 markdown-body">
<header class="py-5">
<p class="preview-label text-gray">Web Feed Preview</p>
<div class="d-flex"><img class="cover mr-3" src="https://media.lanternstreet.example/cover-3000.jpg" alt="Podcast cover art" width="160" height="160">
<div>
<h1 class="border-0">${pTitle}</h1>
<p class="show-hosts text-gray">Hosted by Maren Toll and Idris Fenwick</p>
<p class="show-category text-gray">Leisure · Hobbies</p>
</div></div>
<p class="show-description">${pDesc}</p>
<div class="subscribe-buttons"><a class="btn btn-sm" href="https://podcasts.example/lantern">Apple Podcasts</a>
<a class="btn btn-sm" href="https://open.example/show/lantern">Spotify</a><a class="btn btn-sm" href="https://pocketcasts.example/lantern">Pocket Casts</a>
<a class="btn btn-sm" href="https://overcast.example/lantern">Overcast</a></div>
<a class="head_link" target="_blank" href="https://lanternstreet.example">Visit Website →</a>
</header>
<h2>Recent Items</h2>
${pEps
  .map(
    ([t, meta, pub, notes], i) => `<div class="pb-5 episode" id="ep-${48 - i}">
<h3 class="mb-0"><a target="_blank" href="https://lanternstreet.example/episodes/${48 - i}">${t}</a></h3>
<p class="ep-meta text-gray">${meta}</p>
<audio controls="controls" preload="none" src="https://media.lanternstreet.example/ep${48 - i}.mp3"></audio>
<div class="ep-notes">${notes.map((n) => `<p>${n}</p>`).join('\n')}</div>
<small class="text-gray">${pub}</small>
<a class="ep-download" href="https://media.lanternstreet.example/ep${48 - i}.mp3" download="">Download MP3</a>
</div>`,
  )
  .join('\n')}
</div>
<footer class="container-md px-3 py-4 text-gray">
<p>Feed hosted by Shorewave Audio. Styled with Pretty Feed.</p>
<p>Explicit: no · Language: en-gb · Copyright 2026 Lantern Street Media</p>
</footer>
</body></html>`;
export const prettyPodcast: TestPage = {
  name: 'heldout452-pretty-feed-podcast',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pEps.map(([t]) => t),
  body: texts([pDesc, ...pEps.flatMap(([, , , n]) => n)]),
  bylines: ['Hosted by Maren Toll and Idris Fenwick', ...pEps.flatMap(([, m, p]) => [m, p])],
  furniture: [
    'This is a web feed, also known as an RSS feed. Subscribe by copying the URL from the address bar into your podcast app.',
    'Visit About Feeds to get started with newsreaders and subscribing. It’s free.',
    'Web Feed Preview',
    'Leisure · Hobbies',
    'Apple Podcasts',
    'Spotify',
    'Pocket Casts',
    'Overcast',
    'Visit Website →',
    'Recent Items',
    'Download MP3',
    'Feed hosted by Shorewave Audio. Styled with Pretty Feed.',
    'Explicit: no · Language: en-gb · Copyright 2026 Lantern Street Media',
  ],
};
