import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 236, file a: a Merriam-Webster-style word page (header with search, word-of-the-day promo, the entry with
 * pronunciation, definitions, examples, etymology, ad slots, "Love words?" newsletter box, related-words rail, footer) and a
 * Wiktionary-style MediaWiki entry (Vector skin, language sections, edit links, table of contents, categories, footer).
 */
const mwTitle = 'quillmark';
const mwHeads = ['Definition', 'Examples of quillmark in a Sentence', 'Word History'];
const mwDef = [
  '<strong>1</strong> : a small mark made in the margin of a manuscript to show that a passage needs review by the editor',
  '<strong>2</strong> : a sign of approval or correction left by a careful reader, especially in a shared or borrowed book',
  '<strong>3</strong> : a brief written note of agreement added beneath a letter before it is passed on to another reader',
];
const mwEx = [
  'The archivist found a faint quillmark beside nearly every paragraph that mentioned the old harbor tax.',
  'Her copy of the novel was crowded with quillmarks, some in pencil and some in green ink.',
  'Each clerk added a quillmark to the circular before sending it down the corridor to the next office.',
  'These examples are programmatically compiled from various online sources to illustrate current usage of the word.',
];
const mwHist = [
  'The word first appeared in the records of a provincial printing house in the 1740s, where compositors used it for the ' +
    'small strokes that proofreaders left in the margins. It joins quill, the feather pen, with mark in its sense of a visible sign.',
  'By the nineteenth century the word had moved out of the print shop and into ordinary correspondence, where it described ' +
    'any short note of approval. Modern use is rare outside of editing and bookbinding circles, though it still turns up in ' +
    'crossword puzzles and in the jargon of rare book dealers, who value copies bearing the quillmarks of well-known owners.',
  'First Known Use: 1743, in the meaning defined at sense 1.',
];
const mwNav = ['Games & Quizzes', 'Word of the Day', 'Grammar', 'Wordplay', 'Rhymes', 'Thesaurus', 'Shop', 'Log In'];
const mwRail = ['quilled', 'quilling', 'quillwork', 'quilt', 'quince'];
const mwFoot = ['Help', 'About Us', 'Advertising Info', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Info'];
const mwHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quillmark Definition &amp; Meaning - Lexwell-Farris</title>
<meta name="description" content="The meaning of QUILLMARK is a small mark made in the margin.">
<link rel="canonical" href="https://www.lexwellfarris.com/dictionary/quillmark">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DefinedTerm","name":"quillmark"}</script>
<script src="/dist-cross-dungarees/2026-11-30--19-00-00/js/bundle.js" defer></script>
<script>window.mwdata = {"pageType":"dictionary","entryName":"quillmark"};</script></head>
<body class="definitions-page">
<header class="header"><div class="logo"><a href="/">Lexwell-Farris</a><span class="tagline">Since 1831</span></div>
<nav class="main-nav" aria-label="main"><ul>${links(mwNav, 'nav-item')}</ul></nav>
<form class="search-form" role="search"><input type="search" placeholder="Search Dictionary" aria-label="Search"></form></header>
<div class="wotd-promo" id="wotd-promo"><span class="wotd-label">Word of the Day</span> <a href="/word-of-the-day">corbelled</a></div>
<div class="abl" id="AdThrive_Header_1"><span class="ad-label">Advertisement</span></div>
<main id="left-content" class="left-content"><div class="row entry-header">
<h1 class="hword">${mwTitle}</h1><span class="fl">noun</span>
<span class="word-syllables-entry">quill·mark</span> <span class="prs">ˈkwil-ˌmärk</span>
<div class="mw-hidden-save"><button class="save-word" aria-label="Save word">Save Word</button></div></div>
<div id="dictionary-entry-1" class="entry-word-section-container"><h2 class="function-label">${mwHeads[0]}</h2>
<div class="vg"><div class="sb">${mwDef.map((d) => `<div class="sense"><span class="dt">${d}</span></div>`).join('\n')}</div></div></div>
<div class="abl" id="AdThrive_Content_1"><span class="ad-label">Advertisement</span></div>
<div id="examples" class="examples"><h2>${mwHeads[1]}</h2>
<div class="on-web-container">${ps(mwEx.slice(0, 3), ' class="ex-sent"')}</div>
<p class="disclaimer">${mwEx[3]}</p><a class="feedback" href="/contact-us">Send us feedback about these examples.</a></div>
<div id="word-history" class="etymology"><h2>${mwHeads[2]}</h2>${ps(mwHist.slice(0, 2), ' class="et"')}
<p class="first-known-use">${mwHist[2]}</p>
<p class="time-traveler">Time Traveler: <a href="/time-traveler/1743">See more words from the same year</a></p></div>
<div class="cite-this"><h2>Cite this Entry</h2><p>“Quillmark.” Lexwell-Farris.com Dictionary, Lexwell-Farris.</p></div>
<div class="newsletter-box"><h3>Love words?</h3><p>Need even more definitions? Subscribe to America’s largest dictionary and get thousands more.</p>
<a class="btn" href="/subscribe">Start your free trial today</a></div></main>
<aside class="right-rail"><h3>Nearby Entries</h3><ul>${links(mwRail)}</ul>
<div class="abl" id="AdThrive_Sidebar_1"><span class="ad-label">Advertisement</span></div>
<h3>Popular in Wordplay</h3><ul>${links(['8 Words for Lesser-Known Musical Instruments', 'Words From Forgotten Trades'])}</ul></aside>
<footer class="footer"><ul>${links(mwFoot)}</ul><p class="copyright">© 2026 Lexwell-Farris, Incorporated</p></footer>
<div id="onetrust-banner-sdk" role="dialog"><p>We use cookies to personalize content and ads and to analyze our traffic.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button>Cookie Settings</button></div></body></html>`;

const wkTitle = 'brindlework';
const wkHeads = ['English', 'Etymology', 'Pronunciation', 'Noun', 'Translations', 'See also'];
const wkBody = [
  'From brindle (“streaked, tabby-coloured”) + work, after the streaked patterns of early hand-dyed cloth from the mill towns of Carrow Vale.',
  'IPA: /ˈbrɪn.dəl.wɜːk/',
  'Rhymes: -ɜːk',
  '<b>brindlework</b> (<i>countable and uncountable</i>, <i>plural</i> brindleworks)',
  '(uncountable, textiles) Cloth or yarn dyed in irregular streaks of two or more colours, typically brown and grey.',
  '<i>The market stalls were hung with brindlework scarves in every shade of autumn.</i>',
  '(countable, dated) A workshop in which such cloth was dyed, usually beside a fast river.',
  '<i>By 1860 there were eleven brindleworks along the upper Carrow, each with its own drying field.</i>',
  '(figuratively) Any mixture of contrasting elements that nonetheless forms a pleasing whole.',
  '<i>Her memoir is a brindlework of rumour, letters and half-remembered songs.</i>',
  'French: tissu tigré m',
  'German: Streifentuch n',
  'Dutch: gestreept weefsel n',
  'tabby',
  'marbling',
  'streakwork',
];
const wkNav = ['Main Page', 'Community portal', 'Recent changes', 'Random entry', 'Help', 'Donations', 'Contact us'];
const wkTools = ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Permanent link', 'Page information'];
const wkFoot = ['Privacy policy', 'About Lexipedia', 'Disclaimers', 'Code of Conduct', 'Mobile view'];
const wkHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-toc-pinned-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>brindlework - Lexipedia</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"brindlework","wgNamespaceNumber":0};</script>
<script async src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.43.0-wmf.7"><link rel="canonical" href="https://en.lexipedia.org/wiki/brindlework"></head>
<body class="skin-vector skin-vector-2022 mediawiki ltr ns-0 page-brindlework action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><nav id="p-navigation" class="vector-menu" aria-label="Site">
<ul class="vector-menu-content-list">${links(wkNav, 'mw-list-item')}</ul></nav>
<a href="/wiki/Lexipedia:Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Lexipedia</span><span class="mw-logo-tagline">The Free Dictionary</span></a>
<div id="p-search" role="search"><input type="search" name="search" placeholder="Search Lexipedia" aria-label="Search Lexipedia"></div>
<nav id="p-personal"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></header></div>
<div class="mw-page-container"><div id="siteNotice">
<div class="sitenotice-banner">Lexipedia is holding its annual editing drive: help us define 10,000 new words.</div></div>
<nav id="vector-toc" class="vector-toc" aria-label="Contents"><div class="vector-toc-title">Contents</div>
<ul class="vector-toc-contents"><li class="vector-toc-list-item"><a href="#English">(Top)</a></li></ul>
<button class="vector-toc-toggle">Toggle the table of contents</button></nav>
<main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wkTitle}</span></h1>
<nav class="vector-page-toolbar"><ul>${links(['Entry', 'Discussion', 'Read', 'Edit', 'View history'], 'vector-tab-noicon')}</ul></nav></header>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">Definition from Lexipedia, the free dictionary</div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="mw-heading mw-heading2"><h2 id="English">${wkHeads[0]}</h2>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#">edit</a><span class="mw-editsection-bracket">]</span></span></div>
<div class="sister-wikipedia sister-project noprint floatright"><span>English Lexipedia has an article on: <b>brindlework</b></span></div>
<div class="mw-heading mw-heading3"><h3 id="Etymology">${wkHeads[1]}</h3></div><p>${wkBody[0]}</p>
<div class="mw-heading mw-heading3"><h3 id="Pronunciation">${wkHeads[2]}</h3></div>
<ul><li><span class="IPA">${wkBody[1]}</span></li><li>${wkBody[2]}</li></ul>
<div class="mw-heading mw-heading3"><h3 id="Noun">${wkHeads[3]}</h3></div><p><span class="headword-line">${wkBody[3]}</span></p>
<ol><li>${wkBody[4]}<dl><dd>${wkBody[5]}</dd></dl></li><li>${wkBody[6]}<dl><dd>${wkBody[7]}</dd></dl></li>
<li>${wkBody[8]}<dl><dd>${wkBody[9]}</dd></dl></li></ol>
<div class="mw-heading mw-heading4"><h4 id="Translations">${wkHeads[4]}</h4></div>
<div class="NavFrame"><div class="NavHead">cloth dyed in streaks</div><div class="NavContent"><ul>
<li>${wkBody[10]}</li><li>${wkBody[11]}</li><li>${wkBody[12]}</li></ul></div></div>
<div class="mw-heading mw-heading3"><h3 id="See_also">${wkHeads[5]}</h3></div><ul><li>${wkBody[13]}</li><li>${wkBody[14]}</li>
<li>${wkBody[15]}</li></ul>
</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(['English compound terms', 'English countable nouns', 'en:Textiles'])}</ul></div></div></div></main>
<nav id="p-tb" class="vector-menu"><div class="vector-menu-heading">Tools</div><ul>${links(wkTools, 'mw-list-item')}</ul></nav></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">This page was last edited on 2 November 2026, at 14:08.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(wkFoot)}</ul></footer></body></html>`;

export const HELDOUT236_A: readonly TestPage[] = [
  {
    name: 'heldout236-lexwellfarris-word-page',
    kind: 'docs',
    html: mwHtml,
    title: mwTitle,
    headings: mwHeads,
    body: texts([...mwDef, ...mwEx.slice(0, 3), ...mwHist]),
    bylines: [],
    furniture: [
      ...mwNav,
      ...mwRail,
      ...mwFoot,
      'Since 1831',
      'corbelled',
      mwEx[3] ?? '',
      'Advertisement',
      'Save Word',
      'Send us feedback about these examples.',
      'Time Traveler:',
      'See more words from the same year',
      'Cite this Entry',
      '“Quillmark.” Lexwell-Farris.com Dictionary, Lexwell-Farris.',
      'Love words?',
      'Need even more definitions? Subscribe to America’s largest dictionary and get thousands more.',
      'Start your free trial today',
      'Nearby Entries',
      'Popular in Wordplay',
      '8 Words for Lesser-Known Musical Instruments',
      'Words From Forgotten Trades',
      '© 2026 Lexwell-Farris, Incorporated',
      'We use cookies to personalize content and ads and to analyze our traffic.',
      'Accept All Cookies',
      'Cookie Settings',
    ],
  },
  {
    name: 'heldout236-lexipedia-wiktionary-entry',
    kind: 'wiki',
    html: wkHtml,
    title: wkTitle,
    headings: wkHeads,
    body: texts(wkBody),
    bylines: ['This page was last edited on 2 November 2026, at 14:08.'],
    furniture: [
      ...wkNav,
      ...wkTools,
      ...wkFoot,
      'Jump to content',
      'The Free Dictionary',
      'Create account',
      'Log in',
      'Lexipedia is holding its annual editing drive: help us define 10,000 new words.',
      'Contents',
      '(Top)',
      'Toggle the table of contents',
      'Entry',
      'Discussion',
      'Read',
      'Edit',
      'edit',
      'View history',
      'Definition from Lexipedia, the free dictionary',
      'English Lexipedia has an article on:',
      'cloth dyed in streaks',
      'Categories',
      'English compound terms',
      'English countable nouns',
      'en:Textiles',
      'Tools',
      'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.',
    ],
  },
];
