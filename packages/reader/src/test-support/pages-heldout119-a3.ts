import { type TestPage, texts } from './page-kit.js';
import {
  fdTitle,
  fdQuote,
  fdQuoteBy,
  fdSpoiler,
  fdLead,
  fdH,
  fdEarly,
  fdS1,
  fdS2,
  fdS3,
  fdPers,
  fdRel,
  fdTrivia,
  fdGlobal,
  fdLocal,
  fdLocal2,
  fdCats,
  fdMoreCats,
  fdInfo,
  fdNav,
  fdPopular,
  fdFeed,
  fdFoot,
  fdConsent,
  fdLicence,
} from './pages-heldout119-a5.js';

/**
 * Held-out batch 119, file a3: a Fandom character page (FandomDesktop skin) as a signed-out visitor saves it (the global top
 * navigation with Games / Movies / TV / Video / Wikis, "Start a Wiki", "Sign In" and "Register", the community header with the
 * wiki name, page count and its local navigation dropdowns, the page header with "in:" categories and "and 2 more", the Edit
 * button and its History / Talk menu, the spoiler notice and the character quote at the top of the text, the portable infobox
 * with its image caption, the old-style table of contents, section "edit" links, a navbox, the licence line, categories, the
 * right rail with an ad slot and "Popular Pages", the "Fan Feed", the tracking-opt-in consent dialog and the global footer).
 */
