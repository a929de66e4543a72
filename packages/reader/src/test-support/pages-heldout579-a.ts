import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout579-kit.js';

/**
 * Held-out batch 579, file a: a boarding kennel's rates and vaccination page on WordPress (Hello Elementor theme, Elementor Pro
 * header, footer and price-list widget, Complianz cookie banner), and a grooming salon's price list on Squarespace 7.1.
 */
const eTitle = 'Boarding Rates &amp; Vaccination Requirements';
const eIntro = j(
  'Every dog who stays at Hollow Pine gets an indoor-outdoor run, two play sessions a day and a bedtime biscuit. Rates are per night,',
  'and a night is counted from check-in to check-out before noon the next day.',
);
const eRates: [string, string, string][] = [
  ['Standard Run', '$46', 'A 4 x 10 ft indoor run with a covered outdoor yard. Includes two group or solo play sessions.'],
  ['Den Suite', '$62', 'A raised bed, a webcam and a quiet wing away from the main kennel. Best for seniors and nervous dogs.'],
  ['Family Run', '$78', 'Two dogs from the same household sharing one run. Add $30 a night for a third dog.'],
  ['Cat Condo', '$28', 'A three-level condo in our separate cat room, with a window perch and a daily brushing.'],
];
const eAddons = [
  'Extra play session: $12',
  'Bath on the day of pickup: from $25',
  'Medication given twice a day: $4 a night',
  'Holiday surcharge (Thanksgiving week, December 20 to January 2, July 4th weekend): $8 a night',
];
const eVacIntro = j(
  'All vaccines must be given by a licensed veterinarian and be current through the last day of the stay. We do not accept titer tests',
  'in place of vaccines, except for dogs with a written exemption from their vet.',
);
const eVacs = [
  'Rabies (1 or 3 year)',
  'DHPP (distemper, hepatitis, parainfluenza and parvovirus)',
  'Bordetella, given at least 7 days before check-in',
  'Canine influenza (H3N2 and H3N8), both doses completed',
];
const eCats = 'Cats need current FVRCP and rabies vaccines. Please email or bring a copy of the records; a tag alone is not enough.';
const eDeposit = j(
  'We take a one-night deposit to hold every reservation. Cancel at least 72 hours before check-in and we will refund it in full; after',
  'that it is kept as a credit for a future stay. Holiday bookings need a two-night deposit, which is not refundable after November 1.',
);
const eEffective = 'Rates effective January 1, 2026.';
const eHeads = ['Nightly rates', 'Add-ons', 'Vaccinations we require', 'Deposits and cancellations'];
const eNav = ['Home', 'Boarding', 'Daycare', 'Grooming', 'Training', 'Contact'];
const eFoot = ['W4120 County Road K, Alder Falls, WI 53907', 'Drop-off and pickup: Mon–Sat 7–10 am and 4–6 pm, Sun 4–6 pm'];
const w = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed" data-id="${id}"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>
</div></section>`;
const h2 = (id: string, t: string): string => w(id, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const priceList = eRates
  .map(
    ([n, p, d]) => `<li class="elementor-price-list-item"><div class="elementor-price-list-text"><div class="elementor-price-list-header">
<span class="elementor-price-list-title">${n}</span> <span class="elementor-price-list-separator"></span> <span class="elementor-price-list-price">${p}</span>
</div><p class="elementor-price-list-description">${d}</p></div></li>`,
  )
  .join('\n');
const eHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Boarding Rates &amp; Vaccination Requirements &#8211; Hollow Pine Kennels</title>
<meta name='robots' content='index, follow, max-image-preview:large'><link rel="canonical" href="https://hollowpinekennels.com/boarding-rates/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Boarding Rates"},
{"@type":"LocalBusiness","name":"Hollow Pine Kennels","telephone":"+1-608-555-0142"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://hollowpinekennels.com/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-post-112-css' href='https://hollowpinekennels.com/wp-content/uploads/elementor/css/post-112.css?ver=1712' media='all'>
<style id='global-styles-inline-css'>:root{--wp--preset--color--black:#000000;--e-global-color-primary:#2F4A3A;}</style>
<script src="https://hollowpinekennels.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-112 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-112">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="15" class="elementor elementor-15 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  '4b1e7a2',
  `${w(
    '9c3d1f0',
    'theme-site-logo',
    `<a href="https://hollowpinekennels.com">
<img width="220" height="64" src="/wp-content/uploads/2023/04/hollow-pine-logo.png" alt="Hollow Pine Kennels"></a>`,
  )}
