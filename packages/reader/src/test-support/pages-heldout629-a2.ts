import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout629-kit.js';

/** Held-out batch 629, file a2: a candle-making workshop on a Squarespace 7.1 events collection (event item view). */

const wTitle = 'Container Candle Workshop: Soy Wax and Wooden Wicks';
const wBody = [
  j(
    'Spend a slow Saturday morning at the studio learning to pour two container candles from start to finish. We keep the class',
    'to eight people, so there is plenty of time to ask questions and to get your hands on every step.',
  ),
  j(
    'We start with the basics: how soy wax behaves as it heats and cools, why the pouring temperature matters, and how to choose',
    'the right wick for the width of your vessel. Then you will blend your own scent from our bar of twelve fragrance oils and',
    'pour it into a ribbed amber glass and a small tin to take home.',
  ),
  "What you'll make",
  'One 220 ml amber glass candle with a crackling wooden wick',
  'One 90 ml travel tin with a cotton wick',
  'A scent card with your blend written down, so you can pour it again at home',
  "What's included",
  j(
    'All wax, wicks, vessels and fragrance oils are provided, along with aprons, tea, coffee and a slice of something from the',
    'bakery next door. Candles need to cure for a week before their first burn, so we will send you home with them boxed and a',
    'care card.',
  ),
  'Good to know',
  j(
    'The workshop suits complete beginners and anyone aged 14 and over (under 16s with an adult). Please wear closed shoes. The',
    'studio is on the ground floor with step-free access.',
  ),
  j(
    'Tickets can be moved to another date up to 72 hours before the class. We are sorry that we cannot offer refunds after that,',
    'but you are welcome to send a friend in your place.',
  ),
];
const wNav = ['Shop', 'Workshops', 'Private Events', 'Gift Cards', 'About', 'Contact'];
const wHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>${wTitle} &mdash; Ember &amp; Wick Studio</title><link rel="canonical" href="https://www.emberandwick.example/workshops/container-candle-workshop-nov"/>
<meta property="og:site_name" content="Ember &amp; Wick Studio"/><meta property="og:title" content="${wTitle} &mdash; Ember &amp; Wick Studio"/>
<meta property="og:type" content="website"/><meta itemprop="name" content="${wTitle}"/>
<script type="text/javascript" src="//use.typekit.net/ik/abc123.js" async fetchpriority="high"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64a1","siteTitle":"Ember & Wick
Studio"},"collection":{"title":"Workshops","type":10}};</script>
<script type="application/ld+json">{"url":"https://www.emberandwick.example","name":"Ember & Wick
Studio","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"${wTitle}","startDate":"2026-11-14T10:00:00+0000",
"location":{"@type":"Place","name":"Ember & Wick Studio","address":"14 Tannery Yard, Kelsworth"}}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1/12/5c5a/64a1/1519/site.css"/></head>
<body id="item-6541" class="header-layout-nav-right tweak-blog-list-style-stacked event-list-date event-list-time primary-button-style-solid
collection-type-events view-item">
<div class="sqs-cookie-banner-v2-container" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 BOTTOM LEFT">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to give you the best experience on our website and to remember what is in your basket.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-controller="Header" data-first-focusable-element tabindex="-1">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a id="site-title" href="/" data-animation-role="header-element">Ember &amp; Wick Studio</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${wNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Workshops' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}"${t === 'Workshops' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop">
<div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<svg class="icon icon--cart" viewBox="0 0 31 24"></svg>
<div class="icon-cart-quantity">0</div></span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6541">
<section data-test="page-section" class="page-section
 layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="eventitem-backlink"><a href="/workshops">Back to All Events</a></div>
<article class="eventitem" id="article-6541" data-item-id="6541"><div class="eventitem-column-meta">
<h1 class="eventitem-title" data-content-field="title">${wTitle}</h1>
<ul class="eventitem-meta event-meta event-meta-date-time-container" data-content-field="event-date-time">
<li class="eventitem-meta-item eventitem-meta-date event-meta-item"><time class="event-date" datetime="2026-11-14">Saturday 14 November 2026</time></li>
<li class="eventitem-meta-item eventitem-meta-time event-meta-item">
<span class="event-time-localized"><time class="event-time-localized-start" datetime="2026-11-14">10:00</time>
<span class="event-datetime-divider"></span><time class="event-time-localized-end" datetime="2026-11-14">13:00</time></span></li></ul>
<ul class="eventitem-meta event-meta event-meta-address-container" data-content-field="location">
<li class="eventitem-meta-item eventitem-meta-address event-meta-item">
<span class="eventitem-meta-address-line eventitem-meta-address-line--title">Ember &amp; Wick Studio</span>
<span class="eventitem-meta-address-line">14 Tannery Yard</span><span class="eventitem-meta-address-line">Kelsworth, KW3 8PL</span>
<a href="http://maps.google.com?q=14%20Tannery%20Yard%20Kelsworth" class="eventitem-meta-address-maplink" target="_blank">(map)</a></li></ul>
<ul class="eventitem-meta eventitem-meta-export event-meta event-meta-export"><li class="eventitem-meta-item eventitem-meta-export-item event-meta-item">
<a href="http://www.google.com/calendar/event?action=TEMPLATE&amp;text=Container%20Candle%20Workshop"
class="eventitem-meta-export-item eventitem-meta-export-item--google">Google Calendar</a></li>
<li class="eventitem-meta-item eventitem-meta-export-item event-meta-item">
<a href="/workshops/container-candle-workshop-nov?format=ical" class="eventitem-meta-export-item eventitem-meta-export-item--ical">ICS</a></li></ul></div>
<div class="eventitem-column-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1791032000000" id="item-6541">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1">
<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image">
<img data-src="https://images.squarespace-cdn.com/content/v1/64a1/pour.jpg" alt="Hands pouring wax into amber glass"
src="https://images.squarespace-cdn.com/content/v1/64a1/pour.jpg?format=1000w"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Pouring at 60°C on a Saturday class.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(wBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
<h3>${wBody[2]}</h3><ul data-rte-list="default">${lis(wBody.slice(3, 6).map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h3>${wBody[6]}</h3>${ps([at(wBody, 7)], ' class="" style="white-space:pre-wrap;"')}
<h3>${wBody[8]}</h3>${ps(wBody.slice(9), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_3"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="/shop/p/container-candle-workshop-ticket" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book your
place &ndash; £65</a></div></div></div>
</div></div></div></div>
<footer class="eventitem-meta-tags event-meta-item">
<span class="tags-label">Tags:</span> <a href="/workshops?tag=candles">candles</a>, <a href="/workshops?tag=beginners">beginners</a></footer>
</article><div class="item-pagination item-pagination--prev-next" data-collection-type="events-stacked">
<a class="item-pagination-link item-pagination-link--prev" href="/workshops/beeswax-taper-dipping"><div class="item-pagination-icon icon icon--stroke">
<svg class="caret-left-icon--small" viewBox="0 0 9 16"></svg></div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Beeswax Taper Dipping</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/workshops/wax-melt-making-evening"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Wax Melt Making Evening</h2></a></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section has-background white-bold">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h4 style="white-space:pre-wrap;">Find us</h4><p class="" style="white-space:pre-wrap;">14 Tannery Yard, Kelsworth, KW3 8PL</p>
<p class="" style="white-space:pre-wrap;">Shop open Wednesday to Sunday, 11am to 5pm</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="64a2" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Stay in the glow</h2><div class="newsletter-form-header-description">
<p>New workshop dates and seasonal scents, once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_4">Email Address</label>
<input id="email-yui_3_17_2_1_4" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small" style="white-space:pre-wrap;">© 2026 Ember &amp; Wick Studio · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></p></div>
</div></div>
</div></div></div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout629-squarespace-candle-workshop',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 2), at(wBody, 6), at(wBody, 8)],
  body: texts(wBody.filter((_, i) => ![2, 6, 8].includes(i))),
  bylines: ['Saturday 14 November 2026', '10:00', '13:00'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience on our website and to remember what is in your basket.', 'Accept', 'Decline',
    'Skip to Content', 'Ember & Wick Studio', ...wNav, '0', 'Back to All Events', '14 Tannery Yard', 'Kelsworth, KW3 8PL', '(map)', 'Google Calendar', 'ICS',
    'Pouring at 60°C on a Saturday class.', 'Book your place – £65', 'Tags:', 'candles', 'beginners', 'Previous', 'Beeswax Taper Dipping', 'Next',
    'Wax Melt Making Evening', 'Find us', '14 Tannery Yard, Kelsworth, KW3 8PL', 'Shop open Wednesday to Sunday, 11am to 5pm', 'Stay in the glow',
    'New workshop dates and seasonal scents, once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
'© 2026 Ember & Wick Studio · Terms · Privacy',
  ],
};

export const HELDOUT629_A2: readonly TestPage[] = [squarespace];
