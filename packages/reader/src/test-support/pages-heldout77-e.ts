import { links, type TestPage, texts } from './page-kit.js';
import { archLikePage } from './pages-heldout77-e2.js';

/**
 * Held-out batch 77, file e: a MediaWiki 1.42 article on a potters' wiki with the MonoBook skin (the site notice above
 * the h1, "From Potters' Commons", the jump links, a thumbnail with caption, the table of contents, section headings with
 * "[edit]" links, reference markers and the references list, the printfooter, category links, then the column with
 * "Navigation menu", page actions, personal tools, logo, navigation, search and tools portlets, and the footer with the
 * last-edited line), and a knowledge-base page shaped like the ArchWiki (file e2).
 */
const mbTitle = 'Wood ash glaze';
const mbNotice = 'The wiki will be read-only on Sunday 9 March from 08:00 to 10:00 UTC while the software is upgraded.';
const mbLead = [
  'A <b>wood ash glaze</b> is a high-fire glaze in which the main flux is the ash of burnt wood or other plant material. ' +
    'Ash glazes usually fire to stoneware temperatures and give soft greens, ambers and browns with streaks and runs ' +
    'where the glaze gathers on the pot.',
];
const mbH = ['Origins', 'Preparing the ash', 'Basic recipes', 'Firing', 'Common problems'];
const mbHist = [
  'Ash glazes are among the oldest high-fire glazes. Potters working wood-fired kilns noticed that ash falling on the ' +
    'shoulders of pots during long firings melted into a thin, glassy coat, and began to apply ash deliberately.',
  'In the Commons community the revival of ash glazes is usually credited to Edith Marrable, who ran a small pottery at ' +
    'Fenwick Cross from 1952 to 1981 and published her ash recipes in a series of newsletters for local clubs.',
];
const mbPrep = [
  'Ash from a wood stove or bonfire must be washed before use, because it contains soluble salts that can irritate the skin ' +
    'and cause the glaze to behave unpredictably. The usual method is to sieve the dry ash through a coarse mesh, soak it ' +
    'in a bucket of water, pour off the water after a day, and repeat two or three times.',
  'The washed ash is then dried and sieved again through an 80-mesh sieve. Gloves and a dust mask should be worn, as wet ' + 'ash is caustic.',
];
const mbRecipes = [
  'The simplest ash glaze is a mix of equal parts ash and clay by weight. More stable glazes add feldspar, which lowers ' +
    'the melting point and reduces running. A typical starting point is:',
];
const mbRecipeList = ['40 parts washed wood ash', '40 parts potash feldspar', '20 parts ball clay'];
const mbRecipeAfter = ['Because ash varies from one batch to the next, every new batch of ash should be tested on tiles before glazing a full kiln.'];
const mbFiring = [
  'Ash glazes mature between about 1250 °C and 1300 °C. In reduction they tend towards greens and grey-blues; in ' +
    'oxidation they fire to yellows and ambers. A slow cool through the range from 1100 °C down to 900 °C encourages ' +
    'small crystals and a less glassy surface.',
];
const mbProblems = [
  'The most common fault is running, where the glaze flows off the pot and onto the kiln shelf. Applying the glaze thinner ' +
    'at the bottom of the pot and using a foot ring or a cookie of waste clay under each piece reduces the damage.',
  'Crawling, where the glaze pulls back and leaves bare patches, is usually caused by applying the glaze too thickly or by ' + 'too much clay in the recipe.',
];
const mbRefs = [
  'Marrable, E. (1964). “Ashes to glaze”. Fenwick Cross Pottery Newsletter 12: 3–7.',
  'Okonjo, T. (2009). Glazes from the Garden. Harrowgate: Kiln Lane Press. p. 41.',
];
const mbCaption = 'A bowl with a wood ash glaze fired to cone 10 in reduction, showing typical runs on the inside';
const mbActions = ['Page', 'Discussion', 'View source', 'History'];
const mbNav = ['Main page', 'Recent changes', 'Random page', 'Glaze recipes', 'Help about MediaWiki'];
const mbTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mbFoot = ['Privacy policy', 'About Potters’ Commons', 'Disclaimers'];
const mbRef = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
const mbId = (t: string): string => t.replace(/ /g, '_');
const mbHead = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${mbId(t)}">${t}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Wood_ash_glaze&amp;action=edit&amp;section=1" title="Edit section: ${t}">edit</a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mbP = (a: readonly string[], ref?: number): string => a.map((p, i) => `<p>${p}${ref && i === a.length - 1 ? mbRef(ref) : ''}\n</p>`).join('\n');
const mbHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mbTitle} - Potters' Commons</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Wood_ash_glaze","wgTitle":"Wood ash glaze","wgCurRevisionId":18842,
"wgArticleId":1204,"wgIsArticle":true,"wgAction":"view","wgCategories":["Glazes","Firing_techniques"],"wgRelevantPageName":"Wood_ash_glaze"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.monobook.styles&amp;only=styles&amp;skin=monobook">
<meta name="generator" content="MediaWiki 1.42.3"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes, minimum-scale=0.25">
<link rel="canonical" href="https://wiki.potterscommons.org/wiki/Wood_ash_glaze"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Wood_ash_glaze rootpage-Wood_ash_glaze skin-monobook action-view
skin--responsive"><div id="globalWrapper"><div id="column-content"><main id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>${mbNotice}</p></div></div></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mbTitle}</span></h1>
<div id="bodyContent" class="monobook-body"><div id="siteSub">From Potters' Commons</div><div id="contentSub" lang="en" dir="ltr"></div>
<div id="jump-to-nav"></div><a href="#column-one" class="mw-jump-link">Jump to navigation</a><a href="#searchInput" class="mw-jump-link">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Ash_glaze_bowl.jpg" class="mw-file-description"><img
src="/images/thumb/4/4e/Ash_glaze_bowl.jpg/220px-Ash_glaze_bowl.jpg"
decoding="async" width="220" height="165" class="mw-file-element"></a><figcaption>${mbCaption}</figcaption></figure>
${mbP(mbLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>
${mbH
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${mbId(h)}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
<li class="toclevel-1 tocsection-6"><a href="#References"><span class="tocnumber">6</span> <span class="toctext">References</span></a></li></ul></div>
${mbHead(mbH[0]!)}
${mbP(mbHist, 1)}
${mbHead(mbH[1]!)}
${mbP(mbPrep)}
${mbHead(mbH[2]!)}
${mbP(mbRecipes)}
<ul>${mbRecipeList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mbP(mbRecipeAfter, 2)}
${mbHead(mbH[3]!)}
${mbP(mbFiring)}
${mbHead(mbH[4]!)}
${mbP(mbProblems)}
${mbHead('References')}
<div class="mw-references-wrap"><ol class="references">
${mbRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span>
</li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw-web CPU time usage: 0.041 seconds -->
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.potterscommons.org/index.php?
title=Wood_ash_glaze&amp;oldid=18842">https://wiki.potterscommons.org/index.php?title=Wood_ash_glaze&amp;oldid=18842</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Glazes" title="Category:Glazes">Glazes</a></li><li><a
href="/wiki/Category:Firing_techniques"
title="Category:Firing techniques">Firing techniques</a></li></ul></div></div><div class="visualClear"></div></div></main><div class="visualClear"></div></div>
<div id="column-one" lang="en" dir="ltr"><h2>Navigation menu</h2><div role="navigation" class="portlet" id="p-cactions" aria-labelledby="p-cactions-label">
<h3 id="p-cactions-label" lang="en" dir="ltr">Page actions</h3><div class="pBody"><ul>${links(mbActions, 'mw-list-item')}</ul></div></div>
<div role="navigation" class="portlet mw-portlet mw-portlet-personal" id="p-personal" aria-labelledby="p-personal-label"><h3 id="p-personal-label" lang="en"
dir="ltr">Personal tools</h3><div class="pBody"><ul><li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin" title="You are
encouraged
to log in; however, it is not mandatory [o]" accesskey="o">Log in</a></li></ul></div></div>
<div class="portlet" id="p-logo" role="banner"><a href="/wiki/Main_Page" class="mw-wiki-logo"></a></div>
<div id="sidebar"><div role="navigation" class="portlet generated-sidebar" id="p-navigation" aria-labelledby="p-navigation-label"><h3 id="p-navigation-label"
lang="en" dir="ltr">Navigation</h3><div class="pBody"><ul>${links(mbNav, 'mw-list-item')}</ul></div></div>
<div role="search" class="portlet" id="p-search"><h3 id="p-search-label" lang="en" dir="ltr"><label for="searchInput">Search</label></h3><div class="pBody"
id="searchBody"><form action="/index.php" id="searchform"><input type="hidden" value="Special:Search" name="title"><input type="search" name="search"
placeholder="Search Potters' Commons" aria-label="Search Potters' Commons" autocapitalize="sentences" title="Search Potters' Commons [f]" accesskey="f"
id="searchInput"><input type="submit" name="go" value="Go" title="Go to a page with this exact name if it exists" class="searchButton" id="searchGoButton">
<input type="submit" name="fulltext" value="Search" title="Search the pages for this text" class="searchButton mw-fallbackSearchButton" id="mw-searchButton">
</form></div></div>
<div role="navigation" class="portlet" id="p-tb" aria-labelledby="p-tb-label"><h3 id="p-tb-label" lang="en" dir="ltr">Tools</h3><div class="pBody"><ul>
${links(mbTools, 'mw-list-item')}</ul></div></div></div></div>
<div class="visualClear"></div><div id="footer" class="mw-footer" role="contentinfo" lang="en" dir="ltr"><div id="f-poweredbyico" class="footer-icons"><a
href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></div><ul id="f-list">
<li id="lastmod"> This page was last edited on 12 January 2025, at 18:04.</li>${links(mbFoot)}</ul></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const monobookPage: TestPage = {
  html: mbHtml,
  name: 'heldout77-mediawiki-monobook-wiki',
  kind: 'wiki',
  // reference markers sit at the ends of paragraphs and are left out of the body texts; the references list is in
  // neither list, nor is its "References" heading; the TOC repeats the headings (left out); "edit" links, the site
  // notice, caption, categories and the portlets are furniture; the last-edited line is a byline
  title: mbTitle,
  headings: mbH,
  body: [...texts(mbLead), ...mbHist, ...mbPrep, ...mbRecipes, ...mbRecipeList, ...mbRecipeAfter, ...mbFiring, ...mbProblems],
  bylines: ['This page was last edited on 12 January 2025, at 18:04.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    mbNotice, "From Potters' Commons", 'Jump to navigation', 'Jump to search', mbCaption, 'Contents', 'edit', 'Categories', 'Glazes', 'Firing techniques',
    'Navigation menu', 'Page actions', ...mbActions, 'Personal tools', 'Log in', 'Navigation', ...mbNav, 'Search', 'Tools', ...mbTools, ...mbFoot,
    'Retrieved from "https://wiki.potterscommons.org/index.php?title=Wood_ash_glaze&oldid=18842"',
  ],
};

export const HELDOUT77_E: readonly TestPage[] = [monobookPage, archLikePage];
