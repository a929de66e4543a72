import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file b2: a yoga studio's class-description page on Squarespace 7.1, a page whose main text is short
 * (header with the site title, nav and "Book a class" button, page sections of html, button, image and newsletter blocks,
 * an announcement bar, the Squarespace cookie banner and the footer section). The class's timetable and price lines,
 * written as list items in the text block, are body; the button and newsletter blocks are furniture.
 */
const yTitle = 'Slow Flow & Restore';
const yH = ['What to expect', 'Who it’s for', 'What to bring', 'When and where'];
const yP0 = [
  j(
    'A gentle, unhurried class that links simple standing and seated postures with the breath, then settles into long supported',
    'shapes on bolsters and blankets. It is the class our teachers recommend at the end of a busy week.',
  ),
];
const yP1 = [
  j(
    'The first half is a slow flow: we move through a short sequence three or four times, a little deeper each round. The second',
    'half is restorative. Each posture is held for three to five minutes with props, and the class ends with a guided rest.',
  ),
];
const yP2 = [
  j(
    'Everyone. No experience is needed, and every posture has a supported option. If you are pregnant, recovering from an injury or',
    'new to yoga, let your teacher know before class and they will suggest alternatives.',
  ),
];
const yL3 = ['A mat if you have one (we have plenty to borrow)', 'Layers: the restorative half is done lying still', 'A water bottle'];
const yL4 = ['Tuesdays, 7.30 pm to 8.45 pm, Studio Two', 'Sundays, 5.00 pm to 6.15 pm, Studio One', 'Drop-in £14, or use any class pass'];
const yBody = [...yP0, ...yP1, ...yP2, ...yL3, ...yL4];
const yNav = ['Timetable', 'Classes', 'Teachers', 'Workshops', 'Pricing', 'Contact'];
const yFoot = ['Instagram', 'Privacy', 'Studio Policies'];
const yHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8" />
<title>Slow Flow &amp; Restore — Saltmarsh Yoga</title>
<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.example/content/v1/64a1/favicon.ico"/>
<link rel="canonical" href="https://www.saltmarshyoga.example/slow-flow-restore"/>
<meta property="og:site_name" content="Saltmarsh Yoga"/><meta property="og:title" content="Slow Flow &amp; Restore — Saltmarsh Yoga"/>
<meta property="og:type" content="website"/><meta itemprop="name" content="Slow Flow &amp; Restore — Saltmarsh Yoga"/>
<meta name="description" content="A gentle class of slow flow and long supported postures, Tuesdays and Sundays at Saltmarsh Yoga."/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","rollups":{},"pageType":1,
"website":{"id":"64a1c0e2","identifier":"saltmarsh-yoga","websiteType":1,"siteTitle":"Saltmarsh Yoga"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.saltmarshyoga.example","name":"Saltmarsh Yoga","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/64a1c0e2/22/site.css" type="text/css" rel="stylesheet" />
</head>
<body id="collection-64a1c3f0a8" class="primary-button-style-solid primary-button-shape-pill header-width-full tweak-transparent-header
header-overlay-alignment-center tweak-portfolio-grid-overlay-width-full">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<div class="sqs-announcement-bar-text-inner"><p>New here? Your first week of classes is £20, unlimited.</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Saltmarsh Yoga</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${yNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a class</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c3f0a8b1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a1c3f0a8b2">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1c3f0a8b3">
<div class="fe-block fe-block-yui_3_17_2_1_1700"><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1700">
<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-outer-wrapper layout-caption-below design-layout-fluid">
<img data-src="https://images.squarespace-cdn.example/content/v1/64a1/restore.jpg" alt="Students resting on bolsters in Studio One"
data-image-dimensions="2000x1333" data-loader="sqs" /></div></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1701"><div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="{}"
id="block-yui_3_17_2_1_1701"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">Slow Flow &amp; Restore</h1>
${ps(yP0, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${yH[0] ?? ''}</h3>
${ps(yP1, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${yH[1] ?? ''}</h3>
${ps(yP2, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${yH[2] ?? ''}</h3>
<ul data-rte-list="default">${yL3.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>
<h3 style="white-space:pre-wrap;">${yH[3] ?? ''}</h3>
<ul data-rte-list="default">${yL4.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1702"><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1702">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button"
data-alignment="center" data-button-size="medium" data-button-type="primary"><a href="/book?class=slow-flow-restore"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book Slow Flow</a></div></div></div></div>
</div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section light" data-section-id="64a1c3f0a8b9">
<div class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="64a1c9aa" autocomplete="on" method="POST" novalidate>
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Studio news</h2><div class="newsletter-form-header-description">
<p>Workshops, retreats and timetable changes, once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required"><label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1710">Email Address</label>
<input id="email-yui_3_17_2_1_1710" class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false"
placeholder="Email Address" /></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Saltmarsh Yoga, 3 Quay Lane, Aldwick Sands</p>
<p class="" style="white-space:pre-wrap;">hello@saltmarshyoga.example</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div class="sqs-block-content">
<nav class="sqs-svg-icon--list"><ul>${links(yFoot, 'sqs-svg-icon--wrapper')}</ul></nav></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-light" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-content"><p class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience and to understand
how the site is used.</p><div class="sqs-cookie-banner-v2-actions"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline all</button><button class="sqs-cookie-banner-v2-manage">Manage
cookies</button></div></div></div></div>
<script defer="defer" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
export const squarespaceYoga: TestPage = {
  name: 'heldout322-squarespace-class-page',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: yH,
  body: texts(yBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New here? Your first week of classes is £20, unlimited.', 'Skip to Content', 'Saltmarsh Yoga', ...yNav, 'Book a class', 'Book Slow Flow',
    'Studio news', 'Workshops, retreats and timetable changes, once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Saltmarsh Yoga, 3 Quay Lane, Aldwick Sands', 'hello@saltmarshyoga.example', ...yFoot,
    'This website uses cookies to improve your experience and to understand how the site is used.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};
