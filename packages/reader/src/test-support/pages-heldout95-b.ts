import { type TestPage, texts } from './page-kit.js';
import { guardianStory } from './pages-heldout95-b2.js';

/**
 * Held-out batch 95, file b: a New York Times story as nytimes.com serves it (skip links, the masthead with section name,
 * "Subscribe" and "Log in", the top ad with "SKIP ADVERTISEMENT", the headline and the `#article-summary` dek, the lead
 * image with caption and "Credit..." line, the byline with "Reporting from", the timestamp, "Listen to this article", the
 * share tools with "Share full article" and the comment count, `section[name=articleBody]` companion columns with ad slots
 * between them, the author bio and print line, "See more on", the "Trending in The Times" rail, the hidden gateway text,
 * the site index and footer, and the tracker dock) and, from file b2, a Guardian story.
 */
const nyTitle = 'In a Norwegian Fishing Town, a Fight Over Who Owns the Fjord';
const nyDek = 'A plan to put salmon pens at the mouth of Sølvik’s fjord has split a town of 1,900 people between old jobs and new ones.';
const nyParas = [
  'SØLVIK, Norway — For three generations, the Haugland family has set its cod nets in the same stretch of water, a deep green channel where the ' +
    'fjord opens onto the sea. Next spring, if the regional council approves, that channel will hold 14 floating pens and about a million farmed salmon.',
  '“They tell us the pens will take up only a little of the fjord,” said Jon Haugland, 61, standing on the quay as his son unloaded the morning’s ' +
    'catch. “It is the little where the fish are.”',
  'The dispute in Sølvik, a town of 1,900 people about 200 miles north of the Arctic Circle, has become a small version of an argument running along ' +
    'the whole coast: whether the country’s booming fish-farming industry is a lifeline for remote places or a threat to the fisheries that built them.',
  'The company behind the project, Nordhav Aqua, says it would create 35 permanent jobs in Sølvik and pay about 9 million kroner, roughly $850,000, ' +
    'a year to the municipality in production fees. The town’s fish plant closed in 2017, and the school has lost a fifth of its pupils since then.',
  '“I understand the fishermen. My grandfather was one,” said Ingrid Bakke, Nordhav’s local manager, who grew up in a village across the fjord. ' +
    '“But young people are not staying for the cod. They might stay for a job with a salary and a pension.”',
  'Opponents point to the record of farms elsewhere on the coast, where outbreaks of sea lice have spread to wild salmon and trout in nearby rivers. ' +
    'The government’s own marine research agency rated the waters around Sølvik as “high risk” for lice in its latest review.',
  'The company says it will use closed pens with lice skirts and treat water with warm baths rather than chemicals, methods it says have cut ' +
    'infections at its other sites by more than half. Critics say the results have not been independently checked.',
  'The question has divided families. At the town’s only café, regulars say they have learned to avoid the subject. A petition against the farm ' +
    'gathered 640 signatures; a Facebook group in favor has nearly as many members.',
  'Mayor Siri Nordvik, who has not said how she will vote, described the choice as the hardest of her two terms. “Whatever we decide,” she said, ' +
    '“half the town will believe we sold the other half.”',
  'The regional council is expected to decide in December. On the quay, Mr. Haugland said he would keep fishing either way. “The sea was here before ' +
    'the company,” he said, “and it will be here after.”',
];
const nyCap = 'Jon Haugland, left, and his son Erik unloading cod in Sølvik, Norway, this month.';
const nyCredit = 'Mats Eklund for The New York Times';
const nyBio = 'Helena Strand is the Nordic correspondent for The Times, based in Oslo. She covers Norway, Sweden, Denmark, Finland and Iceland.';
const nyPrint =
  'A version of this article appears in print on Oct. 5, 2025, Section A, Page 9 of the New York edition with the headline: Salmon Pens Split a ' +
  'Fishing Town.';
