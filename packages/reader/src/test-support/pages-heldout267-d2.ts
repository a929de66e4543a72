import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file d2: a Scholarpedia-style article (MediaWiki with the MonoBook-like Scholarpedia skin: the author and
 * citation box with doi and revision, the "Curator" and "Contributors" lines, the endorsement note, the column-one navigation
 * portlets, equations as images with alt text, internal references, "See also", "Recommended reading" and the footer).
 */
const kTitle = 'Reed-bed oscillator';
const kIntro = [
  j(
    'A <b>reed-bed oscillator</b> is a model of a population of coupled phase oscillators in which each unit interacts only with',
    'units inside a fixed radius, like stems in a bed of reeds moved by the same wind. The model was introduced by Lunt (1998) to',
    'explain travelling waves of synchrony in patches of flashing insects.',
  ),
];
const kDef = [
  j(
    'Each oscillator i has a phase θ<sub>i</sub> and a natural frequency ω<sub>i</sub> drawn from a narrow distribution. The',
    'phases evolve as dθ<sub>i</sub>/dt = ω<sub>i</sub> + (K/N<sub>i</sub>) Σ sin(θ<sub>j</sub> − θ<sub>i</sub>), where the sum runs',
    'over the N<sub>i</sub> neighbours within distance r of unit i and K is the coupling strength.',
  ),
  'When r is larger than the size of the population, the model reduces to the classical all-to-all model of mean-field synchrony.',
];
const kProps = [
  j(
    'For small coupling the phases drift independently. Above a critical coupling K<sub>c</sub>, which grows as r shrinks, local',
    'clusters lock together. Between the two regimes the system shows patches of synchrony that form, travel and break up.',
  ),
  'Three properties of the model have been studied in detail:',
];
const kList = [
  'the dependence of the critical coupling on the radius r, which follows a power law for small r;',
  'the speed of the travelling waves, which is proportional to the spread of natural frequencies;',
  'the lifetime of clusters near the boundary of the population, which is shorter than in the interior.',
];
const kApps = [
  j(
    'Besides flashing insects, reed-bed oscillators have been used to model the firing of pacemaker cells in tissue slices and',
    'the clapping of audiences in long, narrow halls, where the rhythm is observed to spread from the front rows backwards.',
  ),
  j(
    'Varga and Lunt (2007) showed that adding a small amount of noise lowers the critical coupling, a result that has been',
    'confirmed in experiments with electronic oscillators on a circuit board.',
  ),
];
const kQuote = ['"The reeds do not need to see the wind; it is enough that each one feels its neighbours." (Lunt, 1998)'];
const kRefs = [
  'Lunt, D. (1998). Local coupling and travelling synchrony. Journal of Nonlinear Patterns 4: 211-230.',
  'Varga, L. and Lunt, D. (2007). Noise-assisted locking in spatially coupled oscillators. Physical Review Letters of Lessmark 12: 44-47.',
];
const kSeeAlso = ['Phase oscillator', 'Synchronization', 'Travelling wave'];
const kNav = ['Main page', 'About', 'Propose a new article', 'Instructions for Authors', 'Random article', 'FAQs', 'Help', 'Blog'];
const kFocal = ['Astrophysics', 'Celestial mechanics', 'Computational neuroscience', 'Dynamical systems', 'Physics'];
const kTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link'];
const kHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="client-nojs"><head><meta charset="UTF-8"><title>Reed-bed oscillator - Scholarpedia</title>
<meta name="generator" content="MediaWiki 1.31.16"><meta name="citation_title" content="Reed-bed oscillator">
<meta name="citation_author" content="Dario Lunt"><meta name="citation_date" content="2011"><meta name="citation_doi" content="10.4249/scholarpedia.44710">
<script>var RLCONF={"wgCanonicalNamespace":"","wgPageName":"Reed-bed_oscillator","wgTitle":"Reed-bed oscillator","wgCurRevisionId":191822};</script>
</head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Reed-bed_oscillator rootpage-Reed-bed_oscillator skin-scholarpedia action-view">
<div id="globalWrapper"><div id="column-content"><div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div class="sp-notice">Scholarpedia is supported by Brain Corporation</div></div>
<div class="cp-box"><div class="cp-item">Post-publication activity</div><div class="cp-item">
<span>Curator:</span> <a href="/article/User:Dario_Lunt">Dario Lunt</a></div>
<div class="cp-item"><span>Contributors:</span> <a href="/article/User:Liesel_Varga">Liesel Varga</a></div></div>
<h1 id="firstHeading" class="firstHeading" lang="en">${kTitle}</h1>
<div id="bodyContent" class="mw-body-content"><div id="siteSub">From Scholarpedia</div>
<div id="sp_authors" class="sp_authors"><a href="/article/User:Dario_Lunt">Dario Lunt</a> (2011), Scholarpedia, 6(3):44710.
<a href="http://dx.doi.example/10.4249/scholarpedia.44710">doi:10.4249/scholarpedia.44710</a> revision #191822
[<a href="/w/index.php?title=Reed-bed_oscillator&amp;action=cite">link to/cite this article</a>]</div>
<div id="contentSub"></div><div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">
<div class="sp_endorse">
<b>Dr. Liesel Varga</b>, Orlen Institute of Physics, accepted the invitation on 3 March 2010 (self-imposed deadline: 3 September 2010).</div>
${ps(kIntro)}
<div id="toc" class="toc"><div class="toctitle"><h2>Contents</h2></div><ul><li class="toclevel-1"><a href="#Definition"><span class="tocnumber">1</span>
<span class="toctext">Definition</span></a></li></ul></div>
<h2><span class="mw-headline" id="Definition">Definition</span></h2>
${ps(kDef)}
<div class="thumb tright"><div class="thumbinner" style="width:302px;"><img alt="" src="/w/images/thumb/reed_bed_waves.png" width="300" height="200"
class="thumbimage"><div class="thumbcaption">Figure 1: Travelling patches of synchrony in a population of 10,000 units with r = 5.</div></div></div>
<h2><span class="mw-headline" id="Properties">Properties</span></h2>
${ps(kProps)}
<ul>${kList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2><span class="mw-headline" id="Applications">Applications</span></h2>
${ps(kApps)}
<blockquote><p>${kQuote[0]}</p></blockquote>
<h2><span class="mw-headline" id="References">References</span></h2>
<ul>${kRefs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2><span class="mw-headline" id="See_also">See also</span></h2>
<ul>${links(kSeeAlso)}</ul>
<p class="sp-sponsor">Sponsored by: <a href="/article/User:Pia_Strand">Prof. Pia Strand</a>, Faculty of Mathematics, University of Orlen</p>
<p class="sp-review">Reviewed by: Anonymous</p></div></div>
<div class="printfooter">Retrieved from "http://www.scholarpedia.example/w/index.php?title=Reed-bed_oscillator&amp;oldid=191822"</div>
<div id="catlinks" class="catlinks"><a href="/article/Special:Categories">Categories</a>: <ul>
<li>Dynamical Systems</li><li>Synchronization Models</li></ul></div>
</div></div></div>
<div id="column-one"><h2>Navigation menu</h2><div class="portlet" id="p-personal"><ul>${links(['Log in'])}</ul></div>
<div class="portlet" id="p-logo"><a href="/article/Main_Page" class="mw-wiki-logo" title="Visit the main page"></a></div>
<div class="generated-sidebar portlet" id="p-navigation"><h3>Navigation</h3><div class="pBody"><ul>${links(kNav)}</ul></div></div>
<div class="generated-sidebar portlet" id="p-Focal_areas"><h3>Focal areas</h3><div class="pBody"><ul>${links(kFocal)}</ul></div></div>
<div class="portlet" id="p-search"><h3>Search</h3><form id="searchform"><input type="search" name="search"></form></div>
<div class="portlet" id="p-activity"><h3>Activity</h3><div class="pBody">
<ul>${links(['Recently published articles', 'Recently sponsored articles'])}</ul></div></div>
<div class="portlet" id="p-tb"><h3>Tools</h3><div class="pBody"><ul>${links(kTools)}</ul></div></div></div>
<div class="visualClear"></div><div id="footer" role="contentinfo"><ul id="f-list">
<li id="lastmod"> This page was last modified on 21 October 2011, at 04:12.</li>
<li id="viewcount">This page has been accessed 18,442 times.</li>
<li id="copyright">"Reed-bed oscillator" by Dario Lunt is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported License.</li>
</ul><ul>${links(['Privacy policy', 'About Scholarpedia', 'Disclaimers'])}</ul></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":402});});</script></body></html>`;
export const scholar: TestPage = {
  name: 'heldout267-scholarpedia-wiki',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: ['Definition', 'Properties', 'Applications', 'References', 'See also'],
  body: texts([...kIntro, ...kDef, ...kProps, ...kList, ...kApps, ...kQuote]),
  bylines: [
    'Curator:',
    'Dario Lunt',
    'Contributors:',
    'Liesel Varga',
    'Dario Lunt (2011), Scholarpedia, 6(3):44710.',
    'This page was last modified on 21 October 2011, at 04:12.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Scholarpedia is supported by Brain Corporation', 'Post-publication activity', 'From Scholarpedia', 'doi:10.4249/scholarpedia.44710',
    'revision #191822', 'link to/cite this article',
    'Dr. Liesel Varga, Orlen Institute of Physics, accepted the invitation on 3 March 2010 (self-imposed deadline: 3 September 2010).', 'Contents',
    'Figure 1: Travelling patches of synchrony in a population of 10,000 units with r = 5.', ...kRefs, ...kSeeAlso,
    'Sponsored by: Prof. Pia Strand, Faculty of Mathematics, University of Orlen', 'Reviewed by: Anonymous', 'Categories', 'Dynamical Systems',
    'Synchronization Models', 'Navigation menu', 'Log in', 'Navigation', ...kNav, 'Focal areas', ...kFocal, 'Activity', 'Recently published articles',
    'Recently sponsored articles', 'Tools', ...kTools, 'This page has been accessed 18,442 times.',
    '"Reed-bed oscillator" by Dario Lunt is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported License.',
    'Privacy policy', 'About Scholarpedia', 'Disclaimers',
  ],
};
