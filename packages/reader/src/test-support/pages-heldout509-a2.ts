import { ps, type TestPage, texts } from './page-kit.js';
import { blocks, heads, j, type Sec } from './pages-heldout509-kit.js';

/** Held-out batch 509, file a2: an interior designer's services page on Squarespace 7.1 (page sections, a newsletter block, the cookie banner). */
const sTitle = 'Services';
const sLead = j(
  'Every project starts with a conversation about how you live. From a single room to a whole house, we work at the scale you need,',
  'and we are happy to hand over to you at any point.',
);
const sSecs: Sec[] = [
  {
    h: 'Full interior design',
    ps: [
      j(
        'We take a project from the first measured survey to the day the last cushion is placed. That includes space planning,',
        'lighting and electrical layouts, joinery design, finishes, furniture, and managing the trades on site.',
      ),
      'Fees are agreed as a fixed sum once we have seen the house, typically from £9,500 for a single floor.',
    ],
  },
  {
    h: 'Design consultation',
    ps: [
      j(
        'A two-hour visit in which we walk through your home together and talk through layout, colour and lighting. You receive a short',
        'written summary with paint references and a list of the pieces we would look for.',
      ),
      '£420, including travel within twenty miles of Bath.',
    ],
  },
  {
    h: 'Room design scheme',
    ps: [
      j(
        'For clients who would rather buy and build themselves. We produce a furniture plan, a sample board and a shopping list with',
        'trade prices for one room, and meet you twice along the way.',
      ),
      'From £1,800 a room.',
    ],
  },
  {
    h: 'Procurement',
    ps: [
      j(
        'We order, track and receive everything specified for your project through our trade accounts and store it until installation',
        'day, so nothing arrives in your hall before the decorators have left.',
      ),
    ],
  },
];
const sNav = ['Portfolio', 'Services', 'About', 'Journal', 'Contact'];
const sFoot = ['Wren Hollis Interiors', 'The Old Dairy, Larkhall, Bath BA1 6RS', 'hello@wrenhollis.co.uk'];
const sSecHtml = sSecs
  .map(
    (s, i) => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_17${i}"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${s.h}</h3>${ps(s.ps, ' class="" style="white-space:pre-wrap;"')}</div></div></div>`,
  )
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Services — Wren Hollis Interiors</title>
<link rel="canonical" href="https://www.wrenhollis.co.uk/services"><meta property="og:site_name" content="Wren Hollis Interiors">
<meta property="og:title" content="Services — Wren Hollis Interiors"><meta name="description" content="Interior design services in Bath and the South West.">
<script type="application/ld+json">{"url":"https://www.wrenhollis.co.uk","name":"Wren Hollis Interiors",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"website":{"siteTitle":"Wren Hollis Interiors"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1c2f0e1b2" class="header-overlay-alignment-center tweak-blog-alternating-side-by-side-width-full primary-button-style-solid
primary-button-shape-square form-field-style-solid  collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header"><div
class="header-inner container--fluid">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title">Wren Hollis Interiors</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection${n === 'Services' ? ' header-nav-item--active' : ''}">
<a href="/${n.toLowerCase()}">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu"><div
class="burger-box">
<div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div
class="bottom-bun"></div></div></div></button></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c2f0e1b3">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle light"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1c2f0e1b4">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_160">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="" style="white-space:pre-wrap;">${sLead}</p></div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><div
class="image-block-outer-wrapper layout-caption-below">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img
data-src="https://images.squarespace-cdn.com/content/v1/64a1/drawing-room.jpg"
alt="A drawing room in soft green"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>A drawing room in Lansdown, 2025</p></div>
</figcaption></figure></div></div></div>
${sSecHtml}
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium"><a href="/contact"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a consultation</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"><div
class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6"><div
class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content">${ps(sFoot, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content">
<nav><a href="https://www.instagram.com/" target="_blank" aria-label="Instagram"><svg class="sqs-svg-icon--social"
viewBox="0 0 64 64"></svg></a></nav></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><form class="newsletter-form">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Notes from the studio</h2><div class="newsletter-form-header-description">
<p>A short letter each season: new work, and what we are sourcing.</p></div></div><div class="newsletter-form-body"><div class="newsletter-form-field-wrapper">
<label class="newsletter-form-field-label" for="email-yui">Email Address</label><input class="newsletter-form-field-element field-element" name="email"
type="email"
placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button
sqs-button-element--primary" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-position-bottom" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout509-squarespace-interior-services',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: heads(sSecs),
  body: texts([sLead, ...blocks(sSecs)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wren Hollis Interiors', ...sNav.filter((n) => n !== 'Services'), 'A drawing room in Lansdown, 2025', 'Book a consultation', ...sFoot.slice(1),
    'Notes from the studio', 'A short letter each season: new work, and what we are sourcing.', 'Email Address', 'Sign Up',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

export const HELDOUT509_A2: readonly TestPage[] = [squarespace];
