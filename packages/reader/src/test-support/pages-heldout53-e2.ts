import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 53, file e2: a Fandom wiki episode article of a (made-up) TV series on the FandomDesktop skin (the global top
 * bar and side rail, ad slots, the community header with wiki name, page count and local-navigation dropdowns, the page header
 * with its "in:" categories and edit/history/talk actions, the portable infobox with image, caption, episode data and the
 * previous/next guide, the table of contents, h2s with [edit | edit source] links, cast and trivia lists, the navbox of all
 * episodes, printfooter and categories with the licence line, the right rail with "Popular pages", the Fan Feed, the global
 * footer and the consent dialog).
 */
const fdTitle = 'The Undertow';
const fdIntro = [
  '"<b>The Undertow</b>" is the fifth episode of the second season of <i><a href="/wiki/Harbor_Lights">Harbor Lights</a></i>, and ' +
    'the fifteenth episode of the series overall. It first aired on Northline One on March 3, 2024.',
];
const fdSyn = [
  'When a fishing boat is found drifting off Carrow Point with its nets still out and nobody aboard, Corvo suspects the sea is ' +
    'not to blame. Meanwhile, Niall finally tells Ros what he saw on the night of the lighthouse fire.',
];
const fdPlot = [
  'The episode opens at dawn as the harbour pilot, <a href="/wiki/Dafydd_Penrose">Dafydd Penrose</a>, tows the empty trawler ' +
    '<i>Morwenna</i> back into Carrow. Its skipper, Alun Treharne, and his deckhand are missing, and the coastguard treats it as ' +
    'an accident until <a href="/wiki/Ines_Corvo">Ines Corvo</a> notices that the life raft is still sealed and the radio has been switched off by hand.',
  'Corvo and <a href="/wiki/Sergeant_Bell">Sergeant Bell</a> learn that Treharne had borrowed heavily against the boat and had ' +
    'argued with the fish merchant Colm Ashby the week before. Ashby claims to have been in Plymouth that night, but his van is ' +
    'caught on the harbour camera at a quarter past two.',
  'In a parallel story, <a href="/wiki/Niall_Gwynn">Niall</a> confesses to <a href="/wiki/Ros_Gwynn">Ros</a> that he was on the ' +
    'headland when the lighthouse burned in the first season, and that he saw a second person leave the keeper’s cottage. Ros ' +
    'makes him promise not to tell Corvo until she has spoken to their mother.',
  'The episode ends with divers recovering the deckhand’s phone from the harbour mouth. Its last message, sent at 2:40 a.m., reads ' +
    'only “he’s coming back for it”.',
];
const fdStarring = [
  'Maren Holt as Detective Inspector Ines Corvo',
  'Idris Cole as Detective Sergeant Tom Bell',
  'Saoirse Lannon as Ros Gwynn',
  'Kit Ambrose as Niall Gwynn',
];
const fdGuest = ['Gethin Rowe as Dafydd Penrose', 'Hal Mercer as Colm Ashby', 'Ffion Davey as Coastguard Officer Lane'];
const fdTrivia = [
  'This is the first episode of the series not to feature the lighthouse itself on screen.',
  'The harbour scenes were filmed in Mevagissey over four days in May 2023, standing in for the fictional town of Carrow.',
  'The <i>Morwenna</i> is named after the mother of series creator Corinne Vale.',
  'The final message on the phone was changed late in editing; the shooting script read “he knows where it is”.',
];
const fdInfo: [string, string][] = [
  ['Season', '2'],
  ['Episode', '5'],
  ['Air date', 'March 3, 2024'],
  ['Written by', 'Corinne Vale'],
  ['Directed by', 'Tobias Rehn'],
  ['Viewers', '3.1 million'],
];
const fdS1 = ['Low Tide', 'Salt Lines', 'The Keeper', 'Slipway', 'Fog Signal', 'Harbour Dues', 'Breakwater', 'Spring Tide', 'Lantern', 'The Light Goes Out'];
const fdS2 = ['Return', 'Riptide', 'Old Charts', 'Slack Water', 'The Undertow', 'Dead Reckoning', 'Moorings', 'Storm Warning'];
const fdExplore = ['Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent blog posts'];
const fdLocal: [string, string[]][] = [
  ['Episodes', ['Season 1', 'Season 2', 'Season 3']],
  ['Characters', ['Main characters', 'Recurring characters', 'Guest characters']],
  ['Cast & Crew', ['Cast', 'Crew']],
];
const fdPopular = ['Ines Corvo', 'Season 2', 'Dead Reckoning', 'Carrow', 'Niall Gwynn'];
const fdCats = ['Episodes', 'Season 2 episodes', 'Episodes written by Corinne Vale', 'Articles with spoilers'];
const fdFootOverview = [
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
const fdConsent =
  'We and our partners store and access information on your device, such as cookies, to show personalised ads and content, ' +
  'measure them, and improve our services.';
const ed = (sec: number): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/wiki/The_Undertow?veaction=edit&amp;section=${sec}" class="mw-editsection-visualeditor" title="Edit section">edit</a>` +
  `<span class="mw-editsection-divider"> | </span><a href="/wiki/The_Undertow?action=edit&amp;section=${sec}" title="Edit section">edit source</a>
<span class="mw-editsection-bracket">]</span></span>`;
const h2 = (id: string, text: string, sec: number): string => `<h2><span class="mw-headline" id="${id}">${text}</span>${ed(sec)}</h2>`;
const a = (t: string): string => `<a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a>`;
const fdHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr">
<head><meta charset="UTF-8"/><title>The Undertow | Harbor Lights Wiki | Fandom</title>
<meta name="description" content="&quot;The Undertow&quot; is the fifth episode of the second season of Harbor Lights."/>
<meta property="og:site_name" content="Harbor Lights Wiki"/><meta property="og:type" content="article"/>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"The_Undertow","wgTitle":"The Undertow",
"wgCurRevisionId":4821,"wgArticleId":1377,"wgIsArticle":true,"wgCityId":"2217408","wgContentLanguage":"en"};</script>
<link rel="stylesheet" href="https://harborlights.fandom.com/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop"/>
<script async src="https://static.wikia.nocookie.net/silversurfer/video/prod/video.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"The Undertow",
"url":"https://harborlights.fandom.com/wiki/The_Undertow","about":{"@type":"TVEpisode","episodeNumber":5,"partOfSeason":{"@type":"TVSeason",
"seasonNumber":2}}}</script>
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-The_Undertow rootpage-The_Undertow skin-fandomdesktop
skin-fandomdesktop-light-theme is-content-namespace">
<div class="global-top-navigation"><div class="global-top-navigation__content">
<a href="https://www.fandom.com/" class="global-top-navigation__logo" title="Fandom">FANDOM</a>
<div class="search-container"><input class="search-input" type="search" placeholder="Search" aria-label="Search"></div>
<div class="global-action-buttons"><a href="https://auth.fandom.com/signin" class="wds-button wds-is-secondary">Sign In</a>
<a href="https://auth.fandom.com/register" class="wds-button">Register</a></div></div></div>
<div class="global-navigation" id="global-navigation"><nav class="global-navigation__nav"><div class="global-navigation__links">
${['Games', 'Movies', 'TV', 'Video']
  .map(
    (t) => `<a href="https://www.fandom.com/topics/${t.toLowerCase()}" class="global-navigation__link"><svg>
</svg><span>${t}</span></a>`,
  )
  .join('')}</div>
