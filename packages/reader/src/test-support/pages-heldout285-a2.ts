import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout285-kit.js';

/**
 * Held-out batch 285, file a2: a town news site built with the Divi theme and Divi Builder (top header with secondary bar,
 * post title module with its meta line, a full-width section with a donation call-out, sidebar with search and recent posts,
 * social follow module, Bloom-style opt-in, blog module of related stories, the comments module with two reader comments, and
 * the Divi footer with its widget areas and footer-info line).
 */
const dTitle = 'Council backs Mill Lane footbridge after two-year wait';
const dBody = [
  j(
    'CARROW VALE — Plans for a new pedestrian footbridge over the River Amble at Mill Lane were approved on Tuesday night, ending a',
    'two-year campaign by residents who have been walking a mile-long detour since the old timber crossing was condemned.',
  ),
  j(
    'Members of the district planning committee voted seven to two in favour of the scheme, which will see a steel-and-larch bridge',
    'built slightly upstream of the original crossing, at a point where the banks are higher and less prone to flooding.',
  ),
  j(
    'The bridge is expected to cost £1.3 million, with most of the money coming from a regional active travel fund. The parish council',
    'has agreed to contribute £85,000 from its reserves towards lighting and the approach paths.',
  ),
];
const dH = ['Flood concerns addressed', 'Work to start in the summer'];
const dS1 = [
  j(
    'Two councillors who voted against the plan said they were not convinced the new position would stay clear of floodwater. The',
    'Amble burst its banks at Mill Lane three times in the last decade, most recently in January 2024.',
  ),
  j(
    'Engineers for the district told the meeting that the deck would sit 1.2 metres above the highest flood level on record, and that',
    'the abutments had been designed so debris would pass underneath rather than build up against them.',
  ),
  j(
    '“We are not building this for a dry summer,” the committee chair said during the debate. “We are building it for the worst week',
    'in February, and the design reflects that.”',
  ),
];
const dS2 = [
  j(
    'If the funding is confirmed in the spring, construction is expected to begin in late July, when river levels are usually at',
    'their lowest. The work should take around fourteen weeks.',
  ),
  j(
    'The towpath between Mill Lane and the old tannery will close for parts of that period. Diversion signs will direct walkers',
    'and cyclists along Station Road, and the district says it will publish the closure dates at least a month in advance.',
  ),
  j(
    'Residents of the Brookfield estate, who lost their most direct walking route to the primary school when the old bridge closed,',
    'welcomed the decision. A petition organised by the estate’s residents’ association gathered more than 1,400 signatures last year.',
  ),
];
const dNav = ['News', 'Sport', 'What’s On', 'Business', 'Opinion', 'Contact'];
const dRecent = ['Library opening hours extended over Easter', 'Plans lodged for 40 homes on former dairy site', 'Carrow Vale Rovers win cup replay'];
const dRelated = ['Temporary crossing ruled out on safety grounds', 'Residents’ petition on footbridge handed to council', 'River Amble flood map updated'];
const dFoot = ['About the Ledger', 'Advertise', 'Corrections', 'Privacy'];
const dComments = [
  ['Pauline Stroud', 'March 4, 2026 at 8:12 am', 'About time. My kids have been walking along the main road to school for two winters now.'],
  ['G. Merriman', 'March 4, 2026 at 10:47 am', 'Good news, but I will believe the July start date when I see the fencing go up.'],
];
const row = (n: number, inner: string, col = '4_4'): string => `<div class="et_pb_row et_pb_row_${n}"><div class="et_pb_column et_pb_column_${col}
et_pb_column_${n} et_pb_css_mix_blend_mode_passthrough et-last-child">${inner}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${dTitle} | Carrow Vale Ledger</title><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<meta name="description" content="Plans for a new pedestrian footbridge over the River Amble at Mill Lane were approved on Tuesday night.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dTitle}","datePublished":"2026-03-03T21:40:00+00:00",
"author":[{"@type":"Person","name":"Tomasz Delaine"}],"publisher":{"@type":"Organization","name":"Carrow Vale Ledger"}}</script>
<link rel="stylesheet" id="divi-style-parent-css" href="/wp-content/themes/Divi/style-static.min.css?ver=4.27.4" type="text/css" media="all">
<script type="text/javascript">var et_site_url='https://carrowvaleledger.example';var et_post_id='5174';function et_core_page_resource_fallback(a,b){}</script>
</head>
<body class="post-template-default single single-post postid-5174 et_pb_button_helper_class et_fixed_nav et_show_nav et_secondary_nav_enabled
et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_right_sidebar et_divi_theme et-db">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">01632 960 418</span>
<a href="mailto:news@carrowvaleledger.example"><span id="et-info-email">news@carrowvaleledger.example</span></a></div>
<div id="et-secondary-menu"><ul id="et-secondary-nav" class="menu">${links(['Subscribe', 'Log In'], 'menu-item')}</ul></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://carrowvaleledger.example/"><img src="/wp-content/uploads/2023/09/ledger-logo.png" alt="Carrow Vale Ledger" id="logo"></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav">
<ul id="top-menu" class="nav">${links(dNav, 'menu-item menu-item-type-taxonomy')}
</ul></nav><div id="et_top_search"><span id="et_search_icon"></span></div><div id="et_mobile_nav_menu"><div class="mobile_nav closed">
<span class="select_page">Select Page</span></div></div></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-5174" class="et_pb_post post-5174 post type-post status-publish format-standard hentry category-news">
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular">${row(
  0,
  `<div class="et_pb_module et_pb_post_title et_pb_post_title_0 et_pb_bg_layout_light et_pb_text_align_left"><div class="et_pb_title_container">
