import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout240-kit.js';

/**
 * Held-out batch 240, file e2: a weekly commodity market report on a Next.js site (CSS-module class names, a scrolling price
 * ticker, top navigation, a short analysis with a cash and futures price table, a disclaimer, a "Latest reports" rail, a
 * newsletter box, the footer and the __NEXT_DATA__ script).
 */
const mTitle = 'Weekly Grain Report: Corn firms as export sales top estimates';
const mP = [
  j(
    'Corn futures closed the week higher for the first time in a month, with May corn up 9 cents at $4.62 a bushel. Weekly export',
    'sales of 1.68 million tonnes came in well above trade estimates, led by buyers in Mexico and Japan, and a smaller than expected',
    'ethanol stocks build added support midweek.',
  ),
  j(
    'Soybeans gave back early gains as rain in northern Argentina eased concerns about late-planted fields. Wheat was mixed: Kansas',
    'City hard red winter rose on dry forecasts for the southern Plains, while Chicago soft red winter slipped on weak export demand.',
  ),
  j(
    'Cash basis at interior elevators in our survey firmed by 3 to 5 cents for corn as farmer selling slowed ahead of spring work.',
    'River terminals held steady.',
  ),
  j(
    "Funds trimmed their net short position in corn for a second straight week, according to Friday's commitments report. Traders",
    "will be watching Tuesday's supply and demand update for any cut to the South American crop estimates.",
  ),
];
const mCaption = 'Settlement prices, Friday March 6, 2026 (dollars per bushel)';
const mRows = [
  ['Corn', 'May 26', '4.62', '+0.09', '4.31'],
  ['Soybeans', 'May 26', '10.48', '-0.06', '10.02'],
  ['SRW wheat', 'May 26', '5.71', '-0.04', '5.38'],
  ['HRW wheat', 'May 26', '5.94', '+0.07', '5.52'],
  ['Oats', 'May 26', '3.66', '+0.02', '—'],
];
const mAhead = 'Week ahead';
const mAheadList = [
  'Tuesday: USDA monthly supply and demand estimates.',
  'Thursday: weekly export sales report.',
  'Friday: Brazil crop agency updates its soybean harvest estimate.',
];
const mTicker = ['Corn 4.62 ▲ 0.09', 'Soybeans 10.48 ▼ 0.06', 'Wheat 5.71 ▼ 0.04', 'Live Cattle 241.30 ▲ 1.15', 'Lean Hogs 92.05 ▲ 0.40'];
const mNav = ['Markets', 'Reports', 'Cash Bids', 'Weather', 'Insights', 'Pricing'];
const mLatest = ['Livestock wrap: cattle at record as placements fall', 'Fertilizer index slips for third week', 'Basis map: spring flattening begins'];
const mFoot = ['About', 'Methodology', 'Data licensing', 'Careers', 'Terms', 'Privacy'];
const mDisc = j(
  'Prices are delayed at least 10 minutes. Cash prices are survey averages and may differ from local bids.',
  'This report is for information only and is not trading advice.',
);
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${mTitle} | Graincourt</title>
<meta name="description" content="Corn futures rise on strong export sales; soybeans ease on Argentine rain."><meta property="og:title" content="${mTitle}">
<meta name="next-head-count" content="5"><link rel="preload" href="/_next/static/css/8f2c1e0a.css" as="style">
<link rel="stylesheet" href="/_next/static/css/8f2c1e0a.css" data-n-g=""><script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1.js"></script>
<script src="/_next/static/chunks/webpack-4a1b.js" defer></script><script src="/_next/static/chunks/pages/reports/%5Bslug%5D-21ce.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mTitle}","datePublished":"2026-03-06T21:05:00Z",
"author":{"@type":"Person","name":"Renata Solberg"}}</script></head>
<body><div id="__next"><div class="Layout_root__Qz8vY"><div class="Ticker_ticker__3kP1d" aria-label="Futures prices"><ul class="Ticker_track__Ws0qL">
${mTicker.map((t) => `<li class="Ticker_item__rN2cA">${t}</li>`).join('')}</ul></div>
<header class="Header_header__L3b2x"><a class="Header_logo__a1YpP" href="/">Graincourt</a><nav class="Header_nav__xT9mf">
<ul>${links(mNav, 'Header_navItem__Ko1m2')}</ul></nav>
<a class="Button_button__Tm3sa Button_primary__u8WcZ" href="/signup">Start free trial</a></header>
<main class="ReportPage_main__cQ7dV"><article class="ReportPage_article__0pV4s"><p class="ReportPage_kicker__Hc9uT">Grains · Weekly report</p>
<h1 class="ReportPage_title__zI1pR">${mTitle}</h1><div class="ReportPage_meta__uL5Tn"><span class="Byline_author__y2Ga1">Renata Solberg</span>
<span class="Byline_sep__pL0dR">·</span><time class="Byline_date__vN6oS" dateTime="2026-03-06T21:05:00Z">Mar 6, 2026, 3:05 PM CT</time></div>
<div class="Prose_prose__D4x2f">${mP.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="PriceTable_wrap__m3N8e"><table class="PriceTable_table__x7Ks2"><caption class="PriceTable_caption__Bq2i0">${mCaption}</caption>
<thead><tr><th>Commodity</th><th>Contract</th><th>Settle</th><th>Change</th><th>Avg. cash</th></tr></thead><tbody>
${mRows.map((r) => `<tr class="PriceTable_row__u0Rk3">${r.map((c) => `<td class="PriceTable_cell__9sYbq">${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table><p class="PriceTable_source__Qx4La">Source: CME Group settlements; Graincourt cash bid survey of 412 elevators.</p></div>
<div class="Prose_prose__D4x2f"><h2>${mAhead}</h2><ul>${mAheadList.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<p class="ReportPage_disclaimer__Wn7pE">${mDisc}</p>
<div class="ShareRow_row__f0Qk1"><button class="ShareRow_btn__X1e2r">Copy link</button><button class="ShareRow_btn__X1e2r">Share on LinkedIn</button></div>
</article><aside class="ReportPage_rail__sT3hV"><section class="Rail_box__e4Rt1"><h2 class="Rail_heading__K2mPq">Latest reports</h2>
<ul>${links(mLatest, 'Rail_item__p8Gh2')}</ul></section><section class="Newsletter_box__A0m2z"><h2 class="Newsletter_heading__Zr7Lb">The Close</h2>
<p class="Newsletter_text__h1Q0e">Settlements and a two-minute read, every trading day at 3:30 PM CT.</p><form><input type="email" placeholder="you@farm.com">
<button type="submit" class="Button_button__Tm3sa">Get The Close</button></form></section></aside></main>
<footer class="Footer_footer__Mn4q0"><ul class="Footer_links__z8Rk1">${links(mFoot)}</ul><p class="Footer_copy__q6Wm3">© 2026 Graincourt Analytics, Inc.</p>
</footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"report":{"slug":"weekly-grain-2026-03-06","title":"${mTitle}",
"author":"Renata Solberg","publishedAt":"2026-03-06T21:05:00Z"}},"__N_SSG":true},"page":"/reports/[slug]","query":{"slug":"weekly-grain-2026-03-06"},
"buildId":"k2Xq9vLr","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const marketReport: TestPage = {
  name: 'heldout240-nextjs-commodity-market-report',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [mAhead],
  body: texts([...mP, mCaption, ...mRows.flat(), ...mAheadList]),
  bylines: ['Renata Solberg', 'Mar 6, 2026, 3:05 PM CT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mTicker, 'Graincourt', ...mNav, 'Start free trial', 'Grains · Weekly report',
    'Source: CME Group settlements; Graincourt cash bid survey of 412 elevators.',
    mDisc, 'Copy link', 'Share on LinkedIn', 'Latest reports', ...mLatest, 'The Close', 'Settlements and a two-minute read, every trading day at 3:30 PM CT.',
    'Get The Close', ...mFoot, '© 2026 Graincourt Analytics, Inc.',
  ],
};
