import type { TestPage } from './page-kit.js';
import { bodyOf, headingsOf, j, type Part, render } from './pages-heldout457-kit.js';

/** Held-out batch 457, file c2: a beekeeping course page on Squarespace 7.1 (Fluid Engine) with an FAQ accordion and a cookie banner. */
const qTitle = 'Beekeeping for Beginners: Six-Week Evening Course';
const qParts: Part[] = [
  {
    p: j(
      'Thinking about keeping bees but not sure where to start? This course takes you from the first questions to the point where you are',
      'ready to collect your own colony in spring.',
    ),
  },
  { h: 'What you will learn' },
  {
    ul: [
      'How a colony works through the year',
      'Choosing a hive and the equipment you really need',
      'Handling frames and finding the queen',
      'Spotting swarm preparations and what to do about them',
      'Pests and diseases, including varroa',
      'Taking a honey crop and looking after it',
    ],
  },
  { h: 'Course details' },
  {
    ul: [
      'Six Tuesday evenings from 12 January to 16 February 2027, 7pm to 9pm',
      'Two Saturday mornings in the apiary in April and May',
      'Held at the Old Dairy, Bramleigh Farm, Clunford',
      '£145 per person, including a beginners&#39; handbook',
    ],
  },
  { h: 'What to bring' },
  {
    p: j(
      'Just a notebook for the evening sessions. We lend bee suits, gloves and boots for the apiary mornings, but if you already have your',
      'own please bring them.',
    ),
  },
  { h: 'Your tutor' },
  {
    p: j(
      'The course is led by Ianto Pryce, who has kept bees on the farm for twenty-two years and runs forty colonies across the valley. He',
      'has taught more than three hundred beginners since the first course in 2011.',
    ),
  },
  { h: 'Questions' },
];
const qFaq: [string, string][] = [
  ['Do I need to have bees already?', 'No. Most people on the course don&#39;t, and we help you find a colony at the end.'],
  ['Can I bring a child?', 'Over-14s are welcome with a paying adult at half price.'],
  ['What if I miss a session?', 'Each evening has a printed handout, and you can catch up at the apiary mornings.'],
];
const qAll: Part[] = [...qParts, ...qFaq.flatMap(([q, a]): Part[] => [{ h: q, lv: 4 }, { p: a }])];
const qNav = ['Courses', 'Farm stays', 'Contact'];
const qBlock = (id: string, inner: string): string => `<div class="fe-block fe-block-${id}"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
data-border-radii="{}" id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div>`;
const qPre = ' style="white-space:pre-wrap;"';
const qItem = (
  [q, a]: [string, string],
  i: number,
): string => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" aria-controls="button-block-yui_3_17_2_1_1699-${i}"
id="button-block-yui_3_17_2_1_1699-${i}-button">
<span class="accordion-item__title">${q}</span><div class="accordion-icon-container" data-is-open="false" aria-hidden="true"><div class="plus">
<div class="plus__horizontal-line"></div><div class="plus__vertical-line"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" id="button-block-yui_3_17_2_1_1699-${i}"><div
class="accordion-item__description"><p${qPre}>${a}</p></div></div></li>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta
charset="utf-8"><title>Beekeeping for Beginners &mdash; Bramleigh Farm Courses</title>
<link rel="canonical" href="https://www.bramleighfarm.co.uk/courses/beekeeping-beginners"><meta property="og:site_name" content="Bramleigh Farm Courses">
<meta property="og:title" content="Beekeeping for Beginners &mdash; Bramleigh Farm Courses"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; 
Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","websiteSettings":{"storeSettings":{"currencyCode":"GBP"}}};</script>
<script type="application/ld+json">{"url":"https://www.bramleighfarm.co.uk","name":"Bramleigh Farm Courses",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/17/5c5a519771c10ba3470d8101/64a1/1527/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1c2d3e4f5"
class="header-overlay-alignment-center tweak-social-icons-style-regular tweak-accordion-block-icon-plus primary-button-style-solid
form-use-theme-colors header-button-style-solid collection-type-page collection-64a1c2d3e4f5
collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header"
data-first-focusable-element tabindex="-1">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper"><a href="#page"
class="header-skip-link sqs-button-element--primary">Skip to
Content</a><div class="header-border" data-header-style="dynamic" data-header-border="false" data-test="header-border"></div>
<div class="header-inner container--fluid header-layout--with-commerce header-mobile-layout-logo-left-nav-right header-layout-nav-right"
data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Bramleigh Farm Courses</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t, i) => `<div class="header-nav-item header-nav-item--collection${i === 0 ? ' header-nav-item--active' : ''}"><a
href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element"${i === 0 ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a course</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c2d3e4f6">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle light" data-section-id="64a1c2d3e4f7"><div class="section-border"><div
class="section-background">
</div></div><div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64a1c2d3e4f8">
${qBlock('a1b2c3d4e5f6a7b8c9d0', `<h1${qPre}>${qTitle}</h1>\n${render(qParts.slice(0, 1), { p: qPre })}`)}
<div class="fe-block fe-block-b2c3d4e5f6a7b8c9d0e1"><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-b2c3d4e5f6a7b8c9d0e1">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center"
data-button-size="medium" data-button-type="primary"><a href="/book/beekeeping-beginners" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Book your place</a></div></div></div></div>
<div class="fe-block fe-block-c3d4e5f6a7b8c9d0e1f2"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-fluid"><div class="fluid-image-container sqs-image-content"><img
data-src="https://images.squarespace-cdn.com/content/v1/64a1/frames-in-the-sun.jpg" alt="Frames of brood held up to the light" data-load="false"
src="https://images.squarespace-cdn.com/content/v1/64a1/frames-in-the-sun.jpg?format=750w" loading="lazy"></div></div></div></div></div>
${qBlock('d4e5f6a7b8c9d0e1f2a3', render(qParts.slice(1), { h: qPre, p: qPre, li: '' }))}
<div class="fe-block fe-block-e5f6a7b8c9d0e1f2a3b4"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"
id="block-yui_3_17_2_1_1699">
<div class="sqs-block-content"><ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true"
data-is-first-divider-visible="true"
data-is-last-divider-visible="true" data-is-expanded-first-item="" data-accordion-title-alignment="left" data-accordion-icon-placement="right">
${qFaq.map(qItem).join('\n')}</ul></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark"
class="page-section layout-engine-section
background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle dark"><div
class="content-wrapper">
<div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64a1c2d3e4f9">
${qBlock(
  'f6a7b8c9d0e1f2a3b4c5',
  `<p${qPre}>Bramleigh Farm, Clunford, Shropshire SY7 0QT</p><p${qPre}><a
