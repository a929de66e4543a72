import { links, ps, type TestPage, texts } from './page-kit.js';
import { bodyOf, heads, j, type Sec, secs } from './pages-heldout461-kit.js';

/** Held-out batch 461, file c2: a movement servicing guide on MediaWiki (Vector 2022) with a table of contents and a lubrication table. */
const mTitle = 'Kessler 1120 service guide';
const mIntro = [
  j(
    'The <b>Kessler 1120</b> is a 17-jewel hand-wound calibre made in Vellach from 1998 and used by several small brands, among',
    'them <a href="/wiki/Aldercroft">Aldercroft</a> and <a href="/wiki/Tovar">Tovar</a>. This guide covers a full service: strip,',
    'clean, inspect, oil and reassemble. It assumes you have serviced a simple three-hand movement before.',
  ),
];
const mSecs: Sec[] = [
  {
    h: 'Tools',
    ps: ['Besides the usual screwdrivers and tweezers you will need:'],
    list: [
      'a case back wrench with pins for the six-notch back',
      'a hand lever pair and a hand-setting press',
      'a mainspring winder, size 11',
      'oilers in two sizes',
    ],
  },
  {
    h: 'Disassembly',
    ps: ['Let down the mainspring fully before removing the balance. Then work in this order:'],
    list: [
      'Remove the hands and dial, then the hour wheel and cannon pinion.',
      'Remove the balance cock with the balance, and lay it upside down in a covered tray.',
      'Remove the pallet bridge and pallet fork.',
      'Remove the ratchet wheel (left-hand thread), crown wheel and barrel bridge.',
      "Remove the train bridge, then the wheels, noting the position of the fourth wheel's long pivot.",
    ],
    ordered: true,
    after: [
      j(
        'The keyless works sit under a single spring-steel cover. The setting lever spring is easy to launch across the room, so',
        'hold the cover down with a finger while you undo the screw.',
      ),
    ],
  },
  {
    h: 'Cleaning and inspection',
    ps: [
      j(
        'Clean all parts except the pallet fork in a standard machine cycle. Clean the fork by hand in fresh rinse, as some cleaning',
        'solutions dissolve the shellac that holds the pallet stones.',
      ),
      j(
        'Check the balance staff pivots under a loupe. The most common fault on used 1120s is a bent lower pivot from a knock, which',
        'shows as a large drop in amplitude dial down. Replacement staffs carry part number 1120-721.',
      ),
    ],
  },
  {
    h: 'Lubrication',
    ps: ['The factory chart gives these oils:'],
  },
  {
    h: 'Reassembly and regulation',
    ps: [
      j(
        'Reassemble in the reverse order. A healthy 1120 shows 270 to 300 degrees of amplitude dial up at full wind and holds above',
        '200 degrees after 24 hours. Regulate with the index to within ±5 seconds a day in the dial up and crown down positions.',
      ),
      j(
        'If amplitude is low after a careful service, check the mainspring first: the original springs of the late 1990s take a set,',
        'and a new one (1120-770) often adds 30 degrees on its own.',
      ),
    ],
  },
];
const mOil = [
  ['Train jewels', 'Light watch oil'],
  ['Escape wheel pivots', 'Light watch oil'],
  ['Pallet stones', 'Escapement oil, one small drop each'],
  ['Keyless works', 'Grease'],
  ['Barrel arbor', 'Heavy oil'],
];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Calibres', 'Service guides'];
const mToc = ['(Top)', ...heads(mSecs)];
const mCats = ['Service guides', 'Kessler calibres', 'Hand-wound movements'];
const mSec = (i: number): string => {
  const s = mSecs[i];
  const h = s?.h ?? '';
  const id = h.replace(/ /g, '_');
  const head = `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Kessler_1120_service_guide&amp;action=edit&amp;section=${i + 1}" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
  return s === undefined ? '' : secs([{ ...s, h: '@' }]).replace('<h2>@</h2>', head);
};
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Balance Staff Wiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Kessler_1120_service_guide","wgTitle":"Kessler 1120 service guide","wgCurRevisionId":4411,"wgRevisionId":4411,
"wgArticleId":612,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3">
<link rel="canonical" href="https://wiki.balancestaff.example/wiki/Kessler_1120_service_guide"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kessler_1120_service_guide
rootpage-Kessler_1120_service_guide skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Balance Staff Wiki</strong></span></a>
</div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Balance Staff Wiki [f]"
accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Balance Staff Wiki" aria-label="Search Balance Staff Wiki"
id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a>
</li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
${mToc
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Kessler_1120_service_guide" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Kessler_1120_service_guide" rel="discussion"><span>Discussion</span></a></li></ul>
</div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Kessler_1120_service_guide"><span>Read</span></a></li>
<li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Kessler_1120_service_guide&amp;action=edit" accesskey="e">
<span>View source</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Kessler_1120_service_guide&amp;action=history" accesskey="h">
<span>View history</span></a></li></ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Balance Staff Wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${ps(mIntro)}
<div class="thumb tright"><div class="thumbinner" style="width:222px;"><a href="/wiki/File:Kessler_1120_train_side.jpg" class="image">
<img alt="" src="/images/thumb/k1120.jpg/220px-k1120.jpg" decoding="async" width="220" height="165" class="thumbimage"></a>
<div class="thumbcaption"><div class="magnify"><a href="/wiki/File:Kessler_1120_train_side.jpg" class="internal" title="Enlarge"></a>
</div>Train side of a 1120 with the bridges removed</div></div></div>
${[0, 1, 2, 3].map(mSec).join('\n')}
<table class="wikitable"><tbody><tr><th>Part</th><th>Lubricant</th></tr>
${mOil.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
${mSec(4)}
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.balancestaff.example/index.php?title=Kessler_1120_service_guide&amp;oldid=4411">
https://wiki.balancestaff.example/index.php?title=Kessler_1120_service_guide&amp;oldid=4411</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 12 January 2027, at 21:04.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Balance_Staff_Wiki:Privacy_policy">Privacy policy</a></li><li id="footer-places-about">
<a href="/wiki/Balance_Staff_Wiki:About">About Balance Staff Wiki</a></li>
<li id="footer-places-disclaimers"><a href="/wiki/Balance_Staff_Wiki:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":88});});</script></body></html>`;
const mediaWiki: TestPage = {
  name: 'heldout461-mediawiki-service-guide',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: heads(mSecs),
  body: [...texts(mIntro), ...bodyOf(mSecs.slice(0, 4)), ...mOil.map(([a, b]) => `${a} ${b}`), ...bodyOf(mSecs.slice(4))],
  bylines: ['This page was last edited on 12 January 2027, at 21:04.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mMenu, 'Balance Staff Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    'Page', 'Discussion', 'Read', 'View source', 'View history', 'From Balance Staff Wiki', 'Train side of a 1120 with the bridges removed', 'edit',
    'Retrieved from "https://wiki.balancestaff.example/index.php?title=Kessler_1120_service_guide&oldid=4411"', 'Categories', 'Kessler calibres',
    'Hand-wound movements', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy',
    'About Balance Staff Wiki', 'Disclaimers',
  ],
};

export const HELDOUT461_C2: readonly TestPage[] = [mediaWiki];
