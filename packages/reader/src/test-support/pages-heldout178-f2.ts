import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 178, file f2: a Canadian Press story on a CityNews site (WordPress: the OneTrust cookie banner, the city
 * switcher, the header menu and the hidden mobile drawer that repeats it, the "ADVERTISEMENT" labels, the h1, the "By ...,
 * The Canadian Press" line with the "Posted" and "Last Updated" times, the share buttons, the lead photo with its "THE
 * CANADIAN PRESS/..." credit, the "first published" line at the end of the text, "Report a typo or error", the newsletter
 * box, the "Trending" and "Latest Canada News" rails and the footer).
 */
const cpTitle = 'Ferry operator adds winter sailings to Nova Scotia island after petition';
const cpP = [
  'PORT WENDELL, N.S. — Residents of a small Nova Scotia island will get two extra ferry crossings a day this winter after more ' +
    'than 900 people signed a petition complaining that the current schedule left them stranded.',
  'The province announced Monday that the ferry between Port Wendell and Cragg Island will run six times a day from December ' +
    'through March, up from four, at an additional cost of about $480,000.',
  '&quot;This is a lifeline service, and we heard very clearly that the winter schedule wasn\u2019t working for people who need to ' +
    'get to work, to school or to medical appointments,&quot; Public Works Minister Darlene Sutherland said in an interview.',
  'About 640 people live year-round on Cragg Island, which has a school, a general store and a volunteer fire department but ' + 'no doctor or pharmacy.',
  'Under the old winter schedule, the last ferry left the mainland at 5:15 p.m., which residents said made it impossible to ' +
    'work a full day in town or attend evening appointments. The new schedule adds a crossing at 7:30 p.m. and an early ' +
    'morning sailing at 6 a.m.',
  'Tanya MacIsaac, who organized the petition, said she was pleased but would keep pushing for a longer-term solution.',
  '&quot;We\u2019re grateful, honestly. But the boat is 42 years old and it\u2019s been out of service for repairs three times since ' +
    'the spring,&quot; said MacIsaac, a nurse who commutes to the regional hospital. &quot;When it breaks down, we\u2019re cut off.&quot;',
  'Sutherland said the province has started the design work for a replacement vessel, which is expected to cost about ' +
    '$30 million and could enter service in 2029.',
  'In the meantime, a smaller backup vessel will be kept on standby at Port Wendell during the winter months, she said.',
  'The Municipality of the County of Wendell said in a statement it welcomed the added sailings and would work with the ' +
    'province to extend parking at the mainland terminal, where cars often line the road on busy days.',
];
const cpFirst = 'This report by The Canadian Press was first published Nov. 3, 2025.';
const cpCaption = 'The ferry to Cragg Island docks at Port Wendell, N.S., on Saturday, Nov. 1, 2025.';
const cpCredit = 'THE CANADIAN PRESS/Andrew Vaughan-Hale';
const cpCities = ['Toronto', 'Vancouver', 'Calgary', 'Edmonton', 'Ottawa', 'Montreal', 'Winnipeg', 'Halifax'];
const cpNav = ['News', 'Local', 'Canada', 'World', 'Business', 'Entertainment', 'Sports', 'Weather', 'Traffic', 'Video'];
const cpShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Copy Link'];
const cpNews = ['Sign up for our newsletter', 'Get the latest news delivered to your inbox every morning.', 'Email address', 'Sign Up'];
const cpTrending = ['Highway 104 closed after multi-vehicle crash', 'Halifax council votes to extend transit hours', 'Snowfall warning issued for Cape Breton'];
const cpLatest = ['Bank of Canada governor to speak in Montreal', 'Federal wildfire review calls for more water bombers', 'Quebec nurses reach tentative deal'];
const cpCookie = [
  'We use cookies and similar technologies to provide our services, personalize content and ads, and analyze our traffic. ' +
    'By clicking Accept All Cookies, you agree to the storing of cookies on your device.',
  'Accept All Cookies',
  'Cookies Settings',
];
const cpFoot = ['About Us', 'Contact Us', 'Advertise With Us', 'Terms of Use', 'Privacy Policy', 'Accessibility', 'Site Map'];
const cpHtml = `<!doctype html>
<html lang="en-CA"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ferry operator adds winter sailings to Nova Scotia island after petition - CityNews Halifax</title>
<meta name="description" content="Residents of a small Nova Scotia island will get two extra ferry crossings a day this winter.">
<meta property="og:type" content="article">
<meta property="og:title" content="${cpTitle}"><meta property="og:site_name" content="CityNews Halifax"><meta name="author" content="The Canadian Press">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cpTitle}","datePublished":"2025-11-03T16:21:08-04:00",
"dateModified":"2025-11-03T18:02:44-04:00","author":[{"@type":"Person","name":"Keith Doucette"}],"publisher":{"@type":"Organization",
"name":"CityNews"}}</script>
<link rel="stylesheet" id="citynews-style-css" href="https://halifax.citynews.ca/wp-content/themes/citynews/dist/css/main.css?ver=4.8.2" media="all">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0b9f-citynews"></script></head>
<body class="post-template-default single single-post postid-2911047 single-format-standard market-halifax">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<p id="onetrust-policy-text">${cpCookie[0]}</p>
<button id="onetrust-accept-btn-handler">${cpCookie[1]}</button><button id="onetrust-pc-btn-handler">${cpCookie[2]}</button></div></div>
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="ad-wrapper ad-leaderboard"><span class="ad-label">ADVERTISEMENT</span><div id="gpt-leaderboard"></div></div>
<header class="site-header"><div class="market-switcher"><button class="market-switcher__toggle" aria-expanded="false">Halifax</button>
<ul class="market-switcher__list">${links(cpCities, 'market-switcher__item')}</ul></div><a class="site-logo" href="https://halifax.citynews.ca/">
<img src="https://halifax.citynews.ca/wp-content/themes/citynews/dist/img/citynews-logo.svg" alt="CityNews"></a>
<nav class="primary-nav" aria-label="Primary"><ul class="primary-nav__list">${links(cpNav, 'primary-nav__item')}</ul></nav></header>
<div class="mobile-drawer" aria-hidden="true" hidden><ul class="mobile-drawer__list">${links(cpNav, 'mobile-drawer__item')}</ul></div>
<main id="main" class="site-main"><div class="container"><div class="row"><div class="col-lg-8">
<article class="article" id="post-2911047"><header class="article__header"><h1 class="article__title single-title">${cpTitle}</h1>
<div class="article__meta"><p class="article__byline">By Keith Doucette, The Canadian Press</p>
<p class="article__date">Posted November 3, 2025 4:21 pm.</p><p class="article__updated">Last Updated November 3, 2025 6:02 pm.</p></div>
<div class="share-bar">${cpShare
  .map(
    (t) => `<button class="share-bar__btn" type="button" aria-label="${t}">
