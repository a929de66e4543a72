import { links, ps, type TestPage, texts } from './page-kit.js';
import { loom } from './pages-heldout425-e2.js';
import { j } from './pages-heldout425-kit.js';

/**
 * Held-out batch 425, file e: a PBS-style documentary video page (station-localized header, show menu, the player with the
 * Passport upsell, the show link, season / episode / length line, aired and expires dates, rating, the synopsis, the opening
 * narration transcript, funding credits, "More Episodes", the station donate box and the footer) and, from file e2, a Loom
 * shared video with its AI summary and transcript.
 */
const dTitle = 'The Drowned Parish';
const dSynopsis = [
  j(
    'When the Alder Valley reservoir was filled in 1958, the village of Sallow Ford disappeared under forty metres of water. Its',
    'church, its school and sixty-two houses were left standing as the valley flooded. Families were paid for their land and moved',
    'to new estates in towns they had rarely visited.',
  ),
  j(
    'Last summer, after the driest year on record, the water fell far enough for the church tower to break the surface. This film',
    'follows three people who were children in Sallow Ford as they return by boat to the place they grew up, and the engineers',
    'and historians who have spent decades arguing over whether the valley should ever have been flooded.',
  ),
];
const dTrans = [
  j(
    'NARRATOR: In the last week of August, a shape appeared in the middle of the reservoir. At first the sailing club thought it',
    'was a buoy that had come loose. Then the water dropped another half metre, and it was clear that it was a weathervane.',
  ),
  j(
    "NARRATOR: For sixty-seven years the tower of St Bride's had stood in the dark, its bells long since removed, its clock stopped",
    'at twenty past four. Now it was standing in the sunshine again, and people drove from three counties to look at it.',
  ),
  j(
    'EDITH MARLOWE: I was nine when we left. My father rowed us out on the last day to look at the house from the water, and he',
    'said, remember it, because you will not see it again. And now here it is. I did not think I would live to see that.',
  ),
  j(
    'NARRATOR: Edith is one of eleven former residents still living. Most of them have never spoken publicly about the move. This',
    'summer, with the tower above the water, they decided it was time.',
  ),
];
const dHeader = ['Shows', 'Live TV', 'My List', 'Kids', 'Donate'];
const dMore = ['Episode 3: The Tide Clock', 'Episode 5: Salt and Iron', 'Episode 6: The Last Lighthouse Keepers'];
const dFoot = ['PBS Video App', 'About PBS', 'Careers', 'Contact', 'Privacy Policy', 'Terms of Use', 'Accessibility'];
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${dTitle} | Hidden Waters | PBS</title>
<meta name="description" content="When the Alder Valley reservoir was filled in 1958, the village of Sallow Ford disappeared under forty metres of water.">
<meta property="og:site_name" content="PBS"><meta property="og:type" content="video.episode"><meta property="og:title" content="${dTitle}">
<meta name="twitter:site" content="@PBS"><link rel="canonical" href="https://www.pbs.org/video/the-drowned-parish-x4kq2m/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TVEpisode","name":"${dTitle}","episodeNumber":4,"partOfSeason":
{"@type":"TVSeason","seasonNumber":2},"partOfSeries":{"@type":"TVSeries","name":"Hidden Waters"},"datePublished":"2026-03-03"}</script>
<script>window.PBS = {"station":{"callsign":"WKLR","commonName":"Kellar Valley PBS"},"video":{"slug":"the-drowned-parish-x4kq2m","duration":3252}};</script>
</head><body class="video-page"><div id="app"><header class="site-header"><a href="/" class="site-header__logo" aria-label="PBS"></a><nav
class="site-header__nav" aria-label="Main"><ul>${links(dHeader, 'site-header__nav-item')}</ul></nav><div class="site-header__station"><span>Kellar
Valley PBS</span><button class="station-button">Change Station</button></div><a class="site-header__signin" href="/signin/">Sign In</a></header>
<main id="maincontent" class="video-page__main"><div class="video-player"><div class="video-player__poster"><button class="video-player__play"
aria-label="Play video">Watch Video</button><span class="video-player__duration">54m 12s</span></div><div class="passport-upsell"><p>Stream
this episode and more with <strong>Kellar Valley PBS Passport</strong>.</p><a href="/passport/">Learn more about Passport</a></div></div>
<section class="video-summary"><p class="video-summary__show-title"><a href="/show/hidden-waters/">Hidden Waters</a></p>
<h1 class="video-summary__title">${dTitle}</h1><p class="video-summary__meta"><span>Season 2 Episode 4</span> | <span>54m 12s</span></p>
<div class="video-summary__description">${ps(dSynopsis, ' class="video-summary__description-text"')}</div>
<dl class="video-summary__dates"><dt>Aired:</dt><dd>03/03/26</dd><dt>Expires:</dt><dd>04/01/28</dd><dt>Rating:</dt><dd>TV-PG</dd></dl>
<div class="video-summary__actions"><button class="my-list-button">Add to My List</button><button class="share-button">Share</button><button
class="cc-indicator" aria-label="Video has closed captioning">CC</button></div><p class="video-summary__problem">Problems playing video? <a
href="/help/">Report a Problem</a></p></section>
<section class="video-transcript" id="transcript"><h2 class="video-transcript__title">Transcript</h2><div class="video-transcript__body">
${ps(dTrans)}
</div><button class="video-transcript__toggle">Show Less</button></section>
<section class="video-funders"><h2 class="video-funders__title">Funding</h2><p>Major funding for Hidden Waters is provided by the Corran Family
Foundation and by viewers like you. Thank you.</p></section>
<section class="more-episodes"><h2 class="more-episodes__title">More Episodes</h2><ul>${links(dMore, 'more-episodes__item')}</ul></section>
<aside class="station-donate"><h2>Support Kellar Valley PBS</h2><p>Your gift keeps programs like this one free for everyone.</p><a
class="btn btn--donate" href="/donate/">Donate</a></aside></main>
<footer class="site-footer"><ul class="site-footer__links">${links(dFoot)}</ul><p class="site-footer__copy">© 2026 Public Broadcasting Service (PBS),
all rights reserved. PBS is a 501(c)(3) not-for-profit organization.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">PBS uses cookies and similar technologies to
improve your experience and to show you relevant content.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button
id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></body></html>`;
const pbs: TestPage = {
  name: 'heldout425-pbs-documentary-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: ['Transcript'],
  body: texts([...dSynopsis, ...dTrans]),
  bylines: ['Aired:', '03/03/26'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dHeader, 'Kellar Valley PBS', 'Change Station', 'Sign In', 'Watch Video', '54m 12s', 'Stream this episode and more with Kellar Valley PBS Passport.',
    'Learn more about Passport', 'Hidden Waters', 'Season 2 Episode 4', 'Expires:', '04/01/28', 'Rating:', 'TV-PG', 'Add to My List', 'Share',
    'Problems playing video?', 'Report a Problem', 'Show Less', 'Funding',
    'Major funding for Hidden Waters is provided by the Corran Family Foundation and by viewers like you. Thank you.', 'More Episodes', ...dMore,
    'Support Kellar Valley PBS', 'Your gift keeps programs like this one free for everyone.', ...dFoot,
    '© 2026 Public Broadcasting Service (PBS), all rights reserved. PBS is a 501(c)(3) not-for-profit organization.',
    'PBS uses cookies and similar technologies to improve your experience and to show you relevant content.', 'Accept All Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT425_E: readonly TestPage[] = [pbs, loom];
