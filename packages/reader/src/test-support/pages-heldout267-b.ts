import { links, ps, type TestPage, texts } from './page-kit.js';
import { simple } from './pages-heldout267-b2.js';
import { j } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file b: a Wiktionary entry in Vector 2022 with a short main text (language heading, etymology,
 * pronunciation, two parts of speech with numbered senses and quotations, derived terms, anagrams), the "Contents" sidebar, the
 * collapsed translation table, the sister-project box and the footer; and, from file b2, a Simple English Wikipedia article.
 */
const tTitle = 'glimber';
const tEty = [
  j(
    'From Middle English <i>glimberen</i> ("to shine unsteadily"), a frequentative of <i>glimen</i> ("to gleam"), itself of',
    'uncertain origin. Compare the dialect noun <i>glim</i> ("a faint light").',
  ),
];
const tPron = ['IPA: /ˈɡlɪm.bə/, /ˈɡlɪm.bɚ/', 'Rhymes: -ɪmbə(ɹ)', 'Hyphenation: glim‧ber'];
const tNounHead = ['<strong class="Latn headword" lang="en">glimber</strong> (<i>plural</i> glimbers)'];
const tNoun = [
  'A faint, flickering light, especially one seen on water at dusk.',
  '<i>(dialectal, Sallow Coast)</i> A small lantern carried by fishermen when landing a catch at night.',
  '<i>(figuratively)</i> A brief and uncertain sign of hope.',
];
const tNounQuote = [
  j(
    '<b>1887</b>, Marit Hask, <i>The Pond Head</i>, chapter 4: <q>Across the estuary the <b>glimbers</b> of the boats came',
    'and went like sparks blown off a fire.</q>',
  ),
];
const tVerbHead = [
  '<strong class="Latn headword" lang="en">glimber</strong> (<i>third-person singular simple present</i> glimbers,',
  '<i>present participle</i> glimbering, <i>simple past and past participle</i> glimbered)',
];
const tVerb = ['<i>(intransitive)</i> To shine with a weak, wavering light.', '<i>(intransitive, of hope or memory)</i> To come and go faintly.'];
const tVerbQuote = ['<b>1931</b>, Aldo Wessen, <i>Letters from Varnholt</i>: <q>Some memory of the mill <b>glimbered</b> in him and was gone.</q>'];
const tDerived = ['glimberer', 'glimbering', 'glimbery'];
const tAnagrams = ['limbers'];
const tSide = ['Main Page', 'Community portal', 'Requested entries', 'Recent changes', 'Random entry', 'Help', 'Glossary', 'Donations', 'Contact us'];
const tFoot = ['Privacy policy', 'About Wiktionary', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const tTrans = ['Dutch: glimmering', 'French: lueur vacillante', 'German: Flackerlicht', 'Swedish: flämtljus'];
const h = (lvl: number, id: string, text: string): string => `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${id}">${text}</h${lvl}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=glimber&amp;action=edit">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const tHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>glimber - Wiktionary, the free dictionary</title>
<script>RLCONF={"wgPageName":"glimber","wgTitle":"glimber","wgArticleId":9918273,"wgCategories":["English lemmas","English nouns","English verbs"]};</script>
<meta property="og:title" content="glimber - Wiktionary, the free dictionary"><link rel="canonical" href="https://en.wiktionary.example/wiki/glimber">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-glimber rootpage-glimber
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<label class="vector-dropdown-label" aria-label="Main menu"><span class="vector-icon mw-ui-icon-menu">
</span><span class="vector-dropdown-label-text">Main menu</span>
</label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><ul class="vector-menu-content-list">
${links(tSide, 'mw-list-item')}</ul></div></div></div></nav>
<a href="/wiki/Wiktionary:Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/enwiktionary.svg" alt=""></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue"><form action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Wiktionary" aria-label="Search Wiktionary"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc">
<div class="vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents">
<li class="vector-toc-list-item"><a href="#"><div class="vector-toc-text">(Top)</div></a></li>
<li class="vector-toc-list-item"><a href="#English"><div class="vector-toc-text"><span class="vector-toc-numb">1</span><span>English</span></div></a></li>
</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${tTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><span class="vector-dropdown-label-text">3 languages</span></div></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Entry', 'Discussion'], 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">Definition from Wiktionary, the free dictionary</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="sister-wikipedia sister-project noprint floatright">
<div class="sister-text">English <b>Wikipedia</b> has an article on: <b>Glimber (light)</b></div></div>
${h(2, 'English', 'English')}
${h(3, 'Etymology', 'Etymology')}
${ps(tEty)}
${h(3, 'Pronunciation', 'Pronunciation')}
<ul>${tPron.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(3, 'Noun', 'Noun')}
<p><span class="headword-line">${tNounHead[0]}</span></p>
<ol><li>${tNoun[0]}<ul><li><div class="citation-whole">${tNounQuote[0]}</div></li></ul></li>
<li>${tNoun[1]}</li><li>${tNoun[2]}</li></ol>
${h(4, 'Derived_terms', 'Derived terms')}
<div class="div-col"><ul>${tDerived.map((t) => `<li><span class="Latn" lang="en"><a href="/wiki/${t}">${t}</a></span></li>`).join('\n')}</ul></div>
${h(4, 'Translations', 'Translations')}
<div class="NavFrame" data-toggle-category="translations"><div class="NavHead" style="text-align:left">flickering light on water</div>
<div class="NavContent"><table class="translations"><tbody><tr><td>
<ul>${tTrans.map((t) => `<li>${t}</li>`).join('\n')}</ul></td></tr></tbody></table></div></div>
${h(3, 'Verb', 'Verb')}
<p><span class="headword-line">${tVerbHead.join(' ')}</span></p>
<ol><li>${tVerb[0]}<ul><li><div class="citation-whole">${tVerbQuote[0]}</div></li></ul></li>
<li>${tVerb[1]}</li></ol>
${h(3, 'Anagrams', 'Anagrams')}
<ul><li><span class="Latn" lang="en"><a href="/wiki/limbers">limbers</a></span></li></ul>
</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks">Categories: <ul><li>English lemmas</li><li>English nouns</li>
<li>English verbs</li><li>English terms with quotations</li></ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 27 January 2026, at 11:05.</li>
<li id="footer-info-copyright">Definitions and other text are available under the
 Creative Commons Attribution-ShareAlike License; additional terms may apply.</li>
</ul><ul id="footer-places">${links(tFoot)}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":167});});</script></body></html>`;
const wikt: TestPage = {
  name: 'heldout267-wiktionary-wiki',
  kind: 'wiki',
  html: tHtml,
  title: tTitle,
  headings: ['English', 'Etymology', 'Pronunciation', 'Noun', 'Derived terms', 'Verb', 'Anagrams'],
  body: texts([...tEty, ...tPron, ...tNounHead, ...tNoun, ...tNounQuote, ...tDerived, tVerbHead.join(' '), ...tVerb, ...tVerbQuote, ...tAnagrams]),
  bylines: ['This page was last edited on 27 January 2026, at 11:05.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...tSide, 'Create account', 'Log in', 'Contents', '(Top)', '3 languages', 'Entry', 'Discussion', 'View history',
    'Definition from Wiktionary, the free dictionary', 'English Wikipedia has an article on: Glimber (light)', 'Translations', 'flickering light on water',
    ...tTrans, 'Categories:', 'English lemmas', 'English nouns', 'English verbs', 'English terms with quotations',
    'Definitions and other text are available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...tFoot,
  ],
};

export const HELDOUT267_B: readonly TestPage[] = [wikt, simple];
