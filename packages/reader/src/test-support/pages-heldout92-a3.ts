import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 92, file a3: a Fandom wiki article in the FandomDesktop skin (the left global navigation, the community
 * header with the wiki's local navigation, the leaderboard ad, the page header with "in:" categories and the Sign in to edit
 * / History / Talk actions, a spoiler warning and a candidate-for-deletion notice at the top of the content, a portable
 * infobox, the MediaWiki table of contents and "[edit]" links, the right rail with an ad and "Popular Pages", the
 * categories panel with the licence line, "More Fandoms", the global footer and the consent banner).
 */
const fdTitle = 'The Drowned Bell';
const fdH = ['Description', 'Background', 'Season 2', 'Trivia', 'Appearances'];
const fdDesc = [
  'The <b>Drowned Bell</b> is a bronze bell that hangs in the flooded bell tower of <a href="/wiki/Carrow_Abbey">Carrow Abbey</a>, on the coast of the ' +
    'Saltmere. Its ringing, heard only at low spring tides, is the recurring sign in <i>Tidebound</i> that the sea wall is about to fail. It was ' +
    'cast for the ' +
    'abbey by the bellfounder <a href="/wiki/Oswy_Brand">Oswy Brand</a> and bears the inscription "I call the tide home", shown in close-up in the first ' +
    'episode of the second season.',
  'On screen the bell is never seen ringing. The production recorded a real bell of similar size in a water tank for its sound, and the prop seen in the ' +
    "tower was a fibreglass copy that could be lowered into the set's flood pool.",
];
const fdBackground = [
  "According to the series' own lore, the abbey was built on a spit of land that the sea had already begun to claim. The monks hung the bell so that a " +
    'rising tide would strike it through a slot in the tower wall, warning the village of <a href="/wiki/Carrow_Hythe">Carrow Hythe</a> below. When the ' +
    'abbey was abandoned the tower slowly filled with seawater, but the bell stayed in place.',
  '<a href="/wiki/Sister_Ennis">Sister Ennis</a> tells <a href="/wiki/Ysolde_Marr">Ysolde Marr</a> in "<a href="/wiki/The_Salt_Road">The Salt Road</a>" ' +
    'that no one alive has heard it ring. Marr dismisses the story as a tale told to keep children away from the ruins.',
];
const fdSeason = [
  'The bell is heard for the first time at the end of "<a href="/wiki/Low_Water">Low Water</a>", the fourth episode of the season, as Marr and ' +
    '<a href="/wiki/Tobin_Vey">Tobin Vey</a> shelter in the abbey crypt. Its sound carries through the rest of the season, and in "Carrow" Marr dives into ' +
    'the flooded tower to cut it loose, believing that silencing it will stop the flood.',
  'The finale leaves its fate unresolved. The last shot shows the empty bell frame above the water, while the ringing continues over the closing credits.',
];
const fdTrivia = [
  "The inscription on the bell was written by the series' composer, Hal Doubray, who also wrote the theme tune.",
  'A replica of the bell was shown at the <i>Tidebound</i> exhibition in Brightwater in 2023 and raised money for a local lifeboat station.',
  'Several fans have pointed out that the tide tables glimpsed in "Low Water" would place the ringing at midnight, not at dawn as shown.',
];
const fdAppear = ['"The Salt Road" (mentioned)', '"Low Water" (first heard)', '"The Reckoning Tide"', '"Carrow"'];
const fdGlobal = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fdAccount = ["Don't have an account?", 'Register', 'Sign In'];
const fdLocal: [string, string[]][] = [
  ['Explore', ['Main Page', 'Discuss', 'All Pages', 'Interactive Maps', 'Recent Blog Posts']],
  ['Characters', ['Main characters', 'The Marr family', 'Carrow Hythe villagers']],
  ['Places', ['Carrow Abbey', 'The Saltmere', 'Brightwater']],
  ['Community', ['Rules', 'Admins', 'Style guide']],
];
const fdCats = ['Artifacts', 'Carrow Abbey', 'Season 2 items', 'Candidates for deletion'];
const fdSpoiler = ['Spoiler warning!', 'This article contains spoilers for Tidebound Season 2. Read at your own risk.'];
const fdDelete = [
  'This page is a candidate for deletion.',
  'Reason: duplicates Carrow Abbey#The bell; merge anything unique first',
  'Remember to check what links here and the page history before deleting. If you disagree with its deletion, please explain why on its talk page.',
];
const fdCaption = 'The bell frame in "Carrow"';
const fdPopular = ['Ysolde Marr', 'Tobin Vey', 'Sister Ennis', 'Tidebound (season 3)'];
const fdRail = ['Advertisement', 'Fandom may earn an affiliate commission on sales made from links on this page.', 'Popular Pages'];
const fdLicence = 'Community content is available under CC-BY-SA unless otherwise noted.';
const fdFooterCols: [string, string[]][] = [
  ['Explore properties', ['Fandom', 'Fanatical', 'Muthead', 'Futhead']],
  ['Overview', ['What is Fandom?', 'About', 'Careers', 'Press', 'Contact', 'Terms of Use', 'Privacy Policy', 'Digital Services Act', 'Global Sitemap']],
  ['Help', ['Community Central', 'Support']],
  ['Advertise', ['Media Kit', 'Fandomatic']],
];
const fdFooterMore = ['Follow Us', 'Fandom Apps', 'Take your favorite fandoms with you and never miss a beat.', 'Tidebound Wiki is a Fandom TV Community.'];
const fdConsent = [
  'We Care About Your Privacy',
  'We and our partners store and/or access information on a device, such as unique IDs in cookies to process personal data.',
  'ACCEPT',
  'Learn More',
];
const fdHd = (t: string, level = 2): string => `<h${level}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="https://auth.fandom.com/signin?redirect=%3Faction%3Dedit" title="Sign in to edit">edit</a>
<span class="mw-editsection-bracket">]</span></span></h${level}>`;
const fdPs = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const fdPi = (label: string, value: string): string => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${label.toLowerCase()}">
<h3 class="pi-data-label pi-secondary-font">${label}</h3><div class="pi-data-value pi-font">${value}</div></div>`;
const fdHtml = `<!DOCTYPE html>
<html class="theme-fandomdesktop-light" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>The Drowned Bell | Tidebound Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCityId":"2104877","wgContentLanguage":"en","wgPageName":"The_Drowned_Bell","wgArticleId":4417,
"wgNamespaceNumber":0,"wgIsArticle":true,"wgAction":"view","wgServer":"https://tidebound.fandom.com","wgDBname":"tidebound",
"wgIsProbablyEditable":false};</script>
<script src="https://static.wikia.nocookie.net/silversurfer/video/prod/tracking-opt-in.min.js"></script>
<meta name="description" content="The Drowned Bell is a bronze bell that hangs in the flooded bell tower of Carrow Abbey, on the coast of the Saltmere.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Tidebound Wiki"><meta property="og:title" content="The Drowned Bell">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://tidebound.fandom.com/wiki/The_Drowned_Bell">
<link rel="stylesheet" href="https://tidebound.fandom.com/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop">
<script type="application/ld+json">{"@context":"http://www.schema.org","@type":"Article","about":{"@type":"Thing","name":"The Drowned Bell"},
"author":{"@type":"Organization","name":"Tidebound Wiki"},"headline":"The Drowned Bell","url":"https://tidebound.fandom.com/wiki/The_Drowned_Bell",
"name":"The Drowned Bell | Tidebound Wiki | Fandom","publisher":{"@type":"Organization","name":"Fandom, Inc.",
"logo":{"@type":"ImageObject","url":"https://static.wikia.nocookie.net/page-header/fandom-logo.png"}}}</script></head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-The_Drowned_Bell rootpage-The_Drowned_Bell action-view
is-content-namespace has-right-rail theme-fandomdesktop-light">
<div class="global-navigation" data-tracking-label="global-navigation"><div class="global-navigation__top"><a href="https://www.fandom.com/"
class="global-navigation__logo"
data-tracking-label="logo"><svg class="wds-icon"><use xlink:href="#wds-brands-fandom-logo-heart"></use></svg><span
class="global-navigation__label">FANDOM</span></a>
<nav class="global-navigation__links">${fdGlobal
  .map(
    (t) => `<a href="https://www.fandom.com/${t.toLowerCase().replace(/ /g, '-')}" class="global-navigation__link" data-tracking-label="link.${t}">
<span class="global-navigation__label">${t}</span></a>`,
  )
  .join('\n')}</nav></div><div class="global-navigation__bottom"><div class="wds-dropdown global-navigation__anon-menu"><div class="wds-dropdown__content">
