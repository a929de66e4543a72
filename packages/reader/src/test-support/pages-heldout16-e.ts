import { links, type TestPage, texts } from './page-kit.js';
import { readme } from './pages-heldout16-e2.js';

/**
 * Held-out batch 16, file e: a Wikisource transcription of a magazine article (Vector 2022 skin, the header template with
 * "← previous" / "next →" links, title, author and notes, the transcribed text in prp-pages-output with page-number anchors,
 * one of them in the middle of a paragraph, the public-domain license banner, categories and the MediaWiki footer). The
 * readme.io-style API reference page of this file is in pages-heldout16-e2.ts.
 */
const wsTitle = 'The Household Magazine/Volume 4/The Keepers of the Skerry Light';
const wsPage = (n: number): string =>
  `<span><span class="pagenum ws-pagenum" id="${n}" data-page-number="${n}" title="Page:The Household Magazine, Volume 4.djvu/${n + 16}"><a
href="/wiki/Page:The_Household_Magazine,_Volume_4.djvu/${n + 16}">[${n}]</a></span></span>`;
/** `{n}` in a paragraph marks where page n begins. */
const wsText = [
  'There are few stations in Her Majesty’s service so solitary as that of the keepers of the Skerry Light, which stands upon ' +
    'a ledge of black rock some eleven miles to the north of the mainland, and which is approached, in the best of weathers, ' +
    'only with difficulty, and in the worst of them not at all.',
  'The tower was raised in the year 1858, after the loss of the brig <i>Margaret Ann</i> and all her people within sight of ' +
    'the shore, and it has been kept ever since by three men at a time, who are relieved, when the sea permits, once in six ' +
    'weeks. I was told by the principal keeper that the longest watch within his memory lasted eleven weeks, through a ' +
    'winter of continual gales, and that the men ended it upon half rations of biscuit and salt fish.',
  'It was my good fortune to be carried out to the rock in the relief boat in the month of June, when the sea lay so quiet ' +
    'that the landing, which is made by a rope and a ladder of iron set into the stone, was no worse than climbing a {213}stile ' +
    'in a country lane. The keepers received us with great civility, and with an eagerness for the newspapers which I ' +
    'have never seen equalled in any drawing-room.',
  'The daily life of the station is ordered with a strictness that would satisfy an admiral. The lamp is lit at sunset and ' +
    'extinguished at sunrise, and throughout the night one keeper sits in the lantern, trimming the wicks and winding the ' +
    'clockwork which turns the great lens, while the others sleep below. Every hour he enters in the journal the state of ' +
    'the wind, the weather and the light.',
  'In the day the brass is polished, the glass is cleaned of salt, and the oil is carried up the hundred and twelve steps ' +
    'from the store at the foot of the tower. There is a small garden, if a box of earth upon a ledge may be so called, in ' +
    'which the assistant keeper grows cresses and a few potatoes, and of which he is prouder than many a squire of his park.',
  '{214}I asked the principal keeper whether the solitude did not weigh upon him. He answered that it was not the solitude ' +
    'but the want of news from home that tried a man; that a letter was worth more upon the rock than a sovereign; and that ' +
    'he had known a young keeper fall into a melancholy because his sweetheart wrote but once in two reliefs.',
  'The men are not idle in their leisure. The principal keeper reads the Bible and the works of Sir Walter Scott by turns; ' +
    'the second keeper, a native of Orkney, carves models of ships which fetch a good price in Kirkwall; and the youngest ' +
    'was studying navigation from a borrowed book, in the hope of a mate’s certificate.',
  'I left the Skerry with a better understanding of the debt which every seafaring family along that coast owes to three ' +
    'men upon a rock, and I would ask the reader, when next he sees a light upon the sea at night, to think of the man who ' +
    'sits beside it and does not sleep.',
];
const wsPlainText = wsText.map((t) => t.replace(/\{\d+\}/g, ''));
const wsMenu = ['Main Page', 'Community portal', 'Central discussion', 'Recent changes', 'Subject index', 'Authors', 'Random work', 'Help', 'Donate'];
const wsTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const wsNotes = 'From The Household Magazine, Volume 4 (1872), pp. 212–219. The illustration of the tower in the original is not reproduced.';
const wsLicense = 'This work was published before January 1, 1930, and is in the public domain worldwide because the author died at least 100 years ago.';
const wsCats = ['1872 works', 'PD-old', 'Lighthouses', 'Works originally published in The Household Magazine'];
const wsFoot = ['Privacy policy', 'About Wikisource', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wsHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${wsTitle} - Wikisource, the free online library</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgCanonicalNamespace":"",
"wgPageName":"The_Household_Magazine/Volume_4/The_Keepers_of_the_Skerry_Light","wgTitle":"${wsTitle}","wgIsArticle":true};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.proofreadpage.base%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta property="og:title" content="${wsTitle} - Wikisource, the free online library"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-The_Household_Magazine_Volume_4 skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" aria-label="Main menu"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><ul class="vector-menu-content-list">
${links(wsMenu, 'mw-list-item')}</ul></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Wikisource</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"><form action="/w/index.php" id="searchform"><input type="search" name="search"
placeholder="Search Wikisource" aria-label="Search Wikisource"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount-2"><a href="/w/index.php?title=Special:CreateAccount">Create
account</a></li><li id="pt-login-2"><a href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${wsTitle}</span></h1>
</header><div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${wsTabs
  .slice(0, 2)
  .map((t) => `<li class="vector-tab-noicon mw-list-item"><a href="#">${t}</a></li>`)
  .join('')}</ul></nav>
