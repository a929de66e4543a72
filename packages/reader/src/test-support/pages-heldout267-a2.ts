import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file a2: a Wikivoyage city guide in the legacy Vector skin: the page banner with its name and the
 * section quick bar, the left panel, tabs, the geo indicator, listings with their "edit" links and map markers, the usable-
 * article status box, the "Go next" section, categories and footer.
 */
const vTitle = 'Kessary';
const vIntro = [
  j(
    '<b>Kessary</b> is a harbour town of about 14,000 people on the Sallow Coast. Its walled old quarter, its fish market and the',
    'ferries to the Tarn Islands make it the most visited town on the coast between May and September.',
  ),
];
const vUnderstand = [
  j(
    'Kessary grew rich on the salt trade in the fifteenth century and kept its walls long after they stopped being useful. The',
    'old quarter inside them is small enough to cross on foot in ten minutes, and most of the sights, cafés and guest houses are there.',
  ),
  j(
    'The tourist office is in the old customs house on the quay and opens daily from 09:00 to 18:00 in summer. It sells the',
    'Kessary Card, which covers the museums and the town buses for three days.',
  ),
];
const vGetIn = [
  j(
    "Trains from Orlen run every two hours and take about 1 hr 40 min. The station is 15 minutes' walk from the old quarter, or",
    'take town bus 2 to the harbour.',
  ),
  'In summer, ferries link Kessary with the Tarn Islands several times a day. Book cars ahead in July and August; foot passengers can usually just turn up.',
];
const vSee = [
  '<b>Salt Gate</b>, Quay Street. The best preserved of the four town gates, with a small museum of the salt trade upstairs. Adults 6, children free.',
  '<b>Fish market</b>, Harbour Square. Go early: the auction starts at 05:30 and is over by eight. Visitors may watch from the gallery.',
  '<b>Church of St Oda</b>, Upper Town. A plain Gothic church with a painted wooden ceiling of ships and sea creatures. Free.',
];
const vEat = [
  j(
    'Fish is the thing to eat here, usually grilled and served with bread and a salad of bitter leaves. Prices on the quay are',
    'higher than one street back, where the locals eat.',
  ),
];
const vEatList = [
  "<b>Anselm's</b>, 4 Net Lane. A tiny fish grill with six tables; no bookings. Mains 12–18.",
  '<b>The Old Weigh House</b>, Harbour Square. Larger and more formal, with a terrace over the boats. Mains 20–32.',
];
const vSleep = [
  '<b>Harbour Hostel</b>, 9 Rope Walk. Dorms and a few private rooms in a former sail loft. Dorm bed from 28.',
  "<b>Hotel Varga</b>, 1 Salt Gate. Twelve rooms in a merchant's house inside the walls. Doubles from 110, breakfast included.",
];
const vSafe = ['Kessary is safe. The harbour steps are slippery at low tide, and the sea wall is closed in storms for good reason.'];
const vGo = ['The Tarn Islands: quiet beaches and bird cliffs, 50 minutes by ferry.', 'Orlen, the regional capital, for onward trains.'];
const vPanel = ['Main page', 'Travel destinations', 'Star articles', 'Recent changes', 'Random page', 'Help', "Travellers' pub"];
const vTabs = ['Article', 'Discussion', 'Read', 'Edit', 'View history'];
const vFoot = ['Privacy policy', 'About Wikivoyage', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const head = (id: string, h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Kessary&amp;action=edit&amp;section=1">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
let marker = 0;
const listing = (t: string): string => `<li><span class="vcard" id="listing-${++marker}"><span class="listing-marker"><a class="mw-kartographer-maplink"
data-mw="interface" data-style="osm-intl" href="/wiki/Special:Map/17/45.2/13.6/en" data-overlays="[&quot;see&quot;]">${marker}</a></span>
<span class="listing-content">${t}</span>
<span class="listing-metadata"><span class="listing-metadata-items"><a href="/w/index.php?title=Kessary&amp;action=edit">edit</a></span></span></span></li>`;
const vHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Kessary – Travel guide at Wikivoyage</title>
<script>RLCONF={"wgPageName":"Kessary","wgTitle":"Kessary","wgArticleId":88412,"wgCoordinates":{"lat":45.21,"lon":13.62}};</script>
<meta name="description" content="Kessary is a harbour town on the Sallow Coast with a walled old quarter and ferries to the Tarn Islands.">
<meta property="og:image" content="https://upload.wikimedia.example/Kessary_Banner.jpg"><link rel="canonical" href="https://en.wikivoyage.example/wiki/Kessary">
</head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Kessary rootpage-Kessary skin-vector-legacy action-view">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="centralNotice"></div></div>
<div class="mw-indicators"><div id="mw-indicator-i3-geo" class="mw-indicator"><span class="geo-default"><a class="mw-kartographer-maplink"
href="/wiki/Special:Map/13/45.21/13.62/en">45.21, 13.62</a></span></div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${vTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikivoyage</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="wpb noprint"><div class="wpb-banner"><a href="/wiki/File:Kessary_Banner.jpg" class="image"><img class="wpb-banner-image"
src="//upload.wikimedia.example/Kessary_Banner.jpg" alt="Kessary"></a><div class="wpb-name"><span>Kessary</span></div></div>
<div class="wpb-topbanner-toc"><div class="toc"><ul><li><a href="#Understand">Understand</a></li><li><a href="#Get_in">Get in</a></li>
<li><a href="#See">See</a></li><li><a href="#Eat">Eat</a></li><li><a href="#Sleep">Sleep</a></li><li><a href="#Go_next">Go next</a></li></ul></div></div></div>
${ps(vIntro)}
${head('Understand', 'Understand')}
${ps(vUnderstand)}
<figure class="mw-halign-right" typeof="mw:File/Thumb"><img src="//upload.wikimedia.example/Kessary_quay.jpg" width="250" height="166">
<figcaption>Customs house and harbour at dusk</figcaption></figure>
${head('Get_in', 'Get in')}
${ps(vGetIn)}
${head('See', 'See')}
<ul>${vSee.map(listing).join('\n')}</ul>
${head('Eat', 'Eat')}
${ps(vEat)}
<ul>${vEatList.map(listing).join('\n')}</ul>
${head('Sleep', 'Sleep')}
<ul>${vSleep.map(listing).join('\n')}</ul>
${head('Stay_safe', 'Stay safe')}
${ps(vSafe)}
${head('Go_next', 'Go next')}
<ul>${vGo.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="article-status"><tbody><tr><td><img alt="" src="//upload.wikimedia.example/Symbol_usable.svg" width="15" height="15"></td>
<td>This city travel guide to <b>Kessary</b> is a <b>usable</b> article. It has information on how to get there and on restaurants and hotels.
An adventurous person could use this article, but please feel free to improve it by editing the page.</td></tr></tbody></table>
<div class="breadcrumbs" id="mw-content-subtitle"><span class="ext-geocrumbs-breadcrumbs"><bdi><a href="/wiki/Europe">Europe</a></bdi> &gt;
<bdi><a href="/wiki/Sallow_Coast">Sallow Coast</a></bdi> &gt; <bdi>Kessary</bdi></span></div>
</div></div><div id="catlinks" class="catlinks">Categories: <ul><li>Usable articles</li><li>Sallow Coast cities</li></ul></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs">
<ul class="vector-menu-content-list">${links(vTabs, 'mw-list-item')}</ul></nav></div>
<div id="right-navigation"><div id="p-search" role="search"><form action="/w/index.php" id="searchform"><input type="search" name="search"
placeholder="Search Wikivoyage" id="searchInput"><input type="submit" name="go" value="Go" id="searchButton"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu-portal portal" aria-labelledby="p-navigation-label"><h3 id="p-navigation-label">Navigation</h3>
<ul>${links(vPanel, 'mw-list-item')}</ul></nav>
<nav id="p-tb" class="vector-menu-portal portal"><h3>Tools</h3><ul>${links(['What links here', 'Related changes', 'Page information'])}</ul></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 18 February 2026,
at 16:27.</li><li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(vFoot)}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":201});});</script>
</body></html>`;
export const voyage: TestPage = {
  name: 'heldout267-wikivoyage-wiki',
  kind: 'wiki',
  html: vHtml,
  title: vTitle,
  headings: ['Understand', 'Get in', 'See', 'Eat', 'Sleep', 'Stay safe', 'Go next'],
  body: texts([...vIntro, ...vUnderstand, ...vGetIn, ...vSee, ...vEat, ...vEatList, ...vSleep, ...vSafe, ...vGo]),
  bylines: ['This page was last edited on 18 February 2026, at 16:27.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '45.21, 13.62', 'From Wikivoyage', 'Customs house and harbour at dusk', 'This city travel guide to Kessary is a usable article.',
    'An adventurous person could use this article, but please feel free to improve it by editing the page.', 'Europe', 'Sallow Coast cities',
    'Categories:', 'Usable articles', 'Navigation menu', ...vTabs, 'Navigation', ...vPanel, 'Tools', 'What links here', 'Related changes',
    'Page information', 'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...vFoot,
  ],
};
