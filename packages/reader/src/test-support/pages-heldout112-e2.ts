import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 112, file e2: a Fandom (MediaWiki) wiki article (the global navigation with "Explore", "Start a Wiki" and
 * "Sign In", the community header with wiki name, page counts and nav, the "Fan Feed", the article header with categories
 * dropdown, "Edit" and "Sign in to edit", the portable infobox, the toc, the ad slots, the "Trivia" list, "Community
 * content is available under CC-BY-SA unless otherwise noted", the "More Fandoms" rail and the global footer).
 * Portable infobox labels and values are furniture; trivia items are body.
 */
const title = 'Captain Ysolde Marr';
const p1 = [
  'Captain Ysolde Marr is a major character in Tidebreaker, serving as the commander of the salvage ship Grey Heron and the ' +
    'main rival of the protagonist during the first two acts. She becomes a reluctant ally in Act III after the Drowned Crown ' +
    'is recovered.',
];
const h1 = 'Biography';
const h1a = 'Early life';
const p2 = [
  'Marr was born in the port city of Saltreach to a family of lamplighters. At fifteen she signed on as a deckhand with the ' +
    'Greywater Company, where she learned navigation from the company’s chief pilot, Osric Dunne. By the age of twenty-six she ' +
    'had her own ship, bought with salvage money from the wreck of the Amaranth.',
];
const h1b = 'Events of Tidebreaker';
const p3 = [
  'Marr first appears in the chapter "Low Water", where she beats the player to the wreck of the Stillwind and takes the first ' +
    'piece of the map. Throughout Act I she appears at the same dive sites as the player, and the two trade insults over the radio.',
  'In Act II, after the Greywater Company abandons her crew in the Shoals, Marr is forced to ask the player for help. Depending on ' +
    'the player’s choice in "The Long Tow", she either joins the final expedition or is left stranded, which changes the ending.',
];
const h2 = 'Personality';
const p4 = [
  'Marr is blunt, competitive and fiercely loyal to her crew. She distrusts the Greywater Company long before the player does and ' +
    'is openly contemptuous of treasure hunters who dive for fame rather than money. Several of her lines suggest she still ' +
    'grieves for Osric Dunne, who died on the Amaranth dive.',
  'Her relationship with her first mate, Corwin Lusk, is one of the few places where she shows any warmth, and their ' +
    'conversations on the deck of the Grey Heron fill in much of her backstory.',
];
const h3 = 'Trivia';
const trivia = [
  'Marr was originally written as a male character named Ysander; the change was made late in development.',
  'Her ship, the Grey Heron, is named after the bird on the Saltreach harbour flag.',
  'She is the only character other than the protagonist who can be seen diving without a helmet.',
];
const global = ['Explore', 'Fandom Apps', 'Start a Wiki', 'Sign In', "Don't have an account?", 'Register'];
const community = ['Tidebreaker Wiki', '412 pages', 'Characters', 'Locations', 'Chapters', 'Community', 'Fan Feed'];
const header = ['in:', 'Characters', 'Act III', 'Antagonists', 'English', 'Edit', 'Sign in to edit', 'History', 'Talk (0)', 'Contents', 'hide'];
const infobox = [
  'Ysolde Marr',
  'Biographical information',
  'Born',
  'Saltreach',
  'Occupation',
  'Ship captain',
  'Affiliation',
  'Greywater Company (formerly)',
  'Voiced by',
  'Tamsin Rooke',
];
const ads = ['Advertisement'];
const license = 'Community content is available under CC-BY-SA unless otherwise noted.';
const fanFeed = ['More Tidebreaker Wiki', 'Osric Dunne', 'The Grey Heron', 'Low Water'];
const more = ['More Fandoms', 'Adventure', 'Tidebreaker'];
const footer = [
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
  'Community',
  'Community Central',
  'Support',
  'Help',
  'Advertise',
  'Media Kit',
  'Fandom Apps',
  'Take your favorite fandoms with you and never miss a beat.',
  'Tidebreaker Wiki is a FANDOM Games Community.',
];
const h = (lvl: number, t: string): string =>
  `<h${lvl}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><a href="#">Edit</a></span></h${lvl}>`;
const html = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${title} | Tidebreaker Wiki | Fandom</title>
<script>(function(){var className="client-js";document.documentElement.className=className;})();RLCONF={"wgPageName":"Captain_Ysolde_Marr",
"wgCityId":"2210345"};</script>
<meta name="description" content="Captain Ysolde Marr is a major character in Tidebreaker."><meta property="og:site_name" content="Tidebreaker Wiki">
<meta property="og:type" content="article">
<meta name="generator" content="MediaWiki 1.39.7"><link rel="canonical" href="https://tidebreaker.fandom.com/wiki/Captain_Ysolde_Marr">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","url":"https://tidebreaker.fandom.com/wiki/Captain_Ysolde_Marr",
"name":"${title}",
"about":{"@type":"Thing","name":"Tidebreaker"},"author":{"@type":"Organization","name":"Tidebreaker Wiki"}}</script>
<script src="https://static.wikia.nocookie.net/fandom-ae-assets/platforms/v6.12.0/ucp-desktop/main.bundled.js" async></script></head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr ns-0 ns-subject page-Captain_Ysolde_Marr rootpage-Captain_Ysolde_Marr theme-fandomdesktop-dark">
<div class="global-navigation" data-testid="global-navigation"><div class="global-navigation__top">
<a class="global-navigation__logo" href="https://www.fandom.com/"></a>
<nav class="global-navigation__links">${links(global.slice(0, 3), 'global-navigation__link')}</nav></div>
<div class="global-navigation__bottom"><div class="wds-dropdown"><a href="/signin">${global[3]}</a><div class="wds-dropdown__content"><p>${global[4]}</p>
<a href="/register">${global[5]}</a></div></div></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__community-name" href="/wiki/">${community[0]}</a><div class="fandom-community-header__top-container">
<span class="community-header__counter">${community[1]}</span></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(community.slice(2, 7), 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" id="content" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__categories"><span class="page-header__categories-in">${header[0]}</span> ${header
  .slice(1, 4)
  .map((c) => `<a href="/wiki/Category:${c}">${c}</a>`)
  .join(', ')}
<div class="wds-dropdown page-header__languages"><span>${header[4]}</span></div></div></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${title}</span></h1>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button has-label">${header[5]}</a>
<span class="wds-dropdown"><a href="/signin">${header[6]}</a><a href="?action=history">${header[7]}</a>
<a href="/wiki/Talk:Captain_Ysolde_Marr">${header[8]}</a></span></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title" data-source="name">${infobox[0]}</h2>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font">${infobox[1]}</h2>
${[2, 4, 6, 8]
  .map(
    (i) => `<div class="pi-item pi-data pi-item-spacing pi-border-color"><h3 class="pi-data-label pi-secondary-font">${infobox[i]}</h3>
<div class="pi-data-value pi-font">${infobox[i + 1]}</div></div>`,
  )
  .join('\n')}
</section></aside>${ps(p1)}<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle">
<h2 id="mw-toc-heading">${header[9]}</h2>
<span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox">${header[10]}</label></span></div></div>
<div id="incontent_player" class="ad-slot-placeholder"><div class="ad-slot-label">${ads[0]}</div></div>
${h(2, h1)}${h(3, h1a)}${ps(p2)}${h(3, h1b)}${ps(p3)}${h(2, h2)}${ps(p4)}${h(2, h3)}<ul>${trivia.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
<div class="page-footer"><div class="license-description">${license}</div></div>
<div id="articleCategories" class="page-footer__categories wds-collapsible-panel"><header class="wds-collapsible-panel__header"><h2>Categories</h2>
</header></div></div></main>
<aside class="page__right-rail"><div id="WikiaRail"><section class="rail-module recent-wiki-activity"><h2 class="rail-module__header">${fanFeed[0]}</h2>
<ul>${links(fanFeed.slice(1))}</ul></section><div class="rail-sticky-module"><div id="top_boxad" class="ad-slot"><span>${ads[0]}</span></div></div></div>
</aside></div>
<section class="mcf-wrapper"><h2>${more[0]}</h2><ul>${links(more.slice(1), 'mcf-tag')}</ul></section></div></div>
<footer class="global-footer"><div class="global-footer__content">${footer
  .slice(0, 23)
  .map((f) => `<a class="global-footer__link" href="#">${f}</a>`)
  .join('\n')}
<p>${footer[23]}</p><div class="global-footer__bottom">${footer[24]}</div></div></footer></body></html>`;

export const fandomPage: TestPage = {
  name: 'heldout112-fandom-wiki',
  kind: 'wiki',
  html,
  title,
  headings: [h1, h1a, h1b, h2, h3],
  body: texts([...p1, ...p2, ...p3, ...p4, ...trivia]),
  bylines: [],
  furniture: [...new Set([...global, ...community, ...header, ...infobox, ...ads, license, ...fanFeed, ...more, ...footer, 'Categories'])],
};
