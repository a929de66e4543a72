import { links, type TestPage } from './page-kit.js';
import { astraPhysio } from './pages-heldout391-a2.js';
import { bodyOf, heads, j, lis, render, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file a: a dental practice's composite bonding page built with the Divi page builder (Divi header and
 * menu, fullwidth header module with the h1 and buttons, text modules, a blurb row of facts, a testimonial slider, a call to
 * action, the Complianz cookie banner and the Divi footer) and, from file a2, a physiotherapy clinic's blog post on an
 * Astra WordPress theme with comments.
 */
const dTitle = 'Composite Bonding';
const dSecs: Section[] = [
  [
    '',
    [
      j(
        'Composite bonding is a way of changing the shape, length or colour of a tooth by adding a thin layer of tooth-coloured',
        'resin to its surface. At Harrowgate Lane Dental we use it to close small gaps, repair chips, even out worn edges and',
        'soften the look of teeth that have grown slightly out of line. In most cases no drilling and no injection is needed.',
      ),
      j(
        'Because the resin is bonded to the enamel rather than replacing it, bonding is one of the most conservative cosmetic',
        'treatments we offer. If you change your mind later, the tooth underneath is still your own.',
      ),
    ],
  ],
  [
    'Who is it suitable for?',
    [
      'Bonding works best on front teeth that are healthy and free of decay. It is a good choice if you have:',
      [
        'small gaps between the upper front teeth',
        'chipped or uneven biting edges',
        'teeth that look short because of grinding',
        'a single darker tooth that whitening has not matched',
      ],
      j(
        'It is less suitable if your bite is very heavy, if you grind at night without a guard, or if large areas of a tooth',
        'need rebuilding. In those cases your dentist may talk to you about orthodontics, veneers or a crown instead.',
      ),
    ],
  ],
  [
    'What happens at your appointments',
    [
      j(
        'Everything starts with a consultation. Your dentist checks the health of your teeth and gums, takes photographs and',
        'talks through what you would like to change. If there is any gum disease or decay, that is treated first, because resin',
        'does not bond well to unhealthy enamel.',
      ),
      j(
        'Many patients choose to whiten their teeth before bonding, since the resin does not change colour with whitening gels.',
        'We then match the shade of the composite to your whitened teeth, usually two weeks after the last whitening session.',
      ),
      j(
        'On the bonding day the tooth surface is cleaned and lightly roughened, a conditioning gel is applied and rinsed away,',
        'and the resin is built up in layers and hardened with a blue curing light. Finally your dentist shapes and polishes each',
        'tooth. A typical visit for four to six teeth lasts between two and three hours.',
      ),
    ],
  ],
  [
    'Looking after bonded teeth',
    [
      j(
        'Composite is strong, but it is not as hard as enamel. Avoid biting directly into very hard foods such as crusty bread',
        'crusts or apples with your front teeth, and do not use your teeth to open packets. Tea, coffee and red wine can stain the',
        'surface over time, so regular hygiene visits, where we polish the edges, make a real difference.',
      ),
      j(
        'With good care, bonding usually lasts five to seven years before it needs polishing, repairing or replacing. Small chips',
        'can often be repaired in a short appointment without redoing the whole tooth.',
      ),
    ],
  ],
];
const dNav = ['Home', 'About Us', 'Treatments', 'Fees', 'Meet the Team', 'New Patients', 'Contact'];
const dFacts = ['From £220 per tooth', 'Usually one visit', 'No drilling in most cases', 'Lasts 5 to 7 years'];
const dFoot = ['Privacy Policy', 'Complaints Policy', 'Accessibility', 'GDC Registration'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<title>Composite Bonding in Harrowgate | Harrowgate Lane Dental</title>
<meta name="description" content="Composite bonding at Harrowgate Lane Dental: close gaps and repair chips without drilling. From £220 per tooth.">
<link rel="canonical" href="https://harrowgatelanedental.example/treatments/composite-bonding/">
<meta property="og:type" content="article"><meta property="og:title" content="Composite Bonding | Harrowgate Lane Dental">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dentist","name":"Harrowgate Lane Dental",
"address":{"@type":"PostalAddress","streetAddress":"14 Harrowgate Lane","addressLocality":"Stockbridge Vale","postalCode":"SV3 2LQ"},
"telephone":"01632 960 418","priceRange":"££"}</script>
<link rel="stylesheet" id="divi-style-css" href="https://harrowgatelanedental.example/wp-content/themes/Divi/style.min.css?ver=4.25.1" media="all">
<script>var et_site_url='https://harrowgatelanedental.example';var et_post_id='412';function et_core_page_resource_fallback(a,b){}</script></head>
<body class="page-template-default page page-id-412 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout et_right_sidebar et_divi_theme">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info">
<span id="et-info-phone">01632 960 418</span> <a href="mailto:hello@harrowgatelanedental.example">
<span id="et-info-email">hello@harrowgatelanedental.example</span></a>
</div></div></div>
<header id="main-header" data-height-onload="80"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://harrowgatelanedental.example/"><img src="/wp-content/uploads/2024/05/hld-logo.png" width="240" height="84" alt="Harrowgate Lane Dental"
id="logo" data-height-percentage="54"></a></div>
<div id="et-top-navigation" data-height="80" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
${links(dNav, 'menu-item menu-item-type-post_type menu-item-object-page')}
</ul></nav><div id="et_top_search"><span id="et_search_icon"></span></div>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle">
</span>
</div></div></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-412" class="post-412 page type-page status-publish hentry">
<div class="entry-content"><div id="et-boc" class="et-boc"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_fullwidth_section et_section_regular"><section class="et_pb_module et_pb_fullwidth_header
et_pb_fullwidth_header_0 et_pb_text_align_left et_pb_bg_layout_dark"><div class="et_pb_fullwidth_header_container left">
<div class="header-content-container center">
<div class="header-content"><h1 class="et_pb_module_header">${dTitle}</h1><span class="et_pb_fullwidth_header_subhead">Subtle changes, same-day results</span>
<div class="et_pb_header_content_wrapper"></div><a class="et_pb_button et_pb_more_button et_pb_button_one" href="/book-online/">Book a consultation</a>
<a class="et_pb_button et_pb_more_button et_pb_button_two" href="/fees/">View our fees</a></div></div></div>
<div class="et_pb_fullwidth_header_overlay"></div><div class="et_pb_fullwidth_header_scroll"></div></section></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0
et_pb_css_mix_blend_mode_passthrough et-last-child"><div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light">
<div class="et_pb_text_inner"><p class="reviewed"><em>Clinically reviewed by Dr Imogen Falkner BDS, 12 February 2026</em></p></div></div>
<div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
${render(dSecs.slice(0, 2))}
</div></div></div></div>
<div class="et_pb_row et_pb_row_1 et_pb_equal_columns">${dFacts
  .map(
    (f, i) => `<div class="et_pb_column et_pb_column_1_4 et_pb_column_${i + 1}"><div class="et_pb_module et_pb_blurb et_pb_blurb_${i} et_pb_bg_layout_light
et_pb_text_align_center et_pb_blurb_position_top"><div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap">
<span class="et-waypoint et_pb_animation_top et-pb-icon">&#xe052;</span></span></div><div class="et_pb_blurb_container">
<h4 class="et_pb_module_header"><span>${f}</span></h4></div></div></div></div>`,
  )
  .join('\n')}</div>
