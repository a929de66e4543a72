import { links, type TestPage, texts } from './page-kit.js';
import { leMondeStory } from './pages-heldout116-f2.js';

/**
 * Held-out batch 116, file f: a local TV station story on Gray Media's Arc XP template (the weather-alert band, the station
 * header with the current temperature, "Watch Live" and the section nav, the h1, the lede video with its title, the "By" line
 * and Published / Updated lines, the share buttons with their screen-reader labels, styled-component paragraphs, the app
 * download line and the "Copyright 2025 ... All rights reserved." line closing the body, the "Most Read" and "Latest News"
 * rails, the newsletter box and the station footer with its FCC links) and, from file f2, a Le Monde in English article.
 */
const gyTitle = 'Ashford council approves $2.1 million fix for flooding on Cedar Ridge Road';
const gyBody = [
  'ASHFORD, Iowa (KBVT) - After years of complaints from neighbors, the Ashford City Council voted 6-1 Monday night to spend ' +
    '$2.1 million on drainage work meant to stop Cedar Ridge Road from flooding every spring.',
  'The road, which connects the east side of town to Highway 30, has been closed at least a dozen times in the last five years ' +
    'when heavy rain or melting snow overwhelmed the culverts that run beneath it.',
  'Residents packed council chambers for the vote. Several told council members they had been forced to take a 15-minute detour ' +
    'to get to work or school while the road was under water.',
  '“I have lived out here for 22 years, and every March I know I am going to be stuck on the wrong side of that dip,” said Karen ' +
    'Lindholm, who lives about half a mile from the low spot. “I am just glad somebody finally listened.”',
  'City engineer Marcus Olsen said the plan replaces two undersized culverts with a larger concrete box culvert and raises ' +
    'about 800 feet of the roadway by roughly two feet. A new retention pond will also be dug on city-owned land to the north ' +
    'to slow runoff from nearby fields.',
  'Olsen said the design should handle a storm that is expected to happen once every 50 years, compared with the current ' +
    'culverts, which can flood after a heavy rain of just a couple of inches.',
  'Most of the money will come from the city’s road fund and a state grant for rural infrastructure. Council member Dale ' +
    'Westergaard, who cast the only vote against the project, said he supported fixing the road but worried the city was ' +
    'spending too much of its reserves at once.',
  'Construction is expected to begin in July and wrap up before the end of October. Cedar Ridge Road will be closed between ' +
    'Meadow Lane and Highway 30 during the work, and the city says detour signs will be posted.',
  'The city plans to hold an open house at the public library next month where residents can see the design and ask questions.',
];
const gyApp = 'Download the KBVT 8 News app to get breaking news alerts on your phone.';
const gyCopy = 'Copyright 2025 KBVT. All rights reserved.';
const gyAlert = ['WEATHER ALERT', 'Flood Watch in effect until 7 AM Tuesday for Ashford and Benton counties'];
const gyNav = ['News', 'Weather', 'First Alert Weather', 'Sports', 'Community', 'Contests', 'Submit a News Tip', 'About Us', 'Jobs at KBVT'];
const gyVideo = 'Ashford approves plan to fix flooding on Cedar Ridge Road';
const gyShare = ['Share on Facebook', 'Email This Link', 'Share on X (formerly Twitter)', 'Share on Pinterest', 'Share on LinkedIn'];
const gyMost = [
  'Two hurt in crash at Highway 30 and Main Street',
  'Ashford school board names new superintendent',
  'Popular downtown bakery announces it will close next month',
];
const gyLatest = [
  'Benton County deputies searching for missing 16-year-old',
  'Spring burn ban lifted in three counties',
  'High school robotics team heads to state finals',
];
const gyNews = ['Get the KBVT 8 News newsletter', 'The day’s top stories, delivered to your inbox every morning.', 'Sign Up'];
const gyFoot = [
  'Public Inspection File',
  'FCC Applications',
  'Terms of Service',
  'Privacy Policy',
  'EEO Statement',
  'Advertising',
  'Digital Advertising',
  'Closed Captioning/Audio Description',
  'Do Not Sell or Share My Personal Information',
];
const gyAddr = ['KBVT', '1400 Riverside Drive', 'Ashford, IA 50142', '(641) 555-0180', 'publicfile@kbvt8.example'];
const gyP = (p: string): string => `<p class="default__StyledText-sc-1wxyvyl-0 gTjRGm body-paragraph">${p}</p>`;
const gyAd = (n: number): string => `<div class="arcad ad-${n} article-ad"><div class="ad-label">Advertisement</div>
<div id="arcad_feature_${n}" class="arcad-container"></div></div>`;
const gyHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ashford council approves $2.1 million fix for flooding on Cedar Ridge Road</title>
<meta name="description" content="The Ashford City Council voted 6-1 to spend $2.1 million on drainage work on Cedar Ridge Road.">
<meta property="og:title" content="${gyTitle}"><meta property="og:site_name" content="https://www.kbvt8.example">
<meta property="article:published_time" content="2025-03-03T22:42:00.000Z"><meta name="author" content="Jenna Halvorsen">
<link rel="canonical" href="https://www.kbvt8.example/2025/03/03/ashford-council-approves-21-million-fix-flooding-cedar-ridge-road/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gyTitle}","author":[{"@type":"Person",
"name":"Jenna Halvorsen"}],"datePublished":"2025-03-03T22:42:00.000Z","dateModified":"2025-03-04T02:10:00.000Z",
"publisher":{"@type":"Organization","name":"KBVT"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="kbvt";Fusion.deployment="1032";Fusion.globalContent={"type":"story"};</script>
<script src="/pf/dist/engine/react.js?d=1032&amp;mxId=00000000" defer></script></head>
<body><div id="fusion-app"><div class="alert-bar weather-alert"><span class="alert-bar__label">${gyAlert[0]}</span>
<a href="/weather/alerts/">${gyAlert[1]}</a></div>
<header class="site-header"><a class="site-logo" href="/" aria-label="KBVT 8 News"><img src="/resources/images/kbvt-logo.svg" alt="KBVT 8 News"></a>
<div class="header-weather"><span class="header-weather__temp">41°</span><span class="header-weather__city">Ashford</span></div>
<a class="watch-live-button" href="/livestream/">Watch Live</a><nav class="site-nav" aria-label="Sections"><ul>${links(gyNav, 'site-nav__item')}</ul></nav>
</header><main class="main-wrapper"><article class="article-wrapper"><div class="headline-wrapper">
<h1 class="headline__text" role="heading" aria-level="1">${gyTitle}</h1></div>
<div class="lead-art-wrapper"><div class="powa-shot" data-uuid="8f2b3c1e"><div class="powa" data-org="gray"></div></div>
<p class="video-headline">${gyVideo}</p><p class="video-credit">(KBVT)</p></div>
<div class="article-meta"><div class="byline">By <a class="author-link" href="/author/jenna-halvorsen/">Jenna Halvorsen</a></div>
<div class="article-dates"><span class="published-date">Published: Mar. 3, 2025 at 4:42 PM CST</span>
<span class="updated-date">Updated: Mar. 3, 2025 at 8:10 PM CST</span></div></div>
<div class="share-bar">${gyShare.map((t) => `<button class="share-btn" type="button"><span class="sr-only">${t}</span></button>`).join('')}</div>
<div class="article-body">
${gyBody.slice(0, 4).map(gyP).join('\n')}
${gyAd(1)}
${gyBody.slice(4, 8).map(gyP).join('\n')}
${gyAd(2)}
${gyBody.slice(8).map(gyP).join('\n')}
${gyP(`<a href="/page/apps/">${gyApp}</a>`)}
${gyP(`<em>${gyCopy}</em>`)}
</div></article>
<aside class="right-rail"><section class="most-read"><h2 class="rail-title">Most Read</h2><ol>${links(gyMost)}</ol></section>
<section class="latest-news"><h2 class="rail-title">Latest News</h2><ul>${links(gyLatest)}</ul></section>${gyAd(3)}
<section class="newsletter-signup"><h2>${gyNews[0]}</h2><p>${gyNews[1]}</p><form><input type="email" aria-label="Email">
<button type="submit">${gyNews[2]}</button></form></section></aside></main>
<footer class="site-footer"><div class="footer-station">${gyAddr.map((t) => `<div>${t}</div>`).join('')}</div><ul>${links(gyFoot)}</ul>
<p class="footer-copyright">A Gray Media Group, Inc. Station - © 2002-2025 Gray Television, Inc.</p></footer></div></body></html>`;
const grayStation: TestPage = {
  html: gyHtml,
  name: 'heldout116-gray-local-tv-news',
  kind: 'news',
  // the "ASHFORD, Iowa (KBVT) -" dateline opens the first paragraph and stays part of it (body); the app line and the copyright
  // line closing the body and the lede video's title are furniture
  title: gyTitle,
  headings: [],
  body: texts(gyBody),
  bylines: ['By Jenna Halvorsen', 'Published: Mar. 3, 2025 at 4:42 PM CST', 'Updated: Mar. 3, 2025 at 8:10 PM CST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gyAlert, '41°', 'Ashford', 'Watch Live', ...gyNav, gyVideo, '(KBVT)', ...gyShare, 'Advertisement', gyApp, gyCopy, 'Most Read', ...gyMost,
    'Latest News', ...gyLatest, ...gyNews, ...gyAddr, ...gyFoot, 'A Gray Media Group, Inc. Station - © 2002-2025 Gray Television, Inc.',
  ],
};

export const HELDOUT116_F: readonly TestPage[] = [grayStation, leMondeStory];
