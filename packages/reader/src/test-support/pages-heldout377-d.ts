import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout377-kit.js';

/**
 * Held-out batch 377, file d: an AtoM fonds description (ISAD(G) areas; header with browse menu, quick links, clipboard and
 * language menus, breadcrumb, treeview context menu, action icons, footer) and an Omeka S exhibit page on the Foundation theme
 * (site navigation, breadcrumbs, media blocks with captions and credits, page pagination, footer).
 */
const aTitle = 'Fonds MAW-F14 - Brenner Lamp-Chimney Cooperative fonds';
const aAdmin = [
  j(
    'The Brenner Lamp-Chimney Cooperative was formed in Ashcombe in 1919 by thirty-four glassworkers who bought the idle',
    'Brenner works from the widow of its founder, Karl Brenner. Each member held one share and one vote. The cooperative made',
    'lamp chimneys and lantern globes for hardware wholesalers and, from 1922, pressed tumblers for the railway companies.',
  ),
  j(
    'Falling demand for lamp glass as houses were wired for electricity, and a long dispute over the pricing of railway orders,',
    'left the cooperative unable to pay for a new furnace lining in 1926. The members voted to wind it up in October of that year.',
  ),
];
const aScope = [
  j(
    'The letter book covers the whole life of the cooperative and contains copies of letters to wholesalers, the railway',
    'companies and the bank, including the final letters about the winding up of the business in 1926.',
  ),
  j(
    'The fonds consists of the minute books of the members\u2019 meetings, share and wage registers, order books, a letter book,',
    'and a small number of photographs. The minute books record every vote taken by the members and are unusually frank about',
    'disagreements between the furnace crews. Also included is the printed rule book of 1919.',
  ),
];
const aArrange = [
  'The records were received in no particular order and have been arranged by the archivist into four series:',
  'Governance',
  'Finance and wages',
  'Production and sales',
  'Photographs',
];
const aAccess = [j('Open. The wage registers contain personal information about named workers and may be viewed in the reading room only.')];
const aBrowse = ['Archival descriptions', 'Authority records', 'Archival institutions', 'Functions', 'Subjects', 'Places', 'Digital objects'];
const aQuick = ['Home', 'About', 'Help', 'Privacy Policy'];
const aTree = ['Governance', 'Finance and wages', 'Production and sales', 'Photographs'];
const aHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="title" content="Ashcombe Museum of Work Archive">
<meta name="description" content="Ashcombe Museum of Work Archive"><meta name="viewport" content="initial-scale=1.0, user-scalable=no">
<title>Brenner Lamp-Chimney Cooperative fonds - Ashcombe Museum of Work Archive</title><link rel="shortcut icon" href="/favicon.ico">
<link href="/plugins/arDominionPlugin/css/min.css" media="screen" rel="stylesheet"><script src="/vendor/jquery.js"></script>
<script>window.atomConfig = {"treeviewType":"sidebar","clipboardEnabled":true};</script></head>
<body class="yui-skin-sam informationobject index"><div id="wrapper" class="container" role="main">
<header id="top-bar"><a id="logo" rel="home" href="/" title=""><img alt="AtoM logo" src="/images/logo.png"></a>
<h1 id="site-name"><a rel="home" title="Home" href="/"><span>Ashcombe Museum of Work Archive</span></a></h1>
<nav><div id="user-menu"><button class="top-item top-dropdown" data-toggle="dropdown">Log in</button></div>
<div id="quick-links-menu"><button class="top-item top-dropdown">Quick links</button><div class="top-dropdown-container"><ul>${links(aQuick)}</ul></div></div>
<div id="language-menu"><button class="top-item">Language</button></div><div id="clipboard-menu"><button class="top-item">Clipboard</button></div></nav>
<div id="search-bar"><div id="browse-menu"><button class="top-item top-dropdown">Browse</button><div class="top-dropdown-container"><ul>${links(aBrowse)}</ul>
</div></div><div id="search-form-wrapper" role="search"><form action="/informationobject/browse"><input type="text" name="query" placeholder="Search">
</form></div></div></header>
<div id="wrapper-content"><div id="context-menu" class="sidebar"><div id="treeview-menu"><ul class="nav nav-tabs"><li class="active">
<a href="#">Holdings</a></li>
<li><a href="#">Quick search</a></li></ul><div id="treeview"><ul>${links(aTree, 'treeview-node')}</ul></div></div></div>
<div id="main-column" role="main"><h1>${aTitle}</h1>
<section class="breadcrumb"><ul><li><span>Brenner Lamp-Chimney Cooperative fonds</span></li></ul></section>
<div id="content"><section id="identityArea"><h2>Identity area</h2>
<div class="field"><h3>Reference code</h3><div>CA AMW MAW-F14</div></div><div class="field"><h3>Title</h3>
<div>Brenner Lamp-Chimney Cooperative fonds</div></div>
<div class="field"><h3>Date(s)</h3><div><ul><li>1919-1926 (Creation)</li></ul></div></div>
<div class="field"><h3>Level of description</h3><div>Fonds</div></div><div class="field"><h3>Extent and medium</h3>
<div>1.2 m of textual records ; 46 photographs</div></div>
</section><section id="contextArea"><h2>Context area</h2><div class="field"><h3>Name of creator</h3><div><a href="#">Brenner Lamp-Chimney
Cooperative</a> (1919-1926)</div></div>
<div class="field"><h3>Administrative history</h3><div>${ps(aAdmin)}</div></div>
<div class="field"><h3>Immediate source of acquisition</h3><div><p>Donated by the family of Amos Brook, 1981.</p></div></div></section>
<section id="contentAndStructureArea"><h2>Content and structure area</h2><div class="field"><h3>Scope and content</h3><div>${ps(aScope)}</div></div>
<div class="field"><h3>System of arrangement</h3><div><p>${aArrange[0]}</p><ul>${aArrange
  .slice(1)
  .map((a) => `<li>${a}</li>`)
  .join('')}</ul></div></div></section>
