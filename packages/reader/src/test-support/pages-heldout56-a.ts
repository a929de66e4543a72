import { plain, type TestPage } from './page-kit.js';
import { wikivoyage } from './pages-heldout56-a2.js';
import { type VectorSite, vectorBottom, vectorFurniture, vectorTop } from './pages-heldout56-a3.js';

/**
 * Held-out batch 56, file a: an English Wikipedia article on the Vector 2022 skin (client-pref class soup on <html>, RLCONF
 * script, jump link, header with the main-menu dropdown, search box and user links, the sidebar table of contents with its
 * toggles, the title bar with the language button, namespace and view tabs, the Tools and Appearance menus, "From Wikipedia",
 * a hidden short description and a hatnote, an infobox with coordinates, "[edit]" links on the mw-heading divs, citation marks,
 * a thumbnail with caption, "See also", the reference list, "External links", a navbox with its v/t/e bar and inline
 * TemplateStyles, the category links (hidden categories too), the "Retrieved from" line, the footer, the sticky header and the
 * JSON-LD block). The article and its facts are invented.
 */
const wpTitle = 'Marrowby Viaduct';
const cite = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span class="cite-bracket">&#93;</span>
</a></sup>`;
/** A paragraph's HTML, its {n} marks turned into citation marks. */
const wpP = (p: string): string => `<p>${p.replace(/\{(\d+)\}/g, (_, n: string) => cite(Number(n)))}\n</p>`;
/** A paragraph's gold: its plain text cut at the citation marks, which are out of the body (batch 5). */
const wpGold = (p: string): string[] =>
  plain(p)
    .split(/\{\d+\}/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
const wpLead = [
  'The <b>Marrowby Viaduct</b> is a disused railway viaduct over the <a href="/wiki/River_Lyvennet" title="River Lyvennet">River Lyvennet</a> ' +
    'near the village of <a href="/wiki/Marrowby" title="Marrowby">Marrowby</a> in <a href="/wiki/Cumbria" title="Cumbria">Cumbria</a>, England.{1} ' +
    'Built between 1859 and 1862 for the Eden Valley Junction Railway, it carried a single-track branch line across the valley on fourteen stone ' +
    'arches. The line closed to passengers in 1956 and to goods traffic in 1962, and the viaduct has been a ' +
    '<a href="/wiki/Listed_building" title="Listed building">Grade II* listed building</a> since 1987.{2}',
  'After decades of neglect the structure was restored between 2016 and 2021 by a local trust, and it now forms part of a walking and cycling ' +
    'route between Marrowby and <a href="/wiki/Kirkby_Thore" title="Kirkby Thore">Kirkby Thore</a>.{3}',
];
const wpH = ['History', 'Construction', 'Closure and decline', 'Design', 'Restoration'] as const;
const wpConstruction = [
  'The Eden Valley Junction Railway obtained its <a href="/wiki/Act_of_Parliament" title="Act of Parliament">act of Parliament</a> in 1858, ' +
    'with the aim of linking the limestone quarries around Marrowby to the main line at Clifton.{4} The company\u2019s engineer, Thomas Ashworth ' +
    'Bell, first proposed an embankment across the valley, but trial pits showed that the ground near the river was too soft to carry the ' +
    'weight of earth required. He chose instead a viaduct of local sandstone on timber piles, a design he had already used on a smaller scale ' +
    'near <a href="/wiki/Appleby-in-Westmorland" title="Appleby-in-Westmorland">Appleby</a>.',
  'Work began in April 1859 under the contractor William Rigg of Penrith. At its peak the project employed around 340 men, many of whom lived ' +
    'in a camp of timber huts on the eastern bank.{5} Two labourers were killed when a scaffold collapsed in the winter of 1861, and a memorial ' +
    'stone bearing their names was set into the parapet when the viaduct opened on 3 June 1862.',
];
const wpClosure = [
  'Passenger numbers on the branch were never high, and the last regular passenger train crossed the viaduct on 21 September 1956. Quarry ' +
    'traffic continued until the limestone works closed in 1962, after which the track was lifted.{6} British Rail considered demolishing the ' +
    'viaduct in the early 1970s, but the estimated cost of \u00a3180,000 was judged too high for a structure that posed no immediate danger.',
  'By the 1990s vegetation had taken hold on the deck and in the joints of several piers, and a survey in 2009 found that two arches on the ' +
    'western side had lost much of their mortar.{7}',
];
const wpDesign = [
  'The viaduct is 312 metres (1,024&#160;ft) long and stands 27 metres (89&#160;ft) above the river at its highest point. Its fourteen ' +
    'semicircular arches each span 15 metres, and the piers taper slightly towards the top. Unusually for a branch line, the parapets are ' +
    'finished with dressed coping stones, a detail Bell is said to have insisted on after the directors tried to cut it from the budget.{4}',
];
const wpRestoration = [
  'The Marrowby Viaduct Trust was formed in 2014 by residents of the village, who leased the structure from its owner, Historic Railways ' +
    'Estate, for a nominal rent. With grants from the <a href="/wiki/National_Lottery_Heritage_Fund" title="National Lottery Heritage Fund">' +
    'National Lottery Heritage Fund</a> and Cumbria County Council, the trust raised \u00a32.3 million for repairs to the masonry, drainage and parapets.{8}',
  'Contractors removed more than 40 tonnes of vegetation, repointed the piers with lime mortar and laid a new waterproof deck. The viaduct ' +
    'reopened as a footpath and cycleway on 18 July 2021, when around 1,500 people walked across it on the first day.{9}{3}',
];
const edit = (n: number, h: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Marrowby_Viaduct&amp;action=edit&amp;section=${n}" ` +
  `title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const wpHead = (lvl: number, n: number, h: string): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${h.replace(/ /g, '_')}">${h}</h${lvl}>${edit(n, h)}</div>`;
