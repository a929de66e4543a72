import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout701-kit.js';

/**
 * Held-out batch 701, file d: a page of a lab software manual on Read the Docs (Sphinx, Furo theme) with code blocks,
 * admonitions and a list-table, and a condition page of a national health service's website on the NHS.UK frontend
 * (care cards, inset text, do and don't lists, review dates).
 */
const fTitle = 'Normalising readings';
const fHeads = ['Blank subtraction', 'Path-length correction', 'Reference normalisation'];
const lit = (t: string): string => `<code class="docutils literal notranslate"><span class="pre">${t}</span></code>`;
const fIntro = j(
  'Raw readings from a plate reader mix signal from your samples with signal from the plate, the medium and the instrument',
  'itself. This page explains the three normalisation steps platekit offers, in the order you should usually apply them:',
  'blank subtraction, path-length correction and reference normalisation.',
);
const fA = j(
  'Blank wells contain medium but no cells. platekit averages them and subtracts the result from every other well read at',
  `the same wavelength. Mark blank wells in your layout file with the sample name ${lit('BLANK')}, or pass them explicitly:`,
);
const fCode1 = [
  'import platekit as pk',
  '',
  'plate = pk.read_plate("growth_2027-02-03.xlsx", layout="layout.csv")',
  'plate = plate.subtract_blank(wells=["A1", "A12", "H1", "H12"])',
];
const fNote = j(
  `If a plate has no blank wells, ${lit('subtract_blank()')} raises a ${lit('MissingBlankError')} rather than guessing. Use`,
  `${lit('subtract_blank(value=0.042)')} to give a blank value measured on another plate.`,
);
const fB = j(
  'Absorbance depends on how far light travels through the liquid, so wells with different volumes are not directly',
  'comparable. If your reader reports a path-length measurement (usually at 977 and 900 nm), platekit can scale every',
  'reading to a 1 cm path:',
);
const fCode2 = ['plate = plate.correct_pathlength(method="water-peak")'];
const fB2 = 'The supported methods are:';
const fRows = [
  ['Method', 'Uses', 'When to choose it'],
  ['water-peak', 'Readings at 977 and 900 nm', 'Aqueous samples, reader supports the extra wavelengths'],
  ['volume', 'Nominal well volume and plate geometry', 'No path-length readings available'],
  ['none', 'Nothing', 'Fixed-volume assays or cuvette-equivalent readers'],
];
const fWarn = j('The water-peak method assumes an aqueous medium. Samples in DMSO or ethanol give path lengths that are wrong by up to', '30%.');
const fC = j(
  'For fluorescence, divide each well by a reference channel to correct for differences in cell number. A typical choice',
  'is to divide a reporter signal by optical density:',
);
const fCode3 = ['plate = plate.normalise(signal="GFP", reference="OD600", min_reference=0.05)'];
const fC2 = j(
  `Wells whose reference reading is below ${lit('min_reference')} are set to ${lit('NaN')} and listed in`,
  `${lit('plate.warnings')}, because dividing by a very small number amplifies noise.`,
);
const fTip = j(
  `Call ${lit('plate.history()')} at any point to print the steps applied so far. The history is also saved with`,
  `${lit('plate.to_csv()')}, so a collaborator can see exactly what was done.`,
);
const fSee = j(
  '<a class="reference internal" href="fitting.html"><span class="doc">Fitting growth curves</span></a>, which uses normalised',
  `readings as input, and <a class="reference internal" href="api.html#platekit.Plate.normalise" title="platekit.Plate.normalise">`,
  `${lit('platekit.Plate.normalise()')}</a> in the API reference.`,
);
const escH = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Code lines roughly as Pygments marks them up. */
const pyg = (lines: readonly string[]): string =>
  `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>${lines
    .map((l) =>
      escH(l)
        .replace(/"([^"]*)"/g, '<span class="s2">"$1"</span>')
        .replace(/^import (\w+) as (\w+)/, '<span class="kn">import</span> <span class="nn">$1</span> <span class="k">as</span> <span class="nn">$2</span>')
        .replace(/ = /g, ' <span class="o">=</span> '),
    )
    .join('\n')}
</pre></div></div>`;
const adm = (kind: string, title: string, inner: string): string =>
  `<div class="admonition ${kind}"><p class="admonition-title">${title}</p><p>${inner}</p></div>`;
