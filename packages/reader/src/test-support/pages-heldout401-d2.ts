import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout401-kit.js';

/**
 * Held-out batch 401, file d2: a Mass.gov "how-to" page in the Mayflower design system (the flag banner, the header with the
 * mega menu and the "Log in to..." menu, the page banner with the "Offered by" line, the table of contents, the "What you
 * need", "Fees" and "How to request" sections, the contact sidebar, the "Did you find what you were looking for?" feedback
 * form and the footer).
 */
const mTitle = 'Register a vehicle you bought from a private seller';
const mIntro = [
  j(
    'If you bought a car, truck or motorcycle from someone who is not a dealer, you must register it and pay the sales tax within',
    '10 days of the sale. You cannot drive the vehicle on the old owner’s plates.',
  ),
];
const mNeed = [
  'the certificate of title, signed over to you by the seller',
  'a bill of sale showing the price, the date and both signatures',
  'an Application for Registration and Title (Form RMV-1), stamped by your insurance company',
  'proof of your identity and, if the vehicle is 10 or more years old, a completed odometer statement',
];
const mNote = [
  j(
    'If the title was lost, the seller must get a replacement title before selling the vehicle. We cannot register a private sale',
    'without the original or replacement title.',
  ),
];
const mFeeRows = [
  ['Passenger registration (2 years)', '$60'],
  ['Title', '$75'],
  ['Sales tax', '6.25% of the purchase price or the book value, whichever is higher'],
  ['Standard plates', '$20'],
];
const mHow = [
  j(
    'Make a reservation at a service center and bring all of your documents. You will get your plates, registration certificate and',
    'a sticker before you leave. Your title will be mailed to you within 6 to 8 weeks.',
  ),
  'Some transactions can be completed online if the vehicle is already titled in the state. You will need:',
];
const mOnline = ['the title number from the seller’s certificate of title', 'your license or ID number', 'a credit or debit card'];
const mNext = [
  'You must have the vehicle inspected within 7 days of registering it, at any licensed inspection station.',
  j(
    'If the vehicle fails inspection, you have 60 days to repair it and get one free re-test at the same station. If the seller did not',
    'tell you about a defect that causes the failure, you may be able to void the sale under the lemon aid law for used vehicles.',
  ),
];
const mHeadings = ['What you need', 'Fees', 'How to request', 'Next steps'];
const mToc = ['What you need', 'Fees', 'How to request', 'Next steps', 'Contact'];
const mMenu = ['Living', 'Working', 'Learning', 'Visiting & Exploring', 'Your Government'];
const mLogin = ['Log in to...', 'MyRMV', 'UI Online', 'MassTaxConnect'];
const mCrumbs = ['Home', 'Registry of Motor Vehicles', 'Vehicle registration'];
const mFoot = ['Site Policies', 'Public Records Requests', 'Accessibility', 'Language Access'];
const mHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${mTitle} | Mass.gov</title>
<meta name="description" content="Register and title a vehicle bought in a private sale, pay the sales tax and get plates.">
<meta name="mg_organization" content="registry-of-motor-vehicles"><meta name="mg_type" content="how-to">
<meta property="og:site_name" content="Mass.gov"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentService","name":"${mTitle}",
"serviceOperator":{"@type":"GovernmentOrganization","name":"Registry of Motor Vehicles"}}]}</script>
<link rel="stylesheet" href="/themes/custom/mass_theme/overrides/css/index-generated.css">
<script>window.dataLayer = window.dataLayer || [];dataLayer.push({"entityBundle":"how_to_page","entityId":"81274"});</script></head>
<body class="path-node node-type-how-to-page"><a class="ma__skip-link" href="#main-content">skip to main content</a>
<div class="ma__flag__container"><div class="ma__flag"><span class="ma__flag__label">An official website of the Commonwealth of Massachusetts</span>
<button class="ma__flag__button" aria-expanded="false">Here's how you know</button></div></div>
<header class="ma__header__hamburger" id="header"><div class="ma__header__hamburger__container"><div class="ma__header__hamburger__logo">
<a href="/" class="ma__site-logo"><img src="/themes/custom/mass_theme/images/stateseal.png" alt="Massachusetts State Seal"><span>Mass.gov</span></a></div>
<nav class="ma__header__hamburger__nav" aria-label="main navigation"><button class="ma__header__hamburger__menu-button">Menu</button>
<ul class="ma__main-nav__items">${links(mMenu, 'ma__main-nav__item')}</ul>
<div class="ma__header__hamburger__utility-nav"><ul>${links(mLogin, 'ma__utility-nav__item')}</ul></div></nav></div></header>
<main id="main-content" class="main-content main-content--two"><div class="ma__page-banner"><div class="ma__breadcrumbs"><ol class="ma__breadcrumbs__container">
${links(mCrumbs, 'ma__breadcrumbs__item')}</ol></div>
<div class="ma__page-header"><div class="ma__page-header__content"><span class="ma__page-header__category">How-to</span>
<h1 class="ma__page-header__title">${mTitle}</h1><div class="ma__page-header__optional-content"><div class="ma__page-header__publish-state">
<span class="ma__offered-by"><span class="ma__offered-by__label">Offered by</span> <a href="/orgs/registry-of-motor-vehicles"
class="ma__decorative-link">Registry of Motor Vehicles</a></span></div></div></div></div></div>
<div class="ma__toc--inline"><h2 class="ma__toc__title">Table of contents</h2><ul>${links(mToc, 'ma__toc__item')}</ul></div>
<div class="main-content--two"><div class="page-content"><div class="ma__rich-text js-ma-rich-text">${ps(mIntro)}</div>
<section class="ma__information-details"><h2 class="ma__comp-heading">${mHeadings[0] ?? ''}</h2><div
class="ma__rich-text"><ul>${lis(mNeed)}</ul>${ps(mNote)}</div>
<h2 class="ma__comp-heading">${mHeadings[1] ?? ''}</h2><div class="ma__rich-text"><table class="ma__table"><thead><tr><th>Fee</th><th>Amount</th></tr></thead>
<tbody>${rows(mFeeRows)}</tbody></table></div>
<h2 class="ma__comp-heading">${mHeadings[2] ?? ''}</h2><div class="ma__rich-text">${ps(mHow)}<ul>${lis(mOnline)}</ul>
<div class="ma__callout-link"><a href="https://myrmv.example/register">Register online with MyRMV</a></div></div>
<h2 class="ma__comp-heading">${mHeadings[3] ?? ''}</h2><div class="ma__rich-text">${ps(mNext)}</div></section></div>
<aside class="sidebar"><section class="ma__contact-list"><h2 class="ma__sidebar-heading">Contact</h2><div class="ma__contact-group">
<h3 class="ma__contact-group__name">Registry of Motor Vehicles Contact Center</h3><p class="ma__contact-group__item">(857) 555-0136</p>
<p class="ma__contact-group__item">Monday – Friday, 8:30 a.m. – 4:30 p.m.</p></div></section></aside></div>
<div class="ma__mass-feedback-form"><h2 class="ma__mass-feedback-form__heading">Help Us Improve Mass.gov with your feedback</h2>
<fieldset><legend>Did you find what you were looking for on this webpage?</legend><label><input type="radio" name="found" value="yes"> Yes</label>
<label><input type="radio" name="found" value="no"> No</label></fieldset><button class="ma__button" type="submit">Send Feedback</button></div></main>
<footer class="ma__footer-new" id="footer"><div class="ma__footer-new__container"><ul class="ma__footer-new__links">${links(mMenu)}</ul>
<ul class="ma__footer-new__links ma__footer-new__links--secondary">${links(mFoot)}</ul>
<p class="ma__footer-new__copyright">© 2026 Commonwealth of Massachusetts.</p>
<p class="ma__footer-new__copyright">Mass.gov® is a registered service mark of the Commonwealth of Massachusetts. <a href="/privacypolicy">Mass.gov Privacy
Policy</a></p></div></footer>
<script src="/themes/custom/mass_theme/overrides/js/index-generated.js"></script></body></html>`;
export const massRmv: TestPage = {
  name: 'heldout401-mass-gov-vehicle-registration',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mHeadings,
  body: texts([...mIntro, ...mNeed, ...mNote, ...mFeeRows.flat(), ...mHow, ...mOnline, ...mNext]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'skip to main content', 'An official website of the Commonwealth of Massachusetts', "Here's how you know", 'Mass.gov', 'Menu', ...mMenu, ...mLogin,
    ...mCrumbs, 'How-to', 'Offered by Registry of Motor Vehicles', 'Table of contents', 'Contact', 'Amount', 'Register online with MyRMV',
    'Registry of Motor Vehicles Contact Center', '(857) 555-0136', 'Monday – Friday, 8:30 a.m. – 4:30 p.m.', 'Help Us Improve Mass.gov with your feedback',
    'Did you find what you were looking for on this webpage?', 'Yes', 'Send Feedback', ...mFoot, '© 2026 Commonwealth of Massachusetts.',
    'Mass.gov® is a registered service mark of the Commonwealth of Massachusetts. Mass.gov Privacy Policy',
  ],
};
