import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout364-kit.js';

/**
 * Held-out batch 364, file d: a Seeking Alpha-style article (React markup with data-test-id attributes, the ticker bar,
 * the "Summary" bullets, author card with follower count, rating badge, disclosures, "Recommended For You" rail, the
 * comments thread) and a dividend announcement on a London Stock Exchange RNS-style feed built with Angular (app-root,
 * _ngcontent attributes, the news header with RNS number and release time, the rns body with its table, the "More from"
 * list, the market-data strip, cookie banner and footer).
 */
const sTitle = 'Corvane Systems: The Backlog Justifies The Premium, But Services Margins Need Watching';
const sSummary = [
  'Corvane’s order book now covers almost twelve months of revenue, giving unusual visibility for a hardware company.',
  'Utility customers are moving from pilot projects to fleet-wide sensor roll-outs, which should lift volumes through 2027.',
  'The services segment’s margin fell for a third quarter; I explain why I think that is temporary.',
  'I rate the shares a Buy with a price target of $58.',
];
const sIntro = [
  j(
    'I first covered Corvane Systems (NASDAQ:CRVN) eighteen months ago, when the stock traded at $33 and most investors saw it as',
    'a sleepy relay maker. Since then the shares are up about 50%, and the question I get most often is whether the easy money',
    'has been made. My answer is no, but the reasons have changed.',
  ),
];
const sBacklog = [
  j(
    'At the end of the fourth quarter, Corvane reported a backlog of $1.21 billion against trailing revenue of $1.27 billion.',
    'Two years ago the ratio was closer to six months. The change comes from multi-year framework agreements with three large',
    'utilities, which commit them to minimum annual purchases of monitoring kits.',
  ),
  j(
    'Framework agreements are not the same as firm orders, and the company is careful to say so. Still, none of the agreements',
    'signed since 2021 has been cancelled, and two have been extended early.',
  ),
];
const sServices = [
  j(
    'The weak spot is Field Services, where operating margin slipped to 9.8% from 12.5% a year ago. Management blames wage',
    'inflation for certified technicians and the cost of training new hires, who are less productive in their first year.',
  ),
  j(
    'I think the explanation holds up. Headcount in the segment grew 22% last year, far faster than revenue, and contracts',
    'signed in 2024 and later include price escalators tied to labour costs. As the new technicians mature, margins should',
    'recover toward 12% by late 2027.',
  ),
];
const sVal = [
  j(
    'At $49.86 the stock trades at about 24 times my 2026 earnings estimate of $2.08, a premium to the industrial peer group.',
    'Given the visibility of the backlog, I think 28 times is fair, which gives my target of $58.',
  ),
  'Risks include a slowdown in utility capital spending if interest rates rise again, and the loss of any one framework customer.',
];
const sComments = [
  ['GridWatcher42', 'Good write-up. The escalator clauses are the part most people miss when they look at the services margin.'],
  ['Harlan V.', 'Backlog is great until a utility delays a substation program by a year. Happened to them in 2019.'],
];
const sRec = ['Tessaly Power: Transmission Spending Is Only Getting Started', 'Brightfork Utilities: A Dividend You Can Sleep On'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sTitle} (NASDAQ:CRVN) | Seeking Alpha</title>
<meta name="description" content="Corvane’s order book now covers almost twelve months of revenue."><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${sTitle}","author":[{"@type":"Person",
"name":"Edmund Ravelle"}],"datePublished":"2026-03-09T13:15:00-04:00"}</script>
<script>window.SA = {"pageConfig":{"Data":{"article":{"id":4872201,"primaryTickers":["CRVN"]}}},"isPro":false};</script></head>
<body><div id="content"><header data-test-id="header" class="aa-H"><a href="/" aria-label="Seeking Alpha">Seeking Alpha</a>
<input type="search" placeholder="Symbols, Analysts, Keywords" data-test-id="search-input"><a href="/login" data-test-id="sign-in">Sign In</a>
<a href="/subscriptions" class="hq-Bs">Subscribe</a></header>
<div data-test-id="ticker-bar" class="sa-tk"><a href="/symbol/CRVN">CRVN</a> <span>49.86</span> <span class="sa-up">+3.62%</span></div>
<main><article data-test-id="article" class="sa-art"><div data-test-id="post-page-badges"><span class="sa-badge">Buy</span>
<span class="sa-badge">Long Only</span></div>
<h1 data-test-id="post-title" class="sa-h1">${sTitle}</h1>
<div data-test-id="author-card"><a data-test-id="author-name" href="/author/edmund-ravelle">Edmund Ravelle</a>
<span data-test-id="author-followers">2.41K Followers</span> <button data-test-id="follow-button">Follow</button></div>
<div class="sa-meta"><span data-test-id="post-date">Mar. 09, 2026 1:15 PM ET</span>
<span data-test-id="post-primary-tickers">Corvane Systems, Inc. (CRVN)</span>
<span data-test-id="post-comments-count">14 Comments</span></div>
<div data-test-id="share-buttons"><button aria-label="Share">Share</button><button aria-label="Save">Save</button><button>Play</button></div>
<section data-test-id="article-summary"><h2 data-test-id="article-summary-title">Summary</h2><ul>${lis(sSummary)}</ul></section>
<div data-test-id="content-container" class="paywall-full-content"><div data-test-id="post-content">
${ps(sIntro)}
<h2>Twelve Months Of Orders</h2>
${ps(sBacklog)}
<figure><img src="https://static.seekingalpha.example/uploads/2026/3/crvn-backlog.png" alt="Backlog chart">
<figcaption>Backlog and trailing revenue, in millions of dollars (Company filings, author’s chart)</figcaption></figure>
<h2>Why Services Margins Fell</h2>
${ps(sServices)}
<h2>Valuation</h2>
${ps(sVal)}</div></div>
<div data-test-id="disclosure"><p><strong>Analyst’s Disclosure:</strong> I/we have a beneficial long position in the shares of CRVN.</p>
<p><strong>Seeking Alpha’s Disclosure:</strong> Past performance is no guarantee of future results.</p></div>
<section data-test-id="comments-section"><h2>Comments (14)</h2>${sComments
  .map(
    ([u, c]) => `<div data-test-id="comment"><a data-test-id="comment-user-name" href="/user/${u}">${u}</a><p data-test-id="comment-content">${c}</p>
<span data-test-id="comment-date">Today, 2:40 PM</span><button>Reply</button><button>Like</button></div>`,
  )
  .join('\n')}</section></article>
