import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout292-kit.js';

/**
 * Held-out batch 292, file c: a Rick Steves-style guidebook page (destination sub-navigation, "adapted from" note, tour promo box,
 * "Related" links, newsletter, footer) and a national park's visitor page on the park service's template (alert bar, local nav,
 * hero credit, a short main text with an hours table, "Contact the park" sidebar, footer).
 */
const rTitle = 'Vellinge Old Town Walk';
const rIntro = paras(`
This self-guided walk takes about ninety minutes at a relaxed pace, longer if you pop into the churches. It starts at the
Town Gate and ends at the harbour, where you can reward yourself with a waffle and watch the ferries come and go.

Vellinge was a trading town for six centuries before the railway passed it by, and its streets still follow the lines the
merchants drew. Keep your eyes up: many of the best details are above the shop fronts.`);
const rGate = paras(`
The brick gate is the only survivor of five that once pierced the town wall. Look for the faded coat of arms above the arch,
a herring crossed with a key, which tells you everything about where Vellinge's money came from. The tollhouse next door is
now the tourist information office; pick up a free map here.`);
const rSquare = paras(`
Walk straight down Storgata to the main square. The gabled building with the clock is the Old Weigh House, where every barrel
of salt fish was once weighed and taxed. Today it holds a small, well-presented town museum (100 kr, daily 10:00-17:00,
closed Mon off-season).

On Saturday mornings the square fills with a farmers market. It is a good place to assemble a picnic: smoked fish, rye
bread and the local cloudberry jam.`);
const rChurch = paras(`
Duck into the whitewashed Church of St. Agnete, built in the 1300s and remodelled after a fire in 1722. Inside, the ship
models hanging from the ceiling were gifts from sailors who survived storms at sea. Find the painted pulpit, carved by a
farmer who reportedly took eleven winters to finish it.`);
const rHarbour = paras(`
From the church, follow Smedgata downhill to the water. The red warehouses along the quay have been converted into cafés and
craft shops. Finish at the end of the breakwater, where a bench faces west: on a clear evening it is the best sunset seat in
town.`);
const rNav = ['Tours', 'Travel Guides', 'Watch, Read, Listen', 'Travel Store', 'Community'];
const rCrumbs = ['Travel Guides', 'Scandinavia', 'Norway'];
const rSub = ['Vellinge Overview', 'Sights', 'Eating', 'Sleeping', 'Getting Around'];
const rRelated = ['Tromsland Fjord Cruise', 'Eating Well in Coastal Norway', 'Scandinavia Rail Tips'];
const rFoot = ['About Us', 'Careers', 'Contact Us', 'Privacy Policy', 'Terms of Use'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vellinge Old Town Walk by Ansel Marsh</title>
<meta name="description" content="A self-guided walk through Vellinge's old town, from the Town Gate to the harbour.">
<meta property="og:site_name" content="Ansel Marsh's Europe"><link rel="canonical" href="https://www.anselmarsh.example/europe/norway/vellinge/old-town-walk">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"Vellinge Old Town Walk",
"author":{"@type":"Person","name":"Ansel Marsh"},"publisher":{"@type":"Organization","name":"Ansel Marsh's Europe"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"travel-guide","region":"scandinavia"});</script></head>
<body class="travel-guide"><div id="skip"><a href="#content">Skip to content</a></div>
<header class="site-header"><div class="header-inner"><a class="logo" href="/">Ansel Marsh's Europe</a><nav class="main-nav" aria-label="Main">
<ul>${links(rNav, 'main-nav-item')}</ul></nav><div class="header-util"><a href="/account">My Account</a><a href="/cart">Cart</a></div></div></header>
<div class="breadcrumbs"><ul>${links(rCrumbs)}</ul></div>
<div class="container guide-page"><div class="row"><div class="col-md-3 sidebar-left"><div class="destination-nav"><h3>Vellinge</h3>
<ul>${links(rSub, 'destination-nav-item')}</ul></div></div><div class="col-md-9" id="content"><div class="main-content">
<h1 class="guide-title">${rTitle}</h1><div class="article-author">By Ansel Marsh and Kaia Lund</div>
<div class="guide-content">${ps(rIntro)}<h2>Town Gate</h2>${ps(rGate)}
<div class="image-with-caption"><img src="/images/vellinge-weigh-house.jpg" alt="Weigh House"><p class="caption">The Old Weigh House still keeps
time for the square.</p><p class="credit">Photo: Kaia Lund</p></div>
<h2>Main Square and the Weigh House</h2>${ps(rSquare)}<h2>Church of St. Agnete</h2>${ps(rChurch)}<h2>Down to the Harbour</h2>${ps(rHarbour)}
<p class="adapted"><em>This article is adapted from the current edition of Ansel Marsh Norway. Check our website for updates.</em></p></div>
<div class="tour-promo"><div class="tour-promo-label">Travel with Ansel Marsh</div><h4>Best of Norway in 12 Days</h4><p>Small groups, great
guides, no grumpy surprises.</p><a class="btn" href="/tours/norway">See Tour Details</a></div>
<div class="related-articles"><h3>Related</h3><ul>${links(rRelated)}</ul></div></div></div></div></div>
<div class="newsletter-signup"><h3>Get our Travel News</h3><p>Subscribe to our monthly e-newsletter for tips, tour news and travel stories.</p>
<form><input type="email" placeholder="Email address"><button>Sign Up</button></form></div>
<footer class="site-footer"><ul class="footer-links">${links(rFoot)}</ul><p>© 2026 Ansel Marsh's Europe. All rights reserved.</p></footer>
</body></html>`;
const guidebook: TestPage = {
  name: 'heldout292-guidebook-publisher-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: ['Town Gate', 'Main Square and the Weigh House', 'Church of St. Agnete', 'Down to the Harbour'],
  body: texts([...rIntro, ...rGate, ...rSquare, ...rChurch, ...rHarbour]),
  bylines: ['By Ansel Marsh and Kaia Lund'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', "Ansel Marsh's Europe", ...rNav, 'My Account', 'Cart', ...rCrumbs, ...rSub, 'The Old Weigh House still keeps time for the square.',
    'Photo: Kaia Lund', 'This article is adapted from the current edition of Ansel Marsh Norway. Check our website for updates.', 'Travel with Ansel Marsh',
    'Best of Norway in 12 Days', 'Small groups, great guides, no grumpy surprises.', 'See Tour Details', 'Related', ...rRelated, 'Get our Travel News',
    'Subscribe to our monthly e-newsletter for tips, tour news and travel stories.', 'Sign Up', ...rFoot, "© 2026 Ansel Marsh's Europe. All rights reserved.",
  ],
};

const nTitle = 'Hiking the Fumarole Rim Trail';
const nIntro = paras(`
The Fumarole Rim Trail circles the edge of the park's largest steam field, passing boiling mud pots, sulphur vents and a
viewpoint over the Ashfall Flats. The loop is 3.4 miles (5.5 km) with about 600 feet of climbing and takes most hikers two to
three hours.

