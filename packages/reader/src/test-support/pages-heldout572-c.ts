import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout572-kit.js';

/**
 * Held-out batch 572, file c: a flat to rent on a Next.js agency site (CSS-module class names, key facts strip, enquiry panel,
 * __NEXT_DATA__), and an area guide on Webflow (rich text, CMS list of related guides, newsletter form).
 */
const nTitle = '2 bedroom apartment to rent';
const nAddress = 'Flat 6, Chandlers Wharf, Harbour Quarter, Kestlebury';
const nRent = '£1,150 pcm (£265 pw)';
const nDesc = [
  j(
    'A bright second-floor apartment in the converted Chandlers Wharf warehouse, overlooking the inner harbour. The open-plan',
    'living room and kitchen has exposed brick and tall arched windows, and both bedrooms are doubles.',
  ),
  j(
    'The building has a secure entry system, a lift and a bike store. Kestlebury station is an eight-minute walk and the harbour',
    'shops and cafés are on the doorstep.',
  ),
];
const nKey = [
  'Available from 1 February 2027',
  'Unfurnished',
  'Deposit: £1,326',
  'Holding deposit: £265',
  'Minimum tenancy: 12 months',
  'Council tax band: C',
  'EPC rating: C',
  'Sorry, no pets',
];
const nFacts = ['2 bedrooms', '1 bathroom', 'Apartment', '684 sq ft'];
const nNav = ['Buy', 'Rent', 'Sell', 'Let', 'Branches', 'Journal'];
const nFoot = ['About us', 'Careers', 'Tenant fees', 'Complaints', 'Privacy notice', 'Cookie settings'];
const nData = JSON.stringify({
  props: { pageProps: { property: { id: 'KBY-L-2231', bedrooms: 2, rent: 1150, address: nAddress, summary: nDesc[0] } } },
  page: '/property/[id]',
  query: { id: 'KBY-L-2231' },
  buildId: 'r8dTq1n0xXc2',
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} in Harbour Quarter, Kestlebury | Marlow Quayle</title>
<meta name="description" content="A bright second-floor apartment in the converted Chandlers Wharf warehouse."/>
<meta property="og:image" content="https://images.marlowquayle.example/KBY-L-2231/1.jpg"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/0c7b5f1e6a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/0c7b5f1e6a.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Apartment","name":"${nTitle}","numberOfBedrooms":2}</script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script>
<script src="/_next/static/chunks/pages/property/%5Bid%5D-8e1f0b2c.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__Qx2nP" href="#content">Skip to main content</a>
<header class="Header_header__3fKc1"><div class="Header_inner__pL0aZ"><a class="Header_logo__aB9dE" href="/" aria-label="Marlow Quayle home">
<svg viewBox="0 0 120 24" aria-hidden="true"><path d="M0 0h120v24H0z"></path></svg></a>
<nav class="Header_nav__m2Yt8" aria-label="Primary"><ul class="Header_list__Rw0cQ">${links(nNav, 'Header_item__Zt5bR')}</ul></nav>
<a class="Button_button__k1F7a Button_secondary__Xc2oT" href="/valuation">Book a valuation</a></div></header>
<main id="content" class="PropertyPage_main__9Yp3w"><nav class="Breadcrumbs_breadcrumbs__d3Ko1" aria-label="Breadcrumb"><ol>
${links(['Home', 'Property to rent', 'Kestlebury', 'Harbour Quarter'], 'Breadcrumbs_crumb__uV8sD')}</ol></nav>
<section class="Gallery_gallery__Fq2Lm"><button class="Gallery_count__a3Tz7" type="button">View all 18 photos</button>
<button class="Gallery_tab__Op9cE" type="button">Floorplan</button><button class="Gallery_tab__Op9cE" type="button">Virtual tour</button></section>
<div class="PropertyPage_grid__J2c8n"><div class="PropertyPage_content__W1y0r">
<div class="PropertyHeader_header__Kb4tS"><span class="Tag_tag__r0Yv2 Tag_new__x9Hd1">New instruction</span>
<h1 class="PropertyHeader_title__x7Yq2">${nTitle}</h1><p class="PropertyHeader_address__M3nwq">${nAddress}</p>
<p class="PropertyHeader_price__QeT4c">${nRent}</p></div>
<ul class="KeyFacts_facts__p9Aa1">${lis(nFacts, 'KeyFacts_fact__z2Vb5')}</ul>
<div class="PropertyHeader_actions__s7Lp0"><button class="Button_button__k1F7a Button_ghost__V7vL4" type="button">Save</button>
<button class="Button_button__k1F7a Button_ghost__V7vL4" type="button">Share</button></div>
<section class="Description_section__H5tNw"><h2 class="Description_heading__dQ8Rz">About this property</h2>
<div class="Description_text__Gm4xK">${ps(nDesc)}</div></section>
<section class="LettingDetails_section__N0rT2"><h2 class="LettingDetails_heading__yU4dF">Letting details</h2>
<ul class="LettingDetails_list__bY0Qe">${lis(nKey)}</ul></section>
<section class="Map_section__e2UoP"><h2 class="Map_heading__Fx7cV">Location</h2><div class="Map_map__hR3m9" data-lat="51.702" data-lng="-1.291"></div>
<p class="Map_note__cW1uJ">Map data is indicative only</p></section></div>
<aside class="EnquiryPanel_panel__aT4xn"><p class="EnquiryPanel_branch__Vv2sE">Marlow Quayle Kestlebury Lettings</p>
<a class="EnquiryPanel_phone__x0J3b" href="tel:01632960512">01632 960 512</a>
<a class="Button_button__k1F7a Button_primary__Sd1bN" href="/property/KBY-L-2231/viewing">Request a viewing</a>
<a class="Button_button__k1F7a Button_secondary__Xc2oT" href="/property/KBY-L-2231/enquiry">Email agent</a>
<p class="EnquiryPanel_fees__gQ7oL">Tenant fees and deposit information <a href="/tenant-fees">Read more</a></p></aside></div>
<section class="Similar_section__Q1e7R"><h2 class="Similar_heading__zX4aP">Similar properties</h2><ul class="Similar_list__tI9hN">
<li><a href="/property/KBY-L-2240"><span>1 bedroom apartment to rent, Rope Walk</span><span>£875 pcm</span></a></li>
<li><a href="/property/KBY-L-2198"><span>2 bedroom house to rent, Mill Row</span><span>£1,225 pcm</span></a></li></ul></section></main>
<footer class="Footer_footer__o7qL2"><ul class="Footer_links__Tc0dA">${links(nFoot)}</ul>
<p class="Footer_legal__Bm5tR">Marlow Quayle Ltd is a member of ARLA Propertymark and the Property Redress Scheme.</p>
<p class="Footer_copy__gE2zH">© Marlow Quayle 2026</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout572-nextjs-rental-listing',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: ['About this property', 'Letting details'],
  body: texts([nAddress, nRent, ...nDesc, ...nKey]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nNav, 'Book a valuation', 'Home', 'Property to rent', 'Kestlebury', 'Harbour Quarter', 'View all 18 photos',
    'Floorplan', 'Virtual tour', 'New instruction', ...nFacts, 'Save', 'Share', 'Location', 'Map data is indicative only',
    'Marlow Quayle Kestlebury Lettings', '01632 960 512', 'Request a viewing', 'Email agent', 'Tenant fees and deposit information', 'Read more',
    'Similar properties', '1 bedroom apartment to rent, Rope Walk', '£875 pcm', '2 bedroom house to rent, Mill Row', '£1,225 pcm', ...nFoot,
    'Marlow Quayle Ltd is a member of ARLA Propertymark and the Property Redress Scheme.', '© Marlow Quayle 2026',
  ],
};

