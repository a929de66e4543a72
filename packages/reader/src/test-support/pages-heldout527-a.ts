import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, tidy } from './pages-heldout527-kit.js';

/** Held-out batch 527, file a: a café's "Our Story" page on Squarespace 7.1 (page sections, header and footer blocks, cookie banner). */
const sTitle = 'Our Story';
const sBody = [
  j(
    'Halden &amp; Rye started in 2014 as a cart on the quay at Marrowick, with one lever machine, a chalkboard and a folding table',
    'borrowed from the sailing club. Ines Halden pulled the shots; her brother Tobiah baked rye buns at home before dawn and carried them',
    'down in a fish crate.',
  ),
  j(
    'Three winters later the old chandlery on Ropewalk Lane came up for rent. We kept the ship\u2019s ladder, the brass hooks and the long',
    'oak counter, and we built the rest ourselves over eleven weekends with help from half the street.',
  ),
  'What we care about',
  j(
    'We buy green coffee from two importers we have visited, and we roast it twice a week in a 5 kg roaster at the back of the shop,',
    'so what you drink on Friday was roasted on Tuesday. Our milk comes from Stenner Farm, eight miles inland, in returnable churns.',
  ),
  j(
    'Everything on the counter is baked here: rye buns, cardamom knots, a seeded loaf and whatever Tobiah is testing that week. When',
    'it is gone, it is gone, and the leftovers go to the night shelter on Chapel Row.',
  ),
  'The people',
  j(
    'There are nine of us now. Most of the team started as customers. We pay above the town\u2019s living wage, share the tips equally',
    'and close on Mondays so that everyone gets two days off together.',
  ),
  j(
    '<em>\u201cA caf\u00e9 should feel like the front room of the street.\u201d</em> That was the first thing Ines wrote on the chalkboard,',
    'and it is still there above the grinder.',
  ),
];
const sNav = ['Menu', 'Our Story', 'Wholesale', 'Shop', 'Find Us'];
const sFoot = ['Instagram', 'Facebook', 'Careers', 'Privacy Policy'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Our Story \u2014 Halden &amp; Rye Coffee House</title>
<link rel="shortcut icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/5f3a/favicon.ico?format=100w">
<link rel="canonical" href="https://www.haldenandrye.co.uk/our-story"><meta property="og:site_name" content="Halden &amp; Rye Coffee House">
<meta property="og:title" content="Our Story \u2014 Halden &amp; Rye Coffee House"><meta property="og:type" content="website">
<meta name="description" content="From a cart on the quay to the old chandlery on Ropewalk Lane.">
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-8e2b1.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"5f3a91c2","collectionId":"60b1e",
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.haldenandrye.co.uk","name":"Halden & Rye Coffee House","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"4 Ropewalk Lane, Marrowick","openingHours":"Tu 07:30-16:00, We 07:30-16:00","@context":"http://schema.org",
"@type":"CafeOrCoffeeShop"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f3a91c2/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-60b1e4f2a7" class="primary-button-style-solid header-layout-nav-right tweak-global-animations-enabled view-list has-banner-image"
tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
<div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<div class="icon-cart"></div><div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></span></a></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-border" data-header-style="dynamic"></div><div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
 src="//images.squarespace-cdn.com/content/v1/5f3a/logo.png?format=1500w" alt="Halden &amp; Rye Coffee House"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === sTitle ? ' header-nav-item--active' : ''}"><a
href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger"
 data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div
class="burger-inner"></div></div></button></div></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="60b1e4f2a7c1">
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--wide horizontal-alignment--center vertical-alignment--middle has-background" data-section-id="60b1e4f2a7c2">
<div class="section-background"><img alt="" data-src="https://images.squarespace-cdn.com/content/v1/5f3a/quay-cart.jpg" data-load="false"></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-60b1e4f2a7c2">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-yui_3_17_2_1_1624">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
<p class="sqs-block-html-subtitle" style="text-align:center;white-space:pre-wrap;">Est. 2014 \u00b7
Marrowick</p></div></div></div></div></div></div></div></div>
</section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
 content-width--narrow horizontal-alignment--left vertical-alignment--middle" data-section-id="60b1e4f2a7c3"><div class="content-wrapper"><div
class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody.slice(0, 2), ' style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sBody[2]}</h2>
${ps(sBody.slice(3, 5), ' style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/5f3a/roaster.jpg" alt="The 5 kg roaster"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p style="white-space:pre-wrap;">Roast day at the back of the
shop.</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sBody[5]}</h2>
${ps(sBody.slice(6, 8), ' style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/careers" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Work with us</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
 layout-engine-section background-width--full-bleed section-height--small content-width--wide" data-section-id="60b1e4f2a7d1"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-4 span-4">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Visit</h3>
<p style="white-space:pre-wrap;">4 Ropewalk Lane, Marrowick</p><p style="white-space:pre-wrap;">Tue\u2013Sun 7.30am\u20134pm \u00b7 Closed
Mondays</p></div></div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
autocomplete="on">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Roast day letters</h2>
<div class="newsletter-form-header-description"><p>One email a month: new coffees, bakes and what\u2019s on at the shop.</p></div></div>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input id="email-yui_3_17" class="newsletter-form-field-element
field-element"
 name="email" type="email" placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary"
 type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div>
<div class="form-submission-text hidden">Thank you!</div></form></div></div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<ul data-rte-list="default">${links(sFoot)}</ul><p style="white-space:pre-wrap;">\u00a9 2026 Halden &amp; Rye Ltd</p></div></div></div></div>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 BOTTOM" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-cta-container"><p class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience.</p>
<button class="sqs-cookie-banner-v2-accept" type="button">Accept</button><button class="sqs-cookie-banner-v2-decline"
type="button">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout527-squarespace-cafe-story',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 2), at(sBody, 5)],
  body: texts(['Est. 2014 \u00b7 Marrowick', ...sBody.filter((_, i) => i !== 2 && i !== 5)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav.filter((t) => t !== sTitle), 'Roast day at the back of the shop.', 'Work with us', 'Visit', '4 Ropewalk Lane, Marrowick',
    'Tue\u2013Sun 7.30am\u20134pm \u00b7 Closed Mondays', 'Roast day letters', 'One email a month: new coffees, bakes and what\u2019s on at the shop.',
    'Email Address', 'Sign Up', 'We respect your privacy.', ...sFoot, '\u00a9 2026 Halden & Rye Ltd',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT527_A: readonly TestPage[] = [tidy(squarespace)];
