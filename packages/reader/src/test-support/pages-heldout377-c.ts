import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout377-kit.js';

/**
 * Held-out batch 377, file c: a CONTENTdm digital collections item (a letter: React app header, collection breadcrumb,
 * item actions, image viewer toolbar, metadata table, "Related items" rail, footer) and an Islandora 2 object page on Drupal's
 * Olivero theme (site header, breadcrumb, OpenSeadragon viewer, field labels, "Member of" and download blocks, tags, footer).
 */
const cTitle = 'Letter from Edith Marrable to the Surveyors\u2019 Guild, 14 March 1903';
const cDesc = [
  j(
    'The letter is written on the practice\u2019s headed paper in black ink, with corrections in pencil on the second page.',
    'A pencilled note on the last page, in another hand, reads \u201csent 15th\u201d.',
  ),
  j(
    'Handwritten letter, four pages, in which Edith Marrable asks the council of the Surveyors\u2019 Guild to reconsider its refusal',
    'to examine her for full membership. She sets out the surveys she has completed since joining her father\u2019s practice and',
    'encloses testimonials from two clients and the county surveyor.',
  ),
  j(
    'The letter was found folded inside a field book in Series I of the Marrable Family Papers and was digitized in 2022 as part',
    'of the Women in the Field project.',
  ),
];
const cTrans = [
  'Gentlemen,',
  j(
    'I write to ask that the Council take up again the question of my examination, which was set aside at your meeting of',
    'the fourth of February without, as I understand it, any objection being raised to my work.',
  ),
  j(
    'Since the year 1894 I have carried out, in my own hand and under my own name, the survey of eleven farms in the parish of',
    'Lowick, the levelling for the new drain at Carrow Mill, and the division of the Hesketh estate, of which the plans are',
    'lodged with Messrs. Tull and Abney. I enclose the opinions of two of the gentlemen for whom this work was done.',
  ),
  j(
    'I do not ask the Council for any favour on account of my sex. I ask only to be examined as any other candidate is',
    'examined, and to be judged on my answers.',
  ),
  'I remain, Gentlemen, your obedient servant, E. Marrable',
];
const cNav = ['Home', 'Browse', 'About', 'Advanced Search'];
const cRelated = ['Field book, Lowick parish, 1896', 'Plan of the Hesketh estate, 1901', 'Photograph of the Marrable office staff, about 1910'];
const cFoot = ['Contact Us', 'Copyright and Use', 'Accessibility'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${cTitle} - Carrow Digital Collections</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="Letter from Edith Marrable to the Surveyors' Guild">
<meta property="og:image" content="https://digital.carrow.example/digital/iiif/marrable/412/full/600,/0/default.jpg">
<link rel="stylesheet" href="/customizations/global/pages/main.css"><script>window.__INITIAL_STATE__ = {"collection":"marrable","id":"412",
"lang":"en_US","cdmVersion":"7.0"};</script></head>
<body><div id="root"><div class="CoreApp-container"><a class="SkipToContent-link" href="#mainContent">Skip to main content</a>
<header class="Header-container"><div class="Header-logoHolder"><a class="Header-logoLink" href="/digital">Carrow Digital Collections</a></div>
<nav class="Header-nav"><ul class="Header-navList">${links(cNav, 'Header-navItem')}</ul></nav></header>
<div class="SimpleSearch-container"><form><input class="SimpleSearch-input form-control" placeholder="Search all collections" type="text">
<button class="btn btn-primary SimpleSearch-button" type="submit">Go</button></form></div>
<main id="mainContent" class="CoreDocument-container"><div class="Breadcrumb-container"><ul class="breadcrumb"><li><a href="/digital">Home</a></li>
<li><a href="/digital/collection/marrable">Marrable Family Papers</a></li><li class="active">${cTitle}</li></ul></div>
<div class="ItemView-itemTitle"><h1 class="ItemTitle-primaryTitle">${cTitle}</h1></div>
<div class="ItemView-panelContainer"><div class="ItemOptions-itemOptions"><button class="btn ItemDownload-itemDownloadButton">Download</button>
<button class="btn ItemShare-itemShareButton">Share</button><button class="btn ItemPrint-itemPrintButton">Print</button></div>
<div class="ItemImage-container"><div class="ImageToolbar-toolbar"><button title="Zoom in">Zoom in</button><button title="Zoom out">Zoom out</button>
<button title="Rotate">Rotate</button><button title="Full screen">Full screen</button></div><span class="ImageToolbar-pageCount">Page 1 of 4</span></div></div>
<div class="ItemView-metadataContainer"><h2 class="ItemView-title">Item Description</h2><table class="table ItemMetadata-metadataTable"><tbody>
<tr class="ItemMetadata-metadatarow"><td class="ItemMetadata-key field-title">Title</td><td class="field-value"><span>${cTitle}</span></td></tr>
<tr class="ItemMetadata-metadatarow"><td class="ItemMetadata-key field-creato">Creator</td><td class="field-value">
<a href="#">Marrable, Edith, 1871-1944</a></td></tr>
<tr class="ItemMetadata-metadatarow"><td class="ItemMetadata-key field-date">Date</td><td class="field-value">1903-03-14</td></tr>
<tr class="ItemMetadata-metadatarow"><td class="ItemMetadata-key field-descri">Description</td><td class="field-value">${ps(cDesc)}</td></tr>
<tr class="ItemMetadata-metadatarow"><td class="ItemMetadata-key field-transc">Transcript</td><td class="field-value">${ps(cTrans)}</td></tr>
<tr class="ItemMetadata-metadatarow"><td class="ItemMetadata-key field-rights">Rights</td><td class="field-value">No Copyright - United States</td></tr>
<tr class="ItemMetadata-metadatarow"><td class="ItemMetadata-key field-identi">Identifier</td><td class="field-value">MSS0412_I_0087</td></tr>
</tbody></table></div>
<div class="RelatedItems-container"><h2>Related items</h2><ul>${links(cRelated, 'RelatedItems-item')}</ul></div></main>
<footer class="Footer-container"><ul class="Footer-list">${links(cFoot)}</ul><p class="Footer-poweredBy">Powered by CONTENTdm\u00ae</p>
<p>Carrow University Libraries \u00b7 Hallam Library, Carrow</p></footer></div></div>
<script src="/digital/static/js/main.3f1c0a.js"></script></body></html>`;
const contentdm: TestPage = {
  name: 'heldout377-contentdm-item',
  kind: 'wiki',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([...cDesc, ...cTrans]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Carrow Digital Collections', ...cNav, 'Download', 'Share', 'Print', 'Zoom in', 'Zoom out',
    'Rotate', 'Full screen', 'Page 1 of 4', 'Item Description', 'No Copyright - United States', 'MSS0412_I_0087', 'Related items', ...cRelated, ...cFoot,
    'Powered by CONTENTdm\u00ae', 'Carrow University Libraries \u00b7 Hallam Library, Carrow',
  ],
};

const iTitle = 'Night shift at the Brenner lamp-chimney works, Ashcombe';
const iDesc = [
  j(
    'Colley worked with a single large-format camera and usually made two exposures of each group. The second negative',
    'from this visit is cracked across the centre and has not been digitized.',
  ),
  j(
    'Glass negative showing the night shift of the Brenner works gathered at the mouth of the number two furnace. Seven men',
    'and two boys stand in a half circle; the man at the centre holds a blowpipe with a gather of glass on its end, which',
    'glows brightly enough to have lit the whole scene. The exposure must have been very short, and the faces at the edges',
    'of the group are blurred.',
  ),
  j(
    'The negative came to the museum in 1977 with a box of prints from the studio of Harriet Colley, who photographed',
    'workplaces in the valley between 1919 and 1934. Colley\u2019s daybook records a visit to the Brenner works on',
    '9 November 1923 and lists the names of the men, which are given in the note below.',
  ),
  j(
    'The Brenner works was run as a cooperative from 1919 until its closure in 1926. The photograph is one of very few',
    'images of the cooperative at work and is often reproduced, usually cropped so that the two boys on the right are lost.',
  ),
];
const iNote = [
  'Names from Colley\u2019s daybook, left to right:',
  'Walter Fenn, gatherer',
  'Amos Brook, gaffer',
  'Peter Lusk and Daniel Lusk, blowers',
  'Thomas Ede, servitor',
  'Samuel Arden, taker-in',
  'George Ivey, foreman',
  'the boys are not named',
];
const iNav = ['Home', 'Browse Collections', 'Search', 'About the Museum', 'Contact'];
const iMember = ['Harriet Colley Glass Negatives', 'Tamsin Valley Industry'];
const iTags = ['Glass industry', 'Night work', 'Cooperatives', 'Portrait photographs'];
const iHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${iTitle} | Ashcombe Museum of Work Collections</title><link rel="canonical" href="https://collections.amw.example/node/3318">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Vq8d.css"><script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/3318"},"islandora_openseadragon":{"tileSource":"3318"}}</script>
</head><body class="path-node page-node-type-islandora-object"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Ashcombe Museum of Work Collections</a></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block-menu" aria-labelledby="block-olivero-main-menu-menu"><h2 class="visually-hidden"
id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu">${links(iNav, 'primary-nav__menu-item')}</ul></nav></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/">Home</a></li><li class="breadcrumb__item"><a href="/node/12">Harriet Colley Glass Negatives</a></li></ol></nav></div>
<div class="region region--content-above"><div class="block-page-title-block"><h1 class="title page-title"><span class="field field--name-title
field--type-string">${iTitle}</span></h1></div></div><div class="region region--content" id="content">
<article data-history-node-id="3318" class="node node--type-islandora-object node--view-mode-full"><div class="node__content">
<div class="block-views-blockopenseadragon-media-evas"><div class="openseadragon-viewer" id="openseadragon-3318"></div>
<p class="openseadragon-credit">Image viewer: drag to pan, scroll to zoom</p></div>
<div class="field field--name-field-description field--type-text-long field--label-above"><div class="field__label">Description</div>
<div class="field__item">${ps(iDesc)}</div></div>
<div class="field field--name-field-note field--type-text-long field--label-above"><div class="field__label">Note</div><div class="field__item">
<p>${iNote[0]}</p>
<ul>${iNote
  .slice(1)
  .map((n) => `<li>${n}</li>`)
  .join('')}</ul></div></div>
<div class="field field--name-field-edtf-date-created field--label-inline"><div class="field__label">Date Created</div>
<div class="field__item">1923-11-09</div></div>
<div class="field field--name-field-linked-agent field--label-inline"><div class="field__label">Contributors</div><div class="field__item">Colley, Harriet
(Photographer)</div></div><div class="field field--name-field-extent field--label-inline"><div class="field__label">Extent</div><div class="field__item">1 glass
plate negative ; 4 x 5 in.</div></div>
<div class="field field--name-field-subject field--label-above"><div class="field__label">Subject</div>
<ul class="field__items">${links(iTags, 'field__item')}</ul></div>
<div class="field field--name-field-member-of field--label-above"><div class="field__label">Member of</div><ul class="field__items">
${links(iMember, 'field__item')}</ul></div></div></article>
<div class="block-views-blockmedia-download"><h2 class="block__title">Download</h2><ul><li><a href="#">Original File (TIFF, 118 MB)</a></li>
<li><a href="#">Service File (JPEG, 2.1 MB)</a></li></ul></div>
<div class="block-rights"><p>Rights: In Copyright - Educational Use Permitted</p></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><p>Ashcombe Museum of Work, Mill Lane,
Ashcombe</p></div><div class="region region--footer-bottom"><p>Built with Islandora</p></div></div></footer></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js"></script></body></html>`;
const islandora: TestPage = {
  name: 'heldout377-islandora-object',
  kind: 'wiki',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts([...iDesc, ...iNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ashcombe Museum of Work Collections', 'Main navigation', ...iNav, 'Breadcrumb', 'Harriet Colley Glass Negatives',
    'Image viewer: drag to pan, scroll to zoom', 'Subject', ...iTags, 'Member of', 'Tamsin Valley Industry', 'Download', 'Original File (TIFF, 118 MB)',
    'Service File (JPEG, 2.1 MB)', 'Rights: In Copyright - Educational Use Permitted', 'Ashcombe Museum of Work, Mill Lane, Ashcombe',
    'Built with Islandora',
  ],
};

export const HELDOUT377_C: readonly TestPage[] = [contentdm, islandora];
