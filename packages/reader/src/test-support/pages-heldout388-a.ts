import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Row, values } from './pages-heldout388-kit.js';

/**
 * Held-out batch 388, file a: a Drupal 10 collection object record of a city art museum (tombstone fields, curatorial
 * description, provenance and exhibition history, image credit, rights block, related objects view, EU Cookie Compliance
 * banner) and a Craft CMS exhibition page with Tailwind / Alpine.js markup (dates, ticket box, events rail, newsletter form).
 */
const dTitle = 'Tea urn with swan handles';
const dRows: Row[] = [
  ['Maker', 'Osric Danefield and Sons, Pellworth'],
  ['Date', 'about 1887'],
  ['Medium', 'Silver-plated brass, ebonised fruitwood, ivory substitute'],
  ['Dimensions', 'H. 46.5 cm × W. 31 cm × D. 24 cm'],
  ['Credit line', 'Gift of the Marrable family in memory of Edith Marrable, 1994'],
  ['Accession number', '1994.112.1a–c'],
  ['Location', 'Gallery 12, Decorative Arts of the Industrial City'],
];
const dDesc = [
  j(
    'This tall urn was made for hot water rather than tea itself: a charcoal burner sat in the cylindrical compartment beneath',
    'the body, and the tap at the front let a servant top up teapots without leaving the room. Urns of this size were bought',
    'for large households and for the meeting rooms of clubs and chapels, where tea was served to dozens of people at once.',
  ),
  j(
    'The Danefield workshop stood on Forge Row, a few streets from the museum, and employed around forty people at its height.',
    'Its pattern books survive in the city archive and show this model, listed as "No. 214, Swan", in three sizes. The swans',
    'that form the handles were cast separately and soldered on; on this example the left-hand bird has been re-fixed at some',
    'point with a slightly darker solder, visible where the neck meets the shoulder of the urn.',
  ),
  j(
    'Silver plating by electrolysis had only become cheap in the previous generation, and firms like Danefield used it to offer',
    "the look of a silversmith's piece at a fraction of the price. The plating is now thin on the high points of the lid,",
    'where generations of hands lifted it, and the warm colour of the brass shows through.',
  ),
];
const dProv = [
  'Made for the Reverend Josiah Marrable, Pellworth, about 1887',
  'By descent to his granddaughter, Edith Marrable (1901–1990)',
  'Given to the museum by her nephews and nieces, 1994',
];
const dExh = ['"Made in Pellworth: Two Centuries of Metalwork", Quarry Square Galleries, 2003', '"Tea and Temperance", Brinmoor Civic Hall, 2015 (lent)'];
const dNav = ['Visit', "What's on", 'Collection', 'Learn', 'Support us', 'Shop'];
const dCrumbs = ['Home', 'Collection', 'Search the collection'];
const dRelated = ['Kettle on stand with burner', 'Sugar basin, swan pattern', 'Pattern book of Osric Danefield and Sons, volume 3'];
const dFoot = ['Accessibility', 'Privacy notice', 'Terms of use', 'Jobs', 'Press office', 'Contact us'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><meta name="description" content="Tea urn with swan handles, Osric Danefield and Sons, about 1887. Silver-plated brass.">
<link rel="canonical" href="https://collections.pellworthmuseum.example/object/1994-112-1">
<meta property="og:title" content="${dTitle} | Pellworth Museum of Art"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Pellworth Museum of Art</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VisualArtwork","name":"${dTitle}",
"creator":{"@type":"Organization","name":"Osric Danefield and Sons"},"dateCreated":"1887","artMedium":"Silver-plated brass"}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx1f9.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/20417"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_position":false}}</script></head>
<body class="path-node page-node-type-collection-object">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-pellworth-branding" class="block block-system
block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/pellworth/logo.svg" alt="Home"></a>
<div class="site-name"><a href="/" rel="home">Pellworth Museum of Art</a></div></div>
<nav role="navigation" aria-labelledby="block-pellworth-main-menu-menu" id="block-pellworth-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-pellworth-main-menu-menu">Main navigation</h2><ul class="menu">${links(dNav, 'menu-item')}</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get"><input type="search" name="keys"
placeholder="Search"><input type="submit" value="Search" class="button"></form></div></div></header>
<div class="region region-breadcrumb"><div id="block-pellworth-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(dCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-pellworth-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title
field--type-string field--label-hidden">${dTitle}</span></h1></div>
<div id="block-pellworth-content" class="block block-system block-system-main-block">
<article data-history-node-id="20417" role="article" about="/object/1994-112-1" class="node node--type-collection-object node--view-mode-full">
<div class="node__content"><div class="field field--name-field-images field--type-image field--label-hidden field__items"><div class="field__item">
<figure class="object-image"><img loading="lazy" src="/sites/default/files/styles/large/public/objects/1994-112-1.jpg" width="800" height="1067"
alt="A tall silver urn with a tap and two swan-shaped handles">
<figcaption class="object-image__caption">Photo: Harriet Quayle, Pellworth Museum of Art</figcaption></figure></div></div>
<div class="object-actions"><a href="/object/1994-112-1/download" class="button">Download image</a> <a href="#cite" class="button">Cite this object</a>
<a href="#share" class="button js-share">Share</a></div>
<div class="tombstone">${dRows
  .map(
    ([l, v]) => `<div class="field field--name-field-${l.toLowerCase().replace(/ /g, '-')} field--type-string field--label-inline">
<div class="field__label">${l}</div><div class="field__item">${v}</div></div>`,
  )
  .join('\n')}</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dDesc)}
