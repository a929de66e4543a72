import { links, plain, type TestPage, texts } from './page-kit.js';
import { nlab } from './pages-heldout56-e2.js';

/**
 * Held-out batch 56, file e: a Scholarpedia article on its MediaWiki skin (the logo and tagline, the old-style head tabs, the
 * "Jump to:" line, the author / citation line with doi and revision, the curator and contributors box, equations as TeX images
 * with alt text only, the old table TOC, mw-headline headings, "References", "Internal references", "See also", the sponsor /
 * reviewer / acceptance lines, categories, the left panel's portlets with "Focal areas" and "Activity", and the footer with the
 * view count and licence). The phenomenon's literature, its researchers and the article's authors are invented.
 */
const spTitle = 'Adaptive phase resetting';
const tex = (alt: string, w = 12): string =>
  `<img class="tex" alt="${alt}" src="/w/images/math/${alt.length.toString(16)}a7c0e1f.png" style="vertical-align: -4px; width: ${w}px;">`;
const spLead = [
  '<b>Adaptive phase resetting</b> is a change in the phase response curve (PRC) of an oscillator that depends on the history of the ' +
    'inputs it has received. In an adaptive oscillator a perturbation arriving at a given phase does not always shift the next cycle by the ' +
    'same amount; instead, the shift grows or shrinks as similar perturbations are repeated. The phenomenon has been described in pacemaker ' +
    'neurons, in circadian clocks and in coupled electronic oscillators, and it offers a simple mechanism by which an oscillator can learn ' +
    'the period of a periodic input.',
];
const spH = ['Definition', 'Mechanisms', 'Neurons', 'Circadian clocks', 'Functional significance', 'Open questions'] as const;
const spDef = [
  `Consider an oscillator with phase ${tex('\\theta')} that advances at a natural frequency ${tex('\\omega')} and receives brief pulses of ` +
    'input. Its response is described by the phase model',
  `where ${tex('Z(\\theta)', 34)} is the phase response curve and ${tex('I(t)', 26)} the input. In the classical theory ${tex('Z')} is fixed. ` +
    `An oscillator shows adaptive phase resetting when ${tex('Z')} itself changes slowly as a function of recent input, usually through a ` +
    'second variable that integrates the phase shifts the oscillator has undergone (Okafor and Lindqvist, 1998).',
];
const spNeur = [
  'In neurons the best-studied mechanism is a slow calcium-activated potassium current. Each input that advances the next spike also ' +
    'increases the amount of calcium entering the cell, which strengthens the after-hyperpolarization and reduces the size of later ' +
    'advances. The result is a PRC whose amplitude depends on the rate of recent inputs, with a time constant of several seconds.',
];
const spCirc = [
  'In circadian systems a comparable effect arises from the light-dependent degradation of clock proteins. Repeated light pulses deplete ' +
    'the pool of protein that can be degraded, so the phase shifts produced by later pulses are smaller than those produced by the first ' +
    '(Haverkamp et al., 2006).',
];
const spFun = [
  'Adaptive phase resetting allows an oscillator to entrain to inputs whose period differs markedly from its own natural period without ' +
    'large cycle-to-cycle fluctuations in phase. Simulations show that a network of adaptive oscillators synchronizes more slowly than a ' +
    'network of classical oscillators but stays synchronized over a wider range of input frequencies. Whether real neural circuits exploit ' +
    'this trade-off, for example in the generation of breathing rhythms, remains an open question.',
];
const spOpen = [
  'How the time constant of adaptation is set in different cell types.',
  'Whether adaptive and classical phase resetting can be told apart from spike-time data alone.',
  'How adaptation interacts with noise in large networks of coupled oscillators.',
];
const spRefs = [
  'Haverkamp, J., Moreau, C. and Tanaka, M. (2006). Saturation of light-induced phase shifts in the mammalian circadian clock. <i>Journal of Biological ' +
    'Rhythms</i> 21: 388-399.',
  'Okafor, R. and Lindqvist, L. (1998). Adaptive phase resetting in a model pacemaker neuron. <i>Biological Cybernetics</i> 79: 141-152.',
];
const spInternal = ['Carla Sato (2008) Phase model. Scholarpedia, 3(4):1337.', 'Jonas Weber (2007) Entrainment. Scholarpedia, 2(11):2204.'];
const spSee = ['Phase response curve', 'Entrainment', 'Circadian rhythm'];
const spAuthors = ['Ruth Okafor', 'Lars Lindqvist'];
const spCats = ['Dynamical Systems', 'Computational Neuroscience', 'Oscillators'];
const spPanel: [string, string[]][] = [
  ['navigation', ['Main page', 'About', 'Propose new article', 'Instructions for Authors', 'Random article', 'FAQs', 'Help', 'Blog']],
  [
    'Focal areas',
    ['Astrophysics', 'Celestial mechanics', 'Computational neuroscience', 'Computational intelligence', 'Dynamical systems', 'Physics', 'Touch', 'More topics'],
  ],
  [
    'Activity',
    [
      'Recently published articles',
      'Recently sponsored articles',
      'Recent changes',
      'All articles',
      'List all Curators',
      'List all users',
      'Scholarpedia Journal',
    ],
  ],
  ['Tools', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link']],
];
const spLast = 'This page was last modified on 21 October 2011, at 04:17.';
const spAccepted = 'Accepted on: 2011-08-22 10:14:37 GMT';
const spSponsor = 'Sponsored by: Eugene M. Izhikevich, Editor-in-Chief of Scholarpedia, the peer-reviewed open-access encyclopedia';
const spLicence = 'This article is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported License.';
const head = (h: string, lvl = 2): string => `<h${lvl}><span class="mw-headline" id="${h.replace(/ /g, '_')}">${h}</span></h${lvl}>`;
const spHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="client-nojs"><head><meta charset="UTF-8"><title>${spTitle} - Scholarpedia</title>
<meta name="generator" content="MediaWiki 1.19.24"><link rel="shortcut icon" href="/w/images/6/64/Favicon.ico"><link rel="search"
type="application/opensearchdescription+xml"
 href="/w/opensearch_desc.php" title="Scholarpedia (en)"><link rel="stylesheet"
href="/w/load.php?debug=false&amp;lang=en&amp;modules=mediawiki.legacy.commonPrint%2Cshared%7Cskins.vector&amp;only=styles&amp;skin=vector">
<style>a:lang(ar),a:lang(ckb),a:lang(fa){text-decoration:none}.cp-box{float:right;clear:right;width:260px;border:1px solid #bbb;background:#f7f7f7}</style>
<script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-8417062-1']); _gaq.push(['_trackPageview']);</script></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Adaptive_phase_resetting skin-vector action-view"><div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div><div id="content" class="mw-body" role="main"><a id="top"></a><div id="mw-js-message" style="display:none;"></div>
<h1 id="firstHeading" class="firstHeading"><span dir="auto">${spTitle}</span></h1><div id="bodyContent"><div id="siteSub">From Scholarpedia</div>
<div id="contentSub"><div class="cp-citation"><a href="/article/User:Ruth_Okafor" title="User:Ruth Okafor">${spAuthors[0]}</a> and <a
href="/article/User:Lars_Lindqvist"
 title="User:Lars Lindqvist">${spAuthors[1]}</a> (2011), Scholarpedia, 6(8):10544.</div><div class="cp-doi"><a
href="http://dx.doi.org/10.4249/scholarpedia.10544"
 class="external text">doi:10.4249/scholarpedia.10544</a> revision #137702 [<a
href="/w/index.php?title=Adaptive_phase_resetting&amp;action=cite&amp;rev=137702">link to/cite this
 article</a>]</div></div><div id="jump-to-nav" class="mw-jump">Jump to: <a href="#mw-head">navigation</a>, <a href="#p-search">search</a></div>
<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="cp-box" id="sp_curator_box"><div class="cp-box-title">Post-publication
activity</div>
<p><span class="cp-label">Curator:</span> <a href="/article/User:Ruth_Okafor">${spAuthors[0]}</a></p><p><span class="cp-label">Contributors:</span><br>0.20 - <a
 href="/article/User:Mei_Tanaka">Mei Tanaka</a><br>0.05 - <a href="/article/User:Eugene_M._Izhikevich">Eugene M. Izhikevich</a></p></div>
<p>${spLead[0]}\n</p>
<table id="toc" class="toc"><tr><td><div id="toctitle"><h2>Contents</h2></div><ul>
${[...spH, 'References', 'Internal references', 'See also']
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></td></tr></table>
${head(spH[0])}
<p>${spDef[0]}\n</p>
<dl><dd>${tex('\\frac{d\\theta}{dt} = \\omega + Z(\\theta)\\, I(t)', 180)}</dd></dl>
<p>${spDef[1]}\n</p>
<div class="thumb tright"><div class="thumbinner" style="width:302px;"><a href="/article/File:Adaptive_PRC.png" class="image"><img alt=""
src="/w/images/thumb/a/a3/Adaptive_PRC.png/300px-Adaptive_PRC.png"
 width="300" height="211" class="thumbimage"></a><div class="thumbcaption"><div class="magnify"><a href="/article/File:Adaptive_PRC.png" class="internal"
title="Enlarge"><img
 src="/w/skins/common/images/magnify-clip.png" width="15" height="11" alt=""></a></div>Figure 1: Phase response curves measured after 1, 5 and 20 repeated
inputs in a model pacemaker neuron.</div></div></div>
${head(spH[1])}
${head(spH[2], 3)}
<p>${spNeur[0]}\n</p>
${head(spH[3], 3)}
<p>${spCirc[0]}\n</p>
${head(spH[4])}
<p>${spFun[0]}\n</p>
${head(spH[5])}
<ul>${spOpen.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${head('References')}
<ul>${spRefs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${head('Internal references')}
<ul>${spInternal
  .map(
    (t) =>
      `<li>${t.replace(
        /\) (.+?)\. Scholarpedia/,
        (_, n: string) => `) <a href="/article/${n.replace(/ /g, '_')}">${n}</a>.
Scholarpedia`,
      )}</li>`,
  )
  .join('\n')}</ul>
${head('See also')}
<p>${spSee.map((t) => `<a href="/article/${t.replace(/ /g, '_')}" title="${t}">${t}</a>`).join(', ')}\n</p>
<div class="cp-footer"><p>${spSponsor.replace('Eugene M. Izhikevich', '<a href="/article/User:Eugene_M._Izhikevich">Eugene M. Izhikevich</a>')}</p>
<p>Reviewed by: <a href="/article/User:Anonymous">Anonymous</a></p><p>${spAccepted}</p></div>
</div><div class="printfooter">Retrieved from "<a href="http://www.scholarpedia.org/w/index.php?title=Adaptive_phase_resetting&amp;oldid=137702"
>http://www.scholarpedia.org/w/index.php?title=Adaptive_phase_resetting&amp;oldid=137702</a>"</div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"
 class="mw-normal-catlinks"><a href="/article/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(spCats)}</ul></div></div><div
class="visualClear"></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><div id="p-personal" role="navigation"><h3>Personal tools</h3>
<ul>${links(['Log in / create account'])}</ul></div>
<div id="left-navigation"><div id="p-namespaces" class="vectorTabs"><h3>Namespaces</h3><ul>${links(['Page', 'Discussion'])}</ul></div></div><div
id="right-navigation">
<div id="p-views" class="vectorTabs"><h3>Views</h3><ul>${links(['Read', 'View source', 'View history'])}</ul></div><div id="p-search" role="search"><h3><label
 for="searchInput">Search</label></h3><form action="/w/index.php" id="searchform"><div id="simpleSearch"><input type="search" name="search"
title="Search Scholarpedia"
 id="searchInput"><button type="submit" name="button" id="searchButton"><img src="/w/skins/vector/images/search-ltr.png" alt="Search"></button></div></form>
</div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a style="background-image: url(/w/skins/vector/images/splogo.png);" href="/article/Main_Page"
 title="Visit the main page"></a></div><div class="sp-tagline">the peer-reviewed open-access encyclopedia</div>
${spPanel
  .map(
    ([h, xs]) => `<div class="portal" role="navigation" id="p-${h.replace(/ /g, '_')}"><h3>${h === 'navigation' ? 'Navigation' : h}</h3><div
class="body"><ul>${links(xs)}</ul></div></div>`,
  )
  .join('\n')}
</div></div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${spLast}</li><li id="footer-info-viewcount">This page has been
accessed 48,215 times.</li>
<li id="footer-info-copyright">${spLicence}</li></ul><ul id="footer-places">${links(['Privacy policy', 'About Scholarpedia', 'Disclaimers'])}</ul><ul
id="footer-icons"
 class="noprint"><li id="footer-poweredbyico"><a href="//www.mediawiki.org/"><img src="/w/skins/common/images/poweredby_mediawiki_88x31.png"
alt="Powered by MediaWiki"
 width="88" height="31"></a><a href="http://www.mathjax.org/"><img src="/w/images/MathJax.png" alt="Powered by MathJax" width="88" height="31"></a></li>
</ul></div>
</body></html>`;
const scholarpedia: TestPage = {
  html: spHtml,
  name: 'heldout56-scholarpedia-article',
  kind: 'wiki',
  // the lead, the sections' paragraphs and the open-questions list are body (the TeX images have only alt text, so the body
  // reads "with phase that advances"); the two authors (citation line and curator box), the contributors and the acceptance
  // date are bylines, and so is the page's "last modified" line; the rest of the citation line (journal, doi, revision, cite
  // link), the curator box's labels, the figure caption, "References", "Internal references", "See also", the sponsor and
  // reviewer lines (editorial credits, not authors), categories, panel, tabs and footer are furniture; "Phase response curve"
  // (See also) and "Oscillators" (a category) are words of the body: left out
  title: spTitle,
  headings: [...spH],
  body: texts([...spLead, ...spDef, ...spNeur, ...spCirc, ...spFun, ...spOpen]),
  bylines: [...spAuthors, 'Mei Tanaka', 'Eugene M. Izhikevich', spAccepted, spLast],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Scholarpedia', '(2011), Scholarpedia, 6(8):10544.', 'doi:10.4249/scholarpedia.10544', 'revision #137702', 'link to/cite this article', 'Jump to:',
    'Post-publication activity', 'Curator:', 'Contributors:', 'Contents', 'References', 'Internal references', 'See also',
    'Figure 1: Phase response curves measured after 1, 5 and 20 repeated inputs in a model pacemaker neuron.', ...spRefs.map(plain), ...spInternal,
    ...spSee, 'Sponsored by:', 'Editor-in-Chief of Scholarpedia, the peer-reviewed open-access encyclopedia', 'Reviewed by:', 'Anonymous',
    'Retrieved from "http://www.scholarpedia.org/w/index.php?title=Adaptive_phase_resetting&oldid=137702"', 'Categories', ...spCats, 'Navigation menu',
    'Personal tools', 'Log in / create account', 'Namespaces', 'Page', 'Discussion', 'Views', 'Read', 'View source', 'View history', 'Search',
    'the peer-reviewed open-access encyclopedia', 'Navigation', ...spPanel.flatMap(([h, xs]) => [h, ...xs]).filter((t) => t !== 'navigation'),
    'This page has been accessed 48,215 times.', spLicence, 'Privacy policy', 'About Scholarpedia', 'Disclaimers',
  ].filter((t, i, all) => all.indexOf(t) === i && !['Phase response curve', 'Oscillators'].includes(t)),
};

export const HELDOUT56_E: readonly TestPage[] = [scholarpedia, nlab];
