import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout292-kit.js';

/**
 * Held-out batch 292, file f: a Wikivoyage-style itinerary on MediaWiki with the Vector 2022 skin (site notice, geo breadcrumb,
 * status box, table of contents, [edit] links, a route table, categories, "last edited" line and footer) and a cruise line's port
 * guide on Adobe Experience Manager core components (breadcrumb, hero image with caption, text components, a shore-excursion
 * teaser carousel with prices, an accordion of FAQs, a "Cruises visiting" rail, cookie banner and footer).
 */
const vTitle = 'Tressaly Coast Railway';
const vIntro = paras(`
The Tressaly Coast Railway is a 240-km single-track line that hugs the western shore of Tressaly between Oruna and Castel Bray.
This itinerary follows it over four days, stopping at fishing towns, a salt marsh reserve and the old spa resort of Lavenne.`);
const vUnderstand = paras(`
The line was built in the 1890s to carry salt and sardines to the capital, and it was nearly closed in the 1970s. A campaign
by the towns along the coast saved it, and today its small diesel railcars carry more tourists than freight. The journey is
slow: the average speed is barely 40 km/h, and the trains stop at every halt on request.`);
const vPrepare = paras(`
A regional rover ticket covering the whole line for four days costs €38 and can be bought at any staffed station. Trains run
roughly every two hours; the last train of the day is often much earlier than visitors expect, so check the timetable.`);
const vGo = [
  'Day 1: Oruna to Pescara Nova. Spend the morning in Oruna’s old port, then take the early afternoon train. Stay overnight in Pescara Nova.',
  'Day 2: Pescara Nova to Saline di Vero. Get off at the Saline halt and walk the boardwalk through the salt marsh to see the flamingos.',
  'Day 3: Saline di Vero to Lavenne. Lavenne’s thermal baths are open until 22:00; the faded grand hotels make an atmospheric stop.',
  'Day 4: Lavenne to Castel Bray. The most scenic section, with the line clinging to the cliffs. Sit on the left-hand side.',
];
const vTable = [
  ['Oruna – Pescara Nova', '62 km', '1 h 40 min'],
  ['Pescara Nova – Saline di Vero', '48 km', '1 h 10 min'],
  ['Saline di Vero – Lavenne', '55 km', '1 h 25 min'],
  ['Lavenne – Castel Bray', '75 km', '2 h 05 min'],
];
const vSafe = paras(`
The cliff paths near Castel Bray are unfenced and can be dangerous in strong wind. Pickpockets occasionally work the crowded
summer trains; keep bags in sight.`);
const vNext = ['Castel Bray has ferries to the Lantern Islands.', 'From Oruna, fast trains run inland to the capital in under three hours.'];
const vToc = ['(Top)', 'Understand', 'Prepare', 'Go', 'Stay safe', 'Go next'];
const vSide = ['Main page', 'Travel destinations', 'Star articles', 'Random page', 'Help', 'Recent changes'];
const vCats = ['Outline itineraries', 'Rail travel', 'Itineraries in Tressaly'];
const vFoot = ['Privacy policy', 'About Wikivoyage', 'Disclaimers', 'Code of Conduct', 'Developers', 'Mobile view'];
const head = (id: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id.replace(/ /g, '_')}">${id}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Tressaly_Coast_Railway&amp;action=edit&amp;section=1" title="Edit section: ${id}">edit</a><span
class="mw-editsection-bracket">]</span></span></div>`;
const vHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Tressaly Coast Railway – Travel guide at Wikivoyage</title>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgPageName":"Tressaly_Coast_Railway","wgTitle":"Tressaly Coast Railway",
"wgCategories":["Outline itineraries","Rail travel","Itineraries in Tressaly"],"wgNamespaceNumber":0,"wgAction":"view"});});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.geocrumbs%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.12"><link rel="canonical" href="https://en.wikivoyage.example/wiki/Tressaly_Coast_Railway">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Tressaly Coast Railway",
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},"dateModified":"2026-02-12T14:20:31Z"}</script></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Tressaly_Coast_Railway skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Wikivoyage</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box"><form action="/w/index.php" id="searchform"><input type="search" name="search"
placeholder="Search Wikivoyage" aria-label="Search Wikivoyage"></form></div><nav class="vector-user-links"><a href="/w/index.php?title=Special:CreateAccount"
>Create account</a> <a href="/w/index.php?title=Special:UserLogin">Log in</a></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><nav id="p-navigation"
class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list">
${links(vSide, 'mw-list-item')}</ul></nav></div>
<div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="vector-toc-landmark"><div id="vector-toc" class="vector-toc">
<div class="vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul id="mw-panel-toc-list" class="vector-toc-contents">
${vToc
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${t}"><div class="vector-toc-text">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><div id="siteNotice"><div id="localNotice" data-nosnippet><div class="sitenotice">
<p>The Wikivoyage expedition for the spring photo contest is now open. Submit your pictures by 31 March.</p></div></div></div>
<header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${vTitle}</span>
</h1></header><div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Article', 'Discussion', 'Read', 'Edit', 'View history'])}</ul></nav>
</div><div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikivoyage</div>
<div id="contentSub"><div id="mw-content-subtitle"><div class="ext-geocrumbs-breadcrumbs"><bdi><a href="/wiki/Europe">Europe</a></bdi> &gt;
<bdi><a href="/wiki/Southern_Europe">Southern Europe</a></bdi> &gt; <bdi><a href="/wiki/Itineraries">Itineraries</a></bdi></div></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="article-status noprint"><tbody><tr><td><b>This itinerary is an outline</b> and needs more content. It has a template, but there is not
enough information present. Please plunge forward and help it grow!</td></tr></tbody></table>
${ps(vIntro)}
${head('Understand')}${ps(vUnderstand)}${head('Prepare')}${ps(vPrepare)}
<table class="wikitable"><tbody><tr><th>Section</th><th>Distance</th><th>Time</th></tr>
${vTable.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n')}</tbody></table>
${head('Go')}<ul>${lis(vGo)}</ul>${head('Stay safe')}${ps(vSafe)}${head('Go next')}<ul>${lis(vNext)}</ul>
<div class="noprint"><table class="mw-collapsible"><tbody><tr><td>This itinerary to <b>Tressaly Coast Railway</b> is an
<a href="/wiki/Wikivoyage:Outline_itinerary">outline</a>.</td></tr></tbody></table></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface">
<div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(vCats)}</ul></div></div></div></main></div></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 12 February 2026, at 14:20.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(vFoot)}</ul></footer><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script>
</body></html>`;
const wikivoyage: TestPage = {
  name: 'heldout292-mediawiki-itinerary-wiki',
  kind: 'wiki',
  html: vHtml,
  title: vTitle,
  headings: ['Understand', 'Prepare', 'Go', 'Stay safe', 'Go next'],
  body: texts([...vIntro, ...vUnderstand, ...vPrepare, ...vTable.flat(), ...vGo, ...vSafe, ...vNext]),
  bylines: ['This page was last edited on 12 February 2026, at 14:20.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Wikivoyage', 'Create account', 'Log in', 'Navigation', ...vSide, 'Contents', '(Top)',
    'The Wikivoyage expedition for the spring photo contest is now open. Submit your pictures by 31 March.', 'Article', 'Discussion', 'Read', 'Edit',
    'View history', 'From Wikivoyage', 'Europe', 'Southern Europe', 'Itineraries', 'edit',
    'This itinerary is an outline and needs more content. It has a template, but there is not enough information present.',
    'Please plunge forward and help it grow!',
    'This itinerary to Tressaly Coast Railway is an outline.', 'Categories', ...vCats,
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...vFoot,
  ],
};

