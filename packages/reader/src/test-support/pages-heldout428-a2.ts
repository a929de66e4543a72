import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout428-kit.js';

/**
 * Held-out batch 428, file a2: a Wiktionary-style entry on MediaWiki (Vector 2022: header with search, page tools, the
 * language section with etymology, pronunciation, headword line, senses with a quotation, usage notes, derived terms and
 * a collapsible translations table, [edit] links, the category links, the "last edited" line and the footer).
 */
const wTitle = 'tervish';
const wEtym = [
  j(
    'From Middle English <i>tervisshe</i>, <i>tervysch</i>, from <i>terve</i> "to turn over, to sulk" + <i>-ish</i>. Compare',
    'the dialectal verb <i>terve</i>, still recorded in the fen country of Marrowby in the nineteenth century, where a cart that',
    'tipped into a ditch was said to have <i>terved</i>.',
  ),
  j(
    'The sense "sullen, inclined to sulk" developed from the image of someone turning their back on company. The later sense',
    '"unsettled (of weather)" is first recorded in almanacs and appears to be a separate extension of the same root.',
  ),
];
const wPron = ['(Received Pronunciation) IPA: /ˈtɜː.vɪʃ/', '(General American) IPA: /ˈtɝ.vɪʃ/', 'Rhymes: -ɜː(ɹ)vɪʃ', 'Hyphenation: ter‧vish'];
const wHead = ['<strong class="Latn headword" lang="en">tervish</strong> (<i>comparative</i> more tervish, <i>superlative</i> most tervish)'];
const wSenses = [
  j(
    'Sullen or sulky; inclined to withdraw from company when displeased.',
    '<dl><dd><i>He sat <b>tervish</b> by the stove all evening and would not say what was wrong.</i></dd></dl>',
  ),
  '(of weather) Unsettled; changing without warning between calm and squalls.',
  '(dialectal, of a vehicle or load) Likely to tip over; top-heavy.',
];
const wUsage = [
  j(
    'In the first sense the word is now mostly literary or humorous, and is often applied to children and animals rather',
    'than to adults. The weather sense survives in coastal speech and in sailing writing, where it is sometimes spelled',
    '<i>tervis</i>. Sense 3 is rare outside regional glossaries.',
  ),
];
const wDerived = ['tervishly', 'tervishness', 'untervish'];
const wTrans = [
  'Danish: <span lang="da">mut</span>, <span lang="da">sur</span>',
  'Dutch: <span lang="nl">nors</span>, <span lang="nl">mokkend</span>',
  'French: <span lang="fr">boudeur</span> (masculine), <span lang="fr">boudeuse</span> (feminine)',
  'German: <span lang="de">mürrisch</span>, <span lang="de">schmollend</span>',
  'Spanish: <span lang="es">enfurruñado</span>, <span lang="es">huraño</span>',
];
const wCats = ['English terms inherited from Middle English', 'English terms suffixed with -ish', 'English adjectives', 'English dialectal terms'];
const wFoot = ['Privacy policy', 'About Wiktionary', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wSide = ['Main Page', 'Community portal', 'Requested entries', 'Recent changes', 'Random entry', 'Help', 'Glossary', 'Donations'];
const edit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#">edit</a><span class="mw-editsection-bracket">]</span></span>';
const h = (lvl: number, id: string, text: string): string => `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${id}">${text}</h${lvl}>${edit}</div>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>tervish - Wiktionary, the free dictionary</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";RLCONF={"wgPageName":"tervish","wgTitle":"tervish",
"wgNamespaceNumber":0,"wgCategories":["English terms inherited from Middle English","English adjectives"],"wgCurRevisionId":80412277};</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.load(["site","mediawiki.page.ready","ext.gadget.LegacyScripts"]);});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.46.0-wmf.14"><meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="tervish - Wiktionary, the free dictionary"><link rel="canonical" href="https://en.wiktionary.example/wiki/tervish">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"tervish","url":"https://en.wiktionary.example/wiki/tervish",
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},"datePublished":"2011-07-19T08:12:40Z"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-tervish rootpage-tervish">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(wSide, 'mw-list-item')}</ul></div></div></nav>
<a href="/wiki/Wiktionary:Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Wiktionary</span>
<span class="mw-logo-tagline">The Free Dictionary</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box-vue"><form action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Wiktionary" aria-label="Search Wiktionary" id="searchInput"></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="#">Create account</a></li>
<li id="pt-login"><a href="#">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span
class="mw-page-title-main">${wTitle}</span></h1>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li class="selected"><a href="#">Entry</a></li><li><a href="#">Discussion</a></li></ul></nav>
<nav aria-label="Views"><ul><li class="selected"><a href="#">Read</a></li><li><a href="#">Edit</a></li><li><a href="#">View
history</a></li></ul></nav></div></header>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">Definition from Wiktionary, the free dictionary</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${h(2, 'English', 'English')}
${h(3, 'Etymology', 'Etymology')}
${ps(wEtym)}
${h(3, 'Pronunciation', 'Pronunciation')}
<ul>${lis(wPron)}</ul>
${h(3, 'Adjective', 'Adjective')}
<p><span class="headword-line">${wHead[0] ?? ''}</span></p>
<ol>${wSenses.map((s) => `<li>${s}</li>`).join('\n')}</ol>
${h(4, 'Usage_notes', 'Usage notes')}
${ps(wUsage)}
${h(4, 'Derived_terms', 'Derived terms')}
<div class="col3"><ul>${lis(wDerived)}</ul></div>
${h(4, 'Translations', 'Translations')}
<div class="NavFrame" data-toggle-category="translations"><div class="NavHead" style="text-align:left;">sulky, withdrawn</div>
<div class="NavContent"><table class="translations" role="presentation"><tbody><tr><td class="translations-cell multicolumn-list" colspan="3">
<ul>${lis(wTrans)}</ul></td></tr></tbody></table></div></div>
<div class="checktrans"><p>The translations below need to be checked and inserted above into the appropriate translation tables.</p></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul>${links(wCats)}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 28
February 2026,
at 19:04.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142,"wgHostname":"mw-web.codfw.main-7d6"});});</script></body></html>`;
export const wikt: TestPage = {
  name: 'heldout428-wiktionary-entry',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: ['English', 'Etymology', 'Pronunciation', 'Adjective', 'Usage notes', 'Derived terms', 'Translations'],
  body: texts([...wEtym, ...wPron, ...wHead, ...wSenses, ...wUsage, ...wDerived, ...wTrans]),
  bylines: ['This page was last edited on 28 February 2026, at 19:04.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', ...wSide, 'The Free Dictionary', 'Create account', 'Log in', 'Entry', 'Discussion', 'Read', 'View history',
    'Definition from Wiktionary, the free dictionary', 'edit', 'sulky, withdrawn',
    'The translations below need to be checked and inserted above into the appropriate translation tables.', 'Categories', ...wCats,
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...wFoot,
  ],
};
