import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout397-kit.js';
import { notifiedNewsroom } from './pages-heldout397-e2.js';

/**
 * Held-out batch 397, file e: a Business Wire release carried on a Yahoo Finance-style quote-and-news page in its Svelte
 * markup (hashed yf- classes, data-testid attributes, market ticker strip, provider logo byline with time and reading
 * time, "In this article" ticker chips, share bar, an ad slot inside the body, "Recommended Stories" rail, footer) and,
 * from file e2, a Notified company newsroom release.
 */
const yTitle = 'Lumenhold Software to Acquire Ledgerbrook, Adding Payroll Tools for Small Firms';
const yP = [
  j(
    'SEATTLE--(BUSINESS WIRE)--Lumenhold Software Inc. (NASDAQ: LMHD), which sells accounting software to small and midsize',
    'businesses, today announced a definitive agreement to acquire Ledgerbrook, a privately held payroll service based in Boise,',
    'Idaho, for about 410 million dollars in cash and stock.',
  ),
  j(
    'Ledgerbrook processes payroll for roughly 46,000 employers, most of them with fewer than 20 staff. Its software calculates',
    'wages and withholding, files payroll taxes in all 50 states and lets employees see their pay slips on a phone.',
  ),
  j(
    '"Our customers close their books in Lumenhold and then log into a separate system to pay their people. That second login',
    'is where errors creep in," said Priyanka Oduya-Wren, chief executive officer of Lumenhold. "Bringing Ledgerbrook inside our',
    'product means one set of records, one bill and one place to ask for help."',
  ),
  j(
    'Under the agreement, Lumenhold will pay 300 million dollars in cash and issue about 2.1 million shares of its common stock to',
    'Ledgerbrook\u2019s owners. The cash portion will be funded from the company\u2019s balance sheet and an existing credit facility.',
  ),
  j(
    'Ledgerbrook\u2019s founder and chief executive, Calder Whitmore, will join Lumenhold as general manager of the payroll business',
    'and will remain in Boise, where all 380 of Ledgerbrook\u2019s employees will continue to work.',
  ),
  j(
    'Lumenhold expects the acquisition to add between 85 and 90 million dollars to its revenue in the first full year and to be',
    'neutral to adjusted earnings per share in 2027. The transaction has been approved by the boards of both companies and is',
    'expected to close in the second quarter, subject to regulatory approval and customary closing conditions.',
  ),
  j(
    'Lumenhold said it plans to keep the Ledgerbrook brand for existing customers for at least a year while it moves their',
    'accounts onto a combined platform, and that pricing for current payroll customers will not change before 2027.',
  ),
  j(
    'Lumenhold will discuss the transaction on a conference call today at 8:30 a.m. Eastern Time. A webcast and slides will be',
    'available on the investor relations section of the company\u2019s website.',
  ),
];
const yTop = ['News', 'Finance', 'Sports', 'More', 'Mail', 'Sign in'];
const yNav = ['My Portfolio', 'Markets', 'Research', 'Personal Finance', 'Videos', 'Watch Now'];
const yStrip = ['S&P 500', '5,812.40', '+0.42%', 'Dow 30', '43,118.77', 'Nasdaq', '18,904.15', '+0.61%'];
const yRec = [
  'Small-cap software stocks rally as rate cut hopes build',
  'Payroll firms face a crowded market as banks add HR tools',
  'Three earnings reports to watch this week',
];
const yFoot = ['Terms and Privacy Policy', 'Privacy Dashboard', 'About Our Ads', 'Sitemap'];
const yHtml = `<!DOCTYPE html>
<html lang="en-US" class="desktop"><head><meta charset="utf-8"><title>${yTitle}</title>
<meta name="description" content="Lumenhold Software to acquire payroll service Ledgerbrook for about $410 million.">
<meta property="og:site_name" content="Yahoo Finance"><meta property="og:title" content="${yTitle}"><meta name="twitter:site" content="@YahooFinance">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${yTitle}","datePublished":"2026-03-03T13:00:00.000Z",
"provider":{"@type":"Organization","name":"Business Wire"},"publisher":{"@type":"Organization","name":"Yahoo Finance"}}</script>
<script>window.YAHOO=window.YAHOO||{};YAHOO.context={"site":"finance","lang":"en-US","region":"US","pageType":"article"};</script>
<link rel="stylesheet" href="https://s.yimg.example/aaq/f10/client/_app/immutable/assets/0.css"></head>
<body class="yf-1pe5jgt"><div id="app" class="yf-1pe5jgt" data-sveltekit-preload-data="hover">
<header class="yf-1e0k8a3" data-testid="uh-header"><a class="logo yf-1e0k8a3" href="https://finance.yahoo.com/" aria-label="Yahoo Finance"></a>
<ul class="_yb_nav yf-1e0k8a3">${links(yTop)}</ul>
<nav class="finance-nav yf-ilwmgj" aria-label="Finance navigation"><ul>${links(yNav, 'yf-ilwmgj')}</ul></nav></header>
<section class="market-summary yf-1vybvnb" data-testid="market-summary"><ul>
${yStrip.map((t) => `<li class="yf-1vybvnb">${t.replace('&', '&amp;')}</li>`).join('\n')}</ul></section>
<main class="layoutContainer yf-1v7gqch"><article class="gridLayout yf-1ah9n3j" data-testid="article-content-wrapper">
<div class="cover-wrap yf-1rjrr1"><h1 class="cover-title yf-1rjrr1" data-testid="article-title">${yTitle}</h1></div>
<div class="byline yf-1k5w6kz" data-testid="article-byline"><div class="byline-attr yf-1k5w6kz"><img class="yf-1k5w6kz"
src="https://s.yimg.example/os/creatr-uploaded-images/businesswire.png" alt="Business Wire"><div class="byline-attr-meta yf-1k5w6kz">
<time class="byline-attr-meta-time" datetime="2026-03-03T13:00:00.000Z">Tue, Mar 3, 2026, 8:00 AM</time>
<span class="byline-attr-meta-read yf-1k5w6kz">3 min read</span></div></div>
<div class="share-wrap yf-1ff0tl8"><button class="yf-1ff0tl8" aria-label="Share">Share</button><button class="yf-1ff0tl8">Copy link</button></div></div>
<div class="scroll-carousel yf-r5lvmz" data-testid="ticker-container"><p class="yf-r5lvmz">In this article:</p><a href="/quote/LMHD/"
class="ticker yf-r5lvmz"><span class="symbol yf-r5lvmz">LMHD</span> <span class="percent yf-r5lvmz">+6.84%</span></a></div>
<div class="body-wrap yf-40hgrf"><div class="body yf-3qln1o" data-testid="article-body">
${ps(yP.slice(0, 3), ' class="yf-1090901"')}
<div class="ad-wrapper yf-14b8ko2" data-testid="inbody-ad"><span class="ad-label yf-14b8ko2">Advertisement</span><div id="sda-INARTICLE"></div></div>
${ps(yP.slice(3), ' class="yf-1090901"')}
</div></div>
<div class="read-more yf-1ubxbf4"><a href="https://www.businesswire.com/news/home/20260303/en/" class="yf-1ubxbf4">View comments</a></div></article>
<aside class="sidebar yf-1xpm9rw"><section data-testid="recommended-stories"><h3 class="yf-1xpm9rw">Recommended Stories</h3>
<ul>${links(yRec, 'yf-1xpm9rw')}</ul></section></aside></main>
<footer class="yf-1ut9wk1"><ul>${links(yFoot)}</ul><p>Copyright © 2026 Yahoo. All rights reserved.</p></footer></div>
<script type="application/json" data-sveltekit-fetched data-url="/xhr/ncp?id=lumenhold">{"status":200,"body":"{}"}</script>
<script>__sveltekit_1u3v8z = {base: new URL(".", location).pathname.slice(0, -1)};</script></body></html>`;
const yahooFinance: TestPage = {
  name: 'heldout397-yahoo-finance-wire-news',
  kind: 'news',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: texts(yP),
  bylines: ['Tue, Mar 3, 2026, 8:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...yTop, ...yNav, ...yStrip, '3 min read', 'Share', 'Copy link', 'In this article:', '+6.84%', 'Advertisement', 'View comments',
    'Recommended Stories', ...yRec, ...yFoot, 'Copyright © 2026 Yahoo. All rights reserved.',
  ],
};

export const HELDOUT397_E: readonly TestPage[] = [yahooFinance, notifiedNewsroom];