${w(
  '2f8a6c1',
  'icon-list',
  `<ul class="elementor-icon-list-items elementor-inline-items">
<li class="elementor-icon-list-item"><a href="tel:6085550142"><span class="elementor-icon-list-text">Call us: (608) 555-0142</span></a></li></ul>`,
)}
${w(
  '7d02e55',
  'nav-menu',
  `<nav aria-label="Menu"
class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-7d02e55" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"
aria-expanded="false"><span class="elementor-screen-only">Menu</span></div>`,
)}`,
)}</div>
<main id="content" class="site-main post-112 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="112" class="elementor elementor-112" data-elementor-post-type="page">
${sec(
  'a61c0d3',
  `${w('e4b7a90', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${w('1ac93f2', 'text-editor', `<p>${eIntro}</p>`)}`,
)}
${sec(
  'b72f1e4',
  `${h2('c0e5d21', at(eHeads, 0))}
${w('55e0b8a', 'price-list', `<ul class="elementor-price-list">${priceList}</ul>`)}
${w('8e21f6b', 'text-editor', `<p><em>${eEffective}</em></p>`)}
${h2('d38a7c2', at(eHeads, 1))}${w('3b9e0f4', 'text-editor', `<ul>${lis(eAddons)}</ul>`)}`,
)}
${sec(
  'c9d40a1',
  `${h2('fa7120c', at(eHeads, 2))}${w('61d8e3b', 'text-editor', `<p>${eVacIntro}</p><ul>${lis(eVacs)}</ul><p>${eCats}</p>`)}
${h2('0b4d9e6', at(eHeads, 3))}${w('92c6f1a', 'text-editor', `<p>${eDeposit}</p>`)}
${w(
  '4e7b2d0',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/reservations/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Request a Reservation</span></span></a></div>`,
)}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer" data-elementor-post-type="elementor_library">
${sec(
  '6a0c3e8',
  `${w('b18f4d2', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Hollow Pine Kennels</h2>')}
${w('f3e9a71', 'text-editor', ps(eFoot))}
${w('27c0b5e', 'text-editor', '<p>© 2026 Hollow Pine Kennels. All rights reserved.</p>')}`,
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimize our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a href="/cookie-policy-us/" class="cmplz-link cookie-statement">Cookie Policy</a></li>
<li><a href="/privacy-statement-us/" class="cmplz-link privacy-statement">Privacy Statement</a></li></ul></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":112}};</script>
<script src="https://hollowpinekennels.com/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout579-elementor-boarding-rates',
  kind: 'docs',
  html: eHtml,
  title: plain(eTitle),
  headings: eHeads,
  body: texts([eIntro, ...eRates.flatMap(([n, p, d]) => [`${n} ${p}`, d]), eEffective, ...eAddons, eVacIntro, ...eVacs, eCats, eDeposit]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call us: (608) 555-0142', ...eNav.filter((t) => t !== 'Boarding'), 'Menu', 'Request a Reservation', 'Hollow Pine Kennels',
    ...eFoot, '© 2026 Hollow Pine Kennels. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimize our website and our service.',
    'Deny', 'View preferences', 'Cookie Policy', 'Privacy Statement',
  ],
};

const sTitle = 'Grooming Menu';
const sIntro = j(
  "Prices depend on your dog's size, coat condition and behavior. The prices below are starting prices for a dog who is brushed out",
  'at home between visits; matted coats are charged at $1 a minute for dematting, and we will always call you before we shave down.',
);
const sServices: [string, string, string][] = [
  [
    'Full Groom',
    'Bath, blow-dry, full haircut, nail trim, ear cleaning and sanitary trim.',
    'Small (under 20 lb) $75 · Medium (20–50 lb) $90 · Large (50–80 lb) $110 · Giant (over 80 lb) $135',
  ],
  [
    'Bath &amp; Tidy',
    j('Bath, blow-dry, brush-out, nail trim and a tidy of the face,', 'feet and sanitary area.'),
    'Small $55 · Medium $65 · Large $80 · Giant $95',
  ],
  [
    'Deshed Treatment',
    'For huskies, shepherds, goldens and other double coats: a deshedding shampoo, a high-velocity dry and a full undercoat rake-out.',
    'Medium $75 · Large $95 · Giant $120',
  ],
  ['Puppy Intro', 'For puppies under six months: a short bath, a nail trim and plenty of treats, so their first groom is a good one.', '$40'],
];
const sCarte = ['Nail trim $18', 'Nail grind $22', 'Teeth brushing $12', 'Blueberry facial $10', 'Paw balm and pad trim $10'];
const sNote = "A $20 fee applies to appointments missed or cancelled with less than 24 hours' notice.";
const sNav = ['Services', 'Grooming Menu', 'About', 'FAQ', 'Gift Cards'];
const sFoot = ['Tidy Tails Grooming Studio', '418 Larkspur Ave, Suite B', 'Bellhaven, OR 97316', 'Tue–Sat 8am–5pm', 'Instagram', 'Facebook'];
const sBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2"
data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const sSvc = sServices
  .map(([n, d, p], i) =>
    sBlock(
      `yui_3_17_2_1_17${i}`,
      `<h3 style="white-space:pre-wrap;">${n}</h3><p class="" style="white-space:pre-wrap;">${d}</p>
<p class="" style="white-space:pre-wrap;"><strong>${p}</strong></p>`,
    ),
  )
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport"
content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Grooming Menu — Tidy Tails Grooming Studio</title>
<link rel="canonical" href="https://www.tidytailsbellhaven.com/grooming-menu"><meta property="og:site_name" content="Tidy Tails Grooming Studio">
<script type="application/ld+json">{"url":"https://www.tidytailsbellhaven.com","name":"Tidy Tails Grooming Studio","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Tidy Tails Grooming Studio","address":"418 Larkspur Ave, Suite B\\nBellhaven, OR, 97316",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2c","siteTitle":"Tidy Tails Grooming Studio"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f2c/24/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-6042b1" class="primary-button-style-solid primary-button-shape-pill header-width-full tweak-fixed-header view-item-list
header-overlay-alignment-center">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<div class="sqs-announcement-bar-text-inner"><p>Now booking holiday grooms – December fills fast!</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="&#123;&quot;layout&quot;:&quot;navRight&quot;&#125;"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a href="/" data-animation-role="header-element">Tidy Tails Grooming Studio</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === sTitle ? ' header-nav-item--active' : ''}"><a
href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6042b1a7c">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--narrow horizontal-alignment--center vertical-alignment--middle white"
data-section-id="6042b1a7d"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-6042b1a7d">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sBlock('yui_3_17_2_1_160', `<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="" style="white-space:pre-wrap;">${sIntro}</p>`)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_165"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;"><div class="image-block-wrapper" data-animation-role="image">
<img data-src="https://images.squarespace-cdn.com/content/v1/5f2c/juniper-groom.jpg" alt="A freshly groomed doodle on the table" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">Juniper after her Full Groom</p></div></figcaption>
</figure></div></div>
${sSvc}
${sBlock(
  'yui_3_17_2_1_180',
  `<h3 style="white-space:pre-wrap;">À la carte</h3><ul data-rte-list="default">${lis(
    sCarte.map(
      (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
    ),
  )}</ul>
<p class="" style="white-space:pre-wrap;"><em>${sNote}</em></p>`,
)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53"
id="block-yui_3_17_2_1_190"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium" data-button-type="primary">
<a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book an Appointment</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"
data-section-id="6042b1a80">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${sBlock('yui_3_17_2_1_200', `<p class="" style="white-space:pre-wrap;"><strong>${at(sFoot, 0)}</strong></p>${ps(sFoot.slice(1, 4))}`)}</div>
<div class="col sqs-col-6 span-6"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"
data-block-type="54"><div class="sqs-block-content">
<nav class="sqs-svg-icon--list">${sFoot
  .slice(4)
  .map(
    (t) => `<a href="https://www.${t.toLowerCase()}.com/tidytailsbellhaven" target="_blank"
class="sqs-svg-icon--wrapper ${t.toLowerCase()}"
aria-label="${t}"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon"
xlink:href="#${t.toLowerCase()}-icon"></use></svg></div></a>`,
  )
  .join('')}
</nav></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-content"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">Decline all</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button></div></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout579-squarespace-grooming-menu',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: texts([...sServices.map(([n]) => n), 'À la carte']),
  body: texts([sIntro, ...sServices.flatMap(([, d, p]) => [d, p]), ...sCarte, sNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now booking holiday grooms – December fills fast!', 'Skip to Content', 'Tidy Tails Grooming Studio', ...sNav.filter((t) => t !== sTitle),
    'Book Now', 'Juniper after her Full Groom', 'Book an Appointment', ...sFoot.slice(1, 4),
    'This website uses cookies to improve your experience.', 'Decline all', 'Accept all',
  ],
};

export const HELDOUT579_A: readonly TestPage[] = [elementor, squarespace];