<div class="et_pb_row et_pb_row_2"><div class="et_pb_column et_pb_column_4_4 et_pb_column_5"><div class="et_pb_module et_pb_text et_pb_text_2
et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
${render(dSecs.slice(2))}
</div></div></div></div></div>
<div class="et_pb_section et_pb_section_2 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_3">
<div class="et_pb_column et_pb_column_4_4">
<div class="et_pb_module et_pb_slider et_pb_slider_0 et_pb_slider_fullwidth_off"><div class="et_pb_slides"><div class="et_pb_slide et_pb_slide_0
et_pb_bg_layout_dark et-pb-active-slide"><div class="et_pb_container clearfix"><div class="et_pb_slide_description">
<h2 class="et_pb_slide_title">What our patients say</h2><div class="et_pb_slide_content">
<p>“I had two chipped front teeth fixed in one morning and nobody can tell. Dr Falkner explained everything.” Moira, Google review</p></div>
</div></div></div></div></div>
<div class="et_pb_module et_pb_promo et_pb_promo_0 et_pb_bg_layout_dark et_pb_text_align_center"><div class="et_pb_promo_description">
<h2 class="et_pb_module_header">Ready to talk about your smile?</h2><div><p>Book a 30-minute cosmetic consultation for £45, redeemable against treatment.</p>
</div>
</div><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/book-online/">Book online</a></div></div></div></div></div>
</div></div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget">
<div id="text-2" class="fwidget et_pb_widget
widget_text"><h4 class="title">Find us</h4><div class="textwidget"><p>14 Harrowgate Lane, Stockbridge Vale SV3 2LQ</p></div></div></div>
<div class="footer-widget"><div id="text-3" class="fwidget et_pb_widget widget_text"><h4 class="title">Opening hours</h4><div class="textwidget">
<ul>${lis(['Monday to Thursday 8am to 6pm', 'Friday 8am to 4pm', 'Saturday by appointment'])}</ul></div></div></div>
<div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><div class="menu-footer-container">
<ul id="menu-footer" class="menu">
${links(dFoot, 'menu-item')}</ul></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">© 2026 Harrowgate Lane Dental Ltd. Registered in England no. 08812437.</div>
</div></div></footer></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right
cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog"><div class="cmplz-header">
<div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to optimise our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://harrowgatelanedental.example/wp-content/themes/Divi/js/scripts.min.js?ver=4.25.1" id="divi-custom-script-js"></script></body></html>`;
const diviDental: TestPage = {
  name: 'heldout391-divi-dental-treatment',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: heads(dSecs),
  body: bodyOf(dSecs),
  bylines: ['Clinically reviewed by Dr Imogen Falkner BDS, 12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '01632 960 418', 'hello@harrowgatelanedental.example', ...dNav, 'Select Page', 'Subtle changes, same-day results', 'Book a consultation',
    'View our fees', ...dFacts, 'What our patients say',
    '“I had two chipped front teeth fixed in one morning and nobody can tell. Dr Falkner explained everything.” Moira, Google review',
    'Ready to talk about your smile?', 'Book a 30-minute cosmetic consultation for £45, redeemable against treatment.', 'Book online', 'Find us',
    '14 Harrowgate Lane, Stockbridge Vale SV3 2LQ', 'Opening hours', 'Monday to Thursday 8am to 6pm', 'Friday 8am to 4pm', 'Saturday by appointment',
    ...dFoot, '© 2026 Harrowgate Lane Dental Ltd. Registered in England no. 08812437.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT391_A: readonly TestPage[] = [diviDental, astraPhysio];
