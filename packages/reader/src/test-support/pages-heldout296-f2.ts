import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file f2: a consumer-rights charity's money guide in the Citizens Advice design system style (cads-
 * classes: emergency banner, header with search and language switch, breadcrumbs, on-page navigation, cads-callout
 * "Important" box, a letter template in a cads-card, "Was this advice helpful?" feedback, "Page last reviewed" line,
 * "Get more help" contact aside, donate band and footer).
 */
const cTitle = 'If a company has taken money from your account without permission';
const cLead = j(
  'If a business has taken a payment from your bank account that you did not agree to, you can usually get the money back.',
  'How you do this depends on how the money was taken.',
);
const cH = ['Check how the payment was taken', 'If it was a Direct Debit', 'If it was a continuous payment authority', 'If your bank says no'];
const cCheck = ['Look at your bank statement. It will show the name of the business and usually the type of payment.'];
const cTypes = [
  '<strong>Direct Debit</strong>: the business asks your bank for the money on a date you agreed.',
  '<strong>Continuous payment authority</strong>: a regular card payment, often used by gyms, subscription services and payday lenders.',
  '<strong>Standing order</strong>: you told your bank to pay a fixed amount, so the business cannot change it.',
];
const cDd = [
  j(
    'You are protected by the Direct Debit Guarantee. If the amount or date was wrong, or the business took money after you',
    'cancelled, contact your bank and ask for an immediate refund. You do not need to contact the business first.',
  ),
  'The bank should refund you straight away. If the business thinks the refund was wrong, it has to take that up with you, not the bank.',
];
const cImportant = j(
  'Cancelling a Direct Debit does not cancel your contract. You might still owe the business money, so check your',
  'agreement before you stop paying.',
);
const cCpa = [
  j(
    'You can cancel a continuous payment authority by telling your bank. The bank must stop the payments if you ask, even if the',
    'business tells them not to. If money was taken after you cancelled, the bank should refund it.',
  ),
  'It helps to write to the business as well. You can copy this text into an email or letter:',
];
const cLetter = j(
  'I am writing to tell you that I have cancelled the continuous payment authority on my card ending 1234. Please do not',
  'take any further payments. I have also told my bank.',
);
const cNo = [
  'Ask the bank to explain its decision in writing, and ask for a copy of its complaints procedure.',
  'Make a complaint to the bank. It has 8 weeks to give you a final response.',
  'If you are not happy with the response, you can take your complaint to the Financial Ombudsman Service for free.',
];
const cNav = ['Benefits', 'Work', 'Debt and money', 'Consumer', 'Housing', 'Family', 'Law and courts', 'Immigration', 'Health'];
const cFoot = ['About us', 'Volunteer', 'Jobs', 'Accessibility', 'Privacy and cookies', 'Cymraeg'];
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${cTitle} - Fairpay Advice</title>
<meta name="description" content="Find out how to get money back if a company took a payment without your permission.">
<meta property="og:site_name" content="Fairpay Advice"><link rel="stylesheet" href="/dist/cads-main.6d2f.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${cTitle}","lastReviewed":"2026-01-12",
"publisher":{"@type":"Organization","name":"Fairpay Advice"}}</script>
<script>window.dataLayer=[{"pageCategory":"consumer","contentType":"advice"}];</script></head>
<body><div class="cads-emergency-banner" role="region" aria-label="Emergency banner"><p>Worried about paying your energy bills? <a href="/energy">Get help
with energy costs</a></p></div>
<a class="cads-skip-link" href="#cads-main-content">Skip to main content</a>
<header class="cads-header"><div class="cads-header__logo"><a href="/" class="cads-logo">Fairpay Advice</a></div><div class="cads-header__search">
<form role="search"><label for="search" class="cads-visually-hidden">Search through site content</label><input id="search" class="cads-search__input">
<button class="cads-search__button">Search</button></form></div><ul class="cads-header__links"><li><a href="/cy">Cymraeg</a></li>
<li><a href="/about-us/contact-us">Contact us</a></li></ul></header>
<nav class="cads-navigation" aria-label="Main"><ul>${links(cNav, 'cads-navigation__list-item')}</ul></nav>
<nav class="cads-breadcrumbs" aria-label="Breadcrumb"><ol class="cads-breadcrumbs__list"><li class="cads-breadcrumbs__crumb"><a href="/">Home</a></li>
<li class="cads-breadcrumbs__crumb"><a href="/consumer">Consumer</a></li><li class="cads-breadcrumbs__crumb"><a href="/consumer/banking">Banking and
payments</a></li></ol></nav>
<main id="cads-main-content" class="cads-grid-container"><div class="cads-grid-row"><div class="cads-grid-col-md-8">
<h1 class="cads-page-title">${cTitle}</h1>
<p class="cads-body-lead">${cLead}</p>
<nav class="cads-on-this-page" aria-label="On this page"><h2 class="cads-on-this-page__title">On this page</h2><ul>${links(cH)}</ul></nav>
<div class="cads-prose">
<h2 id="check">${cH[0]}</h2>
${ps(cCheck)}
<ul>${lis(cTypes)}</ul>
<h2 id="direct-debit">${cH[1]}</h2>
${ps(cDd)}
<section class="cads-callout cads-callout--important"><span class="cads-callout__label">Important</span>${ps([cImportant])}</section>
<h2 id="cpa">${cH[2]}</h2>
${ps(cCpa)}
<div class="cads-card cads-card--letter"><p>${cLetter}</p><button class="cads-button cads-button--secondary">Copy text</button></div>
<h2 id="bank-says-no">${cH[3]}</h2>
<ol>${lis(cNo)}</ol>
</div>
<div class="cads-page-review">Page last reviewed on 12 January 2026</div>
<div class="cads-helpful" data-testid="was-this-helpful"><h2>Was this advice helpful?</h2><button class="cads-button">Yes</button>
<button class="cads-button">No</button></div></div>
<aside class="cads-grid-col-md-4"><div class="cads-related"><h2>Get more help</h2><p>Talk to an adviser on 0800 144 8848. Lines are open Monday to Friday,
9am to 5pm.</p><ul>${links(['Chat online', 'Find your local office'])}</ul></div>
<div class="cads-related"><h2>Related advice</h2><ul>${links(['Stop a payday lender taking money', 'Cancel a gym membership', 'Get a refund for a scam'])}
</ul></div></aside></div></main>
<section class="cads-donate-band"><h2>We rely on donations</h2><p>A gift of £10 could help someone get their money back.</p><a href="/donate"
class="cads-button">Donate now</a></section>
<footer class="cads-footer"><ul>${links(cFoot)}</ul><p>Fairpay Advice is an operating name of The Fairpay Trust. Registered charity number 1201847.</p>
</footer><div class="cads-cookie-banner" role="region" aria-label="Cookies"><p>We'd like to use cookies to understand how you use our website.</p>
<button class="cads-button">Accept all cookies</button><button class="cads-button cads-button--secondary">Reject optional cookies</button></div>
<script src="/dist/cads-main.6d2f.js"></script></body></html>`;

export const charityGuide: TestPage = {
  name: 'heldout296-citizens-advice-style-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([cLead, ...cCheck, ...cTypes, ...cDd, cImportant, ...cCpa, cLetter, ...cNo]),
  bylines: ['Page last reviewed on 12 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Worried about paying your energy bills?', 'Get help with energy costs', 'Skip to main content', 'Fairpay Advice', 'Search', 'Contact us',
    ...cNav, 'Home', 'Banking and payments', 'On this page', 'Important', 'Copy text', 'Was this advice helpful?', 'Get more help',
    'Talk to an adviser on 0800 144 8848.', 'Chat online', 'Find your local office', 'Related advice', 'Stop a payday lender taking money',
    'Cancel a gym membership', 'Get a refund for a scam', 'We rely on donations', 'A gift of £10 could help someone get their money back.',
    'Donate now', ...cFoot, 'Fairpay Advice is an operating name of The Fairpay Trust.', "We'd like to use cookies to understand how you use our website.",
    'Accept all cookies', 'Reject optional cookies',
  ],
};
