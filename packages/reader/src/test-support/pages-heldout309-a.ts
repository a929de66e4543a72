import { links, ps, type TestPage, texts } from './page-kit.js';
import { mosque } from './pages-heldout309-a2.js';
import { j, lis } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file a: a cathedral's news post built with the Divi page builder (Divi header and top menu, post
 * title module with the meta line, text modules, an image with a wp-caption, Monarch share buttons, a "Read more" promo,
 * a sidebar, the Divi footer and a Complianz cookie banner) and a mosque's Friday-sermon summary on Squarespace 7.1.
 */
const cTitle = 'The bells of St Aldric come home to the north-west tower';
const cIntro = [
  j(
    'After twenty-two months away at a foundry in the Midlands, the ten bells of St Aldric’s Cathedral were lifted back into the',
    'north-west tower on Tuesday, watched by a small crowd of ringers, schoolchildren and stonemasons who had gathered in the close',
    'since first light.',
  ),
  j(
    'The restoration, the first since 1911, was paid for by the Marrowby Bells Appeal, which raised £418,000 from more than',
    'three thousand donors. Each bell was retuned, its clapper rebuilt and its headstock replaced with a new one of oak and steel.',
  ),
];
const cH1 = 'What was done';
const cWork = [
  'Cleaning and retuning of all ten bells, with the tenor lowered by a quarter of a semitone to match its neighbours.',
  'New oak headstocks and sealed bearings in place of the worn plain bearings fitted in the nineteenth century.',
  'Repairs to the timber bell frame and two new steel beams under the floor of the ringing chamber.',
  'A sound-control hatch so that practice nights disturb the houses on Wicket Lane a little less.',
];
const cH2 = 'A tower that was never quiet';
const cMid = [
  j(
    'The cathedral was not silent while the bells were away. A single service bell, lent by the parish of Hollins Green, hung on',
    'a temporary frame in the south transept and was rung by hand before the daily Eucharist.',
  ),
  j(
    '“People kept telling me they had not noticed the bells until they were gone,” said Canon Ruth Ellery, the cathedral’s',
    'Canon Precentor. “Then every Sunday someone would stop me at the door and ask when they were coming back.”',
  ),
  j(
    'Tower captain Owen Pratley said the band had spent the quiet months learning to ring on handbells and teaching eleven new',
    'learners on a simulator in the song school. Six of them will ring at the rededication.',
  ),
];
const cH3 = 'Rededication and open tower days';
const cEnd = [
  j(
    'The Bishop of Marrowby will bless the bells at Choral Evensong on Sunday 19 April at 3.30pm, followed by the first full',
    'peal on the restored ring. Everyone is welcome and no ticket is needed.',
  ),
  j(
    'On the two Saturdays after Easter the tower will be open from 10am to 4pm. Visitors can climb to the ringing chamber, see',
    'the new frame and try a bell under supervision. Children must be over ten and accompanied by an adult.',
  ),
  j('The appeal remains open to pay for a new clock mechanism, which still strikes the hours by a system of weights first', 'installed in 1873.'),
];
const cMenu = ['Home', 'Plan Your Visit', 'Worship', 'Music', 'Learning', 'News', 'Support Us', 'Contact'];
const cSide = ['Lent and Easter services 2026', 'Choir auditions for girls and boys aged eight', 'Cathedral café reopens in the cloister'];
const cFoot = ['Privacy Policy', 'Safeguarding', 'Accessibility', 'Cookie Policy'];
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<title>${cTitle} | St Aldric’s Cathedral, Marrowby</title>
<meta name="description" content="The ten bells of St Aldric’s Cathedral return to the north-west tower after a two-year restoration.">
<meta property="og:type" content="article"><meta property="og:title" content="${cTitle}">
<meta property="article:published_time" content="2026-03-24T09:12:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${cTitle}",
"datePublished":"2026-03-24T09:12:00+00:00","author":{"name":"Hannah Wrenshaw"},"publisher":{"@type":"Organization","name":"St Aldric’s Cathedral"}}]}</script>
<link rel="stylesheet" id="divi-style-parent-css" href="https://staldric.example/wp-content/themes/Divi/style-static.min.css?ver=4.27.4" type="text/css">
<script type="text/javascript">var et_site_url='https://staldric.example';var et_post_id='3812';function et_core_page_resource_fallback(a,b){}</script>
</head>
<body class="post-template-default single single-post postid-3812 single-format-standard et_pb_button_helper_class et_fixed_nav et_show_nav
et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_right_sidebar et_divi_theme et-db">
<div id="page-container">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="https://staldric.example/"><img src="/wp-content/uploads/2024/01/staldric-logo.png"
alt="St Aldric’s Cathedral" id="logo" data-height-percentage="54"></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
${links(cMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}
</ul></nav><div id="et_top_search"><span id="et_search_icon"></span></div><div id="et_mobile_nav_menu"><div class="mobile_nav closed">
<span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-3812" class="et_pb_post post-3812 post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="et_post_meta_wrapper"><h1 class="entry-title">${cTitle}</h1>
<p class="post-meta"> by <span class="author vcard"><a href="https://staldric.example/author/hwrenshaw/" title="Posts by Hannah Wrenshaw"
rel="author">Hannah Wrenshaw</a></span> | <span class="published">Mar 24, 2026</span> | <a href="https://staldric.example/category/news/"
rel="category tag">Cathedral News</a></p>
<img src="https://staldric.example/wp-content/uploads/2026/03/bells-return-1080x675.jpg" alt="" class="" width="1080" height="675"></div>
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0
et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
${ps(cIntro)}
</div></div>
<div class="et_pb_module et_pb_image et_pb_image_0"><span class="et_pb_image_wrap "><img src="/wp-content/uploads/2026/03/tenor-crane.jpg" alt=""
title="tenor-crane"></span></div>
<div class="et_pb_module et_pb_text et_pb_text_1"><div class="et_pb_text_inner"><p class="wp-caption-text">The tenor bell, weighing just over a tonne, is
craned over the west front. Photo: Marcus Delamere</p></div></div>
<div class="et_pb_module et_pb_text et_pb_text_2 et_pb_text_align_left"><div class="et_pb_text_inner">
<h2>${cH1}</h2>
<ul>${lis(cWork)}</ul>
<h2>${cH2}</h2>
${ps(cMid)}
</div></div>
<div class="et_pb_module et_pb_cta et_pb_cta_0 et_pb_promo et_pb_bg_layout_dark et_pb_text_align_center"><div class="et_pb_promo_description">
<h3 class="et_pb_module_header">Read more: How a bell is tuned</h3><div>A visit to the foundry where the Marrowby ring was recast in sound.</div></div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/news/how-a-bell-is-tuned/">Read the story</a></div></div>
<div class="et_pb_module et_pb_text et_pb_text_3 et_pb_text_align_left"><div class="et_pb_text_inner">
<h2>${cH3}</h2>
${ps(cEnd)}
</div></div>
</div></div></div></div></div></div>
<div class="et_social_inline et_social_mobile_on et_social_inline_bottom"><div class="et_social_networks et_social_4col et_social_slide et_social_rounded
et_social_left et_social_no_animation et_social_withnetworknames et_social_outer_dark"><p class="et_social_heading">Share this story</p>
<ul class="et_social_icons_container"><li class="et_social_facebook"><a href="#" class="et_social_share" rel="nofollow" data-social_name="facebook">
<i class="et_social_icon et_social_icon_facebook"></i><div class="et_social_network_label"><div class="et_social_networkname">Facebook</div></div></a></li>
<li class="et_social_twitter"><a href="#" class="et_social_share" rel="nofollow" data-social_name="twitter"><i class="et_social_icon"></i>
<div class="et_social_network_label"><div class="et_social_networkname">Twitter</div></div></a></li>
<li class="et_social_whatsapp"><a href="#" class="et_social_share" rel="nofollow" data-social_name="whatsapp"><i class="et_social_icon"></i>
<div class="et_social_network_label"><div class="et_social_networkname">WhatsApp</div></div></a></li>
<li class="et_social_email"><a href="#" class="et_social_share" rel="nofollow" data-social_name="email"><i class="et_social_icon"></i>
<div class="et_social_network_label"><div class="et_social_networkname">Email</div></div></a></li></ul></div></div>
<div class="nav-single clearfix"><span class="nav-previous"><a href="/news/lent-lunchtime-talks/" rel="prev"><span class="meta-nav">←</span>
Lent lunchtime talks begin in the chapter house</a></span></div>
</article></div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform">
<input type="text" name="s" id="s"><input type="submit" id="searchsubmit" value="Search"></form></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Latest from the Cathedral</h4><ul>${links(cSide)}</ul></div>
<div id="text-3" class="et_pb_widget widget_text"><h4 class="widgettitle">Give to the Bells Appeal</h4><div class="textwidget">
<p>Help us restore the clock that has struck the hours over Marrowby for 150 years.</p><p><a class="et_pb_button" href="/give/">Donate now</a></p></div></div>
</div></div></div></div>
<footer id="main-footer"><div class="container"><div class="clearfix" id="footer-widgets"><div class="footer-widget">
<div class="fwidget et_pb_widget widget_text">
<h4 class="title">Find us</h4><div class="textwidget"><p>St Aldric’s Cathedral, The Close, Marrowby MR1 2AL</p><p>Open daily 8.30am to 6pm</p></div></div></div>
</div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook"><a href="#" class="icon">
<span>Facebook</span></a></li><li class="et-social-icon et-social-instagram"><a href="#" class="icon"><span>Instagram</span></a></li></ul>
<ul class="footer-links">${links(cFoot)}</ul>
<div id="footer-info">© 2026 The Chapter of St Aldric’s Cathedral. Registered charity no. 1143320</div></div></div></footer></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to keep this site working and to understand how visitors use
it.</div>
</div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script type="text/javascript" src="https://staldric.example/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4" id="divi-custom-script-js"></script>
</body></html>`;
const cathedral: TestPage = {
  name: 'heldout309-divi-cathedral-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2, cH3],
  body: texts([...cIntro, ...cWork, ...cMid, ...cEnd]),
  bylines: ['Hannah Wrenshaw', 'Mar 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cMenu, 'Select Page', 'Cathedral News', 'The tenor bell, weighing just over a tonne, is craned over the west front. Photo: Marcus Delamere',
    'Read more: How a bell is tuned', 'A visit to the foundry where the Marrowby ring was recast in sound.', 'Read the story', 'Share this story',
    'Facebook', 'Twitter', 'WhatsApp', 'Email', 'Lent lunchtime talks begin in the chapter house', 'Latest from the Cathedral', ...cSide,
    'Give to the Bells Appeal', 'Help us restore the clock that has struck the hours over Marrowby for 150 years.', 'Donate now', 'Find us',
    'St Aldric’s Cathedral, The Close, Marrowby MR1 2AL', 'Open daily 8.30am to 6pm', 'Instagram', ...cFoot,
    '© 2026 The Chapter of St Aldric’s Cathedral. Registered charity no. 1143320', 'Manage Cookie Consent',
    'We use cookies to keep this site working and to understand how visitors use it.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT309_A: readonly TestPage[] = [cathedral, mosque];