<h2>Provenance</h2><ul>${lis(dProv)}</ul>
<h2>Exhibition history</h2><ul>${lis(dExh)}</ul></div>
<div class="field field--name-field-record-updated field--label-inline"><div class="field__label">Record last updated</div>
<div class="field__item"><time datetime="2025-11-18T10:12:00Z">18 November 2025</time></div></div></div></article></div>
<div class="views-element-container block block-views" id="block-views-block-related-objects-block-1"><h2>Related objects</h2>
<div class="view view-related-objects"><div class="view-content"><ul>${links(dRelated, 'views-row')}</ul></div></div></div>
<div id="block-rightsandreproductions" class="block block-block-content"><h2>Rights and reproductions</h2>
<div class="field field--name-body"><p>Images marked CC0 may be used for any purpose. For high-resolution files of other images, contact the
picture library.</p></div></div></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav role="navigation" id="block-footer" class="block block-menu
navigation menu--footer"><ul class="menu">${links(dFoot, 'menu-item')}</ul></nav>
<div id="block-footeraddress" class="block block-block-content"><p>Pellworth Museum of Art, 3 Quarry Square, Pellworth PW1 4DT</p>
<p>Registered charity no. 1180442. © 2026 Pellworth Museums Trust</p></div></div></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner
eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/assets/vendor/once/once.min.js"></script><script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js"></script>
</body></html>`;
const drupalObject: TestPage = {
  name: 'heldout388-drupal-collection-object',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Provenance', 'Exhibition history'],
  body: texts([...values(dRows), ...dDesc, ...dProv, ...dExh]),
  bylines: ['Record last updated', '18 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Pellworth Museum of Art', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs, 'Photo: Harriet Quayle, Pellworth Museum of Art',
    'Download image', 'Cite this object', 'Share', 'Related objects', ...dRelated, 'Rights and reproductions',
    'Images marked CC0 may be used for any purpose. For high-resolution files of other images, contact the picture library.', ...dFoot,
    'Pellworth Museum of Art, 3 Quarry Square, Pellworth PW1 4DT', 'Registered charity no. 1180442. © 2026 Pellworth Museums Trust',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info', 'No, thanks',
  ],
};

const cTitle = 'Salt and Silence: Photographs of the Tidal Marshes';
const cIntro = j(
  'For fifteen years the photographer Maren Tollis has walked the salt marshes of the Ebbmouth estuary before dawn, carrying',
  'a wooden field camera and a box of glass plates. This exhibition brings together sixty of her prints for the first time.',
);
const cBody = [
  j(
    'Tollis works slowly. A single exposure can take four minutes in the half light, long enough for the tide to move and for',
    'birds to cross the frame without leaving a trace. The results are pictures in which water looks like polished stone and the',
    'horizon almost disappears. She prints each plate herself in a converted boathouse, using a platinum process that gives the',
    'prints their soft, warm greys.',
  ),
  j(
    'The exhibition is arranged by season rather than by date. You enter through the winter rooms, where frost holds the',
    'reed beds still, and leave through late summer, when the marsh is crowded with samphire and sea lavender. Along the way,',
    'a small room shows the camera, the plate holders and the notebooks in which Tollis records the tide, the wind and the',
    'temperature of every exposure.',
  ),
  j('"I am not trying to show the marsh as it is," Tollis writes in one of those notebooks. "I am trying to show how long it', 'takes to see it."'),
  j(
    'Many of the prints were made within a few hundred metres of each other, on the same creek, in different years. Seen',
    'together, they record how the marsh has shifted: channels silt up and reopen, a wreck sinks slowly into the mud, and a line',
    'of fence posts disappears one winter after another as the sea walls are allowed to fail.',
  ),
];
const cHigh = [
  'Sixty platinum prints, most of them never exhibited before',
  "The artist's field camera, plate holders and tide notebooks",
  'A listening room with recordings made on the marsh at dawn',
];
const cAccess = j(
  'The exhibition galleries are on the ground floor and step-free. Seating is available in every room, and a large-print',
  'guide to the labels can be borrowed at the entrance.',
);
const cNav = ['Exhibitions', 'Events', 'Collection', 'Visit', 'Membership', 'Shop'];
const cEvents = ["Curator's tour: the winter rooms", 'Dawn walk on the estuary with Maren Tollis', 'Family workshop: make a cyanotype'];
const cFoot = ['About the Halvard', 'Press', 'Careers', 'Venue hire', 'Accessibility', 'Privacy'];
const cHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${cTitle} | The Halvard Gallery</title><meta name="description" content="Sixty platinum prints of the Ebbmouth salt marshes by Maren Tollis.">
<meta property="og:type" content="website"><meta property="og:image" content="https://halvard.example/uploads/exhibitions/salt-and-silence.jpg">
<link rel="stylesheet" href="/dist/css/app.8f21c.css"><script defer src="/dist/js/alpine.min.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ExhibitionEvent","name":"${cTitle}","startDate":"2026-04-10",
"endDate":"2026-09-06","location":{"@type":"Museum","name":"The Halvard Gallery"},"offers":{"@type":"Offer","price":"14.00","priceCurrency":"GBP"}}</script>
<script>window.csrfTokenName = "CRAFT_CSRF_TOKEN"; window.csrfTokenValue = "a8Kf2_w91";</script></head>
<body class="antialiased text-stone-900 bg-stone-50" x-data="{ navOpen: false }">
<header class="sticky top-0 z-40 bg-white border-b border-stone-200"><div class="container mx-auto flex items-center justify-between px-6 py-4">
<a href="/" class="font-serif text-2xl tracking-tight">The Halvard Gallery</a>
<button class="lg:hidden" @click="navOpen = !navOpen" aria-label="Menu">Menu</button>
<nav class="hidden lg:flex gap-8 text-sm uppercase" :class="{ 'flex': navOpen }"><ul class="flex gap-8">${links(cNav, 'hover:underline')}</ul></nav>
<a href="/tickets" class="rounded-full bg-stone-900 text-white px-5 py-2 text-sm">Book tickets</a></div></header>
<main id="main" class="pb-24">
<section class="relative h-[70vh] bg-stone-800 text-white"><img src="/uploads/exhibitions/salt-and-silence-hero.jpg" alt="" class="absolute inset-0 w-full
h-full object-cover opacity-70">
<div class="relative container mx-auto px-6 pt-48"><p class="text-sm uppercase tracking-widest">Exhibition</p>
<h1 class="font-serif text-5xl md:text-7xl max-w-4xl">${cTitle}</h1>
<p class="mt-6 text-lg">10 April – 6 September 2026</p><p class="text-sm">Lower Galleries</p></div>
<p class="absolute bottom-4 right-6 text-xs opacity-80">Maren Tollis, Ebbmouth, January, 2019. Platinum print. Courtesy the artist</p></section>
<div class="container mx-auto px-6 mt-16 grid lg:grid-cols-12 gap-12">
<article class="lg:col-span-8 prose prose-stone prose-lg">
<p class="lead">${cIntro}</p>
${ps(cBody)}
<h2>Highlights</h2><ul>${lis(cHigh)}</ul>
<h2>Access</h2><p>${cAccess}</p>
<aside class="not-prose border-l-4 border-amber-500 pl-4 my-8"><p class="text-sm">Read more: <a href="/stories/a-morning-with-maren-tollis">A morning on the
marsh with Maren Tollis</a></p></aside>
<div class="not-prose flex gap-4 mt-12 text-sm"><span>Share</span><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
<a href="https://bsky.app/intent/compose">Bluesky</a><a href="mailto:?subject=Salt%20and%20Silence">Email</a></div></article>
<aside class="lg:col-span-4"><div class="sticky top-28 rounded-2xl bg-white shadow p-6" x-data="{ qty: 1 }">
<h2 class="font-serif text-2xl">Tickets</h2><dl class="mt-4 text-sm grid grid-cols-2 gap-y-2"><dt>Adult</dt><dd>£14.00</dd>
<dt>Concession</dt><dd>£10.00</dd><dt>Members</dt><dd>Free</dd><dt>Under 18s</dt><dd>Free</dd></dl>
<p class="mt-4 text-xs text-stone-500">Includes a voluntary donation. Timed entry every 30 minutes.</p>
<a href="/tickets/salt-and-silence" class="block mt-6 text-center rounded-full bg-amber-500 px-6 py-3">Book now</a>
<a href="/membership" class="block mt-3 text-center text-sm underline">Become a member</a></div></aside></div>
<section class="container mx-auto px-6 mt-24"><h2 class="font-serif text-3xl">Related events</h2>
<ul class="grid md:grid-cols-3 gap-8 mt-8">${links(cEvents, 'border-t pt-4')}</ul></section>
<section class="bg-amber-100 mt-24 py-16"><div class="container mx-auto px-6 max-w-xl"><h2 class="font-serif text-3xl">Stay in touch</h2>
<p>Be the first to hear about new exhibitions and events.</p><form method="post" action="/newsletter" class="flex mt-4">
<input type="email" name="email" placeholder="Email address"><button type="submit">Sign up</button></form></div></section></main>
<footer class="bg-stone-900 text-stone-300 py-16"><div class="container mx-auto px-6"><ul class="flex flex-wrap gap-6">${links(cFoot)}</ul>
<p class="mt-8 text-xs">The Halvard Gallery, Wharf Street, Ebbmouth EB2 7QL. Open Tuesday to Sunday, 10am to 5pm.</p></div></footer>
<div x-data="{ show: true }" x-show="show" class="fixed bottom-0 inset-x-0 bg-white border-t p-4 z-50" id="cookie-consent">
<p class="text-sm">We use essential cookies to run this site and optional analytics cookies to improve it.</p>
<button @click="show = false">Accept all</button> <button @click="show = false">Essential only</button></div>
<script src="/dist/js/app.3c9de.js"></script></body></html>`;
const craftExhibition: TestPage = {
  name: 'heldout388-craftcms-exhibition',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ['Highlights', 'Access'],
  body: texts([cIntro, ...cBody, ...cHigh, cAccess]),
  bylines: ['10 April – 6 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Halvard Gallery', 'Menu', ...cNav, 'Book tickets', 'Exhibition', 'Lower Galleries',
    'Maren Tollis, Ebbmouth, January, 2019. Platinum print. Courtesy the artist', 'Read more: A morning on the marsh with Maren Tollis', 'Share',
    'Facebook', 'Bluesky', 'Email', 'Tickets', 'Adult', '£14.00', 'Concession', '£10.00', 'Members', 'Free', 'Under 18s',
    'Includes a voluntary donation. Timed entry every 30 minutes.', 'Book now', 'Become a member', 'Related events', ...cEvents, 'Stay in touch',
    'Be the first to hear about new exhibitions and events.', 'Sign up', ...cFoot,
    'The Halvard Gallery, Wharf Street, Ebbmouth EB2 7QL. Open Tuesday to Sunday, 10am to 5pm.',
    'We use essential cookies to run this site and optional analytics cookies to improve it.', 'Accept all', 'Essential only',
  ],
};

export const HELDOUT388_A: readonly TestPage[] = [drupalObject, craftExhibition];
