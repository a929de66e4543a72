import { links, type TestPage } from './page-kit.js';
import { bodyOf, heads, j, lis, render, rowTexts, type Sec, trs } from './pages-heldout685-kit.js';

/**
 * Held-out batch 685, file d: a district council's pest control service page on LocalGov Drupal (charges table, service
 * sidebar, feedback box), and a window cleaner's FAQ page built with GoDaddy Websites + Marketing.
 */
const dTitle = 'Pest control: rats, mice and insects';
const dA: Sec[] = [
  [
    '',
    [
      j(
        'Our pest control officers treat rats, mice, wasps, fleas, bed bugs and cockroaches in homes across the district.',
        'Treatment for rats inside a home is free. For other pests there is a charge, which is reduced if you receive',
        'certain benefits.',
      ),
    ],
  ],
  ['Charges', ['Prices include VAT and cover up to three visits for the same problem.']],
];
const dRows = [
  ['Rats inside the home', 'Free', 'Free'],
  ['Rats in the garden', '£48', '£24'],
  ['Mice', '£72', '£36'],
  ['Wasp nest', '£62', '£31'],
  ['Fleas or bed bugs', '£98', '£49'],
];
const dB: Sec[] = [
  [
    'What we do not treat',
    [
      [
        'bees, which are protected and should be moved by a beekeeper',
        'squirrels, moles, foxes or birds',
        'pests in commercial premises; businesses must use a private contractor',
      ],
    ],
  ],
  [
    'Before your visit',
    [
      j(
        'Please make sure an adult is at home and that pets are kept out of the rooms being treated. For fleas and bed bugs,',
        'vacuum all floors and wash bedding at 60 degrees before the officer arrives.',
      ),
      'Rats and mice are baited with poison in locked boxes. Do not move or open the boxes.',
    ],
  ],
  ['Book a treatment', ['You can book online and pay when you book. Appointments are Monday to Friday, 8am to 4pm.']],
];
const dNav = ['Bins and recycling', 'Council tax', 'Housing', 'Environmental health', 'Planning'];
const dCrumbs = ['Home', 'Environmental health', 'Pest control'];
const dSide = ['Report a rat problem in a public place', 'Noise complaints', 'Food safety'];
const dFoot = ['Accessibility statement', 'Cookies', 'Privacy notices', 'Contact the council'];
const dShape = {
  h: (t: string) => `<h2>${t}</h2>`,
  p: (t: string) => `<p>${t}</p>`,
  ul: (items: readonly string[]) => `<ul>${lis(items)}</ul>`,
};
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.wrenfold.gov.uk/environmental-health/pest-control">
<title>Pest control: rats, mice and insects | Wrenfold District Council</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentService","name":"${dTitle}",
"provider":{"@type":"GovernmentOrganization",
"name":"Wrenfold District Council"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xw3e1LrJ4kZb9.css?delta=0&amp;language=en&amp;theme=localgov_base">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"},
"localgov_base":{"breakpoint":768}}</script></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-container">
<header class="lgd-header"><div class="lgd-header__inner lgd-container padding-horizontal"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="lgd-header__logo"><img src="/themes/custom/wrenfold/logo.svg" alt="Wrenfold District Council home"></a></div>
<div class="lgd-header__search"><form action="/search" method="get" class="localgov-search-form"><label for="edit-s"
class="visually-hidden">Search this site</label>
<input data-drupal-selector="edit-s" type="text" id="edit-s" name="s"><input type="submit" value="Search" class="button"></form></div>
<button class="lgd-header__toggle" aria-controls="lgd-header__nav--primary" aria-expanded="false">Menu</button></div>
<nav class="lgd-header__nav lgd-header__nav--primary" id="lgd-header__nav--primary" aria-label="Main"><ul
class="lgd-header__nav-list">${links(dNav, 'lgd-header__nav-item')}</ul></nav></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-row"><div class="lgd-row__two-thirds"><div class="lgd-region lgd-region--content region region-content">
<div data-drupal-messages-fallback class="hidden"></div><article class="localgov-services-page node node--type-localgov-services-page node--view-mode-full">
<h1 class="lgd-page-title-block__title"><span class="field field--name-title">${dTitle}</span></h1>
<div class="localgov-services-page__body"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${render(dA, dShape)}
<table><caption>Charges for domestic pest treatments, 2026 to 2027</caption><thead><tr><th scope="col">Pest</th><th scope="col">Standard charge</th>
<th scope="col">If you receive benefits</th></tr></thead><tbody>
${trs(dRows)}
</tbody></table>
${render(dB, dShape)}
</div></div>
<div class="localgov-services-page__cta"><a href="https://forms.wrenfold.gov.uk/pest-control"
class="button button--primary">Book and pay for pest control</a></div>
<div class="lgd-page-last-updated"><p>Page last updated: 3 March 2026</p></div></article></div></div>
<aside class="lgd-row__one-third lgd-region--sidebar"><div class="localgov-services-sublanding-sidebar"><h2 class="block__title">Related links</h2>
<ul>${links(dSide)}</ul></div></aside></div>
<div class="localgov-feedback"><h2>Was this page helpful?</h2><a href="/feedback?helpful=yes" class="button">Yes</a><a href="/feedback?helpful=no"
class="button">No</a></div>
</main>
<footer class="lgd-footer"><div class="lgd-footer__inner"><ul class="lgd-footer__links">${links(dFoot)}</ul>
<p class="lgd-footer__address">Wrenfold District Council, Civic Centre, Station Road, Wrenfold WF1 1AA</p></div></footer></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog" aria-label="Cookie consent">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>Cookies on our website</h2>
<p>We use essential cookies to make this site work. We would also like to use analytics cookies to help us improve it.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button"
class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Essential cookies only</button></div></div></div>
<script src="/sites/default/files/js/js_Y8c1mNq0bPxw.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=localgov_base"></script></body></html>`;
const council: TestPage = {
  name: 'heldout685-localgov-pest-control',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...heads(dA), ...heads(dB)],
  body: [...bodyOf(dA), ...rowTexts(dRows), ...bodyOf(dB)],
  bylines: ['Page last updated: 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search this site', 'Menu', ...dNav, 'Breadcrumb', 'Home', 'Charges for domestic pest treatments, 2026 to 2027',
    'Book and pay for pest control', 'Related links', ...dSide, 'Was this page helpful?', 'Yes', 'No', ...dFoot,
    'Wrenfold District Council, Civic Centre, Station Road, Wrenfold WF1 1AA', 'Cookies on our website',
    'We use essential cookies to make this site work. We would also like to use analytics cookies to help us improve it.', 'Accept all cookies',
    'Essential cookies only',
  ],
};

const gTitle = 'Frequently Asked Questions';
const gSecs: Sec[] = [
  ['Do I need to be home?', ['No. As long as we can get to the back garden, we clean the outside whether you are in or not and leave a note.']],
  [
    'What about my frames and sills?',
    ['Frames, sills and doors are rinsed on every visit at no extra cost. Conservatory roofs and gutters are priced separately.'],
  ],
  [
    'Why do you use a pole instead of ladders?',
    [
      j(
        'Our water-fed poles reach up to three storeys from the ground, which is safer and lets us clean the glass and frames',
        'together. The water is filtered to remove minerals, so it dries without spots.',
      ),
    ],
  ],
  ['How do I pay?', ['We text you after each clean with a link to pay by card. Bank transfer is fine too.']],
  ['Are you insured?', ['Yes, we carry £5 million public liability insurance and are happy to show the certificate.']],
];
const gNav = ['Home', 'Prices', 'FAQ', 'Contact Us'];
const gBlock = (aid: string, inner: string): string =>
  `<div data-ux="Block" data-aid="${aid}" class="x-el x-el-div c1-1 c1-2 c1-b c1-c c1-d c1-e">${inner}</div>`;
const gShape = {
  h: (t: string) =>
    `<h4 role="heading" aria-level="4" data-ux="ContentHeading" data-aid="FAQ_QUESTION_RENDERED"
