import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes } from './pages-heldout151-a2.js';
import * as t from './pages-heldout151-b3.js';

/**
 * Held-out batch 151, file b4: the HTML of the Fandom book article whose texts are in file b3 (FandomDesktop skin on
 * MediaWiki 1.39: old-style headings with mw-headline spans, the portable infobox, the classic table of contents box).
 */
const headline = (text: string): string => `<h2><span class="mw-headline" id="${text}">${text}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/wiki/The_Salt_Orchard?action=edit&amp;section=1" class="mw-editsection-visualeditor"
title="Edit section: ${text}">edit</a><span class="mw-editsection-bracket">]</span></span></h2>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const lis = (a: readonly string[]): string => `<ul>${a.map((x) => `<li>${x}</li>`).join('\n')}</ul>`;
const pi = (label: string, value: string, source: string): string => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${source}">
<h3 class="pi-data-label pi-secondary-font">${label}</h3><div class="pi-data-value pi-font">${value}</div></div>`;
const heads = [t.fdHSynopsis, t.fdHPlot, t.fdHCharacters, t.fdHPublication, t.fdHReception, t.fdHTrivia];
const infobox = `<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-book pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="title">${t.fdTitle}</h2>
<figure class="pi-item pi-image" data-source="image"><a href="https://static.wikia.example/lanternfall/images/salt-orchard.jpg" class="image image-thumbnail"
title=""><img src="https://static.wikia.example/lanternfall/images/salt-orchard.jpg/revision/latest/scale-to-width-down/268" class="pi-image-thumbnail"
alt="" width="268" height="410" data-image-key="Salt_Orchard_cover.jpg" data-image-name="Salt Orchard cover.jpg"></a>
<figcaption class="pi-item-spacing pi-caption">${t.fdCaption}</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Publication
information</h2>
${pi('Author', '<a href="/wiki/Odile_Marchetti">Odile Marchetti</a>', 'author')}
${pi('Publisher', 'Greywater Press', 'publisher')}
${pi('Release date', '14 March 2019', 'released')}
${pi('Pages', '512', 'pages')}</section>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Chronology</h2>
${pi('Preceded by', '<i><a href="/wiki/Lanternfall_(novel)">Lanternfall</a></i>', 'previous')}
${pi('Followed by', '<i><a href="/wiki/The_Drowned_Ledger">The Drowned Ledger</a></i>', 'next')}</section></aside>`;
const toc = `<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${heads
  .map(
    (x, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${x}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${x}</span></a></li>`,
  )
  .join('\n')}
