import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, type Row, values } from './pages-heldout388-kit.js';

/**
 * Held-out batch 388, file b: a Squarespace 7.1 gallery's artist page (page sections of HTML blocks, a gallery grid with
 * captions and prices, a newsletter block, footer sections and the Squarespace cookie banner) and an eMuseum (Gallery Systems)
 * object page of a university art museum (detailField rows, label text, portfolio and citation tools, related objects).
 */
const sTitle = 'Ottilie Brannagh';
const sBio = [
  j(
    'Ottilie Brannagh (born 1979, Carrowmere) paints interiors that have been emptied of people but not of their traces: an',
    'unmade bed in a rented room, a table with two chairs pushed back, a kitchen lit only by the open door of a fridge. Her',
    'canvases are built up in thin layers of oil over months, so that the light in them seems to come from inside the paint.',
  ),
  j(
    'She trained as a restorer before she began to paint, and spent six years cleaning and consolidating altarpieces in a',
    'workshop in Sienvale. She says that the habit of looking at a surface for hours, a few centimetres at a time, never left',
    'her. Many of her paintings begin with a single detail, a crack in a skirting board or the shadow of a latch, and grow',
    'outwards from it.',
  ),
  j(
    'Brannagh has shown with the gallery since 2014. Her new series, <em>Tenancy</em>, was painted over two winters in a flat',
    "above a launderette, and will be shown in full in the gallery's upstairs room this autumn.",
  ),
  j(
    'The paintings in <em>Tenancy</em> are smaller than her earlier work, most of them no wider than a window pane. Each one',
    'records the same room at a different hour, and the order in which they are hung follows a single night, from the last',
    'customer leaving the launderette below to the first delivery van in the street outside.',
  ),
];
const sShows = [
  '2025 <em>Tenancy</em>, Carrowmere (solo, forthcoming)',
  '2022 <em>After Hours</em>, Lisk Arts Centre, Dunhallow',
  '2019 <em>Rooms Without Us</em>, Carrowmere (solo)',
  '2016 <em>The Quiet Interior</em>, Municipal Gallery of Brenock',
];
const sColl = ['Arts Council of Carrowmere', 'Brenock Municipal Gallery', 'The Hallan Collection, Dunhallow'];
const sWorks = [
  ['Launderette, 2am, 2024. Oil on linen, 90 × 120 cm', 'Sold'],
  ['Two Chairs, 2024. Oil on linen, 60 × 80 cm', '€6,800'],
  ['The Latch, 2023. Oil on panel, 30 × 24 cm', '€2,900'],
] as const;
const sNav = ['Artists', 'Exhibitions', 'Art Fairs', 'News', 'About', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-IE"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} — Fenwright Contemporary</title><link rel="canonical" href="https://www.fenwright.example/artists/ottilie-brannagh">
<meta property="og:site_name" content="Fenwright Contemporary"><meta property="og:title" content="${sTitle} — Fenwright Contemporary">
<meta property="og:type" content="website"><meta itemprop="name" content="${sTitle} — Fenwright Contemporary">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js">
</script><script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{"currencyCode":"EUR"}},
"cookieSettings":{"isCookieBannerEnabled":true,"cookieBannerText":"","cookieBannerPosition":"BOTTOM"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.fenwright.example","name":"Fenwright Contemporary",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/64ab/1/5c5a/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-65f1c0" class="primary-button-style-outline tweak-global-animations-enabled header-width-full">
<div class="header-announcement-bar-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid"><div class="header-title"><div class="header-title-text"><a href="/">Fenwright Contemporary</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div></header></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65f1c0a2">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed"
data-section-id="65f1c0a3"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sBio, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">Selected exhibitions</h3>
${ps(sShows, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">Public collections</h3>
${ps(sColl, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section gallery-section" data-section-id="65f1c0a4"><div class="section-border"></div>
<div class="content-wrapper"><div class="gallery-grid gallery-grid--layout-grid"><h2 class="gallery-section-title">Available works</h2>
<div class="gallery-grid-wrapper">${sWorks
  .map(
    ([c, p]) => `<figure class="gallery-grid-item"><div class="gallery-grid-image-wrapper"><img data-src="https://images.squarespace-cdn.example/w.jpg"
alt="" loading="lazy"></div><figcaption class="gallery-caption gallery-caption-grid-simple"><div class="gallery-caption-content"><p
class="" style="white-space:pre-wrap;">${c}</p><p class="" style="white-space:pre-wrap;">${p}</p></div></figcaption></figure>`,
  )
  .join('\n')}</div><a class="sqs-block-button-element--medium sqs-button-element--primary" href="/contact">Enquire about this artist</a></div></div></section>
<section data-test="page-section" class="page-section" data-section-id="65f1c0a5"><div class="content-wrapper"><div class="sqs-block newsletter-block
sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Join our mailing list</h2><div class="newsletter-form-header-description"><p>Private views, new works and
art fair news, once a month.</p></div></div><form class="newsletter-form"><input type="email" name="email" placeholder="Email Address">
<button class="newsletter-form-button sqs-system-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="sqs-html-content"><p>Fenwright Contemporary, 14 Tanner's Lane, Carrowmere</p><p>Wednesday – Saturday, 11:00 – 18:00, and by appointment</p>
<p><a href="https://instagram.example/fenwright">Instagram</a> <a href="/privacy">Privacy policy</a></p></div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.example/static/vta/5c5a/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespaceArtist: TestPage = {
  name: 'heldout388-squarespace-artist',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Selected exhibitions', 'Public collections'],
  body: texts([...sBio, ...sShows, ...sColl]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fenwright Contemporary', ...sNav, 'Available works', ...sWorks.flat(), 'Enquire about this artist', 'Join our mailing list',
    'Private views, new works and art fair news, once a month.', 'Sign Up', "Fenwright Contemporary, 14 Tanner's Lane, Carrowmere",
    'Wednesday – Saturday, 11:00 – 18:00, and by appointment', 'Instagram', 'Privacy policy', 'This website uses cookies to improve your experience.',
    'Accept', 'Decline',
  ],
};

const eTitle = 'Ferry at Low Water, Greymouth Sands';
const eRows: Row[] = [
  ['People', 'Anselm Rook, Dunlevin, 1841–1903'],
  ['Date', '1878'],
  ['Medium', 'Watercolour and gouache over graphite on wove paper'],
  ['Dimensions', 'Sheet: 27.3 × 41.9 cm (10 3/4 × 16 1/2 in.)'],
  ['Classification', 'Drawings and watercolours'],
  ['Credit Line', 'Bequest of Professor Ada Lindqvist-Moor, Class of 1931'],
  ['Object number', '1988.43'],
];
const eLabel = [
  j(
    'Rook painted this small watercolour on the spot during a summer at Greymouth, where a flat-bottomed ferry carried carts and',
    'foot passengers across the river mouth at every tide. Here the water has drained away and the ferry rests on the sand, its',
    'ramp lowered, while a family waits with a handcart for the sea to return.',
  ),
  j(
    'The sheet shows how quickly Rook worked. The sky is laid in with a single wash, still wet when he dropped in the darker',
    'clouds, and the figures are touched in with a few strokes of gouache. Along the lower edge he has written the time, "5.40',
    'evg", and a note on the colour of the sand, suggesting he meant to use the study for a larger picture in the studio.',
  ),
  j("No such picture is known. The watercolour stayed in the artist's own folios until his death and was sold with the contents", 'of his studio in 1904.'),
  j(
    'The sheet was conserved in 2016, when an old acidic backing board was removed. This revealed a slight pencil sketch of the',
    "ferryman's hut on the reverse, which can be seen in the additional images.",
  ),
];
const eProv = j(
  'Studio sale of Anselm Rook, Dunlevin, 1904; Thomas Lindqvist, Harrowby; by descent to his daughter, Ada Lindqvist-Moor;',
  'bequeathed to the museum, 1988.',
);
const eNav = ['Home', 'Objects', 'People', 'Exhibitions', 'Collections', 'Advanced Search'];
const eRelated = ['Fishing Boats Beached at Greymouth', 'Study of a Handcart', 'The Estuary at Dunlevin, Evening'];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>${eTitle} – Objects – eMuseum</title><meta name="description" content="${eTitle}, Anselm Rook, 1878">
<meta property="og:title" content="${eTitle}">
<meta property="og:image" content="https://collections.marlowuniversity.example/internal/media/dispatcher/88421/preview">
<link rel="stylesheet" href="/emuseum/theme/css/emuseum.css"><link rel="stylesheet" href="/emuseum/theme/custom/css/custom.css">
<script src="/emuseum/js/jquery.min.js"></script><script>var emuseum = {"baseUrl":"/","moduleName":"objects","objectId":88421,"lang":"en"};</script>
</head><body class="emuseum-objects emuseum-detail-page"><div id="wrapper">
<div id="emuseumHeader" class="emuseum-header"><div id="logo"><a href="/">Marlow University Art Museum</a></div>
<div id="headerSearch"><form action="/search" method="get"><input type="text" name="q" placeholder="Search the collection" id="quickSearch">
<button type="submit">Go</button></form></div></div>
<div id="navigation" class="emuseum-nav"><ul>${links(eNav, 'navItem')}</ul></div>
<div id="breadcrumbs" class="emuseum-breadcrumbs"><a href="/">Home</a> / <a href="/objects">Objects</a> / <span>Search results</span>
<a class="backToResults" href="/search/rook">Back to results</a></div>
<div id="emuseumContent" class="emuseum-content"><div class="emuseum-detail"><div class="emuseum-detail-category">
<div class="emuseum-img-wrap"><img src="/internal/media/dispatcher/88421/resize%3Aformat%3Dfull" alt="${eTitle}" class="emuseum-detail-img">
<div class="mediaCaption">Photo © Marlow University Art Museum</div><div class="emuseum-media-tools"><a href="#" class="zoomLink">Zoom</a>
<a href="/objects/88421/media" class="allMediaLink">View all images (3)</a></div></div>
<div class="emuseum-detail-text"><div class="detailField titleField"><h1>${eTitle}</h1></div>
${eRows
  .map(
    ([l, v]) => `<div class="detailField ${l.replace(/ /g, '').replace(/^./, (c) => c.toLowerCase())}Field"><span class="detailFieldLabel">${l}</span>
<span class="detailFieldValue">${v}</span></div>`,
  )
  .join('\n')}
<div class="detailField labelTextField"><span class="detailFieldLabel">Label Text</span><div class="detailFieldValue">
${ps(eLabel)}</div></div>
<div class="detailField provenanceField toggleField"><span class="detailFieldLabel">Provenance</span><div class="detailFieldValue toggleContent">
<p>${eProv}</p></div></div>
<div class="detailField onviewField"><span class="detailFieldLabel">Status</span><span class="detailFieldValue">Not on view</span></div>
<div class="emuseum-detail-tools"><a href="#" class="addToPortfolio">Add to portfolio</a> <a href="#" class="citeThis">Cite this object</a>
<a href="/objects/88421/request" class="requestImage">Request high-resolution image</a> <a href="#" class="shareLink">Share</a></div></div></div>
<div class="emuseum-related related-items"><h3>Related Objects</h3><ul>${links(eRelated, 'relatedItem')}</ul>
<a href="/objects/88421/related" class="moreRelated">See more related objects</a></div>
<div class="emuseum-keywords"><h3>Keywords</h3><a href="/search/ferry">Ferries</a> <a href="/search/coast">Coastal scenes</a></div></div></div>
<div id="emuseumFooter" class="emuseum-footer"><p>Marlow University Art Museum · 200 College Green, Marlow</p><p>Collection data are updated
regularly and may change. <a href="/feedback">Send us feedback</a></p><p class="poweredBy">Powered by eMuseum</p></div></div>
<div id="cookieNotice" class="cookie-notice" role="dialog"><p>This site uses cookies. By continuing to browse you agree to our use of cookies.</p>
<button id="cookieNoticeOk">OK, got it</button></div><script src="/emuseum/js/emuseum.min.js"></script></body></html>`;
const emuseumObject: TestPage = {
  name: 'heldout388-emuseum-object',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([...values(eRows), ...eLabel, eProv]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Marlow University Art Museum', ...eNav, 'Search results', 'Back to results', 'Photo © Marlow University Art Museum', 'Zoom',
    'View all images (3)', 'Not on view', 'Add to portfolio', 'Cite this object', 'Request high-resolution image', 'Share', 'Related Objects',
    ...eRelated, 'See more related objects', 'Keywords', 'Ferries', 'Coastal scenes', 'Marlow University Art Museum · 200 College Green, Marlow',
    'Collection data are updated regularly and may change. Send us feedback', 'Powered by eMuseum',
    'This site uses cookies. By continuing to browse you agree to our use of cookies.', 'OK, got it',
  ],
};

export const HELDOUT388_B: readonly TestPage[] = [squarespaceArtist, emuseumObject];
