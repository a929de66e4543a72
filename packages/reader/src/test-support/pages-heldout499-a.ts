import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis } from './pages-heldout499-kit.js';

/**
 * Held-out batch 499, file a: a dental implant treatment page on WordPress with the Divi theme (builder sections, a promo box
 * and a testimonial), and an optician's price list on Squarespace 7.1 built with a Menu block.
 */
const dTitle = 'Dental Implants';
const dIntro = [
  j(
    'A dental implant is the closest thing we can offer to a natural tooth. At Harbourside Dental Studio in Kelderwick,',
    'Dr Maren Astley has placed implants for patients who have lost a single tooth, several teeth or a whole arch.',
  ),
  j(
    'An implant looks, feels and works like your own tooth. It does not rely on the teeth either side, as a bridge does,',
    'and it does not move when you eat, as a denture can.',
  ),
];
const dWhat = [
  j(
    'An implant is a small titanium post that is placed in the jawbone where the root of the missing tooth used to be.',
    'Over the following months the bone grows around the post and holds it firmly. A crown, bridge or denture is then fixed on top.',
  ),
];
const dWho = [
  'you have lost one or more teeth through decay, gum disease or an accident',
  'your gums are healthy, or any gum disease has been treated',
  'you have enough bone in your jaw, or are willing to have a bone graft first',
  'you do not smoke, or are prepared to stop for the healing period',
];
const dWhoLead = 'Implants are usually a good choice if:';
const dWhoAfter = j(
  'Some medical conditions and medicines slow healing. We will go through your medical history with you at the consultation',
  'and, if needed, talk to your doctor before we plan any treatment.',
);
const dSteps = [
  '<strong>Consultation.</strong> We examine your mouth, take a 3D scan of your jaw and talk through your options and costs.',
  '<strong>Placing the implant.</strong> Under local anaesthetic, the post is placed in the bone. Most patients say it is easier than an extraction.',
  '<strong>Healing.</strong> The bone bonds with the implant over three to six months. You can wear a temporary tooth in the meantime.',
  '<strong>Fitting the crown.</strong> Once the implant is secure, we fit a crown made to match the shade and shape of your other teeth.',
];
const dLast = [
  j(
    'With good care, most implants last for many years, and a large number last for life. The crown on top may need replacing',
    'after 10 to 15 years through normal wear. Brush and clean between your teeth every day and keep your regular check-ups and',
    'hygienist visits, as you would for natural teeth.',
  ),
];
const dCost = [
  j(
    'A single implant with its crown starts from £2,150. The exact fee depends on how many implants you need and whether a bone',
    'graft is required. You will receive a written treatment plan with all costs before any work begins, and we offer 0% finance',
    'over 12 months on treatment over £1,000.',
  ),
];
const dHeads = ['What is a dental implant?', 'Are implants right for me?', 'The treatment step by step', 'How long do implants last?', 'What does it cost?'];
const dNav = ['Home', 'About Us', 'Treatments', 'Fees', 'New Patients', 'Contact'];
const dFootWidgets = ['General Dentistry', 'Teeth Whitening', 'Invisalign', 'Emergency Appointments'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<title>Dental Implants in Kelderwick | Harbourside Dental Studio</title>
<meta name="description" content="Replace missing teeth with dental implants at Harbourside Dental Studio, Kelderwick. Free consultation.">
<link rel="canonical" href="https://harboursidedental.example/dental-implants/">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Dental Implants in Kelderwick",
"isPartOf":{"@id":"https://harboursidedental.example/#website"}},{"@type":"Dentist","name":"Harbourside Dental Studio","telephone":"01632 960412"}]}</script>
<link rel="stylesheet" id="divi-style-css" href="https://harboursidedental.example/wp-content/themes/Divi/style.min.css?ver=4.24.2" type="text/css" media="all">
<style id="et-divi-customizer-global-cached-inline-styles">#main-header{background-color:#0e3b4f}.et_pb_promo{border-radius:8px}</style>
</head>
<body class="page-template-default page page-id-214 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
  et_pb_pagebuilder_layout">
