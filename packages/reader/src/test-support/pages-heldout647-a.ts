import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout647-kit.js';

/**
 * Held-out batch 647, file a: a public skating timetable on a leisure centre's WordPress site (Divi theme, CookieYes banner),
 * and a learn-to-skate course page on a skating club's Squarespace 7.1 site (announcement bar, accordion, newsletter block).
 */
const dTitle = 'Public Skating Sessions';
const dIntro = [
  j(
    'Our public sessions are open to skaters of every age and ability. Skate hire is included in the session price, and helmets',
    'are free to borrow from the skate hire desk. Sessions can be booked online up to seven days ahead or paid for at reception.',
  ),
];
const dWeekday = [
  ['Monday', '10:00 to 11:30', 'Parent and toddler skate'],
  ['Tuesday', '19:00 to 21:00', 'General skate'],
  ['Wednesday', '13:00 to 14:30', 'Over 50s skate'],
  ['Thursday', '19:30 to 21:30', 'Skate Disco (lights and music)'],
  ['Friday', '18:00 to 20:00', 'General skate'],
];
const dWeekend = [
  ['Saturday', '10:30 to 12:30', 'General skate'],
  ['Saturday', '14:00 to 16:00', 'General skate'],
  ['Sunday', '11:00 to 13:00', 'Family skate'],
  ['Sunday', '15:00 to 16:30', 'Learn to skate practice (course members only)'],
];
const dPrices = ['Adult (16+): £8.50', 'Junior (under 16): £6.50', 'Family ticket (2 adults, 2 juniors): £25.00', 'Spectator: £1.50'];
const dBefore = [
  j(
    'Please arrive 20 minutes before your session to collect skates. Gloves must be worn on the ice, and under 8s must be',
    'accompanied on the ice by a paying adult. Sessions may be cancelled at short notice for ice maintenance; any changes are',
    'posted on this page and on our social media channels.',
  ),
];
const dHeads = ['Weekday sessions', 'Weekend sessions', 'Prices', 'Before you come'];
const dNav = ['Home', 'Ice Rink', 'Swimming', 'Gym', 'Clubs', 'Parties', 'Contact'];
const dFoot = ['Opening Times', 'Accessibility', 'Privacy Policy', 'Careers'];
const dHead = (h: string): string => `<th>${h}</th>`;
const dTable = (rows: string[][]): string =>
  `<table class="timetable"><thead><tr>${['Day', 'Time', 'Session']
    .map(dHead)
    .join('')}</tr></thead><tbody>${rows.map((r) => tr(r)).join('\n')}</tbody></table>`;
