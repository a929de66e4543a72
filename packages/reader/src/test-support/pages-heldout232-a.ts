import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 232, file a: a Europeana item page (header with search, consent banner, the item title and description,
 * the metadata panel, "Similar items" rail and footer) and a Chronicling America newspaper page (Library of Congress header,
 * breadcrumbs, the page viewer tools, the OCR text of one article and the footer).
 */
const euTitle = 'Lace-maker’s pattern book from the Varenne workshop';
const euP = [
  `This pattern book was kept by the lace-makers of the Varenne workshop in the small town of Saint-Orlan between about 1862 and
   1890. It holds sixty-four leaves of pricked card, each one a pattern that a worker would pin to her pillow and follow with bobbins.`,
  `Most of the patterns are edgings for collars and cuffs, but a handful are larger pieces: a christening cap, two altar cloth borders
   and a fan leaf that seems never to have been finished. Pencil notes in the margins give the number of pairs of bobbins needed and,
   in a few places, the name of the woman who first worked the pattern.`,
  `The book came to the Musée de la Dentelle d’Orlan in 1954 from the granddaughter of the last forewoman. It was digitised in 2021
   as part of a project to bring together scattered lace archives from the region.`,
];
const euH = 'Provenance and condition';
const euP2 = [
  `The binding is a later replacement in brown cloth. Several leaves are torn along the pricking lines, where the card was weakened by
   years of pins, and two leaves are missing from the end of the book. The surviving patterns remain clear enough to be worked today.`,
  `Researchers may request access to the original through the museum’s reading room.`,
];
const euNav = ['Collections', 'Stories', 'Share your collections', 'Log in / Join'];
const euMeta = ['Creator', 'Date', 'Type', 'Providing institution', 'Rights statement'];
const euRail = ['Bobbin lace collar pattern', 'Fan leaf in needle lace, unfinished', 'Workshop ledger, Saint-Orlan'];
const euFoot = ['About us', 'Help', 'Accessibility', 'Terms of use', 'Privacy policy', 'Cookies'];
const euHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${euTitle} | Europeana</title>
<meta name="description" content="Pattern book of pricked cards from a lace workshop.">
<meta property="og:title" content="${euTitle}"><meta property="og:site_name" content="Europeana">
<link rel="stylesheet" href="/_nuxt/app.css"><script src="/_nuxt/runtime.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"Lace pattern book"}</script>
</head><body><div id="__nuxt"><div id="__layout"><div class="d-flex flex-column min-vh-100">
<div class="cookie-notice klaro" role="dialog" aria-label="Cookie consent"><p class="cn-body">We use cookies to improve your experience
 and to analyse how the website is used.</p><button class="cm-btn">Accept all</button><button class="cm-btn">Decline</button>
<button class="cm-link">Customise</button></div>
<header class="page-header" role="banner"><a class="logo" href="/en">Europeana</a>
<form role="search" class="search-form"><input placeholder="Search Europeana" aria-label="Search"></form>
<nav class="navbar" aria-label="Main"><ul class="navbar-nav">${links(euNav, 'nav-item')}</ul></nav></header>
<main role="main" id="main" class="flex-md-grow-1"><div class="item-page container">
<div class="media-presentation"><figure><img src="/iiif/varenne/1.jpg" alt="">
<figcaption class="media-caption">Leaf 12: collar edging, pricked card</figcaption></figure>
<div class="action-bar"><button>Download</button><button>Share</button><button>Add to gallery</button><button>Like</button></div></div>
<section class="item-hero"><h1 class="item-title" lang="en">${euTitle}</h1>
<div class="description">${ps(euP)}<h2>${euH}</h2>${ps(euP2)}</div>
<button class="btn-link show-more">Show more</button></section>
<section class="metadata-box" aria-label="Item details"><h2>Item details</h2><dl>
<dt>${euMeta[0]}</dt><dd>Atelier Varenne</dd><dt>${euMeta[1]}</dt><dd>1862–1890</dd><dt>${euMeta[2]}</dt><dd>Text</dd>
<dt>${euMeta[3]}</dt><dd>Musée de la Dentelle d’Orlan</dd><dt>${euMeta[4]}</dt><dd>In Copyright – Educational Use Permitted</dd></dl>
<a href="#" class="all-metadata">See all metadata</a></section>
<aside class="similar-items"><h2>Similar items</h2><ul>${links(euRail, 'card')}</ul></aside></div></main>
<footer class="page-footer"><p class="footer-mission">Europeana is an initiative of the European Union, financed under the Digital
 Europe Programme.</p><ul>${links(euFoot)}</ul></footer></div></div></div>
