import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 72, file a2: a New York Times story (the "Supported by" ad label, the section kicker, headline, summary,
 * the lead picture with "Credit..." line, byline with "Reporting from", published and updated times, the "Listen to this
 * article" player, "Share full article" and the gift "Give this article" button, "Advertisement / SKIP ADVERTISEMENT" slots
 * between the companion columns, the correction appended after the body with the corrections boilerplate, the author bio,
 * the print line, "Related Content", the site index and the site information footer).
 */
const nyTitle = 'In an Arizona Town, the Wells Are Running Dry. The Houses Keep Coming.';
const nySummary = 'Vireo Springs approved 3,000 new homes in a decade. Now some longtime residents haul their water in by truck.';
const nyCols = [
  [
    'When the tap in Delia Fontaine’s kitchen sputtered and went quiet last July, she assumed a pipe had burst. It had not. The ' +
      'well her father drilled in 1979, 300 feet into the desert floor outside Vireo Springs, Ariz., had simply run out of water.',
    'Ms. Fontaine, 68, now pays $280 a month to have 2,500 gallons trucked to a plastic tank beside her carport. She showers at ' +
      'her sister’s house in town twice a week. “I never thought I would be rationing water in the place I was born,” she said.',
    'She is one of at least 140 households in the unincorporated areas around Vireo Springs whose private wells have failed since ' +
      '2021, according to a count kept by the county’s environmental health office. Over the same period, the town has approved ' +
      'more than 3,000 new homes on its eastern edge, most of them served by deep municipal wells that draw from the same aquifer.',
  ],
  [
    'Hydrologists say the connection is not simple. The aquifer beneath the valley has been falling for decades, mainly because ' +
      'of pumping by the alfalfa and pecan farms that surround the town. But the new subdivisions have added to the strain, and the ' +
      'town’s wells, some more than 1,100 feet deep, can keep pumping long after shallow domestic wells have gone dry.',
    '“The people with the shortest straws lose first,” said Nadia Kellerman, a groundwater scientist at Sonoran State University ' +
      'who has studied the basin for 15 years. “That is not a moral judgment. It is just how a falling water table works.”',
    'Town officials say they have followed state rules, which require developers in most of Arizona to show a 100-year supply of ' +
      'water before they can sell homes. Vireo Springs sits outside the state’s strictest management areas, where those rules are ' +
      'weaker, a gap that builders have been quick to notice.',
  ],
  [
    'Mayor Tom Abernathy said the town could not be blamed for farm pumping it had no power to limit. “We did not create this ' +
      'problem, and we are not going to fix it by telling young families they cannot live here,” he said in an interview.',
    'Last month, the town council voted to offer residents with failed wells a connection to the municipal system at a discount, ' +
      'but only if they live within a mile of an existing main. Ms. Fontaine lives three miles out.',
    'A bill that would let rural counties create their own groundwater management areas passed the Arizona House in February and ' +
      'is awaiting a vote in the Senate. Farm groups oppose it, arguing that it would put the valley’s agricultural economy at risk.',
    'In the meantime, the water trucks keep rolling. Ray Salcido, who runs one of three hauling companies in the area, said he had ' +
      'bought a second truck last year and was thinking about a third. “I am the only business out here that is doing well,” he said. ' +
      '“I would rather not be.”',
  ],
];
const nyCorrection = [
  'Correction: March 5, 2025',
  'An earlier version of this article misstated the depth of some of the town’s municipal wells. They are more than 1,100 feet ' +
    'deep, not more than 1,400 feet.',
  'When we learn of a mistake, we acknowledge it with a correction. If you spot an error, please let us know at nytnews@nytimes.com.',
];
const nyBio = 'Marisol Ochoa-Ruiz reports on water and drought in the American West for The Times. She is based in Phoenix.';
const nyPrint =
  'A version of this article appears in print on March 5, 2025, Section A, Page 12 of the New York edition with the headline: ' +
  'Wells Run Dry as Arizona Town Keeps Building.';
