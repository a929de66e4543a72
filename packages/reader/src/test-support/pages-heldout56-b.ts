import { links, plain, type TestPage, texts } from './page-kit.js';
import { archwiki } from './pages-heldout56-b2.js';

/**
 * Held-out batch 56, file b: a Wikibooks chapter on the legacy Vector skin (page base divs, the development-stage indicator,
 * "From Wikibooks", the subpage breadcrumb, jump links, the chapter navigation bar above and below, the book's contents box
 * floated right, the old in-content TOC with its toggle, "[edit]" links, a figure with caption, numbered and bulleted lists,
 * categories, the left panel portlets, the head tabs and search form, and the footer). The book and chapter are invented.
 */
const wbBook = 'Introduction to Soil Science';
const wbTitle = `${wbBook}/Soil Texture`;
const wbIntro = [
  '<b>Soil texture</b> describes the relative proportions of sand, silt and clay particles in a soil. It is one of the few soil properties ' +
    'that does not change over a human lifetime, and it affects almost everything else about a soil: how much water it holds, how quickly ' +
    'water drains through it, how easily roots can push through it and how well it stores nutrients.',
];
const wbH = ['Particle size classes', 'The texture triangle', 'Estimating texture by hand', 'Why texture matters', 'Exercises'] as const;
const wbSizes1 = [
  'Mineral particles are grouped by diameter. Anything larger than 2&#160;mm is treated as gravel or stones and is left out when texture is ' +
    'measured. The remaining <i>fine earth</i> is divided into three classes:',
];
const wbSizes = [
  '<b>Sand</b>: 0.05 to 2&#160;mm. Sand grains can be seen with the naked eye and feel gritty between the fingers.',
  '<b>Silt</b>: 0.002 to 0.05&#160;mm. Silt feels smooth and floury when dry and slightly soapy when wet.',
  '<b>Clay</b>: less than 0.002&#160;mm. Clay particles are too small to see even with an ordinary microscope, and wet clay is sticky and can be moulded.',
];
const wbSizes2 = [
  'These boundaries follow the USDA system. Other schemes, such as the one used in the United Kingdom, put the boundary between silt and sand ' +
    'at 0.063&#160;mm instead, so always check which scheme a published analysis uses.',
];
const wbTriangle = [
  'Because the three fractions always add up to 100 per cent, any soil can be plotted as a single point on a triangular diagram. The ' +
    'triangle is divided into twelve texture classes, from sand in one corner to clay in another. A soil with 40 per cent sand, 40 per cent ' +
    'silt and 20 per cent clay, for example, falls in the class called <i>loam</i>, which gardeners often regard as the ideal mixture.',
];
const wbHand1 = [
  'In the field, soil scientists estimate texture by feel. The method takes practice, but an experienced person can usually place a soil ' +
    'within one class of its laboratory result.',
];
const wbSteps = [
  'Take a sample about the size of a walnut and remove any stones or roots.',
  'Add water a few drops at a time and knead the soil until it is moist and holds together, like putty.',
  'Squeeze the soil between thumb and forefinger to push out a ribbon. The longer the ribbon grows before it breaks, the more clay the soil contains.',
  'Wet a pinch of soil in your palm and rub it with a finger. A gritty feel means sand dominates; a smooth feel means silt.',
];
const wbHand2 = ['A ribbon shorter than 2.5&#160;cm suggests a loam or sandy loam, while a sticky ribbon longer than 5&#160;cm points to a clay.'];
const wbMatters = [
  'Clay particles have a very large surface area and carry negative charges, so clay soils hold on to water and to nutrients such as potassium ' +
    'and calcium. The same property makes them slow to drain and hard to work when wet. Sandy soils are the opposite: they warm up quickly in ' +
    'spring and are easy to dig, but water and fertiliser wash through them. Much of soil management, from choosing an irrigation schedule to ' +
    'deciding how much lime to apply, starts with knowing the texture.',
];
const wbEx = [
  'Plot a soil with 20 per cent sand, 60 per cent silt and 20 per cent clay on the texture triangle. Which class does it fall in?',
  'Explain why a sandy soil might need fertiliser more often than a clay soil.',
];
const wbChapters = ['Introduction', 'Soil Formation', 'Soil Texture', 'Soil Structure', 'Soil Water', 'Soil Organisms', 'Soil Fertility', 'Glossary'];
const wbNav = `<div class="noprint" style="border:1px solid #aaa;background:#f5f5f5;margin:0.5em 0;padding:0.2em"><table style="width:100%"><tbody><tr>
<td style="width:33%;text-align:left">\u2190 <a href="/wiki/Introduction_to_Soil_Science/Soil_Formation"
title="Introduction to Soil Science/Soil Formation">Soil Formation</a></td>
<td style="width:34%;text-align:center"><a href="/wiki/Introduction_to_Soil_Science" title="Introduction to Soil Science">${wbBook}</a></td>
<td style="width:33%;text-align:right"><a href="/wiki/Introduction_to_Soil_Science/Soil_Structure" title="Introduction to Soil Science/Soil Structure">Soil
Structure</a> \u2192</td>
</tr></tbody></table></div>`;
const sec = (n: number, h: string, lvl = 2): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${h.replace(/ /g, '_')}">${h}</h${lvl}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>` +
  `<a href="/w/index.php?title=Introduction_to_Soil_Science/Soil_Texture&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"><span>edit</span></a>` +
  `<span class="mw-editsection-bracket">]</span></span></div>`;
