import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 177, file a2: a Zillow for-sale home details page as a signed-out visitor saves it (the Next.js shell,
 * the header nav with "Sign in", the photo grid with "See all 38 photos", the price, bed / bath / sqft summary and the
 * address h1, the estimated payment line, "Request a tour" / "Contact agent", the "What's special" chips, the description
 * with "Show more", Facts & features with its subsections, the listing attribution and "Zillow last checked", price
 * history, the monthly payment calculator, nearby schools, similar homes, the legal footer and the consent banner).
 */
const zAddress = '1418 Alder Crest Dr, Millbrook, OR 97321';
const zDesc = [
  'Tucked at the end of a quiet cul-de-sac on the east side of Millbrook, this 1978 daylight ranch has been loved by the same ' +
    'family for thirty years and carefully updated without losing its character. Vaulted cedar ceilings and a wall of west-facing ' +
    'windows fill the main living room with afternoon light, and the wood-burning fireplace was relined and fitted with a new ' +
    'insert in 2022.',
  'The kitchen was opened to the dining area in 2019, with quartz counters, a deep farmhouse sink, soft-close maple cabinets and ' +
    'a five-burner gas range. A slider leads out to the covered back deck, rebuilt in composite, which looks over a fully fenced ' +
    'quarter-acre yard with raised vegetable beds, two mature apple trees and a small greenhouse.',
  'Upstairs you will find the primary suite with a walk-in closet and a refreshed bathroom with a tiled shower, plus two more ' +
    'bedrooms and a full bath. The lower level has a large family room with its own entrance, a fourth bedroom, a half bath and ' +
    'a laundry room with utility sink, which makes it a natural space for guests, a teenager or a home office.',
  'Recent improvements include a 40-year roof (2020), a high-efficiency heat pump with ducted air conditioning (2021), new ' +
    'vinyl windows on the west side and a 50-amp EV charging outlet in the oversized two-car garage. The driveway has room for ' +
    'an RV or a boat beside the garage.',
  'Walk to Hollis Creek Park and the Saturday farmers market, and it is under ten minutes to downtown, the hospital and the ' +
    'Highway 20 on-ramp. Millbrook School District. Seller is offering a one-year home warranty. Open house Saturday 1 to 4pm.',
];
const zFactsH = ['Facts & features', 'Interior', 'Property', 'Construction', 'Utilities & green energy'];
const zFacts = [
  [
    'Bedrooms: 4',
    'Bathrooms: 3',
    'Full bathrooms: 2',
    'Half bathrooms: 1',
    'Heating: Heat Pump, Wood Stove',
    'Cooling: Central Air',
    'Flooring: Hardwood, Tile, Carpet',
    'Has fireplace: Yes',
  ],
  ['Parking: 2 garage spaces, RV access', 'Lot size: 0.26 Acres', 'Fencing: Full', 'Exterior features: Covered deck, Greenhouse, Garden'],
  ['Home type: SingleFamily', 'Roof: Composition', 'Year built: 1978', 'Condition: Updated/Remodeled'],
  ['Sewer: Public Sewer', 'Water: Public', 'Green energy: Heat pump, EV charging outlet'],
];
const zNav = ['Buy', 'Rent', 'Sell', 'Home Loans', 'Find an Agent', 'Manage Rentals', 'Advertise', 'Help', 'Sign in'];
const zChips = ['Vaulted cedar ceilings', 'Fenced quarter-acre yard', 'Rv parking', 'Remodeled kitchen', 'Ev charging outlet'];
const zHist = [
  ['11/3/2025', 'Listed for sale', '$689,000'],
  ['8/14/1995', 'Sold', '$142,500'],
];
const zSchools = [
  ['8/10', 'Hollis Creek Elementary School', 'Grades: K-5', 'Distance: 0.4 mi'],
  ['6/10', 'Millbrook Middle School', 'Grades: 6-8', 'Distance: 1.3 mi'],
  ['7/10', 'Millbrook High School', 'Grades: 9-12', 'Distance: 2.1 mi'],
];
const zSimilar = [
  ['$659,900', '1502 Birchwood Ln, Millbrook, OR 97321'],
  ['$712,000', '38 Falcon Ridge Ct, Millbrook, OR 97321'],
  ['$645,000', '2207 NE Tamarack St, Millbrook, OR 97321'],
];
const zFoot = [
  'About',
  'Zestimates',
  'Research',
  'Careers',
  'Careers - Privacy Notice',
  'Advertise Your Rental',
  'Fair Housing Guide',
  'Advocacy',
  'Terms of use',
  'Privacy Notice',
  'Ad Choices',
  'Cookie Preference',
  'Learn',
  'AI',
  'Mobile Apps',
];
const zLegal =
  'Zillow Group is committed to ensuring digital accessibility for individuals with disabilities. We are continuously working ' +
  'to improve the accessibility of our web experience for everyone, and we welcome feedback and accommodation requests.';
const zHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>1418 Alder Crest Dr, Millbrook, OR 97321 | MLS #25-118406 | Zillow</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="1418 Alder Crest Dr, Millbrook, OR 97321 is a
single-family home listed for-sale at $689,000. The 2,310 sq. ft. home is a 4 bed, 3.0 bath property.">
<meta property="og:title" content="${zAddress} | MLS #25-118406 | Zillow"><meta property="og:type" content="website">
<meta property="zillow_fb:beds" content="4"><meta property="zillow_fb:baths" content="3">
<link rel="canonical" href="https://www.zillow.com/homedetails/1418-Alder-Crest-Dr-Millbrook-OR-97321/48213377_zpid/">
<script type="application/ld+json">{"@type":"SingleFamilyResidence","@context":"http://schema.org","name":"${zAddress}",
"floorSize":{"@type":"QuantitativeValue","@context":"http://schema.org","value":"2,310"},"address":{"@type":"PostalAddress",
"streetAddress":"1418 Alder Crest Dr","addressLocality":"Millbrook","addressRegion":"OR","postalCode":"97321"}}</script>
<link rel="stylesheet" href="https://www.zillowstatic.example/s3/pfs/static/hdp-ssr.a1f3.css"></head>
<body><div id="__next"><div class="StyledLayout-c11n-8-109-0__sc-1f6i7ne-0">
<header class="zg-header" data-zg-section="main-header"><a class="skip-link" href="#main">Skip main navigation</a>
<nav aria-label="Main"><ul class="zg-header-nav-left">${links(zNav.slice(0, 5), 'zg-header-nav-item')}</ul>
<a class="zg-header-logo" href="/"><span class="visually-hidden">Zillow</span></a>
<ul class="zg-header-nav-right">${links(zNav.slice(5), 'zg-header-nav-item')}</ul></nav></header>
<main id="main"><div class="layout-container-desktop" data-testid="home-details-chip-container">
<div class="media-stream" data-testid="hollywood-vertical-media-wall"><ul class="hdp__sc-1wi9vqt-0">
<li><picture><img alt="1418 Alder Crest Dr, Millbrook, OR 97321" src="https://photos.zillowstatic.example/fp/a1-cc_ft_1536.jpg"></picture></li>
</ul><button class="StyledButton" data-testid="gallery-see-all-photos-button">See all 38 photos</button></div>
<div class="summary-container" data-testid="home-details-summary"><div data-testid="home-status"><span>For sale</span></div>
<div class="price-and-beds"><span data-testid="price"><span>$689,000</span></span>
<div data-testid="bed-bath-sqft-fact-container"><span data-testid="bed-bath-sqft-text__value">4</span> <span>beds</span></div>
<div data-testid="bed-bath-sqft-fact-container"><span data-testid="bed-bath-sqft-text__value">3</span> <span>baths</span></div>
<div data-testid="bed-bath-sqft-fact-container"><span data-testid="bed-bath-sqft-text__value">2,310</span> <span>sqft</span></div></div>
<div class="address-container"><h1 class="Text-c11n-8-109-0__sc-aiai24-0">${zAddress}</h1></div>
<div data-testid="mortgage-payment"><span>Est.: $4,286/mo</span> <a href="/home-loans/">Get pre-qualified</a></div>
<div class="action-buttons"><button data-testid="request-tour-button">Request a tour</button><p>as early as today at 11:00 am</p>
<button data-testid="contact-agent-button">Contact agent</button></div></div>
<div class="data-view-container"><section data-testid="whats-special"><h2>What's special</h2><ul class="tag-list">
${zChips.map((t) => `<li><span class="Tag-c11n-8-109-0__sc-rlmxx6-0">${t}</span></li>`).join('')}</ul>
<div data-testid="description" class="ds-overview-section"><article class="Text-c11n-8-109-0__sc-aiai24-0 styles__StyledArticle">
${zDesc.map((p) => `<div class="Text-c11n-8-109-0__sc-aiai24-0">${p}</div>`).join('\n')}</article>
<button class="TriggerText-c11n-8-109-0" aria-expanded="true">Show less</button></div>
<div class="overview-stats"><dl><dt><strong>5 days</strong></dt><dd>on Zillow</dd><dt><strong>1,204</strong></dt><dd>views</dd>
<dt><strong>61</strong></dt><dd>saves</dd></dl></div>
<div class="listing-attribution"><p>Zillow last checked: 2 hours ago</p><p>Listing updated: November 06, 2025 at 10:14am</p>
<p data-testid="attribution-LISTING_AGENT">Listed by: <span>Renata Solberg 503-555-0178,</span> <span>Cascade Hearth Realty</span></p>
<p data-testid="attribution-MLS">Source: RMLS, MLS#: 25-118406</p></div></section>
<section data-testid="facts-features"><h2>${zFactsH[0]}</h2>
${zFacts
  .map(
    (list, i) => `<div class="fact-category"><h3>${zFactsH[i + 1]}</h3><ul>${list.map((t) => `<li><span>${t}</span></li>`).join('')}</ul>
</div>`,
  )
  .join('\n')}
