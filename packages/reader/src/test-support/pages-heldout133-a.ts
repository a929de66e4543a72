import { type TestPage, texts } from './page-kit.js';
import { wikipediaCompany } from './pages-heldout133-a2.js';
import { mwH, ref, reflist, thumb, type VectorPage, vectorBylines, vectorFurniture } from './pages-heldout133-a3.js';
import { vectorPage } from './pages-heldout133-a4.js';

/**
 * Held-out batch 133, file a: a Wikipedia science concept article in the Vector 2022 skin (hatnote, hidden short
 * description, a thumbnail with caption, footnote markers in the text, a displayed formula in a <dl>, a subsection,
 * the references list, a "Soil science" navbox, categories and the skin chrome of files a3/a4) and, from file a2, a
 * Wikipedia company article.
 */
const page = 'Halvorsen effect';
const hatnote = 'Not to be confused with Halvorsen drift, a term in sediment transport.';
const shortDesc = 'Upward migration of dissolved salts in freezing soil';
const caption = 'Salt crust left at the surface of a silty field near Røros after the spring thaw of 2016';
const lead = [
  `The <b>Halvorsen effect</b> is the upward migration of dissolved salts through a soil column as the soil freezes from the surface downward. As ice
forms in the upper layers, most of the salt is excluded from the growing ice and accumulates in the thin films of unfrozen water that remain around the
soil grains. Those films are drawn towards the freezing front by <a href="/wiki/Cryosuction" title="Cryosuction">cryosuction</a>, carrying the
concentrated solution with them.${ref(1)} After repeated freeze–thaw cycles the effect can leave a salt-enriched layer a few centimetres below the
surface, even in soils that are never irrigated.${ref(2)}`,
  `The effect is named after the Norwegian soil physicist <a href="/wiki/Ingrid_Halvorsen" title="Ingrid Halvorsen">Ingrid Halvorsen</a>, who described
it in 1971 from field plots near <a href="/wiki/R%C3%B8ros" title="Røros">Røros</a>. It is of practical interest in cold-climate agriculture, road
engineering and the conservation of stone buildings, where salt that collects near the surface can damage roots, pavements and masonry.${ref(3)}`,
];
const mech = [
  `When the temperature at the soil surface falls below the freezing point of the pore water, ice forms first in the largest pores. Because most
dissolved ions fit poorly into the ice crystal, they are rejected at the ice–water interface and raise the concentration of the liquid that remains. The
freezing point of that liquid falls as its concentration rises, so a film of concentrated brine can stay liquid several degrees below zero.${ref(1)}`,
  `The unfrozen films are under tension, and the resulting gradient in water potential draws water upward from the warmer soil below. Halvorsen
described the solute flux in a freezing soil as the sum of an advective term, carried with the moving water, and a diffusive term that acts against the
concentration gradient:`,
];
const formula = `<dl><dd><span class="mwe-math-element mwe-math-element-inline"><span class="mwe-math-mathml-inline mwe-math-mathml-a11y"
style="display: none;"><math xmlns="http://www.w3.org/1998/Math/MathML" alttext="{\\displaystyle J_{s}=cq-D{\\frac {\\partial c}{\\partial z}}}">
<semantics><mrow class="MJX-TeXAtom-ORD"><mstyle displaystyle="true" scriptlevel="0"><msub><mi>J</mi><mi>s</mi></msub><mo>=</mo><mi>c</mi><mi>q</mi>
<mo>−</mo><mi>D</mi><mfrac><mrow><mi>∂</mi><mi>c</mi></mrow><mrow><mi>∂</mi><mi>z</mi></mrow></mfrac></mstyle></mrow></semantics></math></span>
<img src="https://wikimedia.org/api/rest_v1/media/math/render/svg/3f1b2c0d9e" class="mwe-math-fallback-image-inline mw-invert skin-invert" aria-hidden="true"
style="vertical-align: -2.005ex; width:16.4ex; height:5.509ex;" alt="{\\displaystyle J_{s}=cq-D{\\frac {\\partial c}{\\partial z}}}"></span></dd></dl>`;
const mech2 = [
  `where <i>c</i> is the solute concentration, <i>q</i> the upward water flux, <i>D</i> the effective diffusion coefficient and <i>z</i> the depth. In
most field soils the advective term dominates while the soil is freezing, which is why salt moves towards the surface instead of spreading evenly
through the profile.${ref(4)}`,
];
const texture = [
  `The strength of the effect depends on texture. Silty soils show the largest accumulation, because their pores are small enough to sustain high
suction but large enough to allow appreciable flow. In coarse sands the films are too thin and broken to carry much solution, while in dense clays the
low permeability limits how far water can travel during a single freezing event.${ref(5)}`,
];
const history = [
  `Halvorsen first noticed the pattern while measuring electrical conductivity in experimental barley plots run by the Norwegian Institute for Upland
Agriculture. Plots that had been fertilised in autumn showed conductivity peaks close to the surface each spring, well above what leaching models
predicted. Her 1971 paper, published in Norwegian, proposed that the salts had been carried upward during the winter rather than deposited from
above.${ref(3)}`,
  `The idea received little attention outside Scandinavia until the 1980s, when engineers studying frost damage to rural roads in Canada and Finland
reported similar salt-rich layers beneath the asphalt. Laboratory column experiments by Tomasz Wielgosz and colleagues in 1988 reproduced the effect
under controlled conditions and gave it its current name.${ref(6)}`,
];
const measure = [
  'The effect is usually studied by sampling soil at several depths before and after a period of freezing and comparing the concentrations of ' +
    'chloride, nitrate or sulfate. Common methods include:',
];
const methods = [
  'Electrical conductivity profiles from buried probes, which give a continuous record but cannot tell individual ions apart.',
  'Soil cores cut into thin slices and extracted with water, the most direct method but a destructive one.',
  `Tracer studies in which a small quantity of bromide is placed at a known depth and followed through the winter.${ref(7)}`,
];
const measure2 = [
  'Measurements are complicated by the fact that part of the salt moves back down as the soil thaws, so the net effect of a winter is smaller ' +
    'than the peak accumulation suggests.',
];
const signif = [
  `In agriculture the effect can concentrate fertiliser salts in the seedbed, occasionally reducing the germination of salt-sensitive crops in the
first weeks after the thaw. Road engineers take it into account where de-icing salt is spread on roads built over frost-susceptible ground, because
the salt can be drawn back up into the base course. In building conservation a comparable process in porous stone helps explain why salt damage is
often concentrated in a band just above ground level on walls exposed to frost.${ref(8)}`,
];
const refs = [
  'Okonkwo, A.; Lind, P. (2009). "Solute redistribution during soil freezing". <i>Vadose Zone Letters</i>. <b>8</b> (3): 211–229.',
  'Brekke, S. (2015). <i>Frozen Ground and Its Chemistry</i>. Trondheim: Fjellstad Academic. p. 142. ISBN 978-82-0000-114-7.',
  'Halvorsen, I. (1971). "Saltvandring i frossen jord". <i>Jordbruksforskning i fjellbygdene</i>. <b>14</b> (2): 55–71.',
  'Wielgosz, T.; Marchetti, L. (1992). "Advection and diffusion of salts ahead of a freezing front". <i>Cold Soils Research</i>. <b>21</b>: 77–94.',
  'Dunmore, K. (2004). "Texture control of frost-driven salt transport". <i>Journal of Soil Hydraulics</i>. <b>39</b> (1): 12–30.',
  'Wielgosz, T.; Harju, E.; Pell, R. (1988). "Laboratory reproduction of the Halvorsen effect". <i>Frost Engineering Quarterly</i>. <b>6</b>: 301–317.',
  'Lind, P. (2012). "Bromide tracers in seasonally frozen soils". <i>Vadose Zone Letters</i>. <b>11</b> (4): 402–410.',
  'Castellane, M. (2019). <i>Salt Weathering of Masonry</i> (2nd ed.). Bologna: Edizioni Pietra. pp. 88–96.',
];
const navGroups: readonly (readonly [string, readonly string[]])[] = [
  ['Main fields', ['Pedology', 'Edaphology', 'Soil physics', 'Soil chemistry', 'Soil biology']],
  ['Processes', ['Frost heave', 'Leaching', 'Salinization', 'Cryoturbation', 'Halvorsen effect']],
  ['Related', ['Permafrost', 'Regolith', 'Vadose zone', 'Soil salinity control']],
];
const navbox = `<div class="navbox-styles"><style data-mw-deduplicate="TemplateStyles:r1129693374">.mw-parser-output .hlist dl,.mw-parser-output .hlist ol,
.mw-parser-output .hlist ul{margin:0;padding:0}.mw-parser-output .hlist dd,.mw-parser-output .hlist dt,.mw-parser-output .hlist
li{margin:0;display:inline}</style>
</div><div role="navigation" class="navbox" aria-labelledby="Soil_science361" style="padding:3px"><table class="nowraplinks mw-collapsible autocollapse
navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2">
<div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Soil_science"><abbr
title="View this template">v</abbr></a></li>
<li class="nv-talk"><a href="/wiki/Template_talk:Soil_science"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit">
<a href="/wiki/Special:EditPage/Template:Soil_science"><abbr title="Edit this template">e</abbr></a></li></ul></div>
<div id="Soil_science361" style="font-size:114%;margin:0 4em"><a href="/wiki/Soil_science" title="Soil science">Soil science</a></div></th></tr>
${navGroups
  .map(
    ([g, items], i) =>
      `<tr><th scope="row" class="navbox-group" style="width:1%">${g}</th><td class="navbox-list-with-group navbox-list navbox-${
        i % 2 ? 'even' : 'odd'
      } hlist" style="width:100%;padding:0"><div style="padding:0 0.25em"><ul>${items
        .map((t) => (t === page ? `<li><a class="mw-selflink selflink">${t}</a></li>` : `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`))
        .join('')}</ul></div></td></tr>`,
  )
  .join('\n')}</tbody></table></div>`;
