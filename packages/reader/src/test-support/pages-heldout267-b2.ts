import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file b2: a Simple English Wikipedia article in Vector 2022 with the sticky header, the pinned page
 * tools and Appearance panel, the fundraising banner, a taxobox-like infobox, a gallery, the stub notice, "Related pages",
 * references and the footer.
 */
const sTitle = 'Osk river dolphin';
const sLead = [
  j(
    'The <b>Osk river dolphin</b> is a little dolphin that lives in fresh water. It is found only in the River Osk and the lakes',
    'joined to it. It is one of the rarest dolphins in the world.',
  ),
];
const sLooks = [
  'The Osk river dolphin is about 1.6 metres long. It is grey on its back and pink underneath. Its beak is long and thin.',
  j(
    'It has tiny eyes. It cannot see well, because the water of the river is brown with mud.',
    'It finds its way by making clicking sounds and listening to the echoes.',
  ),
];
const sLife = [
  j('These dolphins live alone or in groups of two or three. They eat fish, shrimp and crabs. A female has one calf every two or three years.'),
  'The calf stays with its mother for about a year. Osk river dolphins can live for about 25 years.',
];
const sDanger = ['Scientists think there are fewer than 400 Osk river dolphins left. The main dangers to them are:'];
const sDangers = ['fishing nets, where they get caught and drown', 'dams, which cut the river into pieces', 'dirty water from farms and towns'];
const sSafe = [
  j(
    'In 2012 the government of Lessmark made a part of the river into a protected area. Fishing with nets is not allowed there.',
    'People who live near the river work with scientists to count the dolphins every spring.',
  ),
  j(
    'Children in the villages along the Osk learn about the dolphins at school, and a festival is held in Greyfold each June',
    'when the young are first seen. Many people now think of the dolphin as the animal of the river and want to keep it safe.',
  ),
];
const sRelated = ['Porpoise', 'Toothed whale', 'Endangered species'];
const sRefs = ['Brannock, Ilse (2015). "Counting the dolphins of the Osk". Journal of River Mammals. 12 (3): 44–58.'];
const sMenu = ['Main page', 'Simple start', 'Simple talk', 'New changes', 'Show any page', 'Help', 'Contact us', 'About Wikipedia'];
const sTools = ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Cite this page', 'Download as PDF'];
const sFoot = ['Privacy policy', 'About Wikipedia', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const h2 = (id: string, t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Osk_river_dolphin&amp;action=edit">change</a>
<span class="mw-editsection-divider"> | </span><a href="/w/index.php?title=Osk_river_dolphin&amp;action=edit&amp;section=1">change source</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const sHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-appearance-pinned-clientpref-1 vector-sticky-header-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Osk river dolphin - Simple English Wikipedia, the free encyclopedia</title>
<script>RLCONF={"wgPageName":"Osk_river_dolphin","wgTitle":"Osk river dolphin","wgArticleId":771204,"wgRelevantPageName":"Osk_river_dolphin"};</script>
<meta property="og:title" content="Osk river dolphin - Simple English Wikipedia, the free encyclopedia">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Osk river dolphin","dateModified":"2026-02-09T08:41:00Z"}</script>
</head>
<body class="skin--responsive skin-vector skin-vector-2022 mediawiki ltr sitedir-ltr ns-0 ns-subject page-Osk_river_dolphin action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div id="centralNotice" class="cn-fundraising"><div class="frb frb-main"><p class="frb-message">Please donate to keep Wikipedia free. Most readers don't give,
but a small gift from you would help.</p><button class="frb-button">Donate now</button><button class="frb-close">Maybe later</button></div></div>
<div class="vector-header-container"><header class="vector-header mw-header"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown"><span class="vector-dropdown-label-text">Main menu</span>
<div class="vector-dropdown-content"><ul class="vector-menu-content-list">${links(sMenu, 'mw-list-item')}</ul></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" width="50" height="50"></a>
<div id="p-search" role="search"><form id="searchform"><input type="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia"></form></div>
<nav class="vector-user-links"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></header></div>
<div class="mw-page-container"><div class="mw-content-container"><main id="content" class="mw-body">
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"><h2 class="vector-pinnable-header-label">Contents</h2>
<ul class="vector-toc-contents"><li><a href="#"><div class="vector-toc-text">(Top)</div></a></li></ul></nav></div>
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${sTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown"><span class="vector-dropdown-label-text">12 languages</span></div></header>
<div class="vector-page-toolbar"><ul>${links(['Page', 'Talk', 'Read', 'Change', 'Change source', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Simple English Wikipedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox biota"><tbody><tr><th colspan="2" style="background:rgb(235,235,210)">Osk river dolphin</th></tr>
<tr><td colspan="2"><img src="//upload.wikimedia.example/Osk_dolphin.jpg" width="250" height="150"><div>An Osk river dolphin near Greyfold</div></td></tr>
<tr><th colspan="2"><a href="/wiki/Conservation_status">Conservation status</a></th></tr><tr><td colspan="2">Critically endangered</td></tr>
<tr><th colspan="2"><a href="/wiki/Scientific_classification">Scientific classification</a></th></tr>
<tr><td>Kingdom:</td><td>Animalia</td></tr><tr><td>Order:</td><td>Artiodactyla</td></tr><tr><td>Species:</td><td><i>Oskia pallida</i></td></tr></tbody></table>
${ps(sLead)}
${h2('Appearance', 'Appearance')}
${ps(sLooks)}
${h2('Life', 'Life')}
${ps(sLife)}
<ul class="gallery mw-gallery-traditional"><li class="gallerybox"><div class="thumb"><img src="//upload.wikimedia.example/Osk_calf.jpg" width="120"></div>
<div class="gallerytext">A mother and calf</div></li><li class="gallerybox">
<div class="thumb"><img src="//upload.wikimedia.example/Osk_skull.jpg" width="120"></div>
<div class="gallerytext">Skull in the Lessmark museum</div></li></ul>
${h2('Dangers', 'Dangers')}
${ps(sDanger)}
<ul>${sDangers.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(sSafe)}
${h2('Related_pages', 'Related pages')}
<ul>${links(sRelated)}</ul>
${h2('References', 'References')}
<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span>
<span class="reference-text">${sRefs[0]}</span></li></ol></div>
<div class="metadata plainlinks stub" role="presentation"><table><tbody><tr><td><img src="//upload.wikimedia.example/Stub.svg" width="30"></td>
<td><i>This short article about <a href="/wiki/Animal">animals</a> can be made longer. You can help Wikipedia by adding to it.</i>
</td></tr></tbody></table></div>
</div></div><div id="catlinks" class="catlinks">Categories: <ul><li>Toothed whales</li><li>Animals of Lessmark</li></ul></div></div></main></div>
<div class="vector-column-end"><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools">
<div class="vector-pinnable-header-label">Tools</div><div id="p-tb" class="vector-menu"><div class="vector-menu-heading">General</div>
<ul>${links(sTools, 'mw-list-item')}</ul></div></div></nav>
<nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance"><div class="vector-pinnable-header-label">Appearance</div>
<div class="vector-menu-heading">Text</div><ul>${links(['Small', 'Standard', 'Large'])}</ul>
<div class="vector-menu-heading">Width</div><div class="vector-menu-heading">Color (beta)</div>
<ul>${links(['Automatic', 'Light', 'Dark'])}</ul></div></nav></div>
</div><div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last changed on 9 February 2026, at 08:41.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License and the GFDL; additional terms may apply.</li>
</ul><ul id="footer-places">${links(sFoot)}</ul></footer></div>
<div id="vector-sticky-header" class="vector-sticky-header"><div class="vector-sticky-header-context-bar-primary">Osk river dolphin</div>
<span class="vector-sticky-header-search-toggle">Search</span></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":133});});</script></body></html>`;
export const simple: TestPage = {
  name: 'heldout267-simple-wikipedia-wiki',
  kind: 'wiki',
  html: sHtml,
  title: sTitle,
  headings: ['Appearance', 'Life', 'Dangers', 'Related pages', 'References'],
  body: texts([...sLead, ...sLooks, ...sLife, ...sDanger, ...sDangers, ...sSafe]),
  bylines: ['This page was last changed on 9 February 2026, at 08:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', "Please donate to keep Wikipedia free. Most readers don't give, but a small gift from you would help.", 'Donate now',
    'Maybe later', 'Main menu', ...sMenu, 'Create account', 'Log in', 'Contents', '(Top)', '12 languages', 'Page', 'Talk', 'Change source', 'View history',
    'From Simple English Wikipedia, the free encyclopedia', 'An Osk river dolphin near Greyfold', 'Conservation status', 'Critically endangered',
    'Scientific classification', 'Kingdom:', 'Animalia', 'Artiodactyla', 'Oskia pallida', 'A mother and calf', 'Skull in the Lessmark museum',
    ...sRelated, ...sRefs, 'This short article about animals can be made longer. You can help Wikipedia by adding to it.', 'Categories:', 'Toothed whales',
    'Animals of Lessmark', 'Tools', 'General', ...sTools, 'Small', 'Standard', 'Large', 'Width', 'Color (beta)', 'Automatic', 'Light', 'Dark',
    'Text is available under the Creative Commons Attribution-ShareAlike License and the GFDL; additional terms may apply.', ...sFoot,
  ],
};
