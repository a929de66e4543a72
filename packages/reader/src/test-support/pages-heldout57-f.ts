import { links, type TestPage, texts } from './page-kit.js';
import { numpyApiPage } from './pages-heldout57-f2.js';

/**
 * Held-out batch 57, file f: a Qt documentation class page on doc.qt.io (QDoc output inside the qt.io frame: GTM and Cookiebot
 * in the head, the noscript iframe, the qt.io mega-menu header, the documentation bar with version picker and search, the
 * navigation-bar breadcrumbs, the "Contents" sidebar and the doc tree, the h1 "QColorRamp Class", the brief with "More...",
 * the requisites table, "List of all members", the reentrancy note, summary tables of signatures, the Detailed Description
 * with a code snippet and an h3, the member type table, member function h3s with "See also" lines, and the licence footer).
 */
const qtTitle = 'QColorRamp Class';
const qtBrief = 'The <a href="qcolorramp.html" translate="no">QColorRamp</a> class maps values in a range to colors along a gradient.';
const qtNote = 'All functions in this class are <a href="threads-reentrancy.html#reentrant">reentrant</a>.';
const q = (s: string): string => `<a href="${s.toLowerCase()}.html" translate="no">${s}</a>`;
const f = (s: string): string => `<a href="qcolorramp.html#${s}" translate="no">${s}</a>()`;
const qtDetail = [
  `A color ramp is an ordered list of stops, each pairing a position between 0.0 and 1.0 with a ${q('QColor')}. Given a value, ` +
    `${f('colorAt')} finds the two stops on either side of it and returns a color between them. Ramps are commonly used to color ` +
    'heat maps, elevation data and the bars of a chart according to their value.',
  `Unlike ${q('QLinearGradient')}, which describes how to fill an area and is consumed by ${q('QPainter')}, QColorRamp is a plain ` +
    'value type that performs the color lookup itself. It can therefore be used from any thread, and the result can be cached or ' +
    'passed to code that does not paint at all, such as a function that exports colored vertices to a 3D scene.',
  'The following example creates a ramp that runs from dark blue through white to dark red, a common choice for data that diverges ' + 'from a central value:',
];
const qtDetail2 = [
  `Values outside the range of the first and last stops are clamped, so <code translate="no">colorAt(-1.0)</code> returns the color of ` +
    `the first stop. If the ramp has no stops, ${f('colorAt')} returns an invalid ${q('QColor')}.`,
];
const qtH3 = 'Choosing an interpolation mode';
const qtModes = [
  `The interpolation mode decides what happens between two stops. <code translate="no">Linear</code> blends the two colors in the ` +
    `ramp's color space, which is sRGB unless another has been set with ${f('setColorSpace')}. <code translate="no">Smooth</code> ` +
    'applies an ease-in-out curve to the blend, which hides the visible bands that linear ramps can produce on large, flat surfaces. ' +
    '<code translate="no">Step</code> does not blend at all: every value takes the color of the stop at or below it, which is useful ' +
    'for maps with a fixed number of classes.',
  'Interpolating in a perceptually uniform color space such as Oklab usually gives more even results than sRGB, at a small extra cost ' + 'per lookup.',
];
const qtEnum = 'This enum describes how colors are computed between two stops.';
const qtEnumRows: [string, string, string][] = [
  ['QColorRamp::Linear', '0', 'Colors are blended linearly between the two nearest stops.'],
  ['QColorRamp::Smooth', '1', 'Colors are blended along an ease-in-out curve.'],
  ['QColorRamp::Step', '2', 'Each value takes the color of the nearest stop at or below it; no blending is done.'],
];
const t = (s: string): string => `<span class="type">${s}</span>`;
const n = (s: string): string => `<span class="name">${s}</span>`;
/** Member functions: id, heading markup, docs, see-also line. */
const qtFns: [string, string, string[], string][] = [
  ['QColorRamp', `${n('QColorRamp')}::${n('QColorRamp')}()`, ['Constructs an empty color ramp.'], ''],
  [
    'addStop',
    `${t('void')} QColorRamp::${n('addStop')}(${t('qreal')} <i>position</i>, const ${t(q('QColor'))} &amp;<i>color</i>)`,
    [
      'Adds a stop at <i>position</i> with the given <i>color</i>. If a stop already exists at exactly that position, its color is ' +
        'replaced. <i>position</i> is clamped to the range 0.0 to 1.0.',
    ],
    `${f('stops')} and ${f('clearStops')}`,
  ],
  [
    'colorAt',
    `${t(q('QColor'))} QColorRamp::${n('colorAt')}(${t('qreal')} <i>value</i>) const`,
    [`Returns the color for <i>value</i>, which is first mapped onto the ramp by the range set with ${f('setRange')}. The default range is 0.0 to 1.0.`],
    '',
  ],
  [
    'setInterpolation',
    `${t('void')} QColorRamp::${n('setInterpolation')}(${t('QColorRamp::Interpolation')} <i>mode</i>)`,
    ['Sets the interpolation mode to <i>mode</i>. The default is <code translate="no">QColorRamp::Linear</code>.'],
    `${f('interpolation')}`,
  ],
  [
    'setRange',
    `${t('void')} QColorRamp::${n('setRange')}(${t('qreal')} <i>minimum</i>, ${t('qreal')} <i>maximum</i>)`,
    [
      'Sets the range of input values that maps onto the ramp. A value equal to <i>minimum</i> gets the color of the first stop and a ' +
        'value equal to <i>maximum</i> the color of the last. If <i>minimum</i> is greater than <i>maximum</i>, the ramp is reversed.',
    ],
    '',
  ],
];
const qtSummary = [
  ['', `<b>${f('QColorRamp').replace('()', '')}</b>()`],
  ['void', `<b>${f('addStop').replace('()', '')}</b>(qreal <i>position</i>, const QColor &amp;<i>color</i>)`],
  ['void', `<b>${f('clearStops').replace('()', '')}</b>()`],
  ['QColor', `<b>${f('colorAt').replace('()', '')}</b>(qreal <i>value</i>) const`],
  ['QColorRamp::Interpolation', `<b>${f('interpolation').replace('()', '')}</b>() const`],
  ['void', `<b>${f('setInterpolation').replace('()', '')}</b>(QColorRamp::Interpolation <i>mode</i>)`],
  ['void', `<b>${f('setRange').replace('()', '')}</b>(qreal <i>minimum</i>, qreal <i>maximum</i>)`],
];
const qtMega = ['Products', 'Services', 'Developers', 'Resources', 'Partners', 'Company'];
// biome-ignore format: the documentation tree of the sidebar, packed several to a line
const qtTree = [
  'Getting Started', "What's New", 'Examples', 'Supported Platforms', 'Qt Licensing', 'Overviews', 'Development Tools',
  'User Interfaces', 'Core Internals', 'Data Input Output', 'Networking and Connectivity', 'Graphics', 'Mobile APIs',
  'QML Applications', 'All Qt Modules',
];
const qtLegal = [
  '2025 The Qt Company Ltd. Documentation contributions included herein are the copyrights of their respective owners.',
  'The documentation provided herein is licensed under the terms of the GNU Free Documentation License version 1.3 as published by ' +
    'the Free Software Foundation.',
  'Qt and respective logos are trademarks of The Qt Company Ltd. in Finland and/or other countries worldwide. All other trademarks ' +
    'are property of their respective owners.',
];
const qtCode = `<pre class="cpp" translate="no"><span class="type">QColorRamp</span> ramp;
ramp<span class="operator">.</span>addStop(<span class="number">0.0</span><span class="operator">,</span> <span class="type">QColor</span>(\
<span class="number">0x08</span><span class="operator">,</span> <span class="number">0x30</span><span class="operator">,</span> \
<span class="number">0x6b</span>));
ramp<span class="operator">.</span>addStop(<span class="number">0.5</span><span class="operator">,</span> <span class="type">Qt</span>\
<span class="operator">::</span>white);
ramp<span class="operator">.</span>addStop(<span class="number">1.0</span><span class="operator">,</span> <span class="type">QColor</span>(\
<span class="number">0x67</span><span class="operator">,</span> <span class="number">0x00</span><span class="operator">,</span> \
<span class="number">0x0d</span>));
ramp<span class="operator">.</span>setRange(<span class="operator">-</span><span class="number">40</span><span class="operator">,</span> \
<span class="number">40</span>);
<span class="type">QColor</span> c <span class="operator">=</span> ramp<span class="operator">.</span>colorAt(anomaly);</pre>`;
const req = (k: string, v: string): string => `<tr><td class="memItemLeft rightAlign topAlign"> ${k}:</td><td class="memItemRight bottomAlign"> ${v}</td></tr>`;
const qtFnHtml = ([id, head, docs, see]: [string, string, string[], string]): string =>
  `<!-- $$$${id}[overload1]$$$${id} -->\n<h3 class="fn" translate="no" id="${id}">${head}</h3>\n${docs.map((p) => `<p>${p}</p>`).join('\n')}\n` +
  (see === '' ? '' : `<p><b>See also </b>${see}.</p>\n`) +
  `<!-- @@@${id} -->`;
