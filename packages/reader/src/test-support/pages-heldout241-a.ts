import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout241-kit.js';

/**
 * Held-out batch 241, file a: an electric utility's storm outage and restoration update on a Drupal 10 site (alert bar,
 * mega menu, breadcrumb, "Updated" dateline, outage map promo, restoration table, share links, sidebar, footer), and a city
 * water utility's boil-water notice on CivicPlus CivicEngage (News Flash module, short main text, "Posted on" line,
 * quick links, "Notify Me" widget, footer).
 */
const eTitle = 'Storm restoration update: crews have restored power to 86% of customers';
const eIntro = [
  j(
    'Crews from Marrowvale Electric and nine partner utilities worked through the night after Tuesday&rsquo;s ice storm and',
    'have now restored power to about 148,000 of the 172,000 customers who lost service at the height of the storm.',
  ),
  j(
    'Around 24,000 customers remain without power, most of them in Holloway and Greer counties, where ice brought down',
    'trees across main distribution lines. We expect the large majority of them to be back on by late Friday evening.',
  ),
];
const eH = ['Where we are working today', 'Estimated restoration times', 'Stay safe around downed lines', 'If you use medical equipment'];
const eWork = [
  j(
    'We restore power in a set order: first the transmission lines and substations that serve thousands of customers, then',
    'the main lines that feed whole neighbourhoods, and finally the taps and service drops to single streets and homes.',
  ),
  j(
    'Today more than 1,300 line workers, tree crews and damage assessors are in the field. Most of the remaining work is',
    'on tap lines and individual services, which takes longer because each repair brings back fewer customers.',
  ),
];
const eTableNote = 'Times are estimates for the last customers in each area; many customers will be restored sooner.';
const eSafe = [
  'Stay at least 35 feet away from any downed line and anything touching it, such as a fence or a puddle.',
  'Never use a generator indoors or in an attached garage, and never connect it directly to your home wiring.',
  'Report downed lines by calling 1-800-555-0142 or 911. Do not report them through the app or by email.',
  'Turn off large appliances so that circuits are not overloaded when power returns.',
];
const eMed = [
  j(
    'Customers enrolled in our Medical Priority Program have been contacted by phone. If you rely on powered medical',
    'equipment and your backup is running low, do not wait for your power to come back: go to one of the warming',
    'centres listed by your county, or call 911 in an emergency.',
  ),
  j('We will post the next update here at 6 p.m. today. You can also check the status of your own address on the', 'outage map or by texting STATUS to 55503.'),
];
const eRows: [string, string, string][] = [
  ['Holloway County', '14,210', 'Friday, 11 p.m.'],
  ['Greer County', '7,630', 'Friday, 9 p.m.'],
  ['Marrowvale (city)', '1,480', 'Thursday, 10 p.m.'],
  ['Tansy Ridge', '690', 'Thursday, 8 p.m.'],
];
const eNav = ['My Account', 'Outages', 'Billing & Payments', 'Save Energy', 'Clean Energy', 'About Us'];
const eCrumb = ['Home', 'Outages', 'Storm Center'];
const eSide = ['Report an outage', 'View the outage map', 'Sign up for outage alerts', 'Storm safety checklist'];
const eFoot = ['Contact Us', 'Careers', 'Newsroom', 'Investors', 'Privacy Policy', 'Terms of Use', 'Accessibility'];
const eHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><title>${eTitle} | Marrowvale Electric</title>
<meta name="description" content="Crews have restored power to 86% of customers after Tuesday's ice storm.">
<link rel="canonical" href="https://www.marrowvale-electric.example/outages/storm-center/storm-restoration-update">
<meta property="og:title" content="${eTitle}"><meta property="og:type" content="article">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${eTitle}",
"datePublished":"2026-01-22T08:00:00-06:00","dateModified":"2026-01-22T11:30:00-06:00",
"publisher":{"@type":"Organization","name":"Marrowvale Electric"}}]}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"pageType":"storm_update"});</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/8812"}}</script>
</head>
<body class="path-node page-node-type-storm-update">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="alert-bar alert-bar--emergency" role="alert"><div class="container"><p class="alert-bar__text">
<strong>Storm response:</strong> About 24,000 customers are without power.</p><a class="alert-bar__link" href="/outages/map">See the outage map</a></div></div>
<header class="site-header" role="banner"><div class="container"><a href="/" rel="home" class="site-logo">Marrowvale Electric</a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu menu--level-1">
${links(eNav, 'menu-item menu-item--expanded')}</ul></nav>
<div class="site-header__utility"><a href="/user/login" class="button button--small">Sign In</a></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(eCrumb)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content container">
<div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/outages/storm-center/storm-restoration-update" class="node node--type-storm-update node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">${eTitle}</span></h1>
<div class="node__meta"><span class="node__updated">Updated Jan. 22, 2026, 11:30 a.m. CST</span></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(eIntro)}
<div class="promo-card promo-card--inline"><a href="/outages/map"><span class="promo-card__eyebrow">Outage map</span>
<span class="promo-card__title">Check the status of your address and see crew locations</span></a></div>
<h2>${eH[0]}</h2>
${ps(eWork)}
<h2>${eH[1]}</h2>
<table class="table table--striped"><thead><tr><th>Area</th><th>Customers out</th><th>Estimated restoration</th></tr></thead><tbody>
${eRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}
</tbody></table>
<p>${eTableNote}</p>
<h2>${eH[2]}</h2>
<ul>${lis(eSafe)}</ul>
<h2>${eH[3]}</h2>
${ps(eMed)}
</div>
<div class="share-links"><span class="share-links__label">Share this update</span><ul>${links(['Facebook', 'X', 'Email'])}</ul></div>
</article></div>
<aside class="layout-sidebar-second" role="complementary"><div class="block block--storm-tools"><h2 class="block__title">Storm tools</h2>
<ul>${links(eSide)}</ul></div>
<div class="block block--contact"><h2 class="block__title">Need help now?</h2><p>Call us 24/7 at 1-800-555-0199.</p></div></aside>
</div></main>
<footer class="site-footer" role="contentinfo"><div class="container"><ul class="menu menu--footer">${links(eFoot)}</ul>
<p class="site-footer__copyright">© 2026 Marrowvale Electric Cooperative. All rights reserved.</p></div></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner"><div class="popup-content info">
<div id="popup-text"><p>We use cookies to improve your experience on our website.</p></div>
<div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script></body></html>`;
const outage: TestPage = {
  name: 'heldout241-drupal-utility-outage-update',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([...eIntro, ...eWork, ...eRows.flat(), eTableNote, ...eSafe, ...eMed]),
  bylines: ['Updated Jan. 22, 2026, 11:30 a.m. CST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Storm response: About 24,000 customers are without power.', 'See the outage map', ...eNav,
    'Sign In', ...eCrumb, 'Outage map', 'Check the status of your address and see crew locations', 'Share this update', 'Facebook', 'Email',
    'Storm tools', ...eSide, 'Need help now?', 'Call us 24/7 at 1-800-555-0199.', ...eFoot, '© 2026 Marrowvale Electric Cooperative. All rights reserved.',
    'We use cookies to improve your experience on our website.', 'Accept', 'No, thanks',
  ],
};

const wTitle = 'Boil Water Notice Issued for East Fenwick Pressure Zone';
const wBody = [
  j(
    'The City of Fenwick Water Department has issued a precautionary boil water notice for customers in the East Fenwick',
    'pressure zone after a 16-inch water main broke on Larchmont Avenue early Sunday morning and pressure dropped below',
    'state minimums.',
  ),
  'The notice covers all addresses east of Quarry Road and north of Route 9, including the Birchfield and Old Mill neighborhoods.',
  'Until the notice is lifted, customers in the affected area should:',
  'Bring tap water to a rolling boil for at least one minute, then let it cool before drinking it.',
  'Use boiled or bottled water for drinking, making ice, brushing teeth, washing food and preparing baby formula.',
  'Throw away ice made since Sunday and run dishwashers on the hottest setting, or wash dishes with boiled water.',
  j(
    'Water samples are being collected today and tomorrow. The notice will stay in place until two rounds of samples taken',
    '24 hours apart show no bacteria, which we expect by Wednesday afternoon. Bottled water is available at the Fenwick',
    'Community Center, 40 Harlow Street, from 8 a.m. to 6 p.m.',
  ),
  'Questions may be directed to the Water Department at 555-0187.',
];
const wNav = ['Government', 'Departments', 'Community', 'Business', 'How Do I...'];
const wQuick = ['Pay Your Water Bill', 'Report a Water Main Break', 'Water Quality Reports', 'Start or Stop Service'];
const wOther = ['Hydrant Flushing Begins April 6', 'Leaf Collection Schedule Extended', 'Water Rates Public Hearing'];
const wFoot = ['Contact Us', 'Site Map', 'Accessibility', 'Copyright Notices'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${wTitle} • Fenwick, MA • CivicEngage</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${wTitle}">
<meta property="og:title" content="${wTitle}"><meta property="og:site_name" content="Fenwick, MA - Official Website">
<script>var pageID = 'NewsFlash'; var isResponsiveEnabled = true;</script>
<link rel="stylesheet" href="/Assets/Styles/Build/Responsive.css?v=2026"></head>
<body class="wide"><div id="skipToContentLinks"><a href="#contentarea" class="skipToContentLink">Skip to Main Content</a></div>
<div id="bodyWrapper"><div id="divEmergencyAlerts" class="alertCenter"><div class="alert"><span class="alertTitle">Alert:</span>
<a href="/AlertCenter.aspx?AID=41">Boil Water Notice - East Fenwick</a></div></div>
<header id="bannerSizing"><div id="logo"><a href="/"><img src="/ImageRepository/Document?documentID=12" alt="Fenwick, MA - Official Website"></a></div>
<nav id="mainNav" class="siteNav"><ul id="mainNavMenu" class="rootNavigation">${links(wNav, 'topMenuItem')}</ul></nav>
<div class="search"><input type="text" id="searchBox" placeholder="Search"></div></header>
<div id="outer-sizing"><div id="breadCrumbs" class="breadCrumbContainer"><ol class="breadCrumbs">${links(['Home', 'News Flash'])}</ol></div>
<div id="contentarea" class="contentArea"><div id="moduleContent"><div id="newsFlashDetail" class="moduleContentNew">
<div class="intro"><h1 class="pageTitle">News Flash</h1></div><div class="single article"><div class="detail">
<h3 class="subhead1"><a href="/CivicAlerts.aspx?CID=3">Water Department</a></h3>
<h1 class="pageTitle fancy">${wTitle}</h1>
<div class="date">Posted on: March 15, 2026</div>
<div class="fr-view">
${ps(wBody.slice(0, 3))}
<ul>${lis(wBody.slice(3, 6))}</ul>
${ps(wBody.slice(6))}
</div>
<div class="shareTools"><a href="#" class="print">Print</a><a href="#" class="facebook">Facebook</a><a href="#" class="twitter">Tweet</a>
<a href="#" class="email">Email</a></div>
<div class="notifyMe"><a href="/list.aspx"><span>Notify Me®</span></a></div></div></div>
<div class="otherNews"><h3>Other News in Water Department</h3><ul>${links(wOther)}</ul><a href="/CivicAlerts.aspx?CID=3">View All</a></div>
<div class="quickLinks"><h3 class="widgetTitle">Quick Links</h3><ul>${links(wQuick)}</ul><a class="viewAll" href="/QuickLinks.aspx">View All Links</a></div>
</div></div></div></div>
<footer id="footer"><div class="siteFooter"><p class="address">City Hall, 1 Common Street, Fenwick, MA 01999</p>
<p>Phone: 555-0100</p><ul class="footerLinks">${links(wFoot)}</ul>
<p class="poweredBy">Government Websites by <a href="https://www.civicplus.example">CivicPlus®</a></p></div></footer></div>
<script src="/Assets/Scripts/Build/Responsive.js?v=2026"></script></body></html>`;
const boil: TestPage = {
  name: 'heldout241-civicplus-boil-water-notice',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wBody),
  bylines: ['Posted on: March 15, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Alert:', 'Boil Water Notice - East Fenwick', ...wNav.filter((t) => t !== 'Community'), 'News Flash', 'Print', 'Facebook', 'Tweet',
    'Notify Me®', 'Other News in Water Department', ...wOther, 'View All', 'Quick Links', ...wQuick, 'View All Links',
    'City Hall, 1 Common Street, Fenwick, MA 01999', 'Phone: 555-0100', ...wFoot, 'Government Websites by CivicPlus®',
  ],
};

export const HELDOUT241_A: readonly TestPage[] = [outage, boil];
