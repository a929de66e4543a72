import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 103, file a2: a local TV station story on a Nexstar WordPress VIP site (the weather and breaking-news
 * alert bars, the station nav, the story's "by:" author line with "Posted:" and "Updated:" times, the share bar, the lead
 * video player with its "Now Playing" playlist, the "Trending Stories" list the template drops inside the story, the
 * inline newsletter sign-up, the copyright line at the foot of the story, "Advertisement" slots, the "Sponsored content"
 * and "Top Stories" rails and the footer).
 */
const tvTitle = 'Cedar Falls Road bridge to close for six months starting in January, county says';
const tvP1 = [
  '<strong>MARLOW COUNTY, Ohio (WKRV) —</strong> Drivers who use the Cedar Falls Road bridge over Tansy Creek will need to find ' +
    'another route for most of next year, county engineers said Wednesday.',
  'The two-lane bridge, which carries about 6,800 vehicles a day between Hollins and the Route 9 interchange, will close on ' +
    'January 12 so crews can replace its deck and two of its three steel beams. The county expects it to reopen in mid-July.',
  'County Engineer Dale Prewitt said inspectors downgraded the bridge in the spring after finding corrosion on the beams ' +
    'beneath the eastbound lane. A weight limit of 15 tons has been in place since May.',
  '“We have been patching this bridge for fifteen years,” Prewitt said. “At this point, patching it again would cost nearly as ' +
    'much as doing it right, and it would only buy us a couple of winters.”',
];
const tvTrending = [
  'Hollins man charged after chase ends in cornfield',
  'Storm Team 11: Frost advisory tonight, warmer by the weekend',
  'Marlow County schools announce two-hour delay policy changes',
  'New bakery opens in former bank building downtown',
];
const tvP2 = [
  'The official detour will send traffic north on Route 9 to Pike Street and back along Old Mill Road, adding about four miles ' +
    'to the trip. School buses for the Hollins Local district will use the same detour, and the district said pickup times for ' +
    'about 120 students would move five to ten minutes earlier.',
  'Business owners on the Hollins side of the creek said they were worried about losing customers who stop on their way home ' + 'from work.',
  '“Half my lunch trade comes over that bridge,” said Tammy Oakes, who owns the Creekside Diner. “I understand it has to be ' +
    'fixed. I just hope they stick to six months.”',
  'Prewitt said the contract, worth $3.4 million, includes a bonus of $5,000 a day for each day the bridge reopens early, up to ' +
    'twenty days, and a penalty of the same amount for each day it is late. About 80 percent of the cost will be paid for with ' +
    'federal bridge funds, with the rest coming from the county’s share of the state gas tax.',
  'The county will hold an open house about the project on December 4 from 5 to 7 p.m. at the Hollins Township hall, where ' +
    'residents can see the detour maps and ask engineers questions.',
];
const tvNews = ['Get the latest news delivered to your inbox', 'Sign up for our daily newsletter.', 'Email', 'Subscribe', 'Thank you for subscribing!'];
const tvCopy = 'Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.';
const tvNav = ['News', 'Weather', 'Sports', 'Watch Live', 'Contests', 'Community', 'Contact Us'];
const tvShare = ['Facebook', 'X', 'Email', 'Copy Link'];
const tvVideo = ['Now Playing', 'Cedar Falls Road bridge closure explained', 'Up Next', 'Tuesday night forecast with Meteorologist Gina Flores'];
const tvTop = ['Sheriff’s office warns of phone scam using deputy’s name', 'Volunteers needed for Marlow food pantry holiday drive'];
const tvSponsored = ['Sponsored content', 'Homeowners in Ohio are switching to this roofing plan', 'The one kitchen gadget chefs say is worth it'];
const tvFoot = [
  'About Us',
  'Contact Us',
  'Advertise With Us',
  'Careers',
  'FCC Public File',
  'EEO Report',
  'Privacy Policy',
  'Terms of Use',
  'Do Not Sell or Share My Personal Information',
];
const tvAd = '<div class="ad-unit ad-unit--mid"><p class="ad-unit__label">Advertisement</p><div id="acm-ad-tag-mr2_ab" data-ad-size="300x250"></div></div>';
const tvHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cedar Falls Road bridge to close for six months starting in January, county says | WKRV</title>
<meta name="description" content="Drivers who use the Cedar Falls Road bridge over Tansy Creek will need to find another route for most of next year.">
<meta property="og:site_name" content="WKRV"><meta property="og:type" content="article"><meta name="author" content="Jordan Pike">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${tvTitle}","datePublished":"2025-11-05T17:42:10-05:00",
"dateModified":"2025-11-05T18:20:33-05:00","author":[{"@type":"Person","name":"Jordan Pike"}],"publisher":{"@type":"Organization","name":"WKRV"}}</script>
<script>var nxsDataLayer={"page":{"type":"article","category":"local-news"}};</script>
<script src="https://www.wkrv.example/wp-content/themes/nexstar-wv/client/build/js/main.min.js" defer></script></head>
<body class="post-template-default single single-post postid-1189342 single-format-standard">
<div class="site-alerts"><div class="alert-banner alert-banner--weather" role="region" aria-label="Weather alert">
<span class="alert-banner__label">Weather Alert</span><a href="/weather/alerts">Frost Advisory in effect until 9 AM</a></div></div>
<header class="site-header" role="banner"><div class="site-header__inner"><a class="site-header__logo" href="/"><span class="screen-reader-text">WKRV</span></a>
<nav class="site-header__nav" aria-label="Primary Menu"><ul class="site-header__menu">${links(tvNav, 'menu-item')}</ul></nav>
<a class="site-header__live" href="/live">Watch Now</a><button class="site-header__search" aria-label="Search"><span>Search</span></button></div></header>
<main id="main" class="site-main"><div class="article-layout"><article class="article-wrap" id="post-1189342">
<header class="article-header"><div class="article-tags"><a class="article-tags__tag" href="/news/local-news/">Local News</a></div>
<h1 class="article-title">${tvTitle}</h1>
<div class="article-meta"><p class="article-authors">by: <a href="/author/jordan-pike/" class="article-authors__link">Jordan Pike</a></p>
<p class="article-date"><time datetime="2025-11-05T17:42:10-05:00">Posted: Nov 5, 2025 / 05:42 PM EST</time></p>
<p class="article-date article-date--updated"><time datetime="2025-11-05T18:20:33-05:00">Updated: Nov 5, 2025 / 06:20 PM EST</time></p></div>
<div class="article-share"><span class="article-share__label">SHARE</span>
<ul class="article-share__list">${links(tvShare, 'article-share__item')}</ul></div></header>
<div class="article-featured-media"><div class="video-player" data-jw-player="true"><div class="video-player__playlist">
<p class="video-player__state">${tvVideo[0]}</p><p class="video-player__title">${tvVideo[1]}</p><p class="video-player__state">${tvVideo[2]}</p>
<p class="video-player__title">${tvVideo[3]}</p></div></div></div>
<div class="article-content rich-text">
${ps(tvP1)}
<aside class="article-list article-list--in-article"><h2 class="article-list__heading">Trending Stories:</h2><ul class="article-list__list">
${links(tvTrending, 'article-list__article')}</ul></aside>
${tvAd}
${ps(tvP2.slice(0, 3))}
<div class="newsletter-signup newsletter-signup--inline"><h3 class="newsletter-signup__title">${tvNews[0]}</h3><p>${tvNews[1]}</p>
<form><label for="nl-email">${tvNews[2]}</label><input id="nl-email" type="email"><button type="submit">${tvNews[3]}</button></form>
<p class="newsletter-signup__success" hidden>${tvNews[4]}</p></div>
${ps(tvP2.slice(3))}
<p class="article-copyright"><em>${tvCopy}</em></p>
</div></article>
<aside class="article-sidebar">${tvAd}<section class="article-list"><h2 class="article-list__heading">Top Stories</h2>
<ul>${links(tvTop, 'article-list__article')}</ul></section>
<section class="taboola-rail"><h2 class="taboola-rail__heading">${tvSponsored[0]}</h2><ul>${links(tvSponsored.slice(1))}</ul></section></aside>
</div></main>
<footer class="site-footer"><ul class="site-footer__menu">${links(tvFoot, 'menu-item')}</ul>
<p class="site-footer__copyright">© 1998 - 2025 Nexstar Media Inc. | All Rights Reserved.</p></footer>
<script src="https://www.wkrv.example/wp-content/plugins/jwplayer/player.js" async></script></body></html>`;

export const localTvStory: TestPage = {
  html: tvHtml,
  name: 'heldout103-nexstar-local-tv-news',
  kind: 'news',
  // the place-and-station dateline that opens the first paragraph is part of that paragraph (body); the copyright
  // paragraph at the foot of the story and the in-story "Trending Stories" list are furniture
  title: tvTitle,
  headings: [],
  body: texts([...tvP1, ...tvP2]),
  bylines: ['by: Jordan Pike', 'Posted: Nov 5, 2025 / 05:42 PM EST', 'Updated: Nov 5, 2025 / 06:20 PM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Weather Alert', 'Frost Advisory in effect until 9 AM', ...tvNav, 'Watch Now', 'Search', 'Local News', 'SHARE', ...tvShare, ...tvVideo,
    'Trending Stories:', ...tvTrending, 'Advertisement', ...tvNews, tvCopy, 'Top Stories', ...tvTop, ...tvSponsored, ...tvFoot,
    '© 1998 - 2025 Nexstar Media Inc. | All Rights Reserved.',
  ],
};
