import { links, plain, type TestPage, texts } from './page-kit.js';
import { monobookFanWiki } from './pages-heldout56-f2.js';

/**
 * Held-out batch 56, file f: an OpenStreetMap wiki tag page on the legacy Vector skin (the "Other languages" bar with
 * "Help us translate this wiki", the ValueDescription infobox with the element icons, useful combinations, status and the
 * "Tools for this tag" links, tags written as key=value links, "[edit]" links, the "Possible tagging mistakes" template,
 * "See also", the tag categories, the left panel and head tabs, and the footer). The tag and all its facts are invented.
 */
const osmTitle = 'Tag:amenity=seed_library';
const tag = (k: string, v: string): string =>
  `<span class="tag"><a href="/wiki/Key:${k}" title="Key:${k}">${k}</a>=${
    v === '*'
      ? '<i>*</i>'
      : `<a href="/wiki/Tag:${k}%3D${v}"
title="Tag:${k}=${v}">${v}</a>`
  }</span>`;
const osmLangs = ['Deutsch', 'English', 'español', 'français', 'italiano', 'polski', 'русский', '日本語'];
const osmLead = [
  `A <b>seed library</b> is a collection of seeds that members of the public can take for free or borrow, on the understanding that they ` +
    'will grow the plants, save seeds from the harvest and return some of them to the library. Seed libraries are often kept in a cabinet ' +
    'inside a public library, a community garden or a shop, and many are stocked only at certain times of the year.',
];
const osmH = ['How to map', 'Tags to use in combination', 'Rendering'] as const;
const osmHow = [
  `Place a node at the location of the seed collection and add ${tag('amenity', 'seed_library')}. If the seed library has premises of its ` +
    'own, the tag can go on the building or room outline instead.',
  `When the seeds are kept inside another feature, such as ${tag('amenity', 'library')} or ${tag('leisure', 'garden')}, map the seed library ` +
    'as a separate node inside that feature rather than adding a second amenity tag to it.',
  `Because most seed libraries are stocked only in late winter and spring, add a month range to ${tag('opening_hours', '*')} rather than ` +
    'leaving the feature out of the map for half the year; an empty cabinet in August is still a seed library.',
  `A small unstaffed cabinet by a street, where anyone may leave or take seeds without joining anything, is better mapped as ` +
    `${tag('amenity', 'give_box')}.`,
];
const osmCombo = [
  `${tag('name', '*')} \u2013 the name of the seed library, if it has one.`,
  `${tag('opening_hours', '*')} \u2013 when seeds can be taken or returned, which often differs from the opening hours of the host building.`,
  `${tag('operator', '*')} \u2013 the group or organisation that runs the seed library.`,
  `${tag('fee', 'no')} \u2013 if the seeds are free; use ${tag('fee', 'yes')} if a membership fee is charged.`,
  `${tag('website', '*')} \u2013 a page listing the varieties currently available.`,
];
const osmRender = [
  'As of 2025 the tag is not rendered on the Standard tile layer. A few gardening and food-sharing maps show seed libraries with a ' +
    'sprouting-seed icon, and the tag is supported by several mobile editors as a preset.',
];
const osmInfo: [string, string][] = [
  ['Description', 'A place where people can borrow seeds to grow and return seeds from their harvest.'],
  ['Group', 'Amenities'],
  ['Used on these elements', ''],
  ['Useful combination', ['name', 'opening_hours', 'operator', 'fee'].map((k) => `<li>${tag(k, '*')}</li>`).join('')],
  ['See also', `<li>${tag('amenity', 'library')}</li><li>${tag('amenity', 'give_box')}</li>`],
  ['Status', '<span class="status-inuse">in use</span>'],
];
const osmTools = ['taginfo', 'AD', 'AT', 'BR', 'CH', 'CN', 'DE', 'FR', 'GB', 'IT', 'JP', 'PL', 'US', 'overpass-turbo', 'OSM Tag History'];
const osmMistakes = [
  'If you know places with this tag, verify if it could be tagged with another tag.',
  'Automated edits are strongly discouraged unless you really know what you are doing!',
];
const osmMistakeTags = ['amenity=seedlibrary', 'shop=seed_library', 'seed_library=yes'];
const osmSee = ['Tag:amenity=library', 'Tag:amenity=give_box', 'Key:seed_library:* (proposed)'];
const osmCats = ['Tag descriptions for key "amenity"', 'Tag descriptions with status "in use"', 'Tag descriptions'];
const osmPanel: [string, string, string[]][] = [
  ['navigation', 'Navigation', ['Main page', 'Map Features', 'Contributing', 'Help', 'Beginners\u2019 guide', 'Recent changes', 'Random page']],
  ['community', 'Community', ['Community portal', 'Forums', 'Events', 'Mailing lists', 'Diary']],
  ['tb', 'Tools', ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Printable version', 'Permanent link', 'Page information']],
];
const osmLast = 'This page was last edited on 11 May 2025, at 13:26.';
const osmLicence = 'Content is available under Creative Commons Attribution-ShareAlike 2.0 license unless otherwise noted.';
const osmFoot = ['Privacy policy', 'About OpenStreetMap Wiki', 'Disclaimers', 'Mobile view'];
const sec = (n: number, h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a ` +
  `href="/w/index.php?title=Tag:amenity%3Dseed_library&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"><span>edit</span></a><span ` +
  `class="mw-editsection-bracket">]</span></span></div>`;
const icon = (el: string, ok: boolean): string =>
  `<span typeof="mw:File"><a href="/wiki/${el}" title="${ok ? 'may' : 'should not'} be used on ${el}s"><img
alt="${ok ? 'may' : 'should not'} be used on ${el}s" ` + `src="/w/images/thumb/${el}.svg/20px-${el}.svg.png" width="20" height="20"></a></span>`;
const osmHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${osmTitle} - OpenStreetMap Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Tag:amenity=seed_library","wgTitle":"Amenity=seed library","wgNamespaceNumber":0,
"wgCategories":["Tag descriptions for key \\"amenity\\"","Tag descriptions with status \\"in use\\"","Tag descriptions"],"wbEntityId":"Q24981"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.wikibase.common%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.43.1"><link rel="canonical" href="https://wiki.openstreetmap.org/wiki/Tag:amenity%3Dseed_library"></head>
<body class="skin-vector-legacy mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tag_amenity_seed_library
 rootpage-Tag_amenity_seed_library skin-vector
 action-view"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"></div><div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span
class="mw-page-title-namespace">Tag</span><span
 class="mw-page-title-separator">:</span><span class="mw-page-title-main">amenity=seed_library</span></h1><div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From OpenStreetMap Wiki</div><div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="jump-to-nav"></div>
<a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="languages noprint navigation-not-searchable" style="clear:both;font-size:0.9em;border:1px solid #ddd;padding:2px 4px"><div style="float:left"><a
 href="/wiki/Template:Languages" title="Template:Languages">Other languages</a> \u2014 <a href="/wiki/Wiki_Translation">Help us translate this wiki</a></div>
<div style="text-align:right">${osmLangs
  .map((l) =>
    l === 'English'
      ? `<bdi><b>${l}</b></bdi>`
      : `<bdi><a href="#" lang="x">${l}</a>
</bdi>`,
  )
  .join(' \u2022 ')}</div></div>
<table class="description valueDescription" style="float:right;clear:right;width:300px;margin:0 0 1em 1em;border:1px solid #ccc"><tbody><tr><th colspan="2"
 class="d_image"><span class="tag" style="font-size:1.2em">${tag('amenity', 'seed_library')}</span></th></tr><tr><td colspan="2" style="text-align:center"><span
 typeof="mw:File"><img src="/w/images/thumb/9/9c/Seed_library_cabinet.jpg/200px-Seed_library_cabinet.jpg" width="200" height="150" alt=""></span></td></tr>
${osmInfo
  .map(([k, v]) =>
    k === 'Used on these elements'
      ? `<tr><th colspan="2">${k}</th></tr><tr><td colspan="2" class="d_onElements">${icon('node', true)} ${icon('way', false)} ${icon('area', true)}
${icon('relation', false)}</td></tr>`
      : k === 'Useful combination' || k === 'See also'
        ? `<tr><th colspan="2">${k}</th></tr><tr><td colspan="2"><ul>${v}</ul></td></tr>`
        : `<tr><th>${k}</th><td>${v}</td></tr>`,
  )
  .join('\n')}
<tr><th colspan="2">Tools for this tag</th></tr><tr><td colspan="2" class="d_tools"><div class="taglists">${osmTools
  .map((t) => `<a rel="nofollow" class="external text" href="https://taginfo.openstreetmap.org/tags/amenity=seed_library">${t}</a>`)
  .join(' \u00b7 ')}</div></td></tr>
<tr><td colspan="2" class="d_edit" style="font-size:0.8em;text-align:right"><a href="https://wiki.openstreetmap.org/wiki/Item:Q24981">Edit or translate this
description.</a></td></tr>
</tbody></table>
<p>${osmLead[0]}\n</p>
${sec(1, osmH[0])}
${osmHow.map((p) => `<p>${p}\n</p>`).join('\n')}
${sec(2, osmH[1])}
<ul>${osmCombo.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${sec(3, osmH[2])}
<p>${osmRender[0]}\n</p>
${sec(4, 'Possible tagging mistakes')}
<table class="wikitable" style="border:2px solid #c00"><tbody><tr><td><p>${osmMistakes[0]}<br>${osmMistakes[1]}</p><ul>
${osmMistakeTags
  .map(
    (t) => `<li><a rel="nofollow" class="external text" href="https://taginfo.openstreetmap.org/search?q=${encodeURIComponent(t)}">${t}</a>
</li>`,
  )
  .join('\n')}
</ul></td></tr></tbody></table>
${sec(5, 'See also')}
<ul>${osmSee.map((t) => `<li><a href="/wiki/${t.replace(/ .*/, '')}">${t}</a></li>`).join('\n')}</ul>
</div><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://wiki.openstreetmap.org/w/index.php?title=Tag:amenity%3Dseed_library&amp;oldid=2811940"
>https://wiki.openstreetmap.org/w/index.php?title=Tag:amenity%3Dseed_library&amp;oldid=2811940</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div
 id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(osmCats)}</ul>
</div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-user-menu-legacy vector-menu"><h3
class="vector-menu-heading"><span
 class="vector-menu-heading-label">Personal tools</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(['Create account', 'Log in'], 'mw-list-item')}
</ul></div></nav><div id="left-navigation"><nav id="p-namespaces" class="vector-menu-tabs vector-menu-tabs-legacy vector-menu"><div
class="vector-menu-content"><ul
 class="vector-menu-content-list">${links(['Page', 'Discussion'], 'mw-list-item')}</ul></div></nav></div><div id="right-navigation"><nav id="p-views"
class="vector-menu-tabs
 vector-menu-tabs-legacy
vector-menu"><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></div>
</nav><div id="p-search" role="search" class="vector-search-box"><h3><label for="searchInput">Search</label></h3><form action="/w/index.php"
id="searchform"><div id="simpleSearch">
<input type="search" name="search" placeholder="Search OpenStreetMap Wiki" id="searchInput"><input type="submit" name="go" class="searchButton"
id="searchButton" value="Go"></div>
</form></div></div></div><div id="mw-panel" class="vector-legacy-sidebar"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page"
title="Visit the main page"></a></div>
${osmPanel
  .map(
    ([id, h, xs]) =>
      `<nav id="p-${id}" class="mw-portlet vector-menu-portal portal vector-menu"><h3 class="vector-menu-heading"><span
class="vector-menu-heading-label">${h}</span></h3>` +
      `<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(xs, 'mw-list-item')}</ul></div></nav>`,
  )
  .join('\n')}
</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${osmLast}</li><li
id="footer-info-copyright">${osmLicence}</li></ul>
<ul id="footer-places">${links(osmFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a
href="https://creativecommons.org/licenses/by-sa/2.0/"><img
 src="/w/resources/assets/licenses/cc-by-sa.png" alt="Creative Commons Attribution-ShareAlike 2.0 license" width="88" height="31"></a></li></ul></footer>
</body></html>`;
const osmWiki: TestPage = {
  html: osmHtml,
  name: 'heldout56-osm-wiki-tag-page',
  kind: 'wiki',
  // the title is the h1's text, namespace and all ("Tag:amenity=seed_library"); the lead, the "How to map" and "Rendering"
  // paragraphs and the combination list (each tag with its note) are body; the infobox (its description line included: a data
  // item's text, not the page's), its element icons (alt text only), "Tools for this tag" links and the edit link are furniture;
  // the "Possible tagging mistakes" section is the template's boilerplate with taginfo search links, so its heading, text and
  // list are furniture too; "Other languages", the language links, "See also", categories, panel, tabs and footer are furniture;
  // "This page was last edited" is the byline; infobox tags and short labels that are words of the body ("amenity=library",
  // "Group", the taginfo country codes "AT" and "IT", the "Page" tab, the "Community" portlet) are left out
  title: osmTitle,
  headings: [...osmH],
  body: texts([...osmLead, ...osmHow, ...osmCombo, ...osmRender]),
  bylines: [osmLast],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From OpenStreetMap Wiki', 'Jump to navigation', 'Jump to search', 'Other languages', 'Help us translate this wiki', ...osmLangs,
    ...osmInfo.flatMap(([k, v]) => [k, plain(v)]).filter((t) => t !== '' && !t.includes('=')), 'Tools for this tag', ...osmTools,
    'Edit or translate this description.', 'Possible tagging mistakes', ...osmMistakes, ...osmMistakeTags, 'See also', ...osmSee,
    'Retrieved from "https://wiki.openstreetmap.org/w/index.php?title=Tag:amenity%3Dseed_library&oldid=2811940"', 'Categories', ...osmCats,
    'Navigation menu', 'Personal tools', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Search',
    ...osmPanel.flatMap(([, h, xs]) => [h, ...xs]), osmLicence, ...osmFoot,
  ].filter((t, i, all) => all.indexOf(t) === i && !['Group', 'AT', 'IT', 'Page', 'Community'].includes(t)),
};

export const HELDOUT56_F: readonly TestPage[] = [osmWiki, monobookFanWiki];
