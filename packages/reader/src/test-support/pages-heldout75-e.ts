import { links, type TestPage, texts } from './page-kit.js';
import { quoraQuestion } from './pages-heldout75-e2.js';

/**
 * Held-out batch 75, file e: a character article on a Fandom wiki (FandomDesktop skin: global navigation with "Sign In" and
 * "Register", the community header with its local menus, the "in:" category line with "and 2 more", "Sign in to edit",
 * "History" and "Talk (0)", a spoiler notice at the top of the content, the portable infobox, the table of contents, section
 * headings, footnote markers and references, a navbox, the categories and languages footer, "Community content is available
 * under CC-BY-SA", the right rail with ads and "Popular Pages" and the global footer), and a Quora question page (file e2).
 */
const fdTitle = 'Maren Vell';
const fdIntro = [
  '<b>Maren Vell</b> is a major character in <i>Ashfall Chronicles</i> and the main protagonist of <i>Ashfall Chronicles II: The Cinder ' +
    'Road</i>. A former quartermaster of the Warden Corps, she becomes commander of the Coldharbor garrison after the fall of the eastern watchtowers.',
  'She is voiced by Harriet Lowe in the English version of both games.',
];
const fdEarly = [
  'Maren was born in the fishing town of Saltmere, the youngest of four children. Her father, a ropemaker, died in the Grey Fever ' +
    'outbreak when she was nine, and she was sent to live with an aunt in the capital. She joined the Warden Corps at sixteen, lying about ' +
    'her age to be accepted.',
  'Her skill with logistics was noticed early. By twenty-five she was quartermaster of the Third Watch, responsible for supplying six ' +
    'outposts along the Ashen Marches through the worst winter in living memory.',
];
const fdFirst = [
  'In the first game Maren appears as a supporting character who supplies the player with equipment at Fort Dunmore. Her side quest, ' +
    '“Short Rations”, reveals that a corrupt officer has been selling the fort’s grain, and the player’s choice in that quest decides ' +
    'whether she appears in the final battle.',
];
const fdSiege = [
  'At the start of <i>Ashfall Chronicles II</i>, the eastern watchtowers fall in a single night and the garrison commander is killed. ' +
    'Maren, the most senior officer left alive, takes command of Coldharbor and its few hundred defenders. Much of the game follows her ' +
    'attempts to hold the city while refugees pour in from the countryside.',
  'Her decision to open the city’s granaries to the refugees, against the orders of the Regent’s Council, is the turning point of the ' +
    'story. Depending on the player’s earlier choices she is either tried for treason or given command of the combined armies in the final act.',
];
const fdPersonality = [
  'Maren is practical and blunt, with little patience for ceremony. Other characters often describe her as cold, but her journal entries ' +
    'show that she keeps careful track of every soldier lost under her command. She is not a strong duellist and relies instead on ' +
    'planning, traps and the loyalty of her troops.',
];
const fdTrivia = [
  'Maren was originally written as a male character named Marek. The change was made early in the development of the first game.',
  'Her companion hawk, Tally, is named after the tally sticks quartermasters once used to count stores.',
  'She is one of only three characters to appear in every chapter of <i>Ashfall Chronicles II</i>.',
];
const fdHeads = ['Biography', 'Early life', 'Ashfall Chronicles', 'The Siege of Coldharbor', 'Personality and abilities', 'Trivia'];
const fdGlobal = ['Fan Central', 'Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fdAccount = ['Don’t have an account?', 'Register', 'Sign In'];
const fdWiki = 'Ashfall Chronicles Wiki';
const fdLocal = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent blog posts', 'Characters', 'Locations', 'Quests'];
const fdCats = ['Humans', 'Wardens', 'Playable characters', 'Ashfall Chronicles II characters'];
const fdActions = ['Sign in to edit', 'History', 'Purge', 'Talk (0)'];
const fdSpoiler = ['Spoiler warning!', 'This article contains major plot details from Ashfall Chronicles II.'];
// biome-ignore format: label and value pairs of the infobox
const fdInfo = [
  'Biographical information', 'Born', 'Year 412 of the Ember Calendar', 'Hometown', 'Saltmere', 'Affiliation', 'Warden Corps', 'Occupation',
  'Commander of Coldharbor', 'Game information', 'First appearance', 'Ashfall Chronicles (2019)', 'Voiced by', 'Harriet Lowe',
];
const fdInfoCaption = 'Maren in Ashfall Chronicles II';
const fdRefs = ['Ashfall Chronicles II, Chapter 3: “The Open Gate”.', 'Developer interview, Cinderlight Studios blog, March 2021.'];
const fdNavbox = ['Characters of the Ashfall Chronicles series', 'Wardens', 'Oswin Hale', 'Brenna Locke', 'Council', 'Regent Aldous', 'Lady Corvina'];
const fdRail = ['Popular Pages', 'Coldharbor', 'Oswin Hale', 'The Cinder Road (quest)', 'Endings'];
const fdLangs = ['Languages', 'Español', 'Deutsch'];
const fdFootCols = ['Explore properties', 'Fandom', 'Muthead', 'Fanatical', 'Follow Us', 'Overview', 'What is Fandom?', 'About', 'Careers', 'Press', 'Contact'];
const fdFootLinks = ['Terms of Use', 'Privacy Policy', 'Digital Services Act', 'Global Sitemap', 'Local Sitemap', 'Support', 'Help', 'Advertise', 'Media Kit'];
const fdApps = [
  'Fandom Apps',
  'Take your favorite fandoms with you and never miss a beat.',
  'Ashfall Chronicles Wiki is a FANDOM Games Community.',
  'View Mobile Site',
];
const fdRef = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const fdH = (lvl: number, t: string): string =>
  `<h${lvl}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><a href="/wiki/Maren_Vell?action=edit"
class="mw-editsection-visualeditor" title="Edit section: ${t}"><svg class="wds-icon wds-icon-tiny"><use xlink:href="#wds-icons-pencil-tiny"></use></svg></a>
</span></h${lvl}>`;
const fdPs = (paras: readonly string[], refAt = -1, ref = 0): string => paras.map((p, i) => `<p>${p}${i === refAt ? fdRef(ref) : ''}\n</p>`).join('\n');
const fdInfobox = `<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-character pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="name">${fdTitle}</h2>
<figure class="pi-item pi-image" data-source="image"><a href="https://static.wikia.nocookie.net/ashfall/images/maren.png" class="image image-thumbnail"
title="${fdTitle}"><img src="https://static.wikia.nocookie.net/ashfall/images/maren.png/revision/latest/scale-to-width-down/268" class="pi-image-thumbnail"
alt="${fdTitle}" width="268" height="340"></a><figcaption class="pi-item-spacing pi-caption">${fdInfoCaption}</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">${fdInfo[0]}</h2>
${[1, 3, 5, 7]
  .map(
    (i) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${fdInfo[i]!.toLowerCase()}"><h3 class="pi-data-label pi-secondary-font">
${fdInfo[i]}</h3><div class="pi-data-value pi-font">${fdInfo[i + 1]}</div></div>`,
  )
  .join('\n')}</section>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">${fdInfo[9]}</h2>
