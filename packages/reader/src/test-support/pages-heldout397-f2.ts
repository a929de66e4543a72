import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout397-kit.js';

/**
 * Held-out batch 397, file f2: a GlobeNewswire earnings release as a Q4-hosted investor relations site shows it
 * (module_news-detail markup, IR nav, stock quote widget, date and "Download as PDF" tools, body with a highlights list,
 * bold section labels, an outlook paragraph, conference-call details and two financial tables, "Email Alerts" sign-up,
 * "Investor Contacts" box and footer).
 */
const qTitle = 'Brackenfield Robotics Reports Fourth Quarter and Full Year 2025 Results';
const qP = [
  j(
    'PITTSBURGH, March 03, 2026 (GLOBE NEWSWIRE) -- Brackenfield Robotics, Inc. (NYSE: BRKR), a maker of autonomous mobile robots',
    'for warehouses and hospitals, today reported financial results for the fourth quarter and full year ended December 31, 2025.',
  ),
  j(
    '"We finished the year with our strongest quarter of orders, led by hospital logistics, where our robots now carry linen, meals',
    'and medicines in 64 hospitals," said Amadou Ferreira-Lisle, chief executive officer. "We also turned the corner on gross margin',
    'as our newer robot platform made up most of what we shipped."',
  ),
];
const qH1 = 'Fourth Quarter 2025 Highlights';
const qList = [
  'Revenue of $48.6 million, up 23% from $39.5 million in the fourth quarter of 2024',
  'Gross margin of 41.2%, compared with 35.8% a year earlier',
  'Net loss of $6.1 million, or $0.14 per share, compared with a net loss of $11.9 million, or $0.28 per share',
  'Ended the year with 2,140 robots in service under subscription contracts, up from 1,610',
];
const qH2 = 'Full Year 2025 Results';
const qP2 = [
  j(
    'Revenue for the full year was $171.3 million, an increase of 19% from $143.9 million in 2024. Subscription revenue grew 31%',
    'and accounted for 44% of total revenue. Net loss for the year was $29.7 million, compared with $46.2 million in 2024.',
  ),
  j(
    'Cash, cash equivalents and short-term investments were $118.4 million at December 31, 2025. The company used $14.8 million in',
    'operating cash flow during the year.',
  ),
];
const qH3 = 'Outlook';
const qP3 = [
  j(
    'For 2026, Brackenfield expects revenue of between $205 million and $215 million and expects to reach positive adjusted EBITDA',
    'in the second half of the year.',
  ),
];
const qH4 = 'Conference Call';
const qP4 = [
  j(
    'The company will host a conference call today at 5:00 p.m. Eastern Time to discuss the results. A live webcast and a replay',
    'will be available on the investor relations section of the company\u2019s website.',
  ),
];
const qT1 = 'Condensed Consolidated Statements of Operations (in thousands, except per share data, unaudited)';
const qHead = ['', 'Q4 2025', 'Q4 2024', 'FY 2025', 'FY 2024'];
const qRows1 = [
  ['Product revenue', '$26,114', '$23,870', '$95,902', '$88,431'],
  ['Subscription revenue', '$22,486', '$15,630', '$75,398', '$55,469'],
  ['Total revenue', '$48,600', '$39,500', '$171,300', '$143,900'],
  ['Gross profit', '$20,023', '$14,141', '$67,321', '$50,077'],
  ['Operating expenses', '$26,402', '$26,318', '$98,118', '$97,452'],
  ['Net loss', '$(6,100)', '$(11,900)', '$(29,700)', '$(46,200)'],
  ['Net loss per share, basic and diluted', '$(0.14)', '$(0.28)', '$(0.69)', '$(1.09)'],
];
const qT2 = 'Selected Balance Sheet Data (in thousands, unaudited)';
const qHead2 = ['', 'December 31, 2025', 'December 31, 2024'];
const qRows2 = [
  ['Cash, cash equivalents and short-term investments', '$118,412', '$139,877'],
  ['Total assets', '$312,560', '$318,904'],
  ['Total stockholders\u2019 equity', '$201,318', '$224,650'],
];
const qContacts = ['Investor Contacts', 'Sunniva Halvorsen-Reid', 'ir@brackenfield.example', '412-555-0116'];
const qNav = ['Overview', 'News & Events', 'Financials', 'Stock Info', 'Governance', 'Resources'];
const qSub = ['Press Releases', 'Events & Presentations', 'Email Alerts'];
const qFoot = ['Brackenfield.example', 'Privacy Policy', 'Terms of Use', 'Contact IR'];
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Brackenfield Robotics - ${qTitle}</title>
<meta name="description" content="Brackenfield Robotics reports fourth quarter and full year 2025 results."><meta property="og:title" content="${qTitle}">
<meta property="og:site_name" content="Brackenfield Robotics Investor Relations">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${qTitle}",
"datePublished":"2026-03-03T21:05:00Z"}</script>
<script>var q4App = {"siteId":"brackenfield","page":"news-details","newsId":"d41f0b8e-22aa-4c0e-9c55-1a7f3a90e612"};</script>
<link rel="stylesheet" href="/design/css/q4-bundle.css"></head>
<body class="page--news-details layout--one-column"><a href="#maincontent" class="module_skip-link">Skip to main content</a>
<header class="layout_header"><a href="/" class="layout_logo">Brackenfield Robotics</a>
<nav class="nav nav--main"><ul class="nav_list">${links(qNav, 'nav_item')}</ul>
</nav><div class="module_stock-quote"><span class="module_stock-quote-exchange">NYSE: BRKR</span> <span class="module_stock-quote-price">$18.42</span>
<span class="module_stock-quote-change">+0.37 (2.05%)</span><span class="module_stock-quote-date">Pricing delayed by 20 minutes</span></div></header>
<nav class="nav nav--sub"><ul>${links(qSub)}</ul></nav>
<main id="maincontent" class="layout_content"><div class="module module-news-details"><div class="module_container module_container--content">
<div class="module_date-time"><span class="module_date-text">March 3, 2026</span> <span class="module_time-text">4:05pm EST</span></div>
<h1 class="module_headline">${qTitle}</h1>
<div class="module_links"><a href="/files/doc_news/2026/Q4-2025-release.pdf" class="module_link module_link--pdf">Download as PDF</a>
<a href="#" class="module_link">Print</a></div>
<div class="module_body">
${ps(qP)}
<p><strong>${qH1}</strong></p>
<ul>${lis(qList)}</ul>
<p><strong>${qH2}</strong></p>
${ps(qP2)}
<p><strong>${qH3}</strong></p>
${ps(qP3)}
<p><strong>${qH4}</strong></p>
${ps(qP4)}
<p align="center"><strong>${qT1}</strong></p>
<table class="gnw_table_border_collapse"><thead>${tr(qHead, 'th')}</thead><tbody>
${qRows1.map((r) => tr(r)).join('\n')}
</tbody></table>
<p align="center"><strong>${qT2}</strong></p>
<table class="gnw_table_border_collapse"><thead>${tr(qHead2, 'th')}</thead><tbody>
${qRows2.map((r) => tr(r)).join('\n')}
</tbody></table>
<p>${qContacts.join('<br>\n')}</p>
<p>Source: Brackenfield Robotics, Inc.</p>
</div></div>
<div class="module module-email-alerts"><h2 class="module_title">Email Alerts</h2><p>Sign up to receive news releases and SEC filings by email.</p>
<input type="email" placeholder="Email Address"><button class="button">Sign Up</button></div></div></main>
<footer class="layout_footer"><ul>${links(qFoot)}</ul><p>© 2026 Brackenfield Robotics, Inc. All Rights Reserved.</p>
<p class="module_q4">Powered by Q4 Inc.</p></footer></body></html>`;
export const q4Earnings: TestPage = {
  name: 'heldout397-globenewswire-q4-earnings-news',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: [qH1, qH2, qH3, qH4, qT1, qT2],
  body: [...texts([...qP, ...qList, ...qP2, ...qP3, ...qP4]), ...qRows1.map(rowText), ...qRows2.map(rowText)],
  bylines: ['March 3, 2026', '4:05pm EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...qNav, '$18.42', '+0.37 (2.05%)', 'Pricing delayed by 20 minutes', ...qSub,
    'Download as PDF', 'Print', ...qContacts, 'Source: Brackenfield Robotics, Inc.', 'Sign up to receive news releases and SEC filings by email.',
    'Sign Up', ...qFoot, '© 2026 Brackenfield Robotics, Inc. All Rights Reserved.', 'Powered by Q4 Inc.',
  ],
};
