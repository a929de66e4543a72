import { links, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout567-kit.js';

/**
 * Held-out batch 567, file d: a specialist nursery's catalogue page of hardy geraniums on Hugo (a PaperMod-style theme with a table
 * of contents and plant entries), and a cultivar page on a plant society's MediaWiki (Vector 2022, infobox, references).
 */
const hTitle = 'Hardy geraniums';
const hIntro = j(
  'We grow about forty hardy geraniums in 9 cm and one-litre pots. Those below are in stock for spring 2027; sizes are',
  'height × spread after three years in ordinary garden soil.',
);
const hPlants = [
  [
    'Geranium ‘Rozanne Mist’',
    '60 × 90 cm · sun or part shade · June–October',
    'Violet-blue saucers with pale centres on long, sprawling stems. Flowers for longer than any other geranium we grow.',
    '£8.50',
  ],
  [
    'Geranium macrorrhizum ‘Harbour Pink’',
    '30 × 60 cm · dry shade · May–June',
    'Scented leaves that colour red in autumn, clear pink flowers. Makes dense ground cover under trees where little else grows.',
    '£7.00',
  ],
  [
    'Geranium phaeum ‘Lowther Black’',
    '70 × 45 cm · shade · May–July',
    'Tiny, nearly black flowers held above spotted leaves. Cut it back hard after flowering for a second flush.',
    '£7.50',
  ],
  [
    'Geranium sanguineum var. striatum',
    '15 × 30 cm · sun · June–August',
    'Pale pink, finely veined flowers on a neat mound. Good at the front of a border or in a trough.',
    '£6.50',
  ],
] as const;
const hNav = ['Catalogue', 'Ordering', 'Open days', 'About'];
const hToc = hPlants.map(([n]) => n);
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.121.2"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow"><title>${hTitle} | Wrenside
Nursery</title>
<meta name="description" content="Hardy geraniums in stock at Wrenside Nursery for spring 2027."><link rel="canonical"
href="https://wrenside.uk/catalogue/geraniums/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Catalogue",
"item":"https://wrenside.uk/catalogue/"},{"@type":"ListItem","position":2,"name":"${hTitle}","item":"https://wrenside.uk/catalogue/geraniums/"}]}</script>
</head>
<body id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://wrenside.uk/" accesskey="h" title="Wrenside Nursery (Alt + H)">Wrenside Nursery</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${hNav.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}/" title="${t}"><span>${t}</span></a></li>`).join('')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://wrenside.uk/">Home</a>&nbsp;»&nbsp;<a
href="https://wrenside.uk/catalogue/">Catalogue</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-meta"><span title='2027-01-18 00:00:00 +0000 UTC'>January 18, 2027</span>&nbsp;·&nbsp;2 min</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hToc.map((t, i) => `<li><a href="#p${i}" aria-label="${t}">${t}</a></li>`).join('')}</ul></div></details></div>
<div class="post-content"><p>${hIntro}</p>
${hPlants
  .map(
    ([n, facts, d, price], i) => `<h3 id="p${i}">${n}<a hidden class="anchor" aria-hidden="true" href="#p${i}">#</a></h3>
<p><em>${facts}</em></p><p>${d}</p><p><strong>${price}</strong></p>`,
  )
  .join('\n')}
<h2 id="postage">Postage<a hidden class="anchor" aria-hidden="true" href="#postage">#</a></h2>
<table><thead><tr><th>Order</th><th>Postage</th></tr></thead><tbody>${trs([
  ['Up to 6 plants', '£7.95'],
  ['7 to 15 plants', '£10.95'],
  ['16 plants or more', 'Free'],
])}</tbody></table>
</div><footer class="post-footer"><ul class="post-tags"><li><a href="https://wrenside.uk/tags/perennials/">Perennials</a></li><li><a
href="https://wrenside.uk/tags/shade/">Shade</a></li></ul>
<nav class="paginav"><a class="prev" href="https://wrenside.uk/catalogue/ferns/"><span class="title">« Prev</span><br><span>Ferns</span></a>
<a class="next" href="https://wrenside.uk/catalogue/epimediums/"><span class="title">Next »</span><br><span>Epimediums</span></a></nav></footer></article>
</main>
<footer class="footer"><span>&copy; 2027 <a href="https://wrenside.uk/">Wrenside Nursery</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer"
target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6"
fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click", () => { document.body.classList.toggle('dark'); })</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout567-hugo-geranium-catalogue',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...hToc, 'Postage'],
  body: [
    hIntro,
    ...hPlants.flatMap(([, f, d, p]) => [f, d, p]),
    ...rowTexts([
      ['Up to 6 plants', '£7.95'],
      ['7 to 15 plants', '£10.95'],
      ['16 plants or more', 'Free'],
    ]),
  ],
  bylines: ['January 18, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wrenside Nursery', ...hNav.filter((t) => t !== 'About'), 'Home', '»', '· 2 min', 'Table of Contents', 'Perennials', 'Shade', '« Prev', 'Ferns',
    'Next »', 'Epimediums',
    '© 2027 Wrenside Nursery', 'Powered by Hugo & PaperMod',
  ],
};