href="mailto:hello@bramleighfarm.co.uk">hello@bramleighfarm.co.uk</a></p>`,
)}
<div class="fe-block fe-block-a7b8c9d0e1f2a3b4c5d6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div
class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64a1nl"
autocomplete="on" method="POST" novalidate onsubmit="return (function (form) { Y.use('squarespace-form-submit', function (Y) {}); return false; })(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join our mailing list</h2><div class="newsletter-form-header-description">
<p>Dates for new courses, once a month.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1_2201"><label class="newsletter-form-field-label title"
for="email-yui_3_17_2_1_2201-field">Email Address</label><input id="email-yui_3_17_2_1_2201-field" class="newsletter-form-field-element field-element"
name="email"
type="email" spellcheck="false" placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span
class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div><div class="hidden form-submission-text">Thank you!</div>
<div class="hidden form-submission-html" data-submission-html=""></div></form></div></div></div></div>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 BOTTOM FULL_WIDTH LIGHT">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to improve your experience on our website.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button><button
class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
</div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d80f5/scripts/site-bundle.js"
type="text/javascript"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout457-squarespace-beekeeping-course',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: headingsOf(qAll),
  body: bodyOf(qAll),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Bramleigh Farm Courses', 'Courses', 'Farm stays', 'Contact', 'Book a course', 'Book your place',
    'Bramleigh Farm, Clunford, Shropshire SY7 0QT', 'hello@bramleighfarm.co.uk', 'Join our mailing list', 'Dates for new courses, once a month.',
    'Email Address', 'Sign Up', 'We respect your privacy.', 'We use cookies to improve your experience on our website.', 'Decline', 'Accept',
  ],
};

export const HELDOUT457_C2: readonly TestPage[] = [squarespace];
