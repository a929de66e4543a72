import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout430-kit.js';

/**
 * Held-out batch 430, file e2: a school's reunion page on Squarespace 7.1 (announcement bar, header with nav items and a
 * "Register" button, page sections with fluid-engine blocks: html blocks, an image block with caption, a button block, an
 * accordion of FAQs, a newsletter block, the footer sections and the cookie banner). The main text is short.
 */
const sTitle = 'Reunion Weekend 2026';
const sIntro = [
  j(
    'Calling all classes ending in 1 and 6! Come home to Greyfield Academy on June 12 to 14 for a weekend of old friends, good',
    'food and the annual alumni softball game, which the faculty have not lost since 2009.',
  ),
];
const sH = ['Weekend schedule', 'Where to stay', 'Questions'];
const sSched = [
  'Friday, June 12: Welcome reception on the Chapel Green, 6 to 9 p.m.',
  'Saturday, June 13: Campus tours, class photos, the alumni softball game and the Reunion Dinner in Maddox Hall',
  'Sunday, June 14: Farewell brunch and memorial service in the chapel, 10 a.m.',
];
const sStay = [
  j(
    'We have held blocks of rooms at the Greyfield Inn and the Harbor Lights Motel until May 15. Mention Greyfield Reunion when',
    'you book. A limited number of dorm rooms in Ashby House are available for $45 a night, linens included.',
  ),
];
const sFaq: [string, string][] = [
  ['Can I bring my family?', 'Yes. Children under 12 eat free at every event, and there is a supervised kids&#39; program on Saturday.'],
  ['Is my class celebrating this year?', 'Classes ending in 1 and 6 have milestone reunions, but every Greyfield alum is welcome.'],
];
const sNav = ['Home', 'Alumni', 'Reunion 2026', 'Class Agents', 'Give', 'Contact'];
const blk = (id: string, inner: string): string => `<div class="fe-block fe-block-yui_3_17_2_1_${id}"><div class="sqs-block html-block sqs-block-html"
data-block-type="2" id="block-yui_3_17_2_1_${id}"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div>`;
const pw = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const section = (n: number, inner: string): string => `<section data-test="page-section" data-section-theme="white"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center"
data-section-id="6650a1c2${n}"><div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6650a1c2${n}">
${inner}</div></div></div></div></section>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Reunion Weekend 2026 — Greyfield Academy Alumni</title>
<link rel="canonical" href="https://www.greyfieldalumni.example/reunion"><meta property="og:site_name" content="Greyfield Academy Alumni">
<meta property="og:title" content="Reunion Weekend 2026 — Greyfield Academy Alumni"><meta property="og:type" content="website">
<meta name="description" content="Classes ending in 1 and 6, come home to Greyfield June 12 to 14.">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1e2d","siteTitle":"Greyfield Academy Alumni"},
"templateVersion":"7.1","pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.greyfieldalumni.example","name":"Greyfield Academy Alumni","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//assets.squarespace.example/universal/styles-compressed/commerce-8b1f.css" rel="stylesheet" type="text/css"></head>
<body id="collection-6650a1c2" class="header-overlay-alignment-center tweak-social-icons-style-regular primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/register" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><p>Early-bird registration ends April 30. Save $25 per ticket.</p>
</div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title">
<div class="header-title-text"><a href="/">Greyfield Academy Alumni</a></div></div><div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a></div>`)
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/register">Register</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6650a1c2">
${section(
  1,
  `${blk('1', `<h1 style="white-space:pre-wrap;">${sTitle}</h1>${sIntro.map(pw).join('')}`)}
<div class="fe-block fe-block-yui_3_17_2_1_2"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><img data-src="https://images.squarespace-cdn.example/content/v1/5f1e2d/softball.jpg" alt="">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>The 2025 alumni softball game. Faculty won, 11–4.</p></div></figcaption>
</figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_3"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/register"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Register for Reunion</a></div></div></div></div>`,
)}
${section(
  2,
  `${blk('4', `<h2 style="white-space:pre-wrap;">${sH[0]}</h2><ul data-rte-list="default">${sSched.map((s) => `<li>${pw(s)}</li>`).join('')}</ul>`)}
${blk('5', `<h2 style="white-space:pre-wrap;">${sH[1]}</h2>${sStay.map(pw).join('')}`)}`,
)}
${section(
  3,
  `${blk('6', `<h2 style="white-space:pre-wrap;">${sH[2]}</h2>`)}
<div class="fe-block fe-block-yui_3_17_2_1_7"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="">${sFaq
    .map(
      ([
        q,
        a,
      ]) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target"
aria-expanded="false"><span class="accordion-item__title">${q}</span></button></h4><div class="accordion-item__dropdown" role="region">
<div class="accordion-item__description">${pw(a)}</div></div></li>`,
    )
    .join('\n')}</ul></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_8"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2>
<div class="newsletter-form-header-description"><p>Reunion updates and class news, a few times a year.</p></div></div>
<form class="newsletter-form"><input name="email" type="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></div>`,
)}</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>${section(
  9,
  blk('9', '<p>Greyfield Academy Alumni Office · 200 Ridge Road, Greyfield, CT 06029</p><p>alumni@greyfield.example · 860-555-0117</p>'),
)}</footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-cta-container">
<p class="sqs-cookie-banner-v2-text">This site uses cookies to provide you with a great user experience.</p>
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-deny">Decline</button></div></div></div>
<script defer src="//assets.squarespace.example/universal/scripts-compressed/website-component-definition-3b7e.js"></script></body></html>`;
export const sqsReunion: TestPage = {
  name: 'heldout430-squarespace-school-reunion-page',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sSched, ...sStay, ...sFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Early-bird registration ends April 30. Save $25 per ticket.', 'Greyfield Academy Alumni', ...sNav, 'Register',
    'The 2025 alumni softball game. Faculty won, 11–4.', 'Register for Reunion', 'Stay in the loop', 'Reunion updates and class news, a few times a year.',
    'Sign Up', 'We respect your privacy.', 'Greyfield Academy Alumni Office · 200 Ridge Road, Greyfield, CT 06029', 'alumni@greyfield.example · 860-555-0117',
    'This site uses cookies to provide you with a great user experience.', 'Accept', 'Decline',
  ],
};
