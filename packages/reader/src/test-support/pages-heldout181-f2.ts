import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 181, file f2: a pill identifier result page on a Drugs.com-style drug information site (the header with
 * the "Drugs A-Z" search, the main menu, "Sign In" / "Register", the breadcrumb, the h1 with the imprint, the
 * identification paragraphs, the image box with its captions and "View larger images", the "Pill details" rows (labels
 * in neither list, values body), the labelers table, the "About" description, the "More about" link lists, the pill
 * identifier search box, the "Related images" rail, the ad slots, the medical disclaimer, the footer and the consent banner).
 */
const rxTitle = 'LK 614 Pill - white oval, 19mm';
const rxId = [
  'Pill with imprint LK 614 is White, Oval and has been identified as Ibuprofen 800 mg. It is supplied by Larkmoor Pharmaceuticals, Inc.',
  'Ibuprofen is used in the treatment of Back Pain; Rheumatoid Arthritis; Osteoarthritis; Period Pain; Pain (and more), and belongs to the ' +
    'drug class Nonsteroidal anti-inflammatory drugs. Risk cannot be ruled out during pregnancy. Ibuprofen 800 mg is not a controlled ' +
    'substance under the Controlled Substances Act (CSA).',
];
const rxH = ['Pill details', 'Labelers / Repackagers', 'About ibuprofen 800 mg'];
const rxRows: [string, string][] = [
  ['Imprint', 'LK 614'],
  ['Strength', '800 mg'],
  ['Color', 'White'],
  ['Size', '19.00 mm'],
  ['Shape', 'Oval'],
  ['Availability', 'Prescription only'],
  ['Drug Class', 'Nonsteroidal anti-inflammatory drugs'],
  ['Pregnancy Category', 'D - Positive evidence of risk'],
  ['CSA Schedule', 'Not a controlled drug'],
  ['Labeler / Supplier', 'Larkmoor Pharmaceuticals, Inc.'],
  ['National Drug Code (NDC)', '71204-0614'],
  [
    'Inactive Ingredients',
    'colloidal silicon dioxide, croscarmellose sodium, magnesium stearate, microcrystalline cellulose, polyethylene glycol, polyvinyl ' +
      'alcohol, talc, titanium dioxide',
  ],
];
const rxNote = 'Note: Inactive ingredients may vary.';
const rxLabelers: [string, string][] = [
  ['71204-0614', 'Larkmoor Pharmaceuticals, Inc.'],
  ['50436-7712', 'Unit Dose Partners LLC'],
  ['63187-1049', 'Pinebrook Repack Services'],
];
const rxAbout = [
  'Ibuprofen is a nonsteroidal anti-inflammatory drug (NSAID). It works by reducing hormones that cause inflammation and pain in the ' +
    'body. The 800 mg strength is available only with a prescription and is usually taken every six to eight hours with food or milk.',
  'Ibuprofen can increase the risk of fatal heart attack or stroke, especially with long-term use or high doses. It may also cause ' +
    'stomach or intestinal bleeding, which can happen without warning. Do not use this medicine just before or after heart bypass surgery.',
  'Tell your doctor if you have ever had asthma, kidney or liver disease, stomach ulcers or high blood pressure, or if you take ' +
    'a blood thinner. Avoid drinking alcohol while taking ibuprofen, as it may increase the risk of stomach bleeding. Do not ' +
    'use ibuprofen in the last 20 weeks of pregnancy unless your doctor has told you to.',
  'If you find a tablet and are not sure what it is, do not take it. Ask a pharmacist or your local poison control center to confirm the identification.',
];
const rxNav = ['Drugs A-Z', 'Pill Identifier', 'Interaction Checker', 'Compare Drugs', 'Drug News', 'Pro Edition', 'More'];
const rxCrumbs = ['Home', 'Pill Identifier'];
const rxImgs = ['Ibuprofen 800 mg LK 614 Front', 'Ibuprofen 800 mg LK 614 Back', 'View larger images'];
const rxMore = [
  'More about ibuprofen',
  'Check interactions',
  'Compare alternatives',
  'Pricing & coupons',
  'Reviews (1,208)',
  'Drug images',
  'Side effects',
  'Dosage information',
  'During pregnancy',
];
const rxResources = ['Patient resources', 'Ibuprofen drug information', 'Ibuprofen tablets', 'Professional resources', 'Ibuprofen monograph'];
const rxSearch = ['Pill Identifier', 'Imprint', 'Color', 'Shape', 'Search', 'Search tips'];
const rxRelatedImgs = ['Related images for "LK 614"', 'LK 613 - Ibuprofen 600 mg', 'IB 8 - Ibuprofen 800 mg', 'L 614 - Naproxen 500 mg'];
const rxDisclaimer =
  'Medical Disclaimer: Every effort has been made to ensure that the information provided is accurate, up-to-date, and complete, but no ' +
  'guarantee is made to that effect. This information is for educational purposes only.';
