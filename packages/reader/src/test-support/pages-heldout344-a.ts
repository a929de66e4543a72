import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout344-kit.js';

/**
 * Held-out batch 344, file a: an Apple Podcasts episode page (Svelte web app markup: sidebar navigation, episode header
 * with show link, date and duration, the episode description, "More Episodes" shelf, "You Might Also Like" shelf, ratings
 * block, footer) and a Spotify show page (React markup with data-testid attributes, play bar, "About" description,
 * episode rows, cookie banner).
 */
const aTitle = 'The Salt Road: How Brine Built the Vell Valley';
const aDesc = [
  j(
    'Long before the railway reached the Vell Valley, a line of mule tracks ran from the brine springs at Carrow Hill to the',
    'river port at Almsford. For four hundred years, salt moved along that route, and so did gossip, marriages, disease and money.',
  ),
  j(
    'In this episode, host Marit Quillane walks part of the old Salt Road with local historian Teodric Vane, who has spent a',
    'decade matching parish records to the worn stone waymarkers that still stand in hedgerows along the valley floor.',
  ),
  j(
    'They talk about why the brine pans were worked almost entirely by widows in the 1700s, how a single flood in 1811 moved',
    'the whole trade three miles east, and why the last salt merchant of Almsford left his fortune to a lending library that',
    'still opens every Thursday afternoon.',
  ),
  'In this episode:',
  'Why brine springs made Carrow Hill richer than the county town',
  'The widows’ guild and its surprisingly modern sick fund',
  'The 1811 flood and the collapse of the western pans',
  'What the waymarkers tell us that the ledgers do not',
  j(
    'Teodric’s book, Stones Along the Vell, is published by Harrowgate Local Press. Our theme music is by the Almsford',
    'Silver Band. Field recordings were made in October with the permission of the landowners.',
  ),
  j(
    'A note on the recording: we walked the route on a windy day, so you will hear the weather in places. We decided',
    'to leave it in. The stretch between the second and third waymarkers runs beside a busy road, and we have cut most',
    'of that section, picking up again at the old toll cottage where Teodric reads from the 1811 flood report.',
  ),
  j(
    'This show is an independent production. If you enjoy it, rating it on Apple Podcasts is the single most',
    'useful thing you can do to help other listeners find it.',
  ),
];
const aNav = ['Home', 'New', 'Top Charts', 'Search', 'Library', 'Recently Updated', 'Shows', 'Saved', 'Latest Episodes'];
const aMore = [
  'The Drowned Chapel of Lower Fenn',
  'Knitting Schools and the Wool Famine',
  'A Toll House With Nine Owners',
  'The Beacon Keepers of Ormsby Edge',
];
const aLike = ['Parish Pump History', 'Footpaths and Folklore', 'The Mill Race', 'Old Roads Radio'];
const aFoot = ['Internet Service Terms', 'Apple Podcasts & Privacy', 'Cookie Warning', 'Support', 'Feedback'];
const appleHtml = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8">
<title>${aTitle} - Hidden Shires - Apple Podcasts</title>
<meta name="description" content="Listen to this episode from Hidden Shires on Apple Podcasts. Long before the railway reached the Vell Valley...">
<meta property="og:title" content="${aTitle}"><meta property="og:type" content="music.song"><meta property="og:site_name" content="Apple Podcasts">
<meta name="apple-itunes-app" content="app-id=525463029, app-argument=https://podcasts.apple.com/podcast/id1712004587?i=1000671200411">
<link rel="canonical" href="https://podcasts.apple.com/us/podcast/the-salt-road/id1712004587?i=1000671200411">
<script name="schema:podcast-episode" type="application/ld+json">{"@context":"http://schema.org","@type":"PodcastEpisode","name":"${aTitle}",
"datePublished":"2026-11-19","timeRequired":"PT52M","partOfSeries":{"@type":"CreativeWorkSeries","name":"Hidden Shires"}}</script>
<script type="fastboot/shoebox" id="shoebox-media-api-cache-amp-podcasts">{"episode":{"id":"1000671200411","kind":"podcast-episode"}}</script>
<link rel="stylesheet" href="/assets/web-podcasts-6f1c.css"><script type="module" crossorigin src="/assets/index~9b31f2.js"></script></head>
<body><div class="app-container svelte-1ol4ugk"><div class="navigation svelte-13li0vp" data-testid="navigation">
<div class="navigation__header svelte-13li0vp"><a class="logo svelte-1b0mpjl" href="/us/browse" aria-label="Apple Podcasts">
<svg aria-hidden="true" class="svelte-1b0mpjl"></svg></a></div>
<div class="search-input-wrapper svelte-nkqhm" data-testid="search-input"><input aria-label="Search" placeholder="Search" type="search"
class="search-input__text-field svelte-nkqhm"></div>
<nav class="navigation__scrollable-container svelte-13li0vp" data-testid="navigation-content"><ul class="navigation-items__list svelte-1fcdnxp">
${links(aNav, 'navigation-item svelte-1fcdnxp')}</ul></nav>
<div class="navigation__native-cta svelte-13li0vp"><a class="native-cta__button svelte-1v9kfvx" href="https://podcasts.apple.com/app">Open in Podcasts</a>
</div></div>
<div id="scrollable-page" class="scrollable-page svelte-1ol4ugk" data-main-content><main data-testid="main" class="svelte-bzjlhs">
<div class="content-container svelte-bzjlhs"><div class="section svelte-v7h4zn" data-testid="section-container" aria-label="Episode header">
<div class="container-detail-header svelte-1vhn3uh" data-testid="container-detail-header">
<div class="artwork-component svelte-g1i36u"><picture><img alt="" class="artwork-component__image" src="https://is1-ssl.mzstatic.example/image/hs.jpg"
width="316"></picture></div>
<div class="headings svelte-1la0y7y"><p class="headings__metadata-top svelte-1la0y7y" data-testid="tertiary-title">
<time datetime="2026-11-19">19 NOV 2026</time></p>
<h1 class="headings__title svelte-1la0y7y" data-testid="non-editable-product-title"><span dir="auto">${aTitle}</span></h1>
<p class="headings__subtitles svelte-1la0y7y" data-testid="product-subtitles"><a href="/us/podcast/hidden-shires/id1712004587"
data-testid="click-action">Hidden Shires</a></p>
<div class="headings__metadata-bottom svelte-1la0y7y">History</div></div>
<div class="button-wrapper svelte-1vhn3uh"><button class="play-button svelte-19j07e7" data-testid="button-action" aria-label="Play">
<span class="play-button__text">Play</span></button><span class="duration svelte-19j07e7">52 min</span>
<button class="more-button svelte-dj0bcp" data-testid="more-button" aria-label="MORE"></button></div></div></div>
<div class="section svelte-v7h4zn" data-testid="section-container"><div class="paragraph-wrapper svelte-1hdhh1l" data-testid="paragraph">
<section class="product-hero-desc svelte-1hdhh1l" dir="auto">
${ps(aDesc.slice(0, 3))}
<p><strong>${aDesc[3] ?? ''}</strong></p>
<ul>${aDesc
  .slice(4, 8)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(aDesc.slice(8))}
