import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, outside, pick } from './pages-heldout482-kit.js';

/**
 * Held-out batch 482, file c: a charity-register entry (charity overview) on a regulator's Liferay DXP portal with its
 * section tabs, key-facts list and financial table, and an annual impact story on Ghost (Casper) with byline, callout card,
 * newsletter box and read-more cards.
 */
const rTitle = 'HOLME CROSS COMMUNITY FRIDGE';
const rFacts = ['Charity number', '1193380', 'Date registered', '03 March 2021', 'Reporting status', 'Up to date'];
const rBody = [
  'Activities - how the charity spends its money',
  j(
    'THE CHARITY COLLECTS SURPLUS FOOD FROM LOCAL SHOPS, CAFES AND ALLOTMENTS AND MAKES IT AVAILABLE FREE OF CHARGE FROM A SHARED',
    'FRIDGE AND PANTRY IN HOLME CROSS VILLAGE HALL. IT ALSO RUNS A WEEKLY COMMUNITY MEAL AND COOKING SESSIONS FOR YOUNG PEOPLE.',
  ),
  'Income and expenditure',
  'Data for financial year ending 31 March 2026',
];
const rRows = [
  ['Total income', '£48,315'],
  ['Total expenditure', '£44,902'],
  ['Income from government contracts', '£0'],
  ['Income from government grants', '£6,500'],
];
const rRowText = rRows.map((r) => r.join(' '));
const rBody2 = [
  'Who the charity helps',
  'Children/young People',
  'Elderly/old People',
  'The General Public/mankind',
  'Where the charity operates',
  'Holmeshire',
];
const rTabs = [
  'Charity overview',
  'What, who, how, where',
  'Governance',
  'Trustees',
  'Financial history',
  'Assets and liabilities',
  'Accounts and annual returns',
  'Governing document',
  'Charity contact details',
];
const rHtml = `<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="en-GB"><head><title>Charity overview - ${rTitle} - 1193380 - Register of Charities - The Charity Registry</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<link href="/o/ccr-theme/images/favicon.ico" rel="icon"><link class="lfr-css-file" data-senna-track="temporary"
href="/o/ccr-theme/css/main.css?browserId=chrome&amp;themeId=ccrtheme_WAR_ccrtheme&amp;languageId=en_GB&amp;t=1731400000000" rel="stylesheet">
<script data-senna-track="temporary">var Liferay=Liferay||{};Liferay.ThemeDisplay={getLanguageId:function(){return "en_GB";},getPortalURL:function()
{return "https://register.charityregistry.example";}};</script>
<script src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=en_GB&amp;t=1731400000000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js"></script>
</head><body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site"><div class="d-flex flex-column min-vh-100">
<nav aria-label="Quick Links" class="bg-dark cadmin quick-access-nav text-center text-white" id="mtkl_quickAccessNav"><h1 class="sr-only">Navigation</h1>
<ul><li><a href="#main-content">Skip to Main Content</a></li></ul></nav>
<div id="global-cookie-message" class="govuk-cookie-banner" role="region" aria-label="Cookies on the Register of Charities"><div class="govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on the Register of Charities</h2><p class="govuk-body">We use some essential cookies to
make this service work.</p><button type="button" class="govuk-button" data-accept-cookies="true">Accept analytics cookies</button><button type="button"
class="govuk-button" data-reject-cookies="true">Reject analytics cookies</button></div></div>
<div class="pt-0" id="wrapper"><header id="banner" class="govuk-header" role="banner" data-module="govuk-header"><div class="govuk-header__container
govuk-width-container"><div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage"><span
class="govuk-header__logotype-text">The Charity Registry</span></a></div><div class="govuk-header__content"><a href="/" class="govuk-header__link
govuk-header__service-name">Register of Charities</a></div></div></header>
<section id="content"><div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong
class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service. Your feedback will help
us improve it.</span></p></div><a class="govuk-back-link" href="/charity-search">Back to search results</a>
<div class="columns-1-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-3 portlet-column portlet-column-first"
id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_uk_gov_ccr_onereg_charitydetails_web_portlet_CharityDetailsNavPortlet_ portlet-static
portlet-static-end portlet-barebone" id="p_p_id_uk_gov_ccr_onereg_charitydetails_web_portlet_CharityDetailsNavPortlet_"><section
class="portlet" id="portlet_uk_gov_ccr_onereg_charitydetails_web_portlet_CharityDetailsNavPortlet"><div class="portlet-content"><div
class="portlet-content-container"><div class="portlet-body"><nav class="charity-nav" aria-label="Charity details"><ul class="govuk-list
charity-nav__list">${rTabs
  .map(
    (t, i) => `<li class="charity-nav__item${i === 0 ? ' charity-nav__item--active' : ''}"><a class="govuk-link"
