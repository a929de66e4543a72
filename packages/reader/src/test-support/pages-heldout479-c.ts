import { links, type TestPage } from './page-kit.js';
import { type Block, bodies, heads, j, render } from './pages-heldout479-kit.js';

/**
 * Held-out batch 479, file c: a regional wedding supplier directory's category archive on WordPress (Astra theme with the
 * GeoDirectory plugin: filter sidebar, star ratings, pagination) and a glasshouse venue page on Webflow (w-nav navbar,
 * CMS rich text, w-form enquiry form with its hidden success and error messages).
 */
const gTitle = 'Wedding Florists in the Vale of Harrow';
const gIntro = j(
  'From wild, just-picked meadow arrangements to sculptural installations, these florists all work regularly at venues in the',
  'Vale. Every listing is checked by our team each spring.',
);
interface Listing {
  name: string;
  place: string;
  text: string;
  rating: string;
}
const gItems: Listing[] = [
  {
    name: 'The Wild Stem Co.',
    place: 'Harrowby · From £900',
    rating: '4.9 (41 reviews)',
    text: 'Seasonal, locally grown flowers from our own two-acre plot. Known for loose, garden-style arches and meadow aisles.',
  },
  {
    name: 'Petal &amp; Pail',
    place: 'Castle Wendle · From £1,200',
    rating: '4.8 (27 reviews)',
    text: 'Studio florist specialising in hanging installations, floral clouds and dried-flower pieces that last beyond the day.',
  },
  {
    name: 'Moss Lane Flowers',
    place: 'Upper Tarrow · From £650',
    rating: '5.0 (18 reviews)',
    text: 'A one-woman studio for small and micro weddings. Buttonholes, bouquets and table posies with a focus on British stems.',
  },
  {
    name: 'Bramble House Florals',
    place: 'Harrowby · From £1,500',
    rating: '4.7 (33 reviews)',
    text: 'Full-service floral design for larger weddings, including ceremony structures, church flowers and same-day turnarounds.',
  },
];
const gBlocks: Block[] = [gIntro, ...gItems.flatMap((i) => [`## ${i.name}`, i.place, i.text])];
const gNav = ['Find Suppliers', 'Venues', 'Real Weddings', 'Advice', 'List Your Business'];
const gCrumbs = ['Home', 'Suppliers', 'Florists'];
const gCats = ['Photographers', 'Caterers', 'Bands &amp; DJs', 'Cakes', 'Hair &amp; Make-up', 'Stationery'];
const gFoot = ['About us', 'Advertise', 'Contact', 'Privacy policy'];
const item = (
  i: Listing,
  k: number,
): string => `<li class="gd_place post-${300 + k} type-gd_place status-publish gd_placecategory-florists geodir-post col mb-4">
<div class="card h-100 p-0 m-0 mw-100 border-0 shadow-sm"><div class="geodir-image-container"><a href="/suppliers/florists/${k}/">
<img src="/wp-content/uploads/2026/02/florist-${k}.jpg" alt="${i.name}"></a></div>
<div class="card-body p-2"><h2 class="geodir-entry-title h5 text-center"><a href="/suppliers/florists/${k}/" title="View: ${i.name}">${i.name}</a></h2>
<div class="geodir-output-location"><div class="geodir_post_meta geodir-field-address">${i.place}</div></div>
<div class="geodir-post-rating"><span class="gd-list-rating-stars" title="Rating"><i class="fas fa-star"></i></span>
<span class="gd-list-rating-text">${i.rating}</span></div>
<div class="geodir-post-content-container"><div class="geodir_post_meta geodir-field-post_content">${i.text}</div></div></div>
<div class="card-footer"><a class="btn btn-sm btn-outline-primary" href="/suppliers/florists/${k}/">View Listing</a></div></div></li>`;
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wedding Florists in the Vale of Harrow - Vale Wedding Directory</title><meta name="robots" content="index, follow">
<link rel="stylesheet" id="astra-theme-css-css" href="https://valeweddings.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<link rel="stylesheet" id="ayecode-ui-css"
href="https://valeweddings.co.uk/wp-content/plugins/geodirectory/vendor/ayecode/wp-ayecode-ui/assets/css/ayecode-ui-compatibility.css" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage",
"name":"Wedding Florists in the Vale of Harrow"}]}</script>
<script>var geodir_params={"ajax_url":"https:\\/\\/valeweddings.co.uk\\/wp-admin\\/admin-ajax.php","search_suggestions":"1"};</script></head>
<body class="archive tax-gd_placecategory term-florists geodir-page geodir-archive ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled
ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead">
<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="https://valeweddings.co.uk/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/2025/01/vale-logo.png" class="custom-logo" alt="Vale Wedding Directory"></a></span></div>
<nav class="main-header-bar-navigation site-header-focus-item ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow
ast-nav-menu ast-flex submenu-with-border stack-on-mobile">${links(gNav, 'menu-item menu-item-type-custom menu-item-object-custom')}</ul></nav>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<div class="ast-archive-description"><div class="geodir-breadcrumb clearfix"><ul id="breadcrumbs">${links(gCrumbs)}</ul></div>
<h1 class="page-title ast-archive-title">${gTitle}</h1><p>${gIntro}</p></div>
<div class="bsui"><div class="geodir-loop-actions-container"><div class="geodir-sorting-by">Sort by: <select><option>Recommended</option></select></div>
<span class="gd-list-count">4 results</span></div>
<div class="geodir-loop-container"><ul class="row row-cols-1 row-cols-sm-2 geodir-category-list-view list-unstyled">${gItems.map(item).join('\n')}</ul></div>
<nav class="navigation pagination" aria-label="Posts"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="/suppliers/florists/page/2/">2</a><a class="next page-numbers" href="/suppliers/florists/page/2/">Next »</a></div></nav></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="geodir_widget_search-2" class="widget geodir-widget"><h2 class="widget-title">Search suppliers</h2><form class="geodir-listing-search">
<label for="sgd">Keyword</label><input id="sgd" type="text" name="s"><label for="snear">Near</label><input id="snear" type="text" name="snear">
<button type="submit">Search</button></form></aside>
<aside id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Other categories</h2><ul>${gCats
  .map(
    (t) => `<li><a href="/suppliers/">${t}</a>
</li>`,
  )
  .join('')}</ul></aside>
