import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout420-kit.js';

/**
 * Held-out batch 420, file e: a food safety regulator's prosecution notice built with Elementor on WordPress (theme-builder
 * header and footer, nested section / column / widget wrappers, post-info widget with date and author, icon lists, share
 * buttons, "Read more" promo, related posts widget, Complianz cookie banner) and a charity regulator's inquiry report page on
 * a GovCMS site with the Australian Government Design System (site alert, header, main nav, breadcrumbs, "In this section"
 * side nav, callout, "Last updated" line, feedback widget, footer with Acknowledgement of Country).
 */
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sect = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const icons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i
aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const eTitle = 'Owner of Brayford takeaway fined \u00a318,400 after rodent infestation and repeated hygiene failings';
const eLead = [
  j(
    'The owner of a takeaway in Brayford town centre has been ordered to pay \u00a318,400 in fines and costs after pleading guilty',
    'to eight offences under the Food Safety and Hygiene Regulations, following a prosecution brought by the Lowland Food',
    'Safety Authority.',
  ),
  j(
    'Desmond Okoro-Finch, the sole director of Golden Lantern Kitchen Ltd, appeared at Ashcombe Magistrates\u2019 Court. The court',
    'heard that inspectors visiting the premises in August found mouse droppings on food preparation surfaces, in a sack of',
    'rice and behind the chest freezers.',
  ),
];
const eH = ['What inspectors found', 'The sentence', 'Advice to food businesses'];
const eFound = [
  j(
    'It was the third time in eighteen months that the business had been told to improve. At an earlier visit it had been',
    'given a food hygiene rating of 1, and a written warning was issued after a follow-up visit showed little progress.',
  ),
  'During the August inspection, officers recorded:',
];
const eList = [
  'evidence of an active mouse infestation in the kitchen and dry store;',
  'raw chicken stored above ready-to-eat sauces in the walk-in fridge;',
  'no hot water at the only wash-hand basin in the kitchen;',
  'no documented food safety management system.',
];
const eFoundOutro = [
  j(
    'The business closed voluntarily the same day and reopened eleven days later after a pest control contractor had treated',
    'the premises and the kitchen had been deep-cleaned.',
  ),
];
const eSent = [
  j(
    'The company was fined \u00a314,000, and Mr Okoro-Finch was ordered to pay \u00a33,800 towards the prosecution costs and a victim',
    'surcharge of \u00a3600. In mitigation, the court heard that the business had since employed a new kitchen manager.',
  ),
  j(
    '\u201cThe conditions our officers found put customers at real risk,\u201d said Marguerite Ellery, head of enforcement at the',
    'Lowland Food Safety Authority. \u201cWe give businesses every opportunity to put things right, but when warnings are ignored we',
    'will not hesitate to take them to court.\u201d',
  ),
];
const eAdvice = [
  j(
    'Businesses that need help with their food safety management system can use the free guidance and templates on our website,',
    'or contact their local environmental health team before a problem becomes a prosecution.',
  ),
];
const eMenu = ['Home', 'For business', 'Consumers', 'Enforcement', 'News', 'Contact'];
const eShare = ['Facebook', 'LinkedIn', 'WhatsApp', 'Email'];
const eRel = ['Bakery owner prosecuted for selling out-of-date cakes', 'New guidance on allergen labelling for takeaways', 'Annual enforcement report'];
const eFoot = ['Privacy notice', 'Accessibility statement', 'Cookie policy', 'Freedom of information'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${eTitle} - Lowland Food
Safety Authority</title><meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="og:title" content="${eTitle}"><meta property="article:published_time" content="2026-04-08T10:02:44+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"datePublished":"2026-04-08T10:02:44+00:00","author":{"name":"Press Office"}},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4" media="all">
<link rel="stylesheet" id="elementor-post-4182-css" href="/wp-content/uploads/elementor/css/post-4182.css?ver=1744106564" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-4182 elementor-default elementor-kit-6 elementor-page-4190">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header">${sect(
  '5d1c2e',
  `${w('image', '<a href="/"><img src="/wp-content/uploads/2024/02/lfsa-logo.svg" alt="Lowland Food Safety Authority"></a>')}${w(
    'nav-menu',
    `<nav class="elementor-nav-menu--main" aria-label="Menu"><ul class="elementor-nav-menu">${links(eMenu, 'menu-item')}</ul></nav>`,
  )}`,
)}</div>
<div data-elementor-type="single-post" data-elementor-id="4190" class="elementor elementor-4190 elementor-location-single post-4182 post type-post">
${sect(
  '7a90b3',
  `${w('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${w(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item
elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item--type-date">8 April 2026</span></li><li
class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item--type-author">By Press
Office</span></li><li class="elementor-icon-list-item"><span class="elementor-post-info__terms-list">Prosecutions</span></li></ul>`,
)}
${w(
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/04/kitchen.jpg" alt=""><figcaption class="widget-image-caption
wp-caption-text">The kitchen at the time of the August inspection. Photo: LFSA</figcaption></figure>`,
)}`,
)}
${sect(
  '2be64f',
  `${w('text-editor', ps(eLead))}
${w('heading', `<h2 class="elementor-heading-title elementor-size-default">${eH[0]}</h2>`)}
${w('text-editor', ps(eFound))}
${w('icon-list', icons(eList))}
${w('text-editor', ps(eFoundOutro))}
${w('call-to-action', '<div class="elementor-cta__content"><p class="elementor-cta__description">Read more: How food hygiene ratings work</p></div>')}
${w('heading', `<h2 class="elementor-heading-title elementor-size-default">${eH[1]}</h2>`)}
${w('text-editor', ps(eSent))}
${w('heading', `<h2 class="elementor-heading-title elementor-size-default">${eH[2]}</h2>`)}
${w('text-editor', ps(eAdvice))}
${w(
  'share-buttons',
  `<div class="elementor-grid">${eShare
    .map(
      (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn
elementor-share-btn_${s.toLowerCase()}"><span class="elementor-share-btn__title">${s}</span></div></div>`,
    )
    .join('\n')}</div>`,
)}`,
)}
${sect(
  'c40e17',
  `${w('heading', '<h3 class="elementor-heading-title">More news</h3>')}${w(
    'posts',
    `<div class="elementor-posts-container">${links(eRel, 'elementor-post')}</div>`,
  )}`,
)}</div>
<div data-elementor-type="footer" data-elementor-id="35" class="elementor elementor-35 elementor-location-footer">${sect(
  'e8812f',
  `${w(
    'nav-menu',
    `<ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul>`,
  )}${w('text-editor', '<p>\u00a9 2026 Lowland Food Safety Authority. All rights reserved.</p>')}`,
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div
class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device
information.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.2" id="elementor-pro-frontend-js"></script></body></html>`;
const food: TestPage = {
  name: 'heldout420-elementor-food-prosecution',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([...eLead, ...eFound, ...eList, ...eFoundOutro, ...eSent, ...eAdvice]),
  bylines: ['8 April 2026', 'By Press Office'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eMenu, 'Prosecutions', 'The kitchen at the time of the August inspection. Photo: LFSA', 'Read more: How food hygiene ratings work',
    ...eShare, 'More news', ...eRel, ...eFoot, '\u00a9 2026 Lowland Food Safety Authority. All rights reserved.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

const gTitle = 'Inquiry report: Riverbend Community Outreach Trust';
const gH = ['Background', 'Issues examined', 'Findings', 'Regulatory action', 'Lessons for other charities'];
const gBack = [
  j(
    'Riverbend Community Outreach Trust is a registered charity that ran after-school clubs and holiday meal programs in the',
    'Marrowvale region. In the 2024 financial year it reported revenue of $1.4 million, most of it from government grants.',
  ),
  j(
    'We opened an inquiry in May 2025 after the charity lodged its annual information statement late for the second year',
    'running and a former volunteer raised concerns about payments to a company owned by the chair\u2019s son.',
  ),
];
const gIssues = [
  'whether the responsible persons managed a conflict of interest in the award of a catering contract;',
  'whether the charity kept financial records that correctly explain its transactions;',
  'whether grant funds were used for the purposes for which they were given.',
];
const gFind = [
  j(
    'The board awarded a catering contract worth $212,000 over two years to Tallis Catering Pty Ltd without a tender. The chair',
    'did not declare that her son was a director of the company, and she took part in the vote.',
  ),
  j(
    'The charity\u2019s accounts did not separate grant income by program, and invoices for about $38,000 of spending could not be',
    'found. We did not find evidence that funds were taken for private use, but the records were not adequate to show how the',
    'money had been spent.',
  ),
];
const gAction = [
  j(
    'The chair resigned during the inquiry. We gave the charity a direction to appoint an independent treasurer, adopt a',
    'conflicts of interest policy and have its next two annual reports reviewed by a registered auditor. The charity has',
    'complied with the first two steps and remains registered.',
  ),
];
const gLessons = [
  'Keep a register of interests and ask board members to update it at every meeting.',
  'A person with a conflict should leave the room when the matter is discussed and decided.',
  'Record grant income and spending separately for each program, so you can show funders how their money was used.',
];
const gNav = ['For charities', 'For the public', 'Compliance and enforcement', 'Resources', 'About us'];
const gCrumbs = ['Home', 'Compliance and enforcement', 'Inquiry reports'];
const gSide = ['Regulatory approach', 'Inquiry reports', 'Enforcement actions register', 'Raise a concern'];
const gFoot = ['Accessibility', 'Copyright', 'Disclaimer', 'Privacy', 'Contact us'];
const gHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${gTitle} | National Charities Regulator</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Report of our inquiry into Riverbend Community
Outreach Trust."><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="dcterms.modified" content="2026-04-02">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"${gTitle}","dateModified":"2026-04-02"}</script>
<script>window.drupalSettings={"govcms":{"site":"ncr"},"path":{"currentPath":"node/6630"}};</script>
<link rel="stylesheet" href="/themes/custom/ncr/dist/css/auds.min.css"></head>
<body class="au-body path-node page-node-type-govcms-standard-page"><nav class="au-skip-link"><a class="au-skip-link__link" href="#content">Skip to main
content</a></nav>
<div class="au-page-alerts au-page-alerts--info site-alert"><p>Annual information statements for 2025 are due by 31 May.</p></div>
<header class="au-header" role="banner"><div class="container"><a href="/" class="au-header__brand"><span class="au-header__heading">National Charities
Regulator</span></a></div></header>
<nav class="au-main-nav" aria-label="main navigation"><div class="container"><ul class="au-link-list">${links(gNav)}</ul></div></nav>
<main class="au-body container" id="content"><nav class="au-breadcrumbs" aria-label="breadcrumb"><ul class="au-link-list au-link-list--inline">${links(
  gCrumbs,
)}</ul></nav><div class="row"><aside class="col-md-3"><nav class="au-side-nav au-accordion" aria-label="side navigation"><h2
class="au-sidenav__title">In this section</h2><ul class="au-link-list">${links(gSide)}</ul></nav></aside>
<div class="col-md-9"><article class="node node--type-govcms-standard-page"><h1>${gTitle}</h1>
<div class="au-callout au-callout--calendar-event"><p class="au-callout__title">Inquiry outcome</p><p>Direction given; charity remains registered</p></div>
<div class="field--name-body au-body">
<h2>${gH[0]}</h2>
${ps(gBack)}
<h2>${gH[1]}</h2>
<p>The inquiry examined:</p>
<ul>${lis(gIssues)}</ul>
<h2>${gH[2]}</h2>
${ps(gFind)}
<h2>${gH[3]}</h2>
${ps(gAction)}
<h2>${gH[4]}</h2>
<ul>${lis(gLessons)}</ul>
</div>
<div class="page-meta"><p class="page-meta__updated">Last updated: 2 April 2026</p><a class="print-link" href="javascript:window.print()">Print this
page</a></div></article>
<div class="feedback-widget"><h2>Did you find this page helpful?</h2><button class="au-btn au-btn--secondary">Yes</button><button class="au-btn
au-btn--secondary">Tell us more</button></div></div></div></main>
<footer class="au-footer" role="contentinfo"><div class="container"><nav class="au-footer__navigation"><ul class="au-link-list">${links(gFoot)}</ul></nav>
<div class="au-footer__end"><p class="acknowledgement">We acknowledge the Traditional Custodians of Country throughout the land and their continuing
connection to land, water and community.</p><p><small>\u00a9 Commonwealth of Marrowvale 2026</small></p></div></div></footer>
<script src="/themes/custom/ncr/dist/js/auds.min.js"></script></body></html>`;
const charity: TestPage = {
  name: 'heldout420-govcms-charity-inquiry-report',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts(['Direction given; charity remains registered', ...gBack, 'The inquiry examined:', ...gIssues, ...gFind, ...gAction, ...gLessons]),
  bylines: ['Last updated: 2 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Annual information statements for 2025 are due by 31 May.', 'National Charities Regulator', ...gNav, ...gCrumbs,
    'In this section', ...gSide, 'Print this page', 'Did you find this page helpful?',
    'Yes', 'Tell us more', ...gFoot,
    'We acknowledge the Traditional Custodians of Country throughout the land and their continuing connection to land, water and community.',
    '\u00a9 Commonwealth of Marrowvale 2026',
  ],
};

export const HELDOUT420_E: readonly TestPage[] = [food, charity];
