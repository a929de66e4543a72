import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 415, file e2: a city's outdoor pool schedule page on CivicPlus CivicEngage (skip link, Alert Center bar,
 * Google Translate widget, the site search, the mega menu, breadcrumbs, the page toolbar with Print, Share and Notify Me, the
 * fr-view content area with a schedule table, a "Quick Links" widget, a "Contact Us" widget, the footer columns and the
 * "Government Websites by CivicPlus" line).
 */
const cTitle = 'Outdoor Pool Schedule';
const cIntro = [
  `Harlow Springs operates two outdoor pools, the Westgate Family Aquatic Center and the smaller Birch Park Pool. Both open for the
season on Saturday, May 29 and close after Labor Day. Hours below apply from June 14, when local schools are out; before that date
the pools open on weekends only.`,
  `Schedules can change at short notice because of weather, staffing or water quality. Pools close for at least 30 minutes after thunder
is heard, and lifeguards will clear the water if lightning is seen within ten miles.`,
];
const cRows: readonly (readonly [string, string, string])[] = [
  ['Lap swim', 'Mon–Fri 6:00–8:00 a.m.', 'Mon, Wed, Fri 6:30–8:00 a.m.'],
  ['Swim lessons (pools closed to the public)', 'Mon–Thu 9:00 a.m.–12:00 p.m.', 'Tue, Thu 9:00–11:00 a.m.'],
  ['Open swim', 'Daily 12:00–6:00 p.m.', 'Daily 12:00–5:30 p.m.'],
  ['Family night', 'Fri 6:00–8:30 p.m.', 'None'],
  ['Adult swim (18+)', 'Daily 5:00–5:15 p.m.', 'Daily 4:30–4:45 p.m.'],
];
const cFees = [
  'Daily admission: $5 for ages 3 to 17 and seniors, $7 for adults; children under 3 are free with a paying adult.',
  'Season pass: $60 per person, or $180 for a household of up to five residents.',
  'Punch card: 10 visits for $45, valid at both pools.',
];
const cRules = [
  `Children under 8 must be accompanied in the water by a responsible person aged 14 or older. Swim diapers are required for children who
are not toilet trained. Only Coast Guard approved life jackets may be used; inflatable arm bands and rings are not permitted.`,
  `Coolers and glass containers are not allowed on the pool deck. The Westgate concession stand is open during open swim hours.`,
];
const cAccess = [
  `Westgate has a zero-depth entry, a pool lift and an accessible family changing room; Birch Park has a pool lift and ramped access to the
deck. Both pools are on the Route 4 bus line, and bike racks are by each entrance. Parking at Westgate is free but fills quickly on hot
afternoons, so please consider using the overflow lot at the Westgate ball fields.`,
];
const cNav = ['Government', 'Departments', 'Community', 'Business', 'How Do I...'];
const cQuick = ['Pool Passes', 'Swim Lessons Registration', 'Park Shelter Rentals', 'Aquatics Job Openings'];
const cFoot = ['Contact Us', 'Accessibility', 'Copyright Notices', 'Privacy Policy', 'Site Map'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outdoor Pool Schedule | Harlow Springs, IA - Official Website</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Outdoor Pool Schedule | Harlow Springs, IA">
<link rel="stylesheet" href="/Assets/Styles/Print.css" media="print"><link rel="stylesheet" href="/-1644522341.css">
<script src="/Assets/Scripts/jQuery/jquery-2.2.4.min.js"></script><script>var intCountryCode = 840; var userID = -1; var pageID = 1441;</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-HS1441"></script></head>
<body class="wide"><a id="skipToContentLink" class="skipToContentLink" href="#contentarea" target="_self">Skip to Main Content</a>
<div id="divAlertCenterHolder"><div class="alertCenterBar" role="alert"><span class="alertTitle">Alert:</span> <a href="/AlertCenter.aspx?AID=64">Westgate
slide closed for repairs until further notice</a></div></div>
<div id="outer-wrap"><div id="bannerDiv"><div id="google_translate_element"><span class="goog-te-gadget">Select Language</span></div>
<form id="searchForm" class="search" action="/Search"><label for="searchBox" class="hidden">Search</label><input id="searchBox" type="text"
placeholder="Search..."><button type="submit" class="widgetSearchButton">Search</button></form>
<a id="logo" href="/"><img src="/ImageRepository/Document?documentID=1" alt="Harlow Springs, Iowa - homepage"></a></div>
<nav id="mainNav" class="siteNav megaMenu" aria-label="Main"><ul class="rootNavigation">${links(cNav, 'topMenuItem')}</ul></nav>
<div id="contentarea"><div class="breadCrumbs"><ol><li><a href="/">Home</a></li><li><a href="/149/Departments">Departments</a></li>
<li><a href="/158/Parks-Recreation">Parks &amp; Recreation</a></li><li><a href="/170/Aquatics">Aquatics</a></li><li>Outdoor Pool Schedule</li></ol></div>
<div class="row outer"><div class="col col2of3"><div id="pageToolbar" class="pageToolbar"><ul><li><a href="javascript:window.print()" class="print">Print</a>
</li><li><a href="#" class="share" aria-haspopup="true">Share</a></li><li><a href="/list.aspx" class="notifyMe">Notify Me®</a></li></ul></div>
<div id="page" class="moduleContentNew"><h1 id="versionHeadLine" class="headline">${cTitle}</h1>
<div class="fr-view">
${ps(cIntro)}
<h2>Summer 2027 hours</h2>
<table class="fr-table-selection-hover" summary="Summer pool hours"><thead><tr><th>Activity</th><th>Westgate Family Aquatic Center</th>
<th>Birch Park Pool</th></tr></thead><tbody>
${cRows.map(([a, b, c]) => `<tr><td>${a}</td><td>${b}</td><td>${c}</td></tr>`).join('\n')}
</tbody></table>
<h2>Admission and passes</h2>
<ul>
${cFees.map((f) => `<li>${f}</li>`).join('\n')}
</ul>
<h2>Pool rules</h2>
${ps(cRules)}
<h2>Getting there and accessibility</h2>
${ps(cAccess)}
</div></div></div>
<div class="col col1of3 sidebar"><div class="widget widgetQuickLinks"><h3 class="widgetTitle">Quick Links</h3><ol class="widgetList">
${links(cQuick, 'widgetItem')}</ol><a class="viewAll" href="/QuickLinks.aspx?CID=22">View All Links</a></div>
<div class="widget widgetContactInfo"><h3 class="widgetTitle">Contact Us</h3><div class="widgetBody"><p class="name">Aquatics Office</p>
<p class="address">401 W. Prairie Street, Harlow Springs, IA 50412</p><p class="phone">Phone: 555-014-7730</p><p class="hours">Hours: Monday–Friday,
8 a.m.–4:30 p.m.</p></div></div></div></div></div>
<footer id="footer"><div class="footerColumns"><div class="footerCol"><h3>City Hall</h3><p>100 Main Street, Harlow Springs, IA 50412</p></div>
<div class="footerCol"><ul>${links(cFoot)}</ul></div></div>
<div class="poweredBy"><a href="https://www.civicplus.example/civicengage">Government Websites by <span>CivicPlus®</span></a></div></footer></div>
<script src="/Assets/Scripts/Widgets/WidgetCore.js"></script></body></html>`;
export const civicPlus: TestPage = {
  name: 'heldout415-civicplus-pool-schedule',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Summer 2027 hours', 'Admission and passes', 'Pool rules', 'Getting there and accessibility'],
  body: texts([...cIntro, ...cRows.flat(), ...cFees, ...cRules, ...cAccess]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Alert:', 'Westgate slide closed for repairs until further notice', 'Select Language', 'Search', ...cNav,
    'Home', 'Parks & Recreation', 'Aquatics', 'Print', 'Share', 'Notify Me®', 'Quick Links', ...cQuick, 'View All Links', 'Aquatics Office',
    '401 W. Prairie Street, Harlow Springs, IA 50412', 'Phone: 555-014-7730', 'Hours: Monday–Friday, 8 a.m.–4:30 p.m.', 'City Hall',
    '100 Main Street, Harlow Springs, IA 50412', ...cFoot, 'Government Websites by CivicPlus®',
  ],
};
