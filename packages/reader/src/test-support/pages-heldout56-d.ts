import { plain, type TestPage, texts } from './page-kit.js';
import { iep } from './pages-heldout56-d2.js';

/**
 * Held-out batch 56, file d: a Stanford Encyclopedia of Philosophy entry (the SEP header with logo, the Browse / About /
 * Support SEP dropdowns and the search form, the "Entry Navigation" sidebar, the pubinfo line, the preamble, the Entry Contents
 * list, numbered h2 / h3 sections with a note mark, Bibliography, Academic Tools, Other Internet Resources, Related Entries,
 * Acknowledgments, the copyright block with the author's obfuscated address, and the footer with its menus, mirror-site box and
 * credits). The topic's literature, its people and the author are invented.
 */
const sepTitle = 'Tenacity in Inquiry';
const sepPub = 'First published Tue Apr 17, 2012; substantive revision Mon Jun 2, 2025';
const sepPre = [
  'Inquirers often go on working on a hypothesis after the evidence has turned against it. A chemist keeps refining a model that her ' +
    'colleagues regard as refuted; a historian defends a reading of an archive long after the consensus has moved on. Such tenacity seems, ' +
    'on its face, to conflict with the ordinary demand that belief be proportioned to evidence. Yet the history of science is full of cases ' +
    'in which a stubborn minority turned out to be right, and it is not obvious that a community of perfectly responsive inquirers would do ' +
    'better than one with some stubborn members.',
  'This entry surveys the main positions in the debate over whether, and when, tenacity in inquiry is rationally permissible. It ' +
    'distinguishes tenacity in belief from tenacity in pursuit, sets out the argument from the division of cognitive labour, and considers ' +
    'recent attempts to treat tenacity as an intellectual virtue with its own vices of excess and deficiency.',
];
const sepH = [
  '1. Origins of the Problem',
  '2. The Permissibility Debate',
  '2.1 The Argument from Divided Labour',
  '2.2 The Objection from Evidence',
  '3. Tenacity as a Virtue',
];
const sepIds = ['Ori', 'PerDeb', 'ArgFroDivLab', 'ObjFroEvi', 'TenVir'];
const sepOri = [
  'Discussions of tenacity usually begin with the dispute between Kuhn and Popper over the place of dogmatism in normal science, but the ' +
    'problem was posed earlier, and more sharply, by the Danish logician Harald Vinterberg. In a short paper of 1931 Vinterberg asked what an ' +
    'inquirer should do when the available evidence favours one hypothesis but the expected value of further work favours another. His ' +
    'answer, that the two questions call for different standards, anticipated much of the later literature.{1}',
  'Vinterberg\u2019s distinction was largely ignored until Brandvik (1994) revived it under the labels <em>acceptance</em> and ' +
    '<em>pursuit</em>. A hypothesis is accepted when one takes it to be true, or at least likely to be true; it is pursued when one works on ' +
    'it, tests it or develops it further. Brandvik argued that most of the puzzles about tenacity disappear once the two attitudes are kept apart.',
];
const sepLab = [
  'The most influential defence of tenacity appeals to the division of cognitive labour. If every member of a scientific community pursued ' +
    'only the hypothesis best supported by current evidence, the community would abandon promising alternatives too early and would have no ' +
    'way to discover that its favourite was mistaken. A community does better, on this view, if some of its members are more stubborn than ' +
    'the evidence alone would warrant (Okonkwo-Hale 2008).',
  'Critics reply that the argument justifies tenacity at the level of the community without showing that any particular inquirer is ' +
    'rational in being tenacious. It may be good for science that some people are stubborn, just as it may be good for an economy that some ' +
    'people take foolish risks.',
];
const sepEvi = [
  'A second line of criticism holds that tenacity in pursuit cannot be cleanly separated from tenacity in belief. Those who spend years ' +
    'developing a hypothesis tend to come to believe it, and their reading of the evidence may be shaped by that belief. Sollander (2016) ' +
    'calls this the <em>drift</em> problem and argues that a norm permitting tenacious pursuit will, in practice, permit tenacious belief as well.',
];
const sepVir = [
  'Several authors have proposed that tenacity be understood on the model of an Aristotelian virtue, lying between dogmatism on one side ' +
    'and intellectual fickleness on the other. On this account the tenacious inquirer is not someone who ignores evidence but someone who ' +
    'gives up a line of research neither too early nor too late, and whose judgement about when to stop is informed by an understanding of the field.',
  'The virtue account explains why tenacity is admired in some cases and condemned in others. It has been criticised, however, for ' +
    'offering little guidance: to say that one should persist neither too long nor too briefly is, as one reviewer put it, to restate the ' +
    'problem rather than to solve it.',
];
const sepBib = [
  'Brandvik, Tove, 1994, \u201cAcceptance and Pursuit\u201d, <em>Philosophy of Science</em>, 61(2): 201\u2013219.',
  'Okonkwo-Hale, Idris, 2008, \u201cStubborn Scientists and the Division of Cognitive Labour\u201d, <em>Synthese</em>, 164(3): 377\u2013395.',
  'Sollander, Margit, 2016, <em>The Drift of Inquiry</em>, Oxford: Oxford University Press.',
  'Vinterberg, Harald, 1931, \u201cOm Sandsynlighed og Forskning\u201d, <em>Theoria</em> (Copenhagen), 2: 44\u201358.',
];
const sepTools = [
  '<a href="https://plato.stanford.edu/cgi-bin/encyclopedia/archinfo.cgi?entry=tenacity-inquiry" target="other">How to cite this entry</a>.',
  '<a href="https://leibniz.stanford.edu/friends/preview/tenacity-inquiry/" target="other">Preview the PDF version of this entry</a> at the ' +
    '<a href="https://leibniz.stanford.edu/friends/" target="other">Friends of the SEP Society</a>.',
  '<a href="https://www.inphoproject.org/entity?sep=tenacity-inquiry&amp;redirect=True" target="other">Look up topics and thinkers related to ' +
    'this entry</a> at the Internet Philosophy Ontology Project (InPhO).',
  '<a href="https://philpapers.org/sep/tenacity-inquiry/" target="other">Enhanced bibliography for this entry</a> at ' +
    '<a href="https://philpapers.org/" target="other">PhilPapers</a>, with links to its database.',
];
const sepOther = [
  'Vinterberg, H., 1931, \u201cOn Probability and Research\u201d, English translation by K. Lund, manuscript.',
  'Tenacity and Inquiry workshop, University of Bergen, 2023, programme and slides.',
];
const sepRel = ['epistemology: virtue', 'rationality: historicist theories of', 'scientific method', 'scientific revolutions'];
const sepAck = 'The author thanks Idris Okonkwo-Hale and two anonymous referees for comments on the 2025 revision.';
const sepMenus: [string, string[]][] = [
  ['Browse', ['Table of Contents', 'What\u2019s New', 'Random Entry', 'Chronological', 'Archives']],
  ['About', ['Editorial Information', 'About the SEP', 'Editorial Board', 'How to Cite the SEP', 'Special Characters', 'Advanced Tools', 'Contact']],
  ['Support SEP', ['Support the SEP', 'PDFs for SEP Friends', 'Make a Donation', 'SEPIA for Libraries']],
];
const sepSide = ['Entry Contents', 'Bibliography', 'Academic Tools', 'Friends PDF Preview', 'Author and Citation Info', 'Back to Top'];
const menuList = (xs: string[], cls = 'dropdown-menu'): string =>
  `<ul class="${cls}" role="menu">\n${xs
    .map(
      (t) => `<li role="menuitem"><a href="../../${t.toLowerCase().replace(/\W+/g, '-')}.html">${t}</a>