const rxFoot = [
  'About RxIndex',
  'Advertising policy',
  'Attribution & citations',
  'Terms & privacy',
  'Terms of use',
  'Editorial policy',
  'Privacy policy',
  'Support',
  'Help center',
];
const rxCookie = ['We value your privacy. We and our partners use cookies to personalize content and ads.', 'Accept all', 'Manage preferences'];
const rxAd = `<div class="ddc-ad"><span class="ddc-ad-label">Advertisement</span><div class="ddc-ad-slot" id="ad-pid-1"></div></div>`;
const rxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>LK 614 Pill White Oval 19mm - Pill Identifier - RxIndex</title>
<meta name="description" content="Pill Identifier results for LK 614. White, oval. Ibuprofen 800 mg supplied by Larkmoor Pharmaceuticals, Inc.">
<link rel="canonical" href="https://www.rxindex.example/imprints/lk-614-40117.html"><meta property="og:title" content="LK 614 Pill - white oval, 19mm">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Drug","name":"Ibuprofen",
"activeIngredient":"ibuprofen","dosageForm":"tablet, film coated",
"manufacturer":{"@type":"Organization","name":"Larkmoor Pharmaceuticals, Inc."}}</script>
<link rel="stylesheet" href="https://www.rxindex.example/css/main.min.css?v=a1f4">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="ddc-pid-result"><a class="ddc-skip-link" href="#content">Skip to main content</a>
<header class="ddc-header"><a class="ddc-logo" href="/"><img src="/img/rxindex-logo.svg" alt="RxIndex"></a><form class="ddc-search"
action="/search.php" role="search">
<label class="sr-only" for="livesearch-main">Search drugs</label><input id="livesearch-main" type="search" placeholder="Search drugs, pills, conditions">
<button type="submit">Search</button></form><ul class="ddc-account">${links(['Sign In', 'Register'])}</ul>
<nav class="ddc-nav"><ul>${links(rxNav)}</ul></nav></header>
<div class="ddc-main" id="content"><ul class="ddc-breadcrumb">${links(rxCrumbs)}<li>LK 614</li></ul>
<div class="ddc-grid"><div class="contentBox ddc-main-content"><h1>${rxTitle}</h1>
${rxId.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ddc-pid-images"><figure><img src="/images/pills/nlm/712040614.jpg" alt="${rxImgs[0]}"><figcaption>${rxImgs[0]}</figcaption></figure>
<figure><img src="/images/pills/nlm/712040614b.jpg" alt="${rxImgs[1]}"><figcaption>${rxImgs[1]}</figcaption></figure>
<a href="/pill-images/lk-614.html">${rxImgs[2]}</a></div>
${rxAd}
<h2>${rxH[0]}</h2><table class="ddc-table ddc-pid-details"><tbody>
${rxRows.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}
</tbody></table><p class="ddc-note">${rxNote}</p>
<h2>${rxH[1]}</h2><table class="ddc-table"><thead><tr><th>NDC Code</th><th>Labeler / Repackager</th></tr></thead><tbody>
${rxLabelers.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
<h2>${rxH[2]}</h2>${rxAbout.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ddc-related-links"><h2>${rxMore[0]}</h2><ul>${links(rxMore.slice(1))}</ul><h3>${rxResources[0]}</h3><ul>${links(rxResources.slice(1, 3))}</ul>
<h3>${rxResources[3]}</h3><ul>${links(rxResources.slice(4))}</ul></div>
<p class="ddc-disclaimer">${rxDisclaimer}</p></div>
<aside class="ddc-sidebar"><div class="ddc-pid-search box"><h2>${rxSearch[0]}</h2><form action="/pill-identification/">
<label for="imprint">${rxSearch[1]}</label><input id="imprint" type="text"><label for="color">${rxSearch[2]}</label><select id="color">
<option>Any</option></select>
<label for="shape">${rxSearch[3]}</label><select id="shape"><option>Any</option></select><button type="submit">${rxSearch[4]}</button></form>
<a href="/pill-identification/tips.html">${rxSearch[5]}</a></div>${rxAd}<div class="ddc-related-images"><h2>${rxRelatedImgs[0]}</h2>
<ul>${links(rxRelatedImgs.slice(1))}</ul></div></aside></div></div>
<footer class="ddc-footer"><ul>${links(rxFoot)}</ul><p>Copyright © 2000-2025 RxIndex.example. All rights reserved.</p></footer>
<div id="ddc-consent" role="dialog" aria-label="Privacy"><p>${rxCookie[0]}</p><button>${rxCookie[1]}</button><button>${rxCookie[2]}</button></div>
<script src="https://www.rxindex.example/js/main.min.js?v=a1f4"></script></body></html>`;
export const pillIdentifier: TestPage = {
  html: rxHtml,
  name: 'heldout181-pill-identifier-result',
  kind: 'wiki',
  // the page has no byline; the "Pill details" values and the labelers' data cells are body, their row labels and header
  // cells in neither list; the image captions, links, search box, rails, ads, disclaimer, footer and consent are furniture
  title: rxTitle,
  headings: rxH,
  body: texts([...rxId, ...rxRows.map(([, v]) => v), rxNote, ...rxLabelers.flat(), ...rxAbout]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search drugs', 'Search', 'Sign In', 'Register', ...rxNav, 'Home', ...rxImgs, 'Advertisement', ...rxMore, ...rxResources,
    'Any', 'Search tips', ...rxRelatedImgs, rxDisclaimer, ...rxFoot, 'Copyright © 2000-2025 RxIndex.example. All rights reserved.',
    ...rxCookie,
  ],
};
