import { links, ps, type TestPage, texts } from './page-kit.js';
import { dedupe } from './pages-heldout220-kit.js';

/**
 * Held-out batch 220, file a2: a Catholic parish's weekly newsletter page on a WordPress site built with the Divi theme (top
 * bar with phone and Mass times, the Divi header with the "Give Online" button, a hidden mobile menu that repeats the nav, a
 * full-width title section with the issue date, text modules, a Flocknote sign-up box inside the page, a sidebar of past
 * issues and a bulletin download button, the footer columns and the GDPR cookie notice).
 */
const pnTitle = 'Parish Newsletter: Third Week of Lent';
const pnH1 = 'From Father Tomás';
const pnP1 = [
  'Dear friends, we are now halfway through Lent, and I want to thank everyone who has come to the Wednesday soup suppers. Last week ' +
    'we served 138 bowls and raised $1,240 for the St. Vincent de Paul pantry. The Knights tell me the lentil soup ran out first, ' +
    'which I choose to take as a theological statement.',
  'Lent is not a test we pass or fail. It is forty days of practice. If your resolutions fell apart in the second week, you are in ' +
    'good company. Pick one up again this Sunday and begin where you are.',
  'I also want to welcome the eleven families who registered with the parish since Christmas. Please introduce yourselves after ' +
    'Mass; the coffee is better than it used to be.',
];
const pnH2 = 'Changes to the Mass schedule';
const pnP2 = [
  'Because of the roof repairs on the north side of the church, the 7:00 am weekday Mass will move to the chapel in the parish ' +
    'centre from March 24 until April 4. Weekend Masses are not affected.',
];
const pnTable = [
  ['Saturday Vigil', '5:00 pm', 'Church'],
  ['Sunday', '8:00 am, 10:30 am, 12:30 pm (Spanish)', 'Church'],
  ['Weekdays', '7:00 am', 'Parish centre chapel (March 24 to April 4)'],
  ['Confessions', 'Saturday 3:30 to 4:30 pm', 'Church'],
];
const pnH3 = 'Announcements';
const pnList = [
  'Stations of the Cross are prayed every Friday of Lent at 7:00 pm, followed by a simple meal in the hall.',
  'The Lenten penance service will be held on Tuesday, April 8, at 7:00 pm, with six priests available for confession.',
  'First Communion families: the parent meeting has moved to Sunday, March 30, after the 10:30 am Mass.',
  'The youth group is collecting palm crosses from last year to burn for next year’s Ash Wednesday. Drop them in the box by the font.',
  'Our Rice Bowl collection ends on Holy Thursday. Please bring your boxes to any Mass that weekend.',
];
const pnH4 = 'Please pray for';
const pnP4 = [
  'Those who are sick in our parish, especially Rosa Delgado, Martin Kearney and baby Eliana Ortiz; and for the repose of the soul ' +
    'of Bernadette Fahey, whose funeral Mass was celebrated here on Monday. Eternal rest grant unto her, O Lord.',
];
const pnTop = ['(555) 214-0877', 'Weekend Masses: Sat 5 pm | Sun 8, 10:30 am, 12:30 pm'];
const pnNav = ['Home', 'Mass Times', 'Sacraments', 'Ministries', 'Faith Formation', 'News', 'Contact'];
const pnFlock = ['Stay connected', 'Get parish news and reminders by text or email.', 'Join us on Flocknote'];
const pnSide = ['Past Newsletters', 'Download this week’s bulletin (PDF)'];
const pnPast = ['Second Week of Lent', 'First Week of Lent', 'Ash Wednesday and the Week After', 'Seventh Week in Ordinary Time'];
const pnFoot = [
  'St. Brendan Catholic Church',
  '2200 Harbor View Road, Port Adair',
  'Office Hours',
  'Monday to Thursday, 9 am to 4 pm',
  'Quick Links',
  'Register with the Parish',
  'Safe Environment',
  'Diocese of Port Adair',
  'Employment',
];
const pnCookie = ['We use cookies to make sure our website works well and to understand how it is used.', 'Accept', 'Reject', 'Read More'];
const pnMod = (n: number, inner: string): string => `<div class="et_pb_module et_pb_text et_pb_text_${n} et_pb_text_align_left et_pb_bg_layout_light">
<div class="et_pb_text_inner">${inner}</div></div>`;
const pnHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Parish Newsletter: Third Week of Lent | St. Brendan Catholic Church</title>
<meta name="description" content="News and announcements from St. Brendan Catholic Church for the Third Week of Lent.">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="${pnTitle}">
<meta property="article:published_time" content="2025-03-21T18:40:02+00:00"><meta name="generator" content="Divi v.4.27.4">
<link rel="stylesheet" id="divi-style-parent-css" href="https://stbrendanportadair.example/wp-content/themes/Divi/style-static.min.css?ver=4.27.4" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${pnTitle}",
"datePublished":"2025-03-21T18:40:02+00:00","author":{"name":"Parish Office"},"isPartOf":{"@id":"https://stbrendanportadair.example/#website"}}]}</script>
<script>var et_site_url='https://stbrendanportadair.example';var et_post_id='1877';function et_core_page_resource_fallback(a,b){}</script></head>
<body class="post-template-default single single-post postid-1877 et_pb_button_helper_class et_fixed_nav et_show_nav et_secondary_nav_enabled
et_primary_nav_dropdown_animation_fade et_pb_pagebuilder_layout et_right_sidebar et_divi_theme">
<div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">${pnTop[0]}</span>
<span id="et-info-mass">${pnTop[1]}</span></div><div id="et-secondary-menu"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook">
<a href="https://facebook.example/stbrendanpa" class="icon"><span>Facebook</span></a></li></ul></div></div></div>
<header id="main-header" data-height-onload="80"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://stbrendanportadair.example/"><img src="https://stbrendanportadair.example/wp-content/uploads/2022/09/st-brendan-logo.png"
width="300" height="90" alt="St. Brendan Catholic Church" id="logo"></a></div>
<div id="et-top-navigation" data-height="80" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu"
class="nav">${links(pnNav, 'menu-item menu-item-type-post_type')}
<li class="et_pb_button_menu menu-item"><a href="/give/">Give Online</a></li></ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span
class="mobile_menu_bar mobile_menu_bar_toggle"></span>
<ul id="mobile_menu" class="et_mobile_menu" style="display:none">${links(pnNav, 'menu-item')}</ul></div></div></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-1877" class="et_pb_post post-1877 post type-post status-publish format-standard hentry category-newsletter">
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0"><div
class="et_pb_column et_pb_column_4_4 et_pb_column_0">
<div class="et_pb_module et_pb_post_title et_pb_post_title_0 et_pb_bg_layout_dark et_pb_text_align_center"><div class="et_pb_title_container">
<h1 class="entry-title">${pnTitle}</h1><p class="et_pb_title_meta_container"> by <span class="author vcard"><a href="/author/parishoffice/"
title="Posts by Parish Office" rel="author">Parish Office</a></span>
 | <span class="published">Mar 21, 2025</span> | <a href="/category/newsletter/" rel="category tag">Newsletter</a></p></div></div></div></div></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1"><div class="et_pb_column et_pb_column_4_4 et_pb_column_1">
