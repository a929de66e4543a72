import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file b2: a Scholarpedia article (its MediaWiki skin): the "From Scholarpedia" line, the citation box
 * with authors, year, volume, doi and revision, the curator and contributors box, "Accepted on" and reviewer lines, a
 * figure with its caption, the table of contents, the references, "Retrieved from", categories, the left column portlets
 * (navigation, focal areas, activity, tools), the page tabs, personal tools and the footer with its access count.
 */
const spTitle = 'Delayed rebound bursting';
const spP0 = [
  '<b>Delayed rebound bursting</b> is a pattern of neuronal firing in which a cell, released from a period of sustained ' +
    'inhibition, remains silent for a characteristic interval of tens to hundreds of milliseconds before producing a burst of ' +
    'action potentials. Unlike ordinary post-inhibitory rebound, where the burst follows release almost immediately, the delay ' +
    'is long, stable from trial to trial, and largely independent of how long the inhibition lasted.',
  'The phenomenon was first described in thalamic relay-like neurons of the lamprey by Lomas and colleagues (2009) and has since ' +
    'been reported in several central pattern generator circuits, where it is thought to help set the timing between alternating ' +
    'phases of rhythmic motor output.',
];
const spH1 = 'Mechanism';
const spP1 = [
  'Delayed rebound bursting depends on the interplay of two currents. A hyperpolarization-activated current \\(I_h\\) slowly ' +
    'depolarizes the membrane after inhibition ends, while a transient potassium current \\(I_A\\), de-inactivated during the ' +
    'inhibitory period, opposes that depolarization. The burst begins only when \\(I_A\\) has inactivated again, so the length ' +
    'of the delay is set mainly by the inactivation time constant of \\(I_A\\) rather than by the strength of the preceding input.',
  'In a reduced model the membrane potential obeys \\(C\\,dV/dt = -I_h - I_A - I_T - I_L\\), where \\(I_T\\) is a low-threshold ' +
    'calcium current that generates the burst itself. Bifurcation analysis of this model shows that the silent phase corresponds ' +
    'to a slow passage near a saddle-node of the fast subsystem, which explains why the delay is so reproducible.',
];
const spH2 = 'Experimental evidence';
const spP2 = ['Three lines of evidence support the two-current account:'];
const spList = [
  'Blocking \\(I_A\\) with 4-aminopyridine abolishes the delay, and cells then burst immediately on release from inhibition.',
  'Dynamic-clamp addition of an artificial A-type conductance to cells that normally lack it produces a delay of the predicted length.',
  'Across cells, the measured delay correlates closely with the inactivation time constant of \\(I_A\\) but not with the size of \\(I_h\\).',
];
const spH3 = 'Functional significance';
const spP3 = [
  'In half-centre oscillators, two populations that inhibit each other alternate in activity. If the cells show delayed rebound ' +
    'bursting, the interval between one phase ending and the next beginning becomes a fixed property of the cells rather than of ' +
    'the network. Brandt (2012) argued that this lets a circuit keep its phase relationships constant while its overall frequency ' +
    'is changed by neuromodulators, a property known as phase constancy.',
  'Whether the same mechanism operates in mammalian spinal circuits remains an open question. Candidate neurons with the ' +
    'necessary currents have been identified, but the delays recorded so far are shorter and more variable than in the lamprey.',
];
const spH4 = 'See also';
const spSee = ['Post-inhibitory rebound', 'Half-center oscillator', 'Phase response curve'];
const spCite = 'Harriet K. Lomas and Ivo Brandt (2014), Scholarpedia, 9(7):31842.';
const spCaption =
  'Figure 1: Intracellular recording of a delayed rebound burst. The shaded bar marks the inhibitory pulse; note the silent interval ' +
  'of about 180 ms before the burst.';
