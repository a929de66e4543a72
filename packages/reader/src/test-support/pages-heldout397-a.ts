import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout397-kit.js';
import { businessWire } from './pages-heldout397-a2.js';

/**
 * Held-out batch 397, file a: a PR Newswire release (Cision header with "News provided by", share bar, inline dateline,
 * media contact inside the release body, "View original content" and SOURCE lines, "Also from this source" and
 * "Explore" rails, footer with Cision copyright and the OneTrust banner) and, from file a2, a Business Wire release.
 */
const pTitle = 'Harrowgate Cold Chain Opens Automated Freezer Hub in Joliet to Serve Midwest Grocers';
const pDeck = 'The 410,000-square-foot site adds 62,000 pallet positions and cuts average delivery windows for independent stores by a day';
const pIntro = [
  j(
    'JOLIET, Ill., March 3, 2026 /PRNewswire/ -- Harrowgate Cold Chain, a temperature-controlled warehousing and distribution',
    'company based in Milwaukee, today opened its largest facility to date, an automated frozen-goods hub on the southern edge of',
    'Joliet. The site will store ice cream, frozen vegetables and ready meals for more than 300 independent grocers across Illinois,',
    'Indiana and Wisconsin.',
  ),
  j(
    'The building runs at minus 10 degrees Fahrenheit and relies on a high-bay rack system in which shuttles, rather than forklift',
    'drivers, move pallets in the coldest zones. Staff work mainly in a chilled dock area kept at 35 degrees, where orders are',
    'assembled and loaded onto trucks.',
  ),
  j(
    '"Independent grocers have told us for years that they wait too long for frozen stock and pay too much when it arrives in',
    'half-empty trucks," said Marisol Quenneville, chief executive officer of Harrowgate. "This hub lets us consolidate their orders',
    'overnight and deliver the next morning, which is the service the big chains already take for granted."',
  ),
];
const pH1 = 'What the Joliet hub adds';
const pList = [
  '62,000 pallet positions in a 120-foot high-bay freezer, roughly double the capacity of the company\u2019s Kenosha site',
  '48 dock doors with insulated seals and heated pads to prevent ice build-up on the floor',
  'A rooftop solar array of 3.1 megawatts that covers about a fifth of the building\u2019s annual electricity use',
  'Around 140 jobs, most of them in dock operations, maintenance and transport planning',
];
const pH2 = 'Shorter windows for smaller stores';
const pMid = [
  j(
    'Until now, many of the company\u2019s customers received frozen deliveries twice a week from Kenosha. Under the new schedule,',
    'stores within 180 miles of Joliet can order by 8 p.m. and receive goods before opening the next day. Harrowgate expects the',
    'change to reduce the average delivery window from 52 hours to 28 hours.',
  ),
  j(
    'The company worked with the Prairie State Grocers Cooperative to design the delivery routes. "Our members are often family',
    'businesses with one or two freezers in the back," said Owen Tallridge, the cooperative\u2019s operations director. "Smaller, more',
    'frequent drops mean less waste and fewer empty shelves on a Saturday."',
  ),
  j(
    'Construction began in the spring of 2024 and was financed through a combination of company funds and a loan from a regional',
    'development bank. Harrowgate said the refrigeration plant uses ammonia and carbon dioxide rather than synthetic refrigerants.',
  ),
];
const pH3 = 'About Harrowgate Cold Chain';
const pAbout = [
  j(
    'Harrowgate Cold Chain operates five temperature-controlled warehouses in the upper Midwest and a fleet of 210 refrigerated',
    'trucks. Founded in 1987 as a single cold store serving dairy farms, the company today handles chilled and frozen goods for',
    'grocers, restaurants and food manufacturers.',
  ),
];
const pContact = 'Media contact: Ilka Brandvold, Harrowgate Cold Chain, press@harrowgate.example, 414-555-0182';
const pNav = ['News in Focus', 'Business & Money', 'Science & Tech', 'Lifestyle & Health', 'Policy & Public Interest', 'People & Culture'];
const pTop = ['Send a Release', 'Sign Up', 'Resources', 'Blog', 'Journalists', 'Log In'];
const pAlso = ['Harrowgate Cold Chain Names New Chief Operating Officer', 'Harrowgate Cold Chain Completes Kenosha Freezer Expansion'];
const pExplore = ['Transportation, Trucking & Railroad', 'Retail', 'Food & Beverages', 'Construction & Building'];
const pFoot = ['Contact PR Newswire', 'Products', 'About', 'My Services', 'Global Sites', 'Terms of Use', 'Privacy Policy', 'Information Security Policy'];
const pFoot2 = ['Site Map', 'RSS', 'Cookie Settings'];
const pHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${pTitle}</title>
<meta name="description" content="The 410,000-square-foot site adds 62,000 pallet positions for Midwest grocers.">
<meta property="og:title" content="${pTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="PR Newswire">
<meta name="twitter:site" content="@PRNewswire"><link rel="canonical"
href="https://www.prnewswire.com/news-releases/harrowgate-cold-chain-opens-automated-freezer-hub-in-joliet-302712418.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}",
"datePublished":"2026-03-03T09:00:00-05:00","publisher":{"@type":"Organization","name":"PR Newswire"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"news release","releaseId":"302712418"});</script>
<link rel="stylesheet" href="/content/dam/prnewswire/css/release.min.css"></head>
<body class="prnewswire release-page"><div id="skip"><a href="#main" class="sr-only">Skip to content</a></div>
<header class="header"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/">
<img src="/content/dam/prnewswire/logo.svg" alt="PR Newswire: news distribution, targeting and monitoring"></a></div>
<ul class="nav navbar-nav utility-nav">${links(pTop)}</ul>
<form class="form-inline search-form" action="/search/news/"><input type="text" class="form-control" name="keyword" placeholder="Search">
<button class="btn" type="submit">Search</button></form>
<nav class="main-nav"><ul class="nav navbar-nav">${links(pNav, 'dropdown')}</ul></nav></div></header>
<main id="main"><article class="news-release inline-gallery-template">
<header class="container release-header"><div class="row"><div class="col-sm-12 col-lg-10 col-lg-offset-1">
<h1>${pTitle}</h1><h2>${pDeck}</h2>
<div class="row"><div class="col-sm-8"><div class="release-source"><p class="mb-no">News provided by</p>
<a href="/news/harrowgate-cold-chain/" class="text-uppercase"><strong>Harrowgate Cold Chain Inc</strong></a></div>
<p class="mb-no">Mar 03, 2026, 09:00 ET</p></div>
<div class="col-sm-4"><div class="social-share"><p class="social-share-label">Share this article</p><ul class="social-links">
<li><a class="social-link facebook" href="#" title="Share to Facebook"><span class="sr-only">Facebook</span></a></li>
<li><a class="social-link x" href="#" title="Share to X"><span class="sr-only">X</span></a></li>
<li><a class="social-link linkedin" href="#" title="Share to LinkedIn"><span class="sr-only">LinkedIn</span></a></li>
<li><a class="social-link email" href="#" title="Email"><span class="sr-only">Email</span></a></li></ul></div></div></div></div></div></header>
<div class="release-multimedia container"><figure class="release-image"><img src="https://mma.prnewswire.example/media/2391844/joliet.jpg"
alt="Harrowgate freezer hub in Joliet"><figcaption>The Joliet hub's high-bay freezer seen from the dock area. (PRNewsfoto/Harrowgate Cold Chain)
</figcaption></figure></div>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
${ps(pIntro)}
<p><b>${pH1}</b></p>
<ul type="disc">${pList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p><b>${pH2}</b></p>
${ps(pMid)}
<p><b>${pH3}</b></p>
${ps(pAbout)}
<p>${pContact}</p>
<p id="PURL"><img src="https://c212.net.example/c/img/favicon.png" alt=""> View original content to download multimedia:<a
href="https://www.prnewswire.com/news-releases/302712418.html" rel="nofollow">https://www.prnewswire.com/news-releases/302712418.html</a></p>
<p>SOURCE Harrowgate Cold Chain Inc</p>
</div></div></section></article>
<section class="container also-from-source"><h3>Also from this source</h3><ul class="list-unstyled">${links(pAlso)}</ul></section>
<section class="container explore"><h3>Explore</h3><p>More news releases in similar topics</p><ul class="list-inline">${links(pExplore)}</ul></section>
</main>
<footer class="footer"><div class="container"><ul class="footer-links">${links(pFoot)}</ul><ul class="footer-links">${links(pFoot2)}</ul>
<p class="copyright">Copyright © 2026 Cision US Inc.</p></div></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to personalise
content and ads and to analyse our traffic. You can manage your preferences at any time.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
<script src="/etc/clientlibs/prnewswire/release.min.js"></script></body></html>`;
const prNewswire: TestPage = {
  name: 'heldout397-prnewswire-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2, pH3],
  body: texts([pDeck, ...pIntro, ...pList, ...pMid, ...pAbout]),
  bylines: ['Harrowgate Cold Chain Inc', 'Mar 03, 2026, 09:00 ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...pTop, 'Search', ...pNav, 'News provided by', 'Share this article', 'Facebook', 'LinkedIn', 'Email',
    "The Joliet hub's high-bay freezer seen from the dock area. (PRNewsfoto/Harrowgate Cold Chain)", pContact,
    'View original content to download multimedia:https://www.prnewswire.com/news-releases/302712418.html', 'SOURCE Harrowgate Cold Chain Inc',
    'Also from this source', ...pAlso, 'Explore', 'More news releases in similar topics', ...pExplore, ...pFoot, ...pFoot2,
    'Copyright © 2026 Cision US Inc.',
    'We use cookies to personalise content and ads and to analyse our traffic. You can manage your preferences at any time.',
    'Accept All Cookies', 'Cookies Settings',
  ],
};

export const HELDOUT397_A: readonly TestPage[] = [prNewswire, businessWire];
