import { links, type TestPage, texts } from './page-kit.js';
import { wikijsPage } from './pages-heldout22-e2.js';

/**
 * Held-out batch 22, file e: a page of a DokuWiki site on the default "dokuwiki" template, seen logged out (skip link, logo
 * and claim, the a11y "User Tools" / "Site Tools" headings, "Log In", search form, the Tools select and Recent Changes / Media
 * Manager / Sitemap, "You are here" and "Trace" breadcrumbs, the sidebar page, page id, the TOC box, sections with
 * sectionedit classes and EDIT comments, a wrap-plugin warning box, an inline table, a footnote, the docInfo line, page tools,
 * the licence footer with its button images and the taskrunner image). The Wiki.js page is in pages-heldout22-e2.ts.
 */
const dwTitle = 'Laser cutter (Trotec Speedy 300)';
const dwIntro = [
  'The laser cutter lives in the back workshop next to the extraction unit. It cuts and engraves wood, acrylic, card and leather ' +
    'up to 8 mm thick on a bed of 726 × 432 mm. Only members who have done the induction may use it; inductions run on the first ' +
    'Tuesday<sup><a href="#fn__1" id="fnt__1" class="fn_top">1)</a></sup> of every month.',
];
const dwWarn = 'Never leave the laser running unattended, not even for a minute. A fire in the honeycomb bed can start and spread in seconds.';
const dwH = ['Booking', 'Allowed materials', 'Focusing the lens', 'Autofocus', 'After the job'] as const;
const dwBooking = [
  'Book the laser in the calendar on the members’ portal, in slots of 30 minutes. You can book up to two hours a day; longer ' +
    'jobs need a note to the equipment team first, so that others still get a turn in the evenings.',
];
const dwTable = [
  ['Material', 'Thickness', 'Notes'],
  ['Plywood (birch)', '3–6 mm', 'Use the air assist'],
  ['Cast acrylic', 'up to 8 mm', 'Extruded acrylic melts: do not use it'],
  ['Card and paper', 'any', 'Lower the power to 20 %'],
  ['Vegetable-tanned leather', 'up to 4 mm', 'Chrome-tanned leather is banned'],
] as const;
const dwBanned = [
  'Anything containing PVC or vinyl is strictly banned: it releases chlorine gas that damages the optics and your lungs. If you ' +
    'are unsure what a sheet is made of, ask in the members’ chat before you cut it.',
];
const dwSteps = [
  'Place the material on the honeycomb bed and close the lid.',
  'Move the head over the material with the arrow keys.',
  'Hang the focus tool on the lens holder and raise the bed until the tool drops.',
  'Take the tool off again before you start the job.',
];
const dwAuto = [
  'The autofocus button on the keypad works with flat sheets only. Do not use it on warped plywood or on anything taller than ' +
    '20 mm, because the sensor can catch on the edge and knock the lens out of line.',
];
const dwAfter = [
  'Leave the extraction running for two minutes before opening the lid',
  'Remove all offcuts, including the small ones that fall through the honeycomb',
  'Write the job time on the log sheet by the machine',
];
const dwFootnote = 'Except in August, when the space is closed for two weeks.';
const dwSide = ['Home', 'Equipment', 'Membership', 'Events', 'House rules', 'Contact'];
const dwTools = ['Recent Changes', 'Media Manager', 'Sitemap'];
const dwPageTools = ['Show pagesource', 'Old revisions', 'Backlinks', 'Back to top'];
const dwLicence = 'Except where otherwise noted, content on this wiki is licensed under the following license:';
/** The section-edit marker DokuWiki leaves after each section, its JSON written with &quot;. */
const edit = (o: object): string => `<!-- EDIT${JSON.stringify(o).replace(/"/g, '&quot;')} -->`;
const sec = (n: number, level: number, id: string, title: string, html: string): string => `
<h${level} class="sectionedit${n}" id="${id}">${title}</h${level}>
<div class="level${level}">
${html}
</div>
${edit({ target: 'section', name: title, hid: id, codeblockOffset: 0, secid: n, range: `${n * 400}-` })}`;
const dwP = (ps: readonly string[]): string => ps.map((p) => `<p>\n${p}\n</p>`).join('\n');
const dwLi = (items: readonly string[]): string => items.map((t) => `<li class="level1"><div class="li"> ${t}</div>\n</li>`).join('\n');
const dwTableHtml = `<div class="table sectionedit4"><table class="inline">
\t<thead>
\t<tr class="row0">\n\t\t${dwTable[0].map((c, i) => `<th class="col${i}">${c}</th>`).join('')}\n\t</tr>
\t</thead>
${dwTable
  .slice(1)
  .map((r, j) => `\t<tr class="row${j + 1}">\n\t\t${r.map((c, i) => `<td class="col${i}">${c}</td>`).join('')}\n\t</tr>`)
  .join('\n')}
</table></div>
${edit({ target: 'table', name: '', hid: 'table', secid: 4, range: '1402-1689' })}`;
const dwToc = [
  ['booking', 'Booking', 1],
  ['allowed_materials', 'Allowed materials', 1],
  ['focusing_the_lens', 'Focusing the lens', 1],
  ['autofocus', 'Autofocus', 2],
  ['after_the_job', 'After the job', 1],
] as const;
const dwHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8" /><title>equipment:laser_cutter [Northgate Makerspace Wiki]</title>
<script>(function(H){H.className=H.className.replace(/\\bno-js\\b/,'js')})(document.documentElement)</script>
<meta name="generator" content="DokuWiki"/><meta name="robots" content="index,follow"/><meta name="keywords" content="equipment,laser_cutter"/>
<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="Northgate Makerspace Wiki"/>
<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed=8c1f0b5e2d"/>
<script >/*<![CDATA[*/var NS='equipment';var JSINFO = {"id":"equipment:laser_cutter","namespace":"equipment","ACT":"show","useHeadingNavigation":0,
"useHeadingContent":0};/*!]]>*/</script><script src="/lib/exe/js.php?t=dokuwiki&amp;tseed=8c1f0b5e2d" defer="defer"></script>
</head><body><div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki loggedOut showSidebar hasSidebar">
<div id="dokuwiki__header"><div class="pad group"><div class="headings group"><ul class="a11y skip"><li><a
 href="#dokuwiki__content">skip to content</a></li></ul>
