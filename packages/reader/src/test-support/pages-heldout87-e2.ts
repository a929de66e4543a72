import { links, type TestPage, texts } from './page-kit.js';
import * as f from './pages-heldout87-e4.js';

/**
 * Held-out batch 87, file e2: a character article on a Fandom wiki in the FandomDesktop skin (the global top navigation
 * with "Start a Wiki", "Sign In" and "Register", the explore rail, the community header with its local navigation
 * dropdowns, the "in:" categories above the h1, the "Sign in to edit" and page actions, the portable infobox, a quote
 * template at the top of the parser output, the classic MediaWiki table of contents inside the content, headings with
 * "edit" / "edit source" links, an in-content ad slot, the right rail with "Popular Pages" and the "Fan Feed", the page
 * footer categories and languages, the CC-BY-SA licence line, the global footer and the consent banner).
 */
const edit = (h: string, n: number): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/wiki/Idris_Valen?veaction=edit&amp;section=${n}" class="mw-editsection-visualeditor" title="Edit section: ${h}">edit</a><span
class="mw-editsection-divider"> | </span><a href="/wiki/Idris_Valen?action=edit&amp;section=${n}" title="Edit section's source: ${h}">edit source</a><span
class="mw-editsection-bracket">]</span></span>`;
const id = (h: string): string => h.replace(/ /g, '_');
const head = (lvl: number, h: string, n: number): string => `<h${lvl}><span class="mw-headline" id="${id(h)}">${h}</span>${edit(h, n)}</h${lvl}>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const tocEntries: [string, string, number][] = [
  [f.fdH1, '1', 1],
  [f.fdH2, '2', 1],
  [f.fdH3, '3', 1],
  [f.fdH4, '3.1', 2],
  [f.fdH5, '3.2', 2],
  [f.fdH6, '4', 1],
];
const toc = `<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>${tocEntries
  .map(([h, n, l]) => `<li class="toclevel-${l}"><a href="#${id(h)}"><span class="tocnumber">${n}</span> <span class="toctext">${h}</span></a></li>`)
  .join('\n')}</ul></div>`;
const infobox = `<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default"><h2 class="pi-item
pi-item-spacing pi-title pi-secondary-background" data-source="name">${f.fdTitle}</h2><figure class="pi-item pi-image" data-source="image"><a
href="https://static.wikia.example/ashfall/images/idris.png/revision/latest" class="image image-thumbnail" title=""><img
src="https://static.wikia.example/ashfall/images/idris.png/revision/latest/scale-to-width-down/268"
class="pi-image-thumbnail" alt="" width="268" height="380"></a><figcaption class="pi-item-spacing pi-caption">${f.fdInfoCaption}</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">${f.fdInfoGroup}</h2>
${f.fdInfo
  .map(
    (r) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${(r[0] ?? '').toLowerCase()}"><h3 class="pi-data-label
pi-secondary-font">${r[0]}</h3><div class="pi-data-value pi-font">${r[1]}</div></div>`,
  )
  .join('\n')}</section></aside>`;
const localNav = f.fdLocalNav
  .map(
    (s) => `<li class="wds-dropdown${s.label === 'Explore' ? ' explore-menu' : ''}"><div class="wds-tabs__tab-label wds-dropdown__toggle first-level-item">
