import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, settle, trs } from './pages-heldout691-kit.js';

/**
 * Held-out batch 691, file a: a language school's course page on WordPress with the Astra theme (Yoast breadcrumbs, a
 * CookieYes banner, a WPForms trial-lesson widget in the sidebar), and a translation agency's rates page on Squarespace 7.1.
 */
const aTitle = 'Intensive Spanish Course';
const aIntro = [
  j(
    'Our Intensive Spanish Course is for adults who want to make fast progress in a short time. You study 20 lessons a week in a',
    'group of no more than eight students, and you can add one-to-one lessons in the afternoon.',
  ),
  j(
    'The course runs all year at our school in the old town of Puerto Calderas, five minutes from the beach. Every level from',
    'complete beginner to advanced (C1) starts on any Monday.',
  ),
];
const aH1 = 'What the course includes';
const aIncl = [
  '20 lessons of 50 minutes a week, Monday to Friday, from 9:00 to 12:30',
  'A placement test and a short interview on your first morning',
  'All course books and materials, and access to our online practice area',
  'Two afternoon activities a week: a cooking workshop, a guided walk or a film club',
  'A certificate of attendance with your level at the end of the course',
];
const aH2 = 'Levels and start dates';
const aLevels = [
  ['Beginner (A1)', 'First Monday of each month', '4 weeks'],
  ['Elementary (A2)', 'Every Monday', '2 weeks'],
  ['Intermediate (B1 and B2)', 'Every Monday', '1 week'],
  ['Advanced (C1)', 'Every Monday', '2 weeks'],
];
const aH3 = 'A typical week';
const aWeek = [
  j(
    'Mornings are split into two blocks. The first is grammar and vocabulary with your main teacher; after a coffee break, the',
    'second block is conversation, listening and role plays on everyday situations, taught by a second teacher so you hear',
    'more than one accent.',
  ),
  j(
    'On Friday the group reviews the week and each student gives a short talk. Your teacher writes a brief report every two',
    'weeks so you know which points to work on.',
  ),
];
const aH4 = 'Prices';
const aPrices = [
  ['1 week', '€240'],
  ['2 weeks', '€460'],
  ['4 weeks', '€880'],
  ['Each extra week', '€210'],
];
const aAfter = 'The enrolment fee of €50 is paid once, however many weeks you book. Accommodation with a host family or in a shared flat can be added.';
const aNav = ['Spanish Courses', 'Exams (DELE)', 'Accommodation', 'Prices', 'About us', 'Blog', 'Contact'];
const aCrumbs = ['Home', 'Spanish Courses'];
const aSide = ['Standard Spanish Course', 'Spanish for Teachers', 'DELE Exam Preparation', 'Spanish Online'];
const aFoot = ['Legal notice', 'Privacy policy', 'Cookie policy', 'General terms'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} in Puerto Calderas - Escuela Marbrava</title>
<meta name="description" content="20 lessons a week in small groups, all levels, start any Monday.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://escuelamarbrava.es/en/spanish-courses/intensive/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${aTitle}"},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,
"name":"Spanish Courses"}]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title{display:none}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><span class="site-logo-img"><a href="/en/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/2023/02/marbrava-logo.png"
class="custom-logo" alt="Escuela Marbrava"></a></span><p class="site-title"><a href="/en/">Escuela Marbrava</a></p></div>
<div class="ast-mobile-menu-buttons"><button class="menu-toggle main-header-menu-toggle" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span></button></div>
<div class="ast-main-header-bar-alignment"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex">${links(aNav, 'menu-item menu-item-type-post_type')}
<li class="menu-item wpml-ls-item"><a href="/es/cursos/intensivo/">Español</a></li></ul></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-412 page type-page status-publish ast-article-single" id="post-412">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav class="ast-breadcrumbs"><span><span><a href="/en/">Home</a></span> »
<span><a href="/en/spanish-courses/">Spanish Courses</a></span> » <span class="breadcrumb_last" aria-current="page">${aTitle}</span></span></nav></div></div>
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title">${aTitle}</h1></header>
<div class="entry-content clear" itemprop="text">
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/03/classroom-terrace.jpg" alt="Students on the school terrace">
<figcaption class="wp-element-caption">Afternoon conversation class on the school terrace</figcaption></figure>
${ps(aIntro)}
<h2 class="wp-block-heading">${aH1}</h2><ul class="wp-block-list">${lis(aIncl)}</ul>
<h2 class="wp-block-heading">${aH2}</h2><figure class="wp-block-table"><table><thead><tr><th>Level</th><th>Start dates</th><th>Minimum stay</th></tr></thead>
<tbody>${trs(aLevels)}</tbody></table></figure>
<h2 class="wp-block-heading">${aH3}</h2>${ps(aWeek)}
<h2 class="wp-block-heading">${aH4}</h2><figure class="wp-block-table is-style-stripes"><table><tbody>${trs(aPrices)}</tbody></table></figure>
<p>${aAfter}</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/en/book/">Book this course</a></div></div>
</div></article></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="wpforms-widget-2" class="widget wpforms-widget"><h2 class="widget-title">Try a free lesson</h2>
<div class="wpforms-container"><form id="wpforms-form-88" class="wpforms-validate wpforms-form" method="post">
<div class="wpforms-field"><label class="wpforms-field-label" for="wpforms-88-field_1">Name</label><input type="text" id="wpforms-88-field_1"></div>
<div class="wpforms-field"><label class="wpforms-field-label" for="wpforms-88-field_2">Email</label><input type="email" id="wpforms-88-field_2"></div>
<div class="wpforms-submit-container"><button type="submit" class="wpforms-submit">Send</button></div></form></div></aside>
<aside id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Other courses</h2><div class="menu-other-courses-container"><ul class="menu">
${links(aSide, 'menu-item')}</ul></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap"><div class="ast-builder-grid-row"><div class="site-footer-section">
<aside class="footer-widget-area widget-area"><section class="widget widget_block"><p>Calle del Faro 14, 03780 Puerto Calderas</p>
<p>+34 965 000 412 · hola@escuelamarbrava.es</p></section></aside></div></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2025 Escuela Marbrava</p></div>
<nav class="site-navigation footer-navigation"><ul class="ast-nav-menu">${links(aFoot)}</ul></nav></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-des"><p>We use cookies to improve your browsing experience and analyse our traffic.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<a href="https://wa.me/34965000412" class="joinchat__button" aria-label="WhatsApp"><span class="joinchat__tooltip">Questions? Chat with us</span></a>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const wpAstra: TestPage = {
  name: 'heldout691-astra-intensive-course',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [aH1, aH2, aH3, aH4],
  body: texts([...aIntro, ...aIncl, ...rowTexts(aLevels), ...aWeek, ...rowTexts(aPrices), aAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Escuela Marbrava', ...aNav.filter((t) => t !== 'Prices'), 'Español', 'Home', 'Spanish Courses',
    'Afternoon conversation class on the school terrace', 'Book this course', 'Try a free lesson', 'Name', 'Email', 'Send', 'Other courses', ...aSide,
    'Calle del Faro 14, 03780 Puerto Calderas', '+34 965 000 412 · hola@escuelamarbrava.es', 'Copyright © 2025 Escuela Marbrava', ...aFoot,
    'We value your privacy', 'We use cookies to improve your browsing experience and analyse our traffic.', 'Customise', 'Reject All', 'Accept All',
    'Questions? Chat with us',
  ],
};

