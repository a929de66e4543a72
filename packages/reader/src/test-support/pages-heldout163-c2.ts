import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file c2: an OpenStreetMap wiki tag page (MediaWiki, legacy Vector skin): the site notice, "Jump to"
 * links, personal tools, namespace and view tabs, the language bar, the tag description box (group, elements, status,
 * taginfo tools), sections with "[edit]" links, the "possible tagging mistakes" template, categories, the sidebar portals
 * and the footer with its last-edited line and licence.
 */
const osTitle = 'Tag:amenity=seed_exchange';
const osLead = [
  'A <b>seed exchange</b> is a place where people can leave and take seeds of garden plants, vegetables and wild flowers for free, ' +
    'usually on a shelf, in a cabinet or in a box with small labelled envelopes. Exchanges are often found in public libraries, ' +
    'community gardens and outside allotment sites.',
  'Use this tag for a permanent seed exchange that can be visited during its opening hours. Do not use it for one-day seed swap ' +
    'events, which are not mapped in OpenStreetMap, or for shops that sell seeds, which should be tagged <tt>shop=garden_centre</tt> ' +
    'or <tt>shop=agrarian</tt>.',
];
const osH1 = 'How to map';
const osP1 = [
  'Set a node at the location of the exchange and tag it <tt>amenity=seed_exchange</tt>. If the exchange is inside a building such ' +
    'as a library, place the node inside the building outline rather than merging the tag with the building or with the library ' +
    'itself, since the library already has its own <tt>amenity=library</tt>.',
  'Exchanges in small wooden boxes by the roadside are common in some countries. Map them the same way, and consider adding ' +
    '<tt>covered=yes</tt> if the box is weatherproof.',
];
const osH2 = 'Tags to use in combination';
const osCombo = [
  '<tt>name=*</tt> – the name of the exchange, if it has one displayed on site.',
  '<tt>operator=*</tt> – the organisation that looks after it, for example a library or a garden society.',
  '<tt>opening_hours=*</tt> – when the exchange can be used, often the same as the building it is in.',
  '<tt>indoor=yes</tt> – if the exchange is inside a building.',
  '<tt>fee=no</tt> – seeds are free to take; use <tt>fee=donation</tt> if a donation box is provided.',
];
const osH3 = 'Rendering';
const osP3 = [
  'The tag is not rendered on the Standard tile layer on openstreetmap.org at the time of writing. Some garden and community ' +
    'mapping apps show it with a seedling icon.',
];
const osH4 = 'Similar tags';
const osSimilar = [
  '<tt>amenity=public_bookcase</tt> – a similar free exchange for books.',
  '<tt>amenity=give_box</tt> – a free exchange for general household items.',
];
const osMistakes =
  'If you know a place with this tag, verify if it could be tagged with another tag. Automated edits are strongly discouraged ' +
  'unless you really know what you are doing!';
