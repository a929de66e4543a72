import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 58, file b2: a block page on the Minecraft Wiki (minecraft.wiki, MediaWiki on the legacy Vector skin: the
 * site notice, the personal-tools bar, Page/Talk and Read/Edit/View history tabs, the left panel with the logo, navigation,
 * "Minecraft links" and tools, the italic hatnote, the "notaninfobox" with its sprite rows, the lead, the old-style contents
 * box, sections with edit links, the breaking-time, crafting, sounds, data-value and history tables, the "Issues" boilerplate,
 * a trivia list, a gallery with captions, references, the "Blocks" navbox, categories, language links and the footer).
 */
const mcTitle = 'Amber Lantern';
const ed = (n: number, t: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/Amber_Lantern?action=edit&amp;section=${n}" ` +
  `title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const hx = (lv: number, n: number, t: string): string =>
  `<div class="mw-heading mw-heading${lv}"><h${lv} id="${t.replace(/ /g, '_')}">${t}</h${lv}>${ed(n, t)}</div>`;
const pp = (ps: readonly string[]): string => ps.map((p) => `<p>${p}\n</p>`).join('\n');
const mcLead = [
  'An <b>amber lantern</b> is a light-emitting block made from <a href="/w/Amber_Shard">amber shards</a> in an iron frame. It gives off a warm orange ' +
    'light that slowly dims while no player is nearby, and it can be placed on the ground or hung from the underside of a block or a ' +
    '<a href="/w/Chain">chain</a>.',
];
const mcH = [
  'Obtaining',
  'Breaking',
  'Natural generation',
  'Crafting',
  'Usage',
  'Light source',
  'Placement',
  'Sounds',
  'Data values',
  'History',
  'Trivia',
] as const;
const mcBreak = ['Amber lanterns can be mined with any pickaxe. If mined without a pickaxe, they drop nothing.'];
const mcNatural = [
  'Amber lanterns generate hanging from the ceilings of the buried rooms in <a href="/w/Trail_ruins">trail ruins</a>, and in the larger halls of ' +
    'resin caverns, where they are usually attached to a short length of chain.',
];
const mcLight = [
  'An amber lantern emits a light level of 13 while a player is within 16 blocks. When no player is in range, the light falls by one level every ' +
    '20 seconds, down to a minimum of 7, and it returns to full strength as soon as a player comes back.',
  'Because the dimming only begins after the chunk has been loaded for a minute, amber lanterns cannot be used to detect players with a ' +
    '<a href="/w/Daylight_detector">daylight detector</a> or a comparator.',
];
const mcPlace = [
  'Amber lanterns can be placed on top of any block with a solid center, or hung beneath a block or chain. A hanging lantern breaks and drops as an ' +
    'item if the block it hangs from is removed.',
  'Like other lanterns, an amber lantern can be waterlogged, and its light still reaches full strength underwater.',
];
const mcTrivia = [
  'Amber lanterns are the only light source whose brightness depends on the distance to the nearest player.',
  'Early snapshots gave amber lanterns a light level of 15, which was lowered after players reported that they washed out the colors of nearby blocks.',
  'The flickering texture has 11 frames, one more than the soul lantern’s.',
];
const mcIssues = 'Issues relating to "Amber Lantern" are maintained on the bug tracker. Issues should be reported and viewed there.';
const mcCaps = ['An amber lantern hanging in trail ruins.', 'Amber lanterns at light levels 13 and 7.', 'A resin cavern lit by amber lanterns.'];
const mcRefs = [
  'MC-288104 — Amber lanterns stay dimmed after respawning — resolved as "Fixed".',
  '"Minecraft Snapshot 25w44a" – Minecraft.net, October 29, 2025.',
];
const mcNav = ['Main page', 'Community portal', 'Projects', 'Wiki rules', 'Style guide', 'Sandbox', 'Recent changes', 'Random page', 'Admin noticeboard'];
const mcLinks = ['Website', 'Discord', 'YouTube', 'Bluesky', 'Bug tracker', 'Feedback'];
const mcTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
// biome-ignore format: a packed list of short texts
const mcNavbox = ['Blocks', 'Utility', 'Light sources', 'Torch', 'Soul Torch', 'Jack o\'Lantern', 'Sea Lantern', 'Froglight', 'Glowstone', 'End Rod',
  'Redstone Lamp', 'Copper Bulb'];
const mcCats = ['Light sources', 'Utility blocks', 'Waterloggable blocks', 'Java Edition upcoming features'];
const mcFoot = ['Privacy policy', 'About Minecraft Wiki', 'Disclaimers', 'Terms of Use', 'Contact Weird Gloop', 'Mobile view'];
const mcHtml = `<!DOCTYPE html>
<html class="client-nojs view-unknown theme-none" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mcTitle} – Minecraft Wiki</title>
<script>(function(){var className="client-js view-unknown theme-none";var cookie=document.cookie.match(/(?:^|; \
)minecraft_en_wikimwclientpreferences=([^;]+)/);if(cookie){cookie[1].split('%2C').forEach(function(pref){className=className.replace(new RegExp('(^| \
)'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( \
|$)'),'$1'+pref+'$2');});}document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgPageName":"Amber_Lantern","wgTitle":"Amber \
Lantern","wgCurRevisionId":3081944,"wgArticleId":412877,"wgIsArticle":true,"wgAction":"view","wgCategories":["Light sources","Utility blocks","Waterloggable \
blocks","Java Edition upcoming features"],"wgCargoDefaultQueryLimit":2000};</script>
<link rel="stylesheet" \
href="/load.php?lang=en&amp;modules=ext.gadget.site-styles%7Cext.gadget.sprite%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.44.2"><meta property="og:site_name" content="Minecraft Wiki"><meta property="og:title" content="${mcTitle}">
<meta property="og:description" content="An amber lantern is a light-emitting block made from amber shards in an iron frame."><link rel="icon" \
href="/images/Wiki@2x.png?b7fc3"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Amber_Lantern rootpage-Amber_Lantern skin-vector action-view \
skin-vector-legacy vector-feature-language-in-header-enabled"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" \
dir="ltr"><p>Help us finish documenting the Amber Depths drop! See <a href="/w/Minecraft_Wiki:Projects/Upcoming">the upcoming-features project</a> to get \
started.</p></div></div></div>
<div class="mw-indicators"><div id="mw-indicator-java-upcoming" class="mw-indicator"><span typeof="mw:File"><a href="/w/Java_Edition_upcoming" title="This \
page documents Java Edition content that is in development."><img alt="Upcoming" src="/images/thumb/Java_Edition_icon.png/24px-Java_Edition_icon.png" \
width="24" height="24"></a></span></div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mcTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Minecraft Wiki</div><div id="contentSub"><div id="mw-content-subtitle"></div>\
</div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="hatnote searchaux" style="font-style: italic; margin-left: 1em;">This article is about the block.&#32;&#32;For the ordinary iron lantern, see <a \
href="/w/Lantern">Lantern</a>.</div>
<div class="notaninfobox"><div class="mcwiki-header infobox-title">${mcTitle}</div><div class="infobox-imagearea animated-container"><span \
class="animated-active"><span typeof="mw:File"><a href="/w/File:Amber_Lantern_JE1.png" class="mw-file-description"><img alt="" \
src="/images/thumb/Amber_Lantern_JE1.png/150px-Amber_Lantern_JE1.png?4a1d2" width="150" height="150" class="mw-file-element"></a></span></span><span><span \
typeof="mw:File"><a href="/w/File:Amber_Lantern_(hanging)_JE1.png" class="mw-file-description"><img alt="" \
src="/images/thumb/Amber_Lantern_(hanging)_JE1.png/150px-Amber_Lantern_(hanging)_JE1.png?77c09" width="150" height="150" class="mw-file-element"></a></span>\
</span></div>
<table class="infobox-rows" cellspacing="1"><tbody><tr><th><p><a href="/w/Renewable_resource">Renewable</a></p></th><td><p>Yes</p></td></tr><tr><th><p><a \
href="/w/Stacking">Stackable</a></p></th><td><p>Yes (64)</p></td></tr><tr><th><p><a href="/w/Tool">Tool</a></p></th><td><p><span class="sprite-file"><img \
alt="Pickaxe" src="/images/Wooden_Pickaxe_JE3_BE3.png?b3f1a" width="16" height="16"></span></p></td></tr><tr><th><p><a href="/w/Explosion#Blast_resistance">\
Blast resistance</a></p></th><td><p>3.5</p></td></tr><tr><th><p><a href="/w/Breaking#Blocks_by_hardness">Hardness</a></p></th><td><p>3.5</p></td></tr><tr><th>\
<p><a href="/w/Light">Luminous</a></p></th><td><p>Yes (7–13)</p></td></tr><tr><th><p><a href="/w/Opacity">Transparent</a></p></th><td><p>Yes</p></td></tr><tr>\
<th><p><a href="/w/Waterlogging">Waterloggable</a></p></th><td><p>Yes</p></td></tr><tr><th><p>Flammable</p></th><td><p>No</p></td></tr></tbody></table></div>
${pp(mcLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" \
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">\
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
<li class="toclevel-1 tocsection-1"><a href="#Obtaining"><span class="tocnumber">1</span> <span class="toctext">Obtaining</span></a></li><li class="toclevel-1 \
tocsection-5"><a href="#Usage"><span class="tocnumber">2</span> <span class="toctext">Usage</span></a></li><li class="toclevel-1 tocsection-8"><a \
href="#Sounds"><span class="tocnumber">3</span> <span class="toctext">Sounds</span></a></li><li class="toclevel-1 tocsection-9"><a href="#Data_values"><span \
class="tocnumber">4</span> <span class="toctext">Data values</span></a></li><li class="toclevel-1 tocsection-10"><a href="#History"><span class="tocnumber">\
5</span> <span class="toctext">History</span></a></li><li class="toclevel-1 tocsection-11"><a href="#Issues"><span class="tocnumber">6</span> <span \
class="toctext">Issues</span></a></li><li class="toclevel-1 tocsection-12"><a href="#Trivia"><span class="tocnumber">7</span> <span class="toctext">\
Trivia</span></a></li><li class="toclevel-1 tocsection-13"><a href="#Gallery"><span class="tocnumber">8</span> <span class="toctext">Gallery</span></a></li>\
<li class="toclevel-1 tocsection-14"><a href="#References"><span class="tocnumber">9</span> <span class="toctext">References</span></a></li></ul></div>
${hx(2, 1, mcH[0])}${hx(3, 2, mcH[1])}${pp(mcBreak)}
<table class="wikitable" style="text-align:center" data-description="Breaking times"><tbody><tr><th>Block</th><th colspan="2">Amber Lantern</th></tr><tr><th>\
Hardness</th><td colspan="2">3.5</td></tr><tr><th>Tool</th><td colspan="2">Pickaxe</td></tr><tr><th colspan="3">Breaking time (sec)</th></tr><tr><th>\
Default</th><td>17.5</td><td></td></tr><tr><th>Wooden</th><td>2.65</td><td></td></tr><tr><th>Iron</th><td>0.9</td><td></td></tr><tr><th>Netherite</th><td>\
0.6</td><td></td></tr></tbody></table>
${hx(3, 3, mcH[2])}${pp(mcNatural)}
${hx(3, 4, mcH[3])}<table class="wikitable collapsible"><tbody><tr><th>Ingredients</th><th><a href="/w/Crafting" title="Crafting">Crafting</a> recipe</th></tr>\
<tr><td>Amber Shard +<br>Iron Nugget</td><td><span class="mcui mcui-Crafting_Table pixel-image"><span class="mcui-input"><span class="mcui-row"><span \
class="invslot"><span class="invslot-item invslot-item-image"><a href="/w/Iron_Nugget" title="Iron Nugget"><img alt="" \
src="/images/Invicon_Iron_Nugget.png?d8a23" width="32" height="32"></a></span></span></span><span class="mcui-row"><span class="invslot"><span \
class="invslot-item invslot-item-image"><a href="/w/Amber_Shard" title="Amber Shard"><img alt="" src="/images/Invicon_Amber_Shard.png?1f0b7" width="32" \
height="32"></a></span></span></span></span><span class="mcui-arrow"><br></span><span class="mcui-output"><span class="invslot invslot-large"><span \
class="invslot-item invslot-item-image"><a href="/w/Amber_Lantern" title="Amber Lantern"><img alt="" src="/images/Invicon_Amber_Lantern.png?aa01c" width="32" \
height="32"></a></span></span></span></span></td></tr></tbody></table>
${hx(2, 5, mcH[4])}${hx(3, 6, mcH[5])}${pp(mcLight)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/w/File:Amber_Lantern_dimming.png" class="mw-file-description"><img \
src="/images/thumb/Amber_Lantern_dimming.png/250px-Amber_Lantern_dimming.png?e51b3" width="250" height="141" class="mw-file-element"></a><figcaption>\
${mcCaps[1]}</figcaption></figure>
${hx(3, 7, mcH[6])}${pp(mcPlace)}
${hx(2, 8, mcH[7])}<p><b><span class="nowrap"><a href="/w/Java_Edition" title="Java Edition">Java Edition</a>:</span></b></p>
<table class="wikitable sortable" style="text-align:center"><tbody><tr><th>Sound</th><th>Subtitles</th><th>Source</th><th>Description</th><th>Resource \
location</th><th>Volume</th><th>Pitch</th></tr><tr><td><span class="sound-play">Play</span></td><td>Block broken</td><td>Blocks</td><td>Once the block has \
broken</td><td><code>block.lantern.break</code></td><td>1.0</td><td>0.8</td></tr><tr><td><span class="sound-play">Play</span></td><td>Block placed</td><td>\
Blocks</td><td>When the block is placed</td><td><code>block.lantern.place</code></td><td>1.0</td><td>0.8</td></tr></tbody></table>
${hx(2, 9, mcH[8])}<div class="mw-heading mw-heading3"><h3 id="ID">ID</h3></div><table class="wikitable"><tbody><tr><th>Name</th><th>Identifier</th><th>\
Form</th><th>Block tags</th><th>Translation key</th></tr><tr><td>Amber Lantern</td><td><code>amber_lantern</code></td><td>Block &amp; Item</td><td><code>\
mineable/pickaxe</code></td><td><code>block.minecraft.amber_lantern</code></td></tr></tbody></table>
<div class="mw-heading mw-heading3"><h3 id="Block_states">Block states</h3></div><table class="wikitable"><tbody><tr><th>Name</th><th>Default value</th><th>\
Allowed values</th><th>Description</th></tr><tr><td><code>hanging</code></td><td><code>false</code></td><td><code>false</code><br><code>true</code></td><td>\
Whether the lantern is hanging.</td></tr><tr><td><code>light</code></td><td><code>13</code></td><td><code>7</code>–<code>13</code></td><td>The current light \
level.</td></tr></tbody></table>
${hx(2, 10, mcH[9])}<table class="wikitable history-table"><tbody><tr><th colspan="3" class="history-header"><a href="/w/Java_Edition" title="Java Edition">\
Java Edition</a></th></tr><tr><th rowspan="2"><a href="/w/Java_Edition_1.21.11">1.21.11</a></th><td><a href="/w/Java_Edition_25w44a">25w44a</a></td><td>Added \
amber lanterns.</td></tr><tr><td><a href="/w/Java_Edition_25w46a">25w46a</a></td><td>The maximum light level of amber lanterns has been lowered from 15 to \
13.</td></tr></tbody></table>
${hx(2, 11, 'Issues')}<p>${mcIssues}\n</p>
${hx(2, 12, mcH[10])}<ul>${mcTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hx(2, 13, 'Gallery')}<ul class="gallery mw-gallery-traditional"><li class="gallerybox" style="width: 155px"><div class="thumb" style="width: 150px; height: \
150px;"><span typeof="mw:File"><a href="/w/File:Amber_Lantern_trail_ruins.png" class="mw-file-description"><img \
src="/images/thumb/Amber_Lantern_trail_ruins.png/120px-Amber_Lantern_trail_ruins.png?0c2f1" width="120" height="68" class="mw-file-element"></a></span></div>\
<div class="gallerytext">${mcCaps[0]}</div></li><li class="gallerybox" style="width: 155px"><div class="thumb" style="width: 150px; height: 150px;"><span \
typeof="mw:File"><a href="/w/File:Resin_cavern_lanterns.png" class="mw-file-description"><img \
src="/images/thumb/Resin_cavern_lanterns.png/120px-Resin_cavern_lanterns.png?3aa90" width="120" height="68" class="mw-file-element"></a></span></div><div \
class="gallerytext">${mcCaps[2]}</div></li></ul>
${hx(2, 14, 'References')}<div class="mw-references-wrap"><ol class="references">${mcRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span \
class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r.replace(/&/g, '&amp;')}</span></li>`,
  )
  .join('\n')}</ol></div>
<div class="navbox-wrapper"><table class="navbox hlist collapsible" data-name="Blocks"><tbody><tr><th class="navbox-top" colspan="2"><span \
class="navbox-navbar mini"><span class="plainlinks"><a href="/w/Template:Navbox_Blocks" title="Template:Navbox Blocks"><span title="View this template">\
v</span></a> · <a href="/w/Template_talk:Navbox_Blocks"><span title="Discuss this template">t</span></a> · <a class="external text" \
href="https://minecraft.wiki/w/Template:Navbox_Blocks?action=edit"><span title="Edit this template">e</span></a></span></span><span class="navbox-title">\
${mcNavbox[0]}</span></th></tr><tr><th class="navbox-group">${mcNavbox[1]}</th><td class="navbox-list"><table class="navbox-child"><tbody><tr><th \
class="navbox-group">${mcNavbox[2]}</th><td class="navbox-list"><ul>${links(mcNavbox.slice(3, 8))}<li><strong class="selflink">${mcTitle}</strong></li>\
${links(mcNavbox.slice(8))}</ul></td></tr></tbody></table></td></tr></tbody></table></div>
<!-- NewPP limit report Parsed by mw-web-5d4c8b77f-jh2xq Cached time: 20260211153208 CPU time usage: 0.688 seconds Real time usage: 0.912 seconds Preprocessor \
visited node count: 9121/1000000 -->
</div><noscript><img src="https://minecraft.wiki/w/Special:CentralAutoLogin/start?type=1x1&amp;usesul3=0" alt="" width="1" height="1" style="border: none; \
position: absolute;"></noscript><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" \
href="https://minecraft.wiki/w/Amber_Lantern?oldid=3081944">https://minecraft.wiki/w/Amber_Lantern?oldid=3081944</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/w/Special:Categories" \
title="Special:Categories">Categories</a>: <ul>${links(mcCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="mw-portlet mw-portlet-personal vector-user-menu-legacy \
vector-menu" aria-labelledby="p-personal-label"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal \
tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item">Not logged in</li><li \
id="pt-anontalk" class="mw-list-item"><a href="/w/Special:MyTalk" title="Discussion about edits from this IP address [n]" accesskey="n"><span>Talk</span></a>\
</li><li id="pt-anoncontribs" class="mw-list-item"><a href="/w/Special:MyContributions" accesskey="y"><span>Contributions</span></a></li><li \
id="pt-createaccount" class="mw-list-item"><a href="/w/Special:CreateAccount?returnto=Amber+Lantern"><span>Create account</span></a></li><li id="pt-login" \
class="mw-list-item"><a href="/w/Special:UserLogin?returnto=Amber+Lantern" accesskey="o"><span>Log in</span></a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy vector-menu" \
aria-labelledby="p-namespaces-label"><h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3>\
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item"><a href="/w/Amber_Lantern" \
accesskey="c"><span>Page</span></a></li><li id="ca-talk" class="mw-list-item"><a href="/w/Talk:Amber_Lantern" rel="discussion" accesskey="t"><span>\
Discussion</span></a></li></ul></div></nav><nav id="p-variants" class="mw-portlet mw-portlet-variants emptyPortlet vector-menu-dropdown vector-menu"><input \
type="checkbox" id="p-variants-checkbox" role="button" aria-haspopup="true" class="vector-menu-checkbox"><label id="p-variants-label"><span \
class="vector-menu-heading-label">English</span></label></nav></div>
<div id="right-navigation"><nav id="p-views" class="mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy vector-menu"><h3 id="p-views-label" \
class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li \
id="ca-view" class="selected mw-list-item"><a href="/w/Amber_Lantern"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item"><a \
href="/w/Amber_Lantern?action=edit" accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="mw-list-item"><a href="/w/Amber_Lantern?action=history" \
accesskey="h"><span>View history</span></a></li></ul></div></nav><nav id="p-cactions" class="mw-portlet mw-portlet-cactions emptyPortlet vector-menu-dropdown \
vector-menu" title="More options"><input type="checkbox" id="p-cactions-checkbox" role="button" aria-haspopup="true" class="vector-menu-checkbox"><label \
id="p-cactions-label" class="vector-menu-heading"><span class="vector-menu-heading-label">More</span></label></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box"><h3>\
Search</h3><form action="/" id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"><input \
class="vector-search-box-input" type="search" name="search" placeholder="Search Minecraft Wiki" aria-label="Search Minecraft Wiki" autocapitalize="sentences" \
title="Search Minecraft Wiki [f]" accesskey="f" id="searchInput"><input type="hidden" name="title" value="Special:Search"><input class="searchButton \
mw-fallbackSearchButton" type="submit" name="fulltext" title="Search the pages for this text" id="mw-searchButton" value="Search"><input class="searchButton" \
type="submit" name="go" title="Go to a page with this exact name if it exists" id="searchButton" value="Go"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/" title="Visit the main page"></a></div><nav id="p-navigation" \
class="mw-portlet mw-portlet-navigation vector-menu-portal portal vector-menu" aria-labelledby="p-navigation-label"><h3 id="p-navigation-label" \
class="vector-menu-heading"><span class="vector-menu-heading-label">Navigation</span></h3><div class="vector-menu-content"><ul \
class="vector-menu-content-list">${links(mcNav, 'mw-list-item')}</ul></div></nav>
<nav id="p-Minecraft_links" class="mw-portlet mw-portlet-Minecraft_links vector-menu-portal portal vector-menu" aria-labelledby="p-Minecraft_links-label"><h3 \
id="p-Minecraft_links-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Minecraft links</span></h3><div class="vector-menu-content">\
<ul class="vector-menu-content-list">${links(mcLinks, 'mw-list-item')}</ul></div></nav>
<nav id="p-tb" class="mw-portlet mw-portlet-tb vector-menu-portal portal vector-menu" aria-labelledby="p-tb-label"><h3 id="p-tb-label" \
class="vector-menu-heading"><span class="vector-menu-heading-label">Tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">\
${links(mcTools, 'mw-list-item')}</ul></div></nav>
<nav id="p-lang" class="mw-portlet mw-portlet-lang vector-menu-portal portal vector-menu" aria-labelledby="p-lang-label"><h3 id="p-lang-label" \
class="vector-menu-heading"><span class="vector-menu-heading-label">In other languages</span></h3><div class="vector-menu-content"><ul \
class="vector-menu-content-list"><li class="interlanguage-link interwiki-de mw-list-item"><a href="https://de.minecraft.wiki/w/Bernsteinlaterne" lang="de" \
hreflang="de"><span>Deutsch</span></a></li><li class="interlanguage-link interwiki-fr mw-list-item"><a href="https://fr.minecraft.wiki/w/Lanterne_d%27ambre" \
lang="fr" hreflang="fr"><span>Français</span></a></li><li class="interlanguage-link interwiki-zh mw-list-item"><a \
href="https://zh.minecraft.wiki/w/%E7%90%A5%E7%8F%80%E7%81%AF%E7%AC%BC" lang="zh" hreflang="zh"><span>中文</span></a></li></ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 11 February 2026, at \
15:32.</li><li id="footer-info-copyright">Content on this site is licensed under <a class="external" rel="nofollow" \
href="https://creativecommons.org/licenses/by-nc-sa/3.0/">CC BY-NC-SA 3.0</a> unless otherwise noted; additional terms may apply.</li><li \
id="footer-info-unofficial">Not an official Minecraft website. We are not associated with Mojang or Microsoft.</li></ul>
<ul id="footer-places">${links(mcFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://weirdgloop.org"><img \
src="/images/Weird_Gloop_footer_hosted.png?1c4f6" alt="Hosted by Weird Gloop" width="150" height="50" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":121,"wgHostname":"mw-web-5d4c8b77f-jh2xq"});});</script>
</body></html>`;
export const minecraftWiki: TestPage = {
  html: mcHtml,
  name: 'heldout58-minecraft-wiki',
  kind: 'wiki',
  // body: the lead, the sections' paragraphs and the trivia list; the headings are the article's section titles that head body
  // text ("Sounds", "Data values" with its h3s "ID" and "Block states", and "History" head tables only but are the article's
  // sections: kept, in order); the infobox, the breaking-time, crafting, sound, data-value and history
  // tables are article data in tables: in neither list; the hatnote, the "Issues" boilerplate with its heading, the captions,
  // "Gallery", "References" and the reference list, the navbox, categories, site notice, menus, rails and footer are furniture;
  // "This page was last edited on ..." is the page's only dateline: byline; words of the body left out of furniture: the
  // navbox title "Blocks" and the "More" tab
  title: mcTitle,
  headings: [...mcH.slice(0, 9), 'ID', 'Block states', ...mcH.slice(9)],
  body: [...texts(mcLead), ...mcBreak, ...texts(mcNatural), ...texts(mcLight), ...texts(mcPlace), ...mcTrivia],
  bylines: ['This page was last edited on 11 February 2026, at 15:32.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Help us finish documenting the Amber Depths drop!', 'From Minecraft Wiki', 'Jump to navigation', 'Jump to search',
    'This article is about the block. For the ordinary iron lantern, see Lantern.', 'Contents', 'edit', 'Issues', mcIssues, ...mcCaps, 'Gallery',
    'References', ...mcRefs, ...mcNavbox.slice(1), 'Retrieved from', 'Categories', 'Utility blocks', 'Waterloggable blocks',
    'Java Edition upcoming features', 'Navigation menu', 'Personal tools', 'Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in',
    'Namespaces', 'Page', 'Discussion', 'English', 'Views', 'Read', 'Edit', 'View history', 'Search', 'Navigation', ...mcNav, 'Minecraft links',
    ...mcLinks, 'Tools', 'In other languages', 'Deutsch', 'Français', '中文', 'Content on this site is licensed under CC BY-NC-SA 3.0 unless otherwise noted',
    'Not an official Minecraft website. We are not associated with Mojang or Microsoft.', ...mcFoot,
  ],
};
