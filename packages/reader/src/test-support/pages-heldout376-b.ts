import { links, type TestPage, texts } from './page-kit.js';
import { fextra } from './pages-heldout376-b2.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file b: a Fandom wiki boss page (global navigation, community header, page header with categories,
 * portable infobox, table of contents, a gallery caption, the "Fan Feed" and "More Fandoms" rails, the license line and
 * the global footer) and, from file b2, a Fextralife-style wiki page.
 */
const fTitle = 'Matron of Cinders';
const fHeads = ['Lore', 'Strategy', 'Attacks', 'Trivia'];
const fIntro = [
  j(
    'The Matron of Cinders is an optional boss in Greywake found in the Kiln Orphanage. She guards the lower kilns and must be',
    'defeated to free the apprentice Ollen, who later sells fire resistance rings at the Crossroads camp.',
  ),
];
const fLore = [
  j(
    'Before the Ashing, the Matron ran the orphanage and taught the children to fire pottery. Letters found in the dormitory',
    'suggest she refused to leave when the kilns overheated, and that the flames kept her alive long after the building fell.',
  ),
];
const fStrat = [
  j(
    'Fire resistance above 60 makes the fight much easier, since nearly every attack she has deals fire damage. The Ember Veil',
    'shield from the orphanage chapel blocks her thrown coals completely.',
  ),
  j(
    'Fight her near the cold pillar on the west side of the arena. Her kiln breath cannot pass through it, and standing behind',
    'it forces her to walk around, which gives you time for a charged attack.',
  ),
  j(
    'Below a third of her health she calls two Soot Children. They have very little health, so kill them with quick strikes',
    'before returning to the Matron. If they reach her, she regains a small amount of health each.',
  ),
];
const fAtt = [
  'Coal Toss – throws three burning coals in a fan. Roll forward through the gap between the second and third coal.',
  'Kiln Breath – a long cone of flame. Get behind the cold pillar or to her back.',
  'Ladle Sweep – a slow horizontal swing that can be parried.',
  'Call the Children – summons two Soot Children; used once below a third of her health.',
];
const fTrivia = [
  'Her name in the game files is "kiln_mother", suggesting she was once planned as a main boss.',
  'If Ollen is already freed in a previous cycle, the Matron speaks one extra line before the fight.',
];
const fGlobal = ['Games', 'Movies', 'Video', 'Wikis', 'Start a Wiki'];
const fComm = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Interactive Maps', 'Greywake', 'Areas', 'Characters', 'Items'];
const fCats = ['Bosses', 'Optional Bosses', 'Kiln Orphanage', 'Fire Enemies'];
const fBox = ['Location', 'Kiln Orphanage', 'Health', '4,250', 'Souls', '9,400', 'Weakness', 'Frost, Strike'];
const fFeed = ['Greywake 2 director teases winter setting', 'The ten hardest bosses in Greywake, ranked'];
const fMore = ['Elder Tide', 'Stormcaller Saga', 'Hollow Crown'];
const fFoot = ['Terms of Use', 'Privacy Policy', 'Digital Services Act', 'Support', 'Community Central', 'Help'];
const fHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${fTitle} | Greywake Wiki | Fandom</title>
<meta name="description" content="The Matron of Cinders is an optional boss in Greywake found in the Kiln Orphanage.">
<meta property="og:site_name" content="Greywake Wiki"><meta property="og:type" content="article">
<script>var fandomContext = {"site":{"wikiId":881204,"cityId":881204},"page":{"articleId":2231,"pageType":"article"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${fTitle}","publisher":{"@type":"Organization",
"name":"Fandom"}}</script>
<link rel="stylesheet" href="https://greywake.fandom.example/load.php?lang=en&amp;modules=skin.fandomdesktop.styles"></head>
<body class="mediawiki ltr sitedir-ltr skin-fandomdesktop page-Matron_of_Cinders rootpage-Matron_of_Cinders">
<div class="global-navigation"><a class="global-navigation__logo" href="https://www.fandom.example" aria-label="Fandom"></a>
<nav class="global-navigation__nav"><ul>${links(fGlobal, 'global-navigation__link')}</ul></nav>
<div class="global-navigation__bottom"><a href="/signin">Sign In</a> <a href="/register">Register</a></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper">
<header class="fandom-community-header"><a class="fandom-community-header__community-name" href="/wiki/Greywake_Wiki">Greywake Wiki</a>
<div class="fandom-community-header__top-container"><span class="wiki-stats">1,482 pages</span></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(fComm, 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader">
<div class="page-header__categories"><span class="page-header__categories-in">in:</span>
${fCats.map((c) => `<a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a>`).join(', ')}</div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">${fTitle}</h1></div>
<div class="page-header__actions"><a class="wds-button" href="?action=edit">Edit</a> <a class="wds-button" href="?action=history">History</a>
<a class="wds-button" href="/wiki/Talk:Matron_of_Cinders">Talk (3)</a></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-title">${fTitle}</h2>
<figure class="pi-item pi-image"><img src="https://static.wikia.example/greywake/matron.png" alt="Matron"></figure>
${[0, 2, 4, 6]
  .map((i) => `<div class="pi-item pi-data"><h3 class="pi-data-label">${fBox[i] ?? ''}</h3><div class="pi-data-value pi-font">${fBox[i + 1] ?? ''}</div></div>`)
  .join('\n')}</aside>
<p>${fIntro[0] ?? ''}</p>
<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2>Contents</h2></div><ul>
${fHeads
  .map(
    (h, i) => `<li class="toclevel-1"><a href="#${h}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a>
</li>`,
  )
  .join('\n')}</ul></div>
<h2><span class="mw-headline" id="Lore">${fHeads[0] ?? ''}</span><span class="mw-editsection"><a href="?action=edit&amp;section=1">edit</a></span></h2>
<p>${fLore[0] ?? ''}</p>
<h2><span class="mw-headline" id="Strategy">${fHeads[1] ?? ''}</span><span class="mw-editsection"><a href="?action=edit&amp;section=2">edit</a></span></h2>
${fStrat.map((p) => `<p>${p}</p>`).join('\n')}
<div class="wikia-gallery"><div class="wikia-gallery-item"><img src="https://static.wikia.example/greywake/pillar.png" alt="">
<div class="lightbox-caption">Standing behind the pillar blocks the kiln breath.</div></div></div>
<h2><span class="mw-headline" id="Attacks">${fHeads[2] ?? ''}</span><span class="mw-editsection"><a href="?action=edit&amp;section=3">edit</a></span></h2>
<ul>${fAtt.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2><span class="mw-headline" id="Trivia">${fHeads[3] ?? ''}</span><span class="mw-editsection"><a href="?action=edit&amp;section=4">edit</a></span></h2>
<ul>${fTrivia.map((t) => `<li>${t.replace(/"/g, '&quot;')}</li>`).join('\n')}</ul>
<table class="navbox"><tr><th class="navbox-title">Greywake Bosses</th></tr><tr>
<td class="navbox-list">Hollow Reeve • Matron of Cinders • The Last Lamplighter</td></tr></table>
</div></div></div>
<div class="page-footer"><div class="license-description">Community content is available under
<a href="https://www.fandom.example/licensing">CC-BY-SA</a> unless otherwise noted.</div></div></main>
<aside class="page__right-rail"><div id="WikiaRail"><section class="rail-module"><h2 class="rail-module__header">Fan Feed</h2>
<ul>${links(fFeed)}</ul></section><section class="rail-module"><h2 class="rail-module__header">More Fandoms</h2><ul>${links(fMore)}</ul></section>
<div class="ad-slot-placeholder"><span class="ad-label">Advertisement</span></div></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><ul>${links(fFoot)}</ul>
<p class="global-footer__copyright">Copyright 2026 Fandom, Inc. All rights reserved.</p></div></footer>
<div class="_2O--J403t2VqCuF8XJAZLK" role="dialog"><div>We want to share some information about how we use cookies and similar technologies.</div>
<button class="NN0_TB_DIsNmMHgJWgT7U">Accept</button><button class="_1FkLx7b5gWrVwNTjBh-gnK">Learn More</button></div>
<script src="https://greywake.fandom.example/load.php?modules=startup&amp;only=scripts"></script></body></html>`;
const fandom: TestPage = {
  name: 'heldout376-fandom-boss-wiki',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([...fIntro, ...fLore, ...fStrat, ...fAtt, ...fTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fGlobal, 'Sign In', 'Register', 'Greywake Wiki', '1,482 pages', ...fComm.filter((t) => t !== 'Greywake'), 'in:', 'Bosses', 'Optional Bosses',
    'Fire Enemies', 'Edit', 'History', 'Talk (3)', 'Location', 'Health', '4,250', 'Souls', '9,400', 'Weakness', 'Frost, Strike', 'Contents',
    'Standing behind the pillar blocks the kiln breath.', 'Greywake Bosses', 'Hollow Reeve • Matron of Cinders • The Last Lamplighter',
    'Community content is available under CC-BY-SA unless otherwise noted.', 'Fan Feed', ...fFeed, 'More Fandoms', ...fMore, 'Advertisement', ...fFoot,
    'Copyright 2026 Fandom, Inc. All rights reserved.', 'We want to share some information about how we use cookies and similar technologies.',
    'Accept', 'Learn More',
  ],
};

export const HELDOUT376_B: readonly TestPage[] = [fandom, fextra];