<p class="global-navigation__register-text">${fdAccount[0]}</p><a href="https://auth.fandom.com/register" class="wds-button">${fdAccount[1]}</a>
<a href="https://auth.fandom.com/signin" class="wds-button wds-is-secondary">${fdAccount[2]}</a></div></div></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a accesskey="z" href="https://tidebound.fandom.com" class="fandom-community-header__image"><img
src="https://static.wikia.nocookie.net/tidebound/images/wordmark.png"
alt="Tidebound Wiki" width="250" height="65"></a><div class="fandom-community-header__top-container"><div
class="fandom-community-header__community-name-wrapper">
<a href="https://tidebound.fandom.com" class="fandom-community-header__community-name">Tidebound Wiki</a></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${fdLocal
  .map(
    ([t, subs]) => `<li class="wds-dropdown explore-menu"><div class="wds-tabs__tab-label wds-dropdown__toggle first-level-item"><span>${t}</span></div>
<div class="wds-is-not-scrollable wds-dropdown__content"><ul class="wds-list wds-is-linked">${links(subs)}</ul></div></li>`,
  )
  .join('\n')}</ul></nav></header></div>
<div class="top-ads-container"><div id="top_leaderboard" class="gpt-ad ad-slot-placeholder top-leaderboard is-loading"
data-slot-name="top_leaderboard"></div></div>
<div class="page has-right-rail"><main class="page__main" lang="en" dir="ltr"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in: </span>${fdCats
  .slice(0, 3)
  .map((t) => `<a href="/wiki/Category:${t.replace(/ /g, '_')}" data-tracking-label="categories-top-more-${t}">${t}</a>`)
  .join(', ')}, <div class="wds-dropdown page-header__categories-dropdown"><span data-tracking-label="categories-top-more">and 1 more</span>