const sTitle = 'Rates';
const sDek = 'Every project is different, but most of our work is priced per source word. Here is what to expect.';
const sH1 = 'Document translation';
const sDoc = [
  'General texts (letters, reports, websites): from €0.12 per word',
  'Technical and legal texts: from €0.15 per word',
  'Medical and pharmaceutical texts: from €0.17 per word',
  'Minimum charge per order: €45',
];
const sH2 = 'Certified translation';
const sCert = j(
  'Certified translations of civil documents (birth and marriage certificates, diplomas, police records) are charged per page,',
  'from €38 for the first page and €24 for each further page, including the signed statement and postage in a tracked envelope.',
);
const sH3 = 'Proofreading and editing';
const sProof = j(
  'Checking a translation done by someone else costs about half the translation rate. If the text needs more rewriting than',
  'correcting, we will tell you before we start and suggest a new translation instead.',
);
const sH4 = 'Rush jobs';
const sRush = j(
  'Our standard turnaround is 2,000 words per working day. For faster delivery, or for work over the weekend, we add 30 % to the',
  'rate. VAT is added for clients in Portugal and for private clients in the EU.',
);
const sNav = ['Services', 'Languages', 'Rates', 'About', 'Get a quote'];
const sFootNav = ['Privacy', 'Terms of service', 'Imprint'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Rates — Lumen Linguistic Services</title>
<link rel="canonical" href="https://www.lumenlinguistic.pt/rates"><meta property="og:site_name" content="Lumen Linguistic Services">
<meta property="og:title" content="Rates — Lumen Linguistic Services"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.lumenlinguistic.pt","name":"Lumen Linguistic Services","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-9d6b2fbd.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1f0c2" class="tweak-blog-alternating-side-by-side-width-full header-width-full primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text-inner">
<p>Our office is closed from 23 December to 2 January. Quotes sent in that time will be answered on 3 January.</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-text"><a href="/" id="site-title">Lumen Linguistic Services</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .slice(0, 4)
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/quote">Get a quote</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu"></button></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f0c2">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1f0c3"><div class="fe-block fe-block-yui_3_17_2_1">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqs-block-html-lead" style="white-space:pre-wrap;">${sDek}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_2"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<div class="image-block-outer-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/desk.jpg" alt=""></div></div></div></div></div></div>
</div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed" data-section-theme="light">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1f0c4"><div class="fe-block fe-block-yui_3_17_2_3">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${sH1}</h3><ul data-rte-list="default">${lis(sDoc.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">${sH2}</h3><p style="white-space:pre-wrap;">${sCert}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${sH3}</h3><p style="white-space:pre-wrap;">${sProof}</p>
<h3 style="white-space:pre-wrap;">${sH4}</h3><p style="white-space:pre-wrap;">${sRush}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_5"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/quote" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Send us your file for a free quote</a></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section layout-engine-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><p>Lumen Linguistic Services</p><p>Rua das Gaivotas 88, 4º, 4050-210 Vilarinho</p>
<p>hello@lumenlinguistic.pt</p></div></div></div></div><div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter">
<div class="sqs-block-content"><div class="newsletter-form-wrapper"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Notes from the desk</h2>
<div class="newsletter-form-header-description"><p>A short letter every two months on language and our work.</p></div></div>
<form class="newsletter-form"><div class="newsletter-form-field-wrapper"><label class="newsletter-form-field-label" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span>
</button></div></form></div></div></div></div><div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<div class="sqs-html-content"><p>${sFootNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join(' · ')}</p>
<p>© 2025 Lumen Linguistic Services, Lda.</p></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-dark" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout691-squarespace-rates',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3, sH4],
  body: texts([sDek, ...sDoc, sCert, sProof, sRush]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Our office is closed from 23 December to 2 January. Quotes sent in that time will be answered on 3 January.', 'Lumen Linguistic Services',
    'Services', 'Languages', 'About', 'Get a quote', 'Send us your file for a free quote', 'Rua das Gaivotas 88, 4º, 4050-210 Vilarinho',
    'hello@lumenlinguistic.pt', 'Notes from the desk', 'A short letter every two months on language and our work.', 'Email Address', 'Sign Up',
    ...sFootNav, '© 2025 Lumen Linguistic Services, Lda.', 'This site uses cookies to give you the best experience.', 'Decline', 'Accept',
  ],
};

export const HELDOUT691_A: readonly TestPage[] = [wpAstra, squarespace].map(settle);