const dMod = (n: number, inner: string): string =>
  `<div class="et_pb_module et_pb_text et_pb_text_${n} et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">${inner}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<title>${dTitle} | Harrowgate Vale Leisure</title><link rel="canonical" href="https://www.harrowgatevaleleisure.co.uk/ice-rink/public-skating/">
<meta property="og:type" content="article"><meta property="og:site_name" content="Harrowgate Vale Leisure">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${dTitle}","isPartOf":{"@id":"#website"}}]}</script>
<link rel="stylesheet" id="divi-style-parent-css" href="/wp-content/themes/Divi/style-static.min.css?ver=4.24.0" type="text/css" media="all">
<style id="et-builder-module-design-1842-cached-inline-styles">.et_pb_section_0.et_pb_section{padding-top:40px}.timetable td{padding:6px}</style>
<script>var et_site_url='https://www.harrowgatevaleleisure.co.uk';var et_post_id='1842';</script></head>
<body class="page-template-default page page-id-1842 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience and
analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">01632 960 418</span>
<a href="mailto:ice@harrowgatevaleleisure.co.uk"><span id="et-info-email">ice@harrowgatevaleleisure.co.uk</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://www.harrowgatevaleleisure.co.uk/"><img src="/wp-content/uploads/2024/02/hvl-logo.png" alt="Harrowgate Vale Leisure" id="logo"
data-height-percentage="54"></a></div><div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav">
<ul id="top-menu" class="nav">${links(dNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div id="et_top_search"><span id="et_search_icon"></span></div><div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select
Page</span>
<span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form" action="/">
<input type="search" class="et-search-field" placeholder="Search &hellip;" name="s"
title="Search for:"></form><span class="et_close_search_field"></span></div></div>
</header><div id="et-main-area"><div id="main-content"><article id="post-1842" class="post-1842 page type-page status-publish hentry">
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">
${dMod(0, `<h1>${dTitle}</h1>${ps(dIntro)}`)}
<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_button_alignment_left et_pb_module">
<a class="et_pb_button et_pb_button_0 et_pb_bg_layout_light" href="https://harrowgatevale.legendonlineservices.co.uk/">Book a session</a></div>
</div></div></div><div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1">
<div class="et_pb_column et_pb_column_1_2 et_pb_column_1">${dMod(1, `<h2>${dHeads[0]}</h2>${dTable(dWeekday)}`)}</div>
<div class="et_pb_column et_pb_column_1_2 et_pb_column_2 et-last-child">${dMod(2, `<h2>${dHeads[1]}</h2>${dTable(dWeekend)}`)}</div></div>
<div class="et_pb_row et_pb_row_2"><div class="et_pb_column et_pb_column_4_4 et_pb_column_3 et-last-child">
${dMod(3, `<h2>${dHeads[2]}</h2><ul>${lis(dPrices)}</ul><h2>${dHeads[3]}</h2>${ps(dBefore)}`)}
<div class="et_pb_module et_pb_cta_0 et_pb_promo et_pb_bg_layout_dark et_pb_text_align_center"><div class="et_pb_promo_description">
<h2 class="et_pb_module_header">Skating parties</h2><div><p>Celebrate on the ice with a private party for up to 30 guests.</p></div></div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/parties/">Find out more</a></div></div>
</div></div></div></div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div id="text-2"
class="fwidget et_pb_widget widget_text">
<h4 class="title">Find us</h4><div class="textwidget"><p>Harrowgate Vale Leisure Centre, Mill Lane, Harrowgate Vale HV4 2RT</p></div></div></div>
<div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">Useful links</h4>
<div class="menu-footer-container"><ul id="menu-footer" class="menu">${links(dFoot, 'menu-item')}</ul></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook">
<a href="https://www.facebook.com/hvleisure" class="icon"><span>Facebook</span></a></li></ul>
<div id="footer-info">© 2026 Harrowgate Vale Leisure Trust. Registered charity no. 1190427</div></div></div></footer></div></div>
<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.24.0" id="divi-custom-script-js"></script></body></html>`;
const divi: TestPage = {
  name: 'heldout647-divi-public-sessions',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: [...dIntro, ...dWeekday.map(rowText), ...dWeekend.map(rowText), ...dPrices, ...dBefore],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All', '01632 960 418', 'ice@harrowgatevaleleisure.co.uk', ...dNav, 'Select Page', 'Book a session',
    'Skating parties', 'Celebrate on the ice with a private party for up to 30 guests.', 'Find out more', 'Find us',
    'Harrowgate Vale Leisure Centre, Mill Lane, Harrowgate Vale HV4 2RT', 'Useful links', ...dFoot, 'Facebook',
    '© 2026 Harrowgate Vale Leisure Trust. Registered charity no. 1190427',
  ],
};

