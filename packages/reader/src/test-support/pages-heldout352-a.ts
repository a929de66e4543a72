import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout352-kit.js';

/**
 * Held-out batch 352, file a: an ONS-style statistical bulletin on the ONS Design System (cookie banner, header with
 * search, breadcrumbs, release meta, "Table of contents", figures with "Figure 1" titles, notes, sources and download
 * links, "Contact details for this Statistical bulletin", related links, footer) and a BLS-style news release
 * (a plain `<pre>` text with a text table inside the release page's menus and footer).
 */
const oTitle = 'Household spending on energy, Valdmere and the Eastern Reaches: October to December 2025';
const oMain = [
  j(
    'Average weekly household spending on domestic energy fell to £41.20 in October to December 2025, down 6.8% on the same',
    'quarter a year earlier, after adjusting for inflation.',
  ),
  'Households in the lowest income fifth spent 9.4% of their total weekly spending on energy, compared with 3.1% for the highest fifth.',
  'The share of households reporting that they had cut back on heating to save money fell to 38%, from 44% a year earlier.',
];
const oS1 = [
  j(
    'Spending on gas and electricity fell for the fourth consecutive quarter. The fall was largest for households using',
    'prepayment meters, whose average weekly spending dropped by £4.10 in real terms as standing charges were lowered in the autumn.',
  ),
  j(
    'Spending on other fuels, such as heating oil and solid fuel, rose slightly, by 1.2%. These fuels are used mainly in rural',
    'areas of the Eastern Reaches, where around one in six households is not connected to the gas grid.',
  ),
];
const oF1 = 'Figure 1: Real weekly household spending on energy fell for the fourth quarter in a row';
const oS2 = [
  j(
    'The gap between income groups remains wide. Although households in the lowest income fifth spend less in cash terms than',
    'wealthier households, energy takes a much larger share of their budgets.',
  ),
  j(
    'Single-adult households over state pension age spent the largest share of any household type, at 10.2%, reflecting both',
    'lower incomes and more time spent at home during the day.',
  ),
];
const oF2 = 'Figure 2: Energy takes a larger share of spending for lower-income households';
const oS3 = [
  'Survey respondents were asked whether they had taken any of the following actions in the past three months:',
  'turned the heating down or off when they would normally have it on (38%)',
  'heated only one room of the home (17%)',
  'used less hot water than usual (29%)',
  'borrowed money or used credit to pay energy bills (6%)',
  j(
    'Each of these measures fell compared with a year earlier, although the share borrowing to pay bills was unchanged among',
    'households in the lowest income fifth.',
  ),
];
const oS4 = [
  j(
    'These estimates come from the Household Outgoings Survey, which collected responses from 4,812 households in the quarter.',
    'Figures are adjusted for inflation using the consumer prices index for energy and are not seasonally adjusted, so comparisons',
    'should be made with the same quarter of earlier years.',
  ),
  'More quality and methodology information is available in our Household Outgoings Survey QMI.',
];
const oHeads = ['Main points', 'Spending on energy', 'Differences by income', 'Cutting back on energy use', 'Data sources and quality'];
const oToc = ['Main points', 'Spending on energy', 'Differences by income', 'Cutting back on energy use', 'Data sources and quality', 'Related links'];
const oNav = ['Business, industry and trade', 'Economy', 'Employment and labour market', 'People, population and community', 'Taking part in a survey'];
const oCrumb = ['Home', 'People, population and community', 'Personal and household finances', 'Expenditure'];
const oRel = ['Cost of living insights: energy', 'Household Outgoings Survey QMI', 'Family spending in Valdmere: financial year ending 2025'];
const oFoot = ['Accessibility', 'Cookies', 'Privacy', 'Terms and conditions', 'Contact us', 'Release calendar', 'Media', 'Careers'];
const fig = (n: string, title: string, note: string): string => `<section class="ons-chart" aria-labelledby="chart-${n}">
<h3 class="ons-chart__title" id="chart-${n}">${title}</h3>
<p class="ons-chart__subtitle">Average weekly spending, £, real terms, Valdmere and the Eastern Reaches</p>
<div class="ons-chart__chart" data-highcharts-chart="${n}"><svg class="highcharts-root" width="640" height="400"></svg></div>
<footer class="ons-chart__footer"><div class="ons-chart__notes"><h4 class="ons-u-fs-r--b">Notes:</h4><ol>
<li>${note}</li></ol></div><p class="ons-chart__source">Source: Household Outgoings Survey from the Office for Valdmere Statistics</p>
<ul class="ons-chart__download-links ons-list ons-list--bare"><li><a href="/file?uri=fig${n}.xlsx">Download this chart ${n} (XLSX, 18KB)</a></li>
<li><a href="/chartimage?uri=fig${n}">Download this image Figure ${n} (PNG, 42KB)</a></li></ul></footer></section>`;
const oHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${oTitle} - Office for Valdmere Statistics</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Average weekly household spending on energy.">
<meta property="og:type" content="article"><meta name="citation_title" content="${oTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Household spending on energy",
"datePublished":"2026-02-19","publisher":{"@type":"GovernmentOrganization","name":"Office for Valdmere Statistics"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"bulletin","outputSeries":"householdspending"});</script>
<link rel="stylesheet" href="https://cdn.ovs.example/design-system/css/main.css"></head>
<body class="ons-page"><div class="ons-page__content">
<form class="ons-cookies-banner" data-ons-cookie-banner><div class="ons-container"><div class="ons-cookies-banner__primary">
<h2 class="ons-cookies-banner__title">Cookies on ovs.example</h2>
<p class="ons-cookies-banner__desc">Cookies are small files stored on your device when you visit a website. We use some essential cookies to make
this website work.</p><button type="submit" class="ons-btn ons-btn--small" data-button="accept">Accept additional cookies</button>
<button type="submit" class="ons-btn ons-btn--small" data-button="reject">Reject additional cookies</button>
<a href="/cookies">View cookies</a></div></div></form>
<header class="ons-header" role="banner"><div class="ons-header__top"><div class="ons-container"><a class="ons-header__logo-link"
href="/">Office for Valdmere Statistics</a><a class="ons-header__links" href="/releasecalendar">Release calendar</a>
<a class="ons-header__links" href="/help/welsh">Cymraeg</a></div></div>
<nav class="ons-header-nav" aria-label="Main menu"><ul class="ons-header-nav__list">${links(oNav, 'ons-header-nav__item')}</ul></nav>
<form class="ons-header__search" role="search"><label for="search">Search for a keyword(s) or time series ID</label><input id="search" type="search">
<button class="ons-btn ons-search__btn" type="submit">Search</button></form></header>
<nav class="ons-breadcrumbs" aria-label="Breadcrumbs"><ol class="ons-breadcrumbs__items">${links(oCrumb, 'ons-breadcrumbs__item')}</ol></nav>
<main id="main-content" class="ons-page__main"><div class="ons-container"><div class="ons-page__header">
<p class="ons-u-fs-s ons-u-mb-no">Statistical bulletin</p><h1 class="ons-u-fs-xxxl">${oTitle}</h1>
<p class="ons-u-fs-m">Estimates of household spending on domestic energy, by income group and household type, from the Household Outgoings Survey.</p>
<div class="ons-release-meta"><dl class="ons-metadata ons-metadata__list"><dt class="ons-metadata__term">Release date:</dt>
<dd class="ons-metadata__value">19 February 2026</dd><dt class="ons-metadata__term">Contact:</dt>
<dd class="ons-metadata__value"><a href="mailto:hos@ovs.example">Tamsin Orrell</a></dd>
<dt class="ons-metadata__term">Next release:</dt><dd class="ons-metadata__value">21 May 2026</dd></dl>
<span class="ons-badge">Official statistics in development</span></div></div>
<div class="ons-grid"><aside class="ons-grid__col ons-col-4@m ons-toc-container"><nav class="ons-toc" aria-label="Table of contents">
<h2 class="ons-toc__title">Table of contents</h2><ol class="ons-list ons-list--dashed">${links(oToc, 'ons-list__item')}</ol></nav>
<a class="ons-btn ons-btn--secondary ons-btn--small" href="/pdf">Print this Statistical bulletin</a>
<a class="ons-btn ons-btn--secondary ons-btn--small" href="/data">Download as PDF</a></aside>
<article class="ons-grid__col ons-col-8@m"><section id="main-points"><h2>1. ${oHeads[0] ?? ''}</h2>
<ul class="ons-list">${lis(oMain)}</ul></section>
<section id="spending-on-energy"><h2>2. ${oHeads[1] ?? ''}</h2>${ps(oS1)}
${fig('1', oF1, 'Figures are in October to December 2025 prices.')}</section>
<section id="differences-by-income"><h2>3. ${oHeads[2] ?? ''}</h2>${ps(oS2)}
${fig('2', oF2, 'Income fifths are based on equivalised disposable household income.')}</section>
<section id="cutting-back"><h2>4. ${oHeads[3] ?? ''}</h2><p>${oS3[0] ?? ''}</p><ul class="ons-list">${lis(oS3.slice(1, 5))}</ul><p>${oS3[5] ?? ''}</p></section>
<section id="data-sources"><h2>5. ${oHeads[4] ?? ''}</h2>${ps(oS4)}</section>
<section id="related-links"><h2>6. Related links</h2><div class="ons-document-list">${links(oRel, 'ons-document-list__item')}</div></section>
<div class="ons-contact-details"><h2 class="ons-u-fs-m">Contact details for this Statistical bulletin</h2><p>Tamsin Orrell<br>
<a href="mailto:hos@ovs.example">hos@ovs.example</a><br>Telephone: +44 1632 960411</p></div>
<div class="ons-feedback"><h2>Is this page useful?</h2><a href="#" class="ons-btn">Yes</a><a href="#" class="ons-btn">No</a></div>
</article></div></div></main>
<footer class="ons-footer"><div class="ons-container"><ul class="ons-footer__list">${links(oFoot, 'ons-list__item')}</ul>
<p class="ons-footer__license">All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
<p class="ons-footer__copyright">© Crown copyright</p></div></footer></div>
<script src="https://cdn.ovs.example/design-system/scripts/main.js"></script></body></html>`;
const onsBulletin: TestPage = {
  name: 'heldout352-ons-bulletin-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: oHeads.map((h, i) => `${i + 1}. ${h}`),
  body: texts([...oMain, ...oS1, ...oS2, ...oS3, ...oS4]),
  bylines: ['Release date:', '19 February 2026', 'Tamsin Orrell', 'Next release:', '21 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on ovs.example', 'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Office for Valdmere Statistics',
    'Release calendar', 'Cymraeg', ...oNav, 'Search for a keyword(s) or time series ID', ...oCrumb.slice(0, 3), 'Expenditure', 'Statistical bulletin',
    'Estimates of household spending on domestic energy, by income group and household type, from the Household Outgoings Survey.',
    'Official statistics in development', 'Contact:', 'Search', oF1, oF2, 'Table of contents', 'Related links',
    'Print this Statistical bulletin', 'Download as PDF',
    'Average weekly spending, £, real terms, Valdmere and the Eastern Reaches', 'Notes:', 'Figures are in October to December 2025 prices.',
    'Income fifths are based on equivalised disposable household income.', 'Source: Household Outgoings Survey from the Office for Valdmere Statistics',
    'Download this chart 1 (XLSX, 18KB)', 'Download this image Figure 1 (PNG, 42KB)', 'Download this chart 2 (XLSX, 18KB)', ...oRel.slice(0, 1),
    'Family spending in Valdmere: financial year ending 2025', 'Contact details for this Statistical bulletin', 'Telephone: +44 1632 960411',
    'Is this page useful?', ...oFoot, 'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

const bTitle = 'Regional and State Employment and Unemployment — January 2026';
const bPre = [
  j(
    'Unemployment rates were higher in January in 9 states, lower in 3 states, and stable in 38 states and the District of',
    'Columbia, the Bureau of Workforce Statistics reported today. Forty-one states had jobless rate increases from a year',
    'earlier, 2 states had decreases, and 7 states and the District had little change. The national unemployment rate, 4.3',
    'percent, was unchanged over the month but was 0.3 percentage point higher than in January 2025.',
  ),
  j(
    'Nonfarm payroll employment increased in 4 states and was essentially unchanged in 46 states and the District of Columbia',
    'in January 2026. Over the year, nonfarm payroll employment increased in 19 states and was essentially unchanged in 31',
    'states and the District.',
  ),
  j(
    'Calder had the lowest jobless rate in January, 2.0 percent, followed by Westmarch, 2.3 percent. Sandrock had the highest',
    'unemployment rate, 5.8 percent. In total, 17 states had unemployment rates lower than the U.S. figure of 4.3 percent,',
    '11 states and the District had higher rates, and 22 states had rates that were not appreciably different from that of the nation.',
  ),
  j(
    'The largest over-the-month unemployment rate increase occurred in Bellhaven (+0.3 percentage point). Eight other states had',
    'smaller but also statistically significant increases. The largest over-the-year jobless rate increase occurred in Corriston',
    '(+1.0 percentage point).',
  ),
  j(
    'Nonfarm payroll employment increased in 4 states in January 2026. The largest job gains occurred in Tessaly (+31,400),',
    'Palmira (+18,900), and Ashford (+12,200). The largest percentage increase occurred in Highmoor (+0.9 percent).',
  ),
  j(
    'Households in 12 states reported lower participation in the labor force than a year earlier. Among the larger states,',
    'the labor force participation rate fell most in Corriston, by 0.6 percentage point, while it rose in Tessaly and Palmira.',
    'Employment-population ratios were highest in Calder and Westmarch and lowest in Bellhaven.',
  ),
  j('The State Employment and Unemployment news release for February is scheduled to be released on Friday, March 27, 2026,', 'at 10:00 a.m. (ET).'),
];
const bSect = ['Unemployment', 'Nonfarm Payroll Employment'];
const bNav = ['Home', 'Subjects', 'Data Tools', 'Publications', 'Economic Releases', 'Students', 'Beta'];
const bSide = ['Latest Numbers', 'Charts for State Employment', 'State and Metro Area Employment FAQs', 'Archived News Releases'];
const bFoot = ['About the Bureau', 'Careers', 'Freedom of Information Act', 'Privacy & Security Statement', 'Disclaimers', 'Linking & Copyright Info'];
const bHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="UTF-8"><title>State Employment and Unemployment Summary - 2026 M01 Results</title>
<meta name="description" content="Regional and State Employment and Unemployment news release."><meta name="date" content="2026-03-13">
<link rel="stylesheet" href="/assets/css/bws-global.css"><script src="/assets/js/bws-fed-analytics.js" id="_fed_an_ua_tag"></script>
<script>var releaseId="laus";var pageCategory="News Release";</script></head>
<body id="news-release"><a class="skip-link" href="#main-content-td">Skip to Content</a>
<div class="usa-banner"><p>An official website of the United States government</p><button class="usa-accordion__button">Here's how you know</button></div>
<div id="wrapper-outer"><div id="header"><a href="/" id="logo"><img src="/images/bws_emblem.png" alt="Bureau of Workforce Statistics"></a>
<ul id="nav" class="sf-menu">${links(bNav, 'nav-item')}</ul><form id="search-form"><input type="text" name="q" aria-label="Search BWS.gov">
<input type="submit" value="Search"></form></div>
<div id="secondary-nav"><div class="breadcrumbs"><a href="/">Home</a> <span>&rsaquo;</span> <a href="/bws/newsrelease/">News Release</a>
<span>&rsaquo;</span> State Employment and Unemployment</div></div>
<table id="main-content-table"><tr><td id="secondary-nav-td"><div id="secondary-nav"><h4>State and Metro Area Employment</h4>
<ul>${links(bSide)}</ul></div></td>
<td id="main-content-td"><div id="main-content"><div id="bodytext" class="verdana md">
<span class="nr-print"><a href="/news.release/pdf/laus.pdf">PDF version</a> <a href="/news.release/laus.htm">News Release Table of Contents</a></span>
<h1 class="nr-title">${bTitle}</h1>
<pre>
Transmission of material in this release is embargoed until               USDL-26-0412
10:00 a.m. (ET) Friday, March 13, 2026

Technical information:  (202) 555-6392  *  lausinfo@bws.example  *  www.bws.example/lau
Media contact:          (202) 555-5902  *  PressOffice@bws.example


                  STATE EMPLOYMENT AND UNEMPLOYMENT — JANUARY 2026


${bPre[0] ?? ''}

${bPre[1] ?? ''}

${bSect[0] ?? ''}

${bPre[2] ?? ''}

${bPre[3] ?? ''}

${bSect[1] ?? ''}

${bPre[4] ?? ''}

${bPre[5] ?? ''}

Table A.  States with statistically significant unemployment rate changes from December 2025 to
January 2026, seasonally adjusted

                              Rate                  Over-the-month
 State             December 2025   January 2026     change(p)
 Bellhaven               4.9            5.2             0.3
 Sandrock                5.6            5.8             0.2
 Corriston               5.1            5.3             0.2

 (p) = preliminary.

                                 _____________

${bPre[6] ?? ''}
</pre>
</div><div class="update"><p>Last Modified Date: March 13, 2026</p></div></div></td></tr></table>
<div id="footer"><ul>${links(bFoot)}</ul><p>U.S. BUREAU OF WORKFORCE STATISTICS  Office of Employment and Unemployment Statistics
Suitland Federal Center  4600 Silver Hill Road  Washington, DC 20233</p><p>Telephone: 1-202-555-5200 | TDD: 1-800-555-8339</p></div>
</div></body></html>`;
const bwsRelease: TestPage = {
  name: 'heldout352-bls-news-release-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [...bSect],
  body: texts(bPre),
  bylines: ['10:00 a.m. (ET) Friday, March 13, 2026', 'Last Modified Date: March 13, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'An official website of the United States government', "Here's how you know", ...bNav, 'News Release',
    'State and Metro Area Employment', ...bSide, 'PDF version', 'News Release Table of Contents',
    'Transmission of material in this release is embargoed until', 'USDL-26-0412', 'Technical information:', 'Media contact:',
    ...bFoot, 'Office of Employment and Unemployment Statistics', 'Telephone: 1-202-555-5200 | TDD: 1-800-555-8339',
  ],
};

export const HELDOUT352_A: readonly TestPage[] = [onsBulletin, bwsRelease];
