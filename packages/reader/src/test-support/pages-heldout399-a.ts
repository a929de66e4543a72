import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout399-kit.js';

/**
 * Held-out batch 399, file a: an NPS.gov-style park "Current Conditions" page (utility nav, park header and nav, breadcrumbs,
 * the alerts list with its dateline, the "Last updated" line, the park footer and the NPS footer), and a Wildlife Trusts-style
 * nature reserve page (cookie banner, mega menu, hero caption, "Know before you go" sidebar, donate promo, related reserves).
 */
const nTitle = 'Current Conditions';
const nIntro = [
  j(
    'Conditions in the park change quickly in early spring. Snowmelt from the upper basin swells the creeks, rockfall is common',
    'on the canyon road, and the high trails can hold ice well into May. Check this page and the warnings below before you set out.',
  ),
  'Cell coverage is limited to the visitor center and the Juniper Flat campground. Download trail guides and permits before you arrive.',
];
const nRoads = [
  'Canyon Rim Road is open from the south entrance to Osprey Point. The section beyond Osprey Point stays closed until plows clear it.',
  'Lower Hollow Road has single-lane traffic near mile 6 while crews repair a culvert. Expect delays of up to 20 minutes.',
  'Vehicles over 24 feet are not permitted on Switchback Grade at any time of year.',
];
const nTrails = [
  'Fern Falls Trail: open; wet and muddy below the footbridge.',
  'Ridge Loop: open to the first overlook; ice and packed snow above 7,000 feet. Traction devices recommended.',
  'Hermit Basin Trail: closed for bighorn sheep lambing through June 15.',
  'Creekside Boardwalk: open and fully accessible.',
];
const nCamp = [
  j(
    'Juniper Flat campground opened for the season on March 1, with 42 of its 60 sites available. Loop C stays closed while water',
    'lines are flushed. Aspen Meadow and the backcountry sites above the basin open later, once snow has cleared.',
  ),
  j('Water is available at the visitor center and at Juniper Flat. Springs along the Ridge Loop are not tested; treat all water', 'from natural sources.'),
];
const nFire = [
  j(
    'Stage 1 fire restrictions are not in effect. Campfires are allowed in established metal fire rings at Juniper Flat only.',
    'Gathering wood inside the park is prohibited; buy local firewood at the campground host site.',
  ),
];
const nWild = [
  j(
    'Bighorn sheep and mule deer gather along Canyon Rim Road in spring. Slow down, stay in your vehicle and keep at least 25 yards',
    'from all wildlife. Rattlesnakes become active on warm afternoons from April; watch where you put your hands and feet on rocky trails.',
  ),
];
const nAlerts = ['Hermit Basin Trail closed for lambing season', 'Culvert repair on Lower Hollow Road', 'Aspen Meadow campground opening delayed'];
const nUtil = ['NPS.gov', 'Park Home', 'Find a Park', 'Explore By Topic'];
const nNav = ['Plan Your Visit', 'Learn About the Park', 'Get Involved', 'News', 'Photos & Multimedia'];
const nSide = ['Basic Information', 'Directions', 'Operating Hours & Seasons', 'Fees & Passes', 'Current Conditions', 'Permits & Reservations'];
const nCrumbs = ['Cedar Hollow', 'Plan Your Visit', 'Basic Information'];
const nFoot = ['Accessibility', 'Privacy Policy', 'FOIA', 'Notices', 'Disclaimer', 'Vulnerability Disclosure Policy', 'USA.gov'];
const nHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Current Conditions - Cedar Hollow National Park (U.S. National Park Service)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Road, trail and campground conditions.">
<meta property="og:site_name" content="National Park Service"><meta property="og:title" content="Current Conditions - Cedar Hollow">
<link rel="stylesheet" href="/common/commonspot/templates/css/nps-common.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"parkCode":"ceho","pageType":"Article"});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Current Conditions","dateModified":"2026-03-12"}</script>
</head><body id="ceho" class="has-ParkNav"><a class="sr-only sr-only-focusable" href="#main">Skip to main content</a>
<div id="UtilityNav" class="UtilityNav"><div class="container"><ul class="UtilityNav-list">${links(nUtil, 'UtilityNav-item')}</ul>
<form class="UtilityNav-search" role="search"><input type="text" placeholder="Search This Site" aria-label="Search This Site"></form></div></div>
<header id="ParkHeader" class="ParkHeader"><div class="container"><a class="ParkHeader-logo" href="/ceho/index.htm">
<span class="Hero-title">Cedar Hollow</span><span class="Hero-designation">National Park</span><span class="Hero-location">Utah</span></a>
<ul class="ParkHeader-quickLinks">${links(['Info', 'Alerts', 'Maps', 'Calendar', 'Fees'])}</ul></div></header>
<nav id="ParkNav" class="ParkNav" aria-label="Park Navigation"><ul class="ParkNav-list">${links(nNav, 'ParkNav-item')}</ul></nav>
<div id="main" class="container" role="main"><div class="row"><div class="col-sm-3 LocalNav-wrapper"><nav class="LocalNav">
<ul class="LocalNav-list">${links(nSide, 'LocalNav-item')}</ul></nav></div>
<div class="col-sm-9 ColumnMain"><ol class="Breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(nCrumbs, 'Breadcrumbs-item')}</ol>
<div class="ContentHeader text-content-size"><h1 class="page-title">${nTitle}</h1></div>
<div id="alert-permanent" class="AlertsList"><div class="AlertsList-header"><h2 class="AlertsList-title">Alerts In Effect</h2>
<span class="AlertsList-dateline">Alerts updated March 12, 2026</span></div>
<ul class="AlertsList-list">${lis(nAlerts, 'AlertsList-item AlertsList-item--closure')}</ul>
<a class="AlertsList-more" href="/ceho/planyourvisit/conditions.htm#alerts">Show more alerts</a></div>
<div class="Component text-content-size text-content-style ArticleTextGroup clearfix">
${ps(nIntro)}
<h2>Roads</h2><ul>${lis(nRoads)}</ul>
<h2>Trails</h2><ul>${lis(nTrails)}</ul>
<div class="Figure -left"><img src="/ceho/images/ridge-ice.jpg" alt="Ice on a trail"><p class="figcaption">Ice on the upper Ridge Loop, March 2026.</p>
<p class="credit">NPS / Lena Orcutt</p></div>
<h2>Campgrounds and Water</h2>
${ps(nCamp)}
<h2>Fire Restrictions</h2>
${ps(nFire)}
<h2>Wildlife Safety</h2>
${ps(nWild)}
</div><p class="LastUpdated">Last updated: March 12, 2026</p></div></div></div>
<footer class="ParkFooter"><div class="container"><h2 class="ParkFooter-title">Park footer</h2>
<div class="ParkFooter-contact"><h4>Contact Info</h4><p class="adr">Mailing Address: PO Box 118, Hollow Springs, UT 84790</p>
<p>Phone: 435 555-0142</p></div><ul class="ParkFooter-social">${links(['Facebook', 'Instagram', 'YouTube'])}</ul></div></footer>
<footer id="NPSFooter" class="NPSFooter"><div class="container"><p class="NPSFooter-logo">National Park Service</p>
<p class="NPSFooter-dept">U.S. Department of the Interior</p><ul class="NPSFooter-list">${links(nFoot)}</ul>
<p class="NPSFooter-tagline">EXPERIENCE YOUR AMERICA</p></div></footer>
<script src="/common/commonspot/templates/js/nps.min.js"></script></body></html>`;
const nps: TestPage = {
  name: 'heldout399-nps-current-conditions-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Roads', 'Trails', 'Campgrounds and Water', 'Fire Restrictions', 'Wildlife Safety'],
  body: texts([...nIntro, ...nRoads, ...nTrails, ...nCamp, ...nFire, ...nWild]),
  bylines: ['Alerts updated March 12, 2026', 'Last updated: March 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nUtil, 'Cedar Hollow', 'Utah', 'Info', 'Alerts', 'Maps', 'Calendar', 'Fees', ...nNav, ...nSide,
    'Alerts In Effect', ...nAlerts, 'Show more alerts', 'Ice on the upper Ridge Loop, March 2026.', 'NPS / Lena Orcutt', 'Park footer', 'Contact Info',
    'Mailing Address: PO Box 118, Hollow Springs, UT 84790', 'Phone: 435 555-0142', 'Facebook', 'Instagram', 'YouTube', 'National Park Service',
    'U.S. Department of the Interior', ...nFoot, 'EXPERIENCE YOUR AMERICA',
  ],
};

const wTitle = 'Thornmere Fen';
const wAbout = [
  j(
    'Thornmere Fen is one of the last fragments of the great valley fens that once ran from Aldbury to the coast. Its reed beds, sedge',
    'meadows and wet alder woodland sit on a bed of peat more than four metres deep, fed by springs rising from the chalk to the east.',
  ),
  j(
    'We bought the first twelve hectares in 1974 and have since added the old withy beds and two grazing marshes. Konik ponies and a',
    'small herd of Highland cattle now graze the drier ground, keeping scrub at bay so that the sedges and orchids can flourish.',
  ),
  j(
    'A boardwalk loop of just under two kilometres takes you through the reeds to the Heron Hide, which looks over the largest of the',
    'open meres. Please keep to the boardwalk: the peat is soft and deep, and the margins are easily trampled.',
  ),
  j(
    'The fen is also one of only three sites in the county for the fen raft spider, released here in 2012 from a captive-breeding',
    'programme. On warm days in late summer, look for them resting on floating leaves in the ditches beside the boardwalk, their',
    'front legs touching the water as they wait for prey.',
  ),
];
const wWhen = [
  j(
    'Late spring is the best time to hear bitterns booming and to see marsh harriers displaying over the reeds. In June the meadows are',
    'full of southern marsh orchids and ragged robin, and on warm summer days the fen hums with hairy dragonflies and Norfolk hawkers.',
  ),
  'In winter, starlings gather in their thousands to roost in the reed bed at dusk, and water rail can be heard squealing from the ditches.',
  j(
    'Autumn is quieter, but it is when our volunteers cut and rake the sedge beds by hand, a tradition going back centuries. Visitors',
    'are welcome to watch, and there is usually a kettle on at the work party shelter by the car park.',
  ),
];
const wSpecies = ['Bittern', 'Marsh harrier', 'Cetti’s warbler', 'Southern marsh orchid', 'Norfolk hawker', 'Water vole'];
const wNav = ['Nature reserves', 'Wildlife explorer', 'Get involved', 'Support us', 'Events', 'Shop'];
const wCrumbs = ['Home', 'Nature reserves'];
const wFacts = [
  'Know before you go',
  'Size',
  '38 hectares',
  'Entry fee',
  'No, but donations welcome',
  'Parking',
  'Small car park off Fen Lane (PE31 4QR)',
  'Dogs',
  'Not permitted',
  'Walking trails',
  'Boardwalk loop, 1.9 km',
  'Access',
  'Boardwalk suitable for wheelchairs; hide has a ramp',
];
const wRelated = ['Holme Reedbeds', 'Sallow Carr', 'Brindle Heath'];
const wFoot = ['Contact us', 'Jobs', 'Privacy notice', 'Cookie policy', 'Accessibility'];
const wHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Thornmere Fen | Westmarsh Wildlife Trust</title>
<meta name="description" content="A valley fen with reed beds, sedge meadows and booming bitterns.">
<meta property="og:type" content="place"><meta property="og:title" content="Thornmere Fen">
<link rel="canonical" href="https://www.westmarshwildlife.org.uk/nature-reserves/thornmere-fen">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristAttraction","name":"Thornmere Fen",
"geo":{"latitude":52.71,"longitude":0.62}}</script>
<script>window.drupalSettings = {"path":{"currentPath":"node/1412"},"wt":{"reserve":true}};</script></head>
<body class="path-node page-node-type-nature-reserve"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header class="header" role="banner"><div class="header__inner">
<a class="header__logo" href="/" rel="home"><span class="visually-hidden">Westmarsh Wildlife Trust</span></a>
<nav class="main-menu" aria-label="Main navigation"><ul class="menu menu--main">${links(wNav, 'menu-item menu-item--expanded')}</ul></nav>
<a class="button button--donate header__donate" href="/donate">Donate</a><a class="button header__join" href="/join">Join</a></div></header>
<main role="main" id="main-content"><div class="hero hero--reserve"><picture><img src="/sites/default/files/thornmere-hero.jpg" alt="Reed bed"></picture>
<div class="hero__caption"><span class="caption">Reed bed at dawn</span><span class="credit">Photo: Tamsin Hale</span></div></div>
<div class="container"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol>${links(wCrumbs, 'breadcrumb__item')}</ol></nav>
<article class="node node--type-nature-reserve node--view-mode-full"><div class="reserve-header"><h1 class="page-title"><span>${wTitle}</span></h1>
<p class="reserve-header__location">Near Aldbury, West Norfolk</p></div><div class="layout layout--two-col">
<div class="layout__region layout__region--first"><div class="field field--name-body text-formatted">
<h2>About the reserve</h2>
${ps(wAbout)}
<aside class="promo promo--inline"><p class="promo__title">Protect wild places like Thornmere</p>
<a class="promo__link" href="/donate">Donate today</a></aside>
<h2>When to visit</h2>
${ps(wWhen)}
<h2>Species</h2><ul class="species-list">${lis(wSpecies)}</ul></div></div>
<aside class="layout__region layout__region--second reserve-info"><div class="reserve-info__box"><h3 class="reserve-info__title">${wFacts[0]}</h3>
<dl>${wFacts
  .slice(1)
  .map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`))
  .join('\n')}</dl>
