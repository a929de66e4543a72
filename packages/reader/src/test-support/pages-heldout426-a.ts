import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout426-kit.js';

/**
 * Held-out batch 426, file a: a SlideShare-style deck page (Next.js markup, slide viewer, description, slide transcript,
 * likes / views, download button, "You might also like" rail, OneTrust banner, footer) and a Speaker Deck-style deck page
 * (Rails template, deck description, per-slide "Transcript", stars, "More Decks by" and "Other Decks in" rails, footer).
 */
const sTitle = 'Keeping Milk Cold on a Small Budget: Cold-Chain Basics for Hill Dairies';
const sDesc = [
  j(
    'Slides from my session at the Upland Producers Forum in Carrow Vale. The deck walks through the cheapest ways a dairy with',
    'twenty to sixty cows can keep milk below four degrees from the parlour to the collection lorry, with the numbers from three farms we worked with.',
  ),
];
const sSlides = [
  'Keeping Milk Cold on a Small Budget. Cold-chain basics for hill dairies. Upland Producers Forum, Carrow Vale.',
  j(
    'Why it matters. Bacteria counts in raw milk roughly double every twenty minutes above ten degrees. A two-hour delay before',
    'cooling can cost a farm its quality bonus for the whole month.',
  ),
  j(
    'Where the heat comes from. Milk leaves the cow at about 37 degrees. The bulk tank has to remove that heat, plus the heat the',
    'compressor itself makes, plus whatever the dairy room lets in through the walls and the door.',
  ),
  j(
    'Step one: pre-cool with water. A plate cooler fed with well water took the milk down to 16 degrees on all three farms before it',
    'reached the tank, and cut the tank compressor running time by about 40 per cent.',
  ),
  j(
    'Step two: shade and air the compressor. Units bolted to a south-facing wall ran hotter and longer. Moving one unit two metres',
    'into the shade of the hay barn saved a farm near Lusk Ridge 11 kWh a day in July.',
  ),
  j(
    'Step three: log the temperature. A battery logger costing less than a sack of feed showed one tank was warming to nine degrees',
    'every night after the wash cycle, because the agitator timer had been set wrongly.',
  ),
  'What it cost. Plate cooler and pipework: 1,900. Compressor move: 350. Two loggers: 80. Payback on the largest farm: seven months.',
  'Questions? Write to the forum office and ask for the cold-chain worksheet, which has the tank sizing table from this talk.',
];
const sNav = ['Home', 'Explore', 'Upload', 'Log in', 'Sign up'];
const sRail = [
  'Milking Parlour Hygiene in Twelve Slides',
  'Solar Pumps for Livestock Water: A Field Report',
  'Feed Budgeting Through a Wet Winter',
  'Selling Raw Milk Direct: What the Rules Say',
];
const sFoot = ['About', 'Support', 'Terms', 'Privacy', 'Copyright', 'Cookie Preferences', 'Do not sell or share my personal information'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${sTitle} | PPT</title>
<meta name="description" content="${sDesc[0]?.slice(0, 120) ?? ''}"><meta property="og:type" content="article">
<meta property="og:title" content="${sTitle}"><meta name="twitter:card" content="player">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PresentationDigitalDocument","name":"Keeping Milk Cold on a Small Budget",
"author":{"@type":"Person","name":"Fenella Groat"},"datePublished":"2026-02-19","interactionStatistic":{"userInteractionCount":2417}}</script>
<link rel="stylesheet" href="https://public.slidesharecdn.example/_next/static/css/4b1f0a.css"></head>
<body><div id="__next"><div class="Layout_root__Zr9qk">
<header class="Header_root__aP2xr"><a class="Header_logo__k1x" href="/" aria-label="SlideShare home"></a>
<nav class="Header_nav__3Fq"><ul>${links(sNav, 'Header_navItem__q2')}</ul></nav>
<form class="SearchBar_root__e9"><input type="search" placeholder="Search" aria-label="Search"></form></header>
<main class="PlayerPage_main__Xn1"><div class="PlayerPage_player__7Yt"><div id="slide-container" class="SlideContainer_root__b4">
<img class="vertical-slide-image" src="https://image.slidesharecdn.example/coldchain-1.jpg" alt="Keeping Milk Cold on a Small Budget" loading="lazy">
</div><div class="PlayerControls_root__s8"><span class="PlayerControls_count__1v">1 of 8</span>
<button class="PlayerControls_fullscreen__dd" aria-label="Fullscreen">Fullscreen</button></div></div>
<div class="PlayerPage_info__m2"><h1 class="Heading_heading__3hj title-link Heading_h1__Wq" data-cy="document-title">${sTitle}</h1>
<div class="metadata-container"><a class="AuthorLink_root__b7" href="/fgroat" data-cy="author-name">Fenella Groat</a>
<span class="metadata-item">Feb 19, 2026</span><span class="metadata-item">2,417 views</span><span class="metadata-item">8 slides</span></div>
<div class="ActionBar_root__cW"><button class="LikeButton_root__v1" data-cy="like-button">Like</button><span class="LikeButton_count__2">36</span>
<button class="ActionBar_btn__s" data-cy="download-button">Download now</button><button class="ActionBar_btn__s">Share</button>
<button class="ActionBar_btn__s">Embed</button><button class="ActionBar_btn__s">Report</button></div>
<div class="Description_root__Q3" data-cy="document-description">${ps(sDesc, ' class="Description_text__q"')}</div>
<ul class="Categories_root__w"><li><a href="/category/science">Science</a></li><li><a href="/category/environment">Environment</a></li></ul>
<section class="Transcript_root__uN" data-cy="transcript"><h2 class="Transcript_heading__9d">Transcript</h2>
<ol class="Transcript_list__e1">${lis(sSlides, 'Transcript_item__x1')}</ol></section></div>
<aside class="RelatedRail_root__0x" aria-label="Recommended"><h2 class="RelatedRail_heading__r">You might also like</h2>
<ul class="RelatedRail_list__4">${links(sRail, 'RelatedRail_item__p')}</ul><div class="AdSlot_root__f" data-freestar-ad="right_rail">
<span class="AdSlot_label__m">Advertisement</span></div></aside></main>
<footer class="Footer_root__W2"><ul class="Footer_links__r">${links(sFoot)}</ul><p class="Footer_copy__k">© 2026 SlideShare from Scribd</p>
<p class="Footer_lang__z">English</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies
to give you a better reading experience and to show you relevant ads. You can change your choices at any time.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slideshow":{"id":26611874,"totalSlides":8}}},"page":"/[user]/[title]"}</script>
</body></html>`;
const slideshare: TestPage = {
  name: 'heldout426-slideshare-deck-transcript',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sDesc, ...sSlides]),
  bylines: ['Fenella Groat', 'Feb 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, '1 of 8', 'Fullscreen', '2,417 views', '8 slides', 'Like', 'Download now', 'Share', 'Embed', 'Report', 'Science', 'Environment',
    'Transcript', 'You might also like', ...sRail, 'Advertisement', ...sFoot, '© 2026 SlideShare from Scribd', 'English',
    'We use cookies to give you a better reading experience and to show you relevant ads. You can change your choices at any time.', 'Accept All',
    'Cookie Settings',
  ],
};

const kTitle = 'Shipping a Search Index Without Downtime';
const kDesc = [
  j(
    'Talk given at Quayside Rust Meetup #41. We moved a 90-million-document search index from one cluster layout to another while',
    'the site kept answering queries. These are the slides, with the steps that worked and the two that did not.',
  ),
];
const kSlides = [
  'Shipping a Search Index Without Downtime. Quayside Rust Meetup #41, Harbour Hall.',
  j(
    'Why move at all? Queries that hit the big shard took four times longer than the rest, and adding nodes did not help because',
    'the shard could not be split in place. A new layout with 40 even shards was the only fix that lasted.',
  ),
  j(
    'The starting point: one index, 90 million documents, 14 shards that had grown unevenly. The largest shard held a fifth of the',
    'data and answered a third of the slow queries.',
  ),
  j(
    'Plan A was a snapshot and restore into the new layout over a weekend. The dry run took 31 hours, far longer than any',
    'maintenance window we could ask for.',
  ),
  j(
    'Plan B: write to both. Every update went to the old index and to the new one through a small queue, while a background job',
    'copied the existing documents across in batches of ten thousand.',
  ),
  j(
    'Checking the copy. We compared document counts per shard every hour, and sampled two thousand random ids a day to compare',
    'their stored fields byte for byte.',
  ),
  j(
    'The switch. Reads moved behind an alias. We shifted five per cent of search traffic, then a quarter, then all of it, watching',
    'the error rate and the 99th percentile latency at each step.',
  ),
  'What went wrong: the queue fell behind during a bulk price update, and one analyser setting differed between the two clusters.',
  'Lessons: dry-run the copy with production volume, keep the alias switch reversible for a week, and diff the index settings in CI.',
];
const kNav = ['Explore', 'Featured', 'Sign in', 'Sign up', 'Upload'];
const kMore = ['Property Testing for Parsers', 'A Year of Async in Production', 'Small Binaries, Fast Starts'];
const kOther = ['Writing a Tokenizer You Can Read', 'Zero-Copy Deserialization in Practice', 'Error Handling at the Edges', 'Benchmarks That Lie'];
const kFoot = ['About', 'Blog', 'Pro', 'Terms', 'Privacy', 'Support'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle} - Speaker Deck</title>
<meta name="description" content="${kDesc[0]?.slice(0, 100) ?? ''}"><meta property="og:site_name" content="Speaker Deck">
<meta name="csrf-token" content="Zq1x9bdf8a-token"><link rel="stylesheet" href="/assets/application-8c1d2e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PresentationDigitalDocument","name":"${kTitle}",
"author":{"@type":"Person","name":"Oren Dalby"},"dateCreated":"2026-03-07"}</script></head>
<body class="decks show"><nav class="navbar navbar-expand-lg navbar-light sd-nav"><div class="container">
<a class="navbar-brand" href="/">Speaker Deck</a><ul class="navbar-nav ms-auto">${links(kNav, 'nav-item')}</ul></div></nav>
<div class="sd-main"><div class="container"><div class="row"><div class="col-12 col-lg-8">
<div class="speakerdeck-embed-wrapper"><div class="speakerdeck-iframe ratio ratio-16x9" data-id="5a0c1e77f2" data-ratio="1.7777"></div></div>
<div class="deck-meta mb-3"><h1 class="mb-0 fw-bold">${kTitle}</h1>
<div class="d-flex align-items-center mt-2"><a class="deck-presenter" href="/odalby"><img class="avatar" src="/avatars/odalby.png" alt="">
<span class="text-dark">Oren Dalby</span></a><span class="text-muted ms-2">March 07, 2026</span></div>
<div class="d-flex mt-2"><a class="btn btn-sm btn-outline-secondary" href="/c/programming">Programming</a>
<span class="ms-3 text-muted">1</span><span class="ms-1 text-muted">Star</span><span class="ms-3 text-muted">412</span>
<span class="ms-1 text-muted">Views</span></div></div>
<div class="deck-description mb-4">${ps(kDesc)}</div>
<div class="deck-actions mb-4"><a class="btn btn-light" href="#">Share</a><a class="btn btn-light" href="#">Download PDF</a>
<a class="btn btn-light" href="#">Embed</a><a class="btn btn-light" href="#">Tweet</a></div>
<div class="deck-transcript"><h2 class="h4 fw-bold">Transcript</h2><ol class="list-unstyled">
${kSlides
  .map(
    (t, i) => `<li class="mb-4"><a class="text-muted small" href="?slide=${i + 1}">Slide ${i + 1}</a>
