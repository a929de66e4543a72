import { type TestPage, texts } from './page-kit.js';
import { elementorPost } from './pages-heldout137-a2.js';
import * as a3 from './pages-heldout137-a3.js';

/**
 * Held-out batch 137, file a: a WordPress blog post on a garden-services firm's site with the Divi theme (top header with
 * phone and e-mail, the Divi primary nav with "Select Page", the post meta line, Divi Builder sections with a promo (call
 * to action) module between two text modules, the Monarch inline share bar, the Divi comment list and respond form, the
 * right sidebar with search, recent posts, recent comments and categories, footer widgets, the footer bottom bar with
 * social icons and "Designed by Elegant Themes", and a CookieYes banner) and, from file a2, an Elementor Pro post.
 */
const { dvTitle, dvP1, dvH1, dvP2, dvH2, dvP3, dvList, dvH3, dvP4, dvH4, dvP5, dvH5, dvP6 } = a3;
const dvTop = ['01632 960 412', 'hello@thornburygardencare.example', 'Free Quote'];
const dvNav = ['Home', 'Services', 'Lawn Care', 'Garden Maintenance', 'About Us', 'Blog', 'Contact'];
const dvPromo = [
  'Short of time this autumn?',
  'Our lawn renovation visits include scarifying, aerating, overseeding and an autumn feed, all in one morning.',
  'Book a free lawn check',
];
const dvShare = ['Facebook', 'Twitter', 'Pinterest', 'Email'];
const dvComments = [
  {
    name: 'Hilary Dobson',
    date: 'September 19, 2025 at 8:42 am',
    text: 'Really clear, thank you. We have a lot of moss under a big copper beech. Is it worth sowing the shade mix there or will it just fail again?',
  },
  {
    name: 'Gareth Pryce',
    date: 'September 19, 2025 at 12:15 pm',
    text:
      'Hi Hilary, the shade mix will help, but under a beech the grass is also fighting the tree for water. Raising the lower branches lets in ' +
      'more light and rain, and that often makes the bigger difference.',
  },
];
const dvForm = [
  'Submit a Comment',
  'Cancel reply',
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Submit Comment',
];
const dvRecent = [
  'When to cut back perennials (and which to leave)',
  'Our guide to hedge cutting and nesting birds',
  'Five low-maintenance plants for dry shade',
];
const dvRecentComments = [
  ['Hilary Dobson', dvTitle],
  ['Owen Marsh', 'Our guide to hedge cutting and nesting birds'],
] as const;
const dvCats = ['Garden Maintenance', 'Hedges', 'Lawn Care', 'Planting', 'Seasonal Tips'];
const dvFootAbout = 'Family-run garden care for homes and businesses in Thornbury and the surrounding villages since 2009.';
const dvHours = ['Opening Hours', 'Monday to Friday, 8am to 5pm', 'Saturday by appointment'];
const dvAreas = ['Areas We Cover', 'Thornbury', 'Alveston', 'Olveston', 'Tytherington'];
const dvSocial = ['Facebook', 'Instagram', 'RSS'];
const dvCookie = [
  'We value your privacy',
  'We use cookies to improve your browsing experience, show you relevant content and understand how our site is used. By clicking “Accept All”, ' +
    'you consent to our use of cookies.',
  'Customise',
  'Reject All',
  'Accept All',
];
const dvMenu = (items: readonly string[], start: number): string =>
  items
    .map(
      (t, i) =>
        `<li id="menu-item-${start + i}" class="menu-item menu-item-type-post_type menu-item-object-page${t === 'Blog' ? ' current_page_parent' : ''} ` +
        `menu-item-${start + i}"><a href="https://thornburygardencare.example/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
    )
    .join('\n');
const dvPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dvText = (n: number, inner: string): string => `<div class="et_pb_module et_pb_text et_pb_text_${n}  et_pb_text_align_left et_pb_bg_layout_light">
<div class="et_pb_text_inner">${inner}</div></div>`;
const dvRow = (n: number, inner: string): string => `<div class="et_pb_row et_pb_row_${n}">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_${n}  et_pb_css_mix_blend_mode_passthrough et-last-child">${inner}</div></div>`;
const dvComment = (
  c: (typeof dvComments)[number],
  i: number,
): string => `<li class="comment ${i === 0 ? 'even thread-even' : 'byuser comment-author-gareth bypostauthor odd alt'} depth-1"
id="li-comment-${41 + i}"><article id="comment-${41 + i}" class="comment-body clearfix"><div class="comment_avatar">
<img alt="${c.name}" src="https://secure.gravatar.example/avatar/${i}?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80"
loading="lazy"></div>
<div class="comment_postinfo"><span class="fn">${c.name}</span><span class="comment_date">on ${c.date}</span></div><div class="comment_area">
<div class="comment-content clearfix"><p>${c.text}</p><span class="reply-container"><a rel="nofollow" class="comment-reply-link"
href="#comment-${41 + i}" data-commentid="${41 + i}" data-postid="1873" aria-label="Reply to ${c.name}">Reply</a></span></div></div></article></li>`;
const dvHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="pingback" href="https://thornburygardencare.example/xmlrpc.php">
<script type="text/javascript">document.documentElement.className = 'js';</script>
<title>${dvTitle} | Thornbury Garden Care</title><meta name="robots" content="max-image-preview:large">
<meta name="description" content="September and early October are the best weeks to fix thin patches, moss and thatch. Here is how we do it.">
<meta property="og:type" content="article"><meta property="og:title" content="${dvTitle}"><meta property="article:published_time"
content="2025-09-18T07:30:00+00:00">
<meta name="generator" content="WordPress 6.8.2"><meta name="generator" content="Divi v.4.27.4">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${dvTitle}",
"author":{"name":"Gareth Pryce"},"datePublished":"2025-09-18T07:30:00+00:00","articleSection":["Lawn Care"]},{"@type":"BreadcrumbList","itemListElement":[
{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"${dvTitle}"}]}]}</script>
<link rel="stylesheet" id="divi-style-parent-css" href="https://thornburygardencare.example/wp-content/themes/Divi/style-static.min.css?ver=4.27.4" media="all">
<link rel="stylesheet" id="et_monarch-css-css" href="https://thornburygardencare.example/wp-content/plugins/monarch/css/style.css?ver=1.4.14" media="all">
<style id="divi-style-inline-inline-css">#main-header{background-color:#fff}.et_pb_promo_0.et_pb_promo{background-color:#3d6b35}</style></head>
<body class="post-template-default single single-post postid-1873 single-format-standard et_monarch et_button_no_icon et_pb_button_helper_class et_fixed_nav
et_show_nav et_secondary_nav_enabled et_primary_nav_dropdown_animation_fade et_secondary_nav_dropdown_animation_fade et_header_style_left
et_pb_footer_columns3 et_cover_background et_pb_gutter linux et_pb_gutters3 et_right_sidebar et_divi_theme et-db">
<div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">${dvTop[0]}</span>
<a href="mailto:${dvTop[1]}"><span id="et-info-email">${dvTop[1]}</span></a></div>
<div id="et-secondary-menu"><ul id="et-secondary-nav" class="menu"><li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-88">
<a href="https://thornburygardencare.example/contact/">${dvTop[2]}</a></li></ul></div></div></div>
<header id="main-header" data-height-onload="80"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://thornburygardencare.example/"><img src="https://thornburygardencare.example/wp-content/uploads/2021/03/tgc-logo.png" width="320" height="96"
alt="Thornbury Garden Care" id="logo" data-height-percentage="64"></a></div>
<div id="et-top-navigation" data-height="80" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
${dvMenu(dvNav, 21)}
</ul></nav><div id="et_top_search"><span id="et_search_icon"></span></div>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span
class="mobile_menu_bar mobile_menu_bar_toggle"></span>
</div></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form"
action="https://thornburygardencare.example/"><input type="search" class="et-search-field" placeholder="Search …" value=""
name="s" title="Search for:"></form>
<span class="et_close_search_field"></span></div></div></header>
<div id="et-main-area">
<div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-1873" class="et_pb_post post-1873 post type-post status-publish format-standard has-post-thumbnail hentry category-lawn-care">
<div class="et_post_meta_wrapper"><h1 class="entry-title">${dvTitle}</h1>
<p class="post-meta"> by <span class="author vcard"><a href="https://thornburygardencare.example/author/gareth/" title="Posts by Gareth Pryce"
rel="author">Gareth Pryce</a></span>
 | <span class="published">Sep 18, 2025</span> | <a href="https://thornburygardencare.example/category/lawn-care/" rel="category tag">Lawn Care</a>
 | <span class="comments-number"><a href="https://thornburygardencare.example/tired-lawn-autumn/#respond">2 comments</a></span></p>