const wpInfo: [string, string][] = [
  ['Coordinates', '<span class="latitude">54\u00b033\u203212\u2033N</span> <span class="longitude">2\u00b041\u203205\u2033W</span>'],
  ['Carries', 'Eden Valley Way (footpath and cycleway)'],
  ['Crosses', '<a href="/wiki/River_Lyvennet" title="River Lyvennet">River Lyvennet</a>'],
  ['Locale', 'Marrowby, Cumbria, England'],
  ['Owner', 'Historic Railways Estate'],
  ['Heritage status', '<a href="/wiki/Listed_building" title="Listed building">Grade II* listed</a>'],
  ['', 'Characteristics'],
  ['Design', '<a href="/wiki/Viaduct" title="Viaduct">Arch viaduct</a>'],
  ['Material', 'Sandstone'],
  ['Total length', '312&#160;m (1,024&#160;ft)'],
  ['Height', '27&#160;m (89&#160;ft)'],
  ['No. of spans', '14'],
  ['', 'History'],
  ['Designer', 'Thomas Ashworth Bell'],
  ['Constructed by', 'William Rigg'],
  ['Construction start', '1859'],
  ['Opened', '3 June 1862'],
  ['Closed', '1962'],
  ['Rebuilt', '2016\u20132021'],
];
const wpInfobox = `<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wpTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Marrowby_Viaduct_2019.jpg"
 class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/4/4e/Marrowby_Viaduct_2019.jpg/250px-Marrowby_Viaduct_2019.jpg"
 decoding="async" width="250" height="167" class="mw-file-element"></a></span><div class="infobox-caption">The viaduct from the south-west in 2019</div>
</td></tr>
${wpInfo
  .map(([k, v]) =>
    k === ''
      ? `<tr><th colspan="2" class="infobox-header">${v}</th></tr>`
      : `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`;
const wpSeeAlso = ['List of railway viaducts in the United Kingdom', 'Eden Valley Railway'];
const wpRefs = [
  'Hartley, John (1998). <i>Railways of the Eden Valley</i>. Kendal: Fellside Press. p.&#160;42.',
  '<a href="/wiki/Historic_England">Historic England</a>. <a class="external text" href="https://historicengland.org.uk/">"Marrowby Viaduct (1087342)"</a>. ' +
    '<i>National Heritage List for England</i>. Retrieved 2 March 2024.',
  'Dobson, Clare (19 July 2021). "Hundreds cross restored viaduct on opening day". <i>Cumberland and Westmorland Herald</i>.',
  'Hartley (1998), pp.&#160;40\u201345.',
  'Rowe, Peter (2006). <i>Navvies in the North</i>. Carlisle: Border History Society. p.&#160;113.',
  'Hartley (1998), p.&#160;58.',
  '"Structural survey of Marrowby Viaduct" (PDF). Historic Railways Estate. 2009. p.&#160;7.',
  '"\u00a32.3m secured for Marrowby Viaduct". <i>BBC News</i>. 11 February 2016.',
  'Dobson (2021).',
];
const wpExt = ['Marrowby Viaduct Trust', 'Marrowby Viaduct on Historic Railways Estate'];
const wpNavGroups: [string, string[]][] = [
  ['In use', ['Ashby Gill Viaduct', 'Eden Lacy Viaduct', 'Helm Beck Viaduct', 'Smardale Gill Viaduct']],
  ['Disused', ['Belah Viaduct (demolished)', 'Marrowby Viaduct', 'Merrygill Viaduct', 'Podgill Viaduct']],
];
const wpCats = ['Railway viaducts in Cumbria', 'Grade II* listed bridges', 'Bridges completed in 1862', 'Rail trails in England'];
const wpHidden = ['Articles with short description', 'Short description is different from Wikidata', 'Coordinates on Wikidata'];
const wpLast = 'This page was last edited on 14 September 2025, at 08:21';
const wpOld = 'https://en.wikipedia.org/w/index.php?title=Marrowby_Viaduct&amp;oldid=1311204587';
const wpSite: VectorSite = {
  site: 'Wikipedia',
  host: 'en.wikipedia.org',
  sub: 'From Wikipedia, the free encyclopedia',
  menu: [
    ['Navigation', ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us']],
    ['Contribute', ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages']],
  ],
  langs: ['Deutsch', 'Français', 'Nederlands', 'Svenska'],
  toc: [
    [1, 'History'],
    [2, 'Construction'],
    [2, 'Closure and decline'],
    [1, 'Design'],
    [1, 'Restoration'],
    [1, 'See also'],
    [1, 'References'],
    [1, 'External links'],
  ],
  title: wpTitle,
  slug: 'Marrowby_Viaduct',
  footerAbout: 'About Wikipedia',
  last: wpLast,
  trademark: ' Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.',
};
const wpHtml = `${vectorTop(wpSite)}
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Disused railway viaduct in Cumbria, England</div>
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Marrowby_Bridge" title="Marrowby Bridge">Marrowby
Bridge</a>.</div>
<p class="mw-empty-elt"></p>
${wpInfobox}
${wpLead.map(wpP).join('\n')}
<meta property="mw:PageProp/toc">
${wpHead(2, 1, wpH[0])}
${wpHead(3, 2, wpH[1])}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Marrowby_navvy_camp_1860.jpg" class="mw-file-description"><img
 src="//upload.wikimedia.org/wikipedia/commons/thumb/9/92/Marrowby_navvy_camp_1860.jpg/220px-Marrowby_navvy_camp_1860.jpg" width="220" height="148"
 class="mw-file-element"></a><figcaption>The workers\u2019 camp on the eastern bank, c.&#160;1860</figcaption></figure>
