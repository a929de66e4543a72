import { links, type TestPage } from './page-kit.js';
import { j, noRefs, type Section, secs, tr, rowText } from './pages-heldout681-kit.js';

/**
 * Held-out batch 681, file e: a barber academy's handbook page on Hugo (Docsy theme: sidebar tree, page TOC, edit links,
 * feedback widget) with a table and a code-free checklist, and a wiki article on a tattoo flash style on MediaWiki (Vector 2022)
 * with an infobox, a contents box, citation markers and references.
 */
const hTitle = 'Cleaning and disinfecting clippers between clients';
const hLead = 'The routine every student follows at the station, and the contact times for the disinfectants we stock.';
const hSecs: readonly Section[] = [
  [
    '',
    [
      j(
        'Clippers and trimmers touch skin on every client and are the tool most often left out of a cleaning routine. This page sets out',
        'what students must do between every client, at the end of each day and after any cut or nick.',
      ),
    ],
  ],
  [
    'Between every client',
    [
      [
        'Switch off and unplug the clipper, or take it off the charging stand.',
        'Brush all loose hair from the blades and the housing with the stiff brush, never by blowing on them.',
        'Spray the blades with the station disinfectant until they are visibly wet, and leave them for the full contact time.',
        'Wipe the housing and cord with a disinfectant wipe.',
        'Oil the blades with two drops of clipper oil and run the clipper for five seconds.',
      ],
    ],
  ],
];
const hArt = secs(hSecs, { ulAttrs: '' });
const hRows = [
  ['Barbicide spray', '10 minutes', 'Blades, combs, scissors'],
  ['Clipper disinfectant aerosol (5 in 1)', '30 seconds', 'Clipper and trimmer blades only'],
  ['Alcohol wipes, 70%', '1 minute', 'Housings, cords, chair arms'],
];
const hAfter = [
  j(
    'If a client is cut, stop, put on gloves and deal with the cut first. Then remove the blade set, wash it in warm soapy water,',
    'dry it and immerse it in the disinfectant jar for the full contact time before it goes back on the clipper.',
  ),
  'Record every cut in the station log, with the date and the blade set used.',
];
const hSide = ['Handbook', 'Station setup', 'Tools and hygiene', 'Scissors care', 'Razor safety', 'Assessments'];
const hToc = ['Between every client', 'Contact times', 'After a cut or nick'];
const hHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.125.4">
<title>${hTitle} | Greyhaven Barber Academy Handbook</title><meta name="description" content="${hLead}">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<meta property="article:modified_time" content="2026-02-09T11:20:31+00:00">
<link rel="preload" href="/scss/main.min.3a4b5c.css" as="style"><link href="/scss/main.min.3a4b5c.css" rel="stylesheet">
<script src="/js/jquery-3.7.1.min.js" integrity="sha512-v2CJ7UaYy4JwqLDIrZUI" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__name">Greyhaven Handbook</span></a><div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar">
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link active" href="/docs/"><span>Handbook</span></a></li>
<li class="nav-item"><a class="nav-link" href="/courses/"><span>Courses</span></a></li><li class="nav-item"><a class="nav-link" href="/news/">
<span>News</span></a></li></ul>
</div><div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control" placeholder="Search this site…"
aria-label="Search this site…" autocomplete="off"></div></div></div>
</nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav collapse" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">
${links(hSide, 'td-sidebar-nav__section-title td-sidebar-nav__section with-child')}</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://git.greyhaven.ac.uk/handbook/edit/main/content/docs/tools/clippers.md"
class="td-page-meta--edit" target="_blank" rel="noopener">Edit this page</a>
<a href="https://git.greyhaven.ac.uk/handbook/issues/new" class="td-page-meta--issue" target="_blank" rel="noopener">Create an issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${hToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul>
</nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Handbook</a></li><li class="breadcrumb-item"><a href="/docs/tools/">Tools and hygiene</a></li>
<li class="breadcrumb-item active" aria-current="page">Clippers</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div>
<header class="article-meta"></header>
${hArt.html}
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Warning</h4>
<p>Never dip a clipper with the blades still attached into a jar. The motor will fail and the housing can crack.</p></div>
<h2 id="contact-times">Contact times</h2><div class="table-responsive"><table class="table"><thead><tr><th>Product</th><th>Contact time</th><th>Use on</th>
</tr></thead>
<tbody>${hRows.map(tr).join('\n')}</tbody></table></div>
<h2 id="after-a-cut-or-nick">After a cut or nick</h2>
${hAfter.map((p) => `<p>${p}</p>`).join('\n')}
<div class="td-page-meta__lastmod">Last modified February 9, 2026: <a
href="https://git.greyhaven.ac.uk/handbook/commit/8b1f2e0">add alcohol wipe times (8b1f2e0)</a>
</div>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
</div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2">
<div class="td-footer__center col-12 col-sm-12 order-sm-2 py-2">
<span class="td-footer__copyright">&copy; 2026 Greyhaven Barber Academy</span><span class="td-footer__all_rights_reserved">All Rights Reserved</span></div>
</div></div></footer>
</div><script src="/js/main.min.7c8d9e.js" crossorigin="anonymous"></script></body></html>`;
const hugoDocsy: TestPage = {
  name: 'heldout681-clipper-hygiene-hugo-docsy',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...hArt.headings, 'Warning', 'Contact times', 'After a cut or nick'],
  body: [
    hLead,
    ...hArt.body,
    'Never dip a clipper with the blades still attached into a jar. The motor will fail and the housing can crack.',
    ...hRows.map(rowText),
    ...hAfter,
  ],
  bylines: ['Last modified February 9, 2026: add alcohol wipe times (8b1f2e0)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Greyhaven Handbook', 'Handbook', 'Courses', 'News', 'Station setup', 'Tools and hygiene', 'Scissors care', 'Razor safety', 'Assessments',
    'Edit this page', 'Create an issue', 'Feedback', 'Was this page helpful?', 'Yes', 'No', '© 2026 Greyhaven Barber Academy', 'All Rights Reserved',
  ],
};

const mTitle = 'Saltmarsh flash';
const mLead = [
  j(
    '<b>Saltmarsh flash</b> is a style of traditional tattoo flash that developed in the estuary ports of the Lenn coast between',
    'about 1890 and 1935.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> It is recognised by its limited',
    'palette of black, brick red and a muddy green, and by its recurring marsh motifs: herons, eel traps, samphire and tide clocks.',
  ),
];
const mSecs: readonly Section[] = [
  [
    'History',
    [
      j(
        'The style is usually traced to the shop of Absalom Creel, a former net-maker who tattooed sailors and fishermen from a room',
        'above a chandlery in Dunmere from 1891.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup> Creel',
        'drew his own sheets rather than buying them, and his designs were copied by at least four other shops along the coast.',
      ),
      j(
        'The red pigment, made from local iron-rich clay, gave the style its characteristic brown-red, which faded less than the',
        'vermilion used elsewhere.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup>',
      ),
    ],
  ],
  [
    'Motifs',
    [
      [
        'the grey heron, usually standing on one leg among reeds',
        'the wicker eel trap, often with a date or a boat name in a banner',
        'the tide clock, a clock face with a single hand and wave-shaped numerals',
        'samphire sprigs, used as borders or fillers',
      ],
    ],
  ],
  [
    'Revival',
    [
      j(
        'Interest in the style returned in the 2010s after a folder of 112 original sheets was found in a house clearance in',
        'Corrow.<sup id="cite_ref-4" class="reference"><a href="#cite_note-4">[4]</a></sup> Several studios on the coast now keep',
        'redrawn Saltmarsh sheets on their walls, and an annual flash day is held in Dunmere each September.',
      ),
    ],
  ],
];
const mArt = secs(mSecs, { hTag: 'h2' });
const mArtHtml = mArt.html.replace(/<h2>([^<]+)<\/h2>/g, (_, h: string) =>
  [
    `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>`,
    `<a href="/index.php?title=Saltmarsh_flash&amp;action=edit" title="Edit section: ${h}"><span>edit</span></a>`,
    '<span class="mw-editsection-bracket">]</span></span></div>',
  ].join(''),
);
const mRefs = [
  'Penhallow, Iris (2011). <i>Ink on the Estuary</i>. Lenn Coast Press. p. 14.',
  'Dunmere Borough Archive, rate book, 1891.',
  'Halse, T. (2019). "Clay reds in coastal tattooing". <i>Journal of Folk Craft</i> 8 (2): 41–57.',
  '"Tattoo sheets found in Corrow loft". <i>The Corrow Courier</i>. 3 March 2014.',
];
const mInfo = [
  ['Origin', 'Lenn coast'],
  ['Period', 'c. 1890–1935'],
  ['Palette', 'Black, brick red, green'],
];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${mTitle} - InkWiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Saltmarsh_flash","wgTitle":"Saltmarsh flash","wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://inkwiki.org/wiki/Saltmarsh_flash"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0
ns-subject page-Saltmarsh_flash rootpage-Saltmarsh_flash skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">InkWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search InkWiki" aria-label="Search InkWiki" id="searchInput"><input type="submit" class="searchButton"
value="Search"></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav>
</div>
</header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container">
<nav id="mw-panel" class="vector-main-menu">
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list">
${links(['Main page', 'Recent changes', 'Random page', 'Help'], 'mw-list-item')}</ul></div></nav></div>
<div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="vector-toc"><div class="vector-toc-header">Contents</div>
<ul class="vector-toc-contents">${links(['(Top)', ...mArt.headings, 'References'], 'vector-toc-list-item')}</ul></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Article', 'Talk'], 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From InkWiki, the free tattoo history encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><img alt="" src="/images/thumb/heron-sheet.jpg/220px-heron-sheet.jpg" width="220" height="290">
<div class="infobox-caption">A heron sheet attributed to Creel, c. 1900</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${mLead.map((p) => `<p>${p}</p>`).join('\n')}
${mArtHtml}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="reflist"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a>
</span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Flash_styles">Flash styles</a></li><li><a href="/wiki/Category:Lenn_coast">Lenn coast</a></li></ul></div></div></div></main>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 12 March 2026, at 21:04.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About InkWiki', 'Disclaimers'])}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiStyle: TestPage = {
  name: 'heldout681-saltmarsh-flash-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mArt.headings,
  body: [...mLead.map(noRefs), ...mArt.body.map(noRefs)],
  bylines: ['This page was last edited on 12 March 2026, at 21:04.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'InkWiki', 'Create account', 'Log in', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Help', 'Contents', '(Top)',
    'References', 'Article', 'Talk', 'Read', 'Edit', 'View history', 'From InkWiki, the free tattoo history encyclopedia',
    'A heron sheet attributed to Creel, c. 1900', 'Origin', 'Period', 'c. 1890–1935', 'Palette', 'Black, brick red, green',
    ...mRefs.map((r) => `^ ${r.replace(/<\/?i>/g, '')}`), 'Categories', 'Flash styles',
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.',
    'Privacy policy', 'About InkWiki', 'Disclaimers',
  ],
};

export const HELDOUT681_E: readonly TestPage[] = [hugoDocsy, mediawikiStyle];
