import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file e2: a Fandom wiki page in Wookieepedia's style, on an invented space saga's wiki: the global
 * Fandom navigation, the community header with its local menu, the page header with categories and actions, the Canon /
 * Legends tabs, the opening epigraph with its attribution, the portable infobox, a "Main article" hatnote, the right rail
 * (Popular pages, Fan Feed), ad slots, the article comments and the Fandom footer.
 */
const fTitle = 'Quarrow';
const fQuote = ['"You do not land on Quarrow. You wait for Quarrow to let you land."'];
const fIntro = [
  j(
    '<b>Quarrow</b> was a storm-bound moon of the gas giant Teth in the Halven Reach. Its thick, charged atmosphere made landings',
    'possible only during the short calms between its lightning seasons, and for centuries it was known chiefly as a hiding place',
    'for smugglers and exiles.',
  ),
];
const fDesc = [
  j(
    'Quarrow was covered by a single ocean of shallow, mineral-rich water broken by thousands of basalt columns. The largest',
    "columns held the moon's only settlements, linked by cable bridges that were taken down before each storm season.",
  ),
  "The moon's lightning charged the ocean's crystals, which the inhabitants harvested and sold as power cells across the Reach.",
];
const fHistory = [
  j(
    'The first recorded landing on Quarrow was made by the freighter captain Yessa Drom, who rode out a full storm season in a',
    'sheltered crater after her ship lost power. On her return she sold charts of the calm seasons to the Guild of Tides, which',
    "founded the settlement of Drom's Rest.",
  ),
  j(
    'During the Reach Uprising, Quarrow became a base for the rebel fleet, whose ships could hide in the storms from patrols that',
    "dared not follow them. The moon's crystal trade paid for much of the rebellion, and a famous raid on the crystal stores at",
    "Drom's Rest by the Concord Navy ended when three of its cruisers were struck by lightning in a single night.",
  ),
  j('After the Uprising, the Guild of Tides returned to the moon and ran the crystal trade until the collapse of the Reach economy.'),
];
const fBts = [
  j(
    'Quarrow first appeared in the novel <i>Stormcall</i>, written by Maren Osk. In an interview, Osk said the moon was inspired',
    'by a visit to a coast "where the weather decided everything and the people simply agreed with it".',
  ),
];
const fApps = ['<i>Stormcall</i> (First appearance)', '<i>Driftworld: The Uprising</i> 4', '<i>Tides of the Reach</i>'];
const fGlobal = ['Fandom', 'Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki', 'Sign In', 'Register'];
const fLocal = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent blog posts', 'Canon', 'Legends', 'Community'];
const fPopular = ['Orrin Vale', 'Skyhook Station', 'The Long Drift', 'Emberline (starship)', 'Marrowgate'];
const fComments = [
  'Honestly the best setting in the whole saga. I wish the show had gone there instead of the desert planet again.',
  'Does anyone know if the crystal trade is mentioned in the new comic? I thought it was retconned.',
];
const fFoot = ['Terms of Use', 'Privacy Policy', 'Digital Services Act', 'Global Sitemap', 'Local Sitemap', 'Community Central', 'Support', 'Help'];
const fHtml = `<!DOCTYPE html>
<html class="theme-fandomdesktop-dark" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Quarrow | Driftpedia | Fandom</title>
<meta name="description" content="Quarrow was a storm-bound moon of the gas giant Teth in the Halven Reach.">
<meta property="og:site_name" content="Driftpedia"><meta property="og:type" content="article">
<script>var fandomContext={"site":{"wikiId":401177,"siteName":"Driftpedia"},"opts":{"isAdsEnabled":true}};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"Quarrow","about":{"name":"Driftworld"},
"author":{"@type":"Organization","name":"Driftpedia Community"},"publisher":{"@type":"Organization","name":"Fandom"}}</script>
</head>
<body class="skin-fandomdesktop mediawiki ltr ns-0 page-Quarrow rootpage-Quarrow is-content-namespace action-view">
<div class="global-navigation" data-tracking-label="global-navigation"><a href="https://www.fandom.example/" class="global-navigation__logo">Fandom</a>
<nav class="global-navigation__nav"><ul>${links(fGlobal.slice(1), 'global-navigation__link')}</ul></nav></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__community-name" href="/wiki/Driftpedia">Driftpedia</a><div class="fandom-community-header__top-container">
<span class="fandom-community-header__sub-title">The Driftworld encyclopedia that anyone can edit</span></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(fLocal, 'wds-dropdown')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" id="main-content" lang="en">
<div class="page-header" id="PageHeader"><div class="page-header__top"><div class="page-header__meta"><div class="page-header__categories">
<span class="page-header__categories-in">in: </span><a href="/wiki/Category:Moons">Moons</a>, <a href="/wiki/Category:Halven_Reach_locations">Halven Reach
locations</a></div></div><div class="page-header__languages">English</div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">
<span class="mw-page-title-main">${fTitle}</span></h1></div>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button" href="#">Sign in to edit</a>
<a class="wds-button wds-is-text" href="/wiki/Quarrow?action=history">History</a>
<a class="wds-button wds-is-text" href="/wiki/Talk:Quarrow">Talk (0)</a></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<div id="title-eraicons"><span class="eraicon-canon">Canon</span></div>
<div class="tabber wds-tabber"><ul class="wds-tabs"><li class="wds-tabs__tab wds-is-current">Canon</li><li class="wds-tabs__tab">Legends</li></ul></div>
<div class="quote"><dl><dd><i>${fQuote[0]}</i></dd><dd>―Yessa Drom</dd></dl></div>
<aside role="region" class="portable-infobox pi-background pi-theme-planet pi-layout-default"><h2 class="pi-item pi-title">Quarrow</h2>
<figure class="pi-item pi-image"><img src="https://static.wikia.example/driftpedia/Quarrow.png" width="270" height="270">
<figcaption class="pi-item-spacing pi-caption">Quarrow during a lightning season</figcaption></figure>
<section class="pi-item pi-group"><h2 class="pi-header">Astrographical information</h2>
<div class="pi-item pi-data"><h3 class="pi-data-label">Region</h3><div class="pi-data-value">Halven Reach</div></div>
<div class="pi-item pi-data"><h3 class="pi-data-label">Primary</h3><div class="pi-data-value">Teth</div></div></section>
<section class="pi-item pi-group"><h2 class="pi-header">Physical information</h2>
<div class="pi-item pi-data"><h3 class="pi-data-label">Climate</h3><div class="pi-data-value">Violent electrical storms</div></div></section></aside>
${ps(fIntro)}
<div id="toc" class="toc"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div></div>
<h2><span class="mw-headline" id="Description">Description</span></h2>
${ps(fDesc)}
<h2><span class="mw-headline" id="History">History</span></h2>
<div class="hatnote">Main article: Reach Uprising</div>
${ps(fHistory)}
<div class="ad-slot-placeholder incontent-boxad"><span class="ad-slot-label">Advertisement</span></div>
<h2><span class="mw-headline" id="Behind_the_scenes">Behind the scenes</span></h2>
${ps(fBts)}
<h2><span class="mw-headline" id="Appearances">Appearances</span></h2>
<ul>${fApps.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2><span class="mw-headline" id="Notes_and_references">Notes and references</span></h2>
<div class="reflist"><ol class="references"><li id="cite_note-1">Maren Osk on the making of Stormcall, Driftworld Insider 12</li></ol></div>
</div></div></div>
<div class="page-footer"><div class="license-description">Community content is available under CC-BY-SA unless otherwise noted.</div></div>
<div id="articleComments" class="article-comments-app"><h2 class="article-comments-header">Comments</h2>
${fComments
  .map(
    (t, i) => `<div class="comment_Comment"><div class="comment-author"><a href="/wiki/User:reacher${i}">${i === 0 ? 'StormChaser42' : 'TidesOfLore'}</a>