</li>`,
    )
    .join('\n')}\n</ul>`;
const withNotes = (p: string): string => p.replace(/\{(\d+)\}/g, (_, n: string) => `<sup>[<a href="notes.html#note-${n}" id="ref-${n}">${n}</a>]</sup>`);
const sepHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sepTitle} (Stanford Encyclopedia of Philosophy)</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="noarchive, noodp">
<meta property="citation_title" content="${sepTitle}"><meta property="citation_author" content="Ellingham, Ruth">
<meta property="citation_publication_date" content="2012/04/17"><meta name="DC.title" content="${sepTitle}"><meta name="DC.creator" content="Ellingham, Ruth">
<meta name="DCTERMS.issued" content="2012-04-17"><meta name="DCTERMS.modified" content="2025-06-02">
<link rel="stylesheet" type="text/css" href="../../css/bootstrap.min.css"><link rel="stylesheet" type="text/css" href="../../css/sep.css">
<link rel="stylesheet" href="../../css/font-awesome.min.css"><script type="text/javascript" src="../../js/jquery-1.9.1.min.js"></script>
<script type="text/javascript" src="../../js/bootstrap.min.js"></script><script type="text/javascript" src="../../js/sep.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X2LT8KQH1D"></script><script>window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-X2LT8KQH1D');</script></head>
<body id="pagetopright"><div id="container"><div id="header-wrapper"><div id="header"><div id="branding"><div id="site-logo"><a href="../../index.html"><img
 src="../../symbols/sep-man-red.png" alt="SEP home page"></a></div><div id="site-title"><a href="../../index.html">Stanford Encyclopedia of Philosophy</a>
