import { links, plain, type TestPage } from './page-kit.js';
import { worldHistory } from './pages-heldout58-d2.js';

/**
 * Held-out batch 58, file d: a Citizendium article (MediaWiki on the legacy Vector skin: the personal tools, the
 * Article/Discussion tabs, the left panel with logo, navigation and "Citizendium" links, the subpages header with the
 * status icon, "Main Article", "Discussion", "Related Articles [?]" and the other subpage tabs, the "This editable Main
 * Article is under development" notice with "[edit intro]", a floated image with its "(CC) Photo:" credit and caption, the
 * old-style contents box, section headings with edit links, footnote marks, the references list, categories, and the footer
 * with the licence text and the founding-editor dedication).
 */
let k = 0;
const cite = (p: string): string =>
  p.replace(/\[(\d+)\]/g, (_m, r: string) => `<sup id="cite_ref-${r}_${k++}" class="reference"><a href="#cite_note-${r}">[${r}]</a></sup>`);
const runs = (ps: readonly string[]): string[] => ps.flatMap((p) => p.split(/\[\d+\]/).map(plain)).filter((s) => s !== '');
const pp = (ps: readonly string[]): string => ps.map((p) => `<p>${cite(p)}\n</p>`).join('\n');
const hx = (lv: number, n: number, t: string): string =>
  `<h${lv}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/index.php?title=Varnholtite&amp;action=edit&amp;section=${n}" title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span>\
</span></h${lv}>`;
const czTitle = 'Varnholtite';
const czLead = [
  '<b>Varnholtite</b> is a rare hydrated borate mineral of calcium and manganese, first described in 1954 from the Varnholt quarry near Kragerø in ' +
    'southern Norway. It forms pale pink, glassy prisms, seldom more than a centimetre long, and is known from fewer than a dozen localities ' +
    'worldwide.[1] The mineral is named after the quarry rather than after a person, an unusual choice at the time.',
];
const czH = ['Discovery', 'Properties', 'Physical properties', 'Chemistry', 'Occurrence', 'Uses and collecting'] as const;
const czDisc = [
  'The first specimens were collected in 1951 by the quarry foreman, Halvor Tveit, who noticed pink crystals lining cavities in a vein of ' +
    'weathered pegmatite and sent several to the Mineralogical Museum in Oslo.[2] The museum’s curator, Ingrid Sæther, found that they matched no ' +
    'known species, and her description, published three years later with a full chemical analysis, established varnholtite as a new mineral.[1][3]',
];
const czPhys = [
  'Varnholtite crystallises in the monoclinic system. It has a Mohs hardness of about 3½, a perfect cleavage in one direction and a specific gravity ' +
    'of 2.41. Its pink colour comes from manganese and fades noticeably if specimens are kept in strong light for several years.[4]',
];
const czChem = [
  'The mineral’s formula is usually written CaMn[B<sub>3</sub>O<sub>4</sub>(OH)<sub>3</sub>]<sub>2</sub>·4H<sub>2</sub>O. On gentle heating it loses ' +
    'its water of crystallisation in two stages, at about 110 °C and 240 °C, and it dissolves slowly in warm dilute acids.[4]',
  'A related mineral in which iron takes the place of manganese was reported from Greenland in 1988, but its status as a separate species has not ' +
    'yet been approved.',
];
const czOcc = [
  'Varnholtite forms late in the cooling of boron-rich pegmatites, where it crystallises from the last, watery fluids together with calcite and ' +
    'quartz. Apart from the type locality, the best specimens have come from the Tafraout district of Morocco and from a single pocket found in ' +
    'Nevada in 2006.[5]',
];
const czUses = [
  'The mineral has no industrial use. Good crystals are prized by collectors, and the few specimens from the original find in the Varnholt quarry, ' +
    'which closed in 1967, fetch high prices at auction.',
];
const czRefs = [
  'Sæther, I. (1954). "Varnholtite, a new borate from Kragerø, Norway". Norsk Geologisk Tidsskrift 34: 201–214.',
  'Tveit, H. (1979). Steinbruddet ved Varnholt. Kragerø: Eget forlag.',
  'Mineralogical Museum, Oslo. Register of type specimens, no. 1954/12.',
  'Lindqvist, A. & Mørch, O. (1992). "The crystal structure of varnholtite". Mineralogical Magazine 56: 377–384.',
  'Orlov, D. (2009). "Borate minerals of a Nevada pegmatite pocket". Rocks & Minerals 84: 412–419.',
];
const czCap = 'Varnholtite crystals on calcite, Varnholt quarry.';
const czCredit = '(CC) Photo: Henrik Dale';
const czSub = ['Main Article', 'Discussion', 'Related Articles', 'Bibliography', 'External Links', 'Citable Version'];
const czNav = ['Main Page', 'Welcome Page', 'Recent changes', 'Random page', 'All pages', 'Help'];
const czCz = ['About us', 'Policies', 'How to get started', 'Donate', 'Contact'];
const czTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const czCats = ['Earth Sciences Category', 'Chemistry Category', 'Developing Articles', 'Nonstub Articles', 'Internal Articles'];
const czLicence =
  'Citizendium is free. All written content is available under the Creative Commons Attribution-ShareAlike 3.0 Unported license or any later version.';
const czHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${czTitle} - Citizendium</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgPageName":"Varnholtite","wgTitle":"Varnholtite",\
"wgCurRevisionId":1003517,"wgArticleId":201588,"wgIsArticle":true,"wgAction":"view","wgCategories":["Earth Sciences Category","Chemistry Category","Developing \
Articles","Nonstub Articles","Internal Articles"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector"><meta name="generator" \
content="MediaWiki 1.39.10"><link rel="license" href="https://creativecommons.org/licenses/by-sa/3.0/"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Varnholtite rootpage-Varnholtite skin-vector action-view \
skin-vector-legacy"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${czTitle}</span></h1><div id="bodyContent" class="vector-body">\
<div id="siteSub" class="noprint">From Citizendium</div><div id="contentSub"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to \
navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="subpages" style="width:100%; border:1px solid #aaa; background:#f7f8ff; margin-bottom:0.5em;"><tbody><tr><td style="width:140px;"><a \
href="/wiki/CZ:Article_status" title="CZ:Article status"><img alt="Developing Article" src="/images/thumb/7/7d/Statusbar2.png/100px-Statusbar2.png" \
width="100" height="12"></a><br><span style="font-size:85%;">Developing Article</span></td>
<td><span class="subpage-tab selected"><b>${czSub[0]}</b></span> <span class="subpage-tab"><a href="/wiki/Talk:Varnholtite">${czSub[1]}</a></span> <span \
class="subpage-tab"><a href="/wiki/Varnholtite/Related_Articles">${czSub[2]}</a>&nbsp;<sup><a href="/wiki/Help:Related_Articles">[?]</a></sup></span> <span \
class="subpage-tab"><a href="/wiki/Varnholtite/Bibliography">${czSub[3]}</a>&nbsp;<sup><a href="/wiki/Help:Bibliography">[?]</a></sup></span> <span \
class="subpage-tab"><a href="/wiki/Varnholtite/External_Links">${czSub[4]}</a>&nbsp;<sup><a href="/wiki/Help:External_Links">[?]</a></sup></span> <span \
class="subpage-tab"><a class="new" href="/index.php?title=Varnholtite/Citable_Version&amp;action=edit&amp;redlink=1">${czSub[5]}</a>&nbsp;<sup><a \
href="/wiki/Help:Citable_Version">[?]</a></sup></span></td></tr>
<tr><td colspan="2" style="font-size:90%; text-align:center;">This editable Main Article is <b>under development</b> and subject to a <a \
href="/wiki/CZ:Disclaimer">disclaimer</a>. <span class="plainlinks">[<a class="external text" \
href="https://citizendium.org/index.php?title=Template:Varnholtite/Definition&amp;action=edit">edit intro</a>]</span></td></tr></tbody></table>
<div class="thumb tright"><div class="thumbinner" style="width:222px;"><a href="/wiki/File:Varnholtite_Varnholt.jpg" class="image"><img alt="" \
src="/images/thumb/3/3a/Varnholtite_Varnholt.jpg/220px-Varnholtite_Varnholt.jpg" decoding="async" width="220" height="165" class="thumbimage"></a><div \
class="thumbcaption"><div class="magnify"><a href="/wiki/File:Varnholtite_Varnholt.jpg" class="internal" title="Enlarge"></a></div><span style="font-size:85%;\
">${czCredit}</span><br>${czCap}</div></div></div>
${pp(czLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" \
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">\
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul><li class="toclevel-1 tocsection-1"><a href="#Discovery"><span \
class="tocnumber">1</span> <span class="toctext">Discovery</span></a></li><li class="toclevel-1 tocsection-2"><a href="#Properties"><span class="tocnumber">\
2</span> <span class="toctext">Properties</span></a><ul><li class="toclevel-2 tocsection-3"><a href="#Physical_properties"><span class="tocnumber">2.1</span> \
<span class="toctext">Physical properties</span></a></li><li class="toclevel-2 tocsection-4"><a href="#Chemistry"><span class="tocnumber">2.2</span> <span \
class="toctext">Chemistry</span></a></li></ul></li><li class="toclevel-1 tocsection-5"><a href="#Occurrence"><span class="tocnumber">3</span> <span \
class="toctext">Occurrence</span></a></li><li class="toclevel-1 tocsection-6"><a href="#Uses_and_collecting"><span class="tocnumber">4</span> <span \
class="toctext">Uses and collecting</span></a></li><li class="toclevel-1 tocsection-7"><a href="#References"><span class="tocnumber">5</span> <span \
class="toctext">References</span></a></li></ul></div>
${hx(2, 1, czH[0])}
${pp(czDisc)}
${hx(2, 2, czH[1])}
${hx(3, 3, czH[2])}
${pp(czPhys)}
${hx(3, 4, czH[3])}
${pp(czChem)}
${hx(2, 5, czH[4])}
${pp(czOcc)}
${hx(2, 6, czH[5])}
${pp(czUses)}
${hx(2, 7, 'References')}<div class="references-small" style="column-count:2;"><ol class="references">${czRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}">\
<span class="mw-cite-backlink">↑ <sup><a href="#cite_ref-${i + 1}_0">1.0</a></sup></span> <span class="reference-text">${r.replace(/&/g, '&amp;')}</span>\
</li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Cached time: 20251209140311 Cache expiry: 86400 Reduced expiry: false CPU time usage: 0.102 seconds Real time usage: 0.148 seconds -->
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://citizendium.org/index.php?title=Varnholtite&amp;\
oldid=1003517">https://citizendium.org/index.php?title=Varnholtite&amp;oldid=1003517</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" \
title="Special:Categories">Categories</a>: <ul>${links(czCats.slice(0, 2))}</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks \
mw-hidden-cats-hidden">Hidden categories: <ul>${links(czCats.slice(2))}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="mw-portlet mw-portlet-personal vector-user-menu-legacy \
vector-menu" aria-labelledby="p-personal-label"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal \
tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-createaccount" class="mw-list-item"><a \
href="/index.php?title=Special:CreateAccount&amp;returnto=Varnholtite"><span>Create account</span></a></li><li id="pt-login" class="mw-list-item"><a \
href="/index.php?title=Special:UserLogin&amp;returnto=Varnholtite"><span>Log in</span></a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy vector-menu"><h3 \
class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3><div class="vector-menu-content"><ul \
class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Varnholtite"><span>Article</span></a></li><li \
id="ca-talk" class="mw-list-item"><a href="/wiki/Talk:Varnholtite" rel="discussion"><span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy vector-menu"><h3 \
class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li \
id="ca-view" class="selected mw-list-item"><a href="/wiki/Varnholtite"><span>Read</span></a></li><li id="ca-viewsource" class="mw-list-item"><a \
href="/index.php?title=Varnholtite&amp;action=edit"><span>View source</span></a></li><li id="ca-history" class="mw-list-item"><a \
href="/index.php?title=Varnholtite&amp;action=history"><span>View history</span></a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform"><div \
id="simpleSearch"><input type="search" name="search" placeholder="Search Citizendium" id="searchInput"><input type="hidden" name="title" \
value="Special:Search"><input class="searchButton" type="submit" name="go" value="Go"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Welcome_to_Citizendium" title="Visit the main page"></a></div><nav \
id="p-navigation" class="mw-portlet vector-menu-portal portal vector-menu"><h3 class="vector-menu-heading"><span class="vector-menu-heading-label">\
Navigation</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(czNav, 'mw-list-item')}</ul></div></nav>
<nav id="p-Citizendium" class="mw-portlet vector-menu-portal portal vector-menu"><h3 class="vector-menu-heading"><span class="vector-menu-heading-label">\
Citizendium</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(czCz, 'mw-list-item')}</ul></div></nav>
<nav id="p-tb" class="mw-portlet vector-menu-portal portal vector-menu"><h3 class="vector-menu-heading"><span class="vector-menu-heading-label">Tools</span>\
</h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(czTools, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last modified 14:03, 9 December \
2025.</li><li id="footer-info-copyright">${czLicence} Written content that originated in part from Wikipedia is also available under its own licence. <i>\
Dedicated to our founding Editor-in-Chief.</i></li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About Citizendium', 'Disclaimers'])}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">\
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" \
loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":188});});</script>
</body></html>`;
const citizendium: TestPage = {
  html: czHtml,
  name: 'heldout58-citizendium',
  kind: 'wiki',
  // body: the lead and the sections' paragraphs, as the runs between the footnote marks (marks in neither list); the subpages
  // header (status, subpage tabs, the "under development" notice and "[edit intro]") is the site's page chrome: furniture
  // (its wordless "[?]" help links in neither list); the photo credit and caption are furniture, as are "References" with
  // its list, the TOC's "Contents", categories, menus and footer; "This page was last modified ..." is the byline;
  // "Discussion" (a subpage tab and a namespace tab) is listed once
  title: czTitle,
  headings: [...czH],
  body: [...runs(czLead), ...runs(czDisc), ...runs(czPhys), ...runs(czChem), ...runs(czOcc), ...runs(czUses)],
  bylines: ['This page was last modified 14:03, 9 December 2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Citizendium', 'Jump to navigation', 'Jump to search', 'Developing Article', ...czSub,
    'This editable Main Article is under development and subject to a disclaimer.', 'edit intro', czCredit, czCap, 'Contents', 'edit', 'References', ...czRefs,
    'Retrieved from', 'Categories', 'Hidden categories', ...czCats, 'Navigation menu', 'Personal tools', 'Create account', 'Log in', 'Namespaces', 'Article',
    'Views', 'Read', 'View source', 'View history', 'Search', 'Navigation', ...czNav, 'Citizendium', ...czCz, 'Tools', ...czTools, czLicence,
    'Dedicated to our founding Editor-in-Chief.', 'Privacy policy', 'About Citizendium', 'Disclaimers',
  ],
};

export const HELDOUT58_D: readonly TestPage[] = [citizendium, worldHistory];
