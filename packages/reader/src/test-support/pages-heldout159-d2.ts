import { links, type TestPage, texts } from './page-kit.js';
import { lines, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file d2: a Pitchfork album review on the Condé Nast "verso" split-screen template (skip link, the header
 * nav with the hidden drawer, the album art with the artist name above the album-title h1, the score circle, the "Best New Album"
 * label, the info slice with genre, label and "Reviewed" date, the byline, the dek, the affiliate notice and "Buy" buttons, the
 * body, the tags, the "More Reviews" and "Most Read Reviews" rails, the newsletter box, consent banner and the footer).
 */
const pfTitle = 'Salt in the Harness';
const pfDek =
  'On her third album, the Glasgow songwriter trades bedroom hush for a full band and a borrowed church, and finds her voice getting bigger ' +
  'without losing its nerve.';
const pfP1 = paras(`
There is a moment about two minutes into “Cold Frame,” the second song on Wren Callaway’s third album, when the drums finally
arrive. For most of her career that would have been the point where the song fell apart; her first two records were built from
guitar, voice and the hum of a laptop fan, and their best moments were the ones where almost nothing happened. Here the drums
land like a door kicked open, and Callaway, instead of retreating, leans into the noise and sings over it.

<em>Salt in the Harness</em> is full of moments like that. Recorded over ten days in a deconsecrated church on the Isle of Bute
with a five-piece band, it is louder, warmer and stranger than anything Callaway has made. The room is an instrument in its own
right: you can hear the stone in the reverb on “Lanterns for the Ferry” and the creak of a pew in the quiet opening bars of
“Inventory.”

What makes the album work is that Callaway’s writing has grown to match the sound. The early songs were small, precise portraits
of rented rooms and missed buses. These are wider, and often funnier. “Parish Notices” is a list of everything that has gone wrong
in a village over a single winter, delivered deadpan over a waltz, and by the time she reaches the line about the church roof
and the vicar’s second marriage, the band is barely holding it together.

Not everything lands. “Tiderace,” at seven minutes, circles its central riff too many times, and the closing “Harness” borrows
so heavily from hymn structure that it feels more like an exercise than a song. The production, by longtime collaborator Ansel
Birkett, occasionally buries Callaway’s voice in a way that the earlier records never did.

But the best songs here are the best she has written. “Cold Frame” and “Heron” are built from tiny domestic details that open
out into something enormous, and Callaway sings them with a confidence that would have been hard to imagine on her debut. It is
an album about getting louder, and finding out you can.
`);
const pfNav = lines(`
News
Reviews
Best New Music
Features
Lists & Guides
Columns
Video
The Pitchfork Review
Festivals
`);
const pfInfo = lines(`
Genre:
Rock
Label:
Tern Records
Reviewed:
October 27, 2025
`);
const pfMore = lines(`
Heron Sound System: Low Country
The Gentle Crowd: Every Room a Weather
Mossline: Dry Season
`);
const pfMostRead = lines(`
The 50 Best Albums of the Year So Far
Copperline: Backroad Psalms
Tavi Oduya: Eastside Ledger
`);
const pfFooter = lines(`
More From Pitchfork
Events
Careers
Contact Us
Advertising
Customer Care
User Agreement
Privacy Policy
Your California Privacy Rights
Site Map
Accessibility Help
`);
const pfAff =
  'All products featured on Pitchfork are independently selected by our editors. However, when you buy something through our retail links, we may ' +
  'earn an affiliate commission.';
const pfLegal =
  '© 2025 Condé Nast. All rights reserved. Pitchfork may earn a portion of sales from products that are purchased through our site as part of our ' +
  'Affiliate Partnerships with retailers.';
const pfCookie = 'We and our partners use cookies to store and/or access information on a device, such as unique IDs, to process personal data.';
const pfHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charSet="utf-8"/><title>Wren Callaway: Salt in the Harness Album Review | Pitchfork</title>
<meta name="description" content="${pfDek}"/><meta property="og:site_name" content="Pitchfork"/><meta property="og:type" content="article"/>
<link rel="canonical" href="https://pitchfork.com/reviews/albums/wren-callaway-salt-in-the-harness/"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Review","itemReviewed":{"@type":"MusicAlbum","name":"${pfTitle}",
"byArtist":{"@type":"MusicGroup","name":"Wren Callaway"}},"reviewRating":{"@type":"Rating","ratingValue":8.1,"bestRating":10},
"author":[{"@type":"Person","name":"Hollis Adebayo-Grant"}],"datePublished":"2025-10-27T05:01:00.000-04:00"}</script>
<script>window.__PRELOADED_STATE__ = {"coreDataLayer":{"content":{"contentType":"review","functionalTags":["bnm"]}}};</script></head>
<body><div id="app-root"><div class="page">
<a href="#main-content" class="SkipLink-cKnDPq">Skip to main content</a>
<header class="StackedNavigationHeader"><button class="NavigationMenuButton" aria-label="Open Navigation Menu">Open Navigation Menu</button>
<a href="/" class="BrandLink"><span class="visually-hidden">Pitchfork</span></a><nav class="DrawerNavigation" aria-hidden="true"><ul>${links(pfNav)}</ul></nav>
<div class="NavigationUtilities"><a href="/account/sign-in">Sign In</a><a href="/newsletter/">Newsletters</a></div></header>
<main id="main-content"><article class="article main-content"><div class="SplitScreenContentHeaderWrapper-bVXCsm">
<div class="SplitScreenContentHeaderLedeBlock"><img alt="Salt in the Harness album art"
src="https://media.pitchfork.com/photos/6712ab/1:1/w_320/salt-harness.jpg"/></div>
<div class="SplitScreenContentHeaderMain"><div class="SplitScreenContentHeaderArtist-lipLFA">Wren Callaway</div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap BaseText SplitScreenContentHeaderHed-lcUSuI">${pfTitle}</h1>
<div class="SplitScreenContentHeaderReleaseYear">2025</div>
<div class="ScoreCircle-cIILhI" data-testid="ScoreCircle"><p class="Rating-bkjebD">8.1</p></div>
<p class="BestNewMusicText-xXvIB">Best New Album</p>
<div class="SplitScreenContentHeaderInfoSlice"><ul class="InfoSliceList-fAKqOV">
<li class="InfoSliceListItem"><p class="InfoSliceKey">${pfInfo[0]}</p><p class="InfoSliceValue">${pfInfo[1]}</p></li>
<li class="InfoSliceListItem"><p class="InfoSliceKey">${pfInfo[2]}</p><p class="InfoSliceValue">${pfInfo[3]}</p></li>
<li class="InfoSliceListItem"><p class="InfoSliceKey">${pfInfo[4]}</p><p class="InfoSliceValue">${pfInfo[5]}</p></li></ul></div>
<div class="BylinesWrapper"><span class="BylinePreamble">By </span><a class="BylineLink" href="/staff/hollis-adebayo-grant/"><span class="BylineName">
Hollis Adebayo-Grant</span></a></div></div></div>
<div class="SplitScreenContentHeaderDekDown"><div class="ContentHeaderDek">${pfDek}</div></div>
<div class="ProductEmbedWrapper"><p class="AffiliateDisclaimer">${pfAff}</p><ul class="ProductOfferList">
<li><a class="ProductOfferButton" href="https://geo.music.apple.example/album" rel="sponsored">Apple Music</a></li>
<li><a class="ProductOfferButton" href="https://www.roughtrade.example/wren-callaway" rel="sponsored">Rough Trade</a></li>
<li><a class="ProductOfferButton" href="https://open.spotify.example/album" rel="sponsored">Spotify</a></li></ul></div>
<div class="body__inner-container"><div class="BodyWrapper body body__container article__body" data-journey-hook="client-content">
${pfP1.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<div class="ContentFooterTags"><ul><li><a href="/genre/rock/">Rock</a></li><li><a href="/best/">Best New Music</a></li></ul></div>
</article>
<section class="RecircMoreReviews"><h2 class="SectionTitle">More Reviews</h2><ul>${links(pfMore, 'SummaryItem')}</ul></section>
<section class="RecircMostPopular"><h2 class="SectionTitle">Most Read Reviews</h2><ol>${links(pfMostRead)}</ol></section>
<section class="NewsletterSubscribeForm"><h3>The Pitchfork Newsletter</h3><p>Get the best new music, news and reviews in your inbox, every weekday.</p>
<form><label for="nl-pf">Your email address</label><input id="nl-pf" type="email"/><button type="submit">Sign Up</button></form></section></main>
<footer class="FooterWrapper"><ul>${links(pfFooter, 'FooterLink')}</ul><button class="ot-sdk-show-settings">Manage Preferences</button>
<p class="FooterLegalText">${pfLegal}</p></footer>
<div id="onetrust-banner-sdk" role="dialog" aria-label="Privacy"><p id="onetrust-policy-text">${pfCookie}</p><button>I Accept</button><button>Your
Privacy Choices</button></div>
</div></div></body></html>`;
export const pitchforkReview: TestPage = {
  html: pfHtml,
  name: 'heldout159-pitchfork-review',
  kind: 'news',
  // the album-title h1 is the title and the dek is body; the artist name above it is in neither list (it is the headline's own
  // kicker, and a word of the body); the score, "Best New Album", release year and info slice are furniture
  title: pfTitle,
  headings: [],
  body: [pfDek, ...texts(pfP1)],
  bylines: ['By Hollis Adebayo-Grant'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Open Navigation Menu', 'Pitchfork', ...pfNav, 'Sign In', 'Newsletters', '2025', '8.1', 'Best New Album', ...pfInfo,
    pfAff, 'Apple Music', 'Rough Trade', 'Spotify', 'More Reviews', ...pfMore, 'Most Read Reviews', ...pfMostRead, 'The Pitchfork Newsletter',
    'Get the best new music, news and reviews in your inbox, every weekday.', 'Your email address', 'Sign Up', ...pfFooter, 'Manage Preferences',
    pfLegal, pfCookie, 'I Accept', 'Your Privacy Choices',
  ])],
};