</ul></div>`;
const ad = (slot: string): string => `<div class="ad-slot-placeholder ${slot} is-loading"><div id="${slot}" class="gpt-ad" data-slot-name="${slot}"
data-label="Advertisement"><div class="ae-translation-label">Advertisement</div></div></div>`;
const spoiler = `<table class="spoiler" style="width:100%;border:1px solid #7a5c2e;background:#2b2014"><tbody><tr><td style="width:40px"><span typeof="mw:File">
<img src="https://static.wikia.example/lanternfall/images/spoiler.png" width="32" height="32" alt=""></span></td><td><b>${t.fdSpoiler[0]}</b><br>
<small>${(t.fdSpoiler[1] ?? '').replace('The Salt Orchard', '<i>The Salt Orchard</i>')}</small></td></tr></tbody></table>`;
const comment = (c: (typeof t.fdComments)[number]): string => `<div class="Comment_wrapper__a1f2c" data-testid="comment"><div class="Comment_header__7d2b9">
<a class="EntityHeader_name__b4d1e" href="/wiki/User:${c.user}">${c.user}</a><span class="EntityHeader_time__c9a31"><time>${c.time}</time></span></div>
<div class="Comment_body__e81d0"><p>${c.text}</p></div><div class="ActionBar_actionbar__f3b10"><button class="wds-button wds-is-text"
type="button">Reply</button></div></div>`;
const footCol = ([head, items]: [string, string[]]): string => `<section class="global-footer__section"><h3 class="global-footer__section-header">${head}</h3>
<ul class="global-footer__links">${items.map((x) => `<li><a class="global-footer__link" href="#">${x}</a></li>`).join('')}</ul></section>`;
const html = `<!DOCTYPE html>
<html class="client-js" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>The Salt Orchard | Lanternfall Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgCanonicalNamespace":"","wgPageName":"The_Salt_Orchard",
"wgTitle":"The Salt Orchard","wgCurRevisionId":48210,"wgArticleId":3317,"wgIsArticle":true,"wgUserName":null,"wgCityId":"2291044","wgServer":
"https://lanternfall.fandom.com","wgDBname":"lanternfall","wgContentLanguage":"en","wgSitename":"Lanternfall Wiki","wgVerticalName":"books"};</script>
<script>window.fandomContext={"site":{"siteName":"Lanternfall Wiki","vertical":"books","categories":["books","fantasy"],"isKidWiki":false},
"targeting":{"pageType":"article","s1":"_lanternfall","s2":"article","rating":"teen"}};</script>
<link rel="stylesheet"
href="https://lanternfall.fandom.com/load.php?lang=en&amp;modules=ext.fandom.ArticleComments.css%7Cskin.fandomdesktop.styles&amp;only=styles">
<meta name="generator" content="MediaWiki 1.39.7"><meta name="description" content="The Salt Orchard is the second novel in The Lanternfall Cycle by Odile
Marchetti."><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">
<meta property="og:site_name" content="Lanternfall Wiki"><meta property="og:title" content="The Salt Orchard"><meta property="og:type" content="article">
<meta property="og:image" content="https://static.wikia.example/lanternfall/images/salt-orchard.jpg">
<link rel="canonical" href="https://lanternfall.fandom.com/wiki/The_Salt_Orchard">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","about":{"@type":"Thing","name":"Lanternfall Wiki"},"author":{
"@type":"Organization","name":"Lanternfall Wiki Community"},"headline":"The Salt Orchard is the second novel in The Lanternfall Cycle","url":
"https://lanternfall.fandom.com/wiki/The_Salt_Orchard","name":"The Salt Orchard","publisher":{"@type":"Organization","name":"Fandom, Inc."}}</script>
<script src="https://static.wikia.example/silversurfer/trackingOptIn/2.1/trackingOptIn.min.js" async></script></head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-The_Salt_Orchard rootpage-The_Salt_Orchard
theme-fandomdesktop-dark wiki-lanternfall is-content-expanded has-global-top-navigation">
<div class="global-top-navigation" id="global-top-navigation"><div class="global-top-navigation__wrapper"><a class="global-top-navigation__logo"
href="https://www.fandom.com/" title="Fandom"><svg class="wds-icon"><use xlink:href="#wds-brand-fandom-logo"></use></svg></a>
<nav class="global-explore-navigation" aria-label="Fandom"><ul>${t.fdGlobalNav
  .map(
    (x) => `<li><a class="global-explore-navigation__link"
href="#">${x}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="global-top-navigation__search"><a class="search-app__button" href="#"><span>${t.fdAccount[3]}</span></a></div>
<div class="global-top-navigation__anon"><a class="wds-button wds-is-secondary" href="https://auth.fandom.com/signin">${t.fdAccount[0]}</a><div
class="wds-dropdown__content"><p>${t.fdAccount[1]}</p><a class="wds-button"
href="https://auth.fandom.com/register">${t.fdAccount[2]}</a></div></div></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a accesskey="z" href="https://lanternfall.fandom.com" class="fandom-community-header__image"><img
src="https://static.wikia.example/lanternfall/images/wordmark.png"
width="240" height="60" alt="${t.fdWikiName}"></a><div class="fandom-community-header__top-container"><div
class="fandom-community-header__community-name-wrapper">
<a href="https://lanternfall.fandom.com" class="fandom-community-header__community-name">${t.fdWikiName}</a><div class="wiki-tools__counts"><span
class="wiki-tools__count">${t.fdCounts[0]}</span> <span class="wiki-tools__count-label">${t.fdCounts[1]}</span></div></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs"><li class="wds-dropdown explore-menu"><div class="wds-tabs__tab-label">
<span>${t.fdExplore[0]}</span></div><div class="wds-dropdown__content"><ul class="wds-list wds-is-linked">
${t.fdExplore
  .slice(1)
  .map((x) => `<li><a href="#"><span>${x}</span></a></li>`)
  .join('')}</ul></div></li>
${t.fdLocalNav
  .map(
    ([head, items]) => `<li class="wds-dropdown wds-tabs__tab"><div class="wds-tabs__tab-label"><a href="#"><span>${head}</span></a></div>
<div class="wds-dropdown__content"><ul class="wds-list wds-is-linked">${items
      .map(
        (x) => `<li><a
href="#"><span>${x}</span></a></li>`,
      )
      .join('')}</ul></div></li>`,
  )
  .join('\n')}</ul></nav></header></div>
<div class="top-ads-container">${ad('top_leaderboard')}</div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in:</span>
${t.fdCategories.map((c) => `<a href="/wiki/Category:${c.replace(/ /g, '_')}" data-tracking-label="categories-top-more-0">${c}</a>`).join(', ')}</div></div>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button has-label" href="#">${t.fdActions[0]}</a>
<div class="wds-dropdown page-header__action-button"><div class="wds-button wds-is-text wds-dropdown__toggle"></div><div class="wds-dropdown__content
wds-is-not-scrollable wds-is-right-aligned"><ul class="wds-list wds-is-linked">${t.fdActions
  .slice(1)
  .map((x) => `<li><a href="#">${x}</a></li>`)
  .join('')}</ul></div></div></div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span
class="mw-page-title-main">${t.fdTitle}</span></h1></div></div></div>
<div id="content" class="page-content"><a id="top"></a><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
${infobox}
${ps(t.fdLead)}
${toc}
${headline(t.fdHSynopsis)}
${ps(t.fdSynopsis)}
${ad('incontent_boxad_1')}
${headline(t.fdHPlot)}
${spoiler}
${ps(t.fdPlot)}
${headline(t.fdHCharacters)}
${lis(t.fdCharacters)}
${headline(t.fdHPublication)}
${ps(t.fdPublication)}
${ad('incontent_boxad_2')}
${headline(t.fdHReception)}
${ps(t.fdReception)}
${headline(t.fdHTrivia)}
${lis(t.fdTrivia)}
<!-- NewPP limit report Cached time: 20260211093012 -->
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${t.fdCategories.map((c) => `<li><a href="#">${c}</a></li>`).join('')}</ul></div></div></div>
<div id="articleComments" class="article-comments"><div class="ArticleComments_header__d3f1a"><h2>${t.fdCommentUi[0]} (${t.fdComments.length})</h2>
<a class="wds-button" href="https://auth.fandom.com/signin">${t.fdCommentUi[1]}</a></div>
${t.fdComments.map(comment).join('\n')}
<button class="wds-button wds-is-secondary" type="button">${t.fdCommentUi[3]}</button></div>
<div class="page-footer"><div class="license-description">Community content is available under <a href="https://www.fandom.com/licensing">CC-BY-SA</a>
unless otherwise noted.</div></div></main>
<aside class="page__right-rail is-rail-hidden"><div class="right-rail-wrapper WikiaRail" id="WikiaRail">${ad('top_boxad')}
<section class="rail-module popular-pages"><h2 class="rail-module__header has-icon">Popular Pages</h2><ul class="rail-module__list">
${t.fdPopular
  .map(
    (x) => `<li><a href="#"><img src="https://static.wikia.example/thumb.png" alt="" width="64"
height="64"><span>${x}</span></a></li>`,
  )
  .join('\n')}
</ul></section></div></aside></div></div>
<div class="mcf-wrapper"><div class="mcf-header"><h2>${t.fdMore[0]}</h2><ul>${t.fdMore
  .slice(1)
  .map((x) => `<li><a href="#">${x}</a></li>`)
  .join('')}</ul></div></div>
<div class="affiliate-disclaimer"><p>${t.fdAffiliate}</p></div></div>
<footer class="global-footer"><div class="global-footer__content">${t.fdFooterCols.map(footCol).join('\n')}
<p class="global-footer__apps-text">${t.fdApps}</p></div><div class="global-footer__bottom"><div class="global-footer__community">${t.fdCommunity}</div>
<a class="global-footer__mobile-link" href="?mobileaction=toggle_view_mobile">View Mobile Site</a></div></footer>
<div id="tracking-opt-in-container"><div class="_2O--J403t2VqCuF8XJAZLK" role="dialog"><div class="_1xBuqEsuF5zIKHL5PXwbDi"><h2>${t.fdConsent[0]}</h2>
<p>${t.fdConsent[1]}</p></div><div class="_2hCQKOF8h6aQ5GRNmm9Ee7"><button class="_3Ah4SvVLfuRvpbrHn5jk3X">${t.fdConsent[3]}</button>
<button class="_3Ah4SvVLfuRvpbrHn5jk3X">${t.fdConsent[4]}</button><button class="_2s8r0fQ8hKFtJqEAzyzfmZ">${t.fdConsent[2]}</button></div></div></div>
<script src="https://static.wikia.example/load.php?modules=skin.fandomdesktop.js%7Cext.fandom.ArticleComments.js&amp;only=scripts"></script>
</body></html>`;

export const fandomBook: TestPage = dropClashes({
  name: 'heldout151-fandom-book-article',
  kind: 'wiki',
  html,
  // the portable infobox's title, group headers, labels and values are in neither list, its image caption is furniture;
  // the spoiler notice, the ad labels, the comments and everything around the article body are furniture
  title: t.fdTitle,
  headings: heads,
  body: texts([...t.fdLead, ...t.fdSynopsis, ...t.fdPlot, ...t.fdCharacters, ...t.fdPublication, ...t.fdReception, ...t.fdTrivia]),
  bylines: [],
  furniture: [
    ...t.fdGlobalNav,
    ...t.fdAccount,
    t.fdWikiName,
    ...t.fdCounts,
    ...t.fdExplore,
    ...t.fdLocalNav.flatMap(([head, items]) => [head, ...items]),
    'Advertisement',
    'in:',
    ...t.fdCategories,
    ...t.fdActions,
    t.fdCaption,
    'Contents',
    ...t.fdSpoiler,
    'edit',
    'Categories',
    `${t.fdCommentUi[0]} (${t.fdComments.length})`,
    ...t.fdCommentUi.slice(1),
    ...t.fdComments.flatMap((c) => [c.user, c.time, plain(c.text)]),
    t.fdLicense,
    'Popular Pages',
    ...t.fdPopular,
    ...t.fdMore,
    t.fdAffiliate,
    ...t.fdFooterCols.flatMap(([head, items]) => [head, ...items]),
    t.fdApps,
    t.fdCommunity,
    'View Mobile Site',
    ...t.fdConsent,
  ],
});
