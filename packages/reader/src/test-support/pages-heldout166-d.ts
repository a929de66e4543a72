import { links, ps, type TestPage, texts } from './page-kit.js';
import { fierce } from './pages-heldout166-d2.js';

/**
 * Held-out batch 166, file d: a Yahoo Finance article (the Yahoo network bar, the Finance sub-nav, the market summary strip,
 * the author with role, date and read time, the "In this article:" ticker chips, the hero caption, the "Story Continues"
 * button with the rest of the story in a collapsed block, the "Click here" promo paragraphs appended to the article text, the
 * "Trending Tickers" and "Top Stories" rails, the ad labels and the footer) and, from file d2, a Fierce Healthcare story.
 */
const yTitle = 'Skyreach Airlines stock sinks as jet fuel costs and a pilot deal squeeze its outlook';
const yP1 = [
  'Skyreach Airlines (SKYR) shares fell as much as 9% on Tuesday after the low-cost carrier cut its full-year profit forecast, ' +
    'blaming higher jet fuel prices and the cost of a new contract with its pilots.',
  'The Denver-based airline now expects adjusted earnings of $1.10 to $1.35 per share for 2026, down from an earlier range of ' +
    '$1.70 to $2.00. Wall Street analysts had been expecting $1.82, according to data compiled by Bloomberg.',
  '“We are not going to pretend this is a good number,” chief executive Rolf Andersen said on a call with analysts. “Fuel moved ' +
    'against us quickly, and we chose to pay our pilots fairly rather than risk a summer of cancellations.”',
];
const yP2 = [
  'The four-year pilot agreement, ratified in February, raises pay by 24% over the life of the contract. Skyreach said it would ' +
    'add roughly $190 million in costs this year.',
  'Jet fuel, the airline’s second-largest expense after labor, has climbed about 15% since the start of the year as refinery ' +
    'outages on the Gulf Coast tightened supply. Unlike some larger rivals, Skyreach does not hedge its fuel purchases.',
];
const yH1 = 'Capacity cuts ahead';
const yP3 = [
  'To offset the pressure, Skyreach said it would trim planned capacity growth for the second half of the year to 4%, from 7%, ' +
    'mainly by dropping some late-night flights and pulling back from three smaller markets in the Southeast.',
  'Analysts at Calloway Partners said the cut was sensible but would weigh on revenue. “Slower growth should help fares, but ' +
    'the airline is giving up scale it needs to compete with the legacy carriers,” analyst Renata Obi wrote in a note to clients. ' +
    'She lowered her price target to $18 from $24.',
  'Shares of rival low-cost carriers also slipped, with Bluefin Air (BLFN) down 3% and Meridian Jet (MRJT) off 2%.',
  'Skyreach stock has now lost about 30% of its value over the past 12 months.',
];
const yPromo = [
  'Click here for the latest stock market news and in-depth analysis, including events that move stocks',
  'Read the latest financial and business news from Yahoo Finance',
];
const yNetwork = ['Mail', 'News', 'Sports', 'Finance', 'Entertainment', 'Life', 'Shopping'];
const ySub = ['My Portfolio', 'Markets', 'Research', 'Personal Finance', 'Videos', 'Watch Now'];
const yStrip = ['S&P 500', '5,872.10', 'Dow 30', '42,118.33', 'Nasdaq', '18,904.55', 'Crude Oil', '71.84'];
const yChips = ['SKYR', '-8.74%', 'BLFN', '-3.02%', 'MRJT', '-2.11%'];
const yTrending = ['Trending Tickers', 'Nvidia Corporation', 'Tesla, Inc.', 'Skyreach Airlines, Inc.', 'Apple Inc.'];
const yTop = [
  'Top Stories',
  'Stocks close mixed as oil prices climb',
  'The Fed’s next move: What economists expect in March',
  'Costco earnings beat estimates as membership fees rise',
];
const yFoot = ['Terms', 'Privacy Policy', 'Privacy Dashboard', 'Your Privacy Choices', 'About Our Ads', 'Help', 'Sitemap', 'Feedback'];
const yAd = '<div class="gam-placeholder yf-ad"><span class="ad-label">Advertisement</span><div id="defaultINARTICLE-sda"></div></div>';
const yPs = (a: readonly string[]): string => ps(a, ' class="yf-1090901"');
const yChip = (i: number): string =>
  `<li><fin-streamer data-symbol="${yChips[i]}"><a class="ticker" href="https://finance.yahoo.com/quote/${yChips[i]}/">` +
  `<span class="symbol">${yChips[i]}</span><span class="percent negative">${yChips[i + 1]}</span></a></fin-streamer></li>`;
