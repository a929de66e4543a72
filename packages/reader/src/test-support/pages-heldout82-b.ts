import { links, type TestPage, texts } from './page-kit.js';
import { clinicPage } from './pages-heldout82-b2.js';

/**
 * Held-out batch 82, file b: a Fandom game-wiki article in the FandomDesktop skin (global top navigation and explore rail, the
 * community header with page count and local menus, the page header with "in:" categories and edit actions, a spoiler notice
 * and a portable infobox at the top of the content, the table of contents, in-content and leaderboard ad slots, "[edit]"
 * links, a gallery with captions, the category bar, the right rail's popular pages, the "Fan Feed" and the global footer),
 * and a health-library condition page on a Cleveland Clinic-style site (file b2).
 */
const fdTitle = 'Gloamwarden';
const fdIntro = [
  'The <b>Gloamwarden</b> is an optional boss in <i><a href="/wiki/Ember_Tides">Ember Tides</a></i>, fought at the bottom of the ' +
    '<a href="/wiki/Drowned_Chapel">Drowned Chapel</a> in Act II. Once the keeper of the lighthouse at Saltmere, it guards the Tidebell, one of ' +
    'the three bells needed for the true ending.',
  'It is widely considered the hardest optional encounter before the Ashen Crown update, and defeating it without taking damage unlocks the ' +
    'achievement <i>Still Waters</i>.',
];
const fdLore = [
  'According to the journals found in the Keeper’s Quarters, the warden was a woman named Isolde Varr who kept the Saltmere light burning ' +
    'through the Long Tide. When the sea rose over the chapel she chained herself to the bell rather than abandon it, and the Gloam slowly ' +
    'turned her into the creature the player meets.',
  'Her last journal entry, dated the ninth night of the flood, hints that the bell itself called the water in. Several players have noted that ' +
    'the boss never strikes the bell directly, even in its second phase.',
];
const fdLocation = [
  'The arena is reached through the flooded nave of the Drowned Chapel. The player needs the <a href="/wiki/Lantern_of_Brine">Lantern of ' +
    'Brine</a>, found in the Kelp Archives, to light the way down; without it the stairway stays dark and the arena door cannot be found.',
];
const fdStrategy = [
  'The fight has two phases. A shield with high poise and the Tideward charm make the first phase much easier, and fire damage is strongly ' +
    'recommended for both.',
];
const fdPhase1 = ['In the first phase the Gloamwarden stays near the bell and attacks with its chain. Its attacks are slow but have a long reach:'];
const fdPhase1List = [
  '<b>Chain Sweep</b> – a wide horizontal swing. Roll towards the boss, not away, to avoid the second hit.',
  '<b>Bell Toll</b> – the boss strikes the floor beside the bell, sending a shockwave across the arena. Dodge through it just before it reaches you.',
  '<b>Undertow</b> – pulls the player towards the boss. Sprint away for two seconds to break free.',
];
const fdPhase2 = [
  'At half health the water rises to knee height, slowing the player down. The boss leaves the bell and starts to chase the player, mixing its ' +
    'chain attacks with a grab that deals heavy damage and drains stamina.',
  'The safest approach is to stay on the raised pews along the east wall, where the water does not reach, and to punish the boss after each ' +
    'grab attempt. A thrown Brine Flask interrupts the grab if it is timed well.',
];
const fdDrops = ['Tidebell (key item)', 'Warden’s Chain (weapon)', '12,000 Embers', 'Isolde’s Locket (first defeat only)'];
const fdTrivia = [
  'The Gloamwarden was originally planned as a main boss and was made optional late in development, according to the game’s art book.',
  'Its voice lines are played backwards; reversed, they repeat the last line of Isolde’s journal.',
  'Patch 1.04 reduced the damage of Undertow by 20% after players reported being pulled through the arena wall.',
];
const fdSpoiler = 'Warning: this article contains spoilers for Act II of Ember Tides. Read at your own risk!';
const fdCats = ['Bosses', 'Act II', 'Optional bosses', 'Drowned Chapel'];
const fdGallery = ['Concept art from the Ember Tides art book', 'The Gloamwarden in its second phase'];
const fdGlobal = ['Games', 'Anime', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fdLocal = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent blog posts'];
const fdLocal2 = ['Game', 'Characters', 'Locations', 'Items', 'Walkthrough'];
const fdPopular = ['Ashen Crown', 'Isolde Varr', 'Tidebell', 'Kelp Archives', 'Endings'];
const fdFanFeed = ['More Ember Tides Wiki', 'Saltmere', 'Brine Flask', 'Achievements'];
const fdFoot = [
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
];
const fdFootCommunity = ['Community Central', 'Support', 'Help'];
const fdAffiliate = 'Fandom may earn an affiliate commission on sales made from links on this page.';
const fdLicense = 'Community content is available under CC-BY-SA unless otherwise noted.';
const fdApps = 'Take your favorite fandoms with you and never miss a beat.';
const fdPs = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('');
const fdH = (level: 2 | 3, text: string, section: number): string =>
  `<h${level}><span class="mw-headline" id="${text.replace(/ /g, '_')}">${text}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a
href="/wiki/Gloamwarden?action=edit&amp;section=${section}" title="Edit section: ${text}">edit</a><span
class="mw-editsection-bracket">]</span></span></h${level}>`;
const fdAd = (
  id: string,
): string => `<div class="ad-slot-placeholder ${id} is-loading" id="${id}" data-slot-name="${id}"><div class="ad-slot-label">Advertisement</div>
</div>`;
const fdToc = ['Lore', 'Location', 'Strategy', 'Phase one', 'Phase two', 'Drops', 'Trivia', 'Gallery'];
const fdInfobox = `<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="name">Gloamwarden</h2>
<figure class="pi-item pi-image" data-source="image"><a href="https://static.wikia.nocookie.net/embertides/images/6/6b/Gloamwarden.png/revision/latest"
class="image image-thumbnail" title=""><img
src="https://static.wikia.nocookie.net/embertides/images/6/6b/Gloamwarden.png/revision/latest/scale-to-width-down/268"
class="pi-image-thumbnail" alt="" width="268" height="268"></a></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Information</h2>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="area"><h3 class="pi-data-label pi-secondary-font">Area</h3>
<div class="pi-data-value pi-font">Drowned Chapel</div></div>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="hp"><h3 class="pi-data-label pi-secondary-font">HP</h3>
<div class="pi-data-value pi-font">8,400 (NG) / 11,760 (NG+)</div></div>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="weak"><h3 class="pi-data-label pi-secondary-font">Weakness</h3>
<div class="pi-data-value pi-font">Fire</div></div>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="optional"><h3 class="pi-data-label pi-secondary-font">Optional</h3>
<div class="pi-data-value pi-font">Yes</div></div></section></aside>`;
const fdHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${fdTitle} | Ember Tides Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Gloamwarden","wgTitle":"Gloamwarden","wgCityId":"2281904",
"wgCanonicalNamespace":"","wgIsArticle":true,"wgArticleId":1184};</script>
<meta name="description" content="The Gloamwarden is an optional boss in Ember Tides, fought at the bottom of the Drowned Chapel in Act II.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Ember Tides Wiki">
<meta property="og:title" content="${fdTitle}"><meta property="og:type" content="article">
<link rel="stylesheet" href="https://embertides.fandom.com/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","about":{"@type":"Thing","name":"Gloamwarden"},"author":{"@type":
"Organization","name":"Ember Tides Wiki Community"},"headline":"Gloamwarden","url":"https://embertides.fandom.com/wiki/Gloamwarden","publisher":{"@type":
"Organization","name":"Fandom, Inc."}}</script>
<script src="https://static.wikia.nocookie.net/silversurfer/video/prod/tracking-opt-in.min.js"></script></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Gloamwarden rootpage-Gloamwarden skin-fandomdesktop action-view
theme-fandomdesktop-dark has-global-top-navigation">
<div class="global-top-navigation" id="global-top-navigation"><div class="global-top-navigation__start"><a href="https://www.fandom.com/"
class="global-top-navigation__logo" aria-label="Fandom"><svg class="wds-icon"><use xlink:href="#wds-brand-fandom-logo"></use></svg></a></div>
<div class="global-top-navigation__center"><form class="search-container" action="https://embertides.fandom.com/wiki/Special:Search">
<input type="search" name="query" placeholder="Search" aria-label="Search" autocomplete="off"></form></div>
<div class="global-top-navigation__end"><a class="wds-button wds-is-secondary" href="https://auth.fandom.com/signin">Sign In</a>
<a class="wds-button" href="https://auth.fandom.com/register">Register</a></div></div>
<nav class="global-explore-navigation" id="global-explore-navigation"><ul
class="global-explore-navigation__top">${links(fdGlobal, 'global-explore-navigation__item')}
</ul></nav>
<div class="main-container"><div class="fandom-community-header__background cover fullScreen"></div><div class="resizable-container">
<div class="community-header-wrapper"><header class="fandom-community-header"><a href="https://embertides.fandom.com" class="fandom-community-header__image">
<img src="https://static.wikia.nocookie.net/embertides/images/e/e6/Site-logo.png" width="65" height="65" alt="Ember Tides Wiki"></a>
<div class="fandom-community-header__top-container"><div class="fandom-community-header__community-name-wrapper"><a href="https://embertides.fandom.com"
class="fandom-community-header__community-name">Ember Tides Wiki</a><div class="fandom-community-header__counter"><span class="wds-dropdown__toggle">
<span class="fandom-community-header__counter-value">1,284</span> <span class="fandom-community-header__counter-label">pages</span></span></div></div>
<div class="fandom-community-header__top-action"><a class="wds-button wds-is-text" href="/wiki/Special:SignUp">Create account</a></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(fdLocal, 'wds-tabs__tab')}
${links(fdLocal2, 'wds-tabs__tab')}</ul></nav></header></div>
<div class="top-ads-container">${fdAd('top_leaderboard')}</div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in: </span>${fdCats
  .slice(0, 3)
  .map((c) => `<a href="/wiki/Category:${c.replace(/ /g, '_')}" data-tracking-label="categories-top-more-0">${c}</a>`)
  .join(', ')}<div class="wds-dropdown page-header__categories-dropdown"><span>, </span><div class="wds-dropdown__toggle">and 1 more</div>
