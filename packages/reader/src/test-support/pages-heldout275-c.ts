import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghostBook } from './pages-heldout275-c2.js';
import { j } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file c: an IGN video game review in its Next.js markup (jsx- class names, __NEXT_DATA__ payload, the
 * top navigation, article header with byline, "Updated" and "Posted" dates, the review score box with verdict, "Reviewed on"
 * line, an embedded video player with caption, the "IGN Recommends" rail, "Up next" promos and the footer); and, from file c2,
 * a book review on a literary magazine built on Ghost (Casper theme).
 */
const iTitle = 'Tidebreaker Review';
const iDek = 'A gorgeous island-hopping adventure whose sailing is a joy and whose combat never quite catches the wind.';
const iIntro = [
  j(
    'Within ten minutes of Tidebreaker’s opening, you are at the helm of a leaky cutter, tacking into a squall with a map that',
    'is mostly blank. It is a thrilling start, and the best of the game never really strays far from that first feeling of',
    'pointing a bow at the horizon and seeing what is there.',
  ),
];
const iSail = [
  j(
    'Sailing is the star. Wind direction matters, sails have to be trimmed by hand, and heavy weather genuinely changes how you',
    'plan a route. Developer Corvid Hollow has resisted the urge to add a fast-travel button until very late, which means the',
    'archipelago feels large and slightly dangerous in a way that few open worlds manage.',
  ),
  j(
    'The islands themselves are handcrafted rather than generated, and it shows. A fishing village built into the ribs of a',
    'whale skeleton, a lighthouse with a puzzle that turns its beam into a compass, and a drowned monastery you can only explore',
    'at low tide are all highlights I will remember for a long time.',
  ),
];
const iCombat = [
  j(
    'Unfortunately, Tidebreaker is much less interesting once you step ashore with a cutlass in hand. Melee combat is a simple',
    'loop of light attack, heavy attack and dodge, and enemy types run out of new ideas about a third of the way through the',
    'twenty-five hour campaign.',
  ),
  j(
    'Boss fights fare a little better. A duel on the deck of a capsizing galleon is a great set piece, but too many of the others',
    'are larger, slower versions of ordinary enemies with more health.',
  ),
];
const iStory = [
  j(
    'The story, about a young cartographer searching for her missing mother, is told mostly through letters and charts you find',
    'along the way. It is quietly affecting, helped by strong voice work from the small cast, though the final chapter rushes',
    'to tie up threads that deserved more room.',
  ),
  j(
    'On PlayStation 5 the game ran at a steady 60 frames per second in performance mode, with only occasional pop-in on distant',
    'islands. I ran into two bugs where my ship clipped into a rock and had to be reset, but nothing that cost me progress.',
  ),
];
const iVerdict = j(
  'Tidebreaker is at its best with wind in its sails, and its seafaring is some of the most satisfying I have played. Its',
  'clumsy combat and thin enemy variety drag it down on land, but the pull of the next island kept me coming back.',
);
const iNav = ['News', 'Reviews', 'Guides', 'Videos', 'Playlist', 'Deals'];
const iRec = ['The Best Pirate Games of All Time', 'Corvid Hollow on Building a World You Can Sail Around', 'Every Upcoming Open-World Game in 2026'];
const iFoot = ['About IGN', 'Careers', 'Help', 'Advertise', 'Privacy Policy', 'Terms of Use'];
const iHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charSet="utf-8"><title>${iTitle} - IGN</title><meta name="description" content="${iDek}">
<meta property="og:type" content="article"><meta property="og:site_name" content="IGN"><meta name="next-head-count" content="22">
<link rel="preload" href="/_next/static/css/5c1d8b2a.css" as="style"><link rel="stylesheet" href="/_next/static/css/5c1d8b2a.css" data-n-g="">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Review","name":"${iTitle}","reviewRating":{"@type":"Rating",
"ratingValue":"7","bestRating":"10"},"author":{"@type":"Person","name":"Priya Lindqvist"},"itemReviewed":{"@type":"VideoGame","name":"Tidebreaker"}}</script>
</head><body><div id="__next"><div class="jsx-3592134887 page-wrapper">
<nav class="jsx-1911830427 navigation" data-cy="navigation"><a class="jsx-1911830427 logo" href="/" aria-label="IGN Logo"></a>
<ul class="jsx-1911830427 nav-list">${links(iNav, 'jsx-1911830427 nav-item')}</ul><a class="jsx-1911830427 sign-in" href="/account">Sign In</a></nav>
<main class="jsx-2156932098 main-content"><div class="jsx-738218403 article-page"><header class="jsx-4051245519 article-header page-header">
<div class="jsx-4051245519 object-breadcrumb"><a class="jsx-3953721931 object-link" href="/games/tidebreaker">Tidebreaker</a></div>
<h1 class="jsx-2619373089 display-title" data-cy="article-headline">${iTitle}</h1>
<h2 class="jsx-2619373089 title5 article-sub-headline" data-cy="article-sub-headline">${iDek}</h2>
<div class="jsx-2226094520 article-author-container"><span class="jsx-2226094520 caption author-names" data-cy="byline">By
<a class="jsx-1372468392 article-author underlined" href="/person/priya-lindqvist">Priya Lindqvist</a></span>
<div class="jsx-2226094520 caption article-publish-date" data-cy="article-publish-date">Updated: Mar 4, 2026 8:00 am</div>
<div class="jsx-2226094520 caption article-publish-date">Posted: Mar 3, 2026 9:00 am</div></div>
<div class="jsx-2883468513 share-buttons"><button aria-label="share">Share</button><button aria-label="comments">Comments</button></div></header>
<section class="jsx-3311045209 article-page page-content" data-cy="article-content"><div class="jsx-1762526736 video-player"><div
class="jsx-1762526736 player"></div><p class="jsx-1762526736 video-caption">Tidebreaker Video Review</p></div>
${ps(iIntro, ' class="jsx-3649800006"')}
<h2 class="jsx-1427452584 title3">A Sea Worth Crossing</h2>
${ps(iSail, ' class="jsx-3649800006"')}
<div class="jsx-1128472219 ad-container"><span class="jsx-1128472219 ad-label">Advertisement</span></div>
<h2 class="jsx-1427452584 title3">Trouble on Dry Land</h2>
${ps(iCombat, ' class="jsx-3649800006"')}
<h2 class="jsx-1427452584 title3">Charting a Course Home</h2>
${ps(iStory, ' class="jsx-3649800006"')}
<div class="jsx-2985216271 review-score-wrapper" data-cy="review-verdict"><div class="jsx-2985216271 review-score">
<figure class="jsx-2985216271 review-score-circle"><span class="jsx-2985216271 hexagon-content-wrapper">7</span></figure>
<span class="jsx-2985216271 score-text">Good</span></div><h2 class="jsx-2985216271 verdict-title">Verdict</h2>
<p class="jsx-2985216271 verdict-text">${iVerdict}</p><p class="jsx-2985216271 reviewed-on">Reviewed on PlayStation 5</p>
<a class="jsx-2985216271 how-we-review" href="/how-we-review">How We Review</a></div>
</section>
<section class="jsx-1026399314 ign-recommends"><h3 class="jsx-1026399314 title4">IGN Recommends</h3><ul>${links(iRec, 'jsx-1026399314 rec-item')}</ul></section>
</div></main>
<footer class="jsx-822541318 footer"><ul>${links(iFoot, 'jsx-822541318 footer-link')}</ul>
<p class="jsx-822541318 copyright">Copyright 2026 IGN Entertainment, Inc.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"slug":"tidebreaker-review","type":"review",
"review":{"score":7,"scoreText":"Good"}}}},"page":"/[...slug]","buildId":"kR2x9pQ","isFallback":false,"gssp":true}</script>
<script src="/_next/static/chunks/main-8d1c3b.js" defer></script></body></html>`;
const ign: TestPage = {
  name: 'heldout275-ign-nextjs-game-review',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: ['A Sea Worth Crossing', 'Trouble on Dry Land', 'Charting a Course Home', 'Verdict'],
  body: texts([iDek, ...iIntro, ...iSail, ...iCombat, ...iStory, iVerdict]),
  bylines: ['Priya Lindqvist', 'Updated: Mar 4, 2026 8:00 am', 'Posted: Mar 3, 2026 9:00 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...iNav, 'Sign In', 'Share', 'Tidebreaker Video Review', 'Comments', 'Good',
    'Advertisement', 'Reviewed on PlayStation 5', 'How We Review', 'IGN Recommends',
    ...iRec, ...iFoot, 'Copyright 2026 IGN Entertainment, Inc.',
  ],
};

export const HELDOUT275_C: readonly TestPage[] = [ign, ghostBook];
