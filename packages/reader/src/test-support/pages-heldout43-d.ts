import { links, type TestPage, texts } from './page-kit.js';
import { podcastTranscript } from './pages-heldout43-d2.js';

/**
 * Held-out batch 43, file d: a museum collection object page on a Drupal site (the Cookiebot dialog, the header with opening
 * times, menu, "Book tickets" and collection search, breadcrumbs, the title with its tombstone subtitle and "On display" badge,
 * the image viewer with its controls and rights line, the curator's text with its credit line, the "Object details" field list,
 * provenance, exhibition history, "Cite this object", share links, the "Spotted an error" box, tags, related objects, the
 * newsletter signup and the footer with address and charity number).
 */
const muTitle = 'Sampler, worked by Hannah Pell';
const muH = 'About this object';
const muText = [
  'Hannah Pell was eleven years old when she finished this sampler in the spring of 1793. It is worked in silk on a fine linen ground, ' +
    'and it follows the pattern taught at many girls’ schools in north-east England at the time: alphabets and numerals at the top, a ' +
    'verse in the middle, and a border of strawberries and carnations framing the whole.',
  'What makes it unusual is the lower third. Instead of the usual rows of trees and animals, Hannah stitched a view of Whitby harbour, ' +
    'with the abbey on the cliff, three colliers at anchor and a small figure on the pier who may be her father, a ship’s carpenter. Few ' +
    'samplers of the period show a real place, and none in the museum’s collection shows a working harbour in such detail.',
  'The verse, taken from a hymn by Isaac Watts, is stitched in black silk that has faded to brown. Two letters of the word “Heaven” were ' +
    'unpicked and worked again, perhaps after a teacher noticed an error. Small mistakes like this are common in samplers and are a ' +
    'reminder that these were exercises as well as ornaments.',
  'Hannah later married a sailmaker, Joseph Harcourt, and ran a dame school in Baxtergate for more than thirty years. Her sampler stayed ' +
    'in the family until 1962, when her great-great-granddaughter gave it to the museum together with a copybook and two letters written ' +
    'by Hannah in the 1840s.',
  'The sampler was cleaned and remounted in 2019. It is now shown in low light for six months at a time, to protect the silks from ' + 'further fading.',
];
const muCredit = 'Text by Anjali Mistry, Assistant Curator of Textiles and Dress, April 2024';
const muFields: [string, string][] = [
  ['Maker', 'Hannah Pell (1782–1851)'],
  ['Date', '1793'],
  ['Place made', 'Whitby, North Yorkshire, England'],
  ['Materials and techniques', 'Silk on linen, cross stitch, satin stitch and eyelet stitch'],
  ['Dimensions', 'Height: 41.5 cm, Width: 33 cm (unframed)'],
  ['Inscription', '“Hannah Pell her work aged 11 years 1793”'],
  ['Object number', 'T.214-1962'],
  ['Credit line', 'Given by Miss Edith Harcourt, 1962'],
  ['Department', 'Textiles and Dress'],
  ['Location', 'On display: Gallery 14, Making and Mending'],
];
const muProv =
  'Hannah Pell, Whitby (1793–1851); by descent to her great-great-granddaughter, Edith Harcourt, Scarborough; given to the museum by ' +
  'Miss Edith Harcourt, 1962.';
const muExh = ['Stitched Lives: Girls’ Samplers 1700–1850, Rowanmoor Museum, 14 March – 6 September 2020', 'Whitby and the Sea, Pannett Hall, Whitby, 1988'];
const muNav = ['Visit', 'What’s on', 'Collection', 'Learn', 'Support us', 'Shop'];
const muRelated = [
  'Sampler with alphabet and verse, worked by Mary Storr',
  'Copybook of Hannah Pell, 1791',
  'Pincushion in the shape of a heart, Whitby',
  'Child’s linen cap with drawn-thread work',
];
const muFoot = ['Accessibility', 'Privacy', 'Cookies', 'Terms of use', 'Contact us', 'Jobs', 'Press'];
const muCookie =
  'We use cookies to personalise content, to provide social media features and to analyse our traffic. We also share information about ' +
  'your use of our site with our social media and analytics partners.';
const field = ([l, v]: [string, string]): string =>
  `<div class="field field--name-field-${l.toLowerCase().replace(/\W+/g, '-')} field--type-string field--label-inline clearfix">` +
  `<div class="field__label">${l}</div><div class="field__item">${v}</div></div>`;
const muHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${muTitle} | Rowanmoor Museum</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.rowanmoormuseum.example/collection/object/t-214-1962"><meta property="og:title" content="${muTitle}">
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="3b8f7e1c-5d2a-4c6b-9e0f-7a1d2c3b4e5f" data-blockingmode="auto"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VisualArtwork","name":"${muTitle}","creator":{"@type":"Person",
"name":"Hannah Pell"},
"dateCreated":"1793","artMedium":"Silk on linen","identifier":"T.214-1962","license":"https://creativecommons.org/publicdomain/zero/1.0/"}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm9wX2xZb3V0.css?delta=0&amp;language=en&amp;theme=rowanmoor"></head>
<body class="path-node page-node-type-collection-object">
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" class="CybotCookiebotDialogActive">
<div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div
id="CybotCookiebotDialogBodyContentText">${muCookie}</div>
<div id="CybotCookiebotDialogBodyLevelWrapper"><label>Necessary</label><label>Preferences</label><label>Statistics</label><label>Marketing</label>
<a id="CybotCookiebotDialogBodyLevelDetailsButton" href="#">Show details</a></div></div>
<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Use necessary cookies only</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</button><button
id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div>
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header" role="banner"><div class="site-header__top"><p class="opening-today"><span class="opening-today__label">Open today</span>
10:00–17:00</p>
<a href="/visit/opening-times" class="opening-today__link">Opening times</a></div>
<div class="site-header__main"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/rowanmoor/logo.svg" alt="Rowanmoor Museum"></a>
<nav role="navigation" aria-labelledby="block-rowanmoor-main-menu" id="block-rowanmoor-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-rowanmoor-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">${links(muNav, 'menu-item')}</ul></nav>
<a href="/visit/tickets" class="button button--primary site-header__tickets">Book tickets</a>
<form class="collection-search-form" action="/collection/search" method="get" role="search"><label for="edit-keys" class="visually-hidden">Search the
collection</label>
<input type="search" id="edit-keys" name="keys" placeholder="Search 212,000 objects" class="form-search"><button type="submit"
class="button">Search</button></form></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Home</a></li><li><a href="/collection">Collection</a></li><li><a href="/collection/search">Search the
collection</a></li><li>${muTitle}</li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="48112" class="node node--type-collection-object node--view-mode-full">
<div class="object-header"><span class="object-status object-status--on-display">On display</span><h1 class="page-title"><span class="field
field--name-title">${muTitle}</span></h1>
<p class="object-header__tombstone">Linen embroidered with silk · Whitby, England · 1793</p></div>
<div class="object-viewer" data-iiif-manifest="https://iiif.rowanmoormuseum.example/object/t-214-1962/manifest.json"><figure class="object-viewer__figure">
<img src="https://iiif.rowanmoormuseum.example/image/t-214-1962-01/full/1200,/0/default.jpg" alt="Linen sampler with alphabets, a verse and a harbour scene,
in a border of strawberries">
<figcaption class="visually-hidden">Image 1 of 3</figcaption></figure><div class="object-viewer__controls" role="toolbar" aria-label="Image controls">
<button type="button" class="viewer-btn viewer-btn--zoom-in">Zoom in</button><button type="button" class="viewer-btn viewer-btn--zoom-out">Zoom out</button>
<button type="button" class="viewer-btn viewer-btn--fullscreen">Full screen</button><span class="viewer-count" aria-live="polite">1 / 3</span>
<a href="https://iiif.rowanmoormuseum.example/image/t-214-1962-01/full/max/0/default.jpg" class="viewer-btn viewer-btn--download" download>Download image</a>
<a href="https://viewer.rowanmoormuseum.example/?manifest=t-214-1962" class="viewer-btn viewer-btn--iiif">Open in IIIF viewer</a></div>
<p class="object-viewer__rights">Image: Public domain (CC0). No permission needed to reuse.</p></div>
<div class="object-body"><section class="object-text"><h2>${muH}</h2>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${muText.map((p) => `<p>${p}</p>`).join('\n')}
</div><p class="object-text__credit">${muCredit}</p></section>
<section class="object-details" aria-labelledby="object-details-title"><h2 id="object-details-title">Object details</h2>
${muFields.map(field).join('\n')}</section>
<section class="object-provenance"><h2>Provenance</h2><div class="field field--name-field-provenance"><p>${muProv}</p></div></section>
<section class="object-exhibitions"><details><summary><h2>Exhibition
history</h2></summary><ul>${muExh.map((e) => `<li>${e}</li>`).join('')}</ul></details></section>
<section class="object-cite"><h2>Cite this object</h2><p class="object-cite__text" id="cite-text">Rowanmoor Museum, “${muTitle}”, object number T.214-1962.
https://www.rowanmoormuseum.example/collection/object/t-214-1962</p><button type="button" class="button button--small js-copy"
data-copy-target="#cite-text">Copy citation</button></section>
<div class="share-links"><span class="share-links__label">Share this object</span><ul>${links(
  ['Facebook', 'Pinterest', 'Bluesky', 'Email'],
  'share-links__item',
)}</ul></div>
<aside class="object-feedback"><h2>Spotted an error or know more about this object?</h2><p>Our records are always being improved. If you have information
about this object,
we would like to hear from you.</p><a href="/collection/feedback?object=t-214-1962" class="button button--secondary">Tell us</a></aside>
<div class="object-tags"><h2 class="visually-hidden">Tags</h2><ul>${links(
  ['Embroidery', 'Childhood', 'Education', 'Georgian'],
  'tag',
)}</ul></div></div></article>
<section class="related-objects"><h2>Related objects</h2><ul class="card-list">${muRelated
  .map(
    (r, i) =>
      `<li class="card"><a href="/collection/object/t-${220 + i}-1962"><img src="/iiif/thumb/${220 + i}.jpg" alt=""><span
class="card__title">${r}</span></a></li>`,
  )
  .join('\n')}</ul><a href="/collection/search?f%5B0%5D=type%3Asampler" class="more-link">See all samplers</a></section></div></main>
