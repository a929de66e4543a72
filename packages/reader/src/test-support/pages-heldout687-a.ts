import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout687-kit.js';

/**
 * Held-out batch 687, file a: a sales listing on WordPress with the Houzez real-estate theme (agent form, mortgage
 * calculator, similar listings), and a short area guide of a letting agent built with Wix.
 */
const hTitle = 'Three-bedroom Edwardian terrace, Corrin Road';
const hPrice = '£475,000';
const hAddr = '14 Corrin Road, Hallowby, Westmere HB4 2QT';
const hOverview = ['3 Bedrooms', '2 Bathrooms', '1 Garage', '1,184 ft²', '1908 Year Built'];
const hDesc = [
  j(
    'A bay-fronted Edwardian terrace on one of the quieter roads off Hallowby Green, kept in good order by the same owners for',
    'twenty-two years. The house keeps its original cornicing, tiled hallway and two cast-iron fireplaces, and was rewired in 2021.',
  ),
  j(
    'On the ground floor a through lounge runs from the bay to French doors onto the garden, and the kitchen was extended into the',
    'side return in 2019 to make room for a dining table under two roof lights. A downstairs shower room sits off the utility.',
  ),
  j(
    'Upstairs there are two double bedrooms, a single that is used as a study, and a family bathroom with a roll-top bath. The loft',
    'is boarded and reached by a pull-down ladder; similar houses on the road have converted theirs, subject to consent.',
  ),
  j(
    'The south-west facing garden is about 60 feet long, with a paved terrace, a lawn and a brick garage reached from the rear lane.',
    'Hallowby station is a nine-minute walk, and Corrin Road falls within the catchment of St Aldric&rsquo;s Primary.',
  ),
];
const hDetails = [
  'Property ID: HB-4471',
  'Price: £475,000',
  'Property Size: 1,184 ft²',
  'Bedrooms: 3',
  'Bathrooms: 2',
  'Garage: 1',
  'Year Built: 1908',
  'Property Type: Terraced',
  'Property Status: For Sale',
];
const hAddress = ['Address: 14 Corrin Road', 'City: Hallowby', 'County: Westmere', 'Zip/Postal Code: HB4 2QT', 'Country: United Kingdom'];
const hFeatures = ['Gas central heating', 'Double glazing', 'Original fireplaces', 'Garden', 'Garage', 'Loft storage', 'Freehold', 'Council tax band D'];
const hNav = ['Home', 'Buy', 'Rent', 'Sell', 'Landlords', 'About Us', 'Contact'];
const hSimilar = ['Four-bedroom semi, Linden Avenue', 'Two-bedroom cottage, Mill Lane', 'Victorian end of terrace, Garth Street'];
const hFoot = ['Privacy Policy', 'Terms of Use', 'Complaints Procedure', 'Client Money Protection'];
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle} &#8211; Brackwell &amp; Lowe</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${hTitle}",
"datePublished":"2027-03-02T09:41:00+00:00","dateModified":"2027-03-09T16:12:00+00:00"},{"@type":"Organization","name":"Brackwell & Lowe"}]}</script>
<link rel="stylesheet" id="houzez-all-css-css" href="https://brackwell-lowe.co.uk/wp-content/themes/houzez/css/all-css.css?ver=2.8.6" media="all">
<link rel="stylesheet" id="houzez-style-css" href="https://brackwell-lowe.co.uk/wp-content/themes/houzez/style.css?ver=2.8.6" media="all">
<style id="houzez-styling-options-inline-css">.item-price{color:#00aeff}.property-labels-wrap .label{background:#77c720}</style>
<script src="https://brackwell-lowe.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="property-template-default single single-property postid-2231 houzez-theme houzez-footer-position transparent-no">
<div class="nav-mobile"><div class="main-nav navbar slideout-menu slideout-menu-left" id="nav-mobile"></div></div>
<main id="main-wrap" class="main-wrap"><header class="header-main-wrap"><div id="header-section" class="header-desktop header-v1" data-sticky="1">
<div class="container"><div class="header-inner-wrap"><div class="navbar d-flex align-items-center"><div class="logo logo-desktop">
<a href="https://brackwell-lowe.co.uk/"><img src="/wp-content/uploads/2024/05/logo.png" alt="Brackwell &amp; Lowe" width="190" height="48"></a></div>
<nav class="main-nav on-hover-menu navbar-expand-lg flex-grow-1"><ul id="main-nav" class="navbar-nav">${links(hNav, 'nav-item menu-item')}</ul></nav>
<div class="login-register"><ul class="login-register-nav"><li class="login-link"><a href="#" data-toggle="modal" data-target="#login-register-form">
<i class="houzez-icon icon-lock-5 mr-1"></i> Login</a></li></ul></div>
<a href="/valuation/" class="btn btn-create-listing hidden-xs hidden-sm">Free Valuation</a></div></div></div></div></header>
<section class="content-wrap property-wrap property-detail-v1"><div class="page-title-wrap"><div class="container">
<div class="d-flex align-items-center"><div class="breadcrumb-wrap"><nav><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/status/for-sale/">For Sale</a></li>
<li class="breadcrumb-item"><a href="/city/hallowby/">Hallowby</a></li><li class="breadcrumb-item active">${hTitle}</li></ol></nav></div>
<ul class="item-tools"><li class="item-tool item-favorite"><span class="add-favorite-js item-tool-favorite" data-toggle="tooltip" title="Favourite">
<i class="houzez-icon icon-love-it"></i></span></li><li class="item-tool houzez-share"><span class="item-tool-share dropdown-toggle">
<i class="houzez-icon icon-share"></i></span><div class="dropdown-menu dropdown-menu-right item-tool-dropdown-menu">
<a class="dropdown-item" href="https://www.facebook.com/sharer.php?u=x"><i class="houzez-icon icon-social-media-facebook mr-1"></i> Facebook</a>
<a class="dropdown-item" href="mailto:?subject=x"><i class="houzez-icon icon-envelope mr-1"></i> Email</a></div></li></ul></div>
<div class="d-flex"><div class="page-title"><h1>${hTitle}</h1></div><ul class="item-price-wrap hide-on-list">
<li class="item-price">${hPrice}</li></ul></div>
<address class="item-address"><i class="houzez-icon icon-pin mr-1"></i>${hAddr}</address>
<div class="property-labels-wrap"><a href="/status/for-sale/" class="label-status label status-color-31">For Sale</a>
<a href="/label/price-reduced/" class="hz-label label">Price Reduced</a></div></div></div>
<div class="container"><div class="row"><div class="col-lg-8 col-md-12 bt-content-wrap"><div class="property-view">
<div class="property-top-wrap"><div class="property-banner"><div class="tab-content"><div class="tab-pane active" id="pills-gallery">
<div class="top-gallery-section"><div id="property-gallery-js" class="listing-slider cS-hidden">
<div data-thumb="/wp-content/uploads/2027/03/corrin-1-150x110.jpg"><img class="img-fluid" src="/wp-content/uploads/2027/03/corrin-1.jpg" alt=""></div>
</div><span class="gallery-counter">1 / 24</span></div></div></div></div></div>
<div class="property-overview-wrap property-section-wrap" id="property-overview-wrap"><div class="block-wrap">
<div class="block-title-wrap d-flex justify-content-between align-items-center"><h2>Overview</h2></div>
<div class="d-flex property-overview-data">${hOverview
  .map((o) => `<ul class="list-unstyled flex-fill"><li class="property-overview-item">${o}</li></ul>`)
  .join('\n')}</div></div></div>
<div class="property-description-wrap property-section-wrap" id="property-description-wrap"><div class="block-wrap">
<div class="block-title-wrap"><h2>Description</h2></div><div class="block-content-wrap">
${ps(hDesc)}
</div></div></div>
<div class="property-address-wrap property-section-wrap" id="property-address-wrap"><div class="block-wrap">
<div class="block-title-wrap d-flex justify-content-between align-items-center"><h2>Address</h2>
<a class="btn btn-primary btn-slim" href="https://maps.google.com/?q=HB4+2QT" target="_blank"><i class="houzez-icon icon-maps mr-1"></i> Open on Google Maps</a>
</div><div class="block-content-wrap"><ul class="list-2-cols list-unstyled">${lis(hAddress)}</ul></div></div></div>
<div class="property-detail-wrap property-section-wrap" id="property-detail-wrap"><div class="block-wrap">
<div class="block-title-wrap d-flex justify-content-between align-items-center"><h2>Details</h2>
<span class="small-text grey"><i class="houzez-icon icon-calendar-3 mr-1"></i> Updated on March 9, 2027 at 4:12 pm</span></div>
<div class="block-content-wrap"><div class="detail-wrap"><ul class="list-2-cols list-unstyled">${lis(hDetails)}</ul></div></div></div></div>
<div class="property-features-wrap property-section-wrap" id="property-features-wrap"><div class="block-wrap">
<div class="block-title-wrap d-flex justify-content-between align-items-center"><h2>Features</h2></div>
<div class="block-content-wrap">
<ul class="list-3-cols list-unstyled">${lis(
  hFeatures.map(
    (f) => `<i class="houzez-icon icon-check-circle-1 mr-2 primary-text"></i>
<a href="/feature/${f.length}/">${f}</a>`,
  ),
)}</ul></div></div></div>
<div class="property-mortgage-calculator-wrap property-section-wrap" id="property-mortgage-calculator-wrap"><div class="block-wrap">
<div class="block-title-wrap"><h2>Mortgage Calculator</h2></div><div class="block-content-wrap"><form method="post">
<label>Total Amount</label><input type="text" class="form-control" id="homeprice" value="475000"><label>Down Payment</label>
<input type="text" class="form-control" id="downpayment" value="95000"><label>Interest Rate</label><input type="text" class="form-control" value="4.5">
<label>Loan Terms (Years)</label><input type="text" class="form-control" value="25"><label>Property Tax</label><label>Home Insurance</label>
<button type="button" id="houzez-calculate-mortgage" class="btn btn-search btn-secondary">Calculate</button></form></div></div></div>
</div></div>
<div class="col-lg-4 col-md-12 bt-sidebar-wrap"><aside class="sidebar-wrap"><div class="property-form-wrap"><div class="property-form clearfix">
<div class="agent-details"><div class="d-flex align-items-center"><div class="agent-image"><img class="rounded" src="/wp-content/uploads/agent-ellis.jpg"
alt="Ellis Danbury" width="70" height="70"></div><ul class="agent-information list-unstyled"><li class="agent-name">
<i class="houzez-icon icon-single-neutral mr-1"></i> Ellis Danbury</li><li class="agent-link"><a href="/agent/ellis-danbury/">View Listings</a></li></ul>
</div></div><form method="post" action="#"><div class="form-group"><input class="form-control" name="name" placeholder="Name" type="text"></div>
<div class="form-group"><input class="form-control" name="mobile" placeholder="Phone" type="text"></div><div class="form-group">
<textarea class="form-control" name="message" rows="4">Hello, I am interested in [${hTitle}]</textarea></div>
<div class="form-group form-group-gdpr"><label class="control control--checkbox"><input type="checkbox" name="privacy_policy">
By submitting this form I agree to Terms of Use</label></div>
<button type="button" class="houzez_agent_property_form btn btn-secondary btn-full-width">Send Message</button>
<a href="tel:01632960418" class="btn btn-secondary-outlined btn-full-width">Call</a></form></div></div></aside></div></div></div>
<section class="similar-property-wrap listing-wrap" id="similar-listings-wrap"><div class="container"><div class="block-title-wrap">
<h2>Similar Listings</h2></div><div class="listing-view grid-view card-deck">${hSimilar
  .map((s) => `<div class="item-listing-wrap hz-item-gallery-js card"><h2 class="item-title"><a href="/property/${s.length}/">${s}</a></h2></div>`)
  .join('\n')}</div></div></section></section>
<footer class="footer-wrap footer-wrap-v1"><div class="footer-top-wrap"><div class="container"><div class="row"><div class="col-md-4">
<div class="widget widget-text"><div class="widget-header"><h3 class="widget-title">About Brackwell &amp; Lowe</h3></div>
<div class="textwidget"><p>Independent estate and letting agents in Hallowby since 1986.</p></div></div></div></div></div></div>
<div class="footer-bottom-wrap footer-bottom-wrap-v1"><div class="container"><div class="footer_copyright">© 2027 Brackwell &amp; Lowe Ltd</div>
<div class="footer-nav"><nav><ul>${links(hFoot)}</ul></nav></div></div></div></footer></main>
<a href="#main-wrap" class="houzez-back-to-top"><i class="houzez-icon icon-arrow-button-up-2"></i></a>
<script id="houzez-custom-js-extra">var houzez_vars={"property_lat":"51.4","property_lng":"-1.2","compare_button_url":"/compare/"};</script>
<script src="https://brackwell-lowe.co.uk/wp-content/themes/houzez/js/custom.min.js?ver=2.8.6" id="houzez-custom-js"></script></body></html>`;
const houzez: TestPage = {
  name: 'heldout687-houzez-listing',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Overview', 'Description', 'Address', 'Details', 'Features'],
  body: texts([hPrice, hAddr, ...hOverview, ...hDesc, ...hAddress, ...hDetails, ...hFeatures]),
  bylines: ['Updated on March 9, 2027 at 4:12 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'Login', 'Free Valuation', 'Facebook', 'Email', 'Price Reduced', '1 / 24',
    'Open on Google Maps', 'Mortgage Calculator', 'Total Amount', 'Down Payment', 'Interest Rate', 'Loan Terms (Years)', 'Property Tax',
    'Home Insurance', 'Calculate', 'Ellis Danbury', 'View Listings', 'By submitting this form I agree to Terms of Use', 'Send Message', 'Call',
    'Similar Listings', ...hSimilar, 'About Brackwell & Lowe', 'Independent estate and letting agents in Hallowby since 1986.',
    '© 2027 Brackwell & Lowe Ltd', ...hFoot,
  ],
};

const wTitle = 'Living in Ashby Marsh';
const wBody = [
  j(
    'Ashby Marsh is a village of about 3,000 people on the edge of the Levens, twenty minutes by train from Carrowfield. Most homes',
    'are brick cottages and 1930s semis, with a small estate of new houses off Pound Lane.',
  ),
  'Getting around',
  j(
    'Trains run twice an hour to Carrowfield, and the 41 bus links the village to the retail park and the hospital. The towpath is',
    'a flat cycle route into town.',
  ),
  'Schools and shops',
  j('Ashby Marsh Primary was rated good at its last inspection. The high street has a post office, a butcher, two pubs and a', 'Saturday market on the green.'),
  'What it costs to rent',
  j('A two-bedroom cottage lets for around £1,150 a month, and a three-bedroom semi for £1,400 to £1,550.'),
];
const wNav = ['Home', 'Properties to Rent', 'Landlords', 'Area Guides', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Living in Ashby Marsh | Tolley Homes Lettings</title>
<meta name="description" content="A short guide to Ashby Marsh for tenants: transport, schools, shops and rents.">
<meta property="og:site_name" content="Tolley Homes Lettings"><link rel="canonical" href="https://www.tolleyhomes.co.uk/ashby-marsh">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Tolley Homes Lettings",
"address":{"@type":"PostalAddress"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"7c1e","siteId":"a84f"},"language":{"userLanguage":"en"}};</script>
<style>#comp-lq2x9 { --min-height:52px; } .font_0 { font: normal normal bold 40px/1.2em raleway,sans-serif; }</style></head>
<body class="">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"
tabindex="-1"><div class="_C0cVf"><div id="comp-lq2x9" class="comp-lq2x9 wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">
<a href="https://www.tolleyhomes.co.uk" class="wixui-rich-text__text">Tolley Homes</a></span></p></div>
<nav id="comp-lq2y1" aria-label="Site" class="wixui-horizontal-menu"><ul class="itemDepth02233374943__menu">${wNav
  .map(
    (n) =>
      `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="/${n.toLowerCase().replace(/ /g, '-')}" class="wixui-horizontal-menu__item-label">${n}</a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-lq2z7" class="comp-lq2z7 wixui-button"><a data-testid="linkElement" href="/valuation" class="wixui-button" aria-disabled="false">
<span class="w4Vxx6 wixui-button__label">Book a valuation</span></a></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="Containerc1dmp" class="Containerc1dmp">
<section id="comp-lr91ab" class="comp-lr91ab wixui-section"><div data-testid="columns" class="comp-lr91ab-container">
<div id="comp-lr91ac" class="comp-lr91ac wixui-column-strip__column"><div id="comp-lr91ad" class="comp-lr91ad wixui-image"
data-testid="imageX"><img src="https://static.wixstatic.com/media/8b2c1e_ashby~mv2.jpg/v1/fill/w_980,h_420/ashby.jpg" alt="The green at Ashby Marsh"></div>
<div id="comp-lr91ae" class="comp-lr91ae wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span style="color:#2F4858;" class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lr91af" class="comp-lr91af wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 0)}</span></p>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>
<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 1)}</span></h2>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 2)}</span></p>
<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 3)}</span></h2>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 4)}</span></p>
<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 5)}</span></h2>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 6)}</span></p></div>
<div id="comp-lr91ag" class="comp-lr91ag wixui-button"><a data-testid="linkElement" href="/properties-to-rent?area=ashby-marsh" class="wixui-button">
<span class="w4Vxx6 wixui-button__label">See homes to rent in Ashby Marsh</span></a></div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-lq3a1" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Tolley Homes Lettings, 6 Bridge Street, Carrowfield CF2 7LN</p>
<p class="font_9 wixui-rich-text__text">01632 960 772 · hello@tolleyhomes.co.uk</p>
<p class="font_9 wixui-rich-text__text">© 2027 by Tolley Homes. Member of the Property Redress Scheme.</p></div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script id="wix-warmup-data" type="application/json">{"platform":{"ssrPropsUpdates":[]},"pages":{"c1dmp":{"title":"${wTitle}"}}}</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.e1b3c41a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout687-wix-area-guide',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 1), at(wBody, 3), at(wBody, 5)],
  body: texts(wBody.filter((_, i) => i % 2 === 0)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Tolley Homes', ...wNav, 'Book a valuation', 'See homes to rent in Ashby Marsh',
    'Tolley Homes Lettings, 6 Bridge Street, Carrowfield CF2 7LN', '01632 960 772 · hello@tolleyhomes.co.uk',
    '© 2027 by Tolley Homes. Member of the Property Redress Scheme.', 'bottom of page',
  ],
};

export const HELDOUT687_A: readonly TestPage[] = [houzez, wix];
