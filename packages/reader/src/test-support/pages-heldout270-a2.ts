import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout270-kit.js';

/**
 * Held-out batch 270, file a2: a Fandom wiki character page in the mobile-wiki layout (a data page: the portable infobox,
 * collapsible section headers, the global mobile navigation, the app smart banner, ad slots, the categories drawer, the
 * "Fan Feed" rail and the Fandom footer).
 */
const fTitle = 'Marisol Quenby';
const fLead = [
  j(
    '<b>Marisol Quenby</b> is a playable character in <i>Emberline Tactics</i> and the quartermaster of the airship',
    '<i>Gannet</i>. She joins the party at the end of Chapter 3, after the player chooses to spare the smugglers at Veil Harbour.',
  ),
];
const fBio = [
  j(
    'Marisol grew up in the dockside quarter of Cinderholt, where her mother ran a chandlery that supplied the river barges.',
    'She learned to keep ledgers before she could read well, and she is said to be able to price a cargo hold at a glance.',
  ),
  j(
    'After the chandlery was seized by the Toll Office, she signed on with the smuggler captain Ostrow Pell and spent six',
    'years running salt and lamp oil past the blockade. Her loyalty to the crew is the centre of her personal quest.',
  ),
];
const fPers = [
  j(
    'She gets along best with the engineer Tobin Harrow, whom she treats as a younger brother, and worst with the noble',
    'envoy Lady Aurel, whose expensive tastes she records in a separate ledger titled "Grievances".',
  ),
  j(
    'Marisol is dry, practical and suspicious of speeches. She rarely raises her voice, and several of her party banter',
    'lines mock the commander for promising more than the supplies allow.',
  ),
];
const fGame = [
  'Marisol fights with a boarding hook and a pair of throwing knives. Her class is Purser, which is unique to her.',
  'Inventory Sense: at the start of each battle, reveals one hidden supply crate on the map.',
  'Hook and Haul: pulls an enemy two tiles and lowers its defence for one turn.',
  'Short Rations: restores health to adjacent allies, at the cost of one food token.',
  j(
    'Her loyalty rises when the party avoids waste and falls when the commander buys luxury goods. At maximum loyalty',
    'she unlocks the Ledger of Debts side mission.',
  ),
];
const fStats = [
  ['Level', 'Health', 'Attack', 'Defence'],
  ['1', '42', '9', '7'],
  ['10', '118', '27', '19'],
  ['20', '201', '44', '33'],
];
const fTrivia = [
  'Her surname was changed late in development; early press builds call her Marisol Quenley.',
  'She is the only party member who never uses the airship galley.',
];
const fNav = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
const fFeed = ['Captain Ostrow Pell', 'Veil Harbour (location)', 'Chapter 3: The Salt Road', 'Purser (class)'];
const fFoot = ['About', 'Careers', 'Press', 'Contact', 'Terms of Use', 'Privacy Policy', 'Digital Services Act', 'Global Sitemap', 'Local Sitemap'];
const sec = (id: string, h: string, inner: string): string => `<h2 section="${id}" class="section-header-label collapsible-section-header"
data-testid="section-header" id="${id}"><span class="mw-headline">${h}</span><svg class="wds-icon wds-icon-small chevron"
viewBox="0 0 18 18"><use xlink:href="#wds-icons-menu-control-small"></use></svg></h2>
<section id="${id}-collapsible-section" class="collapsible-section-body mobile-hidden">
${inner}
</section>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${fTitle} | Emberline Tactics Wiki | Fandom</title>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<meta property="og:site_name" content="Emberline Tactics Wiki"><meta property="og:title" content="${fTitle}">
<meta name="description" content="Marisol Quenby is a playable character in Emberline Tactics and the quartermaster of the airship Gannet.">
<link rel="canonical" href="https://emberline-tactics.fandom.com/wiki/Marisol_Quenby">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","about":{"@type":"Thing","name":"Marisol Quenby"},
"author":{"@type":"Organization","name":"Emberline Tactics Wiki"},"headline":"Marisol Quenby","publisher":{"@type":"Organization","name":"Fandom"}}</script>
<script>window.fandomContext={"site":{"wikiId":2294810,"siteName":"Emberline Tactics Wiki","skin":"fandommobile"},"page":{"pageType":"article"}};</script>
<link rel="stylesheet" href="https://static.wikia.example/mobile-wiki/assets/app.css"></head>
<body class="mobile-wiki ns-0 theme-fandomdesktop-light fandom-app-smart-banner-visible">
<div class="fandom-app-smart-banner"><div class="fandom-app-smart-banner__close" role="button">&times;</div>
<div class="fandom-app-smart-banner__content"><div class="fandom-app-smart-banner__title">Emberline Tactics Wiki</div>
<div class="fandom-app-smart-banner__text">Get the Fandom App for the best reading experience</div></div>
<a href="https://fandom.example/app" class="fandom-app-smart-banner__cta">Open</a></div>
<div id="app" class="application-wrapper"><div class="global-navigation-mobile-wrapper"><nav class="global-navigation-mobile">
<a href="https://www.fandom.com" class="global-navigation-mobile__logo"><svg class="wds-icon"><title>Fandom</title></svg></a>
<button class="global-navigation-mobile__search wds-button wds-is-text">Search</button>
<a class="global-navigation-mobile__sign-in" href="/signin">Sign In</a></nav></div>
<div class="community-bar"><a href="/wiki/" class="community-bar__wordmark">Emberline Tactics Wiki</a>
<button class="community-bar__navigation-button">Menu</button><ul class="community-bar__menu wds-list">${links(fNav, 'wds-dropdown-level-nested')}</ul></div>
<div class="top-leaderboard ad-slot-placeholder"><div class="ad-slot-label">Advertisement</div><div id="mobile_top_leaderboard"></div></div>
<div class="wiki-page-header"><h1 class="wiki-page-header__title">${fTitle}</h1>
<div class="wiki-page-header__categories"><button class="wds-button wds-is-text page-header__categories-toggle">Categories</button></div></div>
<div class="article-content mw-content"><section class="article-body"><div id="mw-content-text"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="name">Marisol Quenby</h2>
<figure class="pi-item pi-image" data-source="image"><a href="https://static.wikia.example/marisol.png" class="image image-thumbnail">
<img src="https://static.wikia.example/marisol.png/scale-to-width-down/268" class="pi-image-thumbnail" width="268" height="268"></a>
<figcaption class="pi-item-spacing pi-caption">Marisol's portrait after recruitment</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing">Character information</h2>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="class"><h3 class="pi-data-label pi-secondary-font">Class</h3>
<div class="pi-data-value pi-font">Purser</div></div>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="weapon"><h3 class="pi-data-label pi-secondary-font">Weapon</h3>
<div class="pi-data-value pi-font">Boarding hook</div></div>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="voice"><h3 class="pi-data-label pi-secondary-font">Voice actor</h3>
<div class="pi-data-value pi-font">Dilys Marchetti</div></div></section></aside>
${ps(fLead)}
${sec('Biography', 'Biography', ps(fBio))}
${sec('Personality', 'Personality', ps(fPers))}
<div class="ad-slot-placeholder mobile-in-content"><div class="ad-slot-label">Advertisement</div></div>
${sec(
  'Gameplay',
  'Gameplay',
  `<p>${fGame[0]}</p>
