import { links, ps, type TestPage, texts } from './page-kit.js';
import { blocks, heads, j, type Sec, secHtml } from './pages-heldout509-kit.js';

/**
 * Held-out batch 509, file a: an architect's project case study on WordPress with the Divi theme (builder modules, project
 * facts, gallery captions, next / previous project links).
 */
const dTitle = 'Hollin Barn';
const dDek = 'A threshing barn on the edge of the moor becomes a family house without losing its single great room.';
const dIntro = [
  j(
    'Hollin Barn stood empty for thirty years before our clients bought it with the farmhouse next door. The stone walls were sound,',
    'but the roof had been patched with corrugated sheet and the great cart doors had been blocked up with breeze block in the 1970s.',
  ),
  j(
    'The brief asked for four bedrooms, a kitchen big enough for a long table and a room where the whole family could be together.',
    'From our first visit we wanted to keep the barn readable as one volume from the threshing floor to the ridge.',
  ),
];
const dSecs: Sec[] = [
  {
    h: 'Keeping the great room',
    ps: [
      j(
        'Rather than floor the barn over, we placed the bedrooms in the two low shippons at either end and left the central bays open',
        'to the roof. A new oak gallery crosses the space at first-floor level and links the two ends without touching the walls.',
      ),
      j(
        'The blocked cart doors were reopened and glazed in frameless units set well back into the reveals, so that from the lane the',
        'openings still read as dark voids in the stone, as they would have done when the doors stood open at harvest.',
      ),
    ],
  },
  {
    h: 'Materials and energy',
    ps: [
      j(
        'The roof was stripped, insulated above the rafters with wood fibre and re-covered in the original stone slates, topped up with',
        'reclaimed slates from a collapsed barn in the same valley. Lime plaster and lime-based paints let the walls breathe.',
      ),
      j(
        'An air source heat pump feeds underfloor heating laid in a limecrete slab. A bank of photovoltaic panels sits on the roof of',
        'the open-fronted cart shed rather than on the barn, where the planning officer and the conservation team agreed they would',
        'have spoiled the long roofline.',
      ),
    ],
  },
  {
    h: 'Working with the planners',
    ps: [
      j(
        'The barn lies within the national park, and the authority’s guidance on farm building conversions discourages new openings.',
        'We spent two pre-application meetings showing that every opening in the scheme already existed, and the only new one, a low',
        'slot window in the north gable, replaced a later doorway of the same width.',
      ),
      j('Consent was granted under delegated powers in eleven weeks, with conditions covering the slate samples and the finish of the', 'oak.'),
    ],
  },
];
const dFacts = [
  'Location',
  'Upper Wharrdale, North Yorkshire',
  'Client',
  'Private',
  'Size',
  '312 m²',
  'Completed',
  '2026',
  'Contractor',
  'Dunmore Building Ltd',
];
const dCaps = ['The great room from the gallery', 'The reopened cart doors at dusk', 'Oak gallery and stone slate roof'];
const dNav = ['Projects', 'Practice', 'Approach', 'Journal', 'Contact'];
const dFootW = ['Ashby Rowe Architects', '14 Mill Yard, Skipton BD23 1NE', '01756 700 412', 'studio@ashbyrowe.co.uk'];
const dCookie = j(
  'We use cookies to improve your browsing experience and to analyse our traffic.',
  'By clicking “Accept All”, you consent to our use of cookies.',
);
const dFacts2 = dFacts.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('');
const dBodyHtml = secHtml(dSecs, 'h3');
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Ashby Rowe Architects</title><meta name="description" content="${dDek}">
<meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<link rel="stylesheet" id="divi-style-parent-css" href="/wp-content/themes/Divi/style-static.min.css?ver=4.27.1" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${dTitle}",
"datePublished":"2026-09-03T09:12:44+00:00"},{"@type":"Organization","name":"Ashby Rowe Architects"}]}</script>
<script>var et_site_url='https://ashbyrowe.co.uk';var et_post_id='412';</script>
<style id="divi-dynamic-critical-inline-css">.et_pb_section{position:relative}.et_pb_row{width:80%;max-width:1080px;margin:auto}</style></head>
<body class="project-template-default single single-project postid-412 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_header_style_left et_pb_footer_columns3 et_cover_background et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">
<div id="page-container"><header id="main-header" data-height-onload="80"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="https://ashbyrowe.co.uk/"><img src="/wp-content/uploads/2024/02/ar-logo.svg"
width="120" height="40" alt="Ashby Rowe Architects" id="logo" data-height-percentage="54"></a></div>
<div id="et-top-navigation" data-height="80" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
${links(dNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div id="et_top_search"><span id="et_search_icon"></span></div><div id="et_mobile_nav_menu"><div class="mobile_nav closed">
<span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form" action="/">
<input type="search" class="et-search-field" placeholder="Search &hellip;" name="s" title="Search for:"></form><span
class="et_close_search_field"></span></div></div>
</header>
<div id="et-main-area"><div id="main-content"><article id="post-412" class="post-412 project type-project status-publish has-post-thumbnail hentry
project_category-residential project_tag-conversion"><div class="entry-content"><div class="et-l et-l--post"><div
class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_dark"><div class="et_pb_text_inner">
<p class="project-kicker">Residential / Conversion</p><h1>${dTitle}</h1><p>${dDek}</p></div></div></div></div></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1">
<div class="et_pb_column et_pb_column_2_3 et_pb_column_1 et_pb_css_mix_blend_mode_passthrough">
<div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
${ps(dIntro)}
${dBodyHtml}
</div></div></div>
<div class="et_pb_column et_pb_column_1_3 et_pb_column_2 et_pb_css_mix_blend_mode_passthrough et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_2 project-facts et_pb_bg_layout_light"><div class="et_pb_text_inner"><h4>Project facts</h4>
<dl>${dFacts2}</dl></div></div>
<div class="et_pb_module et_pb_button_module_wrapper et_pb_button_0_wrapper"><a class="et_pb_button et_pb_button_0 et_pb_bg_layout_light"
href="/contact/">Start a conversation</a></div></div></div></div>
<div class="et_pb_section et_pb_section_2 et_section_regular"><div class="et_pb_row et_pb_row_2"><div class="et_pb_column et_pb_column_4_4 et_pb_column_3">
<div class="et_pb_module et_pb_gallery et_pb_gallery_0 et_pb_gallery_grid et_pb_bg_layout_light clearfix"><div class="et_pb_gallery_items et_post_gallery">
${dCaps
  .map(
    (c, i) => `<div class="et_pb_gallery_item et_pb_grid_item et_pb_bg_layout_light et_pb_gallery_item_0_${i}"><div class="et_pb_gallery_image landscape">
<a href="/wp-content/uploads/2026/09/hollin-${i + 1}.jpg" title="${c}"><img src="/wp-content/uploads/2026/09/hollin-${i + 1}-400x284.jpg" alt=""></a></div>
<p class="et_pb_gallery_caption">${c}</p></div>`,
  )
  .join('\n')}</div></div>
<div class="et_pb_module et_pb_text et_pb_text_3 et_pb_bg_layout_light"><div class="et_pb_text_inner"><p
class="photo-credit">Photography: Tom Ellery</p></div></div>
</div></div></div></div></div></div></article>
<div class="et_pb_section project-nav"><div class="nav-single clearfix"><span class="nav-previous"><a href="/project/calder-mill/" rel="prev">
<span class="meta-nav">&larr;</span> Calder Mill</a></span><span class="nav-next"><a href="/project/the-ropewalk/" rel="next">The Ropewalk
<span class="meta-nav">&rarr;</span></a></span></div></div></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget">
<div id="text-2" class="fwidget et_pb_widget widget_text"><h4 class="title">Studio</h4><div class="textwidget">${ps(dFootW)}</div></div></div>
<div class="footer-widget"><div id="nav_menu-3" class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">Explore</h4>
<ul class="menu">${links(['Projects', 'Journal', 'Careers'], 'menu-item')}</ul></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-instagram">
<a href="https://instagram.com/" class="icon"><span>Instagram</span></a></li></ul>
<div id="footer-info">© 2026 Ashby Rowe Architects Ltd. RIBA Chartered Practice.</div></div></div></footer></div></div>
<div id="cky-consent" class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>${dCookie}</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<script src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.1" id="divi-custom-script-js"></script></body></html>`;
const divi: TestPage = {
  name: 'heldout509-divi-barn-case-study',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: heads(dSecs),
  body: texts([dDek, ...dIntro, ...blocks(dSecs)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav, 'Select Page', 'Residential / Conversion', 'Project facts', ...dFacts, 'Start a conversation', ...dCaps,
    'Photography: Tom Ellery', '← Calder Mill', 'The Ropewalk →', 'Studio', ...dFootW, 'Explore', 'Careers', 'Instagram',
    '© 2026 Ashby Rowe Architects Ltd. RIBA Chartered Practice.', 'We value your privacy', dCookie, 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT509_A: readonly TestPage[] = [divi];
