import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page, rowText, tr } from './pages-heldout555-kit.js';

/**
 * Held-out batch 555, file a: a skip hire firm's size and price guide on WordPress with Elementor (Hello theme), with a price
 * table, size cards and a quote form, and a council skip permit page on LocalGov Drupal.
 */
const eTitle = 'Skip Sizes &amp; Prices Guide';
const eIntro = [
  j(
    'Choosing the right skip saves you money. Too small and you will need a second one; too big and you are paying to move air.',
    'This guide explains every size we hire across Harrowfield and the Calder Vale, what fits in each one and what it costs in 2026.',
  ),
  j(
    'All our prices include delivery, collection, landfill tax and VAT for a standard 14-day hire. If you need the skip for longer,',
    'each extra week is £15. Skips placed on the road need a council permit, which we apply for on your behalf.',
  ),
];
const eSizes = [
  ['2 yard mini skip', '20–25 bin bags', 'Garden tidy-ups, small bathroom refits', '£175'],
  ['4 yard midi skip', '35–45 bin bags', 'Kitchen strip-outs, small clear-outs', '£225'],
  ['6 yard builders skip', '55–65 bin bags', 'Renovation rubble, one-room refurbishments', '£265'],
  ['8 yard builders skip', '70–80 bin bags', 'House clearances, larger building jobs', '£295'],
  ['12 yard maxi skip', '110–120 bin bags', 'Bulky light waste only (no soil or rubble)', '£365'],
  ['16 yard enclosed skip', '150–160 bin bags', 'Commercial clear-outs with a lockable door', '£430'],
];
const eCards = [
  [
    'Mini skips (2–3 yards)',
    j(
      'Small enough to sit on most driveways without blocking the car. Ideal for garden waste, a bathroom suite or a',
      'shed clearance. Mini skips take up about 1.8 m by 1.2 m of ground.',
    ),
  ],
  [
    'Midi skips (4–5 yards)',
    j(
      'Our most popular domestic size. A midi skip holds the contents of a small kitchen refit or a garage clear-out,',
      'and can take heavy waste such as soil and broken slabs up to the fill line.',
    ),
  ],
  [
    'Builders skips (6–8 yards)',
    j(
      'The standard skip you see outside building sites. Builders skips are rated for heavy loads, so they suit brick,',
      'concrete, plaster and tiles. An 8 yard skip needs a space of about 3.7 m by 1.8 m and a clear run for the lorry.',
    ),
  ],
  [
    'Maxi and enclosed skips (12–16 yards)',
    j(
      'Large skips are for bulky but light waste: furniture, cardboard, carpet and packaging.',
      'Because of the weight limit on our lorries we cannot accept soil, hardcore or rubble in skips of 12 yards and over.',
    ),
  ],
];
const eHeads = ['Skip size comparison', 'Which skip do I need?', 'What can’t go in a skip?', 'Do I need a permit?', 'Get a quote'];
const eBanned = [
  'Asbestos and asbestos sheeting',
  'Fridges, freezers and air conditioning units',
  'Televisions and computer monitors',
  'Tyres and car batteries',
  'Gas bottles, paint tins that are not empty, and solvents',
  'Plasterboard (unless bagged separately)',
];
const eBannedNote = j(
  'If you are not sure about an item, ring the office before you put it in. Banned items found in a skip are removed',
  'and charged at cost, from £8 for a tyre to £45 for a fridge.',
);
const ePermit = j(
  'If the skip can go on your driveway or private land you do not need a permit. On the public road, Calder Vale Council',
  'charges £42 for a 14-day permit, added to your invoice. Allow three working days for the permit to be issued.',
);
const eQuote = 'Tell us your postcode and the job, and we will confirm the size, price and the earliest delivery date, usually the next working day.';
const eNav = ['Home', 'Skip Hire', 'Grab Hire', 'Waste Clearance', 'Areas We Cover', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms of Hire', 'Waste Carrier Licence'];
const eForm = ['Your name', 'Phone number', 'Postcode', 'Skip size', 'Request my quote'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Skip Sizes &amp; Prices Guide 2026 - Brookhaven Skips</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://brookhavenskips.co.uk/skip-sizes-prices/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Skip Sizes & Prices Guide",
"isPartOf":{"@id":"https://brookhavenskips.co.uk/#website"}},{"@type":"LocalBusiness","name":"Brookhaven Skips","telephone":"01422 600 418"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://brookhavenskips.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://brookhavenskips.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7">
<style id="elementor-post-112">.elementor-112 .elementor-element.elementor-element-5c1d2e{--display:flex;}</style>
<script src="https://brookhavenskips.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-112 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-112">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="9" class="elementor elementor-9 elementor-location-header">
<div class="elementor-element elementor-element-2f1a0b1 e-flex e-con-boxed e-con e-parent" data-element_type="container">
<div class="elementor-widget elementor-widget-icon-list"><ul class="elementor-icon-list-items elementor-inline-items">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Call 01422 600 418</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Mon–Sat 7am–6pm</span></li></ul></div></div>
<div class="elementor-element elementor-element-7d3f0a2 e-flex e-con-boxed e-con e-parent"><div class="elementor-widget elementor-widget-theme-site-logo">
<a href="https://brookhavenskips.co.uk"><img src="/wp-content/uploads/2024/02/brookhaven-logo.svg" alt="Brookhaven Skips"></a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-4b2c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav></div>
<div class="elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link" href="#quote">
<span class="elementor-button-text">Book a Skip</span></a></div></div></div>
<main id="content" class="site-main post-112 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="112" class="elementor elementor-112">
<div class="elementor-element elementor-element-5c1d2e e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-heading"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eIntro)}</div></div></div></div>
<div class="elementor-element elementor-element-a81c3f e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">${eHeads[0]}</h2></div>
<div class="elementor-widget elementor-widget-html"><table class="skip-table"><thead><tr><th>Skip</th><th>Holds</th><th>Best for</th>
<th>Price (inc. VAT)</th></tr></thead><tbody>${eSizes.map(tr).join('\n')}</tbody></table></div></div></div>
<div class="elementor-element elementor-element-c0d9e1 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">${eHeads[1]}</h2></div>
${eCards
  .map(
    ([h, p]) => `<div class="elementor-widget elementor-widget-icon-box"><div class="elementor-icon-box-wrapper">
<div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span>${h}</span></h3>
<p class="elementor-icon-box-description">${p}</p></div></div></div>
<div class="elementor-widget elementor-widget-button"><a class="elementor-button" href="#quote"><span class="elementor-button-text">Book this
size</span></a></div>`,
  )
  .join('\n')}