const h = (level: 2 | 3, t: string, n: number): string => mwH(level, t.replace(/ /g, '_'), t, page, n);
const content = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">${shortDesc}</div>
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Halvorsen_drift" title="Halvorsen drift">Halvorsen drift</a>,
a term
in sediment transport.</div>
<p class="mw-empty-elt"></p>
${thumb('Salt_crust_Roros_2016.jpg', caption)}
${lead.map((p) => `<p>${p}\n</p>`).join('\n')}
<meta property="mw:PageProp/toc">
${h(2, 'Mechanism', 1)}
${mech.map((p) => `<p>${p}\n</p>`).join('\n')}
${formula}
${mech2.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(3, 'Role of soil texture', 2)}
<p>${texture[0]}\n</p>
${h(2, 'History', 3)}
${history.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, 'Measurement', 4)}
<p>${measure[0]}\n</p>
<ul>${methods.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${measure2[0]}\n</p>
${h(2, 'Significance', 5)}
<p>${signif[0]}\n</p>
${h(2, 'References', 6)}
<style data-mw-deduplicate="TemplateStyles:r1239543626">.mw-parser-output .reflist{margin-bottom:0.5em;list-style-type:decimal}</style>
<div class="reflist">${reflist(refs)}</div>
${navbox}`;
const vp: VectorPage = {
  host: 'en.wikipedia.org',
  project: 'Wikipedia',
  pageName: page,
  title: page,
  toc: [
    ['Mechanism', 'Mechanism', 2],
    ['Role_of_soil_texture', 'Role of soil texture', 3],
    ['History', 'History', 2],
    ['Measurement', 'Measurement', 2],
    ['Significance', 'Significance', 2],
    ['References', 'References', 2],
  ],
  langs: [
    ['de', 'Deutsch', 'Halvorsen-Effekt'],
    ['fi', 'Suomi', 'Halvorsenin ilmiö'],
    ['nb', 'Norsk bokmål', 'Halvorsen-effekten'],
    ['pl', 'Polski', 'Efekt Halvorsen'],
    ['sv', 'Svenska', 'Halvorseneffekten'],
  ],
  content,
  cats: ['Soil physics', 'Frozen ground', 'Soil salinity', '1971 in science'],
  hiddenCats: ['Articles with short description', 'Short description is different from Wikidata'],
  lastEdited: '2 March 2025, at 17:48',
  revId: 1278412907,
  qid: 'Q58120446',
};
const science: TestPage = {
  name: 'heldout133-wikipedia-science-concept',
  kind: 'wiki',
  html: vectorPage(vp),
  // the hatnote, the hidden short description, the caption, "edit" links, the References heading and its citations, the navbox
  // and the skin chrome are furniture; footnote markers stay in their paragraphs; the displayed formula is in neither list
  title: page,
  headings: ['Mechanism', 'Role of soil texture', 'History', 'Measurement', 'Significance'],
  body: texts([...lead, ...mech, ...mech2, ...texture, ...history, ...measure, ...methods, ...measure2, ...signif]),
  bylines: vectorBylines(vp),
  furniture: [
    ...new Set([
      hatnote,
      shortDesc,
      caption,
      'edit',
      'References',
      ...texts(refs),
      'Soil science',
      ...navGroups.flatMap(([g, items]) => [g, ...items.filter((t) => t !== page)]),
      ...vectorFurniture(vp),
    ]),
  ],
};

export const HELDOUT133_A: readonly TestPage[] = [science, wikipediaCompany];