const nySee = ['Norway', 'Fishing, Commercial', 'Salmon', 'Aquaculture'];
// biome-ignore format: rail titles are packed
const nyTrend = [
  'How a Tiny Island Became Europe’s Busiest Ferry Stop', 'The Night Trains Are Back. Are the Passengers?', 'Inside the Race to Save a Sinking Harbor Town',
  'What to Know About the New Nordic Pension Rules', 'A Lighthouse Keeper, a Storm and 40 Stranded Sailors',
];
const nyGate = [
  'Thank you for your patience while we verify access. If you are in Reader mode please exit and log into your Times account, or subscribe for all ' +
    'of The Times.',
  'Thank you for your patience while we verify access.',
  'Already a subscriber? Log in.',
  'Want all of The Times? Subscribe.',
];
const nyIndex = ['News', 'Arts', 'Lifestyle', 'Opinion', 'Audio', 'Games', 'Cooking', 'Wirecutter', 'The Athletic'];
// biome-ignore format: packed
const nyFoot = [
  '© 2025 The New York Times Company', 'NYTCo', 'Contact Us', 'Accessibility', 'Work with us', 'Advertise', 'T Brand Studio', 'Your Ad Choices',
  'Privacy Policy', 'Terms of Service', 'Terms of Sale', 'Site Map', 'Help', 'Subscriptions',
];
const nyDock = [
  'Your tracker settings',
  'We use cookies and similar methods to recognize visitors and remember their preferences. We also use them to measure ad campaign ' +
    'effectiveness, target ads and analyze site traffic.',
  'Manage trackers',
  'Accept all',
  'Reject all',
];
const p = (t: string): string => `<p class="css-at9mc1 evys1bk0">${t}</p>`;
const col = (n: number, paras: readonly string[]): string =>
  `<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-${n}"><div class="css-53u6y8">\n${paras.map(p).join('\n')}\n</div></div>`;
