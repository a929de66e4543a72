import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 91, file c2: a Fandom game wiki page on the FandomDesktop skin (the top leaderboard slot, the global top
 * navigation, the community header with the wiki name and "Explore" and local menus, the page header with "in:" categories
 * and "and 1 more" dropdown, Edit / History / Talk actions, the portable infobox as an aside with h2/h3 labels, a quote
 * template at the top of the article, the numbered table of contents, headings with "edit | edit source" links, an
 * in-content ad slot with its "Advertisement" label, a drops table, a navbox, the licence line, the right rail with
 * "Popular Pages", the Fan Feed and the global footer).
 */
const faTitle = 'Ember Warden';
const faQuote = ['“It was set to guard the furnace until the last coal went out. Nobody told it the last coal went out a hundred years ago.”'];
const faQuoteBy = '— Keeper Orlan, Ashen Vale';
const faIntro = [
  'The <b>Ember Warden</b> is a boss in <i>Ashfall Chronicles</i>. It is fought at the bottom of the Cinderworks in Act II and must be ' +
    'defeated to open the lift to the Upper Vale. It is the first boss with a second phase and is widely considered the game’s first real ' +
    'difficulty spike.',
];
const faH1 = 'Lore';
const faLore = [
  'The Warden was built by the smiths of the old kingdom to keep the great furnace burning while the city slept. When the city fell, ' +
    'the Warden kept working, feeding the furnace with whatever it could find. Item descriptions suggest that the Cinder Knights found ' +
    'throughout the Cinderworks were once its keepers.',
];
const faH2 = 'Strategy';
const faH2a = 'Phase one';
const faP1 = [
  'In its first phase the Warden fights with a long iron hammer. Its overhead slam can be dodged by rolling forward and to its left, ' +
    'which leaves you behind it for two or three hits. Stay out of the glowing cracks in the floor, which burst a second after the slam lands.',
  'The sweeping attack has a long wind-up; block it with a medium shield or roll through it. Avoid fighting near the edge of the arena, ' +
    'where the sweep can knock you into the molten channel.',
];
const faH2b = 'Phase two';
const faP2 = [
  'At half health the Warden tears open its chest plate and the arena fills with embers. From now on it takes extra damage from frost, ' +
    'but every third attack leaves a burning patch that lasts for ten seconds.',
];
const faTips = [
  'Frost Resin doubles the damage of a basic weapon in this phase and can be bought from the merchant at the Cinderworks entrance.',
  'Summon Sister Maelle at the sign near the fog gate; she draws the Warden’s attention long enough to heal.',
  'The Warden cannot follow you onto the raised platform at the back of the arena, but it will throw hammers at you if you stay there.',
];
const faH3 = 'Drops';
const faDrops = [
  ['Warden’s Coal', '100%', 'Used to upgrade fire weapons to +5'],
  ['Ashen Hammer', '100%', 'Strength weapon, scales with faith'],
  ['Furnace Plate', '20% (NG+ only)', 'Heavy chest armour'],
];
const faH4 = 'Trivia';
const faTrivia = [
  'The Warden’s voice lines are the furnace bellows played backwards.',
  'In the beta the Warden had a third phase, which was cut a month before release.',
  'Defeating it without taking damage unlocks the achievement “Cold Hearth”.',
];
const faInfo = [
  ['Location', 'Cinderworks'],
  ['Health', '18,400'],
  ['Souls', '12,000'],
  ['Weakness', 'Frost'],
  ['Resistance', 'Fire, Bleed'],
];
const faCats = ['Bosses', 'Fire enemies', 'Act II', 'Cinderworks'];
const faGlobal = ['FANDOM', 'Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki', 'Sign In', 'Register'];
const faExplore = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
const faLocal = ['Characters', 'Bosses', 'Weapons', 'Locations', 'Walkthrough'];
const faActions = ['Edit', 'History', 'Talk (4)', 'Purge'];
const faNavbox = ['Bosses of Ashfall Chronicles', 'Act I', 'Hollow Shepherd', 'Mire Twins', 'Act II', 'Cinder Knight Captain', 'Act III', 'The Pale Regent'];
const faRail = ['Popular Pages', 'Weapons', 'Frost Resin', 'Sister Maelle', 'Cinderworks'];
const faFeed = ['Fan Feed', 'More Ashfall Chronicles Wiki', 'Cinder Knight Captain', 'Ashen Hammer', 'Walkthrough/Act II'];
const faFoot = [
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
  'Ashfall Chronicles Wiki is a FANDOM Games Community.',
  'View Mobile Site',
];
const faAnchor = (t: string): string => t.replace(/ /g, '_');
const faH = (t: string, n: number, lv = 2): string => `<h${lv}><span class="mw-headline" id="${faAnchor(t)}">${t}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/wiki/Ember_Warden?veaction=edit&amp;section=${n}" class="mw-editsection-visualeditor"
title="Edit section: ${t}">edit</a><span class="mw-editsection-divider"> | </span><a href="/wiki/Ember_Warden?action=edit&amp;section=${n}"
title="Edit section: ${t}">edit source</a><span class="mw-editsection-bracket">]</span></span></h${lv}>`;
const faP = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const faToc = [[faH1], [faH2, faH2a, faH2b], [faH3], [faH4]]
  .map(
    (g, i) =>
      `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${faAnchor(g[0]!)}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${g[0]}</span>
</a>${
        g.length > 1
          ? `<ul>${g
              .slice(1)
              .map(
                (s, j) =>
                  `<li class="toclevel-2"><a href="#${faAnchor(s)}"><span class="tocnumber">${i + 1}.${j + 1}</span> <span class="toctext">${s}</span></a>
</li>`,
              )
              .join('')}</ul>`
          : ''
      }</li>`,
  )
  .join('\n');
const faHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Ember Warden | Ashfall Chronicles Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Ember_Warden","wgTitle":"Ember Warden",
"wgCurRevisionId":48211,"wgArticleId":1822,"wgIsArticle":true,"wgCategories":["Bosses","Fire enemies","Act II","Cinderworks"],"wgCityId":"2231904",
"wgContentLanguage":"en","wgSitename":"Ashfall Chronicles Wiki","wgServer":"https://ashfall-chronicles.fandom.com"};</script>
<meta name="generator" content="MediaWiki 1.43.1"><meta name="description" content="The Ember Warden is a boss in Ashfall Chronicles, fought at the
bottom of the Cinderworks in Act II."><meta property="og:site_name" content="Ashfall Chronicles Wiki"><meta property="og:title" content="Ember Warden">
<meta property="og:type" content="article"><link rel="canonical" href="https://ashfall-chronicles.fandom.com/wiki/Ember_Warden">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","url":"https://ashfall-chronicles.fandom.com/wiki/Ember_Warden",
"name":"Ember Warden","headline":"Ember Warden","about":{"@type":"Thing","name":"Ashfall Chronicles"},"author":{"@type":"Organization","name":"Ashfall
Chronicles Wiki"},
"publisher":{"@type":"Organization","name":"Fandom, Inc.","logo":{"@type":"ImageObject","url":"https://static.wikia.nocookie.net/ashfall/images/logo.png"}},
"dateModified":"2025-07-29T18:02:11Z"}</script>
<link rel="stylesheet"
href="/load.php?lang=en&amp;modules=ext.fandom.GlobalComponents.CommunityHeader.css%7Cskin.fandomdesktop.css&amp;only=styles&amp;skin=fandomdesktop">
<script async src="https://static.wikia.nocookie.net/silversurfer/video/prod/ads-bundle.js"></script></head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ember_Warden rootpage-Ember_Warden theme-fandomdesktop-light
is-content-expanded has-right-rail"><div class="top-ads-container"><div id="top_leaderboard" class="top-leaderboard ad-slot-placeholder is-loading"
data-slot-name="top_leaderboard"><div class="ae-translatable-label" data-ae-translatable-label="Advertisement">Advertisement</div></div></div>
<div class="global-top-navigation" id="global-top-navigation"><div class="global-top-navigation__logo"><a href="https://www.fandom.com/"
class="global-top-navigation__logo-link"
data-tracking-label="logo"><svg class="wds-icon"><use xlink:href="#wds-brand-fandom-logo"></use></svg><span class="wds-assistive-text">${faGlobal[0]}</span>
</a></div>
<nav class="global-top-navigation__links"><ul>${links(faGlobal.slice(1, 9), 'global-top-navigation__link')}</ul></nav><div
class="global-top-navigation__search">
<button class="search-button" type="button"><span>Search</span></button></div><div class="global-top-navigation__account"><a class="wds-button wds-is-secondary"
href="https://auth.fandom.com/signin">${faGlobal[9]}</a><a class="wds-button" href="https://auth.fandom.com/register">${faGlobal[10]}</a></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a accesskey="z" href="https://ashfall-chronicles.fandom.com" class="fandom-community-header__image"><img
src="https://static.wikia.nocookie.net/ashfall/images/wordmark.png"
width="250" height="65" alt="Ashfall Chronicles Wiki"></a><div class="fandom-community-header__top-container"><div
class="fandom-community-header__community-name-wrapper">
<a href="https://ashfall-chronicles.fandom.com" class="fandom-community-header__community-name">Ashfall Chronicles Wiki</a></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs"><li class="wds-dropdown explore-menu"><div class="wds-tabs__tab-label
wds-dropdown__toggle
first-level-item"><span>${faExplore[0]}</span></div><div class="wds-dropdown__content"><ul class="wds-list wds-is-linked">${links(faExplore.slice(1))}</ul>
</div></li>
${faLocal.map((t) => `<li class="wds-dropdown"><a class="wds-tabs__tab-label first-level-item" href="/wiki/${t}"><span>${t}</span></a></li>`).join('')}</ul>
</nav>
</header></div><div class="page has-right-rail"><main class="page__main" lang="en" dir="ltr"><div class="page-header" id="PageHeader"><div
class="page-header__top">
<div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in: </span>${faCats
  .slice(0, 3)
  .map((t) => `<a href="/wiki/Category:${faAnchor(t)}" title="Category:${t}">${t}</a>`)
  .join(', ')}, <div class="wds-dropdown page-header__categories-dropdown"><span class="wds-dropdown__toggle">and 1 more</span><div class="wds-dropdown__content
