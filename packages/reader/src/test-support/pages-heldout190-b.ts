import { links, ps, type TestPage, texts } from './page-kit.js';
import { kiplingerArticle } from './pages-heldout190-b2.js';

/**
 * Held-out batch 190, file b: a Motley Fool stock article (the header with the ticker search and "Premium Services" menu, the
 * "Key Points" list under the headline, "By ... – date at time", the image credit, the inline ticker quote card with market
 * data, the "Should you invest $1,000" pitch box at the end, the author's holdings disclosure, "Stocks Mentioned", related
 * articles and the footer with the market-data credit) and, from file b2, a Kiplinger article.
 */
const mfTitle = 'Is Harrowgate Foods Stock a Buy After Its 20% Drop?';
const mfKey = [
  'Harrowgate Foods lowered its full-year sales forecast after volumes fell in its frozen meals business.',
  'The dividend looks safe, covered about 1.6 times by free cash flow.',
  'The stock now trades at its lowest valuation in a decade.',
];
const mfP1 = [
  'Shares of packaged-food maker Harrowgate Foods (NYSE: HRWG) have fallen about 20% since the company reported third-quarter ' +
    'results in late October. Management cut its full-year organic sales guidance for the second time this year, and investors ' +
    'who bought the stock for its steady, defensive reputation have had a rough few months.',
  'A falling share price can mean a bargain or a warning. Let’s look at which one this is.',
];
const mfH1 = 'What went wrong';
const mfP2 = [
  'Harrowgate makes most of its money from three divisions: frozen meals, snacks and condiments. Snacks and condiments are doing ' +
    'fine, with organic sales up 2% and 4% respectively in the quarter. The problem is frozen meals, which still accounts for about ' +
    '40% of revenue and saw volumes drop 7% year over year.',
  'Part of that is shoppers trading down to store brands after two years of price increases. Part of it is a shift in how people ' +
    'eat: more households are cooking simple meals from scratch, and the single-serve frozen dinner is losing ground. Chief ' +
    'executive Miriam Ostrowski told analysts the company would cut prices on its core frozen lines and spend more on promotion, ' +
    'which will squeeze margins in the near term.',
];
const mfH2 = 'The dividend is still well covered';
const mfP3 = [
  'For income investors, the big question is the dividend, which currently yields about 4.1%. Over the last 12 months Harrowgate ' +
    'generated about $1.1 billion in free cash flow and paid out roughly $690 million in dividends. That leaves a comfortable ' +
    'cushion even if cash flow drops another 15%.',
  'The balance sheet is reasonable too. Net debt stands at about 2.8 times earnings before interest, taxes, depreciation and ' +
    'amortization, and the company has no large bond maturities until 2028.',
];
const mfH3 = 'Cheap for a reason, but cheap';
const mfP4 = [
  'At around 12 times forward earnings, Harrowgate trades well below its 10-year average of about 17 times and below most of its ' +
    'peers. The market is pricing in a long, slow decline for frozen meals. That could happen, but the company has turned ' +
    'struggling brands around before: its condiment business went through a similar slump in 2019 and came out of it growing.',
];
const mfH4 = 'Is it a buy?';
const mfP5 = [
  'Harrowgate is not going to be a fast grower. If you want a dependable dividend and can wait a couple of years for the frozen ' +
    'business to stabilize, today’s price offers a decent entry point. If you need growth, there are better places to look. For ' +
    'patient income investors, buying a small position now and adding on further weakness looks like a sensible plan.',
];
const mfNav = ['Our Services', 'Investing Basics', 'Stock Market News', 'Retirement', 'Personal Finance', 'About Us'];
const mfQuote = ['Harrowgate Foods', 'NYSE: HRWG', 'Today’s Change', '(-1.24%) -$0.61', 'Current Price', '$48.57'];
const mfQuoteData = ['Key Data Points', 'Market Cap', '$22B', 'Day’s Range', '52wk Range', 'Volume', 'Dividend Yield', 'Gross Margin'];
const mfPitch = [
  'Should you invest $1,000 in Harrowgate Foods right now?',
  'Before you buy stock in Harrowgate Foods, consider this: our analyst team has picked the 10 stocks they think are best to buy ' +
    'now, and Harrowgate Foods was not one of them.',
  'See the 10 stocks »',
  '*Stock Advisor returns as of January 12, 2026',
];
const mfDisclosure =
  'Owen Castellano has no position in any of the stocks mentioned. The Motley Fool has no position in any of the stocks ' +
  'mentioned. The Motley Fool has a disclosure policy.';