const osNotice = 'State of the Map 2027 will take place in Lindqvist Harbour. The call for talks is open until 14 February.';
const osBox = ['Description', 'A place to leave and take seeds for free', 'Group: amenities', 'Used on these elements', 'Status: in use', 'Tools for this tag'];
const osTools = ['taginfo', 'overpass-turbo', 'OSM Tag History'];
const osLangs = ['Deutsch', 'English', 'español', 'français', 'italiano', 'polski', '日本語'];
const osTabs = ['Tag', 'Discussion', 'Read', 'Edit', 'View history'];
const osPanel = ['Main page', 'The map', 'Map Features', 'Contributors', 'Help', 'Blogs', 'Shop', 'Donations', 'Recent changes'];
const osTools2 = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information', 'Cite this page'];
const osFoot = ['Privacy policy', 'About OpenStreetMap Wiki', 'Disclaimers', 'Mobile view'];
const osLicence = 'Content is available under Creative Commons Attribution-ShareAlike 2.0 license unless otherwise noted.';
const osEdited = 'This page was last edited on 9 March 2026, at 17:40.';
const osH = (t: string): string => `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Tag:amenity%3Dseed_exchange&amp;action=edit" title="Edit section: ${t}">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>`;
const osUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const osPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const osHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Tag:amenity=seed exchange - OpenStreetMap Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Tag:amenity=seed_exchange","wgNamespaceNumber":0,"wgAction":"view",
"wgIsArticle":true,"wgPageContentLanguage":"en"};RLPAGEMODULES=["ext.wikibase.client","site","mediawiki.page.ready","skins.vector.legacy.js"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.wikibase.client.init%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.41.2"><meta name="viewport" content="width=1000"><meta property="og:title"
content="Tag:amenity=seed exchange - OpenStreetMap Wiki">
<link rel="canonical" href="https://wiki.openstreetmap.org/wiki/Tag:amenity%3Dseed_exchange"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tag_amenity_seed_exchange rootpage-Tag_amenity_seed_exchange skin-vector
action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="mw-dismissablenotice-anonplace"></div>
<div id="localNotice" data-nosnippet=""><div class="anonnotice" lang="en" dir="ltr"><p>${osNotice}</p></div></div></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading">${osTitle}</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From OpenStreetMap Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a> <a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<div class="languages noprint navigation-not-searchable" style="clear:both;"><div class="languages-label">Other languages</div><ul class="languages-list">
${osLangs.map((t) => `<li><a href="/wiki/${t}:Tag:amenity%3Dseed_exchange" lang="x">${t}</a></li>`).join('')}</ul></div>
<table class="description valueDescription" style="float:right;"><tr><th colspan="2" class="d_head">${osBox[0]}</th></tr>
<tr><td colspan="2" class="d_resume">${osBox[1]}</td></tr><tr><td colspan="2"><a
href="/wiki/Category:Tag_descriptions_for_group_%22amenities%22">${osBox[2]}</a></td></tr>
<tr><td colspan="2" class="d_label">${osBox[3]}</td></tr><tr><td colspan="2"><img alt="may be used on nodes"><img alt="should not be used on ways"></td></tr>
<tr><td colspan="2"><a href="/wiki/Tag_status">${osBox[4]}</a></td></tr><tr><td colspan="2" class="d_label">${osBox[5]}</td></tr>
<tr><td colspan="2"><ul class="taginfo-tools">${links(osTools)}</ul></td></tr></table>
${osPs(osLead)}
${osH(osH1)}
${osPs(osP1)}
${osH(osH2)}
${osUl(osCombo)}
${osH(osH3)}
${osPs(osP3)}
${osH(osH4)}
${osUl(osSimilar)}
<h2><span class="mw-headline" id="Possible_tagging_mistakes">Possible tagging mistakes</span></h2><div class="mistakes-box"><p>${osMistakes}</p>
<ul><li><tt>amenity=seed_library</tt></li><li><tt>shop=seed_exchange</tt></li></ul></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.openstreetmap.org/w/index.php?title=Tag:amenity%3Dseed_exchange&amp;oldid=2731144">
https://wiki.openstreetmap.org/w/index.php?title=Tag:amenity%3Dseed_exchange&amp;oldid=2731144</a>"</div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Tag_descriptions">Tag descriptions</a></li><li><a
href="/wiki/Category:Amenities">Amenities</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet" aria-labelledby="p-personal-label">
<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3><div class="vector-menu-content"><ul>
<li id="pt-createaccount"><a href="/w/index.php?title=Special:CreateAccount">Create account</a></li><li id="pt-login"><a
href="/w/index.php?title=Special:UserLogin">Log in</a></li>
</ul></div></nav><div id="left-navigation"><nav id="p-namespaces"
class="vector-menu vector-menu-tabs"><ul>${links(osTabs.slice(0, 2), 'mw-list-item')}</ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul>${links(osTabs.slice(2), 'mw-list-item')}</ul></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail"><h3><label for="searchInput">Search</label></h3>
<form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="Search OpenStreetMap Wiki"
id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet vector-menu-portal portal"><h3 class="vector-menu-heading"><span>Navigation</span></h3>
<div class="vector-menu-content"><ul>${links(osPanel, 'mw-list-item')}</ul></div></nav><nav id="p-tb" class="vector-menu mw-portlet vector-menu-portal portal">
<h3 class="vector-menu-heading"><span>Tools</span></h3><div class="vector-menu-content"><ul>${links(osTools2, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${osEdited}</li>
<li id="footer-info-copyright">${osLicence}</li></ul><ul id="footer-places">${links(osFoot)}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img alt="Powered by MediaWiki" width="88"
height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":212});});</script></body></html>`;

export const osmWikiPage: TestPage = {
  name: 'heldout163-osm-wiki-tag-page',
  kind: 'wiki',
  html: osHtml,
  // the tag description box is furniture; the "Possible tagging mistakes" template (heading, text and its list) is furniture
  title: osTitle,
  headings: [osH1, osH2, osH3, osH4],
  body: texts([...osLead, ...osP1, ...osCombo, ...osP3, ...osSimilar]),
  bylines: [osEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    osNotice, 'From OpenStreetMap Wiki', 'Jump to navigation', 'Jump to search', 'Other languages', ...osLangs, ...osBox, ...osTools, 'edit',
    'Possible tagging mistakes', osMistakes, 'amenity=seed_library', 'shop=seed_exchange', 'Retrieved from', 'Categories', 'Tag descriptions', 'Amenities',
    'Navigation menu', 'Personal tools', 'Create account', 'Log in', ...osTabs, 'Search', 'Navigation', ...osPanel, 'Tools', ...osTools2, osLicence,
    ...osFoot,
  ],
};