const fTitle = 'Living in Saltmarsh: an area guide';
const fDek = 'Estuary walks, a proper high street and a twenty-minute train into Kestlebury. Here is what buyers ask us about most.';
const fBody = [
  j(
    'Saltmarsh grew up around a tidal mill and a ferry crossing, and the old town still clusters around the quay. Since the bypass',
    'opened in 2011 the high street has become one of the busiest in the district, and the streets of Victorian terraces running',
    'up the hill from the water have drawn a steady stream of families from Kestlebury and beyond.',
  ),
  'Property and prices',
  j(
    'Most of the housing stock is Victorian and Edwardian terraces close to the centre, with 1930s semis along the Westmoor Road',
    'and newer estates to the north. A two-bedroom terrace near the quay typically sells for £285,000 to £320,000, while a',
    'three-bedroom semi on the edge of town is around £360,000.',
  ),
  j(
    'Homes with views over the estuary carry a premium of 10% to 15%, and the handful of detached houses on Ferry Lane rarely come',
    'to market. Flats in the converted sail loft and the new Quayside development start at about £190,000.',
  ),
  'Schools',
  j(
    'Saltmarsh has two primary schools, St Anselm’s and Quay Hill, both rated good at their last inspections. Most secondary pupils',
    'go to Marshfield Academy on the edge of town, and a school bus runs to the grammar school in Kestlebury.',
  ),
  j(
    'Catchment areas are drawn tightly, particularly for Quay Hill, so check the council’s admissions map before you make an offer',
    'if the school matters to you.',
  ),
  'Getting around',
  j(
    'Trains run every half hour to Kestlebury (20 minutes) and hourly to the coast. The station is at the top of the town, about',
    'fifteen minutes’ walk from the quay. The 44 bus links the estates in the north with the high street and the station.',
  ),
  j(
    'By car, the bypass takes you to the motorway junction in around twenty-five minutes outside the rush hour. Parking in the old',
    'town is tight, and many terraces have residents’ permits only.',
  ),
  'Eating, drinking and shopping',
  j(
    'The high street has a butcher, two bakeries, a fishmonger and an independent bookshop, as well as a small supermarket. The',
    'Saturday market on the quay runs from April to October.',
  ),
  j(
    'For eating out, The Mill House serves seafood from the boats that land at the quay, The Rope & Anchor is the locals’ pub of',
    'choice, and Casa Lena does excellent pizza from a wood-fired oven in a former boatshed.',
  ),
  'Outdoors',
  j(
    'The estuary path runs for six miles from the quay to the sea wall at Fenwick Point and is popular with birdwatchers in winter.',
    'The recreation ground has football and cricket pitches, tennis courts and a skate park, and the sailing club runs junior',
    'courses through the summer.',
  ),
  'Our view',
  j(
    'Saltmarsh suits buyers who want a small-town feel with a quick route into Kestlebury. Demand has been strong for well-presented',
    'terraces, which often go to sealed bids, while larger family houses take longer to sell. If you are thinking of moving here,',
    'register with us early: many of the best homes are sold before they reach the portals.',
  ),
];
const fHeads = [1, 4, 7, 10, 13, 15];
const fNav = ['Buy', 'Sell', 'Rent', 'Area guides', 'About', 'Contact'];
const fMore = ['Living in Westmoor: an area guide', 'Living in Fenwick: an area guide', 'Living in Kestlebury Old Town: an area guide'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Nov 03 2026 10:12:44 GMT+0000 -->
<html data-wf-domain="www.tidewayhomes.example" data-wf-page="65a1f0c2d9e4b7a8c3f10a22" data-wf-site="65a1f0c2d9e4b7a8c3f109f1"
data-wf-collection="65a1f0c2d9e4b7a8c3f10a07" data-wf-item-slug="saltmarsh" lang="en"><head><meta charset="utf-8">
<title>${fTitle} | Tideway Homes</title><meta content="${fDek}" name="description"><meta content="${fTitle}" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2d9e4b7a8c3f109f1/css/tideway-homes.webflow.4f1e2d3c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${fTitle}","dateModified":"2026-11-03"}</script></head>
<body class="body"><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext figure { max-width: 100%; }</style></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="navbar_container">
<a href="/" aria-current="page" class="navbar_logo-link w-nav-brand"><img src="https://assets-global.website-files.com/65a1/logo.svg" loading="lazy"
alt="Tideway Homes" class="navbar_logo"></a><nav role="navigation" class="navbar_menu w-nav-menu">
${fNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="navbar_link w-nav-link">${n}</a>`).join('\n')}</nav>
<div class="navbar_menu-button w-nav-button"><div class="menu-icon"></div></div></div></div>
<main class="main-wrapper"><header class="section_guide-header"><div class="padding-global"><div class="container-medium">
<div class="guide-header_breadcrumb"><a href="/area-guides" class="breadcrumb-link">Area guides</a><div class="breadcrumb-divider">/</div>
<div class="breadcrumb-current">Saltmarsh</div></div><h1 class="heading-style-h1">${fTitle}</h1><p class="text-size-large">${fDek}</p>
<div class="guide-header_meta"><div class="text-size-small">Updated</div><div class="text-size-small">3 November 2026</div></div>
<img src="https://assets-global.website-files.com/65a1/saltmarsh-quay.jpg" loading="eager" alt="Saltmarsh quay at low tide" class="guide-header_image">
<div class="guide-header_caption">The quay at low tide. Photo: Tideway Homes</div></div></div></header>
<section class="section_guide-content"><div class="padding-global"><div class="container-small"><div class="text-rich-text w-richtext">
${fBody.map((t, i) => (fHeads.includes(i) ? `<h2>${t}</h2>` : `<p>${t.replace(/&/g, '&amp;')}</p>`)).join('\n')}
</div><div class="guide-content_cta"><h3 class="heading-style-h4">Thinking of selling in Saltmarsh?</h3>
<a href="/valuation" class="button w-button">Book a free valuation</a></div></div></div></section>
<section class="section_more-guides"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h3">More area guides</h2>
<div class="w-dyn-list"><div role="list" class="more-guides_list w-dyn-items">
${fMore
  .map(
    (m) => `<div role="listitem" class="w-dyn-item"><a href="/area-guides/x" class="guide-card w-inline-block">
<div class="guide-card_title">${m}</div></a></div>`,
  )
  .join('\n')}
</div></div></div></div></section>
<section class="section_newsletter"><div class="padding-global"><div class="newsletter_component w-form"><h2 class="heading-style-h3">New listings, first</h2>
<p>Get new homes in your area by email before they go on the portals.</p><form id="wf-form-Newsletter" name="wf-form-Newsletter" method="get">
<input class="form_input w-input" maxlength="256" name="email" placeholder="Your email" type="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Sign up"></form>
<div class="form_message-success w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! You’re on the list.</div></div>
<div class="form_message-error w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong.</div></div>
</div></div></section></main>
<footer class="footer"><div class="padding-global"><div class="footer_top"><div class="footer_address">Tideway Homes, 8 Quay Street, Saltmarsh SM2 8QA</div>
<div class="footer_links">${['Privacy', 'Terms', 'Complaints'].map((l) => `<a href="/${l.toLowerCase()}" class="footer_link">${l}</a>`).join('')}</div></div>
<div class="footer_credit">© 2026 Tideway Homes Ltd. All rights reserved.</div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1f0c2d9e4b7a8c3f109f1/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout572-webflow-area-guide',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHeads.map((i) => fBody[i] ?? ''),
  body: texts([fDek, ...fBody.filter((_, i) => !fHeads.includes(i))]),
  bylines: ['Updated', '3 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Area guides', 'Saltmarsh', 'The quay at low tide. Photo: Tideway Homes', 'Thinking of selling in Saltmarsh?', 'Book a free valuation',
    'More area guides', ...fMore, 'New listings, first', 'Get new homes in your area by email before they go on the portals.',
    'Tideway Homes, 8 Quay Street, Saltmarsh SM2 8QA', 'Privacy', 'Terms', 'Complaints', '© 2026 Tideway Homes Ltd. All rights reserved.',
  ],
};

export const HELDOUT572_C: readonly TestPage[] = [settle(nextjs), settle(webflow)];
