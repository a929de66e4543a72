import { links, type TestPage, texts } from './page-kit.js';
import { koreaHeraldStory } from './pages-heldout52-f2.js';

/**
 * Held-out batch 52, file f: a MarketWatch story on the Dow Jones template (the market snapshot bar, the nav with "Watchlist",
 * "Log In" and "Subscribe", the flashline, headline, byline with "Follow", last-updated and first-published times, the tool bar
 * with share, resize, reprints and print, the body with quote chips inside the sentences and "Read:" link lines, the comments
 * count, "Most Popular", "Read Next", the partner-center ad block and the footer with the copyright and data notices).
 */
const mwTitle = 'Treasury yields jump after retail sales blow past forecasts';
const mwDek = 'Traders pare bets on a March rate cut as consumer spending shows little sign of cooling';
const mwChip = (sym: string, val: string, path: string): string =>
  `<a class="ticker qt-chip j-qt-chip" data-charting-symbol="${path}" data-track-hover="QuotePeek"
href="https://www.marketwatch.com/investing/${path.toLowerCase()}">` +
  `<span class="ticker__symbol">${sym}</span> <bg-quote class="ticker__change positive"
channel="/zigman2/quotes/${path}/composite" field="percentchange">${val}</bg-quote></a>`;
const mwBody1 = [
  `Treasury yields rose sharply on Friday after a stronger-than-expected reading on retail sales suggested that American consumers are still ` +
    `spending freely, undercutting hopes that the Federal Reserve will cut interest rates as soon as next month.`,
  `The yield on the 10-year Treasury note ${mwChip('TMUBMUSD10Y', '4.418%', 'BOND/TMUBMUSD10Y')} rose 9 basis points to 4.418%, its biggest ` +
    `one-day gain since early December. The 2-year yield ${mwChip('TMUBMUSD02Y', '3.962%', 'BOND/TMUBMUSD02Y')}, which is more sensitive to ` +
    `expectations for Fed policy, climbed 11 basis points to 3.962%.`,
  'Retail sales rose 0.9% in January, the Commerce Department said, more than triple the 0.3% increase economists polled by MarketWatch had ' +
    'expected. December’s figure was also revised higher. Sales at restaurants and bars, a closely watched gauge of discretionary spending, ' +
    'jumped 1.4%.',
];
const mwRead1 = 'Why the Fed’s next move may depend on your grocery bill';
const mwBody2 = [
  '“This is not the picture of a consumer who is running out of steam,” said Lauren Castellanos, chief U.S. economist at Harwick Capital ' +
    'Markets. “It makes it very hard for the Fed to argue that it needs to cut in March.”',
  'Fed-funds futures traders trimmed the probability of a quarter-point rate cut at the central bank’s March meeting to about 28%, from ' +
    'roughly 45% a day earlier, according to the CME FedWatch tool.',
  `Stocks were mixed after the data. The S&amp;P 500 ${mwChip('SPX', '-0.21%', 'INDEX/SPX')} slipped in morning trading, weighed down by ` +
    'real-estate and utility shares, which tend to suffer when yields rise. Bank stocks gained.',
  'Some economists cautioned against reading too much into a single month. January sales are often distorted by seasonal adjustments, and ' +
    'unusually mild weather across much of the country may have pulled forward purchases that would normally happen in the spring.',
  '“One strong month doesn’t make a trend,” said Omar Feld, senior economist at Brookmoor Advisors. “But it does push the first cut further ' +
    'out, and the bond market is repricing accordingly.”',
];
const mwRead2 = 'Mortgage rates were falling. This could reverse that.';
const mwBody3 = [
  'Investors will get another read on inflation next week, when the Commerce Department releases the personal-consumption-expenditures ' +
    'price index, the Fed’s preferred gauge.',
];
const mwSnap = ['DJIA', '48,102.55', '-0.12%', 'S&P 500', '6,884.31', '-0.21%', 'Nasdaq', '23,391.04', '-0.38%', 'U.S. 10 Yr', '4.418%'];
const mwNav = ['Latest News', 'Watchlist', 'Markets', 'Investing', 'Barron’s', 'Personal Finance', 'Retirement', 'Economy', 'Newsletters'];
const mwPopular = [
  'I’m 62 and have $1.4 million saved. Can I retire now?',
  'Nvidia’s stock is on a tear again. Here’s what’s driving it.',
  'These are the cheapest states to retire in',
  'Home prices fell in these 10 metro areas last year',
];
const mwNext: [string, string][] = [
  ['Oil prices climb as Middle East tensions flare', 'Brent crude tops $84 a barrel for the first time since October.'],
  ['Gold slips from record as the dollar firms', 'Investors take profits after a six-week rally.'],
];
const mwFoot = [
  'Subscriber Agreement & Terms of Use',
  'Privacy Notice',
  'Cookie Notice',
  'Customer Center',
  'Contact Us',
  'Corrections',
  'Advertising Media Kit',
];
const mwCopy = 'Copyright ©2026 MarketWatch, Inc. All rights reserved.';
const mwData = 'Intraday data provided by FactSet and subject to terms of use. Intraday data delayed at least 15 minutes or per exchange requirements.';
const mwHtml =
  `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Treasury yields jump after retail sales blow past forecasts - MarketWatch</title>
<meta name="description" content="${mwDek}"><meta name="parsely-section" content="Bond Report"><meta name="author" content="Carl Mendelsohn">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mwTitle}","datePublished":"2026-02-13T08:47:00-05:00",
"dateModified":"2026-02-13T10:41:00-05:00","author":[{"@type":"Person","name":"Carl Mendelsohn"}],"isAccessibleForFree":"False"}</script>
<script>window.utag_data={"page_content_type":"Article","page_section":"Markets","page_subsection":"Bond Report","article_id":"MW-4A2X1"};</script></head>
<body class="page--article" data-channel="MarketWatch"><div class="container container--market-snapshot"><ul class="markets__table">
${[0, 3, 6]
  .map(
    (i) => `<li class="markets__item"><span class="label">${mwSnap[i]}</span><bg-quote class="value">${mwSnap[i + 1]}</bg-quote>