class="x-el x-el-h4 c1-1 c1-2 c1-2j c1-b c1-c c1-2k">${t}</h4>`,
  p: (t: string) =>
    `<div data-ux="ContentText" data-aid="FAQ_ANSWER_RENDERED" class="x-el x-el-div c1-1 c1-2 c1-2l c1-b"><p style="margin:0"><span>${t}</span></p></div>`,
  ul: (items: readonly string[]) => `<ul>${lis(items)}</ul>`,
};
const gHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>FAQ</title><meta name="author" content="Squeaky Pane Window Cleaning">
<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000"><link rel="manifest" href="/manifest.webmanifest">
<meta property="og:url" content="https://squeakypane.co.uk/faq"><meta property="og:site_name" content="Squeaky Pane Window Cleaning">
<script type="text/javascript" src="//img1.wsimg.com/poly/v3/polyfill.min.js?unknown=polyfill&amp;flags=gated&amp;features=default"></script>
<style type="text/css">.x{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%}.c1-1{letter-spacing:normal}.c1-2{text-transform:none}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Do I need to be home?"}]}</script></head>
<body class="x"><div id="layout-00e1c6b0-4a1f" class="layout layout-layout layout-layout-layout-13 locale-en-GB lang-en">
<div data-ux="Page" id="page-0011" class="x-el x-el-div x-el c1-1 c1-2 c1-3 c1-4"><div data-ux="Block" class="x-el x-el-div c1-1 c1-2 c1-b"></div>
<div id="0a2b1f7c" class="widget widget-header widget-header-header-9"><div data-ux="Header" role="main" data-aid="HEADER_WIDGET"
class="x-el x-el-div c1-1 c1-2">
<section data-ux="Section" data-aid="HEADER_SECTION" class="x-el x-el-section c1-1 c1-2 c1-s"><div data-ux="Container" class="x-el x-el-div c1-1 c1-2 c1-t">
<div data-ux="Block" data-aid="HEADER_LOGO_RENDERED" class="x-el x-el-div c1-1 c1-2"><a rel="" role="link" aria-haspopup="menu" data-ux="Link"
data-page="a1f0" href="/"
class="x-el x-el-a c1-1 c1-2"><h3 role="heading" aria-level="3" data-ux="LogoHeading" data-aid="HEADER_LOGO_TEXT_RENDERED" class="x-el x-el-h3 c1-1 c1-2 c1-u">
Squeaky Pane Window Cleaning</h3></a></div><nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED" role="navigation" class="x-el x-el-nav c1-1 c1-2 c1-w">
${gNav
  .map(
    (t) => `<a rel="" role="link" aria-haspopup="false" data-ux="NavLink" target="" data-page="b2${t.length}" data-edit-interactive="true"
