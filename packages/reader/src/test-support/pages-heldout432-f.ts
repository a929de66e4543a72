import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout432-kit.js';

/**
 * Held-out batch 432, file f: an app's "What's new" page built with Webflow (w-nav bar, the release header with version
 * and date, rich-text sections of changes, a CMS collection list of earlier releases, App Store badges, the help box,
 * footer and the Finsweet cookie banner) and a watch brand's collection listing on Salesforce Commerce Cloud SFRA
 * (promo banner, header menu, breadcrumb, category banner with its description, refinements, result count and sort,
 * product tiles with names, prices, badges and swatches, "More Results", the collection story content asset, the
 * newsletter form and footer).
 */
const wTitle = "What's new in Pebblenote 5.2";
const wIntro = [
  j(
    'Pebblenote 5.2 is our biggest spring release yet. It brings handwriting search to every device, a calmer way to share',
    'notebooks with family and a long list of fixes that many of you asked for.',
  ),
  j(
    'The update is free for everyone and rolls out over the next week. If you do not see it yet, open the App Store or Google Play',
    'and check for updates, or turn on automatic updates in your device settings.',
  ),
];
const wSec: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'Search your handwriting',
    [
      'Handwriting search was the most requested feature in our 2025 survey, and it took a year to get it right.',
      j(
        'Everything you write with a stylus is now searchable, on the phone as well as the tablet. Recognition runs on your device,',
        'so your notes never leave it just to be indexed.',
      ),
    ],
    ['Search works in 14 languages, including mixed-language pages', 'Matches are highlighted right on the page, even in sketches with labels'],
  ],
  [
    'Shared notebooks, quieter',
    [
      j(
        'Shared notebooks no longer send a notification for every edit. Instead you get one daily summary of what changed, and you',
        'can follow a single page if you want to hear about it straight away.',
      ),
    ],
    [
      'Invite people with a link that expires after seven days',
      'Turn off the daily summary for any notebook from its settings page',
      'See who is viewing a page with small initials in the margin',
    ],
  ],
  [
    'Fixes and small things',
    [
      j(
        'This release also includes more than forty smaller fixes reported through the in-app feedback form. Thank you to everyone',
        'who took the time to write to us. A few of the most requested:',
      ),
    ],
    [
      'Exported PDFs keep the paper colour you chose',
      'The pen no longer lags after switching between apps on older tablets',
      'Tags with emoji sort correctly in the sidebar',
      'Undo now works after moving a page to another notebook',
    ],
  ],
];
const wFig = `<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets.website-files.example/65f1a2/search.png"
alt=""></div><figcaption>Searching for a recipe written in 2019</figcaption></figure>`;
const wNav = ['Features', 'Pricing', 'For Schools', 'Blog', 'Help'];
const wOld = ['Pebblenote 5.1: Templates you can make your own', 'Pebblenote 5.0: A new pen engine', 'Pebblenote 4.9: Dark paper'];
const wFoot = ['Download', 'Press kit', 'Privacy', 'Terms', 'Status'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Mar 02 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.pebblenote.example" data-wf-page="65f1a2c0e1d3b40012ab77c1" data-wf-site="65f1a2c0e1d3b40012ab7700" lang="en"><head>
<meta charset="utf-8"><title>What's new in Pebblenote 5.2</title><meta content="Handwriting search, quieter shared notebooks and many fixes."
name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets.website-files.example/65f1a2/css/pebblenote.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Pebblenote","softwareVersion":"5.2"}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets.website-files.example/65f1a2/logo.svg" alt="Pebblenote" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${n}</a>`,
  )
  .join('')}
<a href="/download" class="button-nav w-button">Get Pebblenote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div>
</div>
<div class="section-release"><div class="container w-container"><div class="release-header"><div class="release-tag">Version 5.2</div>
<h1 class="heading-release">${wTitle}</h1><div class="release-date">Released 2 March 2026</div></div>
<div class="release-body w-richtext">${wIntro.map((p) => `<p>${p}</p>`).join('')}
${wSec.map(([h, p, l], i) => `<h2>${h}</h2>${p.map((x) => `<p>${x}</p>`).join('')}<ul role="list">${lis(l)}</ul>${i === 0 ? wFig : ''}`).join('\n')}</div>
<div class="store-badges"><a href="#" class="badge-link w-inline-block"><img src="/appstore.svg" alt="Download on the App Store"></a><a href="#"
class="badge-link w-inline-block"><img src="/play.svg" alt="Get it on Google Play"></a></div>
<div class="help-box"><div class="help-title">Something not working?</div><p class="help-text">Our support team answers within one working day.</p>
<a href="/help" class="link-help">Visit the Help Center</a></div></div></div>
<div class="section-older"><div class="container w-container"><h2 class="heading-older">Earlier releases</h2><div class="w-dyn-list"><div role="list"
class="w-dyn-items">
${wOld
  .map(
    (o) => `<div role="listitem" class="w-dyn-item"><a href="/whats-new/${o.slice(11, 14)}" class="release-card w-inline-block"><div>${o}</div></a>
</div>`,
  )
  .join('\n')}
</div></div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-links">${wFoot
  .map(
    (f) => `<a href="#"
class="footer-link">${f}</a>`,
  )
  .join('')}</div>
<div class="footer-copy">© 2026 Pebblenote AB</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_text">We use cookies to improve Pebblenote and our website.</div>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a><a fs-cc="deny" href="#" class="fs-cc-banner_text-link">Deny</a></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://assets.website-files.example/65f1a2/js/webflow.js" type="text/javascript"></script></body></html>`;
const pebblenote: TestPage = {
  name: 'heldout432-webflow-whats-new-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSec.map(([h]) => h),
  body: texts([...wIntro, ...wSec.flatMap(([, p, l]) => [...p, ...l])]),
  bylines: ['Released 2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Get Pebblenote', 'Version 5.2', 'Searching for a recipe written in 2019', 'Something not working?',
    'Our support team answers within one working day.', 'Visit the Help Center', 'Earlier releases', ...wOld, ...wFoot, '© 2026 Pebblenote AB',
    'We use cookies to improve Pebblenote and our website.', 'Accept', 'Deny',
  ],
};

const hTitle = 'The Meridian Collection';
const hDesc = [
  j(
    'Meridian began as a single navigator’s watch made in 1962 for the crews of the Corrowan ferry line. Today the collection',
    'keeps its wide hands and railway minute track, in cases from 36 to 41 millimetres and with movements wound and regulated in our Aldermoor workshop.',
  ),
];
const hTiles: readonly (readonly [string, string, string])[] = [
  ['Meridian 36 Steel, Ivory Dial', '£1,450', 'New'],
  ['Meridian 38 Steel, Blue Dial', '£1,520', ''],
  ['Meridian 41 Chronograph', '£2,890', 'Limited Edition'],
  ['Meridian 38 Bronze, Green Dial', '£1,790', ''],
  ['Meridian 41 GMT, Black Dial', '£2,350', 'New'],
  ['Meridian 36 Two-Tone', '£1,690', ''],
];
const hStory: readonly (readonly [string, string])[] = [
  [
    'A watch built to be read at a glance',
    j(
      'The first Meridian was designed for deckhands who needed the time in half a second, in rain and at night. Its dial has no',
      'date window, no sub-dials on the time-only models and lume on every hour marker.',
    ),
  ],
  [
    'Made in Aldermoor',
    j(
      'Every movement is assembled and adjusted by one watchmaker, who signs the case back with their initials. Each watch is tested',
      'for fourteen days in five positions before it leaves the workshop, and comes with a ten-year service guarantee.',
    ),
  ],
  [
    'Straps and sizing',
    j(
      'Every Meridian comes on a quick-release strap, so you can change from leather to steel or canvas without tools. If you are',
      'unsure which diameter suits you, our boutiques will lend you a paper wrist template free of charge.',
    ),
  ],
];
const hNav = ['Watches', 'Collections', 'Accessories', 'Our Workshop', 'Stores'];
const hCrumb = ['Home', 'Watches'];
const hRef = ['Case Size', 'Dial Colour', 'Material', 'Price'];
const hFoot = ['Customer Service', 'Delivery & Returns', 'Warranty', 'Find a Store', 'Careers', 'Privacy & Cookies'];
const tile = ([name, price, badge]: readonly [string, string, string], i: number): string => `<div class="col-6 col-sm-4"><div class="product"
data-pid="MRD-${100 + i}"><div class="product-tile"><div class="image-container"><a href="/meridian/MRD-${100 + i}.html"><img class="tile-image"
src="/on/demandware.static/-/Sites-halden-master/default/dw3a1/images/MRD-${100 + i}.jpg" alt="${name}"></a>
${badge === '' ? '' : `<span class="badge badge-tile">${badge}</span>`}<a class="quickview hidden-sm-down" href="#" title="Quick View">Quick View</a></div>
<div class="tile-body"><div class="pdp-link"><a class="link" href="/meridian/MRD-${100 + i}.html">${name}</a></div>
<div class="price"><span><span class="sales"><span class="value" content="${price.slice(1).replace(',', '')}.00">${price}</span></span></span></div>
<div class="color-swatches"><span class="swatches">2 colours</span></div></div></div></div></div>`;
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>The Meridian Collection | Halden &amp; Roe</title>
<meta name="description" content="Navigator's watches with wide hands and a railway minute track, from 36 to 41 mm.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.haldenroe.example/collections/meridian/">
<link rel="stylesheet" href="/on/demandware.static/Sites-HaldenRoe-Site/-/en_GB/v1709/css/global.css">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,
"url":"/meridian/MRD-100.html"}]}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"category","categoryId":"meridian"});</script></head>
<body><div class="page" data-action="Search-Show" data-querystring="cgid=meridian"><div class="header-banner slide-up d-none d-md-block"><div class="container">
<div class="content"><p>Complimentary engraving on every Meridian watch until 31 March.</p></div>
<button class="close" aria-label="Close">×</button></div></div>
<header><nav role="navigation"><div class="header container"><div class="navbar-header brand"><a class="logo-home" href="/" title="Halden &amp; Roe Home">Halden
&amp; Roe</a></div>
<div class="main-menu navbar-toggleable-sm menu-toggleable-left multilevel-dropdown"><ul class="nav navbar-nav" role="menu">${links(hNav, 'nav-item')}</ul>
</div>
<div class="search hidden-sm-down"><input class="form-control search-field" type="text" name="q" placeholder="Search (keywords, etc.)"></div>
<div class="minicart"><a class="minicart-link" href="/cart" aria-label="Cart 0 items">Cart</a></div></div></nav></header>
<div role="main" id="maincontent"><div class="container search-results"><div class="row"><div class="col">
<ol class="breadcrumb">${links(hCrumb, 'breadcrumb-item')}
<li class="breadcrumb-item">The Meridian Collection</li></ol></div></div>
<div class="search-banner"><h1 class="header page-title">${hTitle}</h1><div class="category-description">${hDesc.map((p) => `<p>${p}</p>`).join('')}</div></div>
<div class="row search-results-header"><div class="col result-count"><span>Showing 6 results</span></div><div class="col sort-order"><select name="sort-order"
class="custom-select" aria-label="Sort By">
<option value="featured" selected>Featured</option><option value="price-low-to-high">Price Low To High</option><option value="newest">Newest Arrivals</option>
</select></div></div>
<div class="row"><div class="refinement-bar col-md-3"><div class="secondary-bar"><button class="reset">Reset</button></div><div class="refinements">
${hRef.map((r) => `<div class="card collapsible-sm refinement"><div class="card-header"><h2>${r}</h2></div></div>`).join('\n')}</div></div>
<div class="col-sm-12 col-md-9"><div class="container"><div class="row product-grid" itemtype="http://schema.org/SomeProducts" itemid="#product">
${hTiles.map(tile).join('\n')}
<div class="col-12 grid-footer"><div class="show-more"><button class="btn btn-outline-primary col-12 col-sm-4 more"
data-url="/on/demandware.store/Sites-HaldenRoe-Site/en_GB/Search-UpdateGrid?cgid=meridian&amp;start=6&amp;sz=6">More Results</button></div></div></div></div>
<div class="content-asset"><div class="collection-story">${hStory.map(([h, p]) => `<h2>${h}</h2><p>${p}</p>`).join('\n')}</div></div></div></div></div></div>
<footer id="footercontent"><div class="container"><div class="footer-container row"><ul class="menu-footer content">${links(hFoot, 'footer-item')}</ul></div>
<div class="email-signup"><h3>Join the Halden &amp; Roe list</h3><p>New releases, store events and watch care notes.</p><input type="email"
placeholder="Enter Email"><button class="subscribe-email">Sign Up</button></div>
<div class="copyright-notice"><p>© 2026 Halden &amp; Roe Watch Company Ltd. All rights reserved.</p></div></div></footer></div>
<div class="modal consent-tracking" id="consent-tracking" role="dialog"><div class="modal-body">We use cookies and similar technologies to improve your
shopping experience.</div>
<button class="affirm btn btn-primary">Yes</button><button class="decline btn btn-primary">No</button></div>
<script src="/on/demandware.static/Sites-HaldenRoe-Site/-/en_GB/v1709/js/search.js"></script></body></html>`;
const halden: TestPage = {
  name: 'heldout432-sfcc-watch-collection-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hStory.map(([h]) => h),
  body: texts([...hDesc, ...hTiles.map(([n]) => n), ...hStory.map(([, p]) => p)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Complimentary engraving on every Meridian watch until 31 March.', 'Halden & Roe', ...hNav, 'Cart', ...hCrumb, 'Showing 6 results', 'Featured',
    'Price Low To High', 'Newest Arrivals', 'Reset', ...hRef, ...hTiles.map(([, p]) => p), 'Limited Edition', 'Quick View', '2 colours', 'More Results',
    ...hFoot, 'Join the Halden & Roe list', 'New releases, store events and watch care notes.', 'Sign Up',
    '© 2026 Halden & Roe Watch Company Ltd. All rights reserved.', 'We use cookies and similar technologies to improve your shopping experience.',
  ],
};

export const HELDOUT432_F: readonly TestPage[] = [pebblenote, halden];
