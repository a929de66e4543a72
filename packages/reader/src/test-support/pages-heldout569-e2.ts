import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout569-kit.js';

/** Held-out batch 569, file e2: a chiropractic clinic's spinal decompression page on WordPress with Divi (blurbs, toggles, Complianz banner). */

/** A Divi module wrapper (text, blurb, toggle...) numbered `n`. */
const dv = (type: string, n: number, inner: string, extra = ''): string =>
  `<div class="et_pb_module et_pb_${type} et_pb_${type}_${n} ${extra} et_pb_bg_layout_light et_pb_text_align_left">${inner}</div>`;
const dvText = (n: number, html: string): string => dv('text', n, `<div class="et_pb_text_inner">${html}</div>`);
/** A Divi section with one row of columns (`cols` the column HTML, `w` the column width class). */
const dvSection = (n: number, cols: readonly string[], w = '4_4', extra = ''): string =>
  j(
    `<div class="et_pb_section et_pb_section_${n} ${extra} et_section_regular"><div class="et_pb_row et_pb_row_${n}">`,
    cols
      .map(
        (c, i) =>
          `<div
class="et_pb_column et_pb_column_${w} et_pb_column_${n}_${i} et_pb_css_mix_blend_mode_passthrough${i === cols.length - 1 ? ' et-last-child' : ''}">${c}</div>`,
      )
      .join(''),
    `</div></div>`,
  );
