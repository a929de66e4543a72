import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout427-kit.js';
/**
 * Held-out batch 427, file a: a charitable foundation's grant programme page on Drupal 10 (Olivero theme: main menu,
 * breadcrumb block, node body with eligibility lists and a key dates list, "Last updated" field, sidebar blocks, EU Cookie
 * Compliance banner, footer menus) and a university's undergraduate scholarship listing (many short entries, filter panel,
 * results count, "Back to top", footer).
 */
const fTitle = 'Community Resilience Grants 2026';
const fIntro = [
  j(
    'Our Community Resilience Grants help small charities and community groups in the Vale of Ostby',
    'prepare for, and recover from, local emergencies such as flooding, long power cuts and the closure of a village’s only shop.',
  ),
  j(
    'This year we have £640,000 to award. Most grants will be between £5,000 and £25,000 over one or two years, and we',
    'expect to support around forty organisations. We welcome first-time applicants and groups that have never had a grant before.',
  ),
];
const fWho = [
  'registered charities, charitable incorporated organisations and community interest companies with an asset lock',
  'unincorporated community groups with a written constitution and at least three unrelated committee members',
  'parish and town councils, when the project is run jointly with a voluntary group',
  'organisations with an annual income below £350,000 in their most recent accounts',
];
const fWhoNote = j(
  'Your group must be based in, and mainly serve people in, the districts of Ostby, Marrow Cross or Lower Thane.',
  'If you are unsure whether your area is covered, check our postcode map before you start an application.',
);
const fWhat = [
  'emergency plans, volunteer training and equipment for community flood wardens',
  'warm spaces and hubs that open during power cuts or severe weather',
  'small capital works that make a community building usable as a rest centre',
  'staff time to coordinate volunteers, up to half of the grant',
];
const fNot = [
  'work that a statutory body has a legal duty to provide',
  'individuals, or organisations that distribute money to individuals',
  'projects that have already started before we make a decision',
  'general appeals, fundraising events or religious activity',
];
const fDates = [
  'Round opens: Monday 12 January 2026',
  'Deadline for applications: 12 noon, Thursday 26 February 2026',
  'Shortlisted groups visited: March and April 2026',
  'Decisions sent: by Friday 29 May 2026',
];
const fHow = [
  j(
    'Applications are made through our online grants portal. You can save your form and come back to it, and you will be',
    'asked to upload your governing document, your latest accounts and a bank statement no more than three months old.',
  ),
  j(
    'Before you apply, we strongly recommend a fifteen-minute call with a grants officer. Book a slot through the portal;',
    'the calls run every Tuesday and Thursday morning while the round is open.',
  ),
  j(
    'We assess every application against the same four questions: is there a clear local need, will the work reduce harm',
    'when an emergency happens, is the group able to deliver it, and does the budget represent good value?',
  ),
];
const fMenu = ['About us', 'Our grants', 'Apply', 'Stories', 'News', 'Contact'];
const fCrumbs = ['Home', 'Our grants'];
const fSide = ['Village Shops Fund', 'Rural Transport Grants', 'Small Sparks awards'];
const fFoot = ['Privacy notice', 'Cookie policy', 'Accessibility', 'Safeguarding', 'Modern slavery statement'];
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<meta name="description" content="Grants of £5,000 to £25,000 for community groups preparing for local emergencies in the Vale of Ostby.">
<link rel="canonical" href="https://www.harrowgatefoundation.org.uk/our-grants/community-resilience-grants">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${fTitle} | Harrowgate Foundation</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Zk2xq.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable">
<div class="site-header__inner"><div class="site-header__inner__container container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">Harrowgate Foundation</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons"><button class="button-nav" aria-controls="header-nav" aria-expanded="false"><span class="visually-hidden">Main Menu</span>
</button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(fMenu, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(fCrumbs, 'breadcrumb__item')}</ol>
</nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string">${fTitle}</span>
</h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium"
id="content"><div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="412" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(fIntro)}
<h2>Who can apply</h2>
<ul>${lis(fWho)}</ul>
<p>${fWhoNote}</p>
<h2>What we fund</h2>
<ul>${lis(fWhat)}</ul>
<h3>What we will not fund</h3>
<ul>${lis(fNot)}</ul>
<h2>Key dates</h2>
<ul>${lis(fDates)}</ul>
<h2>How to apply</h2>
${ps(fHow)}
</div>
<div class="field field--name-field-last-updated field--type-datetime field--label-inline clearfix">
<div class="field__label">Last updated</div><div class="field__item"><time datetime="2026-01-08T12:00:00Z">8 January 2026</time></div></div>
</div></article></div></div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-otherprogrammes" class="block block-block-content">
<h2 class="block__title">Other programmes</h2><div class="block__content"><ul>${links(fSide)}</ul></div></div>
<div id="block-grantsteam" class="block block-block-content"><h2 class="block__title">Talk to the grants team</h2>
<div class="block__content"><p>Call 01632 960 418, weekdays 9am to 4pm, or email grants@harrowgatefoundation.org.uk</p></div></div></aside>
</div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<nav role="navigation" id="block-olivero-footer" class="block block-menu navigation menu--footer"><ul class="menu">${links(fFoot, 'menu__item')}</ul>
</nav></div><div class="region region--footer-bottom grid-full"><div id="block-copyright" class="block block-block-content">
<p>Harrowgate Foundation is a registered charity in England and Wales, number 1190427.</p></div></div></div></footer>
</div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" style="height: auto; width: 100%; bottom: 0px;"><div class="eu-cookie-compliance-banner
eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message" role="document"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-secondary-button button button--small">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button button button--small button--primary">No, thanks</button>
</div></div></div></div>
<script src="/sites/default/files/js/js_Q8aPz.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const foundation: TestPage = {
  name: 'heldout427-drupal-olivero-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Who can apply', 'What we fund', 'What we will not fund', 'Key dates', 'How to apply'],
  body: texts([...fIntro, ...fWho, fWhoNote, ...fWhat, ...fNot, ...fDates, ...fHow]),
  bylines: ['8 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Harrowgate Foundation', 'Main Menu', 'Main navigation', ...fMenu, 'Breadcrumb', 'Home', 'Last updated',
    'Other programmes', ...fSide, 'Talk to the grants team', 'Call 01632 960 418, weekdays 9am to 4pm, or email grants@harrowgatefoundation.org.uk',
    ...fFoot, 'Harrowgate Foundation is a registered charity in England and Wales, number 1190427.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'No, thanks',
  ],
};
/* A university's scholarship listing: each entry an h2 with a short description and two facts. */
const uTitle = 'Undergraduate scholarships and bursaries';
const uIntro = j(
  'Calderbrook offers more than thirty scholarships and bursaries to undergraduate students. Some are awarded automatically',
  'when you accept your offer; others need a short application. The list below shows the awards open to students starting in 2026.',
);
type Award = readonly [string, string, string, string];
const uAwards: readonly Award[] = [
  ['Calderbrook Access Bursary', 'For home students from households with an income below £35,000. No application needed.', '£1,200 a year', 'Automatic'],
  [
    'Vice-Chancellor’s Excellence Scholarship',
    'For applicants who achieve A*A*A or equivalent in their final qualifications.',
    '£3,000 in year one',
    'Automatic',
  ],
  ['Care Leavers’ Bursary', 'For students who have spent time in local authority care. Includes year-round accommodation support.', '£2,500 a year', 'Rolling'],
  ['Ferrand Engineering Scholarship', 'For first-year students on any engineering degree who write a 500-word statement.', '£2,000 a year', '31 March 2026'],
  [
    'Estuary Sports Scholarship',
    'For athletes competing at county level or above, with access to coaching and physiotherapy.',
    'Up to £1,500',
    '30 April 2026',
  ],
  ['Music Performance Award', 'For students on any degree who play in a university ensemble, awarded after audition.', '£800 a year', '15 May 2026'],
  [
    'Commuter Student Travel Grant',
    'For students living more than fifteen miles from campus who travel in at least three days a week.',
    '£400',
    '30 June 2026',
  ],
  [
    'Kenward Family Scholarship in History',
    'For a history student from the North East who is the first in their family to go to university.',
    '£2,250 a year',
    '31 May 2026',
  ],
  ['International Merit Scholarship', 'For international fee-paying students holding an offer by the end of May.', '£4,000 fee discount', 'Automatic'],
  ['Young Carers’ Award', 'For students who care for a family member, with a named contact in Student Support.', '£1,000 a year', 'Rolling'],
];
const uAwardHtml = uAwards
  .map(
    ([name, text, value, deadline]) => `<div class="card scholarship-card col-12" data-level="ug"><div class="card-body">
<h2 class="card-title h4"><a href="/study/fees-funding/scholarships/${name.length}">${name}</a></h2><p class="card-text">${text}</p>
<ul class="list-unstyled card-facts"><li>Value: ${value}</li><li>Closing date: ${deadline}</li></ul></div></div>`,
  )
  .join('\n');
