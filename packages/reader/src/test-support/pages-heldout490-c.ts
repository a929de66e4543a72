import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout490-kit.js';

/**
 * Held-out batch 490, file c: a US health system's physician profile on Sitecore SXA (components, /-/media paths, a ratings
 * widget and patient comments), and a community hospital's news post on Squarespace 7.1 (blog item with prev / next).
 */
const pTitle = 'Mirela Vasquez-Thorne, MD';
const pDek = 'Orthopedic Surgery – Hand and Upper Extremity';
const pAbout = [
  j(
    'Dr. Vasquez-Thorne is a board-certified orthopedic surgeon who specializes in conditions of the hand, wrist and elbow. She',
    'joined Harlan Ridge Orthopedics in 2019 after a fellowship in hand surgery, and she operates at Harlan Ridge Medical Center',
    'and the Eastfield Surgery Center.',
  ),
  j(
    'She treats patients of all ages, from children with fractures to musicians and manual workers with overuse injuries, and',
    'she always starts with the least invasive treatment that will work. “I want my patients to understand their options and',
    'to get back to the things they love doing with their hands,” she says.',
  ),
  'Outside the clinic, she volunteers with a free hand-therapy program for farmworkers in the Pell Valley.',
];
const pConditions = ['Carpal tunnel syndrome', 'Trigger finger', 'Wrist and hand fractures', 'Dupuytren’s contracture', 'Tennis elbow'];
const pEdu = [
  'Medical school: Lakemont University School of Medicine',
  'Residency: Orthopedic Surgery, St. Brigid Regional Medical Center',
  'Fellowship: Hand and Upper Extremity Surgery, Corliss University Hospital',
];
const pBoard = 'American Board of Orthopaedic Surgery';
const pLang = 'English, Spanish';
const pLoc = ['Harlan Ridge Orthopedics – Medical Pavilion', '2200 Westbrook Avenue, Suite 310, Harlan Ridge, OR 97399'];
const pH2 = ['About me', 'Conditions treated', 'Education and training', 'Board certifications', 'Languages', 'Locations'];
const pNav = ['Find a Doctor', 'Locations', 'Services', 'Patients & Visitors', 'MyChart', 'Careers'];
const pCrumbs = ['Home', 'Find a Doctor'];
const pComments = [
  'She explained my surgery clearly and my hand is better than it has been in years.',
  'Kind, unhurried and thorough. The wait in the office was long, though.',
];
const pFoot = ['Pay Your Bill', 'Price Transparency', 'Nondiscrimination Notice', 'Privacy Policy', 'Terms of Use', 'Website Feedback'];
const comp = (cls: string, inner: string): string => `<div class="component ${cls}"><div class="component-content">${inner}</div></div>`;
const sect = (h: string, inner: string): string => comp('rich-text profile-section', `<h2>${h}</h2>${inner}`);
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mirela Vasquez-Thorne, MD | Orthopedic Surgery | Harlan Ridge Health</title>
<meta name="description" content="Dr. Mirela Vasquez-Thorne is an orthopedic hand surgeon in Harlan Ridge, Oregon. Book an appointment online.">
<link rel="canonical" href="https://www.harlanridgehealth.org/find-a-doctor/mirela-vasquez-thorne">
<link href="/-/media/base-themes/main-theme/styles/optimized-min.css?t=20260302T104455Z" rel="stylesheet">
<link href="/-/media/themes/harlan-ridge/hrh/hrh-theme/styles/pre-optimized-min.css?t=20260310T161204Z" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Physician","name":"Mirela Vasquez-Thorne, MD","medicalSpecialty":"Orthopedic",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"188"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({'providerNpi':'1993004421','pageType':'provider-profile'});</script></head>
<body class="default-device bodyclass"><div id="wrapper"><a class="skip-to-content" href="#content">Skip to main content</a>
<header><div id="header" class="container"><div class="row">
${comp('image logo col-6 col-lg-3', '<a href="/"><img src="/-/media/project/hrh/logos/hrh-logo.svg" alt="Harlan Ridge Health" width="210" height="48"></a>')}
${comp('navigation navigation-main col-lg-7', `<nav><ul class="clearfix">${links(pNav, 'level0 rel-level1')}</ul></nav>`)}
${comp(
  'search-box col-lg-2',
  `<input type="text" class="search-box-input" placeholder="Search" aria-label="Search">
<button class="search-box-button">Search</button>`,
)}
</div></div></header>
<main><div id="content" class="container">
${comp('breadcrumb navigation-title', `<nav><ol>${links(pCrumbs, 'breadcrumb-item')}<li class="breadcrumb-item last">${pTitle}</li></ol></nav>`)}
<div class="row component column-splitter"><div class="col-12 col-lg-8">
<div class="component provider-header"><div class="component-content"><img class="provider-photo" src="/-/media/project/hrh/providers/vasquez-thorne-m.jpg"
alt="Photo of Dr. Vasquez-Thorne"><div class="field-title"><h1>${pTitle}</h1></div><p class="provider-specialty">${pDek}</p></div></div>
${sect(pH2[0] ?? '', ps(pAbout))}
${sect(pH2[1] ?? '', `<ul>${lis(pConditions)}</ul>`)}
${sect(pH2[2] ?? '', `<ul>${lis(pEdu)}</ul>`)}
${sect(pH2[3] ?? '', ps([pBoard]))}
${sect(pH2[4] ?? '', ps([pLang]))}
${sect(pH2[5] ?? '', `<address>${pLoc.join('<br>')}</address>`)}
<div class="component provider-reviews"><div class="component-content"><h2>Patient comments</h2>
<p class="reviews-disclaimer">Comments are gathered from our independent patient satisfaction survey.</p>
<ul class="review-list">${lis(pComments, 'review-item')}</ul><a class="btn btn-link" href="#">Load more comments</a></div></div></div>
<div class="col-12 col-lg-4"><aside class="component provider-sidebar"><div class="component-content">
<p class="badge badge-accepting">Accepting new patients</p><a class="btn btn-primary" href="https://mychart.harlanridgehealth.org/schedule">Book online</a>
<p class="provider-phone">Or call 541-555-0142</p><div class="star-rating" aria-label="Rated 4.9 out of 5"><span class="rating-value">4.9 out of 5</span>
<span class="rating-count">188 ratings, 41 comments</span></div>
<a class="learn-more" href="/patient-experience/ratings">About our ratings</a></div></aside></div></div></div></main>
<footer><div id="footer" class="container">${comp('link-list footer-links', `<ul>${links(pFoot)}</ul>`)}
${comp('rich-text copyright', '<p>© 2026 Harlan Ridge Health. All rights reserved.</p>')}</div></footer></div>
<script src="/-/media/base-themes/main-theme/scripts/optimized-min.js?t=20260302T104455Z"></script></body></html>`;
const sitecoreProfile: TestPage = settle({
  name: 'heldout490-sitecore-physician-profile',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pH2,
  body: texts([pDek, ...pAbout, ...pConditions, ...pEdu, pBoard, pLang, ...pLoc]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...pNav, 'Search', ...pCrumbs, 'Patient comments', 'Comments are gathered from our independent patient satisfaction survey.',
    ...pComments, 'Load more comments', 'Accepting new patients', 'Book online', 'Or call 541-555-0142', '4.9 out of 5', '188 ratings, 41 comments',
    'About our ratings', ...pFoot, '© 2026 Harlan Ridge Health. All rights reserved.',
  ],
});

const sTitle = 'New kidney dialysis unit opens at Kestle Cove';
const sBody = [
  j(
    'Patients who need kidney dialysis will no longer have to travel to Marrowby three times a week, after a six-station',
    'dialysis unit opened at Kestle Cove Community Hospital on Monday.',
  ),
  j(
    'Until now, 23 people from the peninsula made a round trip of up to 90 miles for each session. The new unit, in the former',
    'outpatient wing, can treat up to 36 patients a week in morning and afternoon sessions, Monday to Saturday.',
  ),
  j(
    '“Dialysis takes four hours, and for many of our patients the journey took another three,” said Tamsin Rowe, the',
    'renal nurse who leads the unit. “Giving people those hours back changes what they can do with the rest of their week.”',
  ),
  j(
    'The unit cost £1.9 million. Just over half came from the Kestle Cove Hospital League of Friends, which raised the money',
    'over four years with a fun run, a lottery and a legacy from a former patient.',
  ),
  j(
    'Patients will be moved to the new unit over the next two months, starting with those who live furthest from Marrowby.',
    'The renal team will contact everyone who is eligible; there is no need to ask your GP for a referral.',
  ),
];
const sCaption = 'Renal nurses Tamsin Rowe and Jo Pascoe in the new unit. Photo: Kestle Cove Community Hospital';
const sNav = ['About', 'Services', 'Visiting', 'News', 'League of Friends', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>New kidney dialysis unit opens at Kestle Cove — Kestle Cove Community Hospital</title>
<link rel="canonical" href="https://www.kestlecovehospital.org.uk/news/new-dialysis-unit">
<meta property="og:site_name" content="Kestle Cove Community Hospital">
<meta property="og:title" content="${sTitle} — Kestle Cove Community Hospital"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.kestlecovehospital.org.uk","name":"Kestle Cove Community Hospital",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${sTitle}","datePublished":"2026-04-14T09:00:00+0100","author":"Kestle Cove Communications",
"@context":"http://schema.org","@type":"Article"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"collectionId":"64f1a2b3c4d5e6f7a8b9c0d1"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64f1a2/26/site.css"></head>
<body id="item-661b8e4f2a1c3d0e9f7a6b5c" class="header-width-full tweak-blog-item-width-narrow primary-button-style-solid view-item
collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-inner container--fluid">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/">Kestle Cove Community Hospital</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/donate">Donate</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="661b8e4f2a1c3d0e9f7a6b5d">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium"><div class="content-wrapper">
<div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-kestle-cove-communications category-services post-type-text"
data-item-id="661b8e4f2a1c3d0e9f7a6b5c"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper">
<div class="blog-item-category-date-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-categories-list">
<a href="/news?category=Services" class="blog-categories">Services</a></span></span><span class="blog-meta-delimiter"></span>
<span class="blog-meta-secondary"><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-04-14">April 14, 2026</time></span>
</div></div><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author-name-wrapper">
<a href="/news?author=64f1a2b3" class="blog-author-name">Kestle Cove Communications</a>
</div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content">
<div class="sqs-html-content">${ps(sBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/64f1a2/dialysis-unit.jpg" alt=""></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>${sCaption}</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody.slice(2), ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></div>
<div class="blog-item-comments"></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/news/spring-flu-clinics"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Spring flu clinic dates</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/news/league-of-friends-agm"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">League of Friends annual meeting</h2></a></section></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-html-content"><p>Kestle Cove Community Hospital, Harbour Hill, Kestle Cove KC1 4RN</p><p>Reception: 01632 960 330</p></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Hospital news by email</h2>
<form class="newsletter-form"><label class="newsletter-form-field-label" for="email-yui">Email Address</label><input id="email-yui" name="email" type="email">
<button class="newsletter-form-button sqs-system-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<p class="newsletter-form-footnote">We respect your privacy.</p></div></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceNews: TestPage = settle({
  name: 'heldout490-squarespace-dialysis-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: ['April 14, 2026', 'Kestle Cove Communications'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestle Cove Community Hospital', ...sNav, 'Donate', sCaption, 'Previous', 'Spring flu clinic dates', 'Next', 'League of Friends annual meeting',
    'Kestle Cove Community Hospital, Harbour Hill, Kestle Cove KC1 4RN', 'Reception: 01632 960 330', 'Hospital news by email', 'Email Address',
    'Sign Up', 'We respect your privacy.',
  ],
});

export const HELDOUT490_C: readonly TestPage[] = [sitecoreProfile, squarespaceNews];
