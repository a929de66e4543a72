import { links, ps, type TestPage, texts } from './page-kit.js';
import { beaver } from './pages-heldout285-b2.js';
import { j, lis } from './pages-heldout285-kit.js';

/**
 * Held-out batch 285, file b: a water trust's news release on WordPress built with WPBakery Page Builder (vc_row / wpb_column /
 * wpb_text_column nesting, custom heading element for the title, a separator, a single image with its caption, a data table in
 * a text block, a button element, a widgetised sidebar column with a "Latest news" list and a donation box, a "Share this" row,
 * a cookie notice and the theme footer) and, from file b2, a landscaping firm's blog post built with Beaver Builder.
 */
const wTitle = 'Orrin Basin reservoirs end winter at 78 per cent capacity';
const wIntro = [
  j(
    'The five reservoirs managed by the Orrin Basin Water Trust ended the winter season holding 78 per cent of their combined capacity,',
    'the trust said on Monday, up from 64 per cent at the same point last year after a wetter-than-average January and February.',
  ),
  j(
    'The figures, taken from the trust’s monthly gauge readings on 1 March, mean that no restrictions on garden watering are planned',
    'for the coming spring. The trust will review the position again in June.',
  ),
];
const wH = ['Reservoir levels on 1 March', 'Why the smallest reservoir is lagging', 'What customers can do'];
const wTable: string[][] = [
  ['Harlow Moss', '4.1', '86%', '71%'],
  ['Upper Orrin', '9.6', '81%', '66%'],
  ['Keld Water', '6.3', '77%', '63%'],
  ['Sallow Beck', '2.2', '74%', '58%'],
  ['Tarnfoot', '1.4', '52%', '49%'],
];
const wS2 = [
  j(
    'Tarnfoot, the oldest and smallest of the five, has recovered far more slowly than the others. The trust lowered it deliberately',
    'in the autumn so that contractors could repair the valve tower, and refilling was held back until the work was signed off in',
    'mid-January.',
  ),
  j(
    'Because Tarnfoot mainly supplies the villages at the head of the valley, the trust has switched those villages to water from',
    'Keld Water through the interconnecting main completed in 2022. Customers should notice no difference in pressure or taste.',
  ),
  j(
    'Engineers expect Tarnfoot to pass 70 per cent by the end of April if rainfall stays close to the long-term average. Until then,',
    'the trust will publish its level every week rather than every month, so that parish councils at the head of the valley can',
    'follow its progress.',
  ),
];
const wS3 = [
  j(
    'Although the outlook is better than last year, the trust is asking households to keep the habits many of them picked up during',
    'last summer’s dry spell. In particular it recommends:',
  ),
];
const wTips = [
  'using a water butt for garden watering wherever possible;',
  'watering plants in the early morning or evening, when less is lost to evaporation;',
  'reporting leaks on pavements and verges through the trust’s online form, which is checked seven days a week.',
];
const wEnd = [
  j(
    'The trust’s next reservoir report will be published on 1 April. Historic monthly figures for every reservoir since 2015 are',
    'available in the data section of the trust’s website.',
  ),
];
const wNav = ['About the Trust', 'Your Water', 'Our Sites', 'Newsroom', 'Get Involved'];
const wLatest = ['Volunteer day at Keld Water planned for April', 'New fish pass opens on Sallow Beck', 'Annual report 2025 published'];
const wShare = ['Share this', 'Facebook', 'LinkedIn', 'Email'];
const wFoot = ['Accessibility', 'Privacy notice', 'Modern slavery statement', 'Contact us'];
const col = (
  w: string,
  inner: string,
): string => `<div class="wpb_column vc_column_container vc_col-sm-${w}"><div class="vc_column-inner"><div class="wpb_wrapper">
${inner}</div></div></div>`;
const txt = (inner: string, extra = ''): string => `<div class="wpb_text_column wpb_content_element ${extra}"><div class="wpb_wrapper">
${inner}</div></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} – Orrin Basin Water Trust</title><meta property="og:title" content="${wTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wTitle}","datePublished":"2026-03-09T09:00:00+00:00",
"author":{"@type":"Organization","name":"Orrin Basin Water Trust press office"}}</script>
<link rel="stylesheet" id="js_composer_front-css" href="/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=7.9" media="all">
<style type="text/css" data-type="vc_shortcodes-custom-css">.vc_custom_1709912000{margin-bottom:24px !important;}</style>
<noscript><style>.wpb_animate_when_almost_visible{opacity:1;}</style></noscript></head>
<body class="post-template-default single single-post postid-3310 wpb-js-composer js-comp-ver-7.9 vc_responsive">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Orrin Basin
Water Trust</a></p><p class="site-description">Looking after the valley’s water since 1951</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-3310" class="post-3310 post type-post status-publish hentry">
<div class="entry-content"><div class="vc_row wpb_row vc_row-fluid vc_custom_1709912000">${col(
  '12',
  `<div class="vc_empty_space" style="height: 32px"><span class="vc_empty_space_inner"></span></div>
