import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout277-kit.js';

/**
 * Held-out batch 277, file e2: a city council news item in a CivicPlus CivicEngage News Flash module (emergency alert
 * bar, "Skip to Main Content", mega menu, search, breadcrumb, the module header, "Posted on:" line, a photo with caption,
 * "Previous Item" / "Next Item" links, the Tools and Categories sidebar, Quick Links and Contact Us widgets, and the
 * "Government Websites by CivicPlus®" footer).
 */
const kTitle = 'Council approves Ferry Street bridge repairs, sets summer closure dates';
const kBody = [
  j(
    'The Larkport City Council voted 6-1 on Monday night to approve a $4.3 million contract to repair the Ferry Street bridge, the',
    'main crossing between downtown and the Northshore neighborhood. Work will begin in June and the bridge will be closed to',
    'vehicles for about 11 weeks.',
  ),
  j(
    'The contract was awarded to Calder Marine Construction, the lowest of four bidders. Crews will replace the bridge deck, repair',
    'corroded steel beams under the roadway and install new railings that meet current safety standards.',
  ),
  j(
    'A city inspection last fall found that several beams had lost more than a fifth of their original thickness. The bridge has',
    'carried a 10-ton weight limit since November, which has forced school buses and delivery trucks to take a longer route.',
  ),
];
const kClosure = [
  j(
    'The bridge will close to cars and trucks on June 15 and is expected to reopen by September 1, before the first day of school.',
    'One sidewalk will stay open for people walking and biking for most of the project, except for two weekends when crews lift',
    'the new deck sections into place.',
  ),
  j(
    'Drivers will be detoured to the Harbor Avenue bridge. The city will add a temporary traffic signal at Harbor Avenue and 3rd',
    'Street and extend the green light on Marsh Road during the morning and evening rush hours.',
  ),
];
const kQuote = [
  j(
    '“Nobody likes a summer detour, but this bridge is more than 60 years old and it has earned some attention,” said Mayor',
    'Rosalind Ebbing. “Doing the work while school is out keeps the disruption as short as we can make it.”',
  ),
  j(
    'Councilmember Jon Perrault, who voted against the contract, said he supported the repairs but wanted the city to study a',
    'full replacement of the bridge before spending on a project that would last about 25 years.',
  ),
];
const kFund = [
  j(
    'The repairs will be paid for with $2.8 million from a state bridge safety grant and $1.5 million from the city’s street',
    'maintenance fund. People can sign up for construction updates by text or email through Notify Me on the city website.',
  ),
];
const kMenu = ['Government', 'Departments', 'Residents', 'Business', 'Visitors', 'How Do I...'];
const kCats = ['All Categories', 'City News', 'Public Works', 'Parks & Recreation', 'Police Department'];
const kQuick = ['Agendas & Minutes', 'Pay Utility Bill', 'Job Opportunities', 'Report a Concern'];
const kFoot = ['Accessibility', 'Copyright Notices', 'Privacy Policy', 'Site Map'];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News Flash • Larkport, WA • CivicEngage</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${kTitle}">
<meta property="og:site_name" content="Larkport, WA - Official Website"><meta property="og:type" content="article">
<script>var intCountryCode = 840; var isResponsiveView = true; var frontEndStructure = 'CivicAlerts';</script>
<script src="/Assets/Scripts/jQuery/jquery-3.7.1.min.js"></script><link rel="stylesheet" href="/Assets/Styles/Print.css" media="print">
<link rel="stylesheet" href="/-1/Layout/FrontEnd/Theme.css"></head>
<body class="wide" id="CivicAlerts"><div id="skipToContentLinks"><a href="#cc" class="skipToContentLink">Skip to Main Content</a></div>
<div id="divAlertBar" class="alertBar" role="region" aria-label="Emergency Alerts"><div class="alertItem"><a href="/AlertCenter.aspx?AID=88">Boil water notice
lifted for Northshore</a></div></div>
<div id="divHeader" class="siteHeader"><a id="ctl00_lnkLogo" href="/" class="logo">
<img src="/ImageRepository/Document?documentID=1" alt="Larkport, WA - Home"></a>
<div class="widget search"><label for="searchBox" class="hidden">Search</label><input id="searchBox" type="text" placeholder="Search..."></div>
<nav id="mainNav" class="megaMenu" aria-label="Main"><ul id="mainNavMenu" class="mainNavMenu">${links(kMenu, 'topMenuItem')}</ul></nav></div>
<div id="divContent" class="contentWrap"><div class="breadCrumbs"><ol class="breadCrumbs">${links(['Home', 'News Flash'], 'breadCrumb')}</ol></div>
<div id="moduleContent"><h2 id="versionHeadLine" class="moduleHeader">News Flash</h2>
<div class="moduleContentNew"><div class="single item" id="CivicAlertsItemDetail"><h1 class="subhead1 itemTitle">${kTitle}</h1>
<div class="date"><span>Posted on: March 3, 2026</span></div>
<div id="cc" class="fr-view contentBody">
<figure class="image" style="float:right"><img src="/ImageRepository/Document?documentID=8841" alt="Ferry Street bridge">
<figcaption>The Ferry Street bridge seen from Marsh Road. Photo by City of Larkport</figcaption></figure>
${ps(kBody)}
<p><strong>Summer closure</strong></p>
${ps(kClosure)}
${ps(kQuote)}
<p><strong>How the project is funded</strong></p>
${ps(kFund)}
</div>
<div class="navigation"><a href="/CivicAlerts.aspx?AID=1811" class="prev">Previous Item</a> <a href="/CivicAlerts.aspx?AID=1813" class="next">Next Item</a>
<a href="/CivicAlerts.aspx" class="return">Return to News Flash</a></div></div></div></div>
<div id="sideBar" class="sideBar"><div class="widget tools"><h3>Tools</h3><ul>${links(['RSS', 'Notify Me®'])}</ul></div>
<div class="widget categories"><h3>Categories</h3><ul>${links(kCats)}</ul></div></div></div>
<div id="divFooter" class="siteFooter"><div class="widget quickLinks"><h3>Quick Links</h3><ul>${links(kQuick)}</ul></div>
<div class="widget contactUs"><h3>Contact Us</h3><p>City of Larkport</p><p>210 Harbor Avenue</p><p>Larkport, WA 98999</p><p>Phone: 360-555-0120</p></div>
<ul class="footerLinks">${links(kFoot)}</ul>
<p class="poweredBy"><a href="https://www.civicplus.com/civicengage">Government Websites by CivicPlus®</a></p></div>
<script src="/Assets/Scripts/FrontEnd/CivicAlerts.js"></script></body></html>`;
export const civic: TestPage = {
  name: 'heldout277-civicplus-newsflash-news',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: ['Summer closure', 'How the project is funded'],
  body: texts([...kBody, ...kClosure, ...kQuote, ...kFund]),
  bylines: ['Posted on: March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Boil water notice lifted for Northshore', 'Search', ...kMenu, 'Home', 'News Flash',
    'The Ferry Street bridge seen from Marsh Road. Photo by City of Larkport', 'Previous Item', 'Next Item', 'Return to News Flash', 'Tools', 'RSS',
    'Notify Me®', 'Categories', ...kCats, 'Quick Links', ...kQuick, 'Contact Us', 'City of Larkport', '210 Harbor Avenue', 'Larkport, WA 98999',
    'Phone: 360-555-0120', ...kFoot, 'Government Websites by CivicPlus®',
  ],
};
