import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout274-kit.js';
import { weatherLive } from './pages-heldout274-f2.js';

/**
 * Held-out batch 274, file f: a tech keynote live blog on a Verge-style gadget site (the
 * duet-- class markup of a Next.js front end: the "Live" stream header, the rubric chips,
 * the dek, byline and time, the "Comments" button, "Follow" topic buttons, stream entries with
 * their own time stamps, author and short text, image captions and credits, the "Most Popular"
 * rail, the newsletter box and the footer) and, from file f2, a weather emergency live page from
 * a public broadcaster. Short entries: several are one or two sentences. The dek is the page's
 * own standfirst and counts as body.
 */
const kTitle = 'Lumora Launch 2026: all the news from the Halo phone event';
const kDek = paras(`
Lumora is expected to show off the Halo 9 phones, a new smartwatch and its long-rumored AI assistant. Follow along as it happens.
`);
interface KEntry {
  t: string;
  by: string;
  p: string[];
}
const kEntries: KEntry[] = [
  {
    t: '11:52 AM PDT',
    by: 'Jonah Reisz',
    p: paras(`
That's a wrap. Lumora ended the event without the foldable that everyone expected, but the Halo 9 Pro's new camera and the
much cheaper watch are the two products I expect people to actually buy. Preorders open on Friday, and we'll have hands-on
impressions from the demo area shortly.
`),
  },
  {
    t: '11:40 AM PDT',
    by: 'Jonah Reisz',
    p: paras(`
Prices: the Halo 9 starts at $799, the same as last year. The Halo 9 Pro is $1,099, a $100 increase, which Lumora justifies with
the larger sensor and double the base storage.
`),
  },
  {
    t: '11:26 AM PDT',
    by: 'Aiko Tennant',
    p: paras(`
Here is the assistant, finally. It is called Lumi, and it runs mostly on the phone itself. In the demo it summarized a long group
chat, found a photo of a receipt from last March and booked a table for four, though each request took a few seconds.

Lumora says anything the phone cannot handle goes to its own servers and is deleted after the request is answered. We will
want to see the fine print on that.
`),
  },
  {
    t: '11:09 AM PDT',
    by: 'Aiko Tennant',
    p: paras(`
The new Halo Watch SE drops the price to $199 and, importantly, it works with Android phones for the first time.
`),
  },
  {
    t: '10:47 AM PDT',
    by: 'Jonah Reisz',
    p: paras(`
Camera time. The Pro gets a one-inch main sensor, up from 1/1.3 inches, and a new 5x periscope lens. Lumora showed night shots
of a harbor that looked genuinely impressive, but these demos are always carefully chosen.

The standard Halo 9 keeps last year's main camera but gains the ultrawide from the old Pro.
`),
  },
  {
    t: '10:02 AM PDT',
    by: 'Aiko Tennant',
    p: paras(`
And we're off. CEO Benedikt Arkwright walks out to a very loud crowd and promises "the biggest year in Lumora's history."
`),
  },
];
const kBody = [...texts(kDek), ...kEntries.flatMap((e) => texts(e.p))];
const kNav = ['Tech', 'Reviews', 'Science', 'Entertainment', 'AI', 'Policy', 'Deals'];
const kPop = [
  'The best budget phones you can buy right now',
  'Our favorite noise-canceling headphones just got cheaper',
  'A new chip startup wants to take on the giants',
];
const kFoot = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Do Not Sell Or Share My Personal Info', 'Licensing FAQ', 'Accessibility', 'Platform Status'];
const kEntry = (e: KEntry, i: number): string => `<div class="duet--article--live-entry _1g3ad0" id="entry-${i}">
<div class="duet--article--live-entry-meta"><time class="duet--article--timestamp" datetime="2026-09-09">${e.t}</time>
<span class="duet--article--byline-author">${e.by}</span></div>
<div class="duet--article--article-body-component">${e.p.map((x) => `<p class="duet--article--dangerously-set-cms-markup">${x}</p>`).join('\n')}</div>
<button class="duet--article--share-entry" aria-label="Copy link to this update">Link</button></div>`;
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle} - The Circuitry</title>
<meta name="description" content="${kDek[0]}"><meta property="og:site_name" content="The Circuitry"><meta name="parsely-type" content="post">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${kTitle}",
"coverageStartTime":"2026-09-09T17:00:00Z","author":[{"@type":"Person","name":"Jonah Reisz"}]}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"StreamQuery"}]}}}}</script>
</head><body><div id="__next"><a href="#content" class="duet--navigation--skip">Skip to main content</a>
<header class="duet--navigation--navigation"><a href="/" aria-label="The Circuitry homepage">The Circuitry</a>
<nav><ul>${links(kNav, 'duet--navigation--item')}</ul></nav><a href="/subscribe" class="duet--cta">Subscribe</a><a href="/login">Sign in</a></header>
<main id="content"><article class="duet--layout--entry-body-container"><div class="duet--article--stream-header">
<span class="duet--article--live-label">Live</span><ul class="duet--article--rubric">${links(['Phones'], 'duet--chip')}</ul>
<h1 class="duet--article--article-title">${kTitle}</h1><p class="duet--article--dek">${kDek[0]}</p>
<div class="duet--article--byline"><span>by <a href="/authors/jonah-reisz">Jonah Reisz</a> and <a href="/authors/aiko-tennant">Aiko Tennant</a></span>
<time datetime="2026-09-09T18:52:00Z">Updated Sep 9, 2026, 11:52 AM PDT</time></div>
<div class="duet--article--comments-link"><a href="#comments">Comments</a><span>148</span></div>
<div class="duet--article--follow"><button>Follow Lumora</button><button>Follow Phones</button></div></div>
<figure class="duet--media--image"><img src="https://cdn.circuitry.example/halo9.jpg" alt="">
<figcaption><span class="duet--media--caption">The Halo 9 Pro on stage.</span><span class="duet--media--credit">Photo by Marta Quell / The Circuitry</span>
</figcaption></figure><div class="duet--article--live-stream">${kEntries.map(kEntry).join('\n')}</div></article>
<aside class="duet--layout--rail"><h2>Most Popular</h2><ol>${links(kPop)}</ol>
<div class="duet--newsletter"><h3>Installer</h3><p>A weekly newsletter about the best apps and gadgets.</p>
<input type="email" placeholder="Email (required)"><button>Sign Up</button></div></aside></main>
<footer class="duet--navigation--footer"><ul>${links(kFoot)}</ul><p>© 2026 Circuitry Media, Inc. All Rights Reserved</p></footer></div>
</body></html>`;
const keynote: TestPage = {
  name: 'heldout274-verge-keynote-liveblog-news',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: kBody,
  bylines: [...kEntries.map((e) => e.t), 'Jonah Reisz', 'Aiko Tennant', 'by Jonah Reisz and Aiko Tennant', 'Updated Sep 9, 2026, 11:52 AM PDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Circuitry', ...kNav.filter((s) => s.length > 2), 'Subscribe', 'Sign in', 'Live', 'Phones', 'Comments', '148',
    'Follow Lumora', 'Follow Phones', 'The Halo 9 Pro on stage.', 'Photo by Marta Quell / The Circuitry', 'Link', 'Most Popular', ...kPop, 'Installer',
    'A weekly newsletter about the best apps and gadgets.', 'Sign Up', ...kFoot, '© 2026 Circuitry Media, Inc. All Rights Reserved',
  ],
};

export const HELDOUT274_F: readonly TestPage[] = [keynote, weatherLive];
