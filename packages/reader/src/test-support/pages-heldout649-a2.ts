import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout649-kit.js';

/**
 * Held-out batch 649, file a2: a boxing gym's membership page on Squarespace 7.1 (page sections, pricing columns, an accordion
 * FAQ block), with the Squarespace cookie banner, an announcement bar and a newsletter block in the footer.
 */
const mTitle = 'Membership';
const mIntro = j(
  'Every membership at Blackwater Boxing Club includes the open gym, the bag room and all coached classes on the timetable.',
  'There is no joining fee and no contract: pay monthly, cancel with one month’s notice.',
);
const mPlans: [string, string, string[]][] = [
  ['Pay as you go', '£9 per session', ['Any one coached class or open gym session', 'Buy single sessions or a card of ten for £80', 'Valid for six months']],
  ['Unlimited', '£49 per month', ['All classes, every day', 'Open gym and bag room from 6am', 'Two guest passes a month', 'Free hand wraps on joining']],
  ['Concession', '£32 per month', ['Students, under-18s and over-60s', 'Everything in Unlimited', 'Proof of status on joining']],
];
const mFaq: [string, string][] = [
  ['Do I need any experience?', 'No. Most members had never hit a bag before they joined. Start with the Foundations class on Monday or Wednesday evening.'],
  ['Do I need my own gloves?', 'Not at first. Loan gloves are free for your first month, after that we ask you to bring your own gloves and wraps.'],
  [
    'Is there sparring?',
    j(
      'Only if you want it. Sparring is on Friday evenings for members who have trained for at least three months and have been',
      'signed off by a coach. Headguards and mouthguards are compulsory.',
    ),
  ],
  ['Can I freeze my membership?', 'Yes, for up to two months a year for injury, illness or travel, at no charge.'],
];
const mFaqIntro = 'Questions we are often asked at the front desk.';
const mNav = ['Timetable', 'Membership', 'Coaches', 'Juniors', 'Contact'];
const mFoot = ['Instagram', 'Facebook', 'Privacy', 'Terms'];
const planHtml = mPlans
  .map(
    ([name, price, items], i) => `<div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-plan${i}">
<div class="sqs-block-content"><div class="sqs-html-content"><h3 style="text-align:center;white-space:pre-wrap;">${name}</h3>
<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;"><strong>${price}</strong></p>
<ul data-rte-list="default">${lis(items.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-btn${i}"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium">
<a href="/join?plan=${i}" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Join now</a></div></div></div></div>`,
  )
  .join('\n');
const faqHtml = mFaq
  .map(
    ([q, a], i) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" aria-controls="dropdown-faq-${i}" id="button-faq-${i}">
<span class="accordion-item__title">${q}</span><div class="accordion-icon-container" aria-hidden="true"><div class="plus">
<div class="line horizontal"></div><div class="line vertical"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" aria-labelledby="button-faq-${i}" id="dropdown-faq-${i}"><div class="accordion-item__description">
<p data-rte-preserve-empty="true" style="white-space:pre-wrap;">${a}</p></div></div></li>`,
  )
  .join('\n');
const navHtml = mNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`)
  .join('\n');
const mHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Membership — Blackwater Boxing Club</title>
<link rel="shortcut icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/64f1a2b3c4d5e6f7a8b9c0d1/favicon.ico?format=100w">
<link rel="canonical" href="https://www.blackwaterboxing.co.uk/membership"><meta property="og:site_name" content="Blackwater Boxing Club">
<meta property="og:title" content="Membership — Blackwater Boxing Club"><meta property="og:url" content="https://www.blackwaterboxing.co.uk/membership">
<meta name="description" content="Pay as you go, unlimited and concession memberships. No joining fee, no contract.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"websiteId":"64f1a2b3c4d5e6f7a8b9c0d1","templateId":"5c5a519771c10ba3470d8101",
"collectionId":"64f1a2b3c4d5e6f7a8b9c0e7","pageType":1,"website":{"siteTitle":"Blackwater Boxing Club"}};</script>
<script type="application/ld+json">{"url":"https://www.blackwaterboxing.co.uk","name":"Blackwater Boxing Club","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f1a2b3c4d5e6f7a8b9c0d1/22/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"
type="text/css"></head>
<body id="collection-64f1a2b3c4d5e6f7a8b9c0e7" class="primary-button-style-solid primary-button-shape-square header-width-full
tweak-fixed-header-style-basic form-field-style-solid collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar">
<a href="/timetable" class="sqs-announcement-bar-url" aria-labelledby="announcement-bar-text-inner-id"></a>
<div class="sqs-announcement-bar-custom-location"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text" id="announcement-bar-text-inner-id">
<p>New: women-only boxing on Sunday mornings</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="dark" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/64f1a2b3c4d5e6f7a8b9c0d1/logo.png?format=1500w"
alt="Blackwater Boxing Club"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${navHtml}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/free-trial">Free trial</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1a2b3c4d5e6f7a8b9c0f0">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle has-background
dark" data-section-id="64f1a2b3c4d5e6f7a8b9c0f1" data-controller="SectionWrapperController">
<div class="section-background">
<img alt="" data-src="https://images.squarespace-cdn.com/content/v1/64f1a2b3c4d5e6f7a8b9c0d1/ring.jpg" data-image-dimensions="2500x1667"
data-image-focal-point="0.5,0.5" data-load="false"></div>
<div class="content-wrapper" style=""><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64f1a2b3c4d5e6f7a8b9c0f2">
<div class="fe-block fe-block-yui_3_17_2_1_1693812345678_1010">
<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="{}" id="block-yui_3_17_2_1_1693812345678_1010">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${mTitle}</h1>
<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${mIntro}</p></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section content-width--wide horizontal-alignment--center
vertical-alignment--middle white" data-section-id="64f1a2b3c4d5e6f7a8b9c0f3">
<div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64f1a2b3c4d5e6f7a8b9c0f3">
<div class="row sqs-row">${planHtml}</div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section content-width--narrow horizontal-alignment--left light"
data-section-id="64f1a2b3c4d5e6f7a8b9c0f4">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Frequently asked questions</h2>
${ps([mFaqIntro], ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true">
${faqHtml}</ul></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="black" class="page-section black" data-section-id="64f1a2b3c4d5e6f7a8b9c0f9">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Blackwater Boxing Club</h3>
<p style="white-space:pre-wrap;">Unit 4, Ferry Road Trading Estate, Maldonbury</p><p style="white-space:pre-wrap;">hello@blackwaterboxing.co.uk</p>
</div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="64f1a2b3c4d5e6f7a8b9c0fa" autocomplete="on" method="POST" novalidate
onsubmit="return (function (form) { Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {
(new Y.Squarespace.FormSubmit(form)).submit({ formId: '64f1a2b3c4d5e6f7a8b9c0fa', collectionId: '64f1a2b3c4d5e6f7a8b9c0e7' }); }); return false; })(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Ringside news</h2><div class="newsletter-form-header-description">
<p style="white-space:pre-wrap;">Fight nights, new classes and timetable changes, once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1-field">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email"
spellcheck="false" id="email-yui_3_17_2_1-field" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="hidden form-submission-text">Thank you!</div></form></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav class="sqs-svg-icon--list">
<ul>${links(mFoot.slice(0, 2))}</ul></nav></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">© 2026 Blackwater Boxing Club · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></div></div></div>
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--center" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to improve your experience and to analyse traffic.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript">
</script></body></html>`;
const membership: TestPage = finish({
  name: 'heldout649-boxing-membership-squarespace',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [...mPlans.map(([n]) => n), 'Frequently asked questions', ...mFaq.map(([q]) => q)],
  body: texts([mIntro, ...mPlans.flatMap(([, price, items]) => [price, ...items]), mFaqIntro, ...mFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New: women-only boxing on Sunday mornings', 'Skip to Content', ...mNav, 'Free trial', 'Join now', 'Blackwater Boxing Club',
    'Unit 4, Ferry Road Trading Estate, Maldonbury', 'hello@blackwaterboxing.co.uk', 'Ringside news',
    'Fight nights, new classes and timetable changes, once a month.', 'Email Address', 'Sign Up', ...mFoot,
    '© 2026 Blackwater Boxing Club · Privacy · Terms',
    'This site uses cookies to improve your experience and to analyse traffic.', 'Decline', 'Accept',
  ],
});

export const HELDOUT649_A2: readonly TestPage[] = [membership];