${[10, 12]
  .map(
    (i) => `<div class="pi-item pi-data pi-item-spacing pi-border-color"><h3 class="pi-data-label pi-secondary-font">${fdInfo[i]}</h3>
<div class="pi-data-value pi-font">${fdInfo[i + 1]}</div></div>`,
  )
  .join('\n')}</section></aside>`;
const fdToc = `<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
<li class="toclevel-1 tocsection-1"><a href="#Biography"><span class="tocnumber">1</span> <span class="toctext">Biography</span></a><ul>
<li class="toclevel-2 tocsection-2"><a href="#Early_life"><span class="tocnumber">1.1</span> <span class="toctext">Early life</span></a></li>
<li class="toclevel-2 tocsection-3"><a href="#Ashfall_Chronicles"><span class="tocnumber">1.2</span> <span class="toctext">Ashfall Chronicles</span></a></li>
<li class="toclevel-2 tocsection-4"><a href="#The_Siege_of_Coldharbor"><span class="tocnumber">1.3</span> <span class="toctext">The Siege of
Coldharbor</span></a></li></ul></li>
<li class="toclevel-1 tocsection-5"><a href="#Personality_and_abilities"><span class="tocnumber">2</span> <span class="toctext">Personality and
abilities</span></a>
</li>
<li class="toclevel-1 tocsection-6"><a href="#Trivia"><span class="tocnumber">3</span> <span class="toctext">Trivia</span></a></li>
<li class="toclevel-1 tocsection-7"><a href="#References"><span class="tocnumber">4</span> <span class="toctext">References</span></a></li></ul></div>`;
const fdNav = `<table class="navbox mw-collapsible" style="width:100%"><tbody><tr><th colspan="2" class="navbox-title">${fdNavbox[0]}</th></tr>
<tr><td class="navbox-group">${fdNavbox[1]}</td><td class="navbox-list"><a href="/wiki/Oswin_Hale">${fdNavbox[2]}</a> • <a
href="/wiki/Brenna_Locke">${fdNavbox[3]}</a>
</td></tr><tr><td class="navbox-group">${fdNavbox[4]}</td><td class="navbox-list"><a href="/wiki/Aldous">${fdNavbox[5]}</a> • <a
href="/wiki/Corvina">${fdNavbox[6]}</a></td></tr></tbody></table>`;
const fdHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Maren Vell | Ashfall Chronicles Wiki | Fandom</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="MediaWiki 1.39.7">
<meta property="og:site_name" content="Ashfall Chronicles Wiki"><meta property="og:type" content="article"><link rel="canonical"
href="https://ashfall.fandom.com/wiki/Maren_Vell">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"Maren Vell","url":"https://ashfall.fandom.com/wiki/Maren_Vell",
"author":{"@type":"Organization","name":"Ashfall Chronicles Wiki Community"},"publisher":{"@type":"Organization","name":"Fandom"}}</script>
<script>var fandomContext={"site":{"wikiId":2281904,"vertical":"games"}};RLCONF={"wgPageName":"Maren_Vell","wgTitle":"Maren Vell"};</script>
<link rel="stylesheet" href="https://ashfall.fandom.com/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop"></head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr ns-0 ns-subject page-Maren_Vell rootpage-Maren_Vell theme-fandomdesktop-dark is-content-expanded">
<div class="global-navigation" id="global-navigation"><a class="global-navigation__logo" href="https://www.fandom.com/"
title="Fandom"><svg><title>Fandom</title>
</svg></a><nav class="global-navigation__nav"><ul>${links(fdGlobal, 'global-navigation__link')}</ul></nav>
<div class="global-navigation__bottom"><span class="global-navigation__register-text">${fdAccount[0]}</span><a class="wds-button wds-is-secondary"
href="https://auth.fandom.com/register">${fdAccount[1]}</a><a class="wds-button" href="https://auth.fandom.com/signin">${fdAccount[2]}</a></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a accesskey="z" href="https://ashfall.fandom.com" class="fandom-community-header__community-name">${fdWiki}</a>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(fdLocal, 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en" dir="ltr"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__categories"><span class="page-header__categories-in">in:</span> <a href="/wiki/Category:Characters">Characters</a>, ${fdCats
  .slice(0, 2)
  .map((c) => `<a href="/wiki/Category:${c}">${c}</a>`)
  .join(
    ', ',
  )}, <div class="wds-dropdown page-header__categories-dropdown"><span>and 2 more</span><div class="wds-dropdown__content"><ul>${links(fdCats.slice(2))}
</ul></div></div></div></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">${fdTitle}</h1><div class="page-header__actions">
<a id="ca-edit" class="wds-button wds-is-text page-header__action-button has-label" href="/wiki/Special:SignIn">${fdActions[0]}</a>
<div class="wds-dropdown page-header__action-dropdown"><ul class="wds-list wds-is-linked">${links(fdActions.slice(1))}</ul></div></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="article-notice spoiler"><tbody><tr><td><b>${fdSpoiler[0]}</b><br>${fdSpoiler[1]}</td></tr></tbody></table>
${fdInfobox}
${fdPs(fdIntro)}
${fdToc}
${fdH(2, fdHeads[0]!)}${fdH(3, fdHeads[1]!)}${fdPs(fdEarly)}${fdH(3, fdHeads[2]!)}${fdPs(fdFirst)}${fdH(3, fdHeads[3]!)}${fdPs(fdSiege, 1, 1)}
${fdH(2, fdHeads[4]!)}${fdPs(fdPersonality)}
${fdH(2, fdHeads[5]!)}<ul>${fdTrivia.map((t, i) => `<li>${t}${i === 0 ? fdRef(2) : ''}</li>`).join('\n')}</ul>
${fdH(2, 'References')}<div class="mw-references-wrap"><ol class="references">${fdRefs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
${fdNav}
</div></div></div>
<div class="page-footer"><div id="articleCategories" class="categories"><div class="page-footer__categories wds-collapsible-panel"><header>Categories</header>
<ul class="categories">${links(['Characters', ...fdCats])}</ul></div></div>
<div class="page-footer__languages"><span>${fdLangs[0]}</span><ul>${links(fdLangs.slice(1))}</ul></div>
<div class="license-description">Community content is available under <a href="https://www.fandom.com/licensing">CC-BY-SA</a> unless otherwise noted.</div>
</div></main>
<aside class="page__right-rail"><div id="WikiaRail"><div class="ad-slot-placeholder top-boxad"><span class="ad-label">Advertisement</span></div>
<section class="rail-module popular-pages"><h2 class="rail-module__header">${fdRail[0]}</h2><ul>${links(fdRail.slice(1))}</ul></section></div></aside></div>
</div></div>
<footer class="global-footer"><div class="global-footer__content"><ul>${links(fdFootCols)}</ul><ul>${links(fdFootLinks)}</ul>
<div class="global-footer__apps"><h3>${fdApps[0]}</h3><p>${fdApps[1]}</p></div><p class="global-footer__bottom">${fdApps[2]}</p>
<a class="global-footer__mobile" href="?mobileaction=toggle_view_mobile">${fdApps[3]}</a></div></footer>
<script src="https://ashfall.fandom.com/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;skin=fandomdesktop" async></script></body></html>`;
const fandom: TestPage = {
  html: fdHtml,
  name: 'heldout75-fandom-wiki-character',
  kind: 'wiki',
  // the intro, the three sections with their h3 subsections and the trivia list are the article; the footnote markers ("[1]")
  // at the ends of a paragraph and a list item are in neither list, the "References" section is furniture; the spoiler
  // notice at the top of the content, the infobox (its title repeats the page title and is left out), the contents box, the
  // navbox, categories, languages, the licence line, rail and the global and community navigation are furniture; the
  // category "Characters" is also a local menu item: listed once
  title: fdTitle,
  headings: fdHeads,
  body: texts([...fdIntro, ...fdEarly, ...fdFirst, ...fdSiege, ...fdPersonality, ...fdTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fdGlobal, ...fdAccount, fdWiki, ...fdLocal, 'in:', ...fdCats, 'and 2 more', ...fdActions, ...fdSpoiler, fdInfoCaption, ...fdInfo, 'Contents',
    'References', ...fdRefs, ...fdNavbox.filter((t) => t !== 'Oswin Hale' && t !== 'Wardens'), 'Categories', ...fdLangs,
    'Community content is available under CC-BY-SA unless otherwise noted.', 'Advertisement', ...fdRail, ...fdFootCols, ...fdFootLinks, ...fdApps,
  ],
};

export const HELDOUT75_E: readonly TestPage[] = [fandom, quoraQuestion];
