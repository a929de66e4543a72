import { links, ps, type TestPage, texts } from './page-kit.js';
import { ccPatientEd } from './pages-heldout249-a2.js';
import { j } from './pages-heldout249-kit.js';

/**
 * Held-out batch 249, file a: a hospital trust's news story on a Drupal 10 site (NHS-style header with the trust's
 * logo, Civic Cookie Control banner, mega menu, breadcrumb, the news node with its date and "Posted in" category,
 * a figure with caption, a "Read more" promo, an AddToAny share bar, the related-news view block, the newsletter
 * block and the footer) and, from file a2, a health system's patient-education page.
 */
const tTitle = 'New same-day emergency care unit opens at St Aldric’s Hospital';
const tLead = j(
  'Patients who come to St Aldric’s Hospital with conditions that can be treated without an overnight stay are now',
  'being seen in a purpose-built same-day emergency care unit, which opened its doors on Monday 2 March.',
);
const tP1 = [
  tLead,
  j(
    'The unit, on the ground floor of the Cleeve Wing, has twelve treatment chairs, four trolley bays and its own',
    'phlebotomy and ultrasound rooms. It will see around 70 patients a day who would previously have waited in the',
    'emergency department or been admitted to a ward while tests were carried out.',
  ),
  j(
    'Typical conditions treated in the unit include suspected blood clots in the leg or lung, chest infections that need',
    'a course of intravenous antibiotics, and abdominal pain that needs a scan before a decision can be made.',
  ),
];
const tH1 = 'Shorter waits and fewer admissions';
const tP2 = [
  j(
    'A six-month pilot in a temporary space last year showed that two in three patients referred to same-day care went',
    'home the same evening. The average time from arrival to a treatment plan fell from just under six hours to two',
    'hours and forty minutes.',
  ),
  j(
    '“Nobody wants to spend a night on a ward if they don’t need to,” said Dr Priyanka Holloway, consultant in acute',
    'medicine and clinical lead for the unit. “Having our own scanning and blood testing next door means we can give',
    'people an answer in the same afternoon and let them sleep in their own bed.”',
  ),
  'Patients are referred to the unit by:',
];
const tList = [
  'the emergency department, once a doctor has assessed them',
  'their GP practice, using the direct telephone line',
  'NHS 111 and the ambulance service for a small number of agreed conditions',
  'the hospital’s own outpatient clinics',
];
const tH2 = 'Funded by the hospital charity';
const tP3 = [
  j(
    'The £2.4 million project was funded jointly by the trust and the Cleeve and Aldric Hospitals Charity, whose',
    'supporters raised £600,000 towards equipment and the patient lounge through the Open Doors appeal.',
  ),
  j(
    'Margaret Eadie, who chairs the charity’s trustees, said the appeal had been backed by more than 40 local',
    'businesses, schools and community groups. “Every coffee morning and sponsored walk has gone into this room,” she said.',
  ),
  j(
    'The unit is open from 8am to 10pm, seven days a week. It does not accept walk-in patients: anyone who thinks they',
    'need urgent care should still call NHS 111 or, in an emergency, 999.',
  ),
];
const tNav = ['Our hospitals', 'Services', 'Patients and visitors', 'Work for us', 'Get involved', 'About us', 'News'];
const tCrumbs = ['Home', 'About us', 'News'];
const tRelated = [
  'Volunteers mark ten years of the hospital radio service',
  'Maternity unit rated good by inspectors',
  'Work starts on new multi-storey car park',
];
const tFoot = ['Accessibility', 'Privacy notice', 'Cookies', 'Freedom of information', 'Modern slavery statement', 'Contact us'];
const tHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${tTitle} | Cleeve and Aldric Hospitals NHS Foundation Trust</title>
<meta name="description" content="The new unit will see around 70 patients a day who do not need an overnight stay.">
<link rel="canonical" href="https://www.cleeveandaldric.nhs.example/news/new-same-day-emergency-care-unit-opens">
<meta property="og:site_name" content="Cleeve and Aldric Hospitals NHS Foundation Trust"><meta property="og:type" content="article">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4412"},
"gtag":{"tagId":"G-CA4412"},"user":{"uid":0}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${tTitle}",
"datePublished":"2026-03-03T09:00:00+0000","publisher":{"@type":"Organization","name":"Cleeve and Aldric Hospitals NHS Foundation Trust"}}]}</script>
<link rel="stylesheet" media="all" href="/themes/custom/cahft/css/style.css?t4k2"></head>
<body class="path-node page-node-type-news-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify__container"><div class="ccc-notify-text">
<h3>This site uses cookies to store information on your computer.</h3>
<p>Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.</p>
</div><div class="ccc-notify-buttons"><button class="ccc-notify-button ccc-accept-button">Accept recommended settings</button>
<button class="ccc-notify-button ccc-reject-button">Reject all</button><button class="ccc-notify-link">Cookie preferences</button></div></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="site-header" role="banner">
<div class="region region-header"><div id="block-cahft-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/cahft/logo.svg" alt="Home"></a>
<div class="site-name">Cleeve and Aldric Hospitals <span class="nhs-suffix">NHS Foundation Trust</span></div></div>
<div class="views-exposed-form block-search"><form action="/search" method="get"><label for="edit-keys">Search this site</label>
<input type="text" id="edit-keys" name="keys"><input type="submit" value="Search" class="button"></form></div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu menu--level-1">${links(tNav, 'menu-item')}</ul></nav>
</header><div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(tCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-cahft-content" class="block block-system block-system-main-block">
<article data-history-node-id="4412" role="article" class="node node--type-news-article node--promoted node--view-mode-full">
<div class="node__header"><h1 class="page-title"><span class="field field--name-title">${tTitle}</span></h1>
<div class="node__meta"><span class="field field--name-field-date"><time datetime="2026-03-03T09:00:00Z">3 March 2026</time></span>
<div class="field field--name-field-news-category"><span class="field__label">Posted in</span>
<a href="/news/category/hospital-services" hreflang="en">Hospital services</a></div></div></div>
<div class="node__content"><div class="field field--name-field-summary"><p class="lead">${tLead}</p></div>
<figure class="field field--name-field-image media media--type-image"><img src="/sites/default/files/styles/wide/sdec-unit.jpg"
alt="Staff in the new unit" width="1200" height="675"><figcaption class="media__caption">Nurses Abi Fenwick and Tomasz Rudd in the new
unit’s treatment area.<span class="media__credit">Photo: Cleeve and Aldric Communications</span></figcaption></figure>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
${ps(tP1.slice(1))}
<h2>${tH1}</h2>
${ps(tP2)}
<ul>${tList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<div class="promo-box"><p><strong>Read more:</strong> <a href="/news/emergency-department-expansion">Emergency department expansion
reaches halfway mark</a></p></div>
<h2>${tH2}</h2>
${ps(tP3)}
</div>
<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="https://www.cleeveandaldric.nhs.example/news/4412"><span class="share-label">Share this
page</span>
<a class="a2a_button_facebook"><span class="a2a_label">Facebook</span></a><a class="a2a_button_x"><span class="a2a_label">X</span></a>
<a class="a2a_button_linkedin"><span class="a2a_label">LinkedIn</span></a><a class="a2a_button_email"><span class="a2a_label">Email</span></a></div>
</div></article></div>
<div class="views-element-container block block-views block-views-blockrelated-news-block-1"><h2 class="block__title">Related news</h2>
<div class="view view-related-news"><div class="view-content"><ul>${links(tRelated, 'views-row')}</ul></div>
<div class="more-link"><a href="/news">View all news</a></div></div></div>
<div id="block-newslettersignup" class="block block-block-content newsletter-signup"><h2>Sign up to our newsletter</h2>
<p>Get hospital news, events and fundraising updates delivered to your inbox once a month.</p>
<form class="newsletter-form"><label for="nl-email">Email address</label><input id="nl-email" type="email">
<button type="submit">Subscribe</button></form></div></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="menu--footer"><ul>${links(tFoot)}</ul></nav>
<div class="footer-address"><p>Cleeve and Aldric Hospitals NHS Foundation Trust, St Aldric’s Hospital, Priory Lane, Cleeve CL4 7RD</p>
<p>Switchboard: 01632 960 400</p><p>© 2026 Cleeve and Aldric Hospitals NHS Foundation Trust</p></div></div></footer></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}
gtag('js',new Date());gtag('config','G-CA4412');</script></body></html>`;
const trustNews: TestPage = {
  name: 'heldout249-drupal-trust-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2],
  body: texts([...tP1, ...tP2, ...tList, ...tP3]),
  bylines: ['3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'This site uses cookies to store information on your computer.',
    'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.',
    'Accept recommended settings', 'Reject all', 'Cookie preferences', 'Home', 'Cleeve and Aldric Hospitals NHS Foundation Trust', 'Search this site',
    'Main navigation', ...tNav, 'Breadcrumb', 'Posted in', 'Hospital services',
    'Nurses Abi Fenwick and Tomasz Rudd in the new unit’s treatment area.', 'Photo: Cleeve and Aldric Communications',
    'Read more: Emergency department expansion reaches halfway mark', 'Share this page', 'Facebook', 'LinkedIn', 'Email', 'Related news',
    ...tRelated, 'View all news', 'Sign up to our newsletter',
    'Get hospital news, events and fundraising updates delivered to your inbox once a month.', 'Email address', 'Subscribe', ...tFoot,
    'Cleeve and Aldric Hospitals NHS Foundation Trust, St Aldric’s Hospital, Priory Lane, Cleeve CL4 7RD', 'Switchboard: 01632 960 400',
    '© 2026 Cleeve and Aldric Hospitals NHS Foundation Trust',
  ],
};

export const HELDOUT249_A: readonly TestPage[] = [trustNews, ccPatientEd];
