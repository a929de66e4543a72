import { links, ps, type TestPage, texts } from './page-kit.js';
import { bizWire } from './pages-heldout291-a2.js';
import { lis } from './pages-heldout291-kit.js';

/**
 * Held-out batch 291, file a: a PR Newswire release (top bar with News / Products / Contact menus, OneTrust banner, "News
 * provided by" meta, share bar, the release body with its location / date dateline, a bulleted list, the About section,
 * the contact block, "SOURCE" line, "More news from" and "Also from this source" rails and the footer) and, from file a2,
 * a Business Wire release.
 */
const pTitle = 'Lumenfield Robotics Opens Its First Orchard-Harvesting Plant in the Pacific Northwest';
const pSub = 'The 14,000-square-metre facility in Halden Bay will build 600 picking units a year and create 210 local jobs by 2027';
const pLead = `Lumenfield Robotics, Inc., a maker of autonomous fruit-picking machines, today opened its first manufacturing plant
in Halden Bay, a former cannery site on the Cawley River. The plant will assemble the company's Orchard-series pickers, which until
now were built under contract in three separate workshops, and will house a test orchard of 400 apple and pear trees.`;
const pBody = [
  `The company said the move will cut the lead time for a new picking unit from nine months to about ten weeks. Growers in the
region have been waiting up to a full season for delivery, and several co-operatives had asked Lumenfield to build closer to the
valleys where its machines work.`,
  `"Our customers told us plainly that a picker which arrives after the harvest is worth nothing to them," said Maren Quillfeather,
chief executive officer of Lumenfield Robotics. "Building here, next to the orchards, lets us deliver on their calendar rather than
ours, and it lets our engineers watch the machines in real rows of trees every week of the year."`,
  'The Halden Bay plant brings together several functions that were previously spread across the state:',
];
const pList = [
  'final assembly and calibration of the Orchard 3 and Orchard 3L pickers;',
  'a vision laboratory where the fruit-recognition cameras are trained on local varieties;',
  'a repair and refurbishment line for units returned at the end of each season;',
  'a training centre where growers and their crews learn to operate and maintain the machines.',
];
const pBody2 = [
  `Lumenfield expects to employ 210 people at the site by the end of 2027, most of them technicians and assembly staff. The company
is running an apprenticeship with Cawley Valley Community College, under which 24 students a year will split their time between
classroom courses in mechatronics and paid work on the assembly line.`,
  `The plant was converted from the old Brisket &amp; Sons cannery buildings, whose brick shells were kept and insulated. Solar
panels on the sorting-hall roof supply about a third of the site's electricity, and the test orchard is watered from a rain-capture
pond dug on the former loading yard.`,
  `Local officials welcomed the opening. "For forty years this riverbank meant canned peaches," said Tobiah Renk, chair of the Halden
Bay economic development board. "It is fitting that the next chapter is still about fruit, and about skilled work that stays in the
valley."`,
  `Production of the first Halden Bay-built units begins this month, and Lumenfield said it expects to ship 150 of them before the
autumn apple harvest.`,
];
const pAboutH = 'About Lumenfield Robotics';
const pAbout = `Founded in 2018, Lumenfield Robotics designs and builds autonomous harvesting machines for tree fruit. Its pickers work
in more than 90 orchards across North America and are sold and leased to growers and co-operatives. The company is privately held and
based in Corvale, Oregon.`;
const pNav = ['News', 'Products', 'Contact'];
const pNews = ['All News Releases', 'All Public Company', 'English-only News Releases', 'Multimedia Gallery'];
const pMore = ['Lumenfield Robotics Names New Chief Technology Officer', 'Lumenfield Robotics Completes Series C Funding Round'];
const pAlso = ['Lumenfield Robotics Announces Orchard 3L for High-Density Plantings', 'Lumenfield to Present at the Northwest Growers Expo'];
const pFoot = ['About PR Newswire', 'Contact PR Newswire', 'Terms of Use', 'Privacy Policy', 'Cookie Settings', 'Global Sites'];
const pHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${pTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Lumenfield Robotics opens plant in Halden Bay.">
<meta property="og:title" content="${pTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="PR Newswire">
<meta name="author" content="Lumenfield Robotics"><meta name="date" content="2026-03-03T08:00:00-05:00">
<link rel="canonical" href="https://www.prnewswire.com/news-releases/lumenfield-robotics-opens-302712345.html">
<link rel="stylesheet" href="https://www.prnewswire.com/content/dam/prnewswire/static/css/prn-release.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}",
"datePublished":"2026-03-03T13:00:00Z","publisher":{"@type":"Organization","name":"PR Newswire"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"release","releaseId":"302712345","industry":"AGR"});</script></head>
<body class="prn-release"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to personalise content and ads and to analyse our traffic.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></div>
<header class="container-fluid prn-header"><nav class="navbar navbar-default"><div class="navbar-header"><a class="navbar-brand" href="/">
<img src="/content/dam/prnewswire/homepage/prn_cision_logo_desktop.png" alt="PR Newswire: news distribution, targeting and monitoring"></a></div>
<ul class="nav navbar-nav">${links(pNav, 'dropdown')}</ul><ul class="dropdown-menu">${links(pNews)}</ul>
<div class="navbar-right"><a class="btn btn-primary" href="/account/online-membership-form/">Send a Release</a>
<a href="/account/login/">Login</a> <a href="/account/signup/">Sign Up</a></div></nav></header>
<article class="news-release inline-gallery-template"><header class="container release-header"><div class="row">
<div class="col-sm-12 col-lg-10 col-lg-offset-1">
<h1>${pTitle}</h1><h2 class="subtitle">${pSub}</h2></div></div>
<div class="row"><div class="col-lg-8 col-sm-8 swaping-class-left"><div class="meta"><p class="mb-no"><span>News provided by</span></p>
<a class="color-brand" href="/news/lumenfield-robotics/">Lumenfield Robotics</a><p class="mb-no">Mar 03, 2026, 08:00 ET</p></div></div>
<div class="col-lg-4 col-sm-4"><div class="social-share"><span class="share-label">Share this article</span>
<ul class="social-links">${lis(['Facebook', 'X', 'LinkedIn', 'Email'], 'sm-icon')}</ul></div></div></div></header>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<p><span class="legendSpanClass"><span class="xn-location">HALDEN BAY, Ore.</span></span>, <span class="legendSpanClass"><span
class="xn-chron">March 3, 2026</span></span> /PRNewswire/ -- ${pLead}</p>
${ps(pBody)}
<ul type="disc">${lis(pList)}</ul>
${ps(pBody2)}
<p><b>${pAboutH}</b></p><p>${pAbout}</p>
<p>Media Contact:<br>Ilka Farrow, Lumenfield Robotics<br>press@lumenfield.example<br>+1 503 555 0147</p>
<p id="PURL"><img alt="Cision" src="https://c212.net/c/img/favicon.png"> View original content to download multimedia:
<a href="https://www.prnewswire.com/news-releases/lumenfield-robotics-opens-302712345.html">
https://www.prnewswire.com/news-releases/lumenfield-robotics-opens-302712345.html</a></p>
<p>SOURCE Lumenfield Robotics</p></div></div></section>
<div class="container"><div class="row"><div class="col-sm-12"><h3 class="more-news-title">More news from Lumenfield Robotics</h3>
<ul class="card-list">${links(pMore, 'card')}</ul><h3>Also from this source</h3><ul class="card-list">${links(pAlso, 'card')}</ul></div></div></div>
</article>
<footer class="prn-footer"><div class="container"><ul class="footer-links">${links(pFoot)}</ul>
<p class="copyright">Copyright © 2026 Cision US Inc.</p></div></footer>
<script src="https://www.prnewswire.com/etc/designs/prnewswire/clientlibs/prn-release.min.js"></script></body></html>`;
const prn: TestPage = {
  name: 'heldout291-prnewswire-release',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([pSub, pLead, ...pBody, ...pList, ...pBody2, pAboutH, pAbout]),
  bylines: ['HALDEN BAY, Ore.', 'March 3, 2026', 'Mar 03, 2026, 08:00 ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content and ads and to analyse our traffic.', 'Accept All Cookies', 'Cookies Settings', ...pNav, ...pNews,
    'Send a Release', 'Login', 'Sign Up', 'News provided by', 'Share this article', 'Facebook', 'LinkedIn', 'Email', 'Media Contact:',
    'Ilka Farrow, Lumenfield Robotics', 'press@lumenfield.example', '+1 503 555 0147', 'View original content to download multimedia:',
    'SOURCE Lumenfield Robotics', 'More news from Lumenfield Robotics', ...pMore, 'Also from this source', ...pAlso, ...pFoot,
    'Copyright © 2026 Cision US Inc.',
  ],
};

export const HELDOUT291_A: readonly TestPage[] = [prn, bizWire];
