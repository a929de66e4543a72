import { links, type TestPage, texts } from './page-kit.js';
import { extensionFactsheet } from './pages-heldout225-d2.js';

/**
 * Held-out batch 225, file d: an invented landscaping company's project page on WordPress with the Divi theme (the top
 * header with phone and email, the main menu with the "Get a quote" button, the project post type with its title, project
 * categories and the Divi builder sections: intro text, the project details list, gallery with captions, the client
 * testimonial, the call-to-action module, the "More projects" portfolio module, the footer widgets and the Divi credit,
 * plus the Cookie Notice bar) and, from file d2, a university extension factsheet on Drupal.
 */
const title = 'A family garden on a sloping plot in Ashby Magna';
const intro = [
  'When Kate and Ravi bought their 1930s semi, the back garden fell almost two metres from the patio doors to the rear fence. ' +
    'It was a lawn nobody could play on, a rotten set of railway sleeper steps and a shed wedged into the only flat corner.',
  'They wanted somewhere their two children could kick a ball, a place to eat outside in the evening sun, and planting that ' +
    'would not need hours of work every weekend.',
];
const h1 = 'The brief';
const facts = ['Location: Ashby Magna, Leicestershire', 'Garden size: 14m x 9m', 'Build time: 7 weeks', 'Services: design, hard landscaping, planting'];
const h2 = 'Our design';
const design = [
  'Rather than fight the slope, we split the garden into three level terraces. The top terrace by the house is a sandstone patio ' +
    'large enough for a table for eight. Wide, shallow steps with integrated lighting lead down to a level lawn on the middle ' +
    'terrace, held by a curved retaining wall in reclaimed brick that doubles as seating.',
  'The lowest terrace, which catches the last of the sun, has a porcelain-paved dining area under an oak pergola, with a new ' +
    'garden room tucked behind it for storage and bikes.',
];
const h3 = 'Planting';
const planting = [
  'Beds along the retaining wall are planted with tough, long-flowering perennials including geraniums, nepeta and salvias, ' +
    'threaded with grasses for movement in winter. A pleached hornbeam screen along the back fence gives privacy from the ' +
    'neighbouring houses without shading the lawn.',
];
const h4 = 'The result';
const result = [
  'The build took seven weeks, most of it spent on the groundwork. We removed around forty tonnes of soil to form the terraces, ' +
    'much of it reused behind the retaining wall, and installed land drains along the foot of each level so the lawn no longer ' +
    'turns to mud every winter. The steps and wall were built before any paving went down, so machinery never had to cross ' +
    'finished surfaces.',
  'The garden now feels twice the size it did. The children have a flat lawn that is theirs, and the dining terrace has become ' +
    'the family’s favourite room from May to September.',
];
const testimonial =
  '“From the first sketch to the last plant, the Greenwold team listened to what we actually wanted. We use every part of ' +
  'the garden now.” Kate S., Ashby Magna';
const topbar = ['0116 496 0732', 'hello@greenwold.example'];
const menu = ['Home', 'Garden Design', 'Landscaping', 'Maintenance', 'Projects', 'About', 'Contact'];
const cats = ['Garden Design', 'Hard Landscaping'];
const captions = [
  'The top terrace in sandstone, looking down the garden.',
  'Reclaimed brick retaining wall with seating.',
  'Oak pergola over the dining area.',
];
const cta = ['Thinking about your own garden?', 'Book a free initial consultation with one of our designers.', 'Get a quote'];
const more = ['More projects', 'Courtyard garden, Market Harborough', 'Wildlife pond and meadow, Lutterworth', 'Front garden and driveway, Oadby'];
const footer = [
  'Greenwold Landscapes',
  'Award-winning garden design and landscaping across Leicestershire and Rutland.',
  'Quick Links',
  'Accreditations',
  'APL Registered Member',
  'Marshalls Register',
];
const credit = 'Designed by Elegant Themes | Powered by WordPress';
const cookie = ['We use cookies to ensure that we give you the best experience on our website.', 'Ok', 'No', 'Privacy policy'];
const mod = (cls: string, i: number, inner: string): string => `<div class="et_pb_module et_pb_${cls} et_pb_${cls}_${i} et_pb_bg_layout_light
et_pb_text_align_left"><div class="et_pb_${cls === 'text' ? 'text_inner' : 'module_inner'}">${inner}</div></div>`;
const row = (i: number, inner: string): string => `<div class="et_pb_row et_pb_row_${i}"><div class="et_pb_column et_pb_column_4_4 et_pb_column_${i}
et_pb_css_mix_blend_mode_passthrough et-last-child">${inner}</div></div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');

const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${title} | Greenwold Landscapes</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<link rel="canonical" href="https://greenwold.example/project/family-garden-ashby-magna/"><meta property="og:type" content="article">
<meta name="description" content="A three-terrace family garden on a steep plot, with a sandstone patio, reclaimed brick walls and an oak pergola.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${title}"},
{"@type":"LocalBusiness","name":"Greenwold Landscapes","telephone":"0116 496 0732"}]}</script>
<link rel="stylesheet" id="divi-style-css" href="/wp-content/themes/Divi/style-static.min.css?ver=4.27.1" media="all"></head>
<body class="project-template-default single single-project postid-731 et_pb_button_helper_class et_fixed_nav et_show_nav et_secondary_nav_enabled
et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns3 et_full_width_page et_divi_theme et-db">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">${topbar[0]}</span>
<a href="mailto:${topbar[1]}"><span id="et-info-email">${topbar[1]}</span></a><ul class="et-social-icons"><li class="et-social-icon et-social-facebook">
<a href="#" class="icon"><span>Facebook</span></a></li><li class="et-social-icon et-social-instagram"><a href="#"
class="icon"><span>Instagram</span></a></li></ul>
</div></div></div>
<header id="main-header" data-height-onload="80"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="/"><img src="/wp-content/uploads/2023/02/greenwold-logo.png" alt="Greenwold Landscapes" id="logo" data-height-percentage="54"></a></div>
<div id="et-top-navigation" data-height="80" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">${links(menu, 'menu-item')}
<li class="menu-item quote-button"><a href="/contact/">Get a quote</a></li></ul></nav><div id="et_mobile_nav_menu"><div class="mobile_nav closed">
<span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-731" class="post-731 project type-project status-publish has-post-thumbnail hentry project_category-garden-design
project_category-hard-landscaping"><div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular">${row(
  0,
  `${mod('text', 0, `<h1>${title}</h1>`)}${mod('text', 1, `<p class="project-cats">${cats.join(', ')}</p>`)}`,
)}</div>
<div class="et_pb_section et_pb_section_1
et_section_regular">${row(1, mod('text', 2, `${ps(intro)}\n<h2>${h1}</h2>\n<ul>${facts.map((f) => `<li>${f}</li>`).join('')}</ul>`))}
${row(2, mod('text', 3, `<h2>${h2}</h2>\n${ps(design)}`))}
${row(
  3,
  `<div class="et_pb_module et_pb_gallery et_pb_gallery_0 et_pb_bg_layout_light et_pb_gallery_grid"><div class="et_pb_gallery_items et_post_gallery clearfix"
