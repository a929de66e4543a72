import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 8, file b (news): a city's "News Flash" item on a CivicPlus-style municipal site, and a
 * local newspaper obituary on a legacy-listing template with its guest book.
 */
const sidewalks = [
  'The City Council on Monday approved a ten-year plan to fill the gaps in Millbrook’s sidewalk network, beginning with ' +
    'the routes children walk to the city’s four elementary schools.',
  'Staff counted 31 miles of streets inside city limits with no sidewalk on either side. The plan ranks each missing ' +
    'segment by how close it is to a school, park, bus stop or senior housing, and by the number of crashes involving ' +
    'people on foot reported there since 2015.',
  'The first phase, scheduled for construction in summer 2025, covers 2.4 miles along Orchard Avenue, Tenney Street and ' +
    'the east side of Route 9 between Hillcrest Elementary and the library.',
  'Unlike the city’s old policy, the plan does not bill adjoining property owners for new sidewalk. Construction will be ' +
    'paid from the street maintenance levy and from state Safe Routes grants the city expects to apply for each spring.',
  'Residents who live along a first-phase street will receive a letter in April with the proposed alignment and an ' +
    'invitation to a walk-through with the engineering staff. Trees, mailboxes and driveway aprons affected by the work ' +
    'will be replaced at no cost.',
  'Council also asked staff to report back within a year on winter maintenance, since the city currently clears only ' +
    'sidewalks next to city property and relies on owners elsewhere.',
  'The full plan, with a map of every ranked segment, is available at City Hall and on the Engineering Department page.',
];
const councilHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council Adopts Sidewalk Gap Plan | Millbrook, OH - Official Website</title>
<meta name="description" content="The City Council on Monday approved a ten-year plan to fill the gaps in Millbrook’s sidewalk network">
<link rel="stylesheet" href="/Assets/Styles/Print.css" media="print">
<script src="/Assets/Scripts/jQuery/jquery-3.7.1.min.js"></script>
<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-0000000-1']);</script>
</head><body class="wide newsFlash">
<a id="skipToContentLink" href="#cpsys_ModuleContent" class="skipToContentLink">Skip to Main Content</a>
<div id="divGoogleTranslate" class="translate"><span class="goog-te-menu-value">Select Language</span></div>
<div class="siteWrap"><header id="bannerDiv"><a href="/" id="logo"><img src="/ImageRepository/Document?documentID=1" alt="Millbrook Ohio"></a>
<div id="searchWrap"><label for="searchField">Search</label><input id="searchField" type="text"></div>
<nav id="mainNav"><ul class="megaMenu">
${links(['Government', 'Departments', 'Community', 'How Do I...'], 'topMenuItem')}
</ul></nav></header>
<div id="cpsys_ModuleContent" class="moduleContentNew">
<ol class="breadCrumbs"><li><a href="/">Home</a></li><li><a href="/CivicAlerts.aspx">News Flash</a></li></ol>
<div class="civicAlerts"><h2 class="moduleTitle">News Flash</h2>
<div class="pageTools"><span class="toolsLabel">Tools</span><ul>
<li><a href="/RSS.aspx">RSS</a></li><li><a href="/list.aspx">Notify Me®</a></li><li><a href="#" onclick="window.print()">Print</a></li>
</ul></div>
<div class="alertCategory">City News</div>
<div class="single detail"><h3 class="headline">Council Adopts Sidewalk Gap Plan</h3>
<div class="date">Posted on: March 3, 2025</div>
<div class="intro">
${ps(sidewalks)}
</div>
<div class="detailActions"><a href="/CivicAlerts.aspx?CID=2" class="prev">Previous Item</a> <a href="/CivicAlerts.aspx?CID=2" class="next">Next Item</a></div>
<a class="return" href="/CivicAlerts.aspx">Return to full list &gt;&gt;</a>
</div>
<aside class="otherNews"><h4>Other News in City News</h4><ul>
${links(['Spring Leaf Collection Begins April 7', 'Lane Closures on Tenney Street Bridge', 'Apply Now for the Citizens Academy'])}
</ul><a href="/CivicAlerts.aspx?CID=2" class="viewAll">View All</a></aside>
</div></div>
<footer id="footer"><div class="contactUs"><h4>Contact Us</h4><p>City of Millbrook</p><p>100 Public Square</p><p>Phone: 555-213-4400</p></div>
<ul class="quickLinks">${links(['Site Map', 'Accessibility', 'Copyright Notices'])}</ul>
<p class="poweredBy">Government Websites by <a href="https://www.civicplus.example">CivicPlus®</a></p></footer></div>
</body></html>`;
const council: TestPage = {
  html: councilHtml,
  name: 'heldout8-civicplus-news-flash',
  kind: 'news',
  // hard calls: the item's h3 headline is the title (the h2 "News Flash" is the module name, furniture);
  // "Posted on" is the dateline; the city's address block in the footer is furniture
  title: 'Council Adopts Sidewalk Gap Plan',
  headings: [],
  body: texts(sidewalks),
  bylines: ['Posted on: March 3, 2025'],
  furniture: [
    'Skip to Main Content',
    'Select Language',
    'Departments',
    'Community',
    'How Do I...',
    'News Flash',
    'Tools',
    'RSS',
    'Notify Me®',
    'City News',
    'Previous Item',
    'Next Item',
    'Return to full list >>',
    'Other News in City News',
    'Spring Leaf Collection Begins April 7',
    'Lane Closures on Tenney Street Bridge',
    'Apply Now for the Citizens Academy',
    'View All',
    'Contact Us',
    '100 Public Square',
    'Phone: 555-213-4400',
    'Site Map',
    'Accessibility',
    'Copyright Notices',
    'Government Websites by CivicPlus®',
  ],
};

const life = [
  'Eleanor “Nell” Brasher Quint, 87, of Harlan Falls, died peacefully on Friday, February 28, 2025, at the Riverside ' +
    'Care Center, with her daughters beside her.',
  'Nell was born on June 2, 1937, in Corbett, the fourth of six children of Walter and Ada Brasher. She grew up on the ' +
    'family’s dairy farm, where she learned to drive a tractor before she could ride a bicycle, and graduated from ' +
    'Corbett High School in 1955.',
  'She married Raymond Quint in 1958 at St. Luke’s Lutheran Church, and the couple settled in Harlan Falls, where Ray ' +
    'ran the hardware store on Main Street for 34 years. Nell kept the books, knew where every size of washer was kept, ' +
    'and was known to send customers home with a jar of her bread-and-butter pickles.',
  'After the children were grown she went back to school, earning a library science certificate at 49, and spent ' +
    'eighteen years at the Harlan Falls Public Library, where she started the Saturday story hour that still runs today.',
  'Nell loved card games, especially euchre, and she was a fierce and cheerful opponent well into her eighties. She ' +
    'quilted with the St. Luke’s circle for over forty years and made a quilt for every grandchild’s high school graduation.',
  'She is survived by her daughters, Karen (Doug) Melby of Corbett and Ruth Quint of Madison; her son, Thomas (Lisa) ' +
    'Quint of Harlan Falls; seven grandchildren; four great-grandchildren; and her sister, Dorothy Vang.',
  'She was preceded in death by her husband, Ray, in 2009, her parents, and her brothers Harold, Eugene and Carl.',
  'A funeral service will be held at 11 a.m. Saturday, March 8, at St. Luke’s Lutheran Church, with visitation from ' +
    '9:30 a.m. until the time of the service. Burial will follow at Harlan Falls Cemetery.',
  'In lieu of flowers, the family suggests memorials to the Harlan Falls Public Library’s children’s program.',
];
const obitHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Eleanor Quint Obituary (1937 - 2025) - Harlan Falls, WI - Harlan Falls Herald</title>
<meta property="og:title" content="Eleanor Quint Obituary (1937 - 2025) - Harlan Falls, WI">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Eleanor Quint Obituary",
"publisher":{"@type":"Organization","name":"Harlan Falls Herald"},"datePublished":"2025-03-04"}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
</head><body class="obituary-page">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We and our partners use cookies to improve your experience and to show you relevant advertising.</p></div>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<header class="site-header"><a class="logo" href="https://www.harlanfallsherald.example/">Harlan Falls Herald</a>
<nav class="site-nav"><ul>${links(['Obituaries', 'Search Obituaries', 'Place an Obituary', 'Funeral Homes'])}</ul></nav></header>
<main class="obit-main"><div class="obit-hero"><img class="obit-photo" src="/photos/quint-eleanor.jpg" alt="Eleanor Quint Obituary">
<h1 class="obit-name" data-component="ObituaryName">Eleanor “Nell” Brasher Quint</h1>
<p class="obit-dates">June 2, 1937 - February 28, 2025</p><p class="obit-place">Harlan Falls, WI</p></div>
<div class="obit-actions"><a class="btn" href="#guestbook">Sign Guest Book</a><a class="btn" href="/flowers">Send Flowers</a>
<a class="btn btn-share" href="#">Share Obituary</a></div>
<section class="obit-text" data-component="ObituaryText">
${ps(life)}
</section>
<p class="obit-published">Published by Harlan Falls Herald on Mar. 4, 2025.</p>
<p class="obit-funeral-home">Arrangements by Lindqvist-Moe Funeral Home</p>
<div class="ad-container"><span class="ad-label">Advertisement</span><div id="gpt-obit-mid"></div></div>
<section id="guestbook" class="guestbook"><h2 class="guestbook-title">Guest Book</h2>
<p class="guestbook-cta">Not sure what to say?</p><a href="#" class="guestbook-sign">Sign the Guest Book</a>
<div class="gb-entry"><p class="gb-text">Mrs. Quint read to my class every Saturday. I still remember the voices she did for the wolves.</p>
<p class="gb-sign">Jenna Kowalczyk</p><p class="gb-date">March 5, 2025</p></div>
<div class="gb-entry"><p class="gb-text">Our family is so sorry for your loss. Nell was a wonderful neighbor for many years.</p>
<p class="gb-sign">The Halvorsen Family</p><p class="gb-date">March 4, 2025</p></div>
<a class="gb-more" href="#">Load More Entries</a></section>
<aside class="obit-rail"><h3>Other Obituaries in Harlan Falls</h3><ul>
${links(['Dennis R. Abernathy', 'Lorraine M. Petska'])}
</ul></aside>
</main>
<footer class="site-footer"><p>© 2025 Harlan Falls Herald. All Rights Reserved.</p><ul>${links(['Privacy Policy', 'Terms of Use'])}</ul></footer>
</body></html>`;
const obit: TestPage = {
  html: obitHtml,
  name: 'heldout8-obituary-guestbook',
  kind: 'news',
  // hard calls: the name heading is the title; the life-dates line and place under it are furniture (they repeat
  // the notice); service details and "in lieu of flowers" are body; guest book entries are reader comments, so
  // furniture, as are the "Published by" line (a byline) and the funeral-home credit
  title: 'Eleanor “Nell” Brasher Quint',
  headings: [],
  body: texts(life),
  bylines: ['Published by Harlan Falls Herald on Mar. 4, 2025.'],
  furniture: [
    'We and our partners use cookies to improve your experience and to show you relevant advertising.',
    'I Accept',
    'Cookie Settings',
    'Search Obituaries',
    'Place an Obituary',
    'Funeral Homes',
    'June 2, 1937 - February 28, 2025',
    'Harlan Falls, WI',
    'Sign Guest Book',
    'Send Flowers',
    'Share Obituary',
    'Arrangements by Lindqvist-Moe Funeral Home',
    'Advertisement',
    'Guest Book',
    'Not sure what to say?',
    'Sign the Guest Book',
    'Mrs. Quint read to my class every Saturday. I still remember the voices she did for the wolves.',
    'Jenna Kowalczyk',
    'Our family is so sorry for your loss. Nell was a wonderful neighbor for many years.',
    'The Halvorsen Family',
    'Load More Entries',
    'Other Obituaries in Harlan Falls',
    'Dennis R. Abernathy',
    'Lorraine M. Petska',
    '© 2025 Harlan Falls Herald. All Rights Reserved.',
  ],
};

export const HELDOUT8_B: readonly TestPage[] = [council, obit];
