import { links, type TestPage, texts } from './page-kit.js';
import { gannettStory } from './pages-heldout135-a2.js';

/**
 * Held-out batch 135, file a: a Nexstar local TV station story on the station's WordPress VIP site (weather alert bar, the
 * station nav with the temperature widget, the category label, "by:" author line, Posted / Updated times, the share list, the
 * featured video with its caption, inline "RELATED:" link lines and the mid-article "Top Stories" list inside the article
 * body, ad slots, the station copyright line under the text, the newsletter box, "Trending Stories" and "Video Now" rails,
 * the FCC-heavy footer and the OneTrust banner) and, from file a2, a Gannett local newspaper story.
 */
const nxTitle = 'Boil advisory lifted for 14,000 Millbrook customers two days after Lakeview Avenue main break';
const nxP1 = [
  'MILLBROOK, Ohio (WKRV) — Residents on Millbrook’s east side can drink their tap water again after city officials lifted a boil ' +
    'advisory Friday afternoon, two days after a 24-inch water main burst beneath Lakeview Avenue and flooded three blocks of the street.',
  'The advisory, which covered about 14,000 homes and businesses, was lifted at 3:30 p.m. after two rounds of water samples came back ' +
    'clean from the Ohio EPA-certified lab in Dunmore Falls, according to the Millbrook Department of Public Utilities.',
  'Utilities director Renata Stroud said crews worked through the night Wednesday and most of Thursday to replace a 20-foot section ' +
    'of cast iron pipe that was installed in 1957.',
  '“This is one of the oldest transmission lines we have on that side of town, and it let go all at once,” Stroud said at a news ' +
    'conference outside the Lakeview pump station. “We are grateful for everyone’s patience. We know two days without safe tap water ' +
    'is a real hardship, especially for families with small kids.”',
];
const nxRelated1 = 'Millbrook council approves 9% water rate increase to fund pipe replacement';
const nxP2 = [
  'The break happened shortly after 6 a.m. Wednesday near the intersection of Lakeview Avenue and Corbett Street. Video shot by a ' +
    'neighbor and shared with WKRV shows water bubbling up through the asphalt before a section of the road buckled.',
  'Three homes had water in their basements, and a school bus route for Harlan Elementary was detoured for two days. No one was hurt.',
  'During the advisory, the city handed out more than 30,000 bottles of water at the Eastside Community Center and the Millbrook ' +
    'Public Library branch on Dorsey Road. The Harlow County chapter of the Red Cross helped deliver cases to about 200 elderly ' +
    'residents who could not get to the pickup sites.',
];
const nxTop = [
  'Man charged after chase ends in crash on Route 9',
  'Harlow County fair sets attendance record',
  'Frost advisory issued for parts of northern Ohio this weekend',
];
const nxP3 = [
  'Now that the advisory is over, the utilities department is asking residents to run cold water taps for five minutes before using ' +
    'the water, and to throw out any ice, baby formula or drinks made with tap water between Wednesday morning and Friday afternoon.',
  'Residents whose water looks cloudy or brown should run the cold tap until it runs clear, Stroud said. Anyone who still sees ' +
    'discoloration after 15 minutes is asked to call the department’s customer line.',
  'Lakeview Avenue between Corbett and Pine streets will stay closed to traffic until at least Tuesday while crews repave the road. ' + 'Detours are posted.',
  'The city council is scheduled to vote later this month on a $4.2 million contract to replace another 1.6 miles of cast iron pipe ' +
    'on the east side. Council member Tomás Ibarra, who represents the ward, said Wednesday’s break shows why the work cannot wait.',
  '“We have been talking about these pipes for ten years,” Ibarra said. “Every year we wait, we are gambling.”',
];
const nxRelated2 = 'What to do when a boil advisory is issued in your area';
const nxNav = ['News', 'Weather', 'Sports', 'Video', 'Live', 'Community', 'Contests', 'Newsletters', 'Jobs'];
const nxAlert = ['1 Active Weather Alert', 'Frost Advisory until SAT 9:00 AM EDT'];
const nxCaption = 'Crews replace a section of a 24-inch water main under Lakeview Avenue in Millbrook on Thursday.';
const nxCopy = 'Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.';
const nxNews = [
  'Get the latest local news sent straight to your inbox',
  'Sign up for WKRV newsletters',
  'By signing up, you agree to our Terms of Use and acknowledge that your information will be used as described in our Privacy Policy.',
];
const nxTrending = [
  'Millbrook police identify woman found in Pike Creek',
  'New bakery opens in former Harlan bank building',
  'School board delays vote on later start times',
  'Crash closes eastbound lanes of I-71 for hours',
  'Ridgeway Mall to lose its last department store',
];
const nxVideo = ['Your Friday evening forecast', 'Friday Night Frenzy: Week 6 highlights', 'Pet of the Week: Biscuit'];
const nxFoot = [
  'About Us',
  'Contact Us',
  'Careers',
  'Advertise With Us',
  'FCC Public File',
  'FCC Applications',
  'EEO Report',
  'Closed Captioning',
  'Privacy Policy',
  'Terms Of Use',
  'Public File Assistance Contact',
  'Do Not Sell or Share My Personal Information',
];
const nxCookie =
  'We use cookies and similar technologies to personalize content and ads, to provide social media features and to analyze our ' +
  'traffic. You can change your choices at any time.';