<div class="wds-dropdown global-navigation__wikis"><span>Wikis</span><div class="wds-dropdown__content"><ul>
<li><a href="https://community.fandom.com/wiki/Special:NewWikis">Explore Wikis</a></li><li>
<a href="https://community.fandom.com/">Community Central</a></li></ul></div></div>
<a class="wds-button" href="https://createnewwiki.fandom.com/">Start a Wiki</a></nav></div>
<div class="main-container"><div class="top-ads-container"><div id="top_leaderboard" class="ad-slot">
<div class="ad-slot-placeholder">Advertisement</div></div></div>
<div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a href="https://harborlights.fandom.com" class="fandom-community-header__image">
<img src="https://static.wikia.nocookie.net/harborlights/images/e/e6/Site-logo.png" alt="Harbor Lights Wiki" width="65" height="65"/></a>
<div class="fandom-community-header__top-container"><div class="fandom-community-header__community-name-wrapper">
<a href="https://harborlights.fandom.com" class="fandom-community-header__community-name">Harbor Lights Wiki</a></div>
<div class="fandom-community-header__top-container-actions"><span class="wiki-tools__page-count">1,184 pages</span></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">
<li class="wds-dropdown explore-menu"><div class="wds-tabs__tab-label wds-dropdown__toggle"><span>Explore</span></div>
<div class="wds-dropdown__content"><ul>${fdExplore.map((t) => `<li>${a(t)}</li>`).join('')}</ul></div></li>
${fdLocal
  .map(
    ([h, l]) => `<li class="wds-dropdown"><div class="wds-tabs__tab-label wds-dropdown__toggle"><span>${h.replace('&', '&amp;')}</span>
</div><div class="wds-dropdown__content"><ul>${l.map((t) => `<li>${a(t)}</li>`).join('')}</ul></div></li>`,
  )
  .join('\n')}
