import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file d2: a tattoo studio's aftercare page built with the Divi builder on the Divi theme
 * (et_pb_section / row / column / text modules, a blurb row, a call-to-action module, the Divi header and footer with
 * social icons and "Designed by Elegant Themes", and a CookieYes consent bar).
 */
const tTitle = 'Tattoo Aftercare';
const tIntro = [
  j(
    'A new tattoo is an open wound, and how you look after it over the next month decides how it will look for the next forty',
    'years. Follow these steps and message us if anything worries you. We would much rather hear from you early.',
  ),
];
const tFirst = [
  j(
    'Your artist will cover the tattoo with a clear adhesive film. Leave it on for three to five days unless it starts to leak at',
    'the edges or peels away. Ink and plasma collecting under the film is normal and looks worse than it is.',
  ),
  j(
    'To remove the film, run it under warm water in the shower and peel it off slowly, stretching it along the skin rather than',
    'pulling it up. Wash gently with unperfumed soap and pat dry with clean kitchen roll.',
  ),
];
const tWeeks = [
  'Apply a thin layer of the aftercare balm two or three times a day. Too much cream suffocates the skin and can lift ink.',
  'Let any flaking or scabbing fall away on its own. Do not pick or scratch, even when it itches.',
  'Wear loose, clean clothing over the tattoo and change your bedding the night the film comes off.',
  'Shower as normal, but keep showers short and avoid soaking the tattoo.',
];
const tAvoid = [
  j(
    'For four weeks, stay out of baths, swimming pools, hot tubs and the sea, and keep the tattoo out of direct sun. Sunbeds are',
    'out entirely. After it has healed, a factor 50 sun cream is the best way to keep lines sharp and colours bright.',
  ),
  j(
    'Some redness and swelling in the first two days is normal. Spreading redness, heat, pus or a fever are not: see a doctor',
    'or call 111, and let us know.',
  ),
];
const tTouch = [
  j(
    'Once it has fully healed, usually after six to eight weeks, come back and let your artist check it over. Any small patches',
    'that did not take are touched up free within three months.',
  ),
];
const tNav = ['Home', 'Artists', 'Portfolio', 'Aftercare', 'Booking', 'FAQ'];
const text = (n: number, inner: string): string => `<div class="et_pb_module et_pb_text et_pb_text_${n} et_pb_text_align_left et_pb_bg_layout_light">
<div class="et_pb_text_inner">${inner}</div></div>`;
const row = (n: number, inner: string): string => `<div class="et_pb_row et_pb_row_${n}"><div class="et_pb_column et_pb_column_4_4 et_pb_column_${n}
et_pb_css_mix_blend_mode_passthrough et-last-child">${inner}</div></div>`;
const blurb = (n: number, h: string, d: string): string => `<div class="et_pb_column et_pb_column_1_3 et_pb_column_${n + 10}">
<div class="et_pb_module et_pb_blurb et_pb_blurb_${n} et_pb_text_align_center et_pb_blurb_position_top et_pb_bg_layout_light"><div class="et_pb_blurb_content">
<div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap"><span class="et-waypoint et_pb_animation_top et-pb-icon">&#xe0e7;</span></span></div>
<div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>${h}</span></h4><div
class="et_pb_blurb_description"><p>${d}</p></div></div></div></div></div>`;
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Tattoo Aftercare | Black Lantern Tattoo Co.</title><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<meta name="description" content="How to look after a new tattoo, day by day.">
<link rel="stylesheet" id="divi-style-css" href="https://blacklantern.example/wp-content/themes/Divi/style-static.min.css?ver=4.24.2">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Tattoo Aftercare","isPartOf":{"@type":"WebSite",
"name":"Black Lantern Tattoo Co."}}</script>
<script type="text/javascript">var et_pb_custom = {"ajaxurl":"https:\\/\\/blacklantern.example\\/wp-admin\\/admin-ajax.php","is_divi_theme_used":"1"};</script>
</head><body class="page-template-default page page-id-88 et_pb_button_helper_class et_fullwidth_nav et_fixed_nav et_show_nav
et_primary_nav_dropdown_animation_fade
et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">
<div id="page-container"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="/"><img src="/wp-content/uploads/2024/05/lantern-logo.png" alt="Black Lantern Tattoo Co."
id="logo" data-height-percentage="54"></a></div><div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav">
<ul id="top-menu" class="nav">${links(tNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar
mobile_menu_bar_toggle"></span>
</div></div></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-88" class="post-88 page type-page status-publish hentry"><div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular">
${row(0, text(0, `<h1>${tTitle}</h1>${ps(tIntro)}`))}</div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1 et_pb_equal_columns">
${blurb(0, 'Keep it clean', 'Gentle washing, twice a day')}
${blurb(1, 'Keep it light', 'A thin layer of balm, no more')}
${blurb(2, 'Keep it covered', 'Out of the sun for four weeks')}</div></div>
<div class="et_pb_section et_pb_section_2 et_section_regular">
${row(2, text(1, `<h2>The first few days</h2>${ps(tFirst)}`))}
${row(3, text(2, `<h2>Weeks one and two</h2><ul>${tWeeks.map((w) => `<li>${w}</li>`).join('')}</ul>`))}
${row(4, text(3, `<h2>What to avoid</h2>${ps(tAvoid)}`))}
${row(5, text(4, `<h2>Touch-ups</h2>${ps(tTouch)}`))}
${row(
  6,
  `<div class="et_pb_module et_pb_promo et_pb_promo_0 et_pb_text_align_center et_pb_bg_layout_dark"><div class="et_pb_promo_description">
<h2 class="et_pb_module_header">Got a question about healing?</h2><div><p>Send us a photo on Instagram and your artist will reply within a day.</p></div></div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/booking/">Message the studio</a></div></div>`,
)}</div></div></div></div></article></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons">
<li class="et-social-icon et-social-facebook"><a href="#" class="icon"><span>Facebook</span></a></li>
<li class="et-social-icon et-social-instagram"><a href="#" class="icon"><span>Instagram</span></a></li></ul>
<div id="footer-info">Designed by <a href="https://www.elegantthemes.example" title="Premium WordPress Themes">Elegant Themes</a> | Powered by
<a href="https://www.wordpress.example">WordPress</a></div></div></div></footer></div></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0" aria-label="We value your privacy" role="region"><div class="cky-consent-bar">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience, serve personalised ads or content, and
analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script type="text/javascript" src="https://blacklantern.example/wp-content/themes/Divi/js/scripts.min.js?ver=4.24.2" id="divi-custom-script-js"></script>
</body></html>`;
export const diviTattoo: TestPage = {
  name: 'heldout314-divi-tattoo-aftercare',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['The first few days', 'Weeks one and two', 'What to avoid', 'Touch-ups'],
  body: texts([...tIntro, ...tFirst, ...tWeeks, ...tAvoid, ...tTouch]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Artists', 'Portfolio', 'Booking', 'FAQ', 'Select Page', 'Keep it clean', 'Gentle washing, twice a day', 'Keep it light',
    'A thin layer of balm, no more', 'Keep it covered', 'Out of the sun for four weeks', 'Got a question about healing?',
    'Send us a photo on Instagram and your artist will reply within a day.', 'Message the studio', 'Facebook', 'Instagram',
    'Designed by Elegant Themes | Powered by WordPress', 'We value your privacy',
    'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic.', 'Customise', 'Reject All',
    'Accept All',
  ],
};