const id = (t: string): string => t.replace(/ /g, '_');
const hd = (t: string, n: number, lv = 2): string => `<h${lv}><span class="mw-headline" id="${id(t)}">${t}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/wiki/Ilse_Varro?action=edit&amp;section=${n}" title="Edit section: ${t}">edit</a>
<span class="mw-editsection-bracket">]</span></span></h${lv}>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const pi = (label: string, value: string, src: string): string => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${src}">
<h3 class="pi-data-label pi-secondary-font">${label}</h3><div class="pi-data-value pi-font">${value}</div></div>`;
const group = (head: string, rows: string): string => `<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font
pi-item-spacing pi-secondary-background">${head}</h2>${rows}</section>`;
const fdToc = fdH.map((t, i) => {
  const sub = ['Early life', 'Season 1', 'Season 2', 'Season 3', 'Matthias Varro'].includes(t);
  return `<li class="toclevel-${sub ? 2 : 1} tocsection-${i + 1}"><a href="#${id(t)}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${t}</span></a></li>`;
});
const fdHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Ilse Varro | Saltglass Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Ilse_Varro","wgTitle":"Ilse Varro",
"wgCategories":["Characters","Main characters","Salvage crew","Caddow Reach","Season 3 characters"],"wgCityId":"2291847","wgContentLanguage":"en"};</script>
<meta name="generator" content="MediaWiki 1.39.7"><meta name="description" content="Captain Ilse Varro is one of the main characters of Saltglass.">
<meta property="og:site_name" content="Saltglass Wiki"><meta property="og:title" content="Ilse Varro"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary"><link rel="canonical" href="https://saltglass.fandom.com/wiki/Ilse_Varro">
<link rel="stylesheet" href="https://saltglass.fandom.com/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles">
<script async src="https://static.wikia.nocookie.net/silversurfer/video/prod/jwplayer-fandom.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","about":{"@type":"Thing","name":"Ilse Varro"},
"author":{"@type":"Organization","name":"Saltglass Wiki"},"headline":"Ilse Varro","url":"https://saltglass.fandom.com/wiki/Ilse_Varro",
"publisher":{"@type":"Organization","name":"Fandom,
Inc.","logo":{"@type":"ImageObject","url":"https://static.wikia.nocookie.net/fandom-logo.png"}}}</script></head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ilse_Varro rootpage-Ilse_Varro skin-fandomdesktop
action-view has-right-rail theme-fandomdesktop-dark is-content-expanded">
<div class="global-top-navigation" data-testid="global-top-navigation"><div class="global-top-navigation__container"><a class="global-top-navigation__logo"
href="https://www.fandom.com/" aria-label="Fandom logo"><svg class="wds-icon"><use xlink:href="#wds-brand-fandom-logo"></use></svg></a>
<nav class="global-top-navigation__links"><ul class="wds-list">${fdGlobal
  .map((t) => `<li><a class="global-top-navigation__link" data-tracking-label="link.${t.toLowerCase()}" href="https://www.fandom.com/${id(t)}">${t}</a></li>`)
  .join('')}</ul></nav><div class="global-top-navigation__actions"><button class="wds-button wds-is-text search-modal-toggle" aria-label="Search">
<svg class="wds-icon wds-icon-small"></svg><span>Search</span></button><a class="wds-button wds-is-secondary global-top-navigation__login"
href="https://auth.fandom.com/signin?redirect=https%3A%2F%2Fsaltglass.fandom.com%2Fwiki%2FIlse_Varro" rel="nofollow">Sign In</a>
<a class="wds-button global-top-navigation__register" href="https://auth.fandom.com/register" rel="nofollow">Register</a></div></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a accesskey="z" href="https://saltglass.fandom.com" class="fandom-community-header__image"><img
src="https://static.wikia.nocookie.net/saltglass/images/e/e6/Site-logo.png"
width="65" height="65" alt="Saltglass Wiki"></a><div class="fandom-community-header__top-container"><div
class="fandom-community-header__community-name-wrapper">
<a href="https://saltglass.fandom.com" class="fandom-community-header__community-name">Saltglass Wiki</a></div><div
class="fandom-community-header__top-container-right">
<span class="fandom-community-header__page-counter"><span class="page-counter__value">614</span> <span
class="page-counter__label">pages</span></span></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs"><li class="wds-dropdown explore-menu"><div
class="wds-tabs__tab-label wds-dropdown__toggle">
<svg class="wds-icon wds-icon-tiny"></svg><span>${fdLocal[0]}</span></div><div class="wds-dropdown__content wds-is-not-scrollable"><ul
class="wds-list wds-is-linked">
${fdLocal
  .slice(1)
  .map((t) => `<li><a href="/wiki/${id(t)}"><span>${t}</span></a></li>`)
  .join('')}</ul></div></li><li class="wds-dropdown"><div class="wds-tabs__tab-label wds-dropdown__toggle first-level-item"><a href="/wiki/Characters">
<span>${fdLocal2[0]}</span></a></div><div class="wds-is-not-scrollable wds-dropdown__content"><ul class="wds-list wds-is-linked">${fdLocal2
  .slice(1, 3)
  .map((t) => `<li><a href="/wiki/${id(t)}"><span>${t}</span></a></li>`)
  .join('')}</ul></div></li><li class="wds-dropdown"><div class="wds-tabs__tab-label wds-dropdown__toggle first-level-item"><a href="/wiki/Episodes">
<span>${fdLocal2[3]}</span></a></div><div class="wds-is-not-scrollable wds-dropdown__content"><ul class="wds-list wds-is-linked">${fdLocal2
  .slice(4)
  .map((t) => `<li><a href="/wiki/${id(t)}"><span>${t}</span></a></li>`)
  .join('')}</ul></div></li></ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in:</span>
${fdCats.map((t) => `<a href="/wiki/Category:${id(t)}" title="Category:${t}">${t}</a>`).join(', ')},
<div class="wds-dropdown page-header__categories-dropdown"><span>and 2 more</span><div class="wds-dropdown__content page-header__categories-dropdown-content">
<ul class="wds-list wds-is-linked">${fdMoreCats.map((t) => `<li><a href="/wiki/Category:${id(t)}">${t}</a></li>`).join('')}</ul></div></div></div></div>
<div class="page-header__languages"><div class="wds-dropdown"><div class="wds-dropdown__toggle">English</div></div></div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">
<span class="mw-page-title-main">${fdTitle}</span></h1></div><div class="page-header__actions"><a id="ca-edit"
class="wds-button wds-is-text page-header__action-button has-label"
href="/wiki/Ilse_Varro?action=edit" accesskey="e"><svg class="wds-icon wds-icon-small"></svg>Edit</a><div class="wds-dropdown page-header__action-dropdown">
<div class="wds-dropdown__toggle wds-button wds-is-text page-header__action-button" aria-label="More"><svg class="wds-icon"></svg></div>
<div class="wds-dropdown__content wds-is-right-aligned"><ul class="wds-list wds-is-linked"><li><a id="ca-history"
href="/wiki/Ilse_Varro?action=history">History</a></li>
<li><a id="ca-talk" href="/wiki/Talk:Ilse_Varro" class="new">Talk (0)</a></li></ul></div></div></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr mw-content-text"><div class="mw-parser-output">
<table class="spoiler-notice" style="width:90%;margin:0 auto;border:1px solid #a33"><tbody><tr><td style="width:40px"><img alt="Warning"
src="https://static.wikia.nocookie.net/saltglass/images/warn.png"
width="32" height="32"></td><td>${fdSpoiler}</td></tr></tbody></table>
<div class="quote"><blockquote class="pull-quote"><p class="pull-quote__text">${fdQuote}</p><div
class="pull-quote__source">${fdQuoteBy}</div></blockquote></div>
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title
pi-secondary-background" data-source="name">Ilse Varro</h2><figure class="pi-item
pi-image" data-source="image"><a href="https://static.wikia.nocookie.net/saltglass/images/Ilse.jpg"
class="image image-thumbnail" title=""><img src="https://static.wikia.nocookie.net/saltglass/images/Ilse.jpg/revision/latest/scale-to-width-down/268"
alt="Ilse Varro"
class="pi-image-thumbnail" width="268" height="335"></a><figcaption class="pi-item-spacing pi-caption">${fdInfo[0]}</figcaption></figure>
${group(fdInfo[1]!, pi(fdInfo[2]!, fdInfo[3]!, 'born') + pi(fdInfo[4]!, fdInfo[5]!, 'status') + pi(fdInfo[6]!, fdInfo[7]!, 'occupation'))}
${group(fdInfo[8]!, pi(fdInfo[9]!, fdInfo[10]!, 'hair'))}
${group(fdInfo[11]!, pi(fdInfo[12]!, fdInfo[13]!, 'relatives') + pi(fdInfo[14]!, fdInfo[15]!, 'affiliation'))}
${group(fdInfo[16]!, pi(fdInfo[17]!, fdInfo[18]!, 'actor') + pi(fdInfo[19]!, `<a href="/wiki/Low_Water">${fdInfo[20]}</a>`, 'first'))}</aside>
${ps(fdLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${fdToc.join('\n')}</ul></div>
${hd(fdH[0]!, 1)}
${hd(fdH[1]!, 2, 3)}
${ps(fdEarly)}
${hd(fdH[2]!, 3, 3)}
${ps(fdS1)}
${hd(fdH[3]!, 4, 3)}
${ps(fdS2)}
${hd(fdH[4]!, 5, 3)}
${ps(fdS3)}
${hd(fdH[5]!, 6)}
${ps(fdPers)}
${hd(fdH[6]!, 7)}
${hd(fdH[7]!, 8, 3)}
${ps(fdRel)}
${hd(fdH[8]!, 9)}
<ul>${fdTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="navbox" style="width:100%"><tbody><tr><th class="navbox-title" colspan="2">${fdNav[0]}</th></tr>
<tr><th class="navbox-group">${fdNav[1]}</th><td class="navbox-list"><a href="/wiki/Ilse_Varro" class="mw-selflink selflink">Ilse Varro</a> •
<a href="/wiki/Matthias_Varro">Matthias Varro</a> • <a href="/wiki/Daniel_Achebe">${fdNav[2]}</a> • <a
href="/wiki/Harriet_Ferrant">${fdNav[3]}</a></td></tr>
<tr><th class="navbox-group">${fdNav[4]}</th><td class="navbox-list"><a href="/wiki/Bertrand_Oyelaran">${fdNav[5]}</a> • <a
href="/wiki/Odile_Ferrant">${fdNav[6]}</a> •
<a href="/wiki/Tobias_Quill">${fdNav[7]}</a></td></tr></tbody></table>
<!-- NewPP limit report Cached time: 20251021091502 Cache expiry: 1209600 -->
</div></div><div class="printfooter">Retrieved from
"<a dir="ltr" href="https://saltglass.fandom.com/wiki/Ilse_Varro?oldid=18820">https://saltglass.fandom.com/wiki/Ilse_Varro?oldid=18820</a>"</div>
</div><div class="page-footer"><div id="catlinks" class="catlinks" data-mw="interface"><div
class="page-footer__categories wds-collapsible-panel wds-is-collapsed">
<header class="wds-collapsible-panel__header"><span class="page-footer__categories-title">Categories</span><span class="page-footer__categories-header">
<a href="/wiki/Special:Categories">Categories</a></span></header><div class="wds-collapsible-panel__content"><ul class="categories">
${[...fdCats, ...fdMoreCats]
  .map(
    (t) => `<li class="category normal" data-name="${t}"><span class="name"><a
href="/wiki/Category:${id(t)}">${t}</a></span></li>`,
  )
  .join('')}
</ul></div></div></div><div class="license-description">${fdLicence.replace('CC-BY-SA', '<a href="https://www.fandom.com/licensing">CC-BY-SA</a>')}</div></div>
</main>
<aside class="page__right-rail is-rail-hidden"><div class="right-rail-wrapper WikiaRail" id="WikiaRail"><div id="WikiaRailWrapper" class="WikiaRail">
<div id="top-boxad-wrapper" class="top-boxad-wrapper"><div id="top_boxad" class="gpt-ad ad-slot top-boxad" data-slot-name="top_boxad"></div></div>
<section class="rail-module popular-pages" data-tracking-label="popular-pages"><h2 class="rail-module__header has-icon">Popular Pages</h2>
<ul class="rail-module__list is-condensed-list">${fdPopular
  .map(
    (t) => `<li class="popular-pages__item"><a href="/wiki/${id(t)}"><img class="popular-pages__image" alt="${t}" src="https://static.wikia.nocookie.net/x.jpg">
<div class="popular-pages__title">${t}</div></a></li>`,
  )
  .join('\n')}</ul></section><div class="sticky-modules-wrapper"><div id="incontent_boxad_1" class="ad-slot"></div></div></div></div></aside></div>
<div id="mixed-content-footer" class="mcf-wrapper"><div class="mcf-content"><h2 class="mcf-header">Fan Feed</h2><div class="mcf-column"><div
class="mcf-card-related-wiki">
<header class="mcf-card-wiki-articles__header">${fdFeed[0]}</header><ul class="mcf-card-wiki-articles__list">${fdFeed
  .slice(1)
  .map((t, i) => `<li><a href="/wiki/${id(t)}"><span class="mcf-card-wiki-articles__number">${i + 1}</span><span>${t}</span></a></li>`)
  .join('')}</ul></div></div></div></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><div class="global-footer__section global-footer__section-fandom-overview">
<h3 class="global-footer__section-header">${fdFoot[0]}</h3><ul>${fdFoot
  .slice(1, 6)
  .map((t) => `<li><a href="https://www.fandom.com/${id(t)}" class="global-footer__link">${t}</a></li>`)
  .join('')}</ul><h3 class="global-footer__section-header">${fdFoot[6]}</h3></div><div class="global-footer__section global-footer__section-overview">
<h3 class="global-footer__section-header">${fdFoot[7]}</h3><ul>${fdFoot
  .slice(8, 18)
  .map((t) => `<li><a href="https://www.fandom.com/${id(t)}" class="global-footer__link">${t}</a></li>`)
  .join('')}</ul></div><div class="global-footer__section global-footer__section-community"><h3 class="global-footer__section-header">Community</h3>
<ul><li><a href="https://community.fandom.com/wiki/Community_Central" class="global-footer__link">Community Central</a></li><li><a href="/wiki/Special:Contact"
class="global-footer__link">${fdFoot[18]}</a></li><li><a href="/wiki/Help:Contents" class="global-footer__link">${fdFoot[19]}</a></li></ul></div>
<div class="global-footer__section global-footer__section-advertise"><h3 class="global-footer__section-header">${fdFoot[20]}</h3><ul><li>
<a href="https://about.fandom.com/mediakit" class="global-footer__link">${fdFoot[21]}</a></li></ul></div><div
class="global-footer__section global-footer__section-fandom-apps">
<h3 class="global-footer__section-header">${fdFoot[22]}</h3><div class="global-footer__section-description">${fdFoot[23]}</div></div></div>
<div class="global-footer__bottom"><div class="global-footer__licensing-and-vertical">${fdFoot[24]}</div>
<a class="global-footer__mobile-site-link" href="https://saltglass.fandom.com/wiki/Ilse_Varro?mobileaction=toggle_view_mobile">${fdFoot[25]}</a></div></footer>
<div id="tracking-opt-in-container" class="_2lZ1mN2d9qbE"><div class="_2xL3N_dFE1Hp" role="dialog" aria-modal="true"><div class="_3Ge4qfr-IMxU">
<div class="_1vkG8Q4HTf7u">${fdConsent[0]}</div><div class="_2wcJ3Rn8wO3n"><p>${fdConsent[1]}</p></div><div class="_30ExYpQNvnBN">
<button class="_3b0zmM1qsBhE">${fdConsent[2]}</button><button class="_3b0zmM1qsBhE _1Kcyl8ORO5GJ">${fdConsent[3]}</button>
<button class="_1Kcyl8ORO5GJ _3pdQwW_dBAZm">${fdConsent[4]}</button></div></div></div></div>
<script>window.fandomContext={"site":{"siteName":"saltglass","wikiId":2291847},"opts":{"adsInContent":1}};</script></body></html>`;
export const fandomCharacter: TestPage = {
  html: fdHtml,
  name: 'heldout119-fandom-character-page',
  kind: 'wiki',
  // the opening character quote is part of the article (body), its attribution line in neither list; the spoiler notice, the
  // infobox (its title, caption, labels and values), the table of contents (its entries repeat the headings: left out) and the
  // navbox are furniture; Trivia list items are body
  title: fdTitle,
  headings: fdH,
  body: texts([fdQuote, ...fdLead, ...fdEarly, ...fdS1, ...fdS2, ...fdS3, ...fdPers, ...fdRel, ...fdTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    ...fdGlobal, 'Search', 'Sign In', 'Register', 'Saltglass Wiki', '614', 'pages', ...fdLocal, ...fdLocal2,
    'in:', ...fdCats.slice(1), 'and 2 more', ...fdMoreCats, 'English', 'Edit', 'History', 'Talk (0)', fdSpoiler, ...fdInfo,
    'Contents', 'edit', ...fdNav, 'Retrieved from', 'Categories', fdLicence, 'Popular Pages', ...fdPopular.slice(1), 'Fan Feed', ...fdFeed, ...fdFoot,
'Community Central',
    ...fdConsent,
    ]),
  ],
};
