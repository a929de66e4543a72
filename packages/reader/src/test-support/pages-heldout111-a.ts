import { links, ps, type TestPage, texts } from './page-kit.js';
import { nytStory } from './pages-heldout111-a2.js';

/**
 * Held-out batch 111, file a: a local TV station news story on a Nexstar-style WordPress template (alert ticker, station
 * header and nav, the "Local News" kicker, the red "BREAKING" label, the headline, the byline with posted and updated
 * times, share buttons, the lead photo and its credit, a dateline line above the first paragraph, an inline "Read more"
 * link and a "Download the app" promo inside the story body, the "Copyright Nexstar" line, a related "Top Stories" rail,
 * a newsletter box, the ad slots and the footer) and, from file a2, a newspaper story with "Listen to this article",
 * "Share full article", "Save" and a read-time line above the text.
 */
const kvTitle = 'Grain elevator fire forces evacuations along Route 9 south of Tillman Falls';
const kvDek = 'Residents within half a mile were told to leave as crews fought the blaze through the afternoon.';
const kvP1 = [
  'Fire crews from four departments spent Tuesday afternoon fighting a fire at the Brakefield Co-op grain elevator, and about ' +
    '60 homes along Route 9 were evacuated as thick smoke drifted across the valley.',
  'The fire was reported at 12:40 p.m. by a worker who saw smoke coming from the conveyor housing near the top of the elevator, ' +
    'according to Tillman County Fire District Chief Ramona Ostrowski. Everyone on site got out safely, she said.',
  '“The biggest worry with a grain elevator is dust,” Ostrowski told reporters at a staging area on Cutler Road. “We are keeping ' +
    'our people out of the structure and fighting it from the outside, because the last thing we want is an explosion.”',
];
const kvP2 = [
  'The sheriff’s office ordered residents within half a mile of the elevator to leave just before 2 p.m. Deputies went door to door ' +
    'on Route 9 between Cutler Road and the Harlan Creek bridge, and an evacuation centre opened at Tillman Falls High School.',
  'By late afternoon about 35 people had checked in at the school, said Deputy Marcus Whitlow. Others went to stay with family. ' +
    'The American Red Cross was bringing cots and food for anyone who needed to stay overnight.',
  'Route 9 remained closed in both directions between Cutler Road and Old Mill Road on Tuesday evening. The Department of ' +
    'Transportation asked drivers heading to the interstate to use County Road 14 instead.',
  'Grain elevator fires often smoulder for days, Ostrowski said, because the stored grain can burn slowly deep inside the bins. ' +
    'Crews expected to stay on the scene through the night and would decide on Wednesday morning whether residents could return.',
  'The co-op’s general manager, Dale Fenner, said the elevator held about 180,000 bushels of corn from last year’s harvest. He ' +
    'said it was too early to estimate the loss.',
  '“We are just grateful everybody is safe,” Fenner said. “Grain can be replaced. People can’t.”',
  'The cause of the fire is under investigation. The state fire marshal’s office was expected to send an investigator Wednesday.',
  'This is a developing story. Check back for updates.',
];
const kvNav = ['News', 'Local News', 'Weather', 'Traffic', 'Sports', 'Community', 'Contests', 'Watch Live', 'Video'];
const kvTicker = 'Tillman County: Route 9 closed between Cutler Road and Old Mill Road';
const kvShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Copy link'];
const kvCaption = 'Smoke rises from the Brakefield Co-op grain elevator south of Tillman Falls on Tuesday.';
const kvCredit = '(Photo courtesy: Tillman County Fire District)';
const kvReadMore = 'Wind advisory issued for the valley through Wednesday night';
const kvApp = ['Download the KVRN 7 app for breaking news alerts', 'Get the app'];
const kvTop = [
  'Tillman Falls school board approves four-day week pilot',
  'Two hurt in crash on Interstate 84 near Brakefield',
  'Farmers market returns to Depot Square next month',
  'Highway patrol: speeding tickets up 20 percent this spring',
];
const kvNews = [
  'Get the latest news delivered to your inbox',
  'Sign up for KVRN 7 newsletters',
  'Enter your email',
  'Subscribe',
  'By signing up you agree to our Terms of Use and Privacy Policy.',
];
const kvFoot = [
  'About Us',
  'Contact Us',
  'Advertise With Us',
  'Jobs at KVRN',
  'FCC Public File',
  'EEO Report',
  'Closed Captioning',
  'Terms of Use',
  'Privacy Policy',
  'Do Not Sell or Share My Personal Information',
];
const kvHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><title>Grain elevator fire forces evacuations along Route 9 south of Tillman Falls | KVRN 7</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${kvDek}">
<meta property="og:type" content="article"><meta property="og:site_name" content="KVRN 7"><meta property="og:title" content="${kvTitle}">
<meta property="article:section" content="Local News"><meta property="article:published_time" content="2026-04-14T20:05:11+00:00">
<link rel="canonical" href="https://www.kvrn7.example/news/local-news/grain-elevator-fire-forces-evacuations-route-9/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${kvTitle}","datePublished":"2026-04-14T20:05:11+00:00",
"dateModified":"2026-04-14T23:42:09+00:00","author":[{"@type":"Person","name":"Jenna Caldwell"}],"publisher":{"@type":"Organization","name":"KVRN 7"}}</script>
<script>window.nxsAdsConfig={"slot":"/5678/nxs.kvrn/news/local-news","targeting":{"breaking":"true"}};</script>
<link rel="stylesheet" id="nxs-main-css" href="https://www.kvrn7.example/wp-content/themes/nexstar-wv/client/build/main.css?ver=4.22.1"></head>
<body class="post-template-default single single-post postid-1209442 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="site-header__alert-bar" data-module="breaking-ticker"><span class="alert-bar__label">Traffic Alert</span>
<a class="alert-bar__link" href="/news/local-news/route-9-closure/">${kvTicker}</a></div>
<header class="site-header" role="banner"><div class="site-header__top"><a class="site-header__logo" href="/"><span class="screen-reader-text">KVRN 7</span></a>
<div class="site-header__weather"><span class="site-header__weather-temp">61°</span><span class="site-header__weather-city">Tillman Falls</span></div>
<a class="site-header__live" href="/live/">Watch Now</a></div>
<nav class="site-header__nav" aria-label="Main menu"><ul class="menu menu--primary">${links(kvNav, 'menu-item')}</ul></nav></header>
<div class="ad-unit ad-unit--leaderboard" data-ad-slot="top"><span class="ad-unit__label">Advertisement</span><div id="acm-ad-tag-728x90_top"></div></div>
<main id="main" class="site-main"><article class="article article--breaking" data-post-id="1209442">
<header class="article__header"><div class="article__kicker"><a class="article__kicker-link" href="/news/local-news/">Local News</a></div>
<span class="article__label article__label--breaking">BREAKING</span>
<h1 class="article__headline">${kvTitle}</h1>
<p class="article__summary">${kvDek}</p>
<div class="article__meta"><p class="article__author">by: <a href="/author/jenna-caldwell/">Jenna Caldwell</a></p>
<p class="article__published">Posted: <time datetime="2026-04-14T20:05:11+00:00">Apr 14, 2026 / 01:05 PM PDT</time></p>
<p class="article__updated">Updated: <time datetime="2026-04-14T23:42:09+00:00">Apr 14, 2026 / 04:42 PM PDT</time></p></div>
<div class="article__share share-buttons" data-module="share"><span class="share-buttons__title">SHARE</span><ul class="share-buttons__list">
${kvShare.map((t) => `<li><button class="share-buttons__button" type="button"><span class="screen-reader-text">${t}</span></button></li>`).join('\n')}</ul>
</div>
</header>
<figure class="article__featured-media wp-caption"><img src="https://www.kvrn7.example/wp-content/uploads/sites/41/2026/04/elevator-fire.jpg?w=1280"
alt="Smoke rising from a grain elevator" width="1280" height="720"><figcaption class="article__featured-caption">${kvCaption}
<span class="media-credit">${kvCredit}</span></figcaption></figure>
<div class="article__content article-content">
<p class="article__dateline"><strong>TILLMAN FALLS, Ore. (KVRN) —</strong></p>
${ps(kvP1)}
<p class="article-content__read-more"><strong>READ MORE:</strong> <a href="/news/weather/wind-advisory/">${kvReadMore}</a></p>
${ps(kvP2.slice(0, 3))}
<div class="ad-unit ad-unit--in-article" data-ad-slot="mid"><span class="ad-unit__label">Advertisement</span><div id="acm-ad-tag-300x250_mid"></div></div>
<aside class="article-content__promo promo--app"><p class="promo__title">${kvApp[0]}</p><a class="promo__button" href="/apps/">${kvApp[1]}</a></aside>
${ps(kvP2.slice(3))}
<p class="article__copyright"><em>Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or
redistributed.</em></p>
</div>
<div class="article__tags"><span class="article__tags-label">Tags:</span> <a href="/tag/tillman-county/">Tillman County</a> <a href="/tag/fire/">Fire</a></div>
</article>
<aside class="sidebar"><section class="widget widget--top-stories"><h2 class="widget__title">Top Stories</h2><ol
class="top-stories">${links(kvTop, 'top-stories__item')}</ol>
</section><section class="widget widget--newsletter"><h2 class="widget__title">${kvNews[0]}</h2><p>${kvNews[1]}</p><form class="newsletter-form">
<label class="screen-reader-text" for="nl-email">${kvNews[2]}</label><input id="nl-email" type="email" placeholder="Email address">
<button type="submit">${kvNews[3]}</button><p class="newsletter-form__legal">${kvNews[4]}</p></form></section>
<div class="ad-unit ad-unit--sidebar"><span class="ad-unit__label">Advertisement</span><div id="acm-ad-tag-300x600_side"></div></div></aside></main>
<footer class="site-footer"><nav aria-label="Footer menu"><ul class="menu menu--footer">${links(kvFoot, 'menu-item')}</ul></nav>
<p class="site-footer__copyright">© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.</p></footer>
<script src="https://www.kvrn7.example/wp-content/themes/nexstar-wv/client/build/main.js?ver=4.22.1" defer></script></body></html>`;
const kvrn: TestPage = {
  html: kvHtml,
  name: 'heldout111-nexstar-local-news-breaking',
  kind: 'news',
  // the dek is body; the kicker, the "BREAKING" label, the inline "READ MORE" link and app promo, the copyright line and the
  // tags are furniture; the author line, the posted and updated lines and the dateline line are bylines
  title: kvTitle,
  headings: [],
  body: [kvDek, ...texts(kvP1), ...texts(kvP2)],
  bylines: ['by: Jenna Caldwell', 'Posted: Apr 14, 2026 / 01:05 PM PDT', 'Updated: Apr 14, 2026 / 04:42 PM PDT', 'TILLMAN FALLS, Ore. (KVRN) —'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Traffic Alert', kvTicker, '61°', 'Tillman Falls', 'Watch Now', ...kvNav, 'Advertisement', 'BREAKING', 'SHARE', ...kvShare,
    kvCaption, kvCredit, `READ MORE: ${kvReadMore}`, ...kvApp,
    'Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
    'Tags:', 'Tillman County', 'Fire', 'Top Stories', ...kvTop, ...kvNews, ...kvFoot, '© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.',
  ],
};

export const HELDOUT111_A: readonly TestPage[] = [kvrn, nytStory];
