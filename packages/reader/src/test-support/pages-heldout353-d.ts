import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout353-kit.js';

/**
 * Held-out batch 353, file d: a parish council's newsletter page built with the Squarespace page builder (sqs-layout rows,
 * columns and blocks, a newsletter block, an image block with caption, a summary block of other pages), and a borough's
 * resident parking permit guide on the GOV.UK Design System (cookie banner, phase banner, contents list, table, feedback).
 */
const qTitle = 'Parish News: Spring 2026';
const qIntro = [
  j(
    'Welcome to the spring edition of the parish council newsletter for Little Wenham. It has been a busy winter for the council,',
    'and we are grateful to everyone who came to the village meeting in January to talk about the future of the playing field.',
  ),
];
const qH = ['Playing field update', 'Speed watch volunteers needed', 'Dates for your diary', 'From the Clerk'];
const qField = [
  j(
    'Following the village meeting, the council has agreed to keep the playing field as open grassland, with a new path around the',
    'edge and four benches. The proposal for a car park on the lower corner has been withdrawn. We have applied to the district',
    'council’s community fund for 14,500 pounds towards the path and expect to hear in May.',
  ),
  j(
    'The old play equipment failed its annual inspection in November and the roundabout has been removed. New equipment for',
    'younger children will be installed in the summer, paid for from the money raised at last year’s fete.',
  ),
];
const qSpeed = [
  j(
    'Residents along Church Road have again raised concerns about speeding traffic. The council is restarting the Community Speed',
    'Watch group, which works with the police to record vehicles exceeding the limit. Volunteers are trained on a Saturday morning',
    'and are asked to give one hour a month. Please contact the Clerk if you can help.',
  ),
];
const qDates = [
  'Parish Council meeting, Tuesday 17 March, 7.30pm, Village Hall',
  'Litter pick, Saturday 28 March, meet at the church gate at 10am',
  'Annual Parish Meeting, Tuesday 12 May, 7pm, Village Hall',
  'Village fete, Saturday 4 July, on the playing field',
];
const qClerk = [
  j(
    'The council’s precept for 2026/27 has been set at 21,800 pounds, an increase of 3 pounds a year for a Band D household. The',
    'increase covers the higher cost of grass cutting and the insurance for the new play equipment.',
  ),
  j(
    'Minutes of all meetings are published on this website and on the noticeboard outside the shop. If you would like a printed copy',
    'of this newsletter delivered, please let us know.',
  ),
];
const qNav = ['Home', 'Your Council', 'Meetings', 'Newsletters', 'Village Hall', 'Contact'];
const qOther = ['Winter 2025 newsletter', 'Autumn 2025 newsletter', 'Summer 2025 newsletter'];
const blk = (id: string, type: string, inner: string): string => `<div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="${id}"
id="block-yui_3_17_2_1_${id}"><div class="sqs-block-content">${inner}</div></div>`;
const qHtml = `<!doctype html><html lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Parish News: Spring 2026 — Little Wenham Parish Council</title>
<meta property="og:site_name" content="Little Wenham Parish Council"><meta property="og:title" content="Parish News: Spring 2026">
<meta property="og:type" content="website"><link rel="canonical" href="https://www.littlewenhampc.example/newsletter-spring-2026">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Little Wenham Parish Council"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.littlewenhampc.example","name":"Little Wenham Parish Council",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/site.css"></head>
<body id="collection-63f1a" class="header--menu-open tweak-global-animations-enabled view-item"><div class="Site" data-nc-base="mobile-bar">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title"><div class="header-title-text">
<a href="/">Little Wenham Parish Council</a></div></div><nav class="header-nav"><div class="header-nav-list">
${qNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`).join('\n')}
</div></nav></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1b">
<section class="page-section layout-engine-section background-width--full-bleed"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63f1b"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${blk('1', 'html', `<h1 style="text-align:center;white-space:pre-wrap;">${qTitle}</h1><p class="sqsrte-small" style="text-align:center;">Issue 41</p>`)}
${blk('2', 'html', ps(qIntro))}
</div></div><div class="row sqs-row"><div class="col sqs-col-7 span-7">
${blk('3', 'html', `<h2>${qH[0]}</h2>${ps(qField)}`)}
</div><div class="col sqs-col-5 span-5">
${blk(
  '4',
  'image',
  `<div class="image-block-outer-wrapper layout-caption-below"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/playing-field.jpg" alt="The playing field in snow"><figcaption class="image-caption-wrapper">
<div class="image-caption"><p>The playing field in January. Photo: Hazel Pountney</p></div></figcaption></figure></div>`,
)}
</div></div><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${blk('5', 'html', `<h2>${qH[1]}</h2>${ps(qSpeed)}`)}
${blk('6', 'spacer', '&nbsp;')}
${blk('7', 'html', `<h2>${qH[2]}</h2><ul data-rte-list="default">${lis(qDates.map((d) => `<p>${d}</p>`))}</ul>`)}
${blk('8', 'html', `<h2>${qH[3]}</h2>${ps(qClerk)}<p><em>Rosalind Achebe, Parish Clerk</em></p>`)}
${blk(
  '9',
  'newsletter',
  `<div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Get the newsletter by email</h2>
<div class="newsletter-form-header-description"><p>Sign up to receive each issue when it is published.</p></div>
<form class="newsletter-form"><input type="email" name="email" placeholder="Email Address"><button class="newsletter-form-button">Sign Up</button></form>
</div>`,
)}
${blk('10', 'summary-v2', `<h3 class="summary-heading">Earlier issues</h3><ul class="summary-item-list">${links(qOther, 'summary-item')}</ul>`)}
</div></div></div></div></div></section></article></main>
<footer class="Footer" role="contentinfo"><div class="Footer-inner"><p>Little Wenham Parish Council, c/o The Clerk, 3 Mill Cottages, Little Wenham</p>
<p>clerk@littlewenhampc.example</p><ul>${links(['Accessibility statement', 'Privacy notice'])}</ul></div></footer></div>
<script src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const parish: TestPage = {
  name: 'heldout353-squarespace-news',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: texts([...qIntro, ...qField, ...qSpeed, ...qDates, ...qClerk]),
  bylines: ['Issue 41', 'Rosalind Achebe, Parish Clerk'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Little Wenham Parish Council', ...qNav.filter((n) => n !== 'Village Hall'), 'The playing field in January. Photo: Hazel Pountney',
    'Get the newsletter by email',
    'Sign up to receive each issue when it is published.', 'Sign Up', 'Earlier issues', ...qOther,
    'Little Wenham Parish Council, c/o The Clerk, 3 Mill Cottages, Little Wenham', 'clerk@littlewenhampc.example', 'Accessibility statement',
    'Privacy notice',
  ],
};

