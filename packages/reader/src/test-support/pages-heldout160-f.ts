import { links, ps, type TestPage, texts } from './page-kit.js';
import { legacyObit } from './pages-heldout160-f2.js';

/**
 * Held-out batch 160, file f: a Wikinews article in the Vector skin (the "Not logged in" personal tools, the Article and
 * Collaboration tabs, Read / Edit / View history, the site notice, "From Wikinews, the free news source you can write!",
 * the publish date, the floated "Related news" infobox and the map thumbnail caption inside the content, the "Sources"
 * section, the "Have an opinion on this story?" box, the share box, categories, the sidebar portals and the footer) and,
 * from file f2, an obituary on a local newspaper's Legacy.com page.
 */
const wnTitle = 'Volunteers complete restoration of historic ferry Marguerite in Port Alder';
const wnDate = 'Tuesday, November 18, 2025';
const wnP = [
  'Volunteers in the coastal town of Port Alder on Saturday finished a six-year restoration of the <i>Marguerite</i>, a steam ' +
    'ferry built in 1911 that carried passengers across the Alder estuary for more than half a century.',
  'The 34-metre vessel was relaunched in front of a crowd that organisers estimated at about 2,000 people. It will now be used ' +
    'for summer excursions on the estuary and as a floating museum at the town quay during the winter.',
  'The Marguerite Preservation Society bought the ferry for a nominal sum in 2019, when it was lying half-submerged in a ' +
    'boatyard upriver. The society says more than 140 volunteers worked on the restoration, replacing about 60 percent of the ' +
    'hull plating and rebuilding the original steam engine from parts recovered from two scrapped vessels.',
  'Society chair Ingrid Solberg told Wikinews the project had nearly stopped twice because of money problems. "In 2022 we had ' +
    'enough in the bank for three more months of work," she said. "A local appeal and a grant from the regional heritage ' +
    'fund kept us going."',
  'The total cost of the restoration was about 1.8 million, most of it raised through donations and grants. The society ' +
    'estimates volunteers gave more than 90,000 hours of work.',
  'The ferry made its last commercial crossing in 1967, after a road bridge opened across the estuary. It was later used as a ' +
    'floating restaurant and then as a storage hulk before it was abandoned in the 1990s.',
  'Former deckhand Albert Rennick, 88, who worked on the ferry as a teenager, was among the passengers on the first trip. He ' +
    'said the sound of the engine was "exactly as I remember it".',
  'The society plans to run its first public excursions in May. Tickets will go on sale in March, and the society says ' +
    'schoolchildren from the district will be offered free trips.',
];
const wnRelated = ['Port Alder harbour wall repaired after winter storms', 'Historic lifeboat returns to Kessock after refit'];
const wnSources = [
  '"Marguerite returns to the water after six years" — <i>Alder Valley Gazette</i>, November 15, 2025',
  '"Restored steam ferry draws thousands to Port Alder quay" — <i>Coastline Radio</i>, November 16, 2025',
];
const wnNotice = 'Wikinews is looking for volunteers to help review articles before publication.';
const wnPersonal = ['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'];
const wnSide = ['Main Page', 'Write an article', 'Newsroom', 'Random article', 'Water cooler', 'Help', 'Donate'];
const wnTools = ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Permanent link', 'Page information', 'Cite this page'];
const wnCats = ['November 18, 2025', 'Published', 'Archived', 'Europe', 'Transport', 'Heritage', 'Culture and entertainment'];
const wnFoot = ['Privacy policy', 'About Wikinews', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wnLicense =
  'All text created after September 25, 2005 available under the terms of the Creative Commons Attribution 2.5 License, unless otherwise noted.';
const wnHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${wnTitle} - Wikinews, the free news source</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Volunteers_complete_restoration",
"wgTitle":"${wnTitle}","wgCategories":["November 18, 2025","Published","Archived","Europe"]};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.45.0-wmf.24"><meta property="og:title" content="${wnTitle} - Wikinews, the free news source">
<link rel="canonical" href="https://en.wikinews.org/wiki/Volunteers_complete_restoration_of_historic_ferry_Marguerite_in_Port_Alder">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"NewsArticle","name":"${wnTitle}","headline":"${wnTitle}",
"datePublished":"2025-11-18T09:12:44Z","publisher":{"@type":"Organization","name":"Wikinews"}}</script></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Volunteers_complete_restoration skin-vector action-view">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice" data-nosnippet><p>${wnNotice}</p></div></div>
<div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wnTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikinews, the free news source you can write!</div>
<div id="contentSub"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="metadata infobox" style="float:right;width:200px"><tbody><tr><th>Related news</th></tr>
${wnRelated.map((r) => `<tr><td><ul><li><a href="/wiki/${r.replace(/ /g, '_')}">${r}</a></li></ul></td></tr>`).join('\n')}</tbody></table>
<p><strong class="published"><span id="publishDate" class="value-title" title="2025-11-18">${wnDate}</span></strong></p>
<figure class="mw-default-size mw-halign-right" typeof="mw:File/Thumb"><a href="/wiki/File:Port_Alder_location.png" class="mw-file-description">
<img src="//upload.wikimedia.example/wikipedia/commons/thumb/port-alder.png" class="mw-file-element" width="220" height="180"></a>
<figcaption>Location of Port Alder on the Alder estuary.<br>Image: Wikimedia Commons.</figcaption></figure>
${ps(wnP)}
<div class="mw-heading mw-heading2"><h2 id="Sources">Sources</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Volunteers&amp;action=edit&amp;section=1" title="Edit section: Sources">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>
<ul>${wnSources.map((s) => `<li><span class="sourceTemplate">${s}</span></li>`).join('\n')}</ul>
<table class="opinion-box" style="clear:both"><tbody><tr><td><b>Have an opinion on this story?</b> <a href="/wiki/Comments:Volunteers">Share it!</a></td></tr>
</tbody></table>
<div class="share-box noprint"><b>Share this:</b> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Reddit</a> <a href="#">Email</a></div>
</div></div>
<div class="printfooter" data-nosnippet>Retrieved from "https://en.wikinews.org/w/index.php?title=Volunteers_complete_restoration&amp;oldid=5031877"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(wnCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label">
<h3 id="p-personal-label" class="vector-menu-heading"><span>Personal tools</span></h3>
<ul class="vector-menu-content-list">${links(wnPersonal, 'mw-list-item')}</ul></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul>
<li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Volunteers">Article</a></li>
<li id="ca-talk" class="mw-list-item"><a href="/wiki/Talk:Volunteers">Collaboration</a></li></ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul><li class="selected"><a href="#">Read</a></li>
<li><a href="#">Edit</a></li><li><a href="#">View history</a></li></ul></nav>
<div id="p-search" role="search"><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="Search Wikinews"
id="searchInput"><input type="submit" value="Go" id="searchButton"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu portal"><h3>Navigation</h3><ul>${links(wnSide, 'mw-list-item')}</ul></nav>
<nav id="p-tb" class="vector-menu portal"><h3>Tools</h3><ul>${links(wnTools, 'mw-list-item')}</ul></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 18 November 2025,
at 14:06.</li><li id="footer-info-copyright">${wnLicense}</li></ul><ul id="footer-places">${links(wnFoot)}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":211});});</script></body></html>`;
const wikinews: TestPage = {
  name: 'heldout160-wikinews-article',
  kind: 'news',
  html: wnHtml,
  title: wnTitle,
  // the "Sources" section heading and its citations are in neither list
  headings: [],
  body: texts(wnP),
  bylines: [wnDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    wnNotice, 'From Wikinews, the free news source you can write!', 'Jump to navigation', 'Jump to search', 'Related news', ...wnRelated,
    'Location of Port Alder on the Alder estuary.', 'Image: Wikimedia Commons.', 'Have an opinion on this story?', 'Share it!', 'Share this:',
    'Facebook', 'X', 'Reddit', 'Email', 'Retrieved from', 'Categories', ...wnCats, 'Navigation menu', 'Personal tools', ...wnPersonal, 'Article',
    'Collaboration', 'Read', 'Edit', 'View history', 'Navigation', ...wnSide, 'Tools', ...wnTools, 'This page was last edited on 18 November 2025, at 14:06.',
    wnLicense, ...wnFoot,
  ],
};

export const HELDOUT160_F: readonly TestPage[] = [wikinews, legacyObit];
