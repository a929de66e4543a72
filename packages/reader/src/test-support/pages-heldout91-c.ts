import { links, type TestPage, texts } from './page-kit.js';
import { fandomPage } from './pages-heldout91-c2.js';
import { wpChrome, wpChromeFurniture, wpFoot, wpFootLinks, wpLangs, wpMenus, wpTools } from './pages-heldout91-c3.js';

/**
 * Held-out batch 91, file c: an English Wikipedia article on the Vector 2022 skin (jump link, the main menu dropdown with
 * its pinnable headers, search, "Donate" / "Create account" / "Log in", the sidebar table of contents with "(Top)", numbers
 * and "Toggle ... subsection" buttons, the language dropdown, Article / Talk / Read / Edit / View history tabs and the Tools
 * menu (from file c3), "From Wikipedia, the free encyclopedia", the hidden short description, a hatnote, a "needs additional
 * citations" message box, the infobox, thumbnails with captions, [edit] section links, citation markers, See also,
 * references and external links, a navbox, categories, the "last edited" line and the footer) and, from file c2, a Fandom
 * game wiki page.
 */
const wpTitle = 'Veldmark Lighthouse';
const wpLead = [
  '<b>Veldmark Lighthouse</b> is a disused lighthouse on the northern headland of Ostholm, the largest island of the Skarre archipelago. ' +
    'Completed in 1887, it guided ships through the Veldmark Sound for more than eighty years before it was replaced by an unmanned light ' +
    'on the Brisk Skerry in 1971.<sup id="cite_ref-lund_1-0" class="reference"><a href="#cite_note-lund-1"><span class="cite-bracket">[</span>1' +
    '<span class="cite-bracket">]</span></a></sup> The tower is the oldest surviving cast-iron lighthouse in the archipelago and has been a ' +
    'protected building since 1994.',
];
const wpH1 = 'History';
const wpH1a = 'Building the tower';
const wpHist = [
  'Shipping through the Veldmark Sound grew quickly after the harbour at Nordvik was deepened in the 1870s, and a string of wrecks on the ' +
    'headland led the harbour board to petition for a light. The tower was designed by the engineer Halvard Brekke and cast in sections at ' +
    'a foundry in Sandholm, then shipped to the island and bolted together on a granite base.<sup id="cite_ref-brekke_2-0" class="reference">' +
    '<a href="#cite_note-brekke-2"><span class="cite-bracket">[</span>2<span class="cite-bracket">]</span></a></sup>',
  'Work began in the spring of 1885. Storms twice washed away the builders’ landing stage, and the lantern was not lit until ' + '12 October 1887.',
];
const wpH1b = 'Keepers and automation';
const wpKeep = [
  'The light was kept by two families who lived in a pair of cottages beside the tower. The longest-serving keeper, Ingrid Solbakk, ' +
    'tended the lamp from 1931 to 1966 and kept a weather diary that is now held by the Ostholm local history society.' +
    '<sup id="cite_ref-diary_3-0" class="reference"><a href="#cite_note-diary-3"><span class="cite-bracket">[</span>3<span ' +
    'class="cite-bracket">]</span></a></sup>',
  'The paraffin lamp was converted to electricity in 1958. As larger ships began to use the deeper channel west of the Brisk Skerry, ' +
    'the harbour board decided that a new automatic light there would serve them better, and the Veldmark light was extinguished in 1971.',
];
const wpH2 = 'Design';
const wpDesign = [
  'The tower is a tapering cylinder of cast-iron plates, 21 metres (69 ft) tall, painted white with a single red band below the gallery. ' +
    'A spiral staircase of 96 steps leads to the lantern room. The original first-order lens, made in Paris, was removed in 1972 and is ' +
    'displayed at the maritime museum in Nordvik.',
];
const wpH3 = 'Preservation';
const wpPres = [
  'After the light was decommissioned the tower stood empty and began to rust. A volunteer group, the Friends of Veldmark Light, was ' +
    'formed in 1989 and raised money to repaint the tower and repair the gallery.<sup id="cite_ref-friends_4-0" class="reference">' +
    '<a href="#cite_note-friends-4"><span class="cite-bracket">[</span>4<span class="cite-bracket">]</span></a></sup> The keepers’ cottages ' +
    'were restored in 2008 and one is now a small museum, open in the summer months.',
  'The tower is climbed by around 9,000 visitors a year. A survey in 2022 found corrosion in the lower plates, and repairs are planned.',
];
const wpSeeAlso = ['List of lighthouses in the Skarre archipelago', 'Brisk Skerry Light'];
const wpRefs = [
  'Lund, Erik (2004). <i>Lights of the Northern Sound</i>. Nordvik: Havgap Press. p. 112.',
  'Brekke, Halvard (1888). "On the construction of the Veldmark light". <i>Proceedings of the Sandholm Engineering Society</i>. <b>14</b>: 41–58.',
  '"The keeper’s diary". Ostholm Local History Society. Retrieved 3 March 2024.',
  'Aas, Marit (12 June 1990). "Volunteers take on rusting lighthouse". <i>Nordvik Tidende</i>. p. 4.',
];
const wpExt = ['Friends of Veldmark Light', 'Veldmark Lighthouse on the Skarre heritage register'];
const wpInfo = [
  ['Location', 'Ostholm, Skarre archipelago'],
  ['Coordinates', '61°12′N 4°47′E'],
  ['Constructed', '1885–1887'],
  ['Construction', 'cast iron'],
  ['Height', '21 m (69 ft)'],
  ['Shape', 'tapering cylindrical tower with gallery and lantern'],
  ['Markings', 'white tower, red band'],
  ['Deactivated', '1971'],
  ['Lens', 'first-order Fresnel lens (removed)'],
];
const wpCaptions = ['Veldmark Lighthouse in 2019', 'The keepers’ cottages after restoration'];
const wpHat = 'For the lightship, see Veldmark (lightship).';
const wpBox = [
  'This article needs additional citations for verification.',
  'Please help improve this article by adding citations to reliable sources. Unsourced material may be challenged and removed.',
  'Find sources:',
  'March 2024',
  'Learn how and when to remove this message',
];
const wpNavbox = ['Lighthouses of the Skarre archipelago', 'Brisk Skerry', 'Hollow Point', 'Kjerr', 'Nordvik Harbour', 'Sandholm Mole', 'Ytre Flu'];
const wpCats = [
  'Categories',
  'Lighthouses completed in 1887',
  'Cast-iron lighthouses',
  'Protected buildings in the Skarre archipelago',
  'Articles needing additional references from March 2024',
];
const wpTocList = [[wpH1, wpH1a, wpH1b], [wpH2], [wpH3], ['See also'], ['References'], ['External links']];
const wpSec = (t: string, n: number, level = 2): string => `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Veldmark_Lighthouse&amp;action=edit&amp;section=${n}"
title="Edit section: ${t}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const wpP = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const wpThumb = (cap: string, side: string): string => `<figure class="mw-default-size${side}" typeof="mw:File/Thumb"><a href="/wiki/File:Veldmark.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Veldmark.jpg/250px-Veldmark.jpg" decoding="async" width="250"
height="188" class="mw-file-element"></a><figcaption>${cap}</figcaption></figure>`;
const wpToc = wpTocList
  .map((g, i) => {
    const [top, ...subs] = g;
    const sub = subs
      .map(
        (s, j) => `<li id="toc-${s.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-2"><a class="vector-toc-link"
