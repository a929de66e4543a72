import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 157, helper b2: a Fandom (UCP) wiki article about a level of an (invented) video game: the global top
 * navigation, the community header with its wiki menus, the page header with categories and edit actions, a spoiler
 * notice template above the text, a portable infobox whose data labels are h3s, a gallery with captions, a navbox, the
 * categories, the article comments, the right rail (ads, "Popular Pages"), the licence line and the Fandom global footer.
 */
const title = 'Sunken Lantern Caverns';
const spoiler = 'Spoiler warning: Plot and/or ending details follow.';
const lead = [
  `<b>Sunken Lantern Caverns</b> is the seventh level of <i>Hollowmere</i> and the first level of Chapter 3, "The Drowned Roads". It is the first level
in which the player controls both Wren and her lantern spirit, Pim, at the same time.`,
];
const h1 = 'Overview';
const p1 = [
  `The caverns lie beneath the ruined town of Old Saltry, flooded when the sea wall failed in the game's backstory. The level is built around a
rising and falling water line: every few minutes the tide floods the lower passages, and the player has to reach high ground or find an air pocket.`,
  'Pim can be sent ahead to light dark passages, but the lantern goes out if it touches the water, forcing the player to find one of the shrines to ' +
    'relight it.',
];
const h2 = 'Walkthrough';
const h2a = 'The Flooded Stair';
const p2 = [
  `From the start, follow the stair down until the water reaches Wren's knees. Send Pim across the gap to the left to light the first shrine. While the
tide is out, drop into the lower passage and collect the first Tidepearl behind the collapsed cart.`,
  'When the bell rings, climb back to the stair at once; the lower passage floods in about twenty seconds.',
];
const h2b = 'The Lantern Hall';
const p2b = [
  `The hall has six unlit braziers. They must be lit in the order shown on the mural at the entrance: the two nearest the door, then the pair on the
far wall, then the two on the central island. Lighting them out of order makes the water rise early.`,
  `Once all six are lit, the Drowned Warden appears. It can only be damaged while its back is lit, so keep Pim behind it and strike when its shell
glows. After the fight, the floor drains and reveals the exit to Saltry Docks.`,
];
const h3 = 'Collectibles';
const p3 = ['There are five Tidepearls and one Lost Page in this level:'];
const coll = [
  'Tidepearl 1 – behind the collapsed cart in the lower passage.',
  'Tidepearl 2 – at the top of the rope ladder beside the second shrine.',
  'Tidepearl 3 – inside the air pocket under the Lantern Hall floor.',
  'Tidepearl 4 – on a ledge reachable only by riding the tide up.',
  'Tidepearl 5 – dropped by the Drowned Warden.',
  'Lost Page: "The Saltry Ferryman" – on the desk in the flooded harbour office.',
];
const h4 = 'Trivia';
const trivia = [
  'The level was originally planned as a night-time surface level, as shown in early trailers.',
  'The music track "Under Saltry" is the only one in the game that uses a real church organ.',
  'If the player waits on the stair for five minutes without moving, Pim falls asleep and dims.',
];
const gallery = ['Concept art of the Lantern Hall', 'The Drowned Warden in its lit state', 'The mural showing the brazier order'];
const infoLabels = ['Chapter', 'Previous level', 'Next level', 'Boss', 'Collectibles'];
const infoValues = ['3 – The Drowned Roads', 'Gullwing Cliffs', 'Saltry Docks', 'Drowned Warden', '5 Tidepearls, 1 Lost Page'];
const infoCaption = 'The entrance to the caverns at low tide';
const topNav = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const wikiNav = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent blog posts', 'Game', 'Characters', 'Levels'];
const headerCats = ['Levels', 'Chapter 3', 'Boss levels'];
const navTitle = 'Hollowmere levels';
const navItems = ['Gullwing Cliffs', 'Saltry Docks', 'The Bell Tower', 'Marrow Fen', 'Old Saltry'];
const comments = [
  ['TideRunner88', 'The brazier order is mirrored if you play on the Switch version with the left-handed option on. Took me ages.'],
  ['Moss_and_Lantern', 'Tidepearl 4 is easier if you wait for the second tide, the ledge lines up better.'],
];
const popular = ['Wren', 'Pim', 'Endings', 'Tidepearls', 'Marrow Fen'];
const footer = [
  'Explore properties',
  'Fandom',
  'Fanatical',
  'GameSpot',
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
const licence = 'Community content is available under CC-BY-SA unless otherwise noted.';
const gamesCommunity = 'Hollowmere Wiki is a FANDOM Games Community.';
const head = (t: string, n: number): string =>
  `<h${n}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/wiki/Sunken_Lantern_Caverns?action=edit&amp;section=1" title="Edit section: ${t}">edit</a><span
class="mw-editsection-bracket">]</span></span></h${n}>`;
const info = `<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="title">Sunken Lantern Caverns</h2>
<figure class="pi-item pi-image" data-source="image"><a href="https://static.wikia.example/hollowmere/images/caverns.png" class="image image-thumbnail"
title=""><img src="https://static.wikia.example/hollowmere/images/caverns.png/revision/latest/scale-to-width-down/268" class="pi-image-thumbnail" alt=""
width="268" height="151"></a><figcaption class="pi-item-spacing pi-caption">${infoCaption}</figcaption></figure>
${infoLabels
  .map(
    (
      l,
      i,
    ) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${l.toLowerCase()}"><h3 class="pi-data-label pi-secondary-font">${l}</h3>
<div class="pi-data-value pi-font">${infoValues[i]}</div></div>`,
  )
  .join('\n')}</aside>`;
const html = `<!DOCTYPE html>
<html class="theme-fandomdesktop-light" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Sunken Lantern Caverns | Hollowmere Wiki | Fandom</title>
<meta name="description" content="Sunken Lantern Caverns is the seventh level of Hollowmere and the first level of Chapter 3.">
<meta property="og:site_name" content="Hollowmere Wiki"><meta property="og:type" content="article"><meta name="viewport" content="width=device-width,
initial-scale=1">
<link rel="canonical" href="https://hollowmere.fandom.example/wiki/Sunken_Lantern_Caverns">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","about":{"@type":"Thing","name":"Sunken Lantern Caverns"},
"author":{"@type":"Organization","name":"Hollowmere Wiki Community"},
"headline":"Sunken Lantern Caverns","url":"https://hollowmere.fandom.example/wiki/Sunken_Lantern_Caverns",
"license":"https://www.fandom.com/licensing","publisher":{"@type":"Organization","name":"Fandom"}}</script>
<script>var fandomContext={"site":{"wikiId":2291554,"communityName":"Hollowmere Wiki","vertical":"games"}};</script>
<script src="https://static.wikia.example/silversurfer/video/prod/dist/latest/jwplayer-fandom.min.js" async></script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop"></head>
<body class="skin-fandomdesktop mediawiki ltr ns-0 ns-subject page-Sunken_Lantern_Caverns rootpage-Sunken_Lantern_Caverns has-right-rail">
<div class="global-top-navigation" id="global-top-navigation"><div class="global-top-navigation__left"><a href="https://www.fandom.example/"
class="global-top-navigation__logo" aria-label="Fandom"><svg class="wds-icon"><use xlink:href="#wds-brand-fandom-logo"></use></svg></a>
<nav class="global-explore-navigation"><ul>${links(topNav, 'global-explore-navigation__item')}</ul></nav></div>
<div class="global-top-navigation__right"><form class="search-box"><input type="search" placeholder="Search" aria-label="Search"></form>
<a class="wds-button wds-is-secondary" href="/signin">Sign In</a><a class="wds-button" href="/register">Register</a></div></div>
<div class="top-ads-container"><div class="ad-slot-placeholder top-leaderboard is-loading" id="top_leaderboard"><div
class="ae-translatable-label">Advertisement</div>
</div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a accesskey="z" href="https://hollowmere.fandom.example/wiki/Hollowmere_Wiki" class="fandom-community-header__image"><img src="/hollowmere/wordmark.png"
width="190" height="60" alt="Hollowmere Wiki"></a><div class="fandom-community-header__top-container"><div
class="fandom-community-header__community-name-wrapper">
<a href="https://hollowmere.fandom.example/wiki/Hollowmere_Wiki" class="fandom-community-header__community-name">Hollowmere Wiki</a></div>
<div class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(wikiNav, 'wds-tabs__tab')}</ul></div></div></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="content-size-toggle-wrapper"></div>
<div class="page-header" id="PageHeader"><div class="page-header__top"><div class="page-header__meta"><div class="page-header__categories">
<span class="page-header__categories-in">in:</span> ${headerCats.map((c) => `<a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a>`).join(', ')}</div></div>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button has-label" href="?action=edit">Edit</a>
<div class="wds-dropdown"><div class="wds-dropdown__content"><ul class="wds-list wds-is-linked">${links([
  'History',
  'Purge',
  'Talk ' + '(2)',
])}</ul></div></div></div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">
<span class="mw-page-title-main">${title}</span></h1></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<table class="notice" style="width:100%;background:#2a2f3a;border:1px solid #555"><tbody><tr><td><b>${spoiler}</b></td></tr></tbody></table>
${info}
${ps(lead)}
${head(h1, 2)}
${ps(p1)}
<div id="incontent_player" class="ad-slot"><div class="ae-translatable-label">Advertisement</div></div>
${head(h2, 2)}
${head(h2a, 3)}
${ps(p2)}
${head(h2b, 3)}
${ps(p2b)}
${head(h3, 2)}
${ps(p3)}
<ul>${coll.map((c) => `<li>${c}</li>`).join('\n')}</ul>
${head(h4, 2)}
<ul>${trivia.map((c) => `<li>${c}</li>`).join('\n')}</ul>
${head('Gallery', 2)}
<div id="gallery-0" class="wikia-gallery wikia-gallery-caption-below wikia-gallery-position-center wikia-gallery-spacing-small">
${gallery
  .map(
    (g, i) => `<div class="wikia-gallery-item"><div class="thumb"><div class="gallery-image-wrapper"><a href="/wiki/File:Caverns_${i}.png" class="image">
<img src="https://static.wikia.example/hollowmere/images/${i}.png" width="185" height="104" loading="lazy" alt=""></a></div></div>
<div class="lightbox-caption">${g}</div></div>`,
  )
  .join('\n')}</div>
