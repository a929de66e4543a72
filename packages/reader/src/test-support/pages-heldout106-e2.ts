import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 106, file e2: a Fandom wiki article about a game item in the FandomDesktop skin (the global navigation with
 * "Sign In" and "Register", the community header with wiki name, page count and local nav, the "in:" categories above the
 * title, the edit / history / talk actions, the spoiler notice template at the top of the content, the portable infobox
 * whose title is an h2 and whose labels are h3s, the classic table of contents, headings with edit links, a stats table,
 * a navbox, the "Advertisement" slots, the right rail with "Popular Pages", the categories bar, the licence line and the
 * Fandom footer).
 */
const fdTitle = 'Ashen Lantern';
const fdNotice = 'This article contains spoilers for the ending of Hollowmere. Read at your own risk.';
const fdLead = [
  'The <b>Ashen Lantern</b> is a unique off-hand item in <i>Hollowmere</i>. It lights a small radius around the player in the Drowned ' +
    'Quarter, where ordinary torches go out, and reveals hidden paths marked with pale ash. It is the only light source that works ' +
    'underwater.',
];
const fdH1 = 'Acquisition';
const fdP1 = [
  'The lantern is given by Old Brannoch, the ferryman, after the player returns all three of his lost oars. The oars are found in the ' +
    'Silt Market, behind the Weeping Gate and at the bottom of the Cistern of Names. If Brannoch is killed before the quest is finished, ' +
    'the lantern can instead be found on his boat, but it starts with only half its oil.',
];
const fdH2 = 'Usage';
const fdP2 = [
  'While equipped, the lantern burns oil at a steady rate. A full lantern lasts about eight minutes of play, and can be refilled at any ' +
    'shrine or with Tallow Jars. When the oil runs out the lantern goes dark but is not lost.',
  'Holding the block button raises the lantern, which doubles its light radius and makes nearby Drowned Ones flee, at the cost of ' +
    'burning oil three times as fast.',
];
const fdRows = [
  ['Light radius', '6 m'],
  ['Raised radius', '12 m'],
  ['Oil capacity', '480'],
];
const fdH3 = 'Lore';
const fdP3 = [
  'The item description reads: “A ferryman’s lamp, fed on the ash of those he carried. It remembers every face.” In the final area, ' +
    'the lantern reveals the faces of Brannoch’s passengers on the walls of the Last Landing, which is how most players first learn ' +
    'that the ferryman and the Pale Warden are the same person.',
];
const fdH4 = 'Trivia';
const fdList = [
  'The lantern was added late in development; early trailers show the player using an ordinary torch in the Drowned Quarter.',
  'Speedrunners usually skip it, as the hidden paths it reveals are not needed to finish the game.',
  'Raising the lantern in front of the mirror in the Silt Market shows a faint outline of Brannoch’s boat, a hint at the ending that ' +
    'few players noticed before the game’s release.',
  'In patch 1.2 the oil capacity was raised from 360 to 480 after players complained that the Cistern of Names could not be ' + 'finished on a single lantern.',
];
const fdGlobal = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fdLocal = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
const fdCats = ['Items', 'Off-hand Items', 'Light Sources', 'Drowned Quarter'];
const fdPopular = ['Pale Warden', 'Old Brannoch', 'Endings', 'Weeping Gate'];
const fdNav = ['Ashen Lantern', 'Brine Hook', 'Cinder Shield', 'Gull-Feather Charm', 'Tallow Jar'];
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
];
const fdApps = 'Take your favorite fandoms with you and never miss a beat.';
const fdH = (
  t: string,
): string => `<h2><span class="mw-headline" id="${t}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/wiki/Ashen_Lantern?action=edit&amp;section=1" title="Sign in to edit"><svg class="wds-icon wds-icon-tiny"></svg></a><span
class="mw-editsection-bracket">]</span>
</span></h2>`;
const fdPs = (a: readonly string[]): string => a.map((t) => `<p>${t}\n</p>`).join('\n');
const fdAd = (id: string): string => `<div id="${id}" class="ad-slot-placeholder ${id}"><div class="ae-translate-label">Advertisement</div></div>`;
const fdHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Ashen Lantern | Hollowmere Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Ashen_Lantern","wgTitle":"Ashen Lantern",
"wgCategories":["Items","Off-hand Items","Light Sources","Drowned Quarter"],"wgCityId":"2201456","wgSitename":"Hollowmere Wiki"};</script>
<meta name="description" content="The Ashen Lantern is a unique off-hand item in Hollowmere."><meta property="og:site_name" content="Hollowmere Wiki">
<meta property="og:title" content="Ashen Lantern"><link rel="canonical" href="https://hollowmere.fandom.example/wiki/Ashen_Lantern">
<script type="application/ld+json">{"@context":"http://www.schema.org","@type":"Article","about":{"@type":"Thing","name":"Hollowmere"},"author":
{"@type":"Organization","name":"Hollowmere Wiki Community"},"headline":"Ashen
Lantern","url":"https://hollowmere.fandom.example/wiki/Ashen_Lantern"}</script>
<link rel="stylesheet"
href="https://hollowmere.fandom.example/load.php?modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop"></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Ashen_Lantern rootpage-Ashen_Lantern skin-fandomdesktop action-view
theme-fandomdesktop-dark">
<div class="global-navigation" data-tracking-label="global-navigation"><div class="global-navigation__top"><a href="https://www.fandom.example/"
class="global-navigation__logo"
data-tracking-label="logo"><svg class="wds-icon"></svg></a><nav class="global-navigation__links">${fdGlobal
  .map(
    (t) =>
      `<a href="https://www.fandom.example/${t
        .toLowerCase()
        .replace(/ /g, '-')}" class="global-navigation__link"><span class="global-navigation__label">${t}</span></a>`,
  )
  .join('\n')}</nav></div>
<div class="global-navigation__bottom"><div class="global-navigation__register"><a class="wds-button wds-is-secondary"
href="https://auth.fandom.example/signin">Sign In</a>
<a class="wds-button" href="https://auth.fandom.example/register">Register</a></div></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__image" href="https://hollowmere.fandom.example"><img
src="https://static.wikia.example/hollowmere/images/wordmark.png" alt="Hollowmere Wiki"></a>
<div class="fandom-community-header__top-container"><div class="fandom-community-header__community-name-wrapper"><a
class="fandom-community-header__community-name"
href="https://hollowmere.fandom.example/wiki/Hollowmere_Wiki">Hollowmere Wiki</a><span class="fandom-community-header__pages-count">1,208
pages</span></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(fdLocal, 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header"><div class="page-header__top"><div
class="page-header__meta">
<div class="page-header__categories"><span class="page-header__categories-in">in:</span> ${fdCats
  .slice(0, 3)
  .map((t) => `<a href="/wiki/Category:${t}">${t}</a>`)
  .join(', ')},
<div class="wds-dropdown page-header__categories-dropdown"><span>and 1 more</span></div></div></div></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${fdTitle}</span></h1></div>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button has-label"
href="/wiki/Ashen_Lantern?action=edit">
<svg class="wds-icon wds-icon-small"></svg>Sign in to edit</a><div class="wds-dropdown"><div class="wds-dropdown__toggle wds-button
wds-is-text"><svg></svg></div>
<div class="wds-dropdown__content"><ul class="wds-list wds-is-linked"><li><a id="ca-history"
href="/wiki/Ashen_Lantern?action=history">History</a></li>
<li><a id="ca-talk" href="/wiki/Talk:Ashen_Lantern">Talk (0)</a></li></ul></div></div></div></div>
${fdAd('top_leaderboard')}
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<table class="spoiler-notice" style="width:100%;border:1px solid #8b0000"><tbody><tr><td><b>Spoiler warning!</b> ${fdNotice}</td></tr></tbody></table>
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-item-spacing
pi-title pi-secondary-background"
data-source="title">${fdTitle}</h2><figure class="pi-item pi-image" data-source="image"><a
href="https://static.wikia.example/hollowmere/images/ashen-lantern.png"
class="image image-thumbnail"><img src="https://static.wikia.example/hollowmere/images/ashen-lantern.png/revision/latest?cb=2025"
class="pi-image-thumbnail" alt=""
width="268" height="268"></a><figcaption class="pi-item-spacing pi-caption">In-game icon</figcaption></figure>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="type"><h3 class="pi-data-label pi-secondary-font">Type</h3><div
class="pi-data-value pi-font">
Off-hand</div></div><div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="location"><h3 class="pi-data-label
pi-secondary-font">Location</h3>
<div class="pi-data-value pi-font">Drowned Quarter</div></div></aside>
${fdPs(fdLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label
class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${[fdH1, fdH2, fdH3, fdH4]
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${fdH(fdH1)}
${fdPs(fdP1)}
${fdH(fdH2)}
${fdPs(fdP2)}
<table class="wikitable"><tbody><tr><th>Stat</th><th>Value</th></tr>${fdRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
${fdAd('incontent_player')}
${fdH(fdH3)}
${fdPs(fdP3)}
${fdH(fdH4)}
<ul>${fdList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="navbox" style="width:100%"><tbody><tr><th class="navbox-title" colspan="2"><span>Off-hand items</span></th></tr><tr><td
class="navbox-list">
${fdNav.map((t) => `<a href="/wiki/${t.replace(/ /g, '_')}">${t}</a>`).join(' • ')}</td></tr></tbody></table>
</div></div></div>
<div class="page-footer"><div id="articleCategories" class="categories"><div class="page-footer__categories"><span
class="wds-dropdown__toggle">Categories</span>
<ul class="categories">${links(fdCats, 'category')}</ul></div></div>
<div class="license-description">Community content is available under <a href="https://www.fandom.example/licensing">CC-BY-SA</a> unless otherwise
noted.</div></div>
</main>
<aside class="page__right-rail"><div class="right-rail-wrapper">${fdAd('top_boxad')}<section class="rail-module popular-pages"><h2
class="rail-module__header">Popular Pages</h2>
<ul>${links(fdPopular, 'popular-pages__item')}</ul></section></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content">${fdFoot
  .map(
    (t) => `<a class="global-footer__link"
href="https://www.fandom.example/x">${t}</a>`,
  )
  .join('\n')}
<p>${fdApps}</p><div class="global-footer__bottom"><p>Hollowmere Wiki is a FANDOM Games Community.</p><a href="https://www.fandom.example/mobile">View
Mobile Site</a></div>
</div></footer>
<script src="https://hollowmere.fandom.example/load.php?modules=startup&amp;only=scripts&amp;skin=fandomdesktop" async></script></body></html>`;
export const fandomArticle: TestPage = {
  html: fdHtml,
  name: 'heldout106-fandom-item-article',
  kind: 'wiki',
  // the spoiler notice, the infobox (its h2 title repeats the page title and is left out; labels, values and caption are
  // furniture), the contents box (it repeats the headings; its "Contents" title is furniture), the navbox and the rails are
  // furniture; stats table data cells are body; header cells are in neither list
  title: fdTitle,
  headings: [fdH1, fdH2, fdH3, fdH4],
  body: [...texts(fdLead), ...fdP1, ...fdP2, ...fdRows.flat(), ...fdP3, ...fdList],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fdGlobal, 'Sign In', 'Register', 'Hollowmere Wiki', '1,208 pages', ...fdLocal, 'in:', 'and 1 more', 'Sign in to edit', 'History', 'Talk (0)',
    'Advertisement', 'Spoiler warning!', fdNotice, 'In-game icon', 'Type', 'Off-hand', 'Location', 'Contents', 'Off-hand items',
    ...fdNav.filter((t) => t !== fdTitle), 'Categories', ...fdCats.filter((t) => t !== 'Drowned Quarter'),
'Community content is available under CC-BY-SA unless otherwise noted.', 'Popular Pages',
    ...fdPopular, ...fdFoot, fdApps, 'Hollowmere Wiki is a FANDOM Games Community.', 'View Mobile Site',
  ].filter((t, i, a) => a.indexOf(t) === i),
};
