import { plain, type TestPage, texts } from './page-kit.js';
import { khanArticle } from './pages-heldout139-d2.js';

/**
 * Held-out batch 139, file d: a Stanford Encyclopedia of Philosophy entry (the SEP header with the Browse / About / Support
 * SEP dropdown menus and search, the "Entry Navigation" sidebar, the h1, the pubinfo line, the preamble, the entry contents
 * list, the numbered main text, the bibliography, the "Academic Tools" table, other internet resources, related entries,
 * the author copyright block, the fundraising banner and the footer menus with the mirror-site block and the credits) and,
 * from file d2, a Khan Academy article.
 */
const title = 'Moral Residue';
const pubinfo = 'First published Mon Oct 9, 2017; substantive revision Thu Jun 15, 2023';
const preamble = [
  `An agent who has acted rightly may nonetheless feel that something remains to be answered for. The surgeon who saves five patients by delaying
treatment for a sixth, or the parent who breaks a promise to one child in order to care for another, often reports regret, guilt or an urge to make
amends, even when they are confident that they chose as they should. Philosophers call what is left over <em>moral residue</em>.`,
  `This entry surveys the main debates about moral residue: whether it is rational, what it shows about the structure of moral requirements, and what
place it has in an account of good character.`,
];
const heads = [
  '1. The Phenomenon of Residue',
  '2. Residue and Moral Dilemmas',
  '2.1 The Argument from Residue',
  '2.2 Residue Without Dilemmas',
  '3. Is Residue Rational?',
  '4. Residue and Character',
];
const s1 = [
  `Discussions of moral residue usually begin with cases in which an agent faces conflicting obligations and can satisfy only one. Halvorsen (1998)
distinguishes three responses that such agents commonly show: <em>regret</em>, a painful wish that things had been otherwise; <em>agent-regret</em>, a
regret that is tied to one's own part in what happened; and a felt <em>duty of repair</em>, which leads the agent to apologise, explain or compensate.`,
  `What makes these responses philosophically interesting is that they persist even when the agent believes the choice was correct. A spectator may
regret a bad outcome, but only the agent feels that something is owed.`,
];
const s2 = [
  `Residue has played a central role in the long-running debate over whether genuine moral dilemmas exist, that is, whether an agent can be under two
obligations that cannot both be met, neither of which is overridden.`,
];
const s21 = [
  `Defenders of dilemmas have argued that residue is best explained by supposing that the overridden obligation was never cancelled. If the promise to
the first child still bound the parent, then breaking it was a genuine wrong, however justified, and guilt is the fitting response. Okafor (2004) calls
this the argument from residue and treats it as the strongest case for dilemmas.`,
  'The argument can be set out in three steps:',
];
const s21List = [
  'Agents who rightly act against one of two conflicting obligations appropriately feel guilt.',
  'Guilt is appropriate only where a moral requirement has been violated.',
  'So in such cases a moral requirement has been violated, even though the agent acted rightly.',
];
const s22 = [
  `Critics reply that residue can be explained without dilemmas. On the view of Brennan and Sato (2011), an overridden obligation does not survive as an
obligation, but it leaves behind a new one: a duty to acknowledge the person who was let down and, where possible, to make up for the loss. Guilt is
then misplaced, but regret and the urge to repair are not.`,
];
const s3 = [
  `A further question is whether residue is rational at all. Some writers argue that an agent who is certain she chose rightly should, on reflection, let
such feelings go, since they track no wrongdoing. Others reply that emotions need not be justified by a verdict about rightness; they may instead
respond to the real loss suffered by another person.`,
  `As Lindqvist puts it, “the person I failed is not made whole by my having had good reasons” (2019, 88). On this view residue is a form of attention to
the particular person, which the verdict of the moral calculation cannot supply.`,
];
const s4 = [
  `Virtue theorists have been the most sympathetic to residue. An agent who could break a serious promise and feel nothing, even for the best of reasons,
would seem to lack something we value in a good person. Residue, on this account, is evidence of a character that takes other people's claims seriously,
and its absence is a warning sign even when the action itself was right.`,
  `Not everyone is persuaded. Critics note that excessive residue can also be a vice, as in the scrupulous agent who cannot act for fear of failing
someone. The challenge for a virtue account is to say how much residue is enough.`,
];
const bib = [
  'Brennan, C. and H. Sato, 2011, “Overridden but Not Forgotten”, <em>Journal of Ethical Theory</em>, 19: 201–223.',
  'Halvorsen, K., 1998, <em>Remainders: Regret, Guilt and the Limits of Justification</em>, Oxford: Clarendon Hill Press.',
  'Lindqvist, A., 2019, <em>The Claims of the Particular</em>, Cambridge, MA: Harbour University Press.',
  'Okafor, N., 2004, “The Argument from Residue Revisited”, <em>Ethics Quarterly</em>, 41(2): 155–178.',
];
const tools = [
  '<a href="https://plato.stanford.edu/cgi-bin/encyclopedia/archinfo.cgi?entry=moral-residue">How to cite this entry</a>.',
  '<a href="https://leibniz.stanford.edu/friends/preview/moral-residue/">Preview the PDF version of this entry</a>' +
    ' at the <a href="https://leibniz.stanford.edu/friends/">Friends of the SEP Society</a>.',
  '<a href="https://www.inphoproject.org/entity?sep=moral-residue&amp;redirect=True">Look up topics and thinkers related to this entry</a>' +
    ' at the Internet Philosophy Ontology Project (InPhO).',
  '<a href="https://philpapers.org/sep/moral-residue/">Enhanced bibliography for this entry</a>' +
    ' at <a href="https://philpapers.org/">PhilPapers</a>, with links to its database.',
];
const other = [
  'Marwick, I., 2022, “Residue and repair”, lecture notes, University of Tarn.',
  'Ethics of Regret Network, a research network on regret and moral emotion.',
];
const related = ['blame', 'guilt', 'moral dilemmas', 'promises', 'regret', 'virtue ethics'];
const browse = ['Table of Contents', "What's New", 'Random Entry', 'Chronological', 'Archives'];
const about = ['Editorial Information', 'About the SEP', 'Editorial Board', 'How to Cite the SEP', 'Special Characters', 'Advanced Tools', 'Contact'];
const support = ['Support the SEP', 'PDFs for SEP Friends', 'Make a Donation', 'SEPIA for Libraries'];
const entryNav = ['Entry Contents', 'Bibliography', 'Academic Tools', 'Friends PDF Preview', 'Author and Citation Info', 'Back to Top'];
const banner = [
  'Open access to the SEP is made possible by a world-wide funding initiative.',
  'The Encyclopedia Now Needs Your Support',
  'Please Read How You Can Help Keep the Encyclopedia Free',
];
const credits = [
  'The Stanford Encyclopedia of Philosophy is <a href="../../info.html#c">copyright © 2025</a>' +
    ' by <a href="https://mally.stanford.edu/">The Metaphysics Research Lab</a>' +
    ', Department of Philosophy, Stanford University',
  'Library of Congress Catalog Data: ISSN 1095-5054',
];
const ids = ['PhenResi', 'ResiMoraDile', 'ArguFromResi', 'ResiWithDile', 'ResiRati', 'ResiChar'];
const menu = (
  icon: string,
  label: string,
  items: readonly string[],
): string => `<li class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="#">
<i class="icon-${icon}"></i> ${label}</a><ul class="dropdown-menu">${items
  .map(
    (t) => `<li role="menuitem"><a