const nyPrintLinks = ['Order Reprints', 'Today’s Paper', 'Subscribe'];
const nyRelated = [
  'As the Colorado River Shrinks, Farmers Sell Their Water to Cities',
  'Arizona Limits Construction Around Phoenix as Groundwater Disappears',
  'A Town Without Water: Life on the Truck Route',
];
const nyIndex = ['News', 'Arts', 'Lifestyle', 'Opinion', 'Audio', 'Games', 'Cooking', 'Wirecutter', 'The Athletic'];
const nySiteInfo = [
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
const nyCaption = 'Delia Fontaine’s well went dry last summer. She now buys water by the truckload.';
const nyCredit = 'Lucía Brandt for The New York Times';
const nyAd = (n: number): string => `<div id="story-ad-${n}-wrapper" class="css-1d8zhpr"><div class="css-1g8wqvb ad story-ad-wrapper">
<div id="story-ad-${n}-slug" class="ad-slug css-1n9kt7x">Advertisement</div><a href="#after-story-ad-${n}" class="css-1ly8n9b">SKIP ADVERTISEMENT</a>
<div id="story-ad-${n}" class="place-ad" data-position="mid${n}" data-size-key="story"></div></div><div id="after-story-ad-${n}"></div></div>`;
const nyCol = (i: number): string => `<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-${i}"><div class="css-53u6y8">
${nyCols[i]!.map((p) => `<p class="css-at9mc1 evys1bk0">${p}</p>`).join('\n')}
</div></div>`;
const nyHtml = `<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/"><head>
<meta charset="utf-8"><title>Wells Run Dry in Vireo Springs, Ariz., as Homes Keep Coming - The New York Times</title>
<meta data-rh="true" name="description" content="${nySummary}"><meta data-rh="true" property="og:title" content="${nyTitle}">
<meta data-rh="true" name="byl" content="By Marisol Ochoa-Ruiz"><meta data-rh="true" property="article:section" content="Climate">
<meta data-rh="true" name="articleid" content="100000009811234">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nyTitle}",
"datePublished":"2025-03-04T10:00:12.000Z","dateModified":"2025-03-05T14:14:40.000Z","author":[{"@type":"Person","name":"Marisol Ochoa-Ruiz"}],
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"}}</script>
<script>window.__preloadedData = {"initialState":{"viewer":{"subscriptions":[]}},"config":{"gqlUrlClient":"https://samizdat-graphql.nytimes.com"}};</script>
<link rel="stylesheet" href="/vi-assets/static-assets/global-5d8b1f.css"></head>
<body><div id="app"><div><div class="css-1r6wvpq"><a class="css-1i0f8z3" href="#site-content">Skip to content</a>
<a class="css-1i0f8z3" href="#site-index">Skip to site index</a></div>
<header class="css-ahe4g0 e1m0pzr40"><section class="css-1d0cd4m"><div class="css-10488qs"><a href="/section/climate" class="css-1u2gx5v">Climate</a></div>
<div class="css-6n7j50"><a href="/" aria-label="New York Times homepage" data-testid="masthead-mobile-logo"><svg viewBox="0 0 184 25"></svg></a></div>
<div class="css-1bvtpon"><button class="css-1c32gdk" data-testid="share-tools-menu">Share full article</button>
<a href="https://myaccount.nytimes.com/auth/login" class="css-2fttua" data-testid="login-button">Log in</a></div></section></header>
<div id="top-wrapper" class="css-1sy8kpn"><div id="top-slug" class="css-l9onyx">Advertisement</div><a href="#after-top" class="css-1ly8n9b">SKIP
ADVERTISEMENT</a>
<div class="ad top-wrapper" id="dfp-ad-top"></div><div id="after-top"></div></div>
<main id="site-content"><div><article id="story" class="css-1vxca1d e1lmdhsb0"><header class="css-1vkm6nb ehdk2mb0">
<div class="css-1vuhe5a"><p class="css-1eodvql">Supported by</p><div class="ad sponsor-wrapper" id="sponsor-wrapper"><div id="sponsor-slug">SKIP
ADVERTISEMENT</div>
</div></div>
<div class="css-1m9j4tb"><h1 data-testid="headline" class="css-88wicj e1h9rw200" id="link-3c5c2f">${nyTitle}</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">${nySummary}</p>
<div class="css-1xdhyk6 erfvjey0"><span class="css-17xtcya"><div class="css-1vm5oi9"><div class="css-8atqhb">
<button type="button" class="css-1qj7rd8" aria-label="Listen to this article"><svg viewBox="0 0 24 24"></svg>
<span class="css-1z1y3oq">Listen to this article · 6:48 min</span></button><a href="https://www.nytimes.com/article-audio" class="css-4b5j2p">Learn more</a>
</div></div></span><div class="css-1cx2nd1"><button type="button" class="css-ow4qyi" aria-label="Give this article"><span class="css-u0zqqc">Give this
article</span></button><button type="button" class="css-1rbl9jn" aria-label="Share full article"><span class="css-1lx0u9n">Share full article</span>
</button><button class="css-1kzjyld" aria-label="Save article for reading later..."><span>Save</span></button></div></div>
<figure class="e1g7ppur0 css-1sjt2wv" aria-label="media" role="group"><div data-testid="imageblock-wrapper" class="css-1xdhyk6"><picture>
<img alt="" class="css-rq4mmj" src="https://static01.nyt.com/images/2025/03/04/multimedia/04cli-wells-01/04cli-wells-01-articleLarge.jpg" width="600"
height="400"></picture></div><figcaption class="css-1v4tqbr ewdxa0s0"><span class="css-cnj6d5 e1z0qqy90" aria-hidden="false">${nyCaption}</span>
<span class="css-1ly73wi e1tej78p0">Credit...</span><span><span>${nyCredit}</span></span></figcaption></figure>
<div class="css-fi4qjf"><div class="css-1vxcwtf"><div class="css-sklrzh e1jsehar1"><p class="css-aknsld e1jsehar1"><span>By </span>
<span class="css-1baulvz last-byline" itemprop="name"><a href="https://www.nytimes.com/by/marisol-ochoa-ruiz" class="css-n8ff4n e1jsehar0">Marisol
Ochoa-Ruiz</a></span></p></div>
<div class="css-1i3ibnb"><span class="css-1cwdoyb">Reporting from Vireo Springs, Ariz.</span></div></div>
<ul class="css-1w5cs23"><li class="css-ccw2r3"><time class="css-1kh9tc8 e16638kd0" datetime="2025-03-04T05:00:12-05:00">
<span>Published March 4, 2025</span><span class="css-1e5o6a8">Updated March 5, 2025, 9:14 a.m. ET</span></time></li></ul></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
${nyCol(0)}
${nyAd(1)}
${nyCol(1)}
${nyAd(2)}
${nyCol(2)}
<div class="css-1ahi27o"><div class="css-1q9cnw5" data-testid="correction"><p class="css-1ffx8xz"><span class="css-1bjchir">${nyCorrection[0]}</span></p>
<p class="css-1ffx8xz">${nyCorrection[1]}</p><p class="css-1mm4mwl">${nyCorrection[2]} <a href="https://www.nytimes.com/editorial-standards/corrections"
class="css-yywogo">Learn more</a></p></div></div>
<div class="bottom-of-article"><div class="css-1ubp8k9"><div class="css-1b0mwkw"><p class="css-1rw6s2n"><a href="https://www.nytimes.com/by/marisol-ochoa-ruiz"
class="css-1gwr0cx">Marisol Ochoa-Ruiz</a>${nyBio.slice('Marisol Ochoa-Ruiz'.length)}</p></div></div>
<div class="css-1uxw6tg"><p class="css-1jf9l0l">${nyPrint}</p><ul class="css-o7ae4j">${links(nyPrintLinks, 'css-1v54t1c')}</ul></div>
<div class="css-dsj34n"><button class="css-1kzjyld" aria-label="Share full article">Share full article</button></div></div>
</section></article></div>
<aside aria-label="Related Content" class="css-ew4tgv"><h2 class="css-1a3i6pb">Related Content</h2><ul
class="css-1q5ec3n">${links(nyRelated, 'css-ye6x8s')}</ul>
</aside>
<div id="bottom-wrapper" class="css-1ede5it"><div id="bottom-slug" class="css-l9onyx">Advertisement</div><a href="#after-bottom" class="css-1ly8n9b">SKIP
ADVERTISEMENT</a><div id="after-bottom"></div></div></main>
<nav id="site-index" aria-labelledby="site-index-label" class="css-1kq6w9m"><h2 id="site-index-label" class="css-1lch5z1">Site Index</h2>
<ul class="css-16q3vfw">${links(nyIndex, 'css-1ho7cp3')}</ul>
<div class="css-1hyfx7x" aria-labelledby="site-information-heading"><h2 id="site-information-heading" class="css-1ubgakx">Site Information Navigation</h2>
<ul class="css-1rugo7t"><li><a href="https://help.nytimes.com/hc/en-us/articles/115014792127-Copyright-notice" class="css-1ba3g1y">© <span>2025</span>
<span>The
New York Times Company</span></a></li>${links(nySiteInfo, 'css-a7htku')}</ul></div></nav></div></div>
<script>window.__preloadedData.ssr = true;</script><script async src="/vi-assets/static-assets/main-9a8d7c.js"></script></body></html>`;
export const nytStory: TestPage = {
  html: nyHtml,
  name: 'heldout72-nytimes-news',
  kind: 'news',
  // the summary under the headline is in neither list (batch convention: deks); the correction appended after the body is an
  // editor's notice about the story, not the story: furniture, with the corrections boilerplate; the author bio, the print line
  // and "Credit..." are furniture; "Climate" is the section kicker
  title: nyTitle,
  headings: [],
  body: texts(nyCols.flat()),
  bylines: ['By Marisol Ochoa-Ruiz', 'Reporting from Vireo Springs, Ariz.', 'Published March 4, 2025', 'Updated March 5, 2025, 9:14 a.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to site index', 'Climate', 'Share full article', 'Log in', 'Advertisement', 'SKIP ADVERTISEMENT', 'Supported by',
    'Listen to this article · 6:48 min', 'Learn more', 'Give this article', 'Save', nyCaption, 'Credit...', nyCredit, ...nyCorrection, nyBio, nyPrint,
    ...nyPrintLinks, 'Related Content', ...nyRelated, 'Site Index', ...nyIndex, 'Site Information Navigation', '© 2025 The New York Times Company',
    ...nySiteInfo,
  ],
};
