import { links, ps, type TestPage, texts } from './page-kit.js';
import { bloomberg } from './pages-heldout18-a2.js';

/**
 * Held-out batch 18, file a: a New York Times-style article (css-* hashed classes, masthead and section nav, the story in
 * section[name="articleBody"] with StoryBodyCompanionColumn blocks, "Advertisement" labels between them, a lead image
 * with caption and credit, byline and timestamp, share tools, "Read 312 Comments", the print note, "Related Content",
 * "Site Index" and footer). The Bloomberg-style markets story of this file is in pages-heldout18-a2.ts.
 */
const nyTitle = 'A Small Vermont Town Bet Its Future on a Cooperative Grocery. Then the Flood Came.';
const nySum = 'When the river rose in July, the only store for 20 miles lost its shelves, its freezers and its insurance claim in a week.';
const nyBody1 = [
  'HARTWELL, Vt. — For three years, the Hartwell Community Market was the proof that a town of 1,400 people could keep a grocery ' +
    'store open on its own. Residents bought shares at $200 apiece, volunteers stocked the shelves on Sunday nights, and the store ' +
    'turned its first small profit last spring.',
  'Then, on the night of July 11, the Alder River climbed nine feet in five hours and poured through the front doors. By morning the ' +
    'water stood at the height of the checkout counters, and every freezer in the building had shorted out.',
  '“We had built the whole thing to survive a bad winter,” said Maureen Tetreault, a retired schoolteacher who chairs the ' +
    'cooperative’s board. “Nobody had built anything to survive a river in the produce aisle.”',
];
const nyH1 = 'An insurance policy that did not cover the water';
const nyBody2 = [
  'The cooperative’s policy, like most commercial policies in the state, excluded flood damage. The board had priced a separate ' +
    'flood policy in 2022 and found it would cost more than the store had earned in its best year.',
  'Within a week, members had raised $86,000 through a spreadsheet passed around at the town hall, enough to replace the freezers ' +
    'but not the floors, the wiring or the $41,000 of stock that was thrown into dumpsters in the parking lot.',
];
const nyH2 = 'A question every rural town is now asking';
const nyBody3 = [
  'Hartwell is one of at least 30 small communities in New England that have turned to cooperative or municipal ownership to keep ' +
    'a grocery store alive, according to a count by the Northern Rural Food Network, a nonprofit group in Montpelier.',
  'Many of them sit in river valleys, because that is where the old mill towns were built. Few carry flood coverage, and most have ' +
    'no cash reserve beyond a few weeks of operating costs.',
  'The Hartwell store reopened on a smaller scale in October, in the former fire station on higher ground. It sells bread, milk, ' +
    'eggs and whatever local farmers can bring, and the board has begun a second share drive to pay for a move that may be permanent.',
  '“People keep asking whether we will go back,” Ms. Tetreault said. “I tell them the store is the people, not the building.”',
];
const nyCaption = 'Volunteers cleared ruined stock from the Hartwell Community Market the morning after the Alder River flooded.';
const nyCredit = 'Caleb Morrow for The New York Times';
const nySections = ['World', 'U.S.', 'Politics', 'N.Y.', 'Business', 'Opinion', 'Science', 'Arts', 'Books', 'Style', 'Food', 'Travel'];
const nyRelated = [
  'After the Floods, Vermont Farmers Ask Who Pays for the Next One',
  'The Rural Grocery Store Is Disappearing. Some Towns Are Fighting Back.',
  'How a Quiet River Became One of New England’s Most Dangerous',
];
const nyIndex = ['Site Index', 'News', 'Arts', 'Lifestyle', 'Opinion', 'Games', 'Cooking', 'Wirecutter', 'The Athletic'];
const nyFoot = [
  '© 2025 The New York Times Company',
  'NYTCo',
  'Contact Us',
  'Accessibility',
  'Work with us',
  'Advertise',
  'T Brand Studio',
  'Your Ad Choices',
  'Privacy Policy',
  'Terms of Service',
  'Terms of Sale',
  'Site Map',
  'Help',
  'Subscriptions',
];
const nyPrint =
  'A version of this article appears in print on Nov. 9, 2025, Section A, Page 18 of the New York edition with the headline: ' +
  'A Town’s Grocery, Built by Neighbors, Washed Away by a River.';
