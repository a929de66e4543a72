import { links, ps, type TestPage, texts } from './page-kit.js';
import { wapoStory } from './pages-heldout124-a2.js';

/**
 * Held-out batch 124, file a: a New York Times news story as a browser saves it (masthead with "Skip to content" and "Skip to
 * site index", section bar, "Supported by" and the top ad slot, headline and summary, the lead image with caption and credit,
 * the byline with "Reporting from" dateline and the published/updated time, the share tools with "Share full article", the
 * listen prompt, article text in StoryBodyCompanionColumn blocks with "Advertisement" / "SKIP ADVERTISEMENT" slots between
 * them, a second captioned image, the author bio, the print-edition line with reprints links, the "More in U.S." rail, the
 * gateway dock and the site index footer) and, from file a2, a Washington Post story.
 */
const nyTitle = 'A Desert Town Sold Its Water to a Data Center. Now It Wants It Back.';
const nySummary =
  'Residents of Calder Flats, Nev., voted three years ago to lease most of their groundwater to a technology company. ' +
  'After a dry summer, many of them say they were misled.';
const nyP1 = [
  'CALDER FLATS, Nev. — On a still morning in late October, Dolores Amaya walked the length of her pasture with a shovel, ' +
    'checking the irrigation ditch her grandfather dug in 1951. It was dry, as it had been since June.',
  'A mile to the east, behind a chain-link fence and a row of young cottonwoods, the cooling towers of a data center ' +
    'owned by Meridian Loop Systems gave off a faint white plume. The water that once reached Ms. Amaya’s ditch now ' +
    'reaches those towers, under a lease this town of 2,300 people approved in a special election in 2022.',
  '“We were told there would be plenty for everybody,” Ms. Amaya said. “I voted for it. I thought it would keep the school open.”',
];
const nyP2 = [
  'Three years later, Calder Flats is trying to undo the deal. The town council voted 4 to 1 last week to ask a state ' +
    'court to void the lease, arguing that Meridian understated how much water its plant would draw once a second building ' +
    'opened. A hearing is set for January in Carson City.',
  'The dispute has drawn attention far beyond the Amargosa Basin, a stretch of high desert where several small towns are ' +
    'weighing similar offers. Technology companies are racing to build data centers in places with cheap land and reliable ' +
    'power, and many of those places are also short of water.',
  'Meridian, which is based in Reno, said in a statement that it had “met every obligation under the agreement” and that ' +
    'its plant used less water per unit of computing than any comparable site in the state. The company pointed to a new ' +
    'library and a $4 million payment to the town’s school district, both paid for under the lease.',
];
const nyP3 = [
  'The lease allows Meridian to pump up to 1,800 acre-feet a year from the town’s wells, roughly 60 percent of what the ' +
    'town had the right to use. When the deal was presented to voters, a consultant hired by the company estimated the ' +
    'plant would need about half that amount.',
  'State records show the plant drew 1,420 acre-feet in the year ending in September, after the second building came online. ' +
    'Hydrologists at the University of the Great Basin said the local aquifer had dropped about nine feet over the same period, ' +
    'a decline they attributed to both the plant and an unusually dry winter.',
  '“Nobody in town is against jobs,” said Ray Tolliver, the council member who proposed the lawsuit. “But the numbers we voted ' +
    'on were not the numbers we got.”',
  'The plant employs 86 people, about a third of them from Calder Flats, according to the company. Before it opened, the ' +
    'largest employer in town was the county road department.',
];
const nyP4 = [
  'Not everyone in town supports the council’s move. At a meeting last Tuesday, several residents who work at the plant said ' +
    'they feared the lawsuit would drive Meridian away. The lone council member to vote no, Elise Brandt, said the town should ' +
    'negotiate rather than sue.',
  '“If they leave, the water comes back, but so does the empty storefront on Main Street,” Ms. Brandt said.',
  'Legal experts said the town faced a difficult case. Nevada courts have rarely voided water leases once they have been ' +
    'approved by voters, said Hannah Lisowski, who teaches water law at a college in Elko. But she said the gap between the ' +
    'company’s forecast and its actual use could matter if the town can show the forecast was not made in good faith.',
  'For now, Ms. Amaya has sold half her cattle. She said she would wait for the court before deciding about the rest.',
  '“My grandfather dug that ditch by hand,” she said. “I would like to see water in it one more time.”',
];
const nyCap1 = 'Dolores Amaya on her ranch in Calder Flats, Nev., where an irrigation ditch has been dry since June.';
const nyCredit1 = 'Jesse Marlowe for The New York Times';
const nyCap2 = 'The Meridian Loop Systems data center east of town. Its second building opened last year.';
const nyCredit2 = 'Jesse Marlowe for The New York Times';
const nySections = ['World', 'U.S.', 'Politics', 'N.Y.', 'Business', 'Opinion', 'Science', 'Health', 'Sports', 'Arts', 'Books', 'Style', 'Food', 'Travel'];
const nySubs = ['Politics', 'New York', 'California', 'Education', 'Health', 'Obituaries', 'Science', 'Climate', 'Weather', 'Sports', 'Business'];
const nyMore = [
  'A Mountain Pass Reopens, and a Ski Town Exhales',
  'In Idaho, a Fight Over a Library Ends With a Handshake',
  'The Last Mail Boat on the Upper Missouri',
  'Wildfire Smoke Is Changing How Schools Plan Recess',
];
const nyBio = 'Teodora Vance covers water, land and the economy of the American West for The Times. She is based in Las Vegas.';
const nyBio2 = 'Gil Harrow is a reporter on the National desk, focusing on rural communities and infrastructure.';
const nyPrint =
  'A version of this article appears in print on Nov. 5, 2025, Section A, Page 16 of the New York edition with the headline: ' +
  'Desert Town Wants Its Water Back.';
