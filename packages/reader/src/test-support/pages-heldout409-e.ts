import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout409-kit.js';

/**
 * Held-out batch 409, file e: a hand-written static digital garden note (site nav, "planted" / "last tended" dates, growth
 * stage and epistemic status, footnotes, "Notes that link here", webmentions, webring footer) and a Bear Blog post (the Bear
 * header and nav, the date under the title, hashtags, upvote button, email subscribe form, "Powered by Bear" footer).
 */
const sTitle = 'Hedges as infrastructure';
const sH = ['A hedge is a road', 'Laying versus flailing', 'What I would ask a council'];
const sS1 = [
  j(
    'Most people see a hedge as a boundary, something that keeps sheep in and walkers out. I have come to think of it the other',
    'way round: a hedge is a connection. It is the nearest thing a farmed landscape has to a road network for small animals.',
  ),
];
const sS2 = [
  j(
    'A dormouse will not cross twenty metres of open field, and many beetles and bats navigate by following linear features.',
    'Take out one stretch of hedge and the two woods it joined become islands.<sup><a href="#fn1" id="fnref1">1</a></sup>',
  ),
  j(
    'Thinking of hedges as infrastructure changes the questions you ask. You stop asking how tall a hedge should be and start',
    'asking where the gaps are, what they cost, and who is responsible for mending them.',
  ),
];
const sS3 = [
  j(
    'Around here most hedges are cut every autumn with a tractor flail. It is quick and cheap, but cutting at the same height',
    'every year leaves a hedge that is thick on top and hollow at the base, which is exactly where the animals travel.',
  ),
  j(
    'Traditional laying, where the stems are partly cut and bent over, rebuilds the base. It is slow, skilled work: a good',
    'hedger lays perhaps twenty metres a day. The compromise most advisers now suggest is to flail on a three-year cycle',
    'and lay each hedge once every few decades.<sup><a href="#fn2" id="fnref2">2</a></sup>',
  ),
];
const sL4 = [
  'Map the gaps, not the hedges. A list of breaks longer than five metres is more useful than a total length.',
  'Pay for laying where a hedge links two woods, even if that means cutting less elsewhere.',
  'Count gateways as gaps too, and plant a short hedge stub either side when a field entrance is widened.',
];
const sS5 = ['None of this is new, but it is easier to argue for mending a road than for tidying a boundary.'];
const sFn = [
  'The idea of hedges as corridors comes up again in <a href="/notes/dormouse-walks/">dormouse walks</a>.',
  'My notes from a laying course at Cleeve Farm are in <a href="/notes/hedge-laying/">hedge laying, day one</a>.',
];
const sNav = ['Notes', 'Essays', 'Now', 'About'];
const sLinkHere = ['Dormouse walks', 'Field margins', 'Reading the parish map'];
const sRing = ['← previous', 'Gardeners Webring', 'next →'];
const sPlanted = 'Planted 4 October 2025';
const sTended = 'Last tended 9 March 2026';
const sHtml = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${sTitle} · Wren's Hedgebook</title><meta name="author" content="Wren Ashdown"><meta name="description" content="Why I think of hedges as roads.">
<link rel="stylesheet" href="/style.css"><link rel="webmention" href="https://webmention.io/hedgebook.net/webmention">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
${ld({ '@context': 'https://schema.org', '@type': 'Article', headline: sTitle, dateCreated: '2025-10-04', dateModified: '2026-03-09' })}
<script>document.documentElement.classList.add(localStorage.getItem('theme') || 'light');</script></head>
<body><a class="skip" href="#main">Skip to content</a><header class="site"><a class="site-name" href="/">Wren's Hedgebook</a>
<nav aria-label="Main"><ul>${links(sNav)}</ul></nav></header>
<main id="main"><article class="note h-entry"><h1 class="p-name">${sTitle}</h1>
<div class="note-meta"><p class="dates"><time class="dt-published" datetime="2025-10-04">${sPlanted}</time> ·
<time class="dt-updated" datetime="2026-03-09">${sTended}</time></p>
<p class="stage"><span class="stage-icon">🌿</span> Growth stage: budding</p>
<p class="epistemic">Epistemic status: a hunch backed by some reading</p></div>
<div class="e-content">${ps(sS1)}
<h2>${sH[0]}</h2>${ps(sS2)}
<h2>${sH[1]}</h2>${ps(sS3)}
<h2>${sH[2]}</h2><ol>${sL4.map((l) => `<li>${l}</li>`).join('\n')}</ol>
${ps(sS5)}</div>
<section class="footnotes" role="doc-endnotes"><hr><ol>${sFn
  .map(
    (f, i) => `<li id="fn${i + 1}"><p>${f} <a href="#fnref${i + 1}">↩</a></p>
</li>`,
  )
  .join('\n')}</ol>
