import { links, type TestPage, texts } from './page-kit.js';
import { discourseTopic } from './pages-heldout100-e2.js';

/**
 * Held-out batch 100, file e: a Fandom wiki article about a TV episode (the global navigation with "Sign In" / "Register",
 * the community header with the wiki's local nav, the page header with categories, "Sign in to edit", "History" and "Talk",
 * a portable infobox with episode navigation, an epigraph quote at the top of the article, the table of contents, section
 * headings with "Edit" links, the cast list, an episode navbox, the categories box, the licence line, the right rail with
 * "Popular Pages" and ad slots, and the Fandom footer) and, from file e2, a Discourse forum topic.
 */
const fdTitle = 'The Lantern Keeper';
const fdQuote = 'You can leave the island, Mara. The island never leaves you.';
// biome-ignore format: the lead is split to keep lines within 160 bytes
const fdLead = [
  '“The Lantern Keeper” is the fourth episode of the second season of Saltmarsh, and the fourteenth episode overall. ' +
    'It first aired on October 9, 2024.',
];
const fdH1 = 'Synopsis';
const fdSyn = ['Mara returns to Gullhaven for her father’s funeral and learns that he left the lighthouse, and its debts, to her.'];
const fdH2 = 'Plot';
const fdPlot = [
  'The episode opens with Mara Kestrel on the ferry to Gullhaven, reading the letter from the island council that told her of ' +
    'her father’s death. She has not been back in nine years. On the quay she is met by Tobias Venn, the harbourmaster, who ' +
    'hands her the keys to the lighthouse and a folder of unpaid bills.',
  'At the funeral, Mara clashes with her aunt Isolde, who accuses her of abandoning the family. Afterwards, going through her ' +
    'father’s papers, Mara finds a logbook in which he recorded lights seen out at sea on nights when no ships were due.',
  'That night the lighthouse lamp fails. Mara climbs the tower to repair it and, from the gallery, sees a small boat with no ' +
    'lights crossing the reef toward the north cove. She reports it to Tobias the next morning, but he insists that nothing ' +
    'could cross the reef at low tide.',
  'In the final scene, Mara visits the north cove and finds fresh tracks leading to a cave. Inside is a stack of crates marked ' +
    'with her father’s initials.',
];
const fdH3 = 'Cast';
const fdCast = ['Eliza Morrow as Mara Kestrel', 'Daniel Achebe as Tobias Venn', 'Harriet Lyle as Isolde Kestrel', 'Owen Pask as Councillor Breck'];
const fdH4 = 'Trivia';
const fdTrivia = [
  'This is the first episode in which the lighthouse interior is shown.',
  'The logbook entries were written by the show’s prop designer in the handwriting of the actor who played Mara’s father in season one.',
  'The episode title refers both to Mara and to her father, who was called the lantern keeper by the islanders.',
];
const fdGlobal = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fdLocal = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts', 'Episodes', 'Characters', 'Locations'];
const fdInfo = ['Season', '2', 'Episode', '4', 'Air date', 'October 9, 2024', 'Written by', 'Nell Garrow', 'Directed by', 'Tomas Reyna'];
const fdNav = ['Previous', 'Low Water', 'Next', 'The North Cove'];
const fdNavbox = ['Saltmarsh episodes', 'Season 1', 'Season 2', 'Homecoming', 'Salt in the Wound', 'Low Water', 'The North Cove', 'High Tide'];
const fdCats = ['Episodes', 'Season 2 episodes', 'Articles with quotes'];
const fdPopular = ['Mara Kestrel', 'Gullhaven', 'Season 3', 'Tobias Venn'];
const fdFoot = [
  'Explore properties',
  'Fandom',
  'Muthead',
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
  'Help',
  'Advertise',
  'Media Kit',
  'Fandom Apps',
  'Take your favorite fandoms with you and never miss a beat.',
];
const fdLicence = 'Community content is available under CC-BY-SA unless otherwise noted.';
const fdIds = ['Synopsis', 'Plot', 'Cast', 'Trivia'];
const fdHead = (
  t: string,
  n: number,
): string => `<h2><span class="mw-headline" id="${t}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/wiki/The_Lantern_Keeper?action=edit&amp;section=${n}" class="mw-editsection-visualeditor" title="Edit section: ${t}">Edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>`;
const fdAd = (id: string): string =>
  `<div class="top-ads-container"><div id="${id}" class="ad-slot ad-slot-placeholder" data-slot-name="${id}"><div
class="ae-translatable-label">Advertisement</div></div></div>`;
const fdHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>The Lantern Keeper | Saltmarsh Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"The_Lantern_Keeper","wgTitle":"The Lantern Keeper","wgCityId":"2291847"};</script>
<meta name="generator" content="MediaWiki 1.43.1"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">
<meta property="og:site_name" content="Saltmarsh Wiki"><meta property="og:title" content="The Lantern Keeper"><meta property="og:type" content="article">
<link rel="canonical" href="https://saltmarsh.fandom.com/wiki/The_Lantern_Keeper"><script
type="application/ld+json">{"@context":"http://www.schema.org","@type":"Article",
"about":{"@type":"Thing","name":"Saltmarsh Wiki"},"author":{"@type":"Organization","name":"Saltmarsh Wiki Community"},"headline":"The Lantern Keeper",
"publisher":{"@type":"Organization","name":"Fandom"},"url":"https://saltmarsh.fandom.com/wiki/The_Lantern_Keeper"}</script>
<link rel="stylesheet" href="https://saltmarsh.fandom.example/load.php?modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop"></head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr ns-0 ns-subject page-The_Lantern_Keeper rootpage-The_Lantern_Keeper theme-fandomdesktop-light">
<div class="global-navigation" data-testid="global-navigation"><div class="global-navigation__top"><a class="global-navigation__logo"
href="https://www.fandom.com/"
title="Fandom"><svg class="wds-icon"></svg></a><nav class="global-navigation__nav"><ul>${links(fdGlobal, 'global-navigation__link')}</ul></nav></div>
<div class="global-navigation__bottom"><a class="wds-button wds-is-secondary" href="/signin">Sign In</a><a class="wds-button"
href="/register">Register</a></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__community-name-wrapper" href="/wiki/Saltmarsh_Wiki"><div class="fandom-community-header__community-name">Saltmarsh
Wiki</div></a>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(fdLocal, 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-side-tools__wrapper"></div>
${fdAd('top_leaderboard')}
<div class="page-header" id="PageHeader"><div class="page-header__top"><div class="page-header__meta"><div class="page-header__categories"><span
class="page-header__categories-in">in:</span>
<a href="/wiki/Category:Episodes">Episodes</a>, <a href="/wiki/Category:Season_2_episodes">Season 2 episodes</a>, <a
href="/wiki/Category:Articles_with_quotes">Articles with quotes</a></div>
<div class="page-header__languages"><span>English</span></div></div></div><div class="page-header__bottom"><div class="page-header__title-wrapper">
<h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${fdTitle}</span></h1></div><div class="page-header__actions">
<a id="ca-edit" class="wds-button wds-is-text page-header__action-button" href="/signin"><span>Sign in to edit</span></a>
<a id="ca-history" class="wds-button wds-is-text" href="?action=history"><span>History</span></a><a id="ca-talk"
href="/wiki/Talk:The_Lantern_Keeper"><span>Talk (0)</span></a>
</div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-episode pi-layout-default"><h2 class="pi-item pi-item-spacing
pi-title">${fdTitle}</h2>
<figure class="pi-item pi-image"><a class="image image-thumbnail" href="/wiki/File:Lantern_Keeper.png"><img class="pi-image-thumbnail" alt=""
src="/lk.png"></a></figure>
${[0, 2, 4, 6, 8]
  .map(
    (i) => `<div class="pi-item pi-data pi-item-spacing pi-border-color"><h3 class="pi-data-label pi-secondary-font">${fdInfo[i]}</h3>
<div class="pi-data-value pi-font">${fdInfo[i + 1]}</div></div>`,
  )
  .join('\n')}
<section class="pi-item pi-group pi-border-color"><table class="pi-horizontal-group"><thead><tr><th class="pi-horizontal-group-item
pi-data-label">${fdNav[0]}</th>
<th class="pi-horizontal-group-item pi-data-label">${fdNav[2]}</th></tr></thead><tbody><tr><td class="pi-horizontal-group-item pi-data-value"><a
href="/wiki/Low_Water">${fdNav[1]}</a></td>
<td class="pi-horizontal-group-item pi-data-value"><a href="/wiki/The_North_Cove">${fdNav[3]}</a></td></tr></tbody></table></section></aside>
<table class="cquote" role="presentation"><tbody><tr><td>“</td><td><i>${fdQuote}</i></td><td>”</td></tr><tr><td colspan="3"><p class="quote-source">—
Isolde Kestrel</p></td></tr></tbody></table>
<p>${fdLead[0]}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div>
<ul>${fdIds
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${fdHead(fdH1, 1)}
<p>${fdSyn[0]}</p>
${fdHead(fdH2, 2)}
${fdPlot.map((t) => `<p>${t}</p>`).join('\n')}
${fdAd('incontent_boxad_1')}
${fdHead(fdH3, 3)}
<ul>${fdCast.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${fdHead(fdH4, 4)}
<ul>${fdTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="navbox"><tbody><tr><th colspan="2" class="navbox-title">${fdNavbox[0]}</th></tr><tr><th
class="navbox-group">${fdNavbox[1]}</th><td>${fdNavbox[3]} • ${fdNavbox[4]}</td></tr>
<tr><th class="navbox-group">${fdNavbox[2]}</th><td>${fdNavbox.slice(5).join(' • ')} • <b>${fdTitle}</b></td></tr></tbody></table>
</div></div></div>
<div class="page-footer"><div id="catlinks" class="catlinks"><div class="page-footer__categories wds-collapsible-panel"><header
class="wds-collapsible-panel__header">Categories</header>
<ul class="categories">${fdCats.map((t) => `<li class="category normal"><a href="/wiki/Category:${t}">${t}</a></li>`).join('')}</ul></div></div>
<div class="license-description">${fdLicence}</div></div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper">${fdAd('top_boxad')}<section class="rail-module popular-pages"><h2
class="rail-module__header">Popular Pages</h2>
<ul>${fdPopular.map((t) => `<li><a href="/wiki/x">${t}</a></li>`).join('')}</ul></section>
<section class="rail-module fan-feed"><h2 class="rail-module__header">Fan Feed</h2><p>More Saltmarsh Wiki</p></section></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content">${links(fdFoot, 'global-footer__link')}</div>
<div class="global-footer__bottom">Saltmarsh Wiki is a Fandom TV Community.</div></footer>
<script src="https://static.wikia.example/fandom-ae-assets/tracking-opt-in/v4.0.3/tracking-opt-in.min.js" async></script></body></html>`;
const fandomEpisode: TestPage = {
  html: fdHtml,
  name: 'heldout100-fandom-episode-wiki',
  kind: 'wiki',
  // the epigraph quote at the top is part of the article (body), its source line in neither list; the portable infobox and
  // the table of contents (repeating the headings) are in neither list; cast and trivia list items are body
  title: fdTitle,
  headings: [fdH1, fdH2, fdH3, fdH4],
  body: texts([fdQuote, ...fdLead, ...fdSyn, ...fdPlot, ...fdCast, ...fdTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fdGlobal, 'Sign In', 'Register', 'Saltmarsh Wiki', ...fdLocal.filter((t) => t !== 'Episodes'), 'Advertisement', 'in:', ...fdCats, 'English',
    'Sign in to edit', 'History', 'Talk (0)', 'Contents', 'Edit', ...fdNavbox,
    'Categories', fdLicence, 'Popular Pages', ...fdPopular, 'Fan Feed', 'More Saltmarsh Wiki', ...fdFoot,
    'Saltmarsh Wiki is a Fandom TV Community.',
  ],
};

export const HELDOUT100_E: readonly TestPage[] = [fandomEpisode, discourseTopic];