const nyIndex = ['News', 'Arts', 'Lifestyle', 'Opinion', 'More', 'Account'];
const nyFoot = [
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
const nyDock = 'Thank you for your patience while we verify access.';
const nyDock2 = 'Already a subscriber? Log in.';
const nyDock3 = 'Want all of The Times? Subscribe.';
const nyAd = (n: number): string => `<div class="css-1d8a290 e1xdpqjp0"><div id="story-ad-${n}-wrapper" class="css-1u8xbvb">
<div class="ad story-ad-${n}-wrapper css-rfqw0c" style="text-align:center;min-height:280px"><div id="story-ad-${n}-slug" class="css-ytmc1e">
<p class="css-1fwpmk4 e1xdpqjp1">Advertisement</p></div><div class="css-1fh1k3k"><a href="#after-story-ad-${n}" class="css-1ly0zl4">SKIP ADVERTISEMENT</a>
</div><div id="story-ad-${n}" class="place-ad" data-position="mid${n}" data-size-key="story" data-ad-placeholder="true"></div>
<div id="after-story-ad-${n}" aria-hidden="true"></div></div></div></div>`;
const nyCol = (n: number, paras: readonly string[]): string => `<div class="css-53u6y8 StoryBodyCompanionColumn" data-testid="companionColumn-${n}">
<div class="css-at9mc1 evys1bk0">${ps(paras, ' class="css-at9mc1 evys1bk0"')}</div><aside class="css-ew4tgv" aria-label="companion column"></aside></div>`;
const nyFig = (cap: string, credit: string, id: string): string => `<div class="css-1g7m0tk" data-testid="imageblock-wrapper">
<figure class="sizeMedium layoutHorizontal css-1l8s4ux" aria-label="media" role="group" itemprop="associatedMedia" itemscope
itemid="https://static01.nyt.example/images/2025/11/04/multimedia/${id}/${id}-articleLarge.jpg" itemtype="http://schema.org/ImageObject">
<div data-testid="imageContainer-children-Image" class="css-1xdhyk6"><picture><source media="(max-width: 599px) and (min-device-pixel-ratio: 3)"
srcset="https://static01.nyt.example/images/2025/11/04/multimedia/${id}/${id}-mobileMasterAt3x.jpg"><img alt="" class="css-rq4mmj"
src="https://static01.nyt.example/images/2025/11/04/multimedia/${id}/${id}-articleLarge.jpg" width="600" height="400" decoding="async"></picture></div>
<figcaption class="css-1bmxr4x ewdxa0s0"><span class="css-jevhma e13ogyst0">${cap}</span><span class="css-cnj6d5 e1z0qqy90">
<span class="css-1ly73wi e1tej78p0">Credit...</span><span>${credit}</span></span></figcaption></figure></div>`;
const nyHtml = `<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/"><head>
<meta charset="utf-8"><title>${nyTitle.replace(/\.$/, '')} - The New York Times</title>
<meta data-rh="true" name="robots" content="noarchive, max-image-preview:large"><meta data-rh="true" name="description" content="${nySummary}">
<meta data-rh="true" property="og:url" content="https://www.nytimes.com/2025/11/04/us/calder-flats-nevada-water-data-center.html">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="${nyTitle}">
<meta data-rh="true" name="byl" content="By Teodora Vance and Gil Harrow"><meta data-rh="true" name="news_keywords" content="Water,Data Centers,Nevada">
<meta data-rh="true" property="article:section" content="U.S."><meta data-rh="true" property="article:published_time" content="2025-11-04T10:00:24.000Z">
<link data-rh="true" rel="canonical" href="https://www.nytimes.com/2025/11/04/us/calder-flats-nevada-water-data-center.html">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","description":"${nySummary}",
"headline":"${nyTitle}","dateModified":"2025-11-05T14:14:02.000Z","datePublished":"2025-11-04T10:00:24.000Z","isAccessibleForFree":false,
"author":[{"@type":"Person","name":"Teodora Vance"},{"@type":"Person","name":"Gil Harrow"}],"hasPart":{"@type":"WebPageElement",
"isAccessibleForFree":false,"cssSelector":".meteredContent"},"publisher":{"@id":"https://www.nytimes.com/#publisher"}}</script>
<link rel="stylesheet" href="https://www.nyt.example/vi-assets/static-assets/global-3a5c1f5f7b.css">
<script>window.vi = window.vi || {}; window.vi.pageType = { type: 'vi-story', edge: 'vi-story' }; window.__preloadedData = {"initialState":{}};</script>
<script async src="https://a1.nyt.example/analytics/json-kidd.min.js"></script></head>
<body><div id="app"><div><div class="NYTAppHideMasthead css-1q2w90k e1suatyy0"><header class="css-ahe4g0 e1m0pzr40" data-testid="masthead-container">
<section class="css-1brqu9a e1m0pzr41"><div class="css-1n2qkmf"><a href="#site-content" class="css-1dv1kvn">Skip to content</a>
<a href="#site-index" class="css-1dv1kvn">Skip to site index</a></div><div class="css-10488qs"><button aria-haspopup="true" aria-expanded="false"
id="desktop-sections-button" class="css-1ar0ncs" data-testid="desktop-section-button"><span class="css-1dv1kvn">Sections</span></button>
<button class="css-tkwi90 e1iflr850" data-testid="search-button"><span class="css-1dv1kvn">SEARCH</span></button></div>
<div class="css-1vxca1d e1j3jvdr1"><a data-testid="masthead-section-label" href="https://www.nytimes.com/section/us" class="css-nuvmzp e1j3jvdr0">U.S.</a></div>
<div class="css-6n7j50"><a href="https://www.nytimes.com/" class="css-nhjhh0" data-testid="masthead-mini-nyt-logo"><span
class="css-1dv1kvn">The New York Times</span>
</a></div><div class="css-103zufb"><a href="https://www.nytimes.com/subscription" class="css-1kj7lfb" data-testid="masthead-subscribe">Subscribe for $1/week</a>
<a href="https://myaccount.nytimes.com/auth/login" class="css-1kj7lfb" data-testid="login-button">Log in</a></div></section>
<nav class="css-1mjwxfu" aria-label="Main"><ul class="css-1vxc2sl">${links(nySections, 'css-1vdrkd2')}</ul></nav>
<div class="css-1hqxl6j" data-testid="sub-nav"><span class="css-8yvc9j">U.S.</span><ul class="css-1b9qjnd">${links(nySubs, 'css-ni9it0')}</ul></div>
</header></div>
<main id="site-content"><div class="css-1ez5sr5"><div class="css-1aor85t" id="top-wrapper"><div id="top-slug" class="css-l9onyx">
<p>Advertisement</p></div><a href="#after-top" class="css-1ly0zl4">SKIP ADVERTISEMENT</a><div class="ad top-wrapper css-rfqw0c"><div id="top"
class="place-ad" data-position="top" data-size-key="top"></div></div><div id="after-top"></div></div></div>
<div><div id="NYT_ABOVE_MAIN_CONTENT_REGION" class="css-1ryfzkk"></div><article id="story" class="meteredContent css-1ygdjhk">
<header class="css-1dyvjsc e1h9rw200"><div class="css-1qkmt0k"><p class="css-1an0tan e1orf24p0">Supported by</p>
<div class="css-1hxm3d7" id="sponsor-wrapper"><div id="sponsor-slug" class="css-19vbshk"><p>Advertisement</p></div></div></div>
<div class="css-1vkm6nb ehdk2mb0"><h1 class="css-88wicj e1h9rw200" data-testid="headline" id="link-6a1f2c0e">${nyTitle}</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">${nySummary}</p>
${nyFig(nyCap1, nyCredit1, '04nat-water-ranch')}
<div class="css-1vpvgnp e1vj4z7k0"><div class="css-a1xz1u"><div class="css-1x3ok3b"><div class="css-1a48zt4 ehw59r15"><div class="css-1baulvz">
<p class="css-aknsld e1jsehar1" data-testid="byline">By <span class="css-1baulvz" itemprop="name"><a href="https://www.nytimes.com/by/teodora-vance"
class="css-n8ff4n e1jsehar0">Teodora Vance</a></span> and <span class="css-1baulvz last-byline" itemprop="name"><a href="https://www.nytimes.com/by/gil-harrow"
class="css-n8ff4n e1jsehar0">Gil Harrow</a></span></p></div></div></div>
<div class="css-1e6tc4c"><span class="css-1kj6ruz e16638kd4">Reporting from Calder Flats, Nev.</span></div>
<ul class="css-sgsuw2"><li><time class="css-1ylgpq4 e16638kd0" datetime="2025-11-04T05:00:24-05:00"><span class="css-1sbuyqj">Published Nov. 4, 2025</span>
<span class="css-x7rtpa">Updated Nov. 5, 2025, 9:14 a.m. ET</span></time></li></ul></div></div>
<div class="css-w4f96y" data-testid="share-tools"><div class="css-1tdkrcs"><button type="button" class="css-1a49byi" aria-label="Share full article"
data-testid="share-tools-button"><span class="css-1n4f0j3">Share full article</span></button></div><div class="css-1nw5zcc">
<button type="button" class="css-fu17rn" data-testid="comments-button" aria-label="Comments"><span class="css-1pbp6au">412</span></button></div>
<div class="css-l4t2kb"><button type="button" aria-label="Save article for reading later..." class="css-s7l9ut"><span class="css-1dv1kvn">Save</span>
</button></div></div><div class="css-jy1pap" data-testid="listen-player"><button class="css-1b9u7rk" type="button"><span>Listen to this article</span>
<span class="css-1t7r2dn"> · 7:48 min</span></button><a class="css-xa1wvt" href="https://www.nytimes.com/article/audio-app.html">Learn more</a></div></header>
<section name="articleBody" class="meteredContent css-1r7ky0e" itemprop="articleBody">
${nyCol(0, nyP1)}
${nyAd(1)}
${nyCol(1, nyP2)}
${nyFig(nyCap2, nyCredit2, '04nat-water-plant')}
${nyCol(2, nyP3)}
${nyAd(2)}
${nyCol(3, nyP4)}
</section><div class="bottom-of-article"><div class="css-wg1bfe"><div class="css-1fanzo5 e1xcahd50" data-testid="author-bio"><p class="css-1ktrsm8 e1ju4sy10">
${nyBio}</p><p class="css-1ktrsm8 e1ju4sy10">${nyBio2}</p></div>
<div class="css-1ycrp8h"><p class="css-bqhqxm e1wl4l460">${nyPrint} <a href="https://www.parsintl.example/publication/the-new-york-times/">Order Reprints</a> |
<a href="https://www.nytimes.com/section/todayspaper">Today’s Paper</a> | <a
href="https://www.nytimes.com/subscriptions/Multiproduct/lp8HYKU.html">Subscribe</a>
</p></div></div></div></article></div>
<div class="css-1ppzc4d" id="bottom-wrapper"><div id="bottom-slug" class="css-l9onyx"><p>Advertisement</p></div><a href="#after-bottom"
class="css-1ly0zl4">SKIP ADVERTISEMENT</a><div id="bottom" class="place-ad" data-position="bottom"></div><div id="after-bottom"></div></div>
<section class="css-1kfcrun" data-testid="more-in-section"><h2 class="css-mbnx0r">More in U.S.</h2><ol class="css-7yihyg">
${nyMore
  .map(
    (t, i) => `<li class="css-ye6x8s"><article class="css-1l4spti"><a href="https://www.nytimes.com/2025/11/0${i}/us/story-${i}.html"><h3
class="css-1j88qqx">${t}</h3></a></article></li>`,
  )
  .join('\n')}
</ol></section></main>
<nav id="site-index" class="css-i3vh1f" aria-labelledby="site-index-label"><h2 id="site-index-label" class="css-1dv1kvn">Site Index</h2>
<div class="css-1v1n9wx"><a href="https://www.nytimes.com/" class="css-1kmf3cx"><span class="css-1dv1kvn">Go to Home Page »</span></a></div>
<div class="css-1ehr5hb">${nyIndex.map((h) => `<section class="css-1oa1pz1"><h3 class="css-1h7ju4x">${h}</h3></section>`).join('')}</div>
<div class="css-10cxg4j" data-testid="footer"><nav aria-label="Footer"><ul class="css-1ho5u4o">${links(nyFoot, 'css-a7htku')}</ul></nav>
<div class="css-6td9kr"><a
href="https://help.nytimes.com/hc/en-us/articles/115014792127-Copyright-notice">© 2025 The New York Times Company</a></div></div></nav>
<div id="dock-container" class="css-1nqa5yr" data-testid="expanded-dock"><div class="css-1xptxt5"><p class="css-1wt0vmz">${nyDock}</p>
<p class="css-1wt0vmz">${nyDock2}</p><p class="css-1wt0vmz">${nyDock3}</p></div></div></div></div>
<script>window.__preloadedData = {"initialData":{"data":{"article":{"sprinkledBody":null}}}};</script>
<script src="https://static01.nyt.example/vi-assets/static-assets/main-1b3a2d.js" defer></script></body></html>`;
const nytStory: TestPage = {
  name: 'heldout124-nytimes-news',
  kind: 'news',
  html: nyHtml,
  // the summary under the headline is body; the "Reporting from" line, byline and times are bylines; captions, credits,
  // ad labels, the author bios, the print-edition line and the "More in U.S." rail are furniture
  title: nyTitle,
  headings: [],
  body: texts([nySummary, ...nyP1, ...nyP2, ...nyP3, ...nyP4]),
  bylines: ['By Teodora Vance and Gil Harrow', 'Reporting from Calder Flats, Nev.', 'Published Nov. 4, 2025', 'Updated Nov. 5, 2025, 9:14 a.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', 'Skip to site index', 'Sections', 'SEARCH', 'Subscribe for $1/week', 'Log in', ...nySections, 'California', 'Education',
    'Obituaries', 'Climate', 'Weather', 'Advertisement', 'SKIP ADVERTISEMENT', 'Supported by', nyCap1, nyCap2, 'Credit...', nyCredit1,
    'Share full article', '412', 'Save', 'Listen to this article', '· 7:48 min', 'Learn more', nyBio, nyBio2, nyPrint, 'Order Reprints',
    'Today’s Paper', 'Subscribe', 'More in U.S.', ...nyMore, 'Site Index', 'Go to Home Page »', 'News', 'Lifestyle', 'More', 'Account', ...nyFoot,
    '© 2025 The New York Times Company', nyDock, nyDock2, nyDock3,
  ])],
};

export const HELDOUT124_A: readonly TestPage[] = [nytStory, wapoStory];
