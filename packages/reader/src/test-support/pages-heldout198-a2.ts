import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 198, page 2: a Bangkok Post news story (article-headline / article-info / article-content template). */
const title = 'Chiang Rai schools shut as haze hits hazardous level';
const dek = 'PM2.5 readings above 300 micrograms in three districts as farmers keep burning despite ban';
const body = [
  'CHIANG RAI: Provincial authorities ordered 214 schools in three northern districts to close for the rest of the week on Thursday ' +
    'after fine dust readings climbed to more than six times the national safe limit.',
  'The Pollution Control Department’s station in Mae Sai recorded PM2.5 at 318 microgrammes per cubic metre of air at 9am, while ' +
    'readings in Chiang Saen and Wiang Kaen were above 250. The national standard is 37.5 microgrammes.',
  'Chiang Rai governor Prasert Wongsakul said the closures covered all state and private schools from kindergarten to upper ' +
    'secondary level in the three districts. Students would be given work to complete at home, he said.',
  '“The health of the children comes first. Many of these schools are in open buildings without air filters, and we cannot keep ' +
    'them there when the air is this bad,” Mr Prasert said.',
  'Hospitals in the province reported a sharp rise in patients with respiratory complaints. Mae Sai Hospital said it had treated ' +
    '1,140 people for breathing problems, eye irritation and skin rashes in the past seven days, almost double the figure for the ' +
    'same week last year.',
  'Satellite images from the Geo-Informatics and Space Technology Development Agency showed 1,862 hotspots in the northern region ' +
    'on Wednesday, most of them in forest reserves and on farmland. Officials said many of the fires were started to clear fields ' +
    'after the maize harvest, despite a ban on open burning that has been in force since Feb 1.',
  'Pollution drifting across the border from neighbouring countries was also a factor, the department said. It counted more than ' +
    '4,000 hotspots in Myanmar and Laos close to the Thai border on the same day.',
  'Deputy governor Nattaya Srisuk said 46 people had been arrested for illegal burning in the province since the start of the year, ' +
    'and that village heads in areas with repeated fires could face disciplinary action.',
  'The provincial public health office advised residents to stay indoors where possible and to wear N95 masks when going out. ' +
    'Free masks are being handed out at district offices and health-promoting hospitals.',
  'The Meteorological Department said a weak high-pressure system over the upper North was trapping dust near the ground, and ' +
    'conditions were unlikely to improve before a change in wind direction expected early next week.',
];
const nav = ['Home', 'News', 'Business', 'Opinion', 'Life', 'Travel', 'Tech', 'Auto', 'Property', 'Learning', 'Video'];
const crumbs = ['News', 'General'];
const caption = 'A motorcyclist rides through thick haze in Mae Sai district of Chiang Rai on Thursday. (Photo: Saksith Inthanon)';
const share = ['Share', 'Tweet', 'Line'];
const keywords = ['haze', 'PM2.5', 'Chiang Rai', 'schools', 'burning'];
const related = [
  'Northern provinces declare disaster zones over smoke',
  'Open burning ban extended to end of April',
  'Air purifiers sell out in Chiang Mai as haze worsens',
  'Cabinet approves budget for forest fire crews',
];
const most = [
  'Baht weakens past 34 to the dollar',
  'Two killed as pickup plunges into canal in Pathum Thani',
  'New rail link to Laos border to open next year',
  'Tourist arrivals top 9 million in first quarter',
];
const foot = ['About Us', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Advertise with Us', 'Careers', 'RSS', 'Newsletter'];
const cookie =
  'We use cookies to improve your experience on our website and to offer you personalised content. By continuing to use our ' +
  'website, you agree to our cookie policy.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Chiang Rai schools shut as haze hits hazardous level</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="${dek}">
<meta property="og:site_name" content="https://www.bangkokpost.com"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta name="lead" content="${dek}"><meta name="cXenseParse:pageclass" content="article"><meta name="cXenseParse:bkp-section" content="news">
<link rel="canonical" href="https://www.bangkokpost.com/thailand/general/2981734/chiang-rai-schools-shut-as-haze-hits-hazardous-level">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-13T04:00:00+07:00",
"author":{"@type":"Person","name":"Apinya Chaiwong"},"publisher":{"@type":"Organization","name":"Bangkok Post"}}</script>
<link rel="stylesheet" href="https://static.bangkokpost.com/theme_bangkokpost/css/style.min.css?v=20250310">
<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script></head>
<body class="page-news"><div id="topbanner" class="ads-leaderboard"><div id="div-gpt-ad-Leaderboard_1"></div></div>
<header class="header"><div class="header--top"><a class="logo" href="/"><img alt="Bangkok Post" src="/theme_bangkokpost/img/logo.svg"></a>
<div class="header--member"><a href="/member/login">Log in</a><a class="btn-subscribe" href="/subscribe">Subscribe</a></div></div>
<nav class="menu-main"><ul class="menu-main--list">${links(nav)}</ul></nav></header>
<div class="container"><div class="row"><div class="col-15 col-md-10 news--detail">
<div class="breadcrumb"><a href="/">Home</a> <span>/</span> ${crumbs.map((c) => `<a href="/${c.toLowerCase()}">${c}</a>`).join(' <span>/</span> ')}</div>
<div class="article-headline"><h1>${title}</h1><h2>${dek}</h2>
<div class="article-info"><div class="article-info--col"><p>Published : 13 Mar 2025 at 04:00</p></div>
<div class="article-info--col"><p>Newspaper section: <a href="/newspaper/news">News</a></p></div>
<div class="article-info--col"><p>Writer: <a href="/search?q=Apinya+Chaiwong">Apinya Chaiwong</a></p></div></div>
<div class="article-info--share"><ul class="list-share">${share.map((s) => `<li><a class="btn-${s.toLowerCase()}" href="#">${s}</a></li>`).join('')}</ul>
<div class="text-size"><a class="txt-small" href="#">A</a><a class="txt-large" href="#">A+</a></div></div></div>
<div class="article-content"><div class="box-img"><figure><img alt="" src="https://static.bangkokpost.com/media/content/20250313/c1_2981734_700.jpg">
<figcaption>${caption}</figcaption></figure></div>
${ps(body.slice(0, 5))}
<div class="ads-inread"><span class="ads-label">Advertisement</span><div id="div-gpt-ad-InRead"></div></div>
${ps(body.slice(5))}
</div>
<div class="article-info--like"><p>Do you like the content of this article?</p><button class="btn-like">Like</button><button
class="btn-dislike">Dislike</button></div>
<div class="article-tags"><p class="title">Keywords</p><ul>${links(keywords)}</ul></div>
<div class="article-related"><h3>Related</h3><ul>${links(related)}</ul></div></div>
<div class="col-15 col-md-5 sidebar"><div class="ads-mpu"><span class="ads-label">Advertisement</span><div id="div-gpt-ad-MPU"></div></div>
<div class="box-mostview"><h3>Most Viewed</h3><ul>${links(most)}</ul></div>
<div class="box-newsletter"><h3>Bangkok Post newsletters</h3><p>Get the latest news from Thailand in your inbox every morning.</p>
<a class="btn" href="/newsletter">Sign up now</a></div></div></div></div>
<footer class="footer"><ul class="footer--menu">${links(foot)}</ul><p
class="copyright">© 2025 Bangkok Post Public Company Limited. All rights reserved.</p></footer>
<div class="cookie-consent" id="cookie-consent"><p>${cookie}</p><button id="cookie-accept">Accept</button></div>
<script src="https://static.bangkokpost.com/theme_bangkokpost/js/main.min.js?v=20250310"></script></body></html>`;
export const bangkokPost: TestPage = {
  name: 'heldout198-bangkok-post-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts([dek, ...body]),
  bylines: ['Published : 13 Mar 2025 at 04:00', 'Writer: Apinya Chaiwong'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', 'Subscribe', ...nav, 'Newspaper section: News', ...share, 'A+', caption, 'Advertisement', 'Do you like the content of this article?',
    'Like', 'Dislike', 'Keywords', ...keywords, 'Related', ...related, 'Most Viewed', ...most, 'Bangkok Post newsletters',
    'Get the latest news from Thailand in your inbox every morning.', 'Sign up now', ...foot,
    '© 2025 Bangkok Post Public Company Limited. All rights reserved.', cookie, 'Accept',
  ],
};