</div></div>
<div class="elementor-element elementor-element-e4b7a0 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">${eHeads[2]}</h2></div>
<div class="elementor-widget elementor-widget-text-editor"><ul>${lis(eBanned)}</ul><p>${eBannedNote}</p></div>
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">${eHeads[3]}</h2></div>
<div class="elementor-widget elementor-widget-text-editor"><p>${ePermit}</p></div></div></div>
<div class="elementor-element elementor-element-0f2e6d e-flex e-con-boxed e-con e-parent" id="quote"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">${eHeads[4]}</h2></div>
<div class="elementor-widget elementor-widget-text-editor"><p>${eQuote}</p></div>
<div class="elementor-widget elementor-widget-form"><form class="elementor-form" method="post" name="Quote form">
<div class="elementor-field-group"><label for="form-field-name" class="elementor-field-label">${eForm[0]}</label><input type="text" id="form-field-name"></div>
<div class="elementor-field-group"><label for="form-field-phone" class="elementor-field-label">${eForm[1]}</label><input type="tel" id="form-field-phone"></div>
<div class="elementor-field-group"><label for="form-field-pc" class="elementor-field-label">${eForm[2]}</label><input type="text" id="form-field-pc"></div>
<div class="elementor-field-group"><label for="form-field-size" class="elementor-field-label">${eForm[3]}</label><select id="form-field-size">
<option>Not sure</option><option>2 yard</option><option>4 yard</option><option>8 yard</option></select></div>
<button type="submit" class="elementor-button"><span class="elementor-button-text">${eForm[4]}</span></button></form></div></div></div>
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="14" class="elementor elementor-14 elementor-location-footer">
<div class="elementor-widget elementor-widget-text-editor"><p>Brookhaven Skips Ltd, Unit 4 Mill Lane Trading Estate, Harrowfield HX7 2QP</p>
<p>Waste carrier registration CBDU418822</p></div><ul class="elementor-icon-list-items">${links(eFoot)}</ul>
<p class="elementor-copyright">© 2026 Brookhaven Skips Ltd. All rights reserved.</p></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-categories-type-view-preferences" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-message"><p>We use cookies to optimise our website and our service.</p></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://brookhavenskips.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = page({
  name: 'heldout555-elementor-skip-sizes',
  kind: 'docs',
  html: eHtml,
  title: 'Skip Sizes & Prices Guide',
  headings: [eHeads[0] ?? '', eHeads[1] ?? '', ...eCards.map((c) => c[0] ?? ''), ...eHeads.slice(2)],
  body: texts([...eIntro, ...eSizes.map(rowText), ...eCards.map((c) => c[1] ?? ''), ...eBanned, eBannedNote, ePermit, eQuote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call 01422 600 418', 'Mon–Sat 7am–6pm', ...eNav, 'Book a Skip', 'Book this size', ...eForm,
    'Brookhaven Skips Ltd, Unit 4 Mill Lane Trading Estate, Harrowfield HX7 2QP', 'Waste carrier registration CBDU418822', ...eFoot,
    '© 2026 Brookhaven Skips Ltd. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
});