<h1 class="logo"><a href="/doku.php?id=start" accesskey="h" title="Home [h]"><img src="/lib/exe/fetch.php?media=wiki:logo.png" width="64" height="64" alt=""
 /><span>Northgate Makerspace Wiki</span></a></h1><p class="claim">Build it, break it, fix it, share it</p></div>
<div class="tools group"><div id="dokuwiki__usertools"><h3 class="a11y">User Tools</h3><ul><li class="action login"><a
 href="/doku.php?id=equipment:laser_cutter&amp;do=login"
 title="Log In" rel="nofollow" class="menuitem login"><span>Log In</span></a></li></ul></div>
<div id="dokuwiki__sitetools"><h3 class="a11y">Site Tools</h3><form action="/doku.php?id=start" method="get" role="search" class="search doku_form"
 id="dw__search"
 accept-charset="utf-8"><input type="hidden" name="do" value="search" /><input type="text" placeholder="Search" autocomplete="off" id="qsearch__in"
 accesskey="f"
 name="q" title="[F]" /><button value="1" type="submit" title="Search">Search</button><div id="qsearch__out" class="ajax_qsearch JSpopup"></div></form>
<div class="mobileTools"><form action="/doku.php" method="get" accept-charset="utf-8"><div class="no"><input type="hidden" name="id"
 value="equipment:laser_cutter" />
<select name="do" class="edit quickselect" title="Tools"><option value="">Tools</option><optgroup label="Page Tools"><option
 value="revisions">Old revisions</option>
<option value="backlink">Backlinks</option></optgroup></select></div></form></div>
<ul>${dwTools.map((t) => `<li class="action"><a href="#" class="menuitem"><span>${t}</span></a></li>`).join('')}</ul></div></div>
<div class="breadcrumbs"><div class="youarehere"><span class="bchead">You are here: </span><span class="home"><bdi><a href="/doku.php?id=start"
 class="wikilink1"
 title="start" data-wiki-id="start">start</a></bdi></span> » <bdi><a href="/doku.php?id=equipment:start" class="wikilink1" title="equipment:start"
 data-wiki-id="equipment:start">equipment</a></bdi> » <bdi><span class="curid"><a href="/doku.php?id=equipment:laser_cutter" class="wikilink1"
 title="equipment:laser_cutter" data-wiki-id="equipment:laser_cutter">laser_cutter</a></span></bdi></div>
<div class="trace"><span class="bchead">Trace:</span> <span class="bcsep">•</span> <bdi><span class="curid"><a href="/doku.php?id=equipment:laser_cutter"
 class="breadcrumbs" title="equipment:laser_cutter">laser_cutter</a></span></bdi></div></div><hr class="a11y" /></div></div>
<div class="wrapper group"><div id="dokuwiki__aside"><div class="pad aside include group"><h3 class="toggle">Sidebar</h3><div class="content"><div
 class="group">