</section></article>
<aside class="backlinks"><h2>Notes that link here</h2><ul>${links(sLinkHere)}</ul></aside>
<section class="webmentions"><h2>Webmentions</h2><p>3 likes, 1 repost</p><ul class="mentions"><li><a href="https://social.example/@ferngully">Mira Fenn</a>
replied: Lovely framing, we are mapping the gaps in our parish this spring.</li></ul></section></main>
<footer class="site"><p>Written by hand, with HTML and a little CSS. No tracking.</p>
<nav class="webring">${sRing.map((r) => `<a href="/">${r}</a>`).join(' ')}</nav>
<p>© 2026 Wren Ashdown · <a href="/feed.xml">RSS</a></p></footer></body></html>`;

const garden: TestPage = {
  name: 'heldout409-handmade-garden-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sS1, ...sS2, ...sS3, ...sL4, ...sS5, ...sFn]),
  bylines: [sPlanted, sTended],
  furniture: [
    'Skip to content',
    "Wren's Hedgebook",
    ...sNav,
    'Growth stage: budding',
    'Epistemic status: a hunch backed by some reading',
    'Notes that link here',
    ...sLinkHere,
    'Webmentions',
    '3 likes, 1 repost',
    'Mira Fenn',
    'replied: Lovely framing, we are mapping the gaps in our parish this spring.',
    'Written by hand, with HTML and a little CSS. No tracking.',
    ...sRing,
    '© 2026 Wren Ashdown · RSS',
  ],
};

const bTitle = 'The compost heap that would not heat up';
const bS = [
  j(
    'All last summer my compost heap sat there, cold and damp, doing roughly nothing. I turned it, I added nettles, I even',
    'followed the advice of my neighbour and poured in a bucket of what she politely called "activator". Nothing.',
  ),
  j(
    'In October I finally did what I should have done in June and took it apart. The problem was obvious once I looked:',
    'almost everything in it was grass clippings, laid down in thick wet mats that had turned to a grey, sour paste.',
  ),
  'What fixed it, in order of how much difference it made:',
];
const bL = [
  'Mixing in shredded cardboard and dry leaves, about as much by volume as the grass.',
  'Building the whole heap in one go, a cubic metre at least, instead of adding a bucket a day.',
  'Covering it with an old carpet to keep the rain off and the warmth in.',
];
const bS2 = [
  j(
    'Three days after the rebuild the middle of the heap was too hot to keep my hand in. By Christmas it had shrunk by a third',
    'and smelled of forest floor rather than silage.',
  ),
  j(
    'I am not going to pretend this is news to anyone who has gardened for more than a year. But nobody told me, and maybe',
    'nobody told you either. Browns and greens, roughly half and half. That is the whole secret.',
  ),
];
const bTags = ['#compost', '#garden', '#mistakes'];
const bNav = ['Home', 'Now', 'Blog'];
const bDate = '11 Feb, 2026';
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="shortcut icon" href="data:,">
<title>${bTitle} | Hollis grows things</title><meta name="slug" content="compost-heap"><meta name="lang" content="en">
<meta name="description" content="All last summer my compost heap sat there, cold and damp, doing roughly nothing.">
<meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="Hollis grows things"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-11T08:00:00+00:00"><link rel="canonical" href="https://hollis.bearblog.dev/compost-heap/">
${ld({
  '@context': 'https://schema.org',
  '@type': 'BlogPosting',
  headline: bTitle,
  datePublished: '2026-02-11',
  author: { '@type': 'Person', name: 'Hollis' },
})}
<style>:root { --width: 720px; --font-main: Verdana, sans-serif; } body { max-width: var(--width); margin: auto; } .upvote-button { border: 0; }</style>
</head><body><header><a class="title" href="/"><h2>Hollis grows things</h2></a>
<nav><p>${bNav.map((n) => `<a href="/${n.toLowerCase()}/">${n}</a>`).join(' ')}</p></nav></header>
<main><h1>${bTitle}</h1><p><i><time datetime="2026-02-11T08:00Z">${bDate}</time></i></p>
<content>${ps(bS)}<ul>${bL.map((l) => `<li>${l}</li>`).join('\n')}</ul>${ps(bS2)}</content>
<p class="tags">${bTags.map((t) => `<a href="/blog/?q=${t.slice(1)}">${t}</a>`).join(' ')}</p>
<p class="upvote"><form id="upvote-form" action="/upvote/" method="post" style="display: inline"><input type="hidden" name="uid" value="Zk3pQ">
<button class="upvote-button" title="Toast this post"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"></svg>
<small class="upvote-count">38</small></button></form></p>
<form class="email-signup" method="post" action="/subscribe/"><label for="email">Subscribe to my blog via email</label>
<input type="email" name="email" id="email" placeholder="me@example.com"><button type="submit">Subscribe</button></form></main>
<footer><span>Powered by <a href="https://bearblog.dev">ʕ•ᴥ•ʔ Bear</a></span></footer>
<script src="https://bearblog.dev/static/js/upvote.js"></script></body></html>`;

const bear: TestPage = {
  name: 'heldout409-bearblog-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts([...bS, ...bL, ...bS2]),
  bylines: [bDate],
  furniture: ['Hollis grows things', ...bNav, ...bTags, 'Subscribe to my blog via email', 'Subscribe', 'Powered by ʕ•ᴥ•ʔ Bear'],
};

export const HELDOUT409_E: readonly TestPage[] = [garden, bear];