href="#${s.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}.${j + 1}</span><span>${s}</span></div></a></li>`,
      )
      .join('');
    return `<li id="toc-${top!.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${top!.replace(
      / /g,
      '_',
    )}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${top}</span></div></a>${
      sub === ''
        ? ''
        : `<button aria-controls="toc-${top}-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">
<span class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle ${top} subsection</span></button><ul id="toc-${top}-sublist"
class="vector-toc-list">${sub}</ul>`
    }</li>`;
  })
  .join('\n');
const wpContent = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Disused lighthouse in the Skarre archipelago</div>
<div role="note" class="hatnote navigation-not-searchable">For the lightship, see <a href="/wiki/Veldmark_(lightship)">Veldmark (lightship)</a>.</div>
<table class="box-More_citations_needed plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr><td class="mbox-image">
<div class="mbox-image-div"><span typeof="mw:File"><a href="/wiki/File:Question_book-new.svg" class="mw-file-description"><img alt=""
src="//upload.wikimedia.org/wikipedia/en/thumb/9/99/Question_book-new.svg/60px-Question_book-new.svg.png" width="50" height="39"></a></span></div></td>
<td class="mbox-text"><div class="mbox-text-span">This article <b>needs additional citations for <a href="/wiki/Wikipedia:Verifiability">verification</a></b>.
<span class="hide-when-compact"> Please help <a href="/w/index.php?title=Veldmark_Lighthouse&amp;action=edit">improve this article</a> by adding citations to
reliable sources. Unsourced material may be challenged and removed.</span><br><small><span class="plainlinks"><i>Find sources:</i>&nbsp;<a rel="nofollow"
class="external text" href="https://www.google.com/search?q=%22Veldmark+Lighthouse%22">"Veldmark Lighthouse"</a>&nbsp;–&nbsp;<a rel="nofollow"
class="external text" href="https://www.google.com/search?tbm=nws">news</a>&nbsp;<b>·</b>&nbsp;<a rel="nofollow" class="external text"
href="https://www.google.com/search?tbm=bks">books</a>&nbsp;<b>·</b>&nbsp;<a rel="nofollow" class="external text"
href="https://scholar.google.com/scholar">scholar</a></span></small> <span class="date-container"><i>(<span class="date">${wpBox[3]}</span>)</i></span>
<span class="hide-when-compact"><i> (<small><a href="/wiki/Help:Maintenance_template_removal">${wpBox[4]}</a></small>)</i></span></div></td></tr>
</tbody></table>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wpTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span
class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Veldmark_2019.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/5/5e/Veldmark_2019.jpg/220px-Veldmark_2019.jpg" width="220" height="293"></a></span>
<div class="infobox-caption">${wpCaptions[0]}</div></td></tr>
${wpInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
${wpP(wpLead)}
<meta property="mw:PageProp/toc">
${wpSec(wpH1, 1)}
${wpSec(wpH1a, 2, 3)}
${wpP(wpHist)}
${wpSec(wpH1b, 3, 3)}
${wpThumb(wpCaptions[1]!, ' mw-halign-right')}
${wpP(wpKeep)}
${wpSec(wpH2, 4)}
${wpP(wpDesign)}
${wpSec(wpH3, 5)}
${wpP(wpPres)}
${wpSec('See also', 6)}
<ul>${wpSeeAlso.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul>
${wpSec('References', 7)}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">${wpRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text"><cite class="citation cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${wpSec('External links', 8)}
<ul>${wpExt.map((t) => `<li><a rel="nofollow" class="external text" href="https://veldmark.example/">${t}</a></li>`).join('')}</ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Lighthouses_of_the_Skarre_archipelago"><table class="nowraplinks
hlist navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a
href="/wiki/Template:Skarre_lighthouses"><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><abbr title="Discuss this template">t</abbr>
</li><li class="nv-edit"><abbr title="Edit this template">e</abbr></li></ul></div><div id="Lighthouses_of_the_Skarre_archipelago">${wpNavbox[0]}</div></th>
</tr><tr><td class="navbox-list navbox-odd hlist"><div><ul>${links(wpNavbox.slice(1))}</ul></div></td></tr></tbody></table></div>`;
const wpHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-toc-available skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${wpTitle} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;
}());RLCONF={"wgBreakFrames":false,"wgPageName":"Veldmark_Lighthouse","wgTitle":"Veldmark Lighthouse","wgCurRevisionId":1238804512,
"wgArticleId":51220934,"wgIsArticle":true,"wgAction":"view","wgPageContentLanguage":"en","wgRelevantPageName":"Veldmark_Lighthouse",
"wgIsProbablyEditable":true,"wgWikibaseItemId":"Q98765432"};RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready",
"skins.vector.js","ext.gadget.ReferenceTooltips"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.icons%2Cstyles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.12"><meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="${wpTitle} - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Veldmark_Lighthouse">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Veldmark Lighthouse",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Veldmark_Lighthouse","sameAs":"http:\\/\\/www.wikidata.org\\/entity\\/Q98765432",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2016-08-19T10:21:07Z","dateModified":"2025-08-03T14:12:40Z","headline":"disused lighthouse in the Skarre archipelago"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
page-Veldmark_Lighthouse rootpage-Veldmark_Lighthouse skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
${wpChrome}
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice --></div>
</div><div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${wpToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wpTitle}</span></h1>
${wpLangs}</header>
${wpMenus}
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${wpContent}
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;useformat=desktop" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Veldmark_Lighthouse&amp;oldid=1238804512">
https://en.wikipedia.org/w/index.php?title=Veldmark_Lighthouse&amp;oldid=1238804512</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">${wpCats[0]}</a>: <ul>${links(wpCats.slice(1, 4))}</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks
mw-hidden-cats-hidden">
Hidden categories: <ul>${links(wpCats.slice(4))}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
3 August 2025, at 14:12<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">${wpFoot}</li></ul>
<ul id="footer-places">${links(wpFootLinks)}</ul></footer></div></div></div>
${wpTools}
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-7f9c","wgBackendResponseTime":188});});</script></body></html>`;
const wikipedia: TestPage = {
  html: wpHtml,
  name: 'heldout91-wikipedia-article',
  kind: 'wiki',
  // citation markers are part of their paragraphs; the end sections (See also, References, External links: headings and
  // items) are in neither list; the infobox, hatnote, maintenance box, captions, navbox, categories and the sidebar table of
  // contents ("1History" etc., numbers run into the heading texts) are furniture; the "last edited" line is a byline
  title: wpTitle,
  headings: [wpH1, wpH1a, wpH1b, wpH2, wpH3],
  body: texts([...wpLead, ...wpHist, ...wpKeep, ...wpDesign, ...wpPres]),
  bylines: ['This page was last edited on 3 August 2025, at 14:12 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Jump to content', ...wpChromeFurniture, 'Contents', 'move to sidebar', 'hide', '(Top)', `Toggle ${wpH1} subsection`, 'From Wikipedia, the free ' +
  'encyclopedia',
    'Disused lighthouse in the Skarre archipelago', wpHat, ...wpBox, ...wpInfo.flat(), ...wpCaptions, ...wpNavbox, ...wpCats, 'Hidden categories:',
    'Retrieved from', 'edit', wpFoot, ...wpFootLinks,
  ])],
};

export const HELDOUT91_C: readonly TestPage[] = [wikipedia, fandomPage];
