import { plain, ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 6 (blog), written in session 10 without reading the reader's rules: a company
 * engineering blog post on a Next.js/Tailwind template (cookie banner, tags, author card,
 * hiring banner, related posts, __NEXT_DATA__), and a podcast episode page (audio player,
 * subscribe links, show notes with lists and a sponsor line, a timestamped transcript).
 */
const indexIntro = [
  'Every night at 1 a.m., a job at Tallyfield rebuilds the search index that powers our catalogue of 14 million spare parts. Until last autumn ' +
    'that job took about nine hours, which meant a bad run could not be retried before customers in Europe started searching in the morning. Twice ' +
    'last year it failed at hour seven, and we served a day-old index.',
  'This post is about how we got the rebuild down to about forty minutes without changing search engines or buying bigger machines. Most of the ' +
    'win came from one boring discovery, and most of the work went into proving it.',
];
const indexOld = [
  'The rebuild read every part from our Postgres catalogue, joined it with pricing and stock tables, turned each row into a JSON document and sent ' +
    'it to the search cluster. The code was written in 2019 for a catalogue a tenth the size, and it had grown by accretion: a new join here, an ' +
    'extra enrichment call there.',
  'Our dashboards showed the search cluster at about 30% CPU for the whole run, and the database barely awake. Nothing was obviously working hard, ' +
    'which should have been our first clue.',
];
const indexFind = [
  'We started by adding timing spans around each stage of the job and running it against a copy of production. The result surprised everyone on ' +
    'the team: 71% of the wall-clock time was spent waiting on network round trips to the search cluster, one document at a time.',
  'The indexing client had a bulk API all along. In 2021, a change to handle partial failures had switched it to sending documents one by one, so ' +
    'that a single bad document would not fail a whole batch. It was a reasonable fix for a real problem, and it quietly made the job about twelve ' +
    'times slower.',
];
const indexBatch = [
  'We went back to bulk requests, with batches of 2,000 documents, and handled partial failures the way the bulk API intends: it returns a status ' +
    'for every document in the batch, so we retry only the ones that failed and send the rest to a dead-letter table for the morning shift to look ' +
    'at.',
];
const indexCode = 'const results = await client.bulk({ operations: batch, refresh: false });';
const indexBatch2 = [
  'We also turned off index refreshes during the rebuild and wrote into a fresh index that we swap in with an alias once it is complete. That gave ' +
    'us a clean rollback: if the new index looks wrong, the alias stays where it was.',
  'With those two changes the job ran in about seventy minutes. The remaining gains came from running four readers in parallel against a read ' +
    'replica, split by part ID range, which brought us to the forty minutes we see today.',
];
const indexLessons = [
  'The lesson we keep repeating to each other is that the slow part was not where any of us guessed. Three different engineers had spent time over ' +
    'the years tuning the SQL, which accounted for less than a tenth of the run. Measuring first would have saved us weeks.',
  'We also wish the 2021 change had come with a benchmark. It fixed a real bug, and nobody reviewing it could have known it would cost eight hours ' +
    'a night. A nightly record of the job’s duration, with an alert on regressions, would have caught it within a day.',
];
const related = [
  'Moving 40 services off a shared Postgres without downtime',
  'What we learned from a year of on-call handoffs',
  'Typo-tolerant part numbers: fuzzy search for SKUs',
];
const h2 = (t: string): string => `<h2 id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="scroll-mt-24">${t}</h2>`;
const blogHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>How we took our search index rebuild from nine hours to forty minutes | Tallyfield Engineering</title>
<meta property="og:title" content="How we took our search index rebuild from nine hours to forty minutes"/><meta name="next-head-count" content="12"/>
<link rel="preload" href="/_next/static/css/8c1e2a0f.css" as="style"/></head>
<body><div id="__next"><a href="#content" class="sr-only focus:not-sr-only">Skip to content</a>
<div class="fixed bottom-0 inset-x-0 z-50 bg-slate-900 text-white" role="dialog" aria-label="Cookie consent"><div class="mx-auto max-w-5xl p-4">
<p class="text-sm">We use cookies to understand how you use our site and to improve your experience.</p>
<button class="btn-primary">Accept all</button><button class="btn-ghost">Reject non-essential</button>
<a href="/cookies" class="underline">Cookie settings</a></div></div>
<header class="sticky top-0 border-b border-slate-200 bg-white/80 backdrop-blur"><nav class="mx-auto flex max-w-5xl items-center gap-6 px-4 py-3">
<a href="/" class="font-semibold">Tallyfield Engineering</a><a href="/blog" class="text-slate-600">Blog home</a>
<a href="https://tallyfield.example/product" class="text-slate-600">Product</a><a href="https://tallyfield.example/careers" class="text-slate-600">Careers</a>
</nav></header>
<main id="content" class="mx-auto max-w-3xl px-4 py-12"><article>
<div class="mb-8"><div class="flex gap-2 text-sm font-medium text-indigo-600"><a href="/tags/search">#search</a><a href="/tags/postgres">#postgres</a>
<a href="/tags/performance">#performance</a></div>
<h1 class="mt-4 text-4xl font-extrabold tracking-tight text-slate-900">How we took our search index rebuild from nine hours to forty minutes</h1>
<div class="mt-6 flex items-center gap-3 text-sm text-slate-500"><img class="h-10 w-10 rounded-full" src="/authors/priya.jpg" alt=""/>
<div><a href="/authors/priya-natarajan" class="font-medium text-slate-900">Priya Natarajan</a>
<p><time dateTime="2025-03-04">March 4, 2025</time> <span aria-hidden="true">·</span> <span>9 min read</span></p></div></div></div>
<div class="prose prose-slate lg:prose-lg max-w-none">
${ps(indexIntro)}
${h2('The old pipeline')}
${ps(indexOld)}
<figure><img src="/_next/image?url=%2Fposts%2Fspans.png&amp;w=1920&amp;q=75" alt="Trace of the old job"/>
<figcaption>Trace of one batch in the old job: the long grey bars are waits on the search cluster.</figcaption></figure>
${h2('Finding the real bottleneck')}
${ps(indexFind)}
${h2('Batching the writes')}
${ps(indexBatch)}
<div class="relative"><pre class="language-ts"><code class="language-ts">${indexCode}</code></pre>
<button class="absolute right-2 top-2 text-xs" aria-label="Copy code">Copy</button></div>
${ps(indexBatch2)}
${h2('What we’d do differently')}
${ps(indexLessons)}
</div>
<div class="mt-10 flex gap-4 border-t border-slate-200 pt-6 text-sm"><a href="#">Share on X</a><a href="#">Share on LinkedIn</a>
<button>Copy link</button></div>
<aside class="mt-10 flex gap-4 rounded-xl bg-slate-50 p-6"><img class="h-16 w-16 rounded-full" src="/authors/priya.jpg" alt=""/><div>
<p class="text-xs uppercase tracking-wide text-slate-500">Written by</p><p class="font-semibold">Priya Natarajan</p>
<p class="text-sm text-slate-500">Staff Engineer, Search Platform</p>
<p class="mt-2 text-sm">Priya leads the search platform team at Tallyfield. Before that she built recommendation systems at a travel startup.</p>
</div></aside></article>
<section class="mt-12 rounded-xl bg-indigo-600 p-6 text-white"><p class="text-lg font-semibold">We’re hiring! Join the search platform team</p>
<a href="https://tallyfield.example/careers" class="underline">See open roles</a></section>
<section class="mt-12"><h2 class="text-2xl font-bold">Related posts</h2><ul class="mt-4 grid gap-6 sm:grid-cols-3">
${related.map((r) => `<li><a href="#" class="font-semibold hover:underline">${r}</a></li>`).join('\n')}</ul></section>
<section class="mt-12 border-t pt-8"><p class="font-semibold">Get new posts from Tallyfield Engineering by email</p>
<form><input type="email" placeholder="you@company.com"/><button>Subscribe</button></form></section></main>
<footer class="border-t py-8 text-sm text-slate-500"><p>© 2025 Tallyfield, Inc.</p><a href="/privacy">Privacy</a><a href="/terms">Terms</a>
<a href="https://status.tallyfield.example">Status</a></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"slug":"search-index-rebuild","readingTime":9}}},
"page":"/blog/[slug]","buildId":"hT7xq2"}</script></body></html>`;
const engineeringBlog: TestPage = {
  name: 'heldout6-engineering-blog',
  kind: 'blog',
  // gold: title, the four section heads, the post's paragraphs and its one-line code block (it
  // is part of the post); the tags, figure caption, share row, author card (bylines) and
  // hiring banner are not
  title: 'How we took our search index rebuild from nine hours to forty minutes',
  headings: ['The old pipeline', 'Finding the real bottleneck', 'Batching the writes', 'What we’d do differently'],
  // code out of the gold (session 10): every earlier batch counts code as neither gold nor furniture, as the README's contract does
  body: [...indexIntro, ...indexOld, ...indexFind, ...indexBatch, ...indexBatch2, ...indexLessons],
  bylines: [
    'Priya Natarajan',
    'March 4, 2025',
    'Staff Engineer, Search Platform',
    'Priya leads the search platform team at Tallyfield. Before that she built recommendation systems at a travel startup.',
  ],
  furniture: [
    'Skip to content',
    'We use cookies to understand how you use our site and to improve your experience.',
    'Accept all',
    'Reject non-essential',
    'Cookie settings',
    'Tallyfield Engineering',
    'Blog home',
    'Careers',
    '#search',
    '#postgres',
    '#performance',
    '9 min read',
    'Trace of one batch in the old job: the long grey bars are waits on the search cluster.',
    'Copy',
    'Share on X',
    'Share on LinkedIn',
    'Copy link',
    'Written by',
    'We’re hiring! Join the search platform team',
    'See open roles',
    'Related posts',
    ...related,
    'Get new posts from Tallyfield Engineering by email',
    '© 2025 Tallyfield, Inc.',
    'Status',
  ],
  html: blogHtml,
};

const notes = [
  'How many earthworms are living under your feet, and why should anyone care? This week Maya heads to a farm near Leominster to join soil ' +
    'scientist Dr. Owen Prytherch, who runs a citizen science project asking farmers and gardeners to count the worms in a single spadeful of soil ' +
    'every spring.',
  'Owen explains how a twenty-minute worm count can reveal years of ploughing, compaction and chemical use, why the deep-burrowing species are the ' +
    'canaries of the field, and what changed on the farms that started counting. We also hear from Lena Hughes, who switched her 300 acres to ' +
    'reduced tillage after her first count found just three worms.',
  'Owen’s project is open to anyone with a garden or a field. Details of how to take part are in the links below.',
];
const topics = [
  'Why worms are a better soil test than most people expect',
  'How to dig, sort and count a worm pit in twenty minutes',
  'What three years of counts showed on farms that stopped ploughing',
  'Lena Hughes on the field that had almost no worms left',
];
const links = [
  '<a href="https://wormcount.example.org">The Spring Worm Count: how to take part and send in your results</a>',
  '<a href="https://soil.example.org/tillage.pdf">A farmer’s guide to reduced tillage (PDF)</a>',
];
const transcript: [string, string, string][] = [
  [
    '00:00:04',
    'Maya Ferreira',
    'Welcome back to Field Notes from the Soil. I’m Maya Ferreira, and today I’m standing in a very muddy field in Herefordshire with Dr. Owen ' +
      'Prytherch, who has spent the last six years asking farmers to dig holes and count worms. Owen, why worms?',
  ],
  [
    '00:00:21',
    'Owen Prytherch',
    'Because they’re the cheapest soil test there is. You need a spade, a bit of plastic sheet and twenty minutes. And the number you get back ' +
      'tells you a surprising amount about how the soil has been treated over the last few years, more than a lot of lab tests will.',
  ],
  ['00:00:40', 'Maya Ferreira', 'So what are we actually doing here? Talk me through it.'],
  [
    '00:00:44',
    'Owen Prytherch',
    'We dig a block of soil about twenty centimetres on each side and twenty deep, put it on the sheet and break it apart by hand. Every worm goes ' +
      'into a pot. Then we sort them: the ones living near the surface, the ones that burrow sideways, and the big deep-burrowing ones that pull ' +
      'leaves down into their holes. Those deep burrowers are the first to disappear when a field is ploughed hard every year.',
  ],
  ['00:01:19', 'Maya Ferreira', 'And what counts as a good number?'],
  [
    '00:01:22',
    'Owen Prytherch',
    'Roughly, if you find more than sixteen worms in a pit, you’re in decent shape. Fewer than eight and something is going on. But honestly the ' +
      'single count matters less than doing it every spring in the same spots. Farmers who do that start to see the trend, and that’s when they ' +
      'start changing things.',
  ],
];
const segment = ([ts, who, said]: [string, string, string]): string =>
  `<div class="transcript-segment"><span class="ts">[${ts}]</span>\n<p><strong class="speaker">${who}:</strong> ${said}</p></div>`;
const moreEpisodes = ['Ep. 141: Hedgerows Are Infrastructure', 'Ep. 140: The Return of the Water Meadow', 'Ep. 139: Who Owns a Seed?'];
const podHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ep. 142: Counting Worms | Field Notes from the Soil</title>
<meta property="og:type" content="music.song"><meta property="og:audio" content="https://media.fernway.example/fnfs/142.mp3">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"Counting Worms",
"episodeNumber":142,"datePublished":"2025-04-02","partOfSeries":{"@type":"PodcastSeries","name":"Field Notes from the Soil"}}</script>
</head><body class="episode-page theme-earth"><a class="skip" href="#episode">Skip to content</a>
<header class="site-header"><a class="site-title" href="/">Field Notes from the Soil</a><nav><ul class="site-nav">
<li><a href="/episodes">Episodes</a></li><li><a href="/about">About</a></li><li><a href="/support">Support the show</a></li>
<li><a href="/contact">Contact</a></li></ul></nav></header>
<main id="episode" class="episode"><div class="episode-header"><p class="episode-meta">Season 6 · Episode 142</p>
<h1 class="episode-title">Counting Worms: What a Garden Spade Tells You About Your Soil</h1>
<p class="episode-byline"><span class="host">Hosted by Maya Ferreira</span> · <time datetime="2025-04-02">April 2, 2025</time>
 · <span class="duration">47 min</span></p><p class="episode-guest">Guest: Dr. Owen Prytherch</p></div>
<div class="player" data-controller="audio-player"><button class="player-play" aria-label="Play">Play</button>
<span class="player-time">00:00</span> / <span class="player-duration">47:12</span><button class="player-speed">1x</button>
<a class="player-download" href="https://media.fernway.example/fnfs/142.mp3" download>Download</a>
<button class="player-share">Share episode</button></div>
<div class="subscribe-links"><span>Subscribe:</span> <a href="#">Apple Podcasts</a> <a href="#">Spotify</a> <a href="#">Overcast</a>
<a href="/feed.xml">RSS Feed</a></div>
<section class="episode-show-notes rich-text">
${ps(notes)}
<h3>In this episode</h3>
<ul>${topics.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>Links mentioned</h3>
<ul>${links.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<p class="sponsor"><em>This episode is supported by Harrow &amp; Tilth seed company. Use code SOIL15 for 15% off your first order.</em></p>
</section>
<section class="episode-transcript"><h2>Transcript</h2>
<p class="transcript-note">Transcripts are generated automatically and may contain errors.</p>
${transcript.map(segment).join('\n')}
<button class="transcript-expand">Show full transcript</button></section>
<section class="more-episodes"><h2>More episodes</h2><ul>${moreEpisodes.map((e) => `<li><a href="#">${e}</a></li>`).join('\n')}</ul></section>
<aside class="review-cta"><p>Enjoying the show? Leave a review on Apple Podcasts.</p></aside></main>
<footer class="site-footer"><p>© 2025 Field Notes from the Soil. Hosted on Fernway.</p></footer></body></html>`;
const podcast: TestPage = {
  name: 'heldout6-podcast-episode',
  kind: 'blog',
  // gold: episode title, show notes (paragraphs, the topic list and the links list with their
  // h3 heads), the "Transcript" head and the transcript turns with their speaker labels; the
  // player, subscribe links, sponsor line, transcript disclaimer, timestamps and episode rail
  // are not; host, date and guest lines are bylines
  title: 'Counting Worms: What a Garden Spade Tells You About Your Soil',
  headings: ['In this episode', 'Links mentioned', 'Transcript'],
  body: [...texts(notes), ...topics, ...links.map(plain), ...transcript.map(([, who, said]) => `${who}: ${said}`)],
  bylines: ['Hosted by Maya Ferreira', 'April 2, 2025', 'Guest: Dr. Owen Prytherch'],
  furniture: [
    'Skip to content',
    'Episodes',
    'About',
    'Support the show',
    'Contact',
    'Season 6 · Episode 142',
    '47 min',
    'Play',
    '47:12',
    'Download',
    'Share episode',
    'Subscribe:',
    'Apple Podcasts',
    'Spotify',
    'Overcast',
    'RSS Feed',
    'This episode is supported by Harrow & Tilth seed company. Use code SOIL15 for 15% off your first order.',
    'Transcripts are generated automatically and may contain errors.',
    'Show full transcript',
    'More episodes',
    ...moreEpisodes,
    'Enjoying the show? Leave a review on Apple Podcasts.',
    '© 2025 Field Notes from the Soil. Hosted on Fernway.',
  ],
  html: podHtml,
};

export const HELDOUT6_C: readonly TestPage[] = [engineeringBlog, podcast];