<bg-quote class="change">${mwSnap[i + 2]}</bg-quote></li>`,
  )
  .join('\n')}
<li class="markets__item"><span class="label">${mwSnap[9]}</span><bg-quote class="value">${mwSnap[10]}</bg-quote></li></ul></div>
<header class="header header--mw"><a class="logo" href="https://www.marketwatch.com/" aria-label="MarketWatch Home"><svg></svg></a>
<nav class="nav nav--primary"><ul>${links(mwNav, 'nav__item')}</ul></nav><a class="login" href="/login">Log In</a>
<a class="subscribe btn btn--primary" href="/subscribe">Subscribe</a></header>
<div class="element--ad ad--leaderboard" aria-hidden="true"><span class="ad-label">Advertisement</span></div>
<main class="content-region region--primary"><article class="column column--primary" itemscope itemtype="http://schema.org/NewsArticle">
<div class="article__masthead"><div class="article__flashline"><a href="/column/bond-report">Bond Report</a></div>
<h1 class="article__headline" itemprop="headline">${mwTitle}</h1><h2 class="article__subhead" itemprop="description">${mwDek}</h2>
<div class="article__byline"><h4 class="byline__author">By
<a class="author-name" href="https://www.marketwatch.com/author/carl-mendelsohn">Carl Mendelsohn</a></h4>
<button class="btn btn--follow" data-follow-author="carl-mendelsohn">Follow</button></div>
<div class="article__timestamp"><time class="timestamp timestamp--update">Last Updated: Feb. 13, 2026 at 10:41 a.m. ET</time>
<time class="timestamp timestamp--pub">First Published: Feb. 13, 2026 at 8:47 a.m. ET</time></div>
<div class="article__tools"><button class="tool tool--share">Share</button><button class="tool tool--resize">Resize</button>
<a class="tool tool--reprints" href="https://www.djreprints.com/">Reprints</a><button class="tool tool--print">Print</button>
<a class="tool tool--comments" href="#comments"><span class="count">37</span></a></div></div>
<div class="article__body article-wrap at16-col16 barrons-article-wrap crawler" itemprop="articleBody" data-sbid="SB11523880117">
${mwBody1.map((p) => `<p>${p}</p>`).join('\n')}
<p><strong>Read:</strong> <a href="https://www.marketwatch.com/story/fed-grocery-bill-11739400">${mwRead1}</a></p>
${mwBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="element--ad ad--inarticle" aria-hidden="true"><span class="ad-label">Advertisement</span></div>
<p><strong>Also read:</strong> <a href="https://www.marketwatch.com/story/mortgage-rates-reverse-11739421">${mwRead2}</a></p>
${mwBody3.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<section id="comments" class="comments"><h3 class="comments__title">Comments</h3><p>Be the first to comment, or <a href="/login">log in</a> ` +
  `to join the conversation.</p><button class="comments__show">Show 37 comments</button></section></article>
<aside class="column column--aside"><div class="element element--list"><h2 class="list__title">Most Popular</h2><ol>${links(mwPopular, 'list__item')}</ol></div>
<div class="element element--list read-next"><h2 class="list__title">Read Next</h2>
${mwNext
  .map(
    ([h, d]) => `<div class="article__content"><h3 class="article__headline"><a href="#">${h}</a></h3>
