import { ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout591-kit.js';

/**
 * Held-out batch 591, file a2: a placement test explainer on Squarespace 7.1 (fluid engine blocks, image caption, newsletter block, cookie banner).
 */
const mTitle = 'How our placement test works';
const mSecs = [
  {
    h: '',
    ps: [
      j(
        'Before you join a group course, we ask you to take a short placement test. It tells us which of our eight levels suits you, so you',
        'are not bored in a class that is too easy or lost in one that moves too fast.',
      ),
    ],
  },
  {
    h: 'The online part',
    ps: [
      j(
        'The first part takes about 25 minutes and you can do it at home. It has 40 multiple-choice questions on grammar and vocabulary that',
        'get harder as you go, followed by a short reading text. Stop when the questions feel like guesses; there is no penalty for leaving',
        'the rest blank.',
      ),
    ],
  },
  {
    h: 'The speaking interview',
    ps: [
      j(
        'After the online part, one of our teachers calls you for a ten-minute conversation by phone or video. They will ask about your work,',
        'your reasons for learning and a topic of your choice. Nobody expects perfect answers: the teacher is listening for how easily you can',
        'keep a conversation going.',
      ),
    ],
  },
  { h: 'What you need', ps: [] },
  {
    h: 'Your result',
    ps: [
      j(
        'Within two working days we email you your level and the courses that start at that level in the coming term. The test is free, and',
        'you can repeat it after six months if you feel you have moved on.',
      ),
    ],
  },
];
const mNeed = ['a laptop or tablet with a working microphone', 'a quiet room for the interview', 'about 40 minutes in total'];
const mNav = ['Courses', 'Kids & Teens', 'Placement Test', 'About', 'Contact'];
const mFootText = ['Maple Row Language School', '12 Orchard Lane, Eastbury', 'Mon–Fri 9am–8pm'];
const mBlock = (inner: string, n: number): string =>
  `<div class="fe-block fe-block-yui_3_17_2_1_17040${n}">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"
data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;"
id="block-yui_3_17_2_1_17040${n}"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div>`;
const mSecHtml = mSecs
  .map(
    (s) =>
      `${s.h === '' ? '' : `<h2 style="white-space:pre-wrap;">${s.h}</h2>`}${ps(s.ps, ' class="" style="white-space:pre-wrap;"')}` +
      (s.h === 'What you need'
        ? `<ul data-rte-list="default">${mNeed.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('')}</ul>`
        : ''),
  )
  .join('\n');
const mNavItem = (t: string): string =>
  `<div class="header-nav-item header-nav-item--collection${t === 'Placement Test' ? ' header-nav-item--active' : ''}">` +
  `<a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"${t === 'Placement Test' ? ' aria-current="page"' : ''}>${esc(t)}</a></div>`;
const mHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Placement Test &mdash; Maple Row Language School
</title>
<link rel="canonical" href="https://www.maplerowlanguages.co.uk/placement-test"><meta property="og:site_name" content="Maple Row Language School">
<meta property="og:title" content="Placement Test &mdash; Maple Row Language School"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","websiteId":"61a7f0c2e9d1b4",
"collectionId":"61a7f2a0c1b3"};</script>
<script type="application/ld+json">{"url":"https://www.maplerowlanguages.co.uk","name":"Maple Row Language School","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61a7f0c2e9d1b4/21/5c5a519771c10ba3470d8101/61a7f0c2e9d1b5/1498/site.css" rel="stylesheet"
type="text/css"></head>
<body id="collection-61a7f2a0c1b3" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
form-field-style-outline collection-type-page collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/">Maple Row Language School</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${mNav.map(mNavItem).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/enrol">Enrol</a></div></div></div></div>
<div class="header-display-mobile" data-content-field="site-title">
<div class="header-burger menu-overlay-does-not-have-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box">
<div class="burger-inner header-menu-icon-doubleLineHamburger"></div></div></button></div></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61a7f2a0c1b4">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle"
data-section-id="61a7f2a0c1b5"><div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-61a7f2a0c1b5">
${mBlock(`<h1 style="white-space:pre-wrap;">${mTitle}</h1>`, 1)}
<div class="fe-block fe-block-yui_3_17_2_1_170402">
<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-yui_3_17_2_1_170402">
<div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-fluid image-position-left combination-animation-site-default
individual-animation-site-default">
<figure class="sqs-block-image-figure intrinsic"><div class="fluid-image-container sqs-image-content"><div class="content-fill"><img data-stretch="true"
data-image="https://images.squarespace-cdn.com/content/v1/61a7f0c2e9d1b4/1703-test/teacher-video-call.jpg" alt=""
src="https://images.squarespace-cdn.com/content/v1/61a7f0c2e9d1b4/1703-test/teacher-video-call.jpg?format=1000w"
loading="lazy"></div></div><figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">Speaking interviews run every weekday
between 10am and 7pm.</p></div></figcaption></figure></div></div></div></div>
${mBlock(mSecHtml, 3)}
<div class="fe-block fe-block-yui_3_17_2_1_170404"><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_170404">
<div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left" data-animation-role="button" data-alignment="left" data-button-size="medium"
data-button-type="primary">
<a href="/book-test" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Start the online test</a></div></div></div>
</div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--wide horizontal-alignment--center vertical-alignment--middle black">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-61a7f2a0c1c0">
<div class="fe-block fe-block-a1"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2><div class="newsletter-form-header-description">
<p>Term dates and new courses, once a month.</p></div></div>
<form class="newsletter-form" data-form-id="61a7f2a0c1c1" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {
Y.use('squarespace-form-submit', 'node', function(Y){ (new Y.Squarespace.FormSubmit(form)).submit({}); }); return false; })(this);">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1_a1">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_a1-field">Email Address</label>
<input id="email-yui_3_17_2_1_a1-field" class="newsletter-form-field-element field-element"
name="email" type="email" spellcheck="false" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-font
sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span>
<span class="newsletter-form-button-icon"></span></button></div>
<div class="hidden form-submission-text">Thank you!</div></form></div></div></div></div>
<div class="fe-block fe-block-a2"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
${ps(mFootText, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container sqs-cookie-banner-v2-container--bottom"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to measure how it is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const mapleRow: TestPage = {
  name: 'heldout591-maple-row-placement-test',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mSecs.filter((s) => s.h !== '').map((s) => s.h),
  body: texts(mSecs.flatMap((s) => (s.h === 'What you need' ? mNeed : s.ps))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Kids & Teens', 'About', 'Contact', 'Enrol', 'Speaking interviews run every weekday between 10am and 7pm.',
    'Start the online test', 'Stay in the loop', 'Term dates and new courses, once a month.', 'Email Address', 'Sign Up', ...mFootText,
    'This website uses cookies to improve your experience and to measure how it is used.', 'Decline', 'Accept',
  ],
};

export const HELDOUT591_A2: readonly TestPage[] = [mapleRow];
