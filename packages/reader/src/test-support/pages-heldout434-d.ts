import { links, ps, type TestPage, texts } from './page-kit.js';
import { mindat } from './pages-heldout434-d2.js';
import { j, lis } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file d: a national park's geology page on the NPS template (USA banner, park header with the park name
 * and its info links, alert bar, park nav with its drop-downs, breadcrumbs, CommonSpot text and image components with
 * captions and credits, "Explore More" related cards, "Last updated" line, park footer with contact details and the
 * agency footer) and, from file d2, a mindat-style mineral locality page.
 */
const pTitle = 'Geologic Formations of Cinder Ridge';
const pIntro = [
  j(
    'The landscape of Cinder Ridge National Monument was built by fire and shaped by water. Over the last two million years,',
    'more than sixty small volcanoes erupted along a line of weakness in the crust, leaving the cinder cones, lava flows and',
    'collapsed lava tubes that visitors see today.',
  ),
];
const pCones = [
  j(
    'Cinder cones form when gas-rich magma sprays out of a vent in fountains. The lava breaks into fragments that cool in the',
    'air and fall around the vent as cinders, building a steep cone. Sunset Cone, the youngest in the monument, erupted about',
    '4,200 years ago and still has a crisp crater at its summit.',
  ),
  j(
    'The red colour on some cone flanks comes from iron in the cinders oxidising while they were still hot. Black cinders cooled',
    'quickly, before oxidation could happen.',
  ),
];
const pFlows = [j('Most eruptions ended with lava pouring from the base of the cone. Two kinds of lava flow can be seen from the Black Mesa', 'Trail:')];
const pFlowList = [
  'Pāhoehoe, with smooth, ropy surfaces formed by fluid, gas-poor lava',
  'ʻAʻā, with rough, clinkery surfaces formed when the lava cooled and thickened as it moved',
];
const pTubes = [
  j(
    'When the surface of a pāhoehoe flow crusts over, lava can keep flowing in a tunnel beneath it. After the eruption the tunnel',
    'may drain, leaving a lava tube. Cinder Ridge has more than forty known tubes; some have collapsed, forming the long trenches',
    'near the visitor center.',
  ),
  j(
    'Lava tubes are fragile environments. Only Juniper Tube is open to visitors, and a free permit is required to enter it.',
    'Bring two sources of light and wear a helmet.',
  ),
];
const pNav = ['Plan Your Visit', 'Learn About the Park', 'Get Involved', 'News', 'Photos & Multimedia'];
const pCrumbs = ['Cinder Ridge', 'Learn About the Park', 'Nature', 'Geologic Formations'];
const pMore = ['Lava Tube Safety', 'Volcanic Features Junior Ranger Book', 'Plants of the Lava Flows'];
const pFoot = ['Accessibility', 'Privacy Policy', 'FOIA', 'Notices', 'Disclaimer', 'USA.gov'];
const pHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8"><title>${pTitle} - Cinder Ridge National Monument (U.S. National Park
Service)</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="National Park Service">
<meta property="og:title" content="${pTitle} - Cinder Ridge National Monument (U.S. National Park Service)">
<link rel="stylesheet" href="/common/commonspot/templates/assets/css/main.css"><script>var NPS = NPS || {}; NPS.parkCode = 'cirn';</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${pTitle}","dateModified":"2025-11-03"}</script>
<script async src="https://dap.digitalgov.example/Universal-Federated-Analytics-Min.js?agency=DOI&subagency=NPS"></script></head>
<body id="cs_body" class="cs_bodyContainer ParkSite"><div class="usa-banner"><p>An official website of the United States government</p></div>
<a href="#cs_control_4211" class="skip-link">Skip to main content</a>
<header id="HeroBanner" class="ParkHeader"><div class="Hero-titleContainer"><a href="/cirn/index.htm" class="Hero-title">Cinder Ridge</a>
<span class="Hero-designation">National Monument</span><span class="Hero-location">Arizona-like Plateau</span></div>
<div class="HeaderLinks"><a href="/cirn/planyourvisit/basicinfo.htm">Info</a><a href="/cirn/planyourvisit/alerts.htm">Alerts</a>
<a href="/cirn/planyourvisit/maps.htm">Maps</a><a href="/cirn/planyourvisit/calendar.htm">Calendar</a><a href="/cirn/planyourvisit/fees.htm">Fees</a></div>
</header><div class="AlertBar"><p>Alerts In Effect</p><p class="AlertBar-text">Juniper Tube closed on weekdays in February for survey work.</p></div>
<nav id="ParkNav" class="ParkNav" aria-label="park"><ul class="ParkNav-list">${links(pNav, 'has-sub')}</ul></nav>
<div class="ColumnGrid row"><div class="ColumnMain col-sm-12"><nav class="Breadcrumbs" aria-label="breadcrumb"><ul>${links(pCrumbs)}</ul></nav>
<div id="cs_control_4211" class="cs_control CS_Element_Textblock"><div class="Component text-content-size text-content-style ArticleTextGroup clearfix">
<h1 class="page-title">${pTitle}</h1>
<figure class="-right"><img src="/cirn/learn/nature/images/sunset-cone.jpg" alt="Sunset Cone at dawn" width="400" height="300">
<figcaption class="figcaption">Sunset Cone, the youngest volcano in the monument.</figcaption><p class="credit">NPS Photo / R. Delacorte</p></figure>
${ps(pIntro)}
<h2>Cinder Cones</h2>
${ps(pCones)}
<h2>Lava Flows</h2>
${ps(pFlows)}
<ul>${lis(pFlowList)}</ul>
<h2>Lava Tubes</h2>
${ps(pTubes)}
</div></div>
<div class="cs_control CS_Element_Custom"><div class="Component ExploreMore"><h2 class="ExploreMore-title">Explore More</h2>
<ul class="ListingResults">${links(pMore, 'ListingResults-item')}</ul></div></div>
<div class="Component PageLastUpdated"><p>Last updated: November 3, 2025</p></div></div></div>
<footer class="ParkFooter"><div class="ParkFooter-contact"><h3>Contact Info</h3><p>Mailing Address: 6400 Monument Road, Cinder Ridge</p>
<p>Phone: 555 210-4477</p><a href="/cirn/contacts.htm">Contact Us</a></div>
<div class="ParkFooter-social"><p>Stay Connected</p></div></footer>
<footer class="NPSFooter"><p class="NPSFooter-agency">National Park Service U.S. Department of the Interior</p><ul>${links(pFoot)}</ul></footer>
</body></html>`;
const nps: TestPage = {
  name: 'heldout434-nps-park-geology-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Cinder Cones', 'Lava Flows', 'Lava Tubes'],
  body: texts([...pIntro, ...pCones, ...pFlows, ...pFlowList, ...pTubes]),
  bylines: ['Last updated: November 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'Skip to main content', 'Arizona-like Plateau', 'Info', 'Alerts',
    'Maps', 'Calendar', 'Fees', 'Alerts In Effect', 'Juniper Tube closed on weekdays in February for survey work.', ...pNav, 'Nature',
    'Sunset Cone, the youngest volcano in the monument.', 'NPS Photo / R. Delacorte', 'Explore More', ...pMore, 'Contact Info',
    'Mailing Address: 6400 Monument Road, Cinder Ridge', 'Phone: 555 210-4477', 'Contact Us', 'Stay Connected',
    'National Park Service U.S. Department of the Interior', ...pFoot,
  ],
};

export const HELDOUT434_D: readonly TestPage[] = [nps, mindat];