const uTitle = 'Resident parking permits';
const uH = ['Who can apply', 'Permit prices', 'How to apply', 'Visitor permits', 'If your circumstances change'];
const uIntro = [
  j(
    'You need a resident parking permit to park in a controlled parking zone (CPZ) near your home during the hours shown on the',
    'zone signs. A permit lets you park in any resident bay in your zone. It does not guarantee you a space.',
  ),
];
const uWho = ['You can apply for a permit if:'];
const uWhoList = [
  'you live in a controlled parking zone in Ashcombe',
  'the vehicle is registered to you at your Ashcombe address, or you are the main user of a company or lease car',
  'the vehicle is not over 3.5 tonnes or longer than 5.25 metres',
];
const uWhoEnd = ['Some new developments are car free. If you live in one of these, you cannot get a resident permit.'];
const uPrices = ['The price depends on your vehicle’s CO2 emissions. Prices for a 12-month permit are:'];
const uTable: readonly (readonly [string, string])[] = [
  ['Electric (0g/km)', '£32'],
  ['1 to 120g/km', '£98'],
  ['121 to 185g/km', '£164'],
  ['Over 185g/km or registered before 2001', '£248'],
];
const uPriceEnd = ['A second permit for the same household costs 50% more. Diesel vehicles pay an extra £60.'];
const uHow = ['To apply online you will need:'];
const uHowList = [
  'your vehicle registration number',
  'proof of address dated in the last 3 months, such as a council tax bill or bank statement',
  'your V5C vehicle logbook, or a letter from your employer or lease company',
];
const uHowEnd = ['Permits are digital. We will email you to confirm when your permit is active, usually within 2 working days.'];
const uVisit = [
  j(
    'Residents can buy visitor permits by the hour for guests parking in resident bays. Each household can buy up to 120 hours a year.',
    'Carers visiting someone at home can apply for a free carer permit.',
  ),
];
const uChange = [
  'Update your permit online if you change your vehicle or move address within the zone. There is a £12 admin fee for a new vehicle.',
  'If you move out of the zone, cancel your permit and we will refund the full months left on it.',
];
const uHtml = `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${uTitle} – Ashcombe Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#0b0c0c">
<link rel="stylesheet" href="/assets/govuk-frontend.min.css"><meta property="og:title" content="${uTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${uTitle}","dateModified":"2026-02-20"}</script></head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Ashcombe Council">
<div class="govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Ashcombe Council</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this service work.</p>
<p class="govuk-body">We’d also like to use analytics cookies so we can understand how you use the service and make improvements.</p></div>
<div class="govuk-button-group"><button type="button" class="govuk-button">Accept analytics cookies</button>
<button type="button" class="govuk-button">Reject analytics cookies</button><a class="govuk-link" href="/cookies">View cookies</a></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo">
<a href="/" class="govuk-header__link govuk-header__link--homepage">Ashcombe Council</a></div>
<nav aria-label="Menu" class="govuk-header__navigation">
<ul class="govuk-header__navigation-list">${links(['Parking', 'Council tax', 'Bins', 'Housing'], 'govuk-header__navigation-item')}</ul></nav></div></header>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
<span class="govuk-phase-banner__text">This is a new service. Help us improve it and <a class="govuk-link" href="/feedback">give your feedback</a>.</span></p>
</div>
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
<ol class="govuk-breadcrumbs__list">${links(['Home', 'Parking', 'Parking permits'], 'govuk-breadcrumbs__list-item')}</ol></nav>
<main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-xl">${uTitle}</h1>
<nav class="app-contents-list" aria-label="Contents"><h2 class="govuk-heading-s">Contents</h2>
<ol class="govuk-list">${uH.map((h) => `<li>– <a href="#">${h}</a></li>`).join('')}</ol></nav>
${ps(uIntro, ' class="govuk-body"')}
<h2 class="govuk-heading-l">${uH[0]}</h2>${ps(uWho, ' class="govuk-body"')}<ul class="govuk-list govuk-list--bullet">${lis(uWhoList)}</ul>
${ps(uWhoEnd, ' class="govuk-body"')}
<h2 class="govuk-heading-l">${uH[1]}</h2>${ps(uPrices, ' class="govuk-body"')}
<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">12-month permit prices</caption><thead class="govuk-table__head">
<tr class="govuk-table__row"><th class="govuk-table__header">CO2 emissions</th><th class="govuk-table__header">Price</th></tr></thead>
<tbody class="govuk-table__body">
${uTable
  .map(
    ([a, b]) => `<tr class="govuk-table__row"><td class="govuk-table__cell">${a}</td>