href="/charity-search/-/charity-details/5190017/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`,
  )
  .join('\n')}</ul></nav>
<a class="govuk-button govuk-button--secondary" href="/charity-search/-/charity-details/5190017/print">Print charity details</a></div></div></div>
</section></div></div></div><div class="col-md-9 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone
portlet-column-content portlet-column-content-last" id="layout-column_column-2"><div class="portlet-boundary
portlet-boundary_uk_gov_ccr_onereg_charitydetails_web_portlet_CharityDetailsPortlet_ portlet-static portlet-static-end portlet-barebone"
id="p_p_id_uk_gov_ccr_onereg_charitydetails_web_portlet_CharityDetailsPortlet_"><section class="portlet"
id="portlet_uk_gov_ccr_onereg_charitydetails_web_portlet_CharityDetailsPortlet"><div class="portlet-content"><div class="portlet-content-container">
<div class="portlet-body"><div class="charity-heading-panel"><h1 class="govuk-heading-l">${rTitle}</h1><dl class="govuk-summary-list
charity-key-facts">${[0, 2, 4]
  .map(
    (i) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${at(rFacts, i)}</dt><dd
class="govuk-summary-list__value">${at(rFacts, i + 1)}</dd></div>`,
  )
  .join('\n')}</dl></div><h2 class="govuk-heading-m">Charity overview</h2>
<div class="govuk-grid-row"><div class="govuk-grid-column-full"><h3 class="govuk-heading-s">${at(rBody, 0)}</h3>
<p class="govuk-body">${at(rBody, 1)}</p><h3 class="govuk-heading-s">${at(rBody, 2)}</h3><p class="govuk-body">${at(rBody, 3)}</p>
<table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Item</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Amount</th></tr></thead><tbody class="govuk-table__body">${rRows
  .map(
    (r) => `<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${r[0]}</th><td class="govuk-table__cell
govuk-table__cell--numeric">${r[1]}</td></tr>`,
  )
  .join('\n')}</tbody></table>
