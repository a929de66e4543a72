import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout396-kit.js';

/**
 * Held-out batch 396, file a2: a city's budget explainer on a CivicPlus CivicEngage site: the alert centre banner, the mega
 * menu, breadcrumbs, the Froala editor article with a budget table, the "Quick Links" widget, the "Contact Us" block and
 * the footer with the "Government Websites by CivicPlus" credit and the "Page last updated" line.
 */
const cTitle = 'Understanding the FY 2026-27 Budget';
const cH = ['Where the money comes from', 'Where the money goes', 'What changed this year', 'How to take part'];
const c1 = [
  j(
    'Every year the City of Larchmere adopts a balanced budget before July 1. The budget is the city’s spending plan: it sets',
    'how much we expect to collect, what services we will provide and what we will build. This page explains the adopted',
    'FY 2026-27 budget in plain language.',
  ),
  j(
    'The General Fund pays for most everyday services and totals $184.6 million this year. Property tax remains the largest',
    'single source at 41 percent, followed by sales tax at 23 percent and utility users’ tax at 9 percent. Fees, grants',
    'and transfers from other funds make up the rest.',
  ),
];
const c2 = ['Public safety takes the largest share of the General Fund. The table below compares the adopted budgets for the two most recent years.'];
const cRows: readonly (readonly string[])[] = [
  ['Police', '$58.2M', '$61.0M', '+4.8%'],
  ['Fire and Emergency Medical Services', '$41.7M', '$43.9M', '+5.3%'],
  ['Public Works and Streets', '$22.4M', '$22.9M', '+2.2%'],
  ['Parks, Libraries and Recreation', '$19.8M', '$20.6M', '+4.0%'],
  ['General Government and Debt Service', '$35.1M', '$36.2M', '+3.1%'],
];
const c3 = [
  'Council made three notable changes when it adopted the budget on June 9:',
  'Twelve new firefighter-paramedic positions to staff the reopened Station 4 on Orchard Road.',
  'A one-time $2.5 million transfer to the pavement program, lifting the average street condition target from 62 to 66.',
  'Library hours restored to seven days a week at the Main Library and the Eastgate branch.',
  j(
    'To balance these additions, the city drew $3.1 million from its budget stabilization reserve, which still stands at',
    '16 percent of expenditures, above Council’s 15 percent policy minimum.',
  ),
];
const c4 = [
  j(
    'Budget workshops are held each spring, and the Finance Committee meets on the second Tuesday of every month. You can',
    'comment in person, by email to budget@larchmere.example or through the online budget survey, which opens in February.',
  ),
];
const cMenu = ['Your Government', 'Departments', 'Community', 'Business', 'How Do I...'];
const cCrumbs = ['Home', 'Departments', 'Finance Department', 'Budget'];
const cQuick = ['Adopted Budget Book (PDF)', 'Capital Improvement Program', 'Monthly Financial Reports', 'Open Checkbook'];
const cFoot = ['Accessibility', 'Copyright Notices', 'Privacy Policy', 'Site Map'];
const cBody = [...c1, ...c2, ...cRows.flat(), ...c3, ...c4];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Understanding the Budget | Larchmere, CA - Official Website</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="An explainer of the City of Larchmere adopted budget.">
<link rel="stylesheet" href="/-1760051234.css" media="all"><script src="/Assets/Scripts/jQuery/jquery-3.7.1.min.js"></script>
<script>var cpPageId = 1184; var intCountryCode = 840; window.isResponsiveEnabled = true;</script>
<script src="/Assets/Scripts/APIClient.js"></script></head>
<body class="wide"><div id="skipToContentLinks"><a href="#cc" class="skipToContentLink">Skip to Main Content</a></div>
<div id="divAlertCenter" class="alertCenter"><div class="alertBanner"><span class="alertTitle">Alert:</span>
<a href="/AlertCenter.aspx?AID=88">Orchard Road closed nightly for water main work through March 20</a></div></div>
<div id="structuralContainer"><div class="siteWrap"><header class="siteHeader"><a id="logo" href="/" title="Home page">
<img src="/ImageRepository/Document?documentID=1"
alt="Larchmere, CA - Home"></a><form class="search" action="/Search"><input type="text" id="ysnSearchOnlyDept" placeholder="Search..."
aria-label="Search"></form>
<nav id="mainNav" class="siteNav" aria-label="Main"><ul id="mainNavMenu" class="rootNavMenu">${links(cMenu, 'topMenuItem')}</ul></nav></header>
<div id="breadCrumbs" class="breadCrumbs">
${cCrumbs.map((c) => `<a href="/${c.toLowerCase()}" class="breadCrumb">${c}</a>`).join('<span class="sep"> › </span>')}</div>
<div class="row outer wide"><div class="col col12 first last" id="cc"><div id="page" class="moduleContentNew">
<h1 id="versionHeadLine" class="headline">${cTitle}</h1>
<div class="widget editor pageStyles" id="widget_4_1184"><div class="fr-view">
${ps(c1)}
<h2>${cH[0]}</h2>
${ps(c2)}
<h2>${cH[1]}</h2>
<table class="fr-table fr-alternate-rows" style="width: 100%;"><caption>General Fund by department, adopted budgets</caption><thead><tr>
<th scope="col">Department</th><th scope="col">FY 2025-26</th><th scope="col">FY 2026-27</th><th scope="col">Change</th></tr></thead><tbody>
${cRows.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n')}
</tbody></table>
<h2>${cH[2]}</h2>
${ps(c3.slice(0, 1))}
<ul>${c3
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(c3.slice(4))}
<h2>${cH[3]}</h2>
${ps(c4)}
</div></div></div>
<aside class="col col4 sidebar"><div class="widget widgetQuickLinks"><h3 class="widgetTitle">Quick Links</h3>
<ol class="semanticList">${links(cQuick, 'widgetItem')}</ol>
<a class="more" href="/QuickLinks.aspx?CID=22">/QuickLinks.aspx</a></div>
<div class="widget widgetContactUs"><h3 class="widgetTitle">Contact Us</h3>
<p class="widgetBody">Finance Department<br>410 Civic Center Drive<br>Phone: 555-214-3300</p></div>
</aside></div></div>
<footer class="siteFooter"><div class="footerLinks"><ul>${links(cFoot)}</ul></div>
<p class="poweredBy"><a href="https://www.civicplus.example/civicengage">Government Websites by CivicPlus®</a></p>
<p class="lastUpdated">Page last updated: June 12, 2026</p></footer></div></div>
<script src="/Assets/Scripts/Froala/froala_editor.pkgd.min.js"></script><script>$(function(){ window.Pages.rwdReady.resolve(); });</script></body></html>`;
export const civicplus: TestPage = {
  name: 'heldout396-civicplus-budget-explainer-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts(cBody),
  bylines: ['Page last updated: June 12, 2026'],
  furniture: [
    'Skip to Main Content',
    'Alert:',
    'Orchard Road closed nightly for water main work through March 20',
    ...cMenu,
    ...cCrumbs.slice(0, 3),
    'Quick Links',
    ...cQuick,
    '/QuickLinks.aspx',
    'Contact Us',
    '410 Civic Center Drive',
    'Phone: 555-214-3300',
    ...cFoot,
    'Government Websites by CivicPlus®',
  ],
};