<div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">01632 960412</span>
<a href="mailto:hello@harboursidedental.example"><span id="et-info-email">hello@harboursidedental.example</span></a></div>
<div id="et-secondary-menu"><a href="/book-online/" class="et-cart-info">Book Online</a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="/">
<img src="/wp-content/uploads/2025/03/harbourside-logo.png" alt="Harbourside Dental Studio" id="logo"></a></div>
<div id="et-top-navigation" data-height="66"><nav id="top-menu-nav"><ul id="top-menu" class="nav">${links(dNav, 'menu-item menu-item-type-post_type')}</ul>
</nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle">
</span></div></div>
</div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-214" class="post-214 page type-page status-publish hentry">
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et-last-child"><div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_center">
<div class="et_pb_text_inner"><h1>${dTitle}</h1></div></div>
<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_button_alignment_center et_pb_module">
<a class="et_pb_button et_pb_button_0 et_pb_bg_layout_light" href="/book-online/">Book a free consultation</a></div></div></div></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1">
<div class="et_pb_column et_pb_column_2_3 et_pb_column_1"><div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left et_pb_bg_layout_light">
<div class="et_pb_text_inner">${ps(dIntro)}
<h2>${at(dHeads, 0)}</h2>${ps(dWhat)}
<h2>${at(dHeads, 1)}</h2><p>${dWhoLead}</p><ul>${lis(dWho)}</ul><p>${dWhoAfter}</p>
<h2>${at(dHeads, 2)}</h2><ol>${lis(dSteps)}</ol>
<h2>${at(dHeads, 3)}</h2>${ps(dLast)}
<h2>${at(dHeads, 4)}</h2>${ps(dCost)}</div></div></div>
<div class="et_pb_column et_pb_column_1_3 et_pb_column_2 et-last-child">
<div class="et_pb_module et_pb_promo et_pb_promo_0 et_pb_text_align_center et_pb_bg_layout_dark"><div class="et_pb_promo_description">
<h2 class="et_pb_module_header">Free implant consultation</h2><div><p>Meet Dr Astley, see your 3D scan and get a written plan with no obligation.</p></div>
</div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/book-online/">Book now</a></div></div>
<div class="et_pb_module et_pb_testimonial et_pb_testimonial_0 clearfix et_pb_text_align_left et_pb_bg_layout_light">
<div class="et_pb_testimonial_portrait" style="background-image:url(/wp-content/uploads/2025/04/patient-r.jpg);"></div>
<div class="et_pb_testimonial_description"><div class="et_pb_testimonial_description_inner"><div class="et_pb_testimonial_content">
<p>I put off replacing my front tooth for years. The whole team made it painless and nobody can tell which tooth is the implant.</p></div></div>
<span class="et_pb_testimonial_author">Rhona T.</span><p class="et_pb_testimonial_meta"><span class="et_pb_testimonial_position">Implant patient</span></p>
</div></div>
</div></div></div></div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix">
<div class="footer-widget"><div id="text-2" class="fwidget et_pb_widget widget_text"><h4 class="title">Visit Us</h4>
<div class="textwidget"><p>14 Quay Street, Kelderwick KW3 8PL</p><p>Mon–Fri 8am–6pm, Sat 9am–1pm</p></div></div></div>
<div class="footer-widget"><div id="nav_menu-3" class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">Treatments</h4>
<div class="menu-treatments-container"><ul id="menu-treatments" class="menu">${links(dFootWidgets, 'menu-item')}</ul></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook">
<a href="https://facebook.example/harboursidedental" class="icon"><span>Facebook</span></a></li></ul>
<div id="footer-info">© 2026 Harbourside Dental Studio. GDC registered practice. | <a href="/privacy-policy/">Privacy Policy</a></div></div></div></footer>
</div></div>
<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.24.2" id="divi-custom-script-js"></script></body></html>`;
const diviImplants: TestPage = {
  name: 'heldout499-divi-dental-implants',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...dIntro, ...dWhat, dWhoLead, ...dWho, dWhoAfter, ...dSteps, ...dLast, ...dCost]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '01632 960412', 'hello@harboursidedental.example', 'Book Online', ...dNav, 'Select Page', 'Book a free consultation', 'Free implant consultation',
    'Meet Dr Astley, see your 3D scan and get a written plan with no obligation.', 'Book now',
    'I put off replacing my front tooth for years. The whole team made it painless and nobody can tell which tooth is the implant.', 'Rhona T.',
    'Implant patient', 'Visit Us', '14 Quay Street, Kelderwick KW3 8PL', 'Mon–Fri 8am–6pm, Sat 9am–1pm', ...dFootWidgets, 'Facebook',
    '© 2026 Harbourside Dental Studio. GDC registered practice.', 'Privacy Policy',
  ],
};