const hl = (id: string, t: string, lvl: number): string => `<h${lvl}>${t}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></h${lvl}>`;
const fUser = ['Installation', 'Quick start', 'Loading plates', 'Normalising readings', 'Fitting growth curves', 'Exporting results'];
const fRef = ['API reference', 'Command-line tool', 'Changelog'];
const fHtml = `<!doctype html>
<html class="no-js" lang="en" data-content_root="./"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><link rel="index" title="Index" href="genindex.html"><link rel="search" title="Search" href="search.html">
<link rel="next" title="Fitting growth curves" href="fitting.html"><link rel="prev" title="Loading plates" href="plates.html">
<meta name="generator" content="sphinx-7.2.6, furo 2024.01.29"><title>Normalising readings - platekit 2.4 documentation</title>
<link rel="stylesheet" type="text/css" href="_static/pygments.css?v=a746c00c"><link rel="stylesheet" type="text/css" href="_static/styles/furo.css?v=135e06be">
<link rel="stylesheet" type="text/css" href="_static/styles/furo-extensions.css?v=36a5483c">
<script>document.documentElement.dataset.mode = localStorage.getItem("theme") || "auto";</script>
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>
<meta name="readthedocs-project-slug" content="platekit"><meta name="readthedocs-version-slug" content="latest">
<meta name="readthedocs-resolver-filename" content="/normalising.html"></head>
<body><script>document.body.dataset.theme = localStorage.getItem("theme") || "auto";</script>
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><symbol id="svg-toc" viewBox="0 0 24 24"><title>Contents</title><path d="M4 6h16"></path>
</symbol><symbol id="svg-menu" viewBox="0 0 24 24"><title>Menu</title><path d="M3 12h18"></path></symbol>
<symbol id="svg-arrow-right" viewBox="0 0 24 24"><title>Expand</title><path d="M9 6l6 6-6 6"></path></symbol></svg>
<input type="checkbox" class="sidebar-toggle" name="__navigation" id="__navigation"><input type="checkbox" class="sidebar-toggle" name="__toc" id="__toc">
<label class="overlay sidebar-overlay" for="__navigation"><div class="visually-hidden">Hide navigation sidebar</div></label>
<label class="overlay toc-overlay" for="__toc"><div class="visually-hidden">Hide table of contents sidebar</div></label>
<a class="skip-to-content muted-link" href="#furo-main-content">Skip to content</a>
<div class="page"><header class="mobile-header"><div class="header-left"><label class="nav-overlay-icon" for="__navigation">
<div class="visually-hidden">Toggle site navigation sidebar</div><i class="icon"><svg><use href="#svg-menu"></use></svg></i></label></div>
<div class="header-center"><a href="index.html"><div class="brand">platekit 2.4 documentation</div></a></div>
<div class="header-right"><div class="theme-toggle-container theme-toggle-header"><button class="theme-toggle"><div class="visually-hidden">Toggle Light /
Dark / Auto color theme</div><svg class="theme-icon-when-auto-light"><use href="#svg-sun-with-moon"></use></svg></button></div>
<label class="toc-overlay-icon toc-header-icon" for="__toc"><div class="visually-hidden">Toggle table of contents sidebar</div><i class="icon"><svg><use
href="#svg-toc"></use></svg></i></label></div></header>
<aside class="sidebar-drawer"><div class="sidebar-container"><div class="sidebar-sticky"><a class="sidebar-brand" href="index.html">
<span class="sidebar-brand-text">platekit 2.4 documentation</span></a>
<form class="sidebar-search-container" method="get" action="search.html" role="search"><input class="sidebar-search" placeholder="Search" name="q"
aria-label="Search"><input type="hidden" name="check_keywords" value="yes"><input type="hidden" name="area" value="default"></form>
<div id="searchbox"></div><div class="sidebar-scroll"><div class="sidebar-tree">
<p class="caption" role="heading"><span class="caption-text">User guide</span></p><ul class="current">
${fUser
  .map((t) =>
    t === fTitle
      ? `<li class="toctree-l1 current current-page"><a class="current reference internal" href="#">${t}</a></li>`
      : `<li class="toctree-l1"><a class="reference internal" href="${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`,
  )
  .join('\n')}
