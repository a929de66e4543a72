import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout709-kit.js';

/**
 * Held-out batch 709, file a: a heat-wave live-updates page on a Washington Post-style news site built with Arc XP (Fusion
 * app, `data-qa` markup, a "What to know" card, key updates, update cards with their own timestamps, headlines and bylines,
 * "Story continues below advertisement" slots, an interstitial link and a newsletter promo), and a climate desk story about
 * cement on a Quartz-like React site (hashed class names, obsession kicker, a chart embed, a newsletter box inside the body,
 * a metered paywall notice and cookie consent).
 */
const wTitle = 'Heat wave live updates: Grid operator orders rolling outages as Calverton hits 106 degrees';
const wKnow = [
  j(
    'Temperatures reached 106 degrees at Calverton Regional Airport on Wednesday afternoon, breaking the city’s all-time record of',
    '104 degrees, set in August 1936.',
  ),
  j(
    'The regional grid operator, Tidewater Interconnect, told utilities to shed up to 1,800 megawatts of demand in rotating',
    'blocks of about an hour, starting at 4:30 p.m.',
  ),
  'About 212,000 homes and businesses were without power at 6 p.m., according to utility outage maps.',
  'Cooling centers in Calverton, Port Ellery and Denham County will stay open overnight.',
];
type Card = { id: string; time: string; head: string; by: string; paras: string[] };
const wCards: Card[] = [
  {
    id: 'link-7QKD2XW',
    time: '6:31 p.m.',
    head: 'Outages ease as the evening cools, but the operator warns Thursday could be worse',
    by: 'Dana Whitlock',
    paras: [
      j(
        'Tidewater Interconnect ended its rotating outages at 6:15 p.m. as temperatures began to fall and demand dropped below',
        '41,000 megawatts, the operator said in a statement. Utilities expect to restore most customers within two hours, though',
        'some neighborhoods whose feeders tripped during the outages could be dark until morning.',
      ),
      j(
        'The relief may be short-lived. The National Weather Service expects Thursday’s high to reach 103 degrees, with',
        'overnight lows near 84, which leaves little time for homes and power equipment to cool down. “We are asking everyone to',
        'hold off on running dishwashers and dryers between 3 and 8 p.m. tomorrow,” said Gloria Mendez-Park, the operator’s',
        'chief of system operations.',
      ),
    ],
  },
  {
    id: 'link-5HTN8LA',
    time: '5:48 p.m.',
    head: 'Why the grid ran short: two gas plants tripped offline in the heat',
    by: 'Marcus Oyelaran',
    paras: [
      j(
        'The outages were triggered shortly after 4 p.m., when two gas-fired units at the Harrow Point station shut down within',
        'minutes of each other, taking about 1,100 megawatts off the grid at the moment demand was climbing toward a record.',
      ),
      j(
        'Harrow Point’s owner, Brightwater Generation, said the units tripped when the temperature of their cooling water passed',
        'safe limits. The plant draws from the Sallow River, which was running at 91 degrees on Wednesday afternoon.',
      ),
      j(
        'Grid planners have warned for years that thermal plants lose output in extreme heat just when they are needed most. A 2025',
        'review by the operator found that its gas fleet delivered about 8 percent less power than rated on days above 100 degrees.',
      ),
    ],
  },
  {
    id: 'link-2MRC4PE',
    time: '5:05 p.m.',
    head: 'Hospitals switch to backup generators in two counties',
    by: 'Teresa Quill',
    paras: [
      j(
        'Three hospitals in Denham and Marlowe counties moved to backup generators during the outages, and one, St. Aldric Medical',
        'Center, postponed elective surgeries scheduled for the evening.',
      ),
      j(
        '“Our generators can carry the building for days, but we do not want to test that during a heat emergency,” said Renata',
        'Voss, a spokeswoman for the hospital. “Patients who rely on oxygen at home should come to us or a cooling center if their',
        'power goes out.”',
      ),
    ],
  },
  {
    id: 'link-9WBF6JS',
    time: '4:20 p.m.',
    head: 'Calverton breaks its all-time heat record',
    by: 'Ines Barrowby',
    paras: [
      j(
        'The temperature at Calverton Regional Airport reached 105 degrees at 3:51 p.m. and 106 degrees at 4:12 p.m., the National',
        'Weather Service said, breaking a record that had stood for 91 years.',
      ),
      j(
        'The old mark of 104 degrees was set on Aug. 9, 1936, during the Dust Bowl summers, and tied once, in July 2011. Wednesday',
        'was also the city’s 11th consecutive day above 95 degrees, one short of the longest such streak on record.',
      ),
    ],
  },
];
const wNav = ['Politics', 'Opinions', 'Climate', 'Style', 'Investigations', 'World', 'Tech', 'Business', 'Sports'];
const wMost = [
  'What to do if your power goes out in extreme heat',
  'The Sallow River is running hotter than ever. Fish are paying the price.',
  'Why your electric bill could jump this summer',
];
const wFoot = ['About The Ledger', 'Careers', 'Newsroom Policies & Standards', 'Terms of Service', 'Privacy Policy', 'Print Products Terms', 'Help'];
const wCard = (c: Card, i: number): string => `<article id="${c.id}" class="live-update-card wpds-c-fJKSbB" data-qa="live-update-card">
<div class="card-meta" data-qa="card-timestamp"><span class="wpds-c-iKQyrV">${c.time}</span></div>
<h2 class="wpds-c-kjPWDb font-md font-bold" data-qa="card-headline">${c.head}</h2>
<div class="card-byline" data-qa="card-byline"><span>By </span><a href="/people/${c.by.toLowerCase().replace(/ /g, '-')}/" rel="author">${c.by}</a></div>
${ps(c.paras, ' class="wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css overrideStyles font-copy" data-el="text" dir="null"')}
${
  i === 1
    ? `<div class="interstitial-link" data-qa="interstitial-link"><p><b>Read more:</b> <a href="/climate-environment/2027/07/18/tidewater-outage-order/">How
