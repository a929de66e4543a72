import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout446-kit.js';

/**
 * Held-out batch 446, file a: a World Factbook-style country profile on a Gatsby site (agency header and mega menu, hero
 * with the flag and map thumbnails, "Page last updated", section jump menu, field headings, photo gallery, "Country
 * Summary" download, travel facts box, footer), and a city's official "About the City" facts page on CivicPlus (alert
 * bar, top menu, side navigation, breadcrumbs, the page builder's widgets, quick links, "Notify Me" box, footer).
 */
const fTitle = 'Estravia';
const fIntro = paras(`
Estravia emerged as a distinct state in the early 1800s, when the coastal merchant towns of the Lissa Gulf formed a customs league
against the inland duchies. The league hardened into a constitutional monarchy in 1861 and became a parliamentary republic after a
short civil conflict in 1923. A long period of one-party rule ended with negotiated elections in 1991.

Since then Estravia has joined several regional trade blocs and shifted its economy from shipbuilding and textiles towards logistics,
food processing and services. Persistent challenges include an ageing population, emigration of young graduates and uneven
development between the prosperous coast and the mountainous interior.

The country's politics have been dominated since 2000 by two broad coalitions, one centred on the coastal cities and one on the
rural interior, which have alternated in government. Decentralization reforms in 2012 created seven regions with elected
assemblies, although most tax revenue is still collected and spent by the central government.
`);
const fGeo = [
  'Southern Europe, bordering the Lissa Gulf, between Morvania and the Karst Republic',
  'total: 48,210 sq km; land: 47,380 sq km; water: 830 sq km',
  'narrow coastal plain rising to forested hills; the Tervan Mountains cover much of the north and east',
  'highest point: Mount Oskar 2,412 m; lowest point: Lissa Gulf 0 m',
];
const fGeoFields = ['Location', 'Area', 'Terrain', 'Elevation'];
const fPeople = [
  '4,318,600 (2026 est.)',
  'Estravian 88.4%, Morvanian 6.1%, Roma 1.9%, other 3.6% (2021 census)',
  '0-14 years: 13.9%; 15-64 years: 63.2%; 65 years and over: 22.9% (2026 est.)',
  'urban population: 64.7% of total population (2026); rate of urbanization: 0.31% annual rate of change',
];
const fPeopleFields = ['Population', 'Ethnic groups', 'Age structure', 'Urbanization'];
const fEcon = paras(`
A small, open economy with a large port and logistics sector; growth has averaged just under 2% a year since 2015; EU structural
funds have paid for motorway and rail upgrades; the public debt ratio has fallen since 2020 but remains above 70% of GDP.

$118.4 billion (2025 est.)

$27,400 (2025 est.)
`);
const fEconFields = ['Economic overview', 'Real GDP (purchasing power parity)', 'Real GDP per capita'];
const fMenu = ['About CIA', 'Careers', 'Offices', 'News', 'Legacy', 'Contact', 'The World Factbook'];
const fJump = ['Introduction', 'Geography', 'People and Society', 'Economy'];
const fFoot = ['Privacy', 'Accessibility', 'Notices', 'No FEAR Act', 'Inspector General', 'Site Policies', 'USA.gov'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>
<title data-react-helmet="true">Estravia - The World Factbook</title><meta name="generator" content="Gatsby 5.13.3"/>
<meta data-react-helmet="true" name="description" content="Photos of Estravia. Includes geography, people and society, economy and more."/>
<meta data-react-helmet="true" property="og:title" content="Estravia - The World Factbook"/>
<link rel="canonical" href="https://www.factbook.example/the-world-factbook/countries/estravia/" data-baseprotocol="https:"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Estravia","dateModified":"2026-02-18"}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><a class="skip-link" href="#main">Skip to main content</a>
<div class="usa-banner"><span class="usa-banner__header-text">An official website of the United States government</span>
<button class="usa-banner__button">Here's how you know</button></div>
<header class="header header--dark"><div class="header-logo"><a href="/"><img src="/static/logo.svg" alt="Central Intelligence Agency"/></a></div>
<nav class="header-nav" aria-label="Main"><ul class="header-nav__list">${links(fMenu, 'header-nav__item')}</ul>
<button class="header-search-toggle" aria-label="Search"></button></nav></header>
<main id="main"><div class="hero hero--country"><div class="hero-content"><div class="hero-breadcrumb"><a href="/the-world-factbook/">The World Factbook</a>
<span> / </span><a href="/the-world-factbook/countries/">Countries</a></div><div class="hero-title-wrap"><h1 class="hero-title">${fTitle}</h1></div>
<span class="hero-date">Page last updated: February 18, 2026</span>
<div class="hero-images"><a href="/the-world-factbook/countries/estravia/flag"><img src="/attachments/flags/ES-flag.jpg" alt="Flag of Estravia"/>
<span class="hero-images__label">Country Flag</span></a><a href="/the-world-factbook/countries/estravia/locator-map"><img src="/attachments/maps/ES-map.jpg"
alt="Map of Estravia"/><span class="hero-images__label">Country Map</span></a></div></div></div>
<div class="row"><div class="col-lg-3"><nav class="country-jump-menu" aria-label="Jump to section"><h2 class="jump-menu__title">On this page</h2>
<ul>${links(fJump, 'jump-menu__item')}</ul></nav>
<div class="download-box"><a href="/static/summaries/ES-summary.pdf" class="link-button">Country Summary</a><span>PDF, 1.2 MB</span></div>
<div class="travel-facts"><h3 class="travel-facts__title">Travel Facts</h3><ul><li>Capital: Korvenna</li><li>Currency: euro (EUR)</li>
<li>Time difference: UTC+1</li></ul></div></div>
<div class="col-lg-9"><div class="free-form-content__content wysiwyg-wrapper">
<div id="introduction"><h2 class="h3">Introduction</h2><div><h3 class="mt30"><a href="/the-world-factbook/field/background">Background</a></h3>
${ps(fIntro)}</div></div>
<div class="photo-gallery"><figure><img src="/attachments/images/estravia-korvenna-harbor.jpg" alt=""/>
<figcaption>The old harbor of Korvenna at dusk, with the customs house on the left.</figcaption></figure>
<a class="link-button" href="/the-world-factbook/countries/estravia/images">Visit the Definitions and Notes page</a>
<a class="photo-gallery__more" href="/the-world-factbook/countries/estravia/images">View 14 photos of Estravia</a></div>
<div id="geography"><h2 class="h3">Geography</h2>
${fGeoFields.map((f, i) => `<div><h3 class="mt30"><a href="/the-world-factbook/field/${i}">${f}</a></h3>${ps([fGeo[i] ?? ''])}</div>`).join('\n')}</div>
<div id="people-and-society"><h2 class="h3">People and Society</h2>
${fPeopleFields.map((f, i) => `<div><h3 class="mt30"><a href="/the-world-factbook/field/p${i}">${f}</a></h3>${ps([fPeople[i] ?? ''])}</div>`).join('\n')}</div>
<div id="economy"><h2 class="h3">Economy</h2>
${fEconFields.map((f, i) => `<div><h3 class="mt30"><a href="/the-world-factbook/field/e${i}">${f}</a></h3>${ps([fEcon[i] ?? ''])}</div>`).join('\n')}
<p class="field-compare"><a href="/the-world-factbook/field/real-gdp-per-capita/country-comparison">country comparison ranking: 58</a></p></div>
</div></div></div></main>
<footer class="footer"><div class="footer__links"><ul>${links(fFoot)}</ul></div><p class="footer__agency">Central Intelligence Agency</p>
<p class="footer__copy">The World Factbook is updated weekly.</p></footer></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/the-world-factbook/countries/estravia/";/*]]>*/</script>
<script src="/webpack-runtime-4c1e2f.js" async></script><script src="/app-9d8a1b.js" async></script></body></html>`;
const factbook: TestPage = {
  name: 'heldout446-gatsby-factbook-country-profile',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Introduction', 'Background', 'Geography', ...fGeoFields, 'People and Society', ...fPeopleFields, 'Economy', ...fEconFields],
  body: texts([...fIntro, ...fGeo, ...fPeople, ...fEcon]),
  bylines: ['Page last updated: February 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', "Here's how you know", ...fMenu.slice(0, 6), 'Countries',
'The World Factbook',
    'Country Flag', 'Country Map', 'On this page', 'Country Summary', 'PDF, 1.2 MB', 'Travel Facts', 'Capital: Korvenna',
    'Currency: euro (EUR)', 'Time difference: UTC+1', 'The old harbor of Korvenna at dusk, with the customs house on the left.',
    'Visit the Definitions and Notes page', 'View 14 photos of Estravia', 'country comparison ranking: 58', ...fFoot, 'Central Intelligence Agency',
    'The World Factbook is updated weekly.',
  ],
};

const cTitle = 'About the City';
const cBody = paras(`
Founded as a rail junction in 1884, the City of Marlow Springs has grown from a water stop on the Prairie &amp; Western line into a
community of just over 61,000 residents. It is the county seat of Dunmore County and the largest city between the river and the
state line.

Marlow Springs operates under a council-manager form of government. Voters elect a mayor and six council members to staggered
four-year terms, and the council appoints a city manager who runs day-to-day operations and prepares the annual budget.

The city covers 38.6 square miles and sits at an elevation of 1,140 feet. Summers are warm and dry, with an average July high of
91 degrees, while winters are mild and see about four inches of snow in a typical year.

Health care, education and distribution are the largest employers. The regional medical center, the Marlow Springs Independent
School District and two grocery distribution hubs together employ more than 9,000 people.
`);
const cFacts = [
  'Incorporated: 1891',
  'Population: 61,284 (2025 estimate)',
  'Median household income: $68,900',
  'City parks: 34, with 22 miles of hike and bike trails',
  'Public schools: 19 elementary, 5 middle and 3 high schools',
];
const cMore = paras(`
Residents enjoy a historic downtown with more than forty locally owned shops and restaurants, a restored 1920s theater and a
Saturday farmers market that runs from April to October.

Each September the city hosts Depot Days, a three-day festival that celebrates its railroad history with a parade, live music and
rides on a vintage steam train.

Outdoor recreation is close at hand. Lake Tolliver, six miles north of downtown, offers boating, fishing and a public beach, and
the Depot Trail follows the old rail corridor for eleven miles to the neighboring town of Arliss.
`);
const cTop = ['Government', 'Departments', 'Community', 'Business', 'How Do I...'];
const cSide = ['About the City', 'City History', 'Demographics', 'Maps & GIS', 'Sister Cities', 'Visitor Information'];
const cQuick = ['Agendas & Minutes', 'Bid Postings', 'Job Openings', 'Pay Utility Bill', 'Report a Concern'];
const cFoot = ['Contact Us', 'Accessibility', 'Copyright Notices', 'Privacy Policy', 'Site Map'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>About the City | Marlow Springs, TX - Official Website</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Facts and figures about the City of Marlow Springs.">
<meta property="og:site_name" content="Marlow Springs, TX - Official Website"><link rel="stylesheet" href="/Assets/Styles/cpFramework.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"GovernmentOrganization","name":"City of Marlow Springs"}</script>
<script>var pageID = 214; var frontEndEditing = false;</script></head>
<body class="wide"><div id="divAlert" class="alertCenter"><div class="alertText"><a href="/AlertCenter.aspx?AID=88">Brush pickup delayed one day this week</a>
</div></div><a href="#contentarea" id="skipToContentLink">Skip to Main Content</a>
<div id="outer-wrap"><header id="bannerDiv" class="cpGrid"><div class="siteWrap"><a id="logoLink" href="/"><img src="/ImageRepository/Document?documentId=12"
alt="Marlow Springs Texas Homepage"></a><nav id="mainNav" class="cpMenu"><ul id="mainNavMenu" class="megaMenu">${links(cTop, 'topMenuItem')}</ul></nav>
<div id="searchBox"><input type="text" placeholder="Search..." aria-label="Search"></div></div></header>
<div id="breadCrumbs" class="breadCrumbContainer"><ol class="breadCrumbs"><li><a href="/">Home</a></li><li><a href="/27/Community">Community</a></li>
<li>About the City</li></ol></div>
<div id="mainContent" class="cpGrid"><aside id="secondaryNav" class="secondaryNav"><h2 class="subMenuTitle">Community</h2>
<ul class="secondaryNavMenu">${links(cSide, 'secondaryNavItem')}</ul></aside>
<main id="contentarea" class="moduleContentNew"><div id="divInfoAdv" class="widget editor pageStyles">
<h1 id="versionHeadLine" class="headline">${cTitle}</h1><div class="fr-view">
${ps(cBody.slice(0, 2))}
<figure class="widgetImage"><img src="/ImageRepository/Document?documentId=311" alt="Downtown Marlow Springs">
<figcaption>Main Street and the 1920s Rialto Theater. Photo by the City Communications Office.</figcaption></figure>
${ps(cBody.slice(2))}
<h2>Quick Facts</h2><ul>${lis(cFacts)}</ul>
<h2>Life in Marlow Springs</h2>${ps(cMore)}</div></div>
<div class="widget relatedDocuments"><h3 class="widgetTitle">Related Documents</h3><ul><li><a href="/DocumentCenter/View/402">Community Profile 2025 (PDF)</a>
</li><li><a href="/DocumentCenter/View/403">Comprehensive Plan Summary (PDF)</a></li></ul></div>
<div class="widget notifyMe"><h3 class="widgetTitle">Stay Informed</h3><p>Sign up to receive city news by email or text message.</p>
<a class="button" href="/list.aspx">Notify Me®</a></div></main>
<aside class="quickLinks"><h3 class="widgetTitle">Quick Links</h3><ul>${links(cQuick)}</ul><a class="viewAll"
href="/QuickLinks.aspx">/QuickLinks.aspx</a></aside></div>
<footer id="siteFooter"><div class="contactInfo"><p>City Hall, 200 W. Depot Street, Marlow Springs, TX 76901</p><p>Phone: 325-555-0140</p>
<p>Hours: Monday - Friday, 8 a.m. - 5 p.m.</p></div><ul class="footerLinks">${links(cFoot)}</ul>
<p id="poweredBy">Government Websites by CivicPlus®</p></footer></div>
<div id="cookieConsent" class="cpCookieBanner"><p>This site uses cookies to improve your experience.</p><button>Accept</button></div>
<script src="/Assets/Scripts/cpFramework.min.js"></script></body></html>`;
const civicplus: TestPage = {
  name: 'heldout446-civicplus-city-facts',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Quick Facts', 'Life in Marlow Springs'],
  body: texts([...cBody, ...cFacts, ...cMore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brush pickup delayed one day this week', 'Skip to Main Content', ...cTop, 'Home', ...cSide.slice(1), 'Main Street and the 1920s Rialto Theater.',
    'Photo by the City Communications Office.', 'Related Documents', 'Community Profile 2025 (PDF)', 'Comprehensive Plan Summary (PDF)',
    'Stay Informed', 'Sign up to receive city news by email or text message.', 'Notify Me®', 'Quick Links', ...cQuick, '/QuickLinks.aspx',
    'City Hall, 200 W. Depot Street, Marlow Springs, TX 76901', 'Phone: 325-555-0140', 'Hours: Monday - Friday, 8 a.m. - 5 p.m.', ...cFoot,
    'Government Websites by CivicPlus®', 'This site uses cookies to improve your experience.', 'Accept',
  ],
};

export const HELDOUT446_A: readonly TestPage[] = [factbook, civicplus];