const yHtml = `<!DOCTYPE html>
<html lang="en-US" class="desktop"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Skyreach Airlines stock sinks as jet fuel costs and a pilot deal squeeze its outlook</title>
<meta name="description" content="${yP1[0]}"><meta property="og:site_name" content="Yahoo Finance"><meta property="og:title" content="${yTitle}">
<meta name="oath:guce:consent-host" content="guce.yahoo.com"><meta name="apple-itunes-app" content="app-id=328412701">
<link rel="canonical" href="https://finance.yahoo.com/news/skyreach-airlines-stock-sinks-jet-fuel-150512341.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${yTitle}","datePublished":"2026-03-03T16:05:12.000Z",
"author":{"@type":"Person","name":"Marcus Delahaye"},"provider":{"@type":"Organization","name":"Yahoo Finance"}}</script>
<script>window.YAHOO = window.YAHOO || {}; YAHOO.context = {"site":"finance","lang":"en-US","region":"US"};</script>
<link rel="stylesheet" href="https://s.yimg.com/uc/finance/dd-site/css/article.0b4f2.css"></head>
<body><div id="app"><div class="ybar-ytheme-crmp" id="ybar"><a id="ybar-logo" href="https://finance.yahoo.com/"><span class="sr-only">Yahoo Finance</span></a>
<ul class="_yb_nav">${links(yNetwork, '_yb_nav_item')}</ul><a class="_yb_signIn" href="https://login.yahoo.com/">Sign in</a></div>
<nav class="finance-navigation yf-1gmqg2p" aria-label="Finance"><ul>${links(ySub, 'nav-item')}</ul></nav>
<section class="market-summary yf-1q3m7py"><ul>
${[0, 2, 4, 6]
  .map(
    (i) => `<li><span class="name">${(yStrip[i] ?? '').replace('&', '&amp;')}</span>
<fin-streamer class="price">${yStrip[i + 1]}</fin-streamer></li>`,
  )
  .join('')}
</ul></section>
<main class="layoutContainer yf-1ompcpy"><article class="gridLayout yf-1ompcpy" data-testid="article-content-wrapper">
<div class="cover-wrap yf-1rjrr1"><div class="cover-headline yf-1rjrr1"><h1 class="cover-title yf-1rjrr1" data-testid="title">${yTitle}</h1></div>
<div class="byline yf-1k5w6kz"><div class="byline-attr yf-1k5w6kz"><div class="byline-attr-author yf-1k5w6kz">
<a href="https://finance.yahoo.com/author/marcus-delahaye/">Marcus Delahaye</a></div><div class="byline-attr-meta">
<time class="byline-attr-meta-time" datetime="2026-03-03T16:05:12.000Z">Tue, March 3, 2026 at 11:05 AM EST</time>
<span class="byline-attr-meta-readtime"> · 4 min read</span></div></div></div></div>
<div class="scroll-carousel yf-r5lvmz" data-testid="carousel-container"><span class="label">In this article:</span><ul>
${[0, 2, 4].map(yChip).join('')}</ul></div>
<figure class="cover-image yf-1n7y2n3"><img src="https://s.yimg.com/ny/api/res/1.2/skyreach-hero.jpg" alt="A Skyreach Airlines jet">
<figcaption>A Skyreach Airlines Airbus A321 at Denver International Airport. (Photo by Lena Gorski/Getty Images)</figcaption></figure>
<div class="body-wrap yf-i23rhs"><div class="body yf-tsvcyu" data-testid="article-body">
${yPs(yP1)}
${yAd}
${yPs(yP2)}
<div class="read-more-wrapper"><button class="secondary-btn fin-size-large readmore-button" aria-label="Story Continues">Story Continues</button></div>
<div class="collapse readmore yf-1m7x2y5" aria-hidden="true">
<h2 class="yf-1jb1k5n">${yH1}</h2>
${yPs(yP3)}
<p class="yf-1090901"><em><strong><a href="https://finance.yahoo.com/topic/stock-market-news/">${yPromo[0]}</a></strong></em></p>
<p class="yf-1090901"><em><strong><a href="https://finance.yahoo.com/news/">${yPromo[1]}</a></strong></em></p>
</div></div></div></article>
<aside class="sidebar yf-1ompcpy"><section data-testid="trending-tickers"><h3>${yTrending[0]}</h3><ul>${links(yTrending.slice(1))}</ul></section>
${yAd}<section data-testid="top-stories"><h3>${yTop[0]}</h3><ul>${links(yTop.slice(1))}</ul></section></aside></main>
<footer class="footer yf-1ewjx8z"><ul>${links(yFoot)}</ul><p>© 2026 Yahoo. All rights reserved.</p></footer></div>
<script src="https://s.yimg.com/uc/finance/dd-site/js/article.8c21d.js" defer></script></body></html>`;
const yahoo: TestPage = {
  html: yHtml,
  name: 'heldout166-yahoofinance-news',
  kind: 'news',
  // the collapsed rest of the story behind "Story Continues" is body; the network bar, Finance sub-nav, market strip, ticker
  // chips, caption, ad labels, the button, the two "Click here" / "Read the latest" promo lines at the end of the text, the
  // rails and the footer are furniture; "Finance" and "News" (Yahoo network bar) are listed
  title: yTitle,
  headings: [yH1],
  body: texts([...yP1, ...yP2, ...yP3]),
  bylines: ['Marcus Delahaye', 'Tue, March 3, 2026 at 11:05 AM EST', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...yNetwork, 'Sign in', ...ySub, ...yStrip, 'In this article:', ...yChips,
    'A Skyreach Airlines Airbus A321 at Denver International Airport. (Photo by Lena Gorski/Getty Images)', 'Advertisement', 'Story Continues',
    ...yPromo, ...yTrending, ...yTop, ...yFoot, '© 2026 Yahoo. All rights reserved.',
  ],
};

export const HELDOUT166_D: readonly TestPage[] = [yahoo, fierce];
