import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 199, file a2: a Services Australia payment sub-page on its Drupal template (skip links, the top bar with
 * "Help in your language" and the myGov sign-in button, the main nav, search, breadcrumb, the "In this section" side menu of
 * the payment's other pages, the content with a "Tip" callout and an accordion, the "Read more" and "Page last updated"
 * lines, the "Was this page helpful?" widget with its hidden thanks text and comment form, the Acknowledgement of Country,
 * footer links and "Connect with us" social links).
 */
const saTitle = 'How to report your income for Remote Area Energy Payment';
const saIntro = [
  'You need to tell us about your income if you get Remote Area Energy Payment. We use it to work out your payment rate for each ' +
    'quarter. You must report your income by the 14th day of the month after each quarter ends.',
];
const saH1 = 'What income you need to report';
const saP1 = ['You need to report income for you and your partner, if you have one. This includes:'];
const saL1 = [
  'wages and salary before tax, including overtime and allowances',
  'income from a business, including a farm or a fishing operation',
  'rent you receive from an investment property',
  'payments from an overseas government',
];
const saP1b = ['You don’t need to report payments you get from us, such as Age Pension or Carer Payment. We already know about them.'];
const saTip = 'Tip: keep your payslips and business records for at least 6 months after you report. We may ask to see them.';
const saH2 = 'How to report online';
const saP2 = ['The quickest way to report is online through your Centrelink online account. To do this:'];
const saL2 = [
  'Sign in to your myGov account and select Centrelink.',
  'From the menu, select Payments and claims, then Remote Area Energy Payment.',
  'Select Report income and enter the amounts for the quarter.',
  'Check the summary and select Submit.',
];
const saP2b = ['You’ll get a receipt number when you finish. You can also report using the Express Plus Centrelink mobile app.'];
const saH3 = 'If you can’t report online';
const saP3 = [
  'You can call the Remote Area Energy line on 132 555 0187 to report by phone. The line is open Monday to Friday, 8 am to 5 pm ' +
    'local time. Our phone lines are busiest on Mondays and the first days of each quarter.',
  'If you live in a remote community, you can also report through an Agent or Access Point. Staff can help you use the self-service ' +
    'computer and phone there.',
];
const saH4 = 'If you report late or get it wrong';
const saP4 = [
  'If you don’t report on time, we may stop your payment until you do. You can still report after the due date, and we’ll pay you ' +
    'any amount you missed if you’re still eligible.',
  'If you realise you’ve reported the wrong amount, update it as soon as you can. If we’ve paid you too much, you may need to pay it back.',
];
const saAccTitle = 'Examples of income to report';
const saAcc = [
  'Mia works part time at the local store and her partner Ben runs a small cattle property. Mia reports her gross wages for the quarter. ' +
    'Ben reports his business income after allowable expenses.',
];
const saTop = ['Individuals', 'Businesses', 'Health professionals', 'Community groups'];
const saNav = ['Payments and services', 'Life events', 'Online services', 'Centrelink', 'Medicare', 'Child Support'];
const saCrumbs = ['Home', 'Centrelink', 'Remote Area Energy Payment', 'Manage your payment'];
const saSide = ['Who can get it', 'How much you can get', 'How to claim', 'Manage your payment', 'Reporting your income', 'Changes in circumstances'];
const saRead = 'Read more about reporting and updating your details with the Centrelink online account help.';
const saFeedback = ['Was this page helpful?', 'Thanks for your feedback.', 'Why wasn’t this page helpful?', 'Do not include personal information.'];
const saAck =
  'Services Australia acknowledges the Traditional Custodians of the lands we live on. We pay our respects to all Elders, past and ' +
  'present, of all Aboriginal and Torres Strait Islander nations.';
