import { type TestPage, texts } from './page-kit.js';
import { wikiquotePage } from './pages-heldout145-a2.js';
import { furnish, mwh } from './pages-heldout145-kit.js';
import { type VlPage, vl, vlFurniture } from './pages-heldout145-vl.js';

/**
 * Held-out batch 145, file a: an English Wiktionary entry in the legacy Vector skin (the "See also" line above the
 * entry, the Wikipedia sister box, the old-style table of contents, language sections with etymology, pronunciation with
 * the audio table, headword lines, definitions with usage examples and quotations collapsed behind "quotations ▼", the
 * collapsed translation tables with "Select preferred languages" and the "show ▼" toggles, derived-term columns with
 * "show more ▼", categories, the sidebar with its Visibility portlet, and the footer) and, from file a2, a Wikiquote page.
 */
const T = 'brackle';
const en = 'English';
const hEty = 'Etymology';
const ety = [
  'From <span class="etyl"><a href="https://en.wikipedia.org/wiki/Middle_English" class="extiw">Middle English</a></span> <i class="Latn mention" lang="enm">' +
    '<a href="/wiki/brakelen#Middle_English">brakelen</a></i>, a frequentative of <i class="Latn mention" lang="enm">braken</i> (“to crack, to ' +
    'snap”), with the ' +
    'diminutive-frequentative suffix <i class="Latn mention" lang="en"><a href="/wiki/-le#English">-le</a></i>. Compare ' +
    '<i class="Latn mention" lang="en"><a href="/wiki/crackle#English">crackle</a></i> and <i class="Latn mention" lang="en"><a ' +
    'href="/wiki/sparkle">sparkle</a></i>, ' +
    'which follow the same pattern. The noun is first recorded in the late seventeenth century in the accounts of Cumbrian charcoal burners.',
  'The word survived mainly in northern English and Scots dialect speech until the 1880s, when it was picked up by several popular writers of country ' +
    'sketches and passed into general, if literary, use.',
];
const hPron = 'Pronunciation';
const pron = [
  '<a href="/wiki/Wiktionary:International_Phonetic_Alphabet">IPA</a><sup>(<a href="/wiki/Appendix:English_pronunciation">key</a>)</sup>: ' +
    '<span class="IPA">/ˈbɹæk.əl/</span>',
  'Rhymes: <a href="/wiki/Rhymes:English/%C3%A6k%C9%99l">-ækəl</a>',
  'Hyphenation: brack‧le',
];
const hVerb = 'Verb';
const verbHead =
  '<span class="headword-line"><strong class="Latn headword" lang="en">brackle</strong> (<i>third-person singular simple present</i> <b class="Latn form-of" ' +
  'lang="en"><a href="/wiki/brackles">brackles</a></b>, <i>present participle</i> <b class="Latn form-of" lang="en"><a ' +
  'href="/wiki/brackling">brackling</a></b>, ' +
  '<i>simple past and past participle</i> <b class="Latn form-of" lang="en"><a href="/wiki/brackled">brackled</a></b>)</span>';
const verbDefs = [
  [
    '(<span class="ib-content qualifier-content">intransitive</span>) To crackle faintly and irregularly, as dry twigs or cooling embers do.',
    'The kindling <b>brackled</b> in the grate long after the flames had died.',
  ],
  [
    '(<span class="ib-content qualifier-content">intransitive, of ice or frost</span>) To give way underfoot with a series of small, sharp sounds.',
    'The puddles along the lane <b>brackled</b> as the children ran over them.',
  ],
  [
    '(<span class="ib-content qualifier-content">transitive, dialectal</span>) To break (something brittle) into small pieces by hand.',
    'She <b>brackled</b> the dry bread into the bowl for the hens.',
  ],
] as const;
const quote1 =
  '<b>1887</b>, Ada Pellow, <i>Fell and Hearth</i>, London: Tamsin &amp; Rook, page 41: ' +
  'Nothing stirred in the house save the peat, which <b>brackled</b> now and then like a man muttering in his sleep.';
const hNoun = 'Noun';
const nounHead =
  '<span class="headword-line"><strong class="Latn headword" lang="en">brackle</strong> (<i>plural</i> <b class="Latn form-of" lang="en">' +
  '<a href="/wiki/brackles">brackles</a></b>)</span>';