<div class="slide-transcript">${t}</div></li>`,
  )
  .join('\n')}
</ol></div></div>
<div class="col-12 col-lg-4"><div class="sidebar-section"><h3 class="h5">More Decks by Oren Dalby</h3><ul class="list-unstyled">${links(kMore)}</ul>
<a class="small" href="/odalby">See All by Oren Dalby</a></div>
<div class="sidebar-section"><h3 class="h5">Other Decks in Programming</h3><ul class="list-unstyled">${links(kOther)}</ul>
<a class="small" href="/c/programming">See All in Programming</a></div>
<div class="sidebar-section sd-featured"><h3 class="h5">Featured</h3><p class="small">Speaker Deck Pro: no ads, private decks and analytics.</p></div>
</div></div></div></div>
<footer class="sd-footer"><div class="container"><ul class="list-inline">${links(kFoot, 'list-inline-item')}</ul>
<p class="small text-muted">Speaker Deck © 2026</p></div></footer>
<script src="/assets/application-5f9e3a.js" defer></script><script>window.deckId = "5a0c1e77f2";</script></body></html>`;
const speakerdeck: TestPage = {
  name: 'heldout426-speakerdeck-deck',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts([...kDesc, ...kSlides]),
  bylines: ['Oren Dalby', 'March 07, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Speaker Deck', ...kNav, 'Programming', 'Star', '412', 'Views', 'Share', 'Download PDF', 'Embed', 'Tweet', 'Transcript',
    ...kSlides.map((_, i) => `Slide ${i + 1}`), 'More Decks by Oren Dalby', ...kMore, 'See All by Oren Dalby', 'Other Decks in Programming', ...kOther,
    'See All in Programming', 'Featured', 'Speaker Deck Pro: no ads, private decks and analytics.', ...kFoot, 'Speaker Deck © 2026',
  ],
};

export const HELDOUT426_A: readonly TestPage[] = [slideshare, speakerdeck];