<h2 class="sectionedit1" id="navigation">Navigation</h2><div class="level2"><ul>${dwSide
  .map(
    (t) => `<li class="level1"><div class="li"><a href="#"
 class="wikilink1">${t}</a></div></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div>
<div id="dokuwiki__content"><div class="pad group"><div class="pageId"><span>equipment:laser_cutter</span></div><div class="page group">
<!-- TOC START -->
<div id="dw__toc" class="dw__toc"><h3 class="toggle">Table of Contents</h3><div><ul class="toc">
${dwToc.map(([id, t, l]) => `<li class="level${l}"><div class="li"><a href="#${id}">${t}</a></div></li>`).join('\n')}</ul></div></div>
<!-- TOC END -->
<h1 class="sectionedit1" id="laser_cuttertrotec_speedy_300">${dwTitle}</h1>
<div class="level1">
${dwP(dwIntro)}
<div class="wrap_important plugin_wrap">
<p>\n<strong>${dwWarn}</strong>\n</p>
</div>
</div>
${edit({ target: 'section', name: dwTitle, hid: 'laser_cuttertrotec_speedy_300', codeblockOffset: 0, secid: 1, range: '1-399' })}
${sec(2, 2, 'booking', dwH[0], dwP(dwBooking))}
${sec(3, 2, 'allowed_materials', dwH[1], `${dwTableHtml}\n${dwP(dwBanned)}`)}
${sec(5, 2, 'focusing_the_lens', dwH[2], `<ol>\n${dwLi(dwSteps)}\n</ol>`)}
${sec(6, 3, 'autofocus', dwH[3], dwP(dwAuto))}
${sec(7, 2, 'after_the_job', dwH[4], `<ul>\n${dwLi(dwAfter)}\n</ul>`)}
<div class="footnotes">
<div class="fn"><sup><a href="#fnt__1" id="fn__1" class="fn_bot">1)</a></sup>
<div class="content">${dwFootnote}</div></div>
</div>
</div><div class="docInfo"><bdi>equipment/laser_cutter.txt</bdi> · Last modified: 2025/02/18 21:04 by <bdi>mkowalski</bdi></div></div></div>
<hr class="a11y" /><div id="dokuwiki__pagetools"><h3 class="a11y">Page Tools</h3><div class="tools"><ul>${links(dwPageTools, 'action')}</ul></div></div></div>
<div id="dokuwiki__footer"><div class="pad"><div class="license">${dwLicence} <bdi><a href="https://creativecommons.org/licenses/by-sa/4.0/deed.en"
 rel="license"
 class="urlextern">CC Attribution-Share Alike 4.0 International</a></bdi></div><div class="buttons"><a
 href="https://creativecommons.org/licenses/by-sa/4.0/deed.en"
 rel="license"><img src="/lib/images/license/button/cc-by-sa.png" width="80" height="15" alt="CC Attribution-Share Alike 4.0 International" /></a>
<a href="https://www.dokuwiki.org/donate" title="Donate"><img src="/lib/tpl/dokuwiki/images/button-donate.gif" width="80" height="15" alt="Donate" /></a>
<a href="https://dokuwiki.org/" title="Driven by DokuWiki"><img src="/lib/tpl/dokuwiki/images/button-dw.png" width="80" height="15" alt="Driven by DokuWiki"
 /></a>
</div></div></div></div></div>
<div class="no"><img src="/lib/exe/taskrunner.php?id=equipment%3Alaser_cutter&amp;1740000000" width="2" height="1" alt="" /></div>
<div id="screen__mode" class="no"></div></body></html>`;
const dokuwiki: TestPage = {
  html: dwHtml,
  name: 'heldout22-dokuwiki-page',
  kind: 'wiki',
  // the in-page h1 is the title; the h2s and the h3 are the headings ("Navigation" is the sidebar's: furniture); the intro
  // (with its footnote mark "1)", as the plain text has it), the warning box, every table cell (header cells too: the
  // renderer puts no space between cells, so they are listed one by one), the paragraphs and both lists are body, and so
  // is the footnote (the page's own sentence, not a citation); the docInfo date and user are bylines ("Last modified:" and
  // "by" in neither); the TOC (it repeats the headings: in neither), page id, file name, logo, claim, tools, breadcrumbs
  // ("laser_cutter" is the title's words: left out), sidebar, page tools, licence footer are furniture (the sidebar's "Equipment" is the
  // breadcrumb's "equipment": counted once)
  // (the footnote's text is furniture, as footnotes are on every earlier page: its writer had made it body; changed when
  // batch 22 became training in session 14)
  title: dwTitle,
  headings: [...dwH],
  body: [...texts(dwIntro), dwWarn, ...texts(dwBooking), ...dwTable.flat(), ...texts(dwBanned), ...dwSteps, ...texts(dwAuto), ...dwAfter],
  bylines: ['2025/02/18 21:04', 'mkowalski'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    dwFootnote,
    'skip to content', 'Northgate Makerspace Wiki', 'Build it, break it, fix it, share it', 'User Tools', 'Log In', 'Site Tools', 'Search', 'Tools',
    'Page Tools', ...dwTools, 'You are here:', 'start', 'equipment', 'Trace:', 'Sidebar', 'Navigation',
    ...dwSide.filter((t) => t !== 'Equipment'), 'equipment:laser_cutter', 'Table of Contents', 'equipment/laser_cutter.txt', ...dwPageTools,
    dwLicence, 'CC Attribution-Share Alike 4.0 International',
  ],
};

export const HELDOUT22_E: readonly TestPage[] = [dokuwiki, wikijsPage];
