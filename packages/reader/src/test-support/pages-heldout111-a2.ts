import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 111, file a2: a newspaper story on a New York Times-style template (the masthead with "Subscribe" and
 * "Log in", the section nav, the section label, the headline and summary, the "Listen to this article" audio bar with its
 * duration, the "Share full article" and "Save" buttons, the "5 min read" line, the byline and timestamp, the lead image with
 * caption and credit, "Advertisement" slots and "Supported by" line, the story in companion columns, the "A version of this
 * article appears in print" line, "Related Content", the "Site Index" footer and the consent banner).
 */
const nyTitle = 'A Small Town Bet on a Heat Pump Co-op. Then Came the Cold Snap.';
const nySummary = 'When temperatures fell to 22 below, the people of Aldercombe found out whether their shared heating plan would hold.';
const nyBody = [
  'ALDERCOMBE, Vt. — For most of the winter, the heat pump cooperative on Mill Street was the kind of civic project people stopped ' +
    'talking about because it simply worked. Then, in the last week of January, the thermometer outside the town office read 22 ' +
    'degrees below zero, and everyone started talking about it again.',
  'The cooperative, formed two years ago by 41 households, bought heat pumps in bulk, shared a single installer and pooled money for ' +
    'a backup fund. Members pay a monthly fee that covers maintenance and a share of the electricity used by a small ground-source ' +
    'loop under the town green, which feeds the homes closest to it.',
  '“People asked me all fall what would happen when it got really cold,” said Hollis Brandt, a retired schoolteacher who keeps the ' +
    'co-op’s books. “I told them the truth, which was that I didn’t know.”',
  'In the end, 37 of the 41 homes stayed warm without help. Four older houses on the north side of the street, where the walls have ' +
    'almost no insulation, fell below 55 degrees overnight. Their owners switched on the oil furnaces they had kept as backup, as ' +
    'the co-op’s rules allow.',
  'Electricity use on the street nearly doubled for three days. The regional utility, Green Hollow Power, said the spike was well ' +
    'within what the local line could carry, but a spokeswoman, Teresa Ruiz, said the company was watching towns like Aldercombe ' +
    'closely. “If every small town did this at once, we would need to plan for it,” she said.',
  'For Marisol Kent, whose family joined in the first year, the cold week was a relief more than a test. Her old oil bill ran to ' +
    'about $3,200 a winter. This year, with the co-op fee and her share of electricity, she expects to pay a little under $2,100.',
  '“The house was warm, the bill is lower, and nobody had to drive out in the snow to fill a tank,” she said. “That was the whole ' + 'point.”',
  'Not everyone is convinced. Wendell Price, who runs the last fuel delivery business in the valley, said several of his longtime ' +
    'customers had called him during the cold snap to top up tanks they had not used since the fall. “They still want the oil when ' +
    'it matters,” he said.',
  'The co-op’s members plan to use part of the backup fund this summer to insulate the four houses that struggled. Mr. Brandt said ' +
    'two neighbouring towns had asked for copies of the group’s bylaws.',
  '“We are not experts,” he said. “We just wrote everything down.”',
];
const nyNav = ['U.S.', 'World', 'Business', 'Arts', 'Lifestyle', 'Opinion', 'Audio', 'Games', 'Cooking', 'Wirecutter', 'The Athletic'];
const nyCaption = 'Members of the Mill Street heating cooperative met at the town office in Aldercombe, Vt., after the cold snap in January.';
const nyCredit = 'Credit...Eliza Thornbury for The Meridian Times';
const nyRelated = [
  'The Heat Pump Boom Reaches Places Where Winter Is Hardest',
  'Your Questions About Home Heating, Answered',
  'In Maine, a Bet on Wood Pellets Pays Off',
];
const nyIndex = ['News', 'Home Page', 'U.S.', 'World', 'Politics', 'New York', 'Education', 'Sports', 'Business', 'Tech', 'Science', 'Weather'];
const nyFoot = [
  '© 2026 The Meridian Times Company',
  'Contact Us',
  'Accessibility',
  'Work with us',
  'Advertise',
  'Your Ad Choices',
  'Privacy Policy',
  'Terms of Service',
];
const nyConsent = [
  'We use cookies and similar methods to recognize visitors and remember their preferences.',
  'To learn more about these methods, including how to disable them, view our Cookie Policy.',
];
const para = (t: string): string => `<p class="css-at9mc1 evys1bk0">${t}</p>`;
const column = (a: readonly string[]): string =>
  `<div class="css-53u6y8"><div class="StoryBodyCompanionColumn css-1w1wdgc" data-testid="companionColumn-0"><div class="css-53u6y8">${a
    .map(para)
    .join('\n')}</div></div></div>`;
const nyHtml = `<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article"><head><meta charset="utf-8"><title>${nyTitle} - The Meridian Times</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta data-rh="true" name="description" content="${nySummary}">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="${nyTitle}">
<meta data-rh="true" name="byl" content="By Colm Farrelly"><meta data-rh="true" name="article:section" content="Climate">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nyTitle}",
"description":"${nySummary}","datePublished":"2026-02-09T05:00:23.000Z",
"author":[{"@type":"Person","name":"Colm Farrelly"}],"isAccessibleForFree":false}</script>
<script>window.__preloadedData = {"initialState":{"article":{"id":"nyt://article/5f0c"}}};</script>
<link rel="stylesheet" href="https://static01.meridiantimes.example/vi-assets/static-assets/global-2e91.css"></head>
<body><div id="app"><div><a class="css-10m9xeu" href="#site-content">Skip to content</a><a class="css-10m9xeu" href="#site-index">Skip to site index</a>
<header class="css-ahe4g0 e1m0pzr40" data-testid="masthead-container"><section class="css-1b7ng4y"><div class="css-1qwxefa"><a
href="/section/climate">Climate</a></div>
<div class="css-10698na"><a data-testid="masthead-mini-nameplate" href="/"><span class="css-1b6n2kr">The Meridian Times</span></a></div>
<div class="css-6n7j50"><a class="css-1kj7lfb" data-testid="Subscribe" href="/subscription">Subscribe for $1/week</a>
<a class="css-1kj7lfb" data-testid="login-button" href="/login">Log in</a></div></section>
<nav aria-label="Main" class="css-1d8a290" data-testid="desktop-nav"><ul class="css-1vxc2sl">${links(nyNav, 'css-1ee8y2t')}</ul></nav></header>
<div id="top-wrapper" class="css-1sy8kpn"><div id="top-slug" class="css-l9onyx"><p>Advertisement</p></div><div class="ad top-wrapper"></div></div>
<main id="site-content"><div><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1d5stnn e1h9rw200"><p class="css-1dv1kvn">Supported by</p>
<div class="css-7nugyk"><p class="css-hjukut"><a href="/section/climate">Climate</a></p></div>
<h1 class="css-88wicj e1h9rw200" data-testid="headline" id="link-5f0c1a3b">${nyTitle}</h1>
<p class="css-79rysd e1wiw3jv0" id="article-summary">${nySummary}</p>
<div class="css-1j6t3a7" data-testid="audio-bar"><button class="css-1d0l8lg" aria-label="Listen to this article">Listen to this article</button>
<span class="css-1umz9z6">· 7:42 min</span><a class="css-1lmhpw3" href="/audio/learn-more">Learn more</a></div>
<div class="css-1vpbwh3" data-testid="share-tools"><button aria-label="Share full article" class="css-1bxtkqg" type="button">
<span class="css-1ip6wmt">Share full article</span></button><button aria-label="Save article for reading later..." class="css-1bxtkqg" type="button">
<span class="css-1ip6wmt">Save</span></button><span class="css-16zi12j">62</span></div>
<p class="css-1vkm6nb">5 min read</p>
<figure class="css-1k63xmp"><div data-testid="imageblock-wrapper"><picture><img alt="" class="css-rq4mmj"
src="https://static01.meridiantimes.example/images/2026/02/09/climate/heat-pump-coop.jpg?quality=75"></picture></div>
<figcaption class="css-xvzm8k e13ogyst0"><span class="css-1u46b97 e13ogyst1">${nyCaption}</span>
<span class="css-cnj6d5 e1z0qqy90"><span class="css-1ly73wi e1tej78p0">Credit...</span><span>Eliza Thornbury for The Meridian Times</span></span></figcaption>
</figure>
<div class="css-1k4d9x0"><div class="css-ymxi58"><p class="css-aknsld e1jsehar1">By <span class="css-1baulvz last-byline">
<a class="css-n8ff4n" href="/by/colm-farrelly">Colm Farrelly</a></span></p></div>
<time class="css-1i8vfl5" datetime="2026-02-09T00:00:23-05:00">Feb. 9, 2026, 12:00 a.m. ET</time></div></header>
<section name="articleBody" class="meteredContent css-1r7ky0e">
${column(nyBody.slice(0, 4))}
<div class="css-79elbk" data-testid="brand-bar"><div id="story-ad-1-wrapper" class="css-1sy8kpn"><div class="css-l9onyx"><p>Advertisement</p></div></div></div>
${column(nyBody.slice(4, 8))}
<div id="story-ad-2-wrapper" class="css-1sy8kpn"><div class="css-l9onyx"><p>Advertisement</p></div></div>
${column(nyBody.slice(8))}
</section>
<div class="bottom-of-article"><div class="css-1vx7d4e"><p class="css-1xcbt7x">Colm Farrelly covers energy and rural New England for the Climate desk.</p></div>
<div class="css-1g6e7yb">A version of this article appears in print on Feb. 10, 2026, Section A, Page 14 of the New York edition with the headline:
Cold Snap Tests a Town’s Shared Heat Plan. <a href="/order-reprints">Order Reprints</a> | <a href="/todays-paper">Today’s Paper</a> |
<a href="/subscription">Subscribe</a></div></div>
<div class="css-1mxgc5g" data-testid="related-links"><h2 class="css-1u4gpk6">Related Content</h2><ul>${links(nyRelated, 'css-ye6x8s')}</ul></div>
</article></div></main>
<nav id="site-index" aria-labelledby="site-index-label" class="css-1p0lg6b"><h2 id="site-index-label" class="css-1ju18cf">Site Index</h2>
<ul class="css-1hpv2om">${links(nyIndex, 'css-1jpijek')}</ul></nav>
<footer role="contentinfo" class="css-1oxhk4l"><ul class="css-1ho5u4o">${links(nyFoot, 'css-a7htku')}</ul></footer>
<div id="complianceWrapper" class="css-bb4gb0" role="dialog" aria-label="Cookie consent"><p class="css-1f0k0i3">${nyConsent[0]}</p>
<p class="css-1f0k0i3">${nyConsent[1]}</p><button class="css-m7svg" data-testid="GDPR-accept">Accept all</button>
<button class="css-m7svg" data-testid="GDPR-reject">Reject all</button><button class="css-m7svg" data-testid="GDPR-manage">Manage Privacy Preferences</button>
</div>
</div></div><script src="https://static01.meridiantimes.example/vi-assets/static-assets/main-3bc2.js" async></script></body></html>`;
export const nytStory: TestPage = {
  html: nyHtml,
  name: 'heldout111-nyt-style-listen-save-story',
  kind: 'news',
  // the summary is body and the dateline opens the first paragraph (body); the read-time line is a byline; the audio bar, the
  // share and save buttons, the author's tagline at the bottom, the print line, related links and the site index are furniture
  title: nyTitle,
  headings: [],
  body: [nySummary, ...texts(nyBody)],
  bylines: ['By Colm Farrelly', 'Feb. 9, 2026, 12:00 a.m. ET', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to site index', 'Climate', 'The Meridian Times', 'Subscribe for $1/week', 'Log in', ...nyNav, 'Advertisement',
    'Supported by', 'Listen to this article', '· 7:42 min', 'Learn more', 'Share full article', 'Save', '62', nyCaption, nyCredit,
    'Colm Farrelly covers energy and rural New England for the Climate desk.',
    'A version of this article appears in print on Feb. 10, 2026, Section A, Page 14 of the New York edition with the headline:',
    'Cold Snap Tests a Town’s Shared Heat Plan.', 'Order Reprints', 'Today’s Paper', 'Subscribe', 'Related Content', ...nyRelated, 'Site Index', ...nyIndex,
    ...nyFoot, ...nyConsent, 'Accept all', 'Reject all', 'Manage Privacy Preferences',
  ],
};