const qtHtml = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
<!-- qcolorramp.cpp -->
  <meta name="description" content="The QColorRamp class maps values in a range to colors along a gradient.">
  <title>QColorRamp Class | Qt GUI | Qt 6.10.1</title>
  <link rel="canonical" href="https://doc.qt.io/qt-6/qcolorramp.html">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="/style/qt5-sidebar.css">
  <link rel="stylesheet" href="/style/qt-docs-2025.css">
  <script type="text/javascript">
    window.onload = function(){document.getElementsByTagName("link").item(0).setAttribute("href", "style/offline.css");};
  </script>
  <!-- Google Tag Manager -->
  <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
  j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
  })(window,document,'script','dataLayer','GTM-MMS6TPD');</script>
  <!-- End Google Tag Manager -->
  <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="e7c8bd6a-1b4c-4b0c-9d27-8f1a3b5b6c11" data-blockingmode="auto" \
type="text/javascript"></script>
</head>
<body class="qt-docs">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-MMS6TPD" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<header class="qt-header" id="qt-header"><a class="qt-header__logo" href="https://www.qt.io/">Qt</a>
<nav class="qt-header__mega" aria-label="Main"><ul>${links(qtMega, 'qt-header__item')}</ul></nav>
<a class="qt-header__cta" href="https://www.qt.io/download">Download Qt</a><a class="qt-header__cta" href="https://www.qt.io/contact-us">Contact us</a></header>
<div class="docbar"><a class="docbar__home" href="https://doc.qt.io/">Qt Documentation</a>
<select class="docbar__version" aria-label="Select version"><option selected>Qt 6.10</option><option>Qt 6.9</option><option>Qt 6.8 LTS</option>
<option>Qt 5.15</option></select><form class="docbar__search" action="https://doc.qt.io/search"><input type="search" placeholder="Search" \
aria-label="Search the documentation"><button type="submit">Search</button></form></div>
<div class="header">
<div class="main">
<div class="main-rounded">
<div class="navigationbar">
<table><tr>
<td >Qt 6.10</td><td ><a href="qtgui-index.html" translate="no">Qt GUI</a></td><td ><a href="qtgui-module.html" translate="no">C++ Classes</a></td>\
<td >QColorRamp</td></tr></table><table class="buildversion"><tr>
<td id="buildversion" width="100%" align="right"><a href="qtgui-index.html">Qt 6.10.1 Reference Documentation</a></td>
        </tr></table>
