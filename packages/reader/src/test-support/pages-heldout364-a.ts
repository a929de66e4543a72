import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows, rowTexts } from './pages-heldout364-kit.js';

/**
 * Held-out batch 364, file a: a results press release on a Q4 Inc.-style investor relations site (level1 / level2 menu,
 * module_news-details with its date, PDF download and inline dateline, a financial highlights table, Email Alerts module,
 * investor contacts, "Powered By Q4 Inc." footer, cookie banner) and an earnings call transcript on a Motley Fool-style
 * page (top nav, ticker chips, "Image source" figure, contents list, participants, premium promo, related articles).
 */
const qTitle = 'Halvorsen Tidewater Reports Fourth Quarter and Full Year 2025 Results';
const qDateline = 'PORT ELDWICK, Maine, Feb. 12, 2026 (GLOBE NEWSWIRE) --';
const qLead = j(
  'Halvorsen Tidewater Inc. (NASDAQ: HTWR), a maker of marine refrigeration and cold-chain monitoring systems, today reported',
  'financial results for the fourth quarter and full year ended December 31, 2025.',
);
const qIntro = [
  j(
    '“We finished the year with the strongest quarter in our history,” said Maribel Osgood, Chief Executive Officer.',
    '“Fleet operators kept ordering our retrofit kits through the winter, and the monitoring subscriptions we launched',
    'two years ago now make up more than a fifth of revenue.”',
  ),
];
const qHighlights = [
  'Revenue of $412.6 million, up 11% from the fourth quarter of 2024.',
  'Gross margin of 38.4%, compared with 36.1% a year earlier.',
  'GAAP net income of $31.2 million, or $0.74 per diluted share.',
  'Monitoring subscription revenue of $88.9 million, up 27% year over year.',
  'Cash and equivalents of $196.3 million at year end, with no borrowings under the revolving facility.',
];
const qTable = [
  ['Revenue', '$412.6', '$371.0', '$1,538.2', '$1,402.7'],
  ['Gross profit', '$158.4', '$133.9', '$577.1', '$505.0'],
  ['Operating income', '$42.0', '$33.5', '$151.8', '$127.4'],
  ['Diluted EPS', '$0.74', '$0.59', '$2.61', '$2.18'],
];
const qOutlook = [
  j(
    'For the full year 2026 the company expects revenue of $1.62 billion to $1.67 billion and diluted earnings per share of',
    '$2.80 to $2.95. The outlook assumes no change in tariff rates on imported compressors after March 31.',
  ),
  j(
    'The board also approved a new share repurchase authorization of $150 million, which replaces the remaining $22 million',
    'under the program announced in 2023.',
  ),
];
const qCall = [
  j(
    'Management will host a conference call at 8:30 a.m. Eastern Time today. The live webcast and a replay will be available',
    'on the company’s investor relations website. Analysts may join by telephone after registering online.',
  ),
];
const qAbout = [
  j(
    'Halvorsen Tidewater designs refrigeration units, sensors and software that keep seafood, produce and medicines cold from',
    'the dock to the store. The company is based in Port Eldwick, Maine, and employs about 2,400 people in six countries.',
  ),
];
const qSafe = [
  j(
    'This press release contains forward-looking statements, including statements about revenue, earnings and share repurchases.',
    'Actual results may differ materially because of supply costs, customer demand and the other risks described in our annual report.',
  ),
];
const qNav1 = ['Overview', 'News & Events', 'Press Releases', 'Events & Presentations', 'Financials', 'Quarterly Results', 'SEC Filings'];
const qNav2 = ['Stock Info', 'Governance', 'Resources', 'Email Alerts', 'Contacts'];
const qAlert = ['Sign up to receive email alerts', 'Press Releases', 'SEC Filings', 'Events'];
const qFoot = ['Privacy Policy', 'Terms of Use', 'Accessibility', 'Site Map'];
const qHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${qTitle} :: Halvorsen Tidewater Inc. (HTWR)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${qTitle}">
<meta property="og:title" content="${qTitle}"><meta property="og:type" content="article">
<link rel="stylesheet" href="/files/design/q4-global.css"><script src="//widgets.q4app.example/widgets/q4.api.1.13.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${qTitle}","datePublished":"2026-02-12"}</script>
<script>var Q4ApiKey = "BF18C2A0E9D44F0A"; window.q4Defaults = {lang: "en", showRss: true};</script></head>
<body class="page--news-details page--lang-en"><a class="skip-link" href="#maincontent">Skip to main content</a>
<div class="layout"><header class="layout_header"><div class="layout_inner"><a class="header_logo" href="/">Halvorsen Tidewater Investors</a>
<nav class="nav nav--main" aria-label="Main Navigation"><ul class="nav_list level1">${links(qNav1, 'nav_item level1')}
${links(qNav2, 'nav_item level1')}</ul></nav></div></header>
<div class="layout_breadcrumb"><ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news-events/press-releases">News Releases</a></li></ul></div>
<main id="maincontent" class="layout_content"><div class="pane pane--content"><div class="module module-news-details"><div class="module_container--outer">
<div class="module_container--inner"><div class="module_headline"><h1 class="module_title">${qTitle}</h1></div>
<div class="module_date-time"><span class="module_date-text">February 12, 2026</span> <span class="module_time-text">7:00am EST</span></div>
<div class="module_links"><a class="module_link module_link-download" href="/static-files/htwr-q4-2025.pdf">Download as PDF</a></div>
<div class="module_body"><p><span class="xn-location">PORT ELDWICK, Maine</span>, <span class="xn-chron">Feb. 12, 2026</span> (GLOBE NEWSWIRE) -- ${qLead}</p>
${ps(qIntro)}
<p><strong>Fourth Quarter 2025 Highlights</strong></p>
<ul type="disc">${qHighlights.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="gnw_table_border"><caption>Selected results (in millions, except per share)</caption>
<thead><tr><th></th><th>Q4 2025</th><th>Q4 2024</th><th>FY 2025</th><th>FY 2024</th></tr></thead>
<tbody>${rows(qTable)}</tbody></table>
<p><strong>2026 Outlook</strong></p>
${ps(qOutlook)}
<p><strong>Conference Call</strong></p>
${ps(qCall)}
<p><strong>About Halvorsen Tidewater</strong></p>
${ps(qAbout)}
<p><strong>Forward-Looking Statements</strong></p>
${ps(qSafe)}
<p class="contacts">Investor Contact: Dana Whitcombe, investors@halvorsentidewater.example, 207-555-0148</p>
</div></div></div></div>
<div class="module module-email-alerts"><h2 class="module_title">Email Alerts</h2><ul>${links(qAlert)}</ul>
<button class="button module_submit">Subscribe</button></div>
<div class="module module-quick-links"><ul class="module_links"><li><a href="/rss">RSS Feeds</a></li><li><a href="javascript:window.print()">Print Page</a></li>
</ul></div></div></main>
<footer class="layout_footer"><ul class="footer_nav">${links(qFoot)}</ul><p class="footer_copyright">© 2026 Halvorsen Tidewater Inc. All rights reserved.</p>
<p class="footer_powered"><a href="https://www.q4inc.example">Powered By Q4 Inc. 5.162.0.1</a></p></footer></div>
<div class="cookie-banner js-cookie-banner" role="dialog"><p>This website uses cookies to improve your experience and analyse site traffic.</p>
<button class="cookie-banner_accept">Accept</button> <button class="cookie-banner_decline">Decline</button></div>
<script>$(function(){ $('.module-news-details').news({ usePublic: GetViewType() != "0", tags: ["earnings"] }); });</script></body></html>`;
const q4Release: TestPage = {
  name: 'heldout364-q4-ir-press-release-news',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: ['Fourth Quarter 2025 Highlights', '2026 Outlook', 'Conference Call', 'About Halvorsen Tidewater', 'Forward-Looking Statements'],
  body: [
    ...texts([qLead, ...qIntro, ...qHighlights]),
    ...rowTexts(qTable),
    ...texts([...qOutlook, ...qCall, ...qAbout, ...qSafe]),
    'Investor Contact: Dana Whitcombe, investors@halvorsentidewater.example, 207-555-0148',
  ],
  bylines: ['February 12, 2026', '7:00am EST', qDateline],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Halvorsen Tidewater Investors', ...qNav1, ...qNav2, 'Home', 'News Releases', 'Download as PDF',
    'Selected results (in millions, except per share)', 'Email Alerts', ...qAlert, 'Subscribe', 'RSS Feeds', 'Print Page', ...qFoot,
    '© 2026 Halvorsen Tidewater Inc. All rights reserved.', 'Powered By Q4 Inc. 5.162.0.1',
    'This website uses cookies to improve your experience and analyse site traffic.', 'Accept', 'Decline',
  ],
};

const fTitle = 'Halvorsen Tidewater (HTWR) Q4 2025 Earnings Call Transcript';
const fIntro = ['HTWR earnings call for the period ending December 31, 2025.'];
const fPrepared = [
  '<strong>Operator</strong>',
  j(
    'Good morning, and welcome to the Halvorsen Tidewater fourth quarter 2025 earnings conference call. All participants are in',
    'listen-only mode. I would now like to turn the call over to Dana Whitcombe, head of investor relations. Please go ahead.',
  ),
  '<strong>Dana Whitcombe</strong> -- <em>Head of Investor Relations</em>',
  j(
    'Thank you, and good morning. With me today are Maribel Osgood, our CEO, and Ferris Lamont, our CFO. Our remarks include',
    'forward-looking statements, and actual results may differ. A reconciliation of non-GAAP measures is in this morning’s release.',
  ),
  '<strong>Maribel Osgood</strong> -- <em>Chief Executive Officer</em>',
  j(
    'Thanks, Dana. The fourth quarter capped a year in which we grew revenue 10% and widened gross margin by more than two points.',
    'The retrofit program did better than we planned. Operators who had postponed replacing units during the freight slump came',
    'back in the autumn, and we shipped just over 9,000 kits in the quarter.',
  ),
  j(
    'Subscriptions are the part of the business I am proudest of. We ended the year with 61,000 connected containers, and churn',
    'stayed under 4%. Customers tell us the temperature alerts pay for themselves the first time a load is saved.',
  ),
  '<strong>Ferris Lamont</strong> -- <em>Chief Financial Officer</em>',
  j(
    'Thank you, Maribel. Revenue was $412.6 million, up 11%. Gross margin was 38.4%, helped by lower copper prices and a richer mix',
    'of subscription revenue. Operating expenses grew 6%, mainly from engineering hiring in our sensor group.',
  ),
  j(
    'For 2026 we expect revenue of $1.62 billion to $1.67 billion. We assume the first half is a little softer than the second,',
    'as it was this year, because fishing fleets do most of their refits before the summer season.',
  ),
];
const fQa = [
  '<strong>Operator</strong>',
  'Our first question comes from Priya Castellan with Northgate Securities.',
  '<strong>Priya Castellan</strong> -- <em>Northgate Securities -- Analyst</em>',
  'Thanks. Can you say how much of the retrofit demand was pulled forward ahead of the tariff change in March?',
  '<strong>Maribel Osgood</strong> -- <em>Chief Executive Officer</em>',
  j(
    'Some, but less than people think. We estimate two to three hundred kits were ordered early. Most of the backlog is tied to',
    'vessel schedules, not to prices, so we do not expect a gap in the second quarter.',
  ),
];
const fParticipants = [
  'Dana Whitcombe -- Head of Investor Relations',
  'Maribel Osgood -- Chief Executive Officer',
  'Ferris Lamont -- Chief Financial Officer',
  'Priya Castellan -- Northgate Securities -- Analyst',
];
const fNav = ['Our Services', 'Stock Ideas', 'Investing 101', 'Retirement', 'Podcasts', 'Transcripts'];
const fToc = ['Prepared Remarks', 'Questions and Answers', 'Call Participants'];
const fRelated = [
  'Is Now the Time to Buy Cold-Chain Stocks?',
  'Halvorsen Tidewater Beats Estimates as Subscriptions Climb',
  '3 Small-Cap Industrials to Watch in 2026',
];
const fFoot = ['About Us', 'Careers', 'Help', 'Disclosure Policy', 'Privacy Policy', 'Do Not Sell My Personal Information'];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} | The Motley Fool</title>
<meta name="description" content="HTWR earnings call for the period ending December 31, 2025."><meta property="og:site_name" content="The Motley Fool">
<meta name="author" content="Motley Fool Transcribing"><meta property="article:published_time" content="2026-02-12T11:02:00-05:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${fTitle}","author":{"@type":"Organization",
"name":"Motley Fool Transcribing"},"publisher":{"@type":"Organization","name":"The Motley Fool"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"content_type":"transcript","tickers":["HTWR"]});</script></head>
<body class="font-body"><div id="app"><header class="top-nav bg-white shadow"><a href="/" class="logo" aria-label="The Motley Fool">The Motley Fool</a>
<nav class="main-nav"><ul class="flex">${links(fNav, 'px-12px')}</ul></nav><a href="/premium" class="btn btn-premium">Join Motley Fool</a></header>
<main class="page-grid max-w-1280 mx-auto"><div class="article-page"><header class="article-header">
<div class="text-sm uppercase">Earnings Call Transcript</div>
<h1 class="font-medium text-gray-1100 leading-42">${fTitle}</h1>
<div class="author-tagline flex"><div class="author-name">By <a href="/author/transcribing/">Motley Fool Transcribing</a></div>
<div class="publish-date">Feb 12, 2026 at 11:02AM</div></div>
<div class="ticker-row"><a class="ticker-chip" href="/quote/nasdaq/htwr/">NASDAQ: HTWR</a> <span class="ticker-chip-label">Halvorsen Tidewater</span>
<span class="price-change text-green-900">+4.12%</span></div></header>
<figure class="article-figure"><img src="https://g.foolcdn.example/editorial/images/earnings-call.jpg" alt="Logo of jester cap with thought bubble.">
<figcaption class="caption">Image source: The Motley Fool.</figcaption></figure>
<div class="article-body transcript-content">
${ps(fIntro)}
<h2>Contents:</h2><ul class="toc">${links(fToc)}</ul>
<h2 id="prepared-remarks">Prepared Remarks:</h2>
${ps(fPrepared)}
<div class="interad article-pitch"><span class="ad-label">Advertisement</span>
<p class="pitch">Should you invest $1,000 in Halvorsen Tidewater right now? Our analyst team just named its 10 best stocks to buy.</p>
<a href="/premium/stock-advisor" class="pitch-cta">See the 10 stocks</a></div>
<h2 id="questions-and-answers">Questions and Answers:</h2>
${ps(fQa)}
<h2 id="call-participants">Call participants:</h2>
${ps(fParticipants)}
<p class="disclosure"><em>This article is a transcript of this conference call produced for The Motley Fool. While we strive for our Foolish Best,
there may be errors, omissions, or inaccuracies in this transcript.</em></p></div>
<div class="article-disclosure">The Motley Fool has a disclosure policy.</div>
<section class="related-articles"><h2 class="section-title">Related Articles</h2><ul>${links(fRelated, 'related-item')}</ul></section></div></main>
<footer class="site-footer"><ul class="footer-links">${links(fFoot)}</ul>
<p class="copyright">© 1995 - 2026 The Motley Fool. All rights reserved.</p></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to personalize content and ads.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<script src="https://www.fool.example/static/js/article.bundle.js" defer></script></body></html>`;
const foolTranscript: TestPage = {
  name: 'heldout364-motley-fool-transcript-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: ['Contents:', 'Prepared Remarks:', 'Questions and Answers:', 'Call participants:'],
  body: texts([...fIntro, ...fPrepared, ...fQa, ...fParticipants]),
  bylines: ['By Motley Fool Transcribing', 'Feb 12, 2026 at 11:02AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Join Motley Fool', 'Earnings Call Transcript', 'NASDAQ: HTWR', '+4.12%', 'Image source: The Motley Fool.', ...fToc, 'Advertisement',
    'Should you invest $1,000 in Halvorsen Tidewater right now? Our analyst team just named its 10 best stocks to buy.', 'See the 10 stocks',
    'This article is a transcript of this conference call produced for The Motley Fool.', 'The Motley Fool has a disclosure policy.',
    'Related Articles', ...fRelated, ...fFoot, '© 1995 - 2026 The Motley Fool. All rights reserved.', 'We use cookies to personalize content and ads.',
    'Accept All Cookies',
  ],
};

export const HELDOUT364_A: readonly TestPage[] = [q4Release, foolTranscript];