</section>
<section data-testid="price-history"><h2>Price history</h2><table><thead><tr><th>Date</th><th>Event</th><th>Price</th></tr></thead><tbody>
${zHist.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></section>
<section data-testid="mortgage-calculator"><h2>Monthly payment</h2><p>Principal &amp; interest</p><p>Property taxes</p>
<p>Home insurance</p><button>Get pre-qualified</button></section>
<section data-testid="nearby-schools"><h2>GreatSchools rating</h2><ul>
${zSchools
  .map(
    (s) => `<li><span class="rating">${s[0]}</span><a href="/school/${s[1]?.replace(/ /g, '-')}">${s[1]}</a><span>${s[2]}</span><span>${s[3]}</span>
</li>`,
  )
  .join('\n')}
</ul><p class="schools-disclaimer">Schools provided by the listing agent</p></section>
<section data-testid="similar-homes"><h2>Similar homes</h2><ul>
${zSimilar.map((s) => `<li class="property-card"><span data-test="property-card-price">${s[0]}</span><address>${s[1]}</address></li>`).join('\n')}
</ul></section></div></div></main>
<footer class="zg-footer"><ul>${links(zFoot)}</ul><p class="footer-accessibility">${zLegal}</p>
<p>Zillow, Inc. holds real estate brokerage licenses in multiple states.</p><p>© 2006-2025 Zillow</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to personalize
content and ads, and to analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"componentProps":{"zpid":48213377}}}}</script>
<script src="https://www.zillowstatic.example/s3/hdp/_next/static/chunks/main-7b1.js" defer></script></body></html>`;
export const zillowListing: TestPage = {
  html: zHtml,
  name: 'heldout177-zillow-home-listing',
  kind: 'blog',
  // the address h1 is the title; the description and Facts & features (its h2 and h3s and its items) are the article; the
  // price / beds / baths summary is in neither list; the listing agent and "Listing updated" line are bylines
  title: zAddress,
  headings: zFactsH,
  body: [...texts(zDesc), ...zFacts.flat()],
  bylines: ['Listing updated: November 06, 2025 at 10:14am', 'Listed by: Renata Solberg 503-555-0178, Cascade Hearth Realty'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip main navigation', ...zNav, 'See all 38 photos', 'For sale', 'Est.: $4,286/mo', 'Get pre-qualified', 'Request a tour',
    'as early as today at 11:00 am', 'Contact agent', "What's special", ...zChips, 'Show less', 'on Zillow', 'views', 'saves',
    'Zillow last checked: 2 hours ago', 'Source: RMLS, MLS#: 25-118406', 'Price history', ...zHist.flat(), 'Monthly payment',
    'Principal & interest', 'Property taxes', 'Home insurance', 'GreatSchools rating', ...zSchools.flat(), 'Schools provided by the listing agent',
    'Similar homes', ...zSimilar.flat(), ...zFoot, zLegal, 'Zillow, Inc. holds real estate brokerage licenses in multiple states.', '© 2006-2025 Zillow',
    'We use cookies to personalize content and ads, and to analyze our traffic.', 'Accept All Cookies',
  ],
};
