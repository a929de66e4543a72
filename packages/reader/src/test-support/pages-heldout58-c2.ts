import { links, plain, type TestPage } from './page-kit.js';

/**
 * Held-out batch 58, file c2: a RationalWiki article (MediaWiki on the legacy Vector skin: the donation site notice, the
 * personal tools, Page/Discussion and Read/Edit/View history tabs, the left panel with logo, navigation, "Community", "Site
 * support" and tools, the floated "Alternative medicine" sidebar box with its v·t·e links, an epigraph quote box, the
 * snarky prose with footnote marks, an "Icon" see-also line, a captioned thumbnail, "See also", "External links", the
 * reference list with its ↑ backlinks, categories and the footer).
 */
let n = 0;
const cite = (p: string): string =>
  p.replace(/\[(\d+)\]/g, (_m, k: string) => `<sup id="cite_ref-${k}_${n++}" class="reference"><a href="#cite_note-${k}">&#91;${k}&#93;</a></sup>`);
const runs = (ps: readonly string[]): string[] => ps.flatMap((p) => p.split(/\[\d+\]/).map(plain)).filter((s) => s !== '');
const pp = (ps: readonly string[]): string => ps.map((p) => `<p>${cite(p)}\n</p>`).join('\n');
const ed = (k: number, t: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Biophotonic_tuning&amp;action=edit&amp;\
section=${k}" ` + `title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const hx = (lv: number, k: number, t: string): string =>
  `<div class="mw-heading mw-heading${lv}"><h${lv} id="${t.replace(/ /g, '_')}">${t}</h${lv}>${ed(k, t)}</div>`;
const rwTitle = 'Biophotonic tuning';
const rwLead = [
  '<b>Biophotonic tuning</b> (also sold as <b>BPT</b> or <b>light resonance therapy</b>) is a form of <a href="/wiki/Alternative_medicine">alternative ' +
    'medicine</a> whose practitioners claim that every organ of the body "vibrates" at its own frequency of light, and that illness can be cured by ' +
    'shining flickering coloured lamps at the patient until the organ is back "in tune".[1] It combines the worst features of ' +
    '<a href="/wiki/Chromotherapy">chromotherapy</a> and <a href="/wiki/Quantum_woo">quantum woo</a> with a price tag to match.',
];
const rwH = ['History', 'Claims', 'Evidence', 'Marketing'] as const;
const rwHist = [
  'The practice was invented in 2009 by Mirela Voss, a former lighting technician from Graz, who says the idea came to her while she was repairing ' +
    'stage lights for a touring production of <i>Hamlet</i>.[2] Voss opened her first "tuning studio" in 2011 and began selling franchises two years ' +
    'later; by 2024 the Voss Institute listed 140 licensed studios in eleven countries.[3]',
];
const rwClaims = [
  "According to the Institute's training manual, the liver resonates at 532 nanometres (a pleasant green), the kidneys at 590 (amber) and the heart at " +
    'a "golden" frequency that is conveniently available only in the premium lamp.[4] Practitioners say they can diagnose an "untuned" organ by holding a ' +
    'handheld spectrometer near the patient, although the device in question is a modified bathroom scale with a light attached.',
  'Among the conditions BPT is said to treat are:',
];
const rwClaimList = [
  'insomnia and "light fatigue"',
  'irritable bowel syndrome',
  'seasonal affective disorder, which at least has a real light therapy',
  'cancer, in the older editions of the manual',
];
const rwEvidence = [
  'There is none. The only published trial, run by the Voss Institute itself in 2016, had twenty participants, no control group and an outcome ' +
    'measure of "how tuned do you feel", on which the treated group scored higher than they had before paying €90 a session.[5]',
  'Physicists have pointed out that the wavelengths in the manual are simply those of cheap coloured LEDs, and that human tissue does not absorb, ' +
    'emit or "resonate" with visible light in any way that resembles the claims.[6]',
];
const rwMarket = [
  'BPT is marketed chiefly through wellness influencers, who are given free sessions in exchange for videos of themselves bathed in purple light. In ' +
    '2023 the Austrian consumer authority fined the Institute €40,000 for claiming that a twelve-session "deep tuning" course could shrink tumours.[7]',
];
const rwQuote = '“The light knows which organ is sick. You only have to let it find its way.”';
const rwQuoteBy = '—Mirela Voss, founder of biophotonic tuning';
const rwCap = 'A "tuning studio" in Vienna. Note the scientific purple.';
const rwIcon = 'See the main article on this topic: Chromotherapy';
const rwBox = ['Alternative medicine', 'Popular "remedies"', 'Acupuncture', 'Chromotherapy', 'Homeopathy', 'Reiki', 'Big names', 'Notable debunkers'];
const rwSeeAlso = ['Chromotherapy', 'Light therapy', 'Quantum woo', 'Appeal to nature'];
const rwExt = ['The Voss Institute (archived)', 'Austrian Consumer Protection Authority ruling, 2023 (in German)'];
const rwRefs = [
  'Voss Institute. "What is Biophotonic Tuning?" Archived from the original on 4 March 2022.',
  'Haller, B. "Die Frau, die Organe stimmt". Kleine Zeitung, 12 May 2014.',
  'Voss Institute, Studio Finder. Retrieved 2 December 2024.',
  'Voss, M. Practitioner Manual, 4th edition, p. 17. The premium lamp costs €2,400.',
  'Voss Institute. "Pilot study of BPT for general wellbeing", 2016 (self-published PDF).',
  'Novak, P. "No, your liver is not green". Skeptical Inquirer blog, 8 August 2019.',
  'Verbraucherschutz Österreich, press release 19/2023.',
];
const rwCats = ['Alternative medicine', 'Pseudoscience', 'Quackery', 'Woo'];
const rwNav = ['Main Page', 'Random page', 'Recent changes', 'All articles', 'Site help'];
const rwComm = ['Saloon bar', 'Technical support', 'To do list', 'Community portal'];
const rwSupport = ['Donate', 'Merch store', 'RationalMedia Foundation'];
const rwTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const rwFoot = ['Privacy policy', 'About RationalWiki', 'Disclaimers', 'Mobile view'];
const rwHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${rwTitle} - RationalWiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgPageName":"Biophotonic_tuning","wgTitle":"Biophotonic tuning",\
"wgCurRevisionId":2719344,"wgArticleId":188302,"wgIsArticle":true,"wgAction":"view","wgCategories":["Alternative medicine","Pseudoscience","Quackery","Woo"]};\
RLSTATE={"ext.gadget.rw-styles":"ready","skins.vector.styles.legacy":"ready"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector"><meta \
name="generator" content="MediaWiki 1.42.7">
<meta property="og:image" content="https://rationalwiki.org/w/images/thumb/0/0f/Tuning_studio.jpg/1200px-Tuning_studio.jpg"><link rel="license" \
href="https://creativecommons.org/licenses/by-sa/3.0/"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Biophotonic_tuning rootpage-Biophotonic_tuning skin-vector \
action-view skin-vector-legacy"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" \
dir="ltr"><div class="rw-donate-banner"><b>RationalWiki is funded entirely by readers.</b> If this page made you laugh or think, <a \
href="/wiki/RationalWiki:Donate">chip in a few dollars</a> to keep the servers running.</div></div></div></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${rwTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From RationalWiki</div><div id="contentSub"><div id="mw-content-subtitle"></div>\
</div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="toccolours sidebar" style="float:right; clear:right; width:200px; margin:0 0 1em 1em; text-align:center; font-size:88%;"><tbody><tr><td><span \
typeof="mw:File"><a href="/wiki/File:Icon_medicine.svg" class="mw-file-description"><img \
src="/w/images/thumb/5/5a/Icon_medicine.svg/90px-Icon_medicine.svg.png" width="90" height="90" class="mw-file-element"></a></span></td></tr>
<tr><th style="background:#c5d7e8;"><a href="/wiki/Alternative_medicine">${rwBox[0]}</a></th></tr><tr><td><i>Ask your doctor if woo is right for you</i></td>\
</tr>
<tr><th>${rwBox[1]}</th></tr><tr><td class="hlist"><ul>${links(rwBox.slice(2, 6))}</ul></td></tr><tr><th>${rwBox[6]}</th></tr><tr><th>${rwBox[7]}</th></tr>
<tr><td style="text-align:right; font-size:85%;"><span class="plainlinks"><a href="/wiki/Template:Altmedbox" title="Template:Altmedbox"><span title="View this \
template">v</span></a> - <a href="/wiki/Template_talk:Altmedbox"><span title="Discuss this template">t</span></a> - <a class="external text" \
href="https://rationalwiki.org/w/index.php?title=Template:Altmedbox&amp;action=edit"><span title="Edit this template">e</span></a></span></td></tr></tbody>\
</table>
<div class="quotebox" style="float:left; width:40%; margin:0 1em 1em 0; padding:0.5em; border:1px solid #aaa; background:#f9f9f9;"><p style="font-size:110%; \
font-style:italic;">${rwQuote}</p><p style="text-align:right;">${rwQuoteBy}</p></div>
${pp(rwLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" \
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">\
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul><li class="toclevel-1 tocsection-1"><a href="#History"><span class="tocnumber">\
1</span> <span class="toctext">History</span></a></li><li class="toclevel-1 tocsection-2"><a href="#Claims"><span class="tocnumber">2</span> <span \
class="toctext">Claims</span></a></li><li class="toclevel-1 tocsection-3"><a href="#Evidence"><span class="tocnumber">3</span> <span class="toctext">\
Evidence</span></a></li><li class="toclevel-1 tocsection-4"><a href="#Marketing"><span class="tocnumber">4</span> <span class="toctext">Marketing</span></a>\
</li><li class="toclevel-1 tocsection-5"><a href="#See_also"><span class="tocnumber">5</span> <span class="toctext">See also</span></a></li><li \
class="toclevel-1 tocsection-6"><a href="#External_links"><span class="tocnumber">6</span> <span class="toctext">External links</span></a></li><li \
class="toclevel-1 tocsection-7"><a href="#References"><span class="tocnumber">7</span> <span class="toctext">References</span></a></li></ul></div>
${hx(2, 1, rwH[0])}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Tuning_studio.jpg" class="mw-file-description"><img \
src="/w/images/thumb/0/0f/Tuning_studio.jpg/250px-Tuning_studio.jpg" decoding="async" width="250" height="166" class="mw-file-element"></a><figcaption>\
${rwCap}</figcaption></figure>
${pp(rwHist)}
${hx(2, 2, rwH[1])}<div class="rellink" style="margin-left:1.5em; font-style:italic;"><span typeof="mw:File"><img alt="Icon" \
src="/w/images/thumb/Icon_magnifier.svg/20px-Icon_magnifier.svg.png" width="20" height="20"></span> See the main article on this topic: <a \
href="/wiki/Chromotherapy">Chromotherapy</a></div>
${pp(rwClaims)}
<ul>${rwClaimList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hx(2, 3, rwH[2])}
${pp(rwEvidence)}
${hx(2, 4, rwH[3])}
${pp(rwMarket)}
${hx(2, 5, 'See also')}<div class="columns" style="column-count:2;"><ul>${links(rwSeeAlso)}</ul></div>
${hx(2, 6, 'External links')}<ul>${links(rwExt)}</ul>
${hx(2, 7, 'References')}<div class="mw-references-wrap"><ol class="references">${rwRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span \
class="mw-cite-backlink"><a href="#cite_ref-${i + 1}_0">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by rw-app-02 Cached time: 20251203112204 Cache expiry: 1814400 CPU time usage: 0.144 seconds -->
</div><noscript><img src="https://rationalwiki.org/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript><div \
class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://rationalwiki.org/w/index.php?title=Biophotonic_tuning&amp;oldid=2719344">\
https://rationalwiki.org/w/index.php?title=Biophotonic_tuning&amp;oldid=2719344</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" \
title="Special:Categories">Categories</a>: <ul>${links(rwCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="mw-portlet mw-portlet-personal vector-user-menu-legacy \
vector-menu" aria-labelledby="p-personal-label"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal \
tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage">Not logged in</li><li id="pt-anontalk"><a \
href="/wiki/Special:MyTalk">Talk</a></li><li id="pt-anoncontribs"><a href="/wiki/Special:MyContributions">Contributions</a></li><li id="pt-createaccount"><a \
href="/w/index.php?title=Special:CreateAccount&amp;returnto=Biophotonic+tuning">Create account</a></li><li id="pt-login"><a \
href="/w/index.php?title=Special:UserLogin&amp;returnto=Biophotonic+tuning">Log in</a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy vector-menu"><h3 \
class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3><div class="vector-menu-content"><ul \
class="vector-menu-content-list"><li id="ca-nstab-main" class="selected"><a href="/wiki/Biophotonic_tuning"><span>Page</span></a></li><li id="ca-talk"><a \
href="/wiki/Talk:Biophotonic_tuning" rel="discussion"><span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy vector-menu"><h3 \
class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li \
id="ca-view" class="selected"><a href="/wiki/Biophotonic_tuning"><span>Read</span></a></li><li id="ca-edit"><a href="/w/index.php?title=Biophotonic_tuning&amp;\
action=edit"><span>Edit</span></a></li><li id="ca-history"><a href="/w/index.php?title=Biophotonic_tuning&amp;action=history"><span>View history</span></a>\
</li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box"><h3><label for="searchInput">Search</label></h3><form action="/w/index.php" id="searchform"><div \
id="simpleSearch"><input type="search" name="search" placeholder="Search RationalWiki" aria-label="Search RationalWiki" id="searchInput"><input type="hidden" \
name="title" value="Special:Search"><input class="searchButton" type="submit" name="go" id="searchButton" value="Go"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div><nav id="p-navigation" \
class="mw-portlet vector-menu-portal portal vector-menu"><h3 class="vector-menu-heading"><span class="vector-menu-heading-label">Navigation</span></h3><div \
class="vector-menu-content"><ul class="vector-menu-content-list">${links(rwNav)}</ul></div></nav>
<nav id="p-Community" class="mw-portlet vector-menu-portal portal vector-menu"><h3 class="vector-menu-heading"><span class="vector-menu-heading-label">\
Community</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(rwComm)}</ul></div></nav>
<nav id="p-Site_support" class="mw-portlet vector-menu-portal portal vector-menu"><h3 class="vector-menu-heading"><span class="vector-menu-heading-label">Site \
support</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(rwSupport)}</ul></div></nav>
<nav id="p-tb" class="mw-portlet vector-menu-portal portal vector-menu"><h3 class="vector-menu-heading"><span class="vector-menu-heading-label">Tools</span>\
</h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(rwTools)}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last modified on 3 December 2025, at \
11:22.</li><li id="footer-info-copyright">Unless explicitly noted otherwise, all content licensed as indicated by <a href="/wiki/RationalWiki:Copyrights">\
RationalWiki:Copyrights</a>.</li><li id="footer-info-rw-perspective">For concerns on copyright infringement please see: <a \
href="/wiki/RationalWiki:Copyright_violations">RationalWiki:Copyright violations</a></li></ul>
<ul id="footer-places">${links(rwFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img \
src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":203});});</script>
</body></html>`;
export const rationalWiki: TestPage = {
  html: rwHtml,
  name: 'heldout58-rationalwiki',
  kind: 'wiki',
  // body: the lead, the sections' paragraphs and the claims list, as the runs between the footnote marks (the marks in neither
  // list); the epigraph quote box floated beside the lead is decoration, not the article's prose, and not page furniture
  // either: in neither list (quote and attribution); the "Alternative medicine" sidebar box (with its tagline), the "See the
  // main article" line, the caption, "See also", "External links", the references with their headings, the donation notice,
  // menus, categories and footer are furniture; the footer's "last modified" line is the byline; the box's "Chromotherapy"
  // and "Quantum woo" (also See also links), "Light therapy", the categories "Woo" and "Alternative medicine" are words of the
  // body: left out
  title: rwTitle,
  headings: [...rwH],
  body: [...runs(rwLead), ...runs(rwHist), ...runs(rwClaims), ...rwClaimList, ...runs(rwEvidence), ...runs(rwMarket)],
  bylines: ['This page was last modified on 3 December 2025, at 11:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'RationalWiki is funded entirely by readers.', 'If this page made you laugh or think, chip in a few dollars to keep the servers running.',
    'From RationalWiki', 'Jump to navigation', 'Jump to search', ...rwBox.slice(1).filter((t) => t !== 'Chromotherapy'),
    'Ask your doctor if woo is right for you', rwCap, rwIcon, 'Contents', 'edit', 'See also',
    ...rwSeeAlso.filter((t) => t !== 'Chromotherapy' && t !== 'Quantum woo' && t !== 'Light therapy'), 'External links', ...rwExt, 'References', ...rwRefs,
    'Retrieved from', 'Categories', ...rwCats.filter((t) => t !== 'Alternative medicine' && t !== 'Woo'), 'Navigation menu', 'Personal tools', 'Not logged in',
    'Talk', 'Contributions', 'Create account', 'Log in', 'Namespaces', 'Page', 'Discussion', 'Views', 'Read', 'Edit', 'View history', 'Search', 'Navigation',
    ...rwNav, 'Community', ...rwComm, 'Site support', ...rwSupport, 'Tools', ...rwTools,
    'Unless explicitly noted otherwise, all content licensed as indicated by', 'For concerns on copyright infringement please see:', ...rwFoot,
  ],
};
