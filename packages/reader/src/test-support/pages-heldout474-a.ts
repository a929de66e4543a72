import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout474-kit.js';

/**
 * Held-out batch 474, file a: a hotel room page on WordPress (Astra theme with the MotoPress Hotel Booking plugin), and a
 * B&B's house rules page on Squarespace 7.1 (fluid engine) with an announcement bar and a newsletter block in the footer.
 */
const rTitle = 'Deluxe Sea View Double';
const rParas = [
  j(
    'Our Deluxe Sea View Doubles sit on the second and third floors of the old harbour master\u2019s house, each with two tall sash',
    'windows facing across Vellmar Bay to the lighthouse on Skarholm. On a clear evening you can watch the ferries come in from bed.',
  ),
  j(
    'The rooms were renovated in the winter of 2025 with oak floors, wool rugs woven in the valley and a small writing desk',
    'made from the timbers of the old pier. The bathrooms have a walk-in rain shower, heated floors and toiletries from a',
    'soap maker two streets away.',
  ),
  j(
    'Breakfast is served in the Harbour Room from 7:00 to 10:30 and is included in most rates. If you would rather stay in,',
    'a continental tray can be brought to the room for a small charge; order it at reception the evening before.',
  ),
];
const rAmen = ['Free Wi-Fi', 'Nespresso machine and kettle', 'Rain shower', 'Heated bathroom floor', 'Blackout curtains', 'Hairdryer', 'Safe'];
const rDetails = ['Adults: 2', 'Children: 1', 'Size: 28m²', 'View: Sea view', 'Bed Type: King-size or twin on request'];
const rDetailHtml = rDetails
  .map((d) => {
    const [k, v] = d.split(': ');
    return `<li class="mphb-room-type-${(k ?? '').toLowerCase().replace(/ /g, '-')}"><span class="mphb-attribute-title">${k}:</span>
<span class="mphb-attribute-value"> ${v}</span></li>`;
  })
  .join('\n');
