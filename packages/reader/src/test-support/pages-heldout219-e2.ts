import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 219, file e2: a Federal Reserve Board FEDS Notes page (the ".gov" banner with its hidden "Here's how you
 * know" panel, the header nav and search, the breadcrumb, the "FEDS Notes" series heading above the h3 title, the date,
 * the authors' paragraph with a footnote marker, h4 section headings, a table with its caption and note, footnotes,
 * "Please cite this note as" with the citation, the disclaimer, "Back to Top", "Last Update" and the long footer).
 */
const fdTitle = 'How Sensitive Are Small Business Loan Rates to the Policy Rate? Evidence from Loan-Level Data';
const fdAuthors = 'Maribel Quintana-Hess and Derek Oyelaran<a href="#fn1"><sup>1</sup></a>';
const fdP1 = [
  'Between March 2022 and July 2023 the federal funds rate rose by more than 5 percentage points. Rates on large corporate ' +
    'loans and bonds moved up quickly, but much less is known about how fast borrowing costs rose for small businesses, which ' +
    'rely heavily on bank credit and have few alternatives.',
  'In this note, we use loan-level data on new commercial and industrial loans of less than $1 million to measure the ' +
    'pass-through of policy rate changes to small business loan rates, and to compare it with the pass-through to larger loans.',
];
const fdH1 = 'Data';
const fdP2 = [
  'Our sample includes about 410,000 new small business loans originated by 62 banks between 2019 and 2024. For each loan we ' +
    'observe the interest rate, maturity, collateral, whether the rate is fixed or floating, and the borrower’s industry and ' +
    'location. We match these loans to a sample of larger loans from the same banks.',
  'We estimate pass-through with local projections, regressing the change in the rate on new loans on the cumulative change ' +
    'in the federal funds rate, controlling for loan characteristics and for bank and month fixed effects.',
];
const fdH2 = 'Results';
const fdP3 = [
  'Table 1 reports the estimated cumulative pass-through. Six months after a change in the policy rate, about 71 percent of the ' +
    'change has been passed through to rates on small floating-rate loans, compared with 88 percent for larger loans. For ' +
    'fixed-rate small business loans the figure is 49 percent.',
  'Pass-through is faster at banks with a higher share of uninsured deposits and at banks that compete with many other lenders ' +
    'in the same county. It is slower for loans backed by real estate collateral.',
];
const fdTable = [
  ['Floating-rate, under $1 million', '0.52', '0.71', '0.84'],
  ['Fixed-rate, under $1 million', '0.28', '0.49', '0.66'],
  ['Floating-rate, $1 million or more', '0.74', '0.88', '0.93'],
];
const fdCaption = 'Table 1: Cumulative pass-through of the policy rate to new loan rates';
const fdTNote = 'Note: Coefficients from local projections of loan rates on changes in the federal funds rate, with bank and month fixed effects.';
const fdH3 = 'Conclusion';
const fdP4 = [
  'Small business borrowers saw their loan rates rise more slowly than larger borrowers during the recent tightening cycle, ' +
    'especially when their loans carried fixed rates. The slower pass-through likely reflects longer relationships between ' +
    'small firms and their banks, and it implies that the effect of monetary policy on small business credit may build more ' +
    'gradually than its effect on large firms.',
];
const fdFn = [
  '1. Division of Research and Statistics, Board of Governors of the Federal Reserve System. We thank Alma Pettersen for excellent research assistance.',
];
const fdCite =
  'Quintana-Hess, Maribel, and Derek Oyelaran (2025). “How Sensitive Are Small Business Loan Rates to the Policy Rate? Evidence from Loan-Level ' +
  'Data,” FEDS Notes. Washington: Board of Governors of the Federal Reserve System, March 07, 2025.';
const fdDisc =
  'Disclaimer: FEDS Notes are articles in which Board staff offer their own views and present analysis on a range of topics in ' +
  'economics and finance. These articles are shorter and less technically oriented than FEDS Working Papers and IFDP papers.';
