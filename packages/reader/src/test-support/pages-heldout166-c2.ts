import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 166, file c2: a MarketWatch story (the market data strip over the header, the section nav, "Sign In" and
 * "Subscribe", the flashline, byline, "Last Updated" and "First Published" times, the share / resize / print tools, ticker
 * chips inside the paragraphs, "Read:" and "Also read:" promo paragraphs inside the article body, advertisement labels,
 * "Most Popular", "Partner Center" and the footer with the Dow Jones network links).
 */
const mwTitle = 'Mortgage rates just fell to a 14-month low. Here’s who should refinance — and who should wait.';
const chip = (sym: string, move: string): string =>
  ` <a class="qt-chip trading" data-charting-symbol="STOCK/US/XNYS/${sym}" href="https://www.marketwatch.com/investing/stock/${sym.toLowerCase()}">` +
  `<span class="qt-chip__symbol">${sym}</span>, <bg-quote class="qt-chip__change" field="percentchange">${move}</bg-quote></a>`;
const mwP1 = [
  'The average rate on a 30-year fixed mortgage dropped to 5.94% this week, the lowest level since January of last year, ' +
    'according to the weekly survey from mortgage-data firm Lendwise.',
  'That is down from 6.41% a month ago, and it has set off the biggest jump in refinance applications since 2022. Shares of ' +
    `lender Broadleaf Home Loans${chip('BLHL', '+3.82%')} rose for a fourth straight session on Thursday.`,
  'But a lower rate does not automatically make a refinance worthwhile, said Teresa Okonjo, a certified financial planner in ' +
    'Raleigh, N.C. “The question is not whether rates are lower,” she said. “It is how long it takes you to earn back the cost ' +
    'of the new loan.”',
];
const mwRead = 'Read: Home prices are falling in these 10 cities. Is yours one of them?';
const mwH1 = 'Do the break-even math';
const mwP2 = [
  'Closing costs on a refinance typically run 2% to 5% of the loan amount. On a $350,000 mortgage, that is $7,000 to $17,500.',
  'Divide those costs by your monthly savings to find your break-even point. A borrower who cuts their rate from 7% to 5.9% ' +
    'on that loan would save about $255 a month, so $9,000 in closing costs would take roughly three years to recover.',
  'If you plan to sell or move before then, a refinance probably does not make sense.',
];
const mwAlso = 'Also read: ‘I’m 62 and want to pay off my mortgage before I retire. Am I making a mistake?’';
const mwH2 = 'Who should wait';
const mwP3 = [
  'Some economists expect rates to keep sliding as inflation cools. Futures markets are pricing in two rate cuts from the ' +
    'Federal Reserve this year, though mortgage rates track the 10-year Treasury yield more closely than the Fed’s benchmark.',
  '“If you are only a half point above today’s rates, I would be patient,” said Jonah Whitcombe, chief economist at the ' +
    'Realtors’ Council of Ohio. “The people who should move now are the ones who bought in late 2023, when rates were near 8%.”',
  `Homebuilder stocks also rallied on the news, with Trellis Homes${chip('TRLH', '+2.15%')} reaching a record high.`,
];
const mwStrip = ['DJIA', '42,118.33', '-0.41%', 'S&P 500', '5,872.10', '+0.22%', 'Nasdaq', '18,904.55', '+0.63%'];
const mwNav = ['Latest', 'Watchlist', 'Markets', 'Investing', 'Personal Finance', 'Economy', 'Retirement', 'Real Estate'];
const mwTools = ['Share', 'Resize', 'Reprints', 'Print'];
const mwPopular = [
  'My brother won’t pay rent to live in our late mother’s house. What can I do?',
  'Stocks end mixed as traders weigh jobless claims',
  'Costco is raising its membership fee. Is it still worth it?',
  'This ETF has beaten the S&P 500 for 10 years straight',
];
const mwPartner = ['Partner Center', 'Best Savings Accounts', 'Best CD Rates', 'Mortgage Calculator'];
const mwFoot = ['Customer Center', 'Contact Us', 'Privacy Notice', 'Cookie Notice', 'Terms of Use', 'Corrections', 'Barron’s', 'WSJ.com'];
const mwAd = '<div class="ad-wrapper"><div class="ad-label">Advertisement</div><div class="gpt-ad" data-ad-unit="mw_article_inline"></div></div>';
const mwPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mwHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mortgage rates fall to a 14-month low. Who should refinance? - MarketWatch</title>
<meta name="description" content="${mwP1[0]}"><meta name="article.section" content="Personal Finance"><meta name="author" content="Camila Reyes-Whitford">
<meta name="parsely-title" content="${mwTitle}"><meta name="article.published" content="2026-03-03T14:48:00Z">
<meta name="article.updated" content="2026-03-03T19:21:00Z">
<link rel="canonical" href="https://www.marketwatch.com/story/mortgage-rates-14-month-low-refinance-7c2e91ab">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mwTitle}","isAccessibleForFree":"True",
"author":[{"@type":"Person","name":"Camila Reyes-Whitford"}],"publisher":{"@type":"Organization","name":"MarketWatch"}}</script>
<link rel="stylesheet" href="https://mw4.wsj.net/mw5/content/logos/../../../../dist/article.cc1f.css">
<script src="https://mw4.wsj.net/mw5/content/js/article.3ab1.js" defer></script></head>
<body class="page--article" role="document"><div class="container container--marketstrip"><ul class="markets__group" data-module="market-strip">
<li class="market__item"><span class="label">${mwStrip[0]}</span><bg-quote field="Last">${mwStrip[1]}</bg-quote>
<bg-quote class="negative" field="percentchange">${mwStrip[2]}</bg-quote></li>
<li class="market__item"><span class="label">S&amp;P 500</span><bg-quote field="Last">${mwStrip[4]}</bg-quote>
<bg-quote class="positive" field="percentchange">${mwStrip[5]}</bg-quote></li>
<li class="market__item"><span class="label">${mwStrip[6]}</span><bg-quote field="Last">${mwStrip[7]}</bg-quote>
<bg-quote class="positive" field="percentchange">${mwStrip[8]}</bg-quote></li></ul></div>
<header class="header header--article" role="banner"><a class="logo" href="https://www.marketwatch.com"><span class="visually-hidden">MarketWatch</span></a>
<nav class="nav nav--primary" aria-label="Sections"><ul class="list list--nav">${links(mwNav, 'nav__item')}</ul></nav>
<div class="user-nav"><a class="btn btn--subscribe" href="https://www.marketwatch.com/subscribe">Subscribe</a>
<a class="btn btn--signin" href="https://accounts.marketwatch.com/login">Sign In</a></div></header>
<div class="region region--primary"><div class="column column--full article__masthead"><div class="article__flashline">
<a href="https://www.marketwatch.com/personal-finance">Personal Finance</a></div>
<h1 class="article__headline" itemprop="headline">${mwTitle}</h1>
<div class="article__byline"><h4 class="byline">By <a class="author"
href="https://www.marketwatch.com/author/camila-reyes-whitford">Camila Reyes-Whitford</a></h4></div>
<div class="article__timestamp"><time class="timestamp timestamp--update">Last Updated: Mar. 3, 2026 at 2:21 p.m. ET</time>
<time class="timestamp timestamp--pub">First Published: Mar. 3, 2026 at 9:48 a.m. ET</time></div>
<div class="article__tools"><ul class="list list--tools">${mwTools.map((t) => `<li><button class="btn btn--tool">${t}</button></li>`).join('')}</ul></div></div>
<div class="column column--primary"><div class="article__content"><div id="js-article__body" class="article__body article-wrap at16-col16 barrons-article-wrap"
itemprop="articleBody" data-sbid="SB10823472">
${mwPs(mwP1)}
<p><strong><a href="https://www.marketwatch.com/story/home-prices-falling-cities">${mwRead}</a></strong></p>
${mwAd}
<h3>${mwH1}</h3>
${mwPs(mwP2)}
<p><strong><a href="https://www.marketwatch.com/story/pay-off-mortgage-before-retire">${mwAlso}</a></strong></p>
<h3>${mwH2}</h3>
${mwPs(mwP3)}
</div></div></div>
<div class="column column--aside"><div class="element element--list"><h2 class="list__title">Most Popular</h2><ol class="list list--popular">
${links(mwPopular, 'list__item')}</ol></div>${mwAd}
<div class="element element--partner"><h2 class="partner__title">${mwPartner[0]}</h2><ul>${links(mwPartner.slice(1))}</ul></div></div></div>
<footer class="footer" role="contentinfo"><ul class="list list--footer">${links(mwFoot)}</ul>
<p class="footer__copyright">Copyright ©2026 MarketWatch, Inc. All rights reserved.</p></footer>
<script>window.__mw = {"page":{"type":"article","id":"7c2e91ab"}};</script></body></html>`;
export const marketWatch: TestPage = {
  html: mwHtml,
  name: 'heldout166-marketwatch-news',
  kind: 'news',
  // the ticker chips are inside their paragraphs and so part of the body text; the market strip, flashline, tools, the
  // "Read:" and "Also read:" promo paragraphs in the body, ad labels, "Most Popular", "Partner Center" and footer are
  // furniture
  title: mwTitle,
  headings: [mwH1, mwH2],
  body: texts([...mwP1, ...mwP2, ...mwP3]),
  bylines: ['By Camila Reyes-Whitford', 'Last Updated: Mar. 3, 2026 at 2:21 p.m. ET', 'First Published: Mar. 3, 2026 at 9:48 a.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mwStrip, ...mwNav, 'Subscribe', 'Sign In', ...mwTools, mwRead, 'Advertisement', mwAlso, 'Most Popular', ...mwPopular,
    ...mwPartner, ...mwFoot, 'Copyright ©2026 MarketWatch, Inc. All rights reserved.',
  ],
};