href="../../${t.length}.html">${t}</a></li>`,
  )
  .join('')}</ul></li>`;
const block = (
  icon: string,
  label: string,
  items: readonly string[],
): string => `<div class="menu-block"><h4><i class="icon-${icon}"></i> ${label}</h4><ul role="menu">
${items.map((t) => `<li><a href="../../${t.length}.html">${t}</a></li>`).join('')}</ul></div>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>\n${t}\n</p>`).join('\n');
const h = (i: number): string =>
  heads[i]!.includes('.1 ') || heads[i]!.includes('.2 ') ? `<h3 id="${ids[i]}">${heads[i]}</h3>` : `<h2 id="${ids[i]}">${heads[i]}</h2>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Moral Residue (Stanford Encyclopedia of Philosophy)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noarchive, noodp">
<meta property="citation_title" content="Moral Residue"><meta property="citation_author" content="Marwick, Ilse"><meta property="citation_publication_date"
content="2017/10/09">
<meta name="DC.title" content="Moral Residue"><meta name="DC.creator" content="Marwick, Ilse"><meta name="DCTERMS.issued" content="2017-10-09">
<meta name="DCTERMS.modified" content="2023-06-15"><meta property="og:type" content="website"><meta property="og:title" content="Moral Residue">
<meta property="og:site_name" content="Stanford Encyclopedia of Philosophy"><meta property="og:url" content="https://plato.stanford.edu/entries/moral-residue/">
<meta property="og:description" content="An agent who has acted rightly may nonetheless feel that something remains to be answered for.">
<link rel="stylesheet" type="text/css" href="../../css/bootstrap.min.css"><link rel="stylesheet" type="text/css" href="../../css/bootstrap-responsive.min.css">
<link rel="stylesheet" type="text/css" href="../../css/font-awesome.min.css"><link rel="stylesheet" type="text/css" href="../../css/sep.css">
<script type="text/javascript" src="../../js/jquery.min.js"></script><script type="text/javascript" src="../../js/bootstrap.min.js"></script>
<script type="text/javascript" src="../../js/sep.js"></script></head>
<body id="pagetopright" onload=""><div id="container"><div id="header-wrapper"><div id="header"><div id="branding"><div id="site-logo"><a
href="../../index.html">
<img src="../../symbols/sep-man-red.png" alt="SEP home page"></a></div><div id="site-title"><a href="../../index.html">Stanford Encyclopedia of
Philosophy</a></div></div>
<div id="navigation"><div class="navbar"><div class="navbar-inner"><div class="container"><button class="btn btn-navbar collapsed"
data-target=".collapse-main-menu"
data-toggle="collapse" type="button"><i class="icon-reorder"></i> Menu</button><div class="nav-collapse collapse-main-menu in collapse"><ul class="nav">
${menu('book', 'Browse', browse)}${menu('info-sign', 'About', about)}${menu('leaf', 'Support SEP', support)}</ul></div></div></div></div></div>
<div id="search"><form id="search-form" method="get" action="../../search/searcher.py"><input type="search" name="query" placeholder="Search SEP">
<div class="search-btn-wrapper"><button class="btn search-btn" type="submit" aria-label="search"><i
class="icon-search"></i></button></div></form></div></div></div>
<div id="content"><div id="article-sidebar" class="sticky"><div class="navbar"><div class="navbar-inner"><div class="container"><button class="btn btn-navbar"
data-target=".collapse-sidebar" data-toggle="collapse" type="button"><i class="icon-reorder"></i> Entry Navigation</button><div id="article-nav"
class="nav-collapse collapse-sidebar in collapse"><ul class="nav"><li><a href="#toc">${entryNav[0]}</a></li><li><a href="#Bib">${entryNav[1]}</a></li>
<li><a href="#Aca">${entryNav[2]}</a></li><li><a href="https://leibniz.stanford.edu/friends/preview/moral-residue/">${entryNav[3]} <i
class="icon-external-link"></i></a></li>
<li><a href="https://plato.stanford.edu/cgi-bin/encyclopedia/archinfo.cgi?entry=moral-residue">${entryNav[4]} <i class="icon-external-link"></i></a></li>
<li><a href="#" class="back-to-top">${entryNav[5]} <i class="icon-angle-up"></i></a></li></ul></div></div></div></div></div>
<div id="article"><div id="article-content"><!-- BEGIN ARTICLE HTML --><div id="aueditable"><!--DO NOT MODIFY THIS LINE AND ABOVE-->
<h1>${title}</h1>
<div id="pubinfo"><em>${pubinfo}</em></div>
<div id="preamble">
${ps(preamble)}
</div>
<div id="toc"><!--Entry Contents--><ul>
<li><a href="#PhenResi">${heads[0]}</a></li><li><a href="#ResiMoraDile">${heads[1]}</a><ul><li><a href="#ArguFromResi">${heads[2]}</a></li>
<li><a href="#ResiWithDile">${heads[3]}</a></li></ul></li><li><a href="#ResiRati">${heads[4]}</a></li><li><a href="#ResiChar">${heads[5]}</a></li>
<li><a href="#Bib">Bibliography</a></li><li><a href="#Aca">Academic Tools</a></li><li><a href="#Oth">Other Internet Resources</a></li><li><a href="#Rel">Related
Entries</a></li>
</ul><!--Entry Contents--><hr></div>
<div id="main-text">
${h(0)}
${ps(s1)}
${h(1)}
${ps(s2)}
${h(2)}
${ps(s21)}
<ol>${s21List.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${h(3)}
${ps(s22)}
${h(4)}
${ps(s3)}
${h(5)}
${ps(s4)}
</div>
<div id="bibliography"><h2 id="Bib">Bibliography</h2><ul class="hanging">
${bib.map((b) => `<li>${b}</li>`).join('\n')}
</ul></div>
<div id="academic-tools"><h2 id="Aca">Academic Tools</h2><blockquote><table class="vert-top"><tbody>
${tools
  .map(
    (t, i) => `<tr><td><img src="../../symbols/${['sepman-icon.jpg', 'sepman-icon.jpg', 'inpho.png', 'pp.gif'][i]}"