<h1 class="entry-title">${dTitle}</h1><p class="et_pb_title_meta_container"> by <span class="author vcard"><a href="/author/tdelaine/"
title="Posts by Tomasz Delaine" rel="author">Tomasz Delaine</a></span> | <span class="published">Mar 3, 2026</span> |
<a href="/category/news/" rel="category tag">News</a> | <span class="comments-number"><a href="#respond">2 comments</a></span></p></div>
<div class="et_pb_title_featured_container"><span class="et_pb_image_wrap"><img src="/wp-content/uploads/2026/03/mill-lane.jpg"
alt="The condemned timber crossing at Mill Lane"></span></div></div>
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
<p class="wp-caption-text">The condemned timber crossing at Mill Lane, fenced off since 2024. Picture: Ledger archive</p></div></div>
<div class="et_pb_module et_pb_post_content et_pb_post_content_0_tb_body">${ps(dBody)}
<h2>${dH[0]}</h2>
${ps(dS1)}</div>`,
)}</div>
<div class="et_pb_section et_pb_section_1 et_pb_with_background et_section_regular">${row(
  1,
  `<div class="et_pb_module et_pb_cta_0 et_pb_promo et_pb_bg_layout_dark et_pb_text_align_center"><div class="et_pb_promo_description">
<h2 class="et_pb_module_header">Independent local news needs you</h2><div>The Ledger is free to read. A monthly contribution keeps a reporter at every council
meeting.</div></div><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/support/">Support the Ledger</a></div></div>`,
)}</div>
<div class="et_pb_section et_pb_section_2 et_section_regular">${row(
  2,
  `<div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left"><div class="et_pb_text_inner"><h2>${dH[1]}</h2>
${ps(dS2)}</div></div>
<ul class="et_pb_module et_pb_social_media_follow et_pb_social_media_follow_0 clearfix et_pb_bg_layout_light">
<li class="et_pb_social_media_follow_network_0 et_pb_social_icon et_pb_social_network_link et-social-facebook"><a href="#" class="icon et_pb_with_border"
title="Follow on Facebook"><span class="et_pb_social_media_follow_network_name">Follow</span></a></li></ul>
<div class="et_pb_module et_pb_newsletter et_pb_newsletter_0 et_pb_subscribe clearfix et_pb_bg_layout_dark"><div class="et_pb_newsletter_description">
<h2 class="et_pb_module_header">The Ledger Daily</h2><div class="et_pb_newsletter_description_content"><p>Our morning email: the day’s local stories in
five minutes.</p></div></div><div class="et_pb_newsletter_form"><form method="post"><p class="et_pb_newsletter_field et_pb_contact_field_last">
<input id="et_pb_signup_email" class="input" type="text" placeholder="Email" name="et_pb_signup_email"></p><p class="et_pb_newsletter_button_wrap">
<a class="et_pb_newsletter_button et_pb_button" href="#" data-icon=""><span class="et_subscribe_loader"></span>
<span class="et_pb_newsletter_button_text">Subscribe</span></a></p></form></div></div>
<div class="et_pb_module et_pb_blog_0 et_pb_blog_grid_wrapper"><h4 class="et_pb_module_header">Related stories</h4><div class="et_pb_blog_grid clearfix">
<div class="et_pb_ajax_pagination_container"><div class="et_pb_salvattore_content" data-columns>${dRelated
    .map(
      (
        t,
      ) => `<article class="et_pb_post clearfix et_pb_blog_item_0_${t.length} post type-post"><h2 class="entry-title"><a href="/news/${t.length}/">${t}</a></h2>
</article>`,
    )
    .join('\n')}</div></div></div></div>
<div class="et_pb_module et_pb_comments_0 et_pb_comments_module et_pb_bg_layout_light"><section id="comment-wrap">
<h1 id="comments" class="page_title">2 Comments</h1><ol class="commentlist clearfix">${dComments
    .map(
      ([who, when, text]) => `<li class="comment even thread-even depth-1"><article class="comment-body clearfix"><div class="comment_avatar">
<img alt="${who}" src="/avatar.png" class="avatar avatar-80 photo" height="80" width="80"></div><div class="comment_postinfo"><span class="fn">${who}</span>
<span class="comment_date">on ${when}</span></div><div class="comment_area"><div class="comment-content clearfix"><p>${text}</p>
<span class="reply-container"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></span></div></div></article></li>`,
    )
    .join('\n')}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address
will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit">
<button name="submit" type="submit" id="submit" class="submit et_pb_button">Submit Comment</button></p></form></div></section></div>`,
)}</div>
</div></div></div></article></div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/">
<label class="screen-reader-text" for="s">Search for:</label><input type="text" value="" name="s" id="s"><input type="submit" id="searchsubmit" value="Search">
</form></div><div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4>
<ul>${links(dRecent)}</ul></div></div></div></div></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div id="nav_menu-3"
class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">The Ledger</h4><ul id="menu-footer" class="menu">${links(dFoot, 'menu-item')}</ul></div></div>
</div></div><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">© 2026 Carrow Vale Ledger. Registered in England, company
no. 09911823.</div></div></div></footer></div></div>
<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4" id="divi-custom-script-js"></script></body></html>`;
export const divi: TestPage = {
  name: 'heldout285-divi-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dBody, ...dS1, ...dS2]),
  bylines: ['Tomasz Delaine', 'Mar 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '01632 960 418', 'news@carrowvaleledger.example', 'Subscribe', 'Log In', ...dNav, 'Select Page', '2 comments',
    'The condemned timber crossing at Mill Lane, fenced off since 2024. Picture: Ledger archive', 'Independent local news needs you',
    'The Ledger is free to read. A monthly contribution keeps a reporter at every council meeting.', 'Support the Ledger', 'Follow', 'The Ledger Daily',
    'Our morning email: the day’s local stories in five minutes.', 'Related stories', ...dRelated, '2 Comments',
    ...dComments.flatMap(([who, when, text]) => [who ?? '', `on ${when}`, text ?? '']),
    'Reply', 'Submit a Comment', 'Your email address will not be published.', 'Required fields are marked', 'Submit Comment', 'Search for:',
    'Recent Posts', ...dRecent, 'The Ledger', ...dFoot, '© 2026 Carrow Vale Ledger. Registered in England, company no. 09911823.',
  ],
};