const ad = (id: string): string => `<div data-testid="StandardAd" class="css-79elbk"><div class="ad ${id}-wrapper css-rfqw0c" id="${id}-wrapper">
<div id="${id}-slug" class="ad-slug css-1wnkxgc"><p>Advertisement</p></div><a href="#after-${id}" class="css-1ly73wi e1xxpj0j0"><p>SKIP ADVERTISEMENT</p></a>
<div class="ad ${id}" data-testid="${id}" id="${id}"></div><div id="after-${id}" class="css-1mz4ukz"></div></div></div>`;
const nyHtml = `<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/"><head><meta charset="utf-8">
<title>In a Norwegian Fishing Town, a Fight Over Who Owns the Fjord - The New York Times</title>
<meta data-rh="true" name="description" content="${nyDek}"><meta data-rh="true" property="og:title" content="${nyTitle}">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" name="byl" content="By Helena Strand">
<meta data-rh="true" property="article:section" content="World"><meta data-rh="true" property="article:published_time" content="2025-10-04T05:00:10.000Z">
<link data-rh="true" rel="canonical" href="https://www.nytimes.com/2025/10/04/world/europe/norway-solvik-salmon-farm.html">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nyTitle}",
"description":"${nyDek}","datePublished":"2025-10-04T05:00:10.000Z","author":[{"@context":"https://schema.org","@type":"Person","name":"Helena Strand",
"url":"https://www.nytimes.com/by/helena-strand"}],"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,
"cssSelector":".meteredContent"},"publisher":{"@id":"https://www.nytimes.com/#publisher"}}</script>
<script>window.vi = window.vi || {}; vi.env = {"AUTH_HOST":"https://myaccount.nytimes.com","GQL_FETCH_TIMEOUT":"4000"};</script>
<link rel="stylesheet" href="/vi-assets/static-assets/global-6b9a2f1c.css"></head>
<body><div id="app"><div><div class="NYTAppHideMasthead css-1r6wvpq e1m0pzr40"><header class="css-ahe4g0 e1m0pzr41">
<section class="css-1lvn2rs e1m0pzr42"><div class="css-10488qs"><a class="css-1fnhd8c" href="#site-content">Skip to content</a><a class="css-1fnhd8c"
href="#site-index">Skip to site index</a></div><div class="css-1txwxcy ea180rp0"><button aria-label="Sections Navigation &amp; Search" data-testid="nav-button"
class="css-fzvsed"></button></div><div class="css-nhjhh0 e1m0pzr43"><span class="css-1hyfx7x">Europe</span></div>
<div class="css-10698na e1huz5gh0"><a href="https://www.nytimes.com/" data-testid="masthead-mini-nyt-logo" aria-label="New York Times homepage"><svg
viewBox="0 0 184 25"></svg></a></div><div class="css-6n7j50"><a data-testid="masthead-mini-subscribe" class="css-1kj7lfb"
href="https://www.nytimes.com/subscription">Subscribe for €1/week</a><a href="https://myaccount.nytimes.com/auth/login" class="css-1kj7lfb">Log in</a>
</div></section></header></div>
<main id="site-content"><div><div class="css-1dwqd4n" id="top-wrapper">${ad('top')}</div>
<div id="after-top"></div><article id="story" class="css-1vxca1d e1lmdhsb0"><header class="css-1vkm6nb ehdk2mb0">
<div class="css-1kpnoe4"><h1 class="css-88wicj e1h9rw200" data-testid="headline" id="link-6c8a1f">${nyTitle}</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">${nyDek}</p>
<div class="css-1g8mcmh"><figure class="sizeMedium layoutHorizontal css-1kp6wpz" aria-label="media" role="group"><div data-testid="imageblock-wrapper"
class="css-1xdhyk6"><picture><img alt="Two men unloading crates of fish on a wooden quay." class="css-rq4mmj" src="https://static01.nyt.com/images/2025/10/
04/multimedia/04norway-salmon-01/04norway-salmon-01-articleLarge.jpg?quality=75&amp;auto=webp" decoding="async" width="600" height="400"></picture></div>
<figcaption class="css-1l5bhtr ewdxa0s0"><span class="css-jevhq3 e13ogyst0">${nyCap}</span><span class="css-cnj6d5 e1z0qqy90"><span
class="css-1u46b97 e1z0qqy91">Credit...</span><span>${nyCredit}</span></span></figcaption></figure></div>
<div class="css-xt80pu eaqvv8p0"><div class="css-1bb6lk4 e1jsehar2"><div class="css-1m6djjh"><p class="css-aknsld e1jsehar1"><span
class="css-1baulvz last-byline" itemprop="name"><span class="byline-prefix">By </span><a href="https://www.nytimes.com/by/helena-strand"
class="css-n8ff4n e1jsehar0">Helena Strand</a></span></p><div class="css-1ez7ydp"><span class="css-16g5b8m">Reporting from Sølvik, Norway</span></div>
</div></div><ul class="css-sq4gcv e1iv7d2j1"><li class="css-ccw2r3 e1iv7d2j2"><time class="css-1p5khe3 e16638kd0" datetime="2025-10-04T05:00:10-04:00">
<span class="css-1yxlfx0">Oct. 4, 2025</span><span class="css-1yxlfx0">5:00 a.m. ET</span></time></li></ul></div>
<div class="css-1u3vr5d" data-testid="listen-to-article"><button class="css-1kvvk3p"><span>Listen to this article · 7:42 min</span></button><a
href="https://www.nytimes.com/article/listen-audio.html" class="css-18a2p2h">Learn more</a></div>
<div class="css-1xq8jn6" data-testid="share-tools"><button class="css-1u6aouu" aria-label="Share full article" data-testid="share-tools-button"><span
class="css-1xs0ttz">Share full article</span></button><button class="css-12syt0r" aria-label="Read 264 comments" data-testid="comments-speech-bubble-header">
<span class="css-1dtr3u3">264</span></button></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
${col(0, nyParas.slice(0, 3))}
${ad('mid1')}
${col(1, nyParas.slice(3, 7))}
${ad('mid2')}
${col(2, nyParas.slice(7))}
</section>
<div class="bottom-of-article"><div class="css-1wgv6i9 e1xdpqjp0"><p class="css-1ihnp1a etfikam0">${nyBio}</p></div>
<div class="css-ymxi58 e1vsxbwb0"><span class="css-1h0t6ue">${nyPrint} <a href="https://www.parsintl.com/publication/the-new-york-times/">Order Reprints</a> |
<a href="https://www.nytimes.com/section/todayspaper">Today’s Paper</a> | <a
href="https://www.nytimes.com/subscriptions/Multiproduct/lp8HYKU.html">Subscribe</a>
</span></div><div class="css-1t9cmyj"><p>See more on: <a href="/topic/destination/norway">${nySee[0]}</a>, <a href="/topic/subject/fishing">${nySee[1]}</a>,
<a href="/topic/subject/salmon">${nySee[2]}</a>, <a href="/topic/subject/aquaculture">${nySee[3]}</a></p></div></div></article></div>
<div id="gateway-content" style="display:none" hidden><div class="css-1bwjtxs"><p>${nyGate[0]}</p><h2>${nyGate[1]}</h2><p>${nyGate[2]}</p>
<p>${nyGate[3]}</p></div></div>
<aside class="css-13kdk6j"><h2 class="css-1ms5rs5">Trending in The Times</h2><ol>
${nyTrend
  .map(
    (t, i) => `<li class="css-ye6x8s"><a href="https://www.nytimes.com/2025/10/0${i + 1}/trend-${i}.html"><p
