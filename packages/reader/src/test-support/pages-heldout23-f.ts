import { type TestPage, texts } from './page-kit.js';
import { buttondownIssue } from './pages-heldout23-f2.js';

/**
 * Held-out batch 23, file f: a Wiktionary entry on the Vector 2022 skin (jump link, main menu portlets, search, personal tools,
 * the "N languages" button with its list, the contents sidebar with section numbers and "Toggle ... subsection", the entry /
 * discussion tabs, the "See also" hatnote, the Wikipedia sister box and an image with its caption, then English with etymology,
 * pronunciation with IPA, audio and rhymes lines, the noun headword line with senses, sense labels, examples and a quotation,
 * derived terms in columns, translation tables in collapsed NavFrame boxes with "show" toggles, the verb, the categories, the
 * last-edited line, licence and footer).
 */
const wkTitle = 'lantern';
const mention = (lang: string, w: string): string => `<i class="Latn mention" lang="${lang}"><a href="/wiki/${w}">${w}</a></i>`;
const etyl = (name: string): string =>
  `<span class="etyl"><a href="https://en.wikipedia.example/wiki/${name.replace(/ /g, '_')}" class="extiw">${name}</a></span>`;
const wkEtym = [
  `From ${etyl('Middle English')} ${mention('enm', 'lanterne')}, from ${etyl('Old French')} ${mention('fro', 'lanterne')}, from ` +
    `${etyl('Latin')} ${mention('la', 'lanterna')}, from ${etyl('Ancient Greek')} ` +
    `<i class="Polyt mention" lang="grc"><a href="/wiki/λαμπτήρ">λαμπτήρ</a></i> ` +
    '<span class="mention-gloss-paren annotation-paren">(</span><span class="tr Latn" lang="grc-Latn">lamptḗr</span>, ' +
    '<span class="mention-gloss-double-quote">“</span><span class="mention-gloss">torch, lamp</span><span class="mention-gloss-double-quote">”</span>' +
    '<span class="mention-gloss-paren annotation-paren">)</span>. The spelling <i>lanthorn</i>, common from the 16th to the 18th century, ' +
    'reflects a folk etymology from the <i>horn</i> once used for the panes.',
];
const qual = (q: string): string =>
  `<span class="ib-brac qualifier-brac">(</span><span class="ib-content qualifier-content">${q}</span><span class="ib-brac qualifier-brac">)</span>`;
const ipa = (q: string, ipaText: string): string =>
  `${qual(q)} <a href="/wiki/Wiktionary:International_Phonetic_Alphabet">IPA</a><sup>(<a href="/wiki/Appendix:English_pronunciation">key</a>)</sup>: ` +
  `<span class="IPA">${ipaText}</span>`;
const wkPron = [ipa('Received Pronunciation', '/ˈlæn.tən/'), ipa('General American', '/ˈlæn.tɚn/')];
const wkPron2 = ['Rhymes: <a href="/wiki/Rhymes:English/%C3%A6nt%C9%99(%C9%B9)n">-æntə(ɹ)n</a>', 'Hyphenation: lan‧tern'];
const wkNounHead =
  '<strong class="Latn headword" lang="en">lantern</strong> (<i>plural</i> ' +
  '<b class="Latn form-of lang-en p-form-of" lang="en"><a href="/wiki/lanterns">lanterns</a></b>)';
const label = (l: string): string =>
  `<span class="ib-brac">(</span><span class="ib-content"><a href="/wiki/${l}">${l}</a></span><span class="ib-brac">)</span> `;
