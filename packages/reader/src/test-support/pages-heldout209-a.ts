import { links, type TestPage, texts } from './page-kit.js';
import { redfinListing } from './pages-heldout209-a2.js';

/**
 * Held-out batch 209, file a: a Rightmove property listing (the React property page with hashed class names, the
 * PAGE_MODEL script, the gallery, price and "Added on" line, key features, the property description, the tenure and
 * council tax panel, the agent card, the mortgage calculator, nearest stations and schools, similar properties and the
 * footer) and, from file a2, a Redfin home listing.
 */
const rmTitle = 'Thornfield Road, Ashby-de-la-Zouch, LE65';
const rmFeatures = [
  'Extended three bedroom semi-detached house',
  'Open-plan kitchen and family room with bi-fold doors',
  'Separate sitting room with log burner',
  'Ground floor shower room and utility',
  'Driveway parking for two cars and a converted garage store',
  'South-west facing rear garden of around 90 feet',
  'Walking distance of Woodcote Primary School',
  'No onward chain',
];
const rmDesc = [
  'A well presented and thoughtfully extended three bedroom semi-detached home on one of the most sought-after roads on the ' +
    'west side of the town, offered for sale with no onward chain.',
  'The property was built in the 1950s and has been extended to the rear by the current owners, creating a large open-plan ' +
    'kitchen and family room which opens through bi-fold doors onto the garden. The kitchen is fitted with a range of shaker ' +
    'style units, quartz work surfaces, an island with a breakfast bar and integrated appliances, and there is a separate utility ' +
    'room and a ground floor shower room off the rear lobby.',
  'To the front of the house is a bay-fronted sitting room with a cast iron log burner set into the original chimney breast. ' +
    'Upstairs are two generous double bedrooms, a third single bedroom currently used as a study, and a family bathroom with a ' +
    'white suite and a shower over the bath.',
  'Outside, a block-paved driveway provides parking for two cars and leads to the former garage, which has been partly converted ' +
    'into a store and workshop with power and light. The rear garden faces south-west and is mainly laid to lawn with a raised ' +
    'patio, established borders and a timber summer house at the far end.',
  'Thornfield Road is within a short walk of Woodcote Primary School, the leisure centre and the shops and restaurants of Market ' +
    'Street, and the A42 gives quick access to the M1 and East Midlands Airport.',
  'Council Tax Band C. EPC rating D. We understand the property is freehold; buyers should confirm this with their solicitor.',
];
const rmNav = ['Buy', 'Rent', 'House Prices', 'Find Agent', 'Commercial', 'Inspire', 'Sign in'];
const rmCrumbs = ['Back to search results', 'Properties For Sale in Ashby-de-la-Zouch'];
const rmGallery = ['Photos', 'Floorplan', 'Map', 'Virtual tour', '1/24'];
const rmPrice = ['Guide Price', '£325,000', 'Offers in excess of', '£1,340 pcm*'];
const rmActions = ['Save', 'Share', 'Request details', 'Call agent', 'Request a viewing'];
const rmFacts = ['PROPERTY TYPE', 'Semi-Detached', 'BEDROOMS', '×3', 'BATHROOMS', '×2', 'SIZE', 'Ask agent', 'TENURE', 'Freehold'];
const rmNotes = [
  'COUNCIL TAX',
  'A payment made to your local authority in order to pay for local services like schools, libraries, and refuse collection.',
  'Band: C',
  'PARKING',
  'Driveway',
  'GARDEN',
  'Rear garden',
  'ACCESSIBILITY',
  'Ask agent',
];
const rmAgent = ['Marketed by', 'Harcourt & Lyle, Ashby-de-la-Zouch', '14 Market Street, Ashby-de-la-Zouch, LE65 1AG', 'More properties from this agent'];
const rmMortgage = [
  'Mortgage calculator',
  'Deposit',
  'Interest rate',
  'Repayment period',
  'Monthly payments',
  'Check your affordability with a mortgage expert',
];
const rmStations = ['NEAREST STATIONS', 'Coalville Station', '4.1 miles', 'Burton-on-Trent Station', '9.2 miles'];
const rmSchools = ['Schools', 'Woodcote Primary School', 'Ivanhoe College', 'Ofsted: Good'];
const rmSimilar = ['Similar properties', 'Burton Road, Ashby-de-la-Zouch', 'Kilwardby Street, Ashby-de-la-Zouch', 'Moira Road, Ashby-de-la-Zouch'];
const rmDisclaimer =
  'Disclaimer - Property reference 29188-T. The information displayed about this property comprises a property advertisement. ' +
  'Rightmove.co.uk makes no warranty as to the accuracy or completeness of the advertisement or any linked or associated information.';