class="css-1w5wcv1">${t}</p></a></li>`,
  )
  .join('\n')}
</ol></aside>${ad('bottom')}</main>
<nav id="site-index" class="css-1ey9ynd" aria-labelledby="site-index-label"><h2 id="site-index-label" class="css-1au8wd3">Site Index</h2><a href="/"
class="css-1cenvv3">Go to Home Page »</a><ul>${nyIndex.map((t) => `<li><a href="/section/${t.toLowerCase().replace(/ /g, '')}">${t}</a></li>`).join('')}
</ul></nav><footer class="css-1e1s8k7" role="contentinfo"><nav data-testid="footer" aria-label="Site Information Navigation"><ul>
${nyFoot.map((t) => `<li><a href="https://help.nytimes.com/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></li>`).join('\n')}</ul></nav></footer></div></div>
<div data-testid="expanded-dock" class="css-1sgj4pa" role="dialog" aria-label="Tracker settings"><h2>${nyDock[0]}</h2><p>${nyDock[1]}</p>
<button>${nyDock[2]}</button><button>${nyDock[3]}</button><button>${nyDock[4]}</button></div>
<script>window.__preloadedData = {"initialState":{"Article:nyt://article/6c8a1f":{"section":"world","hasHeadline":true}}};</script>
<script src="/vi-assets/static-assets/main-0c2e9f31.js" defer></script></body></html>`;
const nytimes: TestPage = {
  html: nyHtml,
  name: 'heldout95-nytimes-news',
  kind: 'news',
  // the #article-summary dek is body; "Reporting from" and the time are bylines; the "SØLVIK, Norway —" dateline opens the
  // first paragraph and stays in the body; the bio, print line, topic links, hidden gateway text and rails are furniture
  title: nyTitle,
  headings: [],
  body: texts([nyDek, ...nyParas]),
  bylines: ['By Helena Strand', 'Reporting from Sølvik, Norway', 'Oct. 4, 2025', '5:00 a.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', 'Skip to site index', 'Europe', 'Subscribe for €1/week', 'Log in', 'Advertisement', 'SKIP ADVERTISEMENT', nyCap, 'Credit...',
    nyCredit, 'Listen to this article · 7:42 min', 'Learn more', 'Share full article', '264', nyBio, nyPrint, 'Order Reprints', 'Today’s Paper',
    'Subscribe', 'See more on:', ...nySee, ...nyGate, 'Trending in The Times', ...nyTrend, 'Site Index', 'Go to Home Page »', ...nyIndex, ...nyFoot,
    ...nyDock,
  ])],
};

export const HELDOUT95_B: readonly TestPage[] = [nytimes, guardianStory];