<nav aria-label="Views"><ul>${wsTabs
  .slice(2)
  .map((t) => `<li class="vector-tab-noicon mw-list-item"><a href="#">${t}</a></li>`)
  .join('')}</ul></nav><div class="vector-dropdown"><label>Tools</label></div>
<div id="ca-download" class="ws-download-button"><a href="https://ws-export.wmcloud.example/?page=x">Download</a></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikisource</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div id="headerContainer" class="ws-noexport noprint dynlayout-exempt"><div class="wst-header-structure wst-header ws-header" id="headertemplate">
<div class="wst-header-mainblock"><div class="wst-header-left header-left">
<span id="headerprevious">← <a href="/wiki/The_Household_Magazine/Volume_4/The_Village_Schoolmaster"
>The Village Schoolmaster</a></span></div>
<div class="wst-header-central header-central"><span id="header-title"><i><a href="/wiki/The_Household_Magazine">The Household Magazine</a>
</i>, Volume 4</span><br>
<span class="wst-header-section">The Keepers of the Skerry Light</span><br>by <span id="header-author-text"><a href="/wiki/Author:Harriet_Oakes">Harriet
Oakes</a></span></div>
<div class="wst-header-right header-right"><span id="headernext"><a href="/wiki/The_Household_Magazine/Volume_4/A_Winter_Walk_to_Kirkwall">A Winter Walk to
Kirkwall</a> →</span></div></div>
<div class="wst-header-notes header-notes" id="navigationNotes"><div class="wst-header-notes-inner"><p>${wsNotes}</p></div></div></div></div>
<div class="prp-pages-output" lang="en">${wsPage(212)}
<div class="center" style="text-align:center;"><big><b>THE KEEPERS OF THE SKERRY LIGHT.</b></big></div>
${wsText.map((t) => `<p>${t.replace(/\{(\d+)\}/g, (_, n: string) => wsPage(Number(n)))}</p>`).join('\n')}
<div class="center" style="text-align:center;">H. O.</div></div>
<div class="licenseContainer licenseBanner dynlayout-exempt"><div class="licenseBanner"><div class="licenseBanner-image"><span typeof="mw:File"><img
alt="" src="//upload.wikimedia.example/PD-icon.svg.png" width="64"></span></div><div class="licenseBanner-text"><p><b>Public domain</b>Public domain
false false</p><p>${wsLicense}</p></div></div></div>
</div></div><div class="printfooter">Retrieved from
"https://en.wikisource.example/w/index.php?title=The_Household_Magazine/Volume_4/The_Keepers_of_the_Skerry_Light&amp;oldid=14211877"</div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>: <ul>${links(wsCats)}</ul></div></div>
</div></main></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 May 2024, at 18:22.</li>
<li id="footer-info-copyright">Text is available under the <a href="//creativecommons.example/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike
License</a>; additional terms may apply.</li></ul><ul id="footer-places">${links(wsFoot)}</ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":133,"wgHostname":"mw-web.eqiad.main-5d6c8"});});</script>
</body></html>`;
const wikisource: TestPage = {
  html: wsHtml,
  name: 'heldout16-wikisource-text',
  kind: 'wiki',
  // the h1 is the page title as Wikisource shows it (the work's path); the transcribed paragraphs are the body, the
  // centred capitals heading repeats the title and is in neither list, and the "H. O." signature is in neither; the page
  // anchors "[212]" to "[214]" are furniture (one of them sits inside a paragraph, whose gold text leaves it out); the
  // header template's author and "From Wikisource" and the last-edited line are bylines; its previous/next links, title
  // line, notes, the license banner, categories, skin menus, tabs and footer are furniture; the template's section line
  // and "The Household Magazine" are words of the title: left out
  title: wsTitle,
  headings: [],
  body: texts(wsPlainText),
  bylines: ['Harriet Oakes', 'From Wikisource', 'This page was last edited on 3 May 2024, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...wsMenu, 'Wikisource', 'Search', 'Create account', 'Log in', ...wsTabs, 'Tools', 'Download',
    'The Village Schoolmaster', 'A Winter Walk to Kirkwall', wsNotes, '[212]', '[213]', '[214]', 'Public domain', wsLicense, 'Categories', ...wsCats,
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...wsFoot,
  ],
};

export const HELDOUT16_E: readonly TestPage[] = [wikisource, readme];
