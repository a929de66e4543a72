import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout590-kit.js';

/** Held-out batch 590, file a: a private tutor's subjects and rates page on Squarespace 7.1. */
const sTitle = 'Subjects and Rates';
const sIntro = [
  j(
    'I teach maths and physics from Key Stage 3 to A-level, in person at my study in Fenwick Green and online for students',
    'anywhere in the UK. Every student starts with a free half-hour call so we can agree what to work on first.',
  ),
  j(
    'Lessons are one to one and last an hour. I write a short note after each lesson for parents, with what we covered and',
    'what to practise before the next one.',
  ),
];
const sSubjects = [
  'Maths, Key Stage 3 (Years 7 to 9)',
  'GCSE Maths, Foundation and Higher (AQA, Edexcel and OCR)',
  'GCSE Physics and Combined Science physics papers',
  'A-level Maths, pure and mechanics',
  'A-level Physics (AQA and OCR A)',
];
const sRates = ['Key Stage 3: £38 per hour', 'GCSE: £44 per hour', 'A-level: £52 per hour', 'Exam-week intensive (five one-hour lessons in one week): £200'];
const sTerms = [
  j(
    'I invoice at the start of each month for the lessons booked that month. Lessons cancelled with less than 24 hours’ notice',
    'are charged in full, unless the student is ill.',
  ),
  j(
    'I have an enhanced DBS certificate, renewed in 2026, and I am happy to show it at the first lesson. I have a few places',
    'left for Tuesday and Thursday evenings this term.',
  ),
];
const sNav = ['About', 'Subjects and Rates', 'Exam Tips', 'Contact'];
const sFoot = ['Privacy Policy', 'Terms of Lessons', 'Instagram'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Subjects and Rates — Hollis Maths and Physics Tuition</title>
<link rel="canonical" href="https://www.hollistuition.co.uk/subjects-and-rates">
<meta property="og:site_name" content="Hollis Maths and Physics Tuition"><meta property="og:title"
content="Subjects and Rates — Hollis Maths and Physics Tuition">
<meta itemprop="name" content="Subjects and Rates — Hollis Maths and Physics Tuition"><meta name="description"
content="GCSE and A-level maths and physics lessons.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1a2b4c5d6e7f8a9b0c1d2","siteTitle":"Hollis Maths and Physics Tuition"},
"collectionId":"63f1a2b4c5d6e7f8a9b0c1e5","templateId":"5c5a519771c10ba3470d8101","pageType":1};</script>
<script type="application/ld+json">{"url":"https://www.hollistuition.co.uk","name":"Hollis Maths and Physics Tuition","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"Fenwick Green","openingHours":"","@context":"http://schema.org","@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1a2b4c5d6e7f8a9b0c1d2/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet">
</head>
<body id="collection-63f1a2b4c5d6e7f8a9b0c1e5" class="primary-button-style-solid primary-button-shape-pill header-width-full
tweak-transparent-header tweak-fixed-header-style-basic form-field-style-solid collection-type-page collection-layout-default
view-item mobile-style-available sqs-seven-one show-pagination-controls">
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-light" role="region"
aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience.
By continuing to browse, you agree to our use of cookies.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-cookie-banner-v2-cta">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-cookie-banner-v2-cta">Decline</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header"
data-current-styles="{&quot;layout&quot;:&quot;navRight&quot;}"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-border" data-header-style="dynamic" data-header-border="false"></div><div class="header-inner container--fluid header-layout-nav-right">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a href="/" data-animation-role="header-element">Hollis Maths and Physics Tuition</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cta"
data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a Free Call</a>
</div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1a2b4c5d6e7f8a9b0c1f0">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="63f1a2b4c5d6e7f8a9b0c1f1">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63f1a2b4c5d6e7f8a9b0c1f1"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1677000000000_2210">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">What I teach</h3><ul data-rte-list="default">${lis(
  sSubjects.map(
    (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ul>
<h3 style="white-space:pre-wrap;">Rates</h3><ul data-rte-list="default">${lis(sRates.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">Booking and cancellations</h3>
${ps(sTerms, ' class="" style="white-space:pre-wrap;"')}
</div></div></div><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1677000000000_3312">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button"
data-alignment="center" data-button-size="medium" data-button-type="primary"><a href="/contact"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book your free call</a></div></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed light"
data-section-id="63f1a2b4c5d6e7f8a9b0c1f2"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block quote-block sqs-block-quote"
data-block-type="31"><div class="sqs-block-content">
<figure><blockquote data-animation-role="quote"><span>“</span>Mr Hollis got our son from a grade 4 to a grade 7 in two terms.<span>”</span></blockquote>
<figcaption class="source">— Parent of a Year 11 student</figcaption></figure></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content">
<figure><blockquote data-animation-role="quote"><span>“</span>Calm, clear and always prepared.<span>”</span></blockquote>
<figcaption class="source">— A-level student, 2026</figcaption></figure></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark"
class="page-section layout-engine-section background-width--full-bleed dark"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;"><strong>Hollis Maths and Physics Tuition</strong></p>
<p class="" style="white-space:pre-wrap;">Fenwick Green, Harrowby</p></div></div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" autocomplete="on">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Exam tips by email</h2>
<div class="newsletter-form-header-description"><p>One short email a month in term time.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1677000000000_9021">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email"
spellcheck="false" id="email-yui_3_17_2_1_1677000000000_9021" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<ul data-rte-list="default">${links(sFoot)}</ul><p class="" style="white-space:pre-wrap;">© 2027 Daniel Hollis</p></div></div></div></div>
</div></div></div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout590-squarespace-rates',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['What I teach', 'Rates', 'Booking and cancellations'],
  body: texts([...sIntro, ...sSubjects, ...sRates, ...sTerms]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to give you the best experience. By continuing to browse, you agree to our use of cookies.', 'Accept', 'Decline',
    'Skip to Content', 'Hollis Maths and Physics Tuition', 'About', 'Exam Tips', 'Contact', 'Book a Free Call', 'Book your free call',
    '“Mr Hollis got our son from a grade 4 to a grade 7 in two terms.”', '— Parent of a Year 11 student', '“Calm, clear and always prepared.”',
    '— A-level student, 2026', 'Fenwick Green, Harrowby', 'Exam tips by email', 'One short email a month in term time.', 'Email Address', 'Sign Up',
    'We respect your privacy.', ...sFoot, '© 2027 Daniel Hollis',
  ],
};

export const HELDOUT590_A: readonly TestPage[] = [squarespace];