Tidewater Interconnect decides whose power goes out first</a></p></div>`
    : ''
}${
  i === 3
    ? `<figure class="wpds-c-bDMpAe" data-qa="inline-image"><img alt=""
src="https://www.capitalledger.example/wp-apps/imrs.php?src=heat-fountain.jpg&amp;w=916">
<figcaption data-qa="caption"><span>A man cools off in the fountain at Harlan Square in Calverton on Wednesday.</span>
<span data-qa="credit">(Reza Amini/The Capital Ledger)</span></figcaption></figure>`
    : ''
}
<div class="card-actions"><button class="wpds-c-kSOqLF" data-qa="card-share-button" type="button"><span>Share</span></button>
<button class="wpds-c-kSOqLF" data-qa="card-copy-link" type="button"><span>Copy link</span></button></div></article>`;
const wAd = `<div class="ad-slot" data-qa="article-body-ad"><div class="ad-label" data-qa="ad-label">Story continues below advertisement</div>
<div id="slug_inline_bb" class="ad-container"></div></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Heat wave live updates: Rolling outages as Calverton hits 106 - The Capital Ledger</title>
<meta name="description" content="Live updates on the heat wave, grid emergency and power outages across the Tidewater region.">
<link rel="canonical" href="https://www.capitalledger.example/climate-environment/2027/07/21/heat-wave-live-updates-calverton-outages/">
<meta property="og:title" content="${wTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Capital Ledger">
<meta property="og:image" content="https://www.capitalledger.example/wp-apps/imrs.php?src=heat-fountain.jpg&amp;w=1440">
<meta name="twitter:site" content="@capitalledger"><meta property="article:section" content="Climate &amp; Environment">
<link rel="stylesheet" href="/pf/resources/dist/capledger/css/main.css?d=1184">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${wTitle}",
"coverageStartTime":"2027-07-21T12:02:00-04:00","dateModified":"2027-07-21T18:31:00-04:00",
"author":[{"@type":"Person","name":"Dana Whitlock"},{"@type":"Person","name":"Marcus Oyelaran"},{"@type":"Person","name":"Teresa Quill"}],
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".live-update-card"}}</script>
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="capledger";Fusion.contextPath="/pf";
Fusion.deployment="1184";Fusion.outputType="default";Fusion.globalContent={"_id":"HX4LV2QKJ5C7","type":"story","subtype":"live-all",
"taxonomy":{"primary_section":{"_id":"/climate-environment"}}};</script>
<script async src="/pf/dist/engine/react.js?d=1184"></script></head>
<body><div id="fusion-app" class="fusion-app">
<a class="skip-link wpds-c-hWpNcw" href="#main-content">Skip to main content</a>
<header class="site-header" data-qa="site-header"><div class="header-left"><button class="wpds-c-kSOqLF" data-qa="sc-sections-menu" type="button">
<span>Sections</span></button></div><div class="header-logo"><a href="/" aria-label="The Capital Ledger homepage"><svg aria-hidden="true"></svg></a></div>
<div class="header-right"><a class="wpds-c-kSOqLF" data-qa="sc-subscribe-button" href="/subscribe/">Subscribe</a>
<a class="wpds-c-kSOqLF" data-qa="sc-account-button" href="/account/sign-in/">Sign in</a></div></header>
<nav class="section-nav" data-qa="sc-section-nav" aria-label="Sections"><ul>${links(wNav, 'section-nav-item')}</ul></nav>
<div class="ad-slot ad-leaderboard" data-qa="ad-leaderboard"><div class="ad-label" data-qa="ad-label">Advertisement</div></div>
<main id="main-content" class="grid-layout"><div class="live-header" data-qa="live-header">
<div class="kicker" data-qa="kicker"><a href="/climate-environment/">Climate &amp; Environment</a></div>
<div class="live-label" data-qa="live-label"><span class="live-dot" aria-hidden="true"></span>Live</div>
<h1 class="wpds-c-iiQaMf font-lg font-bold" data-qa="headline" id="main-content-headline"><span data-qa="headline-text">${wTitle}</span></h1>
<div class="live-timestamp" data-qa="updated-timestamp"><span>Updated July 21, 2027 at 6:31 p.m. EDT</span></div>
<div class="author-byline" data-qa="author-byline"><span>By </span><a href="/people/dana-whitlock/">Dana Whitlock</a>,
<a href="/people/marcus-oyelaran/">Marcus Oyelaran</a> and <a href="/people/teresa-quill/">Teresa Quill</a></div>
<div class="share-bar" data-qa="share-bar"><button class="wpds-c-kSOqLF" data-qa="gift-article-button" type="button"><span>Gift Article</span></button>
<button class="wpds-c-kSOqLF" data-qa="share-button" type="button"><span>Share</span></button>
<a class="wpds-c-kSOqLF" data-qa="comments-btn" href="#comments"><span>Comment</span><span data-qa="comment-count">1,204</span></a>
<button class="wpds-c-kSOqLF" data-qa="save-button" type="button"><span>Save</span></button></div></div>
<div class="live-feed">
<div class="key-updates" data-qa="key-updates"><h2 class="wpds-c-dNtLNS">Key updates</h2><ul>
${wCards.map((c) => `<li><a href="#${c.id}">${c.head}</a></li>`).join('\n')}</ul></div>
<article class="live-update-card pinned" data-qa="pinned-card"><div class="pinned-label" data-qa="pinned-label">Pinned</div>
<h2 class="wpds-c-kjPWDb font-md font-bold" data-qa="card-headline">What to know</h2><ul class="wpds-c-fBqdIL">${lis(wKnow)}</ul></article>
${wCard(wCards[0] ?? { id: '', time: '', head: '', by: '', paras: [] }, 0)}
<div class="newsletter-promo" data-qa="newsletter-signup-promo"><div class="nl-title">Climate Coach</div>
<p class="nl-desc">Answers to your questions about a changing planet, every Tuesday.</p>
<a class="wpds-c-kSOqLF" href="/newsletters/climate-coach/">Sign up</a></div>
${wCard(wCards[1] ?? { id: '', time: '', head: '', by: '', paras: [] }, 1)}
${wAd}
${wCards
  .slice(2)
  .map((c, i) => wCard(c, i + 2))
  .join('\n')}
<button class="wpds-c-kSOqLF load-more" data-qa="load-more-updates" type="button">Load more updates</button></div>
<aside class="right-rail" data-qa="right-rail"><div class="most-read" data-qa="most-read"><h2>Most Read Climate &amp; Environment</h2>
<ol>${links(wMost, 'most-read-item')}</ol></div>
<div class="ad-slot ad-rail" data-qa="ad-right-rail"><div class="ad-label" data-qa="ad-label">Advertisement</div></div></aside>
<section id="comments" class="comments" data-qa="comments-section"><h2>Comments</h2>
<p>Subscribe to comment and get the full experience. Choose your plan <a href="/subscribe/">→</a></p></section></main>
<div class="paywall-footer" data-qa="paywall-footer"><p>Breaking news and live coverage, whenever it happens. Get unlimited access for $1 every 4 weeks.</p>
<a class="wpds-c-kSOqLF" href="/subscribe/">Subscribe</a></div>
<footer class="site-footer" data-qa="site-footer"><div class="footer-heading">Company</div><ul>${links(wFoot)}</ul>
<p class="copyright">© 1996-2027 The Capital Ledger</p></footer></div>
<script id="fusion-static-enter" type="application/javascript">Fusion.spa=false;Fusion.lastModified=1784672460000;</script></body></html>`;
const arc: TestPage = gold({
  name: 'heldout709-arcxp-heat-live',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: ['What to know', ...wCards.map((c) => c.head)],
  body: texts([...wKnow, ...wCards.flatMap((c) => c.paras)]),
  bylines: ['Updated July 21, 2027 at 6:31 p.m. EDT', 'By', 'Dana Whitlock', 'Marcus Oyelaran', 'Teresa Quill', ...wCards.flatMap((c) => [c.time, c.by])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sections', 'Subscribe', 'Sign in', ...wNav, 'Advertisement', 'Climate & Environment', 'Live', 'Gift Article', 'Share',
    'Comment', '1,204', 'Save', 'Key updates', ...wCards.map((c) => c.head), 'Pinned', 'Copy link', 'Climate Coach',
    'Answers to your questions about a changing planet, every Tuesday.', 'Sign up', 'Read more:',
    'How Tidewater Interconnect decides whose power goes out first', 'Story continues below advertisement',
    'A man cools off in the fountain at Harlan Square in Calverton on Wednesday.', '(Reza Amini/The Capital Ledger)', 'Load more updates',
    'Most Read Climate & Environment', ...wMost, 'Comments', 'Subscribe to comment and get the full experience. Choose your plan',
    'Breaking news and live coverage, whenever it happens. Get unlimited access for $1 every 4 weeks.', 'Company', ...wFoot,
    '© 1996-2027 The Capital Ledger',
  ],
});