const sTitle = 'Learn to Skate: Beginner Course';
const sIntro = [
  j(
    'Our eight-week beginner course takes new skaters from their first steps on the ice to confident forward skating, stopping',
    'and simple turns. Classes are taught in small groups by club coaches, and every skater works through the stages at their own pace.',
  ),
  j(
    'The course runs on Saturday mornings at Kestrel Bay Ice Rink. Each class is 45 minutes on the ice, followed by a short',
    'off-ice warm-down with the coach.',
  ),
];
const sStages = [
  '<strong>Stage 1:</strong> falling safely, getting up, marching on the spot and short glides on two feet.',
  '<strong>Stage 2:</strong> forward swizzles, a snowplough stop and dipping through the knees while gliding.',
  '<strong>Stage 3:</strong> backward wiggles, one-foot glides and stepping around a curve.',
  '<strong>Stage 4:</strong> forward crossovers, a two-foot turn and a sustained backward glide.',
];
const sDates = [
  j(
    'The spring course starts on Saturday 11 April and finishes on 30 May. Classes run at 8:15 (ages 4 to 6), 9:00 (ages 7 to 12)',
    'and 9:45 (teens and adults). The course costs £96, which includes skate hire, ice time and a progress badge at the end.',
  ),
];
const sFaq = [
  ['Does my child need their own skates?', 'No. Hire skates are included, and our coaches will check the fit before every class.'],
  ['What should we wear?', 'Warm, stretchy clothes, thin socks, gloves and a helmet. Bike helmets are fine for the course.'],
  ['What if we miss a class?', 'Missed classes can be made up in the Sunday practice session at no extra cost, as long as you let us know beforehand.'],
];
const sHeads = ['What you will learn', 'Dates and prices', 'Frequently asked questions'];
const sNav = ['About', 'Learn to Skate', 'Squads', 'Competitions', 'Shop', 'Contact'];
const sFoot = ['Safeguarding', 'Club Rules', 'Privacy'];
const sFootAddr = [
  '<p style="white-space:pre-wrap;"><strong>Kestrel Bay Skating Club</strong></p>',
  '<p style="white-space:pre-wrap;">Kestrel Bay Ice Rink, Harbour Road, Kestrel Bay KB2 7QN</p>',
].join('');
const sFaqHtml = sFaq
  .map(
    ([q, a]) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false"><span class="accordion-item__title">${q}</span>
<div class="accordion-icon-container"><div class="plus"></div></div></button></h4>
<div class="accordion-item__dropdown" role="region"><div class="accordion-item__description"><p>${a}</p></div></div></li>`,
  )
  .join('\n');
const sBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content">
${inner}</div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} &mdash; Kestrel Bay Skating Club</title><link rel="canonical" href="https://www.kestrelbayskating.org.uk/learn-to-skate">
<meta property="og:site_name" content="Kestrel Bay Skating Club"><meta property="og:title" content="${sTitle} &mdash; Kestrel Bay Skating Club">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"61c0a2f4e8b7","siteTitle":"Kestrel Bay Skating Club"},
"collection":{"title":"Learn to Skate","type":10},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.kestrelbayskating.org.uk","name":"Kestrel Bay Skating Club","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61c0a2f4e8b7/42/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-61c0a4d1aa93" class="primary-button-style-solid primary-button-shape-pill header-layout-nav-right
tweak-global-animations-enabled tweak-blog-alternating-side-by-side-width-full form-field-style-solid collection-type-page collection-layout-default">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/learn-to-skate" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button"></span>
<div id="announcement-bar-text-inner-id"><p>Spring term bookings are now open</p></div></div></div></div></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Kestrel Bay Skating Club</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/join">Join the Club</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span class="js-header-burger-open-title visually-hidden">Open Menu</span><span class="js-header-burger-close-title visually-hidden"
style="visibility: hidden">Close Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61c0a4d1aa93-sections">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white"
data-section-id="61c0a4d1aa9a"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"
id="page-section-61c0a4d1aa9a"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sBlock('yui_3_17_2_1_1712', `<h1 style="white-space:pre-wrap;">${sTitle}</h1>\n${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}`)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1713"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img
data-src="https://images.squarespace-cdn.com/content/v1/61c0/ltsgroup.jpg"
alt="Young skaters holding hands in a line"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Saturday stage 2 group with Coach
Ines</p>
</div></figcaption></figure></div></div>
${sBlock(
  'yui_3_17_2_1_1714',
  `<h2 style="white-space:pre-wrap;">${sHeads[0]}</h2><ul data-rte-list="default">${lis(sStages.map((s) => `<p>${s}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${sHeads[1]}</h2>${ps(sDates, ' style="white-space:pre-wrap;"')}`,
)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1715"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="https://kestrelbay.clubbuzz.co.uk/courses"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a Place</a></div></div></div>
${sBlock('yui_3_17_2_1_1716', `<h2 style="white-space:pre-wrap;">${sHeads[2]}</h2>`)}
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-yui_3_17_2_1_1717"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true">${sFaqHtml}</ul></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1718"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="61c0b0">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2><div class="newsletter-form-header-description">
<p>Club news, ice time changes and competition dates, once a month.</p></div></header><div class="newsletter-form-body"><div
class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_3_17_2_1_1718">Email Address</label>
<input id="email-yui_3_17_2_1_1718" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-editable-button sqs-button-element--primary"
type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed
section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${sBlock('f1', sFootAddr)}
</div><div class="col sqs-col-6 span-6">${sBlock(
  'f2',
  ps(
    sFoot.map((f) => `<a href="/${f.toLowerCase().replace(/ /g, '-')}">${f}</a>`),
    ' style="white-space:pre-wrap;"',
  ),
)}
</div></div></div></div></div></section></footer>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/website-template.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout647-squarespace-learn-to-skate',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sHeads, ...sFaq.map(([q]) => q ?? '')],
  body: texts([...sIntro, ...sStages, ...sDates, ...sFaq.map(([, a]) => a ?? '')]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring term bookings are now open', 'Skip to Content', 'Kestrel Bay Skating Club', 'Open Menu', ...sNav.filter((n) => n !== 'Learn to Skate'),
    'Join the Club',
    'Saturday stage 2 group with Coach Ines', 'Book a Place', 'Stay in the loop', 'Club news, ice time changes and competition dates, once a month.',
    'Email Address', 'Sign Up', 'We respect your privacy.', 'Kestrel Bay Ice Rink, Harbour Road, Kestrel Bay KB2 7QN', ...sFoot,
  ],
};

export const HELDOUT647_A: readonly TestPage[] = [divi, squarespace];