Ground near the vents is thin and can collapse without warning. Stay on the boardwalk and marked trail at all times; the
water in the pools is hot enough to cause severe burns.`);
const nKnow = [
  'There is no water on the trail. Carry at least two litres per person.',
  'Pets are not permitted beyond the trailhead parking area.',
  'Sulphur fumes can be strong on still days. People with heart or breathing conditions should take care.',
  'The upper loop closes when snow covers the boardwalk, usually from November to April.',
];
const nHours = [
  ['Trailhead parking', '6 am to 9 pm'],
  ['Rim Visitor Contact Station', '9 am to 5 pm, May to September'],
  ['Upper loop boardwalk', 'Sunrise to sunset'],
];
const nPermit = paras(`
No permit is needed for day hiking. Ranger-led walks leave the trailhead at 10 am daily from late June to Labor Day; they are
free and no reservation is required.

Groups of more than twelve people need a special use permit, which can take up to three weeks to process. Commercial guides
must hold a current commercial use authorization and carry it on the trail.`);
const nTop = ['Cinder Basin', 'National Park', 'Idaho'];
const nMenu = ['Plan Your Visit', 'Learn About the Park', 'Get Involved'];
const nLocal = ['Basic Information', 'Things To Do', 'Trails', 'Camping', 'Calendar', 'Maps', 'Alerts and Conditions'];
const nFoot = ['Accessibility', 'Privacy Policy', 'FOIA', 'Notices', 'Disclaimer', 'No Fear Act', 'USA.gov'];
const nHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8"><title>Hiking the Fumarole Rim Trail - Cinder Basin National
Park (U.S. National Lands Service)</title><meta name="description" content="Plan a hike on the Fumarole Rim Trail.">
<meta property="og:site_name" content="National Lands Service"><meta name="twitter:site" content="@natlands">
<link rel="stylesheet" href="/common/commonspot/templates/css/bundle.min.css"><script>var nls_park_code = "ciba";</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Hiking the Fumarole Rim Trail",
"publisher":{"@type":"GovernmentOrganization","name":"National Lands Service"}}</script></head>
<body id="cs_idCell2Template"><a href="#cs_control_1201" class="hidden-link">Skip to main content</a>
<div class="AlertsBanner AlertsBanner--has-alerts" id="alertbanner"><div class="AlertsBanner-inner"><span class="AlertsBanner-title">Alerts In Effect</span>
<p class="AlertsBanner-text">Dismiss</p><a href="/cinderbasin/planyourvisit/conditions.htm">View all alerts</a></div></div>
<div id="GlobalNav"><div class="GlobalNav-inner"><a class="GlobalNav-logo" href="/">National Lands Service</a><a href="/search"
class="GlobalNav-search">Search</a><a href="/findapark" class="GlobalNav-parks">Find a Park</a></div></div>
<div class="ParkHeader"><div class="Hero-titleContainer"><a href="/cinderbasin/index.htm" class="Hero-title">${nTop[0]}</a>
<span class="Hero-designation">${nTop[1]}</span><span class="Hero-location">${nTop[2]}</span></div>
<ul class="ParkHeader-nav">${links(nMenu)}</ul></div>
<div id="HeroBanner" class="HeroBanner"><picture><img src="/common/uploads/banner/fumarole.jpg" alt="Steam rising from vents at sunrise"></picture>
<div class="HeroBanner-credit"><span>NLS Photo / D. Oyelaran</span></div></div>
<div class="container"><div class="row ColumnGrid"><div id="LocalNav" class="col-sm-3 ColumnLeft"><ul class="LocalNav">${links(nLocal)}</ul></div>
<div id="main" class="ColumnMain col-sm-9" role="main"><div id="cs_control_1201" class="cs_control CS_Element_Custom">
<div class="Component text-content-size text-content-style ArticleTextGroup clearfix"><h1 class="page-title">${nTitle}</h1>
${ps(nIntro)}<h2>Know Before You Go</h2><ul>${lis(nKnow)}</ul><h2>Hours</h2>
<table class="table"><thead><tr><th>Facility</th><th>Open</th></tr></thead><tbody>
${nHours.map((r) => `<tr>\n<td>${r[0]}</td>\n<td>${r[1]}</td>\n</tr>`).join('\n')}</tbody></table>
<h2>Permits and Ranger Walks</h2>${ps(nPermit)}</div></div>
<div class="cs_control CS_Element_Custom"><div class="Component LastUpdated"><p>Last updated: March 2, 2026</p></div></div></div></div>
<div class="row"><div class="col-sm-12 ParkFooter"><h3 class="ParkFooter-title">Contact the Park</h3><div class="ParkFooter-contact">
<p class="adr">Mailing Address: PO Box 118, Arco, ID 83213</p><p class="tel">Phone: 208 555-0147</p></div>
<div class="SocialLinks"><a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">YouTube</a></div></div></div></div>
<footer id="GlobalFooter"><div class="GlobalFooter-inner"><p class="GlobalFooter-agency">National Lands Service, U.S. Department of Public Lands</p>
<ul>${links(nFoot)}</ul></div></footer><script src="/common/commonspot/templates/js/bundle.min.js"></script></body></html>`;
const parkPage: TestPage = {
  name: 'heldout292-national-park-service-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: ['Know Before You Go', 'Hours', 'Permits and Ranger Walks'],
  body: texts([...nIntro, ...nKnow, ...nHours.flat(), ...nPermit]),
  bylines: ['Last updated: March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Alerts In Effect', 'Dismiss', 'View all alerts', 'National Lands Service', 'Search', 'Find a Park', ...nTop, ...nMenu,
    'NLS Photo / D. Oyelaran', ...nLocal, 'Contact the Park', 'Mailing Address: PO Box 118, Arco, ID 83213', 'Phone: 208 555-0147', 'Facebook',
    'Instagram', 'YouTube', 'National Lands Service, U.S. Department of Public Lands', ...nFoot,
  ],
};

export const HELDOUT292_C: readonly TestPage[] = [guidebook, parkPage];