const portal = (id: string, head: string, items: string[]): string =>
  `<nav id="p-${id}" class="mw-portlet mw-portlet-${id} vector-menu-portal portal vector-menu" aria-labelledby="p-${id}-label"><h3 id="p-${id}-label"
 class="vector-menu-heading"><span class="vector-menu-heading-label">${head}</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(items, 'mw-list-item')}</ul></div></nav>`;
const wbPanel: [string, string, string[]][] = [
  ['navigation', 'Navigation', ['Main Page', 'Help', 'Browse', 'Cookbook', 'Wikijunior', 'Featured books', 'Recent changes', 'Random book', 'Using Wikibooks']],
  ['Community', 'Community', ['Reading room forum', 'Community portal', 'Bulletin Board', 'Help out!', 'Policies and guidelines', 'Contact us']],
  [
    'tb',
    'Tools',
    ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL'],
  ],
  ['wikibase-otherprojects', 'In other projects', ['Wikipedia', 'Wikiversity', 'Wiktionary', 'Wikimedia Commons']],
  ['coll-print_export', 'Print/export', ['Create a collection', 'Download as PDF', 'Printable version']],
];
const wbFoot = ['Privacy policy', 'About Wikibooks', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wbLicence =
  'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply. By using this site, you agree to the Terms of ' +
  'Use and Privacy Policy.';
const wbLast = 'This page was last edited on 3 March 2025, at 10:14.';
const wbHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-disabled vector-feature-page-tools-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wbTitle} - Wikibooks, open books for an open world</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-disabled";
RLCONF={"wgPageName":"Introduction_to_Soil_Science/Soil_Texture",
"wgTitle":"Introduction to Soil Science/Soil Texture","wgCurRevisionId":4417702,
"wgCategories":["Book:Introduction to Soil Science"],"wgBookName":"${wbBook}"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.wikimediaBadges%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.45.0-wmf.18"><link rel="canonical"
href="https://en.wikibooks.org/wiki/Introduction_to_Soil_Science/Soil_Texture"></head>
<body class="skin-vector-legacy mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Introduction_to_Soil_Science_Soil_Texture
 rootpage-Introduction_to_Soil_Science skin-vector action-view"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><!-- CentralNotice --></div>
<div class="mw-indicators"><div id="mw-indicator-status" class="mw-indicator"><span typeof="mw:File"><a href="/wiki/Help:Development_stages"
 title="Help:Development stages"><img alt="75% developed" src="//upload.wikimedia.org/wikipedia/commons/thumb/6/62/75%25.svg/9px-75%25.svg.png" width="9"
height="9"></a></span></div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wbTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikibooks, open books for an open world</div>
<div id="contentSub"><div id="mw-content-subtitle"><div class="subpages">&lt; <bdi dir="ltr"><a href="/wiki/Introduction_to_Soil_Science"
 title="Introduction to Soil Science">${wbBook}</a></bdi></div></div></div><div id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${wbNav}
<div style="float:right;clear:right;width:14em;margin:0 0 1em 1em;border:1px solid #a2a9b1;background:#f8f9fa;padding:0.4em;font-size:90%" class="noprint">
<div style="text-align:center;font-weight:bold"><a href="/wiki/Introduction_to_Soil_Science">${wbBook}</a></div><ol>
${wbChapters
  .map((c) =>
    c === 'Soil Texture'
      ? `<li><b>${c}</b></li>`
      : `<li><a href="/wiki/Introduction_to_Soil_Science/${c.replace(/ /g, '_')}">${c}</a>
</li>`,
  )
  .join('\n')}
</ol></div>
<p>${wbIntro[0]}\n</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
 style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
 for="toctogglecheckbox"></label></span></div><ul>
${wbH
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${sec(1, wbH[0])}
<p>${wbSizes1[0]}\n</p><ul>${wbSizes.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${wbSizes2[0]}\n</p>
${sec(2, wbH[1])}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:SoilTexture_USDA.svg" class="mw-file-description"><img
 src="//upload.wikimedia.org/wikipedia/commons/thumb/8/8b/SoilTexture_USDA.svg/250px-SoilTexture_USDA.svg.png" decoding="async" width="250" height="217"
 class="mw-file-element"></a><figcaption>The USDA soil texture triangle, with the twelve classes</figcaption></figure>
<p>${wbTriangle[0]}\n</p>
${sec(3, wbH[2])}
<p>${wbHand1[0]}\n</p>
<ol>${wbSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p>${wbHand2[0]}\n</p>
${sec(4, wbH[3])}
<p>${wbMatters[0]}\n</p>
${sec(5, wbH[4])}
<ol>${wbEx.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${wbNav}
<!-- NewPP limit report Parsed by mw-api-ext.eqiad.main-7b9f6c5d8-k4w2q Cached time: 20250303101502 -->
</div><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://en.wikibooks.org/w/index.php?title=Introduction_to_Soil_Science/Soil_Texture&amp;oldid=4417702"
>https://en.wikibooks.org/w/index.php?title=Introduction_to_Soil_Science/Soil_Texture&amp;oldid=4417702</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
 title="Special:Categories">Category</a>: <ul><li><a href="/wiki/Category:Book:Introduction_to_Soil_Science">Book:Introduction to Soil Science</a></li></ul>
</div></div>
</div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="mw-portlet mw-portlet-personal vector-user-menu-legacy vector-menu" aria-labelledby="p-personal-label"><h3 id="p-personal-label"
 class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="pt-anonuserpage" class="mw-list-item">Not logged in</li>${links(
  ['Discussion for this IP ' + 'address', 'Contributions', 'Create account', 'Log in'],
  'mw-list-item',
)}
</ul></div></nav><div id="left-navigation"><nav id="p-namespaces" class="mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy vector-menu"
 aria-labelledby="p-namespaces-label"><h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item"><a href="#"><span>Book</span></a>
</li>
<li id="ca-talk" class="new mw-list-item"><a href="#"><span>Discussion</span></a></li></ul></div></nav><nav id="p-variants"
class="mw-portlet mw-portlet-variants
 emptyPortlet vector-menu-dropdown vector-menu" aria-labelledby="p-variants-label"><input type="checkbox" id="p-variants-checkbox" role="button"
 class="vector-menu-checkbox" aria-labelledby="p-variants-label"><label id="p-variants-label" class="vector-menu-heading"><span
 class="vector-menu-heading-label">English</span></label><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy vector-menu"><h3 id="p-views-label"
 class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected mw-list-item"><a href="#"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item"><a href="#"><span>Edit</span></a>
</li>
<li id="ca-history" class="mw-list-item"><a href="#"><span>View history</span></a></li></ul></div></nav>
<nav id="p-cactions" class="mw-portlet mw-portlet-cactions emptyPortlet vector-menu-dropdown vector-menu" title="More options"><input type="checkbox"
 id="p-cactions-checkbox" role="button" class="vector-menu-checkbox"><label id="p-cactions-label" class="vector-menu-heading"><span
 class="vector-menu-heading-label">More</span></label><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3><label
for="searchInput">Search</label></h3>
<form action="/w/index.php" id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"
data-search-loc="header-navigation">
<input class="vector-search-box-input" type="search" name="search" placeholder="Search Wikibooks" aria-label="Search Wikibooks" id="searchInput"><input
 type="hidden" name="title" value="Special:Search"><input type="submit" name="fulltext" class="searchButton mw-fallbackSearchButton" value="Search"><input
 type="submit" name="go" class="searchButton" id="searchButton" value="Go"></div></form></div></div></div>
<div id="mw-panel" class="vector-legacy-sidebar"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page">
</a></div>
${wbPanel.map(([id, h, xs]) => portal(id, h, xs)).join('\n')}
<nav id="p-lang" class="mw-portlet mw-portlet-lang vector-menu-portal portal vector-menu" aria-labelledby="p-lang-label"><h3 id="p-lang-label"
 class="vector-menu-heading"><span class="vector-menu-heading-label">Languages</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list"></ul>
<div class="after-portlet after-portlet-lang"><span class="wb-langlinks-add wb-langlinks-link"><a href="#" class="wbc-editpage">Add links</a></span></div>
</div></nav>
</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${wbLast}</li>
<li id="footer-info-copyright">${wbLicence}</li></ul><ul id="footer-places">${links(wbFoot)}</ul><ul id="footer-icons" class="noprint"><li
id="footer-copyrightico">
<a href="https://wikimediafoundation.org/"><img src="/static/images/footer/wikimedia-button.svg" width="84" height="29" alt="Wikimedia Foundation"
loading="lazy"></a>
</li><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki"
width="88"
 height="31" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-6f7d9c8b5-w8x3n","wgBackendResponseTime":142});});</script>
</body></html>`;
const wikibooks: TestPage = {
  html: wbHtml,
  name: 'heldout56-wikibooks-chapter',
  kind: 'wiki',
  // the title is the h1 as the wiki shows it, book name and chapter ("Book/Chapter"); the intro, the paragraphs, the size
  // classes, the hand-texture steps and the exercises are body (the exercises are part of the chapter, under their own h2);
  // the chapter navigation bars (twice), the book's contents box, the subpage breadcrumb, the development-stage image's
  // alt (not text), "From Wikibooks", the TOC, the caption, the category, panel, tabs and footer are furniture; the TOC and the
  // contents box repeat the headings' and title's words (left out), as do its "Introduction" and the "More" tab (body words);
  // "This page was last edited" is the byline
  title: wbTitle,
  headings: [...wbH],
  body: [...texts(wbIntro), ...texts(wbSizes1), ...texts(wbSizes), ...texts(wbSizes2), ...texts(wbTriangle), ...texts(wbHand1), ...wbSteps]
    .concat(texts(wbHand2), texts(wbMatters), wbEx)
    .map((t) => plain(t)),
  bylines: [wbLast],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Soil Formation', 'Soil Structure', ...wbChapters.filter((c) => !['Soil Texture', 'Soil Formation', 'Soil Structure'].includes(c)),
    'From Wikibooks, open books for an open world', 'Jump to navigation', 'Jump to search', 'Contents',
    'The USDA soil texture triangle, with the twelve classes', 'Retrieved from ' +
      '"https://en.wikibooks.org/w/index.php?title=Introduction_to_Soil_Science/Soil_Texture&oldid=4417702"',
    'Category', 'Book:Introduction to Soil Science', 'Navigation menu', 'Personal tools', 'Not logged in', 'Discussion for this IP address', 'Contributions',
    'Create account', 'Log in', 'Namespaces', 'Book', 'Discussion', 'English', 'Views', 'Read', 'Edit', 'View history', 'More', 'Search',
    ...wbPanel.flatMap(([, h, xs]) => [h, ...xs]), 'Languages', 'Add links', wbLicence, ...wbFoot,
  ].filter((t, i, all) => all.indexOf(t) === i && !['Introduction', 'More'].includes(t)),
};

export const HELDOUT56_B: readonly TestPage[] = [wikibooks, archwiki];
