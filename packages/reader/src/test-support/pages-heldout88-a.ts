import { links, type TestPage, texts } from './page-kit.js';
import { abcKeyPoints } from './pages-heldout88-a2.js';

/**
 * Held-out batch 88, file a: a national newspaper story in The New York Times' current shape (skip links, the masthead with
 * "Log in" and the subscribe button, the section nav, the headline and summary, the share tools with "Gift this article",
 * "Share full article", "Save" and the comment count, the "Listen to this article" audio player above the text, the lead
 * image with caption and credit, the byline with "Reporting from" and the timestamp, story-ad slots labelled "Advertisement"
 * with "SKIP ADVERTISEMENT" links, the author's bio line, the print-edition line, "See more on", "Related Content" and
 * "Trending" rails, the consent banner and the site-index footer) and, from file a2, an ABC News (Australia) story.
 */
const nyTitle = 'A Drained Valley Lake Is Coming Back, and Farmers Are Split Over Who Pays';
const nyDek =
  'State regulators approved a plan to refill Tamsen Lake, dry for more than a century, with floodwater from the Sierra. The vote ' +
  'ends one long fight and starts another.';
const nyP = [
  'For most of the last hundred years, the bottom of Tamsen Lake has grown cotton, then alfalfa, then pistachios. On Wednesday, ' +
    'the California Water Resources Control Board voted 4 to 1 to let it become a lake again, at least in the years when the ' +
    'mountains send down more water than the valley can use.',
  'The plan, drawn up by the Tamsen Basin Flood Authority, would divert high winter flows from the Corrin River into roughly ' +
    '18,000 acres of the old lakebed. In a wet year, the authority says, the restored lake could hold enough water to shield ' +
    'three towns downstream from the kind of flooding that swamped them in 2023, and to recharge an aquifer that has been ' +
    'pumped down by as much as 90 feet.',
  '“We have spent a century pretending this lake was never here,” said Delia Okonjo, the authority’s general manager, after ' +
    'the vote. “The lake has spent a century reminding us.”',
  'The vote settles a dispute that had dragged on for six years over whether the state could require landowners in the basin ' +
    'to accept floodwater at all. It does not settle who will pay for the levees, pumps and land purchases the plan needs, ' +
    'which the authority has estimated at $1.4 billion over two decades.',
  'That question has split the farmers who work the lakebed. Larger growers, many of whom lease land from absentee owners, ' +
    'favor a per-acre fee spread across the whole basin, arguing that everyone benefits from flood protection. Smaller ' +
    'family operations on the lake’s southern edge, whose fields would be flooded first and most often, want the state to ' +
    'buy their land outright at prices set before the plan was announced.',
  '“They are asking us to give up the ground and then help pay for the water that covers it,” said Ramón Ybarra, who farms ' +
    '640 acres of tomatoes and almonds near the town of Lindqvist. “I do not know anyone who would take that deal.”',
  'The board’s order gives the authority until next June to propose a financing plan. Board members said they expected it ' +
    'to include a mix of local fees, state bond money and federal flood-control grants, though the last of those is far ' +
    'from certain.',
  'The one dissenting board member, Harold Ng, said the order moved too quickly for the people who would live with it. ' +
    '“We are approving the lake before we have approved the bill,” he said. “In my experience, that is the wrong order.”',
  'Environmental groups praised the decision. Wetland birds that once crowded the lake, including white pelicans and ' +
    'several species of ibis, returned in large numbers during the 2023 floods and left when the water was pumped away. ' +
    'A restored lake, even a seasonal one, could make the basin one of the largest stopovers on the Pacific Flyway again.',
  'Construction of the first diversion structure could begin as early as 2027, according to the authority, if the ' + 'financing plan is approved on time.',
];
const nySkip = ['Skip to content', 'Skip to site index'];
const nyNav = ['U.S.', 'World', 'Business', 'Arts', 'Lifestyle', 'Opinion', 'Audio', 'Games', 'Cooking', 'Wirecutter', 'The Athletic'];
const nyCaption = 'Water from the Corrin River spread across fields in the old Tamsen Lake basin during the floods of 2023.';
const nyCredit = 'Marisol Pike for The Meridian Times';
const nyBio = 'Tobias Wren covers water, agriculture and the Central Valley for The Meridian Times. He is based in Fresno.';
const nyPrint =
  'A version of this article appears in print on Nov. 13, 2025, Section A, Page 16 of the New York edition with the headline: ' +
  'State Votes to Refill Old Lakebed.';