const rCaps = ['The view from room 21 at sunset', 'Walk-in rain shower'];
const rNav = ['Home', 'Rooms', 'Dining', 'Offers', 'Gallery', 'Contact'];
const rFooter = ['Privacy Policy', 'Terms of Booking', 'Accessibility'];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} &#8211; Hotel Lindqvist Harbour</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://hotellindqvist.example/accommodation/deluxe-sea-view-double/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${rTitle}"},
{"@type":"Hotel","name":"Hotel Lindqvist Harbour","address":{"@type":"PostalAddress","addressLocality":"Vellmar Bay"}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="mphb-css" href="/wp-content/plugins/motopress-hotel-booking/assets/css/mphb.min.css?ver=4.9.2" media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container #primary{padding-top:4em}.entry-title{font-size:34px}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope class="mphb_room_type-template-default single single-mphb_room_type postid-88 ast-desktop
ast-separate-container ast-right-sidebar astra-4.6.4 ast-header-custom-item-inside">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="180" height="60" src="/wp-content/uploads/2025/02/lindqvist-logo.png"
class="custom-logo" alt="Hotel Lindqvist Harbour"></a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(rNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="ast-builder-button-wrap ast-button-size-"><a class="ast-custom-button-link" href="/book/"><div
class="ast-button ast-custom-button">Book Now</div></a></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-88 mphb_room_type type-mphb_room_type status-publish has-post-thumbnail ast-article-single" id="post-88"
itemtype="https://schema.org/CreativeWork"
itemscope><div class="ast-post-format- ast-no-thumb single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${rTitle}</h1>
</header><div class="entry-content clear" itemprop="text">
<div class="mphb-room-type-gallery-wrapper mphb-single-room-type-gallery-wrapper"><div id="gallery-1" class="gallery gallery-columns-4 mphb-gallery-slider">
<figure class="gallery-item"><div class="gallery-icon landscape"><a href="/wp-content/uploads/2025/03/room21.jpg"><img
src="/wp-content/uploads/2025/03/room21-300x200.jpg"
alt="Sea view from the window" class="attachment-mphb-room-type-thumbnail"></a></div><figcaption
class="wp-caption-text gallery-caption">${rCaps[0]}</figcaption></figure>
<figure class="gallery-item"><div class="gallery-icon landscape"><a href="/wp-content/uploads/2025/03/shower.jpg"><img
src="/wp-content/uploads/2025/03/shower-300x200.jpg"
alt="" class="attachment-mphb-room-type-thumbnail"></a></div><figcaption class="wp-caption-text gallery-caption">${rCaps[1]}</figcaption></figure></div></div>
${ps(rParas)}
<h2>In the room</h2><ul>${rAmen.map((a) => `<li>${a}</li>`).join('')}</ul>
<h2 class="mphb-details-title">Details</h2><ul class="mphb-single-room-type-attributes">${rDetailHtml}</ul>
<p class="mphb-regular-price"><strong>Prices start at:</strong> <span class="mphb-price"><span class="mphb-currency">€</span>145</span>
<span class="mphb-price-period" title="Based on your search parameters">per night (without taxes and fees)</span></p>
<h2 class="mphb-calendar-title">Availability</h2><div class="mphb-calendar mphb-datepick inlinePicker" id="mphb-calendar-88"></div>
<h2 class="mphb-reservation-form-title">Reserve a Room</h2><form method="POST" action="/search-results/" class="mphb-booking-form" id="booking-form-88">
<p class="mphb-required-fields-tip"><small>Required fields are followed by <abbr title="required">*</abbr></small></p>
<p class="mphb-check-in-date-wrapper"><label for="mphb_check_in_date-88">Check-in Date <abbr title="Formatted as dd/mm/yyyy">*</abbr></label><br>
<input id="mphb_check_in_date-88" type="text" class="mphb-datepick" placeholder="Check-in Date" required></p>
<p class="mphb-check-out-date-wrapper"><label for="mphb_check_out_date-88">Check-out Date <abbr title="Formatted as dd/mm/yyyy">*</abbr></label><br>
<input id="mphb_check_out_date-88" type="text" class="mphb-datepick" placeholder="Check-out Date" required></p>
<div class="mphb-errors-wrapper mphb-hide"></div><p class="mphb-reserve-btn-wrapper"><input class="mphb-reserve-btn button" type="submit"
value="Check Availability">
<span class="mphb-preloader mphb-hide"></span></p></form>
</div></div></article></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="mphb_widget_search-2"
class="widget widget_mphb_search_availability">
<h2 class="widget-title">Search Availability</h2><form method="GET" class="mphb_widget_search-form" action="/search-results/"><p
class="mphb_widget_search-adults">
<label for="mphb_adults-w">Adults</label><br><select id="mphb_adults-w" name="mphb_adults"><option value="1">1</option><option value="2"
selected>2</option></select></p>
<p class="mphb_widget_search-submit-button-wrapper"><input type="submit" class="button" value="Search"></p></form></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Find us</h2><div
class="textwidget"><p>Strandgatan 4, Vellmar Bay</p><p>Reception open 24 hours</p></div>
</aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section"><div
class="ast-footer-copyright"><p>Copyright &copy; 2026 Hotel Lindqvist
Harbour | Powered by Hotel Lindqvist Harbour</p></div></div><div class="site-footer-below-section-2 site-footer-section"><nav class="site-navigation"
aria-label="Footer menu">
<ul id="astra-footer-menu" class="ast-nav-menu ast-flex astra-footer-horizontal-menu">${links(rFooter, 'menu-item')}</ul></nav></div></div></div></footer></div>
<div id="cookie-law-info-bar" class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and to analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button><button
class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script id="mphb-js-extra">var MPHB = {"_data":{"settings":{"currency":{"code":"EUR"},"firstDay":1}}};</script>
<script src="/wp-content/plugins/motopress-hotel-booking/assets/js/public/mphb.min.js?ver=4.9.2" id="mphb-js"></script></body></html>`;
const roomPage: TestPage = {
  name: 'heldout474-astra-mphb-room',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: ['In the room', 'Details'],
  body: [...texts(rParas), ...rAmen, ...rDetails],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', ...rNav, 'Book Now', ...rCaps, 'Prices start at: €145 per night (without taxes and fees)', 'Availability', 'Reserve a Room',
    'Required fields are followed by *', 'Check-in Date *', 'Check-out Date *', 'Search Availability', 'Adults', 'Find us', 'Strandgatan 4, Vellmar Bay',
    'Reception open 24 hours', 'Copyright © 2026 Hotel Lindqvist Harbour | Powered by Hotel Lindqvist Harbour', ...rFooter, 'We value your privacy',
    'We use cookies to enhance your browsing experience and to analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ]),
};

const sTitle = 'House Rules';
const sIntro = j(
  'We are a family home first and a bed and breakfast second, so a few rules help everyone sleep well.',
  'Thank you for reading them before you arrive.',
);
const sSections: [string, string[]][] = [
  [
    'Arrival and departure',
    [
      'Check-in is between 4pm and 8pm. If you will arrive later, please ring us on the day so we can leave a key in the lockbox.',
      'Rooms must be free by 10:30am. You are welcome to leave bags in the hall and enjoy the garden until you go.',
    ],
  ],
  ['Quiet hours', [j('The house is quiet from 10pm to 7am. The walls are old and the floors creak, so please take shoes off on the stairs', 'after dark.')]],
  [
    'Breakfast',
    [
      j(
        'Breakfast is served at the big table in the kitchen from 8am to 9:30am. Tell us about allergies when you book and we will',
        'plan around them. We cannot serve breakfast in the rooms.',
      ),
    ],
  ],
  [
    'Pets, smoking and candles',
    [
      'Well-behaved dogs are welcome in the Garden Room only, for £10 a night. They may not be left alone in the room.',
      'No smoking or vaping anywhere inside the house. Candles and incense are not allowed because of the thatched roof.',
    ],
  ],
  [
    'Cancellations',
    [j('Bookings can be cancelled free of charge up to 7 days before arrival. After that we charge the first night unless we can re-let', 'the room.')],
  ],
];
const sBodyHtml = sSections
  .map(
    ([h, p]) =>
      `<h3 style="white-space:pre-wrap;">${h}</h3>\n${ps(
        p.map((t) => t.replace(/&/g, '&amp;')),
        ' class="" style="white-space:pre-wrap;"',
      )}`,
  )
  .join('\n');
const sNav = ['Rooms', 'Breakfast', 'The Village', 'House Rules', 'Contact'];
const sFooterNav = ['Privacy', 'Terms'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle} &mdash; Thornby Mill B&amp;B</title><link rel="canonical"
href="https://www.thornbymill.example/house-rules">
<meta property="og:site_name" content="Thornby Mill B&amp;B"><meta property="og:title" content="${sTitle} &mdash; Thornby Mill B&amp;B">
<script type="application/ld+json">{"url":"https://www.thornbymill.example","name":"Thornby Mill B&B","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Thornby Mill B&B","address":"Mill Lane\\nThornby, Eastshire","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"website":{"id":"63f1a2","siteTitle":"Thornby Mill B&B"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1a2/18/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a0b3c5" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled
header-width-full tweak-transparent-header tweak-fixed-header form-use-theme-colors collection-type-page view-item" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header"
data-current-styles='{"layout":"navRight","action":{"buttonText":"Book a stay","buttonLink":"/book"}}'>
<div class="sqs-announcement-bar-dropzone"><div class="header-announcement-bar-wrapper"><div class="sqs-announcement-bar"><div
class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner"><p>Now taking bookings for the 2027 spring season</p></div></div>
<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span></div></div></div></div>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a id="site-title" href="/" data-animation-role="header-element">Thornby Mill B&amp;B</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection${n === sTitle ? ' header-nav-item--active' : ''}"><a
href="/${n.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element"${n === sTitle ? ' aria-current="page"' : ''}>${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a stay</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span>
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div
class="bottom-bun"></div></div></div></button></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a0b3c5aa">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--narrow horizontal-alignment--center vertical-alignment--middle" data-section-id="64a0b3c5ab">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-64a0b3c5ac"><div class="fe-block fe-block-yui_3_17_2_1_1688249"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-yui_3_17_2_1_1688249"><div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="" style="white-space:pre-wrap;">${sIntro}</p>
${sBodyHtml}
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1688250"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Questions? Get in
touch</a></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small" data-section-theme="black"><div class="content-wrapper"><div class="content"><div
class="fluid-engine fe-64a0b3d1">
<div class="fe-block"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;"><strong>Thornby Mill B&amp;B</strong></p><p class="" style="white-space:pre-wrap;">Mill Lane, Thornby, Eastshire</p>
<p class="" style="white-space:pre-wrap;">01632 960 221</p></div></div></div></div>
<div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64a0b3d2"
autocomplete="on" method="POST" novalidate><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hear from the mill</h2>
<div class="newsletter-form-header-description"><p>Seasonal offers and news, twice a year.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_99">Email Address</label><input class="newsletter-form-field-element field-element"
name="email"
type="email" placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div><div
class="hidden form-submission-text">Thank you!</div></form></div></div></div></div>
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${sFooterNav.map((f) => `<p class="" style="white-space:pre-wrap;"><a href="/${f.toLowerCase()}">${f}</a></p>`).join('\n')}</div></div></div></div>
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 BOTTOM_LEFT" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary" aria-label="Decline all">Decline all</button>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary" aria-label="Accept all">Accept all</button></div></div></div>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/performance-6dd47bae9b4bd1b1-min.en-US.js"></script></body></html>`;
const squarespaceRules: TestPage = {
  name: 'heldout474-squarespace-house-rules',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sSections.map(([h]) => h),
  body: [sIntro, ...sSections.flatMap(([, p]) => p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now taking bookings for the 2027 spring season', 'Thornby Mill B&B', 'Rooms', 'The Village', 'Contact', 'Book a stay',
    'Questions? Get in touch', 'Mill Lane, Thornby, Eastshire', '01632 960 221', 'Hear from the mill', 'Seasonal offers and news, twice a year.',
    'Email Address', 'Sign Up', 'We respect your privacy.', ...sFooterNav, 'This site uses cookies to improve your experience.', 'Decline all', 'Accept all',
  ],
};

export const HELDOUT474_A: readonly TestPage[] = [roomPage, squarespaceRules];