const saFoot = ['About us', 'Accessibility', 'Copyright', 'Disclaimer', 'Privacy', 'Site map', 'Freedom of information', 'Careers'];
const saSocial = ['Facebook', 'YouTube', 'LinkedIn', 'Instagram'];
const saHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="How and when to report your income if you get Remote Area Energy Payment.">
<link rel="canonical" href="https://www.servicesaustralia.gov.au/how-to-report-your-income-for-remote-area-energy-payment">
<meta property="og:site_name" content="Services Australia"><meta property="og:title" content="${saTitle}">
<meta name="dcterms.modified" content="2025-10-14"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${saTitle} - Remote Area Energy Payment - Services Australia</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentOrganization","name":"Services Australia",
"url":"https://www.servicesaustralia.gov.au"},{"@type":"WebPage","name":"${saTitle}","dateModified":"2025-10-14"}]}</script>
<link rel="stylesheet" media="all" href="/themes/custom/sa/dist/css/main.css?t3k9wz">
<script>window.dataLayer = window.dataLayer || [];window.dataLayer.push({"pageType":"content","contentGroup":"Centrelink"});</script>
<script src="https://www.googletagmanager.example/gtm.js?id=GTM-5GX8P2" async></script></head>
<body class="path-node page-node-type-content-page"><a href="#main-content" class="skip-link visually-hidden focusable">Skip to main content</a>
<a href="#main-nav" class="skip-link visually-hidden focusable">Skip to main navigation</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="header" role="banner"><div class="header__top container">
<nav class="header__audience" aria-label="Audience"><ul class="audience-nav">${links(saTop, 'audience-nav__item')}</ul></nav>
<ul class="header__utility"><li><a href="/help-your-language" class="header__utility-link">Help in your language</a></li>
<li><a href="/contact-us" class="header__utility-link">Contact us</a></li></ul>
<a class="header__mygov btn btn--primary" href="https://my.gov.au/"><span class="visually-hidden">Sign in to </span>myGov</a></div>
<div class="header__main container"><a href="/" rel="home" class="header__logo"><img src="/themes/custom/sa/logo.svg"
alt="Australian Government Services Australia" width="300" height="62"></a>
<form class="header__search" action="/search" method="get" role="search"><label for="edit-search" class="visually-hidden">Search this site</label>
<input type="search" id="edit-search" name="query" placeholder="Search" class="form-search"><button type="submit" class="header__search-submit">
<span class="visually-hidden">Submit search</span></button></form>
<button class="header__menu-toggle" aria-controls="main-nav" aria-expanded="false">Menu</button></div>
<nav id="main-nav" class="main-nav" aria-label="Main"><ul class="main-nav__list container">${links(saNav, 'main-nav__item')}</ul></nav></header>
<div class="breadcrumb-wrapper container"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">
Breadcrumb</h2><ol>${links(saCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main role="main" id="main-content" tabindex="-1"><div class="layout container"><aside class="layout__sidebar" role="complementary">
<nav class="section-nav" aria-labelledby="section-nav-title"><h2 id="section-nav-title" class="section-nav__title">In this section</h2>
<p class="section-nav__parent"><a href="/remote-area-energy-payment">Remote Area Energy Payment</a></p>
<ul class="section-nav__menu">${links(saSide, 'section-nav__item')}</ul></nav></aside>
<div class="layout__content"><div class="page-title"><h1 class="page-title__heading"><span class="field field--name-title">${saTitle}</span></h1></div>
<article role="article" class="node node--type-content-page node--view-mode-full"><div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<div class="page-intro">${ps(saIntro)}</div><h2>${saH1}</h2>${ps(saP1)}<ul>${saL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(saP1b)}
<div class="callout callout--tip"><p>${saTip}</p></div>
<div class="accordion" data-accordion><h3 class="accordion__heading"><button class="accordion__trigger" aria-expanded="false" aria-controls="acc-1">
${saAccTitle}</button></h3><div class="accordion__panel" id="acc-1" hidden>${ps(saAcc)}</div></div>
<h2>${saH2}</h2>${ps(saP2)}<ol>${saL2.map((t) => `<li>${t}</li>`).join('\n')}</ol>${ps(saP2b)}
<h2>${saH3}</h2>${ps(saP3)}<h2>${saH4}</h2>${ps(saP4)}</div>
<div class="read-more"><p><span class="read-more__label">Read more</span> <a href="/centrelink-online-account-help">${saRead}</a></p></div>
</div></article>
<div class="page-meta"><p class="page-meta__updated">Page last updated: <time datetime="2025-10-14T11:02:00+11:00">14 October 2025</time></p></div>
<section class="feedback" aria-labelledby="feedback-title"><h2 id="feedback-title" class="feedback__title">${saFeedback[0]}</h2>
<div class="feedback__buttons"><button class="btn btn--secondary" data-feedback="yes">Yes</button>
<button class="btn btn--secondary" data-feedback="no">No</button>
</div><div class="feedback__thanks" hidden><p>${saFeedback[1]}</p></div><form class="feedback__form" hidden>
<label for="feedback-comment">${saFeedback[2]}</label>
<p class="form-item__description">${saFeedback[3]}</p><textarea id="feedback-comment" maxlength="500"></textarea>
<button type="submit" class="btn btn--primary">Send feedback</button></form></section></div></div></main>
<footer class="footer" role="contentinfo"><div class="footer__ack container">
<img src="/themes/custom/sa/flags.svg" alt="Aboriginal and Torres Strait Islander flags">
<p>${saAck}</p></div><div class="footer__main container"><nav aria-label="Footer"><ul class="footer__links">${links(saFoot, 'footer__item')}</ul></nav>
<div class="footer__social"><h2 class="footer__social-title">Connect with us</h2><ul>${links(saSocial, 'footer__social-item')}</ul></div>
<p class="footer__copyright">© Services Australia</p></div></footer></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/themes/custom/sa/dist/js/main.js?t3k9wz"></script></body></html>`;
export const servicesAustralia: TestPage = {
  html: saHtml,
  name: 'heldout199-services-australia-payment-page',
  kind: 'docs',
  // the intro, the tip callout and the accordion (its button title and hidden panel) are body; the "Read more" line, the
  // section menu, breadcrumb, feedback widget and footer are furniture; "Page last updated" with its date is a byline
  title: saTitle,
  headings: [saH1, saH2, saH3, saH4],
  body: texts([...saIntro, ...saP1, ...saL1, ...saP1b, saTip, saAccTitle, ...saAcc, ...saP2, ...saL2, ...saP2b, ...saP3, ...saP4]),
  bylines: ['Page last updated: 14 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to main navigation', ...saTop, 'Help in your language', 'Contact us', 'Sign in to myGov', 'Search this site',
    'Submit search', 'Menu', ...saNav.filter((t) => t !== 'Centrelink'), 'Breadcrumb', 'Home', 'In this section',
    ...saSide.filter((t) => t !== 'Manage your payment'), 'Read more', saRead, ...saFeedback, 'Yes', 'No', 'Send feedback', saAck, ...saFoot,
    'Connect with us', ...saSocial, '© Services Australia',
  ],
};