<img src="https://thornburygardencare.example/wp-content/uploads/2025/09/scarified-lawn-1080x675.jpg" alt="A lawn after scarifying" width="1080" height="675"
class="" srcset="https://thornburygardencare.example/wp-content/uploads/2025/09/scarified-lawn-980x613.jpg 980w"
sizes="(min-width: 0px) and (max-width: 480px) 480px">
</div>
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular">
${dvRow(
  0,
  dvText(0, `${dvPs(dvP1)}\n<h2>${dvH1}</h2>\n${dvPs(dvP2)}\n<h2>${dvH2}</h2>\n${dvPs(dvP3)}\n<ul>\n${dvList.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`),
)}
${dvRow(
  1,
  `<div class="et_pb_module et_pb_promo et_pb_promo_0 et_animated et_pb_text_align_center et_pb_bg_layout_dark"><div class="et_pb_promo_description">
<h2 class="et_pb_module_header">${dvPromo[0]}</h2><div><p>${dvPromo[1]}</p></div></div><div class="et_pb_button_wrapper">
<a class="et_pb_button et_pb_promo_button" href="https://thornburygardencare.example/lawn-care/">${dvPromo[2]}</a></div></div>`,
)}
${dvRow(2, dvText(1, `<h2>${dvH3}</h2>\n${dvPs(dvP4)}\n<h2>${dvH4}</h2>\n${dvPs(dvP5)}\n<h2>${dvH5}</h2>\n${dvPs(dvP6)}`))}
</div></div></div>
<div class="et_social_inline et_social_mobile_on et_social_inline_bottom"><div class="et_social_networks et_social_4col et_social_slide et_social_rounded
et_social_left et_social_no_animation et_social_withnetworknames et_social_outer_dark"><ul class="et_social_icons_container">
${dvShare
  .map(
    (t) => `<li class="et_social_${t.toLowerCase()}"><a href="https://thornburygardencare.example/share?via=${t.toLowerCase()}" class="et_social_share"
rel="nofollow" data-social_name="${t.toLowerCase()}" data-post_id="1873" data-social_type="share" data-location="inline">
<i class="et_social_icon et_social_icon_${t.toLowerCase()}"></i><div class="et_social_network_label"><div class="et_social_networkname">${t}</div></div>
<span class="et_social_overlay"></span></a></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div class="et_post_meta_wrapper"><section id="comment-wrap"><h1 id="comments" class="page_title">2 Comments</h1>
<ol class="commentlist clearfix">
${dvComments.map(dvComment).join('\n')}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>${dvForm[0]}</span> <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">${dvForm[1]}</a></small></h3>
<form action="https://thornburygardencare.example/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">${dvForm[2]}</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8"
maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" size="30"
required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" size="30"
required></p>
<p class="comment-form-url"><label for="url">${dvForm[7]}</label> <input id="url" name="url" type="url" size="30"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${dvForm[8]}</label></p>
<p class="form-submit"><button name="submit" type="submit" id="submit" class="submit et_pb_button">${dvForm[9]}</button>
<input type="hidden" name="comment_post_ID" value="1873" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>
</form></div></section></div>
</article></div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform"
action="https://thornburygardencare.example/"><div><label class="screen-reader-text" for="s">Search for:</label><input type="text" value="" name="s" id="s">
<input type="submit" id="searchsubmit" value="Search"></div></form></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4><ul>
${[dvTitle, ...dvRecent]
  .map((t, i) => `<li><a href="https://thornburygardencare.example/?p=${1873 - i * 7}"${i === 0 ? ' aria-current="page"' : ''}>${t}</a></li>`)
  .join('\n')}
</ul></div>
<div id="recent-comments-2" class="et_pb_widget widget_recent_comments"><h4 class="widgettitle">Recent Comments</h4><ul id="recentcomments">
${dvRecentComments
  .map(
    ([n, t]) =>
      `<li class="recentcomments"><span class="comment-author-link">${n}</span> on <a href="https://thornburygardencare.example/?p=1#c">${t}</a></li>`,
  )
  .join('\n')}
</ul></div>
<div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">Categories</h4><ul>
${dvCats
  .map(
    (t) => `<li class="cat-item"><a
href="https://thornburygardencare.example/category/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div>
</div></div></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix">
<div class="footer-widget"><div id="text-3" class="fwidget et_pb_widget widget_text"><h4 class="title">Thornbury Garden Care</h4><div class="textwidget">
<p>${dvFootAbout}</p></div></div></div>
<div class="footer-widget"><div id="text-4" class="fwidget et_pb_widget widget_text"><h4 class="title">${dvHours[0]}</h4><div class="textwidget">
<p>${dvHours[1]}<br>${dvHours[2]}</p></div></div></div>
<div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">${dvAreas[0]}</h4>
<div class="menu-areas-container"><ul id="menu-areas" class="menu">${dvMenu(dvAreas.slice(1), 90)}</ul></div></div></div>
</div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons">
${dvSocial
  .map(
    (t) => `<li class="et-social-icon et-social-${t.toLowerCase()}"><a href="https://thornburygardencare.example/#${t}"
class="icon"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul><div id="footer-info">Designed by <a href="https://www.elegantthemes.com" title="Premium WordPress Themes">Elegant Themes</a> | Powered by
<a href="https://www.wordpress.org">WordPress</a></div></div></div></footer></div></div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">${dvCookie[0]}</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>${dvCookie[1]}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="${dvCookie[2]}" data-cky-tag="settings-button">${dvCookie[2]}</button>
<button class="cky-btn cky-btn-reject" aria-label="${dvCookie[3]}" data-cky-tag="reject-button">${dvCookie[3]}</button>
<button class="cky-btn cky-btn-accept" aria-label="${dvCookie[4]}" data-cky-tag="accept-button">${dvCookie[4]}</button></div></div></div></div></div>
<script type="text/javascript" src="https://thornburygardencare.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" id="divi-custom-script-js-extra">var DIVI = {"item_count":"%d Item","items_count":"%d Items"};</script>
<script type="text/javascript" src="https://thornburygardencare.example/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4"
id="divi-custom-script-js"></script>
<script type="text/javascript" src="https://thornburygardencare.example/wp-content/plugins/monarch/js/idle-timer.min.js?ver=1.4.14"
id="et_monarch-idle-js"></script>
</body></html>`;
const divi: TestPage = {
  html: dvHtml,
  name: 'heldout137-wordpress-divi-blog',
  kind: 'blog',
  // the author and date of the meta line are bylines; the promo module inside the entry content (its h2 included), the share
  // bar, the comments (a blog's reader comments, the author's reply too), form labels, sidebar, footer and cookie banner are
  // furniture; the post's own category "Lawn Care" is also a nav item, listed once
  title: dvTitle,
  headings: [dvH1, dvH2, dvH3, dvH4, dvH5],
  body: texts([...dvP1, ...dvP2, ...dvP3, ...dvList, ...dvP4, ...dvP5, ...dvP6]),
  bylines: ['Gareth Pryce', 'Sep 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dvTop, ...dvNav, 'Select Page', '2 comments', ...dvPromo, ...dvShare.filter((t) => t !== 'Facebook'), '2 Comments',
    ...dvComments.flatMap((c) => [`on ${c.date}`, c.text]), 'Hilary Dobson', 'Reply', ...dvForm, 'Search for:', 'Recent Posts', ...dvRecent,
    'Recent Comments', 'Owen Marsh', 'Categories', 'Hedges', 'Planting', 'Seasonal Tips', 'Thornbury Garden Care', dvFootAbout, ...dvHours,
    ...dvAreas, ...dvSocial, 'Designed by Elegant Themes | Powered by WordPress', ...dvCookie,
  ],
};

export const HELDOUT137_A: readonly TestPage[] = [divi, elementorPost];