<span>${s.label}</span><svg class="wds-icon wds-icon-tiny wds-dropdown__toggle-chevron"></svg></div><div class="wds-is-not-scrollable wds-dropdown__content">
<ul class="wds-list wds-is-linked wds-has-bolded-items">${links(s.items)}</ul></div></li>`,
  )
  .join('\n');
const footCol = (h: string, items: readonly string[], extra = ''): string => `<section class="global-footer__section"><h3 class="global-footer__section-header">
${h}</h3><ul class="global-footer__links">${links(items, 'global-footer__link')}</ul>${extra}</section>`;
const html = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${f.fdTitle} | ${f.fdWiki} | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCityId":"2281907","wgPageName":"Idris_Valen","wgTitle":"Idris Valen",
"wgCategories":["Characters","Crown Navy","Living characters","Point-of-view characters"],"wgArticleId":412,"wgIsArticle":true};</script>
<meta name="description" content="Captain Idris Valen is a major character in the Ashfall Chronicles series by Maren Solberg.">
<meta property="og:site_name" content="${f.fdWiki}"><meta property="og:title" content="${f.fdTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://ashfall-chronicles.fandom.example/wiki/Idris_Valen">
<link rel="stylesheet" href="https://ashfall-chronicles.fandom.example/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles"
>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","about":{"@type":"Thing","name":"${f.fdTitle}"},
"author":{"@type":"Organization","name":"${f.fdWiki}"},"headline":"${f.fdTitle}","url":"https://ashfall-chronicles.fandom.example/wiki/Idris_Valen",
"publisher":{"@type":"Organization","name":"Fandom, Inc."}}</script>
<script async src="https://static.wikia.example/silversurfer/video/prod/silversurfer.js"></script></head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Idris_Valen rootpage-Idris_Valen action-view
is-content-namespace
has-right-rail theme-fandomdesktop-light"><div class="global-top-navigation" id="global-top-navigation"><div class="global-top-navigation__content">
<a href="https://www.fandom.example/" class="global-top-navigation__logo" aria-label="Fandom"><svg class="wds-icon"></svg></a><div class="search-container">
<form class="search-form" action="https://ashfall-chronicles.fandom.example/wiki/Special:Search"><input type="search" name="query" placeholder="Search"
aria-label="Search"></form></div><div class="global-action__start-a-wiki"><a class="wds-button wds-is-secondary" href="https://createnewwiki.fandom.example/">
${f.fdTopNav[0]}</a></div><div class="global-action__user"><a class="wds-button wds-is-text" href="https://auth.fandom.example/signin">${f.fdTopNav[1]}</a>
<a class="wds-button" href="https://auth.fandom.example/register">${f.fdTopNav[2]}</a></div></div></div>
<nav class="global-explore-navigation" aria-label="Explore"><ul>${links(f.fdExplore, 'global-explore-navigation__item')}</ul></nav>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__image" href="https://ashfall-chronicles.fandom.example/"><img src="https://static.wikia.example/ashfall/images/wordmark.png"
alt="${f.fdWiki}" width="140" height="65"></a><div class="fandom-community-header__top-container"><div class="fandom-community-header__community-name-wrapper">
<a class="fandom-community-header__community-name" href="https://ashfall-chronicles.fandom.example/">${f.fdWiki}</a></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${localNav}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" id="main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top"><div
class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">${f.fdHeaderCats[0]}</span> ${f.fdHeaderCats
  .slice(1)
  .map((c) => `<a href="/wiki/Category:${id(c)}" title="Category:${c}">${c}</a>`)
  .join(', ')}</div></div></div><div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">
<span class="mw-page-title-main">${f.fdTitle}</span></h1></div><div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text
page-header__action-button has-label" href="/wiki/Idris_Valen?action=edit"><svg class="wds-icon wds-icon-small"></svg><span>${f.fdActions[0]}</span></a>
<div class="wds-dropdown"><div class="wds-dropdown__toggle wds-button wds-is-text page-header__action-button"><svg class="wds-icon"></svg></div><div
class="wds-dropdown__content wds-is-not-scrollable wds-is-right-aligned"><ul class="wds-list
wds-is-linked">${links(f.fdActions.slice(1))}</ul></div></div></div>
</div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${infobox}
<div class="quote"><blockquote class="quote-text"><p>${f.fdQuote}</p></blockquote><div class="quote-source">${f.fdQuoteBy}</div></div>
${ps(f.fdLead)}
${toc}
${head(2, f.fdH1, 1)}
${ps(f.fdAppearance)}
${head(2, f.fdH2, 2)}
${ps(f.fdPersonality)}
<div id="incontent_boxad_1" class="ad-slot-placeholder incontent-boxad is-loading"><div class="ae-translatable-label"
data-key="advertisement">Advertisement</div></div>
${head(2, f.fdH3, 3)}
${head(3, f.fdH4, 4)}
${ps(f.fdEarly)}
${head(3, f.fdH5, 5)}
${ps(f.fdSiege)}
${head(2, f.fdH6, 6)}
<ul>${f.fdTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<!-- NewPP limit report Cached time: 20251109201544 -->
</div></div></div>
<div class="page-footer"><div class="wds-collapsible-panel wds-is-collapsed page-footer__categories"><header class="wds-collapsible-panel__header">
<span>${f.fdCats[0]}</span></header><div class="wds-collapsible-panel__content"><ul class="categories"><li class="special-categories-label"><span
class="name"><a
href="/wiki/Special:Categories">Categories</a></span>:</li>${f.fdCats
  .slice(1)
  .map((c) => `<li class="category normal"><span class="name"><a href="/wiki/Category:${id(c)}">${c}</a></span></li>`)
  .join('')}</ul></div></div><div class="wds-collapsible-panel wds-is-collapsed page-footer__languages"><header class="wds-collapsible-panel__header">
<span>${f.fdLangs[0]}</span></header><div class="wds-collapsible-panel__content"><ul>${links(f.fdLangs.slice(1))}</ul></div></div>
<div class="license-description">Community content is available under <a href="https://www.fandom.example/licensing">CC-BY-SA</a> unless otherwise noted.</div>
</div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper WikiaRail" id="WikiaRail"><div id="top_boxad" class="ad-slot-placeholder top-boxad
is-loading"><div
class="ae-translatable-label" data-key="advertisement">Advertisement</div></div><section class="rail-module popular-pages" data-tracking-label="popular-pages">
<h2 class="rail-module__header">Popular Pages</h2><ul
class="rail-module__list">${links(f.fdPopular, 'rail-module__list-item')}</ul></section></div></aside></div>
<div class="mcf-wrapper"><div class="mcf-content"><h2 class="mcf-header">${f.fdFeed[0]}</h2><div class="mcf-column"><h3
class="mcf-column-title">${f.fdFeed[1]}</h3>
<ul class="mcf-mosaic">${f.fdFeed
  .slice(2)
  .map(
    (t) => `<li class="mcf-mosaic__item"><a href="/wiki/${id(t.slice(2))}"><span class="mcf-mosaic__number">${t[0]}</span> <span>${t.slice(2)}</span></a></li>`,
  )
  .join('')}</ul></div></div></div></div></div>
<footer class="global-footer"><div class="global-footer__content">${footCol(f.fdFooterHeads[0] ?? '', f.fdFooterProps)}${footCol(f.fdFooterHeads[1] ?? '', [])}
${footCol(f.fdFooterHeads[2] ?? '', f.fdFooterOverview)}${footCol(f.fdFooterHeads[3] ?? '', f.fdFooterCommunity)}${footCol(f.fdFooterHeads[4] ?? '', [
  ...f.fdFooterAdvertise,
  'Contact',
])}${footCol(f.fdFooterHeads[5] ?? '', [], `<p class="global-footer__text">${f.fdFooterApps}</p>`)}</div><div class="global-footer__bottom"><div
class="global-footer__licensing">${f.fdFooterBottom[0]}</div><div class="global-footer__view-mobile"><a href="?mobileaction=toggle_view_mobile">
${f.fdFooterBottom[1]}</a></div></div></footer>
<div class="tracking-opt-in-overlay" role="dialog"><div class="tracking-opt-in"><h2 class="tracking-opt-in__title">${f.fdConsent[0]}</h2><p
class="tracking-opt-in__text">${f.fdConsent[1]}</p><div class="tracking-opt-in__buttons"><button class="tracking-opt-in__accept">${f.fdConsent[2]}</button>
<button class="tracking-opt-in__reject">${f.fdConsent[3]}</button><button class="tracking-opt-in__learn-more">${f.fdConsent[4]}</button></div></div></div>
<script src="https://ashfall-chronicles.fandom.example/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=fandomdesktop" async></script>
</body></html>`;
export const fandomPage: TestPage = {
  html,
  name: 'heldout87-fandom-wiki',
  kind: 'wiki',
  // the quote template at the top is part of the article (body), its source line is in neither list; the infobox's title,
  // group header, labels and values and the table of contents entries (they repeat the headings) are in neither list, the
  // infobox caption and the TOC's "Contents" title are furniture; the trivia list items are body
  title: f.fdTitle,
  headings: [f.fdH1, f.fdH2, f.fdH3, f.fdH4, f.fdH5, f.fdH6],
  body: texts([f.fdQuote, ...f.fdLead, ...f.fdAppearance, ...f.fdPersonality, ...f.fdEarly, ...f.fdSiege, ...f.fdTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...f.fdTopNav, ...f.fdExplore.slice(1), f.fdWiki,
    ...f.fdLocalNav.flatMap((s) => [s.label, ...s.items]).filter((t) => !['Explore', 'Community', 'Characters'].includes(t)),
    ...f.fdHeaderCats, ...f.fdActions, f.fdInfoCaption, 'Contents', 'edit', 'edit source', 'Advertisement', 'Popular Pages', ...f.fdPopular, ...f.fdFeed,
    ...f.fdCats.filter((t) => !f.fdHeaderCats.includes(t)), ...f.fdLangs, f.fdLicence, ...f.fdFooterHeads, ...f.fdFooterProps, ...f.fdFooterOverview,
    'Support', 'Help', 'Community Central',
    ...f.fdFooterAdvertise, f.fdFooterApps, ...f.fdFooterBottom, ...f.fdConsent, 'Explore',
  ],
};