const mfRelated = ['3 Dividend Stocks to Hold for the Next Decade', 'Why Consumer Staples Stocks Are Lagging in 2026', 'How to Value a Dividend Stock'];
const mfFoot = ['About The Motley Fool', 'Our Purpose', 'Careers', 'Newsroom', 'Contact', 'Terms of Use', 'Privacy Policy', 'Accessibility Policy'];
const mfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Is Harrowgate Foods Stock a Buy After Its 20% Drop? | The Motley Fool</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="The packaged-food maker has cut guidance twice.">
<meta property="og:type" content="article"><meta property="og:title" content="${mfTitle}"><meta name="author" content="Owen Castellano">
<meta name="tickers" content="NYSE:HRWG"><link rel="canonical" href="https://www.fool.com/investing/2026/01/12/is-harrowgate-foods-stock-a-buy/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mfTitle}","datePublished":"2026-01-12T06:45:00Z",
"author":{"@type":"Person","name":"Owen Castellano"},"publisher":{"@type":"Organization","name":"The Motley Fool"}}</script>
<link rel="stylesheet" href="/static/dist/css/main.4e9b.css"><script>window.foolTracking={section:"investing",tickers:["HRWG"]};</script></head>
<body class="article-page"><div id="main-header" class="sticky top-0 z-50"><header class="bg-white border-b">
<a href="/" class="logo" aria-label="The Motley Fool"><svg></svg></a><nav id="main-nav" aria-label="Main"><ul>${links(mfNav, 'nav-item')}</ul></nav>
<form class="ticker-search" role="search"><label class="sr-only" for="q">Search for a ticker</label><input id="q" placeholder="Search for a ticker">
</form><a class="login" href="/secure/login">Login</a><a class="btn-premium" href="/premium/">Premium Services</a></header></div>
<main id="main-content"><div class="article-page max-w-1280"><section class="usmf-new article-header"><div class="text-sm font-medium uppercase">
<a href="/investing/stock-market/">Investing</a> / <a href="/investing/stock-market/market-sectors/consumer-goods/">Consumer Goods</a></div>
<h1 class="text-gray-1100 font-bold">${mfTitle}</h1><div class="article-key-points"><h2 class="font-medium">Key Points</h2>
<ul>${mfKey.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="author-and-date flex"><div class="author-name">By <a href="/author/20871/">Owen Castellano</a></div>
<div class="publication-date"> – Jan 12, 2026 at 6:45AM</div></div></section>
<div class="article-body transcript-content" id="article-body"><figure class="article-image"><img src="/images/hrwg-grocery.jpg"
alt="Frozen food aisle in a supermarket"><figcaption class="text-sm">Image source: Getty Images.</figcaption></figure>
${ps(mfP1)}
<div class="company-card interad" data-ticker="HRWG"><div class="company-card__header"><span class="company-name">${mfQuote[0]}</span>
<span class="ticker">${mfQuote[1]}</span></div><div class="quote"><span class="label">${mfQuote[2]}</span><span class="change">${mfQuote[3]}</span>
<span class="label">${mfQuote[4]}</span><span class="price">${mfQuote[5]}</span></div><div class="key-data"><h3>${mfQuoteData[0]}</h3>
<dl>${mfQuoteData
  .slice(1)
  .map((t, i) => `<dt>${t}</dt><dd>${i === 0 ? mfQuoteData[2] : '—'}</dd>`)
  .join('')}</dl></div></div>
<h2>${mfH1}</h2>
${ps(mfP2)}
<div class="ad-container" data-ad-unit="article_incontent_1"><div class="ad-label">Advertisement</div></div>
<h2>${mfH2}</h2>
${ps(mfP3)}
<h2>${mfH3}</h2>
${ps(mfP4)}
<h2>${mfH4}</h2>
${ps(mfP5)}
<div class="article-pitch-container"><h2 class="pitch-title">${mfPitch[0]}</h2><p>${mfPitch[1]}</p>
<a class="pitch-button" href="/premium/stock-advisor/">${mfPitch[2]}</a><p class="text-xs">${mfPitch[3]}</p></div>
<p class="article-disclosure"><em>${mfDisclosure}</em></p></div>
<section class="stocks-mentioned"><h2>Stocks Mentioned</h2><a href="/quote/nyse/hrwg/">HRWG</a></section>
<section class="related-articles"><h2>Related Articles</h2><ul>${links(mfRelated, 'related-article')}</ul></section></div></main>
<footer class="footer"><ul>${links(mfFoot, 'footer-link')}</ul><p class="market-data">Market data powered by Xignite and Polygon.example.</p>
<p>© 1995 - 2026 The Motley Fool. All rights reserved.</p></footer>
<script src="/static/dist/js/article.0c2d.js" defer></script></body></html>`;
const motleyFool: TestPage = {
  html: mfHtml,
  name: 'heldout190-motleyfool-news',
  kind: 'news',
  // "Key Points" is the article's own summary (items body, label a heading); the quote card, the pitch box and the holdings
  // disclosure are furniture; the section path above the headline is furniture; the
  // quote card's company name is left out (words of the title)
  title: mfTitle,
  headings: ['Key Points', mfH1, mfH2, mfH3, mfH4],
  body: texts([...mfKey, ...mfP1, ...mfP2, ...mfP3, ...mfP4, ...mfP5]),
  bylines: ['By Owen Castellano', '– Jan 12, 2026 at 6:45AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mfNav, 'Search for a ticker', 'Login', 'Premium Services', 'Investing', 'Consumer Goods', 'Image source: Getty Images.', ...mfQuote.slice(1),
    ...mfQuoteData, 'Advertisement', ...mfPitch, mfDisclosure, 'Stocks Mentioned', 'HRWG', 'Related Articles', ...mfRelated, ...mfFoot,
    'Market data powered by Xignite and Polygon.example.', '© 1995 - 2026 The Motley Fool. All rights reserved.',
  ],
};

export const HELDOUT190_B: readonly TestPage[] = [motleyFool, kiplingerArticle];