const qTitle = 'The cheapest way to cut cement emissions may be to use less cement';
const qDek = 'A Porto Verde startup says it can halve the clinker in concrete without weakening it. Builders are cautiously interested.';
const qSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Cement is the glue of the modern world, and one of its dirtiest ingredients. Making clinker, the grey nodules that give',
        'cement its strength, means heating limestone to about 1,450°C, a process that releases carbon dioxide both from the fuel',
        'and from the rock itself. Together, the world’s kilns account for roughly 7% of global emissions.',
      ),
      j(
        'Most plans to clean that up are expensive. Capturing the CO2 from a kiln can add $60 to $100 to the price of a tonne of',
        'cement, and the first carbon-capture plants are still years from operating at scale. Calcera, a three-year-old company in',
        'Porto Verde, is betting on something less glamorous: using much less clinker in the first place.',
      ),
    ],
  ],
  [
    'Less clinker, same strength',
    [
      j(
        'Calcera’s blend replaces about half the clinker with a mix of calcined clay and ground limestone, materials that need',
        'lower kiln temperatures and release far less carbon. The idea is not new; researchers have tested similar blends since the',
        '2010s. What the company says it has added is a grinding and sorting process that makes the mix behave like ordinary',
        'cement on a building site, so crews do not have to change how they work.',
      ),
      j(
        '“Contractors do not want a science project,” said Beatriz Louro, Calcera’s chief executive and a former quality',
        'manager at one of the country’s largest cement makers. “They want it to pour, set and pass the cube test on day 28. If',
        'it does that, most of them will take the lower carbon number for free.”',
      ),
      j(
        'Independent tests at the Atlantic Institute of Materials found that concrete made with Calcera’s cement reached 94% of the',
        'strength of a standard mix after 28 days, and matched it after 90. The embodied carbon was 41% lower per cubic metre.',
      ),
    ],
  ],
  [
    'Who pays for the switch',
    [
      j(
        'The harder question is demand. Calcera’s cement costs about the same to make as the ordinary kind, but building codes in',
        'many countries still limit how much clinker can be replaced, and engineers tend to specify what they know.',
      ),
      'Three things could change that quickly:',
    ],
  ],
];
const qList = [
  'Public buyers writing carbon limits into tenders, as Porto Verde did for its new metro line last year',
  'A carbon border tax in the country’s main export markets, due to start in 2028',
  'Insurers accepting the test data for high-rise buildings, which they have not yet done',
];
const qEnd = [
  j(
    'Calcera is building its first full-size plant on the site of a closed kiln near Sardal, with capacity for 400,000 tonnes a',
    'year from 2029. That is a rounding error next to the 4 billion tonnes of cement the world makes each year. But if the',
    'blend proves itself on the metro, Louro says, “the big producers will copy it, and that is fine with us.”',
  ),
];
const qNav = ['Latest', 'Economy', 'Climate', 'Tech', 'Work', 'Markets', 'Newsletters'];
const qMore = [
  'Green steel’s first customers are carmakers, not builders',
  'What a carbon border tax means for exporters',
  'The concrete pour that could decide a city’s climate target',
];
const qTags = ['Cement', 'Carbon emissions', 'Construction', 'Startups'];
const qFoot = ['About', 'Careers', 'Contact', 'Advertise', 'Privacy Policy', 'Terms and Conditions', 'Manage cookies'];
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>The cheapest way to cut cement emissions may be to use less cement — Meridian</title>
<meta name="description" content="${qDek}"><link rel="canonical" href="https://meridian.example/climate/calcera-low-clinker-cement-1851127">
<meta property="og:type" content="article"><meta property="og:title" content="${qTitle}"><meta property="og:description" content="${qDek}">
<meta property="og:image" content="https://cms.meridian.example/i/calcera-kiln-sardal.jpg?w=1600"><meta name="twitter:card" content="summary_large_image">
<meta name="parsely-tags" content="obsession:net-zero-industry,cement,startups"><link rel="stylesheet" href="/static/css/main.7f2c91ab.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${qTitle}","datePublished":"2027-03-09T10:30:00Z",
"author":{"@type":"Person","name":"Halima Osei-Brandt"},"publisher":{"@type":"Organization","name":"Meridian"},"isAccessibleForFree":"False"}</script>
<script>window.__INITIAL_STATE__={"article":{"id":1851127,"obsession":"net-zero-industry","wordCount":742},"meter":{"limit":3,"count":2}};</script>
</head><body><div id="root"><div class="_3e1b0" data-reactroot="">
<div class="_c8a42 _1f0d9" role="dialog" aria-label="Cookie consent"><p class="_4b7e1">We use cookies to understand how you use Meridian and to show you
relevant ads. You can change your choice at any time in Manage cookies.</p><button class="_9a2f3" type="button">Accept all</button>
<button class="_9a2f3 _0d1e4" type="button">Reject non-essential</button></div>
<header class="_8d2c7"><a class="_5f1a0" href="/" aria-label="Meridian home"><svg aria-hidden="true"></svg></a>
<nav class="_71b3e" aria-label="Primary"><ul class="_2ce58">${links(qNav, '_b0a61')}</ul></nav>
<div class="_e93f2"><a class="_6a0c4" href="/subscribe">Become a member</a><a class="_6a0c4 _7d1b2" href="/login">Log in</a></div></header>
<main class="_41a7d"><article class="_0ea35" data-article-id="1851127"><header class="_f7c12">
<div class="_a8d3b"><a class="_12e9f" href="/obsession/net-zero-industry">Obsession</a><span class="_d44a0">Net-Zero Industry</span></div>
<h1 class="_21349 _c7e2a">${qTitle}</h1><h2 class="_5b7b0">${qDek}</h2>
<div class="_8e4c1"><div class="_a6b9e"><span>By </span><a class="_d3f5a" href="/author/hosei-brandt">Halima Osei-Brandt</a></div>
<div class="_0b6d2"><span class="_3b5f7">Climate reporter</span></div><time class="_1c2a8" datetime="2027-03-09T10:30:00Z">Published March 9, 2027</time>
<span class="_9e0c3">5 min read</span></div>
<div class="_5d0c1" aria-label="Share this story"><button class="_b7f06" aria-label="Share on LinkedIn"></button>
<button class="_b7f06" aria-label="Share on X"></button><button class="_b7f06" aria-label="Share by email"></button>
<button class="_b7f06 _e1a99" type="button">Copy link</button></div></header>
<figure class="_7f5e2"><img alt="A disused cement kiln near Sardal" src="https://cms.meridian.example/i/calcera-kiln-sardal.jpg?w=1200">
<figcaption class="_c0f3a"><span class="_49a1b">Calcera plans to build its first plant on the site of this closed kiln near Sardal.</span>
<span class="_86d2e">Photo: Tomás Arriaga for Meridian</span></figcaption></figure>
<div class="_61c55" data-testid="article-body">
${ps(qSecs[0]?.[1] ?? [], ' class="_5bd49"')}
<div class="_7ab3d" data-testid="newsletter-inline"><div class="_f22e1">Meridian Climate Brief</div>
<p class="_b8c10">The money, tech and policy behind the energy transition, in your inbox every Thursday.</p>
<form class="_e4a0d"><label class="_vh" for="nl-inline">Email address</label><input id="nl-inline" type="email" placeholder="Email address">
<button class="_9a2f3" type="submit">Sign me up</button></form><p class="_0c6f8">By signing up you agree to our Terms and Privacy Policy.</p></div>
<h2 class="_ec2bc">${qSecs[1]?.[0] ?? ''}</h2>
${ps(qSecs[1]?.[1] ?? [], ' class="_5bd49"')}
<figure class="_2d1ef" data-testid="chart-embed"><div class="_e8c77">Clinker share of cement, by region</div>
<div class="datawrapper-embed"><iframe title="Clinker share of cement, by region" src="https://datawrapper.example/_/kQ31x/2/" scrolling="no"
frameborder="0" height="380"></iframe></div><figcaption class="_c0f3a">Source: Global Cement Data Project, 2026 estimates</figcaption></figure>
<h2 class="_ec2bc">${qSecs[2]?.[0] ?? ''}</h2>
${ps(qSecs[2]?.[1] ?? [], ' class="_5bd49"')}
<ul class="_8f0b4">${lis(qList, '_4c3d1')}</ul>
${ps(qEnd, ' class="_5bd49"')}
</div>
<div class="_35aa0" data-testid="article-tags"><span class="_1b0e7">Topics</span><ul>${links(qTags, '_d0f7a')}</ul></div>
</article>
<aside class="_77e0b" data-testid="more-stories"><h3 class="_2f4d9">More from Meridian</h3><ul>${links(qMore, '_3ad61')}</ul></aside>
<div class="_ff31c" data-testid="paywall-meter"><p class="_a90d3">You have read 2 of 3 free articles this month.</p>
<p class="_a90d3">Become a member for unlimited access to Meridian’s climate and business journalism.</p>
<a class="_9a2f3" href="/subscribe?source=meter">See membership options</a></div></main>
<footer class="_0a3e9"><ul class="_6fd12">${links(qFoot, '_8b2e4')}</ul><p class="_77c01">© 2027 Meridian Media Group. All rights reserved.</p></footer>
</div></div><script src="/static/js/main.31ac7e02.js"></script></body></html>`;
const quartz: TestPage = gold({
  name: 'heldout709-react-cement-climate',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: qSecs.slice(1).map(([h]) => h),
  body: texts([qDek, ...qSecs.flatMap(([, p]) => p), ...qList, ...qEnd]),
  bylines: ['By', 'Halima Osei-Brandt', 'Climate reporter', 'Published March 9, 2027', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to understand how you use Meridian and to show you relevant ads. You can change your choice at any time in Manage cookies.',
    'Accept all', 'Reject non-essential', ...qNav, 'Become a member', 'Log in', 'Obsession', 'Net-Zero Industry', 'Copy link',
    'Calcera plans to build its first plant on the site of this closed kiln near Sardal.', 'Photo: Tomás Arriaga for Meridian',
    'Meridian Climate Brief', 'The money, tech and policy behind the energy transition, in your inbox every Thursday.', 'Email address', 'Sign me up',
    'By signing up you agree to our Terms and Privacy Policy.', 'Clinker share of cement, by region',
    'Source: Global Cement Data Project, 2026 estimates', 'Topics', ...qTags, 'More from Meridian', ...qMore,
    'You have read 2 of 3 free articles this month.',
    'Become a member for unlimited access to Meridian’s climate and business journalism.', 'See membership options', ...qFoot,
    '© 2027 Meridian Media Group. All rights reserved.',
  ],
});

export const HELDOUT709_A: readonly TestPage[] = [arc, quartz];
