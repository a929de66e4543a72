import { j, rows, rowTexts } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file b: a retail trade press analysis in the Industry Dive template (Retail Dive style), with the
 * top nav, topic bar, the "Dive Brief" style deck, byline and date, sticky social bar, a data table with caption and
 * source line, an inline "Related" promo, the pull quote, the newsletter sign-up box, the topic and keyword chips, the
 * "Editors' picks" rail and the footer.
 */
const cTitle = 'Regional grocers are winning the private-label price war. Here’s the data.';
const cDeck = 'Store brands at mid-sized chains are now priced 31% below national labels on average, widening the gap with big-box rivals.';
const cP1 = [
  j(
    'For most of the past decade, the discount chains set the floor on private-label prices. That changed in 2025, according',
    'to shelf-price data collected by analytics firm Cartwell Insights across 4,200 stores in 19 states.',
  ),
  j(
    'Regional grocers with between 60 and 300 stores cut their store-brand prices faster than any other group last year, and',
    'they now offer the widest discount against national brands in the categories shoppers compare most often.',
  ),
];
const cH1 = 'The gap by category';
const cP2 = ['Cartwell tracked the average discount of private label against the leading national brand in eight high-frequency categories.'];
const cCaption = 'Private-label discount vs. national brand, Q4 2025';
const cRows = [
  ['Milk and dairy', '38%', '29%', '24%'],
  ['Bread and bakery', '35%', '27%', '22%'],
  ['Paper goods', '33%', '30%', '28%'],
  ['Canned vegetables', '31%', '26%', '19%'],
  ['Breakfast cereal', '29%', '24%', '17%'],
  ['Frozen meals', '26%', '21%', '18%'],
];
const cH2 = 'Why regional chains moved first';
const cP3 = [
  j(
    'Analysts point to two structural advantages. Regional grocers tend to source store brands from a handful of co-packers',
    'within a day’s drive, which limited the freight inflation that hit national programs. Many also renegotiated multi-year',
    'contracts in 2023, when commodity prices were near their peak, and locked in step-downs that arrived last year.',
  ),
  j(
    '“Our customers read the unit price tag before they read the brand,” said Delphine Marchetti, vice president of own brands',
    'at Harlow Family Markets, a 140-store chain in the Carolinas. “We decided to lead on the items they buy every week.”',
  ),
];
const cQuote = 'We decided to lead on the items they buy every week.';
const cH3 = 'The risk for national brands';
const cP4 = [
  j(
    'Private label’s unit share at the regional chains in Cartwell’s sample rose to 27.4% in the fourth quarter, up 2.1',
    'percentage points from a year earlier. National manufacturers have responded with deeper promotions, but Cartwell found',
    'that promoted prices still sat above the everyday store-brand price in six of the eight categories.',
  ),
  j(
    'Not every chain has the scale to follow. Smaller independents buying through wholesalers have seen their store-brand',
    'costs rise, and several told Cartwell they expect to narrow their discounts in 2026 rather than widen them.',
  ),
];
const cNav = ['Topics', 'Newsletter', 'Events', 'Library', 'Press Releases'];
const cTopics = ['Grocery', 'Marketing', 'Omnichannel', 'Operations', 'Payments', 'Tech'];
const cPicks = [
  'The dollar-store remodel playbook, explained',
  'Loyalty programs are getting simpler. Shoppers like it.',
  'What self-checkout pullbacks mean for labor budgets',
];
const cFoot = ['About', 'Careers', 'Contact', 'Privacy policy', 'Terms of use', 'Accessibility'];
const cHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${cTitle} | Retail Brief</title>
<meta name="description" content="${cDeck}"><meta name="twitter:card" content="summary_large_image">
<meta property="og:site_name" content="Retail Brief"><meta name="sailthru.author" content="Noor Addington">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2026-03-02T10:00:00",
"author":[{"@type":"Person","name":"Noor Addington"}],"publisher":{"@type":"Organization","name":"Retail Brief"}}</script>
<script>window.dataLayer=[{"pageType":"article","topics":["Grocery","Private label"],"articleId":"731204"}];</script></head>
<body class="article-page dive-brief">
<div class="tophat-wrapper"><nav class="tophat-nav"><ul>${links(cNav, 'tophat-nav__item')}</ul>
<a class="tophat-nav__signup button" href="/signup/">Subscribe</a></nav></div>
<header class="header"><a class="header__logo" href="/"><span class="sr-only">Retail Brief</span></a>
<nav class="topics-bar" aria-label="Topics"><ul>${links(cTopics, 'topics-bar__item')}</ul></nav></header>
<main id="main-content" class="main-content"><div class="row"><div class="large-8 columns">
<div class="article-wrapper"><span class="label label--analysis">Deep Dive</span>
<h1 class="display-heading-04">${cTitle}</h1>
<p class="article-dek">${cDeck}</p>
<div class="article-byline"><div class="byline-wrapper"><span class="byline">By <a href="/editors/naddington/">Noor Addington</a></span>
<span class="published-info">Published March 2, 2026</span></div></div>
<div class="sticky-social"><ul class="social-share">${links(['Share on LinkedIn', 'Share on Facebook', 'Email', 'Print'], 'social-share__item')}</ul></div>
<figure class="article-hero"><img src="https://imgproxy.divecdn.example/store-brand-aisle.jpg" alt="">
<figcaption class="article-hero__caption">A store-brand aisle at a supermarket in Greenville, South Carolina.
<span class="article-hero__credit">Retrieved from Harlow Family Markets.</span></figcaption></figure>
<div class="article-body">
${ps(cP1)}
<h2>${cH1}</h2>
${ps(cP2)}
<div class="dash-table"><table><caption>${cCaption}</caption>
<thead><tr><th>Category</th><th>Regional chains</th><th>National grocers</th><th>Mass and club</th></tr></thead>
<tbody>
${rows(cRows)}
</tbody></table><p class="dash-table__source">Source: Cartwell Insights shelf-price audit</p></div>
<div class="inline-related"><span class="inline-related__label">Related</span>
<a href="/news/store-brand-packaging-redesign/">Why store brands are ditching the copycat look</a></div>
<h2>${cH2}</h2>
${ps(cP3)}
<blockquote class="pullquote"><p>${cQuote}</p><footer>Delphine Marchetti, Harlow Family Markets</footer></blockquote>
<h2>${cH3}</h2>
${ps(cP4)}
</div>
<div class="signup-box"><h4 class="signup-box__title">Want to know more? Get the free newsletter.</h4>
<p>Top stories on retail, delivered weekdays to 180,000+ industry leaders.</p>
<form><input type="email" placeholder="Work email"><button type="submit">Sign up</button></form></div>
<div class="article-topics"><span class="article-topics__label">Filed Under:</span>
<ul>${links(['Grocery', 'Private Label'], 'article-topics__item')}</ul></div></div></div>
<aside class="large-4 columns sidebar"><div class="ad"><span class="ad__label">Advertisement</span></div>
<section class="editors-picks"><h3 class="editors-picks__title">Editors’ picks</h3><ul>${links(cPicks, 'editors-picks__item')}</ul></section></aside>
</div></main>
<footer class="footer"><ul class="footer__links">${links(cFoot)}</ul>
<p class="footer__copyright">© 2026 Retail Brief, a Larkspur Media publication. All rights reserved.</p>
</footer>
<div class="cookie-consent" id="cookie-consent"><p>This site uses cookies to improve your experience and for analytics.</p>
<button class="cookie-consent__accept">Got it</button></div></body></html>`;
const retailBrief: TestPage = {
  name: 'heldout326-industry-dive-retail-analysis',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2, cH3],
  body: [...texts([cDeck, ...cP1, ...cP2]), cCaption, ...rowTexts(cRows), ...texts([...cP3, ...cP4])],
  bylines: ['Noor Addington', 'Published March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Subscribe', ...cTopics, 'Deep Dive', 'Share on LinkedIn', 'Share on Facebook', 'Email', 'Print',
    'A store-brand aisle at a supermarket in Greenville, South Carolina.', 'Retrieved from Harlow Family Markets.',
    'Source: Cartwell Insights shelf-price audit', 'Related', 'Why store brands are ditching the copycat look',
    'Delphine Marchetti, Harlow Family Markets', 'Want to know more? Get the free newsletter.',
    'Top stories on retail, delivered weekdays to 180,000+ industry leaders.', 'Sign up', 'Filed Under:', 'Private Label', 'Advertisement',
    'Editors’ picks', ...cPicks, ...cFoot, '© 2026 Retail Brief, a Larkspur Media publication. All rights reserved.',
    'This site uses cookies to improve your experience and for analytics.', 'Got it',
  ],
};

export const HELDOUT326_B1: TestPage = retailBrief;