<h3><span class="mw-headline" id="Skills">Skills</span></h3>
<ul>${fGame
    .slice(1, 4)
    .map((x) => `<li>${x}</li>`)
    .join('\n')}</ul>
<h3><span class="mw-headline" id="Base_stats">Base stats</span></h3>
<table class="wikitable article-table"><tbody>
${fStats.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}
</tbody></table>
<p>${fGame[4]}</p>`,
)}
${sec('Trivia', 'Trivia', `<ul>${fTrivia.map((x) => `<li>${x}</li>`).join('\n')}</ul>`)}
</div></div></section>
<div class="article-footer"><div class="wds-collapsible-panel categories"><header class="wds-collapsible-panel__header">Categories</header>
<ul class="wds-collapsible-panel__content"><li><a href="/wiki/Category:Characters">Characters</a></li>
<li><a href="/wiki/Category:Party_members">Party members</a></li></ul></div>
<div class="license-description">Community content is available under <a
href="https://www.fandom.com/licensing">CC-BY-SA</a> unless otherwise noted.</div></div>
<section class="fan-feed"><h2 class="fan-feed__title">Fan Feed</h2><div class="fan-feed__section-title">More Emberline Tactics Wiki</div>
<ol class="fan-feed__list">${links(fFeed, 'fan-feed-item')}</ol></section></div>
<footer class="wds-global-footer"><div class="wds-global-footer__header">
<a href="https://www.fandom.com" class="wds-global-footer__header-logo">Fandom</a></div>
<section class="wds-global-footer__section"><h3 class="wds-global-footer__section-header">Explore properties</h3>
<ul>${links(['Fandom', 'Muthead', 'Fanatical'])}</ul></section>
<section class="wds-global-footer__section"><h3 class="wds-global-footer__section-header">Overview</h3><ul>${links(fFoot)}</ul></section>
<div class="wds-global-footer__bottom-bar">Emberline Tactics Wiki is a Fandom Games Community.</div></footer></div>
<script>window.mobileWikiReady=true;</script></body></html>`;
export const fandom: TestPage = {
  name: 'heldout270-fandom-mobile-wiki-wiki',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: ['Biography', 'Personality', 'Gameplay', 'Skills', 'Base stats', 'Trivia'],
  body: [...texts([...fLead, ...fBio, ...fPers, ...fGame, ...fTrivia])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Get the Fandom App for the best reading experience', 'Open', 'Search', 'Sign In', 'Menu', ...fNav, 'Advertisement', 'Categories',
    "Marisol's portrait after recruitment", 'Character information', 'Characters', 'Party members',
    'Community content is available under CC-BY-SA unless otherwise noted.', 'Fan Feed', 'More Emberline Tactics Wiki', ...fFeed,
    'Explore properties', 'Muthead', 'Fanatical', 'Overview', ...fFoot, 'Emberline Tactics Wiki is a Fandom Games Community.',
  ],
};
