import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, heads, j, render } from './pages-heldout689-kit.js';

/** Held-out batch 689, file b2: a small solar installer's "what happens on installation day" post on Squarespace 7.1. */
const qTitle = 'What happens on installation day';
const qBlocks: Block[] = [
  {
    p: [
      j(
        'Most of our domestic solar installs take one or two days. Here is what to expect, from the scaffold going up to the moment we',
        'switch the system on and show you the app.',
      ),
    ],
  },
  {
    h: 'The day before',
    p: [
      j(
        'Our scaffolding partner puts up the scaffold, usually the afternoon before. Please move cars off the drive and clear a path to',
        'the side of the house where the panels are going. If you have a dog, let us know so we can keep the side gate shut.',
      ),
    ],
  },
  {
    h: 'Morning: roof work',
    p: [
      j(
        'Two roofers arrive at around 8 am. They lift a tile at each bracket position, fix the hooks to the rafters and refit the tiles,',
        'then bolt on the rails and the panels. Bird mesh goes round the edge of the array at the end.',
      ),
    ],
  },
  {
    h: 'Afternoon: electrics',
    p: [
      j(
        'Our electrician fits the inverter, usually in the loft or garage, and the generation meter next to your consumer unit. We need',
        'to turn your power off for about an hour, so we will tell you when.',
      ),
    ],
  },
  {
    h: 'Handover',
    p: ['Before we leave we will:'],
    ul: [
      'switch the system on and check it is generating',
      'connect the inverter to your Wi-Fi and set up the monitoring app on your phone',
      'walk you through the isolator switches and what to do in a power cut',
    ],
  },
  {
    p: [
      j(
        'Your MCS certificate and the paperwork for your export tariff follow by email within ten days. The scaffold comes down once',
        'the roofers have done a final check, normally within a week.',
      ),
    ],
  },
];
const qNav = ['Home', 'Solar', 'Batteries', 'Our Work', 'Journal', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${qTitle} — Tarnside Solar</title><link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/64a1/favicon.ico">
<link rel="canonical" href="https://www.tarnsidesolar.co.uk/journal/installation-day"><meta property="og:site_name" content="Tarnside Solar">
<meta itemprop="author" content="Tarnside Solar"><meta itemprop="datePublished" content="2025-09-15T11:04:00+0100">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101","tzData":{"zones":[]}};</script>
<script type="application/ld+json">{"url":"https://www.tarnsidesolar.co.uk","name":"Tarnside Solar","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/18/5c5a519771c10ba3470d8101/64a1/1559/site.css" rel="stylesheet" type="text/css">
</head><body id="item-65042ab1c3d2" class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-alignment-center
tweak-blog-item-meta-position-above-title header-width-full view-item collection-type-blog-basic collection-64a1b4 mobile-style-available
sqs-seven-one" tabindex="-1"><div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden">
<a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="icon-cart-quantity">
<span class="cart-quantity-zero"><span class="sqs-cart-quantity">0</span></span></div></span></a></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header"
data-current-styles="{}"><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-border" data-header-style="solid"></div><div class="header-inner container--fluid header-layout--with-commerce"><div
class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div
class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Tarnside Solar</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(' ', '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action
header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/contact">Book a survey</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65042ab1c3d3">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="65042ab1c3d4"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry post-type-text author-tarnside-solar article-index-1 tag-installation category-guides"
id="article-65042ab1c3d2" data-item-id="65042ab1c3d2"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div
class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2025-09-15" pubdate data-animation-role="date">15
Sept</time></div>
<div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=5f1d" class="blog-author-name">Ellen Marsh</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1694772240211" id="item-65042ab1c3d2"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1694771"><div
class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline">
<img data-src="https://images.squarespace-cdn.com/content/v1/64a1/scaffold.jpg" alt="Scaffold and panels on a terraced house" loading="lazy">
</div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>A 4.2 kWp install in Kelsholme, day one.</p></div></figcaption></figure>
</div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1694772"><div class="sqs-block-content">
<div class="sqs-html-content">${render(qBlocks, { pAttr: ' style="white-space:pre-wrap;"', hAttr: ' style="white-space:pre-wrap;"' })}</div>
</div></div></div></div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-65042ab1c3d2"><div class="comment-btn-wrapper"><a class="comment-btn
theme-btn--primary" role="button">0 Comments</a></div></div></div>
<div class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/journal/battery-sizing"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">How big should your battery be?</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/bird-mesh"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Pigeons and panels: why we fit bird mesh</h2></a></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Tarnside Solar</h3><p style="white-space:pre-wrap;">14 Fellgate Road, Kelsholme LA9 3RW</p>
<p style="white-space:pre-wrap;">hello@tarnsidesolar.co.uk · 01632 960 228</p></div></div></div></div><div class="col sqs-col-6 span-6"><div
class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat
newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="64a1c5" autocomplete="on" method="POST" novalidate>
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Seasonal tips by email</h2><div class="newsletter-form-header-description">
<p style="white-space:pre-wrap;">Four emails a year. No sales calls.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper
form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1"><label
class="newsletter-form-field-label title" for="email-yui_3_17_2_1-field">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" id="email-yui_3_17_2_1-field" placeholder="Email Address"
aria-required="true"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="hidden form-submission-text">Thank you!</div></form></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience and to understand how the site is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline all</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout689-squarespace-install-day',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: heads(qBlocks),
  body: bodyOf(qBlocks),
  bylines: ['15 Sept', 'Ellen Marsh'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Tarnside Solar', ...qNav.filter((t) => t !== 'Solar'), 'Book a survey', 'A 4.2 kWp install in Kelsholme, day one.', '0 Comments',
'Previous',
    'How big should your battery be?', 'Next', 'Pigeons and panels: why we fit bird mesh', '14 Fellgate Road, Kelsholme LA9 3RW',
    'hello@tarnsidesolar.co.uk · 01632 960 228', 'Seasonal tips by email', 'Four emails a year. No sales calls.', 'Email Address', 'Sign Up',
    'This site uses cookies to give you the best experience and to understand how the site is used.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};

export const HELDOUT689_B2: readonly TestPage[] = [squarespace];
