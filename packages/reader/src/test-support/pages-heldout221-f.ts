import { links, ps, type TestPage, texts } from './page-kit.js';
import { xenforoThread } from './pages-heldout221-f2.js';

/**
 * Held-out batch 221, file f: a county clerk's election results explainer, a page on a WordPress site with the Divi theme
 * (the top bar with phone and email, the main header menu, the Divi builder sections: a title section with a button, the
 * text modules, a results-timeline table, a blurb with a call to action, and a FAQ of toggles whose h5 titles sit above
 * collapsed content, then a sidebar of related links, the GTranslate widget, the footer widgets and the "Designed by Elegant
 * Themes | Powered by WordPress" bottom bar) and, from file f2, a residents' forum thread on XenForo.
 */
const dvTitle = 'How election night results work in Marlow County';
const dvLead = [
  'Election night results are unofficial and incomplete. This page explains why the numbers change after election night, when each ' +
    'batch of ballots is counted, and how results become official.',
];
const dvH = ['Why the numbers change', 'When results are posted', 'From unofficial to official', 'Frequently asked questions'];
const dvP1 = [
  'In Marlow County, most voters return their ballot by mail or drop box. Every returned ballot must have its signature checked against ' +
    'the voter’s registration record before it can be opened and counted. Ballots that arrive in the last few days before Election Day, ' +
    'and those dropped off on Election Day itself, cannot all be verified by 8 p.m.',
  'That is why the first results posted on election night include only the ballots that were already verified, and why totals keep ' +
    'moving for several days afterward. A candidate who leads on election night may not lead when counting is finished. That does not ' +
    'mean anything has gone wrong. It means more valid ballots have been counted.',
];
const dvRows: [string, string][] = [
  ['Election night, 8:15 p.m.', 'All verified mail ballots received before Election Day'],
  ['Election night, about 11:00 p.m.', 'In-person votes from the county’s four vote centers'],
  ['Each weekday after the election, 4:00 p.m.', 'Ballots verified since the previous update'],
  ['Fourteen days after the election', 'Final unofficial results before certification'],
];
const dvP2 = [
  'Results are posted on our election results page and sent to the Secretary of State, whose statewide results site updates at the same ' +
    'time. Each update shows the number of ballots counted so far and an estimate of how many remain to be counted.',
  'After all eligible ballots are counted, the County Canvassing Board reviews the results, resolves any ballots with questions about ' +
    'voter intent, and certifies the election. For a general election this happens 21 days after Election Day. If a race is close ' +
    'enough, state law requires an automatic recount once the results are certified.',
];
const dvFaq: [string, string][] = [
  [
    'What happens if my signature does not match?',
    'We will contact you by mail, email or phone with a form you can return to fix it. You have until the day ' +
      'before certification to do so, and your ballot will be counted once the form is accepted.',
  ],
  [
    'Can I watch ballots being counted?',
    'Yes. Counting takes place at the Elections Center at 300 Harbor Street, and the public viewing area is open during ' +
      'all processing hours. A live video feed of the counting room is also available on our website.',
  ],
  [
    'Can I check whether my ballot was counted?',
    'Yes. Use the state’s ballot tracker with your name and date of birth. It shows when your ballot was received, ' +
      'when your signature was verified and when it was counted.',
  ],
];
const dvP3 = ['Questions about this page can be sent to the Elections Division at the phone number or email address at the top of this page.'];
const dvTop = ['(360) 555-0162', 'elections@marlowcounty.example'];
const dvNav = ['Home', 'Elections', 'Recording', 'Licensing', 'About the Clerk', 'Contact'];
const dvBtn = 'View Current Results';
const dvBlurb = ['Register to vote or update your address', 'It takes two minutes at the state voter portal.', 'Check My Registration'];
const dvSide = ['Elections', 'Current Election', 'Voter Registration', 'Ballot Drop Box Locations', 'Candidate Filing', 'Past Election Results'];
const dvFoot = [
  'Marlow County Clerk',
  'Elections Center, 300 Harbor Street, Port Calder, WA 98362',
  'Office hours: Monday – Friday, 8:30 a.m. – 4:30 p.m.',
  'Public Records',
  'Accessibility',
  'Nondiscrimination Notice',
];
const dvHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1.0,
maximum-scale=1.0, user-scalable=0"><title>How election night results work in Marlow County | Marlow County Clerk</title>
<meta name="description" content="${dvLead[0]}"><link rel='stylesheet' id='divi-style-css'
href='https://clerk.marlowcounty.example/wp-content/themes/Divi/style-static.min.css?ver=4.27.4'
type='text/css' media='all'><script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${dvTitle}",
"datePublished":"2024-10-01T16:00:00+00:00","dateModified":"2025-09-12T21:37:10+00:00"}]}</script>
<script type="text/javascript">var et_site_url='https://clerk.marlowcounty.example';var et_post_id='311';function
et_core_page_resource_fallback(a,b){}</script></head>
<body class="page-template-default page page-id-311 et_pb_button_helper_class et_fixed_nav et_show_nav et_secondary_nav_enabled
et_primary_nav_dropdown_animation_fade
et_header_style_left et_pb_footer_columns4 et_right_sidebar et_divi_theme et-db"><div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">${dvTop[0]}</span><a href="mailto:${dvTop[1]}"><span
id="et-info-email">${dvTop[1]}</span></a></div>
<div id="et-secondary-menu"><div class="gtranslate_wrapper" id="gt-wrapper-1"><select class="gt_selector notranslate" aria-label="Select Language"><option
value="">Select Language</option>
<option value="en|es">Español</option><option value="en|vi">Tiếng Việt</option></select></div></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://clerk.marlowcounty.example/"><img src="/wp-content/uploads/2023/02/clerk-logo.png" width="300" height="80" alt="Marlow County Clerk"
id="logo"></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu"
class="nav">${links(dvNav, 'menu-item menu-item-type-post_type')}</ul>
</nav><div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar
mobile_menu_bar_toggle"></span></div></div>
</div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area"><article id="post-311"
class="post-311 page
type-page status-publish hentry"><div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4
et_pb_column_0 et-last-child"><div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_dark"><div
class="et_pb_text_inner"><h1>${dvTitle}</h1>
${ps(dvLead)}</div></div><div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_module"><a class="et_pb_button et_pb_button_0
et_pb_bg_layout_light"
href="https://results.marlowcounty.example/">${dvBtn}</a></div></div></div></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1"><div class="et_pb_column et_pb_column_4_4 et_pb_column_1
et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><h2>${dvH[0]}</h2>
${ps(dvP1)}
<h2>${dvH[1]}</h2>
<table style="border-collapse: collapse; width: 100%;"><thead><tr><th>When</th><th>What is included</th></tr></thead><tbody>
${dvRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps(dvP2.slice(0, 1))}
<h2>${dvH[2]}</h2>
${ps(dvP2.slice(1))}</div></div>
<div class="et_pb_module et_pb_blurb et_pb_blurb_0 et_pb_text_align_left et_pb_blurb_position_left et_pb_bg_layout_light"><div class="et_pb_blurb_content">
<div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap"><span class="et-waypoint et_pb_animation_top et-pb-icon">&#xe08a;</span></span></div>
<div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>${dvBlurb[0]}</span></h4><div class="et_pb_blurb_description"><p>${dvBlurb[1]}</p>
<p><a href="https://voter.sos.example/">${dvBlurb[2]}</a></p></div></div></div></div>
<div class="et_pb_module et_pb_text et_pb_text_2"><div class="et_pb_text_inner"><h2>${dvH[3]}</h2></div></div>
${dvFaq
  .map(
    ([q, a], i) => `<div class="et_pb_module et_pb_toggle et_pb_toggle_${i} et_pb_toggle_item et_pb_toggle_close"><h5 class="et_pb_toggle_title">${q}</h5>
<div class="et_pb_toggle_content clearfix"><p>${a}</p></div></div>`,
  )
  .join('\n')}