</div></div>
<div id="navigation"><div class="navbar"><div class="navbar-inner"><div class="container"><button class="btn btn-navbar collapsed"
data-target=".collapse-main-menu"
 data-toggle="collapse" type="button"><i class="icon-reorder"></i> Menu</button><div class="nav-collapse collapse-main-menu in collapse"><ul class="nav">
${sepMenus
  .map(
    ([h, xs], i) =>
      `<li class="dropdown open"><a id="drop${i + 1}" href="#" class="dropdown-toggle" data-toggle="dropdown" role="button"><i class="icon-book"></i>
${h}</a>\n${menuList(xs)}</li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div>
<div id="search"><form id="search-form" method="get" action="../../search/searcher.py"><input type="search" name="query" placeholder="Search SEP"><div
 class="search-btn-wrapper"><button class="btn search-btn" type="submit" aria-label="search"><i class="icon-search"></i></button></div></form></div></div></div>
<div id="content"><div id="article-sidebar" class="sticky"><div class="navbar"><div class="navbar-inner"><div class="container"><button class="btn btn-navbar"
 data-target=".collapse-sidebar" data-toggle="collapse" type="button"><i class="icon-reorder"></i> Entry Navigation</button><div id="article-nav"
 class="nav-collapse collapse-sidebar in collapse"><ul class="nav">
${sepSide.map((t) => `<li><a href="#${t === 'Back to Top' ? '' : t.slice(0, 3)}"${t === 'Back to Top' ? ' class="back-to-top"' : ''}>${t}</a></li>`).join('\n')}
</ul></div></div></div></div></div>
<div id="article"><div id="article-content"><!-- BEGIN ARTICLE HTML --><div id="aueditable"><!--DO NOT MODIFY THIS LINE AND ABOVE-->
<h1>${sepTitle}</h1>
<div id="pubinfo"><em>${sepPub}</em></div>
<div id="preamble">
${sepPre.map((p) => `<p>\n${p}\n</p>`).join('\n')}
</div>
<div id="toc"><!--Entry Contents--><ul>
<li><a href="#Ori">${sepH[0]}</a></li>
<li><a href="#PerDeb">${sepH[1]}</a><ul><li><a href="#ArgFroDivLab">${sepH[2]}</a></li><li><a href="#ObjFroEvi">${sepH[3]}</a></li></ul></li>
<li><a href="#TenVir">${sepH[4]}</a></li>
<li><a href="#Bib">Bibliography</a></li><li><a href="#Aca">Academic Tools</a></li><li><a href="#Oth">Other Internet Resources</a></li><li><a
href="#Rel">Related Entries</a></li>
</ul><!--Entry Contents--><hr></div>
<div id="main-text">
<h2 id="${sepIds[0]}">${sepH[0]}</h2>
${sepOri.map((p) => `<p>\n${withNotes(p)}\n</p>`).join('\n')}
<h2 id="${sepIds[1]}">${sepH[1]}</h2>
<h3 id="${sepIds[2]}">${sepH[2]}</h3>
${sepLab.map((p) => `<p>\n${p}\n</p>`).join('\n')}
<h3 id="${sepIds[3]}">${sepH[3]}</h3>
<p>\n${sepEvi[0]}\n</p>
<h2 id="${sepIds[4]}">${sepH[4]}</h2>
${sepVir.map((p) => `<p>\n${p}\n</p>`).join('\n')}
</div>
<div id="bibliography"><h2 id="Bib">Bibliography</h2><ul class="hanging">
${sepBib.map((b) => `<li>${b}</li>`).join('\n')}
</ul></div>
<div id="academic-tools"><h2 id="Aca">Academic Tools</h2><blockquote><table class="vert-top">
${sepTools
  .map(
    (t, i) => `<tr><td><img src="../../symbols/${['sepman-icon.jpg', 'sepman-icon.jpg', 'inpho.png', 'pp.gif'][i]}" alt="icon"></td><td>${t}</td>
</tr>`,
  )
  .join('\n')}
</table></blockquote></div>
<div id="other-internet-resources"><h2 id="Oth">Other Internet Resources</h2><ul>
${sepOther.map((t) => `<li><a href="https://example.org/tenacity/" target="other">${t}</a></li>`).join('\n')}
</ul></div>
<div id="related-entries"><h2 id="Rel">Related Entries</h2><p>
${sepRel.map((t) => `<a href="../${t.replace(/\W+/g, '-')}/">${t}</a>`).join(' |\n')}
</p></div>
<div id="acknowledgments"><h3>Acknowledgments</h3><p>${sepAck}</p></div>
<script type="text/javascript" src="local.js"></script><script type="text/javascript" src="../../js/MathJax-local.js"></script>
</div><!-- #aueditable --><!--DO NOT MODIFY THIS LINE AND BELOW--><!-- END ARTICLE HTML -->
<div id="article-copyright"><p><a href="../../info.html#c">Copyright © 2025</a> by<br>
<a href="https://www.example.edu/~ellingham/" target="other">Ruth Ellingham</a>
&lt;<a href="m&#97;ilto:r&#37;2eellingham&#37;40example&#37;2eedu"><em>r<abbr title=" dot ">&#46;</abbr>ellingham<abbr title=" at ">&#64;</abbr>example<abbr
 title=" dot ">&#46;</abbr>edu</em></a>&gt;</p></div></div></div></div>
<div id="footer"><div id="footer-menu">
${sepMenus.map(([h, xs]) => `<div class="menu-block"><h4><i class="icon-book"></i> ${h}</h4>\n${menuList(xs, 'footer-list')}</div>`).join('\n')}
<div class="menu-block"><h4><i class="icon-globe"></i> Mirror Sites</h4><p>View this site from another server:</p><div class="btn-group open"><a
class="btn dropdown-toggle"
 data-toggle="dropdown" href="https://plato.stanford.edu/"><span class="flag flag-usa"></span> USA (Main Site) <span class="caret"></span><span
class="mirror-source">Philosophy,
 Stanford University</span></a><ul class="dropdown-menu"><li><a href="../../mirrors.html">Info about mirror sites</a></li></ul></div></div></div>
<div id="site-credits"><p>The Stanford Encyclopedia of Philosophy is <a href="../../info.html#c">copyright © 2025</a> by <a
href="https://mally.stanford.edu/">The
 Metaphysics Research Lab</a>, Department of Philosophy, Stanford University</p><p>Library of Congress Catalog Data: ISSN 1095-5054</p></div></div></div>
</body></html>`;
const sep: TestPage = {
  html: sepHtml,
  name: 'heldout56-sep-entry',
  kind: 'wiki',
  // the preamble and the numbered sections' paragraphs are the body (the note mark "[1]" cut out, as citation marks are);
  // the numbered h2 / h3 titles are the headings, numbers included as printed; the pubinfo line and the author's name and
  // address in the copyright block are bylines; Entry Contents (the headings' own words, left out), Bibliography, Academic
  // Tools, Other Internet Resources, Related Entries and the Acknowledgments (a note of thanks, not the entry) are furniture, as
  // are the header, menus, search, sidebar, footer menus, mirror box and credits (the menu "About", a body word, left out)
  title: sepTitle,
  headings: sepH,
  body: [
    ...texts(sepPre),
    ...sepOri
      .flatMap((p) =>
        plain(p)
          .split(/\{\d+\}/)
          .map((t) => t.trim()),
      )
      .filter((t) => t !== ''),
    ...texts([...sepLab, ...sepEvi, ...sepVir]),
  ],
  bylines: [sepPub, 'Ruth Ellingham', 'r.ellingham@example.edu'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stanford Encyclopedia of Philosophy', 'Menu', ...sepMenus.flat(2), 'Entry Navigation', ...sepSide, 'Academic Tools', 'Other Internet Resources',
    'Related Entries', ...sepBib.map(plain), ...sepTools.map(plain), ...sepOther, ...sepRel, 'Acknowledgments', sepAck, 'Copyright © 2025', 'Mirror Sites',
    'View this site from another server:', 'USA (Main Site)', 'Philosophy, Stanford University', 'Info about mirror sites',
    'The Stanford Encyclopedia of Philosophy is copyright © 2025 by The Metaphysics Research Lab, Department of Philosophy, Stanford University',
    'Library of Congress Catalog Data: ISSN 1095-5054',
  ].filter((t, i, all) => all.indexOf(t) === i && t !== 'About'),
};

export const HELDOUT56_D: readonly TestPage[] = [sep, iep];
