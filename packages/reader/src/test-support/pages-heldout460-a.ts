import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout460-kit.js';

/**
 * Held-out batch 460, file a: a species profile on a fishkeeping wiki (MediaWiki, Vector legacy skin) with an infobox,
 * a table of contents and references.
 */
const mTitle = 'Copperline tetra';
const mBody = [
  j(
    'The <b>copperline tetra</b> (<i>Hyphessobrycon aeneolineatus</i>) is a small freshwater characin from the blackwater',
    'tributaries of the upper Rio Tacuarí. It is named for the thin metallic stripe that runs from the gill cover to the base of the',
    'tail and glows orange under warm lighting.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'Description',
  j(
    'Adults reach 3.2 cm standard length. The body is translucent olive with the copper stripe above a faint dark line; males',
    'are slimmer and show a white tip on the anal fin. The adipose fin is red in well-fed fish.',
  ),
  'Distribution and habitat',
  j(
    'The species is known from slow forest streams with leaf litter, a pH between 4.8 and 6.2 and almost no measurable hardness.',
    'Collectors report it in mixed schools with pencilfish and small cichlids.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  'In the aquarium',
  j(
    'Copperline tetras are peaceful and do best in groups of ten or more. A tank of 60 litres with dense planting, floating plants',
    'and a dark substrate brings out the stripe. They accept most small foods but colour best on live and frozen daphnia.',
  ),
  j(
    'Soft, slightly acidic water is preferred, although captive-bred stock adapts to a pH of 7 and moderate hardness.',
    'Sudden changes should be avoided, as the species is prone to stress-related white spot after transport.',
  ),
  'Breeding',
  j(
    'Spawning has been achieved in very soft water (under 2 °dGH) at 27 °C. The adults scatter eggs over fine-leaved plants or',
    'a spawning mop and should be removed afterwards. The fry hatch after 30 hours and take infusoria for the first week.',
  ),
  'References',
  'Oreste, L. (2019). "A new Hyphessobrycon from the upper Rio Tacuarí". <i>Neotropical Fish Notes</i> 14: 22–31.',
  'Brandau, K. (2022). <i>Blackwater Characins in the Aquarium</i>. Halden: Riverbank Press. p. 88.',
];
const mHeads = at(mBody, 1, 3, 5, 8, 10);
const mSide = ['Main page', 'Species index', 'Recent changes', 'Random page', 'Help'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mInfo = [
  ['Scientific name', 'Hyphessobrycon aeneolineatus'],
  ['Family', 'Characidae'],
  ['Max. size', '3.2 cm'],
  ['Temperature', '23–28 °C'],
  ['pH', '4.8–7.0'],
  ['Care level', 'Easy to moderate'],
];
const mToc = mHeads.map((h, i) => `${i + 1} ${h}`);
const mFoot = ['Privacy policy', 'About FinBase Wiki', 'Disclaimers', 'Mobile view'];
const mHead = (h: string): string =>
  `<h2><span class="mw-headline" id="${h.replace(/ /g, '_')}">${h}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/index.php?title=Copperline_tetra&amp;action=edit" title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span></span></h2>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - FinBase Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Copperline_tetra","wgTitle":"Copperline tetra","wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="canonical" href="https://wiki.finbase.example/wiki/Copperline_tetra">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="FinBase Wiki (en)"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Copperline_tetra rootpage-Copperline_tetra skin-vector action-view
skin-vector-legacy">
<div class="mw-page-container"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From FinBase Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox biota" style="float:right;width:22em"><tbody><tr><th colspan="2" style="background:#b3e0f2">${mTitle}</th></tr>
<tr><td colspan="2"><a href="/wiki/File:Copperline_male.jpg" class="image">
<img alt="Copperline tetra male" src="/images/thumb/c/c4/Copperline_male.jpg/250px-Copperline_male.jpg" width="250" height="160"></a>
<div>Adult male in a planted tank</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}
</tbody></table>
${ps(at(mBody, 0))}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>${mHeads
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${mHead(mHeads[0] ?? '')}
${ps(at(mBody, 2))}
${mHead(mHeads[1] ?? '')}
${ps(at(mBody, 4))}
${mHead(mHeads[2] ?? '')}
${ps(at(mBody, 6, 7))}
${mHead(mHeads[3] ?? '')}
${ps(at(mBody, 9))}
${mHead(mHeads[4] ?? '')}
<div class="reflist"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">${mBody[11]}</span></li>
<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text">${mBody[12]}</span></li>
</ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260303141200 -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter">Retrieved from
"<a dir="ltr" href="https://wiki.finbase.example/index.php?title=Copperline_tetra&amp;oldid=48211">
https://wiki.finbase.example/index.php?title=Copperline_tetra&amp;oldid=48211</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Characidae">Characidae</a></li><li><a href="/wiki/Category:Blackwater_species">Blackwater species</a></li></ul></div></div>
</div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu mw-portlet" aria-labelledby="p-personal-label"><h3 id="p-personal-label" class="vector-menu-heading">
<span>Personal tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-createaccount">
<a href="/index.php?title=Special:CreateAccount">Create account</a></li>
<li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected"><a href="/wiki/Copperline_tetra">Page</a></li><li id="ca-talk" class="new">
<a href="/index.php?title=Talk:Copperline_tetra&amp;action=edit&amp;redlink=1">Discussion</a></li></ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list"><li id="ca-view" class="selected">
<a href="/wiki/Copperline_tetra">Read</a></li>
<li id="ca-edit"><a href="/index.php?title=Copperline_tetra&amp;action=edit">Edit</a></li><li id="ca-history">
<a href="/index.php?title=Copperline_tetra&amp;action=history">View history</a></li></ul></nav>
<div id="p-search" role="search" class="vector-search-box"><h3><label for="searchInput">Search</label></h3>
<form action="/index.php" id="searchform"><div id="simpleSearch"><input type="search" name="search" placeholder="Search FinBase Wiki" id="searchInput">
<input type="submit" name="go" value="Go" id="searchButton" class="searchButton"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet vector-menu-portal portal" aria-labelledby="p-navigation-label">
<h3 id="p-navigation-label" class="vector-menu-heading"><span>Navigation</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet vector-menu-portal portal" aria-labelledby="p-tb-label"><h3 id="p-tb-label" class="vector-menu-heading">
<span>Tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2026, at 14:12.</li>
<li id="footer-info-copyright">Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":212});});</script></body></html>`;
const finbase: TestPage = {
  name: 'heldout460-mediawiki-species',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts(mBody.filter((_, i) => ![1, 3, 5, 8, 10].includes(i))),
  bylines: ['This page was last edited on 3 March 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From FinBase Wiki', 'Jump to navigation', 'Jump to search', 'Adult male in a planted tank', ...mInfo.flat(), 'Contents', ...mToc, 'edit',
    'Categories', 'Blackwater species', 'Navigation menu', 'Personal tools', 'Create account', 'Log in', 'Page', 'Discussion',
    'Read', 'Edit', 'View history', 'Search', 'Navigation', ...mSide, 'Tools', ...mTools,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT460_A: readonly TestPage[] = [finbase];
