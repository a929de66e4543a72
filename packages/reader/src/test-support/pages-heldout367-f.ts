import { links, ps, type TestPage, texts } from './page-kit.js';
import { squarespace } from './pages-heldout367-f2.js';
import { j, lis } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file f: a county parks department's trail closure notice in a CivicPlus "News Flash" module
 * (Google Translate widget, alert center bar, mega menu, breadcrumb, the "Posted on" line, a short notice with a list of
 * detours, the share links, previous / next and "Return to full list", the "Other News in Parks & Recreation" rail,
 * Notify Me sign-up, quick links, the contact block and the CivicPlus footer) and, from file f2, a gear-list post on
 * Squarespace. The notice's main text is short.
 */
const cTitle = 'Pellham Falls Trail closed for bridge replacement from March 16';
const cBody = [
  j(
    'The Pellham Falls Trail between the Lower Meadow trailhead and the falls overlook will be closed from Monday, March 16, to',
    'approximately May 22 while crews replace the footbridge over Pellham Creek. The existing bridge, built in 1987, failed an',
    'inspection in January and has been closed to horses since then.',
  ),
  j(
    'The closure includes the section of the Ridgeline Connector that shares the bridge approach. Heavy equipment will be moving',
    'along the trail on weekdays, and the work area will be fenced. For your safety, please do not enter the closed section,',
    'including on weekends.',
  ),
  'The following routes remain open during the work:',
];
const cDetours = [
  'Upper Pellham Loop from the Hatchet Road trailhead, which reaches the falls from above.',
  'Lower Meadow Loop, a 1.2-mile accessible path around the meadow and pond.',
  'The Ridgeline Connector north of the Cedar Bench junction.',
];
const cEnd = [
  j(
    'The new bridge will be wider and will meet accessibility standards, linking the Lower Meadow Loop to the overlook for the first',
    'time. Questions can be sent to the Parks & Recreation Department at 555-0143 during business hours.',
  ),
];
const cMenu = ['Government', 'Departments', 'Community', 'Business', 'How Do I...'];
const cCrumbs = ['Home', 'News Flash'];
const cOther = ['Spring registration opens for youth programs', 'Dog park at Brennan Field reopens', 'Volunteer trail day on April 11'];
const cQuick = ['Park Reservations', 'Trail Maps', 'Job Opportunities', 'Agendas & Minutes'];
const cFoot = ['Contact Us', 'Accessibility', 'Copyright Notices', 'Site Map', 'Privacy Policy'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pellham Falls Trail closed for bridge replacement from March 16 | Harlan County, NY - Official Website</title>
<meta property="og:title" content="${cTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Harlan County">
<meta name="description" content="The Pellham Falls Trail between the Lower Meadow trailhead and the falls overlook will be closed from Monday, March 16.">
<link rel="stylesheet" href="/Assets/Styles/Print.css" media="print"><link rel="stylesheet" href="/Areas/Layout/Assets/Styles/Layout.css?v=26.1">
<script src="/Assets/Scripts/jQuery/jquery-3.7.1.min.js"></script><script>var moduleID=1;var isNewsFlashPage=true;</script></head>
<body class="wide"><div id="skipToContentLinks"><a href="#cc5f8c90dc-b4e5" class="skipToContentLink">Skip to Main Content</a></div>
<div id="google_translate_element" class="translate">Select Language</div>
<div id="divAlertCenter" class="alertCenterBar"><a href="/AlertCenter.aspx">Alert Center: 1 alert in effect</a></div>
<div id="bodyWrapper"><div id="bannerDiv"><header><div class="siteLogo"><a href="/"><img src="/ImageRepository/Document?documentID=101"
alt="Harlan County home page"></a></div><nav id="mainNav" class="megaMenu" aria-label="Main"><ul id="mainNavMenu">${links(cMenu, 'topMenuItem')}</ul></nav>
<div class="siteSearch"><input type="text" title="Search Harlan County" placeholder="Search"></div></header></div>
<div id="outer-wrap"><main id="cc5f8c90dc-b4e5" class="moduleContentNew"><div class="breadCrumbs"><ol>${links(cCrumbs)}</ol></div>
<div id="divNewsFlash" class="newsFlash"><div class="intro"><div class="category">Parks &amp; Recreation</div></div><div class="single"><div
class="intro"><h1 id="versionHeadLine" class="headline">${cTitle}</h1><div class="date">Post Date: <span>03/04/2026 2:15 PM</span></div></div>
<div class="fr-view">${ps(cBody)}<ul>${lis(cDetours)}</ul>${ps(cEnd)}</div>
<div class="shareButtons"><span>Share</span><a class="facebook" href="#">Facebook</a><a class="twitter" href="#">Twitter</a><a class="email"
href="#">Email</a></div></div>
<div class="navigation"><ul class="items"><li><a class="prev" href="/CivicAlerts.aspx?AID=611">Previous</a></li><li><a class="next"
href="/CivicAlerts.aspx?AID=613">Next</a></li><li><a class="return" href="/CivicAlerts.aspx">Return to full list</a></li></ul></div></div>
<aside class="relatedNews"><h2>Other News in Parks &amp; Recreation</h2><ul>${links(cOther)}</ul><a href="/CivicAlerts.aspx?CID=4">View All</a></aside>
<div class="notifyMe"><a href="/list.aspx"><span>Notify Me®</span></a><p>Sign up to receive news and alerts by email or text.</p></div></main></div>
<footer id="siteFooter"><div class="quickLinks"><h2>Quick Links</h2><ul>${links(cQuick)}</ul></div><div class="contactUs"><h2>Contact Us</h2>
<p>Harlan County Parks &amp; Recreation</p><p>40 Courthouse Square, Harlan, NY 12855</p><p>Phone: 555-0143</p></div>
<ul class="footerLinks">${links(cFoot)}</ul><p class="poweredBy">Government Websites by <a href="https://www.civicplus.example">CivicPlus®</a></p>
</footer></div>
<div id="cookieBanner" class="cpCookieBanner"><p>This site uses cookies to improve your experience.</p><button type="button">I Agree</button></div>
<script src="/Assets/Scripts/Modules/NewsFlash.js?v=26.1"></script></body></html>`;
const civic: TestPage = {
  name: 'heldout367-civicplus-trail-closure',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([...cBody, ...cDetours, ...cEnd]),
  bylines: ['03/04/2026 2:15 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Select Language', 'Alert Center: 1 alert in effect', ...cMenu, ...cCrumbs, 'Post Date:', 'Share', 'Facebook',
    'Twitter', 'Email', 'Previous', 'Next', 'Return to full list', 'Other News in Parks & Recreation', ...cOther, 'View All', 'Notify Me®',
    'Sign up to receive news and alerts by email or text.', 'Quick Links', ...cQuick, 'Contact Us', 'Harlan County Parks & Recreation',
    '40 Courthouse Square, Harlan, NY 12855', 'Phone: 555-0143', ...cFoot, 'Government Websites by CivicPlus®',
    'This site uses cookies to improve your experience.', 'I Agree',
  ],
};

export const HELDOUT367_F: readonly TestPage[] = [civic, squarespace];