</section></div></div>
<div class="section svelte-v7h4zn" data-testid="section-container" aria-label="Information"><h2 class="title svelte-1ny8wjp">Information</h2>
<ul class="information-list svelte-1g4u2sa"><li><dt>Show</dt><dd><a href="/us/podcast/hidden-shires/id1712004587">Hidden Shires</a></dd></li>
<li><dt>Frequency</dt><dd>Updated Biweekly</dd></li><li><dt>Published</dt><dd>19 November 2026 at 06:00 UTC</dd></li>
<li><dt>Length</dt><dd>52 min</dd></li><li><dt>Season</dt><dd>3</dd></li><li><dt>Episode</dt><dd>14</dd></li><li><dt>Rating</dt><dd>Clean</dd></li></ul></div>
<div class="section svelte-v7h4zn" data-testid="section-container" aria-label="More Episodes"><div class="header svelte-1ny8wjp">
<h2 class="title svelte-1ny8wjp"><a href="/us/podcast/hidden-shires/id1712004587">More Episodes</a></h2><a class="see-all" href="#">See All</a></div>
<ul class="shelf-grid__list svelte-1ftk7ud" role="list">${links(aMore, 'shelf-grid__list-item svelte-1ftk7ud')}</ul></div>
<div class="section svelte-v7h4zn" data-testid="section-container" aria-label="You Might Also Like"><h2 class="title svelte-1ny8wjp">You Might Also Like</h2>
<ul class="shelf-grid__list svelte-1ftk7ud" role="list">${links(aLike, 'shelf-grid__list-item svelte-1ftk7ud')}</ul></div>
</div></main>
<footer class="svelte-1l6gnjn" data-testid="footer"><div class="footer-contents svelte-1l6gnjn"><p class="svelte-1l6gnjn">
<span dir="ltr">Copyright © 2026 Apple Inc. All rights reserved.</span></p>
<ul class="svelte-1l6gnjn">${links(aFoot, 'svelte-1l6gnjn')}</ul>
<p class="svelte-1l6gnjn">More ways to shop: Find an Apple Store or other retailer near you.</p></div></footer></div></div>
<script>window.__APP_STATE__={"locale":"en-US","storefront":"us"};</script></body></html>`;
const applePodcasts: TestPage = {
  name: 'heldout344-apple-podcasts-episode-blog',
  kind: 'blog',
  html: appleHtml,
  title: aTitle,
  headings: [],
  body: texts(aDesc),
  bylines: ['19 NOV 2026', '19 November 2026 at 06:00 UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Open in Podcasts', 'Hidden Shires', 'History', 'Play', '52 min', 'Information', 'Show', 'Frequency', 'Updated Biweekly', 'Published',
    'Length', 'Season', 'Episode', 'Rating', 'Clean', 'More Episodes', 'See All', ...aMore, 'You Might Also Like', ...aLike,
    'Copyright © 2026 Apple Inc. All rights reserved.', ...aFoot, 'More ways to shop: Find an Apple Store or other retailer near you.',
  ],
};

const sTitle = 'Night Shift Economics';
const sAbout = [
  j(
    'Who keeps a city running between midnight and six? Every week, economist Ronan Gallidy rides along with the people who',
    'work the hours everyone else sleeps through: bakers, sewer inspectors, hospital porters, tram cleaners and the',
    'dispatchers who route ambulances across Port Selkin after the bars close.',
  ),
  j(
    'Each episode starts with one job and one question. Why does a night baker earn less than a day baker for harder work?',
    'Who pays when the last tram is late? What does a city lose when it stops lighting its side streets?',
  ),
  j(
    'Ronan follows the money from the shift itself to the budget meeting where it was decided, and asks the workers what',
    'they would change if the decision were theirs. The result is part field recording, part economics lesson and part',
    'portrait of a city most of us only see with our eyes shut.',
  ),
  j(
    'New episodes every Tuesday. Produced by the Lanternfish team in partnership with the Port Selkin Workers’ Archive. Season',
    'two is funded in part by listeners; there are no ads in the episodes.',
  ),
];
const sEps = [
  ['The 3 a.m. Loaf', 'Nov 25', '41 min', 'Why bread is cheapest to make and most expensive to staff at the same hour.'],
  ['Lights Out on Dray Lane', 'Nov 18', '38 min', 'A council saved money by dimming side streets. A bakery lost its customers.'],
  ['Porters', 'Nov 11', '47 min', 'The hospital shift that nobody budgets for until it is missing.'],
] as const;
const sNav = ['Home', 'Search', 'Your Library', 'Create playlist', 'Browse podcasts'];
const sFoot = ['Company', 'About', 'Jobs', 'For the Record', 'Communities', 'For Artists', 'Developers', 'Advertising', 'Investors', 'Vendors'];
const sFoot2 = ['Legal', 'Safety & Privacy Center', 'Privacy Policy', 'Cookies', 'About Ads', 'Accessibility'];
const spotifyHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${sTitle} | Podcast on Spotify</title><meta name="description" content="Listen to ${sTitle} on Spotify. Who keeps a city running?">
<meta property="og:site_name" content="Spotify"><meta property="og:title" content="${sTitle}"><meta property="og:type" content="website">
<meta property="og:url" content="https://open.spotify.com/show/4fNq1sKcV0yaZcT8Lp2xQe"><meta name="music:creator" content="Lanternfish Audio">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastSeries","name":"${sTitle}","author":"Lanternfish Audio"}</script>
<script id="initial-state" type="text/plain">eyJlbnRpdGllcyI6eyJpdGVtcyI6e319fQ==</script>
<link rel="stylesheet" href="https://open.spotifycdn.example/cdn/build/web-player/web-player.8b1e.css"></head>
<body><div id="main"><div class="Root encore-dark-theme" data-testid="root">
<div class="Root__top-container"><nav class="Root__nav-bar" aria-label="Main" data-testid="left-sidebar">
<ul class="main-navBar-entryPoints">${links(sNav, 'main-navBar-navBarItem')}</ul>
<div class="main-yourLibraryX-entryPoints"><span class="encore-text encore-text-body-medium-bold">Let’s find some podcasts to follow</span>
<span class="encore-text encore-text-body-small">We’ll keep you updated on new episodes</span></div></nav>
<div class="Root__main-view" id="main-view"><div class="main-view-container" data-testid="main-view-container">
<header class="main-topBar-container" data-testid="topbar"><button data-testid="signup-button" class="encore-text-body-medium-bold">Sign up</button>
<button data-testid="login-button" class="encore-text-body-medium-bold">Log in</button></header>
<section data-testid="show-page" class="main-view-container__mh-footer-container" aria-label="Podcast">
<div class="contentSpacing"><div class="RP2rRchy4i8TIp1CTmb7"><div class="main-entityHeader-imageContainer"><img aria-hidden="false" draggable="false"
loading="eager" src="https://i.scdn.example/image/ab6765630000ba8a.jpg" alt="${sTitle}" class="mMx2LUixlnN_Fu45JpFB"></div>
<div class="RP2rRchy4i8TIp1CTmb7__text"><span class="encore-text encore-text-body-small" data-encore-id="text">Podcast</span>
<span class="rEN7ncpaUeSGL9z0NGQR" draggable="false"><h1 data-encore-id="text" class="encore-text encore-text-headline-large" dir="auto">${sTitle}</h1></span>
<span class="encore-text encore-text-title-small" data-encore-id="text" data-testid="show-publisher">Lanternfish Audio</span></div></div>
<div class="action-bar" data-testid="action-bar-row"><button data-testid="follow-button" class="encore-text-body-small-bold">Follow</button>
<button aria-label="More options for ${sTitle}" data-testid="more-button"></button></div>
<div class="RSrTsMMJT6b4H1Tu6rbZ" data-testid="show-description-section"><h2 data-encore-id="text" class="encore-text encore-text-title-medium">About</h2>
<div class="Type__TypeElement-sc-goli3j-0" data-testid="show-description" data-encore-id="text"><div class="tsZ6GRlczN2PfGh8SFOB">
${ps(sAbout)}</div></div>
<div class="rating-container" data-testid="rating"><span class="encore-text encore-text-body-medium-bold">4.8</span>
<span class="encore-text encore-text-body-small">(1.2K)</span></div>
<div class="Chip__ChipComponent" data-encore-id="chip"><a href="/genre/business-economics">Business</a></div></div>
<div class="main-episodes" data-testid="episodes-section"><h2 data-encore-id="text" class="encore-text encore-text-title-medium">All Episodes</h2>
<div data-testid="infinite-scroll-list" role="list">
${sEps
  .map(
    ([t, d, m, x]) => `<div role="listitem" class="gLgcNebnEvEQfL3ypFXg" data-testid="episode-row"><a href="/episode/${t.length}" class="episode-title">