const uNote = j(
  'You can hold more than one award unless an entry says otherwise, but fee discounts cannot take your tuition fee below',
  'half of the published rate. Awards are paid in three instalments, in November, February and May.',
);
const uNav = ['Study', 'Research', 'International', 'Student life', 'About Calderbrook'];
const uCrumbs = ['Home', 'Study', 'Fees and funding', 'Scholarships'];
const uFilters = ['Level of study', 'Undergraduate', 'Postgraduate taught', 'Fee status', 'Home (UK)', 'International (non-UK)', 'Apply filters', 'Clear all'];
const uFoot = ['Contact us', 'Maps and directions', 'Jobs', 'Freedom of information', 'Privacy', 'Accessibility statement'];
const uHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Undergraduate scholarships and bursaries - University of Calderbrook</title>
<meta name="description" content="Scholarships and bursaries for undergraduate students starting at Calderbrook in 2026.">
<meta property="og:title" content="${uTitle}"><meta name="generator" content="TERMINALFOUR">
<link rel="stylesheet" href="/site-elements/css/main.min.css"><script src="/site-elements/js/vendor/jquery.min.js"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"listing","section":"fees-funding"});</script></head>
<body class="t4-listing"><a class="skip-link visually-hidden-focusable" href="#main">Skip to content</a>
<header class="global-header"><div class="container d-flex"><a class="global-header__logo" href="/">University of Calderbrook</a>
<nav class="global-nav" aria-label="Main"><ul class="global-nav__list">${links(uNav, 'global-nav__item')}</ul></nav>
<form class="global-search" action="/search"><label for="q" class="visually-hidden">Search the site</label><input id="q" name="q" type="search">
<button type="submit">Search</button></form></div></header>
<nav class="breadcrumb-wrap container" aria-label="breadcrumb"><ol class="breadcrumb">${links(uCrumbs, 'breadcrumb-item')}</ol></nav>
<main id="main" class="container"><div class="row"><aside class="col-lg-3 listing-filters" aria-label="Filter scholarships">
<h2 class="h5">Filter scholarships</h2><form><fieldset><legend>Level of study</legend><label><input type="checkbox" checked> Undergraduate</label>
<label><input type="checkbox"> Postgraduate taught</label></fieldset><fieldset><legend>Fee status</legend><label><input type="checkbox"> Home (UK)</label>
<label><input type="checkbox"> International (non-UK)</label></fieldset><button type="submit" class="btn btn-primary">Apply filters</button>
<a href="?" class="btn btn-link">Clear all</a></form></aside>
<div class="col-lg-9"><!-- t4 content: listing intro --><h1 class="page-title">${uTitle}</h1><p class="lead">${uIntro}</p>
<p class="listing-count" aria-live="polite">Showing 10 of 10 scholarships</p>
<div class="row scholarship-listing">
${uAwardHtml}
</div><p class="listing-note">${uNote}</p><a href="#main" class="back-to-top">Back to top</a></div></div></main>
<footer class="global-footer"><div class="container"><ul class="global-footer__links">${links(uFoot)}</ul>
<p class="global-footer__legal">© University of Calderbrook 2026. Registered charity number 1141027.</p></div></footer>
<div class="cookie-notice" role="dialog" aria-label="Cookie notice"><p>We use cookies to understand how you use our website.</p>
<button class="btn btn-light">Accept cookies</button><button class="btn btn-outline-light">Reject non-essential cookies</button></div>
</body></html>`;
const university: TestPage = {
  name: 'heldout427-terminalfour-university-listing-docs',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uAwards.map((a) => a[0]),
  body: [uIntro, ...uAwards.flatMap(([, text, value, deadline]) => [text, `Value: ${value}`, `Closing date: ${deadline}`]), uNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'University of Calderbrook', ...uNav, 'Search the site', 'Search', 'Home', 'Fees and funding', 'Scholarships', 'Filter scholarships',
    ...uFilters,
    'Showing 10 of 10 scholarships', 'Back to top', ...uFoot, '© University of Calderbrook 2026. Registered charity number 1141027.',
    'We use cookies to understand how you use our website.', 'Accept cookies', 'Reject non-essential cookies',
  ],
};
export const HELDOUT427_A: readonly TestPage[] = [foundation, university];