<span class="screen-reader-text">${t}</span></button>`,
  )
  .join('')}</div>
</header>
<figure class="article__featured-image"><img src="https://halifax.citynews.ca/wp-content/blogs.dir/sites/12/2025/11/03/ferry.jpg" alt="">
<figcaption class="article__caption">${cpCaption} <span class="article__credit">${cpCredit}</span></figcaption></figure>
<div class="article__body entry-content">
${ps(cpP)}
<p><em>${cpFirst}</em></p>
<div class="ad-wrapper ad-inline"><span class="ad-label">ADVERTISEMENT</span><div id="gpt-inline-1"></div></div>
</div>
<div class="article__report"><a href="/report-typo/?post=2911047">Report a typo or error</a></div></article>
<div class="newsletter-signup"><h3>${cpNews[0]}</h3><p>${cpNews[1]}</p><form><label for="nl-email">${cpNews[2]}</label><input id="nl-email" type="email">
<button type="submit">${cpNews[3]}</button></form></div></div>
<aside class="col-lg-4 sidebar"><section class="widget trending"><h2 class="widget__title">Trending</h2><ol>${links(cpTrending)}</ol></section>
<section class="widget latest"><h2 class="widget__title">Latest Canada News</h2><ul>${links(cpLatest)}</ul></section>
<div class="ad-wrapper ad-bigbox"><span class="ad-label">ADVERTISEMENT</span><div id="gpt-bigbox"></div></div></aside></div></div></main>
<footer class="site-footer"><ul class="footer-nav">${links(cpFoot)}</ul>
<p class="site-footer__copyright">© 2025 Rogers Media. All rights reserved.</p></footer>
<script src="https://halifax.citynews.ca/wp-content/themes/citynews/dist/js/main.js?ver=4.8.2" id="citynews-main-js"></script></body></html>`;
export const cpCityNews: TestPage = {
  html: cpHtml,
  name: 'heldout178-canadianpress-citynews-news',
  kind: 'news',
  // the dateline opens the first paragraph (body); the "first published" line at the end is a byline
  title: cpTitle,
  headings: [],
  body: texts(cpP),
  bylines: ['By Keith Doucette, The Canadian Press', 'Posted November 3, 2025 4:21 pm.', 'Last Updated November 3, 2025 6:02 pm.', cpFirst],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cpCookie, 'Skip to content', 'ADVERTISEMENT', ...cpCities, ...cpNav, ...cpShare, cpCaption, cpCredit, 'Report a typo or error', ...cpNews,
    'Trending', ...cpTrending, 'Latest Canada News', ...cpLatest, ...cpFoot, '© 2025 Rogers Media. All rights reserved.',
  ],
};