alt="icon"></td><td>${t}</td></tr>`,
  )
  .join('\n')}
</tbody></table></blockquote></div>
<div id="other-internet-resources"><h2 id="Oth">Other Internet Resources</h2><ul>${other.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div id="related-entries"><h2 id="Rel">Related Entries</h2><p>${related.map((t) => `<a href="../${t.replace(/ /g, '-')}/">${t}</a>`).join(' |\n')}</p></div>
<script type="text/javascript" src="local.js"></script><script type="text/javascript" src="../../MathJax/MathJax.js?config=TeX-MML-AM_CHTML"></script>
<!--DO NOT MODIFY THIS LINE AND BELOW--></div><!--END ARTICLE HTML--></div>
<div id="article-copyright"><p><a href="../../info.html#c">Copyright © 2023</a> by<br><a href="https://tarn.example/~imarwick/" target="other">Ilse
Marwick</a><br>
&lt;<a href="mailto:%69%6d%61%72%77%69%63%6b"><em>imarwick<abbr title=" at ">@</abbr>tarn<abbr title=" dot ">.</abbr>example</em></a>&gt;</p></div>
</div>
<div id="article-banner" class="scroll-block"><div id="article-banner-content"><a
href="../../fundraising/">${banner[0]}<br>${banner[1]}<br>${banner[2]}</a></div></div>
</div>
<div id="footer"><div id="footer-menu">${block('book', 'Browse', browse)}${block('info-sign', 'About', about)}${block('leaf', 'Support SEP', support)}
<div class="menu-block community"><h4><i class="icon-globe"></i> Mirror Sites</h4><p>View this site from another server:</p><div class="btn-group">
<a class="btn dropdown-toggle" data-toggle="dropdown" href="https://plato.stanford.edu/"><span class="flag flag-usa"></span> USA (Main Site) <span
class="caret"></span>
<span class="mirror-source">Philosophy, Stanford University</span></a><ul class="dropdown-menu"><li><a href="../../mirrors.html">Info about mirror
sites</a></li></ul></div></div></div>
<div id="site-credits">${credits.map((c) => `<p>${c}</p>`).join('\n')}</div></div></div>
<script type="text/javascript" src="../../js/toc.js"></script></body></html>`;