const rmFoot = ['About Rightmove', 'Careers', 'Investor relations', 'Help', 'Contact us', 'Terms of use', 'Privacy policy', 'Cookies', 'Sitemap'];
const rmCookie = 'We use cookies to give you the best experience on our site and to show you relevant advertising.';
const rmCookieBtns = ['Accept all', 'Manage cookies'];
const rmSpan = (cls: string, t: string): string => `<span class="${cls}">${t.replace(/&/g, '&amp;')}</span>`;
const rmHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>3 bedroom semi-detached house for sale in ${rmTitle}, LE65 | Rightmove</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="3 bedroom semi-detached house for sale in ${rmTitle}.">
<meta property="og:title" content="Check out this 3 bedroom semi-detached house for sale on Rightmove"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.rightmove.co.uk/properties/158204417"><link rel="stylesheet" href="/property-pages/assets/main.c81f0e.css">
<script>window.adInfo={"propertyType":"semi-detached","channel":"BUY"};</script>
<script>window.PAGE_MODEL = {"propertyData":{"id":"158204417","address":{"displayAddress":"${rmTitle}"},"prices":{"primaryPrice":"£325,000"},
"listingHistory":{"listingUpdateReason":"Added on 14/10/2025"}},"isAuthenticated":false}</script></head>
<body><div id="root"><div class="_3oAYaPNbdd4dDoeJlIhNY2">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">${rmCookie}</p>
</div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${rmCookieBtns[0]}</button>
<button id="onetrust-pc-btn-handler">${rmCookieBtns[1]}</button></div></div>
<header class="_1HQDhFjSaPVdvCDYUfPrq8" data-testid="global-header"><a href="/" class="_2WwN6GdKkVdpJ-sJSvZt_N" aria-label="Rightmove home"></a>
<nav aria-label="Main"><ul class="_3FsxSNTAuTWsu3r7NWWY2e">${links(rmNav, '_1QtVWYzFyBGQd1Cgw1d2Uo')}</ul></nav></header>
<div class="_1qN3_dRf7AvN3MG1_hv0ke"><a href="/property-for-sale/find.html?locationIdentifier=REGION%5E66" class="_3ExEQtqjg2Zsk8yMj-w9s3">${rmCrumbs[0]}</a>
<ol class="_2Y3N6zKaShm4gCvM6wlN6I" aria-label="breadcrumb"><li><a href="/property-for-sale/Ashby-de-la-Zouch.html">${rmCrumbs[1]}</a></li></ol></div>
<main class="WJG_W7faYk84nW-6sCBVi"><div class="_2LDZVjnbpvYdHCCUuUqa0r" data-testid="gallery">
<div class="_1hV1kqpVceE9m-QrX_hWDN">${rmGallery.map((t) => `<button class="_3Z4IMZ4Lt4Nc1Cz6U2H1IP">${t}</button>`).join('')}</div>
<img src="https://media.rightmove.example/dir/crop/10:9-16:9/property-photo/158204417/IMG_00_0000.jpeg" alt="Picture No. 01"></div>
<div class="_5KANqpn5yboC4UXVUxwjZ"><div class="_1gfnqJ3Vtd1z40MlC0MzXu"><div class="_3Kl5bSUaVKx1bidl6IHGj7">${rmSpan('_1sU_iX2z8bTVGDrZHEY4JL', rmPrice[0]!)}
<div class="_1gfnqJ3Vtd1z40MlC0MzXu"><span>${rmPrice[1]}</span></div>${rmSpan('_2Rd0RMEJeHDdXAr_1wNH1G', rmPrice[2]!)}
<a class="_3Dx7dsAzSMj0yESTGGrnmq" href="#mortgage">${rmPrice[3]}</a></div>
<h1 class="_2uQQ3SV0eMHL1P6t5ZDo2q" itemprop="streetAddress">${rmTitle}</h1>
<div class="_2nk2x6QhNB1UrxdI5KpvaF">Added on 14/10/2025</div>
<div class="_1kQB2YmT9y_3dzD2QuuRnB">${rmActions
  .slice(0, 2)
  .map((t) => `<button class="_3yUS6vnMOUPe7U2e11Gd3G">${t}</button>`)
  .join('')}</div></div>