<a class="button reserve-info__directions" href="https://maps.example/?q=PE31+4QR">Get directions</a></div>
<div class="reserve-info__contact"><h3>Contact us</h3><p>Westmarsh Wildlife Trust</p><p>Tel: 01485 555 019</p></div></aside></div></article>
<section class="related-reserves"><h2 class="related-reserves__title">Nearby nature reserves</h2><ul class="card-list">${links(wRelated, 'card')}</ul></section>
<section class="newsletter"><h2>Get wild news in your inbox</h2><p>Sign up for our monthly email of walks, events and wildlife sightings.</p>
<form><input type="email" aria-label="Email address"><button type="submit">Sign up</button></form></section></div></main>
<footer class="footer"><ul class="menu menu--footer">${links(wFoot)}</ul>
<p class="footer__charity">Westmarsh Wildlife Trust is a registered charity, number 1098765.</p></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message">
<p>We use cookies to help give you the best experience on our website.</p></div><div class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button">Accept all</button><button type="button" class="decline-button">Reject optional cookies</button></div></div>
</body></html>`;
const trust: TestPage = {
  name: 'heldout399-wildlife-trust-reserve-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['About the reserve', 'When to visit', 'Species'],
  body: texts([...wAbout, ...wWhen, ...wSpecies]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Westmarsh Wildlife Trust', ...wNav, 'Donate', 'Join', 'Reed bed at dawn', 'Photo: Tamsin Hale', ...wCrumbs,
    'Near Aldbury, West Norfolk', 'Protect wild places like Thornmere', 'Donate today', ...wFacts, 'Get directions', 'Tel: 01485 555 019',
    'Nearby nature reserves', ...wRelated, 'Get wild news in your inbox', 'Sign up for our monthly email of walks, events and wildlife sightings.',
    'Sign up', ...wFoot, 'Westmarsh Wildlife Trust is a registered charity, number 1098765.',
    'We use cookies to help give you the best experience on our website.',
    'Accept all', 'Reject optional cookies',
  ],
};

export const HELDOUT399_A: readonly TestPage[] = [nps, trust];