const kTitle = 'Kalvik, Lindmark: port guide';
const kIntro = paras(`
Kalvik is the gateway to Lindmark’s glacier country, a compact harbour town of painted wooden houses squeezed between the
fjord and a wall of granite. Ships arrive early, and by mid-morning the mist usually lifts to reveal the Brekka Glacier
spilling down the valley behind the town.`);
const kDock = paras(`
Larger ships anchor in the fjord and tender guests ashore to the Old Mole, a five-minute walk from the town square. Smaller
ships berth at the Nordkai cruise pier, around 1.5 km from the centre; a free shuttle bus runs every fifteen minutes while a
ship is in port. Tender tickets are issued on board from 07:30 on the morning of arrival.`);
const kAround = paras(`
The town centre is flat and easy to explore on foot. Taxis wait at the Old Mole, but there are only a handful in Kalvik, so
expect queues. The Fjordline sightseeing boat leaves from the harbour every hour and is the quickest way to see the glacier
from the water.

If you would rather stay on land, bicycles can be hired from the tourist office on the square for around 150 krone a day. The
flat road along the fjord to the glacier lagoon is 7 km each way and one of the most beautiful rides in Lindmark.`);
const kSee = [
  'Kalvik Church, a wooden stave-style church from 1781 with a painted ceiling of stars.',
  'The Glacier Centre, with a walk-in ice tunnel and a film about the Brekka ice field.',
  'The harbour fish market, open on mornings when a ship is in port.',
  'Storhaug viewpoint, reached by a steep 40-minute path from behind the school.',
];
const kTips = paras(`
The local currency is the Lindmark krone, but cards are accepted almost everywhere, including market stalls. Weather changes
quickly in the fjord, so bring a waterproof layer even on a sunny morning. All aboard time is strictly enforced: tenders stop
running thirty minutes before departure.`);
const kCrumbs = ['Home', 'Destinations', 'Northern Europe', 'Ports'];
const kNav = ['Find a cruise', 'Destinations', 'Our fleet', 'Deals', 'Manage my booking'];
const kExc = [
  ['Brekka Glacier Hike', '4.5 hours', 'from $189'],
  ['Fjord Kayak Adventure', '3 hours', 'from $149'],
];
const kFaq = ['Can I walk into town from the pier?', 'Do I need local currency in Kalvik?'];
const kCruises = ['9-Night Norwegian Fjords from Southampton', '12-Night Arctic Circle and Fjords'];
const kFoot = ['About us', 'Careers', 'Travel advisors', 'Accessibility', 'Privacy', 'Terms and conditions', 'Cookie Preferences'];
const kHtml = `<!DOCTYPE HTML><html lang="en-US"><head><meta charset="UTF-8"><title>Kalvik Cruise Port Guide | Aurelle Cruises</title>
<meta name="description" content="Plan your day in Kalvik with our port guide: where you dock, getting around and shore excursions.">
<meta name="template" content="port-guide-page"><meta property="og:site_name" content="Aurelle Cruises">
<link rel="stylesheet" href="/etc.clientlibs/aurelle/clientlibs/clientlib-site.lc-7f3e2a1b-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristDestination","name":"Kalvik","containedInPlace":"Lindmark"}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"pageInfo":{"pageName":"ports:kalvik"}}});</script></head>
<body class="page basicpage" id="page-3c1e0b6a2f"><div class="root container responsivegrid"><div id="container-7a1" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12"><div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<div class="cmp-experiencefragment cmp-experiencefragment--header"><header class="site-header"><a class="site-header__logo" href="/">Aurelle
Cruises</a><nav class="cmp-navigation" role="navigation"><ul class="cmp-navigation__group">${links(kNav, 'cmp-navigation__item')}</ul></nav>
<a class="site-header__phone" href="tel:18005550199">Call 1-800-555-0199</a></header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(kCrumbs, 'cmp-breadcrumb__item')}<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Kalvik</span></li></ol></nav></div>
<div class="image aem-GridColumn aem-GridColumn--default--12"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject">
<img src="/content/dam/aurelle/ports/kalvik-hero.jpg" class="cmp-image__image" itemprop="contentUrl" alt="Kalvik harbour">
<span class="cmp-image__title" itemprop="caption">The painted houses of Kalvik’s harbour front.</span></div></div>
<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">${kTitle}</h1></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text">${ps(kIntro)}</div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text"><h2>Where you dock</h2>${ps(kDock)}</div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text"><h2>Getting around</h2>${ps(kAround)}</div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text"><h2>What to see</h2><ul>${lis(kSee)}</ul></div></div>
<div class="carousel panelcontainer aem-GridColumn aem-GridColumn--default--12"><div class="cmp-carousel" role="group" aria-roledescription="carousel">
<h2 class="cmp-carousel__title">Popular shore excursions</h2><div class="cmp-carousel__content">${kExc
  .map(
    ([n, d, p]) => `<div class="cmp-carousel__item"><div class="cmp-teaser"><div class="cmp-teaser__content"><h3 class="cmp-teaser__title">${n}</h3>
