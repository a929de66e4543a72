import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout364-kit.js';

/**
 * Held-out batch 364, file b: an SEC EDGAR filing index page (a data page with short main text: the header with its
 * search links, div#PageTitle, the form header, the formGrouping info blocks, the tableFile document tables, the filer
 * block and the footer) and a Yahoo Finance-style quote page built with Svelte markup (quote header with fin-streamer
 * prices, the statistics list, the recent news stream, the company profile card, trending tickers, ad slots, footer).
 */
const eTitle = 'Filing Detail';
const eForm = 'Form 8-K - Current report:';
const eInfo = [
  ['Filing Date', '2026-02-12'],
  ['Accepted', '2026-02-12 07:02:11'],
  ['Documents', '3'],
  ['Period of Report', '2026-02-12'],
];
const eItems = ['Item 2.02: Results of Operations and Financial Condition', 'Item 9.01: Financial Statements and Exhibits'];
const eDocs = [
  ['1', 'FORM 8-K', 'htwr-20260212.htm', '8-K', '41822'],
  ['2', 'PRESS RELEASE DATED FEBRUARY 12, 2026', 'ex99-1.htm', 'EX-99.1', '188304'],
  ['3', 'Complete submission text file', '0001847731-26-000014.txt', '', '512907'],
];
const eData = [
  ['4', 'XBRL INSTANCE DOCUMENT', 'htwr-20260212_htm.xml', 'XML', '5120'],
  ['5', 'XBRL TAXONOMY EXTENSION SCHEMA', 'htwr-20260212.xsd', 'EX-101.SCH', '3377'],
];
const eFiler = [
  'Mailing Address 14 Wharf Row Suite 300 Port Eldwick ME 04119',
  'Business Address 14 Wharf Row Suite 300 Port Eldwick ME 04119 207-555-0100',
  'HALVORSEN TIDEWATER INC (Filer) CIK: 0001847731',
  'IRS No.: 84-2210937 | State of Incorp.: DE | Fiscal Year End: 1231',
  'Type: 8-K | Act: 34 | File No.: 001-40872 | Film No.: 26611409',
  'SIC: 3585 Air-Cond &amp; Warm Air Heatg Equip &amp; Comm &amp; Indl Refrig Equip',
];
const eNav = ['Company Filings', 'Full-Text Search', 'EDGAR Home', 'Latest Filings'];
const eFoot = ['Home', 'Search EDGAR', 'Site Map', 'Accessibility', 'Contracts', 'Privacy', 'Inspector General', 'FOIA', 'No FEAR Act'];
const eHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>EDGAR Filing Documents for 0001847731-26-000014</title><link rel="stylesheet" type="text/css" href="/include/interactive.css" />
<script type="text/javascript" src="/include/jquery-1.4.3.min.js"></script>
<script type="text/javascript">function toggleFilingDetail() { $('#formDiv .info').toggle(); }</script></head>
<body style="margin: 0"><noscript><div>Your browser does not support JavaScript.</div></noscript>
<div id="headerTop"><div id="Nav">
<a href="/index.htm">Home</a> | <a href="/cgi-bin/srqsb?text=form-type%3D8-K">Search the Next-Generation EDGAR System</a></div>
<div id="seal"><a href="/index.htm"><img src="/images/sealTop.gif" alt="SEC Seal" border="0" /></a></div>
<div id="secWordGraphic"><img src="/images/bannerTitle.gif" alt="SEC Banner" /></div></div>
<div id="PageTitle">${eTitle}</div>
<div id="secNavigation"><ul>${links(eNav)}</ul></div>
<div id="contentDiv"><div id="formDiv"><div id="formHeader"><div id="formName"><strong>Form 8-K</strong> - Current report:</div>
<div id="secNum"><strong><acronym title="Securities and Exchange Commission">SEC</acronym> Accession <acronym title="Number">No.</acronym></strong>
0001847731-26-000014</div></div>
<div class="formContent"><div class="formGrouping">
${eInfo.map(([h, v]) => `<div class="infoHead">${h}</div>\n<div class="info">${v}</div>`).join('\n')}
</div><div class="formGrouping"><div class="infoHead">Items</div>
<div class="info">${eItems.join('<br />\n')}<br /></div></div><div style="clear:both"></div></div></div>
<div id="formDiv"><div style="padding: 0px 0px 4px 0px; font-size: 12px; margin: 0px 2px 0px 5px; width: 100%; overflow:hidden">
<p>Document Format Files</p>
<table class="tableFile" summary="Document Format Files"><tr><th scope="col" style="width: 5%;">Seq</th><th scope="col">Description</th>
<th scope="col">Document</th><th scope="col">Type</th><th scope="col">Size</th></tr>
${rows(eDocs)}
</table><p>Data Files</p><table class="tableFile" summary="Data Files"><tr><th scope="col">Seq</th><th scope="col">Description</th>
<th scope="col">Document</th><th scope="col">Type</th><th scope="col">Size</th></tr>
${rows(eData)}
</table></div></div>
<div id="filerDiv"><div class="mailer">${eFiler[0]}</div>
<div class="mailer">${eFiler[1]}</div>
<div class="companyInfo"><span class="companyName">HALVORSEN TIDEWATER INC (Filer) CIK: <a href="/cgi-bin/browse-edgar?CIK=0001847731">0001847731</a>
<a href="/cgi-bin/browse-edgar?action=getcompany&amp;CIK=0001847731">(see all company filings)</a></span>
<p class="identInfo">${eFiler[3]}<br />${eFiler[4]}<br />${eFiler[5]}</p></div><div style="clear:both"></div></div></div>
<div id="footer"><ul>${links(eFoot)}</ul><p>U.S. Securities and Exchange Commission, 100 F Street, NE, Washington, DC 20549</p></div>
</body></html>`;
const edgar: TestPage = {
  name: 'heldout364-sec-edgar-filing-index-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: [
    eForm,
    'SEC Accession No. 0001847731-26-000014',
    ...rowTexts(eInfo),
    ...eItems,
    ...rowTexts(eDocs),
    ...rowTexts(eData),
    ...texts(eFiler.slice(0, 2)),
    ...texts(eFiler.slice(3)),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search the Next-Generation EDGAR System', ...eNav, '(see all company filings)', ...eFoot,
    'U.S. Securities and Exchange Commission, 100 F Street, NE, Washington, DC 20549',
  ],
};

const yTitle = 'Corvane Systems, Inc. (CRVN)';
const yStats = [
  ['Previous Close', '48.12'],
  ['Open', '48.40'],
  ['Day’s Range', '47.95 - 50.31'],
  ['52 Week Range', '31.07 - 55.80'],
  ['Volume', '3,418,207'],
  ['Market Cap (intraday)', '6.214B'],
  ['PE Ratio (TTM)', '27.31'],
  ['Earnings Date', 'Apr 28, 2026'],
];
const yNews: [string, string][] = [
  [
    'Corvane lifts guidance as utilities speed up grid-sensor orders',
    j(
      'The maker of substation monitoring equipment said bookings in its utility segment rose 34% in the quarter, and raised its',
      'full-year revenue forecast for the second time.',
    ),
  ],
  [
    'Why Corvane Systems stock jumped today',
    j('Shares climbed after an upgrade from a regional broker, which said the company’s backlog now covers almost a year of sales.'),
  ],
  [
    'Grid hardware suppliers rally as transmission spending bill advances',
    j('Equipment makers including Corvane, Tessaly Power and Brightfork gained after a committee approved funds for new lines.'),
  ],
  [
    'Corvane names former Lindqvist Energy executive as finance chief',
    j('Oriel Banfield will join on April 1 and succeeds the current chief financial officer, who is retiring after eleven years.'),
  ],
  [
    'Analysts split on Corvane after margin slips in services unit',
    j(
      'Two brokers cut their price targets, citing higher labour costs in field services, while three others kept buy ratings and',
      'pointed to a record order book for relay hardware.',
    ),
  ],
  [
    'Corvane Systems to present at spring industrials conference',
    j('Chief executive Tamsin Roark will speak at a fireside session on March 18; a webcast will be posted on the company’s website.'),
  ],
];
const yPublish = [
  'Reuters • 2 hours ago',
  'Motley Fool • 5 hours ago',
  'Barron’s • 8 hours ago',
  'Bloomberg • yesterday',
  'Business Wire • 2 days ago',
  'GlobeNewswire • 4 days ago',
];
const yProfile = [
  j(
    'Corvane Systems, Inc. designs and sells sensors, protection relays and analytics software for electric utilities and large',
    'industrial sites. Its products watch transformers and switchgear for heat, vibration and partial discharge, and warn',
    'operators before equipment fails. The company sells through its own field teams in North America and through distributors',
    'in Europe and Asia. Corvane Systems was founded in 1998 and is headquartered in Lowell Ridge, Colorado.',
  ),
  j(
    'The company reports in two segments. Utility Solutions makes the sensors and relays and earns most of the revenue;',
    'Field Services installs, tests and maintains equipment under multi-year contracts.',
  ),
];
const yNav = ['News', 'Finance', 'Sports', 'My Portfolio', 'Markets', 'Research', 'Personal Finance', 'Videos'];
const yTabs = ['Summary', 'Chart', 'Conversations', 'Statistics', 'Historical Data', 'Profile', 'Financials', 'Analysis', 'Holders'];
const yTrend = ['TSLA', 'NVDA', 'BRKF', 'LQVE'];
const yFoot = ['Terms and Privacy Policy', 'Privacy Dashboard', 'About Our Ads', 'Sitemap'];
const yHtml = `<!DOCTYPE html>
<html lang="en-US" class="desktop"><head><meta charset="utf-8"><title>Corvane Systems, Inc. (CRVN) Stock Price, News, Quote &amp; History</title>
<meta name="description" content="Find the latest Corvane Systems, Inc. (CRVN) stock quote, history, news and other vital information.">
<meta property="og:type" content="website"><link rel="canonical" href="https://finance.yahoo.example/quote/CRVN/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${yTitle}"}</script>
<script>window.YAHOO = window.YAHOO || {}; YAHOO.context = {"region":"US","lang":"en-US","site":"finance","pageType":"quote"};</script></head>
<body><div id="app"><div class="svelte-1u4nh3b"><header id="ybar" role="banner"><a href="/" class="_yb_logo">Yahoo Finance</a>
<form role="search"><input type="text" placeholder="Search for news, symbols or companies" aria-label="Search"></form>
<nav id="ybar-navigation"><ul class="_yb_nav">${links(yNav, '_yb_navitem')}</ul></nav><a href="/login" class="_yb_signin">Sign in</a></header>
<div class="gam-placeholder top-ad" data-testid="ad-LDRB"><span class="ad-label">Advertisement</span></div>
<main class="layoutContainer yf-1s1umie"><section class="container yf-xxbei9 paddingRight" data-testid="quote-hdr">
<div class="top yf-1s1umie"><div class="left yf-ezk9pj wrap"><h1 class="yf-xxbei9">${yTitle}</h1></div>
<div class="exchange yf-wk4yba"><span>NasdaqGS - Nasdaq Real Time Price</span> • <span>USD</span></div></div>
<div class="bottom yf-1s1umie"><section class="container yf-1s1umie" data-testid="quote-price">
<fin-streamer class="livePrice yf-1tejb6" data-symbol="CRVN" data-field="regularMarketPrice" data-value="49.86">49.86</fin-streamer>
<fin-streamer class="priceChange yf-1tejb6" data-field="regularMarketChange" data-value="1.74">+1.74</fin-streamer>
<fin-streamer class="priceChange yf-1tejb6" data-field="regularMarketChangePercent">(+3.62%)</fin-streamer>
<div slot="marketTimeNotice"><span class="yf-1tejb6">At close: March 6 at 4:00:02 PM EST</span></div></section></div></section>
<nav class="tabs yf-1e0fs8i" aria-label="quote navigation"><ul>${links(yTabs, 'tab yf-1e0fs8i')}</ul></nav>
<div class="body-wrap yf-1fzmj6o"><div class="main yf-1fzmj6o"><div data-testid="quote-statistics" class="container yf-gn3zu3"><ul class="yf-1jj98ts">
${yStats.map(([l, v]) => `<li class="yf-1jj98ts"><span class="label yf-1jj98ts">${l}</span> <span class="value yf-1jj98ts">${v}</span></li>`).join('\n')}
</ul></div>
<section data-testid="recent-news" class="container yf-1ce4p3e"><h3 class="header yf-1ce4p3e">Recent News: CRVN</h3>
<div class="filtered-stories yf-1ce4p3e"><ul class="stream-items yf-1usaaz9">
${yNews
  .map(
    ([h, s], i) => `<li class="stream-item story-item yf-1usaaz9"><section class="container clz yf-1sxfjua" data-testid="storyitem">
<a class="subtle-link fin-size-small titles noUnderline yf-1xqzjha" href="/news/crvn-${i}.html"><h3 class="clamp yf-1sxfjua">${h}</h3></a>
<p class="clamp yf-1sxfjua">${s}</p><div class="footer yf-1sxfjua"><div class="publishing yf-1weyqlp">${yPublish[i] ?? ''}</div></div></section></li>`,
  )
  .join('\n')}
