import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file b2: an earnings-call transcript on a Seeking Alpha-style React finance site ("Ledgerline"): the
 * ticker bar, the article header with the transcripts author and date, the symbol chips and follow buttons, the call
 * participants lists, operator and speaker lines up to the paywall teaser, the "Recommended For You" rail, a disclosure
 * and the footer. The main text is short: the rest of the call sits behind the paywall and is not in the saved page.
 */
const eTitle = 'Harlow Pumps & Valves (HPVX) Q4 2025 Earnings Call Transcript';
const eParts = ['Company Participants'];
const eCompany = ['Renata Oyelaran - Head of Investor Relations', 'Marcus Thell - Chief Executive Officer', 'Dagny Asquith - Chief Financial Officer'];
const eAnalysts = ['Kofi Brandt - Carrow Securities', 'Lise Moravec - Stanhope & Finch'];
const eCall: [string, string][] = [
  ['Operator', ''],
  [
    '',
    j(
      'Good morning, and welcome to the Harlow Pumps & Valves fourth quarter and full year 2025 earnings conference call. All participants',
      'are in listen-only mode. After the prepared remarks there will be a question-and-answer session. I would now like to hand the',
      'conference over to Renata Oyelaran. Please go ahead.',
    ),
  ],
  ['Renata Oyelaran', ''],
  [
    '',
    j(
      'Thank you, operator, and good morning, everyone. With me today are Marcus Thell, our CEO, and Dagny Asquith, our CFO. Before we',
      'begin, please note that today\u2019s remarks include forward-looking statements that are subject to risks and uncertainties described in',
      'our annual filing. We will also refer to adjusted figures; reconciliations are in the release posted on our website this morning.',
    ),
  ],
  ['Marcus Thell', ''],
  [
    '',
    j(
      'Thanks, Renata. 2025 was the year our municipal water business carried the company. Orders for large-diameter valves rose 18% on',
      'the year, helped by three city contracts in the northern region that we announced in the spring, and the backlog we carry into',
      '2026 is the largest in our history at a little over 410 million.',
    ),
  ],
  [
    '',
    j(
      'Industrial pumps were softer. Chemical customers delayed maintenance spending in the second half, and revenue in that segment fell',
      '6% for the quarter. We took out a shift at the Tollbridge plant in November rather than build inventory we could not sell.',
    ),
  ],
  [
    '',
    j(
      'Three priorities for 2026. First, deliver the municipal backlog on time; we have added capacity at the foundry to do that. Second,',
      'bring the new smart-metering valve line to market by the third quarter. Third, keep working capital tight while industrial demand',
      'finds its floor. Dagny will take you through the numbers.',
    ),
  ],
];
const eRail = [
  'Harlow Pumps & Valves: Backlog Strength Masks Industrial Weakness',
  'Water Infrastructure Stocks To Watch In 2026',
  'HPVX Q4 Earnings: Revenue Beats, Margin Guide Light',
];
const eNav = ['Home', 'Watchlists', 'Analysis', 'News', 'Earnings', 'Screeners'];
const eFoot = ['Terms of Use', 'Privacy', 'Do Not Sell My Personal Information', 'Market Data Sources'];
const speaker = ([who, p]: [string, string]): string => (who === '' ? `<p>${p}</p>` : `<p><strong>${who}</strong></p>`);
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${eTitle} | Ledgerline</title>
<meta name="description" content="Harlow Pumps & Valves Q4 2025 earnings call transcript."><meta property="og:type" content="article">
<meta name="robots" content="max-image-preview:large"><meta property="article:section" content="Earnings Call Transcripts">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${eTitle}","datePublished":"2026-02-24T14:31:08-05:00",
"isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall-full-content"}}</script>
<script>window.SA = {"pageConfig":{"Data":{"article":{"id":4871203,"type":"transcript"}}}};</script></head>
<body><div id="root"><div class="relative" data-test-id="app-root"><header class="sticky top-0 z-50" data-test-id="header">
<div class="flex items-center" data-test-id="ticker-bar"><span data-test-id="ticker">DJIA</span><span>+0.41%</span><span data-test-id="ticker">NDX</span>
<span>-0.12%</span></div><nav class="flex" aria-label="main"><a href="/" data-test-id="logo">Ledgerline</a><ul class="flex">${links(eNav, 'px-3')}</ul>
<input type="search" placeholder="Symbol, Author, Keyword" data-test-id="search-input"><a href="/login" data-test-id="login-button">Log in</a>
<a href="/subscribe" data-test-id="subscribe-button">Subscribe for $4.95</a></nav></header>
<main class="mx-auto max-w-[1280px]" data-test-id="article-page"><article class="flex flex-col"><div data-test-id="breadcrumbs" class="text-share-text-2">
<a href="/earnings/earnings-call-transcripts">Earnings Call Transcripts</a></div>
<div data-test-id="post-header"><h1 data-test-id="post-title" class="text-4x-large-r">${eTitle}</h1>
<div class="mt-10 flex items-center" data-test-id="post-author-info"><a href="/author/ll-transcripts" data-test-id="author-name">LL Transcripts</a>
<span data-test-id="post-date">Feb. 24, 2026 2:31 PM ET</span></div>
<div data-test-id="post-primary-tickers" class="flex gap-8"><a href="/symbol/HPVX" data-test-id="symbol-chip">HPVX</a><span
data-test-id="symbol-change">+3.12%</span><button data-test-id="follow-button">Follow</button></div>
<div data-test-id="post-actions" class="flex gap-12"><button aria-label="Share">Share</button><button aria-label="Save">Save</button><button
aria-label="Play">Play Earnings Call</button><span data-test-id="comments-count">6 Comments</span></div></div>
<div data-test-id="content-container" class="paywall-full-content"><div data-test-id="article-content" class="text-medium-2-r">
<p><strong>${eParts[0]}</strong></p>
${eCompany.map((c) => `<p>${c}</p>`).join('\n')}
<p><strong>Conference Call Participants</strong></p>
${eAnalysts.map((c) => `<p>${c}</p>`).join('\n')}
${eCall.map(speaker).join('\n')}
</div></div>
<div data-test-id="paywall" class="relative rounded-lg border p-24"><div class="absolute -top-120 h-120 w-full bg-gradient-to-b"></div>
<h2 data-test-id="paywall-title">This transcript is for Premium members</h2><p>Read the full call, including the analyst Q&amp;A, with a Premium
subscription.</p><a href="/subscribe?src=transcript" data-test-id="paywall-cta">Start 7-Day Free Trial</a>
<a href="/login" data-test-id="paywall-login">Already a
subscriber? Log in</a></div>
<section data-test-id="recommended" class="mt-40"><h2>Recommended For You</h2><ul>${links(eRail, 'py-8')}</ul></section>
<div data-test-id="disclosure" class="text-small-r">Ledgerline transcripts are produced from the live call and may contain errors. This article was
written by LL Transcripts.</div></article></main>
<footer data-test-id="footer" class="bg-black"><ul class="flex">${links(eFoot, 'px-4')}</ul><p>© 2026 Ledgerline. Quotes delayed at least 15 minutes.</p>
</footer></div></div><script>window.__APOLLO_STATE__={"ROOT_QUERY":{"__typename":"Query"}};</script></body></html>`;
export const earnings: TestPage = {
  name: 'heldout276-ledgerline-earnings-call-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([...eParts, ...eCompany, 'Conference Call Participants', ...eAnalysts, ...eCall.map(([w, p]) => (w === '' ? p : w))]),
  bylines: ['LL Transcripts', 'Feb. 24, 2026 2:31 PM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'DJIA', '+0.41%', 'NDX', '-0.12%', 'Ledgerline', ...eNav, 'Log in', 'Subscribe for $4.95', 'Earnings Call Transcripts', 'HPVX', '+3.12%', 'Follow',
    'Share', 'Save', 'Play Earnings Call', '6 Comments', 'This transcript is for Premium members',
    'Read the full call, including the analyst Q&A, with a Premium subscription.', 'Start 7-Day Free Trial', 'Already a subscriber? Log in',
    'Recommended For You', ...eRail, 'Ledgerline transcripts are produced from the live call and may contain errors. ' +
      'This article was written by LL Transcripts.',
    ...eFoot, '© 2026 Ledgerline. Quotes delayed at least 15 minutes.',
  ],
};
