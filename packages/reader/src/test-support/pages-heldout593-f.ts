import type { TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render, tidy } from './pages-heldout593-kit.js';

/**
 * Held-out batch 593, file f: an amateur theatre society's wardrobe hire procedure on MediaWiki (Vector legacy skin) with a
 * table of contents, edit links, a hire charges wikitable and categories.
 */
const mTitle = 'Wardrobe hire procedure';
const mBlocks: Block[] = [
  j(
    'This page explains how the Brackenfold Players hire costumes out of the society wardrobe to other groups, schools and',
    'members. It is kept up to date by the wardrobe committee; please ask before changing the charges.',
  ),
  { h: 'Booking' },
  j(
    'All hire requests go to the wardrobe secretary by email, with the name of the show, the dates of the run and a list of',
    'characters or items wanted. Requests are dealt with in the order they arrive, but our own productions always come first.',
  ),
  'The wardrobe is open for viewing on the first and third Saturday of each month, 10am to 12 noon, or by arrangement.',
  { h: 'Charges' },
  {
    head: ['Item', 'Members', 'Other societies', 'Schools'],
    rows: [
      ['Full costume (per week)', '£5', '£15', '£10'],
      ['Single garment (per week)', '£2', '£6', '£4'],
      ['Wig or hat', 'Free', '£4', '£2'],
      ['Deposit (per order)', 'None', '£50', '£25'],
    ],
  },
  'Charges are reviewed at the AGM each June. Groups that lend costumes to us in return are charged the members\u2019 rate.',
  { h: 'Collection and return' },
  {
    ordered: true,
    ul: [
      'The borrower signs the hire book, listing every item by its wardrobe number.',
      'Items are checked together at collection and any existing damage is noted in the book.',
      'Costumes must be returned within one week of the last performance, cleaned as agreed.',
      'The wardrobe secretary checks the return against the book and refunds the deposit.',
    ],
  },
  { h: 'Cleaning', level: 3 },
  j(
    'Washable items should be washed at 30 degrees and returned ironed. Items marked "dry clean" on the wardrobe label must be',
    'dry cleaned by the borrower. Never put wigs in a washing machine.',
  ),
  { h: 'Damage and losses', level: 3 },
  j(
    'Small repairs (buttons, hems) are done by the wardrobe team at no charge. Larger repairs, and replacements of lost items,',
    'are charged at cost. The committee may refuse future hire to groups that return items late or damaged more than once.',
  ),
  { h: 'See also' },
  { ul: ['Wardrobe numbering system', 'Costume store rota', 'Lending to schools'] },
].map((b) => (typeof b === 'string' ? { p: b } : b));
const mEdited = 'This page was last edited on 3 August 2026, at 19:42.';
const mHead = (t: string, l: number): string => {
  const id = t.replace(/ /g, '_');
  const edit = `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Wardrobe_hire_procedure&amp;action=edit&amp;section=1"
title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
  return `<h${l}><span class="mw-headline" id="${id}">${t}</span>${edit}</h${l}>`;
};
let mSec = 0;
const mToc = mBlocks
  .flatMap((b) => ('h' in b ? [b] : []))
  .map((b) => {
    mSec++;
    return `<li class="toclevel-${(b.level ?? 2) - 1} tocsection-${mSec}"><a href="#${b.h.replace(/ /g, '_')}"><span class="tocnumber">${mSec}</span>
<span class="toctext">${b.h}</span></a></li>`;
  })
  .join('\n');
const mPortal = (id: string, label: string, items: string[], cls = 'vector-menu-portal portal'): string => `<nav id="p-${id}" class="vector-menu mw-portlet
mw-portlet-${id} ${cls}" aria-labelledby="p-${id}-label" role="navigation"><h3 id="p-${id}-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">${label}</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${items
  .map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`)
  .join('')}</ul></div></nav>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en-GB" dir="ltr"><head><meta charset="UTF-8"><title>Wardrobe hire procedure - Brackenfold Players Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Wardrobe_hire_procedure","wgTitle":"Wardrobe hire procedure",
"wgCurRevisionId":2291,
"wgCategories":["Wardrobe","Procedures"],"wgRelevantPageName":"Wardrobe_hire_procedure","wgIsProbablyEditable":false};RLSTATE={"site.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en-gb&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.8"><meta name="robots" content="max-image-preview:standard">
<link rel="search" type="application/opensearchdescription+xml"
href="/opensearch_desc.php" title="Brackenfold Players Wiki (en-gb)"><link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Wardrobe_hire_procedure rootpage-Wardrobe_hire_procedure skin-vector action-view
skin-vector-legacy vector-feature-language-in-header-enabled"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1><div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From Brackenfold Players Wiki</div><div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en-GB" dir="ltr"><div class="mw-parser-output">
${render(mBlocks.slice(0, 1))}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox"
style="display:none" /><div class="toctitle" lang="en-GB" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>
${mToc}
</ul></div>
${render(mBlocks.slice(1), { h: mHead, table: ' class="wikitable"' })}
<!-- NewPP limit report Parsed by mw1 Cached time: 20260803184212 CPU time usage: 0.021 seconds --></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.brackenfoldplayers.org.uk/index.php?title=Wardrobe_hire_procedure&amp;oldid=2291">
https://wiki.brackenfoldplayers.org.uk/index.php?title=Wardrobe_hire_procedure&amp;oldid=2291</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Wardrobe" title="Category:Wardrobe">Wardrobe</a></li><li>
<a href="/wiki/Category:Procedures" title="Category:Procedures">Procedures</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
${mPortal('personal', 'Personal tools', ['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'], 'vector-user-menu-legacy vector-menu-dropdown')}
<div id="left-navigation">${mPortal('namespaces', 'Namespaces', ['Page', 'Discussion'], 'vector-menu-tabs')}</div>
<div id="right-navigation">${mPortal('views', 'Views', ['Read', 'View source', 'View history'], 'vector-menu-tabs')}
${mPortal('cactions', 'More', [], 'vector-menu-dropdown')}<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail
vector-search-box"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform" class="vector-search-box-form">
<div id="simpleSearch"
class="vector-search-box-inner"><input class="vector-search-box-input" type="search" name="search" placeholder="Search Brackenfold Players Wiki"
id="searchInput"><input type="submit" name="fulltext" title="Search the pages for this text" id="mw-searchButton" class="searchButton mw-fallbackSearchButton"
value="Search"><input type="submit" name="go" title="Go to a page with this exact name if it exists" id="searchButton" class="searchButton" value="Go">
</div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${mPortal('navigation', 'Navigation', ['Main page', 'Current productions', 'Recent changes', 'Random page', 'Help about MediaWiki'])}
${mPortal('tb', 'Tools', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'])}
</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${mEdited}</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Brackenfold_Players_Wiki:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about">
<a href="/wiki/Brackenfold_Players_Wiki:About">About Brackenfold Players Wiki</a></li><li id="footer-places-disclaimers">
<a href="/wiki/Brackenfold_Players_Wiki:General_disclaimer">Disclaimers</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiPage: TestPage = tidy({
  name: 'heldout593-mediawiki-wardrobe-hire',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: headingsOf(mBlocks),
  body: bodyOf(mBlocks),
  bylines: [mEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to navigation', 'Jump to search', 'Contents', 'edit', 'Categories', 'Wardrobe', 'Procedures', 'Navigation menu',
    'Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'View source',
    'View history', 'More', 'Search', 'Main page', 'Current productions', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Tools',
    'What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information', 'Privacy policy',
    'About Brackenfold Players Wiki', 'Disclaimers',
  ],
});

export const HELDOUT593_F: readonly TestPage[] = [mediawikiPage];