</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in:</span>
${fdCats
  .slice(0, 3)
  .map((t) => `<a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a>`)
  .join(', ')}<div class="wds-dropdown page-header__categories-dropdown"><span>, and</span>
<a class="wds-dropdown__toggle">1 more</a><div class="wds-dropdown__content"><ul><li><a href="/wiki/Category:Articles_with_spoilers">${fdCats[3]}</a>
</li></ul></div></div></div></div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">
<span class="mw-page-title-main">${fdTitle}</span></h1></div>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button has-label"
href="/wiki/The_Undertow?veaction=edit"><svg></svg>Sign in to edit</a>
<div class="wds-dropdown"><div class="wds-dropdown__toggle"><svg></svg></div><div class="wds-dropdown__content"><ul><li>
<a id="ca-history" href="/wiki/The_Undertow?action=history">History</a></li>
<li><a id="ca-purge" href="/wiki/The_Undertow?action=purge">Purge</a></li><li><a id="ca-talk" href="/wiki/Talk:The_Undertow">Talk (0)</a></li></ul>
</div></div></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="title">${fdTitle}</h2>
<figure class="pi-item pi-image" data-source="image">
<a href="https://static.wikia.nocookie.net/harborlights/images/3/3f/S2E5_Undertow.jpg" class="image image-thumbnail" title="">
<img src="https://static.wikia.nocookie.net/harborlights/images/3/3f/S2E5_Undertow.jpg/revision/latest/scale-to-width-down/268" alt="S2E5 Undertow"
class="pi-image-thumbnail" width="268" height="151"/></a>
<figcaption class="pi-item-spacing pi-caption">Corvo on the harbour wall at dawn</figcaption></figure>
<section class="pi-item pi-group pi-border-color">
<h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Episode information</h2>
${fdInfo
  .map(
    ([l, v]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${l.toLowerCase().replace(/ /g, '_')}">
<h3 class="pi-data-label pi-secondary-font">${l}</h3><div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}
</section><section class="pi-item pi-group pi-border-color">
<h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Episode guide</h2>
<table class="pi-horizontal-group"><thead><tr><th class="pi-horizontal-group-item pi-data-label">Previous</th>
<th class="pi-horizontal-group-item pi-data-label">Next</th></tr></thead>
<tbody><tr><td class="pi-horizontal-group-item pi-data-value">"${a('Slack Water')}"</td>
<td class="pi-horizontal-group-item pi-data-value">"${a('Dead Reckoning')}"</td></tr></tbody></table></section></aside>
<p>${fdIntro[0]}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none" />
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul><li class="toclevel-1"><a href="#Synopsis"><span class="tocnumber">1</span> <span class="toctext">Synopsis</span></a></li><li class="toclevel-1">
<a href="#Plot"><span class="tocnumber">2</span> <span class="toctext">Plot</span></a></li>
<li class="toclevel-1"><a href="#Cast"><span class="tocnumber">3</span> <span class="toctext">Cast</span></a><ul><li class="toclevel-2">
<a href="#Starring"><span class="tocnumber">3.1</span> <span class="toctext">Starring</span></a></li>
<li class="toclevel-2"><a href="#Guest_starring"><span class="tocnumber">3.2</span> <span class="toctext">Guest starring</span></a></li></ul></li>
<li class="toclevel-1"><a href="#Trivia"><span class="tocnumber">4</span> <span class="toctext">Trivia</span></a></li></ul></div>
${h2('Synopsis', 'Synopsis', 1)}
<p>${fdSyn[0]}</p>
${h2('Plot', 'Plot', 2)}
${fdPlot.map((p) => `<p>${p}</p>`).join('\n')}
<div id="mid_content_ad" class="ad-slot"><div class="ad-slot-placeholder">Advertisement</div></div>
${h2('Cast', 'Cast', 3)}
<h3><span class="mw-headline" id="Starring">Starring</span>${ed(4)}</h3>
<ul>${fdStarring.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3><span class="mw-headline" id="Guest_starring">Guest starring</span>${ed(5)}</h3>
<ul>${fdGuest.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2('Trivia', 'Trivia', 6)}
<ul>${fdTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="navbox mw-collapsible" style="width:100%"><tbody><tr><th colspan="2" class="navbox-title"><i>Harbor Lights</i> episodes</th></tr>
<tr><th class="navbox-group">Season 1</th><td class="navbox-list">${fdS1.map(a).join(' • ')}</td></tr>
<tr><th class="navbox-group">Season 2</th>
<td class="navbox-list">${fdS2.map((t) => (t === fdTitle ? `<strong class="selflink">${t}</strong>` : a(t))).join(' • ')}</td></tr></tbody></table>
<!-- NewPP limit report Cached time: 20251119081502 Cache expiry: 1209600 CPU time usage: 0.112 seconds -->
</div></div>
<div class="printfooter">Retrieved from "<a dir="ltr"
href="https://harborlights.fandom.com/wiki/The_Undertow?oldid=4821">https://harborlights.fandom.com/wiki/The_Undertow?oldid=4821</a>"</div></div>
<div class="page-footer"><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul>${fdCats.map((t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></div>
<div class="license-description">Community content is available under <a
href="https://www.fandom.com/licensing">CC-BY-SA</a> unless otherwise noted.</div></div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper"><div id="top_boxad" class="ad-slot"><div class="ad-slot-placeholder">Advertisement</div></div>
<section class="rail-module popular-pages"><h2 class="rail-module__header">Popular pages</h2>
<ul>${fdPopular.map((t) => `<li>${a(t)}</li>`).join('')}</ul></section></div></aside></div></div>
<section class="fan-feed"><h2 class="fan-feed__title">Fan Feed</h2><h3>More Harbor Lights Wiki</h3><ol>${fdPopular
  .slice(0, 3)
  .map((t) => `<li>${a(t)}</li>`)
  .join('')}</ol></section></div>
<footer class="global-footer"><div class="global-footer__content"><section><h3>Explore properties</h3><ul><li>Fandom</li><li>Muthead</li>
<li>Fanatical</li></ul></section>
<section><h3>Follow Us</h3></section><section><h3>Overview</h3><ul>${fdFootOverview
  .map(
    (t) => `<li>
<a href="https://www.fandom.com/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></section>
<section><h3>Community</h3><ul><li><a href="https://community.fandom.com/">Community Central</a></li><li>
<a href="https://fandom.zendesk.com/">Support</a></li><li><a href="https://community.fandom.com/wiki/Help:Contents">Help</a></li></ul></section>
<section><h3>Fandom Apps</h3><p>Take your favorite fandoms with you and never miss a beat.</p></section></div>
<div class="global-footer__bottom"><p>Harbor Lights Wiki is a Fandom TV Community.</p><a href="?mobileaction=toggle_view_mobile">View Mobile Site</a>
</div></footer>
<div class="tracking-opt-in" role="dialog" aria-label="Privacy"><h2>We Care About Your Privacy</h2><p>${fdConsent}</p><button>Show Purposes</button>
<button>Reject</button><button>Accept</button></div>
</body></html>`;
export const fandomEpisode: TestPage = {
  html: fdHtml,
  name: 'heldout53-fandom-episode',
  kind: 'wiki',
  // body: the lead sentence, synopsis, plot, both cast lists and the trivia list (list items of the article); headings are the h2s
  // and the two cast h3s. The infobox (its title, image caption, data labels and values, the writer and director among them: they
  // are the episode's credits, not the article's author lines, and the previous/next guide) is furniture, as are the "Contents" box
  // (its entries repeat the headings: left out), the [edit | edit source] links, the navbox, ad labels, the wiki and global
  // navigation, the "in:" categories and the categories bar, the licence line, "Popular pages", Fan Feed, footer and consent
  // dialog. A wiki page has no byline. Texts that are also body or heading words are left out: "Cast", "Season 2", the popular
  // pages' names, "Slack Water", "Dead Reckoning", "The Keeper", the infobox's "Season", air date and writer, "in:" and "and"
  title: fdTitle,
  headings: ['Synopsis', 'Plot', 'Cast', 'Starring', 'Guest starring', 'Trivia'],
  body: [...texts(fdIntro), ...fdSyn, ...texts(fdPlot), ...fdStarring, ...fdGuest, ...texts(fdTrivia)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'FANDOM', 'Sign In', 'Register', 'Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki', 'Advertisement',
    'Harbor Lights Wiki', '1,184 pages', 'Explore', ...fdExplore, 'Episodes', 'Season 1', 'Season 3', 'Characters', 'Main characters',
    'Recurring characters', 'Guest characters', 'Cast & Crew', 'Crew', 'Season 2 episodes', 'Episodes written by Corinne Vale', '1 more',
    'Articles with spoilers', 'Sign in to edit', 'History', 'Purge', 'Talk (0)', 'Corvo on the harbour wall at dawn', 'Episode information',
    ...fdInfo.flat().filter((t) => !['Season', '2', 'Episode', '5', 'March 3, 2024', 'Corinne Vale'].includes(t)), 'Episode ' +
      'guide', 'Previous', 'Next', 'Contents', 'edit', 'edit source',
    'Harbor Lights episodes', ...fdS1.filter((t) => t !== 'The Keeper'), ...fdS2.filter((t) => ![fdTitle, 'Slack Water', 'Dead ' +
      'Reckoning'].includes(t)), 'Retrieved from',
    'Categories', 'Community content is available under CC-BY-SA unless otherwise noted.', 'Popular pages', 'Fan Feed', 'More Harbor Lights Wiki',
    'Explore properties', 'Fandom', 'Muthead', 'Fanatical', 'Follow Us', 'Overview', ...fdFootOverview, 'Support', 'Help', 'Fandom Apps',
    'Take your favorite fandoms with you and never miss a beat.', 'Harbor Lights Wiki is a Fandom TV Community.', 'View Mobile Site',
    'We Care About Your Privacy', fdConsent, 'Show Purposes', 'Reject', 'Accept',
  ],
};
