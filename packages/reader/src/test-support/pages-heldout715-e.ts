import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout715-kit.js';

/**
 * Held-out batch 715, file e: a Wikipedia article about an exoplanet (MediaWiki, Vector 2022: hatnote, the planet infobox with
 * its Discovery / Orbital / Physical sections, sidebar contents, h3 subsections, a wikitable with a caption, a citation-needed
 * tag, see also, references, external links, a navbox and categories), and a page about a society's historic refractor on an
 * astronomical society's own MediaWiki 1.41 wiki with the Timeless skin (personal tools, page tabs, maintenance box, telescope
 * infobox, classic table of contents, edit links, tables, lists, references, sidebars with wiki and page tools, categories).
 */
const wTitle = 'Varda-27 b';
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span
class="cite-bracket">]</span></a></sup>`;
const wLead = j(
  '<b>Varda-27 b</b> is a <a href="/wiki/Hot_Neptune">hot Neptune</a> <a href="/wiki/Exoplanet">exoplanet</a> orbiting the K-type',
  'star <a href="/wiki/Varda-27">Varda-27</a>, about 212 <a href="/wiki/Light-year">light-years</a> (65 <a href="/wiki/Parsec">parsecs</a>)',
  'away in the constellation of <a href="/wiki/Lyra">Lyra</a>. It was discovered in 2024 by the VARDA transit survey and confirmed by',
  `radial velocity measurements the following year.${ref(1)} With an orbital period of 3.86 days and an equilibrium temperature of`,
  `about 1,020 K, it lies in the sparsely populated region of parameter space known as the "hot Neptune desert".${ref(2)} In 2026,`,
  `transmission spectroscopy revealed a tail of escaping helium stretching more than 20 planetary radii behind the planet.${ref(3)}`,
);
type WSec = [2 | 3, string, string[], string?];
const wRows = [
  ['Species', 'Instrument', 'Result'],
  ['Helium (1083 nm)', 'Kell Telescope / NIRSPEC-2', 'Detected, 8.4σ'],
  ['Water vapour', 'Orpheus Space Telescope / NIRS', 'Detected, 5.1σ'],
  ['Methane', 'Orpheus Space Telescope / NIRS', 'Not detected'],
  ['Sodium', 'Kell Telescope / HARPO', 'Tentative, 2.9σ'],
];
const wTableCap = 'Atmospheric species searched for in Varda-27 b';
const wSecs: WSec[] = [
  [
    2,
    'Discovery',
    [
      j(
        'Varda-27 b was first identified as a candidate in June 2024 from 41 transits recorded by the VARDA survey, a network of eight',
        'robotic wide-field telescopes searching for planets around bright stars. Each transit dims the star by about 0.21%, lasting',
        `2 hours and 9 minutes.${ref(1)}`,
      ),
      j(
        'Follow-up observations with the HARPO spectrograph on the 3.6-metre Kell Telescope measured a radial velocity semi-amplitude',
        `of 9.8 m/s, confirming the planet and giving its mass.${ref(4)} The discovery was announced in March 2025 together with two`,
        'hot Jupiters found by the same survey.',
      ),
    ],
  ],
  [
    2,
    'Host star',
    [
      j(
        'Varda-27 is a K2V main-sequence star with about 0.79 times the mass and 0.76 times the radius of the Sun and an effective',
        `temperature of 4,980 K.${ref(1)} Its age, estimated from its rotation period of 31 days, is about 4 billion years. The star`,
        'has an apparent magnitude of 10.4 and is too faint to be seen with the naked eye.',
      ),
    ],
  ],
  [
    2,
    'Physical characteristics',
    [
      j(
        'Varda-27 b has a radius of about 3.9 times that of Earth and a mass of about 19.4 Earth masses, giving a mean density of',
        `1.8 g/cm³, similar to that of <a href="/wiki/Neptune">Neptune</a>.${ref(4)} Models of its interior suggest a rocky`,
        'and icy core surrounded by a hydrogen and helium envelope making up between 5 and 10% of its mass.',
      ),
    ],
  ],
  [
    3,
    'Atmosphere',
    [
      j(
        'The atmosphere of Varda-27 b has been studied by transmission spectroscopy during transits. Water vapour was detected in',
        `2025, and a strong absorption signal in the 1083 nm line of <a href="/wiki/Helium">helium</a> in 2026.${ref(3)}${ref(5)}`,
        'The absence of methane is consistent with the high temperature of the upper atmosphere.',
      ),
    ],
    'table',
  ],
  [
    3,
    'Mass loss',
    [
      j(
        'The helium signal persists for up to 4 hours after the end of the optical transit, indicating a comet-like tail of gas',
        `trailing the planet. Modelling by Ishikawa and Dunmore suggests that the planet is losing about 10¹⁰ grams of`,
        `its atmosphere per second, which would remove the whole envelope in roughly 2 billion years.${ref(5)} Varda-27 b is therefore`,
        'regarded as a planet caught in the process of being stripped to a bare core, a process thought to be responsible for the',
        'hot Neptune desert.<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">[<i><a',
        'href="/wiki/Wikipedia:Citation_needed" title="Wikipedia:Citation needed"><span title="This claim needs references to reliable',
        'sources. (February 2027)">citation needed</span></a></i>]</sup>',
      ),
    ],
  ],
  [
    2,
    'Naming',
    [
      j(
        'In 2026 the planet and its star were among 20 systems offered for naming in a public competition run by the Lyra Naming',
        `Project. The names chosen, announced in December 2026, were <i>Ithren</i> for the planet and <i>Solace</i> for the star,${ref(6)}`,
        'after a river and a lighthouse in a novel by the writer Oda Fenstrom.',
      ),
    ],
  ],
];
const wRefs = [
  'Halloran, M.; et al. (2025). "VARDA-27 b: a transiting hot Neptune in the desert". Monthly Letters of the Astronomical Union. 531 (2): 1402–1416.',
  'Petrov, A.; Lind, S. (2024). "The hot Neptune desert revisited". Annual Survey of Planetary Astronomy. 12: 55–91.',
  'Ishikawa, R.; Dunmore, T. (2026). "A 20-radius helium tail behind Varda-27 b". Journal of Exoplanet Atmospheres. 9 (4): 211–229.',
  'Kowalczyk, J.; et al. (2025). "Radial velocities of VARDA planet hosts with HARPO". Northern Astronomy Journal. 70: 33–47.',
  'Dunmore, T.; Ishikawa, R. (2026). "Water and helium in the atmosphere of a desert Neptune". The Planetary Review. 18: 1–19.',
  '"Ithren and Solace: names announced for 20 exoplanet systems". Lyra Naming Project. 14 December 2026.',
];
const wInfo: [string, string][][] = [
  [
    ['Discovered by', 'VARDA survey'],
    ['Discovery date', '12 June 2024'],
    ['Detection method', 'Transit'],
  ],
  [
    ['Semi-major axis', '0.0452 AU'],
    ['Eccentricity', '0.04 ± 0.03'],
    ['Orbital period (sidereal)', '3.8604 d'],
    ['Inclination', '87.9°'],
    ['Star', 'Varda-27'],
  ],
  [
    ['Mean radius', '3.9 R⊕'],
    ['Mass', '19.4 ± 2.1 M⊕'],
    ['Temperature', '1,020 K'],
  ],
];
const wInfoHead = ['Discovery', 'Orbital characteristics', 'Physical characteristics'];
const wInfoCap = 'Artist’s impression of Varda-27 b and its helium tail';
const wTail = ['See also', 'References', 'External links'];
const wSee = ['List of exoplanets discovered in 2024', 'Hot Neptune desert'];
const wExt = 'Varda-27 b at the Exoplanet Encyclopaedia';
const wNavTitle = 'Exoplanets discovered by the VARDA survey';
const wNav = ['Varda-3 b', 'Varda-11 b', 'Varda-19 b', 'Varda-27 b', 'Varda-27 c (candidate)', 'Varda-40 b'];
const wMain = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wFoot = ['Privacy policy', 'About Wikipedia', 'Disclaimers', 'Contact Wikipedia', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement'];
const wCats = ['Exoplanets discovered in 2024', 'Transiting exoplanets', 'Hot Neptunes', 'Lyra'];
const wTocNum = ['1', '2', '3', '3.1', '3.2', '4'];
const wId = (h: string): string => h.replace(/ /g, '_');
const wTableHtml = `<table class="wikitable"><caption>${wTableCap}</caption><tbody><tr>${(wRows[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${wRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>`;
const wSecHtml = ([lvl, h, paras, extra]: WSec, i: number): string => `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${wId(h)}">${h}</h${lvl}><span
class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Varda-27_b&amp;action=edit&amp;section=${i + 1}"
title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
${ps(paras)}${extra ? `\n${wTableHtml}` : ''}`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>Varda-27 b - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1";
document.documentElement.className=className;}());
RLCONF={"wgPageName":"Varda-27_b","wgTitle":"Varda-27 b","wgCurRevisionId":1278810442,"wgArticleId":77219104,"wgIsArticle":true,
"wgCategories":["Exoplanets discovered in 2024","Transiting exoplanets","Hot Neptunes","Lyra"]};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.17"><meta property="og:title" content="Varda-27 b - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Varda-27_b">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Varda-27 b",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Varda-27_b",
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},"datePublished":"2024-06-19T08:41:10Z"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Varda-27_b rootpage-Varda-27_b
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon
mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu"
class="vector-main-menu
vector-pinnable-element"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(wMain, 'mw-list-item')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikipedia"
accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow" class="vector-menu
mw-portlet"><ul class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item"><a
href="https://donate.wikimedia.org/"><span>Donate</span></a></li><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
class="vector-toc
vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2
class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button
class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${[...wSecs.map(([lvl, h], i) => [lvl, h, wTocNum[i] ?? ''] as const), ...wTail.map((h, i) => [2, h, `${5 + i}`] as const)]
  .map(
    ([lvl, h, n]) => `<li id="toc-${wId(h)}" class="vector-toc-list-item vector-toc-level-${lvl - 1}"><a class="vector-toc-link" href="#${wId(h)}"><div
class="vector-toc-text"><span class="vector-toc-numb">${n}</span> <span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 4 languages"><label
id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive"
aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive"></span><span
class="vector-dropdown-label-text">4 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Varda-27_b"><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a
href="/wiki/Talk:Varda-27_b"><span>Talk</span></a></li></ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><ul
class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Varda-27_b"><span>Read</span></a></li><li
id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Varda-27_b&amp;action=edit"><span>Edit</span></a></li><li id="ca-history"
class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Varda-27_b&amp;action=history"><span>View history</span></a></li></ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown"
class="vector-dropdown"><label class="vector-dropdown-label"
aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">For the host star, see <a href="/wiki/Varda-27">Varda-27</a>.</div>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above" style="background-color: #E0CCFF;">${wTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Varda-27b_artist.png"
class="mw-file-description"><img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/7/7e/Varda-27b_artist.png/250px-Varda-27b_artist.png"
decoding="async" width="250" height="141" class="mw-file-element"></a></span><div class="infobox-caption">${wInfoCap}</div></td></tr>
${wInfo
  .map(
    (rows, i) => `<tr><th colspan="2" class="infobox-header" style="background-color: #E0CCFF;">${at(wInfoHead, i)}</th></tr>
${rows.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}`,
  )
  .join('\n')}</tbody></table>
<p>${wLead}</p>
<meta property="mw:PageProp/toc">
${wSecs.map(wSecHtml).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2></div>
<ul>${wSee.map((s) => `<li><a href="/wiki/${wId(s)}">${s}</a></li>`).join('')}</ul>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite
class="citation journal cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
<div class="mw-heading mw-heading2"><h2 id="External_links">External links</h2></div>
<ul><li><a rel="nofollow" class="external text" href="https://exoplanet.example/planet/varda-27_b">Varda-27 b</a> at the Exoplanet Encyclopaedia</li></ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="VARDA_survey" style="padding:3px"><table class="nowraplinks
mw-collapsible autocollapse navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="navbar plainlinks hlist navbar-mini"><ul><li
class="nv-view"><a href="/wiki/Template:VARDA_survey"><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a
href="/wiki/Template_talk:VARDA_survey"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a
href="/wiki/Special:EditPage/Template:VARDA_survey"><abbr title="Edit this template">e</abbr></a></li></ul></div><div
id="VARDA_survey">${wNavTitle}</div></th></tr>
<tr><td colspan="2" class="navbox-list navbox-odd hlist"><div><ul>${wNav
  .map(
    (t) => `<li><a
href="/wiki/${wId(t)}">${t}</a></li>`,
  )
  .join('')}</ul></div></td></tr>
</tbody></table></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>:
<ul>${wCats.map((c) => `<li><a href="/wiki/Category:${wId(c)}">${c}</a></li>`).join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 21
February 2027, at 17:36<span class="anonymous-show">&#160;(UTC)</span>.</li>
<li id="footer-info-copyright">Text is available under the <a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike 4.0 License</a>; additional terms may apply.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-7b4c","wgBackendResponseTime":188});});</script></body></html>`;
const wikipedia: TestPage = gold({
  name: 'heldout715-wikipedia-varda-27b',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([, h]) => h),
  body: texts([wLead, ...wSecs.flatMap(([, , p, extra]) => [...p, ...(extra ? wRows.map((r) => r.join(' ')) : [])])]),
  bylines: ['This page was last edited on 21 February 2027, at 17:36 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...wMain, 'Search', 'Donate', 'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', '(Top)',
    ...wSecs.map(([, h], i) => `${wTocNum[i] ?? ''} ${h}`), '5 See also', '6 References', '7 External links', 'Article', 'Talk', 'Read',
    'Edit', 'View history', 'From Wikipedia, the free encyclopedia', 'For the host star, see Varda-27.', wInfoCap, ...wInfoHead, ...wInfo.flat(2),
    'edit', wTableCap, ...wTail, ...wSee, '^', ...wRefs, wExt, 'v', 't', 'e', wNavTitle, ...wNav, 'Categories:', ...wCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.', ...wFoot,
  ],
});

const tTitle = 'Kellaway Refractor';
const tRef = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const tLead = j(
  'The <b>Kellaway Refractor</b> is an 8-inch (203 mm) achromatic refracting telescope built in 1894 by the instrument maker',
  'Josiah Kellaway of Brackford. Since 1961 it has been the main telescope of the <a href="/wiki/Northmoor_Astronomical_Society"',
  'title="Northmoor Astronomical Society">Northmoor Astronomical Society</a>. It is housed in the society\'s dome at <a',
  `href="/wiki/Copley_Edge_Observatory" title="Copley Edge Observatory">Copley Edge</a> and is used for public open evenings, lunar`,
  `and planetary observing and double star measurement.${tRef(1)}`,
);
type TSec = [string, string[], ('ul' | 'ol' | 'table')?, string[]?];
const tEyeRows = [
  ['Eyepiece', 'Focal length', 'Magnification', 'Notes'],
  ['Kellaway Huygenian (original)', '40 mm', '76×', 'Display only'],
  ['Plössl', '32 mm', '95×', 'Open evenings'],
  ['Orthoscopic', '12.5 mm', '243×', 'Planets, good seeing'],
  ['Orthoscopic', '7 mm', '434×', 'Double stars'],
];
const tSecs: TSec[] = [
  [
    'History',
    [
      j(
        'The telescope was commissioned by Edmund Hale, a Brackford mill owner and amateur astronomer, for his private observatory at',
        `Thornley Hall. Kellaway ground the 8-inch objective himself over the winter of 1893 to 1894.${tRef(2)} After Hale's death in`,
        '1921 the telescope stood unused in the hall for several decades, until the hall was sold and its contents auctioned in 1959.',
      ),
      j(
        'The society, then only six years old, bought the telescope for £85 with money raised at a series of jumble sales. It was',
        `installed at Copley Edge in 1961 in a dome built by members from the parts of a former army searchlight tower.${tRef(3)}`,
      ),
    ],
  ],
  [
    'Optics and mount',
    [
      j(
        'The objective is an air-spaced doublet of crown and flint glass with a focal length of 3,040 mm (f/15). The original German',
        'equatorial mount, with a falling-weight clock drive, was replaced in 1987 with a motorised mount, but the clock drive is',
        'kept in working order and is demonstrated on open evenings.',
      ),
      'The society keeps a set of eyepieces for use with the telescope:',
    ],
    'table',
  ],
  [
    'Restoration (2019–2023)',
    [
      j(
        'By 2018 the objective had developed a haze between its two elements, and the tube had been dented in a fall during dome',
        `repairs. A restoration fund raised £14,200 from members and a local heritage grant.${tRef(4)} The work included:`,
      ),
    ],
    'ul',
    [
      'cleaning and re-spacing the objective, carried out by a specialist optical workshop;',
      'straightening and repainting the tube in its original dark green;',
      'rebuilding the clock drive and replacing its gut line with a steel cable;',
      'replacing the dome shutter motor and the slit weather seals.',
    ],
  ],
  [
    'Using the telescope',
    [
      j(
        "Members who have completed the society's induction may book the telescope for their own observing through the <a",
        'href="/wiki/Booking_system" title="Booking system">booking system</a>. The following rules apply:',
      ),
    ],
    'ol',
    [
      'Bookings are for a maximum of three hours, and no more than two sessions per member per month.',
      'The dew heater must be switched on whenever the objective cap is off.',
      'Never point the telescope at the Sun unless the full-aperture solar filter is fitted and checked by a second person.',
      'Enter every session in the logbook, including any faults.',
    ],
  ],
];
const tRefs = [
  '"Our telescope". Northmoor Astronomical Society Newsletter, No. 212, Spring 2015.',
  'Pemberton, G. (1978). Instrument Makers of the West Riding. Brackford: Hallgate Press. p. 64.',
  'Society minutes, 14 May 1961.',
  '"Kellaway Refractor restoration fund reaches its target". Brackford Evening Post. 9 October 2020.',
];
const tSee = ['Copley Edge Observatory', 'Society telescopes', 'Double star programme'];
const tInfo: [string, string][] = [
  ['Location', 'Copley Edge Observatory'],
  ['Maker', 'Josiah Kellaway'],
  ['Built', '1894'],
  ['Aperture', '203 mm (8 in)'],
  ['Focal length', '3,040 mm (f/15)'],
  ['Mount', 'German equatorial'],
];
const tPersonal = ['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'];
const tNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const tTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const tCats = ['Telescopes', 'Society history'];
const tFoot = ['Privacy policy', 'About Northmoor AS Wiki', 'Disclaimers'];
const tId = (h: string): string => h.replace(/ /g, '_').replace(/[()]/g, '');
const tExtra = (kind: TSec[2], items: string[] | undefined): string => {
  if (kind === 'table') {
    return `<table class="wikitable">\n<tbody><tr>\n${(tEyeRows[0] ?? []).map((c) => `<th>${c}</th>`).join('\n')}\n</tr>\n${tEyeRows
      .slice(1)
      .map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`)
      .join('\n')}</tbody></table>`;
  }
  if (kind) return `<${kind}>${lis(items ?? [])}</${kind}>`;
  return '';
};
const tSecHtml = ([h, paras, kind, items]: TSec, i: number): string => `<h2><span class="mw-headline" id="${tId(h)}">${h}</span><span
class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Kellaway_Refractor&amp;action=edit&amp;section=${i + 1}"
title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
${ps(paras)}
${tExtra(kind, items)}`;
const tHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en-GB" dir="ltr"><head><meta charset="UTF-8"><title>Kellaway Refractor - Northmoor AS Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgPageName":"Kellaway_Refractor",
"wgTitle":"Kellaway Refractor","wgCurRevisionId":4417,"wgArticleId":312,"wgIsArticle":true,"wgCategories":["Telescopes","Society history"],
"wgPageContentLanguage":"en-gb","wgRelevantPageName":"Kellaway_Refractor","wgSiteName":"Northmoor AS Wiki"};RLSTATE={"site.styles":"ready",
"skins.timeless":"ready"};
RLPAGEMODULES=["site","mediawiki.page.ready","mediawiki.toc","skins.timeless.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en-gb&amp;modules=mediawiki.page.gallery.styles%7Cskins.timeless&amp;only=styles&amp;skin=timeless">
<script async="" src="/load.php?lang=en-gb&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=timeless"></script>
<meta name="generator" content="MediaWiki 1.41.1"><meta name="robots" content="max-image-preview:standard"><meta name="viewport" content="width=device-width,
initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, maximum-scale=5.0">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="Northmoor AS Wiki (en-gb)">
<link rel="canonical" href="https://wiki.northmoor-as.org.uk/index.php/Kellaway_Refractor"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kellaway_Refractor rootpage-Kellaway_Refractor skin-timeless action-view
skin--responsive"><div id="mw-wrapper"><div id="mw-header-container" class="ts-container"><div id="mw-header" class="ts-inner"><div id="user-tools"><div
id="personal"><h2><span>Not logged in</span></h2><div id="personal-inner" class="dropdown"><div role="navigation" class="mw-portlet" id="p-personal"
title="User menu" aria-labelledby="p-personal-label"><h3 id="p-personal-label" lang="en-GB" dir="ltr">Not logged in</h3><div class="mw-portlet-body"><ul
lang="en-GB" dir="ltr">${tPersonal
  .map(
    (t) => `<li id="pt-${t.toLowerCase().replace(/ /g, '')}"
class="mw-list-item"><a href="/index.php?title=Special:${t.replace(/ /g, '')}">${t}</a></li>`,
  )
  .join('')}</ul>
</div></div></div></div></div><div id="p-logo-text" class="mw-portlet" role="banner"><a id="p-banner" class="mw-wiki-title"
href="/index.php/Main_Page">Northmoor AS
Wiki</a></div><div class="mw-portlet" id="p-search"><h3 lang="en-GB" dir="ltr"><label for="searchInput">Search</label></h3><form action="/index.php"
id="searchform"><div id="simpleSearch"><div id="searchInput-container"><input type="search" name="search" placeholder="Search Northmoor AS Wiki"
aria-label="Search Northmoor AS Wiki" autocapitalize="sentences" title="Search Northmoor AS Wiki [f]" accesskey="f" id="searchInput"></div><input type="hidden"
value="Special:Search" name="title"><input class="searchButton mw-fallbackSearchButton" type="submit" name="fulltext" title="Search the pages for this text"
id="mw-searchButton" value="Search"><input class="searchButton" type="submit" name="go" title="Go to a page with this exact name if it exists"
id="searchButton" value="Go"></div></form></div><div class="visualClear"></div></div><div id="mw-header-hack" class="color-bar"><div
class="color-middle-container"><div class="color-middle"></div></div><div class="color-left"></div><div class="color-right"></div></div><div
id="mw-header-nav-hack"><div class="color-bar"><div class="color-middle-container"><div class="color-middle"></div></div><div class="color-left"></div><div
class="color-right"></div></div></div></div>
<div id="menus-cover"></div><div id="mw-content-container" class="ts-container"><div id="mw-content-block" class="ts-inner"><div id="mw-content-wrapper"><div
id="mw-content"><div id="content" class="mw-body" role="main"><div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${tTitle}</span></h1><div id="bodyContentOuter"><div id="siteSub">From Northmoor AS Wiki</div><div
class="mw-body-header"><div id="mw-page-header-links"><div role="navigation" class="mw-portlet tools-inline" id="p-namespaces"
aria-labelledby="p-namespaces-label"><h3 id="p-namespaces-label" lang="en-GB" dir="ltr">Namespaces</h3><div class="mw-portlet-body"><ul lang="en-GB"
dir="ltr"><li id="ca-nstab-main" class="selected mw-list-item"><a href="/index.php/Kellaway_Refractor" title="View the content page [c]"
accesskey="c"><span>Page</span></a></li><li id="ca-talk"
class="new mw-list-item"><a href="/index.php?title=Talk:Kellaway_Refractor&amp;action=edit&amp;redlink=1"
rel="discussion" title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li></ul></div></div><div
role="navigation" class="mw-portlet tools-inline" id="p-more" aria-labelledby="p-more-label"><h3 id="p-more-label" lang="en-GB" dir="ltr">More</h3><div
class="mw-portlet-body"><ul lang="en-GB" dir="ltr"><li id="ca-more" class="dropdown-toggle mw-list-item"><span>More</span></li></ul></div></div><div
role="navigation" class="mw-portlet tools-inline" id="p-views" aria-labelledby="p-views-label"><h3 id="p-views-label" lang="en-GB" dir="ltr">Page
actions</h3><div class="mw-portlet-body"><ul lang="en-GB" dir="ltr"><li id="ca-view" class="selected mw-list-item"><a
href="/index.php/Kellaway_Refractor"><span>Read</span></a></li><li id="ca-viewsource"
class="mw-list-item"><a href="/index.php?title=Kellaway_Refractor&amp;action=edit"
title="This page is protected. You can view its source [e]" accesskey="e"><span>View source</span></a></li><li id="ca-history" class="mw-list-item"><a
href="/index.php?title=Kellaway_Refractor&amp;action=history" title="Past revisions of this page [h]"
accesskey="h"><span>History</span></a></li></ul></div></div></div>
<div class="visualClear"></div></div><div class="mw-body-content" id="bodyContent"><div id="contentSub"><div id="mw-content-subtitle"></div></div><div
id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en-GB" dir="ltr"><div class="mw-parser-output">
<table class="ambox ambox-notice" role="presentation"><tbody><tr><td class="mbox-text"><b>This page needs updating:</b> the eyepieces bought in 2026 are not
listed yet.</td></tr></tbody></table>
<table class="infobox" style="float:right; width:22em;"><tbody><tr><th colspan="2" class="infobox-above">${tTitle}</th></tr><tr><td colspan="2"
class="infobox-image"><span typeof="mw:File"><a href="/index.php/File:Kellaway_dome_2023.jpg" class="mw-file-description"><img alt=""
src="/images/thumb/4/4c/Kellaway_dome_2023.jpg/240px-Kellaway_dome_2023.jpg" decoding="async" width="240" height="180"
class="mw-file-element"></a></span><br>The
refractor after restoration, 2023</td></tr>
${tInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${tLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en-GB" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span
class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>${[...tSecs.map(([h]) => h), 'See also', 'References']
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${tId(h)}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${tSecs.map(tSecHtml).join('\n')}
<h2><span class="mw-headline" id="See_also">See also</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Kellaway_Refractor&amp;action=edit&amp;section=5" title="Edit section: See also">edit</a><span
class="mw-editsection-bracket">]</span></span></h2>
<ul>${tSee.map((s) => `<li><a href="/index.php/${tId(s)}" title="${s}">${s}</a></li>`).join('')}</ul>
<h2><span class="mw-headline" id="References">References</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Kellaway_Refractor&amp;action=edit&amp;section=6" title="Edit section: References">edit</a><span
class="mw-editsection-bracket">]</span></span></h2>
<div class="mw-references-wrap"><ol class="references">
${tRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div>
<!--
NewPP limit report
Cached time: 20270228091402
Complexity: 0.041 seconds real time
-->
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.northmoor-as.org.uk/index.php?title=Kellaway_Refractor&amp;oldid=4417"
>https://wiki.northmoor-as.org.uk/index.php?title=Kellaway_Refractor&amp;oldid=4417</a>"</div>
<div class="visualClear"></div></div></div></div></div><div id="content-bottom-stuff"><div id="catlinks" class="catlinks" data-mw="interface"><div
id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/index.php/Special:Categories" title="Special:Categories">Categories</a>: <ul>${tCats
  .map((c) => `<li><a href="/index.php/Category:${tId(c)}" title="Category:${c}">${c}</a></li>`)
  .join('')}</ul></div></div></div></div>
<div id="mw-site-navigation"><div id="p-logo" class="mw-portlet" role="banner"><a class="mw-wiki-logo timeless-logo" href="/index.php/Main_Page"
title="Visit the main page"><img src="/resources/assets/nas-logo.png"></a></div><div id="site-navigation"
class="sidebar-chunk"><h2><span>Navigation</span></h2><div
class="sidebar-inner"><div role="navigation" class="mw-portlet" id="p-navigation" aria-labelledby="p-navigation-label"><h3 id="p-navigation-label" lang="en-GB"
dir="ltr">Navigation</h3><div class="mw-portlet-body"><ul lang="en-GB" dir="ltr">${links(tNav, 'mw-list-item')}</ul></div></div></div></div></div>
<div id="mw-related-navigation"><div id="page-tools" class="sidebar-chunk"><h2><span>Page tools</span></h2><div class="sidebar-inner"><div role="navigation"
class="mw-portlet" id="p-cactions" aria-labelledby="p-cactions-label"><h3 id="p-cactions-label" lang="en-GB" dir="ltr">Page tools</h3><div
class="mw-portlet-body"><ul lang="en-GB" dir="ltr"></ul></div></div><div role="navigation" class="mw-portlet" id="p-tb" aria-labelledby="p-tb-label"><h3
id="p-tb-label" lang="en-GB" dir="ltr">Wiki tools</h3><div class="mw-portlet-body"><ul lang="en-GB"
dir="ltr">${links(tTools, 'mw-list-item')}</ul></div></div></div></div>
<div id="catlinks-sidebar" class="sidebar-chunk"><h2><span>Categories</span></h2><div class="sidebar-inner"><div role="navigation" class="mw-portlet"
id="p-catlist-normal" aria-labelledby="p-catlist-normal-label"><h3 id="p-catlist-normal-label" lang="en-GB" dir="ltr">Categories</h3><div
class="mw-portlet-body"><ul lang="en-GB" dir="ltr">${links(tCats, 'mw-list-item')}</ul></div></div></div></div></div><div class="visualClear"></div></div></div>
<div id="mw-footer-container" class="mw-footer-container ts-container"><div id="mw-footer" class="mw-footer ts-inner" role="contentinfo" lang="en-GB"
dir="ltr"><ul
id="footer-icons"><li id="footer-poweredbyico" class="footer-icons"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button
cdx-button--size-large cdx-button--fake-button--enabled"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li></ul><div id="footer-list"><ul id="footer-info" lang="en-GB" dir="ltr"><li id="footer-info-lastmod"> This page was last edited on 28
February 2027, at 09:14.</li></ul><ul id="footer-places" lang="en-GB" dir="ltr">${links(tFoot)}</ul></div><div class="visualClear"></div></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":164});});</script></body></html>`;
const timeless: TestPage = gold({
  name: 'heldout715-mediawiki-timeless-refractor',
  kind: 'wiki',
  html: tHtml,
  title: tTitle,
  headings: tSecs.map(([h]) => h),
  body: texts([tLead, ...tSecs.flatMap(([, p, kind, items]) => [...p, ...(kind === 'table' ? tEyeRows.map((r) => r.join(' ')) : (items ?? []))])]),
  bylines: ['This page was last edited on 28 February 2027, at 09:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tPersonal, 'Northmoor AS Wiki', 'Search', 'From Northmoor AS Wiki', 'Namespaces', 'Page', 'Discussion', 'More', 'Page actions', 'Read',
    'View source', 'History', 'This page needs updating: the eyepieces bought in 2026 are not listed yet.', 'The refractor after restoration, 2023',
    ...tInfo.flat(), 'Contents', ...[...tSecs.map(([h]) => h), 'See also', 'References'].map((h, i) => `${i + 1} ${h}`), 'edit', 'See also', ...tSee,
    'References', ...tRefs, 'Retrieved from "https://wiki.northmoor-as.org.uk/index.php?title=Kellaway_Refractor&oldid=4417"', 'Categories:', ...tCats,
    'Navigation', ...tNav, 'Page tools', 'Wiki tools', ...tTools, 'Categories', ...tFoot,
  ],
});

export const HELDOUT715_E: readonly TestPage[] = [wikipedia, timeless];