<div class="wds-dropdown__content page-header__categories-dropdown-content wds-is-left-aligned"><ul class="wds-list wds-is-linked">${links(fdCats.slice(3))}
</ul></div></div></div><div class="page-header__languages"><div class="wds-dropdown"><div class="wds-dropdown__toggle">English</div>
<div class="wds-dropdown__content"><ul class="wds-list wds-is-linked">${links(['Español', 'Deutsch'])}</ul></div></div></div></div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">
<span class="mw-page-title-main">${fdTitle}</span></h1></div>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button has-label" href="/wiki/Gloamwarden?action=edit"
accesskey="e"><svg class="wds-icon wds-icon-small"><use xlink:href="#wds-icons-pencil-small"></use></svg><span>Sign in to edit</span></a>
<div class="wds-dropdown page-header__action-dropdown"><div class="wds-dropdown__toggle"><span>More</span></div><div
class="wds-dropdown__content wds-is-right-aligned">
<ul class="wds-list wds-is-linked">${links(['History', 'Purge', 'Talk (0)'])}</ul></div></div></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<table class="notice-spoiler" style="width:100%; border:1px solid #8a1c1c; background:#2a1212;"><tbody><tr><td style="width:40px">
<img alt="" src="https://static.wikia.nocookie.net/embertides/images/a/a9/Spoiler-icon.png" width="32" height="32"></td>
<td><b>Warning:</b> this article contains spoilers for Act II of <i>Ember Tides</i>. Read at your own risk!</td></tr></tbody></table>
${fdInfobox}
${fdPs(fdIntro)}
<div id="incontent_player" class="ad-slot-placeholder" itemprop="video" itemscope itemtype="http://schema.org/VideoObject">
<div class="ad-slot-label">Advertisement</div></div>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>${fdToc
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${fdH(2, 'Lore', 1)}
${fdPs(fdLore)}
${fdH(2, 'Location', 2)}
${fdPs(fdLocation)}
${fdH(2, 'Strategy', 3)}
${fdPs(fdStrategy)}
${fdH(3, 'Phase one', 4)}
${fdPs(fdPhase1)}<ul>${fdPhase1List.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${fdH(3, 'Phase two', 5)}
${fdPs(fdPhase2)}
${fdAd('incontent_boxad_1')}
${fdH(2, 'Drops', 6)}
<ul>${fdDrops.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${fdH(2, 'Trivia', 7)}
<ul>${fdTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${fdH(2, 'Gallery', 8)}
<div id="gallery-0" class="wikia-gallery wikia-gallery-caption-below wikia-gallery-position-center wikia-gallery-spacing-medium">${fdGallery
  .map(
    (c, i) => `<div class="wikia-gallery-item"><div class="thumb"><div class="gallery-image-wrapper accent"><a href="/wiki/File:Gloamwarden_${i + 1}.png"
class="image link-internal"><img src="https://static.wikia.nocookie.net/embertides/images/Gloamwarden_${i + 1}.png" alt="" width="185"
height="185"></a></div></div>
<div class="lightbox-caption" style="width:185px">${c}</div></div>`,
  )
  .join('\n')}</div>
</div></div></div>
<div class="page-footer"><div class="license-description">${fdLicense}</div>
<div class="wds-collapsible-panel page-footer__categories"><header class="wds-collapsible-panel__header"><span>Categories</span></header>
<div class="wds-collapsible-panel__content"><ul class="categories">${links(fdCats, 'category normal')}</ul></div></div></div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper"><div class="rail-module" id="ad-rail">${fdAd('top_boxad')}</div>
<section class="rail-module popular-pages"><h2 class="rail-module__header">Popular Pages</h2><ul class="rail-module__list">${links(fdPopular)}</ul></section>
</div></aside></div>
<div id="mixed-content-footer" class="mcf-wrapper"><div class="mcf-content"><h2 class="mcf-header">Fan Feed</h2>
<div class="mcf-column"><h3 class="mcf-card-wiki-articles__header">${fdFanFeed[0]}</h3><ul class="mcf-card-wiki-articles__list">${links(fdFanFeed.slice(1))}
</ul></div></div></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><div class="global-footer__section"><h2 class="global-footer__section-header">Explore
properties</h2><ul>${links(['Fandom', 'Muthead', 'Fanatical'])}</ul></div>
<div class="global-footer__section"><h2 class="global-footer__section-header">Follow Us</h2></div>
<div class="global-footer__section"><h2 class="global-footer__section-header">Overview</h2><ul>${links(fdFoot)}</ul></div>
<div class="global-footer__section"><h2 class="global-footer__section-header">Community</h2><ul>${links(fdFootCommunity)}</ul></div>
<div class="global-footer__section"><h2 class="global-footer__section-header">Advertise</h2><ul>${links(['Media Kit'])}</ul></div>
<div class="global-footer__section"><h2 class="global-footer__section-header">Fandom Apps</h2><p>${fdApps}</p></div>
<div class="global-footer__bottom"><p>Ember Tides Wiki is a FANDOM Games Community.</p><p>${fdAffiliate}</p>
<a href="?mobileaction=toggle_view_mobile" class="global-footer__link">View Mobile Site</a></div></div></footer>
<script>window.fandomContext={"site":{"siteName":"Ember Tides Wiki","vertical":"games"},"page":{"articleTitle":"Gloamwarden"}};</script>
<script src="https://static.wikia.nocookie.net/fandom-ae-assets/platforms/v2/ucp-desktop/main.js" async></script></body></html>`;
const fandomPage: TestPage = {
  html: fdHtml,
  name: 'heldout82-fandom-game-wiki-article',
  kind: 'wiki',
  // the intro, every section paragraph and list item are body (drops and trivia too); the infobox is in neither list and
  // so are the table of contents' entries (copies of the headings); "Gallery" holds only captioned images, so it is not a
  // heading of the article text: its captions are furniture, as are the spoiler notice, ad labels, "[edit]" links,
  // categories, the rails, the Fan Feed and the footers
  title: fdTitle,
  headings: ['Lore', 'Location', 'Strategy', 'Phase one', 'Phase two', 'Drops', 'Trivia'],
  body: texts([...fdIntro, ...fdLore, ...fdLocation, ...fdStrategy, ...fdPhase1, ...fdPhase1List, ...fdPhase2, ...fdDrops, ...fdTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Sign In', 'Register', ...fdGlobal, 'Ember Tides Wiki', '1,284', 'pages', 'Create account', ...fdLocal,
    ...fdLocal2, 'Advertisement', 'in:', ...fdCats.filter((c) => c !== 'Drowned Chapel'), 'and 1 more', 'English', 'Español', 'Deutsch',
    'Sign in to edit', 'More', 'History', 'Purge', 'Talk (0)', fdSpoiler, 'Contents', '[edit]', 'Gallery', ...fdGallery, fdLicense, 'Categories',
    'Popular Pages', ...fdPopular.filter((t) => t !== 'Tidebell'), 'Fan Feed', ...fdFanFeed.slice(0, 3), 'Explore properties', 'Fandom', 'Muthead',
    'Fanatical', 'Follow Us', 'Overview', ...fdFoot, ...fdFootCommunity, 'Advertise', 'Media Kit', 'Fandom Apps', fdApps,
    'Ember Tides Wiki is a FANDOM Games Community.', fdAffiliate, 'View Mobile Site',
  ])],
};

export const HELDOUT82_B: readonly TestPage[] = [fandomPage, clinicPage];