<div class="wds-dropdown__content page-header__categories-dropdown-content"><ul class="wds-list wds-is-linked"><li><a
href="/wiki/Category:Candidates_for_deletion">
${fdCats[3]}</a></li></ul></div></div></div></div></div><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">
<span class="mw-page-title-main">${fdTitle}</span></h1><div class="page-header__actions"><a id="ca-edit" href="https://auth.fandom.com/signin"
class="wds-button wds-is-text page-header__action-button has-label"><span>Sign in to edit</span></a><div class="wds-dropdown">
<div class="wds-button wds-is-text page-header__action-button wds-dropdown__toggle"></div><div class="wds-dropdown__content wds-is-right-aligned">
<ul class="wds-list wds-is-linked"><li><a id="ca-history" href="/wiki/The_Drowned_Bell?action=history">History</a></li><li><a id="ca-purge"
href="?action=purge">Purge</a>
</li><li><a id="ca-talk" href="/wiki/Talk:The_Drowned_Bell">Talk (0)</a></li></ul></div></div></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr mw-parser-output">
<table class="spoiler" style="width:80%;margin:0 auto 1em;border:1px solid #8b0000;background:#1b0d0d"><tbody><tr><td style="width:50px">
<img alt="Warning" src="https://static.wikia.nocookie.net/tidebound/images/warning.png" width="45" height="45" loading="lazy"></td>
<td><b>${fdSpoiler[0]}</b><br>${fdSpoiler[1]!.replace('Tidebound', '<i>Tidebound</i>')}</td></tr></tbody></table>
<div class="notice delete" style="border:2px solid #b22222;padding:6px;margin-bottom:1em"><div class="notice-image"><img alt="Delete"
src="https://static.wikia.nocookie.net/tidebound/images/delete.png" width="40" height="40"></div><div class="notice-text"><b>${fdDelete[0]}</b><br>
Reason: <i>duplicates <a href="/wiki/Carrow_Abbey#The_bell">Carrow Abbey#The bell</a>; merge anything unique first</i><br>Remember to check
<a href="/wiki/Special:WhatLinksHere/The_Drowned_Bell">what links here</a> and <a href="/wiki/The_Drowned_Bell?action=history">the page history</a> before
deleting.
If you disagree with its deletion, please explain why on <a href="/wiki/Talk:The_Drowned_Bell">its talk page</a>.</div></div>
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="name">${fdTitle}</h2><figure class="pi-item pi-image" data-source="image">
<a href="https://static.wikia.nocookie.net/tidebound/images/bell.png" class="image image-thumbnail" title=""><img
src="https://static.wikia.nocookie.net/tidebound/images/bell.png"
class="pi-image-thumbnail" alt="" width="268" height="200" loading="lazy"></a><figcaption class="pi-item-spacing pi-caption">${fdCaption}</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Information</h2>
${fdPi('Type', 'Bronze bell')}${fdPi('Location', 'Carrow Abbey')}${fdPi('Maker', 'Oswy Brand')}${fdPi('Debut', '"Low Water"')}</section></aside>
${fdPs(fdDesc.slice(0, 1))}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${fdH
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${fdHd(fdH[0]!)}
${fdPs(fdDesc.slice(1))}
${fdHd(fdH[1]!)}
${fdPs(fdBackground)}
<div id="incontent_boxad_1" class="gpt-ad ad-slot-placeholder incontent-boxad" data-slot-name="incontent_boxad_1"></div>
${fdHd(fdH[2]!)}
${fdPs(fdSeason)}
${fdHd(fdH[3]!)}
<ul>${fdTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${fdHd(fdH[4]!)}
<ul>${fdAppear.map((t) => `<li><a href="/wiki/${t.split('"')[1]!.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>
<!-- NewPP limit report Cached time: 20250302114210 Cache expiry: 1209600 CPU time usage: 0.088 seconds -->
</div></div><div class="page-footer"><div class="page-footer__categories wds-collapsible-panel"><header
class="wds-collapsible-panel__header">Categories</header>
<div class="wds-collapsible-panel__content"><ul class="categories">${links(fdCats)}</ul></div></div>
<div class="license-description">${fdLicence.replace('CC-BY-SA', '<a href="https://www.fandom.com/licensing">CC-BY-SA</a>')}</div></div></main>
<aside class="page__right-rail" id="WikiaRail"><div class="right-rail-wrapper"><div id="top_boxad" class="gpt-ad ad-slot-placeholder top-boxad">
<div class="ae-translatable-label" data-translation="advertisement">${fdRail[0]}</div></div><div class="affiliate-disclaimer">${fdRail[1]}</div>
<section class="rail-module recent-wiki-activity"><h2 class="rail-module__header">${fdRail[2]}</h2><ul class="rail-module__list">${fdPopular
  .map((t) => `<li class="popular-pages__item"><a href="/wiki/${t.replace(/ /g, '_')}" class="popular-pages__link">${t}</a></li>`)
  .join('\n')}</ul></section></div></aside></div></div></div>
<footer class="global-footer"><h2 class="global-footer__header">Tidebound Wiki is a Fandom TV Community.</h2><div class="global-footer__content">
${fdFooterCols
  .map(
    ([h, items]) => `<section class="global-footer__section"><h3 class="global-footer__section-header">${h}</h3><ul class="global-footer__links">${links(items)}
</ul></section>`,
  )
  .join('\n')}<section class="global-footer__section"><h3 class="global-footer__section-header">${fdFooterMore[0]}</h3>
<div class="wds-social-icons"><a href="https://www.facebook.com/getfandom" aria-label="facebook"></a><a href="https://x.com/getfandom"
aria-label="x"></a></div></section>
<section class="global-footer__section"><h3 class="global-footer__section-header">${fdFooterMore[1]}</h3><p>${fdFooterMore[2]}</p></section></div>
<div class="global-footer__bottom"><a href="https://tidebound.fandom.com/wiki/The_Drowned_Bell?mobileaction=toggle_view_mobile" class="global-footer__link">View
Mobile Site</a>
</div></footer>
<div id="tracking-opt-in-container"><div class="_2O--J403t2VqCuF8XJAZLK" role="dialog"><div class="_1hLp"><h2>${fdConsent[0]}</h2><p>${fdConsent[1]}</p></div>
<div class="_3aJy"><button class="_2OWSW3L3BOCRi">${fdConsent[2]}</button><button class="_1Hgh">${fdConsent[3]}</button></div></div></div>
<script src="https://static.wikia.nocookie.net/silversurfer/scripts/fandomdesktop.js" defer></script></body></html>`;

export const fandomPage: TestPage = {
  html: fdHtml,
  name: 'heldout92-fandom-wiki-article',
  kind: 'wiki',
  // the spoiler warning and the deletion notice are furniture; the portable infobox (title, labels, values) is in neither
  // list, its caption furniture; the lead paragraph above the table of contents and the Trivia and Appearances list
  // items are body
  title: fdTitle,
  headings: fdH,
  body: texts([...fdDesc, ...fdBackground, ...fdSeason, ...fdTrivia, ...fdAppear]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'FANDOM', ...fdGlobal, ...fdAccount, 'Tidebound Wiki', ...fdLocal.flatMap(([t, subs]) => [t, ...subs]), 'in:', 'and 1 more', 'Sign in to edit',
    'History', 'Purge',
    'Talk (0)', ...fdSpoiler, ...fdDelete, fdCaption, 'Contents', 'edit', 'Categories', fdLicence, ...fdRail, ...fdPopular,
    ...fdFooterCols.flatMap(([h, items]) => [h, ...items]), ...fdFooterMore, 'View Mobile Site', ...fdConsent,
  ],
};