</ul><p class="caption" role="heading"><span class="caption-text">Reference</span></p><ul>
${fRef.map((t) => `<li class="toctree-l1"><a class="reference internal" href="${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`).join('\n')}
</ul></div></div>
<div id="furo-readthedocs-versions" class="sidebar-versions" role="navigation" aria-label="Versions"><div class="rst-versions" data-toggle="rst-versions">
<span class="rst-current-version" data-toggle="rst-current-version"><span class="fa fa-book"> Read the Docs</span> v: latest</span>
<div class="rst-other-versions"><dl><dt>Versions</dt><dd><a href="/en/latest/">latest</a></dd><dd><a href="/en/stable/">stable</a></dd>
<dd><a href="/en/2.3/">2.3</a></dd></dl><dl><dt>On Read the Docs</dt><dd><a href="//readthedocs.org/projects/platekit/">Project Home</a></dd>
<dd><a href="//readthedocs.org/projects/platekit/builds/">Builds</a></dd></dl></div></div></div>
<div id="ethical-ad-placement" class="ethical-sidebar" data-ea-publisher="readthedocs" data-ea-type="image"><div class="ea-placement ea-type-image">
<div class="ea-content"><a href="https://server.ethicalads.io/proxy/click/7781/" rel="nofollow noopener sponsored" target="_blank"><div class="ea-text">
<strong>Lab notebooks that sync with your instruments.</strong> Try Benchlog free for 30 days.</div></a></div>
<div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/?ref=ea-text" rel="nofollow noopener sponsored" target="_blank"><em>Ads by
EthicalAds</em></a></div></div></div></div></div></aside>
<div class="main"><div class="content"><div class="article-container"><a href="#" class="back-to-top muted-link"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 24 24"><path d="M13 20h-2V8l-5.5 5.5-1.42-1.42L12 4.16l7.92 7.92-1.42 1.42L13 8v12z"></path></svg><span>Back to top</span></a>
<div class="content-icon-container"><div class="edit-this-page">
<a class="muted-link" href="https://github.com/halden-lab/platekit/edit/main/docs/normalising.rst"
title="Edit this page"><svg><use href="#svg-pencil"></use></svg><span class="visually-hidden">Edit this page</span></a></div>
<div class="theme-toggle-container theme-toggle-content"><button class="theme-toggle"><div class="visually-hidden">Toggle Light / Dark / Auto color
theme</div><svg class="theme-icon-when-auto-light"><use href="#svg-sun-with-moon"></use></svg></button></div>
<label class="toc-overlay-icon toc-content-icon" for="__toc"><div class="visually-hidden">Toggle table of contents sidebar</div><i class="icon"><svg><use
href="#svg-toc"></use></svg></i></label></div>
<article role="main" id="furo-main-content"><section id="normalising-readings">
${hl('normalising-readings', fTitle, 1)}
<p>${fIntro}</p>
<section id="blank-subtraction">
${hl('blank-subtraction', at(fHeads, 0), 2)}
<p>${fA}</p>
${pyg(fCode1)}
${adm('note', 'Note', fNote)}
</section>
<section id="path-length-correction">
${hl('path-length-correction', at(fHeads, 1), 2)}
<p>${fB}</p>
${pyg(fCode2)}
<p>${fB2}</p>
<div class="table-wrapper colwidths-given docutils container" id="id1"><table class="docutils align-default" id="id1">
<colgroup><col style="width: 20.0%"><col style="width: 40.0%"><col style="width: 40.0%"></colgroup>
<thead><tr class="row-odd">${(fRows[0] ?? []).map((c) => `<th class="head"><p>${c}</p></th>`).join('')}</tr></thead><tbody>
${fRows
  .slice(1)
  .map((r, i) => `<tr class="row-${i % 2 === 0 ? 'even' : 'odd'}"><td><p>${lit(at(r, 0))}</p></td><td><p>${at(r, 1)}</p></td><td><p>${at(r, 2)}</p></td></tr>`)
  .join('\n')}
