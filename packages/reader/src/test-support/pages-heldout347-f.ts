import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout347-kit.js';

/**
 * Held-out batch 347, file f: a bookkeeping SaaS blog post on Webflow (w-nav navbar, category tag, author block with date
 * and read time, a rich-text figure with caption, a "Share this post" row, a w-form newsletter with its hidden success and
 * error messages, a w-dyn-list of more posts and the footer) and a take-home pay calculator page on Squarespace 7.1 built
 * with Fluid Engine blocks (announcement bar, header nav, the calculator's code block with its labels and results, the
 * explanatory text blocks with a band table, a newsletter block, the footer section and the cookie banner).
 */
const bTitle = 'Month-end close for a five-person business: a checklist that takes one afternoon';
const bHeadings = ['Why bother with a monthly close?', 'The checklist', 'Where it usually goes wrong'];
const bWhy = [
  j(
    'Most small businesses reconcile their books once a year, in a rush, when the accountant asks. By then nobody remembers what',
    'the £312 card payment in March was for, and the receipts are in an inbox that has since been archived.',
  ),
  j(
    'A monthly close fixes that. It does not have to be elaborate: for a business with a handful of staff and one bank account, an',
    'afternoon in the first week of the month is enough to keep the books accurate and the surprises small.',
  ),
];
const bList = [
  '<strong>Reconcile every bank and card account</strong> to the statement balance on the last day of the month.',
  '<strong>Clear the uncategorised pile.</strong> Anything you cannot identify gets a note and a question to whoever spent it.',
  '<strong>Chase the receipts</strong> for every expense over £50 and attach them to the transaction.',
  '<strong>Review unpaid invoices</strong> and send reminders for anything more than 14 days overdue.',
  '<strong>Check payroll</strong> against the payroll report, including pension and tax liabilities.',
  '<strong>Look at the profit and loss</strong> for the month next to the previous one and ask why anything moved by more than 20%.',
];
const bWrong = [
  j(
    'The step people skip is the last one. Reconciling tells you the numbers are complete; comparing months tells you whether they',
    'make sense. A rent payment posted twice, or a sale recorded in the wrong month, jumps out when you put two months side by side.',
  ),
  j(
    'The other common problem is ownership. If the close is "everyone’s job", it is nobody’s. Put one name against it and a date in',
    'the calendar, and treat it like any other deadline.',
  ),
  j(
    'Finally, keep the close the same every month. Use the same checklist, in the same order, and tick it off in the same place.',
    'After three or four months it becomes routine, and routine is what keeps the books clean.',
  ),
  '“We went from a three-week year-end scramble to a two-day review with our accountant,” says Odile Brandt, who runs a joinery workshop in Harrogate.',
];
const bCaption = 'A close that fits in one afternoon, if you do it every month.';
const bNav = ['Product', 'Pricing', 'Customers', 'Blog', 'Log in', 'Start free trial'];
const bMore = ['How to set up a chart of accounts that still works in five years', 'Cash vs accrual: which should a small business use?', 'Receipts, sorted'];
const bFoot = ['Features', 'Integrations', 'Security', 'Help centre', 'Careers', 'Privacy', 'Terms', '© 2026 Tallybook Ltd. All rights reserved.'];
const bHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 24 2026 10:02:51 GMT+0000 -->
<html data-wf-domain="www.tallybook.example" data-wf-page="65f1c2a98e2d4b0012ab34cd" data-wf-site="64a0b1c2d3e4f5a6b7c8d9e0"
data-wf-collection="65f1c2a98e2d4b0012ab3411"
data-wf-item-slug="month-end-close-checklist"><head><meta charset="utf-8"><title>${bTitle} | Tallybook</title>
<meta content="A month-end close checklist for small businesses." name="description"><meta content="${bTitle}" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/64a0b1c2/css/tallybook.webflow.shared.5d1c.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)
&&(n.className+=t+"touch")}(window,document);</script><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"${bTitle}","author":{"@type":"Person","name":"Ruairi Pell"},"datePublished":"2026-02-24"}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner"
class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/64a0b1c2/logo.svg" loading="lazy"
alt="Tallybook"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${bNav.map((t) => `<a href="/${t.length}" class="nav-link w-nav-link">${t}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-blog-post"><div class="container-narrow w-container"><div class="blog-post-header">
<a href="/blog-categories/bookkeeping" class="category-tag w-inline-block"><div>Bookkeeping</div></a>
<h1 class="heading-blog-post">${bTitle}</h1><div class="author-wrap"><img src="https://cdn.prod.website-files.example/ruairi.jpg" loading="lazy" alt=""
class="author-image">
<div><div class="author-name">Ruairi Pell</div><div class="blog-meta-wrap"><div class="blog-date">February 24, 2026</div><div class="blog-meta-divider">·</div>
<div class="read-time">6 min read</div></div></div></div></div>
<div class="rich-text-block w-richtext">
<h2>${bHeadings[0] ?? ''}</h2>
${ps(bWhy)}
<figure class="w-richtext-figure-type-image w-richtext-align-fullwidth"
style="max-width:1200px"><div><img src="https://cdn.prod.website-files.example/close.png"
loading="lazy" alt="A checklist on a desk"></div><figcaption>${bCaption}</figcaption></figure>
<h2>${bHeadings[1] ?? ''}</h2>
<ol role="list">${lis(bList)}</ol>
<h2>${bHeadings[2] ?? ''}</h2>
${ps(bWrong.slice(0, 3))}
<blockquote>${bWrong[3] ?? ''}</blockquote>
</div><div class="share-wrap"><div class="share-label">Share this post</div><a fs-socialshare-element="linkedin" href="#"
class="share-link w-inline-block">LinkedIn</a>
<a fs-socialshare-element="copy" href="#" class="share-link w-inline-block">Copy link</a></div></div></section>
<section class="section-newsletter"><div class="w-container"><h2 class="heading-newsletter">Bookkeeping tips, once a month</h2><div class="w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get"><input class="text-field w-input" maxlength="256" name="email"
placeholder="Your email"
type="email" required=""><input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"
aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<section class="section-more-posts"><div class="w-container"><h2>More from the blog</h2><div class="w-dyn-list"><div role="list"
class="collection-list w-dyn-items">
${bMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/blog/${t.length}"
class="post-card w-inline-block"><h3 class="post-card-title">${t}</h3></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-links">${bFoot
  .map(
    (t) => `<a href="/${t.length}"
class="footer-link">${t}</a>`,
  )
  .join('\n')}</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.example/64a0b1c2/js/webflow.schunk.36b8fb49256177c8.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout347-webflow-saas-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bHeadings,
  body: texts([...bWhy, ...bList, ...bWrong]),
  bylines: ['Ruairi Pell', 'February 24, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav, 'Bookkeeping', bCaption, 'Share this post', 'LinkedIn', 'Copy link', 'Bookkeeping tips, once a month',
    'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', 'More from the blog', ...bMore, ...bFoot,
  ],
};

const qTitle = 'Take-home pay calculator 2026/27';
const qIntro = ['Enter your annual salary to see roughly what lands in your bank account each month after income tax, National Insurance and pension.'];
const qHeadings = ['How we work it out', 'What the calculator leaves out'];
const qHow = [
  j(
    'The calculator starts from your gross salary and takes off your pension contribution first, because most workplace schemes',
    'take it before tax. It then applies the personal allowance and the income tax bands below to what is left.',
  ),
];
const qRows = [
  ['Personal allowance', 'Up to £12,570', '0%'],
  ['Basic rate', '£12,571 to £50,270', '20%'],
  ['Higher rate', '£50,271 to £125,140', '40%'],
  ['Additional rate', 'Over £125,140', '45%'],
];
const qHow2 = [
  j(
    'National Insurance is worked out on your salary before pension, at 8% between the primary threshold and the upper earnings',
    'limit and 2% above it. If your income is over £100,000, the personal allowance is reduced by £1 for every £2 above that level.',
  ),
];
const qOut = ['The figure is an estimate. It does not take account of:'];
const qOutList = [
  'student loan or postgraduate loan repayments;',
  'salary sacrifice schemes other than pension, such as cycle-to-work;',
  'a tax code other than the standard one, for example if you have a company car or owe tax from an earlier year;',
  'the different income tax bands that apply to Scottish taxpayers.',
];
const qOut0 = [
  j(
    'Results are rounded to the nearest pound and spread evenly over twelve months. If you are paid weekly or every four weeks, your',
    'payslips will show slightly different amounts, but the total over the year should be close to the calculator’s figure.',
  ),
];
const qOut2 = ['Your payslip is the final word. If the two differ by more than a few pounds a month, check the tax code on your payslip first.'];
const qWidget = [
  'Annual salary (£)',
  'Pension contribution (%)',
  'Tax year',
  'Calculate',
  'Take-home per month',
  'Income tax due',
  'NI contributions',
  'Pension (yearly)',
];
const qNav = ['Calculators', 'Guides', 'Book a call', 'About'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,
initial-scale=1"><base href=""><meta charset="utf-8"><title>Take-home pay calculator 2026/27 — Fairwage Advisory</title>
<link rel="canonical" href="https://www.fairwage.example/take-home-pay-calculator"><meta property="og:site_name" content="Fairwage Advisory">
<meta itemprop="name" content="Take-home pay calculator 2026/27"><meta name="description" content="Work out your monthly take-home pay after tax,
NI and pension.">
<script type="text/javascript" src="//assets.squarespace.example/universal/scripts-compressed/extract-css-runtime-8a1e.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101",
"pageType":2,"website":{"siteTitle":"Fairwage Advisory"}};</script>
<script type="application/ld+json">{"url":"https://www.fairwage.example","name":"Fairwage Advisory","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/64c/1/5c5a/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-65b0f7" class="header-overlay-alignment-center tweak-social-icons-style-regular show-category-navigation primary-button-style-solid
form-field-style-solid collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text-inner">
<p>New: 2026/27 rates now included</p></div></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header"
data-current-styles='{"layout":"brandingCenter"}'>
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/"
data-animation-role="header-element">Fairwage Advisory</a>
</div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.length}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65b0f7a1c2d3">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium"
data-section-id="65b0f7a1c2d4"><div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-65b0f7a1c2d5">
<div class="fe-block fe-block-yui_3_17_2_1_1706105544212_4811"><div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2"
id="block-yui_3_17_2_1_1706105544212_4811"><div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${qTitle}</h1>
${ps(qIntro, ' class="sqsrte-large" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1706105544212_6120"><div class="sqs-block code-block sqs-block-code" data-block-type="23"
id="block-yui_3_17_2_1_1706105544212_6120"><div class="sqs-block-content"><div id="fw-calc" class="fw-calc">
<form class="fw-calc__form"><label for="fw-salary">${qWidget[0] ?? ''}</label><input id="fw-salary" type="number" value="38000">
<label for="fw-pension">${qWidget[1] ?? ''}</label><input id="fw-pension" type="number" value="5"><label for="fw-year">${qWidget[2] ?? ''}</label>
<select id="fw-year"><option>2026/27</option><option>2025/26</option></select><button type="button"
class="sqs-button-element--primary">${qWidget[3] ?? ''}</button></form>
<dl class="fw-calc__results"><dt>${qWidget[4] ?? ''}</dt><dd id="fw-net">£2,614</dd><dt>${qWidget[5] ?? ''}</dt><dd>£4,962</dd><dt>${qWidget[6] ?? ''}</dt>
<dd>£2,034</dd><dt>${qWidget[7] ?? ''}</dt><dd>£1,900</dd></dl></div>
<script>document.getElementById('fw-calc').addEventListener('click',function(e){if(e.target.tagName==='BUTTON'){window.fwCalc&&window.fwCalc();}});</script>
</div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section"
data-section-id="65b0f7a1c2d6"><div class="content-wrapper">
<div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-65b0f7a1c2d7"><div class="fe-block fe-block-yui_3_17_2_1_1706105544212_9032">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${qHeadings[0] ?? ''}</h2>
${ps(qHow, ' style="white-space:pre-wrap;"')}
<table><tbody><tr><th>Band</th><th>Taxable income</th><th>Rate</th></tr>
${rows(qRows)}
</tbody></table>
${ps(qHow2, ' style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${qHeadings[1] ?? ''}</h2>
${ps(qOut0, ' style="white-space:pre-wrap;"')}
${ps(qOut, ' style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${lis(qOutList)}</ul>
${ps(qOut2, ' style="white-space:pre-wrap;"')}
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1706105544212_9970"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Get the budget changes in your inbox</h2>
<form class="newsletter-form"><input type="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">Sign Up</button></form>
<p class="newsletter-form-footnote">We respect your privacy.</p></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section"
class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p>Fairwage Advisory Ltd · 14 Canal Wharf, Leeds · Regulated by the Association of Independent Payroll Advisers</p>
<p>Privacy Policy · Terms · Contact</p></div></div></div></div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience and to measure how the calculator is used.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer src="//assets.squarespace.example/universal/scripts-compressed/website.components.code-visitor-63e7.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout347-squarespace-fluid-engine-calculator-docs',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qHeadings,
  body: texts([...qIntro, ...qHow, ...rowTexts(qRows), ...qHow2, ...qOut0, ...qOut, ...qOutList, ...qOut2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New: 2026/27 rates now included', 'Fairwage Advisory', ...qNav, ...qWidget, '£2,614', '£4,962', '£2,034', '£1,900', 'Get the budget changes in your inbox',
    'Sign Up', 'We respect your privacy.', 'Fairwage Advisory Ltd · 14 Canal Wharf, Leeds · Regulated by the Association of Independent Payroll Advisers',
    'Privacy Policy · Terms · Contact', 'This website uses cookies to improve your experience and to measure how the calculator is used.', 'Accept all',
    'Decline all', 'Manage cookies',
  ],
};

export const HELDOUT347_F: readonly TestPage[] = [webflow, squarespace];