const lTitle = 'Skip permits';
const lBody = [
  j(
    'You need a skip permit from us if you want to put a skip on a road, pavement or grass verge in the borough. You do not need a',
    'permit if the skip will be on your own driveway or other private land.',
  ),
  'Only a registered skip hire company can apply for a permit. Your skip hire company will apply for you and add the cost to their bill.',
  'Costs',
  'A skip permit costs £38 for up to 14 days. Each extension of 14 days costs £20. There is no refund if you finish with the skip early.',
  'Conditions of the permit',
  'The skip company must make sure that:',
  'the skip is no bigger than 8 cubic yards',
  'it is placed so that it does not block drains, driveways or access to fire hydrants',
  'it has the owner’s name and phone number clearly shown on it',
  'it has lights at each corner from sunset to sunrise and four traffic cones',
  'it is not kept on the road for longer than the permit allows',
  j(
    'We will not give a permit for a skip in a bus lane, on a red route, within 15 metres of a junction or where there are',
    'parking restrictions at all times.',
  ),
  'Skips in a pay and display bay or permit parking bay',
  j(
    'If the skip will take up a parking bay, you also need to suspend the bay. Ask your skip hire company to include this in',
    'their application. A bay suspension costs £25 a day.',
  ),
  'Report a skip',
  'Tell us about a skip on the road that has no lights, is blocking the pavement or does not show the owner’s details.',
];
const lH = [2, 4, 12, 14];
const lNav = ['Bins and recycling', 'Council tax', 'Parking', 'Planning and building control', 'Roads and transport'];
const lCrumbs = ['Home', 'Roads and transport', 'Roads, streets and pavements'];
const lSide = ['Apply for a scaffold licence', 'Hoarding licence', 'Building materials on the highway', 'Pavement licences'];
const lFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice', 'Jobs at Westmere'];
const lHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Skip permits | Westmere Borough Council</title><link rel="canonical" href="https://www.westmere.gov.uk/roads/skip-permits">
<meta name="description" content="Skip permits for skips on the road, pavement or verge, what they cost and the conditions.">
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t5k2q1">
<link rel="stylesheet" media="all" href="/themes/custom/westmere/css/main.css?t5k2q1">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4412"}}</script></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="skip-link visually-hidden focusable">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>Cookies on westmere.gov.uk</h2><p>We use analytics cookies to help us improve the
website.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button">Accept analytics cookies</button>
<button type="button" class="decline-button">Reject analytics cookies</button></div></div></div>
<div class="lgd-page"><header class="lgd-header" role="banner"><div class="lgd-header__inner lgd-container padding-horizontal">
<div class="lgd-header__site-branding"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/westmere/logo.svg"
alt="Westmere Borough Council"></a></div>
<div class="lgd-header__search"><form action="/search" method="get" class="localgov-search-form"><label for="edit-s" class="visually-hidden">Search this
site</label>
<input type="search" id="edit-s" name="s" placeholder="Search"><button type="submit" class="lgd-header__search-submit">Search</button></form></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary"><ul class="lgd-header__nav-list">${links(lNav, 'lgd-header__nav-item')}</ul></nav>
</div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(lCrumbs)}</ol></nav></div>
<main class="main lgd-container padding-horizontal" id="main-content"><div class="lgd-row">
<div class="lgd-row__two-thirds"><div class="lgd-region lgd-region--content region region-content">
<article role="article" class="localgov-services-page localgov-services-page--full"><h1 class="lgd-page-title-block__title">${lTitle}</h1>
<div class="localgov-services-page__summary field--name-body"><p class="lead">Apply for a permit to put a skip on the road or pavement.</p></div>
<div class="field field--name-localgov-common-tasks"><div class="call-out-box"><a class="button button--primary" href="/report-a-skip">Report a
skip</a></div></div>
<div class="field field--name-body text-formatted">
${ps(lBody.slice(0, 2))}
<h2>${lBody[2]}</h2>${ps([lBody[3] ?? ''])}
<h2>${lBody[4]}</h2><p>${lBody[5]}</p><ul>${lis(lBody.slice(6, 11))}</ul><p>${lBody[11]}</p>
<h3>${lBody[12]}</h3><p>${lBody[13]}</p>
<h2>${lBody[14]}</h2><p>${lBody[15]}</p></div>
<div class="localgov-services-page__updated"><p>Last updated: 3 March 2026</p></div></article>
<div class="block block-localgov-review-date"><p>Was this page helpful?</p><a href="/feedback?page=4412">Give feedback</a></div></div></div>
<aside class="lgd-row__one-third"><div class="lgd-region lgd-region--sidebar-second"><nav class="localgov-services-navigation">
<h2>Related pages</h2><ul>${links(lSide)}</ul></nav></div></aside></div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-footer__inner lgd-container"><ul class="lgd-footer__nav">${links(lFoot)}</ul>
<p>Westmere Borough Council, Civic Centre, Abbey Road, Westmere WM1 4RT</p><p>© Westmere Borough Council 2026</p></div></footer>
</div></div><script src="/core/misc/drupal.js?v=10.3.6"></script></body></html>`;
const localgov: TestPage = page({
  name: 'heldout555-localgov-skip-permits',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lH.map((i) => lBody[i] ?? ''),
  body: texts(['Apply for a permit to put a skip on the road or pavement.', ...lBody.filter((_, i) => !lH.includes(i))]),
  bylines: ['Last updated: 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on westmere.gov.uk', 'We use analytics cookies to help us improve the website.', 'Accept analytics cookies',
    'Reject analytics cookies', 'Search', ...lNav, ...lCrumbs, 'Report a skip', 'Was this page helpful?', 'Give feedback', 'Related pages', ...lSide,
    ...lFoot, 'Westmere Borough Council, Civic Centre, Abbey Road, Westmere WM1 4RT', '© Westmere Borough Council 2026',
  ],
});

export const HELDOUT555_A: readonly TestPage[] = [elementor, localgov];
