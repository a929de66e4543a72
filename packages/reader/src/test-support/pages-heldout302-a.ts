import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout302-kit.js';

/**
 * Held-out batch 302, file a: an IGN-style game review on a Next.js page (header nav, breadcrumbs, byline with date, share
 * bar, hero caption, the review score box, an inline "Read more" promo, a product widget, the "More reviews" rail, comments
 * link, footer and consent banner), and a game studio's patch-notes page (version list sidebar, known issues, feedback box).
 */
const iTitle = 'Lanternfall Review';
const iHeads = ['A city that remembers you', 'Combat with a conscience', 'Where the lights go out', 'Verdict'];
const iP1 = [
  j(
    'Lanternfall opens on a drowned market square, the water waist-deep and full of paper lanterns that still glow. You play Ines Marrow, a',
    'lamplighter in the flooded city of Veyra, and your job is simple on paper: relight the districts one at a time before the tide of',
    'something worse comes in behind the sea. Over roughly thirty hours, Mirefield Studio turns that premise into one of the most',
    'thoughtful action games of the year.',
  ),
  j(
    'What stays with me is how the city responds. Every district you relight changes who walks its streets, which shops open, and which',
    'of the side characters will still talk to you. A baker I ignored in the second act closed her shop and left a note on the door that',
    'named me by name. Small touches like that make Veyra feel like a place that keeps score.',
  ),
];
const iP2 = [
  j(
    'Fights are built around the lantern itself. A short press throws a burst of light that staggers the drowned, a long press burns your',
    'oil for a sweeping arc, and running dry leaves you with a boat hook and a prayer. It is a tidy loop that rewards patience, and the',
    'best encounters ask you to manage oil across a whole street rather than one enemy at a time.',
  ),
  'The upgrade tree is where it gets interesting. Instead of raw damage, most of the upgrades change how light behaves:',
];
const iList = [
  '<strong>Prism wicks</strong> split a burst into three narrower beams.',
  '<strong>Slow oil</strong> leaves a pool that keeps burning for ten seconds.',
  '<strong>Kindred flame</strong> lets rescued citizens carry a lantern of their own.',
];
const iP3 = [
  j(
    'The last of those is the heart of the game. Citizens you save can follow you into later fights, and losing one is permanent. I',
    'reloaded more than once after a careless dash left the ferryman Odo in the dark.',
  ),
  j(
    'Lanternfall is not without problems. The final two districts lean hard on escort missions, and the pathfinding of your companions',
    'falls apart on the rooftops. On PlayStation 5 the performance mode held close to 60 frames per second through most of my playthrough,',
    'but the flooded cathedral dropped into the low forties whenever the water rose.',
  ),
  j(
    'The story also stumbles in its closing hours. A late twist about the founders of Veyra is delivered in a long monologue that tells',
    'you what the rest of the game had been showing with more grace.',
  ),
];
const iVerdict = [
  j(
    'Lanternfall is a warm, clever action game about keeping the lights on for other people. Its combat is simple to learn and satisfying',
    'to master, and its city remembers what you did in it. A clumsy final stretch keeps it from greatness, but few games this year made',
    'me care this much about a baker.',
  ),
];
const iNav = ['Games', 'Movies', 'TV Shows', 'Comics', 'Reviews', 'Guides', 'Deals', 'Videos'];
const iMore = ['Tidebreaker Saga Review', 'Moss Kingdom 2 Review', 'Paper Anchors Review - A Quiet Triumph'];
const iFoot = ['About Us', 'Careers', 'Advertise', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Accessibility Statement'];
const iHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${iTitle} - IGN</title>
<meta name="description" content="Lanternfall is a warm, clever action game about keeping the lights on for other people.">
<meta property="og:type" content="article"><meta property="og:site_name" content="IGN"><meta property="og:title" content="${iTitle}">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://www.ign.example/articles/lanternfall-review">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"${iTitle}","reviewRating":{"@type":"Rating","ratingValue":"8",
"bestRating":"10"},"author":{"@type":"Person","name":"Calla Brightwater"},"itemReviewed":{"@type":"VideoGame","name":"Lanternfall"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","contentType":"review","objectName":"Lanternfall"});</script></head>
<body><div id="__next"><div class="jsx-3418211309 page-wrapper"><header class="jsx-1863019274 navigation-bar" data-cy="navigation">
<a class="jsx-1863019274 logo" href="/" aria-label="IGN Logo"><svg class="jsx-1863019274"></svg></a>
<nav class="jsx-1863019274 nav-main"><ul class="jsx-1863019274 nav-list">${links(iNav, 'jsx-1863019274 nav-item')}</ul></nav>
<a class="jsx-1863019274 sign-in" href="/account">Sign In</a></header>
<main class="jsx-2519432245 main-content" id="main-content"><div class="jsx-2519432245 article-page">
<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Home</a> <span>›</span> <a href="/reviews">Reviews</a></nav>
<header class="jsx-2519432245 article-header"><h1 class="display-title jsx-2519432245 title1" data-cy="article-headline">${iTitle}</h1>
<div class="article-sub-header"><div class="author-names" data-cy="author-names">By <a href="/person/calla-brightwater" class="jsx-1134 author-link">Calla
Brightwater</a></div>
<div class="article-publish-date" data-cy="article-publish-date">Updated: Mar 11, 2026 4:00 pm</div>
<div class="article-publish-date">Posted: Mar 11, 2026 3:00 pm</div></div>
<div class="share-bar" data-cy="share-bar"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">Tweet</button>
<button aria-label="Copy link">Copy Link</button><a class="comments-link" href="#comments">214 Comments</a></div></header>
<figure class="article-hero"><img src="https://assets-prd.ign.example/lanternfall-hero.jpg" alt="Lanternfall hero">
<figcaption>Ines Marrow relights the market district of Veyra. <span class="credit">Image credit: Mirefield Studio</span></figcaption></figure>
<section class="jsx-1497356491 article-content page-content" data-cy="article-content">
<h2 class="title2">${iHeads[0]}</h2>
${ps(iP1, ' class="jsx-2802 paragraph"')}
<div class="jsx-98 inline-promo"><p class="promo-label">Read more: <a
href="/articles/lanternfall-beginners-guide">Lanternfall beginner's guide: 12 tips for your
first night</a></p></div>
<h2 class="title2">${iHeads[1]}</h2>
${ps(iP2, ' class="jsx-2802 paragraph"')}
<ul class="jsx-2802 list">${lis(iList)}</ul>
${ps(iP3.slice(0, 1), ' class="jsx-2802 paragraph"')}
<div class="jsx-44 ad-slot" data-cy="ad-slot"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-mid"></div></div>
<h2 class="title2">${iHeads[2]}</h2>
${ps(iP3.slice(1), ' class="jsx-2802 paragraph"')}
<div class="jsx-1511 object-card"><div class="object-title">Lanternfall</div><div class="object-meta">Mirefield Studio · Action-Adventure</div>
<a class="buy-button" href="/deals/lanternfall">See It at Retailer</a></div>
<section class="jsx-3911 review-verdict"><h2 class="title2">${iHeads[3]}</h2>
${ps(iVerdict, ' class="jsx-2802 paragraph"')}</section>
<div class="jsx-3911 review-score-box" data-cy="review-score"><div class="score-circle"><span class="hexagon-content">8</span></div>
<div class="score-text">Great</div><div class="score-label">Lanternfall review scored by Calla Brightwater</div></div>
</section>
<section class="jsx-77 more-reviews"><h3 class="title3">More Reviews</h3><ul>${links(iMore, 'jsx-77 card')}</ul></section>
<section id="comments" class="jsx-88 comments-cta"><a href="/articles/lanternfall-review/comments">Load Comments</a></section>
</div></main>
<footer class="jsx-556 footer"><ul class="footer-links">${links(iFoot)}</ul><p class="copyright">Copyright 2026 Ziff Davis Media Group. All Rights
Reserved.</p></footer>
<div id="consent-banner" class="jsx-990 consent"><p>We and our partners use cookies to personalise content and ads.</p><button>Accept All</button>
<button>Manage Preferences</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"slug":"lanternfall-review","vertical":"games"}}},
"page":"/articles/[slug]"}</script>
</body></html>`;
const ign: TestPage = {
  name: 'heldout302-ign-review-news',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: iHeads,
  body: texts([...iP1, ...iP2, ...iList, ...iP3, ...iVerdict]),
  bylines: ['By Calla Brightwater', 'Updated: Mar 11, 2026 4:00 pm', 'Posted: Mar 11, 2026 3:00 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...iNav, 'Sign In', 'Home', 'Facebook', 'Tweet', 'Copy Link', '214 Comments', 'Ines Marrow relights the market district of Veyra.',
    'Image credit: Mirefield Studio', "Read more: Lanternfall beginner's guide: 12 tips for your first night", 'Advertisement',
    'Mirefield Studio · Action-Adventure',
    'See It at Retailer', 'Great', 'Lanternfall review scored by Calla Brightwater', 'More Reviews', ...iMore, 'Load Comments', ...iFoot,
    'Copyright 2026 Ziff Davis Media Group. All Rights Reserved.', 'We and our partners use cookies to personalise content and ads.', 'Accept All',
    'Manage Preferences',
  ],
};

const pTitle = 'Patch 1.7.2 Notes: The Saltworks Update';
const pHeads = ['Highlights', 'Balance changes', 'Bug fixes', 'Known issues'];
const pIntro = [
  j(
    'Patch 1.7.2 is live on all platforms. This update brings the Saltworks map into the ranked rotation, reworks two of the heaviest',
    'frames, and fixes the matchmaking stall that some of you hit at the end of last season. Download size is about 2.4 GB on PC and a',
    'little less on consoles.',
  ),
];
const pHigh = [
  'Saltworks joins ranked and unranked rotation in all regions.',
  'Frame loadouts can now be saved into five named slots.',
  'Replays of your last twenty matches are kept locally and can be exported.',
];
const pBalP = [
  j(
    'The Bastion and Colossus frames have dominated the top ranks since the winter patch. Rather than cut their armour again, we are slowing how',
    'quickly they can close distance, which should give lighter frames room to punish them.',
  ),
];
const pBalT = [
  ['Bastion', 'Sprint speed', '7.2 m/s', '6.6 m/s'],
  ['Colossus', 'Charge cooldown', '9 s', '12 s'],
  ['Wisp', 'Cloak duration', '4 s', '5 s'],
  ['Harrow', 'Flak damage per pellet', '11', '13'],
];
const pFix = [
  'Fixed a matchmaking stall where a lobby would wait forever for a player who had already left.',
  'Fixed the Colossus charge passing through closed shutters on Foundry.',
  'Fixed an issue where controller vibration stayed on after leaving a match.',
  'Fixed subtitles overlapping the scoreboard at 21:9 resolutions.',
  'Fixed a crash on launch for some players with more than one audio device.',
];
const pKnown = [
  j(
    'Some players on older graphics drivers may see flickering shadows on Saltworks. A driver update solves it in every case we have',
    'seen; we are also working on a fix on our side for 1.7.3.',
  ),
  j(
    'Players on the Steam Deck who see the game start in a small window can delete the settings file in the saves folder; the game',
    'will write a new one at the right resolution. This affects only installs that were moved between drives.',
  ),
  'Thank you for the reports on the forums and in the bug tracker. Keep them coming, and see you on the salt flats.',
];
const pNav = ['Game', 'News', 'Patch Notes', 'Esports', 'Support', 'Buy Now'];
const pVers = ['1.7.1', '1.7.0', '1.6.4', '1.6.3', 'All versions'];
const pFoot = ['Terms of Service', 'Privacy', 'Cookie Settings', 'Press Kit', 'Careers'];
const td = (r: string[]) => `<tr data-v-5b1e2c07>${r.map((c) => `<td data-v-5b1e2c07>${c}</td>`).join('')}</tr>`;
const pHtml = `<!DOCTYPE html><html lang="en" data-n-head-ssr><head><title>${pTitle} | Ironveil</title>
<meta data-n-head="ssr" name="description" content="Patch 1.7.2 brings Saltworks to ranked and reworks the heaviest frames.">
<meta data-n-head="ssr" property="og:title" content="${pTitle}"><meta data-n-head="ssr" property="og:image" content="https://cdn.ironveil.example/og/172.jpg">
<link rel="preload" href="/_nuxt/app.4c1e9a.js" as="script"><link rel="stylesheet" href="/_nuxt/css/patch.9f21.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app" data-v-1a2b3c4d>
<header class="site-header" data-v-1a2b3c4d><a href="/" class="site-header__logo" data-v-1a2b3c4d>IRONVEIL</a>
<nav class="site-header__nav" data-v-1a2b3c4d><ul>${links(pNav, 'site-header__item')}</ul></nav>
<button class="site-header__lang" data-v-1a2b3c4d>English</button></header>
<main class="patch-page" data-v-5b1e2c07><div class="patch-page__layout" data-v-5b1e2c07>
<aside class="patch-page__versions" data-v-5b1e2c07><h4 data-v-5b1e2c07>Previous patches</h4><ul data-v-5b1e2c07>${links(pVers, 'version-link')}</ul></aside>
<article class="patch-page__article" data-v-5b1e2c07><div class="patch-page__meta" data-v-5b1e2c07><span class="tag tag--patch" data-v-5b1e2c07>Patch
Notes</span>
<time datetime="2026-02-24" data-v-5b1e2c07>February 24, 2026</time><span class="read-time" data-v-5b1e2c07>4 min read</span></div>
<h1 class="patch-page__title" data-v-5b1e2c07>${pTitle}</h1><div class="patch-page__author" data-v-5b1e2c07>The Ironveil Team</div>
<div class="rich-text" data-v-5b1e2c07>${ps(pIntro)}
<h2 id="highlights">${pHeads[0]}</h2><ul>${lis(pHigh)}</ul>
<h2 id="balance">${pHeads[1]}</h2>${ps(pBalP)}
<table class="patch-table" data-v-5b1e2c07><thead><tr><th>Frame</th><th>Stat</th><th>Before</th><th>After</th></tr></thead>
<tbody>${pBalT.map(td).join('\n')}</tbody></table>
<h2 id="fixes">${pHeads[2]}</h2><ul>${lis(pFix)}</ul>
<h2 id="known">${pHeads[3]}</h2>${ps(pKnown)}</div>
<div class="patch-feedback" data-v-5b1e2c07><p data-v-5b1e2c07>Was this page helpful?</p><button data-v-5b1e2c07>Yes</button><button
data-v-5b1e2c07>Not really</button></div>
<div class="patch-page__cta" data-v-5b1e2c07><p>Found a bug? Report it on the official bug tracker.</p><a href="/support/bugs">Open the tracker</a></div>
</article></div></main>
<footer class="site-footer" data-v-1a2b3c4d><ul>${links(pFoot)}</ul><p>© 2026 Greyhaven Interactive. Ironveil is a trademark of Greyhaven Interactive.</p>
</footer>
<div class="cookie-notice" data-v-77aa><p>This site uses cookies to analyse traffic and remember your settings.</p><button>Accept</button>
<button>Decline</button>
</div></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{patch:{version:"1.7.2",slug:a}}],serverRendered:b}}("1-7-2",true));</script>
<script src="/_nuxt/app.4c1e9a.js" defer></script></body></html>`;
const patch: TestPage = {
  name: 'heldout302-studio-patch-notes-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([...pIntro, ...pHigh, ...pBalP, ...pBalT.flat(), ...pFix, ...pKnown]),
  bylines: ['February 24, 2026', 'The Ironveil Team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'IRONVEIL', ...pNav, 'English', 'Previous patches', ...pVers, 'Patch Notes', '4 min read', 'Was this page helpful?', 'Not really',
    'Found a bug? Report it on the official bug tracker.', 'Open the tracker', ...pFoot,
    '© 2026 Greyhaven Interactive. Ironveil is a trademark of Greyhaven Interactive.', 'This site uses cookies to analyse traffic and remember your settings.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT302_A: readonly TestPage[] = [ign, patch];
