import { links, type TestPage, texts } from './page-kit.js';
import { wpChromeFurniture, wpFooterHtml, wpHead, wpHeader, wpTitleBar, wpToc } from './pages-heldout92-a2.js';
import { fandomPage } from './pages-heldout92-a3.js';

/**
 * Held-out batch 92, file a: a Wikipedia article in the Vector 2022 skin (chrome from file a2) opened by a hatnote and a
 * "needs additional citations" maintenance box, with the infobox, a thumbnail with caption, "[edit]" section links,
 * "citation needed" tags, references, a navbox, the visible and hidden category links and the "last edited" footer; and,
 * from file a3, a Fandom wiki article with a spoiler warning and a candidate-for-deletion box.
 */
const wpTitle = 'Orlen Viaduct';
const wpSlug = 'Orlen_Viaduct';
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const cn =
  '<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">&#91;<i><a href="/wiki/Wikipedia:Citation_needed" ' +
  'title="Wikipedia:Citation needed"><span title="This claim needs references to reliable sources. (June 2023)">citation needed</span></a></i>&#93;</sup>';
const wl = (t: string, target = t): string => `<a href="/wiki/${target.replace(/ /g, '_')}" title="${target}">${t}</a>`;
const wpLead = [
  `The <b>Orlen Viaduct</b> is a disused railway viaduct crossing the valley of the ${wl('River Wendle')} near the village of ${wl('Orlen')} in the county ` +
    `of ${wl('Tansey')}, England. Built between 1864 and 1867 for the ${wl('Wendle Valley Railway')}, it carried the line between ${wl('Castlebury')} and ` +
    `${wl("Hobb's Cross")} until the route closed in 1965. With twenty-two arches and a length of 412 metres, it is the longest masonry structure in the
county.${ref(1)}`,
  `The viaduct has been a ${wl('Grade II* listed', 'Listed building')} structure since 1971, and since 2009 it has carried a footpath and cycle route, part ` +
    `of the ${wl('Wendle Way')}.`,
];
const wpH = ['History', 'Construction', 'Closure and restoration', 'Design', 'Use today'];
const wpConstruction = [
  `The Wendle Valley Railway Company obtained its ${wl('act of Parliament')} in 1862, and the contract for the viaduct was let to the Castlebury builder ` +
    `Josiah Trenholm the following year. Work began in the spring of 1864 with the foundations for the piers on the valley floor, where the soft alluvial ` +
    `ground needed timber piling to a depth of nine metres.${ref(2)}`,
  'Stone was quarried at Pellow Edge, two miles to the north, and brought to the site on a temporary tramway. At its peak the workforce numbered around 600 ' +
    'men, many of them housed in a camp of wooden huts on the eastern side of the valley. The burial register of the parish of Orlen records fourteen deaths ' +
    `among the workers during construction, most of them from falls.${cn}`,
  'The first train crossed the viaduct on 2 September 1867, and the line opened to the public eleven days later.',
];
const wpClosure = [
  `Passenger services were withdrawn in June 1962, and the last goods train, carrying coal to the Hobb's Cross gasworks, ran in 1965. ${wl('British Railways')}
` +
    'proposed demolishing the viaduct in 1969, citing the cost of maintenance, but the plan was dropped after a campaign by local residents ' +
    'and the Tansey Society.',
  `After decades of slow decay, the viaduct was transferred to the Orlen Viaduct Trust in 2004. A restoration costing £3.8 million repointed the masonry, ` +
    `replaced the parapets and laid a new deck surface, and the structure reopened as part of the Wendle Way in May 2009.${ref(3)}`,
];
const wpDesign = [
  'The viaduct is built of local gritstone with brick arch rings. Its twenty-two semicircular arches each span 15 metres, and the tallest pier rises 31 ' +
    'metres above the river. The line crosses the valley on a gentle curve with a radius of about 800 metres, which gives the structure its distinctive ' +
    'appearance when seen from the Castlebury road.',
  `Unusually for its date, every fourth pier is thickened as a so-called ${wl('king pier')}, intended to stop the collapse of one arch from bringing down ` +
    'the rest. The engineer, Arthur Lisle Penwarden, had adopted the practice after a smaller viaduct failed during construction elsewhere in 1859.' +
    ref(2),
];
const wpToday = [
  'The deck now carries a shared path three metres wide. The Orlen Viaduct Trust holds an open day each September, when visitors can walk beneath the ' +
    'arches on the valley floor and see an exhibition in the former permanent-way hut at the northern end.',
  'The viaduct has appeared in several films and television programmes, including:',
];
const wpList = [
  `the railway drama <i>${wl('Steam Over Wendle')}</i> (1978);`,
  `the ${wl('BBC')} series <i>Valley Lines</i> (1994–1996);`,
  'a 2016 advertising campaign for Castlebury Ales, in which a steam locomotive was shown crossing the restored deck.',
];
const wpHatnote =
  'This article is about the railway viaduct. For the road bridge over the Wendle at Orlen, see Orlen Bridge. For other uses, see Orlen (disambiguation).';
