import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, render } from './pages-heldout542-kit.js';

/**
 * Held-out batch 542, file a: a livery yard's services and prices page on WordPress with the Divi theme (fullwidth header,
 * pricing tables, toggles, CookieYes banner).
 */
const dTitle = 'Livery Services & Prices';
const dDek = 'Full, part and grass livery on sixty acres in the Wenning valley';
const dIntro = [
  j(
    'Hollinsbrook has stabling for twenty-four horses in two American barns, with a floodlit 60 x 30 arena, a horse walker and',
    'all-year turnout on free-draining hillside paddocks. The yard is staffed from 6.30am to 8pm every day of the year.',
  ),
  j(
    'Every livery package includes use of the arena and the cross-country field, secure tack rooms, a wash bay with hot water and',
    'parking for one trailer. Prices are per horse per week and are reviewed each April.',
  ),
];
const dCards: readonly { name: string; sum: string; items: string[]; badge?: string }[] = [
  {
    name: 'Full Livery',
    sum: '195',
    badge: 'Most popular',
    items: [
      'Morning and evening feeds',
      'Mucking out and bedding',
      'Daily turnout and bringing in',
      'Rugs changed as needed',
      'Holding for the vet and farrier',
    ],
  },
  {
    name: 'Part Livery',
    sum: '125',
    items: ['Morning feed and turnout', 'Bringing in at dusk', 'You muck out and do evening haynet', 'Help available at weekends for a fee'],
  },
  {
    name: 'Grass Livery',
    sum: '55',
    items: ['Shared paddock with field shelter', 'Daily check by yard staff', 'Water troughs checked twice a day', 'Hay in winter charged extra'],
  },
];
const dExtras = [
  '## Extras',
  'Extra services can be booked on the whiteboard in the feed room or through the yard WhatsApp group. They are added to your monthly invoice.',
  '|! Service | Price',
  '| Exercise (hack or lunge, 30 minutes) | £15',
  '| Clipping (full or hunter clip) | £45',
  '| Mane pulling and trimming | £12',
  '| Holding for vet, dentist or physio when on part livery | £8',
  '| Extra bag of shavings | £9.50',
  '## Terms at a glance',
  '- One month\u2019s notice on either side.',
  '- Livery is invoiced monthly in advance and payable by standing order.',
  '- All horses must be vaccinated against equine flu and tetanus and wormed on the yard programme.',
  '- New arrivals spend ten days in the isolation block before joining the herd.',
];
const dToggles = [
  [
    'Is hay included in the price?',
    'Hay is included on full and part livery. Grass liveries can buy small bales from the yard at £6 each from November to March.',
  ],
  [
    'Can I bring my own feed?',
    'Yes. We feed whatever you provide, made up in labelled buckets. Full liveries can also use our standard hard feed at no extra cost.',
  ],
  ['Do you have vacancies?', 'We usually run a short waiting list for full livery. Part and grass livery places come up more often, so do ask.'],
];
const dNav = ['Home', 'Livery', 'Facilities', 'Gallery', 'Contact'];
const dFootLinks = ['Yard Rules', 'Privacy Policy', 'Terms & Conditions'];
const card = (c: (typeof dCards)[number], i: number): string => `<div
class="et_pb_pricing_table et_pb_pricing_table_${i}${c.badge ? ' et_pb_featured_table' : ''}">
<div class="et_pb_pricing_heading"><h2 class="et_pb_pricing_title">${c.name}</h2>${c.badge ? `<span class="et_pb_best_value">${c.badge}</span>` : ''}</div>
<div class="et_pb_pricing_content_top"><span class="et_pb_et_price"><span class="et_pb_dollar_sign">£</span><span class="et_pb_sum">${c.sum}</span>
<span class="et_pb_frequency">/week</span></span></div>
<div class="et_pb_pricing_content"><ul class="et_pb_pricing">${c.items.map((t) => `<li><span>${t}</span></li>`).join('')}</ul></div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_pricing_table_button" href="/contact/">Enquire</a></div></div>`;
const toggle = ([q, a]: string[], i: number): string => `<div class="et_pb_module et_pb_toggle et_pb_toggle_${i} et_pb_toggle_item et_pb_toggle_close">
<h5 class="et_pb_toggle_title">${q}</h5><div class="et_pb_toggle_content clearfix"><p>${a}</p></div></div>`;
const textMod = (inner: string, n: number): string =>
  `<div class="et_pb_module et_pb_text et_pb_text_${n} et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">${inner}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Livery Services &amp; Prices | Hollinsbrook Equestrian</title>
<meta name="description" content="Full, part and grass livery near Wennington. Prices, extras and terms.">
<link rel="stylesheet" id="divi-style-parent-css" href="/wp-content/themes/Divi/style-static.min.css?ver=4.24.2" type="text/css" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Livery Services & Prices",
"isPartOf":{"@id":"https://hollinsbrook.co.uk/#website"}}]}</script>
<style id="et-builder-module-design-cached-inline-styles">.et_pb_section_0.et_pb_section{padding-top:0}
.et_pb_pricing_table_0 .et_pb_pricing_heading{background-color:#2f4a3a}</style>
</head>
<body class="page-template-default page page-id-42 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_header_style_left et_pb_footer_columns3 et_right_sidebar et_divi_theme et-db">
<div id="page-container"><div id="et-boc" class="et-boc">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://hollinsbrook.co.uk/">
<img src="/wp-content/uploads/2023/02/hollinsbrook-logo.png" alt="Hollinsbrook Equestrian" id="logo" data-height-percentage="54"></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav">
<ul id="top-menu" class="nav">${links(dNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span>
<span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div>
<div id="et_top_search"><span id="et_search_icon"></span></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container">
<form role="search" method="get" class="et-search-form" action="https://hollinsbrook.co.uk/">
<input type="search" class="et-search-field" placeholder="Search &hellip;" name="s" title="Search for:"></form><span class="et_close_search_field"></span>
</div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-42" class="post-42 page type-page status-publish hentry"><div class="entry-content">
<div id="et-boc" class="et-boc"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_fullwidth_section et_section_regular">
<section class="et_pb_module et_pb_fullwidth_header et_pb_fullwidth_header_0 et_pb_bg_layout_dark et_pb_text_align_left">
<div class="et_pb_fullwidth_header_container left"><div class="header-content-container center"><div class="header-content">
<h1 class="et_pb_module_header">Livery Services &amp; Prices</h1><span class="et_pb_fullwidth_header_subhead">${dDek}</span>
<div class="et_pb_header_content_wrapper"></div><a class="et_pb_button et_pb_more_button et_pb_button_one" href="#prices">See our prices</a></div></div></div>
<div class="et_pb_fullwidth_header_overlay"></div><div class="et_pb_fullwidth_header_scroll"></div></section></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_0">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et-last-child">
${textMod(ps(dIntro), 0)}
</div></div>
<div class="et_pb_row et_pb_row_1" id="prices"><div class="et_pb_column et_pb_column_4_4 et_pb_column_1 et-last-child">
<div class="et_pb_module et_pb_pricing_tables_0 et_pb_pricing clearfix et_pb_pricing_3 et_pb_no_featured_in_first_row"><div class="et_pb_pricing_table_wrap">
${dCards.map(card).join('\n')}
</div></div></div></div>
<div class="et_pb_row et_pb_row_2"><div class="et_pb_column et_pb_column_1_2 et_pb_column_2">
${textMod(render(dExtras.slice(0, 8)), 1)}
</div><div class="et_pb_column et_pb_column_1_2 et_pb_column_3 et-last-child">${textMod(render(dExtras.slice(8)), 2)}</div></div>
<div class="et_pb_row et_pb_row_3"><div class="et_pb_column et_pb_column_4_4 et_pb_column_4 et-last-child">
${textMod('<h2>Questions we get asked</h2>', 3)}
${dToggles.map(toggle).join('\n')}
</div></div></div>
<div class="et_pb_section et_pb_section_2 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_4">
<div class="et_pb_column et_pb_column_4_4">
<div class="et_pb_module et_pb_cta_0 et_promo et_pb_bg_layout_dark et_pb_text_align_center"><div class="et_pb_promo_description">
<h2 class="et_pb_module_header">Come and look round</h2>
<div><p>Viewings most afternoons. Ring Claire on 07700 900418.</p></div></div><div class="et_pb_button_wrapper">
<a class="et_pb_button et_pb_promo_button" href="/contact/">Book a viewing</a></div></div>
</div></div></div>
</div></div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix">
<div class="footer-widget"><div id="text-2" class="fwidget et_pb_widget widget_text"><h4 class="title">Find us</h4><div class="textwidget">
<p>Hollinsbrook Farm, Mill Lane, Wennington LA2 8QX</p></div></div></div>
<div class="footer-widget"><div id="text-3" class="fwidget et_pb_widget widget_text"><h4 class="title">Yard office</h4><div class="textwidget">
<p>Open 8am to 4pm, Monday to Saturday</p></div></div></div>
<div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">Information</h4>
<div class="menu-footer-container"><ul id="menu-footer" class="menu">${links(dFootLinks, 'menu-item')}</ul></div></div></div>
</div></div><div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons">
<li class="et-social-icon et-social-facebook"><a href="https://www.facebook.com/hollinsbrook" class="icon"><span>Facebook</span></a></li>
<li class="et-social-icon et-social-instagram"><a href="https://www.instagram.com/hollinsbrook" class="icon"><span>Instagram</span></a></li></ul>
<div id="footer-info">© 2025 Hollinsbrook Equestrian. All rights reserved.</div></div></div></footer></div></div></div>
<div id="cookie-law-info-bar" class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.24.2" id="divi-custom-script-js"></script>
<script id="cookie-law-info-js-extra">var _ckyConfig={"_ipData":[],"_assetsURL":"/wp-content/plugins/cookie-law-info/lite/frontend/images/"};</script>
</body></html>`;
const dExtrasGold = gold(dExtras);
const divi: TestPage = {
  name: 'heldout542-divi-livery-prices',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [
    ...dCards.map((c) => c.name),
    dExtrasGold.headings[0] ?? '',
    dExtrasGold.headings[1] ?? '',
    'Questions we get asked',
    ...dToggles.map(([q]) => q ?? ''),
  ],
  body: [dDek, ...texts(dIntro), ...dCards.flatMap((c) => [`£${c.sum}/week`, ...c.items]), ...dExtrasGold.body, ...dToggles.map(([, a]) => a ?? '')],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav.filter((t) => t !== 'Livery'),
    'Select Page', 'See our prices', 'Most popular', 'Enquire', 'Come and look round', 'Viewings most afternoons. Ring Claire on 07700 900418.',
    'Book a viewing', 'Find us', 'Hollinsbrook Farm, Mill Lane, Wennington LA2 8QX', 'Yard office', 'Open 8am to 4pm, Monday to Saturday', 'Information',
    ...dFootLinks, 'Facebook', 'Instagram', '© 2025 Hollinsbrook Equestrian. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT542_A: readonly TestPage[] = [divi];
