import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 85, file e2: a Fandom wiki article (FandomDesktop skin) on an invented game's wiki: the global navigation
 * with "Sign In" / "Register", the community header with the wiki name, the "Explore" menu and local nav, the page header
 * with the categories line, "Sign in to edit", "History" and "Talk (0)", the stub notice at the top of the content, the
 * portable infobox (title, image caption, data labels and values), the lead, the table of contents, sections with "edit"
 * links, "[citation needed]" and reference markers at the ends of paragraphs, the References list, the categories box,
 * the license line, the right rail with "Popular Pages" and the ad label, and the global Fandom footer.
 */
const fdTitle = 'Brass Lantern Inn';
const cn =
  '<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">[<i><a href="/wiki/Help:Citation_needed">citation needed</a></i>]</sup>';
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const fdLead = [
  'The <b>Brass Lantern Inn</b> is a tavern and inn in the lower town of Harrowmere, in the Greyfen region of <i>Emberfall</i>. It is the ' +
    'first safe rest point the player reaches after leaving the Sunken Road, and serves as the hub for the early Lantern Guild quests.',
];
const fdH1 = 'Overview';
const fdP1 = [
  'The inn is run by Odile Vantreck, a retired guild courier who offers the player a free room on their first visit. Resting here ' +
    'restores all health and stamina and advances the in-game clock to the next morning.',
  'A notice board beside the bar lists side quests, which refresh every three in-game days. Up to four quests can be shown at once.',
  'The cellar can be reached through a locked trapdoor behind the bar once the quest <i>Spirits Below</i> has been started.',
];
const fdH2 = 'Characters';
const fdList = [
  '<a href="/wiki/Odile_Vantreck">Odile Vantreck</a> – innkeeper and quest giver.',
  '<a href="/wiki/Marrow_Finch">Marrow Finch</a> – a bard who plays in the common room in the evenings and sells song scrolls.',
  '<a href="/wiki/Brother_Ansel">Brother Ansel</a> – a travelling monk who appears only during the Festival of Ash.',
];
const fdH5 = 'Quests';
const fdP3 = ['The following quests begin at the inn or require the player to return to it:'];
const fdList3 = [
  '<i>A Light in the Fen</i> – Odile asks the player to relight the marker lanterns along the Sunken Road. Rewards a guild courier badge.',
  '<i>Spirits Below</i> – strange noises from the cellar lead to a short dungeon with the inn’s first owner as a ghostly boss.',
  '<i>The Unfinished Ballad</i> – Marrow Finch needs three lost verses, found in Harrowmere, Saltmarsh and the Old Watch.',
];
const fdH3 = 'History';
const fdH = ['Characters', 'Quests'];
const fdP2 = [
  'According to the book <i>A Traveller’s Account of Greyfen</i>, the inn was built by the first Lantern Guild as a waystation for ' +
    'couriers carrying messages across the fen.',
  'In early development builds the inn was located in the upper town and had a second floor that the player could explore.',
];
const fdH4 = 'Trivia';
const fdList2 = [
  'The lantern above the door is the only light source in lower Harrowmere that stays lit during the eclipse event.',
  'Marrow Finch’s songs contain hints about the location of the three hidden guild seals.',
  'The inn’s name was changed from “The Copper Lantern” in a patch shortly after release.',
];
// the body strings are the paragraphs without their end-of-paragraph markers
const marked = (t: string, mark: string): string => `${t}${mark}`;
const fdStub = 'This article is a stub. You can help Emberfall Wiki by expanding it.';
const fdInfo = ['Location', 'Lower town, Harrowmere', 'Region', 'Greyfen', 'Owner', 'Odile Vantreck', 'Services', 'Rest, quests, merchant'];
const fdRefs = ['A Traveller’s Account of Greyfen, in-game book, found on the inn’s shelf.', 'Patch notes 1.0.4, official Emberfall forums.'];
const fdGlobal = ['FANDOM', 'Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fdExplore = ['Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
const fdLocal = ['Characters', 'Locations', 'Quests', 'Items', 'Lore'];
const fdPopular = ['Harrowmere', 'Odile Vantreck', 'Lantern Guild', 'Spirits Below', 'Sunken Road'];
const fdCats = ['Locations', 'Harrowmere', 'Inns', 'Stubs'];
const fdFoot = [
  'Explore properties',
  'Follow Us',
  'Overview',
  'What is Fandom?',
  'About',
  'Careers',
  'Press',
  'Contact',
  'Terms of Use',
  'Privacy Policy',
  'Global Sitemap',
  'Local Sitemap',
  'Support',
  'Help',
  'Advertise',
  'Media Kit',
  'Fandom Apps',
  'Take your favorite fandoms with you and never miss a beat.',
];
const fdEdit = (id: string, t: string): string => `<h2><span class="mw-headline" id="${id}">${t}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/wiki/Brass_Lantern_Inn?action=edit&amp;section=${id}" title="Edit section: ${t}">edit</a><span
class="mw-editsection-bracket">]</span></span></h2>`;
const fdHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Brass Lantern Inn | Emberfall Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Brass_Lantern_Inn","wgTitle":"Brass Lantern Inn",
"wgCategories":["Locations","Harrowmere","Inns","Stubs"],"wgIsArticle":true,"wgArticleId":4412,"wgCityId":"2210933"};</script>
<meta name="generator" content="MediaWiki 1.39.7"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">
<meta property="og:type" content="article"><meta property="og:site_name" content="Emberfall Wiki"><meta property="og:title" content="${fdTitle}">
<link rel="canonical" href="https://emberfall.fandom.example/wiki/Brass_Lantern_Inn"><script type="application/ld+json">{"@context":"http://schema.org",
"@type":"Article","name":"${fdTitle}","url":"https://emberfall.fandom.example/wiki/Brass_Lantern_Inn","author":{"@type":"Organization",
"name":"Fandom"}}</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Brass_Lantern_Inn rootpage-Brass_Lantern_Inn skin-fandomdesktop
action-view is-content-expanded"><div class="global-navigation" data-theme="light"><div class="global-navigation__top"><a class="global-navigation__logo"
href="https://www.fandom.example/" data-tracking-label="logo"><span class="global-navigation__label">${fdGlobal[0]}</span></a></div>
<nav class="global-navigation__nav"><div class="global-navigation__links">${fdGlobal
  .slice(1, 6)
  .map((t) => `<a class="global-navigation__link" href="https://www.fandom.example/${t}"><span class="global-navigation__label">${t}</span></a>`)
  .join('')}</div><div class="wds-dropdown__content"><ul class="wds-list">${links(fdGlobal.slice(6))}</ul></div></nav><div class="global-navigation__bottom">
