import { links, ps, type TestPage, texts } from './page-kit.js';
import { clean, j, lis, outside, rowTexts, trs } from './pages-heldout459-kit.js';

/**
 * Held-out batch 459, file d: a printer review on WordPress with the tagDiv Newspaper theme (td- classes, review score box,
 * share bar, related posts, comments), and a print troubleshooting page on a MediaWiki wiki (Vector 2022 skin) with its
 * table of contents, edit links, a symptom table, a G-code block and categories.
 */
const rTitle = 'Kestrel K2 Core review: a fast CoreXY that still needs a tinkerer';
const rBody = [
  j(
    'The Kestrel K2 Core is the first enclosed printer from the Shenzhen start-up Kestrel Labs, and at $649 it undercuts most',
    'CoreXY machines with a camera and automatic bed levelling. I printed with it for five weeks, mostly PLA and PETG, with a',
    'few spools of ASA at the end.',
  ),
  'Setup and first prints',
  j(
    'Unboxing took about twenty minutes. The gantry is locked with four screws that the quick-start card forgets to mention,',
    'which led to a loud first homing. After that, the built-in calibration ran for eleven minutes and the first benchmark boat',
    'came out clean at 18 minutes.',
  ),
  'Print quality',
  j(
    'At the default 0.2 mm profile, surfaces were smooth with faint ringing on sharp corners above 300 mm/s. Input shaping helped',
    'but did not remove it. Overhangs up to 60° printed cleanly in PLA; PETG needed the fan turned down to stop curling.',
  ),
  j(
    'ASA was the surprise. With the lid closed, the chamber reached 46 °C and a 200 mm box printed without lifting at the corners,',
    'something my older open-frame printer never managed.',
  ),
  'Specifications',
  'Software and noise',
  j(
    'The slicer is a fork of an open-source project and works well, but the cloud app asks for an account before you can use the',
    'camera. You can print over the local network without it once you turn on LAN mode. At full speed, the K2 Core measured',
    '52 dB from a metre away, quieter than I expected.',
  ),
  'Verdict',
  j(
    'The K2 Core prints fast and well for the price, and it is one of the few budget machines that handles ASA. Rough edges in the',
    'documentation and the account requirement keep it from a top recommendation, but for a tinkerer it is a bargain.',
  ),
  'Pros',
  'Enclosed chamber handles ASA',
  'Fast, accurate automatic calibration',
  'Quiet for a CoreXY',
  'Cons',
  'Cloud account needed for the camera',
  'Shipping screws not documented',
];
const rSpecs = [
  ['Build volume', '256 × 256 × 256 mm'],
  ['Max speed', '500 mm/s'],
  ['Hotend', 'up to 300 °C'],
  ['Price', '$649'],
];
const rNav = ['Home', 'News', 'Reviews', 'Guides', 'Deals', 'Podcast'];
const rRel = ['Best budget 3D printers of 2026', 'Kestrel Labs announces multi-colour add-on', 'How we test 3D printers'];
const rHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${rTitle} | Filament Forward</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="pingback" href="https://filamentforward.com/xmlrpc.php">
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article"><meta property="article:section"
content="Reviews">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Review","name":"${rTitle}",
"author":{"@type":"Person","name":"Dario Lindqvist"},"reviewRating":{"@type":"Rating","ratingValue":"8"}}]}</script>
<link rel="stylesheet" id="td-theme-css" href="https://filamentforward.com/wp-content/themes/Newspaper/style.css?ver=12.6.5" type="text/css" media="all">
<script>var tdBlocksArray=[];var tdThemeName="Newspaper";</script></head>
<body class="post-template-default single single-post postid-20417 single-format-standard td-standard-pack global-block-template-1 td-full-layout"
itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div class="td-menu-background"></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap"><div class="td-header-top-menu"><div class="td_data_time">Tuesday, September 15, 2026</div>
<ul class="top-header-menu">${links(['Advertise', 'Contact', 'Newsletter'], 'menu-item')}</ul></div>
<div class="td-header-menu-wrap"><div class="td-logo"><a href="/">Filament Forward</a></div><ul id="menu-main" class="sf-menu">${links(rNav, 'menu-item')}</ul>
<div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" aria-label="Search"></a></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div
class="entry-crumbs">
<span><a href="/" class="entry-crumb">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="/reviews/"
class="entry-crumb">Reviews</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content"><article id="post-20417"
class="post-20417 post type-post">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/reviews/printers/">Printers</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${rTitle}</h1><div class="td-module-meta-info"><div class="td-post-author-name">
<div class="td-author-by">By</div> <a href="/author/dario/">Dario Lindqvist</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-09-14T09:00:00+00:00">September 14, 2026</time></span>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>3</a></div></div></header></div>
<div class="td-post-sharing td-post-sharing-top"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="#">
<span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-twitter" href="#"><span
class="td-social-but-text">Twitter</span></a>
<a class="td-social-sharing-button td-social-pinterest" href="#"><span class="td-social-but-text">Pinterest</span></a></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2026/09/k2core.jpg" alt="Kestrel K2 Core">
<figcaption class="wp-caption-text">The K2 Core with its lid removed for PLA printing</figcaption></figure></div>
${ps([rBody[0] ?? ''])}
<h2>${rBody[1]}</h2>${ps([rBody[2] ?? ''])}
<h2>${rBody[3]}</h2>${ps(rBody.slice(4, 6))}
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span><div class="adsbygoogle"></div></div>
<h2>${rBody[6]}</h2><table class="td-review-specs"><tbody>${trs(rSpecs)}</tbody></table>
<h2>${rBody[7]}</h2>${ps([rBody[8] ?? ''])}
<h2>${rBody[9]}</h2>${ps([rBody[10] ?? ''])}
<h3>${rBody[11]}</h3><ul>${lis(rBody.slice(12, 15))}</ul><h3>${rBody[15]}</h3><ul>${lis(rBody.slice(16, 18))}</ul>
<div class="td-review"><div class="td-review-final-score">8.0</div><div class="td-review-summary-content">Overall score</div></div>
</div><footer><div class="td-post-source-tags"><ul
class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>${links(['CoreXY', 'Kestrel Labs', 'Printer reviews'])}</ul></div>
<div class="td-author-name vcard author"><div
class="td-author-description">Dario Lindqvist has reviewed desktop printers since 2017 and runs a repair shop in Gothenburg.</div></div>
</footer><div class="td_block_related_posts"><h4 class="td-related-title">Related articles</h4><ul>${links(rRel)}</ul></div>
<div class="comments" id="comments"><h4 class="td-comments-title">3 COMMENTS</h4><ol class="comment-list"><li class="comment"><article>
<footer><cite>Ingrid V.</cite><time>September 14, 2026 at 11:02 am</time></footer><div class="comment-content"><p>Did you try the 0.6 mm nozzle?</p></div>
<div class="comment-meta"><a class="comment-reply-link" href="#">Reply</a></div></article></li></ol></div></article></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td_block_wrap td_block_social_counter"><h4>Stay connected</h4><span>12,480 Fans</span>
<span>5,210 Followers</span></div><div class="td_block_wrap td_block_7"><h4
class="block-title">Latest reviews</h4><ul>${links(['Vantor Resin Mini 6K', 'Bluepeak X1 Mini'])}</ul></div></div>
</div></div></div><div class="td-footer-wrap"><div class="td-footer-info">Filament Forward covers desktop fabrication for makers and small workshops.</div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">© Copyright 2026 - Filament Forward</div><ul
class="td-subfooter-menu">${links(['Privacy Policy', 'Terms', 'About us'])}</ul></div></div>
</div><script type="text/javascript" src="https://filamentforward.com/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5"
id="td-site-min-js"></script></body></html>`;
const review: TestPage = {
  name: 'heldout459-newspaper-printer-review',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [1, 3, 6, 7, 9, 11, 15].map((i) => rBody[i] ?? ''),
  body: texts([
    ...rBody.filter((_, i) => ![1, 3, 6, 7, 9, 11, 15].includes(i)).slice(0, 4),
    ...rowTexts(rSpecs),
    ...rBody.slice(8).filter((_, i) => ![1, 3, 7].includes(i)),
  ]),
  bylines: ['By', 'Dario Lindqvist', 'September 14, 2026', 'Ingrid V.', 'September 14, 2026 at 11:02 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tuesday, September 15, 2026', 'Advertise', 'Contact', 'Newsletter', 'Filament Forward', ...rNav, 'Printers', '3', 'Facebook', 'Twitter', 'Pinterest',
    'The K2 Core with its lid removed for PLA printing', '- Advertisement -', '8.0', 'Overall score', 'TAGS', 'CoreXY', 'Kestrel Labs',
    'Printer reviews', 'Dario Lindqvist has reviewed desktop printers since 2017 and runs a repair shop in Gothenburg.', 'Related articles', ...rRel,
    '3 COMMENTS', 'Did you try the 0.6 mm nozzle?', 'Reply', 'Stay connected', '12,480 Fans', '5,210 Followers', 'Latest reviews',
    'Vantor Resin Mini 6K', 'Bluepeak X1 Mini', 'Filament Forward covers desktop fabrication for makers and small workshops.',
    '© Copyright 2026 - Filament Forward', 'Privacy Policy', 'Terms', 'About us',
  ],
};

const wTitle = 'Layer shifting';
const wLead = j(
  '<b>Layer shifting</b> is a print defect in which the layers of a part stop lining up, so that everything above a certain height is offset',
  'along the X or Y axis. It is almost always mechanical or electrical rather than a slicer problem.',
);
const wBody = [
  'Symptoms',
  j(
    'A shifted print looks like a staircase: one or more sudden steps in the wall, all in the same direction. A gradual lean is',
    'not layer shifting; see <a href="/wiki/Leaning_prints">Leaning prints</a> instead.',
  ),
  'Causes',
  'Loose belts or pulleys',
  j(
    'A pulley grub screw that has worked loose lets the belt slip on the motor shaft. Tighten both grub screws, with one on the',
    'flat of the shaft, and check belt tension: a belt should twang at a low note when plucked, not flap.',
  ),
  'Collisions with the print',
  j(
    'Curled overhangs or blobs can catch the nozzle. The stepper skips steps and the rest of the print is offset. Reduce',
    'overhang curl with more cooling, or turn on Z hop so the nozzle lifts over the part on travel moves.',
  ),
  'Overheated stepper drivers',
  j(
    'Drivers that get too hot shut down for a moment, and the motor loses position. This usually happens after an hour or more',
    'of printing. Add a fan over the mainboard or lower the driver current by 10 to 15 %.',
  ),
  'Speeds and accelerations that are too high',
  j(
    'Each motor can only deliver so much torque. If travel moves are much faster than print moves, reduce travel acceleration',
    'first. The following G-code sets more conservative values until the next restart:',
  ),
  'Diagnosis',
  'Match the symptom to the most likely cause:',
  'Prevention',
  'Check belt tension every three months',
  'Re-tighten pulley grub screws with thread locker',
  'Keep the mainboard fan clean',
];
const wHead = ['Symptom', 'Likely cause', 'First check'];
const wRows = [
  ['Shift at random heights, same direction', 'Loose pulley', 'Grub screws'],
  ['Shift after a long print', 'Driver overheating', 'Mainboard fan'],
  ['Shift where the nozzle crosses an overhang', 'Collision', 'Cooling, Z hop'],
];
const wCode = 'M204 P1500 T2000 ; print / travel acceleration\nM203 X250 Y250 ; maximum feed rates';
const wToc = ['1 Symptoms', '2 Causes', '3 Diagnosis', '4 Prevention'];
const wSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const wFoot = ['This page was last edited on 3 August 2026, at 14:12.', 'Content is available under CC BY-SA 4.0 unless otherwise noted.'];
const wFootLinks = ['Privacy policy', 'About PrintFix Wiki', 'Disclaimers', 'Mobile view'];
const wH = (n: number, i: number): string =>
  `<div class="mw-heading mw-heading${n}"><h${n} id="${(wBody[i] ?? '').replace(/ /g, '_')}">${wBody[i]}</h${n}>${'<span class="mw-editsection">'}<span
