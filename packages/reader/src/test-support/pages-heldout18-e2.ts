import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 18, file e2: a city news release on a CivicPlus site (alert center bar, Google Translate select, header
 * with search and the mega-menu, the News Flash module in #moduleContent with "Return to full list", its h1 heading and
 * "Posted on" date, the body in .fr-view with an agenda-item list, the "Tools" box (RSS, Print, Notify Me, share links), a
 * "Categories" list and "Other News in City Council" sidebar, the footer with address, hours and quick links, and
 * "Government Websites by CivicPlus®").
 */
const cpTitle = 'City Council to Consider Downtown Parking Meter Pilot at March 11 Meeting';
const cpBody = [
  'The Riverton City Council will consider a one-year pilot of smart parking meters on four blocks of Main Street and Second Avenue ' +
    'at its regular meeting on Tuesday, March 11, at 6:30 p.m. in the council chambers at City Hall.',
  'Under the proposal, the first hour of parking would remain free. Drivers would pay $1 for each additional hour through a pay ' +
    'station or a phone app, and the time limit would rise from two hours to four.',
  'Public Works Director Dana Whitfield said the pilot responds to complaints from downtown businesses that employees fill the ' +
    'most convenient spaces for the whole day. “We want customers to be able to find a space within a block of where they are going,” she said.',
  'Revenue from the pilot would go to a downtown improvement fund for sidewalk repairs and lighting. Staff estimate the meters ' +
    'would bring in between $60,000 and $85,000 in the first year.',
  'The agenda item also includes:',
];
const cpList = [
  'a residential permit program for the three streets nearest the downtown blocks',
  'a review of results by the Transportation Commission after six months',
  'a requirement that the council vote again before any permanent change',
];
const cpEnd = [
  'Residents may comment in person at the meeting or by email to the City Clerk before 3 p.m. on March 11. The full agenda packet is ' +
    'available on the city’s Agenda Center.',
];
const cpNav = ['Government', 'Departments', 'Community', 'Business', 'How Do I...'];
const cpCats = ['All Categories', 'City Council', 'Public Works', 'Parks & Recreation', 'Police Department'];
const cpOther = ['Council Adopts 2025-26 Budget Calendar', 'Applications Open for Planning Commission Seat', 'Spring Brush Pickup Starts April 7'];
const cpQuick = ['Agenda Center', 'Bids & RFPs', 'Job Openings', 'Pay a Bill', 'Report a Concern', 'Site Map', 'Accessibility', 'Copyright Notices'];
const cpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cpTitle} | Riverton, OR - Official Website</title>
<meta name="description" content="News Flash - Riverton, OR"><link rel="stylesheet" href="/Assets/Styles/Build.css?v=2025">
<script src="/Assets/Scripts/jquery-3.6.0.min.js"></script><script>var intCountryCode = 840; var strModuleName = 'News Flash';</script></head>
<body class="wide"><div id="divAlertCenter" class="alertCenter"><a href="/AlertCenter.aspx?AID=41">
<strong>Alert:</strong> Water main repair on Oak Street Thursday,
expect delays</a></div>
<div id="google_translate_element"><select class="goog-te-combo" aria-label="Language Translate Widget"><option value="">Select Language</option>
<option value="es">Spanish</option><option value="vi">Vietnamese</option></select></div>
<header id="bannerDiv"><a id="skipToContentLink" href="#contentarea">Skip to Main Content</a><a class="logo" href="/" title="Riverton, OR"></a>
<div class="siteSearch"><form><input type="text" placeholder="Search..." aria-label="Search"></form></div>
<nav id="mainNav"><ul class="megaMenu">${links(cpNav, 'topMenuItem')}</ul></nav></header>
<div id="contentarea" class="contentWrap"><div class="breadCrumbs"><ol><li><a href="/">Home</a></li><li><a href="/CivicAlerts.aspx">News Flash</a></li>
</ol></div>
<div id="moduleContent"><div class="moduleContentNew"><div class="return"><a href="/CivicAlerts.aspx?CID=3">Return to full list</a></div>
<div class="item intro"><h1 class="headline">${cpTitle}</h1><div class="date"><span class="posted">Posted on:</span> <span>February 27, 2025</span></div>
<div class="fr-view">
${ps(cpBody.slice(0, 4))}
<p><img alt="Map of the pilot blocks on Main Street and Second Avenue" src="/ImageRepository/Document?documentID=8812" width="480"></p>
${ps(cpBody.slice(4))}
<ul>${cpList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(cpEnd)}
</div></div></div>
<div class="moduleRight"><div class="widget tools"><h3>Tools</h3><ul>
<li><a class="rss" href="/rss.aspx#rssCivicAlerts">RSS</a></li><li><a class="notify" href="/list.aspx?ListID=12">Notify Me®</a></li>
<li><a class="print" href="javascript:window.print()">Print</a></li><li class="share"><span>Share &amp; Bookmark</span>
<a href="https://www.facebook.example/sharer">Facebook</a><a href="https://twitter.example/intent">X</a><a href="mailto:?subject=News">Email</a></li></ul>
<p class="pressEnter">Press Enter to show all options, press Tab go to next option</p></div>
<div class="widget categories"><h3>Categories</h3><ul>${links(cpCats)}</ul></div>
<div class="widget other"><h3>Other News in City Council</h3><ul>${links(cpOther)}</ul><a class="more" href="/CivicAlerts.aspx?CID=3">View All</a></div>
</div></div></div>
<footer id="footer"><div class="contactUs"><h3>Contact Us</h3><p>City of Riverton</p><p>200 W. Main Street</p><p>Riverton, OR 97499</p>
<p>Phone: 541-555-0140</p><p>Hours: Monday - Friday, 8 a.m. - 5 p.m.</p><a href="/directory.aspx">Staff Directory</a></div>
<div class="quickLinks"><h3>Quick Links</h3><ul>${links(cpQuick)}</ul><a class="viewAll" href="/QuickLinks.aspx">/QuickLinks.aspx</a></div>
<div class="siteFooter"><a href="https://www.civicplus.example/">Government Websites by <span>CivicPlus®</span></a><a href="/Admin">Login</a></div></footer>
<script src="/Assets/Scripts/Build.min.js?v=2025"></script></body></html>`;
export const civicplus: TestPage = {
  html: cpHtml,
  name: 'heldout18-civicplus-news-flash',
  kind: 'news',
  // the release's paragraphs (with the lead-in "The agenda item also includes:"), its three list items and the closing
  // paragraph are body; no section headings; "February 27, 2025" is the byline ("Posted on:" furniture); the alert bar,
  // translate widget, skip link, mega-menu, breadcrumb, "Return to full list", the Tools box (RSS, Notify Me, Print, share
  // links, keyboard hint), categories, "Other News in City Council", the contact footer (address, phone, hours), quick
  // links and the CivicPlus line are furniture; the map image has alt text only; "City Council" and "Agenda Center" and
  // "Public Works" and the share link "Email" are words of the title or body: left out; the "/QuickLinks.aspx" link text is a bare path: left out
  title: cpTitle,
  headings: [],
  body: [...texts(cpBody), ...cpList, ...texts(cpEnd)],
  bylines: ['February 27, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Alert: Water main repair on Oak Street Thursday, expect delays', 'Select Language', 'Spanish', 'Vietnamese', 'Skip to Main Content', ...cpNav,
    'Home', 'News Flash', 'Return to full list', 'Posted on:', 'Tools', 'RSS', 'Notify Me®', 'Print', 'Share & Bookmark', 'Facebook',
    'Press Enter to show all options, press Tab go to next option', 'Categories',
    ...cpCats.filter((t) => !['City Council', 'Public Works'].includes(t)), 'Other News in City Council', ...cpOther, 'View All', 'Contact Us',
    'City of Riverton', '200 W. Main Street', 'Riverton, OR 97499', 'Phone: 541-555-0140', 'Hours: Monday - Friday, 8 a.m. - 5 p.m.',
    'Staff Directory', 'Quick Links', ...cpQuick.filter((t) => t !== 'Agenda Center'), 'Government Websites by CivicPlus®', 'Login',
  ],
};
