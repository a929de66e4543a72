import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout301-kit.js';

/**
 * Held-out batch 301, file a: a Zillow-style neighbourhood guide on a Next.js site (styled-components class names, the
 * __NEXT_DATA__ script, a market snapshot widget, home cards and nearby neighbourhoods) and an estate agent's monthly market
 * report built with Elementor on WordPress (widget wrappers, a stats counter row, a valuation call to action, a sidebar).
 */
const zTitle = 'Living in Larkspur Hollow, Brennan City: A Neighborhood Guide';
const zHeads = ['What it feels like to live here', 'Homes and prices', 'Getting around', 'Schools and parks', 'Before you buy'];
const zP1 = [
  j(
    'Larkspur Hollow sits in a shallow bowl of land between the Tillery River and the old rail embankment, about three miles east of',
    'downtown Brennan City. Most streets were laid out in the 1920s, and the neighborhood still has the brick bungalows, deep front porches',
    'and alley garages of that era.',
  ),
  j(
    'Residents describe it as quiet but not sleepy. Saturday mornings belong to the farmers market on Ashgrove Avenue, and the stretch of',
    'cafés and hardware stores along Dell Street keeps foot traffic steady through the week.',
  ),
];
const zP2 = [
  j(
    'Detached bungalows make up roughly two thirds of the housing stock, with a scattering of duplexes and a handful of newer townhomes',
    'near the embankment. Lots are narrow, typically 40 by 120 feet, and many homes have been expanded with rear additions.',
  ),
  j(
    'Prices have climbed steadily since 2021, though the pace slowed last year. Renovated three-bedroom bungalows tend to sell within',
    'two weeks when they are priced in line with recent sales, while homes that still need updated wiring or plumbing can sit longer.',
  ),
];
const zP3 = [
  j(
    'The Route 14 bus runs along Dell Street every 12 minutes at peak times and reaches the downtown transit center in about 20 minutes.',
    'Cyclists use the Embankment Trail, a paved path on the former rail line that connects to the river greenway.',
  ),
  'Street parking is generally easy, except on market days and on blocks close to the Ashgrove clinic.',
];
const zP4 = [
  j(
    'Larkspur Hollow is served by Tillery Elementary and Ashgrove Middle School, and older students attend Brennan East High. Families',
    'should confirm attendance boundaries with the district, as they were redrawn in 2024.',
  ),
  j(
    'Foxglove Park, with its splash pad and two softball diamonds, is the neighborhood’s main green space. Smaller pocket parks sit at',
    'the ends of Wren and Marlow streets.',
  ),
];
const zP5 = ['A few things are worth checking when you tour homes here:'];
const zList = [
  'Flood maps: a strip of blocks nearest the river lies in a 100-year flood zone, which affects insurance costs.',
  'Sewer lines: many original clay lines have been replaced, but ask for a camera inspection if the seller has no records.',
  'Historic overlay: exterior changes on Ashgrove Avenue need design review before permits are issued.',
  'Alley access: some garages open onto unpaved alleys that the city does not plow.',
];
const zNav = ['Buy', 'Rent', 'Sell', 'Home Loans', 'Find an Agent', 'Manage Rentals', 'Advertise', 'Help', 'Sign In'];
const zCrumbs = ['Brennan City, TN', 'Neighborhoods', 'Larkspur Hollow guide'];
const zSnap = ['Median home value', '$412,300', '1-yr change', '+3.8%', 'Median rent', '$1,940/mo', 'Homes for sale', '27'];
const zCards = ['$389,000', '3 bds | 1 ba | 1,240 sqft', '412 Wren St, Brennan City', '$455,500', '3 bds | 2 ba | 1,610 sqft', '88 Marlow St, Brennan City'];
const zNear = ['Tillery Flats', 'Old Quarry', 'Eastgate Heights', 'Dell Park'];
const zFoot = ['About', 'Research', 'Careers', 'Privacy Notice', 'Terms of Use', 'Do Not Sell or Share My Personal Information', 'Accessibility'];
const zp = (a: string[]): string => ps(a, ' class="Text-c11n-8-99-3__sc-aiai24-0 StyledParagraph-c11n-8-99-3__sc-18ze78a-0 bKnYBl"');
const zh = (t: string): string => `<h2 class="Text-c11n-8-99-3__sc-aiai24-0 StyledHeading-c11n-8-99-3__sc-s7fcif-0 kZbPTq">${t}</h2>`;
const zHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${zTitle} | Hearthly</title>
<meta name="description" content="What it is like to live in Larkspur Hollow: homes, prices, schools, parks and transit.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Hearthly"><link rel="canonical"
href="https://www.hearthly.example/brennan-city/larkspur-hollow/guide/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${zTitle}","author":{"@type":"Person","name":"Marisol
Quenby"},"dateModified":"2026-04-02"}</script>
<style data-styled="active">.bKnYBl{font-size:16px;line-height:24px}</style></head><body><div id="__next"><div class="page-container">
<header class="SiteHeader__StyledHeader-sc-1r3ul0a-0 hdrWrap" data-testid="site-header"><a class="skip-link" href="#main">Skip main navigation</a>
<a href="/" class="Logo__StyledLogo-sc-9h2f8b-0" aria-label="Hearthly home"><svg width="120" height="24"></svg></a>
<nav aria-label="Main"><ul class="NavBar__StyledList-sc-77ce1e-0">${links(zNav, 'NavBar__StyledItem-sc-77ce1e-1')}</ul></nav></header>
<main id="main" class="StyledMain-sc-15xj2ch-0"><nav aria-label="breadcrumb" class="StyledBreadcrumb-c11n-8-99-3__sc-1hxqx8x-0"><ol>
${links(zCrumbs, 'StyledBreadcrumbItem-c11n-8-99-3__sc-1hxqx8x-1')}</ol></nav>
<div class="Flex-c11n-8-99-3__sc-n94bjd-0 guide-layout"><article class="GuideArticle__Wrapper-sc-4kq2fa-0">
<h1 class="Text-c11n-8-99-3__sc-aiai24-0 StyledHeading-c11n-8-99-3__sc-s7fcif-0 jgnAZt">${zTitle}</h1>
<div class="GuideArticle__Meta-sc-4kq2fa-1"><span class="author">Written by <a href="/authors/marisol-quenby/">Marisol Quenby</a></span>
<span class="Text-c11n-8-99-3__sc-aiai24-0 dZxNeg">Updated April 2, 2026</span><span class="reading-time">6 min read</span></div>
<figure class="GuideArticle__Hero-sc-4kq2fa-2"><img src="https://photos.hearthly.example/larkspur/hero.jpg" alt="">
<figcaption>Bungalows on Wren Street, one of the oldest blocks in Larkspur Hollow.<span class="credit">Photo: Hearthly / Tobin
Arrez</span></figcaption></figure>
<div class="GuideArticle__Body-sc-4kq2fa-3">${zp(zP1)}
${zh(zHeads[0] ?? '')}
<aside class="MarketSnapshot__Card-sc-1kfd3a2-0" data-testid="market-snapshot"><h3>Larkspur Hollow market snapshot</h3><dl>
${zSnap.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('')}</dl><a href="/brennan-city/larkspur-hollow/home-values/">See home
values</a></aside>
${zh(zHeads[1] ?? '')}
${zp(zP2)}
<div class="InlinePromo__Box-sc-2w1ds9-0"><p class="promo-text">Read more: <a href="/learn/first-offer-tips/">How to write a first offer that stands
out</a></p></div>
${zh(zHeads[2] ?? '')}
${zp(zP3)}
${zh(zHeads[3] ?? '')}
${zp(zP4)}
${zh(zHeads[4] ?? '')}
${zp(zP5)}
<ul class="StyledList-c11n-8-99-3__sc-1lsz0ps-0">${zList.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="ShareBar__Wrap-sc-8ad2e1-0"><button aria-label="Save">Save guide</button><button>Share</button><button>Copy link</button></div></article>
<aside class="GuideRail__Wrap-sc-3b1ac9-0"><section><h2>Homes for sale in Larkspur Hollow</h2>
<ul class="photo-cards"><li><article class="property-card"><span data-test="property-card-price">${zCards[0]}</span><ul><li>${zCards[1]}</li></ul>
<address>${zCards[2]}</address></article></li><li><article class="property-card"><span data-test="property-card-price">${zCards[3]}</span>
<ul><li>${zCards[4]}</li></ul><address>${zCards[5]}</address></article></li></ul><a href="/larkspur-hollow-brennan-city/">View all 27 homes</a></section>
<section><h2>Nearby neighborhoods</h2><ul>${links(zNear)}</ul></section>
<section class="agent-cta"><p>Thinking of selling? Get a free estimate from a local agent.</p><a href="/sell/">Connect with an
agent</a></section></aside></div></main>
<footer class="SiteFooter__Wrap-sc-19sq3g8-0"><ul>${links(zFoot)}</ul><p>© 2006-2026 Hearthly, Inc. All rights reserved.</p>
<p>Equal Housing Opportunity</p></footer>
<div id="truste-consent-track" class="truste-banner"><p>We use cookies to personalize listings and measure how our site is used.</p>
<button id="truste-consent-button">Accept cookies</button><button id="truste-show-consent">Cookie preferences</button></div></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"regionId":27114,"guideSlug":"larkspur-hollow"}},"page":"/[city]/[hood]/guide","buildId":"aG7x2"}</script>
</body></html>`;
const hearthly: TestPage = {
  name: 'heldout301-hearthly-nextjs-neighborhood-guide',
  kind: 'blog',
  html: zHtml,
  title: zTitle,
  headings: zHeads,
  body: texts([...zP1, ...zP2, ...zP3, ...zP4, ...zP5, ...zList]),
  bylines: ['Marisol Quenby', 'Updated April 2, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip main navigation', ...zNav, ...zCrumbs, 'Bungalows on Wren Street, one of the oldest blocks in Larkspur Hollow.', 'Photo: Hearthly / Tobin Arrez',
    'Larkspur Hollow market snapshot', ...zSnap.filter((t) => t.length > 2), 'See home values', 'Read more: How to write a first offer that stands out',
'Save guide', 'Share', 'Copy link',
    'Homes for sale in Larkspur Hollow', ...zCards, 'View all 27 homes', 'Nearby neighborhoods', ...zNear,
    'Thinking of selling? Get a free estimate from a local agent.', 'Connect with an agent', ...zFoot, '© 2006-2026 Hearthly, Inc. All rights reserved.',
    'Equal Housing Opportunity', 'We use cookies to personalize listings and measure how our site is used.', 'Accept cookies', 'Cookie preferences',
  ],
};

const eTitle = 'Harbourside Property Market Report: March 2026';
const eHeads = ['Sales: more listings, steadier prices', 'Lettings: demand still outstrips supply', 'What we expect in the spring', 'Our advice'];
const eP0 = [
  j(
    'March brought the first real signs of a spring market in Harbourside and the surrounding villages. Viewing numbers across our',
    'three offices were up by a fifth on February, and we agreed more sales in the final fortnight of the month than in the whole of January.',
  ),
];
const eP1 = [
  j(
    'We listed 64 homes for sale in March, compared with 41 a year ago. The extra stock has given buyers more choice, and the frantic',
    'bidding we saw on family houses last spring has largely gone. Most agreed prices landed within two per cent of the asking figure.',
  ),
  j(
    'Two-bedroom terraces in the Old Town remain the quickest homes to sell, typically going under offer in 19 days. Larger detached',
    'homes on the Cliff Road side are taking longer, and sellers who priced ambitiously in January have begun to adjust.',
  ),
];
const eTable = `<table class="market-table"><thead><tr><th>Property type</th><th>Average asking price</th><th>Change on March 2025</th></tr></thead>
<tbody><tr><td>Flat</td><td>£186,500</td><td>+1.2%</td></tr><tr><td>Terraced house</td><td>£248,000</td><td>+2.9%</td></tr>
<tr><td>Semi-detached house</td><td>£312,750</td><td>+2.1%</td></tr><tr><td>Detached house</td><td>£468,000</td><td>-0.8%</td></tr></tbody></table>`;
const eCells = [
  'Flat',
  '£186,500',
  '+1.2%',
  'Terraced house',
  '£248,000',
  '+2.9%',
  'Semi-detached house',
  '£312,750',
  '+2.1%',
  'Detached house',
  '£468,000',
  '-0.8%',
];
const eP2 = [
  j(
    'Our lettings team registered 212 new tenants during the month but had only 38 homes to offer them. Average rents for a two-bedroom',
    'flat reached £1,035 a month, up six per cent on last year, and nearly every property let within a week of going live.',
  ),
  j(
    'Several landlords have asked us about the new licensing scheme the council is consulting on. Until the details are settled we are',
    'advising clients to keep gas, electrical and smoke alarm certificates up to date and to keep copies on file.',
  ),
];
const eP3 = [
  j(
    'The Easter holidays usually slow things down for a week or two, but the number of valuations we carried out in March suggests a busy',
    'April and May. We expect prices to hold broadly steady, with the best-presented homes still attracting competition.',
  ),
  '“Buyers are back, but they are doing their homework,” says Corinne Ashdown, who manages our Old Town office. “Well-priced homes sell.”',
];
const eP4 = ['If you are thinking of moving this year, a few steps now will make the process smoother:'];
const eList = [
  'Ask for a valuation early, so you know where your home sits against recent sales.',
  'Gather your paperwork: guarantees, building regulation certificates and any planning permissions.',
  'Speak to a mortgage adviser before you start viewing, so you can move quickly when you find the right home.',
];
const eNav = ['Buying', 'Renting', 'Selling', 'Landlords', 'Market Reports', 'About Us', 'Contact'];
const eSide = ['February 2026 market report', 'January 2026 market report', 'Annual review 2025'];
const eFoot = ['Privacy policy', 'Complaints procedure', 'Client money protection', 'Terms of business'];
const ew = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eh = (t: string): string => ew('heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const eText = (p: string[], extra = ''): string => ew('text-editor', `${ps(p)}${extra}`);
const eHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${eTitle} - Pellow &amp; Strand</title>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-04-03T09:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css"></head>
<body class="post-template-default single single-post elementor-default elementor-kit-6 elementor-page elementor-page-2291">
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<div class="elementor-element e-con-full e-flex e-con"><div class="elementor-widget-nav-menu"><nav class="elementor-nav-menu--main">
<ul id="menu-1-main" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav></div>
<div class="elementor-widget-button"><a class="elementor-button" href="/valuation/"><span class="elementor-button-text">Book a
valuation</span></a></div></div></div>
<div data-elementor-type="wp-post" data-elementor-id="2291" class="elementor elementor-2291">
<div class="elementor-element e-con-boxed e-flex e-con e-parent" data-element_type="container"><div class="e-con-inner">
${ew('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${ew(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-author">
<span class="elementor-post-info__item--type-author">By Gideon Pellow</span></li><li class="elementor-icon-list-item">
<span class="elementor-post-info__item--type-date">3rd April 2026</span></li></ul>`,
)}
${eText(eP0)}
<div class="elementor-element e-con-full e-grid e-con" data-element_type="container">
${ew(
  'counter',
  `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number">64</span></div><div
class="elementor-counter-title">New listings</div></div>`,
)}
${ew(
  'counter',
  `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number">19</span></div><div
class="elementor-counter-title">Days to sell a terrace</div></div>`,
)}
${ew(
  'counter',
  `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span>£1,035</span></div><div
class="elementor-counter-title">Average 2-bed rent</div></div>`,
)}
</div>
${eh(eHeads[0] ?? '')}
${eText(eP1, eTable)}
${ew(
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/04/old-town.jpg" alt=""><figcaption class="widget-image-caption
wp-caption-text">Terraces on Chandlers Row, Old Town.</figcaption></figure>`,
)}
${eh(eHeads[1] ?? '')}
${eText(eP2)}
${eh(eHeads[2] ?? '')}
${eText(eP3)}
${eh(eHeads[3] ?? '')}
${eText(eP4, `<ul>${eList.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
${ew(
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_facebook"><span
class="elementor-share-btn__text">Facebook</span></div><div class="elementor-share-btn elementor-share-btn_linkedin"><span
class="elementor-share-btn__text">LinkedIn</span></div><div class="elementor-share-btn elementor-share-btn_email"><span
class="elementor-share-btn__text">Email</span></div></div>`,
)}
${ew(
  'call-to-action',
  `<div class="elementor-cta__content"><h3 class="elementor-cta__title">What is your home worth?</h3><div
class="elementor-cta__description">Get an instant online estimate, then book a free visit from our valuers.</div><a class="elementor-cta__button
elementor-button">Get my valuation</a></div>`,
)}
</div></div>
<div class="elementor-element e-con-full e-con sidebar"><div class="elementor-widget-posts"><h4 class="elementor-heading-title">Previous reports</h4>
<ul>${links(eSide)}</ul></div></div></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><div class="elementor-widget-form"><h4>Get our monthly report by email</h4>
<form class="elementor-form"><input type="email" placeholder="Your email"><button type="submit"><span>Subscribe</span></button></form></div>
<ul>${links(eFoot)}</ul><p>Pellow &amp; Strand Ltd, 14 Quay Street, Harbourside. Registered in England No. 08812274.</p>
<p>Member of The Property Ombudsman</p></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to give you the best experience on our website.
<a role="button" class="cli_settings_button">Cookie Settings</a><a role="button" id="cookie_action_close_header"
class="cli-plugin-button">Accept</a></span></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js" id="elementor-pro-frontend-js"></script></body></html>`;
const pellow: TestPage = {
  name: 'heldout301-elementor-estate-agent-market-report',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([...eP0, ...eP1, ...eCells, ...eP2, ...eP3, ...eP4, ...eList]),
  bylines: ['By Gideon Pellow', '3rd April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eNav, 'Book a valuation', 'New listings', 'Days to sell a terrace', 'Average 2-bed rent', 'Terraces on Chandlers Row, Old Town.', 'Facebook',
'LinkedIn', 'Email',
    'What is your home worth?', 'Get an instant online estimate, then book a free visit from our valuers.', 'Get my valuation', 'Previous reports', ...eSide,
    'Get our monthly report by email', 'Subscribe', ...eFoot, 'Pellow & Strand Ltd, 14 Quay Street, Harbourside. Registered in England No. 08812274.',
    'Member of The Property Ombudsman', 'We use cookies to give you the best experience on our website.', 'Cookie Settings', 'Accept',
  ],
};

export const HELDOUT301_A: readonly TestPage[] = [hearthly, pellow];
