import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout462-kit.js';

/**
 * Held-out batch 462, file c: a rezoning notice in a city's News Flash on CivicPlus CivicEngage, and a planning scheme amendment
 * public hearing page on Granicus OpenCities.
 */
const cTitle = 'Notice of Proposed Rezoning: 600 Block of W. Harmon Street';
const cParas = [
  j(
    'The City of Ellery Falls has received an application to rezone three parcels in the 600 block of W. Harmon Street from',
    'C-2 General Commercial to MU-1 Neighborhood Mixed Use. The change would allow ground-floor shops with up to three floors',
    'of apartments above, replacing the former Harmon Street tire center and two vacant lots.',
  ),
  j(
    'Property owners within 300 feet of the site have been mailed a notice, and a sign has been posted on the property. The',
    'Planning Commission will review the request at its regular meeting on <strong>Tuesday, December 1, 2026, at 6:30 p.m.</strong>',
    'in Council Chambers, City Hall, 120 S. Main Street.',
  ),
  'Residents may comment on the request in any of the following ways:',
  'Speak in person during the public hearing portion of the meeting',
  'Email comments to planning@elleryfallsmi.gov by noon on November 30',
  'Mail or drop off written comments at the Community Development counter on the second floor of City Hall',
  j(
    'The application, site plan and staff report are available on the <a href="/1204/Current-Development-Projects">Current',
    "Development Projects</a> page. The Commission's recommendation will go to City Council for a final decision in January.",
  ),
];
const cNav = ['Government', 'Departments', 'Community', 'Business', 'How Do I...'];
const cCats = ['All Categories', 'City News', 'Planning & Development', 'Parks & Recreation', 'Public Safety'];
const cQuick = ['Agendas & Minutes', 'Bid Postings', 'Job Opportunities', 'Notify Me®', 'Pay a Bill'];
const cSite = ['Home', 'Site Map', 'Accessibility', 'Copyright Notices', 'Contact Us'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News Flash • Ellery Falls, MI • CivicEngage</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/Assets/Styles/Print.css" media="print">
<link rel="stylesheet" href="/-1635172980.css"><script src="/Assets/Scripts/jquery-3.5.1.min.js"></script>
<script>var intCountryCode = 840;var isCPAdmin = false;</script></head>
<body class="wide"><a id="skipToContentLink" class="skipToContentLink" href="#moduleContent">Skip to Main Content</a>
<div id="divToolbars"><div class="cpToolbar"><a href="/MyAccount">Create a Website Account - Manage notification subscriptions, save form progress and more.</a>
<a class="login" href="/MyAccount">Website Sign In</a></div></div>
<div id="bannerDiv"><div class="siteWrap"><a href="/" id="logo"><img src="/ImageRepository/Document?documentID=1" alt="Home Page"></a>
<form class="search" action="/Search"><label for="searchField" class="hidden">Search</label><input type="text" id="searchField" placeholder="Search..."></form>
<nav id="mainNav"><ul class="nav rootNav">${links(cNav, 'topMenuItem')}</ul></nav></div></div>
<div id="outer-sitewrapper"><div id="structuralContainer"><div class="breadCrumbs"><a href="/">Home</a> › <a href="/CivicAlerts.aspx">News Flash</a></div>
<div class="moduleContentNew"><div id="moduleContent"><div class="grid"><div class="col col2of3">
<div class="newsFlashDetail"><div class="categoryTitle"><h2>Planning &amp; Development</h2></div>
<div class="single"><h3 class="title">${cTitle}</h3><div class="date"><span>Posted on: November 12, 2026</span></div>
<div class="fr-view">${ps(cParas.slice(0, 3))}<ul>${lis(cParas.slice(3, 6))}</ul>${ps(cParas.slice(6))}</div>
<div class="share"><span>Facebook</span> <span>Twitter</span> <span>Email</span></div>
<div class="pager"><a href="#">Previous</a> <a href="#">Next</a> <a href="/CivicAlerts.aspx?CID=4">Return to Category</a></div></div></div></div>
<div class="col col1of3"><div class="segment"><h3>News Flash Categories</h3><ul class="categories">${links(cCats)}</ul></div>
<div class="segment"><h3>Tools</h3><ul>${links(['RSS', 'Notify Me®'])}</ul></div></div></div></div></div></div></div>
<footer id="footer"><div class="siteWrap"><div class="contact"><h4>Contact Us</h4><p>City of Ellery Falls</p><p>120 S. Main Street</p>
<p>Ellery Falls, MI 49021</p><p>Phone: 269-555-0140</p></div><div class="quickLinks"><h4>Quick Links</h4><ul>${links(cQuick)}</ul></div>
<div class="siteLinks"><h4>Site Links</h4><ul>${links(cSite)}</ul></div></div>
<p class="poweredBy"><a href="https://connect.civicplus.com/referral">Government Websites by CivicPlus®</a></p></footer>
<script src="/Assets/Scripts/CivicAlerts.js"></script></body></html>`;
const civicplus: TestPage = {
  name: 'heldout462-civicplus-rezoning-notice',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts(cParas),
  bylines: ['Posted on: November 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Create a Website Account - Manage notification subscriptions, save form progress and more.', 'Website Sign In',
    ...cNav.filter((n) => n !== 'Community'), 'Home', 'News Flash', 'Planning & Development', 'Facebook', 'Twitter', 'Previous', 'Next', 'Return to Category',
    'News Flash Categories', ...cCats.filter((c) => c !== 'Planning & Development'), 'Tools', 'RSS', 'Notify Me®', 'Contact Us',
    'Ellery Falls, MI 49021', 'Phone: 269-555-0140', 'Quick Links',
    ...cQuick.filter((c) => c !== 'Notify Me®'), 'Site Links', 'Site Map', 'Accessibility', 'Copyright Notices', 'Government Websites by CivicPlus®',
  ],
};

const oTitle = 'Public hearing: Planning Scheme Amendment C214 (Quarry Hill Precinct)';
const oIntro = j(
  'An independent Planning Panel will hold a public hearing into Amendment C214 to the Bellbrae Planning Scheme. The amendment',
  'proposes to rezone about 38 hectares of former quarry land at Quarry Hill from Special Use Zone to General Residential Zone',
  'and to apply a Development Plan Overlay.',
);
const oDetails = [
  '<strong>Dates:</strong> Monday 8 February to Friday 12 February 2027',
  '<strong>Time:</strong> 10am to 4pm each day',
  '<strong>Venue:</strong> Bellbrae Civic Centre, Council Chamber, 18 Lyall Street, Bellbrae',
  "<strong>Online:</strong> The hearing will also be streamed live on Council's website",
];
const oH = ['Hearing details', 'Who can speak at the hearing', 'What happens after the hearing'];
const oSpeak = [
  j(
    'Only people who made a submission on the amendment during the exhibition period can ask to be heard. The Panel has written',
    'to all submitters with a request-to-be-heard form, which must be returned by 15 January 2027.',
  ),
  'Submitters can present in person, by video link, or ask someone to speak on their behalf. Each submitter is usually given 15 minutes.',
];
const oAfter = j(
  'The Panel will prepare a report with its recommendations, usually within 20 business days of the last hearing day. Council',
  'must consider the report before it decides whether to adopt the amendment, with or without changes, or abandon it.',
);
const oNav = ['Services', 'Building and planning', 'Community', 'Environment', 'Council', 'Have your say'];
const oCrumbs = ['Home', 'Building and planning', 'Strategic planning', 'Planning scheme amendments'];
const oRel = ['Amendment C214 exhibition documents', 'Quarry Hill Precinct Structure Plan', 'Planning Panels Victoria guide for submitters'];
const oFoot = ['Contact us', 'Accessibility', 'Privacy', 'Terms of use', 'Sitemap'];
const oHtml = `<!DOCTYPE html><html lang="en-AU" class="no-js"><head><meta charset="utf-8"><title>${oTitle} - Bellbrae Shire Council</title>
<meta name="description" content="An independent Planning Panel will hold a public hearing into Amendment C214.">
<link rel="stylesheet" href="/files/design/css/oc-main.css"><script>var OC = OC || {}; OC.siteRoot = "/";</script></head>
<body class="oc-layout-content"><a class="skip-to-content" href="#main-content">Skip to main content</a>
<div id="cookie-consent" class="cookie-consent"><p>We use cookies to improve your experience on our website.</p><button class="btn">Accept</button>
<a href="/privacy">Privacy statement</a></div>
<header id="header" class="oc-header"><a href="/" class="logo"><img src="/files/design/logo.svg" alt="Bellbrae Shire Council"></a>
<div class="header-search"><label for="oc-search" class="hidden">Search</label><input id="oc-search" type="search" placeholder="What are you looking for?">
</div>
<nav id="main-nav" class="main-nav"><ul class="nav-list">${links(oNav, 'nav-item')}</ul></nav></header>
<div class="breadcrumb-container"><ul class="breadcrumb-list">${links(oCrumbs, 'breadcrumb-item')}</ul></div>
<div id="main-content" class="main-content-container"><div class="main-content"><h1 class="oc-page-title">${oTitle}</h1>
<div class="page-summary"><p>${oIntro}</p></div>
<div class="content-block"><h2>${oH[0]}</h2><div class="content-details-list"><ul>${lis(oDetails, 'list-item-container')}</ul></div>
<h2>${oH[1]}</h2>${ps(oSpeak)}<h2>${oH[2]}</h2>${ps([oAfter])}</div>
<div class="page-meta"><span class="page-updated">Page last updated: 20 November 2026</span></div>
<div class="feedback-form"><h3>Was this page helpful?</h3><button>Yes</button><button>No</button></div></div>
<aside class="side-nav"><h2 class="side-nav-title">Related information</h2><ul>${links(oRel)}</ul>
<div class="contact-box"><h2>Contact</h2><p>Strategic Planning team</p><p>Phone: 03 5555 2800</p></div></aside></div>
<footer id="footer" class="oc-footer"><ul class="footer-links">${links(oFoot)}</ul>
<p>Bellbrae Shire Council acknowledges the Traditional Owners of the land on which we live and work.</p><p>© 2026 Bellbrae Shire Council</p></footer>
<script src="/files/design/js/oc-main.js"></script></body></html>`;
const opencities: TestPage = {
  name: 'heldout462-opencities-public-hearing',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([oIntro, ...oDetails, ...oSpeak, oAfter]),
  bylines: ['Page last updated: 20 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to improve your experience on our website.', 'Accept', 'Privacy statement', ...oNav.filter((n) => n !== 'Council'),
    ...oCrumbs.filter((c) => c !== 'Building and planning'), 'Was this page helpful?', 'Yes', 'No', 'Related information', ...oRel, 'Contact',
    'Strategic Planning team', 'Phone: 03 5555 2800', ...oFoot,
    'Bellbrae Shire Council acknowledges the Traditional Owners of the land on which we live and work.', '© 2026 Bellbrae Shire Council',
  ],
};

export const HELDOUT462_C: readonly TestPage[] = [civicplus, opencities];
