import { links, ps, type TestPage, texts } from './page-kit.js';
import { xeno } from './pages-heldout306-f2.js';
import { j } from './pages-heldout306-kit.js';

/**
 * Held-out batch 306, file f: a Wikipedia article on a star in the Vector 2022 skin (header, sticky table of contents,
 * page tools, "From Wikipedia, the free encyclopedia", hatnote, infobox with its rows, edit-section links, reference
 * markers, the references list, a navbox, categories and the footer with the last-edited line) and a bioRxiv-style
 * preprint abstract page on HighWire's Drupal (the preprint warning, citation block with authors and DOI, posting date,
 * tab bar, the abstract, competing-interest and metrics panes, a "Preview PDF" box, subject area rail and Disqus comments).
 */
const wTitle = 'Tessaris';
const wCite = (n: number): string => `<sup class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const wLead = [
  j(
    `<b>Tessaris</b>, also designated <b>Iota Carinae Borealis</b> (ι CaB), is a yellow-white giant star in the southern`,
    `constellation of Carina Borealis. With an apparent magnitude of 3.9, it is visible to the naked eye from dark`,
    `sites. Parallax measurements place it about 262 light-years from the Sun.${wCite(1)}`,
  ),
  j(
    'The star is a slowly pulsating variable and the primary of a wide binary system. It has been studied as an example',
    `of a star crossing the Hertzsprung gap, a short-lived phase of stellar evolution.${wCite(2)}`,
  ),
];
const wH1 = 'Nomenclature';
const wP1 = [
  j(
    'The traditional name Tessaris comes from a navigational star list compiled by the cartographer Yusuf al-Hadrami in',
    `the 14th century, where it marked the “third lamp” of the ship’s stern.${wCite(3)} The name was approved by the`,
    'Working Group on Star Names in 2019.',
  ),
];
const wH2 = 'Physical characteristics';
const wP2 = [
  j(
    'Tessaris has a spectral type of F8 III and an effective temperature of about 6,050 K. Its radius is estimated at',
    `9.4 times that of the Sun, and it is roughly 2.6 times as massive.${wCite(4)} The star is about 480 million years`,
    'old and has exhausted the hydrogen in its core.',
  ),
  j(
    'Photometry from the Orchard space telescope revealed small brightness changes of about 0.02 magnitudes with a',
    `period of 11.7 days, interpreted as radial pulsation.${wCite(5)}`,
  ),
];
const wH2b = 'Observation history';
const wP2b = [
  j(
    'Tessaris was first measured as a variable by the astronomer Henrietta Voss at the Cape Lindell Observatory in',
    `1931, who noted a small, irregular change in brightness on photographic plates.${wCite(7)} Later observers could not`,
    'confirm the variation, and the star was used for decades as a comparison star for nearby variables.',
  ),
  j(
    'Interest returned in the 1990s, when high-resolution spectra showed that its absorption lines shift slightly',
    'over a period of several days. Space photometry eventually settled the question by showing that the brightness',
    'changes are real but far smaller than Voss had suggested.',
  ),
];
const wH3 = 'Companion';
const wP3 = [
  j(
    'A faint companion, Tessaris B, lies 14.2 arcseconds away. It is a red dwarf of spectral type M2 V that shares the',
    `primary’s motion through space, implying a projected separation of at least 1,100 astronomical units.${wCite(6)}`,
  ),
];
const wInfo = [
  ['Constellation', 'Carina Borealis'],
  ['Right ascension', '09h 41m 12.6s'],
  ['Declination', '−61° 08′ 44″'],
  ['Apparent magnitude (V)', '3.9'],
  ['Spectral type', 'F8 III'],
  ['Distance', '262 ly'],
];
const wRefs = [
  'Lindqvist, M. (2022). "Revised parallaxes of bright southern giants". Stellar Journal. 41: 220–231.',
  'Okonkwo, B.; Ferre, L. (2019). "Giants in the Hertzsprung gap". Monthly Review. 88: 1401.',
  'Haddad, S. (2008). Star Names of the Indian Ocean Pilots. Port Cardew Press.',
  'Ferre, L. et al. (2021). "Fundamental parameters of F giants". Stellar Journal. 37: 55.',
  'Amsel, T. (2024). "Pulsations in yellow giants from Orchard photometry". Letters in Astrophysics. 12: 9.',
  'Ruiz-Banda, E. (2017). "Wide companions of bright stars". Double Star Notes. 6: 114.',
  'Voss, H. (1931). "Variable comparison stars in the southern sky". Cape Lindell Circulars. 3: 17.',
];
const wNav = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wTools = ['Read', 'Edit', 'View history', 'What links here', 'Related changes', 'Cite this page'];
const wNavbox = ['Alpha Carinae Borealis', 'Beta Carinae Borealis', 'Gamma Carinae Borealis', 'Tessaris B'];
const wFoot = ['Privacy policy', 'About Wikipedia', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement'];
const wHd = (t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Tessaris&amp;action=edit">edit</a><span class="mw-editsection-bracket">]</span></span></div>`;
const wHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-language-in-header-enabled skin-theme-clientpref-day" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>Tessaris - Wikipedia</title><script>RLCONF={"wgPageName":"Tessaris","wgTitle":"Tessaris","wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Tessaris","dateModified":"2026-01-30T08:14:51Z"}</script></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 page-Tessaris rootpage-Tessaris action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<nav class="vector-main-menu"><ul>${links(wNav, 'mw-list-item')}</ul></nav><a href="/wiki/Main_Page" class="mw-logo">Wikipedia The Free Encyclopedia</a>
<div id="p-search"><form><input type="search" placeholder="Search Wikipedia"><button>Search</button></form></div>
<nav class="vector-user-links">${links(['Donate', 'Create account', 'Log in'])}</nav></header></div>
<div class="mw-page-container"><div class="vector-column-start"><nav id="mw-panel-toc" class="vector-toc"><div class="vector-toc-title">Contents</div>
<ul>${links(['(Top)', wH1, wH2, wH2b, wH3, 'References'], 'vector-toc-list-item')}</ul></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div class="vector-dropdown"><span>12 languages</span></div></header><div class="vector-page-toolbar"><ul>${links(['Article', 'Talk'])}</ul>
<ul>${links(wTools.slice(0, 3))}</ul></div><div id="bodyContent" class="vector-body"><div id="siteSub">From Wikipedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">For the fictional ship, see Tessaris (vessel).</div>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Tessaris</th></tr><tr><th colspan="2" class="infobox-header">Observation data
Epoch J2000</th></tr>${wInfo.map(([a, b]) => `<tr><th class="infobox-label">${a}</th><td class="infobox-data">${b}</td></tr>`).join('\n')}</tbody></table>
${ps(wLead)}
${wHd(wH1)}${ps(wP1)}
${wHd(wH2)}${ps(wP2)}
${wHd(wH2b)}${ps(wP2b)}
${wHd(wH3)}${ps(wP3)}
${wHd('References')}<div class="reflist"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="reference-text">${r}</span>
</li>`,
  )
  .join('\n')}</ol></div>
<div role="navigation" class="navbox"><table class="nowraplinks"><tr><th class="navbox-title">Stars of Carina Borealis</th></tr>
<tr><td class="navbox-list"><ul>${links(wNavbox)}</ul></td></tr></table></div></div></div>
<div id="catlinks" class="catlinks">
<a href="/wiki/Help:Category">Categories</a>: <ul>${links(['F-type giants', 'Carina Borealis', 'Slowly pulsating variables'])}</ul>
</div></div></main><div class="vector-column-end"><nav class="vector-page-tools"><div class="vector-menu-heading">Tools</div>
<ul>${links(wTools.slice(3))}</ul></nav>
</div></div><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 30 January 2026, at 08:14
(UTC).</li><li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul></footer></div></body></html>`;
const tessaris: TestPage = {
  name: 'heldout306-wikipedia-vector-star-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH2b, wH3],
  body: texts([...wLead, ...wP1, ...wP2, ...wP2b, ...wP3]),
  bylines: ['This page was last edited on 30 January 2026, at 08:14 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', ...wNav, 'Wikipedia The Free Encyclopedia', 'Donate', 'Create account', 'Log in', 'Contents', '(Top)', 'References',
    '12 languages', 'Article', 'Talk', ...wTools, 'From Wikipedia, the free encyclopedia', 'For the fictional ship, see Tessaris (vessel).',
    'Observation data Epoch J2000', ...wInfo.flat().filter((x) => x.length > 3 && x !== 'Carina Borealis' && x !== 'F8 III'), ...wRefs,
    'Stars of Carina Borealis', ...wNavbox.slice(0, 3), 'Categories',
    'F-type giants', 'Slowly pulsating variables', 'Tools',
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.', ...wFoot,
  ],
};

export const HELDOUT306_F: readonly TestPage[] = [tessaris, xeno];