</div>
</div>
<div class="content">
<div class="line">
<div class="content mainContent">
<div class="sidebar">
<div class="toc">
<h3 id="toc">Contents</h3>
<ul>
<li class="level1"><a href="#public-types">Public Types</a></li>
<li class="level1"><a href="#public-functions">Public Functions</a></li>
<li class="level1"><a href="#details">Detailed Description</a></li>
<li class="level2"><a href="#choosing-an-interpolation-mode">Choosing an interpolation mode</a></li>
</ul>
</div>
<div class="sidebar-content" id="sidebar-content"><ul class="doc-tree">${links(qtTree)}</ul></div></div>
<h1 class="title" translate="no">${qtTitle}</h1>
<!-- $$$QColorRamp-brief -->
<p>${qtBrief} <a href="#details">More...</a></p>
<!-- @@@QColorRamp -->
<div class="table"><table class="alignedsummary requisites" translate="no">
${req('Header', '<span class="preprocessor">#include &lt;QColorRamp&gt;</span>')}
${req('CMake', 'find_package(Qt6 REQUIRED COMPONENTS Gui)<br/>target_link_libraries(mytarget PRIVATE Qt6::Gui)')}
${req('qmake', 'QT += gui')}
${req('Since', ' Qt 6.10')}
</table></div><ul>
<li><a href="qcolorramp-members.html">List of all members, including inherited members</a></li>
</ul>
<p><b>Note:</b> ${qtNote}</p>
<h2 id="public-types">Public Types</h2>
<div class="table"><table class="alignedsummary" translate="no">
<tr><td class="memItemLeft rightAlign topAlign"> enum </td><td class="memItemRight bottomAlign"><b><a href="qcolorramp.html#Interpolation-enum">\
Interpolation</a></b> { Linear, Smooth, Step }</td></tr>
</table></div>
<h2 id="public-functions">Public Functions</h2>
<div class="table"><table class="alignedsummary" translate="no">
${qtSummary.map(([r, s]) => `<tr><td class="memItemLeft rightAlign topAlign"> ${r} </td><td class="memItemRight bottomAlign">${s}</td></tr>`).join('\n')}
</table></div>
<a name="details"></a>
<!-- $$$QColorRamp-description -->
<div class="descr">
<h2 id="details">Detailed Description</h2>
${qtDetail.map((p) => `<p>${p}</p>`).join('\n')}
${qtCode}
${qtDetail2.map((p) => `<p>${p}</p>`).join('\n')}
<h3 id="choosing-an-interpolation-mode">${qtH3}</h3>
${qtModes.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<p><b>See also </b>${q('QGradient')} and ${q('QColorSpace')}.</p>
<!-- @@@QColorRamp -->
<div class="types">
<h2>Member Type Documentation</h2>
<!-- $$$Interpolation$$$Linear$$$Smooth$$$Step -->
<h3 class="fn" translate="no" id="Interpolation-enum">enum QColorRamp::<span class="name">Interpolation</span></h3>
<p>${qtEnum}</p>
<div class="table"><table class="valuelist"><tr valign="top" class="odd"><th class="tblConst">Constant</th><th class="tblval">Value</th>\
<th class="tbldscr">Description</th></tr>
${qtEnumRows
  .map(
    ([k, v, d]) => `<tr><td class="topAlign"><code translate="no">${k}</code></td><td class="topAlign tblval"><code translate="no">${v}</code></td>\
<td class="topAlign">${d}</td></tr>`,
  )
  .join('\n')}
</table></div>
<!-- @@@Interpolation -->
</div>
<div class="func">
<h2>Member Function Documentation</h2>
${qtFns.map(qtFnHtml).join('\n')}
</div>
        </div>
       </div>
   </div>
   </div>
</div>
<div class="footer">
   <p>
   <acronym title="Copyright">©</acronym> ${qtLegal[0]}<br/>    ${qtLegal[1]!
     .replace('GNU', '<a href="http://www.gnu.org/licenses/fdl.html">GNU')
     .replace('1.3', '1.3</a>')}<br/>    ${qtLegal[2]!.replace('trademarks', '<a href="https://doc.qt.io/qt/trademarks.html">    trademarks</a>')} </p>
</div>
</body>
</html>`;
const qtClass: TestPage = {
  html: qtHtml,
  name: 'heldout57-qt-class',
  kind: 'docs',
  // the h1 is the title; the h2s and h3s of the class page are the headings, the member h3s (signatures, as QDoc writes them)
  // included; the brief, the reentrancy note ("Note:" in neither list), the detailed description, the enum's text with its
  // value descriptions and each function's docs are body; the requisites table, the summary tables of signatures, the enum's
  // constants and values, the table's header cells and the code snippet are in neither; "List of all members", the "See
  // also" lines, the sidebar contents (repeating headings: in neither list) and tree, the qt.io header, doc bar, breadcrumb
  // table and the licence footer are furniture ("More..." and the see-also "interpolation()." are body words: left out); the
  // page shows no byline
  title: qtTitle,
  headings: [
    'Public Types',
    'Public Functions',
    'Detailed Description',
    qtH3,
    'Member Type Documentation',
    'enum QColorRamp::Interpolation',
    'Member Function Documentation',
    ...texts(qtFns.map(([, h]) => h)),
  ],
  body: texts([qtBrief, qtNote, ...qtDetail, ...qtDetail2, ...qtModes, qtEnum, ...qtEnumRows.map(([, , d]) => d), ...qtFns.flatMap(([, , d]) => d)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Qt', ...qtMega, 'Download Qt', 'Contact us', 'Qt Documentation', 'Qt 6.10', 'Qt 6.9', 'Qt 6.8 LTS', 'Qt 5.15', 'Search', 'Qt GUI',
    'C++ Classes', 'Qt 6.10.1 Reference Documentation', 'Contents', ...qtTree, 'List of all members, including inherited members', 'See also',
    'stops() and clearStops().', 'QGradient and QColorSpace.', ...qtLegal,
  ],
};

export const HELDOUT57_F: readonly TestPage[] = [qtClass, numpyApiPage];
