import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout347-kit.js';

/**
 * Held-out batch 347, file c: a tax software help article on a Zendesk Help Center with the Copenhagen theme (user nav,
 * breadcrumbs, search, "Articles in this section" sidebar, author meta with "Updated", share links, votes, "Have more
 * questions?", related and recently viewed articles) and a payroll provider's knowledge-base article on Help Scout Docs
 * (navbar, print link, "Did this answer your question?", "Last updated on", related articles and the categories sidebar).
 */
const zTitle = 'Importing a consolidated 1099-B from your brokerage';
const zHeadings = ['Before you start', 'Import the form', 'If the cost basis is missing'];
const zIntro = [
  j(
    'Most brokerages send a single consolidated statement that includes your 1099-DIV, 1099-INT and 1099-B. Quillfile can read',
    'the whole statement at once, so you do not have to type each sale by hand.',
  ),
];
const zBefore = ['Make sure you have these to hand:'];
const zBeforeList = [
  'the final version of the statement, not the preliminary one your broker may post in January;',
  'your brokerage login, if you want to import directly; or',
  'the statement as a PDF or CSV file, if your brokerage is not on our partner list.',
];
const zImport = [
  '<strong>Go to</strong> Income &gt; Investments and select <strong>Add a brokerage statement</strong>.',
  'Search for your brokerage. If it is listed, log in and choose the tax year. If not, choose <strong>Upload a file</strong> instead.',
  'Review the summary screen. Quillfile groups sales by short-term and long-term, and by whether the basis was reported to the IRS.',
  'Select <strong>Looks good</strong> to add the transactions to your return.',
];
const zImport2 = [
  j(
    'Large statements with more than 3,000 sales are imported as summary totals per category. You will be asked to attach the',
    'full statement when you file, and we will generate Form 8453 for you.',
  ),
];
const zBasis = [
  j(
    'Shares you transferred in from another broker, or bought before 2011, may show the cost basis as "not reported". The import',
    'still works, but the sale is flagged in yellow on the summary screen.',
  ),
  j(
    'Select each flagged sale and enter what you originally paid, including commissions. If you inherited the shares, enter the',
    'value on the date of death and set the holding period to long-term. Leaving the basis at zero means you will pay tax on the full sale price.',
  ),
  'Once every flagged sale has a basis, the yellow markers disappear and the totals on the summary screen are updated.',
];
const zNote = 'Note: corrected statements issued after you have filed need an amended return. See Amending a return after a corrected 1099.';
const zSection = ['Importing a W-2 with a photo', 'Which brokerages can I import from?', 'Entering wash sales by hand', 'Importing crypto transactions'];
const zRelated = ['Amending a return after a corrected 1099', 'Why does my capital gain look too high?', 'Entering employee stock purchase plan sales'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><!-- v26893 --><title>${zTitle} &ndash; Quillfile Tax Help Center</title>
<meta name="csrf-param" content="authenticity_token"><link rel="canonical" href="https://help.quillfile.example/hc/en-us/articles/8812047-Importing">
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta property="og:type" content="website"><meta property="og:title" content="${zTitle}">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-3c2b.css" media="all"><link rel="stylesheet"
href="//theme.zdassets.example/style.css">
<script>window.HelpCenter = {};HelpCenter.account = {"subdomain":"quillfile"};HelpCenter.user = {"role":"anonymous","locale":"en-us"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png" alt="Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(['Quillfile Tax Help Center', 'Importing your documents', 'Investment forms'])}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query" placeholder="Search"
aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${links(zSection)}
</ul><a href="/hc/en-us/sections/360" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://quillfile.zendesk.example/system/photos/9.png" alt=""
class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-us/profiles/901-Dana-Whitcombe">Dana Whitcombe</a><ul class="meta-group">
<li class="meta-data"><time datetime="2025-02-11T16:20:04Z" title="2025-02-11 16:20" data-datetime="relative">February 11, 2025 16:20</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialog" rel="nofollow" role="button"
href="/hc/en-us/articles/8812047/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<h2>${zHeadings[0] ?? ''}</h2>
${ps(zBefore)}
<ul>${lis(zBeforeList)}</ul>
<h2>${zHeadings[1] ?? ''}</h2>
<ol>${lis(zImport)}</ol>
${ps(zImport2)}
<h2>${zHeadings[2] ?? ''}</h2>
${ps(zBasis)}
<div class="callout callout--warning"><p>${zNote}</p></div>
</div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group">
<button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful" aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">41 out of 57 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2><ul>
${links(['Which brokerages can I import from?'])}</ul></section></div>
<div data-related-articles><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRelated)}</ul></section>
</div></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Quillfile Tax</a><div class="footer-language-selector">
<button class="dropdown-toggle" aria-haspopup="true">English (US)</button></div></div></footer>
<script src="//static.zdassets.example/hc/assets/en-us.js"></script><script src="//theme.zdassets.example/script.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout347-zendesk-copenhagen-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zHeadings,
  body: texts([...zIntro, ...zBefore, ...zBeforeList, ...zImport, ...zImport2, ...zBasis, zNote]),
  bylines: ['Dana Whitcombe', 'February 11, 2025 16:20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Quillfile Tax Help Center', 'Importing your documents', 'Investment forms',
    'Articles in this section', ...zSection, 'See more', 'Follow', 'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?',
    '41 out of 57 found this helpful', 'Have more questions?', 'Return to top', 'Recently viewed articles', 'Related articles', ...zRelated.slice(1),
    'Quillfile Tax', 'English (US)',
  ],
};