<aside id="custom_html-2" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><div class="promo-box"><p>
<strong>Are you a florist?</strong></p>
<p>Get listed in front of 9,000 couples a month.</p><a href="/list-your-business/" class="button">Add your listing</a></div></div></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full">
<nav class="site-footer-section"><ul class="ast-nav-menu">${links(gFoot)}</ul></nav>
<div class="ast-footer-copyright"><p>Copyright &copy; 2026 Vale Wedding Directory | Powered by Vale Wedding Directory</p></div></div></footer></div>
<script src="https://valeweddings.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const geodir: TestPage = {
  name: 'heldout479-geodirectory-florists',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: heads(gBlocks),
  body: bodies(gBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gNav.filter((t) => t !== 'Venues'), ...gCrumbs.filter((t) => t !== 'Florists'), 'Sort by:', 'Recommended', '4 results',
    ...gItems.map((i) => i.rating), 'View Listing', '1', '2', 'Next »',
    'Search suppliers', 'Keyword', 'Near', 'Search', 'Other categories', ...gCats.map((t) => t.replace('&amp;', '&')), 'Are you a florist?',
    'Get listed in front of 9,000 couples a month.', 'Add your listing',
    ...gFoot, 'Copyright © 2026 Vale Wedding Directory | Powered by Vale Wedding Directory',
  ],
};

