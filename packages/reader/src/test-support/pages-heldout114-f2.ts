import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 114, file f2: a local TV station's story on a WordPress VIP station template (Nexstar shape) whose
 * article opens with a weather alert banner ("Weather Alert" and its text) and a "Watch live" newscast promo, then the
 * story (site nav with "Watch Now" and the weather widget, byline with station, "Posted" / "Updated" times, share buttons,
 * video player caption, "Copyright" line, "For the latest news, weather, sports" line, "Trending Stories" rail, footer).
 */
const title = 'Ice storm leaves 40,000 without power across Calder Valley';
const alert = ['Weather Alert', 'Winter Storm Warning for Calder, Bexley and Marsh counties until 6 PM Wednesday'];
const live = ['Watch live', 'KTVC 5 News at Noon is streaming now', 'Watch Now'];
const paras = [
  'More than 40,000 homes and businesses across the Calder Valley were without power Tuesday morning after freezing rain coated ' +
    'trees and power lines with up to half an inch of ice overnight.',
  'Calder Electric Cooperative said the worst damage was in the hills west of Ridgeway, where falling limbs brought down lines ' +
    'along several rural roads. The utility said some customers there may not have power back until Thursday.',
  '“Crews have been out since 2 a.m., and we have brought in help from three neighboring co-ops,” spokesperson Dana Whitcomb ' +
    'said. “This is a multiday restoration.”',
  'Ridgeway schools and the Bexley County courthouse were closed Tuesday. The Calder County sheriff’s office asked drivers to ' +
    'stay off back roads, where deputies reported dozens of trees across the pavement.',
  'The city of Ridgeway opened a warming center at the Elm Street recreation center, which has a backup generator. The center ' +
    'will stay open overnight as long as outages continue, city officials said.',
  'Forecasters with the National Weather Service said temperatures would stay below freezing through Wednesday afternoon, with ' +
    'another round of light freezing rain possible overnight.',
  'Residents are reminded never to run generators indoors or in garages, and to stay at least 30 feet away from any downed line.',
  'Outages can be reported to Calder Electric by phone or through the cooperative’s outage map.',
  'At the Elm Street center, about 60 people had signed in by midday, many of them older residents from the ' +
    'rural roads west of town. Volunteers from two churches brought soup and blankets, and the city set up ' +
    'charging stations for phones and medical devices.',
  '“We lost power at about 3 in the morning and the house was at 50 degrees by breakfast,” said Harold Benning, ' +
    '81. “My daughter said come here, so here I am.”',
  'Calder Electric said it would post updated restoration estimates by neighborhood on its website every four hours until all customers are back on.',
];
const nav = ['News', 'Weather', 'Sports', 'Community', 'Contests', 'Watch Now'];
const trending = ['Two hurt in Highway 60 pileup', 'Calder Valley restaurant makes national best list', 'School closings and delays'];
const foot = ['About Us', 'Contact Us', 'Jobs at KTVC', 'FCC Public File', 'EEO Report', 'Closed Captioning', 'Privacy Policy', 'Terms of Use'];
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${title} | KTVC 5</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${title}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-12-09T13:41:00+00:00",
"author":[{"@type":"Person","name":"Rhiannon Cole"}]}</script>
<script id="nxs-vip-script">window.nxsDataLayer={"station":"ktvc","section":"weather"};</script></head>
<body class="post-template-default single single-post"><div class="site-header"><a class="site-header__logo" href="/">KTVC 5</a>
<nav class="site-header__nav"><ul>${links(nav, 'site-header__nav-item')}</ul></nav>
<div class="weather-widget"><span class="weather-widget__temp">28°</span><span class="weather-widget__cond">Freezing Rain</span></div></div>
<main id="main"><article class="article-wrapper"><header class="article-header"><p class="article-kicker"><a href="/weather/">Weather</a></p>
<h1 class="article-title">${title}</h1><div class="article-authors">
<p class="article-authors__by">by: <a href="/author/rhiannon-cole/">Rhiannon Cole</a></p></div>
<p class="article-date">Posted: <time datetime="2025-12-09T13:41:00+00:00">Dec 9, 2025 / 07:41 AM CST</time></p>
<p class="article-date">Updated: <time datetime="2025-12-09T17:02:00+00:00">Dec 9, 2025 / 11:02 AM CST</time></p>
<div class="article-share"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Share on Email</a></div></header>
<div class="article-content article-body rich-text">
<div class="alert-banner alert-banner--weather" role="alert"><span class="alert-banner__label">${alert[0]}</span>
<p class="alert-banner__text">${alert[1]}</p></div>
<aside class="livestream-promo"><span class="livestream-promo__label">${live[0]}</span><p class="livestream-promo__title">${live[1]}</p>
<a class="livestream-promo__cta" href="/live/">${live[2]}</a></aside>
<figure class="video-player"><div class="jw-player" data-mediaid="aB9c2"></div>
<figcaption>Video: Crews work to restore power west of Ridgeway</figcaption></figure>
<p>RIDGEWAY (KTVC) — ${paras[0]}</p>
${ps(paras.slice(1))}
<p class="copyright">Copyright 2025 Nexus Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>
<p class="app-promo"><em>For the latest news, weather, sports, and streaming video, head to KTVC 5.</em></p>
</div></article><aside class="sidebar"><h2 class="sidebar__title">Trending Stories</h2><ul>${links(trending)}</ul></aside></main>
<footer class="site-footer"><ul>${links(foot)}</ul><p>© 1998 - 2025 Nexus Media Inc. | All Rights Reserved.</p></footer></body></html>`;
export const nexstarPage: TestPage = {
  name: 'heldout114-nexus-weather-alert-watch-live-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts([`RIDGEWAY (KTVC) — ${paras[0]}`, ...paras.slice(1)]),
  bylines: ['by: Rhiannon Cole', 'Posted: Dec 9, 2025 / 07:41 AM CST', 'Updated: Dec 9, 2025 / 11:02 AM CST'],
  furniture: [
    ...alert,
    ...live.slice(0, 2),
    'KTVC 5',
    ...nav,
    '28°',
    'Freezing Rain',
    'Share on Facebook',
    'Share on X',
    'Share on Email',
    'Video: Crews work to restore power west of Ridgeway',
    'Copyright 2025 Nexus Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
    'For the latest news, weather, sports, and streaming video, head to KTVC 5.',
    'Trending Stories',
    ...trending,
    ...foot,
    '© 1998 - 2025 Nexus Media Inc. | All Rights Reserved.',
  ],
};
