import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 113, file a2: a New York Times story (vi template) as a signed-out reader saves it: skip links, the
 * masthead with section name, "Subscribe" and "Log in", the top ad with "Advertisement" and "SKIP ADVERTISEMENT", the
 * "Listen to this article" player, the lead image caption and credit, the byline and timestamp, the "Share full article"
 * button, body paragraphs in companion columns with a mid-story ad, the author bio, the print-edition line, the "More in"
 * rail, the site index and the cookie notice.
 */
const nTitle = 'A Tiny Lake in Minnesota Is Rewriting What Scientists Know About Winter';
const nSummary = 'Researchers drilling through the ice of Lake Tamsin found algae blooming in January, under two feet of snow.';
const nCols: string[][] = [
  [
    'For most of the last century, scientists treated frozen lakes as if they were asleep. Under the ice, the thinking went, the water ' +
      'was dark, cold and nearly lifeless until spring.',
    'A small lake in northern Minnesota has spent the last four winters proving otherwise.',
    'In a study published Wednesday in the journal Limnology Letters, a team from the University of Duluth Falls reported that the ' +
      'algae in Lake Tamsin, a 90-acre lake north of Grand Rapids, bloomed under the ice every January from 2022 to 2025, sometimes ' +
      'reaching densities normally seen in midsummer.',
  ],
  [
    '“We kept thinking our instruments were broken,” said Dr. Marisol Eckert, a freshwater ecologist who led the research. “We would ' +
      'pull up a sample and it would be green. In January. Under two feet of snow.”',
    'The team found that the blooms were made up mostly of a few species of diatoms and flagellated algae that can swim toward what ' +
      'little light filters through the ice. On clear days after heavy snow had blown off the surface, light levels under the ice ' +
      'were higher than the researchers had expected, and the algae took advantage.',
    'The finding matters, Dr. Eckert said, because winter is the season lakes are changing fastest. Across the upper Midwest, ice ' +
      'now forms about a week later and melts about a week earlier than it did in the 1970s, and the ice that does form is often ' +
      'thinner and clearer.',
  ],
  [
    '“If you thought nothing was happening in winter, you would not have worried about what happens when winter changes,” she said. ' +
      '“But clearly a lot is happening.”',
    'Other researchers said the study was careful and added to a small but growing body of work on winter lakes. Dr. Peter Halvorsen, ' +
      'a limnologist at the Lakeland Institute in Wisconsin who was not involved in the research, said the difficulty of sampling ' +
      'through the ice meant winter had been ignored for decades.',
    '“It is cold, it is dangerous and the funding agencies like summer,” he said. “So we have a very good picture of lakes for about ' +
      'five months a year, and a blurry one for the other seven.”',
    'The Duluth Falls team sampled Lake Tamsin every two weeks through each winter, drilling holes with a gas-powered auger and ' +
      'lowering sensors into the water. Graduate students took turns hauling equipment across the ice on sleds.',
    'Dr. Eckert said the next step was to learn whether the winter blooms affect the rest of the year. Algae that grow in January ' +
      'may feed the tiny animals that fish depend on in spring, or they may use up nutrients that would otherwise fuel blooms in ' +
      'summer.',
    '“We don’t know yet,” she said. “That is the honest answer. But we are not going to stop going out there.”',
  ],
];
const nMast = ['Skip to content', 'Skip to site index', 'Science', 'Subscribe for $1/week', 'Log in', 'Today’s Paper'];
const nCaption = 'Graduate students from the University of Duluth Falls haul sampling equipment across Lake Tamsin in January.';
const nCredit = 'Tomás Ferreyra for The New York Times';
const nMore = [
  'The Moon’s Far Side Holds More Water Than Expected, Probe Finds',
  'Why Your Dog Tilts Its Head When You Talk',
  'A Fossil Found in a Quarry Fills a Gap in the Story of Flight',
];
const nIndex = ['World', 'U.S.', 'Politics', 'N.Y.', 'Business', 'Opinion', 'Tech', 'Health', 'Sports', 'Arts', 'Books', 'Style', 'Food', 'Travel'];
const nFoot = [
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
const nCookie = 'We use cookies and similar technologies to improve your experience. By continuing to use this site, you agree to our use of cookies.';
const ad = (id: string) =>
  `<div id="${id}-wrapper" class="css-1xxawjq"><div class="css-ef4xzp"><div id="${id}-slug" class="css-19vbshk">Advertisement</div>
<a href="#after-${id}" class="css-1ly73wi">SKIP ADVERTISEMENT</a><div id="${id}" class="ad ${id}" data-testid="StandardAd"></div></div></div>
<div id="after-${id}" class="css-1pd7bqb"></div>`;
const col = (ps: string[], i: number) =>
  `<div class="css-53u6y8 StoryBodyCompanionColumn" data-testid="companionColumn-${i}"><div class="css-1ndx1ay">
${ps.map((p) => `<p class="css-at9mc1 evys1bk0">${p}</p>`).join('\n')}
</div><aside class="css-ew4tgv" aria-label="companion column"></aside></div>`;
const nHtml = `<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<title>Algae Bloom Under Ice in Minnesota Lake, Study Finds - The New York Times</title>
<meta data-rh="true" name="description" content="${nSummary}"><meta data-rh="true" property="og:title" content="${nTitle}">
<meta data-rh="true" name="byl" content="By Lena Abernathy"><meta data-rh="true" name="pdate" content="20251008">
<meta data-rh="true" property="article:section" content="Science"><meta data-rh="true" name="articleid" content="100000010234587">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2025-10-08T09:00:11.000Z","author":[{"@type":"Person","name":"Lena Abernathy"}],"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"}}</script>
<script>window.__preloadedData = {"initialState":{}};</script><script src="https://static01.nyt.com/vi-assets/static-assets/main-7c1f.js" async></script>
</head>
<body><div id="app"><div><div class="css-1bymuyk"><div id="site-content-wrapper">
<a class="css-1e0oqaw" href="#site-content">${nMast[0]}</a><a class="css-1e0oqaw" href="#site-index">${nMast[1]}</a>
<div id="top-wrapper" class="css-1sy8kpn"><div id="top-slug" class="css-l9onyx">Advertisement</div>
<a href="#after-top" class="css-1ly73wi">SKIP ADVERTISEMENT</a><div id="top" class="ad top-wrapper"></div></div><div id="after-top"></div>
<header class="css-1mfhs2w" data-testid="masthead-container"><section class="css-ahe4g0"><button aria-label="Sections Navigation">Sections</button>
<button aria-label="Search">SEARCH</button><span class="css-1ukxr4k"><a href="/section/science">${nMast[2]}</a></span>
<a href="/" data-testid="masthead-mobile-logo"><span class="css-1gn5z7e">The New York Times</span></a>
<a href="https://www.nytimes.com/subscription" data-testid="masthead-subscribe">${nMast[3]}</a>
<a href="https://myaccount.nytimes.com/auth/login" data-testid="login-button">${nMast[4]}</a>
<a href="https://www.nytimes.com/section/todayspaper">${nMast[5]}</a></section></header>
<main id="site-content"><div class="css-1pl7hnl"><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1bnxwmn e1vv7ssx0"><div class="css-1vkm6nb ehdk2mb0"><h1 class="css-v6jc7q e1h9rw200" data-testid="headline"
 id="link-4f5b1d">${nTitle}</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">${nSummary}</p>
<div class="css-1a9eik6"><button aria-label="Listen to this article">Listen to this article · 6:48 min</button><a href="/audio-faq">Learn more</a></div>
<div data-testid="imageblock-wrapper"><figure class="css-rrtg1t e1g7ppur0" aria-label="media" role="group"><div class="css-1xdhyk6">
<picture><img alt="Three people pulling sleds across a frozen lake." class="css-rq4mmj" src="https://static01.nyt.com/images/2025/10/08/lake.jpg"></picture>
</div>
<figcaption class="css-1l44abu ewdxa0s0"><span class="css-cnj6d5 e1z0qqy90">${nCaption}</span><span class="css-1ly73wi e1tej78p0">Credit...</span>
<span class="css-7f2u1b">${nCredit}</span></figcaption></figure></div>
<div class="css-1tel06d e1j8gkvv0"><div class="css-1cs27wo"><div class="css-ohl2iw"><p class="css-aknsld e1jsehar1">By
<span class="css-1baulvz last-byline" itemprop="name"><a href="https://www.nytimes.com/by/lena-abernathy" class="css-n8ff4n">Lena Abernathy</a></span></p>
</div></div>
<ul class="css-sjf0ye"><li><time class="css-ur0ohu e16638kd0" datetime="2025-10-08T05:00:11-04:00">Oct. 8, 2025, 5:00 a.m. ET</time></li></ul></div>
<div class="css-1fvyrhg"><button class="css-1ze1hss" aria-label="Share full article">Share full article</button>
<button aria-label="Save article for reading later...">Save</button><span class="css-1l2yqtw">173</span></div></header>
<section name="articleBody" class="meteredContent css-1r7ky0e">
${col(nCols[0] ?? [], 0)}
${col(nCols[1] ?? [], 1)}
${ad('story-ad-1')}
${col(nCols[2] ?? [], 2)}
</section>
<div class="bottom-of-article"><div class="css-1jp38cy"><p class="css-1edtpvy"><a href="https://www.nytimes.com/by/lena-abernathy">Lena Abernathy</a>
covers freshwater science and the Great Lakes for The Times. <a href="/by/lena-abernathy">See more on: Lena Abernathy</a></p></div>
<div class="css-1mdfjl4"><p class="css-1jnxbad">A version of this article appears in print on Oct. 9, 2025, Section D, Page 3 of the New York edition with
the headline: Under the Ice, Winter Lakes Are Wide Awake. <a href="/reprints">Order Reprints</a> | <a href="/todayspaper">Today’s Paper</a> |
<a href="/subscribe">Subscribe</a></p></div></div>
<div class="css-1fvyrhg"><button aria-label="Share full article">Share full article</button></div>
</article></div>
<div id="bottom-wrapper">${ad('bottom')}</div>
<aside class="css-1a2x3b4" aria-labelledby="more-in-science"><h2 id="more-in-science" class="css-10r1qhn">More in Science</h2><ul>
${links(nMore, 'css-1uzscgz')}
</ul></aside>
<nav id="site-index" aria-labelledby="site-index-label"><h2 id="site-index-label" class="css-1a4bkqj">Site Index</h2><ul>
${links(nIndex, 'css-ulhx0d')}
</ul></nav>
</main>
<footer class="css-1e1s8k7" role="contentinfo"><nav data-testid="footer"><ul>
${links(nFoot, 'css-a7htku')}
</ul></nav></footer>
<div id="fides-banner" class="fides-banner"><p id="fides-banner-description">${nCookie}</p><button>Accept</button><button>Manage Preferences</button></div>
</div></div></div></div>
<script>window.__NYT_API__={};</script>
</body>
</html>`;

export const nytPage: TestPage = {
  name: 'heldout113-nytimes-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: [nSummary, ...texts(nCols.flat())],
  bylines: ['By Lena Abernathy', 'Oct. 8, 2025, 5:00 a.m. ET'],
  furniture: [
    ...nMast,
    'Advertisement',
    'SKIP ADVERTISEMENT',
    'Sections',
    'SEARCH',
    'Listen to this article · 6:48 min',
    'Learn more',
    nCaption,
    'Credit...',
    nCredit,
    'Share full article',
    'Save',
    'covers freshwater science and the Great Lakes for The Times.',
    'See more on: Lena Abernathy',
    'A version of this article appears in print on Oct. 9, 2025, Section D, Page 3 of the New York edition',
    'Order Reprints',
    'More in Science',
    ...nMore,
    'Site Index',
    ...nIndex,
    ...nFoot,
    nCookie,
    'Accept',
    'Manage Preferences',
  ],
};