const wpAmbox = [
  'This article needs additional citations for verification.',
  'Please help improve this article by adding citations to reliable sources. Unsourced material may be challenged and removed.',
  'Find sources:',
  'Learn how and when to remove this message',
];
const wpInfoCaption = 'The viaduct from the south in 2019';
const wpThumb = 'A king pier, wider than its neighbours, seen from the river path';
const wpNavbox = ['Bridges and viaducts in Tansey', 'Castlebury Bridge', "Hobb's Cross Viaduct", 'Orlen Bridge', 'Pellow Aqueduct', 'Wendle Footbridge'];
const wpCats = [
  'Railway viaducts in England',
  'Bridges in Tansey',
  'Grade II* listed buildings in Tansey',
  'Bridges completed in 1867',
  'Rail trails in England',
];
const wpHidden = [
  'Articles with short description',
  'Articles needing additional references from March 2024',
  'All articles needing additional references',
  'All articles with unsourced statements',
  'Coordinates on Wikidata',
];
const wpEdited = 'This page was last edited on 14 February 2025, at 09:41 (UTC).';
const hd = (
  level: 2 | 3,
  t: string,
  section: number,
): string => `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=${wpSlug}&amp;action=edit&amp;section=${section}"
title="Edit section: ${t}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const row = (k: string, v: string): string => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`;
const cite = (n: number, t: string): string => `<li id="cite_note-${n}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${n}">^</a></b></span>
<span class="reference-text"><cite class="citation book cs1">${t}</cite></span></li>`;
const wpPs = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const wpHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available skin-theme-clientpref-day"
lang="en" dir="ltr">
${wpHead(wpTitle, wpSlug, 'Railway viaduct in Tansey, England')}
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-${wpSlug}
rootpage-${wpSlug} skin-vector-2022 action-view">
${wpHeader}
${wpToc([
  { h: wpH[0]!, subs: wpH.slice(1, 3) },
  { h: wpH[3]!, subs: [] },
  { h: wpH[4]!, subs: [] },
  { h: 'References', subs: [] },
  { h: 'External links', subs: [] },
])}
<div class="mw-content-container"><main id="content" class="mw-body">
${wpTitleBar(wpTitle)}
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Railway viaduct in Tansey, England</div>
<div role="note" class="hatnote navigation-not-searchable">${wpHatnote
  .replace('Orlen Bridge', wl('Orlen Bridge'))
  .replace('Orlen (disambiguation)', '<a href="/wiki/Orlen_(disambiguation)" class="mw-disambig">Orlen (disambiguation)</a>')}</div>