<span class="comment-date">${i === 0 ? '2 days ago' : '5 hours ago'}</span></div><div class="entity-content">${t}</div></div>`,
  )
  .join('\n')}</div></main>
<aside class="page__right-rail" id="WikiaRail"><section class="rail-module popular-pages"><h2 class="rail-module__header">Popular pages</h2>
<ul>${links(fPopular)}</ul></section><section class="rail-module fan-feed"><h2>Fan Feed</h2><p>More Driftpedia</p></section>
<div class="ad-slot-placeholder top-boxad"><span class="ad-slot-label">Advertisement</span></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__links"><ul>${links(fFoot)}</ul></div>
<p class="global-footer__bottom">Driftpedia is a Fandom Movies Community.</p></footer>
<div id="onetrust-banner-sdk"><p>We Care About Your Privacy. We and our partners store and access information on a device, such as cookies.</p>
<button>ACCEPT</button><button>REJECT ALL</button><button>Show Purposes</button></div>
</body></html>`;
export const fandom: TestPage = {
  name: 'heldout267-fandom-wookieepedia-style-wiki',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: ['Description', 'History', 'Behind the scenes', 'Appearances', 'Notes and references'],
  body: texts([...fQuote, ...fIntro, ...fDesc, ...fHistory, ...fBts, ...fApps]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fGlobal.filter((t) => t.length > 2),
    'Driftpedia', 'The Driftworld encyclopedia that anyone can edit', ...fLocal, 'Moons', 'Halven Reach locations', 'English',
    'Sign in to edit', 'Talk (0)', 'Quarrow during a lightning season', 'Astrographical information', 'Region', 'Primary',
    'Physical information', 'Climate', 'Violent electrical storms', 'Contents', 'Main article: Reach Uprising', 'Advertisement',
    'Maren Osk on the making of Stormcall, Driftworld Insider 12', 'Community content is available under CC-BY-SA unless otherwise noted.', 'Comments',
    ...fComments, 'StormChaser42', 'TidesOfLore', '2 days ago', '5 hours ago', 'Popular pages', ...fPopular, 'Fan Feed', 'More Driftpedia', ...fFoot,
    'Driftpedia is a Fandom Movies Community.', 'We Care About Your Privacy. We and our partners store and access information on a device, such as cookies.',
    'ACCEPT', 'REJECT ALL', 'Show Purposes',
  ],
};
