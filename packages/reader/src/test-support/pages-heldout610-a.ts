import { ps, type TestPage, texts } from './page-kit.js';
import { finish, j, type Treatment, treatmentTexts } from './pages-heldout610-kit.js';

/**
 * Held-out batch 610, file a: a nail studio's treatment menu on Squarespace 7.1 (a menu block with prices).
 */
const sTitle = 'Treatment Menu';
const sIntro = [
  j(
    'All of our nail services include a consultation, cuticle care and a hand or foot massage. Prices are for natural nails;',
    'removal of another salon’s product is added as a separate service.',
  ),
];
const sMani: Treatment[] = [
  { name: 'Classic Manicure (40 mins)', price: '£26', desc: 'File, shape, cuticle work and a regular polish of your choice.' },
  { name: 'Gel Polish Manicure (50 mins)', price: '£32', desc: 'Long-wear gel colour cured under an LED lamp. Lasts two to three weeks.' },
  { name: 'BIAB Overlay (75 mins)', price: '£42', desc: 'A builder gel overlay to strengthen your natural nails, finished in gel colour.' },
  { name: 'BIAB Infill (75 mins)', price: '£38' },
];
const sPedi: Treatment[] = [
  { name: 'Express Pedicure (35 mins)', price: '£28', desc: 'Soak, file, cuticle tidy and polish. No hard skin removal.' },
  { name: 'Luxe Pedicure (60 mins)', price: '£40', desc: 'Includes hard skin removal, a sugar scrub, a mask and a longer massage.' },
  { name: 'Gel Toes (40 mins)', price: '£27' },
];
const sExtras: Treatment[] = [
  { name: 'Gel removal', price: '£8' },
  { name: 'Nail art, per nail', price: 'from £2' },
  { name: 'Chrome or cat eye finish', price: '£6' },
];
const sNote = j(
  'New clients having gel or BIAB for the first time are asked to arrive ten minutes early to complete a consultation form.',
  'Please let us know about any allergies when you book.',
);
const sNav = ['Home', 'Book Online', 'Gift Cards', 'Nail Art Gallery', 'Policies', 'Contact'];
const sFoot = ['Instagram', 'TikTok', 'Facebook'];
const menuItems = (items: readonly Treatment[]): string =>
  items
    .map(
      (t) => `<div class="menu-item"><div class="menu-item-title">${t.name}</div><div class="menu-item-price-top">${t.price}</div>
${t.desc === undefined ? '' : `<div class="menu-item-description">${t.desc}</div>`}</div>`,
    )
    .join('\n');
const menuSection = (title: string, items: readonly Treatment[]): string =>
  `<div class="menu-section"><div class="menu-section-header"><div class="menu-section-title">${title}</div></div>
<div class="menu-items">${menuItems(items)}</div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} — Polished at Fenwick Yard</title><link rel="canonical" href="https://www.polishedfenwick.co.uk/treatment-menu">
<meta property="og:site_name" content="Polished at Fenwick Yard"><meta property="og:title" content="${sTitle} — Polished at Fenwick Yard">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"64a1f0c2e7b9d81a2c3f4e50","collectionId":"64a1f0c2e7b9d81a2c3f4e61",
"pageType":2,"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.polishedfenwick.co.uk","name":"Polished at Fenwick Yard",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"Unit 4, Fenwick Yard, Kettlewick, KW3 8PD","openingHours":"Tu 09:30-18:00, We 09:30-20:00",
"@context":"http://schema.org","@type":"NailSalon","name":"Polished at Fenwick Yard"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1f0c2e7b9d81a2c3f4e50/42/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-64a1f0c2e7b9d81a2c3f4e61" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled
header-width-full tweak-fixed-header tweak-fixed-header-style-basic form-use-theme-colors
collection-type-page collection-layout-default mobile-style-available">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-url"></div>
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span>
<div class="sqs-announcement-bar-content"><p>Gift cards can now be bought online and sent straight to a friend’s inbox.</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/logo.png"
alt="Polished at Fenwick Yard" style="display:block"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book-online">Book Now</a></div></div></div></div></div></div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="64a1f0c2e7b9d81a2c3f4e70">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow horizontal-alignment--center vertical-alignment--middle light" data-section-id="64a1f0c2e7b9d81a2c3f4e71"
data-controller="SectionWrapperController">
<div class="section-background"></div><div class="content-wrapper" style=""><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"
id="page-section-64a1f0c2e7b9d81a2c3f4e71"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1689352011912_4120"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="text-align:center;white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block menu-block sqs-block-menu" data-block-type="18" id="block-yui_3_17_2_1_1689352011912_5582"><div class="sqs-block-content">
<div class="menu-block"><div class="menus-wrapper"><div class="menu-wrapper" data-menu-id="0">
${menuSection('Manicures', sMani)}
${menuSection('Pedicures', sPedi)}
${menuSection('Extras', sExtras)}
</div></div></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1689352011912_7031"><div class="sqs-block-content">
<div class="sqs-html-content">${ps([sNote], ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/book-online" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book your appointment</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"
data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h3>Find us</h3>
<p>Unit 4, Fenwick Yard<br>Kettlewick KW3 8PD</p><p>Tuesday to Saturday, 9.30am to 6pm<br>
Late nights Wednesday and Thursday until 8pm</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content">
<nav class="sqs-svg-icon--list">${sFoot
  .map(
    (t) => `<a href="https://www.${t.toLowerCase()}.com/polishedfenwick"
class="sqs-svg-icon--wrapper"><span class="sqs-svg-icon--social">${t}</span></a>`,
  )
  .join('')}
</nav></div></div><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p>© 2025 Polished at Fenwick Yard. All rights reserved.</p></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to understand how visitors use the site.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = finish({
  name: 'heldout610-squarespace-treatment-menu',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Manicures', 'Pedicures', 'Extras'],
  body: texts([...sIntro, ...treatmentTexts(sMani), ...treatmentTexts(sPedi), ...treatmentTexts(sExtras), sNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Gift cards can now be bought online and sent straight to a friend’s inbox.', 'Skip to Content', ...sNav, 'Book Now',
    'Book your appointment', 'Find us', 'Unit 4, Fenwick Yard', 'Kettlewick KW3 8PD', 'Tuesday to Saturday, 9.30am to 6pm',
    'Late nights Wednesday and Thursday until 8pm', ...sFoot, '© 2025 Polished at Fenwick Yard. All rights reserved.',
    'This website uses cookies to improve your experience and to understand how visitors use the site.', 'Decline', 'Accept',
  ],
});

export const HELDOUT610_A: readonly TestPage[] = [squarespace];
