import { links, type TestPage } from './page-kit.js';
import { anchor, type Blocks, finish, gold, j } from './pages-heldout585-kit.js';

/**
 * Held-out batch 585, file f: a "Low-emissivity glass" article on a trade wiki running MediaWiki (Vector 2022 skin, contents
 * sidebar, edit links, references, categories), and a secondary glazing page of a family glazier on an old table layout.
 */
const mTitle = 'Low-emissivity glass';
const mBlocks: Blocks = [
  j(
    '<b>Low-emissivity glass</b>, usually shortened to <b>low-e glass</b>, is glass with a microscopically thin metal or metal oxide',
    'coating that reflects long-wave heat back into a room while letting most visible light through.<sup id="cite_ref-1" class="reference">',
    '<a href="#cite_note-1">[1]</a></sup> It is the main reason modern <a href="/wiki/Double_glazing" title="Double glazing">double glazing</a>',
    'insulates about twice as well as the units of the 1980s.',
  ),
  '## How it works',
  j(
    'Ordinary glass absorbs heat radiated by warm objects in a room and re-emits much of it outdoors. A low-e coating has an',
    'emissivity of 0.02 to 0.15, against about 0.84 for uncoated glass, so far less heat is radiated across the cavity of a sealed unit.',
  ),
  '## Types',
  '### Hard coat',
  j(
    'Hard-coat (pyrolytic) low-e is applied to the glass while it is still hot on the float line, bonding the coating into the surface.',
    'It is durable and can be handled and stored like ordinary glass, but its emissivity is higher, around 0.15.',
  ),
  '### Soft coat',
  j(
    'Soft-coat (sputtered) low-e is applied later in a vacuum chamber, in several layers that include silver. It reaches',
    'emissivities of 0.02 to 0.04 but must be sealed inside the unit facing the cavity, because it is damaged by moisture and',
    'handling.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  '## Position in the unit',
  j(
    'In cold climates the coating is placed on surface 3, the inner pane’s face towards the cavity, to keep heat in and allow solar',
    'gain. In hot climates surface 2 is used to reflect solar heat before it enters.',
  ),
];
const mG = gold(mBlocks);
const mRefs = [
  'Harlow, P. (2019). <i>Coatings on Flat Glass</i>. Ashdown Technical Press. p. 41.',
  '“Handling soft-coat glass”. <i>Glass Processing Notes</i> 12 (3): 7–9. 2021.',
];
const mCats = ['Glass types', 'Energy efficiency'];
const mTools = ['Article', 'Talk', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About Fenestra Wiki', 'Disclaimers'];
const mEdit = (h: string, n: number): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Low-emissivity_glass&amp;action=edit&amp;section=${n}"
title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
function mBody(): string {
  let n = 0;
  return mBlocks
    .map((b) => {
      const h = /^(#{2,3}) (.*)$/.exec(b);
      if (!h) return `<p>${b}</p>`;
      n++;
      const l = (h[1] ?? '').length;
      const t = h[2] ?? '';
      return `<div class="mw-heading mw-heading${l}"><h${l} id="${t.replace(/ /g, '_')}">${t}</h${l}>${mEdit(t, n)}</div>`;
    })
    .join('\n');
}
const mToc = mG.headings
  .map(
    (h, i) => `<li id="toc-${anchor(h)}" class="vector-toc-list-item">
<a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Fenestra Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Low-emissivity_glass","wgTitle":"Low-emissivity glass","wgCurRevisionId":18842,"wgArticleId":1207,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.fenestra.org/wiki/Low-emissivity_glass"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr
mw-hide-empty-elt ns-0 ns-subject page-Low-emissivity_glass skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Fenestra Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box"><a href="/wiki/Special:Search"
class="cdx-button cdx-button--fake-button search-toggle"
title="Search Fenestra Wiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li>
<li id="pt-login"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc"
class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div>
</a></li>
${mToc}<li id="toc-References" class="vector-toc-list-item"><a class="vector-toc-link" href="#References"><div class="vector-toc-text">
<span class="vector-toc-numb">${mG.headings.length + 1}</span><span>References</span></div></a></li></ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces">
<ul>${links(mTools, 'vector-tab-noicon mw-list-item')}</ul></nav>
</div></div><div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Fenestra Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${mBody()}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2>${mEdit('References', 7)}</div>
<div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b>
</span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.fenestra.org/index.php?title=Low-emissivity_glass&amp;oldid=18842">
https://wiki.fenestra.org/index.php?title=Low-emissivity_glass&amp;oldid=18842</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2026, at 14:22.</li>
<li id="footer-info-copyright">Content is available under
<a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout585-mediawiki-low-e-glass',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mG.headings,
  body: mG.body,
  bylines: ['This page was last edited on 3 March 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Fenestra Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'References', ...mTools,
    'From Fenestra Wiki', '[edit]', ...mRefs.map((r) => `^ ${r.replace(/<[^>]+>/g, '')}`), 'Categories:', ...mCats,
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

const tTitle = 'Secondary Glazing';
const tBlocks: Blocks = [
  j(
    'Secondary glazing is a second window fitted on the inside of your existing one. It is the answer when you cannot or do not',
    'want to replace the original windows, for example in a listed building, a conservation area or a rented flat.',
  ),
  '### Why choose secondary glazing?',
  '- Cuts heat loss through single glazing by more than half',
  '- Very good at reducing traffic and aircraft noise',
  '- Keeps the original windows as they are from the street',
  '- Usually no planning permission or listed building consent needed',
  '### Our systems',
  j(
    'We make horizontal sliders, vertical sliders for sash windows, hinged casements and lift-out panels, all in slim white or',
    'coloured aluminium. Each one is measured and made for your window at our own workshop in Brackley Moor.',
  ),
  'Please ring for a free home visit. We cover Brackley Moor, Thornside and all villages within 15 miles.',
];
const tG = gold(tBlocks);
const tNav = ['Home', 'About Us', 'Double Glazing', 'Secondary Glazing', 'Doors', 'Repairs', 'Contact Us'];
const tItems = (blocks: Blocks): string =>
  blocks
    .map((b) =>
      b.startsWith('### ')
        ? `<h3><font face="Verdana, Arial, Helvetica, sans-serif" color="#003366">${b.slice(4)}</font></h3>`
        : b.startsWith('- ')
          ? `<li><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${b.slice(2)}</font></li>`
          : `<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${b}</font></p>`,
    )
    .join('\n')
    .replace(/(<li>[\s\S]*<\/li>)/, '<ul>$1</ul>');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Secondary Glazing - A.R. Pettigrew &amp; Son Glaziers, Brackley Moor</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="secondary glazing, glaziers, brackley moor, windows">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/javascript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"><table width="780" border="0" align="center" cellpadding="0"
cellspacing="0">
<tr><td colspan="2"><img src="images/header_pettigrew.jpg" width="780" height="120" alt="A.R. Pettigrew &amp; Son - Glaziers since 1971"></td></tr>
<tr><td colspan="2" bgcolor="#003366" height="24" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF"><b>Tel: 01632 960 771 &nbsp;|&nbsp;
Mobile: 07700 900 388</b></font></td></tr><tr><td width="170" valign="top" bgcolor="#E8EEF4"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tNav
  .map(
    (t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font face="Verdana" size="2">${t}</font></a></td>
</tr>`,
  )
  .join('\n')}
</table><p align="center"><img src="images/fensa_logo.gif" width="120" height="60" alt="FENSA"></p><p align="center"><font face="Verdana"
size="1">Members of the<br>
Glass &amp; Glazing Guild</font></p></td><td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td valign="top">
<h1><font face="Verdana, Arial, Helvetica, sans-serif" color="#003366">${tTitle}</font></h1>
${tItems(tBlocks)}
<p align="center"><img src="images/secondary1.jpg" width="250" height="180" alt="Secondary glazing"> <img src="images/secondary2.jpg" width="250"
height="180" alt=""><br>
<font face="Verdana" size="1"><i>Vertical sliders fitted to a Georgian town house, Thornside</i></font></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">
${tNav.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${t}</font></a>`).join(' | ')}<br>
&copy; 2004-2026 A.R. Pettigrew &amp; Son, 22 Mill Lane, Brackley Moor<br>Page last updated 12/01/2026<br>You are visitor number
<img src="/cgi-bin/counter.cgi?page=secondary" alt="048213"></font></td></tr></table></body></html>`;
const tables: TestPage = {
  name: 'heldout585-table-layout-secondary',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tG.headings,
  body: tG.body,
  bylines: ['Page last updated 12/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tel: 01632 960 771 | Mobile: 07700 900 388', ...tNav,
    'Members of the Glass & Glazing Guild', 'Vertical sliders fitted to a Georgian town house, Thornside',
    '© 2004-2026 A.R. Pettigrew & Son, 22 Mill Lane, Brackley Moor', 'You are visitor number',
  ],
};

export const HELDOUT585_F: readonly TestPage[] = [mediawiki, tables].map(finish);
