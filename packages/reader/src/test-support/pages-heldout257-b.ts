import { links, ps, type TestPage, texts } from './page-kit.js';
import { confluence } from './pages-heldout257-b2.js';
import { j, tds } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file b: a makerspace's DokuWiki page on the default "dokuwiki" template (header with claim, user
 * and site tools, trace breadcrumbs, sidebar, table of contents, section edit buttons, docInfo line, page tools, license
 * footer and a cookie-law plugin banner) and, from file b2, a public Confluence Data Center page.
 */
const dTitle = 'Label printer';
const dIntro = [
  j(
    'The makerspace has one thermal label printer, a Corvin LP-40, for marking storage bins, cables and member projects. It is',
    'free to use, but the labels are not, so please print only what you need and never run test sheets of a full roll.',
  ),
];
const dWhere = [
  j(
    'The printer sits on the shelf above the electronics bench, next to the parts drawers. The spare rolls are in the grey box',
    'labelled <em>Consumables</em> on the bottom shelf. If the box is empty, tell a host rather than ordering more yourself.',
  ),
  j(
    'Please leave the printer where it is. It has been carried to the woodshop twice this year, and both times it came back with',
    'sawdust in the feed slot and a cracked lid. If you need labels for a bigger job, print them at the bench and take the sheet with you.',
  ),
];
const dLoad = [
  'Switch the printer off at the rocker switch on the back.',
  'Press the green latch and lift the lid all the way up.',
  'Drop the new roll in with the labels coming off the top, then pull about five centimetres through the slot.',
  'Close the lid firmly until it clicks and switch the printer on. It feeds one blank label to find the gap.',
];
const dPrint = [
  j(
    'Print only from the shared laptop on the bench, which has the driver and the templates installed. Open the <code>Bin labels</code>',
    "template, type your text and choose the size that matches the roll that is loaded. Members' own laptops are not set up for it.",
  ),
];
const dTable = [
  ['Small (25 × 13 mm)', 'Cables, fuses, small drawers', 'White'],
  ['Medium (50 × 25 mm)', 'Storage bins and project boxes', 'White or yellow'],
  ['Large (100 × 50 mm)', 'Shelves and the tool wall', 'Yellow'],
];
const dTrouble = [
  j(
    'If the printer flashes red and will not feed, the roll is usually loaded upside down. If labels come out blank, the print head',
    'needs cleaning: use one of the alcohol wipes from the first aid cupboard, and never a knife or a screwdriver.',
  ),
  'Anything else goes in the #equipment channel, with a photo of the lights if you can.',
];
const dSide = ['Start', 'Opening hours', 'Induction', 'Equipment list', 'Laser cutter', '3D printers', 'Rules of the space'];
const dTools = ['Show pagesource', 'Old revisions', 'Backlinks', 'Back to top'];
const dSec = (n: number, t: string): string => `<div class="secedit editbutton_section editbutton_${n}"><form class="button btn_secedit" method="post"
action="/doku.php?id=equipment:label_printer"><div class="no"><input type="hidden" name="do" value="edit"><button type="submit" title="${t}">Edit</button>
</div></form></div>`;
const dH = (n: number, level: number, id: string, t: string): string => `<h${level} class="sectionedit${n}" id="${id}">${t}</h${level}>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8"><title>equipment:label_printer [Northgate Makerspace Wiki]</title>
<script>(function(H){H.className=H.className.replace(/\\bno-js\\b/,'js')})(document.documentElement)</script>
<meta name="generator" content="DokuWiki"><meta name="robots" content="index,follow"><meta name="keywords" content="equipment,label_printer">
<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="Northgate Makerspace Wiki">
<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed=4f1b2e"><script>var NS='equipment';var JSINFO={"id":"equipment:label_printer",
"namespace":"equipment","ACT":"show","useHeadingNavigation":1,"useHeadingContent":1};</script>
<script src="/lib/exe/jquery.php?tseed=8faf3dc90234d51a499f4f428a0eae43" defer="defer"></script>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body><div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki  showSidebar hasSidebar">
<div id="dokuwiki__header"><div class="pad group"><div class="headings group"><ul class="a11y skip"><li><a href="#dokuwiki__content">skip to
content</a></li></ul>
<h1 class="logo"><a href="/doku.php?id=start" accesskey="h" title="Home [h]"><img src="/lib/tpl/dokuwiki/images/logo.png" width="64" height="64" alt="">
<span>Northgate Makerspace Wiki</span></a></h1><p class="claim">Tools, rooms and how we run the place</p></div>
<div class="tools group"><div id="dokuwiki__usertools"><h3 class="a11y">User Tools</h3><ul><li class="action login"><a href="/doku.php?do=login"
title="Log In" rel="nofollow"><span>Log In</span></a></li></ul></div>
<div id="dokuwiki__sitetools"><h3 class="a11y">Site Tools</h3><form action="/doku.php?id=start" method="get" role="search" class="search doku_form"
id="dw__search"><input type="hidden" name="do" value="search"><input name="q" type="text" placeholder="Search" title="[F]" accesskey="f">
<button type="submit" title="Search">Search</button></form><ul><li class="action recent"><a href="/doku.php?do=recent" title="Recent Changes [r]">
<span>Recent Changes</span></a></li><li class="action media"><a href="/doku.php?do=media" title="Media Manager"><span>Media Manager</span></a></li>
<li class="action index"><a href="/doku.php?do=index" title="Sitemap [x]"><span>Sitemap</span></a></li></ul></div></div>
<div class="breadcrumbs"><div class="trace"><span class="bchead">Trace:</span> <bdi><a href="/doku.php?id=start" class="breadcrumbs">start</a></bdi>
<span class="bcsep">•</span> <bdi><span class="curid"><a href="/doku.php?id=equipment:label_printer"
class="breadcrumbs">label_printer</a></span></bdi></div></div>
<hr class="a11y"></div></div>
<div class="wrapper group"><nav id="dokuwiki__aside" aria-label="Sidebar"><div class="pad aside include group"><h3 class="toggle">Sidebar</h3>
<div class="content"><div class="group"><p><strong>Navigation</strong></p><ul>${links(dSide, 'level1')}</ul></div></div></div></nav>
<main id="dokuwiki__content"><div class="pad group"><div class="pageId"><span>equipment:label_printer</span></div><div class="page group">
<!-- TOC START --><div id="dw__toc" class="dw__toc"><h3 class="toggle">Table of Contents</h3><div><ul class="toc">
<li class="level1"><div class="li"><a href="#label_printer">Label printer</a></div></li></ul></div></div><!-- TOC END -->
${dH(1, 1, 'label_printer', dTitle)}
<div class="level1">${ps(dIntro)}</div>${dSec(1, dTitle)}
${dH(2, 2, 'where_it_lives', 'Where it lives')}
<div class="level2">${ps(dWhere)}</div>${dSec(2, 'Where it lives')}
${dH(3, 2, 'loading_a_new_roll', 'Loading a new roll')}
<div class="level2"><ol>${dLoad.map((l) => `<li class="level1"><div class="li">${l}</div></li>`).join('\n')}</ol></div>${dSec(3, 'Loading a new roll')}
${dH(4, 2, 'printing', 'Printing')}
<div class="level2">${ps(dPrint)}
<div class="table sectionedit5"><table class="inline"><thead><tr class="row0"><th class="col0">Label size</th><th class="col1">Use it for</th>
<th class="col2">Colour</th></tr></thead>${dTable.map(tds).join('\n')}</table></div></div>${dSec(4, 'Printing')}
${dH(6, 2, 'troubleshooting', 'Troubleshooting')}
<div class="level2">${ps(dTrouble)}</div>${dSec(6, 'Troubleshooting')}
</div><div class="docInfo"><bdi>equipment/label_printer.txt</bdi> · Last modified: 2026/02/27 19:42 by <bdi>hwendel</bdi></div></div></main>
<nav id="dokuwiki__pagetools" aria-labelledby="dokuwiki__pagetools__heading"><h3 class="a11y" id="dokuwiki__pagetools__heading">Page Tools</h3>
<div class="tools"><ul>${links(dTools)}</ul></div></nav></div>
<div id="dokuwiki__footer"><div class="pad"><div class="license">Except where otherwise noted, content on this wiki is licensed under the following license:
<bdi><a href="https://creativecommons.org/licenses/by-sa/4.0/deed.en" rel="license" class="urlextern">CC Attribution-Share Alike 4.0 International</a>
</bdi></div><div class="buttons"><a href="https://www.dokuwiki.org/donate" title="Donate"><img src="/lib/tpl/dokuwiki/images/button-donate.gif"
width="80" height="15" alt="Donate"></a> <a href="https://dokuwiki.org/" title="Driven by DokuWiki"><img src="/lib/tpl/dokuwiki/images/button-dw.png"
width="80" height="15" alt="Driven by DokuWiki"></a></div></div></div></div></div>
<div class="no"><img src="/lib/exe/taskrunner.php?id=equipment%3Alabel_printer" width="2" height="1" alt=""></div>
<div id="cookielawbanner"><div class="cookielaw_policy">This website uses cookies. By using the website, you agree with storing cookies on your computer.
Also, you acknowledge that you have read and understand our Privacy Policy.</div><button id="cookielawbutton" class="button">OK</button>
<a href="/doku.php?id=privacy" class="cookielaw_link">More information about cookies</a></div></body></html>`;
const dokuwiki: TestPage = {
  name: 'heldout257-dokuwiki-makerspace-wiki',
  kind: 'wiki',
  html: dHtml,
  title: dTitle,
  headings: ['Where it lives', 'Loading a new roll', 'Printing', 'Troubleshooting'],
  body: texts([...dIntro, ...dWhere, ...dLoad, ...dPrint, ...dTable.flat(), ...dTrouble]),
  bylines: ['Last modified: 2026/02/27 19:42 by hwendel'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'skip to content', 'Northgate Makerspace Wiki', 'Tools, rooms and how we run the place', 'User Tools', 'Log In', 'Site Tools', 'Search',
    'Recent Changes', 'Media Manager', 'Sitemap', 'Trace:', 'Sidebar', 'Navigation', ...dSide, 'equipment:label_printer',
    'Table of Contents', 'Edit', 'equipment/label_printer.txt', 'Page Tools', ...dTools,
    'Except where otherwise noted, content on this wiki is licensed under the following license:', 'CC Attribution-Share Alike 4.0 International',
    'This website uses cookies. By using the website, you agree with storing cookies on your computer.',
    'Also, you acknowledge that you have read and understand our Privacy Policy.', 'More information about cookies',
  ],
};

export const HELDOUT257_B: readonly TestPage[] = [dokuwiki, confluence];
