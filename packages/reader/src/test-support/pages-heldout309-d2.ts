import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file d2: an encyclopedia entry on the Stanford Encyclopedia of Philosophy template (header with the
 * Browse / About / Support menus and search, the pubinfo line, preamble, the Entry Contents list, main text with numbered
 * sections, bibliography, Academic Tools, Other Internet Resources, Related Entries, the copyright line with the author,
 * the article sidebar and the footer with its menus and credits).
 */
const eTitle = 'Gratitude as an Intellectual Virtue';
const ePre = [
  j(
    'Gratitude is usually discussed as a moral virtue, a fitting response to a benefactor’s goodwill. A smaller literature asks',
    'whether there is also an intellectual form of gratitude: a disposition to acknowledge the sources of one’s knowledge, to',
    'credit teachers, predecessors and interlocutors, and to let that acknowledgment shape how one inquires.',
  ),
  'This entry surveys the main arguments for treating gratitude as an intellectual virtue and the objections raised against them.',
];
const eH = ['1. The Basic Proposal', '2. Gratitude and Epistemic Dependence', '3. Objections', '3.1 The Impersonality Objection', '4. Conclusion'];
const eS1 = [
  j(
    'The basic proposal, defended most fully by Adaeze Omoruyi (2014), holds that a grateful inquirer is disposed to recognise',
    'that her beliefs rest on the testimony, labour and generosity of others, and that this recognition is not merely polite but',
    'epistemically productive. Such an inquirer, Omoruyi argues, is better placed to track the reliability of her sources,',
    'because she attends to where her beliefs came from.',
  ),
];
const eS2 = [
  j(
    'Much of what anyone knows is known on the word of others. Defenders of intellectual gratitude draw on this familiar point',
    'about epistemic dependence to argue that gratitude is the fitting attitude towards a dependence that is both unavoidable',
    'and, in the good case, freely given. Three features are usually said to mark the grateful inquirer:',
  ),
];
const eList = [
  'acknowledgment: she is able and willing to say whose work her conclusions rest on;',
  'attentiveness: she notices when a source has gone beyond what was owed, for example by sharing data or correcting an error;',
  'reciprocity: she is disposed to give in turn, by teaching, reviewing or making her own work available.',
];
const eS3 = [
  j(
    'Critics have argued that the proposal either collapses into intellectual humility or confuses an ethical attitude with an',
    'epistemic one. On the first worry, Lindqvist (2017) claims that everything the grateful inquirer does is already explained',
    'by her awareness of her own limits.',
  ),
];
const eS31 = [
  j(
    'A further objection holds that gratitude requires a benefactor who intended the benefit, whereas much knowledge is passed on',
    'impersonally, through textbooks, archives and institutions. Replies distinguish gratitude to persons from a broader',
    'appreciation of an epistemic community, and some defenders accept that the latter is only gratitude in an extended sense.',
  ),
];
const eS4 = [
  j(
    'Whether or not intellectual gratitude is a distinct virtue, the debate has drawn attention to the social texture of',
    'inquiry and to the ways in which acknowledgment sustains the communities on which knowledge depends.',
  ),
];
const eBib = [
  'Lindqvist, M., 2017, “Humility Enough: Against Intellectual Gratitude”, <em>Journal of Social Epistemology</em>, 12(3): 211–229.',
  'Omoruyi, A., 2014, <em>Debts of Understanding</em>, Harwick: Lantern University Press.',
  'Sato, K. and P. Bellweather, 2021, “Gratitude to Institutions”, <em>Philosophical Quarterly Review</em>, 44: 87–105.',
];
const eToc = [
  '1. The Basic Proposal',
  '2. Gratitude and Epistemic Dependence',
  '3. Objections',
  '4. Conclusion',
  'Bibliography',
  'Academic Tools',
  'Other Internet Resources',
  'Related Entries',
];
const eTools = [
  'How to cite this entry.',
  'Preview the PDF version of this entry at the Friends of the MEP Society.',
  'Look up topics and thinkers related to this entry at the Internet Philosophy Ontology Project (InPhO).',
];
const eOther = ['Omoruyi, A., “Gratitude and Testimony”, lecture notes, Lantern University.', 'Intellectual Virtues Reading Group archive.'];
const eRel = ['epistemology: social', 'testimony: epistemological problems of', 'virtue epistemology'];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} (Meridian Encyclopedia of Philosophy)</title><meta property="citation_title" content="${eTitle}">
<meta property="citation_author" content="Halvorsen, Ingrid"><meta property="citation_publication_date" content="2026/02/10">
<meta name="DC.title" content="${eTitle}"><meta name="DC.creator" content="Halvorsen, Ingrid"><meta name="DCTERMS.issued" content="2026-02-10">
<link rel="stylesheet" type="text/css" href="../../css/bootstrap.min.css"><link rel="stylesheet" type="text/css" href="../../css/mep.css">
<script type="text/javascript" src="../../js/jquery.min.js"></script><script type="text/javascript" src="../../js/mep.js"></script>
<script type="text/x-mathjax-config">MathJax.Hub.Config({tex2jax:{inlineMath:[['$','$']]}});</script></head>
<body class="mep-entry"><div id="container"><div id="header-wrapper"><div id="header"><div id="branding"><div id="site-logo"><a href="../../index.html">
<img src="../../symbols/mep-logo.png" alt="MEP logo"></a></div><div id="site-title"><a href="../../index.html">Meridian Encyclopedia of Philosophy</a></div>
</div>
<div id="navigation"><div class="navbar"><div class="container"><div class="collapse navbar-collapse" id="navbar-collapse"><ul class="nav navbar-nav">
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown"><i class="icon-book"></i> Browse</a><ul class="dropdown-menu">
<li><a href="../../contents.html">Table of Contents</a></li><li><a href="../../new.html">What’s New</a></li><li><a href="../../random">Random Entry</a></li>
<li><a href="../../published.html">Chronological</a></li><li><a href="../../archives/">Archives</a></li></ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle"><i class="icon-info-sign"></i> About</a><ul class="dropdown-menu"><li>
<a href="../../info.html">Editorial
Information</a></li><li><a href="../../about.html">About the MEP</a></li></ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle"><i class="icon-leaf"></i> Support MEP</a><ul class="dropdown-menu"><li><a href="../../support/">Support
the Encyclopedia</a></li></ul></li></ul></div></div></div></div>
<div id="search"><form id="search-form" method="get" action="../../search/searcher.py"><input type="search" name="query" placeholder="Search MEP">
<div class="search-btn-wrapper"><button class="btn search-btn" type="submit" aria-label="search"><i class="icon-search"></i></button></div></form></div></div>
</div>
<div id="content"><div id="article-sidebar" class="sticky"><div class="navbar"><div id="article-nav" class="collapse navbar-collapse"><ul class="nav">
<li><a href="#toc"><i class="icon-book"></i>Entry Contents</a></li><li><a href="#Bib"><i class="icon-book"></i>Bibliography</a></li>
<li><a href="#Aca"><i class="icon-book"></i>Academic Tools</a></li><li><a href="../../friends-preview"><i class="icon-eye-open"></i>Friends PDF Preview</a></li>
<li><a href="../../archinfo?entry=gratitude-intellectual"><i class="icon-info-sign"></i>Author and Citation Info</a></li>
<li><a href="#" class="back-to-top"><i class="icon-angle-up"></i>Back to Top</a></li></ul></div></div></div>
<div id="article"><div id="article-content"><div id="aueditable"><h1>${eTitle}</h1>
<div id="pubinfo"><em>First published Tue Feb 10, 2026</em></div>
<div id="preamble">${ps(ePre)}</div>
<div id="toc"><ul>${eToc.map((t, i) => `<li><a href="#s${i}">${t}</a></li>`).join('\n')}</ul><hr></div>
<div id="main-text">
<h2 id="BasPro">${eH[0]}</h2>${ps(eS1)}
<h2 id="GraEpiDep">${eH[1]}</h2>${ps(eS2)}<ul>${eList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="Obj">${eH[2]}</h2>${ps(eS3)}
<h3 id="ImpObj">${eH[3]}</h3>${ps(eS31)}
<h2 id="Con">${eH[4]}</h2>${ps(eS4)}
</div>
<div id="bibliography"><h2 id="Bib">Bibliography</h2><ul class="hanging">${eBib.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div id="academic-tools"><h2 id="Aca">Academic Tools</h2><blockquote><table class="vert-top">
${eTools.map((t) => `<tr><td><img src="../../symbols/mepman-icon.jpg" alt="mep man icon"></td><td>${t}</td></tr>`).join('\n')}</table></blockquote></div>
<div id="other-internet-resources"><h2 id="Oth">Other Internet Resources</h2><ul>${eOther.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div id="related-entries"><h2 id="Rel">Related Entries</h2><p>${eRel.map((t) => `<a href="../${t.length}/">${t}</a>`).join(' | ')}</p></div>
<div><p><a href="../../info.html#c">Copyright © 2026</a> by <br><a href="https://lantern.example/halvorsen">Ingrid Halvorsen</a>
&lt;<a href="mailto:ihalvorsen@lantern.example"><em>ihalvorsen@lantern.example</em></a>&gt;</p></div></div></div></div></div>
<div id="footer"><div id="footer-menu"><div class="span4"><div id="footer-menu-browse"><h4>Browse</h4><ul><li>
<a href="../../contents.html">Table of Contents</a></li>
<li><a href="../../new.html">What’s New</a></li><li><a href="../../archives/">Archives</a></li></ul></div></div><div class="span4">
<div id="footer-menu-mirrors">
<h4>Mirror Sites</h4><p>View this site from another server:</p></div></div></div>
<div id="site-credits"><p>The Meridian Encyclopedia of Philosophy is <a href="../../info.html#c">copyright © 2026</a> by The Metaphysics Lab, Lantern University
</p><p>Library of Congress Catalog Data: ISSN 2210-4471</p></div></div></div></body></html>`;
export const sep: TestPage = {
  name: 'heldout309-sep-style-philosophy-wiki',
  kind: 'wiki',
  html: eHtml,
  title: eTitle,
  headings: [...eH, 'Bibliography'],
  body: texts([...ePre, ...eS1, ...eS2, ...eList, ...eS3, ...eS31, ...eS4, ...eBib]),
  bylines: ['First published Tue Feb 10, 2026', 'Ingrid Halvorsen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Meridian Encyclopedia of Philosophy', 'Browse', 'Table of Contents', 'What’s New', 'Random Entry', 'Chronological', 'Archives', 'Editorial Information',
    'About the MEP', 'Support MEP', 'Support the Encyclopedia', 'Entry Contents', 'Friends PDF Preview', 'Author and Citation Info', 'Back to Top',
    ...eTools, ...eOther, ...eRel, 'Other Internet Resources', 'Related Entries', 'Academic Tools', 'Copyright © 2026', 'ihalvorsen@lantern.example',
    'Mirror Sites', 'View this site from another server:',
    'The Meridian Encyclopedia of Philosophy is copyright © 2026 by The Metaphysics Lab, Lantern University',
    'Library of Congress Catalog Data: ISSN 2210-4471',
  ],
};