<table class="navbox mw-collapsible"><tbody><tr><th class="navbox-title" colspan="2">${navTitle}</th></tr><tr><td
class="navbox-list"><ul>${links(navItems)}</ul>
</td></tr></tbody></table></div></div></div>
<div class="page-footer"><div class="page-footer__categories wds-is-collapsed" id="articleCategories"><div
class="wds-collapsible-panel__header">Categories</div>
<ul class="categories">${links(headerCats)}</ul><a class="add-category" href="#">Add category</a></div>
<div class="license-description">${licence}</div></div>
<div id="articleComments" class="article-comments-app"><h2 class="ArticleCommentsHeader">2 comments</h2>
<div class="comment-form"><textarea placeholder="Write a comment"></textarea></div>
${comments
  .map(
    ([u, t]) => `<div class="Comment_wrapper"><div class="EntityHeader"><a class="UserAvatar" href="/wiki/User:${u}">${u}</a>
<span class="EntityHeader_time">2 days ago</span></div><div class="entity-content"><p>${t}</p></div><div class="ActionBar">
<button class="ReplyButton">Reply</button><button class="Upvote">Upvote</button></div></div>`,
  )
  .join('\n')}
<button class="wds-button wds-is-secondary">Load more comments</button></div></main>
<aside class="page__right-rail" id="WikiaRail"><div class="top-boxad" id="top_boxad"><div class="ae-translatable-label">Advertisement</div></div>
<section class="rail-module popular-pages"><h2 class="rail-module__header">Popular Pages</h2><ul>${links(popular)}</ul></section></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content">${links(footer, 'global-footer__link')}
<div class="global-footer__bottom"><p>${gamesCommunity}</p><a class="global-footer__bottom-link" href="?mobileaction=toggle_view_mobile">View Mobile
Site</a></div>
</div></footer>
<script>window.ads=window.ads||{};ads.context={"targeting":{"pageType":"article","wikiVertical":"games"}};</script></body></html>`;

export const fandomLevel: TestPage = {
  name: 'heldout157-fandom-game-level',
  kind: 'wiki',
  html,
  title,
  // footer "Overview" is left out (it is also a heading); the Gallery section is image thumbnails only: its heading and captions
  // are furniture; infobox labels and values are in neither list; article comments are furniture
  headings: [h1, h2, h2a, h2b, h3, h4],
  body: texts([...lead, ...p1, ...p2, ...p2b, ...p3, ...coll, ...trivia]),
  bylines: [],
  furniture: [
    ...topNav,
    'Sign In',
    'Register',
    'Advertisement',
    'Hollowmere Wiki',
    ...wikiNav.filter((t) => t !== 'Levels'),
    'in:',
    'Edit',
    'History',
    'Purge',
    'Talk (2)',
    spoiler,
    infoCaption,
    'edit',
    'Gallery',
    ...gallery,
    navTitle,
    ...navItems,
    'Categories',
    'Levels',
    'Chapter 3',
    'Boss levels',
    'Add category',
    licence,
    '2 comments',
    ...comments.flat(),
    '2 days ago',
    'Reply',
    'Upvote',
    'Load more comments',
    'Popular Pages',
    ...popular,
    ...footer.filter((t) => t !== 'Overview'),
    gamesCommunity,
    'View Mobile Site',
  ],
};
