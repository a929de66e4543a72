import { links, plain, type TestPage } from './page-kit.js';
import { ballotpedia } from './pages-heldout58-e2.js';

/**
 * Held-out batch 58, file e: a New World Encyclopedia biography (its MonoBook-style skin: the "Previous (...)" / "Next (...)"
 * links above the title, the tabs, the left column with logo, navigation, "Contribute", the category browser and toolbox,
 * a floated portrait with caption, the old-style contents box, sections with footnote marks, Notes, References with
 * "ISBN" lines, External links with the "All links retrieved" line, the long "Credits" boilerplate with its history links,
 * categories and the footer).
 */
let k = 0;
const cite = (p: string): string =>
  p.replace(/\[(\d+)\]/g, (_m, r: string) => `<sup id="cite_ref-${r}_${k++}" class="reference"><a href="#cite_note-${r}">&#91;${r}&#93;</a></sup>`);
const runs = (ps: readonly string[]): string[] => ps.flatMap((p) => p.split(/\[\d+\]/).map(plain)).filter((s) => s !== '');
const pp = (ps: readonly string[]): string => ps.map((p) => `<p>${cite(p)}\n</p>`).join('\n');
const hx = (lv: number, t: string): string => `<h${lv}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span></h${lv}>`;
const nwTitle = 'Ezekiel Marrow';
const nwLead = [
  '<b>Ezekiel Marrow</b> (March 3, 1818 – October 21, 1889) was an American naturalist, surveyor, and Quaker minister, best remembered for his ' +
    'studies of the freshwater mussels of the Ohio River valley and for his early warnings that dams and mill races would destroy them. A gentle ' +
    'and deeply religious man, he regarded the careful description of living things as a form of worship.',
];
const nwH = ['Life', 'Early years', 'The mussel surveys', 'Later life', 'Work', 'Legacy'] as const;
const nwEarly = [
  'Marrow was born on a farm near Waynesville, Ohio, the fourth of seven children of Jonas and Ruth Marrow, members of the Society of Friends. He ' +
    'left school at fourteen to work for a county surveyor, and it was while wading the creeks with a measuring chain that he began to collect ' +
    'shells.[1]',
];
const nwSurvey = [
  'In 1844 Marrow set out to record every species of mussel in the Little Miami River. Over the next twenty years he extended the survey to the ' +
    'Great Miami, the Scioto, and long stretches of the Ohio itself, travelling by rowboat and sleeping in the barns of Friends along the way.[2]',
  'His notebooks describe 74 species, eleven of them new to science, with careful drawings of each shell and notes on the river bed where it was ' +
    'found. He noticed that mussels vanished from the pools above new mill dams within a few years, and he argued, correctly, that the young ' +
    'mussels depended on fish that the dams kept away.[3]',
];
const nwLater = [
  'Marrow was recorded as a minister by the Miami Monthly Meeting in 1866 and spent much of his later life travelling among Quaker communities ' +
    'in Indiana and Iowa. He died at Waynesville in 1889, and his collection of more than 12,000 shells was given to Earlham College.[4]',
];
const nwWork = [
  'Marrow published little in his lifetime. His only book, <i>The Naiades of the Miami Valleys</i> (1871), was printed at his own expense in an ' +
    'edition of 300 copies. Its plates, engraved from his own drawings, are still used by specialists to identify shells, and several of his ' +
    'species names remain in use.',
];
const nwLegacy = [
  'For many years Marrow was known only to a handful of shell collectors. Interest in his work revived in the 1970s, when biologists studying the ' +
    'decline of North American mussels found that his notebooks recorded conditions in rivers before most dams were built.[5] A stretch of the ' +
    'Little Miami River was named the Ezekiel Marrow State Nature Preserve in 1998.',
  'Marrow saw no conflict between his faith and his science. "Every shell," he wrote in a letter of 1858, "is a sentence in a letter the Creator ' +
    'has written to us, and I would be ashamed to leave any of it unread."[6]',
];
const nwNotes = [
  'Harold Pease, Ezekiel Marrow: A Quaker Naturalist (Richmond, IN: Friends United Press, 1984), 12–15.',
  'Pease, 40–48.',
  'Ezekiel Marrow, The Naiades of the Miami Valleys (Waynesville, OH: privately printed, 1871), 6.',
  'Pease, 201.',
  'Carla J. Whitford, "Historical baselines for Ohio River unionids," Journal of Freshwater Ecology 14 (1999): 233–241.',
  'Marrow to Abigail Hunt, May 9, 1858, Marrow Papers, Earlham College Archives.',
];
const nwRefs = [
  'Marrow, Ezekiel. The Naiades of the Miami Valleys. Waynesville, OH: privately printed, 1871.',
  'Pease, Harold. Ezekiel Marrow: A Quaker Naturalist. Richmond, IN: Friends United Press, 1984. ISBN 978-0913408117',
];
const nwExt = ['Marrow Papers – Earlham College Archives', 'Ezekiel Marrow State Nature Preserve – Ohio Department of Natural Resources'];
const nwCredits = [
  'New World Encyclopedia writers and editors rewrote and completed the Wikipedia article in accordance with New World Encyclopedia standards.',
  'This article abides by terms of the Creative Commons CC-by-sa 3.0 License (CC-by-sa), which may be used and disseminated with proper attribution.',
  'The history of earlier contributions by wikipedians is accessible to researchers here:',
  'The history of this article since it was imported to New World Encyclopedia:',
  'Note: Some restrictions may apply to use of individual images which are separately licensed.',
] as const;
const nwNav = ['Main Page', 'Browse', 'Recent changes', 'Random page', 'Contact us'];
const nwContrib = ['Donate', 'Help', 'Editing guide'];
const nwBrowse = ['Philosophy and religion', 'Politics and social sciences', 'Life sciences', 'Physical sciences', 'History', 'Biography'];
const nwTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const nwCats = ['Life sciences', 'Biographies of Naturalists', 'Religious figures'];
const nwHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${nwTitle} - New World Encyclopedia</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgPageName":"Ezekiel_Marrow","wgTitle":"Ezekiel Marrow",\
"wgCurRevisionId":1120883,"wgArticleId":94411,"wgIsArticle":true,"wgAction":"view","wgCategories":["Life sciences","Biographies of Naturalists","Religious \
figures","Credited"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.nwe.styles&amp;only=styles&amp;skin=nwe"><meta name="generator" content="MediaWiki 1.35.14">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-NWE7Q2K1"></script><script>window.dataLayer=window.dataLayer||[];function \
gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-NWE7Q2K1');</script></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ezekiel_Marrow rootpage-Ezekiel_Marrow skin-nwe action-view"><div \
id="globalWrapper"><div id="column-content"><div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"></div><div class="nwe-prevnext"><span class="prev">Previous (<a href="/entry/Ezekiel_(Book_of)">Ezekiel (Book of)</a>)</span><span \
class="next">Next (<a href="/entry/Ezra">Ezra</a>)</span></div>
<h1 id="firstHeading" class="firstHeading" lang="en">${nwTitle}</h1><div id="bodyContent" class="mw-body-content"><div id="siteSub">From New World \
Encyclopedia</div><div id="contentSub"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#column-one">Jump to navigation</a><a \
class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">
<div class="thumb tright"><div class="thumbinner" style="width:202px;"><a href="/entry/File:Ezekiel_Marrow.jpg" class="image"><img alt="" \
src="/d/images/thumb/e/e4/Ezekiel_Marrow.jpg/200px-Ezekiel_Marrow.jpg" decoding="async" width="200" height="260" class="thumbimage"></a><div \
class="thumbcaption"><div class="magnify"><a href="/entry/File:Ezekiel_Marrow.jpg" class="internal" title="Enlarge"></a></div>Ezekiel Marrow, about 1870</div>\
</div></div>
${pp(nwLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" \
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">\
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul><li class="toclevel-1 tocsection-1"><a href="#Life"><span class="tocnumber">\
1</span> <span class="toctext">Life</span></a><ul><li class="toclevel-2 tocsection-2"><a href="#Early_years"><span class="tocnumber">1.1</span> <span \
class="toctext">Early years</span></a></li><li class="toclevel-2 tocsection-3"><a href="#The_mussel_surveys"><span class="tocnumber">1.2</span> <span \
class="toctext">The mussel surveys</span></a></li><li class="toclevel-2 tocsection-4"><a href="#Later_life"><span class="tocnumber">1.3</span> <span \
class="toctext">Later life</span></a></li></ul></li><li class="toclevel-1 tocsection-5"><a href="#Work"><span class="tocnumber">2</span> <span class="toctext">\
Work</span></a></li><li class="toclevel-1 tocsection-6"><a href="#Legacy"><span class="tocnumber">3</span> <span class="toctext">Legacy</span></a></li><li \
class="toclevel-1 tocsection-7"><a href="#Notes"><span class="tocnumber">4</span> <span class="toctext">Notes</span></a></li><li class="toclevel-1 \
tocsection-8"><a href="#References"><span class="tocnumber">5</span> <span class="toctext">References</span></a></li><li class="toclevel-1 tocsection-9"><a \
href="#External_links"><span class="tocnumber">6</span> <span class="toctext">External links</span></a></li><li class="toclevel-1 tocsection-10"><a \
href="#Credits"><span class="tocnumber">7</span> <span class="toctext">Credits</span></a></li></ul></div>
${hx(2, nwH[0])}
${hx(3, nwH[1])}
${pp(nwEarly)}
${hx(3, nwH[2])}
<div class="thumb tleft"><div class="thumbinner" style="width:182px;"><a href="/entry/File:Marrow_plate_IV.jpg" class="image"><img alt="" \
src="/d/images/thumb/7/72/Marrow_plate_IV.jpg/180px-Marrow_plate_IV.jpg" decoding="async" width="180" height="240" class="thumbimage"></a><div \
class="thumbcaption">Plate IV of <i>The Naiades of the Miami Valleys</i>, showing the pink heelsplitter</div></div></div>
${pp(nwSurvey)}
${hx(3, nwH[3])}
${pp(nwLater)}
${hx(2, nwH[4])}
${pp(nwWork)}
${hx(2, nwH[5])}
${pp(nwLegacy)}
${hx(2, 'Notes')}<div class="reflist"><ol class="references">${nwNotes
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a \
href="#cite_ref-${i + 1}_0">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
${hx(2, 'References')}<ul>${nwRefs
  .map(
    (r) => `<li>\
${r.replace(/ISBN (\d[\d-]+)/, 'ISBN <a href="/entry/Special:BookSources/$1" class="internal mw-magiclink-isbn">$1</a>')}</li>`,
  )
  .join('\n')}</ul>
${hx(2, 'External links')}<p>All links retrieved March 3, 2025.</p><ul>${nwExt
  .map(
    (t) => `<li><a rel="nofollow" class="external text" \
href="https://example.edu/${t.length}">${t}</a></li>`,
  )
  .join('')}</ul>
${hx(2, 'Credits')}<p><a href="/entry/New_World_Encyclopedia">${nwCredits[0].replace(/\.$/, '')}</a>. ${nwCredits[1]} Credit is due under the terms of this \
license that can reference both the New World Encyclopedia contributors and the selfless volunteer contributors of the Wikimedia Foundation. To cite this \
article <a href="/entry/Special:CiteThisPage?page=Ezekiel_Marrow">click here for a list of acceptable citing formats.</a>${nwCredits[2]}</p>
<ul><li><a rel="nofollow" class="external text" href="https://en.wikipedia.org/w/index.php?title=Ezekiel_Marrow&amp;oldid=812334671">Ezekiel Marrow history</a>\
</li></ul><p>${nwCredits[3]}</p><ul><li><a href="/entry/Ezekiel_Marrow?action=history">History of "Ezekiel Marrow"</a></li></ul><p>${nwCredits[4]}</p>
</div></div><div class="printfooter">Retrieved from <a dir="ltr" href="https://www.newworldencyclopedia.org/p/index.php?title=Ezekiel_Marrow&amp;\
oldid=1120883">https://www.newworldencyclopedia.org/p/index.php?title=Ezekiel_Marrow&amp;oldid=1120883</a></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/entry/Special:Categories" \
title="Special:Categories">Categories</a>: <ul>${links(nwCats)}</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden \
category: <ul><li><a href="/entry/Category:Credited">Credited</a></li></ul></div></div>
<div class="visualClear"></div></div></div></div>
<div id="column-one"><h2>Navigation menu</h2><div id="p-cactions" class="portlet" role="navigation"><h3>Views</h3><div class="pBody"><ul><li \
id="ca-nstab-main" class="selected"><a href="/entry/Ezekiel_Marrow">Page</a></li><li id="ca-talk" class="new"><a \
href="/p/index.php?title=Talk:Ezekiel_Marrow&amp;action=edit&amp;redlink=1">Discussion</a></li><li id="ca-viewsource"><a \
href="/p/index.php?title=Ezekiel_Marrow&amp;action=edit">View source</a></li><li id="ca-history"><a href="/p/index.php?title=Ezekiel_Marrow&amp;\
action=history">History</a></li></ul></div></div>
<div class="portlet" id="p-personal" role="navigation"><h3>Personal tools</h3><div class="pBody"><ul><li id="pt-login"><a \
href="/p/index.php?title=Special:UserLogin&amp;returnto=Ezekiel+Marrow">Log in</a></li><li id="pt-request"><a href="/entry/Special:RequestAccount">Request \
account</a></li></ul></div></div>
<div class="portlet" id="p-logo" role="banner"><a href="/entry/Info:Main_Page" class="mw-wiki-logo" title="Visit the main page"></a></div>
<div class="generated-sidebar portlet" id="p-navigation" role="navigation"><h3>Navigation</h3><div class="pBody"><ul>${links(nwNav)}</ul></div></div>
<div class="generated-sidebar portlet" id="p-Contribute" role="navigation"><h3>Contribute</h3><div class="pBody"><ul>${links(nwContrib)}</ul></div></div>
<div class="generated-sidebar portlet" id="p-Browse_articles" role="navigation"><h3>Browse articles</h3><div class="pBody"><ul>${links(nwBrowse)}</ul></div>\
</div>
<div id="p-search" class="portlet" role="search"><h3><label for="searchInput">Search</label></h3><div id="searchBody" class="pBody"><form \
action="/p/index.php" id="searchform"><input type="hidden" name="title" value="Special:Search"><input type="search" name="search" placeholder="Search New \
World Encyclopedia" id="searchInput"><input type="submit" name="go" value="Go" class="searchButton"><input type="submit" name="fulltext" value="Search" \
class="searchButton"></form></div></div>
<div class="portlet" id="p-tb" role="navigation"><h3>Tools</h3><div class="pBody"><ul>${links(nwTools)}</ul></div></div></div>
<div class="visualClear"></div><div id="footer" role="contentinfo"><div id="f-poweredbyico"><a href="https://www.mediawiki.org/"><img \
src="/p/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></div>
<ul id="f-list"><li id="lastmod"> This page was last edited on 2 May 2024, at 17:09.</li><li id="copyright">Content is available under <a class="external" \
href="https://creativecommons.org/licenses/by-sa/3.0/">Creative Commons Attribution/Share-Alike License</a>; additional terms may apply. See Terms of Use for \
details.</li>${links(['Privacy policy', 'About New World Encyclopedia', 'Disclaimers'])}</ul></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":274});});</script>
</body></html>`;
const newWorld: TestPage = {
  html: nwHtml,
  name: 'heldout58-new-world-encyclopedia',
  kind: 'wiki',
  // body: the lead and the sections' paragraphs (the quoted letter in "Legacy" included), as the runs between the footnote
  // marks (marks in neither list); "Previous (...)" / "Next (...)" are navigation: furniture; the two captions, Notes,
  // References, External links with "All links retrieved ...", the whole "Credits" section (the site's licence boilerplate
  // and history links, not the article), categories, menus and footer are furniture; "This page was last edited on ..." is
  // the byline; "History" (a tab and a browse link) and "Life sciences" (a browse link and a category) are listed once; the
  // heading "Notes" is a word of the body: left out
  title: nwTitle,
  headings: [...nwH],
  body: [...runs(nwLead), ...runs(nwEarly), ...runs(nwSurvey), ...runs(nwLater), ...runs(nwWork), ...runs(nwLegacy)],
  bylines: ['This page was last edited on 2 May 2024, at 17:09.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Previous (Ezekiel (Book of))', 'Next (Ezra)', 'From New World Encyclopedia', 'Jump to navigation', 'Jump to search', 'Ezekiel Marrow, about 1870',
    'Plate IV of The Naiades of the Miami Valleys, showing the pink heelsplitter', 'Contents', ...nwNotes, 'References', ...nwRefs, 'External links',
    'All links retrieved March 3, 2025.', ...nwExt, 'Credits', ...nwCredits, 'click here for a list of acceptable citing formats.', 'Ezekiel Marrow history',
    'History of "Ezekiel Marrow"', 'Retrieved from', 'Categories', 'Biographies of Naturalists', 'Religious figures', 'Hidden category', 'Credited',
    'Navigation menu', 'Views', 'Page', 'Discussion', 'View source', 'Personal tools', 'Log in', 'Request account', 'Navigation', ...nwNav, 'Contribute',
    ...nwContrib, 'Browse articles', ...nwBrowse, 'Search', 'Tools', ...nwTools,
    'Content is available under Creative Commons Attribution/Share-Alike License; additional terms may apply. See Terms of Use for details.', 'Privacy policy',
    'About New World Encyclopedia', 'Disclaimers',
  ],
};

export const HELDOUT58_E: readonly TestPage[] = [newWorld, ballotpedia];
