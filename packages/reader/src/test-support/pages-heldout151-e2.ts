import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes } from './pages-heldout151-a2.js';

/**
 * Held-out batch 151, file e2: a RationalWiki article on an (invented) piece of health woo, in MediaWiki's legacy Vector skin
 * as RationalWiki runs it: the donation site notice above the title, the "From RationalWiki" tagline, the subject navbox
 * floating at the top of the article, a centred epigraph with its attribution, the classic table of contents, snarky
 * section text, "See also" and notes sections, categories, the legacy Vector head tabs and left panel after the content,
 * and the footer.
 */
const title = 'Harmonic water';
const epigraph = 'It remembers the sound of a tuning fork, but not the contents of your sewer. How convenient.';
const attribution = '—A commenter on the Saloon bar';
const lead = [
  '<b>Harmonic water</b> (also sold as <b>resonance-structured water</b>) is ordinary drinking water that has been &quot;exposed&quot; to ' +
    'sound at particular frequencies, and which is claimed to carry health benefits as a result. It is a close cousin of ' +
    '<a href="/wiki/Homeopathy">homeopathy</a> and <a href="/wiki/Structured_water">structured water</a>, with the added bonus of a soundtrack.',
  'There is no evidence that sound leaves any lasting change in water, let alone a beneficial one.',
];
const hHistory = 'History';
const history = [
  'The idea was popularised by Lorne Vasquez-Tate, a former sound engineer from Marlow Bay who began selling &quot;tuned&quot; bottled water ' +
    'at wellness fairs in 2011. Vasquez-Tate claimed that he had noticed his houseplants grew better when watered from a jug left next to a ' +
    'speaker playing church music.<sup class="reference"><a href="#cite_note-1">[1]</a></sup>',
  'By 2016 his company, Resonant Springs, was selling home &quot;harmonisers&quot;: a ceramic jug with a small speaker in the base that plays ' +
    'a 528 Hz tone for twelve hours. The device cost about four times as much as a good kettle and did considerably less.',
];
const hClaims = 'Claims';
const claimsIntro = ['Depending on which brochure you read, harmonic water:'];
const claims = [
  'Holds the &quot;memory&quot; of the frequency for up to thirty days',
  'Is absorbed by the body&#39;s cells faster than ordinary water',
  'Flushes out &quot;dissonant&quot; toxins, which are never named',
  'Improves sleep, digestion, focus and, in one advertisement, one&#39;s golf handicap',
];
const hProblems = 'Problems';
const hMemory = 'Water has no memory';
const memory = [
  'Hydrogen bonds between water molecules form and break on a timescale of picoseconds. Any arrangement that a sound wave might produce is gone ' +
    'long before the water reaches the bottle, never mind the drinker&#39;s mouth. This is the same problem that sinks homeopathy, and no amount of ' +
    'choral music fixes it.',
];
const hStudies = 'The studies';
const studies = [
  'Resonant Springs points to a 2018 &quot;clinical study&quot; in which 40 volunteers reported feeling more energetic after a week of drinking ' +
    'harmonic water. The study had no control group, was not blinded, and was carried out by a company director. It was published in a journal ' +
    'that charges authors a fee and appears to have no peer reviewers.<sup class="reference"><a href="#cite_note-2">[2]</a></sup>',
  'A small blinded trial run by students at Kessingford University in 2021 found no difference between harmonic water and tap water poured ' +
    'from an identical jug with the speaker switched off.',
];
const hMarketing = 'Marketing';
const marketing = [
  'The product is mostly sold through wellness influencers, who are paid a commission on each jug. Advertising typically avoids specific medical ' +
    'claims, which would attract regulators, and relies instead on vague words like &quot;vitality&quot;, &quot;balance&quot; and &quot;alignment&quot;.',
];
const seeAlso = ['Homeopathy', 'Structured water', 'Water woo', 'Solfeggio frequencies'];
const notes = [
  'Vasquez-Tate, L. (2012). Listening Water. Marlow Bay: Tideline Press.',
  'The journal in question also published a paper claiming that crystals can charge mobile phones.',
];
const siteNotice = [
  'RationalWiki needs your help!',
  'Our server costs are paid by readers like you. Please consider a donation to keep the site running.',
  'Donate',
];
const navTitle = 'Alternative medicine';
const navSub = 'Quackery and woo';
const navItems = ['Acupuncture', 'Chiropractic', 'Detox', 'Homeopathy', 'Naturopathy', 'Reiki', 'Water woo'];
const cats = ['Alternative medicine', 'Water woo', 'Pseudoscience'];
const personal = ['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'];
const leftNav = ['Main page', 'Recent changes', 'Random page', 'What is going on?', 'Saloon bar', 'Technical support', 'Help'];
const support = ['Donate', 'Merchandise'];
const tools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const footLinks = ['Privacy policy', 'About RationalWiki', 'Disclaimers'];
const hd = (lvl: number, t: string, n: number): string => `<h${lvl}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span
class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Harmonic_water&amp;action=edit&amp;section=${n}">edit</a><span
class="mw-editsection-bracket">]</span></span></h${lvl}>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const menu = (id: string, head: string, items: string[], cls = 'vector-menu-portal portal'): string => `<nav id="p-${id}" class="vector-menu ${cls}"
aria-labelledby="p-${id}-label" role="navigation"><h3 id="p-${id}-label" class="vector-menu-heading"><span>${head}</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${items
  .map(
    (t, i) => `<li id="n-${id}-${i}" class="mw-list-item"><a
href="#"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></div></nav>`;
const heads = [hHistory, hClaims, hProblems, hMemory, hStudies, hMarketing];
const html = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${title} - RationalWiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Harmonic_water","wgTitle":"Harmonic water","wgArticleId":88214,
"wgIsArticle":true,"wgUserName":null,"wgCategories":["Alternative medicine","Water woo","Pseudoscience"]};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.10"><meta name="viewport" content="width=1000"><meta property="og:title" content="Harmonic water">
<meta property="og:site_name" content="RationalWiki"><meta name="description" content="Harmonic water is ordinary drinking water that has been exposed to
sound.">
<link rel="canonical" href="https://rationalwiki.org/wiki/Harmonic_water"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Harmonic_water rootpage-Harmonic_water skin-vector action-view
skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="localNotice"><div class="sitenotice" lang="en" dir="ltr"><div
style="border:2px solid #6b8e23;background:#f4f9ec;padding:6px 10px;text-align:center"><b>${siteNotice[0]}</b> ${siteNotice[1]} <a class="external text"
href="https://rationalwiki.org/wiki/RationalWiki:Donate">${siteNotice[2]}</a></div></div></div></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading">${title}</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From RationalWiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="toccolours" style="float:right;width:220px;margin:0 0 0.5em 1em;text-align:center"><tbody><tr><th style="background:#cfe3b0"><a
href="/wiki/Alternative_medicine">${navTitle}</a><br><small>${navSub}</small></th></tr><tr><td><span typeof="mw:File"><img src="/w/images/thumb/Woo_icon.png"
alt="" width="60" height="60"></span></td></tr><tr><td>${navItems
  .map(
    (t) => `<a
href="/wiki/${t.replace(/ /g, '_')}">${t}</a>`,
  )
  .join(' • ')}</td></tr></tbody></table>
<div class="quotation" style="margin:0.5em 3em;text-align:center"><i>${epigraph}</i><br><span class="quote-attribution">${attribution}</span></div>
${ps(lead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul>
${heads
  .map(
    (t, i) => `<li class="toclevel-1"><a href="#${t.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${hd(2, hHistory, 1)}
${ps(history)}
${hd(2, hClaims, 2)}
${ps(claimsIntro)}
<ul>${claims.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hd(2, hProblems, 3)}
${hd(3, hMemory, 4)}
${ps(memory)}
${hd(3, hStudies, 5)}
${ps(studies)}
${hd(2, hMarketing, 6)}
${ps(marketing)}
${hd(2, 'See also', 7)}
<ul>${seeAlso.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>
${hd(2, 'Notes', 8)}
<div class="reflist"><ol class="references">${notes
  .map(
    (n, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#">↑</a></span> <span
class="reference-text">${n}</span></li>`,
  )
  .join('\n')}</ol></div>
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://rationalwiki.org/w/index.php?title=Harmonic_water&amp;oldid=2710044"
>https://rationalwiki.org/w/index.php?title=Harmonic_water&amp;oldid=2710044</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul>${cats.map((c) => `<li><a href="#">${c}</a></li>`).join('')}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
${menu('personal', 'Personal tools', personal, 'vector-user-menu-legacy')}
<div id="left-navigation">${menu('namespaces', 'Namespaces', ['Page', 'Discussion'], 'vector-menu-tabs')}
${menu('variants', 'English', [], 'vector-menu-dropdown emptyPortlet')}</div>
<div id="right-navigation">${menu('views', 'Views', ['Read', 'Edit', 'View history'], 'vector-menu-tabs')}
${menu('cactions', 'More', [], 'vector-menu-dropdown emptyPortlet')}
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><h3><label for="searchInput">Search</label></h3><form action="/w/index.php"
id="searchform"><div id="simpleSearch"><input type="search" name="search" placeholder="Search RationalWiki" id="searchInput"><input type="submit"
name="go" value="Go" id="searchButton" class="searchButton"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${menu('navigation', 'Navigation', leftNav)}
${menu('support', 'Support us', support)}
${menu('tb', 'Tools', tools)}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last modified on 4 February 2026, at
23:10.</li><li id="footer-info-copyright">Unless explicitly noted otherwise, all content licensed as indicated by <a
href="#">RationalWiki:Copyrights</a>.</li></ul>
<ul id="footer-places">${footLinks.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":412});});</script>
</body></html>`;

export const rationalWiki: TestPage = dropClashes({
  name: 'heldout151-rationalwiki-article',
  kind: 'wiki',
  html,
  // the epigraph is part of the article (body), its attribution line in neither list; the site notice, the subject navbox,
  // "See also" and "Notes" (headings, links and notes) are furniture
  title,
  headings: heads,
  body: texts([epigraph, ...lead, ...history, ...claimsIntro, ...claims, ...memory, ...studies, ...marketing]),
  bylines: ['This page was last modified on 4 February 2026, at 23:10.'],
  furniture: [
    ...siteNotice,
    'From RationalWiki',
    'Jump to navigation',
    'Jump to search',
    navTitle,
    navSub,
    ...navItems,
    'Contents',
    'edit',
    'See also',
    ...seeAlso,
    'Notes',
    ...notes,
    'Retrieved from',
    'Categories',
    ...cats,
    'Navigation menu',
    'Personal tools',
    ...personal,
    'Namespaces',
    'Page',
    'Discussion',
    'English',
    'Views',
    'Read',
    'Edit',
    'View history',
    'More',
    'Search',
    'Navigation',
    ...leftNav,
    'Support us',
    ...support,
    'Tools',
    ...tools,
    'Unless explicitly noted otherwise, all content licensed as indicated by RationalWiki:Copyrights.',
    ...footLinks,
  ].map((t) => plain(t)),
});
