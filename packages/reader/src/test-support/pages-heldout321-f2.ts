import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file f2: a synth kit's assembly instructions on DokuWiki with the default template (site tools, user tools,
 * "You are here" trace, the page's table of contents box, sectioned h1 / h2 with "Edit" buttons, a wrap note plugin box, a parts
 * table, the page tools, the "Last modified" docInfo line, the license badge and the footer buttons).
 */
const wTitle = 'Pocket Drone Synth: Assembly Instructions';
const wIntro = [
  j(
    'These instructions cover the through-hole version of the Pocket Drone Synth kit. Allow about two hours. Work in the order given:',
    'low parts first, so the board lies flat on the bench while you solder.',
  ),
];
const wTools = ['A temperature-controlled soldering iron with a fine conical tip', 'Leaded or lead-free solder, 0.7 mm', 'Flush cutters', 'A multimeter'];
const wParts = [
  ['R1 to R8', '10 kΩ resistor', 'brown, black, orange'],
  ['R9, R10', '1 kΩ resistor', 'brown, black, red'],
  ['C1 to C4', '100 nF ceramic capacitor', 'marked 104'],
  ['U1', '40106 hex Schmitt inverter', 'notch to the left'],
];
const wSteps1 = [
  'Fit and solder the resistors. They are not polarised, but point all the colour bands the same way to make checking easier.',
  'Fit the ceramic capacitors C1 to C4. They are not polarised either.',
  'Fit the IC socket with its notch matching the notch on the silkscreen. Solder two opposite corners first and check it is flat.',
];
const wSteps2 = [
  'Fit the electrolytic capacitor C5 with its long leg in the hole marked +.',
  'Fit the four potentiometers from the top. Solder one pin of each, check they are straight, then solder the rest.',
  'Fit the battery clip: red wire to the pad marked 9V, black to GND.',
  'Insert the 40106 into its socket, notch to the left.',
];
const wNote = j(
  'Do not connect the battery until you have checked for shorts. Measure the resistance between 9V and GND: it should read more than',
  '1 kΩ. If it reads near zero, look for a solder bridge near the socket.',
);
const wTest = [
  j(
    'Connect the battery, turn all four knobs to the middle and plug headphones into the output. You should hear a low, beating drone.',
    'Turning each knob changes the pitch of one oscillator. If one knob does nothing, reflow the joints on that potentiometer and on',
    'its resistor.',
  ),
  j(
    'If there is no sound at all, check the battery voltage, then check that the IC is the right way round. A reversed 40106 gets',
    'warm within seconds, so unplug the battery quickly if you feel heat.',
  ),
];
const wSite = ['Recent Changes', 'Media Manager', 'Sitemap'];
const wUser = ['Log In'];
const wTrace = ['start', 'kits', 'pocket_drone_assembly'];
const wToc = ['Table of Contents', 'Before you start', 'Parts list', 'Stage 1: low parts', 'Stage 2: tall parts', 'Testing'];
const wPage = ['Show pagesource', 'Old revisions', 'Backlinks', 'Back to top'];
const edit = (n: number, name: string): string =>
  `<div class="secedit editbutton_section editbutton_${n}"><form class="button btn_secedit" method="post" action="/doku.php">
<button type="submit" title="${name}">Edit</button></form></div>`;
const wHtml = `<!DOCTYPE html><html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8" />
<title>kits:pocket_drone_assembly [Fenwick Audio Kits Wiki]</title>
<meta name="generator" content="DokuWiki"/><meta name="robots" content="index,follow"/><meta name="keywords" content="kits,pocket_drone_assembly"/>
<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="Fenwick Audio Kits Wiki"/>
<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed=8a7e1f"/>
<script>(function(H){H.className=H.className.replace(/\\bno-js\\b/,'js')})(document.documentElement)</script>
<script>var NS='kits';var JSINFO = {"id":"kits:pocket_drone_assembly","namespace":"kits","ACT":"show"};</script>
<script src="/lib/exe/js.php?t=dokuwiki&amp;tseed=8a7e1f" defer="defer"></script></head>
<body><div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki loggedIn showSidebar hasSidebar">
<div id="dokuwiki__header"><div class="pad group"><div class="headings group"><ul class="a11y skip"><li><a href="#dokuwiki__content">skip to content</a></li>
</ul>
<h1 class="logo"><a href="/doku.php?id=start" accesskey="h" title="Home [h]"><span>Fenwick Audio Kits Wiki</span></a></h1></div>
<div class="tools group"><div id="dokuwiki__usertools"><h3 class="a11y">User Tools</h3><ul>${links(wUser, 'action login')}</ul></div>
<div id="dokuwiki__sitetools"><h3 class="a11y">Site Tools</h3><form action="/doku.php" id="dw__search" class="search"><input type="text" placeholder="Search"
name="q"/></form><ul>${links(wSite, 'action')}</ul></div></div>
<div class="breadcrumbs"><div class="youarehere"><span class="bchead">You are here: </span>${wTrace
  .map((t) => `<span class="home"><bdi><a href="/doku.php?id=${t}" class="wikilink1" title="${t}">${t}</a></bdi></span>`)
  .join(' » ')}</div></div><hr class="a11y"/></div></div>
<div class="wrapper group"><div id="dokuwiki__aside"><div class="pad aside include group"><h3 class="toggle">Sidebar</h3><div class="content">
<div class="group">
<ul><li class="level1"><div class="li"><a href="/doku.php?id=kits:start" class="wikilink1">All kits</a></div></li>
<li class="level1"><div class="li"><a href="/doku.php?id=support" class="wikilink1">Support and returns</a></div></li></ul></div></div></div></div>
<div id="dokuwiki__content"><div class="pad group"><div class="pageId"><span>kits:pocket_drone_assembly</span></div><div class="page group">
<div id="dw__toc" class="dw__toc"><h3 class="toggle">${wToc[0]}</h3><div><ul class="toc">
${wToc
  .slice(1)
  .map((t) => `<li class="level2"><div class="li"><a href="#">${t}</a></div></li>`)
  .join('\n')}</ul></div></div>
<h1 class="sectionedit1" id="pocket_drone_synthassembly_instructions">${wTitle}</h1><div class="level1">${ps(wIntro)}</div>${edit(1, wTitle)}
<h2 class="sectionedit2" id="before_you_start">Before you start</h2><div class="level2"><p>You will need:</p><ul>${lis(wTools, 'level1')}</ul>
</div>${edit(2, 'Before you start')}
<h2 class="sectionedit3" id="parts_list">Parts list</h2><div class="level2"><div class="table sectionedit4"><table class="inline"><thead><tr class="row0">
<th class="col0">Part</th><th class="col1">Value</th><th class="col2">Marking</th></tr></thead><tbody>
${wParts.map((r, i) => `<tr class="row${i + 1}">${r.map((c, k) => `<td class="col${k}">${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></div>
${edit(3, 'Parts list')}
<h2 class="sectionedit5" id="stage_1low_parts">Stage 1: low parts</h2><div class="level2"><ol>${lis(wSteps1, 'level1')}</ol>
</div>${edit(5, 'Stage 1: low parts')}
<h2 class="sectionedit6" id="stage_2tall_parts">Stage 2: tall parts</h2><div class="level2"><ol>${lis(wSteps2, 'level1')}</ol>
<div class="wrap_important plugin_wrap"><p>${wNote}</p></div></div>${edit(6, 'Stage 2: tall parts')}
<h2 class="sectionedit7" id="testing">Testing</h2><div class="level2">${ps(wTest)}</div>${edit(7, 'Testing')}
</div><div class="docInfo"><bdi>kits/pocket_drone_assembly.txt</bdi> · Last modified: 2026/02/18 21:04 by <bdi>ailsa.fenwick</bdi></div></div></div>
<div id="dokuwiki__pagetools"><h3 class="a11y">Page Tools</h3><div class="tools"><ul>${links(wPage, 'action')}</ul></div></div></div>
<div id="dokuwiki__footer"><div class="pad"><div class="license">Except where otherwise noted, content on this wiki is licensed under the following license:
<bdi><a href="https://creativecommons.org/licenses/by-sa/4.0/deed.en" rel="license" class="urlextern">CC Attribution-Share Alike 4.0 International</a></bdi>
</div>
<div class="buttons"><a href="https://www.dokuwiki.org/donate" title="Donate">Donate</a><a href="https://php.net" title="Powered by PHP">Powered by PHP</a>
<a href="https://dokuwiki.org/" title="Driven by DokuWiki">Driven by DokuWiki</a></div></div></div></div></div>
<div class="no"><img src="/lib/exe/taskrunner.php?id=kits%3Apocket_drone_assembly" width="2" height="1" alt=""/></div></body></html>`;
export const kitWiki: TestPage = {
  name: 'heldout321-dokuwiki-kit-assembly-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wToc.slice(1),
  body: texts([...wIntro, 'You will need:', ...wTools, ...wParts.flat(), ...wSteps1, ...wSteps2, wNote, ...wTest]),
  bylines: ['Last modified: 2026/02/18 21:04 by ailsa.fenwick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'skip to content', 'Fenwick Audio Kits Wiki', 'User Tools', ...wUser, 'Site Tools', ...wSite, 'You are here:', ...wTrace, 'Sidebar', 'All kits',
    'Support and returns', 'kits:pocket_drone_assembly', wToc[0] ?? '', 'Edit', 'kits/pocket_drone_assembly.txt', 'Page Tools', ...wPage,
    'Except where otherwise noted, content on this wiki is licensed under the following license:', 'CC Attribution-Share Alike 4.0 International', 'Donate',
    'Powered by PHP', 'Driven by DokuWiki',
  ],
};
