import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout654-kit.js';

/**
 * Held-out batch 654, file a: a donkey sanctuary's winter hay appeal built with the Divi theme and builder (WordPress, GiveWP
 * form), and a hedgehog rescue's patient profile posted in a Squarespace 7.1 blog collection.
 */
const dTitle = 'Winter Hay Appeal: Help Us Feed 140 Donkeys Until Spring';
const dDek = 'Hay prices have doubled since the wet summer. Every gift this winter goes straight into the barns.';
const dIntro = [
  j(
    'Last July the rain did not stop for six weeks, and the hay meadows around Hollowmere were never cut. Farmers who have sold us',
    'small bales for twenty years had none left to sell by September, and the bales we can still buy come from as far away as',
    'Shropshire, at more than twice the price we paid last winter.',
  ),
  j(
    'A donkey eats around 8 kilos of hay and barley straw every day, and our older residents need more, because their teeth can no',
    'longer cope with grazing. From November to April the fields rest and the whole herd lives on what we put in the racks.',
    'That is roughly 1,100 bales before the grass comes back.',
  ),
];
const dH2a = 'What your gift will do';
const dGifts = [
  '<strong>£15</strong> buys two bales of good meadow hay, enough for one donkey for almost a week.',
  '<strong>£40</strong> pays for a month of soaked hay and fibre mash for one of our elderly donkeys.',
  '<strong>£120</strong> fills a hay rack in the Long Barn for a fortnight.',
];
const dH2b = 'Why the old ones need it most';
const dMore = [
  j(
    'Half of the donkeys in our care are over twenty-five. Many arrived here because their teeth had worn down and a family could',
    'no longer keep weight on them. They cannot pull at rough grass, so they rely on short-chop hay that we soak twice a day.',
  ),
  j(
    '"Pepper came to us at thirty-one, thin as a rake. This winter she is the roundest donkey in the yard, and that is all down to',
    'the hay our supporters bought." – Marion Tuckett, head groom',
  ),
  j(
    'If we reach our target by the end of January, we can sign a contract for next winter now, while prices are still fixed, and',
    'stop living bale to bale. Thank you for anything you are able to give.',
  ),
];
const dNav = ['Our Donkeys', 'Visit Us', 'Adopt a Donkey', 'Get Involved', 'Shop', 'Donate'];
const dFoot = ['Privacy Policy', 'Cookie Policy', 'Contact', 'Accessibility'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<title>Winter Hay Appeal | Hollowmere Donkey Sanctuary</title>
<meta name="description" content="${dDek}"><link rel="canonical" href="https://hollowmeredonkeys.org.uk/winter-hay-appeal/">
<meta property="og:type" content="article"><meta property="og:title" content="Winter Hay Appeal | Hollowmere Donkey Sanctuary">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Winter Hay Appeal",
"datePublished":"2026-11-02T09:14:00+00:00","dateModified":"2026-12-01T16:40:21+00:00"}]}</script>
<link rel="stylesheet" id="divi-style-parent-css" href="https://hollowmeredonkeys.org.uk/wp-content/themes/Divi/style-static.min.css?ver=4.27.4" media="all">
<link rel="stylesheet" id="give-styles-css" href="https://hollowmeredonkeys.org.uk/wp-content/plugins/give/assets/dist/css/give.css?ver=3.19.2" media="all">
<style id="et-builder-module-design-6618-cached-inline-styles">.et_pb_section_0.et_pb_section{padding-top:0}.et_pb_text_1 h2{color:#6b4f2a}</style>
</head>
<body class="page-template-default page page-id-6618 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" role="region" aria-label="We value your privacy">
<div class="cky-notice"><p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to see which pages are read and
to take donations safely. You can choose which cookies we may use.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info">
<span id="et-info-phone">01824 550 193</span><a href="mailto:hello@hollowmeredonkeys.org.uk"><span id="et-info-email">hello@hollowmeredonkeys.org.uk</span></a>
</div><div id="et-secondary-menu"><ul id="et-secondary-nav" class="menu">${links(['Shop', 'Contact'], 'menu-item')}</ul></div></div></div>
<header id="main-header" data-height-onload="80"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://hollowmeredonkeys.org.uk/"><img src="/wp-content/uploads/2024/03/hollowmere-logo.png" alt="Hollowmere Donkey Sanctuary" id="logo"></a></div>
<div id="et-top-navigation" data-height="80"><nav id="top-menu-nav"><ul id="top-menu"
class="nav">${links(dNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div id="et_top_search"><span id="et_search_icon"></span></div><div id="et_mobile_nav_menu"><div class="mobile_nav closed">
<span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form" action="/">
<input type="search" class="et-search-field" placeholder="Search &hellip;" name="s"></form><span class="et_close_search_field"></span></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-6618" class="post-6618 page type-page status-publish has-post-thumbnail hentry">
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_fullwidth_section et_section_regular">
<section class="et_pb_module et_pb_fullwidth_header et_pb_fullwidth_header_0 et_pb_text_align_left et_pb_bg_layout_dark">
<div class="et_pb_fullwidth_header_container left"><div class="header-content-container center"><div class="header-content">
<h1 class="et_pb_module_header">${dTitle}</h1><span class="et_pb_fullwidth_header_subhead">${dDek}</span>
<div class="et_pb_header_content_wrapper"></div><a class="et_pb_button et_pb_more_button et_pb_button_one" href="#give-form">Give today</a>
</div></div></div><div class="et_pb_fullwidth_header_overlay"></div><div class="et_pb_fullwidth_header_scroll"></div></section></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_2_3 et_pb_column_0">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
${ps(dIntro)}
</div></div>
<div class="et_pb_module et_pb_image et_pb_image_0"><span class="et_pb_image_wrap "><img src="/wp-content/uploads/2026/10/long-barn-hay.jpg"
alt="Donkeys at the hay racks" width="1200" height="800"></span></div>
<div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
<p class="caption"><em>Morning feed in the Long Barn. Photo: Sam Orrell</em></p>
<h2>${dH2a}</h2><ul>${lis(dGifts)}</ul>
<h2>${dH2b}</h2>
${ps([at(dMore, 0)])}<blockquote><p>${at(dMore, 1)}</p></blockquote>${ps([at(dMore, 2)])}
</div></div></div>
<div class="et_pb_column et_pb_column_1_3 et_pb_column_1 et-last-child">
<div class="et_pb_module et_pb_number_counter et_pb_number_counter_0 et_pb_with_title" data-number-value="61" data-number-separator="">
<div class="percent"><p><span class="percent-value">61</span><span class="percent-sign">%</span></p></div>
<h3 class="title">of our £30,000 target raised</h3></div>
<div class="et_pb_module et_pb_code et_pb_code_0"><div class="et_pb_code_inner"><div class="give-form-wrap give-display-onpage" id="give-form">
<form id="give-form-6602-1" class="give-form give-form-6602 give-form-type-multi" action="/winter-hay-appeal/?payment-mode=stripe" method="post">
<div class="give-total-wrap"><div class="give-donation-amount form-row-wide"><span class="give-currency-symbol give-currency-position-before">£</span>
<input class="give-text-input give-amount-top" id="give-amount" name="give-amount" type="text" value="40.00"></div></div>
<ul id="give-donation-level-button-wrap" class="give-donation-levels-wrap give-list-inline">
<li><button type="button" class="give-donation-level-btn give-btn give-btn-level-0" value="15.00">£15</button></li>
<li><button type="button" class="give-donation-level-btn give-btn give-btn-level-1 give-default-level" value="40.00">£40</button></li>
<li><button type="button" class="give-donation-level-btn give-btn give-btn-level-2" value="120.00">£120</button></li>
<li><button type="button" class="give-donation-level-btn give-btn give-btn-level-custom" value="custom">Custom Amount</button></li></ul>
<fieldset id="give-gift-aid-fieldset"><legend>Gift Aid it</legend><label><input type="checkbox" name="give_gift_aid_accept_term_condition">
Yes, I am a UK taxpayer and would like Hollowmere to reclaim 25p for every £1 I give.</label></fieldset>
<div class="give-submit-button-wrap give-clearfix"><input type="submit" class="give-submit give-btn" id="give-purchase-button" value="Donate Now"></div>
</form></div></div></div>
<div class="et_pb_module et_pb_text et_pb_text_2 et_pb_bg_layout_light"><div class="et_pb_text_inner"><h4>Prefer to give by phone or post?</h4>
<p>Call us on 01824 550 193 or send a cheque payable to Hollowmere Donkey Sanctuary, Nant Lane, Llangwyfan, LL16 4RT.</p>
<p>Registered charity no. 1187430</p></div></div></div></div></div>
</div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div id="text-3"
class="fwidget et_pb_widget widget_text">
<h4 class="title">Opening times</h4><div class="textwidget"><p>Open every day except Christmas Day, 10am to 4pm. Entry is free.</p></div></div></div>
<div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">Information</h4>
<div class="menu-footer-container"><ul id="menu-footer" class="menu">${links(dFoot, 'menu-item')}</ul></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook">
<a href="https://facebook.com/hollowmeredonkeys" class="icon"><span>Facebook</span></a></li></ul>
<div id="footer-info">© 2026 Hollowmere Donkey Sanctuary. Registered charity no. 1187430</div></div></div></footer></div></div>
<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4" id="divi-custom-script-js"></script>
<script>var give_global_vars={"currency_sign":"£","currency_pos":"before","checkout_timeout":"60"};</script></body></html>`;
const divi: TestPage = {
  name: 'heldout654-divi-hay-appeal',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: [dH2a, dH2b],
  body: texts([dDek, ...dIntro, ...dGifts, ...dMore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy', 'We use cookies to see which pages are read and to take donations safely. You can choose which cookies we may use.',
    'Customise', 'Reject All', 'Accept All', '01824 550 193', 'hello@hollowmeredonkeys.org.uk', ...dNav, 'Select Page', 'Give today',
    'Morning feed in the Long Barn. Photo: Sam Orrell', '61', '%', 'of our £30,000 target raised', '£', '£15', '£40', '£120', 'Custom Amount',
    'Gift Aid it', 'Yes, I am a UK taxpayer and would like Hollowmere to reclaim 25p for every £1 I give.', 'Prefer to give by phone or post?',
    'Call us on 01824 550 193 or send a cheque payable to Hollowmere Donkey Sanctuary, Nant Lane, Llangwyfan, LL16 4RT.',
    'Registered charity no. 1187430', 'Opening times', 'Open every day except Christmas Day, 10am to 4pm. Entry is free.', 'Information',
    ...dFoot, 'Facebook', '© 2026 Hollowmere Donkey Sanctuary. Registered charity no. 1187430',
  ],
};

const sTitle = 'Meet Pudding: the hoglet who came in from the cold';
const sBody = [
  j(
    'Pudding was found on the 14th of November curled up in a garden in Sedley Close, out in daylight and far too small to survive the',
    'winter. She weighed just 260 grams, less than half of what a hedgehog needs to hibernate safely.',
  ),
  j(
    'After a week on warm fluids and a course of treatment for lungworm she started to eat on her own, and she now clears a bowl of',
    'kitten biscuits every night. She is a noisy eater and a very fussy one: no chicken, thank you.',
  ),
  j(
    'Pudding will stay with us until she reaches 650 grams and the nights are reliably above five degrees. We hope to release her',
    'back near Sedley Close in April, into a garden with a hedgehog highway.',
  ),
  'You can sponsor Pudding for £3 a month and we will send you a photo update when she goes home.',
];
const sFacts = ['Species: West European hedgehog', 'Admitted: 14 November 2026', 'Weight on arrival: 260 g', 'Status: In care'];
const sNav = ['Home', 'Found a Hedgehog?', 'Patients', 'Volunteer', 'Donate'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<meta charset="utf-8"><title>Meet Pudding: the hoglet who came in from the cold &mdash; Brackenford Hedgehog Rescue</title>
<link rel="canonical" href="https://www.brackenfordhedgehogs.org/patients/meet-pudding"><meta property="og:site_name" content="Brackenford Hedgehog Rescue">
<meta property="og:title" content="${sTitle} &mdash; Brackenford Hedgehog Rescue"><meta property="og:type" content="article">
<script type="text/javascript" crossorigin="anonymous" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"63a1f0c2d4e5","siteTitle":"Brackenford Hedgehog Rescue"},"itemId":"6571c0aa9be2",
"collectionId":"6511d2f0aa04","pageType":50,"templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.brackenfordhedgehogs.org","name":"Brackenford Hedgehog Rescue",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"headline":"${sTitle}","datePublished":"2026-11-28T10:05:00+0000","author":"Jo Penhallow","@type":"BlogPosting"}</script>
<link href="https://static1.squarespace.com/static/versioned-site-css/63a1f0c2d4e5/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head>
<body id="item-6571c0aa9be2" class="header-overlay-alignment-center tweak-blog-item-width-narrow tweak-blog-item-show-author-profile
blog-item-pagination-enabled view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-light" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience.</div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary">Decline</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Found a hedgehog out in the day? Call our helpline on 07700 918 442 before you do anything else.</p></div></div></div>
<div class="header-inner container--fluid"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/63a1f0c2d4e5/logo.png?format=1500w" alt="Brackenford Hedgehog Rescue">
</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu">
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"></div></div></button></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6511d2f0aa06">
<section class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-jo-penhallow post-type-text"
data-item-id="6571c0aa9be2"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-meta-section">
<span class="blog-meta-primary"><span class="blog-categories-list"><a href="/patients?category=Hedgehogs" class="blog-categories">Hedgehogs</a></span></span>
<span class="blog-meta-secondary"><span class="blog-author">Jo Penhallow</span><time class="dt-published blog-meta-item blog-meta-item--date"
datetime="2026-11-28">November 28</time></span></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block image-block sqs-block-image" data-block-type="5">
<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img
data-src="https://images.squarespace-cdn.com/content/v1/63a1f0c2d4e5/pudding.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Pudding on her second day with us, still under 300 grams.</p></div></figcaption>
</figure></div></div>
<div class="row sqs-row"><div class="col sqs-col-8 span-8"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${ps(sBody.slice(0, 3), ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div
class="sqs-html-content">
<h3>Patient card</h3>${ps(sFacts, ' class="sqsrte-small"')}</div></div></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps([at(sBody, 3)])}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/sponsor" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Sponsor Pudding</a></div></div></div>
</div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="squarespace-comments"><a href="#" class="comment-count">0 Comments</a></div></div>
<section class="blog-item-pagination" data-content-field="pagination"><a href="/patients/bramble-the-tawny-owl" class="item-pagination-link
item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Bramble the tawny owl goes home</h2></a>
<a href="/patients/three-fox-cubs" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Three fox cubs and a garden shed</h2></a></section></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="dark"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper"><form class="newsletter-form" autocomplete="on"><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Hog Post</h2><div class="newsletter-form-header-description"><p>Patient news and release days, once a month.</p></div>
</header><div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required"><label
class="newsletter-form-field-label title"
for="email-yui_3_17">Email Address</label><input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" type="email"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small">Brackenford Hedgehog Rescue is a registered charity in England and Wales, no. 1201884.</p></div></div></div></div></div></div>
</section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout654-squarespace-hedgehog-profile',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: ['Jo Penhallow', 'November 28'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
    'Found a hedgehog out in the day? Call our helpline on 07700 918 442 before you do anything else.', ...sNav, 'Hedgehogs',
    'Pudding on her second day with us, still under 300 grams.', 'Patient card', ...sFacts, 'Sponsor Pudding', '0 Comments', 'Previous',
    'Bramble the tawny owl goes home', 'Next', 'Three fox cubs and a garden shed', 'Hog Post', 'Patient news and release days, once a month.',
    'Email Address', 'Sign Up', 'Brackenford Hedgehog Rescue is a registered charity in England and Wales, no. 1201884.',
  ],
};

export const HELDOUT654_A: readonly TestPage[] = [divi, squarespace];
