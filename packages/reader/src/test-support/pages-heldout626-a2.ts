import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout626-kit.js';

/** Held-out batch 626, file a2: a Squarespace 7.1 event page (an events collection item) for a toy shop's family build morning. */
const sTitle = 'Family Build Morning: Wooden Racing Cars';
const sWhen = ['Saturday, 18 April 2026', '10:00 AM 12:00 PM'];
const sWhere = 'Pip & Moss Toys 14 Quayside Lane Harwick, HW3 2PL';
const sBody = [
  j(
    'Bring a grown-up and build a wooden racing car to take home. Every child gets a pre-cut kit of beech body, axles and four',
    'wheels, and we will have sandpaper, glue and a rainbow of paint pens on the big table in the back room.',
  ),
  j(
    'The morning suits ages five to ten. Younger brothers and sisters are welcome to join in with help, and there is a box of',
    'Duplo for anyone who would rather just watch.',
  ),
  j(
    'At eleven we will race the finished cars on our six-metre ramp. There are no prizes for winning, but there is a rosette for',
    'the car that goes slowest.',
  ),
  j('Places cost £8 a child, including the kit. Please book at the till or by phone, as we only have twenty places.'),
];
const sNav = ['Shop', 'Events', 'Gift Lists', 'Visit Us'];
const sFoot = ['14 Quayside Lane, Harwick HW3 2PL', 'Tuesday to Saturday, 9.30am to 5.30pm', '01632 960 418'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<meta charset="utf-8"><title>${sTitle} &mdash; Pip &amp; Moss Toys</title>
<link rel="canonical" href="https://www.pipandmoss.co.uk/events/family-build-morning-racing-cars">
<meta property="og:site_name" content="Pip &amp; Moss Toys"><meta property="og:title" content="${sTitle} &mdash; Pip &amp; Moss Toys">
<meta property="og:type" content="website"><meta itemprop="name" content="${sTitle}">
<script type="text/javascript" src="//use.typekit.net/ik/8dXk.js" async fetchpriority="high"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1a2","siteTitle":"Pip & Moss Toys"},"collection":{"title":"Events",
"typeName":"events"},"item":{"title":"${sTitle}"},"pageType":11,"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.pipandmoss.co.uk","name":"Pip & Moss Toys","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"${sTitle}","startDate":"2026-04-18T10:00:00+0100",
"location":{"@type":"Place","name":"Pip & Moss Toys","address":"14 Quayside Lane, Harwick"}}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/63f1a2/41/5c5a519771c10ba3470d8101/site.css"/>
</head>
<body id="item-6601d9" class="header-overlay-alignment-center header-width-full tweak-transparent-header tweak-fixed-header
tweak-blog-alternating-side-by-side-width-full
 tweak-events-stacked-show-thumbnails primary-button-style-solid primary-button-shape-pill  view-item collection-type-events collection-layout-default
 collection-6601a0 mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke icon--fill
icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></span></a></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link
sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Pip &amp; Moss Toys</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection${
        t === 'Events' ? ' header-nav-item--active' : ''
      }"><a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element"${t === 'Events' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart header-icon show-empty-cart-state
cart-quantity-zero header-icon-border-shape-none header-icon-border-style-outline"><span class="Cart-inner"><svg class="icon icon--cart" viewBox="0 0 31 24">
</svg><div class="icon-cart-quantity"><span class="cart-quantity-container"><span
class="sqs-cart-quantity">0</span></span></div></span></a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title
visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"></div></div></button></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6601a0">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white"><div class="content-wrapper"><div class="content">
<div class="eventitem-backlink-wrapper"><a href="/events" class="eventitem-backlink">Back to All Events</a></div>
<article class="entry h-event hentry author-pip-moss post-type-event article-index-1 event-excerpt" id="article-6601d9" data-item-id="6601d9">
<div class="eventitem-column-meta"><h1 class="eventitem-title" data-content-field="title">${sTitle}</h1>
<ul class="eventitem-meta event-meta event-meta-date-time-container"><li class="eventitem-meta-item eventitem-meta-date event-meta-item">
<time class="event-date" datetime="2026-04-18">${sWhen[0]}</time></li><li class="eventitem-meta-item eventitem-meta-time event-meta-item">
<span class="event-time-localized"><time class="event-time-localized-start" datetime="2026-04-18">10:00 AM</time>
<span class="event-datetime-divider"></span>
<time class="event-time-localized-end" datetime="2026-04-18">12:00 PM</time></span></li></ul>
<ul class="eventitem-meta event-meta event-meta-address-container"><li class="eventitem-meta-item eventitem-meta-address event-meta-item">Pip &amp; Moss Toys
<span class="eventitem-meta-address-line">14 Quayside Lane</span> <span class="eventitem-meta-address-line">Harwick, HW3 2PL</span>
<a href="http://maps.google.com?q=14%20Quayside%20Lane%20Harwick" class="eventitem-meta-address-maplink" target="_blank">(map)</a></li></ul>
<ul class="eventitem-meta event-meta event-meta-export-container"><li class="eventitem-meta-item eventitem-meta-export event-meta-item">
<a href="http://www.google.com/calendar/event?action=TEMPLATE&amp;text=Family%20Build%20Morning" class="eventitem-meta-export-google">Google Calendar</a>
<span class="eventitem-meta-export-divider"></span><a href="/events/family-build-morning-racing-cars?format=ical" class="eventitem-meta-export-ical">ICS</a>
</li></ul></div>
<div class="eventitem-column-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1711397600" id="item-6601d9">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-7d2e">
<div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody, ' class="" style="white-space:pre-wrap;"')}
</div></div></div><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1711"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper has-aspect-ratio" data-animation-role="image">
<img data-src="https://images.squarespace-cdn.com/content/v1/63f1a2/racing-cars.jpg" alt="" data-image-dimensions="1500x1000" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">Last spring's winner of the slowest-car
rosette.</p>
</div></figcaption></figure></div></div></div></div></div></div>
<div class="eventitem-pagination"><a href="/events/easter-jigsaw-swap" class="eventitem-pagination-link eventitem-pagination-link--prev">
<span class="eventitem-pagination-label">Earlier Event: 4 April</span><span class="eventitem-pagination-title">Easter Jigsaw Swap</span></a>
<a href="/events/marble-run-club" class="eventitem-pagination-link eventitem-pagination-link--next"><span class="eventitem-pagination-label">Later Event:
2 May</span><span class="eventitem-pagination-title">Marble Run Club</span></a></div>
</article></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${sFoot.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n')}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat
newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="63f1b7" autocomplete="on" method="POST" novalidate
onsubmit="return (function (form) {Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {(new Y.Squarespace.FormSubmit(form)).submit({formId:
'63f1b7', collectionId: '', objectName: 'footer'});});return false;})(this);"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">
Little news, once a month</h2></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper
form-item field email required" id="email-yui_3_17"><label class="newsletter-form-field-label title" for="email-yui_3_17-field">Email Address</label>
<input id="email-yui_3_17-field" class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false" placeholder="Email Address"
aria-required="true"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button
sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span><span class="newsletter-form-spinner sqs-spin light large"></span></button></div>
<div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">We respect your privacy.</p></div></div>
<div class="hidden form-submission-text">Thank you!</div></form></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-main sqs-cookie-banner-v2-position-bottom"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-dark"
role="dialog" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text"><p>We use cookies to give you the best experience of our shop online.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-cookie-banner-v2-cta">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-cookie-banner-v2-cta">Decline</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespaceEvent: TestPage = {
  name: 'heldout626-squarespace-build-morning',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: [...sWhen, sWhere, ...texts(sBody)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '0', 'Skip to Content', ...sNav, 'Back to All Events', '(map)', 'Google Calendar', 'ICS',
    "Last spring's winner of the slowest-car rosette.", 'Earlier Event: 4 April', 'Easter Jigsaw Swap', 'Later Event: 2 May', 'Marble Run Club',
    ...sFoot, 'Little news, once a month', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'We use cookies to give you the best experience of our shop online.', 'Accept', 'Decline',
  ],
};

export const HELDOUT626_A2: readonly TestPage[] = [squarespaceEvent];