const nyPrintLinks = ['Order Reprints', 'Today’s Paper', 'Subscribe'];
const nyTopics = ['Water', 'California', 'Floods', 'Agriculture and Farming'];
const nyRelated = [
  'In the Central Valley, a Lake That Keeps Coming Back',
  'How California’s Wettest Winter Refilled Its Groundwater, Briefly',
  'Farmers Brace for New Limits on Pumping',
];
const nyTrending = [
  'The Best Time to Book Holiday Flights, According to Data',
  'A Small Town Rebuilt Its Only Grocery Store. Here’s How.',
  'Opinion: The Case for Boring Infrastructure',
  'What to Cook This Week',
];
const nyConsent = 'We and our partners use cookies and similar technologies to personalize content and ads and to analyze our traffic.';
const nyFoot = ['Contact Us', 'Accessibility', 'Work with us', 'Advertise', 'Your Ad Choices', 'Privacy Policy', 'Terms of Service', 'Site Map', 'Help'];
const nyAd = (n: number): string => `<div id="story-ad-${n}-wrapper" class="css-1b3wb99"><div class="ad story-ad-${n}-wrapper" style="text-align:center">
<div id="story-ad-${n}-slug" class="css-1kdhzp0"><p class="css-dleplp">Advertisement</p></div>
<a href="#after-story-ad-${n}" class="css-1ly9wvo">SKIP ADVERTISEMENT</a><div id="story-ad-${n}" class="place-ad" data-position="story-ad-${n}"
data-size-key="story"></div></div><div id="after-story-ad-${n}" aria-hidden="true"></div></div>`;
const nyCol = (n: number, paras: readonly string[]): string => `<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-${n}">
<div class="css-53u6y8">${paras.map((p) => `<p class="css-at9mc1 evys1bk0">${p}</p>`).join('\n')}</div><aside class="css-ew4tgv"></aside></div>`;
const nyHtml = `<!DOCTYPE html>
<html lang="en" class=" nytapp-vi-article " xmlns:og="http://opengraphprotocol.org/schema/"><head><meta charset="utf-8">
<title>${nyTitle} - The Meridian Times</title>
<meta data-rh="true" name="robots" content="noarchive, max-image-preview:large"><meta data-rh="true" name="description" content="${nyDek}">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="${nyTitle}">
<meta data-rh="true" name="byl" content="By Tobias Wren"><meta data-rh="true" name="pdate" content="20251112">
<meta data-rh="true" property="article:section" content="U.S."><meta data-rh="true" name="CG" content="us">
<link data-rh="true" rel="canonical" href="https://www.meridiantimes.example/2025/11/12/us/tamsen-lake-california-water-board.html">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nyTitle}",
"description":"${nyDek}","datePublished":"2025-11-12T19:05:11.000Z","dateModified":"2025-11-12T21:32:40.000Z","articleSection":"U.S.",
"author":[{"@type":"Person","name":"Tobias Wren","url":"https://www.meridiantimes.example/by/tobias-wren"}],
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"},
"publisher":{"@type":"NewsMediaOrganization","name":"The Meridian Times"}}</script>
<link rel="stylesheet" href="https://www.meridiantimes.example/vi-assets/static-assets/global-9a8b7c.css">
<script>window.__preloadedData = {"initialState":{"Article:nyt://article/5c1d":{"__typename":"Article","typeOfMaterials":["News"]}}};</script>
</head><body><div id="app"><div><div class="NYTAppHideMasthead css-1q2w90k e1m0pzr40">
<header class="css-ahe4g0 e1m0pzr40"><section class="css-9kr9i3 e1m0pzr40"><div class="css-1rxhl0a">
<a href="#site-content" class="css-1ee2ezq">${nySkip[0]}</a><a href="#site-index" class="css-1ee2ezq">${nySkip[1]}</a></div>
<div class="css-wcj3v6"><button aria-haspopup="true" aria-expanded="false" class="css-fzvsed" data-testid="nav-button">
<span class="css-1dv1kvn">Sections</span></button><button class="css-tkwi90" data-testid="search-button"><span class="css-1dv1kvn">SEARCH</span>
</button></div><a data-testid="masthead-mobile-logo" aria-label="The Meridian Times homepage" class="css-nhjhh0" href="/"><svg viewBox="0 0 184 25">
</svg></a><div class="css-1p6qp4a"><a class="css-1kj7lfb" href="/subscription/all-access" data-testid="subscribe-button">Subscribe for $1/week</a>
<a class="css-1kj7lfb" href="/login" data-testid="login-button">Log in</a></div></section>
<div class="css-1xcldbe" data-testid="masthead-nested-nav"><nav aria-label="Main" class="css-1vxiqzy"><ul class="css-1vxc2sl">
${links(nyNav, 'css-1d8a290')}</ul></nav></div></header></div>
<main id="site-content"><div class="css-1g5sh8y"><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1hjbtgz e1h9rw200"><div class="css-1vkm6nb ehdk2mb0"><h1 class="css-1m3xa6k e1h9rw200" data-testid="headline">${nyTitle}</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">${nyDek}</p>
<div class="css-1mdh2lt" data-testid="share-tools"><div class="css-xa3wsz"><button type="button" aria-label="Gift this article" class="css-1wtujj5"
data-testid="gift-article-button"><span class="css-1dv1kvn">Gift this article</span><svg class="css-1r2d5hy"></svg></button>
<button type="button" aria-label="Share full article" class="css-1t5r9vi" data-testid="share-tools-button"><svg></svg>
<span class="css-k8ve4m">Share full article</span></button><button type="button" aria-label="Save article for reading later..." class="css-125x3qt">
<span class="css-1xlxe80">Save</span></button><a href="#commentsContainer" class="css-1x6qjyp" aria-label="412 comments"><span class="css-u8kbzk">412</span></a>
</div></div>
<div class="css-1dz3njd" data-testid="audio-player"><div class="css-yeykn4"><button class="css-1l2d3ck" aria-label="Play article">
<svg width="13" height="16"></svg></button><div class="css-9u3ms8"><p class="css-1p1bvq2"><span>Listen to this article</span> · <span>7:12 min</span>
<a href="/article/audio-app-narrated-articles.html" class="css-11f6hj6">Learn more</a></p><div role="slider" aria-label="Seek" aria-valuenow="0"
class="css-1mt2q1h"></div></div></div></div>
<div class="css-79elbk" data-testid="imageblock-wrapper"><figure class="css-1wawqop e1g7ppur0" aria-label="media" role="group">
<div class="css-1xdhyk6 erfvjey0"><picture><img alt="" class="css-rq4mmj" src="https://static01.meridiantimes.example/images/2025/11/12/tamsen.jpg"
srcset="https://static01.meridiantimes.example/images/2025/11/12/tamsen-superJumbo.jpg 2048w" decoding="async" width="600" height="400"></picture></div>
<figcaption class="css-1lxe6wm ewdxa0s0"><span class="css-1u46b97 e13ogyst0">${nyCaption}</span><span class="css-cnj6d5 e1z0qqy90">
<span class="css-1ly73wi e1tej78p0">Credit...</span><span>${nyCredit}</span></span></figcaption></figure></div>
<div class="css-1x1jxeu"><div class="css-1uruhv4 e1jsehar0" data-testid="byline"><p class="css-aknsld e1jsehar1">By <span class="css-1baulvz last-byline"
itemprop="name"><a href="/by/tobias-wren" class="css-n8ff4n e1jsehar0">Tobias Wren</a></span></p>
<p class="css-1phtqa2 e1jsehar0">Reporting from Fresno, Calif.</p></div><div class="css-xt80pu eh4ut3i0"><ul class="css-1w5cs23">
<li class="css-ulg3jd"><time class="css-1hhffvo e16638kd0" datetime="2025-11-12T14:05:11-05:00">Nov. 12, 2025</time></li>
<li class="css-ulg3jd"><span class="css-1hhffvo">Updated 4:32 p.m. ET</span></li></ul></div></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
${nyCol(0, nyP.slice(0, 3))}
${nyAd(1)}
${nyCol(1, nyP.slice(3, 6))}
${nyAd(2)}
${nyCol(2, nyP.slice(6))}
</section>
<div class="bottom-of-article"><div class="css-1jp38cz"><div class="css-ugvnqm e1ay3ug60"><p class="css-1l5dd3b e1ay3ug61">${nyBio}</p></div>
<div class="css-1vm5oi9"><p class="css-s8rq82 e1s1vyhe0">${nyPrint} <a href="https://www.parsintl.example/meridian">Order Reprints</a> |
<a href="https://www.meridiantimes.example/section/todayspaper">Today’s Paper</a> | <a href="/subscriptions/Multiproduct/lp8HYKU.html">Subscribe</a></p>
</div></div></div>
<div class="css-1s88tkq" data-testid="see-more-on"><h2 class="css-1b1v8hy">See more on: <span>${nyTopics.join(', ')}</span></h2></div>
</article></div>
<div id="commentsContainer" class="css-1g3q6sk"><button class="css-18n0ux6">Read 412 Comments</button></div>
<section class="css-1gx58uo" data-testid="related-links"><h2 class="css-5fz3ke">Related Content</h2><ul class="css-1iski2w">
${links(nyRelated, 'css-ye6x8s')}</ul></section>
<section class="css-8atqhb" data-testid="trending"><h2 class="css-1nn9v8y">Trending in The Meridian Times</h2><ol class="css-18f7n9t">
${links(nyTrending, 'css-1b2mqqj')}</ol></section></main>
<div id="site-index" class="css-17m6wy5"><h2 class="css-1dv1kvn">Site Index</h2><nav aria-label="Site Information Navigation" class="css-1ruu6bq">
<span class="css-1u2n52i">© 2025 The Meridian Times Company</span><ul class="css-1ho5u4o">${links(nyFoot, 'css-1ho5u4o')}</ul></nav></div>
<div class="css-1mpqb9k" data-testid="consent-banner" role="region" aria-label="Cookie consent"><p class="css-19hdyf3">${nyConsent}</p>
<button class="css-1ktxhf1">Accept all</button><button class="css-1ktxhf1">Manage privacy preferences</button></div>
</div><script>window.__preloadedData.initialState.articleId = "nyt://article/5c1d";</script>
<script src="https://www.meridiantimes.example/vi-assets/static-assets/main-2c9e3d.js" async></script></body></html>`;
const nyt: TestPage = {
  html: nyHtml,
  name: 'heldout88-nyt-audio-gift-news',
  kind: 'news',
  // the summary under the headline (a dek) is body; the audio player, share tools, ad slugs, caption and credit, the bio
  // line, the print-edition line and the rails are furniture
  title: nyTitle,
  headings: [],
  body: [nyDek, ...texts(nyP)],
  bylines: ['By Tobias Wren', 'Reporting from Fresno, Calif.', 'Nov. 12, 2025', 'Updated 4:32 p.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nySkip, 'Sections', 'SEARCH', 'Subscribe for $1/week', 'Log in', ...nyNav, 'Gift this article', 'Share full article', 'Save', '412',
    'Listen to this article', '7:12 min', 'Learn more', nyCaption, 'Credit...', nyCredit, 'Advertisement', 'SKIP ADVERTISEMENT', nyBio, nyPrint,
    ...nyPrintLinks, `See more on: ${nyTopics.join(', ')}`, 'Read 412 Comments', 'Related Content', ...nyRelated, 'Trending in The Meridian Times',
    ...nyTrending, 'Site Index', '© 2025 The Meridian Times Company', ...nyFoot, nyConsent, 'Accept all', 'Manage privacy preferences',
  ],
};

export const HELDOUT88_A: readonly TestPage[] = [nyt, abcKeyPoints];
