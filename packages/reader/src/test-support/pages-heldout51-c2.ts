import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 51, file c2: an Apple Podcasts episode page on the 2025 web app (the Svelte build: the sidebar navigation
 * with "Sign In", the episode header with its date eyebrow, title, show link and metadata line, the "Play" and "Follow"
 * buttons, the description as one text block with the host's boilerplate and the ad-choices line, the "Information" list,
 * the "More Episodes" and "You Might Also Like" shelves, the country picker footer and the serialized data script).
 */
const apTitle = 'The Tram Strike That Stopped Halvergate';
const apShow = 'The Borough Archive';
const apDesc = [
  'On the morning of 3 June 1911, not a single tram left the depot on Canal Street. For nine days the drivers and conductors ' +
    'of the Halvergate Corporation Tramways refused to work, and a town of ninety thousand people, most of whom had never ' +
    'owned a bicycle, had to find another way to get to the mills.',
  'This week Nell talks to the labour historian Dr Frances Oduya, who found the strike committee’s minute book in a box of ' +
    'uncatalogued papers at the town library in 2019. It shows that the strike was planned for almost a year, that its ' +
    'leaders were three women conductors who had been hired during a staff shortage, and that the corporation came within ' +
    'a single vote of bringing in drivers from Liverpool to break it.',
  'We also hear from listeners whose great-grandparents walked eight miles a day to work during those nine days, and visit ' +
    'the depot, now a climbing wall, where a painted sign from 1911 was uncovered behind the plaster last spring.',
  'Plus: the Sunday fare that cost a farthing more, why the strikers met in a Methodist chapel rather than a pub, and what ' +
    'happened to the three conductors after the corporation quietly took them back in the autumn.',
  'If your family has a story from the strike, or a photograph of the town’s trams from before 1920, Nell would love to hear ' +
    'from you. The address is on the show’s website, and we read every letter.',
  'Dr Oduya’s book, The Women on the Platform, is published by Fernhill Press in March. The minute book has been digitised ' +
    'and can be read in full on the Halvergate Library website.',
];
const apHost = 'Hosted by Nell Okafor. Produced by Sam Pryce for Borough Archive Media.';
const apAds = 'Learn more about your ad choices. Visit podcastchoices.com/adchoices';
const apSide = ['Home', 'New', 'Top Charts', 'Search'];
const apInfo = [
  'Show',
  apShow,
  'Channel',
  'Borough Archive Media',
  'Frequency',
  'Updated Weekly',
  'Published',
  'November 18, 2025 at 5:00 AM UTC',
  'Length',
  '48 min',
  'Season',
  '3',
  'Episode',
  '12',
  'Rating',
  'Clean',
];
const apMore = [
  'The Flood of 1893 and the Mayor Who Hid',
  'Why Halvergate Has Two Town Halls',
  'The Lost Music Hall of Quay Street',
  'Listener Mailbag: Your Grandparents’ Streets',
];
const apLike = ['Northern Lines', 'Streets of the Past', 'The Mill Town Podcast', 'Little History Hour'];
const apFoot = ['Internet Service Terms', 'Apple Podcasts & Privacy', 'Cookie Warning', 'Support', 'Feedback'];
const apShelf = (h: string, items: string[], cls: string): string => `<div class="section svelte-1n7s6y3" data-testid="section-container"
 aria-label="${h}"><div class="header svelte-rnrb59"><div class="header-title-wrapper svelte-rnrb59"><h2 class="title svelte-rnrb59">${h}</h2>
</div><a class="see-all svelte-rnrb59" href="#">See All</a></div><ul class="shelf-grid__list svelte-e9jwo3" role="list">${items
  .map((t) => `<li class="shelf-grid__list-item svelte-e9jwo3"><div class="${cls}"><a href="#"><span class="title multiline-clamp">${t}</span></a></div></li>`)
  .join('\n')}</ul></div>`;
const apHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${apTitle} - ${apShow} | Podcast on Apple Podcasts</title>
<meta name="description" content="Podcast Episode · ${apShow} · 18/11/2025 · 48m · On the morning of 3 June 1911, not a single tram left the depot …">
<meta name="apple:content_id" content="1000737219904"><meta property="og:type" content="website">
<script id="schema:episode" type="application/ld+json">{"@context":"http://schema.org","@type":"PodcastEpisode","name":"${apTitle}",
"datePublished":"2025-11-18","timeRequired":"PT48M","partOfSeries":{"@type":"PodcastSeries","name":"${apShow}"},"genre":["History"]}</script>
<link rel="stylesheet" href="/assets/index~9c1b2a.css"></head>
<body><div class="app-container svelte-ttpm7k" data-testid="app-container"><div class="navigation svelte-13li0vp" data-testid="navigation">
<div class="navigation__header svelte-13li0vp"><a class="logo" href="/us/browse" aria-label="Apple Podcasts"><span>Apple Podcasts</span></a></div>
<nav class="navigation-items svelte-1a2n6mv" aria-label="Primary">
<ul class="navigation-items__list" role="list">${links(apSide, 'navigation-item svelte-c4f6ve')}</ul>
</nav><div class="navigation__native-cta"><a class="native-cta" href="https://podcasts.apple.com/redirect?app=podcasts">Open in Podcasts</a></div>
<button class="sign-in-button svelte-1sd9bfa">Sign In</button></div><div id="scrollable-page" class="scrollable-page svelte-mt0bfj" data-main-content>
<main data-testid="main" class="svelte-bzjlhs"><div class="content-container svelte-3kn7vm"><div class="section svelte-1n7s6y3 section--episode-header">
<div class="container-detail-header svelte-rknnd2" data-testid="container-detail-header"><div class="artwork-component" aria-hidden="true">
<picture><img alt="" src="https://is1-ssl.mzstatic.com/image/thumb/Podcasts221/v4/3c/boroughs.jpg/268x268bb.webp"></picture></div>
<div class="headings svelte-1uuona0"><p class="headings__metadata-top svelte-1uuona0">NOV 18, 2025</p>
<h1 class="headings__title svelte-1uuona0" data-testid="non-editable-product-title"><span dir="auto">${apTitle}</span></h1>
<div class="headings__subtitles svelte-1uuona0" data-testid="product-subtitles"><a href="/us/podcast/the-borough-archive/id1588000217">${apShow}</a></div>
<p class="headings__metadata-bottom svelte-1uuona0">Podcast Episode · ${apShow} · 18/11/2025 · 48m</p></div>
<div class="primary-actions svelte-1hkb6qj"><button class="click-action svelte-1e1cy1e" data-testid="click-action" aria-label="Play">Play</button>
<button class="follow-button" aria-label="Follow">Follow</button><button class="more-button" aria-label="MORE">…</button></div></div></div>
<div class="section svelte-1n7s6y3 section--paragraph" data-testid="section-container" aria-label="Episode Description">
<div class="paragraph-wrapper svelte-1jl1y3q" data-testid="paragraph"><div class="content svelte-1jl1y3q"><p dir="auto">${apDesc.join('<br><br>')}<br>
<br>${apHost}<br>
<br>${apAds}</p></div></div></div>
<div class="section svelte-1n7s6y3" data-testid="section-container" aria-label="Information"><div class="header svelte-rnrb59">
<h2 class="title svelte-rnrb59">Information</h2></div>
<ul class="metadata svelte-1d8tnep" role="list">${apInfo
  .map((t, i) => (i % 2 === 0 ? `<li class="svelte-1d8tnep"><span class="title">${t}</span>` : `<span class="value">${t}</span></li>`))
  .join('\n')}</ul></div>
${apShelf('More Episodes', apMore, 'episode-lockup')}
${apShelf('You Might Also Like', apLike, 'product-lockup')}
</div></main><footer class="svelte-1nkvb7y" data-testid="footer"><div class="footer-contents"><a class="storefront" href="/us/choose-country-region"
 aria-label="United States, Select a country or region">Select a country or region</a> <span>United States (English)</span>
<p class="copyright">Copyright © 2025 <a href="https://www.apple.com">Apple Inc.</a> All rights reserved.</p><ul>${links(apFoot)}</ul></div></footer></div>
</div>
<script type="application/json" id="serialized-server-data">[{"intent":{"$kind":"ShowEpisodeIntent"},"data":{"shelves":[{"contentType":"paragraph",
"items":[{"text":"On the morning of 3 June 1911, not a single tram left the depot on Canal Street…"}]}]}}]</script>
<script type="module" crossorigin src="/assets/index~7d3f1a.js"></script></body></html>`;
export const podcastEpisode: TestPage = {
  html: apHtml,
  name: 'heldout51-apple-podcasts-episode',
  kind: 'blog',
  // the episode description is body, its paragraphs only: the host and producer line at its end is the episode's author
  // line (a byline) and the hosting service's ad-choices line is boilerplate (furniture, as a press release's "About" is);
  // the date eyebrow, the metadata line that carries the date and the "Published" value are datelines: bylines; the show
  // name (link and "Show" value) and the channel are furniture, as a site's name is; the other "Information" rows, the
  // play/follow buttons, both shelves with "See All", the sidebar, footer and country picker are furniture; the labels
  // "Show" and "Published" and the season number "3" are words of the body ("the show’s website", "is published by",
  // "3 June 1911"): left out
  title: apTitle,
  headings: [],
  body: texts(apDesc),
  bylines: ['NOV 18, 2025', `Podcast Episode · ${apShow} · 18/11/2025 · 48m`, 'November 18, 2025 at 5:00 AM UTC', apHost],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Apple Podcasts', ...apSide, 'Open in Podcasts', 'Sign In', apShow, 'Play', 'Follow', '…', apAds, 'Information',
    ...apInfo.filter((t) => ![apShow, 'Show', 'Published', 'November 18, 2025 at 5:00 AM UTC', '3'].includes(t)),
    'More Episodes', ...apMore, 'See All', 'You Might Also Like', ...apLike, 'Select a country or region', 'United States (English)',
    'Copyright © 2025 Apple Inc. All rights reserved.', ...apFoot,
  ],
};
