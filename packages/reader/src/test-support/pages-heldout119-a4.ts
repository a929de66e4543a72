/**
 * Held-out batch 119, file a4: the texts of the Wikipedia article of file a2 (article text, references, menus and footer).
 */
export const wpTitle = 'Varga banding';
const r = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
export const wpLead = [
  '<b>Varga banding</b> is a pattern of thin, alternating pale and dark layers that forms in the fine-grained sediment of some deep, cold ' +
    '<a href="/wiki/Lake" title="Lake">lakes</a> when dissolved iron and manganese precipitate at different times of the year.' +
    `${r(1)} The layers are usually between 0.2 and 2 millimetres thick and can be counted like tree rings, which makes the sediment ` +
    `useful for dating events in a lake’s recent history.${r(2)}`,
  'The pattern is named after the Hungarian-born limnologist Erzsébet Varga, who described it in cores taken from Lake Orsava in 1961. ' +
    `It has since been reported from about forty lakes in Scandinavia, the Alps, Patagonia and the Canadian Shield.${r(3)}`,
];
export const wpH = ['History', 'Formation', 'Uses in dating', 'Climate records', 'Limitations'];
export const wpHist = [
  'Varga was studying winter oxygen levels in Lake Orsava when she noticed that gravity cores from the deepest basin showed regular ' +
    'rust-coloured stripes that were absent from cores taken in shallower water. In a short paper published in 1961 she argued that the ' +
    'stripes were seasonal rather than the result of floods, because their number matched the number of years since a well-dated layer ' +
    `of <a href="/wiki/Volcanic_ash" title="Volcanic ash">volcanic ash</a>.${r(1)}`,
  'Her interpretation was disputed for more than a decade. Critics pointed out that some cores contained more stripes than years, and ' +
    'suggested that storms could produce extra layers. The question was largely settled in 1978, when a team led by Tomasz Wierzbicki ' +
    'used sediment traps suspended in the water column to show that iron-rich particles settled mainly in late autumn and ' +
    `manganese-rich particles in early summer.${r(4)}`,
];
export const wpForm = [
  'Varga banding requires a lake that stays <a href="/wiki/Lake_stratification" title="Lake stratification">stratified</a> for most of ' +
    'the year, so that the bottom water loses its oxygen. Under these conditions iron and manganese dissolve out of the sediment and ' +
    'build up in the deep water. When the lake mixes, oxygen reaches the bottom and the metals precipitate again as fine oxide ' +
    `particles, which settle to form a thin layer.${r(2)}`,
  'Because manganese needs more oxygen than iron to precipitate, the two metals settle at slightly different times when mixing is ' +
    'gradual. This produces the characteristic sequence of layers:',
];
export const wpList = [
  'a dark, manganese-rich layer, usually laid down in the weeks after the spring thaw;',
  'a pale or orange, iron-rich layer, usually laid down during the autumn overturn;',
  'an occasional grey layer of clay and plant debris, which forms in years with heavy summer runoff.',
];
export const wpForm2 = [
  `In lakes that mix completely every winter, or that never lose their bottom oxygen, the metals do not separate and no banding forms.${r(5)}`,
];
export const wpUses = [
  'Counting Varga bands has been used to date sediment cores over the last few centuries with an error of a few percent, which is more ' +
    'precise than <a href="/wiki/Radiocarbon_dating" title="Radiocarbon dating">radiocarbon dating</a> over the same period. The method ' +
    'is often combined with measurements of caesium-137 from atmospheric nuclear tests, which provide an independent marker for the ' +
    `year 1963.${r(6)}`,
];
export const wpClim = [
  'Changes in the thickness of the bands have also been used as a record of past climate. Thicker iron layers generally indicate ' +
    'longer ice-free seasons, and several studies have linked a run of thin bands in Lake Orsava between 1810 and 1820 to the cold ' +
    `years that followed large volcanic eruptions.${r(4)}`,
  'Because each lake responds differently to warming, band thickness is usually compared only within one lake, not between lakes.',
];
export const wpLim = [
  'Bands can be disturbed by burrowing animals, by slumping of sediment on steep slopes and, in some lakes, by gas bubbles rising from ' +
    'decaying organic matter. Since the 1950s, falling oxygen levels caused by nutrient pollution have changed the way iron and manganese ' +
    `cycle in many lakes, so that recent bands are often harder to interpret than older ones.${r(5)}`,
];
export const wpSee = ['Varve', 'Lake stratification', 'Manganese nodule'];
export const wpRefs = [
  'Varga, Erzsébet (1961). "Seasonal metal layers in the sediment of Lake Orsava". Journal of Freshwater Studies. 14 (3): 211–224.',
  'Lindgren, Maja; Aho, Pekka (2004). "Iron and manganese laminae as annual markers". Limnological Reviews. 39: 88–103.',
  'Okafor, Chidi (2019). Laminated Lake Sediments of the Northern Hemisphere. Harwick: Fennel Academic. p. 142. ISBN 978-0-00-318822-4.',
  'Wierzbicki, Tomasz; Halász, Judit; Brandt, Oskar (1978). "Sediment trap evidence for seasonal oxide deposition". Hydrobiologia Nova. 7: 45–61.',
  'Moreau, Adèle (2012). "Eutrophication and the loss of laminated sediments". Quaternary Lake Science. 21 (2): 301–317.',
  'Sato, Keiko; Lindgren, Maja (2016). "Cross-dating Varga bands with caesium-137". Journal of Paleolimnology Methods. 5: 12–29.',
];
export const wpCaption = 'Varga bands in a core from the deep basin of Lake Orsava. Each pale and dark pair represents one year.';
export const wpHatnote = 'Not to be confused with Varve.';
export const wpNavbox = ['Limnology', 'Lake types', 'Meromictic lake', 'Oligotrophic lake', 'Processes', 'Overturn', 'Sediments', 'Gyttja'];
export const wpCats = ['Limnology', 'Sedimentology', 'Geochronology'];
export const wpHidden = ['Articles with short description', 'Short description matches Wikidata'];
export const wpMenu1 = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
export const wpMenu2 = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
export const wpTools = ['What links here', 'Related changes', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL', 'Download QR code'];
export const wpPrint = ['Download as PDF', 'Printable version'];
export const wpLangs = ['Deutsch', 'Español', 'Français', 'Magyar', 'Norsk bokmål', 'Polski', 'Suomi'];
export const wpFoot = [
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Contact Wikipedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
export const wpLastmod = 'This page was last edited on 3 October 2025, at 14:22';
export const wpLicence =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you ' +
  'agree to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.';