<li class="stream-item ad-item yf-1usaaz9"><div class="gam-placeholder" data-testid="ad-LREC"><span class="ad-label">Ad</span>
<span class="sponsor">Sponsored by Meridale Bank</span></div></li></ul></div></section></div>
<aside class="sidebar yf-1fzmj6o"><section data-testid="company-overview-card" class="card yf-1ja4ll8"><h3 class="title yf-1ja4ll8">Corvane Systems, Inc.</h3>
<div class="description yf-1ja4ll8">${ps(yProfile)}</div><a href="/quote/CRVN/profile/" class="subtle-link">Full profile</a></section>
<section data-testid="trending-tickers" class="card"><h3>Trending Tickers</h3><ul>${lis(yTrend, 'ticker')}</ul></section></aside></div></main>
<footer class="yf-1gwvv9f"><ul>${links(yFoot)}</ul><p>Copyright © 2026 Yahoo. All rights reserved.</p></footer></div></div>
<script>window.__sveltekit_1 = { base: "", env: {"region":"US"} }; YAHOO.i13n.boot({"pt":"quote"});</script></body></html>`;
const yahooQuote: TestPage = {
  name: 'heldout364-yahoo-finance-quote-news',
  kind: 'news',
  html: yHtml,
  title: yTitle,
  headings: ['Recent News: CRVN'],
  body: [...rowTexts(yStats), ...yNews.flat(), ...texts(yProfile)],
  bylines: yPublish,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Yahoo Finance', ...yNav, 'Sign in', 'Advertisement', 'NasdaqGS - Nasdaq Real Time Price', '49.86', '+1.74', '(+3.62%)',
    'At close: March 6 at 4:00:02 PM EST', ...yTabs, 'Sponsored by Meridale Bank', 'Full profile', 'Trending Tickers', ...yTrend, ...yFoot,
    'Copyright © 2026 Yahoo. All rights reserved.',
  ],
};

export const HELDOUT364_B: readonly TestPage[] = [edgar, yahooQuote];
