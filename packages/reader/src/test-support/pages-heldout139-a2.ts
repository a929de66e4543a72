import { plain } from './page-kit.js';

/**
 * Held-out batch 139, file a2: the parser output of the English Wikipedia species article (hidden short description,
 * hatnote, biota infobox, lead, sections with edit links, thumbnail figures with captions, citation markers, the reference
 * list, external links and the authority-control navbox), as strings and gold lists for file a.
 */
export const wbTitle = 'Velden reed warbler';
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const h = (level: 2 | 3, t: string): string => {
  const id = t.replace(/ /g, '_');
  return `<div class="mw-heading mw-heading${level}"><h${level} id="${id}">${t}</h${level}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Velden_reed_warbler&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
};
export const wbLead = [
  `The <b>Velden reed warbler</b> (<i>Acrocephalus veldensis</i>) is a small <a href="/wiki/Passerine">passerine</a> bird in the family
<a href="/wiki/Acrocephalidae">Acrocephalidae</a>. It breeds only in the reedbeds of the Velden basin and the lower Orrin valley, and winters in the
floodplain grasslands of the Marrach delta.${ref(1)} With a total population estimated at fewer than 4,000 pairs, it is one of the most range-restricted
warblers in its genus.`,
  `The species is a drab, olive-brown bird best known for its song, a long, scratchy warble punctuated by clicks and short whistles, which males deliver
from the tops of reed stems through the night in early summer.${ref(2)}`,
];
export const wbH = ['Taxonomy', 'Description', 'Distribution and habitat', 'Behaviour and ecology', 'Breeding', 'Food and feeding', 'Status and conservation'];
export const wbTaxonomy = [
  `The Velden reed warbler was formally described in 1968 by the ornithologist Petra Halloran from a male collected near the village of Oskeby on the
western shore of Lake Orrin.${ref(1)} Halloran placed it in the genus <i>Acrocephalus</i> and chose the specific epithet <i>veldensis</i> after the
Velden basin.`,
  `It was long treated as an isolated population of the widespread Eurasian reed warbler, but a 2011 study of mitochondrial DNA found that the two
lineages had separated roughly 1.2 million years ago.${ref(3)} Its closest living relative appears to be the Marrach warbler, from which it differs in
wing shape and in the structure of its song. No subspecies are recognised.`,
];
export const wbDescription = [
  `The Velden reed warbler is 12.5–13.5&#160;cm (4.9–5.3&#160;in) long and weighs 10–13&#160;g. The upperparts are a plain warm olive-brown, slightly
brighter on the rump, and the underparts are buff with a whitish throat. A narrow pale stripe runs above the eye. The bill is long and fine, dark above and
pinkish below, and the legs are grey-brown. The sexes look alike, and juveniles are a little more rufous than adults.${ref(2)}`,
  `In the field it is most easily told from the Eurasian reed warbler by its shorter primary projection and rounder wing, and by its song, which is slower
and includes a distinctive rising whistle repeated three or four times.`,
];
export const wbCaption1 = 'A singing male on a reed stem at Oskeby, June 2018';
export const wbDistribution = [
  `The species breeds in dense stands of common reed along the shores of Lake Orrin, in the Velden marshes and in a handful of flooded gravel pits along the
lower Orrin river. Most territories lie below 150&#160;m above sea level in reedbeds that stand in water for at least part of the summer.${ref(4)}`,
  `Birds leave the breeding grounds in late August and spend the winter in wet grassland and sedge fens in the Marrach delta, around 1,400&#160;km to the
south. Ringing recoveries suggest that many adults return to the same reedbed each spring.`,
];
export const wbCaption2 = 'Breeding range (green) and wintering range (blue)';
export const wbBreeding = [
  `Males arrive in late April, a week or two ahead of the females, and sing through the night to attract a mate. The nest is a deep cup of grass and reed
leaves woven around three or four upright stems about half a metre above the water. The female lays three to five eggs and incubates them for 12 days; both
parents feed the chicks, which leave the nest after about 11 days.${ref(4)}`,
];
export const wbFood = [
  `The Velden reed warbler feeds mainly on insects and spiders gleaned from reed stems and leaves. Midges, small beetles and aphids make up most of the diet
in spring, with damselflies and moth caterpillars becoming more important when the chicks are being fed.${ref(5)}`,
];
export const wbStatus = [
  `The species is classified as <a href="/wiki/Vulnerable_species">vulnerable</a> on the IUCN Red List because of its small range and its dependence on a
single habitat type.${ref(6)} Drainage for farmland removed about a third of the Velden reedbeds between 1950 and 1990, and reed cutting during the
breeding season destroyed many nests until it was banned in 2004.`,
  `Counts since 2010 suggest the population is now stable or slowly increasing, helped by the creation of new reedbeds at the Orrin gravel pits. The main
threats are falling water levels in dry summers and the spread of invasive crayfish, which damage reed roots.`,
];
export const wbShort = 'Species of bird';
export const wbHatnote = 'Not to be confused with the <a href="/wiki/Velden_sedge_warbler">Velden sedge warbler</a>.';
const refs = [
  `Halloran, P. (1968). "A new <i>Acrocephalus</i> from the Velden basin". <i>Bulletin of the Northern Ornithologists' Club</i>. <b>88</b> (3): 101–104.`,
  `Kessler, M.; Aune, T. (2006). <i>Warblers of the Northern Lakes</i>. Strell: Harwick Press. pp.&#160;212–218. ISBN 978-0-00-000000-0.`,
  `Oduya, R.; Lind, S.; Ferrante, G. (2011). "Deep divergence within the reed warbler complex". <i>Journal of Avian Systematics</i>. <b>14</b>: 55–67.`,
  `Brask, E. (2019). <i>Breeding birds of the Orrin valley</i> (Report). Orrin Valley Trust. p.&#160;34.`,
  `Sandvik, J. (2015). "Nestling diet of three reed warblers". <i>Wetland Birds</i>. <b>29</b> (2): 88–97.`,
  `"<i>Acrocephalus veldensis</i>". <i>IUCN Red List of Threatened Species</i>. 2023. Retrieved 4 January 2024.`,
];
const links = ['Data related to Acrocephalus veldensis at Wikispecies', 'Velden reed warbler sound recordings at the Orrin Bird Archive'];
const ids = ['Acrocephalus veldensis', 'AvibaseID: 4C1A8F29B7', 'BirdLife: 22714830', 'eBird: velrew1', 'GBIF: 9102233', 'IUCN: 22714830'];
export const wbRefTexts = refs.map(plain);
export const wbLinkTexts = links;
export const wbIds = ids;
const p = (t: string): string => `<p>${t}\n</p>`;
export const wbContent = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">${wbShort}</div>
<style data-mw-deduplicate="TemplateStyles:r1236090951">.mw-parser-output .hatnote{font-style:italic}.mw-parser-output div.hatnote{padding-left:1.6em}</style>
<div role="note" class="hatnote navigation-not-searchable">${wbHatnote}</div>
<p class="mw-empty-elt"></p>
<table class="infobox biota" style="text-align: left; width: 200px; font-size: 100%"><tbody>
<tr><th colspan="2" style="text-align: center; background-color: rgb(235,238,255)">Velden reed warbler</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Acrocephalus_veldensis.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/a/a1/Acrocephalus_veldensis.jpg/250px-Acrocephalus_veldensis.jpg"
decoding="async" width="220" height="165" class="mw-file-element"></a></span></td></tr>
<tr><th colspan="2" style="text-align: center; background-color: rgb(235,238,255)"><div style="text-align:center"><a
href="/wiki/Conservation_status">Conservation status</a>
</div></th></tr><tr><td colspan="2"><div style="text-align:center"><span class="skin-invert"><span typeof="mw:File"><span><img alt=""
src="//upload.wikimedia.org/wikipedia/commons/thumb/0/06/Status_iucn3.1_VU.svg/200px-Status_iucn3.1_VU.svg.png" width="200" height="43"></span></span></span>
<br><div style="width:200px; text-align:center;"><a href="/wiki/Vulnerable_species">Vulnerable</a>&#160;&#160;<small>(<a href="/wiki/IUCN_Red_List">IUCN
3.1</a>)</small>${ref(6)}
</div></div></td></tr>
<tr><th colspan="2" style="text-align: center; background-color: rgb(235,238,255)"><a href="/wiki/Taxonomy_(biology)">Scientific classification</a>
<span class="plainlinks" style="font-size:smaller; float:right;"><a href="/wiki/Template:Taxonomy/Acrocephalus"><img alt="Edit this classification"
src="//upload.wikimedia.org/wikipedia/commons/thumb/7/73/Red_Pencil_Icon.png/20px-Red_Pencil_Icon.png" width="16" height="16"></a></span></th></tr>
<tr><td>Kingdom:</td><td><a href="/wiki/Animal">Animalia</a></td></tr><tr><td>Phylum:</td><td><a href="/wiki/Chordate">Chordata</a></td></tr>
<tr><td>Class:</td><td><a href="/wiki/Bird">Aves</a></td></tr><tr><td>Order:</td><td><a href="/wiki/Passerine">Passeriformes</a></td></tr>
<tr><td>Family:</td><td><a href="/wiki/Acrocephalidae">Acrocephalidae</a></td></tr><tr><td>Genus:</td><td><a
href="/wiki/Acrocephalus_(bird)"><i>Acrocephalus</i></a></td></tr>
<tr><td>Species:</td><td><div style="display:inline" class="species"><b><i>A.&#160;veldensis</i></b></div></td></tr>
<tr><th colspan="2" style="text-align: center; background-color: rgb(235,238,255)"><a href="/wiki/Binomial_nomenclature">Binomial name</a></th></tr>
<tr><td colspan="2" style="text-align: center"><span class="binomial"><i>Acrocephalus veldensis</i></span><br><div style="font-size: 85%;">Halloran,
1968</div></td></tr>
<tr><td colspan="2" style="text-align: center"><span class="mw-default-size" typeof="mw:File/Frameless"><img alt=""
src="//upload.wikimedia.org/wikipedia/commons/thumb/2/2b/A_veldensis_range.png/250px-A_veldensis_range.png" width="220" height="180"></span></td></tr>
</tbody></table>
${wbLead.map(p).join('\n')}
<meta property="mw:PageProp/toc">
${h(2, wbH[0]!)}
${wbTaxonomy.map(p).join('\n')}
${h(2, wbH[1]!)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Velden_reed_warbler_singing.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/c/c4/Velden_reed_warbler_singing.jpg/250px-Velden_reed_warbler_singing.jpg" decoding="async" width="250"
height="188" class="mw-file-element"></a><figcaption>${wbCaption1}</figcaption></figure>
${wbDescription.map(p).join('\n')}
${h(2, wbH[2]!)}
<figure class="mw-default-size mw-halign-left" typeof="mw:File/Thumb"><a href="/wiki/File:A_veldensis_map.svg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/9/9e/A_veldensis_map.svg/220px-A_veldensis_map.svg.png" width="220" height="260"
class="mw-file-element"></a><figcaption>${wbCaption2}</figcaption></figure>
${wbDistribution.map(p).join('\n')}
${h(2, wbH[3]!)}
${h(3, wbH[4]!)}
${wbBreeding.map(p).join('\n')}
${h(3, wbH[5]!)}
${wbFood.map(p).join('\n')}
${h(2, wbH[6]!)}
${wbStatus.map(p).join('\n')}
${h(2, 'References')}
<style data-mw-deduplicate="TemplateStyles:r1239543626">.mw-parser-output .reflist{margin-bottom:0.5em;list-style-type:decimal}</style>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}" aria-label="Jump up">^</a></b></span>
<span class="reference-text"><cite class="citation cs1">${r}</cite><span title="ctx_ver=Z39.88-2004" class="Z3988"></span></span></li>`,
  )
  .join('\n')}
</ol></div></div>
${h(2, 'External links')}
<ul>${links.map((l) => `<li><a rel="nofollow" class="external text" href="https://example.org/${l.length}">${l}</a></li>`).join('\n')}</ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox authority-control" aria-labelledby="Taxon_identifiers" style="padding:3px">
<table class="nowraplinks hlist navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th id="Taxon_identifiers" scope="row"
class="navbox-group" style="width:1%"><a href="/wiki/Help:Taxon_identifiers">Taxon identifiers</a></th><td class="navbox-list-with-group navbox-list navbox-odd"
style="width:100%;padding:0"><div style="padding:0 0.25em"><ul>${ids.map((t) => `<li><span class="nowrap">${t}</span></li>`).join('\n')}</ul></div></td></tr>
</tbody></table></div>`;
