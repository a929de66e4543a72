import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 111, file e2: an article on a MediaWiki wiki with the Vector (2010) skin (the personal tools, the
 * Page / Discussion and Read / Edit / View history tabs, the search box, the sidebar portals, the "From Riverwick Wiki" site
 * sub, a hatnote, the infobox, the "Contents" box with its "hide" toggle and numbered entries, the section headings with
 * "[edit]" links, the references list, the "Retrieved from" line, the category links, the "This page was last edited" line
 * and the footer links).
 */
const mwTitle = 'Carrow Mill';
const mwLead = [
  'Carrow Mill is a former water-powered corn mill on the River Leyne at the southern edge of Riverwick. Built in 1782, it ground ' +
    'grain for the town for nearly 150 years and is now a working museum run by volunteers.[1]',
  'The mill is a Grade II listed building and one of only two surviving undershot mills in the county.',
];
const mwH = ['History', 'Early years', 'Decline and closure', 'Restoration', 'The mill today', 'See also', 'References'];
const mwP1 = [
  'The mill was built by the miller Josiah Penrose on the site of an earlier timber mill mentioned in a lease of 1640. The new ' +
    'building was of local red brick with a slate roof, and its wheel drove two pairs of millstones.[2]',
  'By the 1830s the mill was grinding around 40 tons of wheat a month. A third pair of stones was added in 1851, and a drying ' +
    'kiln was built against the north wall.',
];
const mwP2 = [
  'Competition from large steam-powered roller mills in the ports reduced demand through the late 19th century. The last miller, ' +
    'Walter Dunning, stopped grinding flour in 1912 and switched to animal feed. The mill closed in 1929 after a flood damaged ' +
    'the wheel and the sluice gates.',
];
const mwP3 = [
  'The derelict mill was bought by Riverwick Town Council in 1974. The Carrow Mill Trust was formed in 1981 and spent eleven years ' +
    'restoring the building, working mostly on weekends. A new oak wheel was made by a millwright from the Welsh borders and ' +
    'fitted in 1990, and the mill ground its first flour in 61 years in May 1992.[3]',
];
const mwP4 = [
  'The mill opens to visitors on weekends from April to October. Flour is ground on the first Sunday of each month and sold in the ' +
    'mill shop. The trust also runs school visits and an annual Mill Day in August.',
  'Facilities at the mill include:',
];
const mwList = ['A small museum of milling tools in the former kiln', 'A riverside tea room, open in the summer', 'A nature trail along the mill leat'];
const mwSee = ['List of watermills in the Leyne valley', 'Riverwick Town Council'];
const mwRefs = [
  '^ “Carrow Mill”. Riverwick Heritage Trail. Retrieved 3 March 2026.',
  '^ Hollins, Margaret (1998). Mills of the Leyne Valley. Riverwick: Leyne Press. p. 44.',
  '^ “Mill grinds again after 61 years”. Riverwick Courier. 18 May 1992. p. 3.',
];
const mwSide = [
  'Main page',
  'Recent changes',
  'Random page',
  'Help about MediaWiki',
  'What links here',
  'Related changes',
  'Special pages',
  'Printable version',
];
const mwFoot = ['Privacy policy', 'About Riverwick Wiki', 'Disclaimers', 'Mobile view'];
const toc: [string, string][] = [
  ['1', 'History'],
  ['1.1', 'Early years'],
  ['1.2', 'Decline and closure'],
  ['1.3', 'Restoration'],
  ['2', 'The mill today'],
  ['3', 'See also'],
  ['4', 'References'],
];
const h = (tag: string, t: string): string => `<${tag}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Carrow_Mill&amp;action=edit&amp;section=1"
title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span></span></${tag}>`;
const mwPs = (a: readonly string[]): string =>
  a.map((p) => `<p>${p.replace(/\[(\d)\]/g, '<sup id="cite_ref-$1" class="reference"><a href="#cite_note-$1">[$1]</a></sup>')}</p>`).join('\n');
const mwHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Carrow Mill - Riverwick Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Carrow_Mill","wgTitle":"Carrow Mill","wgCurRevisionId":48211,
"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Carrow_Mill&amp;action=edit"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Carrow_Mill rootpage-Carrow_Mill skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mwTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Riverwick Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<div role="note" class="hatnote navigation-not-searchable">For the road named after the mill, see Carrow Mill Lane.</div>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">Carrow Mill</th></tr><tr><th class="infobox-label">Location</th>
<td class="infobox-data">Riverwick</td></tr><tr><th class="infobox-label">Built</th><td class="infobox-data">1782</td></tr><tr><th
class="infobox-label">Type</th>
<td class="infobox-data">Undershot watermill</td></tr><tr><th class="infobox-label">Listed</th><td class="infobox-data">Grade II</td></tr></tbody></table>
${mwPs(mwLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${toc
  .map(
    ([n, t]) =>
      `<li class="toclevel-${n.includes('.') ? 2 : 1}"><a href="#${t.replace(/ /g, '_')}"><span class="tocnumber">${n}</span> <span
class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${h('h2', mwH[0] as string)}
${h('h3', mwH[1] as string)}
${mwPs(mwP1)}
${h('h3', mwH[2] as string)}
${mwPs(mwP2)}
${h('h3', mwH[3] as string)}
${mwPs(mwP3)}
${h('h2', mwH[4] as string)}
${mwPs(mwP4)}
<ul>${mwList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h('h2', mwH[5] as string)}
<ul>${mwSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>
${h('h2', mwH[6] as string)}
<div class="reflist"><ol class="references">${mwRefs
  .map(
    (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text">${t.slice(2)}</span></li>`,
  )
  .join('\n')}</ol></div>
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.riverwick.example/index.php?title=Carrow_Mill&amp;oldid=48211"
>https://wiki.riverwick.example/index.php?title=Carrow_Mill&amp;oldid=48211</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Watermills">Watermills</a></li><li><a href="/wiki/Category:Museums_in_Riverwick">Museums in Riverwick</a></li>
<li><a href="/wiki/Category:Grade_II_listed_buildings">Grade II listed buildings</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label"><h3
id="p-personal-label">Personal tools</h3>
<ul>${links(['Create account', 'Log in'])}</ul></nav><div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul>
<li id="ca-nstab-main" class="selected"><a href="/wiki/Carrow_Mill">Page</a></li><li id="ca-talk"><a href="/wiki/Talk:Carrow_Mill">Discussion</a></li></ul>
</nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul><li id="ca-view" class="selected"><a href="/wiki/Carrow_Mill">Read</a>
</li>
<li id="ca-edit"><a href="/index.php?title=Carrow_Mill&amp;action=edit">Edit</a></li><li id="ca-history"><a
href="/index.php?title=Carrow_Mill&amp;action=history">View history</a>
</li></ul></nav><div id="p-search" role="search"><form action="/index.php" id="searchform"><input type="search" name="search"
placeholder="Search Riverwick Wiki"
id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu vector-menu-portal"><h3>Navigation</h3><ul>${links(mwSide.slice(0, 4))}</ul></nav>
<nav id="p-tb" class="vector-menu vector-menu-portal"><h3>Tools</h3><ul>${links(mwSide.slice(4))}</ul></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 March 2026, at 18:22.</li>
<li id="footer-info-copyright">Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mwFoot)}</ul><ul id="footer-icons"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":91});});</script></body></html>`;
export const wikiPage: TestPage = {
  html: mwHtml,
  name: 'heldout111-mediawiki-vector-article',
  kind: 'wiki',
  // the lead and section text, the facilities list and the "See also" list are body and the reference markers are part of
  // their paragraphs; the infobox and the reference list are in neither list; the "Contents" box entries repeat the headings
  // and are left out; "[edit]" links, the hatnote, "Retrieved from", categories, the tabs, sidebar and footer are furniture;
  // the "last edited" line is a byline
  title: mwTitle,
  headings: mwH,
  body: [...texts(mwLead.map((p) => p.replace(/\[(\d)\]/g, '<sup>[$1]</sup>'))), ...texts(mwP1), ...mwP2, ...mwP3, ...mwP4, ...mwList, ...mwSee],
  bylines: ['This page was last edited on 3 March 2026, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Riverwick Wiki', 'Jump to navigation', 'Jump to search', 'For the road named after the mill, see Carrow Mill Lane.', 'Contents', '[edit]',
    'Retrieved from "https://wiki.riverwick.example/index.php?title=Carrow_Mill&oldid=48211"', 'Categories', 'Watermills', 'Museums in Riverwick',
    'Grade II listed buildings', 'Navigation menu', 'Personal tools', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'Edit', 'View history',
    'Navigation', 'Tools', ...mwSide, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mwFoot,
  ],
};
