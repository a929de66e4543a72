import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file c2: an episode page on a Fandom wiki (the global navigation, the community header with its
 * wiki menu, the page header with the "in: Episodes, Season 2" categories line and the edit menu, the portable infobox,
 * the table of contents, section headings with "edit" links, an episode navbox, the category bar, the article comments
 * box, the right rail with "Popular Pages", the CC-BY-SA licence line and the Fandom footer).
 */
const fTitle = 'The Comet Ball';
const fLead = [
  j(
    '"<b>The Comet Ball</b>" is the seventh episode of the second season of <i>Starfall Academy</i>, and the twentieth episode of',
    'the series overall. It first aired on October 11, 2025.',
  ),
];
const fH1 = 'Synopsis';
const fSyn = ['When the academy’s annual ball is moved to the observatory roof, Pell and Juniper have one night to fix the telescope before the comet passes.'];
const fH2 = 'Plot';
const fPlot = [
  j(
    'The episode opens with Headmistress Corrigan announcing that, for the first time in fifty years, the Comet Ball will be held on',
    'the observatory roof so that the students can watch Halloway’s Comet pass overhead. The announcement delights everyone except',
    'Pell, who broke the great telescope during a prank in the previous episode and has been hiding the damage ever since.',
  ),
  j(
    'Pell confides in Juniper, who agrees to help on the condition that he asks Marisol to the ball. The two sneak into the',
    'workshop after curfew to grind a replacement lens, but are interrupted by Professor Thistlewood, who turns out to have his own',
    'reasons for keeping the telescope broken.',
  ),
  j(
    'Meanwhile, Marisol and the twins decorate the roof, and a running gag in which the paper lanterns keep floating away pays off',
    'when the lanterns form a constellation at the climax. Pell and Juniper fit the new lens just as the comet appears, and',
    'Thistlewood admits he wanted the ball cancelled because the comet reminds him of the sister he lost.',
  ),
  j(
    'The episode ends with the whole school on the roof, Thistlewood included, as the comet crosses the sky, and Pell finally working',
    'up the courage to ask Marisol to dance. She says she has been waiting since the first episode.',
  ),
];
const fH3 = 'Cast';
const fCast = [
  'Lucan Ferreira-Bright as Pell Ashgrove',
  'Delphine Okonjo as Juniper Vale',
  'Ravi Castellane as Professor Thistlewood',
  'Margit Sollenberg as Headmistress Corrigan',
  'Elodie Brannagh as Marisol Finch',
];
const fH4 = 'Trivia';
const fTrivia = [
  'This is the first episode in which Professor Thistlewood’s first name, Ambrose, is spoken aloud.',
  'The constellation the lanterns form is the same one drawn on Juniper’s notebook in "The New Moon Term".',
  'Halloway’s Comet is named after the show’s storyboard supervisor, Nell Halloway.',
];
const fGlobal = ['Explore', 'Games', 'Anime', 'Movies', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fWikiNav = ['Characters', 'Episodes', 'Locations', 'Community'];
const fToc = ['1 Synopsis', '2 Plot', '3 Cast', '4 Trivia'];
const fPopular = ['Pell and Juniper (relationship)', 'Season 2', 'The Observatory', 'Starfall Academy (series)'];
const fFoot = ['About', 'Careers', 'Press', 'Contact', 'Terms of Use', 'Privacy Policy', 'Global Sitemap', 'Local Sitemap'];
const h2 = (t: string): string => `<h2><span class="mw-headline" id="${t}">${t}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/wiki/The_Comet_Ball?action=edit&amp;section=1" title="Edit section: ${t}">edit</a><span
class="mw-editsection-bracket">]</span></span></h2>`;
const pi = (label: string, value: string): string => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${label.toLowerCase()}">
<h3 class="pi-data-label pi-secondary-font">${label}</h3><div class="pi-data-value pi-font">${value}</div></div>`;
const fHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>The Comet Ball | Starfall Academy Wiki | Fandom</title>
<meta name="description" content="&quot;The Comet Ball&quot; is the seventh episode of the second season of Starfall Academy.">
<meta property="og:site_name" content="Starfall Academy Wiki"><meta property="og:type" content="article">
<link rel="canonical" href="https://starfall-academy.fandom.example/wiki/The_Comet_Ball">
<script>RLCONF={"wgCanonicalNamespace":"","wgPageName":"The_Comet_Ball","wgTitle":"The Comet Ball","wgCategories":["Episodes","Season 2"],
"wgArticleId":4127,"wgIsArticle":true};RLSTATE={"site.styles":"ready","skins.fandomdesktop.styles":"ready"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"The Comet Ball",
"url":"https://starfall-academy.fandom.example/wiki/The_Comet_Ball",
"about":{"@type":"Thing","name":"Starfall Academy Wiki"}}</script>
<link rel="stylesheet" href="https://starfall-academy.fandom.example/load.php?modules=skin.fandomdesktop.styles"></head>
<body class="skin-fandomdesktop mediawiki ltr ns-0 page-The_Comet_Ball rootpage-The_Comet_Ball theme-fandomdesktop-light">
<div class="global-navigation"><a class="global-navigation__logo" href="https://www.fandom.example/">Fandom</a>
<nav class="global-navigation__nav"><ul>${links(fGlobal, 'global-navigation__link')}</ul></nav>
<div class="global-navigation__bottom"><a href="/signin" class="wds-button wds-is-secondary">Sign In</a><a href="/register"
class="wds-button">Register</a></div></div>
<div class="main-container"><div class="fandom-sticky-header is-visible"></div>
<div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a href="/wiki/Starfall_Academy_Wiki" class="fandom-community-header__community-name">Starfall Academy Wiki</a>
<div class="fandom-community-header__top-container"><span class="fandom-community-header__page-count">412 pages</span></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(fWikiNav, 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__categories"><span class="page-header__categories-in">in:</span> <a href="/wiki/Category:Episodes">Episodes</a>,
<a href="/wiki/Category:Season_2">Season 2</a></div><div class="page-header__actions"><a id="ca-edit" class="wds-button" href="?action=edit">Edit</a>
<div class="wds-dropdown"><span class="wds-dropdown__toggle">More</span></div></div></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${fTitle}</span></h1></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-episode pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="title">“The Comet Ball”</h2>
<figure class="pi-item pi-image" data-source="image"><a href="/wiki/File:Comet_Ball_title_card.png" class="image image-thumbnail"><img
src="https://static.fandom.example/starfall/Comet_Ball_title_card.png" alt="Comet Ball title card" width="268" height="151"></a>
<figcaption class="pi-item-spacing pi-caption">Title card</figcaption></figure>
${pi('Season', '2')}${pi('Episode', '7 (20 overall)')}${pi('Airdate', 'October 11, 2025')}${pi('Written by', 'Saoirse Lindqvist')}
${pi('Directed by', 'Hamish Okoro')}<section class="pi-item pi-group pi-border-color"><table class="pi-horizontal-group"><thead><tr>
<th class="pi-horizontal-group-item pi-data-label pi-secondary-font">Previous</th><th class="pi-horizontal-group-item pi-data-label pi-secondary-font">Next</th>
</tr></thead><tbody><tr><td class="pi-horizontal-group-item pi-data-value pi-font">
<a href="/wiki/Lights_Out_in_the_East_Wing">Lights Out in the East Wing</a></td>
<td class="pi-horizontal-group-item pi-data-value pi-font"><a href="/wiki/The_Winter_Examinations">The Winter Examinations</a></td></tr></tbody>
</table></section></aside>
${ps(fLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2>
<span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>${fToc
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}">
<a href="#${t.slice(2)}"><span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${h2(fH1)}
${ps(fSyn)}
${h2(fH2)}
${ps(fPlot)}
${h2(fH3)}
<ul>${lis(fCast)}</ul>
${h2(fH4)}
<ul>${lis(fTrivia)}</ul>
<table class="navbox"><tbody><tr><th class="navbox-title" colspan="2">Starfall Academy episodes</th></tr>
<tr><th class="navbox-group">Season 1</th><td class="navbox-list">The New Moon Term • Ink and Orbit • The Lost Quill</td></tr>
<tr><th class="navbox-group">Season 2</th><td class="navbox-list">Return to Starfall • Lights Out in the East Wing • The Comet Ball</td></tr></tbody></table>
</div></div>
<div class="page-footer"><div class="page-footer__categories wds-is-collapsed"><div class="wds-collapsible-panel__header">Categories</div>
<ul class="categories"><li><a href="/wiki/Category:Episodes">Episodes</a></li><li><a href="/wiki/Category:Season_2">Season 2</a></li></ul></div>
<div class="license-description">Community content is available under <a
href="https://www.fandom.example/licensing">CC-BY-SA</a> unless otherwise noted.</div></div>
<div id="articleComments" class="article-comments-app"><div class="article-comments">
<h2 class="comments-count">2 comments</h2><div class="comment"><span class="comment-author">Orbitfan_88</span>
<p class="comment-text">The lantern constellation at the end gets me every time.</p></div>
<div class="comment"><span class="comment-author">QuillAndComet</span>
<p class="comment-text">Best episode of season two, not even close.</p></div></div></div></div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper"><section class="rail-module popular-pages"><h2 class="rail-module__header">Popular Pages</h2>
<ul class="rail-module__list">${links(fPopular, 'popular-pages__item')}</ul></section>
<div class="ad-slot-placeholder top-boxad"><span class="ad-label">Advertisement</span></div></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><h2 class="global-footer__header">Explore properties</h2>
<ul>${links(fFoot, 'global-footer__link')}</ul>
<div class="global-footer__bottom"><p>Starfall Academy Wiki is a Fandom TV Community.</p></div></div></footer>
<script src="https://starfall-academy.fandom.example/load.php?modules=startup&amp;only=scripts&amp;skin=fandomdesktop" async></script></body></html>`;
export const fandom: TestPage = {
  name: 'heldout245-fandom-episode-wiki',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: [fH1, fH2, fH3, fH4],
  body: texts([...fLead, ...fSyn, ...fPlot, ...fCast, ...fTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fandom', ...fGlobal, 'Sign In', 'Register', 'Starfall Academy Wiki', '412 pages', ...fWikiNav, 'in:', 'Edit', 'More', '“The Comet Ball”',
    'Title card', 'Season', 'Episode', '7 (20 overall)', 'Airdate', 'Written by', 'Saoirse Lindqvist', 'Directed by',
    'Hamish Okoro', 'Previous', 'Next', 'Lights Out in the East Wing', 'The Winter Examinations', 'Contents', ...fToc, 'edit',
    'Starfall Academy episodes', 'Season 1', 'The New Moon Term • Ink and Orbit • The Lost Quill',
    'Return to Starfall • Lights Out in the East Wing • The Comet Ball', 'Categories',
    'Community content is available under CC-BY-SA unless otherwise noted.', '2 comments', 'Orbitfan_88',
    'The lantern constellation at the end gets me every time.', 'QuillAndComet', 'Best episode of season two, not even close.', 'Popular Pages',
    ...fPopular, 'Advertisement', 'Explore properties', ...fFoot, 'Starfall Academy Wiki is a Fandom TV Community.',
  ],
};
