import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout364-kit.js';

/**
 * Held-out batch 364, file e: an iShares-style fund product page (a data page: fund header with NAV and change, the
 * product tabs, key facts list, performance table, holdings table, fund objective, the "Important Information" legal
 * block, investor-type gate banner and footer) and a Federal Reserve-style FOMC statement press release (short main text:
 * the USWDS-era header and nav, breadcrumbs, the release date and time, the "Share" links, the "Implementation Note"
 * and related links in the sidebar, last update line and footer).
 */
const iTitle = 'iShares Coastal Infrastructure Income ETF';
const iObjective = [
  j(
    'The iShares Coastal Infrastructure Income ETF seeks to track the investment results of an index composed of companies',
    'that own or operate ports, pipelines, toll roads, power grids and water utilities in developed markets, with an emphasis',
    'on companies that pay regular dividends.',
  ),
  j(
    'The fund pays income each quarter. Holdings are weighted by dividend paid rather than by market value, and no single',
    'company may exceed 5% of the index at each semi-annual rebalance, so the fund holds more mid-sized operators than',
    'a market-value index of the same sector would.',
  ),
];
const iWhy = [
  'Exposure to companies that own essential infrastructure assets with long-lived, regulated or contracted cash flows.',
  'Potential for income from a portfolio selected for dividend yield and dividend stability.',
  'Use to diversify an equity allocation away from the largest technology companies.',
];
const iFacts = [
  ['Net Assets of Fund', '$1,284,615,902'],
  ['Fund Inception', 'Jun 14, 2017'],
  ['Exchange', 'Cboe BZX formerly known as BATS'],
  ['Benchmark Index', 'Meridale Coastal Infrastructure Dividend Index'],
  ['Number of Holdings', '118'],
  ['Expense Ratio', '0.40%'],
  ['Distribution Frequency', 'Quarterly'],
];
const iPerf = [
  ['Total Return (%) NAV', '4.82', '11.37', '6.10', '5.44'],
  ['Market Price (%)', '4.79', '11.41', '6.08', '5.43'],
  ['Benchmark (%)', '4.91', '11.78', '6.49', '5.81'],
];
const iHold = [
  ['BRIGHTFORK UTILITIES INC', 'Utilities', '4.61'],
  ['TESSALY POWER CORP', 'Utilities', '4.12'],
  ['HARBOURGATE PORTS HOLDINGS', 'Industrials', '3.87'],
  ['NORTHVALE PIPELINE PARTNERS', 'Energy', '3.55'],
  ['CASTELLAN TOLL ROADS SA', 'Industrials', '3.02'],
];
const iRisk = [
  j(
    'Infrastructure companies may be affected by high interest costs, changes in regulation and the cost of complying with',
    'environmental rules. Funds that concentrate in one sector can be more volatile than broadly diversified funds.',
  ),
  j(
    'Non-U.S. holdings are exposed to currency movements, and a fund that selects companies for their dividends may lag',
    'the broader market when fast-growing companies that pay little or no dividend lead the rally.',
  ),
];
const iNav = ['Products', 'Investment Strategies', 'Insights', 'Tools', 'Literature', 'Education'];
const iTabs = ['Overview', 'Performance', 'Key Facts', 'All Holdings', 'Literature'];
const iFoot = ['Contact Us', 'Prospectus', 'Privacy', 'Terms & Conditions', 'Cookie Settings', 'Careers'];
const iHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>iShares Coastal Infrastructure Income ETF | ICIX</title>
<meta name="description" content="Learn everything about the iShares Coastal Infrastructure Income ETF (ICIX)."><meta property="og:type" content="product">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FinancialProduct","name":"${iTitle}","tickerSymbol":"ICIX"}</script>
<script>var productPageConfig = {"portfolioId":"339104","fundType":"ETF","asOfDate":"20260306","siteEntryPassed":true};</script></head>
<body class="product-page us-ishares"><div id="globalHeader"><a class="ishares-logo" href="/us">iShares by BlackRock</a>
<nav class="main-nav"><ul>${links(iNav, 'nav-item')}</ul></nav><a class="search-toggle" href="#">Search</a></div>
<div id="fundHeader" class="fund-header"><h1 class="product-title">${iTitle}</h1><span class="identifier">ICIX</span>
<div class="fund-header-data"><span class="header-nav-label">NAV as of Mar 06, 2026</span> <span class="header-nav-data">$31.48</span>
<span class="header-nav-label">52 WK: 27.10 - 32.05</span> <span class="header-nav-data fund-up">1 Day NAV Change as of Mar 06, 2026 0.22 (0.70%)</span></div>
<div class="fund-header-buttons"><a class="btn" href="/us/literature/fact-sheet/icix-fs.pdf">Fact Sheet</a> <a class="btn" href="#">Prospectus</a></div></div>
<div id="fundheaderTabs" class="product-tabs"><ul>${links(iTabs, 'tab')}</ul></div>
<div id="overview" class="overview-section"><div class="product-overview"><h2 class="component-title">Fund Overview</h2>${ps(iObjective)}
<h3>Why ICIX?</h3><ol class="why-list">${lis(iWhy)}</ol></div></div>
<div id="keyFundFacts" class="product-data"><h2 class="component-title">Key Facts</h2><div class="product-data-list"><ul>
${iFacts.map(([l, v]) => `<li class="product-data-item"><span class="caption">${l}</span> <span class="data">${v}</span></li>`).join('\n')}</ul></div>
<p class="as-of-date">as of Mar 06, 2026</p></div>
<div id="performanceTabs" class="performance-section"><h2 class="component-title">Performance</h2>
<table class="product-table"><thead><tr><th></th><th>1y</th><th>3y</th><th>5y</th><th>Since Inception</th></tr></thead><tbody>${rows(iPerf)}</tbody></table>
<p class="disclaimer">The performance quoted represents past performance and does not guarantee future results.</p></div>
<div id="holdings" class="holdings-section"><h2 class="component-title">Top Holdings</h2><table class="holdings-table"><thead><tr><th>Name</th>
<th>Sector</th><th>Weight (%)</th></tr></thead><tbody>${rows(iHold)}</tbody></table><a class="view-all" href="#">View all holdings</a></div>
<div id="risk" class="risk-section"><h2 class="component-title">Principal Risks</h2>${ps(iRisk)}</div>
<div class="important-information"><h2>Important Information</h2><p>Carefully consider the Funds’ investment objectives, risk factors, and charges
and expenses before investing. This and other information can be found in the Funds’ prospectuses.</p></div>
<div id="siteEntryBanner" class="site-entry"><p>You are currently viewing the site for Individual Investors.</p><a href="#">Change investor type</a></div>
<footer id="globalFooter"><ul>${links(iFoot)}</ul><p>©2026 BlackRock, Inc. or its affiliates. All Rights Reserved.</p></footer>
<script src="/us/assets/js/product-page.min.js"></script></body></html>`;
const ishares: TestPage = {
  name: 'heldout364-ishares-fund-factsheet-docs',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: ['Fund Overview', 'Why ICIX?', 'Key Facts', 'Performance', 'Top Holdings', 'Principal Risks'],
  body: [...texts([...iObjective, ...iWhy]), ...rowTexts(iFacts), ...rowTexts(iPerf), ...rowTexts(iHold), ...texts(iRisk)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'iShares by BlackRock', ...iNav, 'Search', 'ICIX', 'NAV as of Mar 06, 2026', '$31.48', '52 WK: 27.10 - 32.05',
    '1 Day NAV Change as of Mar 06, 2026 0.22 (0.70%)', 'Fact Sheet', 'Prospectus', ...iTabs, 'as of Mar 06, 2026',
    'The performance quoted represents past performance and does not guarantee future results.', 'View all holdings', 'Important Information',
    'Carefully consider the Funds’ investment objectives, risk factors, and charges and expenses before investing.',
    'You are currently viewing the site for Individual Investors.', 'Change investor type', ...iFoot,
    '©2026 BlackRock, Inc. or its affiliates. All Rights Reserved.',
  ],
};

const fTitle = 'Federal Reserve issues FOMC statement';
const fStatement = [
  j(
    'Recent indicators suggest that economic activity has continued to expand at a moderate pace. Job gains have slowed, and',
    'the unemployment rate has edged up but remains low. Inflation has eased over the past year but remains somewhat elevated.',
  ),
  j(
    'The Committee seeks to achieve maximum employment and inflation at the rate of 2 percent over the longer run. The',
    'Committee judges that the risks to achieving its employment and inflation goals are roughly in balance. The economic',
    'outlook is uncertain, and the Committee is attentive to the risks to both sides of its dual mandate.',
  ),
  j(
    'In support of its goals, the Committee decided to lower the target range for the federal funds rate by 1/4 percentage',
    'point to 3-1/2 to 3-3/4 percent. In considering the extent and timing of additional adjustments to the target range, the',
    'Committee will carefully assess incoming data, the evolving outlook, and the balance of risks. The Committee will',
    'continue reducing its holdings of Treasury securities and agency mortgage-backed securities.',
  ),
  j(
    'In assessing the appropriate stance of monetary policy, the Committee will continue to monitor the implications of',
    'incoming information for the economic outlook. The Committee would be prepared to adjust the stance of monetary policy',
    'as appropriate if risks emerge that could impede the attainment of its goals.',
  ),
  j(
    'Voting for the monetary policy action were Corliss Wendham, Chair; Annika Stroud, Vice Chair; Bastian Okoro; Helena',
    'Marchetti; Joaquin Ferrante; Lydia Thorsby; and Ravi Quintero. Voting against the action was Miriam Halloway, who',
    'preferred to maintain the target range at 3-3/4 to 4 percent.',
  ),
];
const fNav = ['About the Fed', 'News & Events', 'Monetary Policy', 'Supervision & Regulation', 'Financial Stability', 'Payment Systems', 'Economic Research'];
const fSide = ['Implementation Note issued March 18, 2026', 'Statement on Longer-Run Goals and Monetary Policy Strategy', 'FOMC Meeting calendars'];
const fFoot = ['Accessibility', 'Contact', 'Privacy Program', 'Website Policies', 'FOIA', 'PDF Reader'];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Federal Reserve Board - ${fTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Federal Reserve issues FOMC statement">
<meta property="og:title" content="${fTitle}"><link rel="stylesheet" href="/css/bootstrap.min.css">
<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script></head>
<body><a class="visuallyhidden focusable" href="#content">Skip to main content</a>
<div class="header"><div class="usa-banner"><p>An official website of the United States Government</p></div>
<div class="container"><a href="/" class="logo">Board of Governors of the Federal Reserve System</a>
<p class="header__tagline">The Federal Reserve, the central bank of the United States, provides the nation with a safe, flexible, and stable monetary
and financial system.</p></div>
<nav class="navbar navbar-default" id="nav-main"><ul class="nav navbar-nav">${links(fNav, 'dropdown')}</ul></nav></div>
<div id="content" class="container container__main" role="main"><ol class="breadcrumb"><li><a href="/">Home</a></li>
<li><a href="/newsevents.htm">News &amp; Events</a></li><li><a href="/newsevents/pressreleases.htm">Press Releases</a></li></ol>
<div class="row"><div class="page-header col-xs-12"><div class="col-xs-12 col-sm-8 col-md-8"><p class="article__time">March 18, 2026</p>
<h1 class="title"><em>${fTitle}</em></h1><p class="releaseTime">For release at 2:00 p.m. EDT</p>
<div class="shareDL"><a href="#" class="shareLink">Share</a></div></div></div>
<div id="article"><div class="col-xs-12 col-sm-8 col-md-8">
${ps(fStatement)}
<p><a href="/monetarypolicy/files/monetary20260318a1.pdf">Implementation Note issued March 18, 2026</a></p>
<p class="article__contact">For media inquiries, please email media@frb.example or call 202-555-3204</p></div>
<div class="col-xs-12 col-sm-4 col-md-4"><div class="panel panel-related"><h4>Related Information</h4><ul>${links(fSide.slice(1))}</ul></div></div>
</div></div><div class="lastUpdate">Last Update: March 18, 2026</div></div>
<footer class="footer"><ul>${links(fFoot)}</ul><p>Board of Governors of the Federal Reserve System, 20th Street and Constitution Avenue N.W.</p>
</footer></body></html>`;
const fedStatement: TestPage = {
  name: 'heldout364-federal-reserve-fomc-statement-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fStatement),
  bylines: ['March 18, 2026', 'For release at 2:00 p.m. EDT', 'Last Update: March 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States Government', 'Board of Governors of the Federal Reserve System',
    'The Federal Reserve, the central bank of the United States, provides the nation with a safe, flexible, and stable monetary and financial system.',
    ...fNav, 'Home', 'Press Releases', 'Share', ...fSide, 'For media inquiries, please email media@frb.example or call 202-555-3204',
    'Related Information', ...fFoot, 'Board of Governors of the Federal Reserve System, 20th Street and Constitution Avenue N.W.',
  ],
};

export const HELDOUT364_E: readonly TestPage[] = [ishares, fedStatement];