${wpConstruction.map(wpP).join('\n')}
${wpHead(3, 3, wpH[2])}
${wpClosure.map(wpP).join('\n')}
${wpHead(2, 4, wpH[3])}
${wpDesign.map(wpP).join('\n')}
${wpHead(2, 5, wpH[4])}
${wpRestoration.map(wpP).join('\n')}
${wpHead(2, 6, 'See also')}
<ul><li><a href="/wiki/List_of_railway_viaducts_in_the_United_Kingdom">${wpSeeAlso[0]}</a></li>
<li><a href="/wiki/Eden_Valley_Railway">${wpSeeAlso[1]}</a></li></ul>
${wpHead(2, 7, 'References')}
<style data-mw-deduplicate="TemplateStyles:r1239543626">.mw-parser-output .reflist{margin-bottom:0.5em;list-style-type:decimal}</style>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${wpRefs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">` +
      `<cite class="citation cs1">${r}</cite><span title="ctx_ver=Z39.88-2004" class="Z3988"></span></span>\n</li>`,
  )
  .join('\n')}
</ol></div></div>
${wpHead(2, 8, 'External links')}
<ul><li><a rel="nofollow" class="external text" href="https://marrowbyviaduct.org.uk/">${wpExt[0]}</a></li>
<li><a rel="nofollow" class="external text" href="https://www.historicrailways.co.uk/structures/marrowby">${wpExt[1]}</a></li></ul>
<div class="navbox-styles"><style data-mw-deduplicate="TemplateStyles:r1129693374">.mw-parser-output .hlist dl,.mw-parser-output .hlist ol,
.mw-parser-output .hlist ul{margin:0;padding:0}.mw-parser-output .hlist li{margin:0;display:inline}</style></div>
<div role="navigation" class="navbox" aria-labelledby="Railway_viaducts_in_Cumbria" style="padding:3px"><table
 class="nowraplinks mw-collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col"
 class="navbox-title" colspan="2"><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Railway_viaducts_in_Cumbria">
<abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:Railway_viaducts_in_Cumbria"><abbr
 title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a href="/wiki/Special:EditPage/Template:Railway_viaducts_in_Cumbria"><abbr
 title="Edit this template">e</abbr></a></li></ul></div><div id="Railway_viaducts_in_Cumbria" style="font-size:114%;margin:0 4em">Railway viaducts in
Cumbria</div>
</th></tr>
${wpNavGroups
  .map(
    ([g, xs]) =>
      `<tr><th scope="row" class="navbox-group" style="width:1%">${g}</th><td class="navbox-list-with-group navbox-list navbox-odd hlist" ` +
      `style="width:100%;padding:0"><div style="padding:0 0.25em"><ul>${xs
        .map(
          (x) => `<li><a href="/wiki/${x.replace(/ /g, '_')}">${x}</a>
</li>`,
        )
        .join('\n')}` +
      `</ul></div></td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
<!-- NewPP limit report Parsed by mw-api-int.codfw.main-6d8b9c7f5-x2k4p Cached time: 20250914082138 Cache expiry: 2592000 -->
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?useformat=desktop&amp;type=1x1&amp;usesul3=1" alt=""
 width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
 href="${wpOld}">${wpOld}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
 title="Help:Category">Categories</a>: <ul>${wpCats.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div>
<div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>${wpHidden
  .map(
    (c) => `<li><a>${c}</a>
</li>`,
  )
  .join('')}</ul>
</div></div></div></main></div>
${vectorBottom(wpSite)}
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article",
"name":"Marrowby Viaduct","url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Marrowby_Viaduct",
"sameAs":"http:\\/\\/www.wikidata.org\\/entity\\/Q98765432","mainEntity":"http:\\/\\/www.wikidata.org\\/entity\\/Q98765432","author":{"@type":"Organization",
"name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},"datePublished":"2008-03-11T19:02:44Z",
"dateModified":"2025-09-14T08:21:37Z","headline":"disused railway viaduct in Cumbria, England"}</script>
</body></html>`;
const wpInfoFurniture = wpInfo.map(([k, v]) => (k === '' ? v : `${k}|${plain(v)}`)).flatMap((s) => s.split('|'));
/** Furniture texts that are words of the article (short ones, left out as the conventions ask). */
const wpOut = ['Design', 'History', 'Owner', 'Opened', 'Closed', '(Top)', 'Grade II* listed', 'Marrowby Viaduct Trust', 'Disused'];
const wikipedia: TestPage = {
  html: wpHtml,
  name: 'heldout56-wikipedia-vector-2022',
  kind: 'wiki',
  // the lead and the sections' paragraphs are the body, each cut at its citation marks ("[1]" is in neither list, batch 5);
  // the five section heads (two of them h3) are the headings; "See also", "References" and "External links" with their lists
  // are furniture, as are the infobox (labels and values), the caption, hatnote, hidden short description, "From Wikipedia",
  // the navbox, categories, "Retrieved from", the skin's menus, tabs, TOC controls and footer; the TOC's section names are the
  // headings' own words (in neither list); "This page was last edited on ..." is the page's only date line: a byline; infobox
  // values and labels that are words of the body (River Lyvennet, Sandstone, the designer, the dates, "Design", "History") are left
  // out, as are the TOC's "(Top)", the navbox group "Disused" and the external link "Marrowby Viaduct Trust" (words of the body)
  title: wpTitle,
  headings: [...wpH],
  body: [...wpLead, ...wpConstruction, ...wpClosure, ...wpDesign, ...wpRestoration].flatMap(wpGold),
  bylines: [wpLast],
  furniture: [
    ...vectorFurniture(wpSite),
    'Disused railway viaduct in Cumbria, England',
    'Not to be confused with Marrowby Bridge.',
    'The viaduct from the south-west in 2019',
    ...wpInfoFurniture.filter((t) => !/^(River Lyvennet|Historic Railways Estate|Sandstone|Thomas Ashworth Bell|William Rigg|1859|3 June 1862|1962)$/.test(t)),
    'The workers\u2019 camp on the eastern bank, c. 1860',
    'See also',
    ...wpSeeAlso,
    'References',
    ...wpRefs.map(plain),
    'External links',
    ...wpExt,
    'Railway viaducts in Cumbria',
    ...wpNavGroups.flatMap(([g, xs]) => [g, ...xs.filter((x) => x !== wpTitle)]),
    'Categories',
    ...wpCats,
    'Hidden categories:',
    ...wpHidden,
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Marrowby_Viaduct&oldid=1311204587"',
  ].filter((t, i, all) => !wpOut.includes(t) && all.indexOf(t) === i),
};

export const HELDOUT56_A: readonly TestPage[] = [wikipedia, wikivoyage];