const nounDefs = [
  ['A faint, irregular crackling sound.', 'We heard the <b>brackle</b> of the fire before we saw its light through the trees.'],
  [
    '(<span class="ib-content qualifier-content">dialectal, Cumbria</span>) A small heap of dry sticks and bark gathered for lighting a fire.',
    'Fetch a <b>brackle</b> from the woodshed before the rain comes in.',
  ],
] as const;
const hUsage = 'Usage notes';
const usage = [
  'In general use the verb is almost always intransitive and describes a quieter, more scattered sound than <i class="Latn mention" lang="en">crackle</i>. ' +
    'The transitive sense is rare outside the north of England, where it is still heard among older speakers.',
];
const hDerived = 'Derived terms';
const derived = ['brackler', 'brackling', 'bracklish', 'brackly', 'firebrackle', 'unbrackled'];
const hTrans = 'Translations';
const hAnag = 'Anagrams';
const anag = ['<span class="Latn" lang="en"><a href="/wiki/blacker#English">blacker</a></span>'];
const sco = 'Scots';
const hScoEty = 'Etymology';
const scoEty = [
  'Probably from the same source as the English word, influenced by <i class="Latn mention" lang="sco"><a href="/wiki/brak#Scots">brak</a></i> (“break”).',
];
const hAdj = 'Adjective';
const adjHead =
  '<span class="headword-line"><strong class="Latn headword" lang="sco">brackle</strong> (<i>comparative</i> <b class="Latn form-of" lang="sco">' +
  'brackler</b>, <i>superlative</i> <b class="Latn form-of" lang="sco">bracklest</b>)</span>';
const adjDefs = [
  ['Brittle; easily broken.', 'The auld slates is that <b>brackle</b> ye canna walk on the roof.'],
  ['(<span class="ib-content qualifier-content">of weather</span>) Unsettled, changeable.', 'A <b>brackle</b> spring, wi snaw ae day and sun the next.'],
] as const;
const hRefs = 'References';
const refs = ['Hector Moodie (1911), <i>A Glossary of the Border Speech</i>, Kelso: Birlie Press, page 58'];

const defsHtml = (defs: readonly (readonly [string, string])[], q?: string): string =>
  `<ol>${defs
    .map(
      ([d, ex], i) =>
        `<li>${d}<dl><dd><div class="h-usage-example"><i class="Latn mention e-example" lang="en">${ex}</i></div></dd></dl>${
          q && i === 0
            ? `<span class="HQToggle" style="margin-left: 5px; font-size: 0.8em;"><a role="button" tabindex="0">quotations ▼</a></span>
<ul style="display: none;"><li><div class="citation-whole"><span class="cited-source">${q}</span></div></li></ul>`
            : ''
        }</li>`,
    )
    .join('\n')}</ol>`;
const transBox = (gloss: string, items: readonly string[]): string => `<div class="NavFrame" data-toggle-category="translations">
<div class="NavHead" style="text-align: left; cursor: pointer;"><a role="button" class="NavToggle" tabindex="0">show ▼</a>${gloss}</div>
<div class="NavContent" style="display: none;"><table class="translations" role="presentation" style="width:100%;" data-gloss="${gloss}"><tbody><tr>
<td class="translations-cell multicolumn-list" colspan="3" style="text-align:left;"><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul></td></tr></tbody>
</table></div></div>`;
const trans1 = ['Dutch: <span class="Latn" lang="nl">knisperen</span>', 'German: <span class="Latn" lang="de">knistern</span>'];
const trans2 = ['French: <span class="Latn" lang="fr">crépitement</span> <span class="gender"><abbr title="masculine gender">m</abbr></span>'];

const page = 'brackle';
const toc = `<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
<li class="toclevel-1 tocsection-1"><a href="#English"><span class="tocnumber">1</span> <span class="toctext">English</span></a><ul>
${[hEty, hPron, hVerb, hNoun, hUsage, hAnag]
  .map(
    (h, i) => `<li class="toclevel-2"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">1.${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></li>
