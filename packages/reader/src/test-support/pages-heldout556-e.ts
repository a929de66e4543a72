import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, but, j, lis, tidy } from './pages-heldout556-kit.js';

/**
 * Held-out batch 556, file e: a wiki article on lever locks on MediaWiki (Vector 2022 skin) with an infobox, the contents
 * sidebar, edit links, a figure, references and categories, and a trade newsletter's news post on Ghost (Casper theme, in file e2).
 */
const mTitle = 'Lever tumbler lock';
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
const mBody = [
  j(
    `A <b>lever tumbler lock</b> is a lock that uses a set of flat <a href="/wiki/Lever" title="Lever">levers</a> to stop the bolt from moving.`,
    'Each lever must be lifted to exactly the right height by the bit of the key before the bolt can slide. Lever locks are the',
    `usual <a href="/wiki/Mortice_lock" title="Mortice lock">mortice locks</a> of timber doors in Britain and Ireland.${ref(1)}`,
  ),
  'History',
  j(
    'Locks with a single lever were in use in the 18th century, but they could be opened by lifting the lever too far. In 1778',
    `the Brixley locksmith Josiah Penhall patented a double-acting lever, which locked if it`,
    `was lifted too high as well as too low.${ref(2)} The principle is still used in every modern lever lock.`,
  ),
  j(
    'The detector lever, added in the 1810s, jammed the lock after a failed attempt to pick it until the right key was turned',
    'backwards. Detectors were later dropped from domestic locks because they annoyed owners more than they stopped thieves.',
  ),
  'Design',
  j(
    'A lever is a flat plate that pivots at one end. A gate is cut through the middle of each lever. When every gate lines up with',
    'the stump on the bolt, the bolt can move. The number of levers is the most quoted measure of a lock’s quality.',
  ),
  'Number of levers',
  j(
    'Three-lever locks are found on internal doors and older front doors. Five-lever locks offer many more differs (key',
    `combinations) and are the minimum asked for by most British insurers for external doors.${ref(3)}`,
  ),
  'Anti-pick features',
  'false gates cut into the edge of each lever',
  'curtains that block the keyhole when the key is turned',
  'hardened steel plates that resist drilling',
  'See also',
  '<a href="/wiki/Pin_tumbler_lock" title="Pin tumbler lock">Pin tumbler lock</a>',
  '<a href="/wiki/Warded_lock" title="Warded lock">Warded lock</a>',
  'References',
  'Fenner, R. (2019). <i>British Door Locks: A Field Guide</i>. Hale Press. p. 42.',
  'Patent no. 1192, Patent Office, London, 1778.',
  'Association of Home Insurers, <i>Minimum Security Conditions</i>, 2024 edition.',
];
const H = [1, 4, 6, 8, 12, 15];
const mInfo = [
  ['Type', 'Mechanical lock'],
  ['Inventor', 'Josiah Penhall'],
  ['Introduced', '1778'],
  ['Typical use', 'Mortice locks on timber doors'],
];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools'];
const mFoot = ['Privacy policy', 'About LockWiki', 'Disclaimers', 'Mobile view'];
const mh = (lvl: number, i: number): string => {
  const t = mBody[i] ?? '';
  const id = t.replace(/ /g, '_');
  return `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${id}">${t}</h${lvl}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Lever_tumbler_lock&amp;action=edit&amp;section=${i}" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
};
const toc = (t: string, n: string): string => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span
class="vector-toc-numb">${n}</span><span>${t}</span></div></a></li>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - LockWiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Lever_tumbler_lock","wgTitle":"Lever tumbler lock","wgCurRevisionId":4410,"wgNamespaceNumber":0,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://lockwiki.example/wiki/Lever_tumbler_lock"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Lever_tumbler_lock rootpage-Lever_tumbler_lock
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon
mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element"><div class="vector-menu mw-portlet mw-portlet-navigation" id="p-navigation"><div
class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">LockWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search"
placeholder="Search LockWiki" aria-label="Search LockWiki" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-createaccount" class="mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-hide-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${toc('History', '1')}${toc('Design', '2')}${toc('See also', '3')}${toc('References', '4')}</ul></div></div>
</nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav
aria-label="Namespaces"><ul>${links(mTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(mTabs.slice(2, 5), 'vector-tab-noicon mw-list-item')}</ul></nav><div class="vector-dropdown vector-page-tools-dropdown">
<label class="vector-dropdown-label"><span class="vector-dropdown-label-text">${mTabs[5]}</span></label></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub"
class="noprint">From LockWiki, the locks and security encyclopedia</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Five_lever_lock.jpg" class="mw-file-description"><img
src="/images/thumb/5/5a/Five_lever_lock.jpg/220px-Five_lever_lock.jpg"
decoding="async" width="220" height="165" class="mw-file-element"></a></span><div
class="infobox-caption">A five-lever mortice deadlock with its cover removed</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mBody.slice(0, 1))}
<meta property="mw:PageProp/toc">
${mh(2, 1)}${ps(mBody.slice(2, 4))}
${mh(2, 4)}<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Lever_gates.svg" class="mw-file-description"><img
src="/images/thumb/Lever_gates.svg.png"
decoding="async" width="250" height="180"
class="mw-file-element"></a><figcaption>Levers lifted by the key so that every gate lines up with the stump</figcaption></figure>
${ps(mBody.slice(5, 6))}
${mh(3, 6)}${ps(mBody.slice(7, 8))}
${mh(3, 8)}<ul>${lis(mBody.slice(9, 12))}</ul>
${mh(2, 12)}<ul>${lis(mBody.slice(13, 15))}</ul>
${mh(2, 15)}<div class="reflist"><div class="mw-references-wrap"><ol class="references">${mBody
  .slice(16)
  .map(
    (t, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text">${t}</span></li>`,
  )
  .join('\n')}</ol></div></div>
</div><noscript><img src="/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://lockwiki.example/w/index.php?title=Lever_tumbler_lock&amp;oldid=4410">
https://lockwiki.example/w/index.php?title=Lever_tumbler_lock&amp;oldid=4410</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Lock_types" title="Category:Lock types">Lock types</a></li><li><a
href="/wiki/Category:British_inventions">British inventions</a></li></ul></div></div>
</div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 February 2026, at 17:41.</li>
<li id="footer-info-copyright">Content is available under <a
href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot, 'mw-list-item')}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const lockwiki: TestPage = tidy({
  name: 'heldout556-mediawiki-lever-lock',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: at(mBody, H),
  body: texts(but(mBody, H)),
  bylines: ['This page was last edited on 3 February 2026, at 17:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mMenu, 'LockWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', ...mTabs,
    'From LockWiki, the locks and security encyclopedia', 'A five-lever mortice deadlock with its cover removed', ...mInfo.flat(), 'edit',
    'Levers lifted by the key so that every gate lines up with the stump', 'Categories', 'Lock types', 'British inventions',
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
});

export const HELDOUT556_E: readonly TestPage[] = [lockwiki];
