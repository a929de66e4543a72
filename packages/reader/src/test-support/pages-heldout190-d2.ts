import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 190, file d2: an Investor.gov investor alert on the SEC's Drupal site with USWDS components (the
 * "official website" banner and its collapsed "Here's how you know" panel, the header with the search form and the
 * "Check Out Your Investment Professional" link, the mega menu, breadcrumbs, the date line, the alert with its tips list and
 * "Additional Resources" list, the staff disclaimer, a "Report fraud" callout, the related-articles sidebar, the GovDelivery
 * sign-up, "Return to top" and the agency footer).
 */
const igTitle = 'Investor Alert: “Investment Club” Scams on Messaging Apps';
const igP1 = [
  'The SEC’s Office of Investor Education and Advocacy is warning investors about fraudsters who invite people into group chats ' +
    'that claim to be exclusive investment clubs. The groups often use the names and photos of real financial professionals, ' +
    'and they may run for weeks before asking members for money.',
  'Once you are in the group, the organizers share “winning” trades and screenshots of large profits posted by other members, ' +
    'many of whom may be part of the scheme. Eventually you are encouraged to open an account on a trading platform or app the ' +
    'group recommends. The platform may show your balance growing quickly. When you try to withdraw, you are told to pay fees ' +
    'or taxes first, and the money never arrives.',
];
const igH1 = 'Warning signs';
const igP2 = ['Be cautious if anyone in an online group:'];
const igList1 = [
  'Contacts you unexpectedly and invites you to a private chat about investing.',
  'Claims to be a well-known investor, adviser or professor but will not speak by phone or video.',
  'Promises guaranteed returns or says you cannot lose money.',
  'Asks you to download an app or use a trading website you have never heard of.',
  'Says you must pay a fee, tax or “unlock charge” before you can withdraw your own money.',
];
const igH2 = 'How to protect yourself';
const igP3 = [
  'Before you invest, check the background of anyone offering investment advice or selling investments by using the search ' +
    'tool on Investor.gov. Confirm that any trading platform is operated by a registered broker-dealer. A professional-looking ' +
    'website or app is not proof that a business is legitimate.',
  'Never send money to someone you have met only online, and be especially wary of requests to pay in crypto assets, gift cards ' +
    'or by wire transfer to an individual. If you think you have been targeted, stop sending money and report it.',
];
const igH3 = 'Additional Resources';
const igList2 = [
  'Investor Alert: Social Media and Investment Fraud',
  'Investor Bulletin: Relationship Investment Scams',
  'Investor Alert: Watch Out for Fraudulent Digital Asset Trading Platforms',
];
const igStaff =
  'This investor alert represents the views of the staff of the Office of Investor Education and Advocacy. It is not a rule, ' +
  'regulation, or statement of the Securities and Exchange Commission.';