<section class="newsletter-signup"><h2>Sign up to our newsletter</h2><p>Hear about new exhibitions, events and stories from the collection.</p>
<form action="https://rowanmoormuseum.us12.list-manage.example/subscribe/post" method="post"><label for="mce-EMAIL">Email address</label><input type="email"
id="mce-EMAIL" name="EMAIL">
<button type="submit">Sign up</button></form></section>
<footer class="site-footer" role="contentinfo"><div class="site-footer__address"><p>Rowanmoor Museum<br>Abbey Walk, Rowanmoor YO21 9QP</p><p>Free entry. Open
daily 10:00–17:00,
closed 24–26 December.</p></div><ul class="site-footer__links">${links(muFoot)}</ul>
<p class="site-footer__legal">© 2026 Rowanmoor Museum Trust. Registered charity no. 1098765.</p></footer></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48112","currentLanguage":"en"},
"user":{"uid":0}}</script>
<script src="/sites/default/files/js/js_Vd3RvX2xZb3V0.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=rowanmoor"></script></body></html>`;
const museumObject: TestPage = {
  html: muHtml,
  name: 'heldout43-museum-object',
  kind: 'docs',
  // the curator's text under "About this object" is the body, that h2 its one heading; the text's credit line (author and
  // date) is the byline; the maker is the object's maker, not the text's author: the "Object details" fields (labels and
  // values, the inscription too), the provenance (a catalogue field, semicolon-separated, not prose) and the exhibition
  // history are furniture with the tombstone subtitle, "On display" badge, viewer controls, rights line, citation, share,
  // feedback box, tags, related objects, newsletter, Cookiebot dialog, header and footer; the breadcrumb's last crumb repeats
  // the title (in neither); "Collection" (menu and breadcrumb) and the date field's "1793" are body words: left out
  title: muTitle,
  headings: [muH],
  body: texts(muText),
  bylines: [muCredit],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies', muCookie, 'Necessary', 'Preferences', 'Statistics', 'Marketing', 'Show details', 'Use necessary cookies only',
    'Allow selection', 'Allow all', 'Skip to main content', 'Open today', '10:00–17:00', 'Opening times', 'Main navigation',
    ...muNav.filter((t) => t !== 'Collection'), 'Book tickets',
    'Search the collection', 'Search', 'Breadcrumb', 'Home', 'On display', 'Linen embroidered with silk · Whitby, England · 1793', 'Image 1 of 3', 'Zoom in',
    'Zoom out', 'Full screen', '1 / 3', 'Download image', 'Open in IIIF viewer', 'Image: Public domain (CC0). No permission needed to reuse.', 'Object details',
    ...muFields.flat().filter((t) => t !== '1793'), 'Provenance', muProv, 'Exhibition history', ...muExh, 'Cite this object', 'Copy citation',
    'Share this object', 'Facebook',
    'Pinterest', 'Bluesky', 'Email', 'Spotted an error or know more about this object?', 'Our records are always being improved.', 'Tell us', 'Tags',
    'Embroidery', 'Childhood', 'Education', 'Georgian', 'Related objects', ...muRelated, 'See all samplers', 'Sign up to our newsletter',
    'Hear about new exhibitions, events and stories from the collection.', 'Email address', 'Sign up', 'Abbey Walk, Rowanmoor YO21 9QP', ...muFoot,
    '© 2026 Rowanmoor Museum Trust. Registered charity no. 1098765.',
  ],
};

export const HELDOUT43_D: readonly TestPage[] = [museumObject, podcastTranscript];
