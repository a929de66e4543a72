import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 190, file c2: a Which? consumer rights advice page (the "Join Which?" / "Log in" header and menu,
 * breadcrumbs, the author and "Updated" line, the "On this page" list, the free template-letter tool card inside the advice,
 * the Which? Legal promo, the "Was this page helpful?" widget, "Related advice", the newsletter box, the OneTrust cookie
 * banner and the footer with the charity's registration text).
 */
const whTitle = 'Section 75: how to claim a refund from your credit card provider';
const whIntro = [
  'If something you paid for with a credit card goes wrong, the law says your card provider can be just as responsible as the ' +
    'seller. That is useful when a company has gone bust, will not reply or refuses to put things right.',
];
const whH1 = 'When Section 75 applies';
const whP1 = ['You can usually make a claim if all of the following are true:'];
const whList1 = [
  'You paid at least part of the cost with a credit card, even if it was only the deposit.',
  'The item or service cost more than £100 and no more than £30,000.',
  'You paid the seller directly, not through a third-party payment service.',
  'There has been a breach of contract or a misrepresentation, such as faulty goods or a service that was never provided.',
];
const whP2 = [
  'Debit cards, charge cards and buy now, pay later schemes are not covered by Section 75, but you may be able to use the ' + 'chargeback scheme instead.',
];
const whH2 = 'How to make a claim';
const whSteps = [
  'Contact the seller first and give them a chance to put things right. Keep copies of everything you send.',
  'If that does not work, write to your card provider. Explain what went wrong, what you paid and what you want back.',
  'Include your evidence: receipts, emails, photos and any reply from the seller.',
  'Give the provider a deadline of 14 days to acknowledge your claim.',
];
const whH3 = 'If your claim is rejected';
const whP3 = [
  'Card providers sometimes refuse claims they should pay, often by saying the seller is responsible instead. If you disagree, ' +
    'ask for a final response in writing. Once you have it, or if eight weeks pass without one, you can take your complaint to the ' +
    'Financial Ombudsman Service for free.',
  'Darius from Leicester paid a £450 deposit on his card for a kitchen fitter who disappeared. His bank first refused, but the ' +
    'ombudsman ruled in his favour and he got the full deposit back with interest.',
];
const whH4 = 'How long do you have?';
const whP4 = [
  'There is no Section 75 deadline as such, but claims generally fall under the Limitation Act, which gives you six years from ' +
    'the breach in England and Wales and five years in Scotland. The sooner you claim, the easier it is to find the evidence.',
];
const whNav = ['Reviews', 'News', 'Money', 'Consumer Rights', 'Policy and insight', 'Campaigns'];
const whCrumbs = ['Home', 'Consumer Rights', 'Advice'];
const whToc = [whH1, whH2, whH3, whH4];
const whTool = ['Make a Section 75 claim', 'Use our free template letter to write to your card provider.', 'Start your letter'];
const whLegal = ['Need more help?', 'Which? Legal can give you unlimited one-to-one advice from our expert lawyers.', 'Find out more about Which? Legal'];
const whHelpful = ['Was this page helpful?', 'Yes', 'No', 'Thanks for your feedback.'];
const whRelated = ['Chargeback: how to get your money back', 'Faulty goods: your rights', 'How to complain to the Financial Ombudsman'];
const whNews = ['Get the latest consumer rights news', 'Sign up for our free weekly newsletter.', 'Sign up'];
const whFoot = ['About Which?', 'Contact us', 'Careers', 'Privacy notice', 'Cookies', 'Terms and conditions', 'Accessibility'];
const whCharity = 'Which? is the business name of the Consumers’ Association, a registered charity and company limited by guarantee.';
const whCookie = [
  'We use cookies to give you the best experience. Some are essential; others help us understand how you use our site.',
  'Accept all cookies',
  'Cookie settings',
];
const whHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Section 75: how to claim a refund from your credit card provider - Which?</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Your rights when you paid by credit card.">
<meta property="og:site_name" content="Which?"><meta property="og:title" content="${whTitle}"><meta name="page-type" content="advice">
<link rel="canonical" href="https://www.which.co.uk/consumer-rights/advice/section-75-credit-card-claims"><link rel="stylesheet" href="/static/css/cr.1e7a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${whTitle}","dateModified":"2026-01-14",
"author":{"@type":"Person","name":"Harriet Moss"},"publisher":{"@type":"Organization","name":"Which?"}}</script>
<script>window.dataLayer=[{"pageType":"CR Advice","contentId":"cr-5521"}];</script></head>
<body><div id="app"><a class="sb-skip-link" href="#main-content">Skip to content</a>
<header class="gb-header" data-testid="gb-header"><a class="gb-header__logo" href="/" aria-label="Which? home"><svg></svg></a>
<nav class="gb-header__nav" aria-label="Primary"><ul>${links(whNav, 'gb-header__nav-item')}</ul></nav>
<div class="gb-header__account"><a class="gb-header__join" href="/join">Join Which?</a><a href="/login">Log in</a></div></header>
<main id="main-content" class="cr-advice"><nav class="sb-breadcrumbs" aria-label="Breadcrumb"><ol>${links(whCrumbs, 'sb-breadcrumbs__item')}</ol></nav>
<div class="cr-advice__grid"><article class="cr-advice__article"><h1 class="sb-typography--heading-large">${whTitle}</h1>
<div class="cr-advice__meta"><span class="cr-advice__author">Harriet Moss</span><span class="cr-advice__date">Updated: 14 Jan 2026</span></div>
<nav class="cr-advice__toc" aria-label="On this page"><h2 class="sb-typography--heading-small">On this page</h2>
<ul>${whToc.map((t, i) => `<li><a href="#s${i}">${t}</a></li>`).join('\n')}</ul></nav>
<div class="cr-advice__body rich-text">
${ps(whIntro)}
<h2 id="s0">${whH1}</h2>
${ps(whP1)}
<ul>${whList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(whP2)}
<div class="cr-tool-card" data-tool="section-75"><h3 class="cr-tool-card__title">${whTool[0]}</h3><p>${whTool[1]}</p>
<a class="sb-button" href="/consumer-rights/letter/section-75">${whTool[2]}</a></div>
<h2 id="s1">${whH2}</h2>
<ol>${whSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2 id="s2">${whH3}</h2>
${ps(whP3)}
<h2 id="s3">${whH4}</h2>
${ps(whP4)}
</div>
<div class="cr-feedback" data-testid="page-feedback"><h2>${whHelpful[0]}</h2><button>${whHelpful[1]}</button><button>${whHelpful[2]}</button>
<p class="cr-feedback__thanks" hidden>${whHelpful[3]}</p></div></article>
<aside class="cr-advice__aside"><div class="cr-legal-promo"><h2>${whLegal[0]}</h2><p>${whLegal[1]}</p><a href="/legal">${whLegal[2]}</a></div>
<section class="cr-related"><h2>Related advice</h2><ul>${links(whRelated)}</ul></section></aside></div>
<section class="gb-newsletter"><h2>${whNews[0]}</h2><p>${whNews[1]}</p><form><label for="nl">Email address</label><input id="nl" type="email">
<button>${whNews[2]}</button></form></section></main>
<footer class="gb-footer"><ul>${links(whFoot, 'gb-footer__item')}</ul><p class="gb-footer__legal">${whCharity}</p><p>© Which? 2026</p></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${whCookie[0]}</p>
<button id="onetrust-accept-btn-handler">${whCookie[1]}</button><button id="onetrust-pc-btn-handler">${whCookie[2]}</button></div>
<script src="/static/js/cr.4b0c.js" defer></script></body></html>`;
export const whichAdvice: TestPage = {
  html: whHtml,
  name: 'heldout190-which-docs',
  kind: 'docs',
  // the "On this page" list repeats the headings and is left out; the template-letter tool card inside the body, the
  // Which? Legal promo and the feedback widget are furniture
  title: whTitle,
  headings: [whH1, whH2, whH3, whH4],
  body: texts([...whIntro, ...whP1, ...whList1, ...whP2, ...whSteps, ...whP3, ...whP4]),
  bylines: ['Harriet Moss', 'Updated: 14 Jan 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...whNav, 'Join Which?', 'Log in', 'Home', 'Advice', 'On this page', ...whTool, ...whHelpful, ...whLegal,
    'Related advice', ...whRelated, ...whNews, 'Email address', ...whFoot, whCharity, '© Which? 2026', ...whCookie,
  ],
};