<div class="et_pb_module et_pb_text et_pb_text_3"><div class="et_pb_text_inner">${ps(dvP3)}</div></div>
</div></div></div></div></div></div></article></div>
<div id="sidebar"><div id="nav_menu-2" class="et_pb_widget widget_nav_menu"><h4 class="widgettitle">In This Section</h4><div
class="menu-elections-container"><ul id="menu-elections"
class="menu">${links(dvSide, 'menu-item')}</ul></div></div></div></div></div></div>
<footer id="main-footer"><div class="container"><div class="clearfix" id="footer-widgets"><div class="footer-widget"><div id="text-2" class="fwidget
et_pb_widget widget_text">
<h4 class="title">${dvFoot[0]}</h4><div class="textwidget">${ps(dvFoot.slice(1, 3))}</div></div></div><div class="footer-widget"><div id="nav_menu-3"
class="fwidget
et_pb_widget widget_nav_menu"><ul class="menu">${links(dvFoot.slice(3))}</ul></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook"><a href="#"
class="icon"><span>Facebook</span></a>
</li></ul><div id="footer-info">Designed by <a href="https://www.elegantthemes.com" title="Premium WordPress Themes">Elegant Themes</a> | Powered by
<a href="https://www.wordpress.org">WordPress</a></div></div></div></footer></div></div>
<script type="text/javascript" src="https://clerk.marlowcounty.example/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4"
id="divi-custom-script-js"></script></body></html>`;
const diviClerk: TestPage = {
  name: 'heldout221-divi-county-clerk-explainer',
  kind: 'docs',
  html: dvHtml,
  // the lead under the title is body; the timeline table's data cells are body; the FAQ toggle titles (h5) are headings and
  // their collapsed answers body; the results button and the registration blurb between the sections are furniture
  title: dvTitle,
  headings: [...dvH, ...dvFaq.map(([q]) => q)],
  body: texts([...dvLead, ...dvP1, ...dvRows.flat(), ...dvP2, ...dvFaq.map(([, a]) => a), ...dvP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dvTop, 'Select Language', 'Español', 'Tiếng Việt', ...dvNav, 'Select Page', dvBtn, ...dvBlurb, 'In This Section', ...dvSide, ...dvFoot, 'Facebook',
    'Designed by Elegant Themes | Powered by WordPress',
  ],
};

export const HELDOUT221_F: readonly TestPage[] = [diviClerk, xenforoThread];