data-per_page="3">${captions
    .map(
      (c, i) => `<div class="et_pb_gallery_item et_pb_grid_item et_pb_bg_layout_light"><div class="et_pb_gallery_image landscape"><a href="/g${i}.jpg"
title="${c}"><img src="/g${i}-400x284.jpg" alt="" class="wp-image-74${i}"><span class="et_overlay"></span></a></div>
<p class="et_pb_gallery_caption">${c}</p></div>`,
    )
    .join('')}</div></div>`,
)}
${row(4, mod('text', 4, `<h2>${h3}</h2>\n${ps(planting)}\n<h2>${h4}</h2>\n${ps(result)}`))}
${row(5, mod('testimonial', 0, `<div class="et_pb_testimonial_description_inner"><div class="et_pb_testimonial_content"><p>${testimonial}</p></div></div>`))}
</div>
<div class="et_pb_section et_pb_section_2 et_pb_with_background et_section_regular">${row(
  6,
  `<div class="et_pb_module et_pb_promo et_pb_promo_0 et_pb_text_align_center et_pb_bg_layout_dark"><div class="et_pb_promo_description">
<h2 class="et_pb_module_header">${cta[0]}</h2><div><p>${cta[1]}</p></div></div><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button"
href="/contact/">${cta[2]}</a></div></div>`,
)}</div>
<div class="et_pb_section et_pb_section_3 et_section_regular">${row(
  7,
  `<div class="et_pb_module et_pb_text et_pb_text_5"><div class="et_pb_text_inner"><h2>${more[0]}</h2></div></div>
<div class="et_pb_module et_pb_portfolio_grid clearfix et_pb_portfolio_grid_0"><div class="et_pb_ajax_pagination_container"><div class="et_pb_grid_item">
${more
  .slice(1)
  .map((t) => `<div id="post-7${t.length}" class="et_pb_portfolio_item project"><h2 class="et_pb_module_header"><a href="#">${t}</a></h2></div>`)
  .join('\n')}</div></div></div>`,
)}</div>
</div></div></div></article></div></div></div></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div class="et_pb_widget widget_text">
<h4 class="title">${footer[0]}</h4><div class="textwidget"><p>${footer[1]}</p></div></div></div><div class="footer-widget"><div class="et_pb_widget
widget_nav_menu">
<h4 class="title">${footer[2]}</h4><ul class="menu">${links(menu.slice(1, 5))}</ul></div></div><div class="footer-widget"><div class="et_pb_widget widget_text">
<h4 class="title">${footer[3]}</h4><div class="textwidget"><p>${footer[4]}</p><p>${footer[5]}</p></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">${credit}</div></div></div></footer></div></div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">${cookie[0]}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#"
id="cn-accept-cookie"
class="cn-set-cookie cn-button">${cookie[1]}</a><a href="#" id="cn-refuse-cookie" class="cn-set-cookie cn-button">${cookie[2]}</a><a href="/privacy-policy/"
id="cn-more-info" class="cn-more-info cn-button">${cookie[3]}</a></span></div></div>
<script src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.1" id="divi-custom-script-js"></script></body></html>`;

const divi: TestPage = {
  name: 'heldout225-divi-landscaping-project-blog',
  kind: 'blog',
  html,
  title,
  // the project facts list under "The brief" and the client testimonial are body; gallery captions are furniture
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...facts, ...design, ...planting, ...result, testimonial]),
  bylines: [],
  // biome-ignore format: packed furniture
  furniture: [
    ...topbar, 'Facebook', 'Instagram', 'Greenwold Landscapes', ...menu, 'Get a quote', 'Select Page', cats.join(', '), ...captions, ...cta, ...more,
    ...footer, credit, ...cookie,
  ],
};

export const HELDOUT225_D: readonly TestPage[] = [divi, extensionFactsheet];
