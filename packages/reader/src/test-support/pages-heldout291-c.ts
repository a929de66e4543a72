import { links, ps, type TestPage, texts } from './page-kit.js';
import { esgNext } from './pages-heldout291-c2.js';
import { lis, rows, rowText } from './pages-heldout291-kit.js';

/**
 * Held-out batch 291, file c: an investor-relations earnings release on a Q4-hosted IR site (corporate header, investor
 * sub-navigation, stock quote widget, module date and headline, Download PDF / Print / RSS tools, the release with highlights,
 * a quote, outlook, conference-call notice and two financial tables with header rows, the Email Alerts sign-up, IR contacts
 * and the "Powered by Q4" footer) and, from file c2, an ESG report page built with Next.js.
 */
const qTitle = 'Harrowgate Instruments Reports Fourth Quarter and Full Year 2025 Results';
const qLead = `Harrowgate Instruments, Inc. (NYSE: HGI), a maker of precision flow meters and process sensors, today reported results for
its fourth quarter and full year ended December 31, 2025. Revenue for the quarter rose 11 percent to $412.6 million, and full-year
revenue reached a record $1.54 billion.`;
const qHiH = 'Fourth Quarter Highlights';
const qHi = [
  'Revenue of $412.6 million, up 11% from $371.9 million a year earlier; organic growth of 8%.',
  'Gross margin of 46.2%, up 130 basis points, helped by pricing and a richer mix of ultrasonic meters.',
  'Diluted earnings per share of $1.38, compared with $1.12; adjusted diluted EPS of $1.51.',
  'Operating cash flow of $96.4 million and free cash flow of $78.0 million.',
  'Orders of $431.0 million, giving a book-to-bill ratio of 1.04.',
];
const qQuote = `"Our teams finished the year with the strongest quarter in Harrowgate's history," said Evander Stroud, chief executive
officer. "Demand from water utilities and from hydrogen projects more than offset a slower semiconductor market, and the Lindqvist
acquisition is already contributing to orders. We enter 2026 with a healthy backlog and a clear plan for margin expansion."`;
const qOutH = 'Full Year 2026 Outlook';
const qOut = [
  `For 2026 the company expects revenue of $1.63 billion to $1.67 billion, an increase of 6% to 8%, and adjusted diluted earnings per
share of $5.70 to $5.90. The outlook assumes current exchange rates and no further acquisitions.`,
  `The board declared a quarterly dividend of $0.24 per share, payable April 10, 2026 to shareholders of record on March 20, and
authorised a new $250 million share repurchase programme.`,
];
const qCallH = 'Conference Call';
const qCall = `Harrowgate will hold a conference call to discuss the results today at 10:00 a.m. Eastern Time. The call will be webcast
live on the company's investor relations website, and a replay will be available for 90 days.`;
const qT1Cap = 'Condensed Consolidated Statements of Income (in millions, except per share data; unaudited)';
const qT1Head = ['', 'Q4 2025', 'Q4 2024', 'FY 2025', 'FY 2024'];
const qT1 = [
  ['Revenue', '$412.6', '$371.9', '$1,541.3', '$1,418.7'],
  ['Cost of revenue', '222.0', '205.0', '838.5', '781.9'],
  ['Gross profit', '190.6', '166.9', '702.8', '636.8'],
  ['Operating income', '72.4', '58.8', '261.0', '229.4'],
  ['Net income', '$53.7', '$44.1', '$196.2', '$171.5'],
  ['Diluted earnings per share', '$1.38', '$1.12', '$5.03', '$4.36'],
];
const qT2Cap = 'Selected Balance Sheet Data (in millions)';
const qT2Head = ['', 'Dec 31, 2025', 'Dec 31, 2024'];
const qT2 = [
  ['Cash and equivalents', '$318.2', '$276.5'],
  ['Total assets', '2,944.7', '2,701.3'],
  ['Total debt', '612.0', '655.0'],
  ["Shareholders' equity", '1,702.9', '1,566.4'],
];
const qAboutH = 'About Harrowgate Instruments';
const qAbout = `Harrowgate Instruments designs and manufactures flow, level and pressure measurement products for water, energy, chemical
and life-science customers in more than 70 countries. The company employs about 5,200 people.`;
const qMain = ['Products', 'Industries', 'Service', 'About Us', 'Investors'];
const qIr = ['Overview', 'News & Events', 'Financial Information', 'Stock Information', 'Corporate Governance', 'Resources'];
const qFoot = ['Terms of Use', 'Privacy Policy', 'Cookie Preferences', 'Contact'];
const tbl = (cap: string, head: string[], body: string[][]): string => `<table class="module_table"><caption>${cap}</caption><thead><tr>
${head.map((h) => `<th scope="col">${h}</th>`).join('\n')}
</tr></thead><tbody>
${rows(body)}
</tbody></table>`;
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${qTitle} | Harrowgate Instruments, Inc.</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${qTitle}">
<meta property="og:title" content="${qTitle}"><meta property="og:type" content="website">
<link rel="stylesheet" href="//s205.q4cdn.example/1234567/files/design/site.css">
<script>var Q4ApiKey = "BF185719B0464B3CB809D23926182246"; window.q4Config = {"siteId":"harrowgate","lang":"en-US"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${qTitle}","datePublished":"2026-02-19"}</script></head>
<body class="page--news-details layout--two-col"><div class="layout"><header class="header"><div class="header_inner">
<a class="header_logo" href="https://www.harrowgate.example/">Harrowgate Instruments</a><nav class="nav nav--main"><ul class="nav_list">
${links(qMain, 'nav_item')}</ul></nav></div></header>
<div class="pane pane--banner"><div class="pane_inner"><h2 class="banner_title">Investors</h2>
<div class="module module-stock-header"><span class="module-stock_exchange">NYSE | HGI</span> <span class="module-stock_price">$142.87</span>
<span class="module-stock_change module-stock_change--up">+1.92 (1.36%)</span> <span class="module-stock_delay">Pricing delayed 20 minutes</span></div></div>
</div>
<nav class="nav nav--secondary" aria-label="Investors"><ul>${links(qIr, 'nav_item nav_item--level2')}</ul></nav>
<div class="pane pane--content"><div class="pane_inner"><div class="module module-news-details"><div class="module_container module_container--content">
<div class="module_date-time"><span class="module_date-text">February 19, 2026</span> <span class="module_time-text">6:30am EST</span></div>
<div class="module_headline"><h1 class="module_title">${qTitle}</h1></div>
<div class="module_links"><a class="module_link module_link-download" href="//s205.q4cdn.example/files/doc_news/HGI-Q4-2025.pdf">Download PDF</a>
<a class="module_link module_link-print" href="javascript:window.print()">Print Page</a>
<a class="module_link module_link-rss" href="/rss/news-releases.xml">RSS</a></div>
<div class="module_body">
<p>LAKEPORT, Minn., Feb. 19, 2026 -- ${qLead}</p>
<p><b>${qHiH}</b></p><ul>${lis(qHi)}</ul>
<p>${qQuote}</p>
<p><b>${qOutH}</b></p>
${ps(qOut)}
<p><b>${qCallH}</b></p><p>${qCall}</p>
${tbl(qT1Cap, qT1Head, qT1)}
${tbl(qT2Cap, qT2Head, qT2)}
<p><b>${qAboutH}</b></p><p>${qAbout}</p>
<p>Investor Contact: Mireille Okonjo, Vice President, Investor Relations, +1 612 555 0133, investors@harrowgate.example</p></div></div></div>
<div class="module module-news-details-nav"><a href="/news-releases/news-details/2026/harrowgate-declares-dividend/">Previous</a>
<a href="/news-releases/">Back to News</a></div></div>
<aside class="pane pane--sidebar"><div class="module module-email-alerts"><h3 class="module_title">Email Alerts</h3>
<p class="module_introduction">Sign up to receive the latest news releases, events and SEC filings from Harrowgate.</p>
<form><input type="email" aria-label="Email Address" placeholder="Email Address"><button class="button" type="submit">Sign Up</button></form></div>
<div class="module module-contact"><h3 class="module_title">Investor Relations Contact</h3><p>Mireille Okonjo</p><p>investors@harrowgate.example</p></div>
</aside></div><footer class="footer"><ul class="footer_list">${links(qFoot, 'footer_item')}</ul>
<p class="footer_copyright">© 2026 Harrowgate Instruments, Inc. All rights reserved.</p><p class="footer_powered">Powered By Q4 Inc. 5.148.0.1</p></footer>
</div>
<script src="//s205.q4cdn.example/1234567/files/js/q4.app.min.js"></script><script>$('.module-news-details').news({ usePublic: GetViewType() != "0" });</script>
</body></html>`;
const q4Ir: TestPage = {
  name: 'heldout291-q4-ir-earnings-release',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts([qLead, qHiH, ...qHi, qQuote, qOutH, ...qOut, qCallH, qCall, qT1Cap, ...qT1.map(rowText), qT2Cap, ...qT2.map(rowText), qAboutH, qAbout]),
  bylines: ['February 19, 2026', '6:30am EST', 'LAKEPORT, Minn., Feb. 19, 2026 --'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...qMain, 'NYSE | HGI', '$142.87', '+1.92 (1.36%)', 'Pricing delayed 20 minutes', ...qIr, 'Download PDF', 'Print Page',
    'RSS', 'Investor Contact: Mireille Okonjo, Vice President, Investor Relations, +1 612 555 0133, investors@harrowgate.example', 'Previous',
    'Back to News', 'Email Alerts', 'Sign up to receive the latest news releases, events and SEC filings from Harrowgate.', 'Sign Up',
    'Investor Relations Contact', ...qFoot, '© 2026 Harrowgate Instruments, Inc. All rights reserved.', 'Powered By Q4 Inc. 5.148.0.1',
  ],
};

export const HELDOUT291_C: readonly TestPage[] = [q4Ir, esgNext];
