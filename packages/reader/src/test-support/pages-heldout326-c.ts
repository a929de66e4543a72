import { j, lis } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file c: a mining-industry news story on a WordPress news theme in the style of MINING.COM, with the
 * commodity price ticker bar, the header and menu, the post header with author, date and reading time, social share
 * buttons, a photo with caption, an inline "Read more" promo, tags, the "More news" grid, a price widget sidebar,
 * newsletter box, footer and the cookie notice.
 */
const eTitle = 'Kalvora Resources cuts copper guidance as Andean mill outage drags into second month';
const eP1 = [
  j(
    'Kalvora Resources lowered its 2026 copper production forecast by 9% on Tuesday, blaming a ball-mill failure at its',
    'Quebrada Alta concentrator in northern Chile that has kept the plant at half capacity since mid-January.',
  ),
  j(
    'The Toronto-listed miner now expects to produce between 182,000 and 195,000 tonnes of copper in concentrate this year,',
    'down from earlier guidance of 200,000 to 215,000 tonnes. Its shares fell 7.4% in morning trading.',
  ),
  j(
    'In a statement, chief executive Mateo Ferrand said a cracked girth gear on the larger of the two mills had been removed and',
    'a replacement was being shipped from a supplier in Germany. The company expects the mill back in service in early April.',
  ),
];
const eH1 = 'Costs to rise';
const eP2 = ['Kalvora said the outage would also lift its all-in sustaining costs. The revised outlook includes:'];
const eL1 = [
  'All-in sustaining costs of $2.45 to $2.65 per pound, up from $2.20 to $2.40',
  'Sustaining capital unchanged at $310 million',
  'Molybdenum output trimmed to 3,100 tonnes from 3,600 tonnes',
];
const eP3 = [
  j(
    'Analysts at Brisk Capital said the cut was larger than they had modelled but noted that the company had kept its',
    'expansion budget intact. “The mill is a one-off; the expansion is the story,” they wrote in a note to clients.',
  ),
];
const eH2 = 'Tight market';
const eP4 = [
  j(
    'The outage comes as the copper concentrate market remains tight. Treatment charges agreed in spot deals have stayed near',
    'record lows, and several smelters in Asia have cut runs because they cannot source enough feed.',
  ),
  j(
    'Quebrada Alta shipped most of its concentrate to smelters in Japan and South Korea last year. Kalvora said it had',
    'notified buyers of possible delays to shipments scheduled for March but did not expect to declare force majeure.',
  ),
];
const eTicker = ['Copper $4.38/lb', 'Gold $2,914/oz', 'Silver $32.71/oz', 'Nickel $7.62/lb', 'Zinc $1.29/lb', 'Iron Ore $104.20/t'];
const eNav = ['News', 'Markets', 'Copper', 'Gold', 'Battery Metals', 'Jobs', 'Newsletter'];
const eMore = [
  'Zambia’s copper output rises for third straight month',
  'Lithium juniors merge to fund Nevada pilot plant',
  'Gold hits record on rate-cut bets',
];
const eFoot = ['About', 'Advertise', 'Contact', 'Privacy', 'Terms of Use'];
const eHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${eTitle} - ORE REPORT</title>
<meta property="og:type" content="article"><meta property="og:title" content="${eTitle}"><meta name="twitter:label1" content="Est. reading time">
<meta name="twitter:data1" content="3 minutes"><link rel="canonical" href="https://www.orereport.example/kalvora-cuts-copper-guidance/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${eTitle}",
"datePublished":"2026-02-24T15:12:44+00:00","author":{"@type":"Person","name":"Lucía Ambrose"},"articleSection":"Copper"}</script>
<script>var orePrices={"copper":4.38,"gold":2914,"updated":"2026-02-24T15:00:00Z"};</script></head>
<body class="post-template-default single single-post postid-1170522">
<div class="ticker-bar" id="ticker"><div class="ticker-bar__inner"><ul class="ticker-list">${lis(eTicker, 'ticker-item')}</ul>
<span class="ticker-bar__note">Prices delayed 15 min</span></div></div>
<header class="site-header"><div class="container"><a class="navbar-brand" href="/">ORE REPORT</a>
<nav class="navbar"><ul id="menu-main" class="navbar-nav">${links(eNav, 'menu-item nav-item')}</ul></nav>
<a class="btn btn-subscribe" href="/newsletter/">Get the newsletter</a></div></header>
<div class="container"><div class="row"><main class="col-lg-8 single-post-container">
<div class="post-header"><div class="post-cat"><a href="/category/copper/">Copper</a></div>
<h1 class="single-title">${eTitle}</h1>
<div class="post-meta"><span class="author-name">Lucía Ambrose</span> <span class="post-date">Feb. 24, 2026, 3:12 PM</span>
<span class="reading-time">3 min read</span></div>
<div class="share-buttons"><a class="share-btn share-fb" href="#">Share</a><a class="share-btn share-tw" href="#">Tweet</a>
<a class="share-btn share-li" href="#">Post</a></div></div>
<figure class="wp-block-image featured-image"><img src="https://www.orereport.example/wp-content/uploads/2026/02/quebrada-alta.jpg" alt="">
<figcaption>Quebrada Alta concentrator in the Atacama region. (Image courtesy of Kalvora Resources.)</figcaption></figure>
<div class="post-inner-content">
${ps(eP1)}
<h2>${eH1}</h2>
${ps(eP2)}
<ul>${lis(eL1)}</ul>
${ps(eP3)}
<p class="related-inline"><strong>Read more: <a href="/chile-copper-smelter-feed/">Chilean smelters idle lines as feed dries up</a></strong></p>
<h2>${eH2}</h2>
${ps(eP4)}
</div>
<div class="post-tags"><a href="/tag/chile/" rel="tag">Chile</a><a href="/tag/copper-guidance/" rel="tag">copper guidance</a></div>
<section class="more-news"><h3 class="section-title">More News</h3><div class="row">
${eMore.map((t) => `<div class="col-md-4 more-news__item"><a href="#"><h4>${t}</h4></a></div>`).join('\n')}</div></section></main>
<aside class="col-lg-4 sidebar"><div class="widget price-widget"><h3 class="widget-title">Metal prices</h3><table class="price-table">
<tr><td>Copper</td><td>4.38</td><td class="down">-0.6%</td></tr><tr><td>Cobalt</td><td>15.10</td><td class="up">+1.2%</td></tr></table>
<a href="/markets/">See all prices</a></div>
<div class="widget newsletter-widget"><h3 class="widget-title">Never miss a story</h3><p>The day’s top mining news in your inbox.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>
<div class="widget ad-widget"><span class="ad-label">Sponsored</span></div></aside></div></div>
<footer class="site-footer"><ul class="footer-menu">${links(eFoot)}</ul><p>Copyright © 2026 Ore Report Media Inc.</p></footer>
<div id="cookie-notice" role="dialog"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best
experience on our website.</span><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a>
<a href="/privacy/" class="cn-privacy-policy-link cn-link">Privacy policy</a></div></body></html>`;
const oreReport: TestPage = {
  name: 'heldout326-wordpress-mining-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2],
  body: texts([...eP1, ...eP2, ...eL1, ...eP3, ...eP4]),
  bylines: ['Lucía Ambrose', 'Feb. 24, 2026, 3:12 PM', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eTicker, 'Prices delayed 15 min', 'ORE REPORT', ...eNav, 'Get the newsletter', 'Share', 'Tweet', 'Post',
    'Quebrada Alta concentrator in the Atacama region. (Image courtesy of Kalvora Resources.)', 'Read more:',
    'Chilean smelters idle lines as feed dries up', 'copper guidance', 'More News', ...eMore, 'Metal prices', '-0.6%', 'Cobalt', '15.10',
    '+1.2%', 'See all prices', 'Never miss a story', 'The day’s top mining news in your inbox.', 'Subscribe', 'Sponsored', ...eFoot,
    'Copyright © 2026 Ore Report Media Inc.', 'We use cookies to ensure that we give you the best experience on our website.',
    'Privacy policy',
  ],
};

export const HELDOUT326_C1: TestPage = oreReport;