<script>window.__NUXT__={state:{}}</script></body></html>`;

const caTitle = 'FIRE DESTROYS THE MILLS AT HOLLIS FALLS';
const caP = [
  `Loss Estimated at Forty Thousand Dollars—Two Hundred Hands Out of Work—Origin a Mystery.`,
  `Special Dispatch to The Evening Sentinel. HOLLIS FALLS, Oct. 9.—The great woolen mills of Pardee &amp; Sons, which have stood
   upon the east bank of the river for more than thirty years, were entirely consumed by fire early this morning.`,
  `The alarm was given at a quarter past three by the night watchman, Mr. Enoch Tully, who discovered smoke issuing from the picking
   room on the second floor. Before the hose company could reach the scene the flames had spread to the carding room above, and by
   five o’clock the roof had fallen in.`,
  `The firemen worked with great courage, but the water supply proved insufficient, the river being low after the dry summer. Their
   efforts were directed chiefly to saving the dye house and the company store, in which they were successful.`,
  `Mr. Josiah Pardee, the senior member of the firm, estimates the loss at forty thousand dollars, upon which there is insurance of
   about half that amount. He states that the mills will be rebuilt, but not before spring.`,
  `The cause of the fire is not known. The watchman states that he passed through the picking room at two o’clock and saw nothing
   amiss. Some two hundred hands, many of them women and girls, are thrown out of employment at the beginning of winter.`,
];
const caNav = ['Discover', 'Services', 'Visit', 'Education', 'Connect'];
const caCrumbs = ['Library of Congress', 'Chronicling America', 'The Evening Sentinel'];
const caTools = ['Text', 'PDF', 'JP2', 'Clip Image', 'Download whole page'];
const caFoot = ['Accessibility', 'Legal', 'Inspector General', 'External Link Disclaimer', 'USA.gov', 'Careers', 'Contact', 'Donate'];
const caHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The evening sentinel. (Hollis Falls, Vt.) 1879-1911, October 09, 1894, Image 1 « Chronicling America « Library of Congress</title>
<meta name="dc.title" content="The evening sentinel."><meta name="dc.date" content="1894-10-09">
<link rel="stylesheet" href="/static/css/loc.css"><script src="/static/js/openseadragon.min.js"></script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-XXXX"></script></head><body>
<a class="skip" href="#main">Skip to main content</a>
<header id="header" class="loc-header"><a href="https://www.loc.gov/" id="logo">Library of Congress</a>
<nav id="global-nav" aria-label="Global"><ul>${links(caNav)}</ul></nav></header>
<div id="main" class="container"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(caCrumbs)}</ol></nav>
<div id="page_head"><h2 class="title-newspaper">The evening sentinel. (Hollis Falls, Vt.) 1879-1911, October 09, 1894, Image 1</h2>
<p class="about-link"><a href="#">About The evening sentinel. (Hollis Falls, Vt.) 1879-1911</a></p>
<ul class="page-nav"><li><a href="#">Previous Issue</a></li><li><a href="#">Next Issue</a></li><li><a href="#">Next Page</a></li></ul>
<ul class="viewer-tools">${links(caTools)}</ul></div>
<div id="ocr"><p class="ocr-notice">Image provided by: Vermont State Archives; Montpelier, VT</p>
<article class="ocr-text"><h1>${caTitle}</h1>${ps(caP)}</article></div>
<aside class="persistent-link"><h3>Persistent link</h3><p>https://chroniclingamerica.loc.gov/lccn/sn84000000/1894-10-09/ed-1/seq-1/</p>
<a href="#">Cite this page</a></aside></div>
<footer id="footer" class="loc-footer"><ul>${links(caFoot)}</ul></footer></body></html>`;

export const HELDOUT232_A: readonly TestPage[] = [
  {
    name: 'heldout232-europeana-item-docs',
    kind: 'docs',
    html: euHtml,
    title: euTitle,
    headings: [euH],
    body: texts([...euP, ...euP2]),
    bylines: [],
    furniture: [
      'We use cookies to improve your experience and to analyse how the website is used.',
      'Accept all',
      'Decline',
      'Customise',
      ...euNav,
      'Leaf 12: collar edging, pricked card',
      'Download',
      'Add to gallery',
      'Like',
      'Show more',
      'Item details',
      ...euMeta,
      'See all metadata',
      'Similar items',
      ...euRail,
      'Europeana is an initiative of the European Union, financed under the Digital Europe Programme.',
      ...euFoot,
    ],
  },
  {
    name: 'heldout232-chronicling-america-newspaper-docs',
    kind: 'docs',
    html: caHtml,
    title: caTitle,
    headings: [],
    body: texts(caP),
    bylines: [],
    furniture: [
      'Skip to main content',
      ...caNav,
      'Chronicling America',
      'The evening sentinel. (Hollis Falls, Vt.) 1879-1911, October 09, 1894, Image 1',
      'Previous Issue',
      'Next Issue',
      'Next Page',
      ...caTools,
      'Image provided by: Vermont State Archives; Montpelier, VT',
      'Persistent link',
      'Cite this page',
      ...caFoot,
    ],
  },
];