${pnMod(0, `<h2>${pnH1}</h2>\n${ps(pnP1)}\n<p><em>— Fr. Tomás Ibarra, Pastor</em></p>`)}
${pnMod(
  1,
  `<h2>${pnH2}</h2>\n${ps(pnP2)}\n<table class="mass-times"><thead><tr><th>Mass</th><th>Time</th><th>Location</th></tr></thead><tbody>
${pnTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`,
)}
<div class="et_pb_module et_pb_cta_0 et_pb_promo et_pb_bg_layout_dark et_pb_text_align_center"><div class="et_pb_promo_description">
<h3 class="et_pb_module_header">${pnFlock[0]}</h3><div><p>${pnFlock[1]}</p></div></div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="https://app.flocknote.example/stbrendanpa">${pnFlock[2]}</a></div></div>
${pnMod(2, `<h2>${pnH3}</h2>\n<ul>\n${pnList.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`)}
${pnMod(3, `<h2>${pnH4}</h2>\n${ps(pnP4)}`)}
</div></div></div></div></div></div>
</article></div>
<div id="sidebar"><div id="block-4" class="et_pb_widget widget_block"><h2 class="widgettitle">${pnSide[0]}</h2><ul
class="wp-block-latest-posts__list wp-block-latest-posts">
${links(pnPast)}</ul></div><div id="block-5" class="et_pb_widget widget_block"><div class="wp-block-file"><a
href="/wp-content/uploads/2025/03/bulletin-2025-03-23.pdf"
class="wp-block-file__button wp-element-button" download>${pnSide[1]}</a></div></div></div>
</div></div></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div
class="fwidget et_pb_widget widget_text">
<h4 class="title">${pnFoot[0]}</h4><div class="textwidget"><p>${pnFoot[1]}</p></div></div></div>
<div class="footer-widget"><div class="fwidget et_pb_widget widget_text"><h4 class="title">${pnFoot[2]}</h4><div
class="textwidget"><p>${pnFoot[3]}</p></div></div></div>
<div class="footer-widget"><div class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">${pnFoot[4]}</h4><div
class="menu-quick-links-container"><ul class="menu">
${links(pnFoot.slice(5))}</ul></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><div
id="footer-info">© 2025 St. Brendan Catholic Church. All rights reserved.</div></div></div></footer></div></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom"
aria-label="GDPR Cookie Banner" style="display: none;">
<div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>${pnCookie[0]}</p></div>
<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Accept">${pnCookie[1]}</button>
<button class="mgbutton moove-gdpr-infobar-reject-btn gdpr-fbo-1" aria-label="Reject">${pnCookie[2]}</button>
<button class="mgbutton moove-gdpr-infobar-settings-btn change-settings-button gdpr-fbo-2">${pnCookie[3]}</button></div></div></div></div>
<script src="https://stbrendanportadair.example/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4" id="divi-custom-script-js"></script>
<script src="https://stbrendanportadair.example/wp-content/plugins/gdpr-cookie-compliance/dist/scripts/main.js?ver=4.15.7"
id="moove_gdpr_frontend-js"></script></body></html>`;
export const parishNewsletter: TestPage = {
  html: pnHtml,
  name: 'heldout220-divi-parish-newsletter',
  kind: 'news',
  // the pastor's sign-off line is a byline; the Mass-times table's data cells are body, its header cells in neither list;
  // the Flocknote promo inside the page, the category, the sidebar, footer and cookie bar are furniture
  title: pnTitle,
  headings: [pnH1, pnH2, pnH3, pnH4],
  body: [...texts(pnP1), ...pnP2, ...pnTable.flat(), ...pnList, ...pnP4],
  bylines: ['Parish Office', 'Mar 21, 2025', '— Fr. Tomás Ibarra, Pastor'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([
    ...pnTop, 'Facebook', ...pnNav, 'Give Online', 'Select Page', 'Newsletter', ...pnFlock, ...pnSide, ...pnPast, ...pnFoot,
    '© 2025 St. Brendan Catholic Church. All rights reserved.', ...pnCookie,
  ]),
};