const wkSenses: [string, string[]][] = [
  [
    'A case of glass, horn, paper or other translucent material that encloses a light and shields it from wind and rain, often with a handle for carrying.',
    [
      'She hung a <b>lantern</b> from the hook by the barn door and went out to check on the ewes.',
      'The fishermen worked by <b>lantern</b> light until the last of the nets was mended.',
    ],
  ],
  [`${label('architecture')}A small open or windowed structure on top of a dome or roof, letting light and air into the space below.`, []],
  [
    `${label('nautical')}The glazed chamber at the top of a lighthouse that holds the light.`,
    ['The keeper climbed to the <b>lantern</b> twice a night to trim the wicks.'],
  ],
  [`${label('zoology')}Short for ${mention('en', 'Aristotle’s lantern')}: the jaw apparatus of a sea urchin.`, []],
];
const wkQuote = [
  '<span class="cited-source"><span class="None" lang="und">1874</span>, Edith Harrow, ' +
    '<cite>The Marsh Roads</cite>, London: Whitcombe &amp; Sons, page 112:</span>',
  '<span class="e-quotation">A single <b>lantern</b> swung at the stern of the ferry, and by its light we saw the water rising over the causeway.</span>',
];
const wkDerived = [
  'dark lantern',
  'jack-o’-lantern',
  'lantern fish',
  'lantern jaw',
  'lantern-jawed',
  'lantern slide',
  'magic lantern',
  'paper lantern',
  'sky lantern',
];
const wkTrans: [string, string[]][] = [
  [
    'case enclosing a light',
    ['French: lanterne <i>f</i>', 'German: Laterne <i>f</i>', 'Spanish: linterna <i>f</i>, farol <i>m</i>', 'Welsh: llusern <i>f</i>'],
  ],
  ['structure atop a dome', ['French: lanternon <i>m</i>', 'German: Laterne <i>f</i>', 'Italian: lanterna <i>f</i>']],
];
const wkVerbHead =
  '<strong class="Latn headword" lang="en">lantern</strong> (<i>third-person singular simple present</i> <b>lanterns</b>, <i>present participle</i> ' +
  '<b>lanterning</b>, <i>simple past and past participle</i> <b>lanterned</b>)';
const wkVerbSenses = [`${label('transitive')}To furnish with a lantern.`, `${label('transitive')}To light (a way or a place) with a lantern.`];
const wkMenu = ['Main Page', 'Community portal', 'Requested entries', 'Recent changes', 'Random entry', 'Help', 'Glossary', 'Donations', 'Contact us'];
const wkLangs = ['Deutsch', 'Español', 'Français', 'Kiswahili', 'Nederlands', 'Polski', 'Русский', 'Tiếng Việt', '中文'];
const wkToc: [string, string][] = [
  ['1', 'English'],
  ['1.1', 'Etymology'],
  ['1.2', 'Pronunciation'],
  ['1.3', 'Noun'],
  ['1.3.1', 'Derived terms'],
  ['1.3.2', 'Translations'],
  ['1.4', 'Verb'],
];
const wkCats = [
  'English terms inherited from Middle English',
  'English terms derived from Ancient Greek',
  'English 2-syllable words',
  'English terms with IPA pronunciation',
  'English lemmas',
  'English nouns',
  'English verbs',
  'en:Lighting',
  'en:Architecture',
];
const wkFoot = ['Privacy policy', 'About Wiktionary', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wkLicence = 'Definitions and other text are available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.';
let sec = 0;
const h = (level: number, t: string): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}><span class="mw-editsection">` +
  `<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=lantern&amp;action=edit&amp;section=${++sec}">edit</a>` +
  '<span class="mw-editsection-bracket">]</span></span></div>';
const wkHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>lantern - Wiktionary, the free dictionary</title>
<script>RLCONF={"wgPageName":"lantern","wgTitle":"lantern","wgCurRevisionId":84221905,"wgIsArticle":true,"wgCategories":${JSON.stringify(wkCats)}};
RLPAGEMODULES=["ext.gadget.LegacyScripts","ext.gadget.TranslationAdder","site"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles%7Cext.wikimediaBadges&amp;only=styles&amp;skin=vector-2022"></head>
<body class="skin--responsive skin-vector mediawiki ltr sitedir-ltr ns-0 ns-subject page-lantern rootpage-lantern skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown" title="Main menu">
<label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list">
${wkMenu.map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`).join('')}</ul></div></div></div></nav>
<a href="/wiki/Wiktionary:Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/enwiktionary.svg" alt="" width="50" height="50">
<span class="mw-logo-container"><img class="mw-logo-wordmark" alt="Wiktionary"
src="/static/images/mobile/copyright/wiktionary-wordmark-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box"><form action="/w/index.php"><input type="search" name="search"
placeholder="Search Wiktionary" aria-label="Search Wiktionary"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li><a href="/wiki/Special:Donate"><span>Donate</span></a></li>
<li><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li>
</ul></nav></div></header></div>
<div class="mw-page-container"><div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="vector-toc-landmark">
<div id="vector-toc" class="vector-toc">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-unpin-button">hide</button><ul class="vector-toc-contents">
<li class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wkToc
  .map(
    ([n, t]) => `<li class="vector-toc-list-item"><a href="#${t.replace(/ /g, '_')}" class="vector-toc-link">
<div class="vector-toc-text"><span class="vector-toc-numb">${n}</span>
<span>${t}</span></div></a>${n === '1' ? '<button class="cdx-button vector-toc-toggle" aria-expanded="true">Toggle English subsection</button>' : ''}</li>`,
  )
  .join('\n')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">lantern</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">38 languages</span></label>
<div class="vector-dropdown-content"><ul class="vector-menu-content-list">${wkLangs
  .map(
    (t) => `<li class="interlanguage-link"><a href="https://xx.wiktionary.example/wiki/lantern" class="interlanguage-link-target"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></div></div></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li class="selected"><a href="/wiki/lantern"><span>Entry</span></a></li>
<li><a href="/wiki/Talk:lantern"><span>Discussion</span></a></li></ul></nav>
<nav aria-label="Views"><ul><li class="selected"><a href="/wiki/lantern"><span>Read</span></a></li>
<li><a href="/w/index.php?title=lantern&amp;action=edit"><span>Edit</span></a></li>
<li><a href="/w/index.php?title=lantern&amp;action=history"><span>View history</span></a></li>
</ul></nav><div class="vector-dropdown" title="More options"><span class="vector-dropdown-label-text">Tools</span></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">Definition from Wiktionary, the free dictionary</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="disambig-see-also">See also: <b><a href="/wiki/Lantern">Lantern</a></b></div>
${h(2, 'English')}
<div class="sister-wikipedia sister-project noprint floatright"><div class="sister-content"><span>English Wikipedia has an article on:</span>
<div class="sister-wikipedia-link"><b><a href="https://en.wikipedia.example/wiki/lantern" class="extiw">lantern</a></b></div></div></div>
<figure class="mw-default-size mw-halign-right" typeof="mw:File/Thumb"><a href="/wiki/File:Storm_lantern.jpg" class="mw-file-description">
<img src="//upload.wikimedia.example/wikipedia/commons/thumb/storm-lantern.jpg/220px-storm-lantern.jpg" width="220" height="293" class="mw-file-element"></a>
<figcaption>A storm lantern</figcaption></figure>
${h(3, 'Etymology')}
<p>${wkEtym[0]}</p>
${h(3, 'Pronunciation')}
<ul>${wkPron.map((t) => `<li>${t}</li>`).join('\n')}
<li><table class="audiotable"><tbody><tr><td>Audio (US):</td><td class="audiofile"><span typeof="mw:File"><audio controls preload="none"
data-mwtitle="En-us-lantern.ogg"><source src="//upload.wikimedia.example/En-us-lantern.ogg" type="audio/ogg"></audio></span></td>
<td class="audiometa">(<a href="/wiki/File:En-us-lantern.ogg">file</a>)</td></tr></tbody></table></li>
${wkPron2.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(3, 'Noun')}
<p><span class="headword-line">${wkNounHead}</span></p>
<ol>${wkSenses
  .map(
    ([d, ex], i) =>
      `<li>${d}${ex.length > 0 ? `<dl>${ex.map((e) => `<dd><i class="Latn mention e-example" lang="en">${e}</i></dd>`).join('')}</dl>` : ''}${
        i === 0 ? `<ul><li>${wkQuote[0]}<dl><dd>${wkQuote[1]}</dd></dl></li></ul>` : ''
      }</li>`,
  )
  .join('\n')}</ol>
${h(4, 'Derived terms')}
<div class="list-switcher-wrapper"><div class="term-list columns-bg"><ul>
${wkDerived.map((t) => `<li><span class="Latn" lang="en"><a href="/wiki/${t}">${t}</a></span></li>`).join('')}</ul></div>
<div class="list-switcher-element" data-showtext=" show more ▼" data-hidetext=" show less ▲" style="display:none"></div></div>
${h(4, 'Translations')}
${wkTrans
  .map(
    ([gloss, items]) => `<div class="NavFrame" data-toggle-category="translations"><div class="NavHead" style="text-align:left;">${gloss}
<span class="NavToggle">[<a href="#" role="button" aria-expanded="false">show ▼</a>]</span></div>
<div class="NavContent" style="display:none"><table class="translations" role="presentation" data-gloss="${gloss}"><tbody><tr><td class="translations-cell"><ul>
${items.map((t) => `<li>${t}</li>`).join('')}</ul></td></tr></tbody></table></div></div>`,
  )
  .join('\n')}
${h(3, 'Verb')}
<p><span class="headword-line">${wkVerbHead}</span></p>
<ol>${wkVerbSenses.map((t) => `<li>${t}</li>`).join('')}</ol>
</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul>${wkCats.map((t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></div></div></main></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 November 2025, at 08:15.</li>
<li id="footer-info-copyright">${wkLicence} By using this site, you agree to the Terms of Use and Privacy Policy.</li></ul>
<ul id="footer-places">${wkFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></footer></body></html>`;
const wiktionaryEntry: TestPage = {
  html: wkHtml,
  name: 'heldout23-wiktionary-entry',
  kind: 'wiki',
  // what a reader calls the entry's text is the English entry as one reads it down the page: the etymology, the pronunciation
  // lines (IPA, rhymes, hyphenation), each headword line, the senses with their labels, examples and the quotation (the
  // citation line and the quoted sentence apart), the derived terms (English words of the entry, in plain view) and the verb;
  // its section headings (English, Etymology, Pronunciation, Noun, Derived terms, Verb) are the headings; the translation
  // tables, with their "Translations" heading and glosses, are in neither list: the entry's own data, but a look-up table of
  // other languages' words folded away behind "show ▼" that no one reads as the text (an extractor taking them pays only in
  // precision); "show ▼" itself, the audio row ("Audio (US):", "(file)"), the "See also" hatnote, the Wikipedia box, the image
  // caption, site subtitle, menus, tabs, language list, contents sidebar (its entries are the headings' words: left out),
  // "edit" links, categories, licence and footer are furniture; the last-edited line is the dateline
  title: wkTitle,
  headings: ['English', 'Etymology', 'Pronunciation', 'Noun', 'Derived terms', 'Verb'],
  body: [
    ...texts(wkEtym),
    ...texts(wkPron),
    ...texts(wkPron2),
    ...texts([wkNounHead]),
    ...wkSenses.flatMap(([d, ex], i) => [...texts([d]), ...texts(ex), ...(i === 0 ? texts(wkQuote) : [])]),
    ...wkDerived,
    ...texts([wkVerbHead]),
    ...texts(wkVerbSenses),
  ],
  bylines: ['This page was last edited on 3 November 2025, at 08:15.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...wkMenu, 'Search', 'Donate', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    'Toggle English subsection', '38 languages', ...wkLangs, 'Entry', 'Discussion', 'Read', 'Edit', 'View history', 'Tools',
    'Definition from Wiktionary, the free dictionary', 'See also:', 'English Wikipedia has an article on:', 'A storm lantern', 'Audio (US):', '(file)',
    'show ▼', 'edit', 'Categories', ...wkCats, wkLicence, 'By using this site, you agree to the Terms of Use and Privacy Policy.', ...wkFoot,
  ],
};

export const HELDOUT23_F: readonly TestPage[] = [wiktionaryEntry, buttondownIssue];