<div class="cmp-teaser__description"><p>${d}</p><p>${p}</p></div><div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link"
href="/excursions">View excursion</a></div></div></div></div>`,
  )
  .join('\n')}</div><button class="cmp-carousel__action cmp-carousel__action--previous" aria-label="Previous">Previous</button>
<button class="cmp-carousel__action cmp-carousel__action--next" aria-label="Next">Next</button></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text"><h2>Tips for your visit</h2>${ps(kTips)}</div></div>
<div class="accordion panelcontainer aem-GridColumn aem-GridColumn--default--8"><div class="cmp-accordion" data-cmp-is="accordion"><h2>Port FAQs</h2>
${kFaq
  .map(
    (q) => `<div class="cmp-accordion__item"><h3 class="cmp-accordion__header">
<button class="cmp-accordion__button"><span class="cmp-accordion__title">${q}</span>
</button></h3></div>`,
  )
  .join('\n')}</div></div>
<div class="list aem-GridColumn aem-GridColumn--default--4"><div class="cmp-list-wrapper"><h3>Cruises visiting Kalvik</h3><ul class="cmp-list">
${links(kCruises, 'cmp-list__item')}</ul></div></div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="site-footer"><ul>${links(kFoot)}</ul><p>© 2026 Aurelle Cruises Ltd. Ships’ registry: Malta.</p></footer></div></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"><p id="onetrust-policy-text">We use cookies to give you the best
experience on our website and to show you relevant cruise offers.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
<script src="/etc.clientlibs/aurelle/clientlibs/clientlib-site.lc-91ab3c4d-lc.min.js"></script></body></html>`;
const portGuide: TestPage = {
  name: 'heldout292-aem-cruise-port-guide-news',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: ['Where you dock', 'Getting around', 'What to see', 'Tips for your visit'],
  body: texts([...kIntro, ...kDock, ...kAround, ...kSee, ...kTips]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Aurelle Cruises', ...kNav, 'Call 1-800-555-0199', ...kCrumbs, 'The painted houses of Kalvik’s harbour front.', 'Popular shore excursions',
    ...kExc.flat(), 'View excursion', 'Previous', 'Next', 'Port FAQs', ...kFaq, 'Cruises visiting Kalvik', ...kCruises, ...kFoot,
    '© 2026 Aurelle Cruises Ltd. Ships’ registry: Malta.',
    'We use cookies to give you the best experience on our website and to show you relevant cruise offers.', 'Accept All Cookies',
  ],
};

export const HELDOUT292_F: readonly TestPage[] = [wikivoyage, portGuide];