const sep: TestPage = {
  name: 'heldout139-stanford-encyclopedia-entry',
  kind: 'wiki',
  html,
  // the pubinfo line and the author's name in the copyright block are bylines; the preamble is body; the entry contents
  // list repeats the headings and is left out; bibliography, academic tools, other internet resources and related
  // entries (with their headings) are furniture, as are the menus, sidebar, banner and footer
  title,
  headings: heads,
  body: texts([...preamble, ...s1, ...s2, ...s21, ...s21List, ...s22, ...s3, ...s4]),
  bylines: [pubinfo, 'Ilse Marwick'],
  furniture: [
    'Stanford Encyclopedia of Philosophy',
    'Menu',
    'Browse',
    ...browse,
    'About',
    ...about.filter((t) => t !== 'About'),
    'Support SEP',
    ...support,
    'Entry Navigation',
    ...entryNav.filter((t) => t !== 'Bibliography' && t !== 'Academic Tools'),
    'Bibliography',
    ...texts(bib),
    'Academic Tools',
    ...texts(tools),
    'Other Internet Resources',
    ...other,
    'Related Entries',
    ...related,
    'Copyright © 2023',
    ...banner,
    'Mirror Sites',
    'View this site from another server:',
    'USA (Main Site)',
    'Philosophy, Stanford University',
    'Info about mirror sites',
    ...credits.map(plain),
  ],
};

export const HELDOUT139_D: readonly TestPage[] = [sep, khanArticle];
