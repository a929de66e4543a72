import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout698-kit.js';

/**
 * Held-out batch 698, file a2: a variety guide page on a MediaWiki fruit wiki (Vector legacy skin) with a hatnote, an infobox,
 * a contents box, a thumbnail with caption, references and categories.
 */
const wTitle = 'Halwell Crimson';
const wInfo: [string, string][] = [
  ['Species', 'Malus domestica'],
  ['Origin', 'Halwell, Wessex'],
  ['First recorded', 'c. 1874'],
  ['Parentage', 'Unknown'],
  ['Pollination group', 'D'],
  ['Harvest', 'Early October'],
  ['Season of use', 'October to January'],
  ['Uses', 'Dessert, juice, cider'],
];
const wLead = [
  j(
    '<b>Halwell Crimson</b> is a dessert apple from the Halwell valley in Wessex, known for its dark red flush, sharp-sweet flavour',
    'and the pink staining that sometimes runs into the flesh under the skin.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
    'It is grown mainly in old farm orchards and community orchards in the county and is rarely found in nurseries outside it.',
  ),
];
const wSecs = ['History', 'Description', 'Cultivation', 'Uses', 'Cider', 'References'];
const wHist = [
  j(
    'The variety is said to have been raised by a blacksmith, Samuel Tredinnick, from a pip sown behind the forge at Halwell Cross.',
    'The earliest written mention is a prize list from the Halwell and District Horticultural Show of 1874, where "Tredinnick’s',
    'Crimson" took second place among dessert apples.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  j(
    'By 1900 the apple had spread to most farms in the valley, and grafts were exchanged at the market in Ottery Bridge. It fell out',
    'of favour after the Second World War, when many old orchards were grubbed up, and by 1985 only eleven trees were known.',
  ),
  j(
    'The Wessex Fruit Group took scion wood from the three healthiest of them in 1991, and the variety is now held in the county',
    'collection at Marlow Vale and in at least twenty community orchards.',
  ),
];
const wDesc = [
  j(
    'The fruit is medium-sized, round to slightly conical, with a short stalk set in a deep cavity. The skin is almost entirely',
    'covered in a dark crimson flush with faint stripes, over a green-yellow ground colour that shows only on the shaded side.',
  ),
  j(
    'The flesh is white, firm and juicy, often with pink veins near the skin. Freshly picked fruit is sharp; after a month in',
    'store the acidity softens and a strawberry-like note develops.',
  ),
  'The tree is of moderate vigour, spreading, and a partial tip bearer. Blossom is late and fairly resistant to frost.',
];
const wCult = [
  j(
    'Halwell Crimson crops well on wet, heavy soils where many dessert apples struggle, and shows good resistance to scab.',
    'It is prone to biennial bearing if the crop is not thinned in a heavy year.',
  ),
  j(
    'Because it bears partly on the tips of shoots, hard winter pruning removes much of the next crop. Growers usually prune',
    'it lightly, renewing a proportion of the older spurs each year and leaving the tips of the shorter shoots.',
  ),
];
const wUses = [
  j(
    'It is eaten fresh from October to January and keeps well in a cool store. The pink flesh makes a coloured juice that',
    'is popular at apple days in the county.',
  ),
];
const wCider = [
  j(
    'Although it is a dessert apple, Halwell Crimson was often added to farm cider in the valley to lift the acidity of',
    'bittersweet fruit. A blend of about one part Halwell Crimson to three parts bittersweet is still used by some small makers.',
  ),
];
const wRefs = [
  'Wessex Fruit Group (2019). <i>Apples of Wessex</i>. Marlow Vale: WFG Press. p. 112.',
  'Halwell and District Horticultural Society. <i>Schedule and prize list</i>, 14 September 1874.',
];
const wToc = ['1', '2', '3', '4', '4.1', '5'];
const wTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const wNavp = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const wCats = ['Dessert apples', 'Wessex apple varieties', 'Apple varieties with pink flesh'];
const wFootp = ['Privacy policy', 'About Orchardpedia', 'Disclaimers'];
const edit = (s: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Halwell_Crimson&amp;action=edit&amp;section=${s}"
title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const h = (n: number, lvl = 2): string => `<h${lvl}><span class="mw-headline" id="${at(wSecs, n)}">${at(wSecs, n)}</span>${edit(String(n + 1))}</h${lvl}>`;
const wTocHtml = `<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2>
<span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${wSecs
  .map(
    (s, i) => `<li class="toclevel-${i === 4 ? 2 : 1}"><a href="#${s}"><span class="tocnumber">${at(wToc, i)}</span> <span
class="toctext">${s}</span></a></li>`,
  )
  .join('\n')}
</ul></div>`;
const portal = (id: string, label: string, items: readonly string[]): string =>
  `<nav id="p-${id}" class="vector-menu vector-menu-portal portal" aria-labelledby="p-${id}-label" role="navigation">
<h3 id="p-${id}-label" class="vector-menu-heading"><span>${label}</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(items, 'mw-list-item')}</ul></div></nav>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${wTitle} - Orchardpedia</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Halwell_Crimson","wgTitle":"Halwell Crimson","wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="edit" title="Edit" href="/index.php?title=Halwell_Crimson&amp;action=edit"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Halwell_Crimson rootpage-Halwell_Crimson skin-vector action-view
skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Orchardpedia</div><div id="contentSub"></div><div id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Halwell_Pearmain">Halwell Pearmain</a>.</div>
<table class="infobox biota" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">${wTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><a href="/wiki/File:Halwell_Crimson_fruit.jpg" class="image"><img alt=""
src="/images/thumb/5/5e/Halwell_Crimson_fruit.jpg/220px-Halwell_Crimson_fruit.jpg"
width="220" height="180"></a><div class="infobox-caption">Fruit on the tree in early October</div></td></tr>
${wInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(wLead)}
${wTocHtml}
${h(0)}
${ps(wHist)}
${h(1)}
<div class="thumb tright"><div class="thumbinner" style="width:222px;"><a href="/wiki/File:Halwell_Crimson_section.jpg" class="image"><img alt=""
src="/images/thumb/a/a2/Halwell_Crimson_section.jpg/220px-Halwell_Crimson_section.jpg" class="thumbimage" width="220" height="165"></a>
<div class="thumbcaption"><div class="magnify"><a href="/wiki/File:Halwell_Crimson_section.jpg" class="internal" title="Enlarge"></a></div>Cut fruit showing the
pink veins</div></div></div>
${ps(wDesc)}
${h(2)}
${ps(wCult)}
${h(3)}
${ps(wUses)}
${h(4, 3)}
${ps(wCider)}
${h(5)}
<div class="mw-references-wrap"><ol class="references">
${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div>
<div class="printfooter">Retrieved from "<a dir="ltr"
href="https://orchardpedia.org/index.php?title=Halwell_Crimson&amp;oldid=8841"
>https://orchardpedia.org/index.php?title=Halwell_Crimson&amp;oldid=8841</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${links(wCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label"
class="vector-menu-heading"><span>Personal tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log
in</a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs" aria-labelledby="p-namespaces-label"><h3 id="p-namespaces-label"
class="vector-menu-heading">
<span>Namespaces</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected"><a
href="/wiki/Halwell_Crimson">Page</a></li>
<li id="ca-talk" class="new"><a href="/index.php?title=Talk:Halwell_Crimson&amp;action=edit&amp;redlink=1">Discussion</a></li></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs" aria-labelledby="p-views-label"><h3 id="p-views-label"
class="vector-menu-heading"><span>Views</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected"><a href="/wiki/Halwell_Crimson">Read</a></li>
<li id="ca-viewsource"><a href="/index.php?title=Halwell_Crimson&amp;action=edit">View source</a></li>
<li id="ca-history"><a href="/index.php?title=Halwell_Crimson&amp;action=history">View history</a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><h3><label for="searchInput">Search</label></h3>
<form action="/index.php" id="searchform"><div id="simpleSearch"><input type="search" name="search" placeholder="Search Orchardpedia" id="searchInput">
<input type="submit" name="fulltext" value="Search" class="searchButton mw-fallbackSearchButton"><input type="submit" name="go" value="Go" class="searchButton"
id="searchButton">
</div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${portal('navigation', 'Navigation', wNavp)}
${portal('tb', 'Tools', wTools)}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 September 2026, at
19:12.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul>
<ul id="footer-places">${links(wFootp)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const varietyWiki: TestPage = {
  name: 'heldout698-variety-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wSecs,
  body: texts([...wInfo.map(([k, v]) => `${k} ${v}`), ...wLead, ...wHist, ...wDesc, ...wCult, ...wUses, ...wCider, ...wRefs]),
  bylines: ['This page was last edited on 3 September 2026, at 19:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Orchardpedia', 'Jump to navigation', 'Jump to search', 'Not to be confused with Halwell Pearmain.', 'Fruit on the tree in early October',
    'Contents', '3', '4', '4.1', '5', 'edit', 'Cut fruit showing the pink veins',
    'Retrieved from "https://orchardpedia.org/index.php?title=Halwell_Crimson&oldid=8841"',
    'Categories:', ...wCats, 'Navigation menu', 'Personal tools', 'Log in', 'Namespaces', 'Page', 'Discussion', 'Views', 'Read', 'View source',
    'View history', 'Search', 'Navigation', ...wNavp, 'Tools', ...wTools,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    ...wFootp,
  ],
};

export const HELDOUT698_A2: readonly TestPage[] = [varietyWiki];