const cTitle = 'Spinal Decompression Therapy';
const cP = [
  j(
    'Spinal decompression is a gentle, motorised traction treatment for disc-related back and neck pain. You lie fully clothed on a padded',
    'table while a computer-controlled harness slowly stretches and relaxes the spine in cycles, taking pressure off irritated discs and',
    'nerves.',
  ),
  'Our decompression programme is usually combined with chiropractic adjustments, core exercises and advice on how to stay active at work.',
];
const cWho = [
  'Bulging or herniated discs',
  'Sciatica and arm pain from a pinched nerve',
  'Degenerative disc disease',
  'Back pain that has not improved with exercise alone',
];
const cBlurbs: [string, string][] = [
  ['Non-surgical', 'No needles, no medication and no time off work.'],
  ['Comfortable', 'Most patients find the sessions relaxing; some fall asleep.'],
  ['Tailored', 'The force and angle are set for your height, weight and the level of the problem disc.'],
];
const cSession = j(
  'Each session lasts about 25 minutes, followed by ice or gentle muscle work. A typical course is 12 to 20 sessions over six to eight weeks.',
  'Individual results vary, and decompression is not suitable for everyone: your chiropractor will examine you first.',
);
const cFaq: [string, string][] = [
  ['Does spinal decompression hurt?', 'No. You should feel a gentle pull. If anything is uncomfortable, the session can be stopped at once.'],
  ['Who should not have it?', 'It is not used during pregnancy, after spinal fusion surgery, or for people with severe osteoporosis or a spinal tumour.'],
  ['Is it covered by insurance?', 'Some extended health plans cover it as part of chiropractic care. We are happy to check your plan before you start.'],
];
const cH = ['What is spinal decompression?', 'Who is it for?', 'What a session is like', 'Frequently Asked Questions'];
const cNav = ['Home', 'About Us', 'Services', 'New Patients', 'Blog', 'Contact'];
const cTesti = '“After two surgeons told me to wait and see, eight weeks of decompression got me back on the golf course.” – Ray D.';
const cFootW: [string, string[]][] = [
  ['Office Hours', ['Monday – Thursday: 8am – 6pm', 'Friday: 8am – 12pm']],
  ['Find Us', ['2200 Cedar Ridge Parkway, Suite 110', 'Ashbourne Falls']],
];
const cHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="pingback" href="https://cedarridgechiro.example/xmlrpc.php"><script type="text/javascript">document.documentElement.className = 'js';</script>
<title>Spinal Decompression Therapy | Cedar Ridge Chiropractic</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="divi-style-parent-css" href="https://cedarridgechiro.example/wp-content/themes/Divi/style-static.min.css?ver=4.25.1"
type="text/css" media="all">
<style id="divi-style-inline-inline-css" type="text/css">/*! Theme Name: Divi Theme URI: http://www.elegantthemes.com/gallery/divi/ */
#main-header{background:#fff}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Chiropractic","name":"Cedar Ridge Chiropractic","telephone":"(555)
014-2290"}</script>
<style id="et-builder-module-design-214-cached-inline-styles">.et_pb_section_0.et_pb_section{background-color:#1d4b5e!important}.et_pb_text_0
h1{font-size:46px}</style>
</head>
<body
class="page-template-default page page-id-214 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left
et_pb_footer_columns2 et_cover_background et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">(555) 014-2290</span>
<a href="mailto:hello@cedarridgechiro.example"><span id="et-info-email">hello@cedarridgechiro.example</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://cedarridgechiro.example/">
<img src="https://cedarridgechiro.example/wp-content/uploads/2022/08/crc-logo.png" width="300" height="90" alt="Cedar Ridge Chiropractic" id="logo"
data-height-percentage="54">
</a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav">
<ul id="top-menu" class="nav">${cNav
  .map(
    (t, i) => `<li id="menu-item-${20 + i}"
class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${20 + i}">
<a href="https://cedarridgechiro.example/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div id="et_top_search"><span id="et_search_icon"></span></div><div id="et_mobile_nav_menu"><div class="mobile_nav closed">
<span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container">
<form role="search" method="get" class="et-search-form" action="https://cedarridgechiro.example/">
<input type="search" class="et-search-field" placeholder="Search &hellip;" value="" name="s" title="Search for:"></form><span class="et_close_search_field">
</span></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-214" class="post-214 page type-page status-publish hentry"><div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
${dvSection(
  0,
  [
    dvText(0, `<h1>${cTitle}</h1>`) +
      `<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_button_alignment_left et_pb_module">
<a class="et_pb_button et_pb_button_0 et_pb_bg_layout_dark" href="/new-patients/">Schedule a Consultation</a></div>`,
  ],
  '4_4',
  'et_pb_with_background',
)}
${dvSection(
  1,
  [
    dvText(1, `<h2>${cH[0]}</h2>${cP.map((p) => `<p>${p}</p>`).join('')}`),
    dvText(
      2,
      `<h2>${cH[1]}</h2>
<ul>${cWho.map((t) => `<li>${t}</li>`).join('')}</ul>`,
    ),
  ],
  '1_2',
)}
${dvSection(
  2,
  cBlurbs.map(([t, d], i) =>
    dv(
      'blurb',
      i,
      `<div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap">
<span class="et-waypoint et_pb_animation_top et-pb-icon">&#xe03e;</span></span></div><div class="et_pb_blurb_container"><h4 class="et_pb_module_header">
<span>${t}</span></h4><div class="et_pb_blurb_description"><p>${d}</p></div></div></div>`,
      'et_pb_blurb_position_top',
    ),
  ),
  '1_3',
)}
${dvSection(3, [dvText(3, `<h2>${cH[2]}</h2><p>${cSession}</p>`)])}
${dvSection(4, [
  dvText(4, `<h2>${cH[3]}</h2>`) +
    cFaq
      .map(([q, a], i) =>
        dv(
          'toggle',
          i,
          `<h5 class="et_pb_toggle_title">${q}</h5>
<div class="et_pb_toggle_content clearfix"><p>${a}</p></div>`,
          'et_pb_toggle_item et_pb_toggle_close',
        ),
      )
      .join(''),
])}
${dvSection(
  5,
  [
    dv(
      'testimonial',
      0,
      `<div class="et_pb_testimonial_description"><div class="et_pb_testimonial_description_inner">
<div class="et_pb_testimonial_content"><p>${cTesti}</p></div></div><span class="et_pb_testimonial_author">Patient story</span>
</div>`,
      'clearfix et_pb_testimonial_no_image',
    ),
  ],
  '4_4',
  'et_pb_with_background',
)}
</div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix">${cFootW
  .map(
    ([h, ls]) => `<div class="footer-widget">
<div id="text-${h.length}" class="fwidget et_pb_widget widget_text"><h4 class="title">${h}</h4>
<div class="textwidget">${ls.map((l) => `<p>${l}</p>`).join('')}</div></div></div>`,
  )
  .join('')}</div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook">
<a href="https://www.facebook.com/cedarridgechiro" class="icon"></a></li></ul>
<div id="footer-info">Copyright © 2026 Cedar Ridge Chiropractic | Designed by <a href="https://www.elegantthemes.com">Elegant Themes</a> | Powered by <a
href="https://www.wordpress.org">WordPress</a>
</div></div></div></footer></div></div>
<div id="cmplz-cookiebanner-container">
<div class="cmplz-cookiebanner banner-1 optout cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true"
role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optout" aria-describedby="cmplz-message-1-optout">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optout">Manage Cookie Consent</div></div><div class="cmplz-body">
<div class="cmplz-message" id="cmplz-message-1-optout">We use cookies to optimize our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script type="text/javascript" src="https://cedarridgechiro.example/wp-content/themes/Divi/js/scripts.min.js?ver=4.25.1" id="divi-custom-script-js"></script>
</body></html>`;
const cedar: TestPage = {
  name: 'heldout569-divi-spinal-decompression',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [cH[0] ?? '', cH[1] ?? '', ...cBlurbs.map(([t]) => t), cH[2] ?? '', cH[3] ?? '', ...cFaq.map(([q]) => q)],
  body: [...cP, ...cWho, ...cBlurbs.map(([, d]) => d), cSession, ...cFaq.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '(555) 014-2290', 'hello@cedarridgechiro.example', ...cNav, 'Select Page', 'Schedule a Consultation', cTesti, 'Patient story',
    ...cFootW.flatMap(([h, ls]) => [h, ...ls]), 'Copyright © 2026 Cedar Ridge Chiropractic | Designed by Elegant Themes | Powered by WordPress',
    'Manage Cookie Consent', 'We use cookies to optimize our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT569_E2: readonly TestPage[] = [cedar];