<h3 class="govuk-heading-s">${at(rBody2, 0)}</h3><ul class="govuk-list govuk-list--bullet">${pick(rBody2, 1, 2, 3)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><h3 class="govuk-heading-s">${at(rBody2, 4)}</h3><ul class="govuk-list govuk-list--bullet"><li>${at(rBody2, 5)}</li></ul>
</div></div><p class="govuk-body-s charity-data-date">Data last updated: 28 October 2026</p></div></div></div></section></div></div></div></div>
</div></div></section><footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">
${links(['Cookies', 'Accessibility statement', 'Privacy notice', 'Contact the Registry'], 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise
stated</span></div></div></div></footer></div></div></body></html>`;
const register: TestPage = {
  name: 'heldout482-liferay-charity-register',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Charity overview', ...pick(rBody, 0, 2), ...pick(rBody2, 0, 4)],
  body: [...rFacts, at(rBody, 1), at(rBody, 3), ...rRowText, ...pick(rBody2, 1, 2, 3, 5)],
  bylines: ['Data last updated: 28 October 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([rTitle, 'Charity overview', ...rFacts, ...rBody, ...rRowText, ...rBody2], [
    'Navigation', 'Skip to Main Content', 'Cookies on the Register of Charities', 'We use some essential cookies to make this service work.',
    'Accept analytics cookies', 'Reject analytics cookies', 'The Charity Registry', 'Register of Charities', 'Beta',
    'This is a new service. Your feedback will help us improve it.', 'Back to search results', ...rTabs, 'Print charity details', 'Support links',
    'Cookies', 'Accessibility statement', 'Privacy notice', 'Contact the Registry',
    'All content is available under the Open Government Licence v3.0, except where otherwise stated',
  ]),
};

const gTitle = 'How 212 families got through the summer holidays';
const gDek = 'Our first full summer of holiday food clubs, in numbers and in the words of the people who ran them.';
const gBody = [
  j(
    'For many families in Saltmarsh, the six weeks of the summer holidays are the hungriest of the year. Children who get a free',
    'school lunch in term time lose it in July, and parents have to find an extra ten or more meals a week.',
  ),
  j(
    'This year, with a grant from the Eastholme Community Foundation, we ran holiday food clubs in three primary schools and the',
    'Saltmarsh Youth Centre. Each club opened four days a week for five weeks and served a hot lunch, an activity and a bag of',
    'food to take home.',
  ),
  'What we did',
  '212 families and 389 children came at least once, and 140 children came to ten sessions or more.',
  '7,960 hot lunches were cooked, most of them in the Youth Centre kitchen by a team of eleven volunteer cooks.',
  '1,050 take-home bags went out on Thursdays, each with enough for a family weekend.',
  'What people told us',
  j(
    'We asked parents what had changed for them. Most talked about money, but many talked about time: a few hours a day when they',
    'knew their children were fed, safe and busy.',
  ),
  j(
    '"My two would have been stuck indoors all summer. Instead they learned to make pizza and came home talking about the',
    'other kids. And I didn\u2019t have to worry about lunch." \u2013 a parent at Brook Lane club',
  ),
  j(
    'Staff at the schools noticed the difference in September. Fewer children arrived at breakfast club hungry on the first day',
    'back, and several teachers said the quieter children had made friends over the summer.',
  ),
  'What comes next',
  j(
    'The grant covered one summer. We want to run the clubs again next year and add the Easter and October half-terms. That will',
    'cost about £38,000, and we have raised £11,500 so far.',
  ),
];
const gCallout = 'Need help with food this half-term? Call our helpline on 01632 960 221 or drop in at any Tuesday or Friday session.';
const gNav = ['Home', 'Get help', 'Impact', 'Volunteer', 'Donate'];
const gRead = [
  ['Why we are buying more fresh food than ever', '12 Aug 2026', '4 min read'],
  ['Meet the volunteer cooks of Saltmarsh Youth Centre', '29 Jul 2026', '3 min read'],
  ['Our 2025 annual report is out', '3 Jun 2026', '6 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7c1a0d3e8f"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://news.saltmarshfoodbank.org/summer-holiday-clubs-2026/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Saltmarsh Food Bank News"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-09-14T08:30:00.000Z"><meta property="article:tag" content="Impact">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Saltmarsh Food Bank News"},
"author":{"@type":"Person","name":"Priya Nandakumar"},"headline":"${gTitle}","datePublished":"2026-09-14T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://news.saltmarshfoodbank.org/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-impact tag-holiday-clubs is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Saltmarsh
Food Bank</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a>
</li>`,
  )
  .join('')}
</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-impact tag-holiday-clubs image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/impact/">Impact</a></span>
</div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/priya/" class="author-avatar"><img class="author-profile-image"
src="/content/images/size/w100/2026/01/priya.jpg" alt="Priya Nandakumar"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a
href="/author/priya/">Priya Nandakumar</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-09-14">14 Sep 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/09/lunch-club.jpg 300w" src="/content/images/size/w2000/2026/09/lunch-club.jpg"
alt="Children at a lunch table"><figcaption><span style="white-space: pre-wrap;">Lunch at the Brook Lane club in August.</span></figcaption></figure>
</header><section class="gh-content gh-canvas">
${ps(pick(gBody, 0, 1))}
<h2 id="what-we-did">${at(gBody, 2)}</h2><ul>${pick(gBody, 3, 4, 5)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<h2 id="what-people-told-us">${at(gBody, 6)}</h2>${ps([at(gBody, 7)])}<blockquote>${at(gBody, 8)}</blockquote>${ps([at(gBody, 9)])}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">📣</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="what-comes-next">${at(gBody, 10)}</h2>${ps([at(gBody, 11)])}
<div class="kg-card kg-button-card kg-align-center"><a href="https://saltmarshfoodbank.org/donate" class="kg-btn kg-btn-accent">Support next summer</a></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    (r) => `<article class="post-card post"><a class="post-card-image-link" href="/p/"><img class="post-card-image" src="/content/images/x.jpg" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header"><h2 class="post-card-title">${r[0]}</h2></header>
</a><footer class="post-card-meta"><time class="post-card-meta-date">${r[1]}</time><span class="post-card-meta-length">${r[2]}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Saltmarsh Food Bank News</a> &copy; 2026</section><nav
class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact', 'Privacy'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=7c1a0d3e8f"></script></body></html>`;
const story: TestPage = {
  name: 'heldout482-ghost-impact-story',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: pick(gBody, 2, 6, 10),
  body: texts([gDek, ...pick(gBody, 0, 1, 3, 4, 5, 7, 8, 9), gCallout, at(gBody, 11)]),
  bylines: ['Priya Nandakumar', '14 Sep 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([gTitle, gDek, gCallout, ...gBody], [
    'Saltmarsh Food Bank', ...gNav, 'Sign in', 'Subscribe', 'Impact', 'Lunch at the Brook Lane club in August.', 'Support next summer',
    'Sign up for more like this.', 'Enter your email', ...gRead.flat(), 'Saltmarsh Food Bank News © 2026', 'Sign up', 'Contact', 'Privacy', 'Powered by Ghost',
  ]),
};

export const HELDOUT482_C: readonly TestPage[] = [register, story];
