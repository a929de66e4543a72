import { links, ps, type TestPage, texts } from './page-kit.js';
import { fireReport } from './pages-heldout251-b2.js';
import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file b: a police department press release in a CivicPlus CivicEngage News Flash (site header with
 * Google Translate, mega menu, breadcrumbs, "Posted on" line, the print / email / share tools, "Return to full list",
 * "Other News in Police Department", the Tools widget, the "Government Websites by CivicPlus" footer) and, from file
 * b2, a county fire-rescue incident report on a Drupal site.
 */
const pTitle = 'Police Arrest Suspect in String of Catalytic Converter Thefts';
const pBody = [
  j(
    'BRANNOCK FALLS, OS – Detectives with the Brannock Falls Police Department arrested a 34-year-old man on Tuesday in connection with at',
    'least fourteen catalytic converter thefts reported across the city since November.',
  ),
  j(
    'Officers stopped a pickup truck near the intersection of Quarry Road and Ellery Street at about 2:15 a.m. after a resident called to',
    'report the sound of a power saw in a neighbor’s driveway. Inside the truck, officers found a battery-powered reciprocating saw, a floor',
    'jack and three catalytic converters that had been cut from vehicles minutes earlier.',
  ),
  j(
    'The driver, Corwin Allard of Lisle Township, was booked into the Calder County Jail on charges of theft, possession of burglary tools and',
    'criminal damage to property. Additional charges are expected as detectives match recovered parts to earlier reports.',
  ),
  j(
    '“This arrest is the result of a neighbor who trusted their instincts and picked up the phone,” said Chief Leona Marsh. “We ask everyone',
    'to keep doing exactly that. A call that turns out to be nothing is never a wasted call.”',
  ),
  'The department offers these tips to help prevent catalytic converter theft:',
  'Park in a garage or a well-lit area close to a building entrance when you can.',
  'Ask your mechanic about a shield or cage for the converter, or have your vehicle identification number etched on it.',
  'Set your car alarm to trigger on vibration if it has that option.',
  'Report suspicious activity right away by calling 911 or the non-emergency line at 555-018-4400.',
  j(
    'Anyone who believes their vehicle was targeted and has not yet filed a report is asked to contact Detective Sgt. Paolo Reyes at',
    '555-018-4471. An arrest is an accusation and not a finding of guilt; all suspects are presumed innocent until proven guilty in court.',
  ),
];
const pUtil = ['Residents', 'Businesses', 'Government', 'Departments', 'How Do I...'];
const pCrumbs = ['Home', 'News Flash'];
const pOther = ['Winter Parking Ban Lifted Citywide', 'Police Department Hosts Coffee With a Cop on March 14', 'Two Officers Graduate From State Academy'];
const pTools = ['RSS', 'Notify Me®', 'Agendas & Minutes', 'Alert Center', 'Calendar', 'Jobs'];
const pQuick = ['Pay a Ticket', 'Request a Report', 'File a Non-Emergency Report', 'Police Records Request'];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${pTitle} | Brannock Falls, OS - Official Website</title>
<meta name="description" content="Detectives arrested a 34-year-old man in connection with at least fourteen catalytic converter thefts.">
<meta property="og:title" content="${pTitle}"><meta property="og:site_name" content="Brannock Falls, OS - Official Website">
<link rel="stylesheet" href="/-1059309286/Layout.css"><link rel="stylesheet" href="/Assets/Styles/Print.css" media="print">
<script src="/Assets/Scripts/jQuery/jquery-3.7.1.min.js"></script><script src="/Assets/Scripts/GoogleTranslate.js"></script>
<script>var intCountryCode = 840; var moduleID = 75; var isResponsiveEnabled = true;</script></head>
<body class="wide"><div id="skipToContentLinks"><a href="#cc5f8c90dc-b4f4-4d41-a8a8-50c7e8b9d0ae" class="skipToContentLink">Skip to Main Content</a></div>
<div id="divToolbars" class="toolbars"><div id="google_translate_element"><span class="translateText">Language</span></div></div>
<div id="bodyWrapper"><div id="banner1" class="siteHeader"><div class="cpGrid"><a href="/" id="logo1"><img src="/ImageRepository/Document?documentID=2"
alt="Brannock Falls, OS - Official Website"></a>
<div class="siteSearch"><form id="searchForm"><label for="searchBox1">Search</label><input type="text" id="searchBox1" title="Search"></form></div></div>
<nav id="mainNav"><ul id="mainNavMenu" class="nav rootNav">${links(pUtil, 'topMenuItem')}</ul></nav></div>
<div id="contentarea" class="contentWrap"><div id="cc5f8c90dc-b4f4-4d41-a8a8-50c7e8b9d0ae" class="cpGrid"><div class="breadCrumbs">
<ol>${links(pCrumbs)}</ol></div><div id="moduleContent"><div class="moduleContentNew"><h1 id="versionHeadLine" class="headline">${pTitle}</h1>
<div class="noPrint"><div class="pageStyles"><ul class="detailTools"><li><a href="#" id="print" class="print">Print</a></li>
<li><a href="#" id="sendEmail" class="email">Email</a></li><li class="share"><a href="#">Share</a><ul class="shareList"><li><a href="#">Facebook</a></li>
<li><a href="#">Twitter</a></li><li><a href="#">LinkedIn</a></li></ul></li></ul></div></div>
<div class="intro"><strong>Post Date:</strong> <span>03/03/2026 10:12 AM</span></div>
<div class="news fr-view">
${ps(pBody.slice(0, 4))}
<p>${pBody[4]}</p><ul>${pBody
  .slice(5, 9)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<p>${pBody[9]}</p>
<p><img src="/ImageRepository/Document?documentID=8841" alt="Brannock Falls Police Department badge" width="120"></p></div>
<div class="newsFlashFooter"><a class="more" href="/CivicAlerts.aspx">⇐Return to full list</a></div></div>
<div class="moduleSidebar"><div class="otherNews"><h3>Other News in Police Department</h3><ul>${links(pOther)}</ul></div>
<div class="quickLinks"><h3>Police Quick Links</h3><ul>${links(pQuick)}</ul><a href="/QuickLinks.aspx?CID=12">View All Links</a></div>
<div class="tools"><h3>Tools</h3><ul>${links(pTools)}</ul></div></div></div></div></div>
<footer id="footer" class="siteFooter"><div class="footerContact"><h4>Contact Us</h4><p>Brannock Falls City Hall</p><p>12 Market Square</p>
<p>Brannock Falls, OS 60832</p><p>Phone: 555-018-4000</p></div>
<div class="footerLinks"><ul><li><a href="/Directory.aspx">Staff Directory</a></li><li><a href="/Accessibility">Accessibility</a></li>
<li><a href="/Sitemap">Site Map</a></li><li><a href="/Admin">Login</a></li></ul></div>
<div id="poweredBy"><a href="https://www.civicplus.com/">Government Websites by <span>CivicPlus®</span></a></div></footer></div>
<script>$(function(){ CivicPlus.Newsflash.init({ articleID: 2204 }); });</script></body></html>`;
const civicPlus: TestPage = {
  name: 'heldout251-civicplus-police-news-flash',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['03/03/2026 10:12 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Language', 'Search', ...pUtil, ...pCrumbs, 'Print', 'Email', 'Share', 'Facebook', 'Twitter', 'LinkedIn', 'Post Date:',
    '⇐Return to full list', 'Other News in Police Department', ...pOther, 'Police Quick Links', ...pQuick, 'View All Links', 'Tools', ...pTools,
    'Contact Us', 'Brannock Falls City Hall', '12 Market Square', 'Brannock Falls, OS 60832', 'Phone: 555-018-4000', 'Staff Directory', 'Accessibility',
    'Site Map', 'Login', 'Government Websites by CivicPlus®',
  ],
};

export const HELDOUT251_B: readonly TestPage[] = [civicPlus, fireReport];