const fTitle = 'The Glasshouse at Wrenfield';
const fBlocks: Block[] = [
  'A Victorian palm house restored for ceremonies, long-table dinners and dancing under glass.',
  '## The space',
  j(
    'Built in 1868 for the Wrenfield estate\u2019s collection of tropical palms, the Glasshouse was rebuilt pane by pane between 2019',
    'and 2022. It now holds 90 guests for a ceremony or a seated dinner, with the original cast-iron columns running down',
    'the middle of the room and the old fern grotto as a backdrop for the top table.',
  ),
  j(
    'On warm evenings the south doors fold back onto the terrace and the kitchen garden. In winter, underfloor heating and',
    'hundreds of festoon lights make it one of the cosiest rooms in the county.',
  ),
  '## Hire and dates',
  j(
    'We take one wedding a day, Thursday to Sunday, with exclusive use from 11am to midnight. Hire starts at £6,200 in winter',
    'and £8,900 from May to September, including furniture, a coordinator and the terrace.',
  ),
  j('Catering is by our in-house kitchen, led by head chef Noor Castellan, who cooks with whatever the walled garden is giving that week.'),
];
const fNav = ['The Glasshouse', 'Food', 'Weddings', 'Journal', 'Visit us'];
const fForm = ['Name', 'Email Address', 'Wedding date', 'Guests'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Mon Feb 09 2026 10:14:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.wrenfield.co.uk" data-wf-page="65a1f0c2b7e4a91d2c3e4f50" data-wf-site="65a1f0c2b7e4a91d2c3e4f41" lang="en"
data-wf-collection="65a1f0c2b7e4a91d2c3e4f77" data-wf-item-slug="the-glasshouse">
<head><meta charset="utf-8"><title>The Glasshouse at Wrenfield | Wrenfield</title>
<meta content="A Victorian palm house restored for weddings." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65a1f0c2b7e4a91d2c3e4f41/css/wrenfield.webflow.shared.4e1d.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current">
<img src="https://cdn.prod.website-files.com/65a1f0c2b7e4a91d2c3e4f41/logo.svg" alt="Wrenfield" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/enquire" class="nav-button w-button">Enquire</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-venue"><div class="w-layout-blockcontainer container-large w-container"><div class="eyebrow">Venue</div>
<h1 class="heading-xl">${fTitle}</h1></div></section>
<section class="section"><div class="w-layout-blockcontainer container-medium w-container"><div class="venue-rich-text w-richtext">
${render(fBlocks)}
</div></div></section>
<section class="section gallery-strip"><div class="w-layout-grid grid-gallery"><a href="#" class="lightbox-link w-inline-block w-lightbox">
<img src="https://cdn.prod.website-files.com/65a1f0c2b7e4a91d2c3e4f41/glasshouse-1.jpg" alt="Tables under glass" class="gallery-image"></a></div></section>
<section class="section enquiry"><div class="w-layout-blockcontainer container-small w-container"><h2 class="heading-m">Check availability</h2>
<div class="form-block w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="form" aria-label="Email Form">
${fForm
  .map(
    (t, i) => `<label for="f${i}" class="field-label">${t}</label>
<input class="text-field w-input" maxlength="256" name="f${i}" type="text" id="f${i}">`,
  )
  .join('\n')}
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Send"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div>
</div>
<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container-large w-container"><div class="footer-grid">
<div class="footer-text">Wrenfield, Lower Wren Lane, Fordham, Suffolk IP14 6LD</div>
<a href="https://instagram.com/wrenfield" class="footer-link">Instagram</a><div class="footer-text">© 2026 Wrenfield Estate</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2b7e4a91d2c3e4f41" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65a1f0c2b7e4a91d2c3e4f41/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout479-webflow-venue',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: heads(fBlocks),
  body: bodies(fBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'The Glasshouse'), 'Enquire', 'Venue', 'Check availability', ...fForm.filter((t) => t !== 'Guests'),
    'Wrenfield, Lower Wren Lane, Fordham, Suffolk IP14 6LD', 'Instagram', '© 2026 Wrenfield Estate',
  ],
};

export const HELDOUT479_C: readonly TestPage[] = [geodir, webflow];
