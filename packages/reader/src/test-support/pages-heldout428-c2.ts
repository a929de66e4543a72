import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout428-kit.js';

/**
 * Held-out batch 428, file c2: a software company's glossary page built with WordPress and Elementor (theme-builder header
 * with nav-menu widget, hero heading and intro text widgets, A-Z jump buttons, one heading widget and one text-editor widget
 * per term, a call-to-action box, an icon-list of related guides, a Complianz cookie banner and the Elementor footer). The
 * terms are the article's headings; the definitions its body.
 */
const gTitle = 'Small Business Accounting Glossary';
const gIntro = [
  j(
    'Bookkeeping comes with its own vocabulary, and most of it is never explained to the people who actually run a small',
    'business. We put together this glossary from the questions our support team hears most often. Each entry is short on',
    'purpose: enough to follow a conversation with your accountant, with a pointer to the longer guide where we have one.',
  ),
];
const gTerms: readonly [string, string][] = [
  ['Accounts payable', 'Money your business owes to suppliers for goods or services it has already received but not yet paid for.'],
  ['Accounts receivable', 'Money your customers owe you for work you have invoiced. It is an asset, but only once it is actually collected.'],
  ['Accrual basis', 'A method that records income when it is earned and expenses when they are incurred, regardless of when cash changes hands.'],
  ['Balance sheet', 'A snapshot of what the business owns, what it owes and what is left for the owners on a single date.'],
  ['Cash basis', 'A method that records income and expenses only when money actually arrives or leaves the bank account.'],
  ['Chart of accounts', 'The numbered list of every category your transactions are sorted into, from rent to sales of each product line.'],
  ['Credit note', 'A document that cancels all or part of an invoice, for example after a return or a billing mistake.'],
  ['Depreciation', 'Spreading the cost of a long-lived asset, such as a van or a kiln, over the years in which it is used.'],
  ['Double-entry bookkeeping', 'Recording every transaction twice, as a debit in one account and a credit in another, so the books always balance.'],
  ['Gross margin', 'Sales minus the direct cost of the goods sold, shown as a share of sales. It tells you how much each sale leaves to cover overheads.'],
  ['Ledger', 'The complete record of transactions for each account. Modern software keeps it for you, but it is still what an auditor asks to see.'],
  ['Net terms', 'The number of days a customer has to pay an invoice. Net 30 means payment is due thirty days after the invoice date.'],
  ['Reconciliation', 'Checking your records against the bank statement line by line, so that missing or duplicated entries are caught early.'],
  ['Retained earnings', 'Profits kept in the business rather than paid out to the owners, added up over the life of the company.'],
  ['Trial balance', 'A list of every account with its debit or credit balance, used to check that total debits equal total credits before closing a period.'],
];
const gNav = ['Features', 'Pricing', 'Integrations', 'Resources', 'Log in'];
const gGuides = ['How to read a balance sheet', 'Cash vs. accrual: which should you choose?', 'A month-end close checklist'];
const gFoot = ['Product', 'Invoicing', 'Expenses', 'Payroll', 'Company', 'About us', 'Careers', 'Press', 'Legal', 'Privacy notice', 'Terms of service'];
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">
${inner}</div></div></div></section>`;
const w = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default"><div
class="elementor-widget-container">${inner}</div></div>`;
const gHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Small Business Accounting Glossary | Ledgerwise</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Plain-English definitions of the accounting terms small business owners meet most often.">
<meta property="og:type" content="article"><meta property="article:modified_time" content="2026-02-20T10:14:22+00:00">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://ledgerwise.example/glossary/",
"name":"Small Business Accounting Glossary |
Ledgerwise","dateModified":"2026-02-20T10:14:22+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",
"position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Glossary"}]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://ledgerwise.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4"
media="all">
<link rel="stylesheet" id="elementor-post-512-css" href="https://ledgerwise.example/wp-content/uploads/elementor/css/post-512.css?ver=1740045262" media="all">
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.27.4",
"post":{"id":512,"title":"Small%20Business%20Accounting%20Glossary"}};</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-512 elementor-default elementor-template-full-width elementor-page
elementor-page-512">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
${sec(
  '1c2d3e',
  `${w('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/ledgerwise-logo.svg" alt="Ledgerwise" width="160" height="32"></a>')}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-4b1"
class="elementor-nav-menu">${links(gNav, 'menu-item')}</ul></nav>`,
)}
${w(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/signup">
<span class="elementor-button-text">Start free trial</span></a>`,
)}`,
)}
</header>
<div data-elementor-type="wp-page" data-elementor-id="512" class="elementor elementor-512" id="content">
${sec(
  '5a6b7c',
  `${w('heading', `<h1 class="elementor-heading-title elementor-size-default">${gTitle}</h1>`)}
${w('text-editor', gIntro.map((p) => `<p>${p}</p>`).join(''))}
${w(
  'button',
  `<div class="elementor-button-wrapper az-jump">${['A', 'B', 'C', 'D', 'G', 'L', 'N', 'R', 'T']
    .map(
      (l) => `<a class="elementor-button"
href="#${l}">${l}</a>`,
    )
    .join(' ')}</div>`,
)}`,
)}
${sec(
  '7d8e9f',
  gTerms
    .map(
      (t) => `${w('heading', `<h3 class="elementor-heading-title elementor-size-default">${t[0]}</h3>`)}
${w('text-editor', `<p>${t[1]}</p>`)}`,
    )
    .join('\n'),
)}
${sec(
  'a1b2c3',
  `${w(
    'call-to-action',
    `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title">Let the software keep the ledger</h2>
<div class="elementor-cta__description">Ledgerwise reconciles your bank feed every night. Try it free for 30 days, no card needed.</div>
<a class="elementor-cta__button elementor-button" href="/signup">Start your free trial</a></div></div>`,
  )}
${w('heading', '<h4 class="elementor-heading-title">Related guides</h4>')}
${w('icon-list', `<ul class="elementor-icon-list-items">${links(gGuides, 'elementor-icon-list-item')}</ul>`)}`,
)}
</div>
<footer data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
${sec(
  'f0e1d2',
  `${w('icon-list', `<ul class="elementor-icon-list-items">${links(gFoot, 'elementor-icon-list-item')}</ul>`)}
${w('text-editor', '<p>© 2026 Ledgerwise Ltd. Registered in Tarrow, company no. 0918273.</p>')}`,
)}
</footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to keep you signed in and to understand how our site is used.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://ledgerwise.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.4" id="elementor-frontend-js"></script></body></html>`;
export const ledgerwise: TestPage = {
  name: 'heldout428-ledgerwise-elementor-glossary',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gTerms.map((t) => t[0]),
  body: texts([...gIntro, ...gTerms.map((t) => t[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gNav, 'Start free trial', 'Let the software keep the ledger',
    'Ledgerwise reconciles your bank feed every night. Try it free for 30 days, no card needed.', 'Start your free trial', 'Related guides', ...gGuides,
    ...gFoot, '© 2026 Ledgerwise Ltd. Registered in Tarrow, company no. 0918273.', 'Manage Consent',
    'We use cookies to keep you signed in and to understand how our site is used.', 'Accept', 'Deny', 'View preferences',
  ],
};
