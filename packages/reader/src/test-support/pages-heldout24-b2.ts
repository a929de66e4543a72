import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 24, file b2: a local TV station's story on a Nexstar-style WordPress template (station header with the
 * "Watch Live" button and weather widget, the breaking-news ticker, section nav, breadcrumb, headline, author with station
 * title, "Posted" and "Updated" times, share bar, the featured JW Player video with its caption, story text with an inline
 * "Trending Stories" list and a "Related Content" box, the "head to" line, the Nexstar copyright line, the newsletter signup,
 * "Top Stories" rail, cookie and privacy notice and the footer with the station's FCC links).
 */
const tvTitle = 'Lakeport school district to add 14 bus routes after driver shortage eases';
const tvBody1 = [
  'LAKEPORT, Ind. (WXKL) — Families in the Lakeport Community School District who have been driving their children to school ' +
    'since 2023 will get their bus stops back in January.',
  'The school board voted 6–1 Tuesday night to restore 14 bus routes that were cut two years ago when the district could not hire ' +
    'enough drivers. Transportation director Alan Mercer told the board the district now has 61 licensed drivers, up from 38 at ' +
    'the low point.',
  'Mercer credited a pay raise approved last spring, which lifted the starting wage from $17 to $22 an hour, and a paid training ' +
    'program that covers the cost of a commercial driver’s license.',
];
const tvBody2 = [
  '“We had people who wanted this job but could not afford to spend six weeks in training without a paycheck,” Mercer said. ' +
    '“Once we started paying them to learn, the applications doubled.”',
  'The restored routes mostly serve neighborhoods on the north and east sides of the city, where parents had been told to arrange ' +
    'their own transportation if they lived less than two miles from school.',
  'Board member Patricia Odum, who cast the only no vote, said she supported the routes but wanted the district to wait until ' +
    'the next budget year. The added routes will cost about $1.1 million a year, mostly in wages and fuel.',
  'Parents can look up their new stop and pickup time on the district’s website starting Dec. 15.',
  'The district will also hold a job fair for drivers and bus monitors on Dec. 6 at its transportation center on Wabash Avenue, ' +
    'Mercer said, because several veteran drivers plan to retire at the end of the school year.',
];
const tvHeadTo = 'For the latest news, weather, sports, and streaming video, head to WXKL 7 News.';
const tvCopy = 'Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.';
const tvNav = ['News', 'Weather', 'Sports', 'Community', 'Contests', 'Video', 'Watch Live', 'About Us'];
const tvTrend = [
  'Man charged after police chase ends in cornfield',
  'New Thai restaurant opens in former bank building',
  'I-65 lane closures planned through Friday',
];
const tvRelated = ['Lakeport teachers approve new three-year contract', 'School bus driver shortage: why routes were cut in 2023'];
const tvTop = ['Crews battle barn fire near Delphi', 'First snow expected this weekend', 'Lakeport High wins sectional title'];
const tvFoot = ['EEO Report', 'FCC Applications', 'FCC Public File', 'Closed Captioning', 'Nexstar CCPA Privacy Notice', 'Terms of Use', 'Privacy Policy'];
const tvHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${tvTitle} | WXKL 7</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tvTitle}",
"author":[{"@type":"Person","name":"Hannah Reyes"}],"publisher":{"@type":"Organization","name":"WXKL 7"}}</script>
<script>var nxsAnalytics={"station":"wxkl","pageType":"article","section":"news/local-news"};</script></head>
<body class="article-template-default single single-article postid-1104552">
<div class="site-alert site-alert--breaking" role="alert"><span class="site-alert__label">Breaking News</span>
<a href="/news/local-news/closings">School closings and delays</a></div>
<header class="site-header"><a class="site-header__logo" href="/"><span class="screen-reader-text">WXKL 7 Lakeport</span></a>
<div class="site-header__weather" data-weather="widget"><span class="temp">41°</span><span class="cond">Cloudy</span></div>
<a class="site-header__live button" href="/watch-live">Watch Now</a>
<nav class="site-header__nav" aria-label="Main Menu"><ul>${links(tvNav, 'menu-item')}</ul></nav></header>
<main id="main" class="site-main"><div class="article-layout"><div class="article-layout__main">
<nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/news">News</a><a href="/news/local-news">Local News</a></nav>
<article class="article-content article-body rich-text" data-article-id="1104552">
<header class="article-header"><h1 class="article-title">${tvTitle}</h1>
<div class="article-authors"><p class="article-authors__name">by: <a href="/author/hannah-reyes/">Hannah Reyes</a></p>
<p class="article-authors__title">Digital Reporter</p></div>
<div class="article-meta"><p class="article-meta__time"><span class="label">Posted:</span> <time
 datetime="2025-11-19T22:41:00-05:00">Nov 19, 2025 / 10:41 PM EST</time></p>
