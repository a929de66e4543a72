import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts } from './pages-heldout507-kit.js';

/**
 * Held-out batch 507, file e: a village hall's history page on Jimdo Creator (module matrix, image with subtitle, cookie
 * notice, Jimdo footer links), and a village hall article on a local MediaWiki wiki (Vector 2022, infobox, edit links, TOC).
 */
const jTitle = 'A short history of Whitmore Green Village Hall';
const jSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'The hall on Pound Lane has been the centre of village life for just over a hundred years. This short history was put',
        'together from the committee’s minute books, the parish magazine and the memories of people who have danced, voted, acted',
        'and eaten school dinners under its roof.',
      ),
    ],
  ],
  [
    'From army hut to village hall',
    [
      j(
        'In 1920 the village bought a wooden hut from the army camp at Bellingdon for £85. It was taken apart, carried over on',
        'three farm carts and put up on a plot of land given by the Shilton family, who asked only for a peppercorn rent.',
      ),
      j(
        'The “Hut”, as everyone called it, opened on 4 June 1921 with a whist drive and a dance. Lighting came from paraffin lamps',
        'until electricity reached the lane in 1934.',
      ),
    ],
  ],
  [
    'The war years',
    [
      j(
        'During the Second World War the hall was used as a school for evacuees from Walthamstow, and later as a canteen for the',
        'searchlight crews on Cobb’s Hill. The Women’s Institute made jam in the kitchen from fruit collected in the hedgerows.',
      ),
    ],
  ],
  [
    'The new hall',
    [
      j(
        'By the 1960s the Hut was falling down. After eight years of fundraising, the present brick hall was opened in May 1968 by',
        'the oldest resident of the village, Mrs Edith Parmenter, who had been at the opening dance in 1921.',
      ),
      j(
        'The hall was extended in 1994 with a new kitchen and toilets, and in 2019 solar panels were fitted to the south roof with a',
        'grant from the district council. Today it is used every day of the week.',
      ),
    ],
  ],
];
const jNav = ['Home', 'What’s On', 'Hire', 'History', 'Committee', 'Contact'];
const jMod = (id: number, cls: string, inner: string): string => `<div id="cc-m-${id}" class="j-module n j-${cls} ">${inner}</div>`;
const jHtml = `<!DOCTYPE html>
<html lang="en-GB" class="jimdo-cms"><head><meta http-equiv="content-type" content="text/html;
charset=UTF-8"><title>History - Whitmore Green Village Hall</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="The history of Whitmore Green Village Hall from 1920 to
the present day.">
<link rel="canonical" href="https://www.whitmoregreenhall.org.uk/history/"><link rel="stylesheet" type="text/css"
href="https://assets.jimstatic.com/web.css.8b4e2f1a.css" media="all">
<script type="text/javascript">var jimdoData = {"isTestserver":false,"cmsVersion":"WebsiteDesign","pageId":2451987612,"websiteId":"s8f3e21a",
"isFreePackage":true};</script>
<script src="https://assets.jimstatic.com/web.js.3c9f0d7e.js"></script></head>
<body class="body cc-page j-m-gallery-styles j-m-video-styles j-m-text-styles j-m-imageSubtitle-styles j-has-shop" id="page-2451987612">
<div id="cc-website"><div id="cc-inner" class="cc-content-parent"><input type="checkbox" id="jtpl-navigation__checkbox" class="jtpl-navigation__checkbox">
<div class="jtpl-main cc-content-parent"><div class="jtpl-header"><div class="jtpl-logo"><div id="cc-m-12847" class="j-module n j-imageSubtitle"><a href="/">
<img src="https://image.jimcdn.com/app/cms/image/transf/dimension=200x10000/path/s8f3e21a/image/logo.png" alt="Whitmore Green Village Hall"></a></div></div>
<nav class="jtpl-navigation"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">
${jNav
  .map(
    (t) => `<li class="jmd-nav__list-item-0${t === 'History' ? ' cc-nav-current j-nav-current jmd-nav__item--current' : ''}"><a