const igBanner = [
  'An official website of the United States government',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
];
const igNav = ['Introduction to Investing', 'Financial Tools', 'Protect Your Investments', 'Research Before You Invest', 'Additional Resources'];
const igCrumbs = ['Home', 'Protect Your Investments', 'Investor Alerts and Bulletins'];
const igReport = ['Report possible securities fraud to the SEC.', 'Submit a tip'];
const igSide = ['Related Articles', 'Avoiding Fraud', 'Types of Fraud', 'Investor Alerts and Bulletins'];
const igSub = ['Sign up to receive investor alerts and bulletins by email.', 'Email Address', 'Subscribe'];
const igFoot = ['About Investor.gov', 'Contact Us', 'Privacy Policy', 'Site Map', 'Accessibility', 'FOIA', 'No FEAR Act', 'USA.gov'];
const igFootAddr = 'Office of Investor Education and Advocacy, 100 F Street NE, Washington, DC 20549-0213';
const igHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Investor Alert: “Investment Club” Scams on Messaging Apps | Investor.gov</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="description" content="Fraudsters are inviting people into fake investment clubs on messaging apps.">
<meta property="og:site_name" content="Investor.gov">
<link rel="canonical" href="https://www.investor.gov/introduction-investing/general-resources/news-alerts/alerts-bulletins/investor-alerts/club-scams">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm1yT8.css">
<script async src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=SEC" id="_fed_an_ua_tag"></script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-auto"><img class="usa-banner__header-flag" src="/themes/custom/investor/us_flag_small.png" alt=""></div>
<div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">${igBanner[0]}</p>
<p class="usa-banner__header-action">${igBanner[1]}</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"
aria-controls="gov-banner-default"><span class="usa-banner__button-text">${igBanner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg">
<div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>${igBanner[2]}</strong><br>${igBanner[3]}</p></div></div>
<div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>${igBanner[4]}</strong><br>${igBanner[5]}</p></div></div>
</div></div></div></section>
<header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo"><a href="/" title="Home">
<em class="usa-logo__text">Investor.gov</em></a><span class="usa-logo__sub">U.S. Securities and Exchange Commission</span></div>
<button type="button" class="usa-menu-btn">Menu</button></div><nav aria-label="Primary navigation" class="usa-nav"><ul class="usa-nav__primary usa-accordion">
${links(igNav, 'usa-nav__primary-item')}</ul><div class="usa-nav__secondary"><a class="check-pro" href="/check-out-your-investment-professional">Check Out Your
Investment Professional</a><form class="usa-search usa-search--small" role="search"><label class="usa-sr-only" for="search-field">Search</label>
<input class="usa-input" id="search-field" type="search"><button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button></form></div>
</nav></header>
<main class="main-content usa-layout-docs" role="main" id="main-content"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs">
<ol class="usa-breadcrumb__list">${links(igCrumbs, 'usa-breadcrumb__list-item')}</ol></nav><div class="grid-row grid-gap">
<div class="usa-layout-docs__main desktop:grid-col-9"><div class="region region-content"><article role="article" class="node node--type-article">
<h1 class="page-title"><span class="field field--name-title">${igTitle}</span></h1>
<div class="field field--name-field-date"><span class="label">Date:</span> <time datetime="2026-01-09T12:00:00Z">Jan. 9, 2026</time></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(igP1)}
<h3>${igH1}</h3>
${ps(igP2)}
<ul>${igList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${igH2}</h3>
${ps(igP3)}
<div class="usa-alert usa-alert--info usa-alert--slim"><div class="usa-alert__body"><p class="usa-alert__text">${igReport[0]}
<a href="https://www.sec.gov/tcr">${igReport[1]}</a></p></div></div>
<h3>${igH3}</h3>
<ul>${links(igList2)}</ul>
<p><em>${igStaff}</em></p>
</div></article></div></div>
<aside class="usa-layout-docs__sidenav desktop:grid-col-3"><nav aria-label="Secondary navigation"><h2 class="sidenav-title">${igSide[0]}</h2>
<ul class="usa-sidenav">${links(igSide.slice(1), 'usa-sidenav__item')}</ul></nav>
<div class="govdelivery-signup"><p>${igSub[0]}</p><form action="https://public.govdelivery.example/accounts/USSEC/subscribers/qualify">
<label for="gd-email">${igSub[1]}</label><input id="gd-email" type="email"><button class="usa-button">${igSub[2]}</button></form></div></aside></div></div>
<div class="grid-container"><a class="usa-footer__return-to-top" href="#">Return to top</a></div></main>
<footer class="usa-footer usa-footer--medium" role="contentinfo"><nav class="usa-footer__nav" aria-label="Footer navigation">
<ul class="grid-row grid-gap">${links(igFoot, 'usa-footer__primary-content')}</ul></nav><div class="usa-footer__secondary-section">
<p class="usa-footer__contact-heading">${igFootAddr}</p></div></footer>
<script src="/themes/custom/investor/dist/js/uswds.min.js?v=3.8.0"></script></body></html>`;
export const investorAlert: TestPage = {
  html: igHtml,
  name: 'heldout190-investorgov-docs',
  kind: 'docs',
  // "Additional Resources" and its links close the alert itself (heading and body); the staff disclaimer under it is in
  // neither list; the "Report possible securities fraud" callout inside the body is furniture; the "Additional Resources" menu
  // item is left out (it is the text of a heading)
  title: igTitle,
  headings: [igH1, igH2, igH3],
  body: texts([...igP1, ...igP2, ...igList1, ...igP3, ...igList2]),
  bylines: ['Date: Jan. 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...igBanner, 'Investor.gov', 'U.S. Securities and Exchange Commission', 'Menu', ...igNav.filter((t) => t !== igH3),
    'Check Out Your Investment Professional', 'Search', 'Home', 'Investor Alerts and Bulletins', ...igReport, ...igSide.slice(0, 3),
    ...igSub, 'Return to top', ...igFoot, igFootAddr,
  ],
};
