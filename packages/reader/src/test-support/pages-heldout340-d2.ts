import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout340-kit.js';

/**
 * Held-out batch 340, file d2: an AP story carried on a local TV station's WordPress site (the weather alert bar, the
 * station header with "Watch Live", the menu, the "National" section label, the AP byline with "Associated Press" and
 * posted / updated times, the share bar, the dateline, an image credit, the "Read more" link to the station's own story,
 * the AP copyright line, "Copyright" tag strip, the trending rail, the weather widget, the newsletter box and the footer).
 * Gold: the dateline at the start of the first paragraph is a byline; the paragraph's text after it is body.
 */
const title = 'Drought forces a second town on the Brackenridge plateau to truck in drinking water';
const dateline = 'HALLOWAY FLATS, N.M. (AP) —';
const paras = [
  j(
    'A second town on the drought-stricken Brackenridge plateau began trucking in drinking water this week after its last',
    'working well fell below the pump intake, officials said Wednesday, and a third community warned it could be next.',
  ),
  j(
    'Halloway Flats, a town of about 1,800 people, is receiving four tanker loads a day from a reservoir 60 miles away. Residents',
    'have been told to limit use to 50 gallons a household a day and to boil water used for drinking while the system is',
    'flushed.',
  ),
  j(
    '&quot;We knew the aquifer was dropping. We did not think it would drop this fast,&quot; said Mayor Ruth Ellingsworth, standing',
    'beside a 10,000-gallon tank set up in the school parking lot. &quot;People are being very patient, but patience is not a',
    'water plan.&quot;',
  ),
  j(
    'The plateau has had less than a third of its normal rainfall in each of the past three years, according to the state',
    'climate office. The neighboring town of Piñon Gap has been on trucked water since January.',
  ),
  j(
    'State officials have set aside 6 million dollars in emergency money to drill deeper wells in both towns, but drilling crews',
    'are booked for months and the first new well is not expected to be finished before the autumn.',
  ),
  j(
    'Farmers on the plateau say they have already sold off much of their cattle. Lorenzo Quintrell, who ran 200 head on land',
    'outside Halloway Flats, said he was down to 35. &quot;You can truck water for people,&quot; he said. &quot;You cannot truck',
    'enough for a herd.&quot;',
  ),
  j(
    'Hydrologists have warned for years that groundwater on the plateau is being pumped faster than it is replaced. A 2024 state',
    'study estimated that the aquifer had fallen by an average of two feet a year over the past two decades.',
  ),
  j(
    'Town officials in Copper Rim, about 20 miles north, said Wednesday that their wells were still producing but that water',
    'levels had fallen sharply since March. They have asked residents to stop watering lawns and washing cars.',
  ),
];
const nav = ['News', 'Weather', 'Sports', 'Video', 'Contests', 'Community', 'Watch Live'];
const trending = ['Crews battle grass fire near the county fairgrounds', 'Road work to close I-40 ramp overnight', 'Zoo welcomes twin lynx kittens'];
const tags = ['AP', 'National', 'Drought', 'New Mexico'];
const foot = [
  'Contact Us',
  'EEO Report',
  'FCC Public File',
  'Closed Captioning',
  'Privacy Policy',
  'Terms of Use',
  'Do Not Sell or Share My Personal Information',
];
const html = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${title} | KRGV 9 News Now</title>
<meta name="robots" content="max-image-preview:large"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:section" content="National"><meta name="author" content="Associated Press">
<link rel="canonical" href="https://www.krgv9.example/news/national/ap-drought-forces-a-second-town/">
${ld({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: title,
  author: [{ '@type': 'Person', name: 'Celia Marroquin' }],
  datePublished: '2026-06-03T15:12:00-06:00',
  dateModified: '2026-06-03T18:47:00-06:00',
})}
<script>window.nxsData={"page":{"type":"article","section":"national","syndication":"ap"}};</script>
<link rel="stylesheet" id="nexstar-main-css" href="https://www.krgv9.example/wp-content/themes/nexstar/client/build/css/main.css"></head>
<body class="post-template-default single single-post postid-902114 single-format-standard"><div class="site">
<div class="alert-bar alert-bar--weather"><a href="/weather/alerts/">Red Flag Warning in effect until 9 PM for the western plateau</a></div>
<header class="site-header"><a class="site-header__logo" href="/">KRGV 9 News Now</a>
<nav class="site-header__nav"><ul class="menu">${links(nav, 'menu-item')}</ul></nav></header>
<main id="main" class="site-main"><article class="article article--ap post-902114"><header class="article-header">
<div class="article-section"><a href="/news/national/">National</a></div><h1 class="article-title">${title}</h1>
<div class="article-byline"><p class="article-authors">by: <a href="/author/celia-marroquin-associated-press/">Celia Marroquin,
Associated Press</a></p><p class="article-date"><span>Posted: Jun 3, 2026 / 03:12 PM MDT</span></p>
<p class="article-date"><span>Updated: Jun 3, 2026 / 06:47 PM MDT</span></p></div>
<div class="article-share"><span class="article-share__label">SHARE</span><a class="share-facebook" href="#">Share on Facebook</a>
<a class="share-x" href="#">Share on X</a><a class="share-email" href="#">Email this story</a></div></header>
<figure class="article-featured-media"><img src="https://www.krgv9.example/wp-content/uploads/sites/9/2026/06/tank.jpg" alt="">
<figcaption class="article-featured-media__caption">A water tank set up in a school parking lot in Halloway Flats, N.M., on Tuesday.
<span class="article-featured-media__credit">(AP Photo/Desmond Alarcón)</span></figcaption></figure>
<div class="article-content article-body rich-text">
<p><span class="dateline">${dateline}</span> ${paras[0] ?? ''}</p>
${ps(paras.slice(1, 4))}
<p class="related-inline"><strong>Read more:</strong> <a href="/news/local/water-restrictions/">Water restrictions: what they mean in
our viewing area</a></p>
${ps(paras.slice(4))}
<p class="ap-copyright"><em>Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast,
rewritten or redistributed.</em></p></div>
<div class="article-tags"><span class="article-tags__label">Tags</span><ul>${links(tags)}</ul></div></article>
<aside class="sidebar"><section class="widget widget--trending"><h2 class="widget__title">Trending Stories</h2><ol>${links(trending)}</ol></section>
<section class="widget widget--weather"><h2 class="widget__title">Weather Forecast</h2><p class="temp">91°</p><p class="cond">Sunny and
windy</p></section><div class="ad-unit"><span class="ad-label">Advertisement</span></div>
<section class="widget widget--newsletter"><h2 class="widget__title">Get the 9 News Now newsletter</h2><p>Headlines and weather sent to
your inbox every morning.</p><button>Sign up</button></section></aside></main>
<footer class="site-footer"><ul>${links(foot)}</ul><p>© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.</p></footer></div></body></html>`;

export const localTvPage: TestPage = {
  name: 'heldout340-local-tv-ap-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(paras),
  bylines: ['by: Celia Marroquin, Associated Press', 'Posted: Jun 3, 2026 / 03:12 PM MDT', 'Updated: Jun 3, 2026 / 06:47 PM MDT', dateline],
  furniture: [
    'Red Flag Warning in effect until 9 PM for the western plateau',
    'KRGV 9 News Now',
    ...nav,
    'SHARE',
    'Share on Facebook',
    'Share on X',
    'Email this story',
    'A water tank set up in a school parking lot in Halloway Flats, N.M., on Tuesday.',
    '(AP Photo/Desmond Alarcón)',
    'Read more: Water restrictions: what they mean in our viewing area',
    'Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    'Tags',
    ...tags.filter((t) => t.length > 2),
    'Trending Stories',
    ...trending,
    'Weather Forecast',
    '91°',
    'Sunny and windy',
    'Advertisement',
    'Get the 9 News Now newsletter',
    'Headlines and weather sent to your inbox every morning.',
    'Sign up',
    ...foot,
    '© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.',
  ],
};