page-header__categories-dropdown-content wds-is-left-aligned"><ul class="wds-list wds-is-linked"><li><a href="/wiki/Category:Cinderworks">${faCats[3]}</a></li>
</ul></div></div></div></div></div><div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">
<span class="mw-page-title-main">${faTitle}</span></h1></div><div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text
page-header__action-button
has-label" href="/wiki/Ember_Warden?veaction=edit">${faActions[0]}</a><div class="wds-dropdown page-header__action-dropdown"><div class="wds-dropdown__toggle
wds-button wds-is-text page-header__action-button"></div><div class="wds-dropdown__content wds-is-right-aligned"><ul class="wds-list wds-is-linked">
${links(faActions.slice(1))}</ul></div></div></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title
pi-secondary-background" data-source="title">${faTitle}</h2><figure class="pi-item pi-image" data-source="image"><a
href="https://static.wikia.nocookie.net/ashfall/images/warden.png"
class="image image-thumbnail"><img src="https://static.wikia.nocookie.net/ashfall/images/warden.png/revision/latest/scale-to-width-down/268" alt="Ember Warden"
width="268" height="300"></a><figcaption class="pi-item-spacing pi-caption">Second phase</figcaption></figure><section class="pi-item pi-group pi-border-color">
<h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Combat</h2>${faInfo
  .map(
    ([
      k,
      v,
    ]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k!.toLowerCase()}"><h3 class="pi-data-label pi-secondary-font">${k}</h3>
<div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}</section></aside>
<div class="quote-template"><p><i>${faQuote[0]}</i></p><p class="quote-source">${faQuoteBy}</p></div>
${faP(faIntro)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${faToc}</ul></div>
${faH(faH1, 1)}
${faP(faLore)}
${faH(faH2, 2)}
${faH(faH2a, 3, 3)}
${faP(faP1)}
<div id="incontent_boxad_1" class="incontent-boxad ad-slot" data-slot-name="incontent_boxad_1"><div class="ae-translatable-label"
data-ae-translatable-label="Advertisement">Advertisement</div></div>
${faH(faH2b, 4, 3)}
${faP(faP2)}
<ul>${faTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${faH(faH3, 5)}
<table class="article-table"><tbody><tr><th>Item</th><th>Chance</th><th>Notes</th></tr>
${faDrops.map((r) => `<tr><td><a href="/wiki/${faAnchor(r[0]!)}">${r[0]}</a></td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>
${faH(faH4, 6)}
<ul>${faTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="navbox"><tbody><tr><th class="navbox-title" colspan="2">${faNavbox[0]}</th></tr><tr><th class="navbox-group">${faNavbox[1]}</th>
<td class="navbox-list">${faNavbox.slice(2, 4).join(' • ')}</td></tr><tr><th class="navbox-group">${faNavbox[4]}</th><td class="navbox-list">${faNavbox[5]}
• ${faTitle}</td>
</tr><tr><th class="navbox-group">${faNavbox[6]}</th><td class="navbox-list">${faNavbox[7]}</td></tr></tbody></table>
</div></div></div><div class="page-footer"><div class="license-description">Community content is available under <a
href="https://www.fandom.com/licensing">CC-BY-SA</a>
unless otherwise noted.</div></div><div id="articleComments" class="article-comments-app"></div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper WikiaRail" id="WikiaRail"><div id="top_boxad" class="top-boxad ad-slot"><div
class="ae-translatable-label" data-ae-translatable-label="Advertisement">Advertisement</div></div><section class="rail-module popular-pages">
<h2 class="rail-module__header">${faRail[0]}</h2><ul class="rail-module__list">${links(faRail.slice(1), 'popular-pages__item')}</ul></section></div></aside>
</div></div>
<div id="mixed-content-footer" class="mcf-wrapper"><div class="mcf-content"><h2 class="mcf-header">${faFeed[0]}</h2><div class="mcf-column"><div
class="mcf-card-wiki-articles">
<header>${faFeed[1]}</header><ul class="mcf-card-wiki-articles__list">${faFeed
  .slice(2)
  .map(
    (t, i) =>
      `<li><a href="/wiki/${faAnchor(t)}"><span class="mcf-card-article__index">${i + 1}</span><span class="mcf-card-article__title">${t}</span></a></li>`,
  )
  .join('')}</ul></div></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><div class="global-footer__sections">${links(faFoot.slice(0, 21))}</div>
<p class="global-footer__apps-description">${faFoot[21]}</p><div class="global-footer__bottom"><p>${faFoot[22]}</p><a href="?mobileaction=toggle_view_mobile"
class="global-footer__bottom-link">${faFoot[23]}</a></div></div></footer></div>
<script src="https://ashfall-chronicles.fandom.com/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;skin=fandomdesktop" async></script></body></html>`;
export const fandomPage: TestPage = {
  html: faHtml,
  name: 'heldout91-fandom-game-wiki',
  kind: 'wiki',
  // the quote template's quotation is body, its source line in neither list; the drops table's data cells are body; the
  // infobox, categories, table of contents title, navbox, ad labels, rail, Fan Feed and footer are furniture; the TOC entries
  // repeat the headings and are left out; the page shows no byline
  title: faTitle,
  headings: [faH1, faH2, faH2a, faH2b, faH3, faH4],
  body: [...faQuote, ...texts(faIntro), ...faLore, ...faP1, ...faP2, ...faTips, ...faDrops.flat(), ...faTrivia],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Advertisement', ...faGlobal, 'Search', 'Ashfall Chronicles Wiki', ...faExplore, ...faLocal, 'in:', ...faCats, 'and 1 more', ...faActions, 'Second phase',
    'Combat', ...faInfo.flat().filter((t) => t !== 'Cinderworks'), 'Contents', 'edit', 'edit source', ...faNavbox, 'Community content is available under ' +
  'CC-BY-SA unless otherwise noted.',
    ...faRail, ...faFeed.filter((t) => t !== 'Ashen Hammer'), ...faFoot,
  ])],
};