${txt('<p><a href="/newsroom/">Newsroom</a> › <a href="/newsroom/reservoir-reports/">Reservoir reports</a></p>', 'breadcrumbs-row')}
<h1 style="font-size: 40px;text-align: left" class="vc_custom_heading vc_do_custom_heading">${wTitle}</h1>
${txt('<p class="post-meta"><span class="meta-date">9 March 2026</span> · <span class="meta-author">Press office</span></p>', 'vc_custom_meta')}
<div class="vc_separator wpb_content_element vc_separator_align_center vc_sep_width_100 vc_sep_pos_align_center vc_separator_no_text vc_sep_color_grey">
<span class="vc_sep_holder vc_sep_holder_l"><span class="vc_sep_line"></span></span><span class="vc_sep_holder vc_sep_holder_r"><span class="vc_sep_line">
</span></span></div>`,
)}</div>
<div class="vc_row wpb_row vc_row-fluid">${col(
  '8',
  `<div class="wpb_single_image wpb_content_element vc_align_center"><figure class="wpb_wrapper vc_figure">
<div class="vc_single_image-wrapper vc_box_border_grey">
<img width="1024" height="576" src="/wp-content/uploads/2026/03/upper-orrin-dam.jpg" class="vc_single_image-img attachment-large" alt="Upper Orrin dam"></div>
<figcaption class="vc_figure-caption">Water flowing over the Upper Orrin spillway in February. Photo: Orrin Basin Water Trust</figcaption></figure></div>
${txt(`${ps(wIntro)}
<h2>${wH[0]}</h2>
<table class="reservoir-table"><thead><tr><th>Reservoir</th><th>Capacity (billion litres)</th><th>1 March 2026</th><th>1 March 2025</th></tr></thead>
<tbody>${wTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>${wH[1]}</h2>
${ps(wS2)}`)}
<div class="vc_message_box vc_message_box-standard vc_message_box-rounded vc_color-info"><div class="vc_message_box-icon"><i class="fas fa-info-circle">
</i></div>
<p>Read more: <a href="/newsroom/tarnfoot-valve-tower/">Tarnfoot valve tower repairs completed ahead of schedule</a></p></div>
${txt(`<h2>${wH[2]}</h2>
${ps(wS3)}
<ul>${lis(wTips)}</ul>
${ps(wEnd)}`)}
<div class="vc_btn3-container vc_btn3-left"><a class="vc_general vc_btn3 vc_btn3-size-md vc_btn3-shape-rounded vc_btn3-style-modern vc_btn3-color-blue"
href="/reservoirs/data/" title="">Download the reservoir data</a></div>
<div class="vc_row wpb_row vc_inner vc_row-fluid share-row"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner">
<div class="wpb_wrapper"><ul class="share-links">${wShare.map((s) => `<li><span>${s}</span></li>`).join('')}</ul></div></div></div></div>`,
)}
${col(
  '4',
  `<div class="wpb_widgetised_column wpb_content_element"><div class="wpb_wrapper"><aside id="recent-posts-3" class="widget widget_recent_entries">
<h2 class="widgettitle">Latest news</h2><ul>${links(wLatest)}</ul></aside>
<aside id="text-4" class="widget widget_text"><h2 class="widgettitle">Protect the valley</h2><div class="textwidget"><p>Our rangers look after 40 miles of
shoreline. A gift of £5 a month plants a metre of riverside hedge.</p><p><a class="button" href="/donate/">Donate today</a></p></div></aside></div></div>`,
)}</div>
</div></article></main></div>
<footer id="colophon" class="site-footer"><div class="footer-menu"><ul>${links(wFoot)}</ul></div><div class="site-info">© 2026 Orrin Basin Water Trust.
Registered charity no. 1099871.</div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice">
<div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span>
<span id="cn-notice-buttons"
class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="#" id="cn-refuse-cookie"
class="cn-set-cookie cn-button" aria-label="No thanks">No thanks</a></span></div></div>
<script type="text/javascript" src="/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.min.js?ver=7.9" id="wpb_composer_front_js-js"></script>
</body></html>`;
const wpbakery: TestPage = {
  name: 'heldout285-wpbakery-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, ...wTable.flat(), ...wS2, ...wS3, ...wTips, ...wEnd]),
  bylines: ['9 March 2026', 'Press office'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Looking after the valley’s water since 1951', 'Menu', ...wNav, 'Reservoir reports',
    'Water flowing over the Upper Orrin spillway in February. Photo: Orrin Basin Water Trust',
    'Read more: Tarnfoot valve tower repairs completed ahead of schedule', 'Download the reservoir data', ...wShare, 'Latest news', ...wLatest,
    'Protect the valley', 'Our rangers look after 40 miles of shoreline. A gift of £5 a month plants a metre of riverside hedge.', 'Donate today', ...wFoot,
    '© 2026 Orrin Basin Water Trust. Registered charity no. 1099871.', 'We use cookies to ensure that we give you the best experience on our website.',
    'No thanks',
  ],
};

export const HELDOUT285_B: readonly TestPage[] = [wpbakery, beaver];