<div class="encore-text encore-text-body-medium-bold" data-encore-id="text">${t}</div></a>
<p class="encore-text encore-text-body-small episode-description" data-encore-id="text">${x}</p>
<div class="episode-meta"><span class="encore-text encore-text-body-small">${d}</span><span class="encore-text encore-text-body-small">${m}</span></div></div>`,
  )
  .join('\n')}
<button data-testid="see-all-button" class="encore-text-body-small-bold">See all episodes</button></div></div></div></section>
<footer data-testid="main-view-footer" class="main-footer"><nav aria-label="Spotify footer"><div class="footer-column"><p>Company</p>
<ul>${links(sFoot.slice(1, 4))}</ul></div><div class="footer-column"><p>Communities</p><ul>${links(sFoot.slice(5))}</ul></div></nav>
<ul class="footer-legal">${links(sFoot2)}</ul><p class="encore-text encore-text-body-small">© 2026 Spotify AB</p></footer></div></div></div>
<div class="Root__now-playing-bar" data-testid="now-playing-bar"><div class="encore-text encore-text-body-small">Preview of Spotify</div>
<p class="encore-text encore-text-body-small">Sign up to get unlimited songs and podcasts with occasional ads. No credit card needed.</p>
<a href="/signup" class="encore-text-body-medium-bold">Sign up free</a></div></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners
use cookies to personalize your experience, to show you ads based on your interests, and for measurement and analytics purposes.</p>
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept Cookies</button></div></div>
<script src="https://open.spotifycdn.example/cdn/build/web-player/web-player.4c71.js"></script></body></html>`;
const spotify: TestPage = {
  name: 'heldout344-spotify-show-blog',
  kind: 'blog',
  html: spotifyHtml,
  title: sTitle,
  headings: [],
  body: texts(sAbout),
  bylines: ['Lanternfish Audio'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'Let’s find some podcasts to follow', 'We’ll keep you updated on new episodes', 'Sign up', 'Log in', 'Podcast', 'Follow', 'About',
    '4.8', '(1.2K)', 'Business', 'All Episodes', ...sEps.flat(), 'See all episodes', ...sFoot, ...sFoot2, '© 2026 Spotify AB', 'Preview of Spotify',
    'Sign up to get unlimited songs and podcasts with occasional ads. No credit card needed.', 'Sign up free',
    'We and our partners use cookies to personalize your experience, to show you ads based on your interests, and for measurement and analytics purposes.',
    'Cookies Settings', 'Accept Cookies',
  ],
};

export const HELDOUT344_A: readonly TestPage[] = [applePodcasts, spotify];