const spRefs = [
  'Brandt, I. (2012). Intrinsic timing and phase constancy in a model half-centre oscillator. Journal of Rhythmic Circuits 4: 211-229.',
  'Lomas, H. K.; Ferreira, T. and Brandt, I. (2009). A delayed rebound in lamprey relay neurons. Neural Dynamics Letters 17: 88-97.',
];
const spNav = ['Main page', 'About', 'Propose a new article', 'Instructions for Authors', 'Random article', 'FAQs', 'Help', 'Blog'];
const spFocal = ['Astrophysics', 'Celestial mechanics', 'Computational neuroscience', 'Computational intelligence', 'Dynamical systems', 'Physics'];
const spActivity = ['Recently published articles', 'Recently sponsored articles', 'Recent changes', 'All articles', 'List all Curators', 'List all users'];
const spTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link'];
const spTabs = ['Page', 'Discussion', 'Read', 'View source', 'View history'];
const spFoot = ['Privacy policy', 'About Scholarpedia', 'Disclaimers'];
const spH = (t: string): string => `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span></h2>`;
const spPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const spPortlet = (id: string, h: string, items: readonly string[]): string => `<div class="portlet" id="p-${id}" role="navigation">
<h3>${h}</h3><div class="pBody"><ul>${links(items)}</ul></div></div>`;
const spHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="client-nojs"><head><meta charset="UTF-8"><title>Delayed rebound bursting - Scholarpedia</title>
<meta name="generator" content="MediaWiki 1.19.24"><meta name="citation_title" content="Delayed rebound bursting">
<meta name="citation_author" content="Lomas, Harriet K."><meta name="citation_author" content="Brandt, Ivo"><meta name="citation_date" content="2014/7/3">
<meta name="citation_journal_title" content="Scholarpedia"><meta name="citation_volume" content="9"><meta name="citation_issue" content="7">
<meta name="citation_firstpage" content="31842"><meta name="citation_doi" content="10.4249/scholarpedia.31842">
<link rel="canonical" href="http://www.scholarpedia.org/article/Delayed_rebound_bursting">
<link rel="stylesheet" href="http://www.scholarpedia.org/w/load.php?debug=false&amp;lang=en&amp;modules=site&amp;skin=scholarpedia">
<script type="text/x-mathjax-config">MathJax.Hub.Config({tex2jax:{inlineMath:[['\\\\(','\\\\)']]}});</script>
<script src="http://www.scholarpedia.org/w/extensions/MathJax/MathJax.js?config=TeX-AMS-MML_HTMLorMML"></script></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Delayed_rebound_bursting skin-scholarpedia action-view">
<div id="globalWrapper"><div id="column-content"><div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div>
<h1 id="firstHeading" class="firstHeading" lang="en"><span dir="auto">${spTitle}</span></h1>
<div id="bodyContent" class="mw-body-content"><div id="siteSub">From Scholarpedia</div>
<div class="cp-citation"><span id="sp_authors">${spCite}</span> <span class="doi">doi:10.4249/scholarpedia.31842</span>
<span class="revision">revision #145220 [<a
href="/w/index.php?title=Delayed_rebound_bursting&amp;action=cite&amp;rev=145220">link to/cite this article</a>]</span></div>
<div id="contentSub"></div><div id="jump-to-nav" class="mw-jump">Jump to: <a href="#column-one">navigation</a>, <a href="#searchInput">search</a></div>
<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="cp-box-container"><div class="cp-box">
<div class="cp-title">Post-publication activity</div><div class="cp-curator"><b>Curator:</b> Harriet K. Lomas</div>
<div class="cp-contributors"><b>Contributors:</b> <span class="cp-contributor">0.20 - Ivo Brandt</span></div></div></div>
${spPs(spP0)}
<div class="thumb tright"><div class="thumbinner" style="width:402px;"><a href="/article/File:Rebound_trace.png" class="image"><img alt=""
src="/w/images/thumb/a/a4/Rebound_trace.png/400px-Rebound_trace.png" width="400" height="260" class="thumbimage"></a>
<div class="thumbcaption"><div class="magnify"><a href="/article/File:Rebound_trace.png" class="internal"
title="Enlarge"></a></div>${spCaption}</div></div></div>
<table id="toc" class="toc"><tr><td><div id="toctitle"><h2>Contents</h2></div><ul>
${[spH1, spH2, spH3, 'References', spH4]
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></td></tr></table>
${spH(spH1)}
${spPs(spP1)}
${spH(spH2)}
${spPs(spP2)}
<ul>${spList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${spH(spH3)}
${spPs(spP3)}
${spH('References')}
<ul>${spRefs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${spH(spH4)}
<ul>${links(spSee)}</ul>
<p class="cp-footer">Sponsored by: <a href="/article/User:Ranveer_Okafor">Ranveer Okafor</a>, Editor-in-Chief of Scholarpedia</p>
<p class="cp-footer">Reviewed by: Anonymous</p><p class="cp-footer">Accepted on: 2014-07-03 11:02:44 GMT</p></div>
<div class="printfooter">Retrieved from "<a
href="http://www.scholarpedia.org/w/index.php?title=Delayed_rebound_bursting&amp;oldid=145220">
http://www.scholarpedia.org/w/index.php?title=Delayed_rebound_bursting&amp;oldid=145220</a>"</div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/article/Special:Categories">Categories</a>:
<ul><li><a href="/article/Category:Computational_Neuroscience">Computational Neuroscience</a></li><li><a
href="/article/Category:Neuronal_Dynamics">Neuronal Dynamics</a></li>
</ul></div></div><div class="visualClear"></div></div></div></div>
<div id="column-one"><h2>Navigation menu</h2><div id="p-cactions" class="portlet" role="navigation"><div class="pBody"><ul>${links(spTabs)}</ul></div></div>
<div class="portlet" id="p-personal" role="navigation"><div class="pBody"><ul><li id="pt-login"><a
href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul>
</div></div><div class="portlet" id="p-logo" role="banner"><a href="/article/Main_Page" title="Visit the main page"></a></div>
<div id="p-search" class="portlet" role="search"><h3><label for="searchInput">Search</label></h3><div id="searchBody" class="pBody">
<form action="/w/index.php" id="searchform"><input type="search" name="search" id="searchInput"><input type="submit" name="go" value="Go"></form></div></div>
${spPortlet('navigation', 'Navigation', spNav)}
${spPortlet('Focal_areas', 'Focal areas', spFocal)}
${spPortlet('Activity', 'Activity', spActivity)}
${spPortlet('tb', 'Tools', spTools)}</div>
<div class="visualClear"></div><div id="footer" role="contentinfo"><ul id="f-list"><li
id="lastmod">This page was last modified on 11 September 2014, at 09:21.</li>
<li id="viewcount">This page has been accessed 14,382 times.</li><li id="servedby">Served in 0.118 secs.</li></ul>
<ul>${links(spFoot)}</ul><div id="f-copyrightico"><a href="http://creativecommons.org/licenses/by-nc-sa/3.0/deed.en_US"><img
alt="Creative Commons License"></a></div>
</div></div><script>if(window.mw){mw.loader.load(["mediawiki.user","mediawiki.page.ready"]);}</script></body></html>`;

export const scholarpediaPage: TestPage = {
  name: 'heldout163-scholarpedia-article',
  kind: 'wiki',
  html: spHtml,
  // the references list (its heading and items) is in neither list; the "See also" links are body
  title: spTitle,
  headings: [spH1, spH2, spH3, spH4],
  body: texts([...spP0, ...spP1, ...spP2, ...spList, ...spP3, ...spSee]),
  bylines: [spCite, 'Curator: Harriet K. Lomas', 'Accepted on: 2014-07-03 11:02:44 GMT', 'This page was last modified on 11 September 2014, at 09:21.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Scholarpedia', 'doi:10.4249/scholarpedia.31842', 'revision #145220 [link to/cite this article]', 'Jump to: navigation, search',
    'Post-publication activity', 'Contributors: 0.20 - Ivo Brandt', spCaption, 'Contents', 'Sponsored by: Ranveer Okafor, Editor-in-Chief of Scholarpedia',
    'Reviewed by: Anonymous', 'Retrieved from', 'Categories', 'Computational Neuroscience', 'Neuronal Dynamics', 'Navigation menu', ...spTabs, 'Log in',
    'Search', 'Navigation', ...spNav, 'Focal areas', ...spFocal, 'Activity', ...spActivity, 'Tools', ...spTools, 'This page has been accessed 14,382 times.',
    'Served in 0.118 secs.', ...spFoot,
  ],
};