<article class="_4hBezflLdgDMdFtURKTWh" data-testid="primary-layout"><div class="_3mqo4prndvEDFoh4cDJw_n" id="info-reel">
${rmFacts.map((t, i) => (i % 2 === 0 ? `<dt class="ZBWaPR-rIda6ikyKpB_E2">${t}</dt>` : `<dd class="_1hV1kqpVceE9m-QrX_hWDN">${t}</dd>`)).join('\n')}</div>
<div class="_1u12RxIYGx3c84eaGxI6_b"><h2 class="_1bhYOvsMLTtG0TZg2c2PcW">Key features</h2>
<ul class="_1uI3IvdF5sIuBtRIvKrreQ">${rmFeatures.map((t) => `<li class="lIhZ24u1NHMa5Y6gDH90A">${t}</li>`).join('\n')}</ul></div>
<div class="OD0O7FWw1TjbTD4sdRi1_"><h2 class="_1bhYOvsMLTtG0TZg2c2PcW">Property description</h2><div class="STw8udCxUaBUMfOOZu0iL _3nPVwR0HZYQah5tkVJHFh5">
<div>${rmDesc.join('<br><br>\n')}</div></div></div>
<div class="_2RnXSVJcWbWv4IpBC1Sng6" data-testid="notes">${rmNotes.map((t) => `<div class="_3aWCYpNt-2ZfxfRJS6sUlT">${t}</div>`).join('\n')}
<a href="#" class="_7dB2ztxHw4wo5S5ZJfDDB">Learn more about council tax</a></div>
<div class="_1r0m9R5ZyCeF7wVadN1DJb" data-testid="disclaimer"><p>${rmDisclaimer}</p></div></article>
<aside class="_3ZGPwl2N1mHAJH3cbltyWn"><div class="RPNfwwZBarvBLs58-mdN8" data-testid="agent-card"><h3 class="_3PpywCmRYxC0B-ShNWxstu">${rmAgent[0]}</h3>
<a href="/estate-agents/agent/Harcourt-and-Lyle/Ashby-de-la-Zouch-29188.html" class="_2xkq4w4rDmJ2iN0CN-W2aT">${rmSpan('', rmAgent[1]!)}</a>
<p class="OojFk4MTxFDKIfqreGNt0">${rmAgent[2]}</p><a href="#" class="_3kMfiJHEy7mX9nWrl2wwHY">${rmAgent[3]}</a>
${rmActions
  .slice(2)
  .map((t) => `<button class="_2ZDWvpo9uXbFtdHqcnvpYo">${t}</button>`)
  .join('')}</div></aside></div>
<section id="mortgage" class="_2CdMEPuAVXHxzb5evl1Rb8"><h2>${rmMortgage[0]}</h2>${rmMortgage
  .slice(1, 5)
  .map((t) => `<label class="_3xXqRRL8fMhBvIymHY0SRK">${t}</label>`)
  .join('')}
<a href="/mortgages" class="_3LANR0FB4i6fiyDmo4D7_L">${rmMortgage[5]}</a></section>
<section class="_1vH_1RlB3B1jBaPEWcM1r7"><h3>${rmStations[0]}</h3>
<ul>${[1, 3].map((i) => `<li>${rmSpan('', rmStations[i]!)}${rmSpan('', rmStations[i + 1]!)}</li>`).join('')}</ul>
<h3>${rmSchools[0]}</h3><ul>${rmSchools
  .slice(1, 3)
  .map((t) => `<li>${rmSpan('', t)}${rmSpan('_3aW', rmSchools[3]!)}</li>`)
  .join('')}</ul></section>
<section class="_2ZqL-7YsQ3l7UqsSKNbOXZ"><h2>${rmSimilar[0]}</h2><ul>${links(rmSimilar.slice(1), 'propertyCard')}</ul></section></main>
<footer class="_2Pq4x2t6ENxuUPZjsPhdbO"><ul>${links(rmFoot)}</ul><p>© Rightmove plc 2025</p></footer></div></div>
<script src="/property-pages/assets/main.c81f0e.js" defer></script></body></html>`;

const rightmoveListing: TestPage = {
  html: rmHtml,
  name: 'heldout209-rightmove-listing-blog',
  kind: 'blog',
  // the address h1 is the title; key features and the description are the article; "Added on" is a byline; the price
  // block, facts strip, notes panel, agent card, disclaimer and everything around the listing are furniture
  title: rmTitle,
  headings: ['Key features', 'Property description'],
  body: [...rmFeatures, ...texts(rmDesc)],
  bylines: ['Added on 14/10/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    rmCookie, ...rmCookieBtns, ...rmNav, ...rmCrumbs, 'Photos', 'Floorplan', 'Map', 'Virtual tour', '1/24', ...rmPrice, ...rmActions,
    'PROPERTY TYPE', 'Semi-Detached', 'BEDROOMS', 'BATHROOMS', 'SIZE', 'TENURE', 'Freehold', 'COUNCIL TAX', rmNotes[1]!, 'Band: C',
    'PARKING', 'Driveway', 'GARDEN', 'Rear garden', 'ACCESSIBILITY', 'Ask agent', 'Learn more about council tax', rmDisclaimer, ...rmAgent,
    ...rmMortgage, ...rmStations, ...rmSchools, ...rmSimilar, ...rmFoot, '© Rightmove plc 2025',
  ],
};

export const HELDOUT209_A: readonly TestPage[] = [rightmoveListing, redfinListing];