const nyCol = (body: readonly string[]): string =>
  `<div class="css-53u6y8 StoryBodyCompanionColumn" data-testid="companionColumn-0"><div class="css-at9mc1 evys1bk0">
${ps(body, ' class="css-at9mc1 evys1bk0"')}
</div><aside class="css-ew4tgv" aria-label="companion column"></aside></div>`;
const nyAd = (n: number): string =>
  `<div id="story-ad-${n}-wrapper" class="ad story-ad-${n}-wrapper css-1tmrbkv"><div class="css-1gzrcxm"><div id="story-ad-${n}-slug" class="css-1ks6wru">
<p class="css-1u1ofdp">Advertisement</p></div><div id="story-ad-${n}" class="place-ad" data-position="story-ad"></div></div></div>`;
const nyHtml = `<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/"><head><meta charset="utf-8">
<title>${nyTitle} - The New York Times</title>
<meta data-rh="true" name="description" content="${nySum}"><meta data-rh="true" property="article:section" content="U.S.">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nyTitle}",
"datePublished":"2025-11-08T05:00:12.000Z","author":[{"@type":"Person","name":"Josephine Albright"}],"isAccessibleForFree":false,
"publisher":{"@type":"NewsMediaOrganization","name":"The New York Times"}}</script>
<style data-emotion="css 53u6y8 at9mc1">.css-at9mc1{font-family:nyt-imperial,georgia,serif;margin-bottom:.9375rem}</style></head>
<body><div id="app"><div><div class="css-1v8jh7r"><a class="css-1cf5f6e" href="#site-content">Skip to content</a>
<a class="css-1cf5f6e" href="#site-index">Skip to site index</a></div>
<header class="css-ahe4g0 e1m0pzr40"><section class="css-1ud4wuu"><div class="css-10488qs"><button aria-label="Sections Navigation &amp; Search"
class="css-fzvsed"></button><a data-testid="masthead-mini-nameplate" href="/" aria-label="New York Times homepage"></a></div>
<div class="css-6n7j50"><a href="/section/us" class="css-1wr3we4">U.S.</a><span class="css-1p9z4w7">|</span><a href="/section/climate">Climate</a></div>
<div class="css-1bymuyk"><a data-testid="share-tools-subscribe" href="/subscription">Subscribe for €1/week</a>
<a data-testid="login-button" href="/login">Log in</a></div></section>
<nav class="css-1bgjhdx" aria-label="Main"><ul class="css-1vxc2sl">${links(nySections, 'css-1b4m2hk')}</ul></nav></header>
<div id="top-wrapper" class="css-1sy8kpn">${nyAd(0)}</div>
<main id="site-content"><div class="css-1ubp8yc"><article id="story" class="meteredContent css-1ygdjhk">
<header class="css-1vkm6nb ehdk2mb0"><div class="css-1rm48cx"><span class="css-17xtcya"><a href="/section/us">U.S.</a></span></div>
<h1 data-testid="headline" class="css-v3oq8w e1h9rw200" id="link-2a1e8c3f">${nyTitle}</h1>
<p id="article-summary" class="css-79rysd e1wiw3jv0">${nySum}</p>
<div class="css-1wrfeci"><figure class="sizeLarge" aria-label="media" role="group"><div class="css-1xdhyk6"><picture><img alt=""
class="css-rq4mmj" src="https://static01.nyt.example/images/2025/11/08/multimedia/08vt-grocery-top.jpg?quality=75&amp;width=1024"></picture></div>
<figcaption class="css-1o7ks9p e1maroje0"><span class="css-cnj6d5 e1z0qqy90">${nyCaption}</span><span class="css-1m7qelt ewtqzk30">
<span class="css-1ly73wi e1tej78p0">Credit...</span><span>${nyCredit}</span></span></figcaption></figure></div>
<div class="css-1hdu8bz"><div class="css-1x1jxeu"><p class="css-aknsld e1jsehar1"><span class="css-1baulvz">By <a href="/by/josephine-albright"
class="css-n8ff4n e1jsehar0">Josephine Albright</a></span></p><p class="css-1mpm6gc">Josephine Albright reported from Hartwell, Vt.</p></div>
<div class="css-9hvr1a"><time class="css-1fcc2c8 e16638kd0" datetime="2025-11-08T00:00:12-05:00">Nov. 8, 2025</time></div></div>
<div class="css-1vqsryg"><button class="css-1oc1b6k" aria-label="Share full article">Share full article</button>
<a class="css-1bqdrau" href="#commentsContainer"><span class="css-1dtsvfy">Read 312 Comments</span></a></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
${nyCol(nyBody1)}
${nyAd(1)}
<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-at9mc1 evys1bk0"><h2 class="css-1qy6l7p eoo0vm40">${nyH1}</h2>
${ps(nyBody2, ' class="css-at9mc1 evys1bk0"')}</div></div>
${nyAd(2)}
<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-at9mc1 evys1bk0"><h2 class="css-1qy6l7p eoo0vm40">${nyH2}</h2></div></div>
${nyCol(nyBody3)}
</section>
<div class="bottom-of-article"><div class="css-1wyvbvw"><p class="css-1b7wjgo">Josephine Albright covers rural New England for the National desk.
She is based in Boston.</p><p class="css-1ubvwm5">${nyPrint}</p>
<div class="css-1ff0k6v"><a href="/subscription/multiproduct/lp8KQUS.html">Order Reprints</a><span> | </span><a href="/section/todayspaper">Today’s Paper</a>
<span> | </span><a href="/subscription">Subscribe</a></div></div>
<div id="commentsContainer" class="css-1rgt5qu"><button class="css-1bdnm4a">Read 312 Comments</button></div></div></article>
<div class="css-1n7gbqr"><section data-testid="inline-related" class="css-1t93adp"><h2 class="css-1kv6qi">Related Content</h2>
<ul class="css-1eqxtpf">${links(nyRelated, 'css-ye6x8s')}</ul></section></div>
${nyAd(3)}</div></main>
<nav id="site-index" class="css-1kaxhwf" aria-labelledby="site-index-label"><h2 id="site-index-label" class="css-1ctufsx">Site Index</h2>
<ul>${links(nyIndex.slice(1), 'css-1nhg6pv')}</ul></nav>
<footer role="contentinfo" class="css-1i8g3m4"><ul class="css-nqc3kj">${links(nyFoot, 'css-a7htku')}</ul></footer></div></div>
<script>window.__preloadedData={"initialState":{"Article:2a1e8c3f":{"commentStatus":"ACCEPT_AND_DISPLAY_COMMENTS","wordCount":912}}};</script>
<script src="https://static01.nyt.example/vi-assets/static-assets/main-1a7f3e0d.js" async></script></body></html>`;
const nyt: TestPage = {
  html: nyHtml,
  name: 'heldout18-nyt-article',
  kind: 'news',
  // the article-summary under the headline is the story's standfirst: body; the wire-style dateline "HARTWELL, Vt. —" stays
  // in its paragraph; the two h2s are the headings; "Josephine Albright" and "Nov. 8, 2025" are bylines ("By" in neither);
  // the "reported from" line, the lead caption and credit, the "Advertisement" labels (counted once), share tools, "Read 312
  // Comments" (twice, counted once), the tagline bio, the print note, reprint links, "Related Content", site index, masthead,
  // section nav and footer are furniture; the section label "U.S." is in the nav and the kicker, "Arts" and "Opinion" in
  // the nav and the site index: each counted once; the nav's "Food" is a word of the body ("Rural Food Network"): left out
  title: nyTitle,
  headings: [nyH1, nyH2],
  body: [nySum, ...texts(nyBody1), ...texts(nyBody2), ...texts(nyBody3)],
  bylines: ['Josephine Albright', 'Nov. 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to site index', 'Climate', 'Subscribe for €1/week', 'Log in',
    ...nySections.filter((t) => t !== 'Food'), 'Advertisement', nyCaption, 'Credit...',
    nyCredit, 'Josephine Albright reported from Hartwell, Vt.', 'Share full article', 'Read 312 Comments',
    'Josephine Albright covers rural New England for the National desk. She is based in Boston.', nyPrint, 'Order Reprints', 'Today’s Paper',
    'Subscribe', 'Related Content', ...nyRelated, 'Site Index', 'News', 'Lifestyle', 'Games', 'Cooking', 'Wirecutter', 'The Athletic', ...nyFoot,
  ],
};

export const HELDOUT18_A: readonly TestPage[] = [nyt, bloomberg];