<aside data-test-id="recommended"><h2>Recommended For You</h2><ul>${links(sRec)}</ul></aside></main>
<footer data-test-id="footer"><ul>${links(['Terms Of Use', 'Privacy', 'Do Not Sell My Personal Information', 'Market Data Sources'])}</ul>
<p>© 2026 Seeking Alpha</p></footer></div></body></html>`;
const seekingAlpha: TestPage = {
  name: 'heldout364-seeking-alpha-article-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Summary', 'Twelve Months Of Orders', 'Why Services Margins Fell', 'Valuation'],
  body: texts([...sSummary, ...sIntro, ...sBacklog, ...sServices, ...sVal]),
  bylines: ['Edmund Ravelle', 'Mar. 09, 2026 1:15 PM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Seeking Alpha', 'Sign In', 'Subscribe', '+3.62%', 'Long Only', '2.41K Followers', 'Follow', 'Corvane Systems, Inc. (CRVN)', '14 Comments',
    'Share', 'Save', 'Play', 'Backlog and trailing revenue, in millions of dollars (Company filings, author’s chart)',
    'Analyst’s Disclosure: I/we have a beneficial long position in the shares of CRVN.',
    'Seeking Alpha’s Disclosure: Past performance is no guarantee of future results.', 'Comments (14)',
    ...sComments.flatMap(([u, c]) => [u ?? '', c ?? '']), 'Today, 2:40 PM', 'Reply', 'Like', 'Recommended For You', ...sRec, 'Terms Of Use', 'Privacy',
    'Do Not Sell My Personal Information', 'Market Data Sources', '© 2026 Seeking Alpha',
  ],
};

const rTitle = 'Declaration of Final Dividend';
const rIntro = [
  j(
    'The Board of Kestrelmoor Mining plc (“Kestrelmoor” or “the Company”) is pleased to announce that it has declared a final',
    'dividend of 6.4 pence per ordinary share in respect of the year ended 31 December 2025, subject to shareholder approval',
    'at the Annual General Meeting on 14 May 2026.',
  ),
  j(
    'Together with the interim dividend of 3.1 pence paid in October 2025, this brings the total dividend for the year to 9.5',
    'pence per share, an increase of 12% on the prior year and in line with the Company’s policy of paying out between 30%',
    'and 40% of underlying earnings.',
  ),
];
const rTable = [
  ['Ex-dividend date', 'Thursday 23 April 2026'],
  ['Record date', 'Friday 24 April 2026'],
  ['Last date for DRIP elections', 'Friday 8 May 2026'],
  ['Payment date', 'Friday 29 May 2026'],
];
const rMore = [
  j(
    'A dividend reinvestment plan (DRIP) is available to shareholders who wish to use their cash dividend to buy further',
    'shares in the Company. Details, including the terms and conditions and the election form, are available from the',
    'Company’s registrar, Pinecastle Registrars.',
  ),
  j(
    'Shareholders on the South African register will receive the dividend in rand at an exchange rate to be announced on',
    '16 April 2026. Dividends paid to non-resident shareholders on that register are subject to withholding tax of 20%.',
  ),
  j(
    'Commenting, Chief Financial Officer Idris Pellow said: “Record copper output at Carn Dubh and firm prices allowed us to',
    'raise the dividend while keeping net debt below one times earnings. We remain committed to returning cash to shareholders',
    'as the Aberlarig expansion moves into production.”',
  ),
  j(
    'The final dividend will be paid from distributable reserves of the Company, which at 31 December 2025 stood at £318',
    'million. The Board will review the level of the interim dividend for 2026 when it announces half-year results in August.',
  ),
  'For further information please contact: Lachlan Treadwell, Company Secretary, +44 (0)131 555 0147',
];
const rList = ['Result of AGM', 'Transaction in Own Shares', 'Final Results', 'Directorate Change'];
const rNav = ['Markets', 'News', 'Indices', 'Exchange Insight', 'Raise Finance', 'Discover More'];
const ng = '_ngcontent-ng-c2197713419=""';
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Declaration of Final Dividend - 07:00:02 13 Mar 2026 - KMR News article | London Stock Exchange</title>
<meta name="description" content="Kestrelmoor Mining plc announces final dividend of 6.4 pence per share."><base href="/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rTitle}",
"datePublished":"2026-03-13T07:00:02Z"}</script>
<script id="ng-state" type="application/json">{"news-article":{"id":16904215,"tidm":"KMR","category":"DIV"}}</script></head>
<body><app-root ng-version="17.3.12"><app-header ${ng}><header ${ng} class="header"><a ${ng} href="/" class="logo">London Stock Exchange</a>
<nav ${ng} class="main-nav"><ul ${ng}>${links(rNav, 'nav-item')}</ul></nav><a ${ng} href="/login" class="login">Log in</a></header></app-header>
<app-market-strip><div class="market-strip"><span>FTSE 100 8,412.55 +0.41%</span> <span>FTSE 250 21,107.30 -0.12%</span></div></app-market-strip>
<main><app-news-article-content ${ng}><div ${ng} class="news-article-header"><div ${ng} class="news-article-company">
<a ${ng} href="/stock/KMR/kestrelmoor-mining-plc/company-page">Kestrelmoor Mining PLC</a> <span ${ng}>KMR</span></div>
<h1 ${ng} class="news-header-title">${rTitle}</h1>
<div ${ng} class="news-article-metadata"><span ${ng}>Released 07:00:02 13 March 2026</span> <span ${ng}>RNS Number : 4821Q</span></div>
<div ${ng} class="news-actions"><button ${ng}>Print</button> <button ${ng}>Download</button></div></div>
<div ${ng} class="news-article-content-body"><div id="rns"><div class="RNSHeader"><p>Kestrelmoor Mining PLC</p><p>13 March 2026</p></div>
${ps(rIntro)}
<table border="0" cellspacing="0" cellpadding="0">${rows(rTable)}</table>
${ps(rMore)}
<p class="rnsFooter">This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by the Financial Conduct
Authority to act as a Primary Information Provider in the United Kingdom.</p></div></div>
<div ${ng} class="more-news"><h2 ${ng}>More from Kestrelmoor Mining PLC</h2><ul ${ng}>${links(rList)}</ul></div></app-news-article-content></main>
<app-footer><footer class="footer"><ul>${links(['Legal', 'Privacy Policy', 'Cookie Policy', 'Accessibility'])}</ul>
<p>© 2026 London Stock Exchange plc. All rights reserved.</p></footer></app-footer>
<app-cookie-banner><div class="cookie-banner" role="dialog"><p>We use cookies to make our website work and to understand how you use it.</p>
<button>Accept all cookies</button> <button>Manage cookies</button></div></app-cookie-banner></app-root>
<script src="runtime.4ad2c91.js" type="module"></script><script src="main.81fe3a0.js" type="module"></script></body></html>`;
const lseRns: TestPage = {
  name: 'heldout364-lse-rns-dividend-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: [...texts(rIntro), ...rowTexts(rTable), ...texts(rMore)],
  bylines: ['Released 07:00:02 13 March 2026', 'RNS Number : 4821Q', '13 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'London Stock Exchange', ...rNav, 'Log in', 'FTSE 100 8,412.55 +0.41%', 'FTSE 250 21,107.30 -0.12%', 'Kestrelmoor Mining PLC', 'Print', 'Download',
    'This information is provided by RNS, the news service of the London Stock Exchange.', 'More from Kestrelmoor Mining PLC', ...rList, 'Legal',
    'Privacy Policy', 'Cookie Policy', 'Accessibility', '© 2026 London Stock Exchange plc. All rights reserved.',
    'We use cookies to make our website work and to understand how you use it.', 'Accept all cookies', 'Manage cookies',
  ],
};

export const HELDOUT364_D: readonly TestPage[] = [seekingAlpha, lseRns];