class="mw-editsection-bracket">[</span><a href="#">edit</a><span class="mw-editsection-bracket">]</span></span></div>`;
const wHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${wTitle} - PrintFix Wiki</title><script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Layer_shifting",
"wgTitle":"Layer shifting","wgCategories":["Print defects","Mechanics"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Layer_shifting&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr ns-0 page-Layer_shifting skin-vector-2022 action-view"><a class="mw-jump-link"
href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo">
<span class="mw-logo-wordmark">PrintFix Wiki</span></a></div><div class="vector-search-box"><form action="/index.php" id="searchform"><input type="search"
name="search"
placeholder="Search PrintFix Wiki" id="searchInput"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><nav id="mw-panel" class="vector-main-menu">
<div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list">${links(wSide, 'mw-list-item')}</ul></nav></div>
<div class="vector-column-start"><nav id="mw-panel-toc" class="vector-toc"><div class="vector-toc-title">Contents</div><ul><li><a href="#">(Top)</a></li>
${links(wToc, 'vector-toc-list-item')}</ul></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav>${links(['Page', 'Discussion', 'Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From PrintFix Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Layer_separation">Layer separation</a>.</div>
<p>${wLead}</p>
${wH(2, 0)}<p>${wBody[1]}</p>
${wH(2, 2)}${[3, 5, 7, 9].map((i) => `${wH(3, i)}<p>${wBody[i + 1]}</p>`).join('\n')}
<div class="mw-highlight mw-highlight-lang-gcode"><pre>${wCode}</pre></div>
${wH(2, 11)}<p>${wBody[12]}</p><table class="wikitable"><tbody><tr>${wHead.map((h) => `<th>${h}</th>`).join('')}</tr>${trs(wRows)}</tbody></table>
${wH(2, 13)}<ul>${lis(wBody.slice(14))}</ul>
</div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(['Print defects', 'Mechanics'])}</ul></div></div></div></div></main></div>
<footer id="footer" class="mw-footer"><ul id="footer-info">${lis(wFoot, 'mw-list-item')}</ul><ul id="footer-places">${links(wFootLinks)}</ul>
<ul id="footer-icons"><li><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki"></a></li></ul>
</footer></div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const wHeads = [0, 2, 3, 5, 7, 9, 11, 13];
const wiki: TestPage = {
  name: 'heldout459-mediawiki-layer-shifting',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wHeads.map((i) => wBody[i] ?? ''),
  body: texts([wLead, ...wBody.slice(0, 12).filter((_, i) => !wHeads.includes(i)), wBody[12] ?? '', ...rowTexts(wRows), ...wBody.slice(14)]),
  bylines: [wFoot[0] ?? ''],
  furniture: outside(
    [wTitle, ...wBody, ...texts([wLead])],
    [
      'Jump to content',
      'PrintFix Wiki',
      'Search',
      'Create account',
      'Log in',
      'Navigation',
      ...wSide,
      'Contents',
      '(Top)',
      ...wToc,
      'Page',
      'Discussion',
      'Read',
      'Edit',
      'View history',
      'From PrintFix Wiki',
      'Not to be confused with Layer separation.',
      'edit',
      'Categories',
      'Print defects',
      'Mechanics',
      wFoot[1] ?? '',
      ...wFootLinks,
    ],
  ),
};

export const HELDOUT459_D: readonly TestPage[] = [review, wiki].map(clean);