const hTitle = 'Correcting an employee’s pay after a pay run has been submitted';
const hBody1 = [
  j(
    'Mistakes happen: a bonus is keyed against the wrong person, overtime is missed, or a leaver is paid for a full month. Once a pay',
    'run has been submitted to the tax authority you cannot edit it in Payloom, but you can correct it in the next pay run or with an',
    'off-cycle payment.',
  ),
  j(
    'Which route you take depends on whether the employee was paid too little or too much, and on how soon the next regular pay',
    'run is due. Both routes keep the year-to-date figures right, which is what matters when the year-end report is sent.',
  ),
];
const hH = ['Underpayments', 'Overpayments', 'What your employee sees'];
const hUnder = [
  j(
    'If you paid an employee too little, the simplest fix is an off-cycle pay run. Go to <strong>Pay runs</strong>, select',
    '<strong>New off-cycle run</strong>, add the employee and enter the missing amount as a one-off payment. Payloom calculates tax',
    'and contributions on the cumulative figures for the year, so the deductions will be right even though the payment is late.',
  ),
  'If the amount is small, you can instead add it to the employee’s next regular pay run as an adjustment called “Arrears of pay”.',
];
const hOver = ['Overpayments need more care, because you are taking money back. Before you recover anything:'];
const hOverList = [
  'tell the employee in writing how much was overpaid and why;',
  'agree a repayment plan if the amount is more than 10% of their normal net pay; and',
  'record the agreement in the employee’s Notes tab so the audit trail is complete.',
];
const hOver2 = [
  j(
    'Then add a negative adjustment called “Overpayment recovery” to the next pay run, or spread it across several runs. Do not',
    'reverse the original pay run: the figures already reported cannot be withdrawn, and a reversal will create a mismatch.',
  ),
];
const hSees = [
  j(
    'The payslip for the correcting run shows the adjustment on its own line with the period it relates to. If you add a note in',
    'the <em>Message to employee</em> box, it is printed at the bottom of the payslip.',
  ),
];
const hRelated = ['Running an off-cycle pay run', 'Paying a leaver their final pay', 'Reading the pay run summary report'];
const hCats = ['Getting started', 'Running payroll', 'Employees', 'Year end', 'Integrations'];
const hHtml = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${hTitle} - Payloom Help</title>
<meta name="viewport" content="width=device-width, maximum-scale=1"><meta name="apple-mobile-web-app-capable" content="yes">
<meta name="description" content="How to correct an underpayment or overpayment after a pay run has been submitted.">
<link rel="canonical" href="https://help.payloom.example/article/412-correcting-pay"><link rel="stylesheet"
href="//d3eto7onm69fcz.cloudfront.example/assets/stylesheets/launch-1771002.css">
<style>#mainNav, #fullArticle .callout-blue {border-color:#1f4e79;}</style>
<script>var HS = HS || {}; HS.Docs = {"siteId":"5f2a","articleId":"412","collectionId":"pay-runs"};</script></head>
<body><header id="mainNav" class="navbar"><div class="navbar-inner"><div class="container-fluid">
<a class="brand" href="/"><img src="//d33v4339jhl8k0.cloudfront.example/docs/assets/logo.png" alt="Payloom Help" width="180" height="40"></a>
<div class="nav-collapse collapse"><nav role="navigation"><ul class="nav"><li id="home"><a href="/">Home</a></li>
<li id="contact"><a href="#" class="contactUs" onclick="window.Beacon('open')">Contact</a></li>
<li><a href="https://payloom.example/login">Log in to Payloom</a></li></ul></nav></div></div></div></header>
<section id="contentArea" class="container-fluid"><div class="row-fluid"><section id="main-content" class="span9"><div class="contentWrapper">
<article id="fullArticle"><h1 class="title">${hTitle}</h1>
<a href="javascript:window.print()" class="printArticle" title="Print this article" aria-label="Print this Article"><i class="icon-print"></i></a>
${ps(hBody1)}
<h2 id="underpayments">${hH[0] ?? ''}</h2>
${ps(hUnder)}
<h2 id="overpayments">${hH[1] ?? ''}</h2>
${ps(hOver)}
<ul>${lis(hOverList)}</ul>
${ps(hOver2)}
<h2 id="what-your-employee-sees">${hH[2] ?? ''}</h2>
${ps(hSees)}
</article>
<section class="articleRatings" data-article-url="/article/412-correcting-pay/ratings"><div class="articleRatings-question">Did this answer your question?</div>
<div class="articleRatings-actions"><button class="rateAction rateAction--sad" data-rating="sad">😞</button><button class="rateAction"
data-rating="neutral">😐</button>
<button class="rateAction rateAction--happy" data-rating="happy">😃</button></div><div class="articleRatings-feedback">Thanks for the feedback</div></section>
<div class="articleFoot"><p class="help">Still need help? <a href="#" class="contactUs">Contact Us</a></p>
<time class="lu" datetime="2026-02-09T14:03:55Z">Last updated on February 9, 2026</time></div>
<section class="related"><h3>Related Articles</h3><ul>${links(hRelated)}</ul></section></div></section>
<aside id="sidebar" class="span3"><form action="/search" method="GET" id="searchBar" class="sm" autocomplete="off"><input type="hidden" name="collectionId">
<input type="text" name="query" title="search-query" class="search-query" placeholder="Search" aria-label="Search"><button type="submit">Search</button></form>
<h3>Categories</h3><ul class="nav nav-list">${links(hCats)}</ul></aside></div></section>
<footer><p>© <a href="https://payloom.example">Payloom Ltd</a> 2026. Powered by <a href="https://www.helpscout.example/docs-refer/"
target="_blank">Help Scout</a></p></footer>
<script src="//d3eto7onm69fcz.cloudfront.example/assets/javascripts/app4.min.js"></script></body></html>`;
const helpscout: TestPage = {
  name: 'heldout347-helpscout-docs-payroll-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hBody1, ...hUnder, ...hOver, ...hOverList, ...hOver2, ...hSees]),
  bylines: ['Last updated on February 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Contact', 'Log in to Payloom', 'Did this answer your question?', 'Thanks for the feedback', 'Still need help?', 'Contact Us', 'Related Articles',
    ...hRelated, 'Categories', ...hCats, '© Payloom Ltd 2026. Powered by Help Scout',
  ],
};

export const HELDOUT347_C: readonly TestPage[] = [zendesk, helpscout];
