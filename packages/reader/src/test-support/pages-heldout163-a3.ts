import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file a3: a Wookieepedia character article on Fandom (FandomDesktop skin): the global navigation, the
 * community header with the wiki's menus, the category line above the title, the page actions, the era icons and the
 * Canon / Legends tabs, the "redirects here" hatnote, the portable infobox, the top quote, the table of contents, section
 * headings with edit icons, the appearances and sources lists, the references, the categories, the licence line, the right
 * rail with its ad slot and popular pages, the "More Fandom" feed and Fandom's global footer.
 */
const wkTitle = 'Tevra Oskaline';
const wkQuote = '"You can fly a cargo hauler through a blockade. You just cannot do it slowly."';
const wkQuoteBy = '―Tevra Oskaline, to Dalen Voss';
const wkP0 = [
  '<b>Tevra Oskaline</b> was a human female smuggler and pilot who operated out of the Drennic Reach during the reign of the ' +
    '<a href="/wiki/Galactic_Empire">Galactic Empire</a>. Captain of the modified freighter <i>Lantern Moth</i>, she ran medical ' +
    'supplies to settlements on the Outer Rim that had been cut off by Imperial blockades, and later flew supply missions for a ' +
    'small rebel cell based on the moon Ossak Minor.',
];
const wkH1 = 'Biography';
const wkH1a = 'Early life';
const wkP1 = [
  'Oskaline was born on the mining world of Varrenth, where her parents maintained ore haulers for the Tarrow Mineral Combine. She ' +
    'learned to fly in the combine\u2019s battered shuttles and, by the age of sixteen, was making unlicensed runs between the refinery ' +
    'stations in the system. When the Empire nationalized the combine, her parents lost their positions and the family left Varrenth ' +
    'aboard a refugee transport.',
];
const wkH1b = 'The Drennic blockade';
const wkP2 = [
  'Years later, Oskaline bought the <i>Lantern Moth</i> from a scrapyard on Hesk and rebuilt its sublight engines herself. When the ' +
    'Empire imposed a blockade on the Drennic Reach in response to a series of labor strikes, she began running bacta and food ' +
    'past the Imperial pickets. Her method relied on speed rather than stealth: she would drop out of hyperspace close to a ' +
    'planet\u2019s gravity well and make a hard landing before patrol ships could intercept her.',
  'During one such run she rescued the rebel operative Dalen Voss, whose shuttle had been disabled near the blockade line. Voss ' +
    'persuaded her to fly for the Ossak cell, and over the following year she completed more than thirty supply missions for the group.',
];
const wkH2 = 'Personality and traits';
const wkP3 = [
  'Oskaline was blunt, impatient and openly contemptuous of Imperial bureaucracy. She refused payment for medical deliveries but ' +
    'charged double for anything else, a policy she described as "keeping the ship honest." Despite her reputation for recklessness, ' +
    'she kept meticulous maintenance records and never flew the <i>Lantern Moth</i> with a known fault.',
];
const wkH3 = 'Behind the scenes';
const wkP4 = [
  'Tevra Oskaline was created by author Priya Halloran for the 2024 novel <i>Star Wars: Drift Lines</i>. Halloran stated in an ' +
    'interview that the character was inspired by the bush pilots who supplied remote communities in her home region, and that ' +
    'she had originally written Oskaline as a minor character who would die in the first act.',
];
const wkH4 = 'Appearances';
const wkApp = ['<i>Star Wars: Drift Lines</i> <small>(First appearance)</small>', '<i>Tales from the Outer Reach</i> – "Bacta Run"'];
const wkH5 = 'Sources';
const wkSrc = ['<i>Star Wars: The Smuggler\u2019s Almanac</i>', 'Databank: Lantern Moth (backup link)'];
const wkCats = ['Articles with quotes', 'Human individuals', 'Smugglers', 'Pilots', 'Females', 'Rebel Alliance personnel'];
const wkGlobal = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki', 'Sign In', 'Register'];
const wkMenus = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts', 'Canon', 'Legends', 'Help'];
const wkActions = ['Sign in to edit', 'History', 'Purge', 'Talk (0)'];
const wkHatnote = '"Tevra" redirects here. You may be looking for the Tevra-class cargo barge.';
const wkBox = ['Biographical information', 'Homeworld', 'Varrenth', 'Physical description', 'Species', 'Human', 'Gender', 'Female'];
const wkBoxCap = 'Tevra Oskaline aboard the Lantern Moth';
const wkRefs = ['Star Wars: Drift Lines – Chapter 3', 'Star Wars: Drift Lines – Chapter 11'];
const wkPopular = ['Popular pages', 'Ossak Minor', 'Dalen Voss', 'Lantern Moth', 'Drennic Reach', 'Tarrow Mineral Combine'];
const wkFeed = ['More Wookieepedia', 'Fan Feed', 'Hesk scrapyards', 'Bacta', 'Imperial blockade of Drennic'];
const wkFoot = [
  'Explore properties',
  'Fandom',
  'Fanatical',
  'Follow Us',
  'Overview',
  'What is Fandom?',
  'About',
  'Careers',
  'Press',
  'Contact',
  'Terms of Use',
  'Privacy Policy',
  'Digital Services Act',
  'Global Sitemap',
  'Local Sitemap',
  'Support',
  'Media Kit',
  'Fandom Apps',
  'Take your favorite fandoms with you and never miss a beat.',
  'Wookieepedia is a FANDOM Movies Community.',
  'View Mobile Site',
];
const wkLicence = 'Community content is available under CC-BY-SA unless otherwise noted.';
const wkH = (t: string): string => `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection">
<a href="/wiki/${wkTitle.replace(/ /g, '_')}?action=edit" class="mw-editsection-visualeditor" title="Edit section: ${t}"><svg class="wds-icon wds-icon-tiny">
<use xlink:href="#wds-icons-pencil-tiny"></use></svg></a></span></h2>`;
const wkH3t = (t: string): string => `<h3><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span></h3>`;
const wkPs = (a: readonly string[]): string =>
  a
    .map(
      (p, i) => `<p>${p}<sup id="cite_ref-${i}" class="reference"><a href="#cite_note-${i}">[${i + 1}]</a></sup>
</p>`,
    )
    .join('\n');
const wkHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Tevra Oskaline | Wookieepedia | Fandom</title>
<meta name="description" content="Tevra Oskaline was a human female smuggler and pilot who operated out of the Drennic Reach.">
<meta property="og:site_name" content="Wookieepedia"><meta property="og:title" content="Tevra Oskaline"><meta name="viewport" content="width=device-width">
<link rel="canonical" href="https://starwars.fandom.com/wiki/Tevra_Oskaline"><script>var _plc={};window.RLCONF={"wgPageName":"Tevra_Oskaline",
"wgNamespaceNumber":0,"wgArticleId":812245,"wgIsArticle":true,"wgCategories":["Articles with quotes","Human individuals"]};</script>
<script type="application/ld+json">{"@context":"http://www.schema.org","@type":"Article","name":"Tevra Oskaline",
"url":"https://starwars.fandom.com/wiki/Tevra_Oskaline",
"about":{"@type":"Thing","name":"Wookieepedia"},"author":{"@type":"Organization","name":"Wookieepedia Community"},"publisher":{"@type":"Organization",
"name":"Fandom"}}</script>
<link rel="stylesheet" href="https://starwars.fandom.com/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop"></head>
<body class="skin-fandomdesktop theme-fandomdesktop-dark rootpage-Tevra_Oskaline mediawiki ltr ns-0 ns-subject page-Tevra_Oskaline">
<div class="global-navigation" data-testid="global-navigation"><a class="global-navigation__logo" href="https://www.fandom.com/"><svg></svg></a>
<nav class="global-navigation__nav"><ul>${links(wkGlobal.slice(0, 7), 'global-navigation__link')}</ul></nav>
<div class="global-navigation__bottom"><a href="https://createnewwiki.fandom.com/Special:CreateNewWiki">${wkGlobal[7]}</a>
<a class="wds-button wds-is-secondary" href="/signin">${wkGlobal[8]}</a><a class="wds-button" href="/register">${wkGlobal[9]}</a></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a href="/" class="fandom-community-header__community-name">Wookieepedia</a><div class="fandom-community-header__top-container">
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(wkMenus, 'wds-tabs__tab')}</ul></nav></div></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in:</span>
<a href="/wiki/Category:Articles_with_quotes">${wkCats[0]}</a>, <a href="/wiki/Category:Human_individuals">${wkCats[1]}</a>,
<a href="/wiki/Category:Smugglers">${wkCats[2]}</a><div class="wds-dropdown page-header__categories-dropdown"><span>and 3 more</span></div></div></div>
<div class="page-header__actions">${wkActions.map((t) => `<a class="wds-button wds-is-text page-header__action-button" href="#">${t}</a>`).join('')}</div></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${wkTitle}</span></h1></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<div id="title-eraicons" style="float:right;"><a href="/wiki/Canon" title="This article covers the Canon version of this subject."><img alt="canon"
src="https://static.wikia.nocookie.net/starwars/images/canon.png" width="20"></a><a href="/wiki/Rebellion_era"><img alt="Rebellion era" width="20"></a></div>
<div id="canontab"><div class="canontab-text"><a class="selected" href="/wiki/Tevra_Oskaline">Canon</a></div>
<div class="canontab-text"><a href="/wiki/Tevra_Oskaline/Legends">Legends</a></div></div>
<div class="hatnote" role="note"><i>${wkHatnote}</i></div>
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-character pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title" data-source="name">${wkTitle}</h2><figure class="pi-item pi-image" data-source="image">
<a href="https://static.wikia.nocookie.net/starwars/images/Tevra.png" class="image image-thumbnail"><img alt="Tevra" class="pi-image-thumbnail" width="270"></a>
<figcaption class="pi-item-spacing pi-caption">${wkBoxCap}</figcaption></figure><section class="pi-item pi-group pi-border-color">
<h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">${wkBox[0]}</h2>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="homeworld"><h3 class="pi-data-label pi-secondary-font">${wkBox[1]}</h3>
<div class="pi-data-value pi-font"><a href="/wiki/Varrenth">${wkBox[2]}</a></div></div></section><section class="pi-item pi-group pi-border-color">
<h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">${wkBox[3]}</h2>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="species"><h3 class="pi-data-label pi-secondary-font">${wkBox[4]}</h3>
<div class="pi-data-value pi-font"><a href="/wiki/Human">${wkBox[5]}</a></div></div><div class="pi-item pi-data pi-item-spacing pi-border-color"
data-source="gender"><h3 class="pi-data-label pi-secondary-font">${wkBox[6]}</h3><div class="pi-data-value pi-font">${wkBox[7]}</div></div></section></aside>
<div class="quote"><p>${wkQuote}<br><span style="float:right;">${wkQuoteBy}</span></p></div>
${wkPs(wkP0)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${[wkH1, wkH2, wkH3, wkH4, wkH5]
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${wkH(wkH1)}
${wkH3t(wkH1a)}
${wkPs(wkP1)}
${wkH3t(wkH1b)}
${wkPs(wkP2)}
${wkH(wkH2)}
${wkPs(wkP3)}
${wkH(wkH3)}
${wkPs(wkP4)}
${wkH(wkH4)}
<div class="app"><ul>${wkApp.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
${wkH(wkH5)}
<ul>${wkSrc.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2><span class="mw-headline" id="Notes_and_references">Notes and references</span></h2><div class="mw-references-wrap"><ol class="references">
${wkRefs
  .map(
    (t, i) => `<li id="cite_note-${i}"><span class="mw-cite-backlink"><a href="#cite_ref-${i}">↑</a></span> <span
class="reference-text">${t}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div>
<div class="page-footer"><div id="articleCategories" class="categories"><span class="special-categories-label">Categories</span><ul class="categories">
${links(wkCats, 'category normal')}</ul></div><div class="license-description">${wkLicence}</div></div></div>
<div id="mixed-content-footer" class="mcf-wrapper"><h2 class="mcf-header">${wkFeed[0]}</h2><div class="mcf-content"><span
class="mcf-card-label">${wkFeed[1]}</span>
<ul>${links(wkFeed.slice(2), 'mcf-card')}</ul></div></div></main>
<aside class="page__right-rail"><div id="WikiaRail" class="WikiaRail"><div class="top-boxad-wrapper"><div id="top_boxad" class="ad-slot ad-slot-placeholder">
<div class="ae-translatable-label">Advertisement</div></div></div><section class="rail-module popular-pages"><h2
class="rail-module__header">${wkPopular[0]}</h2>
<ul>${links(wkPopular.slice(1), 'popular-pages__item')}</ul></section></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content">${wkFoot
  .map(
    (t) => `<div class="global-footer__section"><a
href="#">${t}</a></div>`,
  )
  .join('\n')}
</div></footer><script src="https://starwars.fandom.com/load.php?modules=startup&amp;only=scripts&amp;skin=fandomdesktop" async></script></body></html>`;

export const wookieepediaPage: TestPage = {
  name: 'heldout163-wookieepedia-character-article',
  kind: 'wiki',
  html: wkHtml,
  // the top quote and its attribution are body; the infobox values ("Varrenth", "Human", "Female") are in neither list, its
  // labels are furniture; the references list ("Notes and references" and its items) is in neither list
  title: wkTitle,
  headings: [wkH1, wkH1a, wkH1b, wkH2, wkH3, wkH4, wkH5],
  body: texts([wkQuote, wkQuoteBy, ...wkP0, ...wkP1, ...wkP2, ...wkP3, ...wkP4, ...wkApp, ...wkSrc]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wkGlobal, 'Wookieepedia', ...wkMenus.filter((t) => t !== 'Canon' && t !== 'Legends'), 'in:', ...wkCats, 'and 3 more', ...wkActions, 'Canon',
    'Legends', wkHatnote, wkBoxCap, wkBox[0]!, wkBox[1]!, wkBox[3]!, wkBox[4]!, wkBox[6]!, 'Contents', 'Categories', wkLicence, ...wkFeed, 'Advertisement',
    ...wkPopular, ...wkFoot,
  ],
};