<section id="conditionsOfAccessAndUseArea"><h2>Conditions of access and use area</h2><div class="field"><h3>Conditions governing access</h3>
<div>${ps(aAccess)}</div></div><div class="field"><h3>Language of material</h3><div><ul><li>English</li></ul></div></div></section>
<section id="accessPointsArea"><h2>Access points</h2><div class="field"><h3>Subject access points</h3><div><ul>${links(['Cooperatives', 'Glass industry'])}</ul>
</div></div></section></div>
<section id="action-icons"><ul><li><a class="btn" href="#">Export</a></li><li><a class="btn" href="#">Finding aid</a></li>
<li><button class="clipboard">Add to clipboard</button></li></ul></section></div></div>
<footer><div id="print-date">Printed: 2026-03-11</div><div id="footer-text"><p>Powered by <a href="https://www.accesstomemory.org">AtoM</a></p></div>
</footer></div>
</body></html>`;
const atom: TestPage = {
  name: 'heldout377-atom-fonds',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [
    'Context area',
    'Administrative history',
    'Immediate source of acquisition',
    'Content and structure area',
    'Scope and content',
    'System of arrangement',
    'Conditions of access and use area',
    'Conditions governing access',
  ],
  body: texts([...aAdmin, 'Donated by the family of Amos Brook, 1981.', ...aScope, ...aArrange, ...aAccess]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ashcombe Museum of Work Archive', 'Log in', 'Quick links', ...aQuick, 'Language', 'Clipboard', 'Browse', ...aBrowse, 'Holdings', 'Quick search',
    'Access points', 'Subject access points', 'Cooperatives', 'Glass industry', 'Export', 'Finding aid', 'Add to clipboard', 'Printed: 2026-03-11',
    'Powered by AtoM',
  ],
};

const oTitle = 'Light for Every Room: The Lamp Chimney at Home';
const oIntro = [
  j(
    'This room of the exhibit looks at the chimney from the buyer\u2019s side of the counter: what households bought, how',
    'they chose between grades, and how they looked after a piece of glass that was expected to break sooner or later.',
  ),
  j(
    'Before the valley was wired for electricity, the oil lamp was the centre of every evening. Its glass chimney drew the',
    'flame upward, steadied it against draughts and turned a smoky wick into a clear, bright light. A household might own',
    'half a dozen lamps and break several chimneys a year, which is why the works of Ashcombe could sell them by the million.',
  ),
];
const oShapes = [
  j(
    'Chimneys came in dozens of shapes, each made to fit a particular burner. The tall, narrow "student" chimney suited reading',
    'lamps; the bulbous "pearl top" was sold as a better grade; and plain straight chimneys were bought by the crate for kitchens,',
    'barns and railway lamps.',
  ),
  j(
    'Makers marked the better grades by crimping or beading the top rim. The pearl top of the Brenner works, with its ring of',
    'small glass beads, was copied so widely that the cooperative took out newspaper notices warning buyers against imitations.',
  ),
];
const oCare = [
  j(
    'Advice on the care of chimneys filled household manuals of the period. A new chimney was to be set in cold water, brought',
    'slowly to the boil and left to cool overnight, a practice that was believed to toughen the glass. Chimneys were cleaned',
    'daily with a rolled newspaper, and never with a wet cloth while warm.',
  ),
  j(
    'The exhibit\u2019s visitors often recognise these habits from their grandparents. One donor remembered being sent each',
    'Saturday to clean every chimney in the house, and being paid a penny for each one that came back without a smudge.',
  ),
];
const oQuote = j(
  '"A good chimney rings like a bell when you tap it with a fingernail. A bad one clicks, and you know it will crack before',
  'the winter is out." Amos Brook, interviewed in 1974',
);
const oNav = ['Introduction', 'At the Furnace', 'Light for Every Room', 'The End of the Trade', 'Browse Items'];
const oHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Light for Every Room \u00b7 Glass for the Lamp \u00b7 Ashcombe Museum of Work</title>
<link href="/themes/foundation-s/asset/css/style.css?v=1.5.2" media="screen" rel="stylesheet" type="text/css">
<script src="/application/asset/vendor/jquery/jquery.min.js?v=4.1.1"></script><script>var OMEKA_SITE = "glass-for-the-lamp";</script></head>
<body class="site-page resource page site-page-light-for-every-room"><a id="skipnav" href="#content">Skip to main content</a>
<header><div class="top-bar" id="top-bar"><div class="top-bar-left"><a href="/s/glass-for-the-lamp" class="site-title"><h1 class="site-title-text">Glass for
the Lamp</h1></a></div><div class="top-bar-right"><form action="/s/glass-for-the-lamp/index/search" id="search-form"><input type="text" name="fulltext_search"
placeholder="Search" aria-label="Search"><button type="submit">Search</button></form></div></div>
<nav class="primary-nav" aria-label="Main navigation"><ul class="dropdown menu navigation">${links(oNav)}</ul></nav></header>
<div id="content" role="main" class="grid-container"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ul><li><a href="/s/glass-for-the-lamp">Home</a></li>
<li><span class="show-for-sr">Current: </span>Light for Every Room</li></ul></nav>
<h1 class="page-title">${oTitle}</h1>
<div class="blocks"><div class="block block-html">${ps(oIntro)}</div>
<div class="block block-media item-showcase media-right"><div class="item resource"><a href="/s/glass-for-the-lamp/item/5521"><img alt=""
src="/files/medium/5521.jpg"></a><div class="caption"><p>Pearl top chimney, Brenner Lamp-Chimney Cooperative, about 1922.</p>
<p class="credit">Ashcombe Museum of Work, 1981.44.12</p></div></div></div>
<div class="block block-html"><h3>Shapes and grades</h3>${ps(oShapes)}</div>
<div class="block block-html"><h3>Care and cleaning</h3>${ps(oCare)}<blockquote><p>${oQuote}</p></blockquote></div>
<div class="block block-media file-gallery"><div class="item resource"><img alt="" src="/files/medium/5530.jpg"><div class="caption">
<p>Page from the household manual "The Thrifty Home", 1908, showing a chimney brush.</p></div></div></div>
<div class="block block-lineBreak"><div class="break transparent"></div></div>
<div class="block block-html"><p class="exhibit-credits">Curated by Lena Ostrow with the Ashcombe Oral History Group.</p></div></div>
<nav class="site-page-pagination" aria-label="Pagination"><a href="/s/glass-for-the-lamp/page/at-the-furnace" class="previous-page">At the Furnace</a>
<a href="/s/glass-for-the-lamp/page/end-of-the-trade" class="next-page">The End of the Trade</a></nav></div>
<footer><div class="footer-content">Ashcombe Museum of Work \u00b7 Mill Lane, Ashcombe</div><div class="powered">Powered by Omeka S</div></footer>
<script src="/themes/foundation-s/asset/js/foundation.min.js"></script></body></html>`;
const omeka: TestPage = {
  name: 'heldout377-omeka-s-exhibit',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: ['Shapes and grades', 'Care and cleaning'],
  body: texts([...oIntro, ...oShapes, ...oCare, oQuote]),
  bylines: ['Curated by Lena Ostrow with the Ashcombe Oral History Group.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Glass for the Lamp', ...oNav, 'Home', 'Current:', 'Pearl top chimney, Brenner Lamp-Chimney Cooperative, about 1922.',
    'Ashcombe Museum of Work, 1981.44.12', 'Page from the household manual "The Thrifty Home", 1908, showing a chimney brush.',
    'Ashcombe Museum of Work \u00b7 Mill Lane, Ashcombe', 'Powered by Omeka S',
  ],
};

export const HELDOUT377_D: readonly TestPage[] = [atom, omeka];