const sTitle = 'Our Prices';
const sIntro = j(
  'Fenwick &amp; Lowe is an independent practice, and we keep our prices simple. Every price below includes VAT where it applies.',
  'NHS-funded eye tests are free if you are eligible, and we will check this for you when you book.',
);
type Item = readonly [title: string, price: string, desc: string];
const sSections: readonly (readonly [string, readonly Item[]])[] = [
  [
    'Eye examinations',
    [
      ['Standard eye examination', '£28', 'A full health check of the eyes and a sight test, about 30 minutes.'],
      ['Extended examination with OCT scan', '£55', 'Adds a 3D scan of the retina and optic nerve, recommended over 40.'],
      ['Children under 16', 'Free', 'Funded by the NHS, with a free pair of frames from our children’s range.'],
    ],
  ],
  [
    'Contact lenses',
    [
      ['Contact lens fitting and trial', '£40', 'Includes a teaching session and a week of trial lenses. Refunded if you join our plan.'],
      ['Contact lens aftercare check', '£25', 'Yearly check of the fit and the health of the front of the eye.'],
      ['Monthly care plan', 'from £16.50 / month', 'Lenses delivered to your door, with aftercare checks and eye tests included.'],
    ],
  ],
  [
    'Frames and lenses',
    [
      ['Single vision lenses', 'from £45', 'Thinned and hard coated as standard.'],
      ['Varifocal lenses', 'from £160', 'Includes a free follow-up appointment to check your adaptation.'],
      ['Frame repairs and adjustments', 'Free', 'For any glasses, wherever you bought them.'],
    ],
  ],
];
const sNote = j(
  'If you receive certain benefits you may be entitled to an NHS optical voucher towards the cost of glasses or contact lenses.',
  'Please bring proof of eligibility to your appointment.',
);
const menuItem = ([t, p, d]: Item): string =>
  `<div class="menu-item"><div class="menu-item-title">${t}</div><div class="menu-item-price-top">${p}</div>
<div class="menu-item-description">${d}</div><div class="menu-item-price-bottom">${p}</div></div>`;
const menuSection = ([h, items]: readonly [string, readonly Item[]]): string =>
  `<div class="menu-section"><div class="menu-section-header"><h3 class="menu-section-title">${h}</h3></div>
<div class="menu-items">${items.map(menuItem).join('\n')}</div></div>`;
const sNav = ['Eye Tests', 'Contact Lenses', 'Frames', 'Prices', 'About', 'Contact'];
const navItem = (t: string): string =>
  t === 'Prices'
    ? `<div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/prices" aria-current="page">${t}</a></div>`
    : `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Prices — Fenwick &amp; Lowe Opticians</title><meta property="og:site_name" content="Fenwick &amp; Lowe Opticians">
<meta property="og:title" content="Prices — Fenwick &amp; Lowe Opticians"><meta property="og:type" content="website">
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"61a4c0f2","siteTitle":"Fenwick & Lowe Opticians"},"templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.fenwickandlowe.example","name":"Fenwick & Lowe Opticians","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-d4e0e3e3.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-61a4c3a8" class="header-overlay-alignment-center tweak-transparent-header primary-button-style-solid view-list
  not-mobile has-banner-image collection-type-page collection-layout-default">
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Fenwick &amp; Lowe Opticians</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map(navItem).join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book an Appointment</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box">
<div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61a4c3a8d1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
  content-width--narrow horizontal-alignment--center vertical-alignment--middle white" data-section-id="61a4c3a8d2">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-61a4c3a8d2">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1700000000001_4210"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1><p class="" style="white-space:pre-wrap;">${sIntro}</p></div>
</div></div>
<div class="sqs-block menu-block sqs-block-menu" data-block-type="18" id="block-yui_3_17_2_1_1700000000001_5532"><div class="sqs-block-content">
<div class="menu-block"><div class="menus-wrapper"><div class="menu-wrapper">${sSections.map(menuSection).join('\n')}</div></div></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1700000000001_6120"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;"><em>${sNote}</em></p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book your eye test</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
  background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Visit</h3><p style="white-space:pre-wrap;">7 Market Row, Ashby Linton AL4 2DQ</p>
<p style="white-space:pre-wrap;">01632 960587</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Opening hours</h3><p style="white-space:pre-wrap;">Tuesday to Saturday, 9:00–17:30</p>
<p style="white-space:pre-wrap;">© 2026 Fenwick &amp; Lowe Opticians Ltd</p></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-accept sqs-cookie-banner-v2 ANCHOR_BOTTOM_RIGHT" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to improve your experience and to understand how the site is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-accept">Accept</button></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespacePrices: TestPage = {
  name: 'heldout499-squarespace-optician-prices',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sSections.map(([h]) => h),
  body: texts([sIntro, ...sSections.flatMap(([, items]) => items.flatMap(([t, p, d]) => [`${t} ${p}`, d])), sNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Fenwick & Lowe Opticians', ...sNav, 'Book an Appointment', 'Book your eye test', 'Visit',
    '7 Market Row, Ashby Linton AL4 2DQ', '01632 960587', 'Opening hours', 'Tuesday to Saturday, 9:00–17:30', '© 2026 Fenwick & Lowe Opticians Ltd',
    'We use cookies to improve your experience and to understand how the site is used.', 'Decline', 'Accept',
  ],
};

export const HELDOUT499_A: readonly TestPage[] = [diviImplants, squarespacePrices].map(finish);