const fdGov = [
  'An official website of the United States Government',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
];
const fdNav = [
  'About the Fed',
  'News & Events',
  'Monetary Policy',
  'Supervision & Regulation',
  'Financial Stability',
  'Payment Systems',
  'Economic Research',
  'Data',
  'Consumers & Communities',
];
const fdFoot = [
  'Tools and Information',
  'Contact',
  'Publications',
  'Freedom of Information (FOIA)',
  'Office of Inspector General',
  'Budget & Performance',
  'No FEAR Act',
  'Español',
  'Website Policies',
  'Privacy Program',
  'Accessibility',
];
const fdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>The Fed - ${fdTitle}</title><meta name="description" content="FEDS Notes: ${fdTitle}"><meta property="og:title" content="The Fed - ${fdTitle}">
<link rel="canonical" href="https://www.federalreserve.gov/econres/notes/feds-notes/how-sensitive-are-small-business-loan-rates-20250307.html">
<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script><script src="/js/site.js"></script></head>
<body><a class="sr-only sr-only-focusable" href="#content">Skip to main content</a>
<div class="usa-banner"><div class="usa-banner__header"><p class="usa-banner__header-text">${fdGov[0]}</p>
<button class="usa-banner__button" aria-expanded="false"><span>${fdGov[1]}</span></button></div>
<div class="usa-banner__content" id="gov-banner" hidden><p><strong>${fdGov[2]}</strong></p><p>${fdGov[3]}</p></div></div>
<header class="header"><a class="header__logo" href="/"><img src="/images/fed-logo.svg" alt="Federal Reserve Board - Home"></a>
<form class="header__search" action="/search.htm"><label for="q" class="sr-only">Search</label><input id="q" type="text" placeholder="Search"></form>
<nav class="navbar" aria-label="Main"><ul class="nav navbar-nav">${links(fdNav, 'dropdown')}</ul></nav></header>
<div id="content" class="container container__main" role="main"><ol class="breadcrumb"><li><a href="/">Home</a></li>
<li><a href="/econres.htm">Economic Research</a></li><li class="active"><a href="/econres/notes/feds-notes/default.htm">FEDS Notes</a></li></ol>
<div class="row"><div class="page-header"><h3 class="title"><em>FEDS Notes</em></h3></div></div>
<div class="row"><div class="col-xs-12 col-md-8"><p class="article__time">March 07, 2025</p>
<h3 class="title">${fdTitle}</h3><p>${fdAuthors}</p>
${fdP1.map((p) => `<p>${p}</p>`).join('\n')}
<h4>${fdH1}</h4>
${fdP2.map((p) => `<p>${p}</p>`).join('\n')}
<h4>${fdH2}</h4>
${fdP3.map((p) => `<p>${p}</p>`).join('\n')}
<div class="data-table"><table class="pubtables"><caption>${fdCaption}</caption><thead><tr><th scope="col">Loan type</th><th scope="col">3 months</th>
<th scope="col">6 months</th><th scope="col">12 months</th></tr></thead><tbody>
${fdTable
  .map(
    (r) =>
      `<tr><th scope="row">${r[0]}</th>${r
        .slice(1)
        .map((c) => `<td>${c}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}</tbody></table>
<p class="table-note">${fdTNote}</p><p class="source"><a href="#">Accessible version</a></p></div>
<h4>${fdH3}</h4>
${fdP4.map((p) => `<p>${p}</p>`).join('\n')}
<hr><p>${fdFn[0]}</p><p><a href="#">Return to text</a></p>
<hr><p><strong>Please cite this note as:</strong></p><p>${fdCite}</p>
<hr><p class="note"><strong>${fdDisc.slice(0, 11)}</strong>${fdDisc.slice(11)}</p>
<p class="back-to-top"><a href="#">Back to Top</a></p><p class="lastUpdate">Last Update: March 07, 2025</p></div></div></div>
<footer class="footer"><ul class="footer__links">${links(fdFoot, 'footer__item')}</ul>
<p class="footer__stay">Stay Connected</p><p class="footer__address">Board of Governors of the Federal Reserve System, 20th Street and Constitution Avenue
N.W., Washington, DC 20551</p></footer>
<script>$(function(){window.fedAnalytics&&fedAnalytics.init();});</script></body></html>`;
export const fedsNote: TestPage = {
  html: fdHtml,
  name: 'heldout219-federalreserve-feds-notes',
  kind: 'docs',
  // the title is an h3 under the series heading (the page has no h1); the authors' paragraph and dates are bylines; the
  // table's header cells, row headers and bare-number data cells are in neither list, its caption and note are furniture;
  // the footnote, the citation block and the disclaimer are furniture
  title: fdTitle,
  headings: [fdH1, fdH2, fdH3],
  body: texts([...fdP1, ...fdP2, ...fdP3, ...fdP4]),
  bylines: ['March 07, 2025', 'Maribel Quintana-Hess and Derek Oyelaran', 'Last Update: March 07, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...fdGov, 'Search', ...fdNav.filter((t) =>
t !== 'Data'), 'Home', 'FEDS Notes', fdCaption, fdTNote, 'Accessible version', ...fdFn, 'Return to text',
    'Please cite this note as:', fdCite, fdDisc, 'Back to Top', ...fdFoot, 'Stay Connected',
    'Board of Governors of the Federal Reserve System, 20th Street and Constitution Avenue N.W., Washington, DC 20551',
  ],
};