<style data-mw-deduplicate="TemplateStyles:r1251242444">.mw-parser-output .ambox{border:1px solid #a2a9b1;border-left:10px solid
#36c;background-color:#fbfbfb}</style>
<table class="box-More_citations_needed plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr><td class="mbox-image">
<div class="mbox-image-div"><span typeof="mw:File"><a href="/wiki/File:Question_book-new.svg" class="mw-file-description"><img alt=""
src="//upload.wikimedia.org/wikipedia/en/thumb/9/99/Question_book-new.svg/60px-Question_book-new.svg.png" decoding="async" width="50" height="39"
class="mw-file-element"></a></span></div></td><td class="mbox-text"><div class="mbox-text-span">This article <b>needs additional citations for
${wl('verification', 'Wikipedia:Verifiability')}</b>.<span class="hide-when-compact"> Please help <a class="external text"
href="https://en.wikipedia.org/w/index.php?title=${wpSlug}&amp;action=edit">improve this article</a> by
${wl('adding citations to reliable sources', 'Help:Referencing for beginners')}.
Unsourced material may be challenged and removed.<br><small><span class="plainlinks"><i>Find sources:</i>&nbsp;<a rel="nofollow" class="external text"
href="https://www.google.com/search?as_eq=wikipedia&amp;q=%22Orlen+Viaduct%22">"Orlen Viaduct"</a>&nbsp;–&nbsp;<a rel="nofollow" class="external text"
href="https://www.google.com/search?tbm=nws&amp;q=%22Orlen+Viaduct%22">news</a>&nbsp;<b>·</b> <a rel="nofollow" class="external text" href="#">newspapers</a>
&nbsp;<b>·</b> <a rel="nofollow" class="external text" href="#">books</a>&nbsp;<b>·</b> <a rel="nofollow" class="external text"
href="#">scholar</a>&nbsp;<b>·</b>
<a rel="nofollow" class="external text" href="#">JSTOR</a></span></small></span> <span class="date-container"><i>(<span class="date">March
2024</span>)</i></span>
<span class="hide-when-compact"><i> (<small>${wl(wpAmbox[3]!, 'Help:Maintenance template removal')}</small>)</i></span></div></td></tr></tbody></table>
<table class="infobox" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">Orlen Viaduct</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Orlen_Viaduct_2019.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/4/4c/Orlen_Viaduct_2019.jpg/250px-Orlen_Viaduct_2019.jpg" decoding="async"
width="250" height="167" class="mw-file-element"></a></span><div class="infobox-caption">${wpInfoCaption}</div></td></tr>
${row('Coordinates', '<span class="geo-dms"><span class="latitude">53°41′12″N</span> <span class="longitude">1°58′40″W</span></span>')}
${row('Carries', 'Wendle Way footpath and cycle route')}${row('Crosses', wl('River Wendle'))}${row('Locale', 'Orlen, Tansey')}
${row('Heritage status', 'Grade II* listed')}<tr><th colspan="2" class="infobox-header">Characteristics</th></tr>${row('Design', 'Arch viaduct')}
${row('Material', 'Gritstone, brick')}${row('Total length', '412 m (1,352 ft)')}${row('Height', '31 m (102 ft)')}${row('No. of spans', '22')}
<tr><th colspan="2" class="infobox-header">History</th></tr>${row('Designer', 'Arthur Lisle Penwarden')}${row('Construction start', '1864')}
${row('Opened', '2 September 1867')}${row('Closed', '1965')}</tbody></table>
${wpPs(wpLead)}
<meta property="mw:PageProp/toc">
${hd(2, wpH[0]!, 1)}
${hd(3, wpH[1]!, 2)}
${wpPs(wpConstruction)}
${hd(3, wpH[2]!, 3)}
${wpPs(wpClosure)}
${hd(2, wpH[3]!, 4)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Orlen_king_pier.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/a/a1/Orlen_king_pier.jpg/250px-Orlen_king_pier.jpg" decoding="async" width="250" height="333"
class="mw-file-element"></a><figcaption>${wpThumb}</figcaption></figure>
${wpPs(wpDesign)}
${hd(2, wpH[4]!, 5)}
${wpPs(wpToday)}
<ul>${wpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hd(2, 'References', 6)}
<div class="mw-references-wrap"><ol class="references">
${cite(1, 'Hallam, Peter (1998). <i>Railways of the Wendle Valley</i>. Castlebury: Tansey Local History Press. p. 41.')}
${cite(2, 'Penwarden, A. L. (1868). "On the Orlen Viaduct". <i>Minutes of Proceedings of the Institution of Civil Engineers</i>. <b>27</b>: 112–130.')}
${cite(3, '"Viaduct reopens to walkers and cyclists". <i>Castlebury Courier</i>. 18 May 2009.')}
</ol></div>
${hd(2, 'External links', 7)}
<ul><li><a rel="nofollow" class="external text" href="https://orlenviaduct.example.org">Orlen Viaduct Trust</a> – official website</li></ul>
<div role="navigation" class="navbox" aria-labelledby="Bridges_and_viaducts_in_Tansey"><table class="nowraplinks mw-collapsible autocollapse navbox-inner">
<tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a
href="/wiki/Template:Tansey_bridges">
<abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:Tansey_bridges"><abbr
title="Discuss this template">t</abbr></a></li>
<li class="nv-edit"><a href="#"><abbr title="Edit this template">e</abbr></a></li></ul></div><div
id="Bridges_and_viaducts_in_Tansey">${wpNavbox[0]}</div></th></tr>
<tr><td class="navbox-list-with-group navbox-list navbox-odd hlist"><div><ul>${links(wpNavbox.slice(1))}</ul></div></td></tr></tbody></table></div>
<!-- NewPP limit report Parsed by mw-api-int.codfw.main-5d8c7b6f9d-xk2lp Cached time: 20250214094108 CPU time usage: 0.412 seconds -->
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;useformat=desktop" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://en.wikipedia.org/w/index.php?title=${wpSlug}&amp;oldid=1275530911">
https://en.wikipedia.org/w/index.php?title=${wpSlug}&amp;oldid=1275530911</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>:
<ul>${links(wpCats)}</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories:
<ul>${links(wpHidden)}</ul></div></div>
</div></main></div>
<div class="mw-footer-container">${wpFooterHtml(wpEdited)}</div></div></div>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header"><div
class="vector-sticky-header-start">
<div class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span
class="mw-page-title-main">${wpTitle}</span>
</div></div></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-6c5f9b8d7c-8tq2z","wgBackendResponseTime":142});});</script>
</body></html>`;
const wikipedia: TestPage = {
  html: wpHtml,
  name: 'heldout92-wikipedia-article',
  kind: 'wiki',
  // the hatnote and maintenance box are furniture; the infobox, the References and External links sections (headings and
  // items) are in neither list; "[1]" and "[citation needed]" markers stay in their paragraphs (texts())
  title: wpTitle,
  headings: wpH,
  body: texts([...wpLead, ...wpConstruction, ...wpClosure, ...wpDesign, ...wpToday, ...wpList]),
  bylines: [wpEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wpChromeFurniture, wpHatnote, ...wpAmbox, 'news', 'newspapers', 'books', 'scholar', 'JSTOR', 'March 2024', wpInfoCaption, wpThumb, 'edit',
    'Toggle History subsection', ...wpNavbox, 'Categories', ...wpCats, 'Hidden categories:', ...wpHidden, 'Retrieved from',
  ],
};

export const HELDOUT92_A: readonly TestPage[] = [wikipedia, fandomPage];