const nxShare = ['Share on Facebook', 'Share on X', 'Share via email', 'Copy link'];
const nxPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const nxRelated = (t: string): string => `<p><strong>RELATED:</strong> <a href="https://www.wkrv8.com/news/local-news/${t.length}/">${t}</a></p>`;
const nxAd = (id: string): string => `<div class="ad-unit ad-unit--in-article" data-ad-unit="${id}" data-targeting="{&quot;pos&quot;:&quot;${id}&quot;}">
<div class="ad-unit__label">Advertisement</div><div id="acm-ad-tag-${id}" class="acm-ad-tag"></div></div>`;
const nxHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Boil advisory lifted for 14,000 Millbrook customers two days after Lakeview Avenue main break | WKRV</title>
<meta name="description" content="Residents on Millbrook's east side can drink their tap water again after city officials lifted a boil advisory Friday.">
<meta property="og:site_name" content="WKRV"><meta property="og:type" content="article"><meta property="og:title" content="${nxTitle}">
<meta property="article:section" content="Local News"><meta property="article:published_time" content="2025-10-03T16:12:08+00:00">
<link rel="canonical" href="https://www.wkrv8.com/news/local-news/boil-advisory-lifted-for-14000-millbrook-customers/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nxTitle}","datePublished":"2025-10-03T16:12:08-04:00",
"dateModified":"2025-10-03T18:45:31-04:00","author":[{"@type":"Person","name":"Dana Whitcomb","url":"https://www.wkrv8.com/author/dana-whitcomb/"}],
"publisher":{"@type":"Organization","name":"WKRV","logo":{"@type":"ImageObject","url":"https://www.wkrv8.com/wp-content/uploads/sites/88/logo.png"}}}</script>
<script>window.nxsData = {"pageType":"article","postId":1052219,"station":"wkrv","market":"millbrook-oh","category":"local-news","isSponsored":false};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<link rel="stylesheet" id="nexstar-css" href="https://www.wkrv8.com/wp-content/themes/nexstar-wv/client/build/css/main.min.css?ver=5.61.0"></head>
<body class="post-template-default single single-post postid-1052219 single-format-standard nxs-light nxs-station-wkrv">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="site-alerts"><div class="weather-alert-bar" data-module="weather-alerts"><a href="https://www.wkrv8.com/weather/alerts/">
<span class="weather-alert-bar__count">${nxAlert[0]}</span><span class="weather-alert-bar__title">${nxAlert[1]}</span></a></div></div>
<header class="site-header" id="site-header" role="banner"><div class="site-header__inner">
<a class="site-header__logo" href="https://www.wkrv8.com/"><img src="https://www.wkrv8.com/wp-content/uploads/sites/88/logo.svg" alt="WKRV"></a>
<div class="site-header__weather"><a class="weather-widget" href="https://www.wkrv8.com/weather/"><span class="weather-widget__temp">61°</span>
<span class="weather-widget__location">Millbrook, OH</span></a><span class="weather-widget__sponsor">Sponsored By</span></div>
<button class="site-header__menu-toggle" aria-controls="site-nav" aria-expanded="false"><span class="screen-reader-text">Menu</span></button>
<nav class="site-header__nav" id="site-nav" aria-label="Main Menu"><ul class="site-header__menu">${links(nxNav, 'menu-item')}</ul></nav>
<a class="site-header__watch-live" href="https://www.wkrv8.com/live/">Watch Now</a>
<button class="site-header__search-toggle"><span class="screen-reader-text">Search</span></button></div></header>
<main id="main" class="site-main"><div class="site-content site-content--article"><div class="article-wrap">
<article class="article article--single post-1052219 post type-post status-publish" id="post-1052219">
<header class="article-header"><div class="article-header__category"><a href="https://www.wkrv8.com/news/local-news/">Local News</a></div>
<h1 class="article-title">${nxTitle}</h1>
<div class="article-meta"><p class="article-authors">by: <a href="https://www.wkrv8.com/author/dana-whitcomb/" rel="author">Dana Whitcomb</a></p>
<p class="article-date">Posted: <time datetime="2025-10-03T16:12:08-04:00">Oct 3, 2025 / 04:12 PM EDT</time></p>
<p class="article-date article-date--updated">Updated: <time datetime="2025-10-03T18:45:31-04:00">Oct 3, 2025 / 06:45 PM EDT</time></p></div>
<div class="article-share"><span class="article-share__label">SHARE</span><ul class="share-buttons">
${nxShare.map((t) => `<li><a class="share-buttons__link" href="#" rel="noopener"><span class="screen-reader-text">${t}</span></a></li>`).join('\n')}</ul></div>
</header>
<div class="article-featured-media"><figure class="article-featured-media__video"><div class="jwplayer-wrapper" data-playlist="a8Yq3kLm"
data-autostart="viewable"><div id="jw-player-a8Yq3kLm" class="jw-player"></div></div>
<figcaption class="article-featured-media__caption">${nxCaption}</figcaption></figure></div>
<div class="article-content article-body rich-text">
${nxPs(nxP1)}
${nxRelated(nxRelated1)}
${nxAd('mid-article-1')}
${nxPs(nxP2)}
<aside class="article-list article-list--inline article-list--top-stories" data-module="top-stories">
<h2 class="article-list__heading">Top Stories from WKRV</h2><ul class="article-list__list">
${nxTop
  .map(
    (t, i) => `<li class="article-list__item"><article class="article-list__article"><h3 class="article-list__article-title">
<a class="article-list__article-link" href="https://www.wkrv8.com/news/${i}/">${t}</a></h3></article></li>`,
  )
  .join('\n')}</ul></aside>
