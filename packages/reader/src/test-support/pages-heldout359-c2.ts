import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file c2: a county evacuation notice in a CivicPlus-style county site's CivicAlerts / Alert Center
 * module (the emergency banner, the Google Translate widget, the mega menu, breadcrumbs, the "Posted on" line, the alert
 * category list and the "Tools" box with RSS, Notify Me and share links, the quick links footer, and the "Government Websites
 * by CivicPlus" line). A page whose main text is short.
 */
const eTitle = 'Mandatory Evacuation Order: Lower Tarrow River Bottoms (Zones T-3 and T-4)';
const eBody = [
  j(
    'Effective immediately, the Pell County Sheriff and the county Office of Emergency Preparedness have issued a mandatory evacuation',
    'order for evacuation Zones T-3 and T-4, the Lower Tarrow River bottoms between the Route 9 bridge and the Orvale County line.',
  ),
  j(
    'The Tarrow River is forecast to crest near 23 feet late Thursday night. At that level, River Road and County Road 14 will be',
    'impassable and emergency crews may not be able to reach homes in these zones.',
  ),
  'Residents of Zones T-3 and T-4 should:',
];
const eList = [
  'Leave now, taking medicines, documents, pets and a change of clothes.',
  'Use Route 9 north; River Road south of Mill Park is closed.',
  'Go to the shelter at the Tarrow County Fairgrounds, Hall B, 1800 Fair Road, if you have nowhere else to stay.',
  'Call 555-010-4400 if you need transportation or help evacuating.',
];
const eBody2 = [
  j('Zones T-1 and T-2 remain under an evacuation warning (be ready to leave). To look up your zone, enter your address in the', 'county evacuation zone map.'),
  'This notice will be updated when the order is lifted. Do not return until officials announce that it is safe to do so.',
];
const eMenu = ['Government', 'Departments', 'Community', 'Business', 'How Do I...'];
const eCrumbs = ['Home', 'News Flash'];
const eCats = ['All Categories', 'Emergency Management', 'Sheriff’s Office', 'Road Closures', 'Board of Commissioners'];
const eTools = ['RSS', 'Notify Me®'];
const eQuick = ['Agendas & Minutes', 'Job Opportunities', 'Pay Taxes Online', 'Emergency Alerts Sign-Up'];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${eTitle} • CivicAlerts</title>
<meta name="description" content="Mandatory evacuation order for Zones T-3 and T-4.">
<meta property="og:title" content="${eTitle}"><meta property="og:site_name" content="Pell County, CL - Official Website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"GovernmentOrganization","name":"Pell County, CL"}</script>
<script>var intCountryCode=840;var cpAnalyticsSettings={"ModuleName":"CivicAlerts","ItemId":"1288"};</script>
<link rel="stylesheet" href="/Assets/Styles/Print.css" media="print"><link rel="stylesheet" href="/-1614238761.css"></head>
<body class="wide"><div id="divEmergencyAlerts" class="emergencyAlert"><div class="alertContainer"><h3 class="alertTitle">Alert Center</h3>
<a href="/AlertCenter.aspx?AID=Flood-Warning-Tarrow-River-112">Flood Warning: Tarrow River</a></div></div>
<a href="#ContentArea" class="skipToContentLink">Skip to Main Content</a>
<div id="outer-wrap"><div id="google_translate_element" class="translate"><span>Select Language</span></div>
<header id="bannerContainer"><div id="bannerLogo"><a href="/"><img src="/ImageRepository/Document?documentID=4" alt="Pell County, CL Home Page"></a></div>
<nav id="mainNav" class="siteNav" role="navigation"><ul id="mainNavMenu" class="rootNavMenu">${links(eMenu, 'topMenuItem')}</ul></nav>
<form id="searchForm" action="/Search"><label for="searchBox">Search</label><input id="searchBox" type="text"></form></header>
<div id="ContentArea" class="moduleContentNew"><div class="breadCrumbs"><ol>${links(eCrumbs)}</ol></div>
<div class="row outer"><div class="col col2"><div id="CivicAlerts" class="moduleContent"><h1 id="moduleTitle">News Flash</h1>
<div class="single"><div class="category"><h2 class="category">Emergency Management</h2></div>
<div class="date"><span>Posted on: May 6, 2026</span></div><h3 class="title"><span>${eTitle}</span></h3>
<div class="content"><div class="fr-view">
${ps(eBody)}
<ul>${eList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(eBody2)}
</div></div>
<div class="previousnext"><a class="prevLink" href="/CivicAlerts.aspx?AID=1287">Previous</a><a class="nextLink" href="/CivicAlerts.aspx">Next</a></div>
<div class="returnToList"><a href="/CivicAlerts.aspx">⇐Return to full list</a></div></div></div></div>
<div class="col col1 sidebar"><div class="widgetCategories"><h3 class="widgetTitle">Categories</h3><ul>${links(eCats)}</ul></div>
<div class="widgetTools"><h3 class="widgetTitle">Tools</h3><ul>${links(eTools)}</ul></div></div></div></div>
<footer id="footer"><div class="quickLinks"><h3>Quick Links</h3><ul>${links(eQuick)}</ul></div>
<div class="contactUs"><p>Pell County Courthouse</p><p>100 Main Street, Tarrow, CL 60417</p><p>Phone: 555-010-4000</p></div>
<div id="poweredByCivicPlus"><a href="https://www.civicplus.example.com/">Government Websites by CivicPlus®</a></div></footer></div>
<script src="/Assets/Scripts/jQuery/jquery-3.6.0.min.js"></script><script>$(function(){$('#mainNavMenu').on('mouseenter','li',function(){});});</script>
</body></html>`;
export const evac: TestPage = {
  name: 'heldout359-civicplus-evacuation-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([...eBody, ...eList, ...eBody2]),
  bylines: ['Posted on: May 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Alert Center', 'Flood Warning: Tarrow River', 'Skip to Main Content', 'Select Language', ...eMenu, 'Search', ...eCrumbs, 'Previous', 'Next',
    '⇐Return to full list', 'Categories', ...eCats, 'Tools', ...eTools, 'Quick Links', ...eQuick, 'Pell County Courthouse',
    '100 Main Street, Tarrow, CL 60417',
    'Phone: 555-010-4000', 'Government Websites by CivicPlus®',
  ],
};