<a class="wds-button wds-is-secondary" href="/signin">Sign In</a><a class="wds-button" href="/register">Register</a></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__community-name" href="/wiki/Emberfall_Wiki">Emberfall Wiki</a><div class="fandom-community-header__top-container">
<span class="fandom-community-header__counter">1,284 pages</span></div><nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">
<li class="wds-dropdown explore-menu"><div class="wds-tabs__tab-label wds-dropdown__toggle"><span>Explore</span></div><div class="wds-dropdown__content">
<ul class="wds-list">${links(fdExplore)}</ul></div></li>${links(fdLocal, 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top"><div
class="page-header__meta">
<div class="page-header__categories"><span class="page-header__categories-in">in: </span><a href="/wiki/Category:Locations">Locations</a>, <a
href="/wiki/Category:Harrowmere">Harrowmere</a>, <a href="/wiki/Category:Inns">Inns</a>, <a href="/wiki/Category:Stubs">Stubs</a></div></div>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button has-label" href="/signin">Sign in to edit</a>
<div class="wds-dropdown page-header__action-dropdown"><ul class="wds-list">${links(['History', 'Talk (0)'])}</ul></div></div></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${fdTitle}</span></h1></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="notice notice-stub" style="width:100%;"><tbody><tr><td class="notice-image"><img alt="Stub" src="/images/stub.png" width="40"></td><td
class="notice-text"><b>This article is a stub.</b> You can help Emberfall Wiki by <a
href="/wiki/Brass_Lantern_Inn?action=edit">expanding it</a>.</td></tr></tbody>
</table><aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title
pi-secondary-background" data-source="name">${fdTitle}</h2><figure class="pi-item pi-image" data-source="image"><a href="/wiki/File:Brass_Lantern.png"
class="image image-thumbnail"><img src="https://static.wikia.example/emberfall/images/brass.png" alt="Brass Lantern" class="pi-image-thumbnail" width="268"></a>
<figcaption class="pi-item-spacing pi-caption">The inn at dusk</figcaption></figure>${[0, 2, 4, 6]
  .map(
    (i) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${fdInfo[i]!.toLowerCase()}"><h3 class="pi-data-label
pi-secondary-font">${fdInfo[i]}</h3><div class="pi-data-value pi-font">${fdInfo[i + 1]}</div></div>`,
  )
  .join('\n')}</aside>
<p>${fdLead[0]}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2></div><ul>${[fdH1, fdH2, fdH5, fdH3, fdH4, 'References']
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${t}</span></a></li>`,
  )
  .join('')}</ul></div>
${fdEdit(fdH1, fdH1)}
<p>${fdP1[0]}</p>
<p>${marked(fdP1[1]!, cn)}</p>
<p>${fdP1[2]}</p>
${fdEdit(fdH2, fdH2)}
<ul>${fdList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${fdEdit(fdH5, fdH5)}
<p>${fdP3[0]}</p>
<ul>${fdList3.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${fdEdit(fdH3, fdH3)}
<p>${marked(fdP2[0]!, ref(1))}</p>
<p>${marked(fdP2[1]!, cn)}</p>
${fdEdit(fdH4, fdH4)}
<ul><li>${fdList2[0]}</li>
<li>${fdList2[1]}</li>
<li>${marked(fdList2[2]!, ref(2))}</li></ul>
${fdEdit('References', 'References')}
<div class="mw-references-wrap"><ol class="references">${fdRefs
  .map(
    (t, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span
class="reference-text"><i>${t}</i></span></li>`,
  )
  .join('\n')}</ol></div>
</div></div><div class="page-footer"><div class="page-footer__categories wds-collapsible-panel"><header
class="wds-collapsible-panel__header">Categories</header>
<div class="wds-collapsible-panel__content"><ul class="categories">${links(fdCats, 'category normal')}</ul></div></div>
<div class="license-description">Community content is available under <a href="https://www.fandom.example/licensing">CC-BY-SA</a> unless otherwise noted.</div>
</div></div></main><aside class="page__right-rail"><div class="right-rail-wrapper"><div id="top_boxad" class="top-boxad"><div class="ad-slot-placeholder">
<span class="ae-translatable-label">Advertisement</span></div></div><section class="rail-module popular-pages"><h2
class="rail-module__header">Popular Pages</h2>
<ul>${links(fdPopular, 'popular-pages__item')}</ul></section></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><ul class="global-footer__links">${links(fdFoot, 'global-footer__link')}</ul>
<div class="global-footer__bottom">Emberfall Wiki is a FANDOM Games Community.</div></div></footer>
<script src="/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=fandomdesktop"></script></body></html>`;
export const fandomStub: TestPage = {
  html: fdHtml,
  name: 'heldout85-fandom-wiki-stub-citation-needed',
  kind: 'wiki',
  // "History" (page action) and "Overview" (footer) are left out of the furniture: they are also headings; the stub notice,
  // the infobox, the table of contents, "edit" links, the "[citation needed]" and "[n]" markers (written only at
  // the ends of paragraphs, so the body strings are the paragraphs without them) and the References section are furniture
  title: fdTitle,
  headings: [fdH1, fdH2, fdH5, fdH3, fdH4],
  body: texts([...fdLead, ...fdP1, ...fdList, ...fdP3, ...fdList3, ...fdP2, ...fdList2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fdGlobal, 'Sign In', 'Register', 'Emberfall Wiki', '1,284 pages', 'Explore', ...fdExplore, ...fdLocal.filter((t) => !fdH.includes(t)),
    'in: Locations, Harrowmere, Inns, Stubs', 'Sign in to edit', 'Talk (0)', fdStub, 'The inn at dusk', ...fdInfo.filter((t) => t !== 'Odile Vantreck'),
    'Contents', '[edit]', '[citation needed]', '[1]', '[2]', 'References', ...fdRefs, 'Categories', ...fdCats.filter((t) => t !== 'Harrowmere'),
    'Community content is available under CC-BY-SA unless otherwise noted.', 'Advertisement', 'Popular Pages', ...fdPopular.slice(0, 1), ...fdPopular.slice(2),
    ...fdFoot.filter((t) => t !== 'Overview'), 'Emberfall Wiki is a FANDOM Games Community.',
  ],
};
