import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout397-kit.js';
import { newswireCa } from './pages-heldout397-d2.js';

/**
 * Held-out batch 397, file d: a PR Newswire release syndicated on a local TV station's WordPress site in the Nexstar
 * layout (weather bar, section nav, "Press Releases" kicker, "by:" byline, Posted / Updated lines, share buttons, a
 * "Trending Stories" box and a "Don't Miss" video widget placed inside the article body, ad slots, the syndication
 * disclaimer, "Top Stories" rail and footer) and, from file d2, a bilingual Newswire.ca release.
 */
const tTitle = 'Riverbend Health Plan Adds Video Visits With Specialists for Rural Members';
const tP = [
  j(
    'MOLINE, Ill., March 3, 2026 /PRNewswire/ -- Riverbend Health Plan, a nonprofit insurer serving about 160,000 members in',
    'western Illinois and eastern Iowa, said today that members in rural counties can now book video appointments with',
    'cardiologists, endocrinologists and dermatologists at no extra cost.',
  ),
  j(
    'Until now, the plan covered video visits only with primary care doctors. Members who needed a specialist often had to drive',
    'two hours or more to the Quad Cities or Iowa City, and many follow-up appointments were missed as a result.',
  ),
  j(
    '"A follow-up visit to check a blood test or adjust a medication rarely needs an examination room," said Dr. Hollis Marchetti,',
    'Riverbend\u2019s chief medical officer. "If we can spare a farmer a half-day drive during harvest, people are far more likely',
    'to keep that appointment."',
  ),
  j(
    'The plan has contracted with two regional hospital groups to provide the specialist visits. Members can book through the',
    'plan\u2019s app or by phone, and visits are available on weekday evenings as well as during office hours.',
  ),
  j(
    'For members without reliable internet at home, Riverbend is working with 22 public libraries in the region to set up private',
    'booths with a tablet, a headset and a blood pressure cuff. Library staff will help members connect but will not take part in',
    'the visit.',
  ),
  j(
    'The specialist visits are part of a wider change to the plan’s rural benefits for 2026, which also includes mileage',
    'refunds for members who must travel more than 60 miles for dialysis or cancer treatment.',
  ),
  j(
    'Riverbend said it will track how often video visits lead to an in-person appointment and whether members in rural counties',
    'keep more of their follow-up visits than before. The plan expects to publish the first results early next year.',
  ),
  j(
    'Riverbend Health Plan was founded in 1994 by a group of community hospitals and is governed by a board that includes member',
    'representatives from each county it serves.',
  ),
];
const tTrending = [
  'Quad Cities school board approves later start times',
  'Crews begin work on Rock River bridge deck',
  'Storm damage closes county fairground',
];
const tNav = ['Local News', 'Weather', 'Sports', 'Community', 'Video', 'Contests', 'Press Releases', 'Live'];
const tTop = ['Davenport police investigate overnight shooting', 'High school wrestlers head to state finals', 'Flood watch issued for the Mississippi'];
const tFoot = [
  'About Us',
  'Contact Us',
  'Public File',
  'EEO Report',
  'Careers',
  'Privacy Policy',
  'Terms of Use',
  'Do Not Sell or Share My Personal Information',
];
const tHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${tTitle} | WQDR 8 Quad Cities</title>
<meta name="description" content="Riverbend Health Plan adds video visits with specialists for rural members.">
<meta property="og:site_name" content="WQDR 8 Quad Cities"><meta property="og:type" content="article"><meta property="og:title" content="${tTitle}">
<meta property="article:section" content="Press Releases">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tTitle}","datePublished":"2026-03-03T09:14:00-06:00",
"author":[{"@type":"Person","name":"PR Newswire"}],"publisher":{"@type":"Organization","name":"WQDR 8 Quad Cities"}}</script>
<script>var nxsTrack = {"page_type":"article","section":"press-releases","syndication":"prnewswire"};</script></head>
<body class="post-template-default single single-post postid-1088412 single-format-standard">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div class="site-header__weather"><span class="weather-temp">34°</span><span class="weather-loc">Moline, IL</span></div>
<header class="site-header"><a href="/" class="site-header__logo">WQDR 8</a>
<nav class="site-header__nav"><ul class="menu">${links(tNav, 'menu-item')}</ul></nav>
<a href="/newsletters" class="site-header__newsletter">Get Our Newsletter</a></header>
<div class="ad-unit ad-unit--leaderboard"><span class="ad-unit__label">Advertisement</span><div id="acm-ad-tag-leaderboard"></div></div>
<main id="primary" class="site-main"><article class="article-wrapper">
<header class="article-header"><div class="article-kicker"><a href="/press-releases/">Press Releases</a></div><h1 class="article-title">${tTitle}</h1>
<div class="article-authors"><p class="article-byline">by: <a href="/author/pr-newswire/">PR Newswire</a></p>
<p class="article-date"><span class="article-date__label">Posted:</span> <time datetime="2026-03-03T09:14:00-06:00">Mar 3, 2026 / 09:14 AM CST</time></p>
<p class="article-date"><span class="article-date__label">Updated:</span> <time datetime="2026-03-03T09:14:00-06:00">Mar 3, 2026 / 09:14 AM CST</time></p></div>
<div class="article-share"><span class="article-share__label">SHARE</span>${links(['Facebook', 'X', 'Email'], 'share-item')}</div></header>
<div class="article-content article-body rich-text">
${ps(tP.slice(0, 2))}
<aside class="article-list article-list--trending"><h2 class="article-list__heading">Trending Stories</h2><ul>${links(tTrending)}</ul></aside>
${ps(tP.slice(2, 5))}
<div class="video-playlist dont-miss"><h2 class="video-playlist__heading">Don't Miss</h2><p>Watch: library telehealth booths explained in 60 seconds</p></div>
${ps(tP.slice(5))}
<p class="disclaimer"><em>The press release content above is provided by PR Newswire. WQDR 8 was not involved in its creation.</em></p>
</div></article>
<aside class="sidebar"><section class="widget"><h2 class="widget-title">Top Stories</h2><ul>${links(tTop)}</ul></section>
<div class="ad-unit ad-unit--rail"><span class="ad-unit__label">Advertisement</span></div></aside></main>
<footer class="site-footer"><ul class="site-footer__menu">${links(tFoot)}</ul><p>Copyright 2026 Nexstar Media Inc. All rights reserved.</p></footer>
<div id="nxs-consent" class="consent-banner"><p>We use cookies and data to deliver and maintain our services and to show you relevant ads.</p>
<button>Accept</button><button>Manage choices</button></div></body></html>`;
const localTv: TestPage = {
  name: 'heldout397-localtv-syndicated-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tP),
  bylines: ['by: PR Newswire', 'Posted: Mar 3, 2026 / 09:14 AM CST', 'Updated: Mar 3, 2026 / 09:14 AM CST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', '34°', 'Moline, IL', 'WQDR 8', ...tNav, 'Get Our Newsletter', 'Advertisement', 'SHARE', 'Facebook', 'Email',
    'Trending Stories', ...tTrending, "Don't Miss", 'Watch: library telehealth booths explained in 60 seconds',
    'The press release content above is provided by PR Newswire. WQDR 8 was not involved in its creation.', 'Top Stories', ...tTop, ...tFoot,
    'Copyright 2026 Nexstar Media Inc. All rights reserved.', 'We use cookies and data to deliver and maintain our services and to show you relevant ads.',
    'Accept', 'Manage choices',
  ],
};

export const HELDOUT397_D: readonly TestPage[] = [localTv, newswireCa];
