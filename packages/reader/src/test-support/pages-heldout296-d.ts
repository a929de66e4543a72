import { ps, type TestPage, texts } from './page-kit.js';
import { wpBlog } from './pages-heldout296-d2.js';
import { j, lis } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file d: a mortgage calculator page built in Webflow (w-nav, w-layout-grid, w-form with range sliders,
 * a results panel, explanatory rich text in w-richtext, a CTA band, testimonial slider, footer, Finsweet cookie consent)
 * and, from file d2, a personal-finance blog on WordPress.
 */
const wTitle = 'Mortgage repayment calculator';
const wLead = 'Find out what your monthly repayments could be, and how much interest you would pay over the whole term.';
const wH = ['How this calculator works', 'Repayment or interest-only?', 'What the calculator does not include', 'Ways to lower your repayments'];
const wWorks = [
  j(
    'Enter the amount you want to borrow, the interest rate you have been offered and the length of the mortgage. The calculator',
    'assumes a repayment mortgage with the same rate for the whole term, and works out the monthly payment that clears the loan',
    'by the final month.',
  ),
  j(
    'In the early years most of each payment goes on interest. On a £200,000 loan at 4.5% over 25 years, about £750 of the first',
    'payment of £1,112 is interest; by the final year almost all of it reduces the balance.',
  ),
];
const wType = [
  j(
    'With an interest-only mortgage your monthly payments cover only the interest, so they are lower, but you still owe the full',
    'amount at the end of the term. Lenders will want to see a credible plan to repay it, such as investments or the sale of',
    'another property.',
  ),
  j(
    'Some borrowers split the loan, with part on repayment and part interest-only. If you choose that, run the calculator twice',
    'and add the two monthly figures together, and remember that the interest-only part will still be owed in full at the end.',
  ),
];
const wExcluded = ['Arrangement, valuation and legal fees', 'Changes to your rate when a fixed or tracker deal ends', 'Buildings and life insurance'];
const wLower = [
  'A bigger deposit usually unlocks a lower rate, because the lender takes less risk.',
  'A longer term reduces the monthly payment but increases the total interest you pay.',
  'Overpaying a little each month, where your deal allows it, shortens the term and cuts interest.',
];
const wDisclaimer = j(
  'Results are illustrations only and are not a mortgage offer. Your home may be repossessed if you do not keep up repayments',
  'on your mortgage.',
);
const wNav = ['Mortgages', 'Remortgage', 'First-time buyers', 'Calculators', 'Guides', 'Book a call'];
const wFoot = ['Company', 'About', 'Careers', 'Legal', 'Privacy', 'Complaints', 'Resources', 'Mortgage guides', 'Stamp duty calculator'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 14 2026 08:12:40 GMT+0000 -->
<html data-wf-domain="www.keystonehome.example" data-wf-page="65f1a2c7e4b0d91a3c2f7710" data-wf-site="65f1a2c7e4b0d91a3c2f76f2" lang="en">
<head><meta charset="utf-8"><title>Mortgage Repayment Calculator | Keystone Home Finance</title>
<meta content="Work out your monthly mortgage repayments and total interest." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65f1a2c7/css/keystone.webflow.shared.3a8e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebApplication","name":"${wTitle}",
"applicationCategory":"FinanceApplication"}</script>
</head><body class="body-calculator"><div data-animation="default" class="navbar w-nav" data-collapse="medium" role="banner">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="images/keystone-logo.svg" alt="Keystone"></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-calc"><div class="container w-container"><div class="breadcrumb-wrap">
<a href="/calculators" class="breadcrumb-link">Calculators</a>
<div class="breadcrumb-divider">/</div><div class="breadcrumb-current">Repayment calculator</div></div>
<h1 class="heading-calc">${wTitle}</h1><p class="paragraph-lead">${wLead}</p>
<div class="w-layout-grid grid-calc"><div class="calc-form-wrap w-form"><form id="wf-form-Mortgage-Calculator" name="wf-form-Mortgage-Calculator"
data-name="Mortgage Calculator" method="get" class="calc-form">
<label for="Loan-amount" class="field-label">Loan amount</label><input class="text-field w-input" maxlength="256" name="Loan-amount" value="200000"
id="Loan-amount" type="number"><input type="range" class="range-slider" min="25000" max="2000000" step="5000">
<label for="Rate" class="field-label">Interest rate (%)</label><input class="text-field w-input" name="Rate" value="4.5" id="Rate" type="number">
<label for="Term" class="field-label">Mortgage term (years)</label><input class="text-field w-input" name="Term" value="25" id="Term" type="number">
<label class="w-radio"><input type="radio" name="Type" value="repayment" class="w-form-formradioinput w-radio-input" checked>
<span class="w-form-label">Repayment</span></label><label class="w-radio"><input type="radio" name="Type" value="interest-only"
class="w-form-formradioinput w-radio-input"><span class="w-form-label">Interest only</span></label>
<input type="submit" data-wait="Please wait..." class="button-calc w-button" value="Calculate"></form>
<div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div>
<div class="calc-results" fs-calc-element="results"><div class="results-label">Your monthly repayment</div>
<div class="results-figure" fs-calc-element="monthly">£1,112</div><div class="results-row"><div>Total interest</div>
<div fs-calc-element="interest">£133,600</div></div><div class="results-row"><div>Total to repay</div><div fs-calc-element="total">£333,600</div></div>
<a href="/book-a-call" class="button-secondary w-button">Speak to a broker for free</a></div></div></div></section>
<section class="section-content"><div class="container-narrow w-container"><div class="rich-text-calc w-richtext">
<h2>${wH[0]}</h2>
${ps(wWorks)}
<h2>${wH[1]}</h2>
${ps(wType)}
<h2>${wH[2]}</h2>
<ul role="list">${lis(wExcluded)}</ul>
<h2>${wH[3]}</h2>
<ul role="list">${lis(wLower)}</ul>
<p><em>${wDisclaimer}</em></p>
<p class="updated-text">Page last reviewed: 14 April 2026</p></div></div></section>
<section class="section-cta"><div class="container w-container"><h2 class="heading-cta">Ready to find your mortgage?</h2>
<p class="paragraph-cta">Our advisers search over 90 lenders and charge no broker fee.</p><a href="/book-a-call" class="button w-button">Book a free call</a>
</div></section><section class="section-testimonials"><div data-delay="4000" class="slider w-slider"><div class="mask w-slider-mask">
<div class="slide w-slide"><p class="testimonial-text">“Made our first purchase so much less stressful.” Hollis and Ren, Bristol</p></div>
<div class="slide w-slide"><p class="testimonial-text">“Found us a rate we could not get on our own.” Agata W., Leeds</p></div></div>
<div class="w-slider-arrow-left"><div class="w-icon-slider-left"></div></div><div class="w-slider-nav w-round"></div></div></section>
<footer class="footer"><div class="w-layout-grid grid-footer">${wFoot.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('\n')}</div>
<p class="footer-legal">Keystone Home Finance Ltd is an appointed representative of Carden Mortgage Network Ltd, which is authorised and regulated by
the Financial Conduct Authority.</p><p class="footer-copyright">© 2026 Keystone Home Finance. All rights reserved.</p></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your
device to enhance site navigation and analyze site usage.</div><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button w-button">Deny</a><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f1a2c7/js/webflow.a1b2.js" type="text/javascript"></script></body></html>`;
const webflowCalc: TestPage = {
  name: 'heldout296-webflow-calculator-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([wLead, ...wWorks, ...wType, ...wExcluded, ...wLower]),
  bylines: ['Page last reviewed: 14 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Repayment calculator', 'Loan amount', 'Interest rate (%)', 'Mortgage term (years)', 'Repayment', 'Interest only',
    'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.', 'Your monthly repayment',
    'Total interest', '£133,600', 'Total to repay', '£333,600', 'Speak to a broker for free', 'Ready to find your mortgage?',
    'Our advisers search over 90 lenders and charge no broker fee.', 'Book a free call',
    '“Made our first purchase so much less stressful.” Hollis and Ren, Bristol', '“Found us a rate we could not get on our own.” Agata W., Leeds',
    ...wFoot, 'Keystone Home Finance Ltd is an appointed representative of Carden Mortgage Network Ltd',
    '© 2026 Keystone Home Finance. All rights reserved.', 'By clicking “Accept”, you agree to the storing of cookies on your device',
    'Accept', 'Deny', 'Preferences', wDisclaimer,
  ],
};

export const HELDOUT296_D: readonly TestPage[] = [webflowCalc, wpBlog];