</tbody></table></div>
${adm('warning', 'Warning', fWarn)}
</section>
<section id="reference-normalisation">
${hl('reference-normalisation', at(fHeads, 2), 2)}
<p>${fC}</p>
${pyg(fCode3)}
<p>${fC2}</p>
${adm('tip', 'Tip', fTip)}
<div class="admonition seealso"><p class="admonition-title">See also</p><p>${fSee}</p></div>
</section></section></article></div>
<footer><div class="related-pages"><a class="next-page" href="fitting.html"><div class="page-info"><div class="context"><span>Next</span></div>
<div class="title">Fitting growth curves</div></div><svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg></a>
<a class="prev-page" href="plates.html"><svg class="furo-related-icon"><use href="#svg-arrow-right"></use></svg><div class="page-info"><div class="context">
<span>Previous</span></div><div class="title">Loading plates</div></div></a></div>
<div class="bottom-of-page"><div class="left-details"><div class="copyright">Copyright &#169; 2027, Halden Lab, University of Marrick</div>
Made with <a href="https://www.sphinx-doc.org/">Sphinx</a> and <a class="muted-link" href="https://pradyunsg.me">@pradyunsg</a>'s
<a href="https://github.com/pradyunsg/furo">Furo</a></div><div class="right-details"><div class="icons"><a class="muted-link"
href="https://github.com/halden-lab/platekit" aria-label="GitHub"><svg stroke="currentColor" fill="currentColor" viewBox="0 0 16 16"><path
d="M8 0C3.58 0 0 3.58 0 8"></path></svg></a></div></div></div></footer></div>
<aside class="toc-drawer"><div class="toc-sticky toc-scroll"><div class="toc-title-container"><span class="toc-title">On this page</span></div>
<div class="toc-tree-container"><div class="toc-tree"><ul><li><a class="reference internal" href="#">Normalising readings</a><ul>
${fHeads.map((h) => `<li><a class="reference internal" href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}
</ul></li></ul></div></div></div></aside></div></div>
<script src="_static/documentation_options.js?v=4f6ddb47"></script><script src="_static/doctools.js?v=888ff710"></script>
<script src="_static/scripts/furo.js?v=32e29ea5"></script></body></html>`;
const furo: TestPage = gold({
  name: 'heldout701-furo-platekit-normalise',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([
    fIntro,
    fA,
    escH(fCode1.join('\n')),
    'Note',
    fNote,
    fB,
    escH(fCode2.join('\n')),
    fB2,
    ...fRows.map((r) => r.join(' ')),
    'Warning',
    fWarn,
    fC,
    escH(fCode3.join('\n')),
    fC2,
    'Tip',
    fTip,
    'See also',
    fSee,
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hide navigation sidebar', 'Hide table of contents sidebar', 'Skip to content', 'Toggle site navigation sidebar',
    'platekit 2.4 documentation', 'Toggle Light / Dark / Auto color theme', 'Toggle table of contents sidebar', 'User guide', ...fUser,
    'Reference', ...fRef, 'Read the Docs', 'v: latest', 'Versions', 'latest', 'stable', '2.3', 'On Read the Docs', 'Project Home', 'Builds',
    'Lab notebooks that sync with your instruments. Try Benchlog free for 30 days.', 'Ads by EthicalAds', 'Back to top', 'Edit this page',
    'Next', 'Previous', 'Loading plates', 'Copyright © 2027, Halden Lab, University of Marrick', "Made with Sphinx and @pradyunsg's Furo",
    'On this page',
  ],
});

const hTitle = 'Brackenfold fever';
const hHeads = [
  'Check if you have Brackenfold fever',
  'How to remove a tick',
  'See a GP if:',
  'Ask for an urgent GP appointment or get help from 121 if:',
  'Treatment for Brackenfold fever',
  'How to avoid tick bites',
  'Do',
  'Don’t',
];
const hLede = 'Brackenfold fever is an infection spread by the bite of infected ticks. It’s usually easier to treat if it’s diagnosed early.';
const hSym0 = 'Symptoms usually start 3 to 10 days after a tick bite. They can include:';
const hSym = [
  'a high temperature, or feeling hot and shivery',
  'a headache that does not go away with painkillers',
  'aching muscles, especially in the back and thighs',
  'a dark, crusty spot where the tick was attached, sometimes with a red ring around it',
];
const hSym1 = 'Many people do not remember being bitten, because tick bites are not usually painful.';
const hRem0 = 'If you find a tick on your skin, remove it as soon as possible.';
const hRem = [
  'Use fine-tipped tweezers or a tick removal tool, which you can buy from pharmacies and vets.',
  'Grip the tick as close to the skin as possible.',
  'Slowly pull upwards, taking care not to squeeze or crush the tick.',
  'Dispose of the tick and clean the bite with antiseptic or soap and water.',
];
const hGp = [
  'you’ve been bitten by a tick or visited an area in the past month where infected ticks are found, and',
  'you get a high temperature or a crusty spot where a tick was attached',
];
const hGp1 = 'Tell them if you’ve been bitten or spent time outdoors in the Marrick Hills or the Tarrin valley.';
const hUrg = [
  'you have a high temperature and a rash of small purple or red spots',
  'you feel confused or very drowsy',
  'you have a stiff neck or find light hurts your eyes',
];
const hUrg1 = 'You can call 121 or get help from 121 online.';
const hTreat = [
  'Brackenfold fever is treated with a 7-day course of antibiotics. Most people feel better within 2 or 3 days of starting treatment.',
  'It’s important to finish the course, even if you feel better.',
];
const hInset = 'Brackenfold fever cannot be passed from person to person.';
const hAvoid0 = 'Ticks live in long grass and bracken, mainly on hills and moorland. They are most active from April to October.';
const hDo = [
  'cover your skin while walking outdoors and tuck your trousers into your socks',
  'use insect repellent on your clothes and skin',
  'stick to paths whenever possible',
  'check your skin and your children’s hair and skin for ticks after being outdoors',
];
const hDont = ['do not use a lit match, alcohol or oils to make a tick let go', 'do not leave a tick attached while you wait to see a doctor'];
const hNav = ['Health A to Z', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy', 'AHS services'];
const hFoot = ['Home', 'Health A to Z', 'Live Well', 'Mental health', 'Care and support', 'Accessibility statement', 'Our policies', 'Cookies', 'Contact us'];
const tick = `<svg class="nhsuk-icon nhsuk-icon__tick" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" width="34" height="34">
<path stroke-width="4" stroke-linecap="round" d="M18.4 7.8l-8.5 8.4L5.6 12" stroke="#007f3b"></path></svg>`;
const cross = `<svg class="nhsuk-icon nhsuk-icon__cross" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" width="34" height="34">
<path d="M17 18.5c-.4 0-.8-.1-1.1-.4l-10-10c-.6-.6-.6-1.6 0-2.1.6-.6 1.5-.6 2.1 0l10 10c.6.6.6 1.5 0 2.1-.3.3-.6.4-1 .4z" fill="#d5281b"></path></svg>`;
const care = (kind: string, hidden: string, heading: string, items: readonly string[], after: string): string =>
  `<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--${kind}"><div class="nhsuk-card--care__heading-container">
<h3 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">${hidden} </span>${heading}</span></h3>
<span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div><div class="nhsuk-card__content"><ul>${lis(items)}</ul><p>${after}</p></div></div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Brackenfold fever - AHS</title><meta name="description" content="Find out about Brackenfold fever, including symptoms, how to remove a tick,
treatment and how to avoid tick bites."><link rel="canonical" href="https://www.ahs.example/conditions/brackenfold-fever/">
<meta property="og:site_name" content="ahs.example"><meta property="og:title" content="Brackenfold fever">
<meta property="og:image" content="https://assets.ahs.example/prod/images/ahs-logo-og.png">
<link rel="stylesheet" href="https://assets.ahs.example/static/ahsuk/css/ahsuk-frontend-8.1.1.min.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Brackenfold fever","lastReviewed":"2026-11-12",
"about":{"@type":"MedicalCondition","name":"Brackenfold fever"},"audience":"Patient"}</script>
<script>var adobeDataLayer = [{"page":{"category":{"primaryCategory":"conditions","subCategory1":"brackenfold-fever"}}}];</script>
<script src="https://assets.ahs.example/static/cookie-consent/cookieconsent.js" data-nohtml="false"></script></head>
<body class="js-enabled"><div id="cookiebanner" class="ahsuk-cookie-banner" role="region" aria-label="Cookie banner"><div class="nhsuk-width-container">
<h2>Cookies on the AHS website</h2><p>We’ve put some small files called cookies on your device to make our site work.</p>
<p>We’d also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics. We use this
information to improve our site.</p><p>Let us know if this is OK. We’ll use a cookie to save your choice. You can <a id="nhsuk-cookie-banner__link"
href="/our-policies/cookies-policy/">read more about our cookies</a> before you choose.</p><ul><li>
<button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics"
href="#">I’m OK with analytics cookies</button></li><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept" href="#">Do not use analytics
cookies</button></li></ul></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header nhsuk-header__transactional--logo" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo">
<a class="nhsuk-header__link" href="/" aria-label="AHS homepage"><svg class="nhsuk-logo" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 40 16"
height="40" width="100" aria-hidden="true"><path class="nhsuk-logo__background" fill="#005eb8" d="M0 0h40v16H0z"></path></svg></a></div>
<div class="nhsuk-header__content" id="content-header"><div class="nhsuk-header__search"><div class="nhsuk-header__search-wrap" id="wrap-search">
<form class="nhsuk-header__search-form" id="search" action="https://www.ahs.example/search/" method="get" role="search"><label class="nhsuk-u-visually-hidden"
for="search-field">Search the AHS website</label><input class="nhsuk-search__input" id="search-field" name="q" type="search" placeholder="Search"
autocomplete="off"><button class="nhsuk-search__submit" type="submit"><svg class="nhsuk-icon nhsuk-icon__search" xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M19.71 18.29l-4.11-4.1a7 7 0 1 0-1.41 1.41l4.1 4.11a1 1 0 0 0 1.42 0 1 1 0 0 0 0-1.42z">
</path>
</svg><span class="nhsuk-u-visually-hidden">Search</span></button></form></div></div></div></div>
<div class="nhsuk-navigation-container"><nav class="nhsuk-navigation" id="header-navigation" role="navigation" aria-label="Primary navigation">
<ul class="nhsuk-header__navigation-list">${links(hNav, 'nhsuk-header__navigation-item')}
<li class="nhsuk-mobile-menu-container"><button class="nhsuk-header__menu-toggle nhsuk-header__navigation-link" id="toggle-menu" aria-expanded="false">
<span class="nhsuk-u-visually-hidden">Browse</span>More</button></li></ul></nav></div></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list">
<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/">Home</a></li>
<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/conditions/">Health A to Z</a></li></ol>
<p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/conditions/"><span class="nhsuk-u-visually-hidden">Back to &nbsp;</span>Health A
to Z</a></p></div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds"><section><h1>${hTitle}</h1>
<p class="nhsuk-lede-text">${hLede}</p></section>
<section><h2>${at(hHeads, 0)}</h2><p>${hSym0}</p><ul>${lis(hSym)}</ul>
<figure class="nhsuk-image"><img class="nhsuk-image__img" src="https://assets.ahs.example/prod/images/S_0125_tick-bite-eschar.width-320.jpg"
alt="A dark crusty spot surrounded by a red ring on pale skin."><figcaption class="nhsuk-image__caption">A crusty spot with a red ring around it can appear
where the tick bit you. Credit: Marrick Dermatology Atlas</figcaption></figure><p>${hSym1}</p></section>
<section><h2>${at(hHeads, 1)}</h2><p>${hRem0}</p><ol>${lis(hRem)}</ol></section>
${care('non-urgent', 'Non-urgent advice:', at(hHeads, 2), hGp, hGp1)}
${care('urgent', 'Urgent advice:', at(hHeads, 3), hUrg, hUrg1)}
<section><h2>${at(hHeads, 4)}</h2>${ps(hTreat)}
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>${hInset}</p></div></section>
<section><h2>${at(hHeads, 5)}</h2><p>${hAvoid0}</p>
<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">${at(hHeads, 6)}</h3><ul class="nhsuk-list nhsuk-list--tick" role="list">
${hDo.map((t) => `<li>${tick}${t}</li>`).join('\n')}</ul></div>
<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">${at(hHeads, 7)}</h3><ul class="nhsuk-list nhsuk-list--cross" role="list">
${hDont.map((t) => `<li>${cross}${t}</li>`).join('\n')}</ul></div></section>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 12 November 2026<br>Next review due: 12 November 2029</p></div>
</div></div></main></div>
<div class="nhsuk-width-container"><div class="app-feedback-banner" id="feedback-banner"><h2 class="nhsuk-heading-s">Help us improve our website</h2>
<p>Can you answer a quick question about your visit today? <a href="https://feedback.ahs.example/s/visit">Answer our survey</a></p>
<button class="app-feedback-banner__close" type="button">Close<span class="nhsuk-u-visually-hidden"> feedback invite</span></button></div></div>
<footer role="contentinfo"><div class="nhsuk-footer-container" id="nhsuk-footer"><div class="nhsuk-width-container">
<h2 class="nhsuk-u-visually-hidden">Support links</h2><div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(hFoot, 'nhsuk-footer__list-item')}</ul>
<p class="nhsuk-footer__copyright">© Ardmore Health Service</p></div></div></div></footer>
<script src="https://assets.ahs.example/static/ahsuk/js/ahsuk-8.1.1.min.js" defer></script></body></html>`;
const ahs: TestPage = gold({
  name: 'heldout701-healthservice-brackenfold-fever',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hLede, hSym0, ...hSym, hSym1, hRem0, ...hRem, ...hGp, hGp1, ...hUrg, hUrg1, ...hTreat, hInset, hAvoid0, ...hDo, ...hDont]),
  bylines: ['Page last reviewed: 12 November 2026', 'Next review due: 12 November 2029'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on the AHS website', 'We’ve put some small files called cookies on your device to make our site work.',
    j(
      'We’d also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics.',
      'We use this information to improve our site.',
    ),
    'Let us know if this is OK. We’ll use a cookie to save your choice. You can read more about our cookies before you choose.',
    'I’m OK with analytics cookies', 'Do not use analytics cookies', 'Skip to main content', 'Search the AHS website', 'Search', ...hNav,
    'Browse', 'More', 'Home', 'Back to', 'A crusty spot with a red ring around it can appear where the tick bit you.',
    'Credit: Marrick Dermatology Atlas', 'Non-urgent advice:', 'Urgent advice:', 'Information:', 'Help us improve our website',
    'Can you answer a quick question about your visit today?', 'Answer our survey', 'Close', 'feedback invite', 'Support links', ...hFoot,
    '© Ardmore Health Service',
  ],
});

export const HELDOUT701_D: readonly TestPage[] = [furo, ahs];
