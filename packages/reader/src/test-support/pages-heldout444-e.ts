import { ps, type TestPage, texts } from './page-kit.js';
import { cells, j, lis, rows } from './pages-heldout444-kit.js';
import { gatsbyHsa } from './pages-heldout444-e2.js';

/**
 * Held-out batch 444, file e: a dental plan comparison page on Squarespace 7.1 (the announcement bar, header with the
 * navigation and "Get covered" button, page sections of fluid-engine blocks: sqs-block html, a code block holding the
 * comparison table, a button block, an image block with its caption, a newsletter block, the footer section with the
 * social links, and the Squarespace cookie banner) and, from file e2, a health savings account explainer on a bank's
 * Gatsby site.
 */
const kTitle = 'Compare our dental plans';
const kIntro = [
  j(
    'Brightsmile Dental Cooperative offers three plans for individuals and families in the Tri-Valley area. All three include two cleanings',
    'a year at no cost and let you see any licensed dentist, though you will pay less when you stay in our network of 640 offices.',
  ),
];
const kTable: string[][] = [
  ['Monthly premium (individual)', '$19', '$34', '$52'],
  ['Annual deductible', '$75', '$50', '$0'],
  ['Cleanings and exams', '100%', '100%', '100%'],
  ['Fillings', '60%', '80%', '90%'],
  ['Root canals and extractions', 'Not covered', '60%', '80%'],
  ['Crowns and bridges', 'Not covered', '50%', '60%'],
  ['Annual maximum', '$750', '$1,500', '$2,500'],
  ['Orthodontia', 'Not covered', 'Not covered', '50% to $2,000 lifetime'],
];
const kWho: [string, string][] = [
  ['Essential', 'for people who mainly need checkups and the occasional filling and want the lowest premium.'],
  ['Plus', 'for most families: it covers major work after a six-month wait and has a low deductible.'],
  ['Complete', 'for anyone expecting crowns, implants or braces in the next year or two.'],
];
const kWhoLi = kWho.map(([n, t]) => `<strong>${n}</strong> ${t}`);
const kWait = [
  j(
    'Major services on Plus and Complete have a six-month waiting period, and orthodontia on Complete has a twelve-month wait. We waive',
    'waiting periods if you had dental coverage for at least twelve months with no gap longer than 63 days before joining.',
  ),
  'Plans renew every January. You can switch plans once a year during renewal, or when you have a qualifying life event.',
];
const kNav = ['Our Plans', 'Find a Dentist', 'Members', 'About', 'FAQ'];
const kHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,
initial-scale=1"><base href=""><title>Compare our dental plans — Brightsmile Dental Cooperative</title>
<meta property="og:site_name" content="Brightsmile Dental Cooperative"><meta property="og:title" content="Compare our dental plans">
<meta property="og:type" content="website"><link rel="canonical" href="https://www.brightsmilecoop.example/compare-plans">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js">
</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64f1","siteTitle":"Brightsmile Dental Cooperative"},
"templateId":"5c5a"};</script>
<script type="application/ld+json">{"url":"https://www.brightsmilecoop.example","name":"Brightsmile Dental Cooperative","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/64f1/12/5c5a/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-6501aa" class="header-overlay-alignment-center tweak-social-icons-style-regular announcement-bar-enabled">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><p>2027 rates are here. Enroll by December 15 for January 1 coverage.</p>
</div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid"><div class="header-title"><div class="header-title-text"><a href="/">Brightsmile Dental Cooperative</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${kNav
  .map(
    (t) => `<div class="header-nav-item
header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div>
<div class="header-actions-action header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/enroll">Get covered</a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6501ab">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-6501ac"><div class="fe-block fe-block-yui_3_17_2_1_1"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${kTitle}</h1>
${ps(kIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_2"><div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">
<table class="bsm-compare"><thead><tr><th></th><th>Essential</th><th>Plus</th><th>Complete</th></tr></thead><tbody>${rows(kTable)}</tbody></table>
</div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_3"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/enroll" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Start your enrollment</a></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-6501ad"><div class="fe-block fe-block-yui_3_17_2_1_4"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">Which plan is right for you?</h2><ul data-rte-list="default">${lis(kWhoLi)}</ul>
<h3 style="white-space:pre-wrap;">Waiting periods</h3>${ps(kWait, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_5"><div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content">
<figure class="sqs-block-image-figure
intrinsic"><img data-src="https://images.squarespace-cdn.example/content/64f1/family-dentist.jpg" alt="Family at a dental office">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Members at our partner office in Alder Creek.</p></div></figcaption></figure>
</div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Get dental tips and plan news</h2>
<div class="newsletter-form-header-description"><p>Four emails a year. Unsubscribe anytime.</p></div></div><form class="newsletter-form">
<input type="email" name="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit"><span
class="newsletter-form-button-label">Sign Up</span></button></form>
<p class="newsletter-form-footnote">We respect your privacy.</p></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content">
<div class="sqs-block html-block"><div class="sqs-html-content"><p>Brightsmile Dental Cooperative · 208 Orchard Row, Alder Creek, CA</p>
<p>Plans underwritten by Brightsmile Mutual Dental Insurance Company.</p></div></div>
<div class="sqs-block socialaccountlinks-v2-block"><nav class="sqs-svg-icon--list">
<a href="https://instagram.example/brightsmile" class="sqs-svg-icon--wrapper instagram-unauth"><span class="sqs-svg-icon--social">Instagram</span></a>
<a href="https://facebook.example/brightsmile" class="sqs-svg-icon--wrapper facebook-unauth"><span class="sqs-svg-icon--social">Facebook</span></a></nav></div>
</div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><p class="sqs-cookie-banner-v2-text">This site uses cookies to deliver its
services and to analyze traffic.</p><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button>
</div></div><script defer src="//assets.squarespace.example/universal/scripts-compressed/website-component-definition.js"></script></body></html>`;
const squarespaceDental: TestPage = {
  name: 'heldout444-squarespace-dental-compare-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Which plan is right for you?', 'Waiting periods'],
  body: texts([...kIntro, ...cells(kTable), ...kWhoLi, ...kWait]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '2027 rates are here. Enroll by December 15 for January 1 coverage.', ...kNav, 'Get covered',
    'Start your enrollment', 'Members at our partner office in Alder Creek.', 'Get dental tips and plan news', 'Four emails a year. Unsubscribe anytime.',
    'Sign Up', 'We respect your privacy.', 'Brightsmile Dental Cooperative · 208 Orchard Row, Alder Creek, CA',
    'Plans underwritten by Brightsmile Mutual Dental Insurance Company.', 'Instagram', 'Facebook',
    'This site uses cookies to deliver its services and to analyze traffic.', 'Accept', 'Decline',
  ],
};

export const HELDOUT444_E: readonly TestPage[] = [squarespaceDental, gatsbyHsa];