href="/${t.toLowerCase().replace(' ', '-')}" class="x-el x-el-a c1-1 c1-2 c1-x">${t}</a>`,
  )
  .join('')}
</nav></div></section></div></div>
<div id="bf3c91d2" class="widget widget-faq widget-faq-faq-2"><div data-ux="WidgetBanner" class="x-el x-el-div c1-1 c1-2 c1-b">
<section data-ux="Section" data-aid="FAQ_SECTION" class="x-el x-el-section c1-1 c1-2 c1-16"><div data-ux="Container" class="x-el x-el-div c1-1 c1-2 c1-t">
<h1 role="heading" aria-level="1" data-ux="SectionHeading" data-aid="FAQ_SECTION_TITLE_RENDERED" data-promoted-from="2" data-order="0"
class="x-el x-el-h1 c1-1 c1-2 c1-17 c1-18"><span data-ux="Element" class="x-el x-el-span c1-1 c1-2">${gTitle}</span></h1>
${gBlock('FAQ_RENDERED', render(gSecs, gShape))}
<div data-ux="Block" class="x-el x-el-div c1-1 c1-2"><a data-ux="Button" data-aid="FAQ_CTA_BUTTON_RENDERED" href="/contact-us"
class="x-el x-el-a c1-1 c1-2 c1-1a">Get a Quote</a></div>
</div></section></div></div>
<div id="4d77e0a1" class="widget widget-contact widget-contact-contact-4"><section data-ux="Section" data-aid="CONTACT_SECTION"
class="x-el x-el-section c1-1 c1-2">
<h2 role="heading" aria-level="2" data-ux="SectionHeading" data-aid="CONTACT_SECTION_TITLE_REND" class="x-el x-el-h2 c1-1 c1-2">Contact Us</h2>
<h4 role="heading" aria-level="4" data-ux="ContentHeading" data-aid="CONTACT_INFO_BIZ_NAME_REND"
class="x-el x-el-h4 c1-1 c1-2">Better yet, see us in person!</h4>
<p data-ux="ContentText" data-aid="CONTACT_INFO_ADDRESS_REND" class="x-el x-el-p c1-1 c1-2">Covering Kellerby, Ormsby Vale and surrounding villages</p>
<p data-ux="ContentText" data-aid="CONTACT_INFO_PHONE_REND" class="x-el x-el-p c1-1 c1-2"><a href="tel:07700900418">07700 900418</a></p></section></div>
<div id="e81b00c4" class="widget widget-footer widget-footer-footer-2"><div data-ux="Footer" role="contentinfo" data-aid="FOOTER_SECTION_RENDERED"
class="x-el x-el-div c1-1 c1-2">
<p data-ux="FooterText" data-aid="FOOTER_COPYRIGHT_RENDERED" class="x-el x-el-p c1-1 c1-2">
<span>Copyright © 2026 Squeaky Pane Window Cleaning - All Rights Reserved.</span></p>
<p data-ux="FooterText" data-aid="FOOTER_POWERED_BY_AIRO_RENDERED" class="x-el x-el-p c1-1 c1-2"><span>Powered by <a
href="https://www.godaddy.com/websites/website-builder"
rel="nofollow" class="x-el x-el-a c1-1 c1-2">GoDaddy</a></span></p></div></div>
<div data-aid="FOOTER_COOKIE_CONTAINER_RENDERED" class="x-el x-el-div c1-1 c1-2 c1-1g"><div data-ux="Block" class="x-el x-el-div c1-1 c1-2">
<p data-ux="Text" data-aid="FOOTER_COOKIE_TITLE_RENDERED" class="x-el x-el-p c1-1 c1-2">This website uses cookies.</p>
<p data-ux="Text" data-aid="FOOTER_COOKIE_MESSAGE_RENDERED" class="x-el x-el-p c1-1 c1-2">We use cookies to analyze website traffic and optimize your website
experience. By accepting our use of cookies, your data will be aggregated with all other user data.</p>
<a data-ux="Button" data-aid="FOOTER_COOKIE_ACCEPT_RENDERED" href="#" class="x-el x-el-a c1-1 c1-2">Accept</a></div></div></div></div>
<script type="text/javascript">window.cxs && window.cxs.setOptions && window.cxs.setOptions({"customerId":"0d1f2a3b"});</script>
<script type="text/javascript" src="//img1.wsimg.com/blobby/go/0d1f2a3b/script.js" crossorigin></script></body></html>`;
const godaddy: TestPage = {
  name: 'heldout685-godaddy-faq',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: heads(gSecs),
  body: bodyOf(gSecs),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Squeaky Pane Window Cleaning', 'Prices', 'FAQ', 'Contact Us', 'Get a Quote', 'Better yet, see us in person!',
    'Covering Kellerby, Ormsby Vale and surrounding villages', '07700 900418', 'Copyright © 2026 Squeaky Pane Window Cleaning - All Rights Reserved.',
    'Powered by GoDaddy', 'This website uses cookies.',
    j('We use cookies to analyze website traffic and optimize your website experience.',
      'By accepting our use of cookies, your data will be aggregated with all other user data.'),
    'Accept',
  ],
};

export const HELDOUT685_D: readonly TestPage[] = [council, godaddy];