${nxPs(nxP3)}
${nxRelated(nxRelated2)}
${nxAd('mid-article-2')}
</div>
<p class="article-copyright">${nxCopy}</p>
</article>
<section class="newsletter-signup" data-module="newsletter"><h2 class="newsletter-signup__title">${nxNews[0]}</h2>
<form class="newsletter-signup__form"><label class="newsletter-signup__label" for="nl-email">${nxNews[1]}</label>
<input id="nl-email" type="email" placeholder="Email address"><button type="submit">Subscribe</button>
<p class="newsletter-signup__legal">${nxNews[2]}</p></form></section></div>
<aside class="sidebar" role="complementary"><div class="ad-unit ad-unit--sidebar"><div class="ad-unit__label">Advertisement</div>
<div id="acm-ad-tag-sidebar-1" class="acm-ad-tag"></div></div>
<section class="widget widget--trending"><h2 class="widget__title">Trending Stories</h2><ol class="widget__list">
${links(nxTrending, 'widget__item')}</ol></section>
<section class="widget widget--video-now"><h2 class="widget__title">Video Now</h2><ul class="widget__list">
${links(nxVideo, 'widget__item widget__item--video')}</ul></section></aside></div></main>
<footer class="site-footer" role="contentinfo"><div class="site-footer__inner">
<a class="site-footer__logo" href="https://www.wkrv8.com/"><img src="https://www.wkrv8.com/wp-content/uploads/sites/88/logo-white.svg" alt="WKRV"></a>
<ul class="site-footer__menu">${links(nxFoot, 'menu-item')}</ul>
<p class="site-footer__copyright">© 1998 - 2025 Nexstar Media Inc. | All Rights Reserved.</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><div id="onetrust-policy-text">${nxCookie}</div></div><div id="onetrust-button-group-parent">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="https://www.wkrv8.com/wp-content/themes/nexstar-wv/client/build/js/main.min.js?ver=5.61.0" defer></script></body></html>`;
const nexstarStory: TestPage = {
  html: nxHtml,
  name: 'heldout135-nexstar-local-tv-news',
  kind: 'news',
  // the "MILLBROOK, Ohio (WKRV) —" dateline opens the first paragraph and stays in it (body); the "RELATED:" link lines and the
  // "Top Stories from WKRV" list inside the article body, the caption and the copyright line under the text are furniture
  title: nxTitle,
  headings: [],
  body: texts([...nxP1, ...nxP2, ...nxP3]),
  bylines: ['by: Dana Whitcomb', 'Posted: Oct 3, 2025 / 04:12 PM EDT', 'Updated: Oct 3, 2025 / 06:45 PM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nxAlert, '61°', 'Millbrook, OH', 'Sponsored By', 'Menu', ...nxNav, 'Watch Now', 'Search', 'Local News', 'SHARE', ...nxShare,
    nxCaption, `RELATED: ${nxRelated1}`, `RELATED: ${nxRelated2}`, 'Advertisement', 'Top Stories from WKRV', ...nxTop, nxCopy, ...nxNews, 'Subscribe',
    'Trending Stories', ...nxTrending, 'Video Now', ...nxVideo, ...nxFoot, '© 1998 - 2025 Nexstar Media Inc. | All Rights Reserved.', nxCookie,
    'Cookie Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT135_A: readonly TestPage[] = [nexstarStory, gannettStory];