<p class="article__summary">${d}</p></div>`,
  )
  .join('\n')}</div>
<div class="partner-center"><h2 class="partner-center__title">Advertisement: Partner Center</h2>
<ul>${links(['Best high-yield savings accounts', 'Compare CD rates'])}</ul></div></aside></main>
<footer class="footer footer--mw"><ul>${links(mwFoot)}</ul><p class="copyright">${mwCopy} By using this site you agree to the Subscriber Agreement &amp; ` +
  `Terms of Use, Privacy Notice, and Cookie Notice.</p><p class="disclaimer">${mwData}</p></footer></body></html>`;
const marketWatch: TestPage = {
  html: mwHtml,
  name: 'heldout52-marketwatch-story',
  kind: 'news',
  // the subhead (h2 under the title) is the dek: body; no section headings; "Carl Mendelsohn" and the two times are bylines
  // ("By" in neither); the quote chips sit inside sentences (symbol and live change are read with the sentence), so they stay in
  // their body paragraphs as plain(html) reads them; the "Read:" and "Also read:" link lines between paragraphs are related
  // items: furniture (the label "Also read:" too); market snapshot, flashline, "Follow", the tool bar, the comments
  // block and its count, ad labels, rails, partner center, nav and footer are furniture; left out as body words: the
  // snapshot's "S&P 500", "-0.21%" and "4.418%" (the chips and the yield in the body read the same), the nav's "Markets"
  // ("Harwick Capital Markets") and the label "Read:" ("another read on inflation")
  title: mwTitle,
  headings: [],
  body: [mwDek, ...texts(mwBody1), ...texts(mwBody2), ...texts(mwBody3)],
  bylines: ['Carl Mendelsohn', 'Last Updated: Feb. 13, 2026 at 10:41 a.m. ET', 'First Published: Feb. 13, 2026 at 8:47 a.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mwSnap.filter((t) => !['S&P 500', '-0.21%', '4.418%'].includes(t)), ...mwNav.filter((t) => t !== 'Markets'), 'Log In', 'Subscribe',
    'Advertisement', 'Bond Report', 'Follow', 'Share', 'Resize',
    'Reprints', 'Print', mwRead1, 'Also read:', mwRead2, 'Comments', 'Be the first to comment, or log in to join the conversation.',
    'Show 37 comments', 'Most Popular', ...mwPopular, 'Read Next', ...mwNext.flat(), 'Advertisement: Partner Center',
    'Best high-yield savings accounts', 'Compare CD rates', ...mwFoot, mwCopy, mwData,
  ],
};

export const HELDOUT52_F: readonly TestPage[] = [marketWatch, koreaHeraldStory];
