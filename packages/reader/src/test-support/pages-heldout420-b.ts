import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout420-kit.js';

/**
 * Held-out batch 420, file b: an SEC-style litigation release on the U.S. Web Design System (official-site banner, header
 * with search and menu, breadcrumbs, release number and date line, a short body, "Related Materials" box, "Last Reviewed
 * or Updated" line, agency footer and identifier) and an FTC-style press release on Drupal (gov banner, main menu, "For
 * Release" date, tags, social share, "Contact Information" block, "Related Cases" and "More from the FTC" rails, newsletter
 * sign-up, footer).
 */
const sTitle = 'Meridian Tallow Capital LLC and Dorian Pell';
const sBody = [
  j(
    'The Securities and Exchange Commission today announced charges against Meridian Tallow Capital LLC, a Denver-based',
    'investment adviser, and its founder and sole managing member, Dorian Pell, for misappropriating at least $6.3 million from',
    'two private funds they advised.',
  ),
  j(
    'According to the SEC\u2019s complaint, from at least 2021 through 2025, Pell caused the funds to pay Meridian Tallow',
    'so-called \u201cmonitoring fees\u201d that were not authorized by the funds\u2019 offering documents and were never disclosed',
    'to investors. The complaint alleges that Pell used the money to pay for a vacation property, private flights and the',
    'operating costs of an unrelated restaurant business he owned.',
  ),
  j(
    'The complaint further alleges that, when investors asked about the funds\u2019 declining value, Pell sent them account',
    'statements that overstated the funds\u2019 holdings and omitted the fee payments.',
  ),
  j(
    'The SEC\u2019s complaint, filed in the U.S. District Court for the District of Colorado, charges Meridian Tallow and Pell with',
    'violating the antifraud provisions of the Investment Advisers Act of 1940. The complaint seeks permanent injunctions,',
    'disgorgement of ill-gotten gains plus prejudgment interest, and civil penalties against both defendants.',
  ),
  j(
    'The SEC\u2019s investigation was conducted by Lorna Quigg and Emeka Stanhope of the Denver Regional Office and supervised by',
    'Halvard Brisco. The litigation will be led by Naomi Fairweather. The SEC appreciates the assistance of the Colorado',
    'Division of Securities.',
  ),
];
const sNav = ['About', 'Divisions & Offices', 'Enforcement', 'Regulation', 'Education', 'Filings', 'News'];
const sCrumbs = ['Home', 'Newsroom', 'Litigation Releases'];
const sFoot = ['Accessibility', 'Budget & Performance', 'Contracts', 'FOIA', 'Inspector General', 'No FEAR Act & EEO Data', 'Privacy', 'Site Map'];
const sHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>SEC.gov | ${sTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Litigation Release No. 26418">
<link rel="canonical" href="https://www.sec.gov/enforcement-litigation/litigation-releases/lr-26418">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentPermit","name":"${sTitle}",
"dateCreated":"2026-03-18","provider":{"@type":"GovernmentOrganization","name":"U.S. Securities and Exchange Commission"}}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"content_type":"litigation_release","release_number":"LR-26418"});</script>
<link rel="stylesheet" href="/themes/custom/uswds_sec/dist/css/styles.css?t1"></head>
<body class="path-node page-node-type-litigation-release"><a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-auto"><img class="usa-banner__header-flag" src="/themes/custom/uswds_sec/img/us_flag_small.png"
alt=""></div><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">An official website of the United
States government</p><p class="usa-banner__header-action">Here\u2019s how you know</p></div></div></header></div></section>
<header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo"><a href="/" title="Home">
<em class="usa-logo__text">U.S. Securities and Exchange Commission</em></a></div><button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><ul class="usa-nav__primary usa-accordion">${links(sNav, 'usa-nav__primary-item')}</ul>
<section aria-label="Search component"><form class="usa-search usa-search--small" role="search" action="/search"><label class="usa-sr-only"
for="search-field">Search SEC.gov</label><input class="usa-input" id="search-field" type="search" name="query"></form></section></nav></header>
<main id="main-content" class="usa-layout-docs"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs">
<ol class="usa-breadcrumb__list">${links(sCrumbs, 'usa-breadcrumb__list-item')}</ol></nav>
<div class="grid-row grid-gap"><div class="desktop:grid-col-8"><article class="node node--type-litigation-release">
<div class="node-details"><p class="litigation-release__number">Litigation Release No. 26418 / March 18, 2026</p>
<h1 class="page-title">${sTitle}</h1>
<p class="litigation-release__case">Securities and Exchange Commission v. Meridian Tallow Capital LLC, et al., No. 1:26-cv-00742 (D. Colo. filed
March 17, 2026)</p></div>
<div class="usa-prose field--name-body">
${ps(sBody)}
</div></article></div>
<aside class="desktop:grid-col-4 sidebar"><div class="usa-summary-box related-materials"><h2 class="usa-summary-box__heading">Related Materials</h2>
<ul class="usa-list usa-list--unstyled"><li><a href="/files/litigation/complaints/2026/comp26418.pdf">SEC Complaint</a></li></ul></div></aside></div>
<div class="last-reviewed">Last Reviewed or Updated: March 18, 2026</div></div></main>
<footer class="usa-footer usa-footer--medium" role="contentinfo"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">${links(
  sFoot,
  'usa-footer__primary-content',
)}</ul></nav></div>
<div class="usa-footer__secondary-section"><p class="usa-footer__logo-heading">U.S. Securities and Exchange Commission</p></div></footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--usagov" aria-label="U.S. government information and
services"><div class="usa-identifier__usagov-description">Looking for U.S. government information and services?</div>
<a href="https://www.usa.gov/" class="usa-link">Visit USA.gov</a></section></div>
<script src="/themes/custom/uswds_sec/dist/js/uswds.min.js"></script></body></html>`;
const sec: TestPage = {
  name: 'heldout420-sec-litigation-release',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: ['Litigation Release No. 26418 / March 18, 2026', 'Last Reviewed or Updated: March 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here\u2019s how you know', 'U.S. Securities and Exchange Commission',
    'Menu', ...sNav, 'Search SEC.gov', ...sCrumbs,
    'Securities and Exchange Commission v. Meridian Tallow Capital LLC, et al., No. 1:26-cv-00742 (D. Colo. filed March 17, 2026)',
    'Related Materials', 'SEC Complaint', 'Return to top', ...sFoot, 'Looking for U.S. government information and services?', 'Visit USA.gov',
  ],
};

const tTitle = 'Online Tutoring Company Brightquill Will Pay $3.1 Million to Settle FTC Charges It Trapped Parents in Recurring Subscriptions';
const tLead = [
  j(
    'Brightquill Learning, Inc., which sells online tutoring packages for school-age children, will pay $3.1 million to settle',
    'Federal Trade Commission charges that it signed parents up for recurring monthly charges without their clear consent and',
    'then made cancellation needlessly difficult.',
  ),
  j(
    'The proposed order also requires Brightquill to obtain parents\u2019 express, informed consent before charging them on a',
    'recurring basis and to offer a simple online cancellation method that is at least as easy as signing up.',
  ),
  j(
    '\u201cParents signed up for what they thought was a single trial lesson and ended up paying every month for tutoring their',
    'children never used,\u201d said Callum Arkwright, Director of the FTC\u2019s Bureau of Consumer Protection. \u201cCompanies that',
    'bury subscription terms and hide the exit will hear from us.\u201d',
  ),
];
const tH = ['What the complaint alleges', 'What the order requires'];
const tAlleg = [
  j(
    'According to the complaint, Brightquill advertised a $1 trial lesson on social media and search ads. The checkout page',
    'displayed the $1 price in large type, while a statement that the plan would renew at $79 per month appeared in small grey',
    'text below the payment button.',
  ),
  j(
    'The complaint alleges that parents who tried to cancel found no cancellation option in their accounts. Instead they were',
    'told to call a phone line that was open for three hours on weekdays, where agents were instructed to present two',
    'retention offers before processing any request. Thousands of parents complained to the company, their banks and the FTC.',
  ),
];
const tOrder = [
  'pay $3.1 million, which the Commission intends to use to provide refunds to affected consumers;',
  'clearly disclose all material terms of any subscription before collecting billing information;',
  'obtain a separate, affirmative act of consent to recurring charges;',
  'provide a cancellation mechanism online and through the same medium the consumer used to sign up.',
];
const tOrderIntro = ['Under the proposed stipulated order, Brightquill must:'];
const tClose = [
  j(
    'The Commission vote authorizing the staff to refer the complaint to the Department of Justice and to approve the proposed',
    'order was 3-0. The DOJ filed the complaint and proposed order on behalf of the Commission in the U.S. District Court for the',
    'Northern District of Illinois.',
  ),
  j(
    'NOTE: The Commission authorizes the filing of a complaint when it has \u201creason to believe\u201d that the named defendants are',
    'violating or are about to violate the law. Stipulated orders have the force of law when approved and signed by the court.',
  ),
];
const tMenu = ['Enforcement', 'Policy', 'Advice and Guidance', 'News and Events', 'About the FTC'];
const tTags = ['Advertising and Marketing', 'Subscription Services', 'Negative Option Marketing'];
const tShare = ['Facebook', 'LinkedIn', 'Email'];
const tMore = ['FTC Sends Refunds to Buyers of Phony Car Warranty Plans', 'FTC Finalizes Order Against Meal Kit Seller Over Hidden Fees'];
const tFoot = ['Privacy Policy', 'Website Policy', 'No FEAR Act', 'FOIA', 'Office of Inspector General', 'Accessibility', 'Sitemap'];
const tHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${tTitle} | Federal Trade Commission</title>
<meta name="description" content="Brightquill Learning will pay $3.1 million to settle FTC charges over recurring subscriptions.">
<meta property="og:type" content="article"><meta property="og:title" content="${tTitle}"><meta name="twitter:site" content="@FTC">
<link rel="canonical" href="https://www.ftc.gov/news-events/news/press-releases/2026/03/online-tutoring-company-brightquill">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${tTitle}",
"datePublished":"2026-03-24T10:15:00-0400","publisher":{"@type":"GovernmentOrganization","name":"Federal Trade Commission"}}]}</script>
<script>window.drupalSettings={"path":{"currentPath":"node/107713"},"ftc_ga":{"type":"press_release"}};</script></head>
<body class="path-node page-node-type-press-release"><a href="#main-content" class="visually-hidden focusable usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official government website"><header class="usa-banner__header"><p class="usa-banner__header-text">An official
website of the United States government</p></header></section>
<header class="usa-header usa-header--extended" role="banner"><div class="usa-logo"><a href="/" title="Federal Trade Commission" rel="home">Federal Trade
Commission</a></div><p class="site-slogan">Protecting America's Consumers</p>
<nav class="usa-nav" aria-label="Main navigation"><ul class="usa-nav__primary">${links(tMenu, 'usa-nav__primary-item')}</ul></nav></header>
<main id="main-content" class="main-content"><div class="grid-container"><div class="grid-row grid-gap-lg"><div class="tablet-lg:grid-col-9">
<article class="node node--type-press-release node--view-mode-full"><div class="node-heading"><div class="field field--name-field-news-type">Press
Release</div><h1 class="node-title">${tTitle}</h1>
<div class="field field--name-field-subtitle">Company allegedly hid renewal terms behind a $1 trial and a phone-only cancellation line</div></div>
<div class="node-meta"><div class="field field--name-field-date"><div class="field__label">For Release</div><time datetime="2026-03-24T14:15:00Z">March
24, 2026</time></div>
<div class="social-share"><span class="social-share__label">Share This Page</span><ul>${links(tShare, 'social-share__item')}</ul></div></div>
<div class="clearfix text-formatted field field--name-body">
${ps(tLead)}
<h2>${tH[0]}</h2>
${ps(tAlleg)}
<h2>${tH[1]}</h2>
${ps(tOrderIntro)}
<ul>${lis(tOrder)}</ul>
${ps(tClose)}
</div>
<div class="field field--name-field-tags"><div class="field__label">Tags:</div><ul class="field__items">${links(tTags, 'field__item')}</ul></div>
<div class="field field--name-field-contact"><h2 class="field__label">Contact Information</h2><div class="contact"><p class="contact__label">Media
Contact</p><p class="contact__name">Office of Public Affairs</p><p class="contact__phone">202-326-2180</p></div></div></article></div>
<aside class="tablet-lg:grid-col-3 sidebar"><div class="block related-cases"><h2 class="block__title">Related Cases</h2><ul><li><a
href="/legal-library/browse/cases-proceedings/brightquill">Brightquill Learning, Inc., et al.</a></li></ul></div>
<div class="block more-news"><h2 class="block__title">More from the FTC</h2><ul>${links(tMore)}</ul></div></aside></div></div>
<section class="newsletter-signup"><h2>Get Consumer Alerts</h2><p>Sign up to get the latest scam alerts and consumer advice by email.</p>
<form action="/subscribe"><label for="nl-email">Email Address</label><input id="nl-email" type="email"><button type="submit">Subscribe</button></form>
</section></main>
<footer class="usa-footer" role="contentinfo"><ul class="usa-footer__nav">${links(tFoot)}</ul><p class="usa-footer__address">Federal Trade Commission,
600 Pennsylvania Avenue NW, Washington, DC 20580</p></footer>
<script src="/themes/custom/ftc_uswds/js/uswds.min.js"></script></body></html>`;
const ftc: TestPage = {
  name: 'heldout420-ftc-press-release-settlement',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([...tLead, ...tAlleg, ...tOrderIntro, ...tOrder, ...tClose]),
  bylines: ['March 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', "Protecting America's Consumers",
    ...tMenu, 'Press Release', 'For Release',
    'Share This Page', ...tShare, 'Tags:', ...tTags, 'Contact Information', 'Media Contact', 'Office of Public Affairs', '202-326-2180',
    'Related Cases', 'Brightquill Learning, Inc., et al.', 'More from the FTC', ...tMore, 'Get Consumer Alerts',
    'Sign up to get the latest scam alerts and consumer advice by email.', 'Email Address', 'Subscribe', ...tFoot,
    'Federal Trade Commission, 600 Pennsylvania Avenue NW, Washington, DC 20580',
  ],
};

export const HELDOUT420_B: readonly TestPage[] = [sec, ftc];
