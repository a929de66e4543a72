import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout263-kit.js';

/**
 * Held-out batch 263, file b: a Lee Enterprises paper on TownNews BLOX (asset-header with section kicker, tnt-byline and
 * tnt-date, share container, photo with caption-text and tnt-photo-credit, article-body with an inline "Related to this
 * story" box and a newsletter signup, tnt-tags, Most Popular, Viafoura comments and the footer) and a Sinclair local TV
 * station story built with hashed CSS-module class names (Watch Live bar, weather alert strip, author and time lines,
 * share icons, lead image caption, TOPICS list, "Loading ..." player, The National Desk rail and the footer).
 */
const lTitle = 'Fairmont grain elevator fire smolders for third day as crews pull corn from bins';
const lP = [
  j(
    'FAIRMONT — Firefighters from five departments were still pouring water into the north bins of the Prairie Gold Cooperative',
    'elevator Thursday, three days after a fire broke out in a dryer and spread into about 180,000 bushels of stored corn.',
  ),
  j(
    "No one has been hurt. Fairmont Fire Chief Ardis Kolb said the fire is contained to two of the elevator's six concrete bins,",
    'but grain fires can burn slowly for days because oxygen seeps in through the pile and there is no practical way to soak',
    'every layer.',
  ),
  j(
    '"You can\'t just flood a bin like a house," Kolb said. "The corn swells, it puts pressure on the walls, and you risk a',
    'structural failure. So we go slow. We pull grain out of the bottom, spread it on the ground and put it out there."',
  ),
];
const lH = ['Farmers wait on harvest plans', 'How the fire started'];
const lP2 = [
  j(
    "Prairie Gold general manager Wes Thornquist said the cooperative's other two locations, in Lindell and Oak Prairie, will",
    'accept deliveries from Fairmont-area members while the site is closed. He expects the south bins to reopen within a month.',
  ),
  'Members with grain stored in the damaged bins were told in a letter Wednesday that:',
];
const lList = [
  "all stored grain is covered under the cooperative's insurance policy;",
  'warehouse receipts will be honored at the posted price on the day of the fire;',
  'the co-op will hold an informational meeting May 28 at the Fairmont Legion hall.',
];
const lP3 = [
  j(
    'Kolb said an initial look points to a bearing failure in a grain dryer fan. The dryer was running to bring late-stored',
    "corn down to a safe moisture level. The state fire marshal's office sent an investigator Tuesday, which is routine for a fire",
    'at a commercial site of this size.',
  ),
  j(
    'Residents on the east side of town have reported a sweet, burnt smell, and the county health department advised people',
    'with asthma to keep windows closed while crews work. Highway 12 remained open.',
  ),
];
const lCaption = 'Smoke rises from the Prairie Gold Cooperative elevator in Fairmont on Tuesday afternoon.';
const lCredit = 'Nadia Pruitt, Valley Herald';
const lNav = ['Home', 'News', 'Sports', 'Obituaries', 'Opinion', 'Lifestyles', 'Classifieds', 'e-Edition', 'Contests'];
const lRelated = ['Grain bin safety training offered at Fairmont fire hall', 'Prairie Gold members approve merger with Lindell co-op'];
const lTags = ['Fairmont news', 'Fires', 'Grain Elevator Fire', 'Agriculture'];
const lPop = [
  'Obituary: Loretta Jean Haskins',
  'Police: Two arrested after chase ends in Lindell ditch',
  'Valley Herald readers pick the best burger in the county',
];
const lComments = [
  'Praying for everyone at the elevator. My dad hauled to that site for 30 years.',
  'Thank you to all the volunteer firefighters giving up their week for this.',
];
const lFoot = ['Contact Us', 'Submission Forms', 'Place an Ad', 'Terms of Use', 'Privacy Policy', 'Cookie Preferences', 'Site Index'];
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Fairmont grain elevator fire smolders for third day as crews pull corn from bins | Local News | valleyherald.example</title>
<meta name="description" content="Firefighters from five departments are still working the Prairie Gold Cooperative elevator fire.">
<meta property="og:site_name" content="Valley Herald"><meta name="author" content="Nadia Pruitt">
<link rel="canonical" href="https://valleyherald.example/news/local/article_4d2e0a7c-55b1-11f1-a2ce-1f0c3a7b5e91.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${lTitle}",
"author":{"@type":"Person","name":"Nadia Pruitt"},"datePublished":"2026-05-21T17:45:00-05:00","articleSection":"Local News"}</script>
<script>var __tnt = __tnt || {}; __tnt.asset = {"type":"article","uuid":"4d2e0a7c-55b1-11f1-a2ce-1f0c3a7b5e91","premium":true};</script>
</head><body class="page-article asset-article">
<div id="tncms-region-global-skip"><a href="#main-page-container" class="sr-only-focusable">Skip to main content</a></div>
<header id="site-header"><div class="navbar-brand"><a href="/" title="Valley Herald">Valley Herald</a></div>
<nav id="main-navigation" class="navbar"><ul class="nav navbar-nav">${links(lNav, 'dropdown')}</ul></nav>
<div class="user-controls"><a class="btn tnt-signup" href="/users/signup/">Subscribe</a><a class="btn tnt-login" href="/users/login/">Log In</a></div></header>
<section id="main-page-container"><div class="row"><div class="col-md-8 main-content">
<article itemscope itemtype="http://schema.org/NewsArticle" class="asset card-panel">
<header class="asset-header"><div class="meta"><span class="asset-section"><a href="/news/local/" class="text-muted">Local News</a></span></div>
<h1 class="headline"><span class="tnt-headline" itemprop="headline">${lTitle}</span></h1>
<div class="meta"><ul class="list-inline"><li><span class="tnt-byline"><a href="/users/profile/npruitt">Nadia Pruitt</a></span></li>
<li><time datetime="2026-05-21T17:45:00-05:00" class="tnt-date asset-date text-muted">May 21, 2026</time></li></ul></div>
<div class="share-container"><ul class="list-inline"><li class="share"><a class="tnt-share-facebook" href="#">Facebook</a></li>
<li class="share"><a class="tnt-share-twitter" href="#">Twitter</a></li><li class="share"><a class="tnt-share-email" href="#">Email</a></li>
<li class="share"><a class="tnt-share-print" href="#">Print</a></li></ul></div></header>
<div id="asset-photo-carousel"><figure class="photo layout-horizontal"><img class="img-responsive" src="https://bloximages.example/elevator.jpg" alt="">
<figcaption class="caption-container"><div class="caption-text"><p>${lCaption}</p></div>
<div class="tnt-photo-credit">${lCredit}</div></figcaption></figure></div>
<div class="asset-content subscriber-premium" id="article-body" itemprop="articleBody"><div class="lee-article-text">
${ps(lP)}
<div class="inline-asset tnt-related"><h4 class="related-title">Related to this story</h4><ul>${links(lRelated)}</ul></div>
<h3>${lH[0]}</h3>
${ps(lP2)}
<ul>${lis(lList)}</ul>
<div class="tnt-newsletter inline-asset"><h4>Get local news delivered to your inbox!</h4><p>Subscribe to our Daily Headlines newsletter.</p>
<button class="btn btn-primary">Sign up!</button></div>
<h3>${lH[1]}</h3>
${ps(lP3)}
</div></div>
<div class="asset-tags"><span class="tags-label">Tags</span><ul class="list-inline">${lis(lTags, 'tnt-tags')}</ul></div>
<div class="asset-comments"><h3 class="comments-title">Conversation</h3><div class="vf-comments">
<div class="vf-comment"><span class="vf-username">hwy12farmer</span><p class="vf-content">${lComments[0]}</p></div>
<div class="vf-comment"><span class="vf-username">Marcy D</span><p class="vf-content">${lComments[1]}</p></div></div></div>
</article></div><aside class="col-md-4"><div class="tnt-ads"><span class="ad-label">Advertisement</span></div>
<section class="most-popular"><h3 class="block-title">Most Popular</h3><ol>${links(lPop)}</ol></section></aside></div></section>
<footer id="site-footer"><ul>${links(lFoot)}</ul><p>© Copyright 2026 Valley Herald, 400 Main St. Fairmont | Powered by BLOX Content Management System
from TownNews.com.</p></footer></body></html>`;
const lee: TestPage = {
  name: 'heldout263-lee-townnews-blox-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: lH,
  body: texts([...lP, ...lP2, ...lList, ...lP3]),
  bylines: ['Nadia Pruitt', 'May 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Valley Herald', ...lNav, 'Subscribe', 'Log In', 'Local News', 'Facebook', 'Twitter', 'Email', 'Print', lCaption, lCredit,
    'Related to this story', ...lRelated, 'Get local news delivered to your inbox!', 'Subscribe to our Daily Headlines newsletter.', 'Sign up!',
    'Tags', ...lTags, 'Conversation', 'hwy12farmer', 'Marcy D', ...lComments, 'Advertisement', 'Most Popular', ...lPop, ...lFoot,
    '© Copyright 2026 Valley Herald, 400 Main St. Fairmont | Powered by BLOX Content Management System from TownNews.com.',
  ],
};

const sTitle = 'School district to cut two bus routes in fall, citing driver shortage';
const sP = [
  j(
    'WESTBROOK, Ore. (KWBR) — Families on the east side of the Westbrook-Tilden School District will have to find another way',
    'to get their children to school this fall, after the district announced it will eliminate two bus routes.',
  ),
  j(
    'The district told parents in an email Monday that routes 14 and 22, which serve about 160 students in the Hollins Creek',
    'and Mapleview neighborhoods, will end on the last day of the current school year.',
  ),
  j(
    'Transportation director Renata Solberg said the district has tried for two years to hire enough drivers. It currently',
    'employs 31 drivers for 36 routes, and office staff and mechanics have been filling in behind the wheel several days a week.',
  ),
  j(
    '"We can\'t keep asking our mechanics to drive a route in the morning and fix buses in the afternoon," Solberg said. "It\'s',
    'not sustainable, and it isn\'t safe for them or for the fleet."',
  ),
  j(
    'Students who live within a mile and a half of their school are not guaranteed bus service under state rules, and most of',
    'the affected students fall inside that distance. The district says it will keep a stop for students with disabilities',
    'and for those whose walking route crosses Highway 99.',
  ),
  j(
    'Parent Marisol Echevarria, whose two sons ride route 22, told KWBR the walk to Mapleview Elementary includes a stretch of',
    'road with no sidewalk. "I work at 7, my husband works at 6. I don\'t know what we\'re going to do," she said.',
  ),
  j(
    'The district said it will host a carpool sign-up night on June 3 and is raising its starting pay for new drivers to',
    '$26.50 an hour, with a $2,000 signing bonus for anyone who completes the commercial license training by August.',
  ),
  j(
    'The school board is expected to discuss the changes at its regular meeting next Thursday. Public comment is open to',
    'anyone who signs up at the door before 6:30 p.m.',
  ),
];
const sCaption = 'A Westbrook-Tilden school bus leaves the district transportation yard on Monday, May 18, 2026. (KWBR)';
const sNav = ['News', 'Weather', 'Sports', 'Crime Tracker', 'Video', 'Contests', 'Community', 'TV Listings'];
const sTopics = ['Westbrook-Tilden schools', 'School buses', 'Education'];
const sDesk = ['Senators strike deal on rural broadband money', 'Egg prices fall for a third straight month', 'How to spot a fake toll text'];
const sFoot = ['About Us', 'Contact Us', 'Careers', 'FCC Public File', 'EEO Report', 'Closed Captioning', 'Privacy Policy', 'Terms of Use'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${sTitle} | KWBR</title>
<meta name="description" content="Families in Hollins Creek and Mapleview will lose bus service this fall.">
<meta property="og:site_name" content="KWBR"><meta property="article:section" content="News">
<link rel="canonical" href="https://kwbr.example/news/local/school-district-to-cut-two-bus-routes-in-fall-citing-driver-shortage">
<link rel="stylesheet" href="/_next/static/css/9c1e2d6a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}",
"datePublished":"2026-05-19T18:12:04-07:00","dateModified":"2026-05-20T09:40:51-07:00","author":[{"@type":"Person","name":"Tessa Greer"}]}</script>
</head><body><div id="__next"><div class="index-module_appContainer__T1m3Q">
<div class="WatchLive-module_bar__Qz8kR"><a href="/live">Watch Live</a><span class="WatchLive-module_label__a1b2c">KWBR News at 6</span></div>
<div class="AlertBar-module_weather__8fKd2" role="alert"><span>Weather Alert</span> <a href="/weather/alerts">Frost Advisory until 8 AM</a></div>
<header class="Header-module_header__f0XzA"><a class="Header-module_logo__mR7yu" href="/" aria-label="KWBR">KWBR</a>
<nav class="Header-module_nav__kH3nQ"><ul>${links(sNav, 'Header-module_navItem__p9WbL')}</ul></nav></header>
<main class="index-module_main__Lx2pD"><div id="js-Story-Container" class="index-module_storyContainer__3WGoZ">
<h1 class="index-module_storyTitle__y4JmN">${sTitle}</h1>
<div class="index-module_storyAuthor__cE2tM"><span class="index-module_authorName__Hn6sR">by Tessa Greer</span></div>
<div class="index-module_storyDateTime__Qw9bX"><span>Tue, May 19th 2026 at 6:12 PM</span>
<span class="index-module_updated__Rv3kc">Updated Wed, May 20th 2026 at 9:40 AM</span></div>
<div class="ShareButtons-module_shareButtons__Z0pLe"><button aria-label="Share on Facebook">Facebook</button>
<button aria-label="Share on X">Share</button><button aria-label="Copy link">Copy Link</button></div>
<div class="StoryLeadImage-module_wrapper__tB7hx"><img src="https://kwbr.example/resources/media2/16x9/bus.jpg" alt="School bus">
<div class="StoryLeadImage-module_caption__Vn1sG">${sCaption}</div></div>
<div class="StoryText-module_storyText__G8vPc" id="js-Story-Text">
${ps(sP, ' class="StoryText-module_paragraph__dM1zA"')}
</div>
<div class="VideoPlayer-module_container__X5kL0"><div class="VideoPlayer-module_loading__bT2mA">Loading ...</div></div>
<div class="index-module_topics__Pn4oY"><span class="index-module_topicsLabel__uW3bS">TOPICS:</span>
<ul>${links(sTopics, 'index-module_topic__e2DkR')}</ul></div></div>
<aside class="index-module_rail__Kq7cV"><div class="Ad-module_ad__hJ9xB"><span>ADVERTISEMENT</span></div>
<section class="Rail-module_nationalDesk__s5WnE"><h2>The National Desk</h2><ul>${links(sDesk)}</ul></section></aside></main>
<footer class="Footer-module_footer__bR4tL"><ul>${links(sFoot)}</ul><p>© 2026 Sinclair, Inc.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":"a91c2e","title":"${sTitle}","station":"KWBR"}}},
"page":"/[...slug]","buildId":"r8Ht2"}</script></body></html>`;
const sinclair: TestPage = {
  name: 'heldout263-sinclair-local-tv-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sP),
  bylines: ['by Tessa Greer', 'Tue, May 19th 2026 at 6:12 PM', 'Updated Wed, May 20th 2026 at 9:40 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Watch Live', 'KWBR News at 6', 'Weather Alert', 'Frost Advisory until 8 AM', ...sNav, 'Facebook', 'Share', 'Copy Link', sCaption, 'Loading ...',
    'TOPICS:', ...sTopics, 'ADVERTISEMENT', 'The National Desk', ...sDesk, ...sFoot, '© 2026 Sinclair, Inc.',
  ],
};

export const HELDOUT263_B: readonly TestPage[] = [lee, sinclair];