href="/${t.toLowerCase().replace(/\W+/g, '-')}/"
data-link-title="${t}"${t === 'History' ? ' class="cc-nav-current j-nav-current jmd-nav__link--current"' : ''}>${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div>
<div class="jtpl-content content-options"><div id="content_area" data-container="content"><div id="content_start"></div><div id="cc-matrix-3391455912">
${jMod(12901, 'header', `<h1 class="">${jTitle}</h1>`)}
${jMod(12902, 'text', '<p><em>Compiled by the Whitmore Green History Group, 2021</em></p>')}
${jMod(
  12903,
  'imageSubtitle',
  `<figure class="cc-imagewrapper cc-m-image-align-1"><img
srcset="https://image.jimcdn.com/app/cms/image/transf/dimension=640x10000/path/s8f3e21a/image/hut.jpg 640w"
alt="The Hut in about 1925" src="https://image.jimcdn.com/app/cms/image/transf/dimension=640x10000/path/s8f3e21a/image/hut.jpg"></figure>
<div class="cc-clear"></div><p class="cc-image-subtitle">The Hut in about 1925, with the committee on the steps. Photo lent by Joan Shilton.</p>`,
)}
${jSecs.map(([h, p], i) => `${h === '' ? '' : jMod(13000 + i, 'header', `<h2 class="">${h}</h2>`)}\n${jMod(13100 + i, 'text', ps(p))}`).join('\n')}
${jMod(13200, 'hr', '<hr class="hr">')}
${jMod(13201, 'text', '<p>Do you have old photographs of the hall? We would love to copy them. <a href="/contact/">Please get in touch.</a></p>')}
</div></div></div>
<div class="jtpl-footer footer-options"><div id="contentfooter" data-container="footer"><div class="leftrow"><a href="/about/">About</a> | <a
href="/j/privacy">Privacy Policy</a>
| <a id="cookie-policy" href="javascript:window.CookieControl.showCookieSettings();">Cookie Policy</a> | <a href="/sitemap/">Sitemap</a></div>
<div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Log in</a></span></div></div></div></div></div></div>
<div id="cookie-settings-banner" class="cc-cookie-banner" role="dialog"><p
class="cc-cookie-banner__text">This website uses cookies to ensure you get the best experience on our
website.</p><button class="cc-cookie-banner__btn cc-cookie-banner__btn--accept">Accept all</button><button class="cc-cookie-banner__btn">Settings</button></div>
</body></html>`;
const jimdoHistory: TestPage = {
  name: 'heldout507-jimdo-hall-history',
  kind: 'blog',
  html: jHtml,
  title: jTitle,
  headings: jSecs.map(([h]) => h).filter((h) => h !== ''),
  body: [...jSecs.flatMap(([, p]) => p), 'Do you have old photographs of the hall? We would love to copy them. Please get in touch.'],
  bylines: ['Compiled by the Whitmore Green History Group, 2021'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...jNav.filter((t) => t !== 'History' && t !== 'Committee'), 'The Hut in about 1925, with the committee on the steps. Photo lent by Joan Shilton.',
    'About', 'Privacy Policy', 'Cookie Policy', 'Sitemap',
    'Log in', 'This website uses cookies to ensure you get the best experience on our website.', 'Accept all', 'Settings',
  ],
};

const mTitle = 'Trewen Village Hall';
const mInfo = [
  ['Location', 'Fore Street, Trewen'],
  ['Opened', '1937'],
  ['Capacity', '140 seated'],
  ['Owner', 'Trewen Village Hall Trust'],
  ['Charity number', '1041276'],
];
const mSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        '<b>Trewen Village Hall</b> is the village hall of Trewen, a village in the parish of St Keyne Minor. It is owned by a',
        'charitable trust and run by a committee of volunteers elected each year at the annual general meeting.',
      ),
    ],
  ],
  [
    'History',
    [
      j(
        'The hall was built in 1937 on land given by the Penhallow estate, to replace the reading room in Chapel Row. Much of the',
        'labour was given free by local men, and the granite for the front wall came from the old quarry at Carn Dhu.',
      ),
      j(
        'It was refurbished in 2008 after a successful bid to the Big Lottery Fund, when a new kitchen, toilets and a disabled',
        'access ramp were added.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
      ),
    ],
  ],
  [
    'Facilities',
    [
      j(
        'The main hall has a sprung floor and a small stage. The hall also has a meeting room for 20 people,',
        'a kitchen and a car park for 15 cars. It is used as the polling station for the Trewen ward.',
      ),
    ],
  ],
  [
    'Regular users',
    [
      j(
        'Regular users include the Trewen Over-60s Club, the short mat bowls club, a Pilates class, the parish',
        'council and the Trewen Players, who stage a pantomime every January.',
      ),
    ],
  ],
];
const mRef = 'Trewen Village Hall Trust, Annual Report 2008–09, p. 3.';
const mHead = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Trewen_Village_Hall&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mTools = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Trewen Wiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Trewen Wiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Trewen_Village_Hall","wgTitle":"Trewen Village Hall","wgCurRevisionId":2114,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator" content="MediaWiki
1.43.0">
<link rel="edit" title="Edit" href="/index.php?title=Trewen_Village_Hall&amp;action=edit"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Trewen_Village_Hall
rootpage-Trewen_Village_Hall skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div
class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Trewen Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input">
<input type="search" name="search" placeholder="Search Trewen Wiki" aria-label="Search Trewen Wiki" id="searchInput"><button class="cdx-button
cdx-search-input__end-button">Search</button>
</form></div><nav class="vector-user-links" aria-label="Personal
tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc
vector-pinnable-element">
<div class="vector-pinnable-header-label">Contents</div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item"><a
class="vector-toc-link" href="#">
<div class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .slice(1)
  .map(
    ([h], i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#References"><div class="vector-toc-text"><span
class="vector-toc-numb">4</span>
<span>References</span></div></a></li></ul></div></nav></div></div>
<main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span
class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav
aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Trewen Wiki</div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span typeof="mw:File"><img src="/images/thumb/4/4e/Trewen_hall.jpg/220px-Trewen_hall.jpg" width="220" height="147" alt=""></span>
<div class="infobox-caption">The hall from Fore Street, 2019</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${mSecs.map(([h, p]) => `${h === '' ? '' : mHead(h)}\n${ps(p)}`).join('\n')}
${mHead('References')}<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a
href="#cite_ref-1">^</a></b></span>
<span class="reference-text">${mRef}</span></li></ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20270303182211 --></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://trewen.wiki/w?oldid=2114">https://trewen.wiki/w?oldid=2114</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Village_halls">Village halls</a></li><li><a
href="/wiki/Category:Buildings_in_Trewen">Buildings in Trewen</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 March 2027, at 18:22.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiHall: TestPage = {
  name: 'heldout507-mediawiki-village-hall',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map(([h]) => h).filter((h) => h !== ''), 'References'],
  body: [...rowTexts(mInfo), ...texts(mSecs.flatMap(([, p]) => p)), mRef],
  bylines: ['This page was last edited on 3 March 2027, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mTools, 'Trewen Wiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', 'Page', 'Discussion',
    'Read', 'Edit', 'View history', 'From Trewen Wiki', 'The hall from Fore Street, 2019', '[edit]', '^',
    'Retrieved from "https://trewen.wiki/w?oldid=2114"', 'Categories', 'Village halls', 'Buildings in Trewen', ...mFoot,
  ],
};

export const HELDOUT507_E: readonly TestPage[] = [jimdoHistory, mediawikiHall];
