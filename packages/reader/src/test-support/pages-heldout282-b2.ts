import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file b2: a Zillow-style home details page (styled-components class names, header nav, photo strip,
 * price and bed / bath / sqft chips, "What's special" chips, the listing description, "Facts & features" with its h3 groups
 * of label: value items, listing agent and "Listing updated" lines, time-on-site stats, payment calculator, nearby schools,
 * similar homes and the footer with its legal text).
 */
const zTitle = '1847 Heron Slough Road, Wickham Bay, OR 97149';
const zDesc = pp(`
Tucked behind a row of old shore pines at the end of a quiet gravel lane, this 1950s cedar cottage has been lovingly updated
without losing its character. Morning light pours into the open living room through a wall of original steel windows, and the
wood stove keeps the whole house warm through the wettest winters on the coast.

The kitchen was remodeled in 2022 with fir cabinets built by a local joiner, soapstone counters and a deep farmhouse sink that
looks out over the tidal marsh. Both bedrooms sit on the quiet side of the house, and the bathroom has a new tiled walk-in shower.

Outside, a wraparound deck leads to raised vegetable beds, a small orchard of apple and plum trees and a detached studio with
power that would make an ideal workshop or guest room. The slough is a short walk away for kayaking, and the village, with its
bakery and Saturday market, is less than ten minutes by bike.

The sellers have kept careful records of everything they have done: a new metal roof in 2019, a septic inspection last spring,
and a well that has tested clean every year. The home is sold furnished except for the art, and the studio loft bed can stay.

Showings are by appointment only. Please do not walk the property or disturb the current owners without an agent.
`);
const zInterior = [
  'Bedrooms: 2',
  'Bathrooms: 1',
  'Heating: Wood Stove, Ductless Heat Pump',
  'Appliances included: Dishwasher, Range, Refrigerator',
  'Flooring: Wood, Tile',
];
const zProperty = [
  'Parking features: Gravel driveway',
  'Sewer information: Septic tank, inspected April 2026',
  'Water source: Private well',
  'View description: Marsh, Territorial',
  'Lot size: 0.61 Acres',
  'Year built: 1953',
  'Other structures: Detached studio, Shed',
];
const zSpecial = ['Artist studio', 'Original windows', 'Views of the marsh', 'Fruit trees'];
const zNav = ['Buy', 'Rent', 'Sell', 'Home Loans', 'Agent finder', 'Manage Rentals', 'Advertise'];
const zSimilar = ['$529,000 · 3 bds · 1,410 sqft · 22 Dune Grass Ct', '$574,900 · 2 bds · 1,060 sqft · 908 Bay Front Rd'];
const zSchools = ['Wickham Bay Elementary School', 'Neah-Kah Middle School', 'North Coast High School'];
const zFoot = [
  'About',
  'Zestimates',
  'Research',
  'Careers',
  'Help',
  'Mobile Apps',
  'Fair Housing Guide',
  'Terms of use',
  'Privacy Portal',
  'Cookie Preference',
];
const zHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${zTitle} | MLS #26-1184 | Zillow</title>
<meta name="description" content="1847 Heron Slough Road, Wickham Bay, OR 97149 is a single-family home listed for sale at $549,000.">
<meta property="og:type" content="zillow_fb:home"><link rel="canonical" href="https://www.zillow.example/homedetails/1847-Heron-Slough-Rd/48212907_zpid/">
<script type="application/ld+json">{"@type":"SingleFamilyResidence","name":"1847 Heron Slough Road","floorSize":{"@type":"QuantitativeValue",
"value":"1,128"},"address":{"@type":"PostalAddress","addressLocality":"Wickham Bay","addressRegion":"OR"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"componentProps":{"zpid":48212907}}},"page":"/homedetails/[...slug]"}</script>
<style data-styled="active" data-styled-version="5.3.6">.StyledHeading-c11n-8-100-2__sc-s7fcif-0{font-weight:700}</style></head>
<body class="zsg-layout"><div id="__next"><div class="NavWrapper__StyledNavWrapper-sc-1o9f4a-0"><header class="HeaderNav__Header-sc-m9b3aa-0">
<a href="#main" class="SkipLink__StyledLink-sc-9a1d1x-0">Skip main navigation</a><nav aria-label="Main"><ul class="Nav__MenuList-sc-1if2xv-0">
${links(zNav, 'Nav__MenuItem-sc-1if2xv-1')}</ul></nav><a href="/user/acct/login" class="Nav__SignIn-sc-1if2xv-2">Sign In</a></header></div>
<div id="main" class="layout-wrapper"><div class="ds-container"><div class="media-stream-tile" data-testid="hollywood-vertical-media-wall">
<img src="https://photos.zillowstatic.example/fp/4f0c-cc_ft_1536.jpg" alt="1847 Heron Slough Road photo 1"><span class="StyledPhotoCount">1 of 38</span></div>
<div class="layout-container-desktop"><div class="layout-static-column-container"><div data-testid="home-info" class="styles__StyledSummary-fshdp-8-100">
<div class="Flex-c11n-8-100-2__sc-n94bjd-0"><span data-testid="price" class="Text-c11n-8-100-2__sc-aiai24-0 price-text">$549,000</span></div>
<div data-testid="bed-bath-sqft-fact-container"><span data-testid="bed-bath-sqft-text__value">2</span><span>beds</span>
<span data-testid="bed-bath-sqft-text__value">1</span><span>bath</span><span data-testid="bed-bath-sqft-text__value">1,128</span><span>sqft</span></div>
<div class="styles__AddressWrapper-fshdp-8-100"><h1 class="Text-c11n-8-100-2__sc-aiai24-0 StyledHeading-c11n-8-100-2__sc-s7fcif-0">${zTitle}</h1></div>
<p class="Text-c11n-8-100-2__sc-aiai24-0">Est.: <span>$3,412/mo</span> <a href="#">Get pre-qualified</a></p>
<div data-testid="macro-data-view"><span class="dot-ring">For sale</span> <span>Zestimate®: $541,300</span></div></div>
<div class="ActionBar"><button class="StyledButton" aria-label="Save">Save</button><button class="StyledButton" aria-label="Share">Share</button>
<button class="StyledButton">Hide</button></div>
<div class="data-view-container"><div data-testid="whats-special" class="styles__StyledWhatsSpecialSection"><h2 class="StyledHeading-c11n-8-100-2">What's
special</h2>
<ul class="StyledTagList">${lis(
  zSpecial.map((t) => `<span class="StyledTag-c11n">${t}</span>`),
  '',
)}</ul><div data-testid="description" class="Text-c11n-8-100-2__sc-aiai24-0 styles__StyledDescription"><article class="Text-c11n-8-100-2 DescriptionText">
${ps(zDesc)}
</article><button class="TriggerText-c11n-8-100-2">Show less</button></div>
<dl class="styles__StyledOverviewStats"><dt><strong>12 days</strong></dt><dt>on Zillow</dt><dt><strong>1,904</strong></dt><dt>views</dt>
<dt><strong>96</strong></dt><dt>saves</dt></dl>
<p class="Text-c11n-8-100-2 styles__StyledListedBy">Listed by:</p><p class="Text-c11n-8-100-2 agent-name">Delphine Arkwright 503-555-0143,</p>
<p class="Text-c11n-8-100-2 broker-name">Saltmarsh Realty Group</p>
<p class="Text-c11n-8-100-2 listing-updated">Listing updated: October 5, 2026 at 2:11pm</p>
<p class="Text-c11n-8-100-2">Source: Oregon Coast MLS, MLS#: 26-1184</p></div>
<div data-testid="facts-and-features-module" class="styles__StyledFactsAndFeatures"><h2 class="StyledHeading-c11n-8-100-2">Facts &amp; features</h2>
<div class="styles__StyledCategoryGroup"><h3 class="Text-c11n-8-100-2 styles__StyledFactCategoryHeading">Interior</h3>
<ul class="List-c11n-8-100-2__sc-1smrmqp-0 styles__StyledFactCategoryFactsList">${lis(
  zInterior.map((t) => `<span class="Text-c11n-8-100-2__sc-aiai24-0">${t}</span>`),
  'ListItem-c11n-8-100-2',
)}</ul></div><div class="styles__StyledCategoryGroup"><h3 class="Text-c11n-8-100-2 styles__StyledFactCategoryHeading">Property</h3>
<ul class="List-c11n-8-100-2__sc-1smrmqp-0">${lis(
  zProperty.map((t) => `<span class="Text-c11n-8-100-2__sc-aiai24-0">${t}</span>`),
  'ListItem-c11n-8-100-2',
)}</ul></div></div>
<div data-testid="monthly-payment-calculator"><h2>Payment calculator</h2><p>Principal &amp; interest</p><p>Property taxes</p><p>Home insurance</p>
<button>Get pre-qualified</button></div>
<div data-testid="nearby-schools"><h2>GreatSchools rating</h2><ul>${links(zSchools, 'styles__SchoolItem')}</ul>
<p class="disclaimer">This information is provided by a third party and may not be accurate.</p></div>
<div data-testid="similar-homes"><h2>Similar homes</h2><ul class="StyledCarousel">${links(zSimilar, 'StyledPropertyCard')}</ul></div></div></div></div></div>
<footer id="footer" class="zsg-footer"><ul class="zsg-footer-nav">${links(zFoot, '')}</ul>
<p>Zillow Group is committed to ensuring digital accessibility for individuals with disabilities.</p>
<p>© 2006-2026 Zillow</p><p>Equal Housing Opportunity</p></footer></div>
<script src="https://www.zillowstatic.example/s3/hdp-frontend/_next/static/chunks/main.js" defer></script></body></html>`;
export const zillow: TestPage = {
  name: 'heldout282-zillow-listing',
  kind: 'news',
  html: zHtml,
  title: zTitle,
  headings: ['Facts & features', 'Interior', 'Property'],
  body: texts([...zDesc, ...zInterior, ...zProperty]),
  bylines: ['Listed by:', 'Delphine Arkwright 503-555-0143,', 'Saltmarsh Realty Group', 'Listing updated: October 5, 2026 at 2:11pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip main navigation', ...zNav, 'Sign In', '1 of 38', '$549,000', '1,128', 'sqft', 'Est.:', '$3,412/mo', 'Get pre-qualified',
    'For sale', 'Zestimate®: $541,300', 'Save', 'Share', 'Hide', "What's special", ...zSpecial, 'Show less', '12 days', 'on Zillow', '1,904',
    'views', 'saves', 'Source: Oregon Coast MLS, MLS#: 26-1184', 'Payment calculator', 'Principal & interest', 'Property taxes',
    'Home insurance', 'GreatSchools rating', ...zSchools, 'This information is provided by a third party and may not be accurate.', 'Similar homes',
    ...zSimilar, ...zFoot, 'Zillow Group is committed to ensuring digital accessibility for individuals with disabilities.', '© 2006-2026 Zillow',
    'Equal Housing Opportunity',
  ],
};