<p class="article-meta__time"><span class="label">Updated:</span> <time datetime="2025-11-20T07:15:00-05:00">Nov 20, 2025 / 07:15 AM EST</time></p></div>
<div class="article-share" role="region" aria-label="Share"><span class="article-share__label">SHARE</span>
<a class="share-facebook" href="#"><span class="screen-reader-text">Share on Facebook</span></a>
<a class="share-x" href="#"><span class="screen-reader-text">Share on X</span></a>
<a class="share-email" href="#"><span class="screen-reader-text">Share via Email</span></a></div></header>
<figure class="article-featured-media article-featured-media--video"><div class="video-player" data-jw-player="true" data-media-id="xK2pQ9vT">
<div class="jw-wrapper"><div class="jw-controls"><button class="jw-icon-playback" aria-label="Play">Play</button>
<span class="jw-text-elapsed">00:00</span><span class="jw-text-duration">02:14</span>
<button class="jw-icon-volume" aria-label="Volume">Mute</button><button class="jw-icon-fullscreen" aria-label="Fullscreen">Fullscreen</button></div>
<div class="jw-title">Lakeport restores bus routes</div><div class="jw-ad-label">Ad 1 of 1 · 0:15</div></div>
<noscript>Video requires JavaScript.</noscript></div>
<figcaption class="article-featured-media__caption">Video: Lakeport school board votes to restore bus routes.</figcaption></figure>
<div class="article-content__body">
${tvBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="o-list-trending" data-module="trending"><h2 class="o-list-trending__title">Trending Stories:</h2>
<ul>${links(tvTrend, 'o-list-trending__item')}</ul></div>
${tvBody2
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<aside class="article-list article-list--related"><h2 class="article-list__heading">Related Content</h2>
<ul>${links(tvRelated, 'article-list__item')}</ul></aside>
${tvBody2
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<p><em>${tvHeadTo}</em></p>
<p class="copyright">${tvCopy}</p>
</div></article>
<section class="newsletter-signup"><h2>Sign up for the WXKL 7 Daily Headlines newsletter</h2>
<p>Get the top local stories in your inbox every weekday morning.</p><input type="email" placeholder="Email address"><button>Subscribe</button></section>
</div><aside class="article-layout__sidebar"><h2 class="widget-title">Top Stories</h2><ul>${links(tvTop)}</ul>
<div class="ad-slot" data-ad="sidebar"><span>Advertisement</span></div></aside></div></main>
<div id="nxs-privacy-banner" role="dialog"><p>We use cookies and data to deliver our services and show you relevant ads.</p>
<button>Accept</button><a href="/privacy-policy">Privacy Policy</a></div>
<footer class="site-footer"><ul>${links(tvFoot)}</ul><p class="site-footer__copyright">© 1998 - 2025 Nexstar Media Inc. | All Rights Reserved.</p>
</footer></body></html>`;
export const localTvStory: TestPage = {
  html: tvHtml,
  name: 'heldout24-local-tv-video-story',
  kind: 'news',
  // body is the seven story paragraphs ("LAKEPORT, Ind. (WXKL) —" is inline in the first: body); the inline "Trending Stories"
  // list and the "Related Content" box between paragraphs, the italic "head to" line and the Nexstar copyright line are
  // furniture; "Hannah Reyes" and both times are bylines ("by:", "Posted:", "Updated:" in neither), her title "Digital
  // Reporter" is furniture; the video player (buttons, times, title, ad label, noscript) and its caption, alert, weather,
  // share bar, newsletter, "Top Stories", privacy banner, header and footer are furniture ("Privacy Policy" twice, listed once)
  title: tvTitle,
  headings: [],
  body: [...texts(tvBody1), ...texts(tvBody2)],
  bylines: ['Hannah Reyes', 'Nov 19, 2025 / 10:41 PM EST', 'Nov 20, 2025 / 07:15 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Breaking News', 'School closings and delays', 'WXKL 7 Lakeport', '41°', 'Cloudy', 'Watch Now', ...tvNav, 'Local News', 'Digital Reporter',
    'SHARE', 'Share on Facebook', 'Share on X', 'Share via Email', 'Play', '00:00', '02:14', 'Mute', 'Fullscreen', 'Lakeport restores bus routes',
    'Ad 1 of 1 · 0:15', 'Video requires JavaScript.', 'Video: Lakeport school board votes to restore bus routes.', 'Trending Stories:',
    ...tvTrend, 'Related Content', ...tvRelated, tvHeadTo, tvCopy, 'Sign up for the WXKL 7 Daily Headlines newsletter',
    'Get the top local stories in your inbox every weekday morning.', 'Subscribe', 'Top Stories', ...tvTop,
    'Advertisement', 'We use cookies and data to deliver our services and show you relevant ads.', 'Accept', ...tvFoot,
    '© 1998 - 2025 Nexstar Media Inc. | All Rights Reserved.',
  ],
};
