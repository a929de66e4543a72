import { links, ps, type TestPage, texts } from './page-kit.js';
import { heads, j, lis, paras, type Sec } from './pages-heldout418-kit.js';

/**
 * Held-out batch 418, file b: a fungi identification page on an old hand-built HTML site (table layout, left menu of genera,
 * Google AdSense slots, photo captions, a lookalikes table, "Identification guide" prev/next links and a footer with the
 * site's copyright) and a wildflower guide page built with WordPress and Elementor (sections, columns and widgets).
 */
const fTitle = 'Amanita griseofolia (Elmhurst) - Ashen Ringless Amanita';
const fSecs: Sec[] = [
  [
    'Identification',
    [
      j(
        'Cap: 5 to 11cm across, at first egg-shaped then flattening with a low umbo; ash-grey to mouse-brown, paler at the margin,',
        'which is strongly grooved for a third of the radius. Scraps of white veil sometimes remain on the cap after rain but soon wash off.',
      ),
      'Gills: free, crowded, white, becoming cream with age; the gill edges are finely fringed.',
      j(
        'Stem: 8 to 15cm long and 1 to 1.8cm across, tapering upwards, white with grey snakeskin markings; there is no ring. The base',
        'sits in a tall, loose, sack-like white volva, which is easily left in the soil if the fruitbody is pulled rather than dug.',
      ),
      'Spores: globose, smooth, 9-12µm across; inamyloid. Spore print: white.',
      'Odour/taste: not distinctive. This species is not recommended for eating, because of the risk of confusion described below.',
    ],
  ],
  [
    'Habitat & Ecological role',
    [
      j(
        'Ectomycorrhizal, mainly with birch and oak on acid, sandy soils; occasionally with spruce. It fruits singly or in scattered',
        'groups in open woodland and along woodland rides, from July to October, and is commonest after warm, wet spells.',
      ),
    ],
  ],
  [
    'Similar species',
    [
      j(
        'Several grey or brown amanitas share the grooved cap margin and the lack of a ring. The table below gives the characters',
        'that separate them in the field; the last column is the one that matters most.',
      ),
    ],
  ],
];
const fTable = [
  ['Amanita fulvella', 'Orange-brown cap, volva often with rusty stains', 'Edible when cooked but not recommended'],
  ['Amanita pallidissima', 'Greenish-white cap, a ring on the stem, volva close-fitting', 'Deadly poisonous'],
  ['Volvopluteus stellifer', 'Gills turn pink, spore print pink, grows on woodchip', 'Edibility doubtful'],
];
const fRows = fTable.map((r) => r.join(' '));
const fAfter = [
  j(
    'The deadly lookalike has a ring, but rings can be torn away by slugs or lost as the fruitbody ages. Always dig out the whole',
    'base and look at the spore print before drawing any conclusion about an amanita.',
  ),
  'Notes on taxonomic history: first described in 1891 from birch heath near Elmhurst, the species was long treated as a variety of the Grisette.',
];
const fMenu = ['Home', 'Fungi A-Z', 'Agarics', 'Boletes', 'Brackets', 'Cup Fungi', 'Glossary', 'Books'];
const fCaptions = ['Ashen Ringless Amanita in birchwood, Tarnmoor', 'The sack-like volva, dug out carefully'];
const fFoot = ['Please help us by reporting broken links', 'Copyright © 2026 Fernlea Nature Pages', 'Privacy and cookies'];
const fHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Amanita griseofolia, Ashen Ringless Amanita mushroom</title>
<meta name="keywords" content="amanita, grisette, fungi, identification, lookalikes">
<meta name="description" content="Identification of Amanita griseofolia, with lookalikes, habitat and spore details.">
<link href="../../css/fernlea.css" rel="stylesheet" type="text/css">
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-4410"></script>
<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;})(window,document,'script','//www.google-analytics.example/analytics.js','ga');</script>
</head><body>
<div id="cookiebar">This site uses cookies for ads and analytics. <a href="../../privacy.html">Find out more</a> <a href="#" onclick="hideBar()">OK</a></div>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="banner"><a href="../../index.html">
<img src="../../images/fernlea-banner.jpg" alt="Fernlea Nature Pages" width="760" height="90"></a></td></tr>
<tr><td width="160" valign="top" class="leftmenu"><ul class="menu">${links(fMenu)}</ul>
<div class="adbox"><span class="adlabel">Advertisement</span><ins class="adsbygoogle" style="display:inline-block;width:160px;height:600px"
data-ad-client="ca-pub-4410" data-ad-slot="9921"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></td>
<td valign="top" class="maintext">
<p class="navline"><a href="amanita-fulvella.html">« Previous species</a> | <a href="index.html">Amanita index</a> |
<a href="amanita-pallidissima.html">Next species »</a></p>
<h1>${fTitle}</h1>
<p class="phylum">Phylum: Basidiomycota - Class: Agaricomycetes - Order: Agaricales - Family: Amanitaceae</p>
<table class="photos"><tr><td><img src="images/amanita-griseofolia1.jpg" alt="" width="340"><br><span class="caption">${fCaptions[0]}</span></td>
<td><img src="images/amanita-griseofolia2.jpg" alt="" width="340"><br><span class="caption">${fCaptions[1]}</span></td></tr></table>
${fSecs.map((s) => `<h2>${s[0].replace(/&/g, '&amp;')}</h2>\n${ps(s[1])}`).join('\n')}
<table class="lookalikes" border="1" cellpadding="4"><tr><th>Lookalike</th><th>Key differences</th><th>Edibility</th></tr>
${fTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}</table>
${ps(fAfter)}
<div class="adbox-inline"><span class="adlabel">Advertisement</span><ins class="adsbygoogle" data-ad-slot="9922"></ins></div>
<p class="reference"><b>Reference Sources</b><br>Harwell, J. (2019) Amanitas of the Northern Heaths. Tarnmoor Press.</p>
<p class="ack">Acknowledgements: This page includes pictures kindly contributed by Sunniva Grebe.</p>
<p class="navline2"><a href="../index.html">Fungi Identification Guide</a> | <a href="../../books.html">Buy our fungi books</a></p>
</td></tr></table>
<div class="footer">${fFoot.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;

const wTitle = 'Meadow Cranesbill: How to Identify It on a Summer Walk';
const wIntro = [
  j(
    'Few roadside flowers are as generous as Meadow Cranesbill. From late June its saucer-shaped, violet-blue flowers open along',
    'verges and hay meadows, and by August the long, beaked seed pods that give the plant its name stand up above the leaves.',
  ),
  'This guide walks through the features to check, in the order you will meet them on a walk, and the two plants it is most often confused with.',
];
const wSecs: Sec[] = [
  [
    'Flowers',
    [
      j(
        'The flowers are 3 to 4cm across, with five broad, rounded petals of clear violet-blue, veined with darker lines that lead',
        'insects to the nectar. They come in pairs on glandular, sticky stalks, and after flowering the stalks bend down and then turn up again.',
      ),
    ],
  ],
  [
    'Leaves',
    [
      j(
        'The leaves are deeply cut into seven to nine lobes, each lobe cut again into narrow, pointed teeth, so the leaf looks',
        'almost like a hand with lace fingers. Lower leaves are on long stalks; upper ones sit close to the stem in pairs.',
      ),
    ],
  ],
  [
    'Where and when to look',
    [
      'Look on neutral or lime-rich soils, along road verges, railway banks and old meadows that are cut late. It flowers from June to September.',
      j(
        'Bumblebees are the main visitors, and on a warm afternoon a single clump can hold a dozen of them. Verges that are mown',
        'in early summer lose their cranesbills within a few years, so patches that survive are a good sign of sympathetic cutting.',
      ),
    ],
  ],
  [
    'Lookalikes',
    [
      j(
        'Wood Cranesbill has smaller, pinker-violet flowers with a white centre and grows in shady, upland places. Dusky Cranesbill has',
        'nodding, very dark maroon flowers with petals bent back. Garden escapes such as the hybrid Blue Carpet cranesbill are sterile',
        'and never set the beaked pods.',
      ),
    ],
  ],
];
const wCheck = [
  'Flowers violet-blue, 3–4cm, in pairs',
  'Flower stalks sticky with glandular hairs',
  'Leaves cut into 7–9 deeply toothed lobes',
  'Seed pods long and beaked, standing upright',
];
const wCheckHead = 'Quick ID checklist';
const wOutro = 'Happy flower hunting, and do share your finds with us on the recording page.';
const wNav = ['Home', 'Flower Finder', 'By Colour', 'By Habitat', 'Guided Rambles', 'About'];
const wRelated = ['Wood Cranesbill: a shade-lover of the hills', 'Telling Knapweeds Apart', 'Ten Blue Flowers of the Hay Meadow'];
const wShare = ['Share on Facebook', 'Share on Pinterest', 'Share via Email'];
const wFoot = ['© 2026 Brightfield Wildflowers', 'Website by Linnet Digital', 'Privacy Policy', 'Contact'];
const ew = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}"
data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meadow Cranesbill: How to Identify It on a Summer Walk - Brightfield Wildflowers</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-07-02T08:15:00+00:00"><meta name="generator" content="Elementor 3.21.4">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Meadow Cranesbill",
"author":{"name":"Isobel Marrow"},"datePublished":"2025-07-02T08:15:00+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css" media="all"></head>
<body class="post-template-default single single-post postid-812 elementor-default elementor-kit-5 elementor-page-240">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show" role="dialog"><div class="cmplz-message">
<p>We use cookies to optimise our website and our service.</p></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed" data-element_type="section"><div class="elementor-container">
<div class="elementor-column elementor-col-33">
<div class="elementor-widget-wrap">${ew('a1', 'theme-site-logo', '<a href="/">Brightfield Wildflowers</a>')}</div></div>
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">${ew(
  'a2',
  'nav-menu',
  `<nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(wNav, 'menu-item')}</ul></nav>`,
)}</div></div></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="240" class="elementor elementor-240 elementor-location-single post-812 post type-post">
<section class="elementor-section elementor-top-section" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
${ew('b1', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${wTitle}</h1>`)}
${ew(
  'b2',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-author"><span class="elementor-post-info__item--type-author">By Isobel Marrow</span></li>
<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-date">2 July 2025</span></li>
<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-custom">4 min read</span></li></ul>`,
)}
${ew(
  'b3',
  'theme-post-featured-image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2025/07/meadow-cranesbill.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">Meadow Cranesbill on a limestone verge. Photo: Ned Paskin</figcaption></figure>`,
)}
${ew(
  'b4',
  'theme-post-content',
  `${ps(wIntro)}
${wSecs.map((s) => `<h2 class="wp-block-heading">${s[0]}</h2>\n${ps(s[1])}`).join('\n')}
<h3 class="wp-block-heading">${wCheckHead}</h3><ul class="wp-block-list">${lis(wCheck)}</ul>
<p>${wOutro}</p>`,
)}
${ew(
  'b5',
  'share-buttons',
  `<div class="elementor-grid">${wShare
    .map(
      (t) => `<div class="elementor-grid-item"><div class="elementor-share-btn"
role="button"><span class="elementor-share-btn__title">${t}</span></div></div>`,
    )
    .join('')}</div>`,
)}
${ew(
  'b6',
  'form',
  `<h3 class="elementor-heading-title">Join our monthly flower letter</h3><form class="elementor-form"><input type="email"
placeholder="Your email"><button type="submit"><span class="elementor-button-text">Subscribe</span></button></form>`,
)}
${ew(
  'b7',
  'posts',
  `<h3 class="elementor-heading-title">You may also like</h3><div class="elementor-posts-container">${wRelated
    .map((t) => `<article class="elementor-post"><h3 class="elementor-post__title"><a href="#">${t}</a></h3></article>`)
    .join('')}</div>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="22" class="elementor elementor-22 elementor-location-footer"><section class="elementor-section">
<div class="elementor-container">${wFoot.map((t, i) => ew(`f${i}`, 'text-editor', `<p>${t}</p>`)).join('')}</div></section></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script></body></html>`;

export const HELDOUT418_B: TestPage[] = [
  {
    name: 'heldout418-fernlea-fungi-lookalikes-wiki',
    kind: 'wiki',
    html: fHtml,
    title: fTitle,
    headings: heads(fSecs),
    body: texts([...paras(fSecs), ...fRows, ...fAfter]),
    bylines: [],
    furniture: [
      'This site uses cookies for ads and analytics.',
      'Find out more',
      ...fMenu,
      'Advertisement',
      '« Previous species',
      'Amanita index',
      'Next species »',
      'Phylum: Basidiomycota - Class: Agaricomycetes - Order: Agaricales - Family: Amanitaceae',
      ...fCaptions,
      'Reference Sources',
      'Harwell, J. (2019) Amanitas of the Northern Heaths. Tarnmoor Press.',
      'Acknowledgements: This page includes pictures kindly contributed by Sunniva Grebe.',
      'Fungi Identification Guide',
      'Buy our fungi books',
      ...fFoot,
    ],
  },
  {
    name: 'heldout418-elementor-wildflower-guide-blog',
    kind: 'blog',
    html: wHtml,
    title: wTitle,
    headings: [...heads(wSecs), wCheckHead],
    body: texts([...wIntro, ...paras(wSecs), ...wCheck, wOutro]),
    bylines: ['By Isobel Marrow', '2 July 2025', '4 min read'],
    furniture: [
      'We use cookies to optimise our website and our service.',
      'View preferences',
      'Brightfield Wildflowers',
      ...wNav,
      'Meadow Cranesbill on a limestone verge. Photo: Ned Paskin',
      ...wShare,
      'Join our monthly flower letter',
      'Subscribe',
      'You may also like',
      ...wRelated,
      ...wFoot,
    ],
  },
];
