import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout348-kit.js';

/**
 * Held-out batch 348, file e2: a plant database entry on MediaWiki 1.41 (Vector 2022 skin: header with search and personal
 * tools, main-menu and page tools, the page title bar with language and namespace tabs, "From PlantWiki" tagline, taxobox
 * infobox, table of contents, edit-section links, references, categories, footer info and the footer links).
 */
const kTitle = 'Salvia caradonensis';
const kLead = paras(`
Salvia caradonensis, the Caradon sage, is a species of flowering plant in the mint family, Lamiaceae, native to limestone
grassland in the southern Vessary mountains. It is a clump-forming perennial grown in gardens for its long season of deep
violet flowers.
`);
const kDesc = paras(`
It grows to 40–60 cm tall from a woody base, with square, hairy stems and grey-green, aromatic leaves that are wrinkled above
and felted beneath. Flowers are borne in whorls on upright spikes from June to September; each is about 2 cm long, two-lipped,
and held in a purple calyx that persists after the petals fall.[1]

The seeds are small, dark brown nutlets, four to each flower, which become mucilaginous when wetted. This helps them stick to
the soil surface on steep ground. Plants in the wild are long-lived, and individual clumps have been recorded at the same
place for more than thirty years.
`);
const kDist = paras(`
The species is confined to south-facing slopes between 600 and 1,400 m, on thin, free-draining soils over limestone. It is
pollinated chiefly by bumblebees, which trigger the lever mechanism of the stamens typical of the genus.[2]

Grazing by sheep and the abandonment of traditional hay cutting have reduced its range in the lower valleys, and it is listed
as near threatened in the regional red list. Small populations are protected within the Upper Caradon nature reserve.
`);
const kCult = paras(`
In cultivation it needs full sun and very good drainage, and tolerates drought once established. It is hardy to about −15 °C
if the soil stays dry in winter. Cutting the spikes back after the first flush encourages a second flowering. Named selections
include:
`);
const kCultivars = ["'Midnight Ridge' – compact, almost black-purple flowers", "'Pale Shepherd' – lavender-blue flowers, taller habit"];
const kRefs = [
  'Halloran, B. (2019). Flora of the Vessary Mountains. Vol. 3. Corran Press. p. 214.',
  'Ostrova, L.; Penn, D. (2021). "Pollination of montane Salvia". Journal of Alpine Botany. 48 (2): 77–91.',
];
const kNav = ['Main page', 'Recent changes', 'Random plant', 'Help'];
const kTools = ['What links here', 'Related changes', 'Permanent link', 'Page information', 'Cite this page'];
const kCats = ['Species of Salvia', 'Endemic flora of Vessary', 'Drought-tolerant plants'];
const hd = (id: string, t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Salvia_caradonensis&amp;action=edit&amp;section=1">edit</a><span
class="mw-editsection-bracket">]</span></span></div>`;
const p = (t: string): string => `<p>${t.replace(/\[(\d)\]/, '<sup id="cite_ref-$1" class="reference"><a href="#cite_note-$1">[$1]</a></sup>')}</p>`;
const kHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${kTitle} - PlantWiki</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";RLCONF={"wgCanonicalNamespace":"","wgPageName":
"Salvia_caradonensis","wgTitle":"Salvia caradonensis","wgCurRevisionId":88214,"wgArticleId":4410,"wgIsArticle":true,"wgAction":"view"};
RLSTATE={"skins.vector.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<meta name="viewport" content="width=1120"><meta property="og:title" content="Salvia caradonensis - PlantWiki"><link rel="canonical"
href="https://plantwiki.example/wiki/Salvia_caradonensis"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Salvia_caradonensis
rootpage-Salvia_caradonensis
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" aria-label="Main menu"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list">
${links(kNav, 'mw-list-item')}</ul></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">PlantWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search PlantWiki" id="searchInput"><button
class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul>
<li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="mw-content-container"><main id="content" class="mw-body" role="main">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">
<i>${kTitle}</i>
</span></h1></header><div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected mw-list-item">
<a href="/wiki/Salvia">
<span>Page</span></a></li><li id="ca-talk" class="new mw-list-item"><a href="/wiki/Talk:Salvia"><span>Discussion</span></a></li></ul></nav>
<nav aria-label="Views"><ul><li id="ca-view" class="selected mw-list-item"><a href="#"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item"><a
href="#"><span>Edit</span></a></li><li id="ca-history" class="mw-list-item"><a href="#"><span>View history</span></a></li></ul></nav>
<div id="vector-page-tools-dropdown" class="vector-dropdown"><span class="vector-dropdown-label-text">Tools</span><div class="vector-dropdown-content">
<ul>${links(kTools, 'mw-list-item')}</ul></div></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From PlantWiki, the free plant database</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox biota"><tbody><tr><th colspan="2">Caradon sage</th></tr><tr><td colspan="2"><span class="mw-default-size"><img
src="/images/thumb/salvia-caradonensis.jpg/250px.jpg" width="250" height="188" alt=""></span><div class="infobox-caption">Flowering spikes in July</div>
</td></tr>
<tr><th colspan="2">Scientific classification</th></tr><tr><td>Kingdom:</td><td>Plantae</td></tr><tr><td>Family:</td><td>Lamiaceae</td></tr><tr><td>Genus:</td>
<td><i>Salvia</i></td></tr><tr><td>Species:</td><td><i>S. caradonensis</i></td></tr><tr><th colspan="2">Binomial name</th></tr><tr><td colspan="2"><i>Salvia
caradonensis</i><br><small>Halloran, 1987</small></td></tr></tbody></table>
${kLead.map(p).join('\n')}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul>
<li class="toclevel-1"><a href="#Description"><span class="tocnumber">1</span> <span class="toctext">Description</span></a></li>
<li class="toclevel-1"><a href="#Distribution_and_habitat"><span class="tocnumber">2</span> <span class="toctext">Distribution and habitat</span></a></li>
<li class="toclevel-1"><a href="#Cultivation"><span class="tocnumber">3</span> <span class="toctext">Cultivation</span></a></li>
<li class="toclevel-1"><a href="#References"><span class="tocnumber">4</span> <span class="toctext">References</span></a></li></ul></div>
${hd('Description', 'Description')}
${kDesc.map(p).join('\n')}
${hd('Distribution_and_habitat', 'Distribution and habitat')}
${kDist.map(p).join('\n')}
${hd('Cultivation', 'Cultivation')}
${kCult.map(p).join('\n')}<ul>${lis(kCultivars)}</ul>
${hd('References', 'References')}
<div class="reflist"><ol class="references">${kRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a>
</span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw-web.plantwiki-2 Cached time: 20261104120312 -->
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(kCats, '')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last
edited on 4 November 2026, at 12:03.</li><li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License;
additional terms may apply.</li></ul><ul id="footer-places">${links(['Privacy policy', 'About PlantWiki', 'Disclaimers', 'Mobile view'], '')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.example/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142,"wgPageParseReport":{"limitreport":{"cputime":"0.061"}}});});</script>
</body></html>`;
export const wikiEntry: TestPage = {
  name: 'heldout348-mediawiki-vector-wiki',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: ['Description', 'Distribution and habitat', 'Cultivation', 'References'],
  body: [...texts(kLead), ...texts(kDesc), ...texts(kDist), ...texts(kCult), ...kCultivars, ...kRefs],
  bylines: ['This page was last edited on 4 November 2026, at 12:03.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...kNav, 'PlantWiki', 'Search', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'Edit',
    'View history',
    'Tools', ...kTools, 'From PlantWiki, the free plant database', 'Flowering spikes in July', 'Scientific classification', 'Kingdom:',
    'Plantae', 'Family:', 'Genus:', 'Species:', 'S. caradonensis', 'Binomial name', 'Halloran, 1987', 'Contents', 'edit', 'Categories', ...kCats,
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', 'Privacy policy', 'About PlantWiki',
    'Disclaimers', 'Mobile view',
  ],
};