<td class="govuk-table__cell">${b}</td></tr>`,
  )
  .join('\n')}</tbody></table>
${ps(uPriceEnd, ' class="govuk-body"')}
<h2 class="govuk-heading-l">${uH[2]}</h2>${ps(uHow, ' class="govuk-body"')}<ul class="govuk-list govuk-list--bullet">${lis(uHowList)}</ul>
<a href="/apply" role="button" class="govuk-button govuk-button--start">Apply for a permit</a>${ps(uHowEnd, ' class="govuk-body"')}
<h2 class="govuk-heading-l">${uH[3]}</h2>${ps(uVisit, ' class="govuk-body"')}
<h2 class="govuk-heading-l">${uH[4]}</h2>${ps(uChange, ' class="govuk-body"')}
<p class="govuk-body-s app-last-updated">Last updated: 20 February 2026</p></div>
<div class="govuk-grid-column-one-third"><aside class="app-related-items" role="complementary"><h2 class="govuk-heading-m">Related content</h2>
<ul class="govuk-list">${links(['Pay a parking fine', 'Controlled parking zone map', 'Blue Badge parking', 'Business parking permits'])}</ul></aside></div>
</div>
<div class="app-feedback"><h2 class="govuk-heading-s">Is this page useful?</h2><button class="govuk-button govuk-button--secondary">Yes</button>
<button class="govuk-button govuk-button--secondary">No</button><a href="/report-problem" class="govuk-link">Report a problem with this page</a></div></main>
</div>
<footer class="govuk-footer"><div class="govuk-width-container">
<ul class="govuk-footer__inline-list">${links(['Accessibility', 'Cookies', 'Privacy', 'Contact us'], 'govuk-footer__inline-list-item')}</ul>
<p class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
<p class="govuk-footer__copyright">© Ashcombe Council</p></div></footer><script type="module" src="/assets/govuk-frontend.min.js"></script></body></html>`;
const permit: TestPage = {
  name: 'heldout353-govuk-frontend-docs',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uH,
  body: texts([
    ...uIntro,
    ...uWho,
    ...uWhoList,
    ...uWhoEnd,
    ...uPrices,
    ...uTable.flat(),
    ...uPriceEnd,
    ...uHow,
    ...uHowList,
    ...uHowEnd,
    ...uVisit,
    ...uChange,
  ]),
  bylines: ['Last updated: 20 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on Ashcombe Council', 'We use some essential cookies to make this service work.',
    'We’d also like to use analytics cookies so we can understand how you use the service and make improvements.', 'Accept analytics cookies',
    'Reject analytics cookies', 'View cookies', 'Skip to main content', 'Ashcombe Council', 'Council tax', 'Bins', 'Housing', 'Beta',
    'This is a new service. Help us improve it and give your feedback.', 'Home', 'Parking permits', 'Contents', '12-month permit prices',
    'Apply for a permit', 'Related content', 'Pay a parking fine', 'Controlled parking zone map', 'Blue Badge parking', 'Business parking permits',
    'Is this page useful?', 'Report a problem with this page', 'Accessibility', 'Cookies', 'Privacy', 'Contact us',
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Ashcombe Council',
  ],
};

export const HELDOUT353_D: readonly TestPage[] = [parish, permit];
