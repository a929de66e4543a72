import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout379-kit.js';

/**
 * Held-out batch 379, file b: a rugby league club's ticket information page built with Elementor on WordPress (header
 * template, Complianz cookie banner, heading / text-editor / icon-list / price-table widgets in nested containers, a call-to-action
 * button, a sponsor carousel and the footer template) and an injury update on an Adobe Experience Manager club site.
 */
const eTitle = 'Ticket Information 2026';
const eIntro = [
  j(
    'Everything you need to know about buying tickets for Harnley Hawks home matches at the Foundry Stadium this season, from',
    'matchday prices to concessions, accessible seating and how to collect your tickets.',
  ),
];
const eBuy = [
  j(
    'Season ticket holders who cannot attend a match can release their seat through the ticket portal up to 24 hours before kick-off',
    "and will receive a credit towards next season's renewal if the seat is resold.",
  ),
  j(
    'Tickets can be bought online through the Hawks ticket portal until two hours before kick-off, by phone on 01632 960 418, or in',
    'person at the Foundry Stadium ticket office, which is open Monday to Friday from 10am to 4pm and from 11am on matchdays.',
  ),
  'Tickets bought online are sent to your phone as a mobile ticket. Print-at-home tickets are no longer available.',
];
const ePrices = [
  'Adult (22 to 64): £24 in advance, £27 on the day',
  'Senior (65 and over): £18 in advance, £21 on the day',
  'Young adult (18 to 21): £14 in advance, £16 on the day',
  "Junior (under 18): £6, with under-5s free on an adult's ticket",
];
const eConc = [
  j(
    'Group bookings of ten or more are eligible for a 15 per cent discount on adult and senior tickets. Schools and junior rugby clubs',
    'can apply for free tickets for selected matches through the community department, subject to availability.',
  ),
  j(
    'Proof of age may be asked for at the turnstile for any concession ticket. Students in full-time education can buy a young adult',
    'ticket on production of a valid student card, whatever their age.',
  ),
];
const eAccess = [
  j(
    'The Foundry Stadium has 48 wheelchair spaces across the North and West Stands, each with a seat for a companion. Disabled',
    'supporters pay the concession price and a personal assistant is admitted free of charge.',
  ),
  j(
    'To book an accessible space, call the Disability Liaison Officer, Yusuf Harcourt, on 01632 960 422 or email access@harnleyhawks.example',
    'at least 48 hours before the match.',
  ),
];
const eMenu = ['Home', 'News', 'Fixtures', 'Tickets & Prices', 'Memberships', 'Hospitality', 'Shop'];
const eSponsors = ['Principal partner: Greaves Haulage', 'Kit partner: Ardent Sportswear'];
const eFoot = ['Contact', 'Stadium Guide', 'Ground Regulations', 'Privacy Policy', 'Safeguarding'];
const eWidget = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Harnley Hawks RLFC</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://harnleyhawks.example/tickets/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${eTitle} - Harnley Hawks RLFC">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://harnleyhawks.example/tickets/",
"name":"${eTitle} - Harnley Hawks RLFC","isPartOf":{"@id":"https://harnleyhawks.example/#website"}}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://harnleyhawks.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.1'
media='all' />
<link rel='stylesheet' id='elementor-post-8-css' href='https://harnleyhawks.example/wp-content/uploads/elementor/css/post-8.css?ver=1739' media='all' />
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.27.1","post":{"id":8,"title":"Tickets"}};</script>
<meta name="generator" content="Elementor 3.27.1; features: e_font_icon_svg; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-8 elementor-default elementor-kit-5 elementor-page elementor-page-8">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('theme-site-logo', '<a href="https://harnleyhawks.example"><img src="/wp-content/uploads/2025/06/hawks-crest.png" alt="Harnley Hawks"></a>')}
${eWidget(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-4f2a" class="elementor-nav-menu">
${links(eMenu, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}
${eWidget(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/tickets/buy"><span
class="elementor-button-text">Buy Now</span></a>`,
)}
</div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="8" class="elementor elementor-8" data-elementor-post-type="page">
<div class="elementor-element e-flex e-con-boxed e-con e-parent hero-band" data-element_type="container"><div class="e-con-inner">
${eWidget('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eWidget('text-editor', ps(eIntro))}
</div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element e-con-full e-flex e-con e-child" data-element_type="container">
${eWidget('heading', '<h2 class="elementor-heading-title elementor-size-default">How to buy</h2>')}
${eWidget('text-editor', ps(eBuy))}
${eWidget('heading', '<h2 class="elementor-heading-title elementor-size-default">Matchday prices</h2>')}
${eWidget(
  'icon-list',
  `<ul class="elementor-icon-list-items">${ePrices
    .map(
      (p) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true"
class="e-font-icon-svg e-fas-ticket-alt"></svg></span>
<span class="elementor-icon-list-text">${p}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${eWidget('heading', '<h2 class="elementor-heading-title elementor-size-default">Concessions</h2>')}
${eWidget('text-editor', ps(eConc))}
</div>
<div class="elementor-element e-con-full e-flex e-con e-child sidebar-col" data-element_type="container">
${eWidget(
  'price-table',
  `<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">Season Membership</h3>
<span class="elementor-price-table__subheading">Save up to 30% on matchday prices</span></div><div class="elementor-price-table__price">
<span class="elementor-price-table__currency">£</span><span class="elementor-price-table__integer-part">299</span></div>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button" href="/memberships">Become a Member</a></div></div>`,
)}
</div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('heading', '<h2 class="elementor-heading-title elementor-size-default">Accessible tickets</h2>')}
${eWidget('text-editor', ps(eAccess))}
${eWidget(
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Hospitality packages</h3>
<div class="elementor-cta__description">Three-course dining and a padded seat in the West Stand from £95.</div>
<a class="elementor-cta__button elementor-button" href="/hospitality">Find out more</a></div></div>`,
)}
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('image-carousel', `<div class="elementor-image-carousel swiper-wrapper">${lis(eSponsors, 'swiper-slide')}</div>`)}
${eWidget('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${eWidget('text-editor', '<p>© 2026 Harnley Hawks Rugby League Football Club. Website by Northside Digital.</p>')}
</div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept cookies</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src='https://harnleyhawks.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.1'
id='elementor-frontend-js'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout379-elementor-ticket-information',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['How to buy', 'Matchday prices', 'Concessions', 'Accessible tickets'],
  body: texts([...eIntro, ...eBuy, ...ePrices, ...eConc, ...eAccess]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eMenu, 'Buy Now', 'Season Membership', 'Save up to 30% on matchday prices', 'Become a Member', 'Hospitality packages',
    'Three-course dining and a padded seat in the West Stand from £95.', 'Find out more', ...eSponsors, ...eFoot,
    '© 2026 Harnley Hawks Rugby League Football Club. Website by Northside Digital.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept cookies', 'Deny', 'View preferences',
  ],
};

/**
 * An injury update on an Adobe Experience Manager club site: core components (`cmp-title`, `cmp-text`, `cmp-image`,
 * `cmp-teaser`) inside a responsive grid, the OneTrust banner, the experience-fragment header and footer, the article meta
 * with date and author, a social share component, an in-text teaser and a "Latest news" list.
 */
const aTitle = 'Injury update: Marek Sólyom and Dion Achterberg';
const aLead = [
  j(
    'The medical department at Wexmoor City has provided an update on defender Marek Sólyom and forward Dion Achterberg, both of whom',
    "were forced off during Sunday's 2-0 win at Caradon Park.",
  ),
];
const aSolyom = [
  j(
    'Sólyom was replaced at half-time after feeling discomfort in his right calf. Scans on Monday showed a low-grade strain, and the',
    'centre-back is expected to miss the next two matches, against Linthorpe and Ashby Vale.',
  ),
  j(
    'Head of medical Dr Priya Castellane said the club would not take risks with the defender, who missed six weeks with a similar',
    'problem in his left calf last season. He will begin running again next week.',
  ),
];
const aAcht = [
  j(
    'With Sólyom out, Nathan Ferriby is expected to return to the starting line-up alongside club captain Ugo Balogun. Ferriby has',
    'started only three league matches this season but played the full ninety minutes in the cup replay against Thornaby last month.',
  ),
  j(
    'Achterberg suffered a dislocated shoulder in a challenge with the Caradon goalkeeper in the 71st minute. The joint was put back in',
    'place in the dressing room and the striker travelled home with the squad.',
  ),
  j(
    'After consulting a specialist, the club and player have agreed that he will have surgery to stabilise the shoulder this week.',
    'The expected recovery time is around ten weeks, which rules him out until at least the middle of May.',
  ),
];
const aQuote = j(
  'It is a blow for Dion, who was in the best form of his time here. The operation gives him the best chance of not having the',
  'problem again, and he will be back in plenty of time for pre-season.',
);
const aOthers = [
  'Rafael Ionescu (knee) – back in full training, available for selection',
  'Tobias Quayle (illness) – expected to return this week',
  'Conor Whitlam (hamstring) – three to four weeks',
];
const aMenu = ['Men', 'Women', 'Academy', 'Tickets', 'Store', 'WexTV'];
const aLatest = ['Wexmoor City 2-0 win at Caradon Park: the highlights', 'Season ticket renewals open on 1 April', 'Under-21s reach county cup final'];
const aFoot = ['Contact Us', 'Careers', 'Privacy Policy', 'Cookie Policy', 'Terms & Conditions', 'Accessibility'];
const cmp = (type: string, inner: string): string =>
  `<div class="${type} aem-GridColumn aem-GridColumn--default--12"><div class="cmp-${type}">${inner}</div></div>`;
const aHtml = `<!DOCTYPE HTML><html lang="en"><head><meta charset="UTF-8"><title>${aTitle} | Wexmoor City</title>
<meta name="keywords" content="injury,first team,medical"><meta name="description" content="The latest on Marek Sólyom and Dion Achterberg.">
<meta name="template" content="article-page"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${aTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.wexmoorcity.example/en/news/2026/03/injury-update-solyom-achterberg.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","datePublished":"2026-03-10",
"author":{"@type":"Organization","name":"Wexmoor City"}}</script>
<link rel="stylesheet" href="/etc.clientlibs/wexmoor/clientlibs/clientlib-site.lc-5a1c2e-lc.min.css" type="text/css">
<script src="/etc.clientlibs/core/wcm/components/commons/site/clientlibs/container.lc-0a6aff292f-lc.min.js"></script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"page-3f2a":{"@type":"wexmoor/components/page",
"dc:title":"${aTitle}","xdm:template":"/conf/wexmoor/settings/wcm/templates/article-page"}}});</script></head>
<body class="page basicpage" id="page-3f2a" data-cmp-link-accessibility-enabled data-cmp-data-layer-enabled>
<div class="root container responsivegrid"><div id="container-1a" class="cmp-container">
<div class="experiencefragment"><div id="experiencefragment-header" class="cmp-experiencefragment cmp-experiencefragment--header">
<div class="xf-content-height"><div class="aem-Grid aem-Grid--12"><div class="header aem-GridColumn"><header class="cmp-header">
<a class="cmp-header__logo" href="/en.html"><img src="/content/dam/wexmoor/crest.svg" alt="Wexmoor City"></a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">
${links(aMenu, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav></header></div></div></div></div></div>
<main class="container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="breadcrumb aem-GridColumn"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
<li class="cmp-breadcrumb__item"><a href="/en.html" class="cmp-breadcrumb__item-link"><span>Wexmoor City</span></a></li>
<li class="cmp-breadcrumb__item"><a href="/en/news.html" class="cmp-breadcrumb__item-link"><span>Latest News</span></a></li>
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Injury update</span></li></ol></nav></div>
${cmp('title', `<h1 class="cmp-title__text">${aTitle}</h1>`)}
<div class="articlemeta aem-GridColumn"><div class="cmp-articlemeta"><span class="cmp-articlemeta__category">First Team</span>
<time class="cmp-articlemeta__date" datetime="2026-03-10">10 March 2026</time><span class="cmp-articlemeta__author">Words: Club Media</span></div></div>
<div class="socialshare aem-GridColumn"><div class="cmp-socialshare"><span class="cmp-socialshare__label">Share</span>
<a class="cmp-socialshare__link" href="https://www.facebook.com/sharer.php">Facebook</a><a class="cmp-socialshare__link"
href="https://x.com/share">X (Twitter)</a>
<a class="cmp-socialshare__link" href="mailto:?subject=Injury%20update">Email</a></div></div>
${cmp(
  'image',
  `<img class="cmp-image__image" src="/content/dam/wexmoor/news/2026/achterberg.jpg" alt="Dion Achterberg">
<span class="cmp-image__title">Dion Achterberg receives treatment at Caradon Park</span>`,
)}
${cmp(
  'text',
  `${ps(aLead)}
<h2>Marek Sólyom</h2>
${ps(aSolyom)}
<h2>Dion Achterberg</h2>
${ps(aAcht)}
<blockquote><p>${aQuote}</p></blockquote>`,
)}
${cmp(
  'teaser',
  `<div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">Read more</p><h3 class="cmp-teaser__title">
<a class="cmp-teaser__title-link" href="/en/news/2026/03/caradon-report.html">Caradon Park 0-2 Wexmoor City: match report</a></h3></div>`,
)}
${cmp(
  'text',
  `<h2>Other squad news</h2>
<ul>${lis(aOthers)}</ul>`,
)}
<div class="list aem-GridColumn"><div class="cmp-list-wrapper"><h2 class="cmp-list__heading">Latest news</h2><ul class="cmp-list">
${links(aLatest, 'cmp-list__item')}</ul></div></div>
</div></div></main>
<div class="experiencefragment"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><footer class="cmp-footer">
<ul class="cmp-footer__links">${links(aFoot, 'cmp-footer__item')}</ul>
<p class="cmp-footer__copyright">© Wexmoor City Football Club 2026</p></footer></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<h2 id="onetrust-policy-title">Your privacy</h2><p
id="onetrust-policy-text">We and our partners use cookies to personalise content and analyse our traffic.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button
id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></div>
<script src="/etc.clientlibs/wexmoor/clientlibs/clientlib-site.lc-7b2f9d-lc.min.js"></script></body></html>`;
const aem: TestPage = {
  name: 'heldout379-aem-injury-update',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: ['Marek Sólyom', 'Dion Achterberg', 'Other squad news'],
  body: texts([...aLead, ...aSolyom, ...aAcht, aQuote, ...aOthers]),
  bylines: ['10 March 2026', 'Words: Club Media'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aMenu, 'Latest News', 'Injury update', 'First Team', 'Share', 'Facebook', 'X (Twitter)', 'Email',
    'Dion Achterberg receives treatment at Caradon Park', 'Read more', 'Caradon Park 0-2 Wexmoor City: match report', 'Latest news', ...aLatest,
    ...aFoot, '© Wexmoor City Football Club 2026', 'Your privacy', 'We and our partners use cookies to personalise content and analyse our traffic.',
    'Accept All Cookies', 'Cookies Settings',
  ],
};

export const HELDOUT379_B: readonly TestPage[] = [elementor, aem];