<li class="toclevel-1 tocsection-12"><a href="#Scots"><span class="tocnumber">2</span> <span class="toctext">Scots</span></a></li></ul></div>`;
const content = `<div class="disambig-see-also">See also: <b class="Latn" lang="mul"><a href="/wiki/Brackle" title="Brackle">Brackle</a></b> and
<b class="Latn" lang="mul"><a href="/wiki/br%C3%A4ckle" title="bräckle">bräckle</a></b></div>
${toc}
${mwh(2, en, page, 1)}
<div class="sister-wikipedia sister-project noprint floatright" style="border: 1px solid #aaa; font-size: 90%; background: #f9f9f9; width: 250px;
padding: 4px;">
<div style="float: left;"><span typeof="mw:File"><img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/8/80/Wikipedia-logo-v2.svg/44px.png"
width="44" height="40" class="mw-file-element"></span></div><div style="margin-left: 60px;"><span class="Latn" lang="en">English</span>
<a href="https://en.wikipedia.org/wiki/Special:Search/brackle" class="extiw">Wikipedia</a> has an article on:<div style="margin-left: 10px;">
<a href="https://en.wikipedia.org/wiki/Brackle_(sound)" class="extiw"><b><span class="Latn" lang="en">brackle (sound)</span></b></a></div></div></div>
${mwh(3, hEty, page, 2)}
${ety.map((p) => `<p>${p}</p>`).join('\n')}
${mwh(3, hPron, page, 3)}
<ul><li>${pron[0]}</li><li><table class="audiotable" style="vertical-align: bottom; display:inline-block; list-style:none;line-height: 1em;
border-collapse:collapse;margin:0"><tbody><tr><td class="unicode audiolink" style="padding-right:5px; padding-left: 0;">Audio (US):</td>
<td class="audiofile"><span typeof="mw:File"><span><audio id="mwe_player_0" controls="" preload="none" style="width:175px" data-mwtitle="En-us-brackle.ogg"
class="mw-file-element"><source src="//upload.wikimedia.org/wikipedia/commons/4/4e/En-us-brackle.ogg" type="audio/ogg; codecs=&quot;vorbis&quot;"></audio>
</span></span></td><td class="audiometa" style="font-size: 80%;">(<a href="/wiki/File:En-us-brackle.ogg" title="File:En-us-brackle.ogg">file</a>)</td></tr>
</tbody></table></li><li>${pron[1]}</li><li>${pron[2]}</li></ul>
${mwh(3, hVerb, page, 4)}
<p>${verbHead}</p>
${defsHtml(verbDefs, quote1)}
${mwh(4, hTrans, page, 5)}
${transBox('to crackle faintly', trans1)}
<div class="checktrans"></div><div class="translations-select" style="font-size:85%"><a role="button" tabindex="0">Select preferred languages</a></div>
${mwh(3, hNoun, page, 6)}
<p>${nounHead}</p>
${defsHtml(nounDefs)}
${mwh(4, hUsage, page, 7)}
${usage.map((p) => `<ul><li>${p}</li></ul>`).join('')}
${mwh(4, hDerived, page, 8)}
<div class="list-switcher" data-toggle-category="derived terms"><div class="term-list columns-bg"><ul>
${derived.map((t) => `<li><span class="Latn" lang="en"><a href="/wiki/${t}">${t}</a></span></li>`).join('\n')}</ul></div>
<div class="list-switcher-element" data-showtext="show more ▼" data-hidetext="show less ▲"><span role="button" tabindex="0">show more ▼</span></div></div>
${mwh(4, hTrans, page, 9)}
${transBox('faint crackling sound', trans2)}
${mwh(3, hAnag, page, 10)}
<ul><li>${anag[0]}</li></ul>
<hr>
${mwh(2, sco, page, 11)}
${mwh(3, hScoEty, page, 12)}
<p>${scoEty[0]}</p>
${mwh(3, hAdj, page, 13)}
<p>${adjHead}</p>
${defsHtml(adjDefs)}
${mwh(3, hRefs, page, 14)}
<ul><li>${refs[0]}</li></ul>`;
const wk: VlPage = {
  site: 'Wiktionary, the free dictionary',
  lang: 'en',
  docTitle: 'brackle - Wiktionary, the free dictionary',
  page,
  path: '/w/',
  titleHtml: '<span class="mw-page-title-main">brackle</span>',
  head:
    '<link rel="canonical" href="https://en.wiktionary.org/wiki/brackle"><link rel="alternate" media="only screen and (max-width: 640px)" ' +
    'href="//en.m.wiktionary.org/wiki/brackle">',
  bodyClass: 'ns-0 ns-subject page-brackle rootpage-brackle',
  siteNotice: '<!-- CentralNotice -->',
  indicators: '',
  subtitle: '',
  content,
  cats: [
    'English terms inherited from Middle English',
    'English terms derived from Middle English',
    'English terms suffixed with -le',
    'English 2-syllable words',
    'English terms with IPA pronunciation',
    'English terms with audio pronunciation links',
    'Rhymes:English/ækəl',
    'English lemmas',
    'English verbs',
    'English nouns',
    'English countable nouns',
    'English intransitive verbs',
    'English transitive verbs',
    'English terms with quotations',
    'English terms with usage examples',
    'Cumbrian English',
    'Scots lemmas',
    'Scots adjectives',
  ],
  hiddenCats: [],
  tabs: ['Entry', 'Discussion'],
  views: ['Read', 'Edit', 'View history'],
  more: [],
  portals: [
    ['Navigation', ['Main Page', 'Community portal', 'Requested entries', 'Recent changes', 'Random entry', 'Help', 'Glossary', 'Donations', 'Contact us']],
    [
      'Tools',
      [
        'What links here',
        'Related changes',
        'Upload file',
        'Special pages',
        'Permanent link',
        'Page information',
        'Cite this page',
        'Get shortened URL',
        'Download QR code',
      ],
    ],
    ['Visibility', ['Show translations', 'Show quotations']],
    ['Print/export', ['Create a book', 'Download as PDF', 'Printable version']],
    ['In other projects', ['Wikipedia']],
  ],
  langs: ['Français', 'Malagasy', 'Nederlands'],
  edited: 'This page was last edited on 2 September 2025, at 17:44.',
  copyright:
    'Definitions and other text are available under the <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike ' +
    'License</a>; additional terms may apply. By using this site, you agree to the <a href="https://foundation.wikimedia.org/wiki/Terms_of_Use">Terms ' +
    'of Use</a> and ' +
    '<a href="https://foundation.wikimedia.org/wiki/Privacy_policy">Privacy Policy.</a>',
  places: ['Privacy policy', 'About Wiktionary', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'],
  afterContent: '',
  scripts: '<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-7d9f8c6b9-lq2vx"});});</script>',
};
const wkHeadings = [en, hEty, hPron, hVerb, hTrans, hNoun, hUsage, hDerived, hTrans, hAnag, sco, hScoEty, hAdj, hRefs];
const wkBody = [
  ...texts(ety),
  ...texts(pron),
  ...texts([verbHead]),
  ...texts(verbDefs.flat()),
  ...texts([nounHead]),
  ...texts(nounDefs.flat()),
  ...texts(usage),
  ...derived,
  ...texts(anag),
  ...texts(scoEty),
  ...texts([adjHead]),
  ...texts(adjDefs.flat()),
  ...texts(refs),
];
const wiktionary: TestPage = {
  html: vl(wk),
  name: 'heldout145-wiktionary-entry',
  kind: 'wiki',
  // the entry's language and part-of-speech headings are its headings; headword lines, definitions, usage examples, the
  // usage note, derived terms, anagrams and references are body; the quotations hidden behind "quotations ▼" and the
  // collapsed translation tables (with their gloss bars) are in neither list; the "See also" line, the Wikipedia sister
  // box, the contents box, the audio row and "Select preferred languages" are furniture
  title: T,
  headings: wkHeadings,
  body: wkBody,
  bylines: [wk.edited],
  furniture: furnish(
    [T, ...wkHeadings, ...wkBody],
    ['See also: Brackle and bräckle', 'Contents', 'Wikipedia has an article on:', 'brackle (sound)', 'Audio (US):', '(file)', 'quotations ▼', 'show ▼'],
    ['Select preferred languages', 'show more ▼', 'edit'],
    vlFurniture(wk),
  ),
};

export const HELDOUT145_A: readonly TestPage[] = [wiktionary, wikiquotePage];
