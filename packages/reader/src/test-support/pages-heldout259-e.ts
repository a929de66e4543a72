import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout259-kit.js';

/**
 * Held-out batch 259, file e: a Fox News-style article (speakable headline and sub-headline, author byline with source,
 * "Published" date, "NEW You can now listen to Fox News articles!" bar, capitalised in-body promos "CLICK HERE TO GET THE FOX
 * NEWS APP" and "READ MORE: ...", the author bio, newsletter sign-up and "Trending" rail) and an ABC News Australia-style
 * article (Typography_ / data-component markup, "Key points" box, byline with "Posted" and "Updated" times, share menu,
 * "Related stories", "Topics", the Acknowledgement of Country and the footer).
 */
const fTitle = 'Small business owners in Harlow Springs say new permit rule is slowing openings';
const fSub = 'A rule requiring a second fire inspection has pushed some openings back by months, owners say';
const fB1 = [
  j(
    'Small business owners in Harlow Springs say a new city rule requiring a second fire inspection before any restaurant or shop',
    'can open has added months to their timelines and thousands of dollars to their costs.',
  ),
  j(
    'The rule, passed by the city council last fall after a kitchen fire at a strip mall on Route 9, requires a follow-up inspection',
    'within 30 days of the first. Owners say the city has only two inspectors to do both.',
  ),
  j(
    '"I had my equipment in, my staff hired and my sign up, and I sat there for eleven weeks waiting for a man with a clipboard," said',
    'Carla Benning, who opened a bakery on Main Street in January. "I paid rent on an empty room the whole time."',
  ),
];
const fB2 = [
  j(
    'City manager Russ Tolliver said in an interview that the council was reviewing the backlog and had approved money for a third',
    'inspector, who is expected to start in April.',
  ),
  j(
    '"Nobody on the council wants to slow down businesses," Tolliver said. "But nobody wants another fire like the one on Route 9',
    'either. We are trying to find the balance."',
  ),
  j(
    'The Harlow Springs Chamber of Commerce says at least 14 businesses are waiting for a second inspection. Its director, Anita',
    'Colfax, has asked the city to let owners hire certified private inspectors, as several neighboring towns do.',
  ),
  j('Benning said she would support that. "I am not against safety," she said. "I am against waiting three months for a form."'),
  j(
    'Tolliver said the city would publish the inspection backlog on its website each week starting this month, so owners can see',
    'where they stand in the line and plan their openings around it.',
  ),
];
const fNav = ['U.S.', 'Politics', 'World', 'Opinion', 'Media', 'Entertainment', 'Sports', 'Lifestyle', 'Video'];
const fTrend = ['Town votes to keep its last covered bridge open to cars', 'Veteran, 99, gets high school diploma 80 years late'];
const fFoot = ['New Terms of Use', 'Privacy Policy', 'Your Privacy Choices', 'Closed Captioning Policy', 'Help', 'Contact Us', 'Accessibility Statement'];
const fHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${fTitle} | Fox News</title>
<meta name="description" content="${fSub}"><meta name="dc.creator" content="Brent Mayhew"><meta name="prism.section" content="us">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${fTitle}","author":[{"@type":"Person",
"name":"Brent Mayhew"}],"datePublished":"2026-03-05T11:00:16-05:00","publisher":{"@type":"Organization","name":"Fox News"}}</script>
<script>window.FOX_CONFIG = {"site":"foxnews","pageType":"article","section":"us"};</script></head>
<body class="fn article-single"><div id="wrapper" class="page"><header class="site-header"><div class="branding"><a href="/" class="logo">Fox
News</a></div><nav id="main-nav" class="nav"><ul>${links(fNav, 'menu-item')}</ul></nav><div class="user-actions"><a href="/account/login">Log
In</a><a href="/watch">Watch TV</a></div></header>
<div class="page-content"><main class="main-content"><article class="article-wrap has-video"><header class="article-header">
<div class="eyebrow"><a href="/category/us/economy/small-business">SMALL BUSINESS</a></div><h1 class="headline speakable">${fTitle}</h1>
<h2 class="sub-headline speakable">${fSub}</h2><div class="article-meta article-meta-upper"><div class="author-byline"><span>By <a href="/person/m/brent-mayhew"
>Brent Mayhew</a></span> <span class="article-source">Fox News</span></div>
<div class="article-date"><time>Published March 5, 2026 11:00am EST</time></div></div>
<div class="share-tools"><ul class="social-icons">${links(['Facebook', 'Twitter', 'Flipboard', 'Comments', 'Print', 'Email'], 'social-icon')}</ul></div>
<div class="article-audio"><p class="audio-promo"><strong>NEW</strong> You can now listen to Fox News articles!</p></div></header>
<div class="article-content"><div class="article-body">
${ps(fB1, ' class="speakable"')}
<p><strong><a href="https://www.foxnews.example/apps-products">CLICK HERE TO GET THE FOX NEWS APP</a></strong></p>
<div class="ad-container"><span class="ad-label">Advertisement</span></div>
${ps(fB2.slice(0, 2))}
<p><strong><a href="/us/covered-bridge-vote">READ MORE: TOWN VOTES TO KEEP ITS LAST COVERED BRIDGE</a></strong></p>
${ps(fB2.slice(2))}
</div><div class="author-bio"><p><em>Brent Mayhew is a reporter for Fox News Digital covering small business and the economy.
Story tips can be sent to the Fox News Digital newsroom.</em></p></div></div>
<div class="newsletter-signup"><h3>Get the latest updates from the 2026 campaign trail and exclusive interviews</h3><p>By entering your email and
clicking the Subscribe button, you agree to the Fox News Privacy Policy and Terms of Use.</p><button>Subscribe</button></div></article></main>
<aside class="sidebar"><div class="trending"><h3 class="title">Trending</h3><ul>${links(fTrend)}</ul></div></aside></div>
<footer class="site-footer"><ul>${links(fFoot)}</ul><p class="copyright">This material may not be published, broadcast, rewritten, or redistributed.
©2026 FOX News Network, LLC. All rights reserved.</p><p class="quotes">Quotes displayed in real-time or delayed by at least 15 minutes.</p></footer>
</div><div id="privacy-consent"><p>We use cookies to improve your experience.</p><button>Accept</button></div></body></html>`;
const fox: TestPage = {
  name: 'heldout259-foxnews-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([fSub, ...fB1, ...fB2]),
  bylines: ['By Brent Mayhew', 'Fox News', 'Published March 5, 2026 11:00am EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Log In', 'Watch TV', 'SMALL BUSINESS', 'Facebook', 'Twitter', 'Flipboard', 'Comments', 'Print', 'Email',
    'NEW You can now listen to Fox News articles!', 'CLICK HERE TO GET THE FOX NEWS APP', 'Advertisement',
    'READ MORE: TOWN VOTES TO KEEP ITS LAST COVERED BRIDGE',
    'Brent Mayhew is a reporter for Fox News Digital covering small business and the economy. Story tips can be sent to the Fox News Digital newsroom.',
    'Get the latest updates from the 2026 campaign trail and exclusive interviews',
    'By entering your email and clicking the Subscribe button, you agree to the Fox News Privacy Policy and Terms of Use.', 'Subscribe', 'Trending',
    ...fTrend, ...fFoot, 'This material may not be published, broadcast, rewritten, or redistributed.',
    '©2026 FOX News Network, LLC. All rights reserved.', 'Quotes displayed in real-time or delayed by at least 15 minutes.',
    'We use cookies to improve your experience.', 'Accept',
  ],
};

const kTitle = 'Tarrow Basin farmers count the cost of a late frost that hit just before harvest';
const kPoints = [
  'A frost on the night of March 2 damaged grape and stone fruit crops across the Tarrow Basin',
  'Growers estimate losses of up to 60 per cent on some properties',
  'The state government says it will consider disaster assistance once damage is assessed',
];
const kB1 = [
  j(
    'Growers in the Tarrow Basin are counting the cost of a rare late-summer frost that swept across the valley floor in the early hours',
    'of Monday morning, just weeks before harvest.',
  ),
  j(
    'Temperatures dropped to minus 1.5 degrees Celsius at the Kellow weather station, the coldest March reading there in more than 40',
    'years, according to the Bureau of Meteorology.',
  ),
  j(
    'Winegrape grower Lachlan Fitzroy walked his rows at dawn and found the leaves on the lower vines had turned black. "You could hear',
    'the crunch under your boots," he said. "I have never seen anything like it this close to picking."',
  ),
];
const kB2 = [
  j(
    "Mr Fitzroy estimates he has lost about half of this season's crop. Neighbouring stone fruit orchards reported similar damage,",
    'with some growers saying up to 60 per cent of their late peaches would not be saleable.',
  ),
  j(
    'Tarrow Basin Growers Association chair Deb Nguyen said the timing made it especially hard. "Most of the costs for this season',
    'have already been spent," she said. "The water, the sprays, the labour. There is no getting that back."',
  ),
  j(
    'Primary Industries Minister Sam Petrakis said the government would send assessors to the region this week and would consider disaster',
    'assistance once the full extent of the damage was known.',
  ),
  j(
    'Growers have been urged to document their losses with photographs and to contact their insurers early. A community meeting will',
    'be held at the Kellow Memorial Hall on Thursday evening.',
  ),
  j(
    'Ms Nguyen said the association would also ask banks to pause loan repayments for the worst-hit growers. "Some of these families',
    'have had drought, then floods, and now this," she said. "They need a bit of breathing room."',
  ),
];
const kH = ['"Nothing like it"', 'Government to send assessors'];
const kNav = ['Just In', 'For You', 'Politics', 'World', 'Business', 'Analysis', 'Sport', 'Lifestyle', 'Entertainment'];
const kRel = ['Hail storm shreds vines weeks before vintage', 'Why frost is getting harder to predict in inland valleys'];
const kTopics = ['Agriculture', 'Fruit', 'Viticulture', 'Weather', 'Kellow (Tarrow Basin)'];
const kTop = ['Interest rates on hold as inflation eases', 'Bushfire warning downgraded in the high country'];
const kFoot = ['ABC Home', 'About the ABC', 'Contact the ABC', 'Privacy Policy', 'Terms of Use', 'Editorial Policies', 'Accessibility', 'Help'];
const kAck = j(
  'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where',
  'we live, learn, and work.',
);
const kSvc = j(
  'This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service',
  'which is copyright and cannot be reproduced.',
);
const kHtml = `<!DOCTYPE html><html lang="en-AU"><head><meta charSet="utf-8"><title>${kTitle} - ABC News</title>
<meta name="description" content="Growers estimate losses of up to 60 per cent on some properties."><meta property="og:site_name" content="ABC News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${kTitle}","author":[{"@type":"Person",
"name":"Mia Castellano"}],"datePublished":"2026-03-04T18:31:00.000Z"}</script>
<script>window.__API__={"document":{"id":"104012345","docType":"Article"}};</script></head><body><div id="__next">
<a href="#content" class="SkipLinks_link__x1mQ7">Skip to main content</a><header data-component="Header" class="Header_header__Yk2Vx">
<a href="/news" aria-label="ABC News homepage"><svg></svg></a><nav data-component="Nav" aria-label="primary"><ul>${links(kNav, 'NavItem_item__3lTOb')}</ul>
</nav><button class="Header_search__ebnTN">Search</button></header>
<main id="content" data-component="Main"><article data-component="Article"><div data-component="ContentLayout"><header data-component="ArticleHeader">
<div data-component="Breadcrumbs"><a href="/news/rural" data-component="Link">Rural</a></div>
<h1 class="Typography_base__sj2RP Typography_sizeMobile42__u7kJn Typography_lineHeightMobile48__XOUAn" data-component="Heading">${kTitle}</h1>
<div data-component="Byline" class="Byline_byline__WbLdC"><div class="Byline_authors__q0l8V"><a data-component="Link" href="/news/mia-castellano/11">Mia
Castellano</a></div><div class="Byline_timestamps__uWxQ5"><p class="Typography_base__sj2RP">
<time data-component="Timestamp" datetime="2026-03-04T18:31:00Z">Posted
Thu 5 Mar 2026 at 5:31am</time></p><p><time data-component="Timestamp" datetime="2026-03-04T22:07:00Z">Updated Thu 5 Mar 2026 at 9:07am</time></p></div></div>
<div data-component="ShareUtility"><button class="ShareUtility_button__B5yuQ">Share</button><ul hidden>${links([
  'Copy link',
  'Facebook',
  'X (formerly Twitter)',
  'Email',
])}</ul></div></header>
<figure data-component="Figure"><img alt="Frost-blackened vine leaves" src="https://live-production.wcms.abc-cdn.example/frost.jpg">
<figcaption data-component="Figure__caption"><span class="Figure_caption__Hz3k5">Lachlan Fitzroy says the frost blackened the leaves on his lower
vines.</span><cite data-component="Figure__credit">(ABC Rural: Toby Wrenfield)</cite></figcaption></figure>
<div id="body" data-component="ArticleBody"><div data-component="KeyPoints" class="KeyPoints_keyPoints__9J2fK"><p class="KeyPoints_title__3tC2l">
<strong>Key points:</strong></p><ul>${kPoints.map((t) => `<li class="KeyPoints_item__T1mVw">${t}</li>`).join('\n')}</ul></div>
<div data-component="LayoutContainer">${ps(kB1, ' class="paragraph_paragraph__iYReA"')}
<h2 data-component="Heading" class="Typography_base__sj2RP">${kH[0] ?? ''}</h2>
${ps(kB2.slice(0, 2), ' class="paragraph_paragraph__iYReA"')}
<div data-component="EmbedBlock"><aside data-component="RelatedCard"><span class="RelatedCard_label__vUQ8a">Related Article</span><a href="/news/rural/hail">
${kRel[0] ?? ''}</a></aside></div>
<h2 data-component="Heading" class="Typography_base__sj2RP">${kH[1] ?? ''}</h2>
${ps(kB2.slice(2), ' class="paragraph_paragraph__iYReA"')}
</div></div>
<div data-component="RelatedStories"><h2 class="Typography_base__sj2RP">Related stories</h2><ul>${links(kRel)}</ul></div>
<div data-component="Topics"><h3 class="Topics_title__mH4jH">Topics</h3><ul>${links(kTopics, 'Topics_topic__ZrnX5')}</ul></div></div></article>
<aside data-component="TopStories"><h2>Top Stories</h2><ul>${links(kTop)}</ul></aside></main>
<footer data-component="Footer" class="Footer_footer__dF3fL"><p class="Footer_acknowledgement__tC4Yb">${kAck}</p><ul>${links(kFoot)}</ul>
<p>${kSvc}</p></footer></div></body></html>`;
const abcAu: TestPage = {
  name: 'heldout259-abc-au-news',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kPoints, ...kB1, ...kB2]),
  bylines: ['Mia Castellano', 'Posted Thu 5 Mar 2026 at 5:31am', 'Updated Thu 5 Mar 2026 at 9:07am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...kNav, 'Search', 'Rural', 'Share', 'Copy link', 'Facebook', 'X (formerly Twitter)', 'Email',
    'Lachlan Fitzroy says the frost blackened the leaves on his lower vines.', '(ABC Rural: Toby Wrenfield)', 'Key points:', 'Related Article',
    'Related stories', ...kRel, 'Topics', ...kTopics, 'Top Stories', ...kTop, kAck, ...kFoot,
    kSvc,
  ],
};

export const HELDOUT259_E: readonly TestPage[] = [fox, abcAu];
