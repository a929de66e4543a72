import { links, ps, type TestPage, texts } from './page-kit.js';
import { factsheet } from './pages-heldout296-b2.js';
import { j, lis } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file b: a Seeking Alpha-style investing article (React markup with data-test-id attributes, ticker
 * chips, "Summary" bullets, author card with follower count, "Follow" button, paywall teaser for a premium service, analyst's
 * and platform disclosures, comments with likes, "Recommended For You" rail, footer) and, from file b2, a fund factsheet
 * page built on Adobe Experience Manager components.
 */
const sTitle = 'Tallowmere Foods: A Boring Grocer With A 4.8% Yield Worth Owning';
const sSummary = [
  'Tallowmere Foods has raised its dividend for 22 straight years and covers it 1.9 times with free cash flow.',
  'Private-label sales now make up 41% of revenue, which supports margins while branded suppliers push through price rises.',
  'The shares trade at 11 times forward earnings, below their ten-year average of 14 times.',
  'I rate the stock a Buy, with a fair value estimate of $58.',
];
const sH = ['Investment thesis', 'The private-label engine', 'Balance sheet and dividend', 'Valuation', 'Risks', 'Conclusion'];
const sThesis = [
  j(
    'Grocery is not an exciting business. Margins are thin, competition is relentless and growth rarely outpaces population plus',
    'inflation. Yet that is exactly why I like Tallowmere Foods (TLMF) for an income portfolio: the market has priced it as if',
    'nothing will ever change, while the company has quietly rebuilt its mix toward higher-margin products.',
  ),
  j(
    'In this article I look at the private-label strategy, the dividend record and what the current price implies, and I explain',
    'why I think a patient investor is being paid well to wait.',
  ),
];
const sPrivate = [
  j(
    'Five years ago store brands made up 29% of sales. After a push into chilled ready meals and household cleaning products,',
    'that share reached 41% in the last fiscal year. Management says private-label gross margins run about six percentage points',
    'above branded goods.',
  ),
  j(
    'The timing has helped. As shoppers traded down during two years of food inflation, Tallowmere gained volume that it has so',
    'far kept, according to the last three quarterly reports.',
  ),
];
const sQuote = j(
  '"We are not trying to be the cheapest; we are trying to be the product a customer does not feel the need to compare," chief',
  'executive Annika Brevort told analysts on the fourth-quarter call.',
);
const sBalance = [
  j(
    "Net debt stands at 1.6 times EBITDA, comfortably inside the 2.5 times covenant on the company's revolving credit facility.",
    'Roughly 70% of the store estate is leased, which keeps capital spending predictable.',
  ),
  j(
    'The dividend of $2.36 a year costs about $410 million, against free cash flow of $780 million last year. Even in the 2020',
    'disruption, coverage never fell below 1.4 times.',
  ),
];
const sValuation = [
  j(
    "At $49 a share, Tallowmere trades at 11 times the consensus estimate for next year's earnings. A return to a multiple of 13",
    'times, still below the long-run average, would put the shares near $58.',
  ),
];
const sRisks = [
  'A price war started by a discount chain could compress margins across the sector.',
  'Wage rises in distribution centres have already added 40 basis points to operating costs.',
  'Any slowdown in private-label growth would remove the main leg of the margin story.',
];
const sConclusion = j(
  'Tallowmere will not double in a year. What it offers is a covered, growing dividend at a cheap valuation, run by a team that',
  'has shown it can adapt. For an income investor, I think that is enough to justify a Buy rating.',
);
const sComments = [
  'Good write-up. I hold a small position and the private-label numbers are the reason I bought. Curious how you see the lease liabilities though.',
  'Dividend growth has slowed to about 3% a year recently. Still fine for me, but worth flagging for anyone expecting the old pace.',
];
const sRecommended = [
  'Three Consumer Staples Yielding Over 4% For A Defensive Portfolio',
  'Brightlane Retail: Margin Pressure Is Overdone',
  'Dividend Champions Report: April Edition',
];
const sFoot = ['About Us', 'Careers', 'Contact', 'Terms Of Use', 'Privacy', 'Do Not Sell My Personal Information', 'Market Data Sources'];
const sHtml = `<!DOCTYPE html>
<html lang="en" data-theme="light"><head><meta charset="utf-8"><title>${sTitle} (NYSE:TLMF) | Alpha Ledger</title>
<meta name="description" content="Tallowmere Foods has raised its dividend for 22 straight years. See why I rate TLMF a Buy.">
<meta property="og:type" content="article"><meta name="news_keywords" content="TLMF, dividends, consumer staples">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}",
"author":[{"@type":"Person","name":"Crestline Income"}],"datePublished":"2026-04-09T12:30:00-04:00","isAccessibleForFree":true}</script>
<script>window.SA={"pageConfig":{"Data":{"article":{"id":6621904,"primaryTickers":["TLMF"]}}}};</script></head>
<body><div id="root"><div class="contents"><header data-test-id="header" class="pk-ZR"><a href="/" aria-label="Alpha Ledger home" class="pk-kd">
<svg></svg></a><div data-test-id="search-input" class="pk-Pu"><input placeholder="Enter symbol, author, keyword"></div>
<nav data-test-id="header-nav"><ul>${links(['Home', 'Investing', 'Stock Ideas', 'Dividends', 'News', 'Alpha Picks'])}</ul></nav>
<a data-test-id="header-login" href="/login">Log in</a><a data-test-id="header-signup" href="/signup">Sign up</a></header>
<main class="pk-L7"><div class="pk-LL"><article data-test-id="content-container"><div data-test-id="post-tickers" class="pk-fC">
<a href="/symbol/TLMF" data-test-id="ticker-chip">TLMF</a><a href="/symbol/BRLN" data-test-id="ticker-chip">BRLN</a></div>
<header class="pk-H1"><div data-test-id="post-card-label" class="pk-lb">Dividend Ideas</div>
<h1 data-test-id="post-title" class="pk-tl">${sTitle}</h1><div data-test-id="post-byline" class="pk-by">
<span data-test-id="post-date">Apr. 09, 2026 12:30 PM ET</span><a href="/symbol/TLMF" data-test-id="ticker-link">Tallowmere Foods Inc. (TLMF)</a>
<span data-test-id="post-comments-count">27 Comments</span><span data-test-id="post-likes-count">14 Likes</span></div>
<div data-test-id="author-card" class="pk-au"><a href="/author/crestline-income" data-test-id="author-name">Crestline Income</a>
<span data-test-id="author-followers">6.2K Followers</span><button data-test-id="follow-button">Follow</button></div></header>
<section data-test-id="article-summary-title" class="pk-su"><h2 class="pk-sh">Summary</h2><ul>${lis(sSummary)}</ul></section>
<div data-test-id="share-bar" class="pk-sb"><button aria-label="Share">Share</button><button aria-label="Save">Save</button>
<button aria-label="Play">Play (10min)</button></div>
<div data-test-id="content-container-body" class="paywall-full-content pk-ab">
<h2>${sH[0]}</h2>
${ps(sThesis)}
<div class="inline-promo" data-test-id="marketplace-promo"><p>This idea was discussed in more depth with members of my private investing
community, <a href="/affiliate/income-harbor">Income Harbor</a>. <a href="/affiliate/income-harbor">Learn More »</a></p></div>
<h2>${sH[1]}</h2>
${ps(sPrivate)}
<blockquote><p>${sQuote}</p></blockquote>
<figure><img src="https://static.alphaledger.example/uploads/tlmf-mix.png" alt="">
<figcaption>Private-label share of sales, fiscal 2021 to 2025 (Company filings, author's chart)</figcaption></figure>
<h2>${sH[2]}</h2>
${ps(sBalance)}
<h2>${sH[3]}</h2>
${ps(sValuation)}
<h2>${sH[4]}</h2>
<ul>${lis(sRisks)}</ul>
<h2>${sH[5]}</h2>
${ps([sConclusion])}
</div>
<section data-test-id="article-disclosure" class="pk-di"><p class="pk-dh">Analyst’s Disclosure:</p><p>I/we have a beneficial long position in
the shares of TLMF either through stock ownership, options, or other derivatives.</p>
<p class="pk-dh">Alpha Ledger's Disclosure:</p><p>Past performance is no guarantee of future results. No recommendation or advice is being given
as to whether any investment is suitable for a particular investor.</p></section>
<section data-test-id="comments-section" class="pk-cm"><h2>Comments (27)</h2><ul>
<li data-test-id="comment"><a href="/user/harbor-dan" data-test-id="comment-author">harbor_dan</a><span data-test-id="comment-date">09 Apr. 2026</span>
<div data-test-id="comment-content"><p>${sComments[0]}</p></div><button data-test-id="comment-like">Like (5)</button><button>Reply</button></li>
<li data-test-id="comment"><a href="/user/quietyield" data-test-id="comment-author">QuietYield</a><span data-test-id="comment-date">10 Apr. 2026</span>
<div data-test-id="comment-content"><p>${sComments[1]}</p></div><button data-test-id="comment-like">Like (2)</button><button>Reply</button></li></ul>
<button data-test-id="comments-load-more">Load more comments</button></section></article>
<aside data-test-id="right-rail" class="pk-rr"><section><h3>Recommended For You</h3><ul>${links(sRecommended)}</ul></section>
<section data-test-id="rail-quote"><p>TLMF</p><p>Tallowmere Foods Inc.</p><p>49.12 +0.38 (+0.78%)</p></section></aside></div></main>
<footer data-test-id="footer" class="pk-ft"><ul>${links(sFoot)}</ul><p>© 2026 Alpha Ledger Ltd. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners use cookies to
improve your experience and for advertising.</p><button id="onetrust-accept-btn-handler">I Accept</button></div></div></div>
<script src="https://static.alphaledger.example/assets/app-1a2b3c.js"></script></body></html>`;
const alphaLedger: TestPage = {
  name: 'heldout296-seeking-alpha-style-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: ['Summary', ...sH],
  body: texts([...sSummary, ...sThesis, ...sPrivate, sQuote, ...sBalance, ...sValuation, ...sRisks, sConclusion]),
  bylines: ['Apr. 09, 2026 12:30 PM ET', 'Crestline Income'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Investing', 'Stock Ideas', 'Dividends', 'News', 'Alpha Picks', 'Log in', 'Sign up', 'BRLN', 'Dividend Ideas',
    'Tallowmere Foods Inc. (TLMF)', '27 Comments', '14 Likes', '6.2K Followers', 'Follow', 'Share', 'Save', 'Play (10min)',
    'This idea was discussed in more depth with members of my private investing community, Income Harbor.', 'Learn More »',
    "Private-label share of sales, fiscal 2021 to 2025 (Company filings, author's chart)", 'Analyst’s Disclosure:',
    'I/we have a beneficial long position in the shares of TLMF either through stock ownership, options, or other derivatives.',
    "Alpha Ledger's Disclosure:", 'Past performance is no guarantee of future results.', 'Comments (27)', 'harbor_dan', '09 Apr. 2026',
    ...sComments, 'Like (5)', 'Reply', 'QuietYield', '10 Apr. 2026', 'Like (2)', 'Load more comments', 'Recommended For You',
    ...sRecommended, 'Tallowmere Foods Inc.', '49.12 +0.38 (+0.78%)', ...sFoot, '© 2026 Alpha Ledger Ltd. All rights reserved.',
    'We and our partners use cookies to improve your experience and for advertising.', 'I Accept',
  ],
};

export const HELDOUT296_B: readonly TestPage[] = [alphaLedger, factsheet];
