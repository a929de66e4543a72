import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout347-kit.js';

/**
 * Held-out batch 347, file a: an HMRC internal manual page on GOV.UK (cookie banner, super navigation header, breadcrumbs,
 * manual header with "From" / "Published" / "Updated", manual search, previous / next links, "Is this page useful?" and
 * the GOV.UK footer) and an IRS publication chapter on IRS.gov (USWDS official-site banner, mega menu, a rate table,
 * "Page Last Reviewed or Updated", the "Other Items You May Find Useful" sidebar and the footer).
 */
const gTitle = 'STR31420 - Qualifying expenditure: tools and equipment bought before trading starts';
const gHeadings = ['Expenditure before the trade begins', 'Examples'];
const gIntro = [
  j(
    'This page explains how the pre-trading rule in section 57B applies to tools and small equipment bought by a sole trader',
    'who claims Small Traders Relief. Read it together with STR31400, which sets out the general conditions for the relief.',
  ),
  j(
    'Caseworkers should note that the rule is about timing only. It does not widen the kind of expenditure that qualifies,',
    'and an item that would not qualify if bought on the first day of trading does not qualify because it was bought earlier.',
  ),
];
const gPre = [
  j(
    'Expenditure incurred in the seven years before the trade begins is treated as incurred on the first day of trading, provided',
    'that it would have been allowable if it had been incurred at that time. The trader does not need to make a separate election.',
  ),
  'The following conditions must all be met:',
];
const gList = [
  'the item was bought for the purposes of the trade that was later started, and not for private use;',
  'the trader still owns the item on the first day of trading;',
  'no relief has already been given for the same expenditure against other income; and',
  'the total pre-trading expenditure claimed under this rule does not exceed £6,000.',
];
const gPre2 = [
  j(
    'Where an item was used privately before the trade began, only the proportion that reflects business use from the first day',
    'of trading is allowable. See STR31460 for the apportionment method and the records the trader is expected to keep.',
  ),
];
const gEx = [
  j(
    'Ms Ferrow buys a set of joinery clamps and a bench saw for £1,840 in May, intending to start a furniture repair business.',
    'She starts trading in the following January. The £1,840 is treated as spent on her first day of trading and is allowable.',
  ),
  j(
    'Mr Adeyemi-Hart buys a laptop for £950 two years before starting a bookkeeping practice and uses it for his studies in the',
    'meantime. He estimates business use from the start date at 70%. He may claim £665, and the private element is disallowed.',
  ),
];
const gCrumbs = ['Home', 'Money', 'Business tax', 'Small Traders Relief Manual', 'STR31000'];
const gFoot = [
  'Help',
  'Privacy',
  'Cookies',
  'Accessibility statement',
  'Contact',
  'Terms and conditions',
  'Rhestr o Wasanaethau Cymraeg',
  'Government Digital Service',
];
const gTopics = ['Benefits', 'Births, death, marriages and care', 'Business and self-employed', 'Childcare and parenting', 'Citizenship and living in the UK'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${gTitle} - HMRC internal manual - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#0b0c0c">
<link rel="canonical" href="https://www.gov.uk/hmrc-internal-manuals/small-traders-relief-manual/str31420">
<meta name="govuk:format" content="hmrc_manual_section"><meta name="govuk:schema-name" content="hmrc_manual_section">
<meta name="govuk:primary-publishing-organisation" content="HM Revenue &amp; Customs"><meta property="og:site_name" content="GOV.UK">
<meta name="description" content="How the pre-trading rule applies to tools and equipment bought before a trade starts.">
<link rel="stylesheet" href="/assets/static/application-4f1c9e.css"><script type="application/ld+json">{"@context":"http://schema.org",
"@type":"Article","headline":"${gTitle}","datePublished":"2016-03-12T00:00:00+00:00","dateModified":"2026-02-04T09:30:12+00:00",
"publisher":{"@type":"Organization","name":"GOV.UK"},"author":{"@type":"Organization","name":"HM Revenue & Customs"}}</script></head>
<body class="govuk-template__body gem-c-layout-for-public"><script>document.body.className += ' js-enabled' +
('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region"
aria-label="Cookies on GOV.UK"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
<p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#content" class="gem-c-skip-link govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="gem-header" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container">
<a class="govuk-header__link govuk-header__link--homepage" href="/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" aria-controls="super-navigation-menu">Menu</button>
<div id="super-navigation-menu" hidden><ul class="gem-c-layout-super-navigation-header__navigation-second-items">${links(
  gTopics,
  'govuk-!-margin-bottom-1',
)}</ul></div>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" aria-controls="super-search-menu">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="gem-track-click">
<ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="content" class="manuals-frontend-body" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="manual-header"><span class="govuk-caption-l">HMRC internal manual</span>
<div class="gem-c-title govuk-!-margin-top-8 govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-title__context">Small Traders Relief Manual</span>
<h1 class="gem-c-title__text govuk-heading-l">${gTitle}</h1></div>
<div class="gem-c-metadata" data-module="metadata"><dl><dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a href="/government/organisations/hm-revenue-customs" class="govuk-link">HM Revenue &amp; Customs</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 March 2016</dd>
<dt class="gem-c-metadata__term">Updated</dt><dd class="gem-c-metadata__definition">4 February 2026</dd></dl>
<a href="/hmrc-internal-manuals/small-traders-relief-manual/updates" class="govuk-link">see all updates</a></div></div>
<form class="manual-search" action="/search/all"><label for="manual-search" class="govuk-label">Search this manual</label>
<input id="manual-search" class="gem-c-search__input" name="keywords" type="search"><button class="gem-c-search__submit" type="submit">Search</button></form>
<div class="manual-body"><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${ps(gIntro)}
<h2 id="expenditure-before-the-trade-begins">${gHeadings[0] ?? ''}</h2>
${ps(gPre)}
<ul>${lis(gList)}</ul>
${ps(gPre2)}
<h2 id="examples">${gHeadings[1] ?? ''}</h2>
${ps(gEx)}
</div></div></div>
<nav class="govuk-pagination govuk-pagination--block" role="navigation" aria-label="Pagination"><div class="govuk-pagination__prev">
<a class="govuk-link govuk-pagination__link" href="/hmrc-internal-manuals/small-traders-relief-manual/str31400" rel="prev">
<span class="govuk-pagination__link-title">Previous page</span><span class="govuk-pagination__link-label">STR31400</span></a></div>
<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="/str31460" rel="next">
<span class="govuk-pagination__link-title">Next page</span><span class="govuk-pagination__link-label">STR31440</span></a></div></nav>
</div></div></main>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt" role="region">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><button class="govuk-button gem-c-feedback__prompt-link">Yes</button>
<button class="govuk-button gem-c-feedback__prompt-link">No</button>
<button class="govuk-button gem-c-feedback__prompt-link">Report a problem with this page</button></div></div></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the
<a class="govuk-footer__link" href="/open-government-licence" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span></div>
<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo"
href="/crown-copyright">© Crown copyright</a></div></div></div></footer>
<script src="/assets/static/application-7d0a13.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout347-govuk-hmrc-manual-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeadings,
  body: texts([...gIntro, ...gPre, ...gList, ...gPre2, ...gEx]),
  bylines: ['12 March 2016', '4 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'We also use cookies set by other sites to help us deliver content from their services.', 'Accept additional cookies', 'Reject additional cookies',
    'View cookies', 'Skip to main content', 'Navigation menu', 'Menu', ...gTopics, 'Search GOV.UK', ...gCrumbs, 'HMRC internal manual',
    'Small Traders Relief Manual',
    'From:', 'HM Revenue & Customs', 'Published', 'Updated', 'see all updates', 'Search this manual', 'Previous page', 'Next page', 'STR31440',
    'Is this page useful?', 'Yes', 'Report a problem with this page', 'Support links', ...gFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

const iTitle = 'Publication 4127 (2025), Home Workshop and Craft Business Expenses';
const iHeadings = ['What’s New', 'Mileage for Craft Fair Travel', 'Standard Rates for 2025', 'Records You Must Keep'];
const iNew = [
  j(
    '<strong>Increased de minimis amount.</strong> For tax years beginning in 2025, you can deduct the cost of tools and supplies',
    'costing $3,000 or less per item in the year you buy them, instead of depreciating them. The limit was $2,500 for 2024.',
  ),
  j(
    '<strong>Online marketplace reporting.</strong> If you sell your work through an online marketplace, you may receive Form',
    '1099-K. Report the gross amount on Schedule C and deduct marketplace fees as a business expense. See <em>Selling Fees</em> in chapter 3.',
  ),
];
const iMile = [
  j(
    'If you travel to a craft fair, market or exhibition to sell your work, you can deduct the cost of using your car. You can use',
    'either your actual expenses or the standard mileage rate, but you must choose one method for the year and use it for every vehicle.',
  ),
  j(
    'Travel between your home and a workshop you rent elsewhere is generally commuting and isn’t deductible. However, if your home',
    'is your principal place of business for the craft business, trips from home to a fair or a supplier are business travel.',
  ),
];
const iRateIntro = ['The following table shows the standard rates that apply to a home craft business for 2025.'];
const iTableCaption = 'Table 2-1. Standard Rates for Home Craft Businesses, 2025';
const iRows = [
  ['Business mileage', '68 cents per mile', 'Fairs, suppliers, deliveries'],
  ['Simplified home workshop deduction', '$5 per square foot', 'Up to 300 square feet'],
  ['Booth meals at fairs lasting over 10 hours', '50% of cost', 'Actual cost only'],
  ['Sample pieces given away', '$25 per recipient', 'Per year, per person'],
];
const iRec = ['You must keep records that show your income and expenses and support the deductions you claim. Good records include:'];
const iRecList = [
  'receipts or invoices for tools, materials and booth fees;',
  'a mileage log showing the date, destination and purpose of each trip;',
  'a floor plan or measurements of the area of your home used only for the business; and',
  'statements from any online marketplace or money transfer app you used.',
];
const iRec2 = [
  j(
    'Keep these records for at least 3 years from the date your return was due. If you claim depreciation on a tool, keep the',
    'records for as long as you own it and for 3 years after the year you dispose of it.',
  ),
];
const iMenu = ['File', 'Pay', 'Refunds', 'Credits & Deductions', 'Forms & Instructions'];
const iSide = ['All Publication 4127 Revisions', 'About Publication 4127', 'Other Current Products', 'Publication 4127 (PDF)'];
const iFoot = ['Our Agency', 'Know Your Rights', 'Resolve an Issue', 'Language Assistance', 'About IRS', 'Careers', 'Accessibility', 'Privacy Policy'];
const iHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${iTitle} | Internal Revenue Service</title>
<meta name="description" content="Publication 4127 explains expenses of a home workshop or craft business."><link rel="canonical"
href="https://www.irs.gov/publications/p4127">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<script>window.dataLayer = window.dataLayer || [];window.dataLayer.push({"pageType":"pup_irs_publication","language":"en"});</script>
<link rel="stylesheet" media="all" href="/themes/custom/pup_base/css/style.css"></head>
<body class="path-node page-node-type-pup-irs-publication pup-base"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the United States Government</p>
<button class="usa-accordion__button usa-banner__button" aria-expanded="false"><span class="usa-banner__button-text">Here’s how you know</span></button></div>
</header></div></section>
<header class="pup-header" role="banner"><div class="pup-header-main"><a href="/" title="Home" class="navbar-brand">IRS</a>
<ul class="pup-header-links"><li><a href="/help/let-us-help-you">Help</a></li><li><a href="/news">News</a></li><li><a href="/es">Español</a></li></ul>
<form class="search-form" action="/site-index-search"><input type="search" placeholder="Search" aria-label="Search"></form></div>
<nav class="navbar navbar-default pup-main-nav" role="navigation"><ul class="nav navbar-nav">${links(iMenu, 'dropdown')}</ul></nav></header>
<main role="main" id="main-content" class="main-container"><div class="pup-page-node-type-pup-irs-publication row">
<section class="col-sm-12 col-md-9 pull-right"><div class="pup-print-page"><a href="#" class="pup-print-link">Print</a></div>
<div class="region region-content"><article class="pup-irs-publication full clearfix">
<div class="page-header"><h1 class="pup-page-title">${iTitle}</h1></div>
<div class="field field--name-body field--type-text-with-summary field--label-hidden field--item"><div class="book" id="p4127">
<div class="chapter"><h2 class="title">${iHeadings[0] ?? ''}</h2>
${ps(iNew, ' class="para"')}
<h2 class="title">${iHeadings[1] ?? ''}</h2>
${ps(iMile, ' class="para"')}
<h3 class="title">${iHeadings[2] ?? ''}</h3>
${ps(iRateIntro, ' class="para"')}
<div class="table"><table class="table complex" summary="Standard Rates"><caption>${iTableCaption}</caption>
<thead><tr><th>Item</th><th>2025 rate</th><th>Notes</th></tr></thead><tbody>
${rows(iRows)}
</tbody></table></div>
<h2 class="title">${iHeadings[3] ?? ''}</h2>
${ps(iRec, ' class="para"')}
<ul class="itemizedlist">${lis(iRecList, ' class="listitem"')}</ul>
${ps(iRec2, ' class="para"')}
</div></div></div>
<div class="pup-last-reviewed-date">Page Last Reviewed or Updated: 21-Jan-2026</div>
<div class="pup-share-this"><span>Share</span><a href="#" class="share-facebook">Facebook</a><a href="#" class="share-twitter">Twitter</a>
<a href="#" class="share-linkedin">LinkedIn</a></div></article></div></section>
<aside class="col-sm-12 col-md-3" role="complementary"><div class="pup-sidebar-block"><h2 class="block-title">Other Items You May Find Useful</h2>
<ul class="sidebar-list">${links(iSide)}</ul></div></aside></div></main>
<footer class="footer pup-footer" role="contentinfo"><div class="pup-footer-nav"><ul class="menu nav">${links(iFoot)}</ul></div>
<div class="pup-footer-bottom"><p>IRS.gov is the official website of the Internal Revenue Service of the United States.</p></div></footer>
<script src="/themes/custom/pup_base/js/pup.js"></script></body></html>`;
const irs: TestPage = {
  name: 'heldout347-irs-publication-docs',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: iHeadings,
  body: texts([...iNew, ...iMile, ...iRateIntro, iTableCaption, ...rowTexts(iRows), ...iRec, ...iRecList, ...iRec2]),
  bylines: ['Page Last Reviewed or Updated: 21-Jan-2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States Government', 'Here’s how you know', 'Help', 'News', 'Español', ...iMenu, 'Print',
    'Share', 'Facebook', 'Twitter', 'LinkedIn', 'Other Items You May Find Useful', ...iSide, ...iFoot,
    'IRS.gov is the official website of the Internal Revenue Service of the United States.',
  ],
};

export const HELDOUT347_A: readonly TestPage[] = [govuk, irs];
