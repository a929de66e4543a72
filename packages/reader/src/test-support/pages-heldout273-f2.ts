import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file f2: a Document360 knowledge base article (Angular d360 markup with generated attributes, header
 * with project links and search, version picker, category tree, breadcrumb, "Updated on" and reading time, Print / Share
 * actions, contributors, info callout, a table, "Was this article helpful?", "Related articles", right-hand "Contents",
 * previous / next article links, the cookie consent bar and the footer).
 */
const aTitle = 'Setting up overtime rules';
const aIntro = [
  j(
    'Overtime rules tell Ardent Payroll when extra hours should be paid at a higher rate. You can create several rules and attach',
    'them to different employee groups, for example one for warehouse staff on shifts and another for salaried office staff.',
  ),
];
const aH = ['Create a rule', 'Rule types', 'Assigning rules to groups'];
const aS1 = ['Only users with the Payroll admin role can create or change overtime rules. To add a rule:'];
const aSteps = [
  'Go to Settings, open the overtime section and select New overtime rule.',
  'Give the rule a name your team will recognise, such as Warehouse weekly overtime.',
  'Choose the rule type and enter the threshold and the rate multiplier.',
  'Save the rule. It is inactive until you assign it to at least one group.',
];
const aS2 = ['Ardent Payroll supports three rule types. A group can have one rule of each type; when two apply, the higher rate wins.'];
const aTable = [
  ['Daily', 'Hours beyond a set number in one day', 'Shift work with long days'],
  ['Weekly', 'Hours beyond a set number in a pay week', 'Most hourly staff'],
  ['Rest day', 'Any hours on a day marked as rest day', 'Weekend and holiday cover'],
];
const aInfo = j(
  'Changes to a rule apply from the next pay period. Hours already approved in the current period keep the rate that was valid when',
  'they were approved.',
);
const aS3 = [
  j(
    'Open Employee groups, pick a group and choose the rules in the Overtime section. An employee in several groups gets the rules of',
    'all of them, and the payslip shows which rule produced each overtime line.',
  ),
  'Check the preview before you save: it lists the employees who will be affected and estimates the overtime cost for the last period.',
];
const aTop = ['Home', 'Release notes', 'API docs', 'Contact support'];
const aCats = ['Getting started', 'Employees', 'Pay rules', 'Holiday pay', 'Expenses', 'Payslips', 'Year-end'];
const aRelated = ['Approving timesheets', 'Night shift allowances', 'Holiday pay for irregular hours'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} | Ardent Payroll Help</title><base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Overtime rules tell Ardent Payroll when extra hours are paid more.">
<meta property="og:type" content="article"><meta name="generator" content="Document360"><link rel="stylesheet"
href="https://cdn.document360.example/static/styles.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${aTitle}","dateModified":"2026-01-11T08:30:00Z",
"author":{"@type":"Person","name":"Priya Natarajan"}}</script><script>window.d360Config={"projectId":"e7a1","versionId":"v3","lang":"en"};</script></head>
<body class="d360-kb"><d360-root ng-version="16.2.12"><d360-site-header _nghost-ng-c1249><header _ngcontent-ng-c1249 class="header-section d-flex"><a
_ngcontent-ng-c1249
class="brand-logo" href="/"><img alt="Ardent Payroll" src="https://cdn.document360.example/logo.png"><span class="brand-name">Ardent Payroll
Help</span></a><ul
_ngcontent-ng-c1249 class="header-links">${links(aTop, 'header-link-item')}</ul><d360-version-dropdown><button class="version-dropdown-toggle">Version
3</button><ul
class="version-list d-none"><li>Version 3</li><li>Version 2 (legacy)</li></ul></d360-version-dropdown></header></d360-site-header>
<d360-search-bar><div class="search-container"><input type="text" class="form-control search-input" placeholder="Search articles"><button
class="search-btn">Search</button>
</div></d360-search-bar><div class="main-content d-flex"><d360-category-tree><aside class="category-tree-section"><div class="tree-title">Categories</div><ul
class="category-tree">${links(aCats, 'tree-node')}</ul></aside></d360-category-tree>
<d360-article-content _nghost-ng-c3051><div _ngcontent-ng-c3051 class="article-content-section"><ul class="breadcrumb"><li class="breadcrumb-item"><a
href="/">Home</a></li><li
class="breadcrumb-item"><a href="/category/pay-rules">Pay rules</a></li></ul>
<div class="article-title-container"><h1 _ngcontent-ng-c3051 class="article-title">${aTitle}</h1><div class="article-actions"><button class="btn-print"
title="Print">Print</button><button class="btn-share" title="Share">Share</button></div></div>
<div class="article-info"><span class="updated-date">Updated on 11 Jan 2026</span> <span class="reading-time">3 Minutes to read</span><div
class="contributors"><span
class="contributors-label">Contributors</span><img alt="Priya Natarajan" class="avatar" src="https://cdn.document360.example/a/1.png"></div></div>
<div class="content-body" id="articleContent">
${aIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="create-a-rule">${aH[0]}</h2><p>${aS1[0]}</p><ol>${lis(aSteps)}</ol>
<h2 id="rule-types">${aH[1]}</h2><p>${aS2[0]}</p>
<table class="table table-bordered"><thead><tr><th>Type</th><th>Counts</th><th>Typical use</th></tr></thead><tbody>${rows(aTable)}</tbody></table>
<div class="infoBox"><p>${aInfo}</p></div>
<h2 id="assigning-rules-to-groups">${aH[2]}</h2>
${aS3.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<d360-article-feedback><div class="article-feedback"><span class="feedback-question">Was this article helpful?</span><button
class="btn-yes">Yes</button><button
class="btn-no">No</button></div></d360-article-feedback>
<div class="article-navigation d-flex"><a class="prev-article" href="/docs/pay-rules-overview"><span class="nav-label">Previous article</span><span
class="nav-title">Pay rules overview</span></a><a class="next-article" href="/docs/night-shift"><span class="nav-label">Next article</span><span
class="nav-title">Night shift allowances</span></a></div>
<d360-related-articles><div class="related-articles"><h3 class="related-title">Related articles</h3><ul>${links(aRelated, 'related-item')}</ul></div>
</d360-related-articles></div></d360-article-content>
<d360-article-toc><aside class="toc-section"><div class="toc-title">Contents</div><ul>${aH.map((h) => `<li><a href="#${h.length}">${h}</a></li>`).join('')}
</ul></aside></d360-article-toc></div>
<footer class="site-footer"><p>© 2026 Ardent Payroll Systems. All rights reserved.</p><a href="https://document360.example/?ref=kb"
class="powered-by">Powered by
Document360</a></footer>
<d360-cookie-consent><div class="cookie-consent-bar"><p>We use cookies to improve your experience on our knowledge base.</p><button
class="btn-accept">Accept</button><button
class="btn-decline">Decline</button></div></d360-cookie-consent></d360-root>
<script src="https://cdn.document360.example/static/main.js" type="module"></script></body></html>`;
export const document360: TestPage = {
  name: 'heldout273-document360-kb-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aIntro, ...aS1, ...aSteps, ...aS2, ...aTable.flat(), aInfo, ...aS3]),
  bylines: ['Updated on 11 Jan 2026', '3 Minutes to read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ardent Payroll Help', ...aTop, 'Version 3', 'Version 2 (legacy)', 'Search', 'Categories', ...aCats, 'Print', 'Share', 'Contributors',
    'Was this article helpful?', 'Previous article', 'Pay rules overview', 'Next article', 'Night shift allowances', 'Related articles', ...aRelated,
'Contents',
    '© 2026 Ardent Payroll Systems. All rights reserved.', 'Powered by Document360', 'We use cookies to improve your experience on our knowledge base.',
    'Accept', 'Decline',
  ],
};