const mTitle = 'Salvia ‘Marnham Blue’';
const mInfo = [
  ['Genus', 'Salvia'],
  ['Parentage', 'S. nemorosa × S. pratensis (chance seedling)'],
  ['Raised by', 'Marnham Hall Nurseries, 2009'],
  ['Height', '50–70 cm'],
  ['Hardiness', 'H7'],
];
const mLead = [
  j(
    '<b>Salvia ‘Marnham Blue’</b> is a hardy herbaceous sage with upright spikes of deep violet-blue flowers held in purple calyces.',
    'It was found as a seedling in the stock beds of Marnham Hall Nurseries in 2009 and introduced in 2012.' +
      '<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
];
const mSecs = [
  [
    'Description',
    [
      j(
        'Plants form a basal clump of wrinkled, mid-green leaves from which stiff, branching stems rise in late May. The flowers',
        'are larger than those of most <i>S. nemorosa</i> cultivars and the calyces stay coloured for several weeks after the petals drop.',
      ),
    ],
  ],
  [
    'Cultivation',
    [
      j(
        '‘Marnham Blue’ needs sun and soil that does not stay wet in winter. If cut back to the base after the first flush, it',
        'usually flowers again in August. It is propagated from basal cuttings in spring; seed does not come true.',
      ),
    ],
  ],
  [
    'Awards',
    [
      'The cultivar was commended in the society’s 2018–2020 trial of hardy salvias.' +
        '<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
    ],
  ],
] as const;
const mRefs = ['Marnham Hall Nurseries, <i>Catalogue 2012</i>, p. 31.', 'Hardy Plant Circle, <i>Salvia Trial Report 2018–2020</i>, p. 12.'];
const mCats = ['Salvia cultivars', 'Herbaceous perennials', 'Plants raised in Norfolk'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Hardy Plant Wiki', 'Disclaimers'];
const edit = (id: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Salvia_%27Marnham_Blue%27&amp;action=edit&amp;section=${id}"
title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Hardy Plant Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Salvia_'Marnham_Blue'","wgTitle":"Salvia 'Marnham Blue'","wgCurRevisionId":18842,
"wgNamespaceNumber":0};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.hardyplantcircle.org/wiki/Salvia_%27Marnham_Blue%27"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Salvia_Marnham_Blue
rootpage-Salvia_Marnham_Blue skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div
class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Hardy Plant Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Hardy Plant Wiki" aria-label="Search Hardy Plant Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-login" class="mw-list-item"><a
href="/index.php?title=Special:UserLogin">
<span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2
class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${[...mSecs.map(([h]) => h), 'References']
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Salvia"
title="View the content page"><span>Page</span></a></li>
<li id="ca-talk" class="new mw-list-item"><a href="/index.php?title=Talk:Salvia&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li></ul></nav>
<nav aria-label="Views"><ul><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Salvia"><span>Read</span></a></li><li id="ca-viewsource"
class="mw-list-item">
<a href="/index.php?title=Salvia&amp;action=edit"><span>View source</span></a></li><li id="ca-history" class="mw-list-item"><a
href="/index.php?title=Salvia&amp;action=history">
<span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Hardy Plant Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr">
<div class="mw-parser-output"><table class="infobox biota"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Marnham_Blue.jpg" class="mw-file-description"><img
src="/images/thumb/a/a3/Marnham_Blue.jpg/220px-Marnham_Blue.jpg"
class="mw-file-element" width="220" height="293" alt=""></a></span><div class="infobox-caption">In the trial beds, June 2019</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${mLead.map((p) => `<p>${p}\n</p>`).join('')}
${mSecs.map(([h, ps]) => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2>${edit(h)}</div>${ps.map((p) => `<p>${p}\n</p>`).join('')}`).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2>${edit('4')}</div><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('')}
</ol></div></div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4 May
2026, at 09:12.</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/HPW:Copyright">Creative Commons Attribution-ShareAlike</a> unless otherwise
noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout567-mediawiki-salvia-cultivar',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map(([h]) => h), 'References'],
  body: [
    ...rowTexts(mInfo),
    ...texts(mLead).map((t) => t.replace('[1]', '')),
    ...mSecs.flatMap(([, ps]) => texts(ps).map((t) => t.replace('[2]', ''))),
    ...texts(mRefs),
  ],
  bylines: ['This page was last edited on 4 May 2026, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mSide, 'Hardy Plant Wiki', 'Search', 'Log in', 'Contents', 'hide', '(Top)', '1', '2', '3', '4', 'Page', 'Discussion',
    'Read', 'View source', 'View history', 'From Hardy Plant Wiki', 'In the trial beds, June 2019', '[', 'edit', ']', '[1]', '[2]', '↑', 'Categories', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT567_D: readonly TestPage[] = [hugo, mediawiki];
