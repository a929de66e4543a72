import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout363-kit.js';

/**
 * Held-out batch 363, file a: a winery's 2025 vintage notes page built with the Divi page builder on WordPress (top menu,
 * full-width hero, text, blurb and number-counter modules, a Complianz cookie banner, a newsletter opt-in module, the
 * footer widgets) and a wine critic's review on a Drupal 10 magazine site with its score box, tasting-data panel,
 * share links, "More reviews" rail, comments and footer.
 */
const dTitle = 'The 2025 Vintage at Corvath Ridge';
const dIntro = [
  j(
    'Every vintage leaves a signature, and 2025 wrote its own in a cool spring and a long, dry autumn. Budbreak came ten days later than',
    'our twenty-year average, and for most of April we walked the rows at dawn with frost fans ready and hoped we would not need them.',
  ),
  j(
    'We needed them twice. The lower block of Pinot Noir, closest to the creek, lost perhaps a tenth of its primary buds on the night of',
    'April 19, but the secondary shoots carried a surprisingly even crop, and by flowering the vineyard had caught up.',
  ),
];
const dSummer = [
  j(
    'June and July were mild, with only four days above 32 °C. Berries sized slowly and skins stayed thick, which is what we want on our',
    'shallow basalt soils. We dropped about fifteen percent of the Syrah clusters at véraison to keep the vines in balance.',
  ),
  j(
    'The real gift of the year was September. Clear days and cold nights stretched the ripening out, and acids held far better than in',
    '2023 or 2024. We could wait for flavour rather than race sugar, and we picked each block on taste, not on the calendar.',
  ),
];
const dHarvest = [
  'Chardonnay, upper terrace: picked September 14 to 16 at 22.4 Brix, whole-cluster pressed.',
  'Pinot Noir, creek block: picked September 21, thirty percent whole clusters in the ferment.',
  'Syrah, south slope: picked October 3 to 8, co-fermented with two percent Viognier.',
  'Cabernet Franc, hilltop: picked October 17, the last fruit in the winery.',
];
const dCellar = [
  j(
    'In the cellar we kept our hands light. All of the reds fermented with native yeast in open-top bins and were punched down by hand',
    'twice a day. The Chardonnay went to older barrels, only one in five new, and will rest on its lees until next summer.',
  ),
  j(
    'Early tastings are promising. The Pinot Noir shows red cherry, dried rose and a fine, chalky grip; the Syrah is darker and more',
    'savoury than last year, with black olive and pepper over blackberry. We expect to bottle the reds in the spring of 2027.',
  ),
  j(
    'Yields were modest at just under two tons an acre across the estate, so quantities of the single-block wines will be small.',
    'Club members will receive first allocations, as always, before the release opens to the mailing list.',
  ),
];
const dByline = 'By Marisol Teague, Winemaker';
const dDate = 'Posted November 12, 2025';
const dNav = ['Our Wines', 'Visit', 'Wine Club', 'Vintage Notes', 'Events', 'Shop'];
const dFoot = ['Tasting Room Hours', 'Trade & Media', 'Careers', 'Privacy Policy', 'Accessibility'];
const dHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Corvath Ridge Winery</title><meta name="description" content="Notes on the 2025 growing season and harvest at Corvath Ridge.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Corvath Ridge Winery">
<link rel="stylesheet" id="divi-style-css" href="https://corvathridge.example/wp-content/themes/Divi/style.min.css?ver=4.27.4" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${dTitle}","datePublished":"2025-11-12"}</script>
<script type="text/javascript">var et_site_url='https://corvathridge.example';var et_post_id='2318';function et_core_page_resource_fallback(a,b){}</script>
</head>
<body class="page-template-default page page-id-2318 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_pb_pagebuilder_layout et_divi_theme et-db">
<div id="page-container"><div id="et-boc" class="et-boc">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container">
<span class="logo_helper"></span><a href="https://corvathridge.example/"><img src="/wp-content/uploads/2024/02/corvath-logo.png" alt="Corvath Ridge Winery"
id="logo" data-height-percentage="54"></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
${links(dNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar"></span></div></div>
</div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-2318" class="post-2318 page type-page status-publish hentry">
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_center et_pb_bg_layout_dark"><div class="et_pb_text_inner">
<h1>${dTitle}</h1><p class="vintage-meta">${dByline}<br>${dDate}</p></div></div></div></div></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1">
<div class="et_pb_column et_pb_column_2_3 et_pb_column_1"><div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_left et_pb_bg_layout_light">
<div class="et_pb_text_inner">${ps(dIntro)}</div></div>
<div class="et_pb_module et_pb_text et_pb_text_2 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
<h2>A Slow Summer and a Golden September</h2>
${ps(dSummer)}</div></div></div>
<div class="et_pb_column et_pb_column_1_3 et_pb_column_2 et-last-child">
<div class="et_pb_module et_pb_image et_pb_image_0"><span class="et_pb_image_wrap"><img src="/wp-content/uploads/2025/10/syrah-harvest.jpg"
alt="Pickers on the south slope" width="800" height="1000"></span></div>
<div class="et_pb_module et_pb_text et_pb_text_3 photo-caption"><div class="et_pb_text_inner"><p>Pickers on the south slope, October 6. Photo: Ines Coll</p>
</div></div>
<div class="et_pb_module et_pb_number_counter et_pb_number_counter_0 et_pb_with_title" data-number-value="1.9" data-number-separator="">
<div class="percent"><p><span class="percent-value">1.9</span></p></div><h3 class="title">Tons per acre</h3></div>
<div class="et_pb_module et_pb_number_counter et_pb_number_counter_1 et_pb_with_title" data-number-value="54" data-number-separator="">
<div class="percent"><p><span class="percent-value">54</span></p></div><h3 class="title">Days from véraison to last pick</h3></div>
</div></div>
<div class="et_pb_row et_pb_row_2"><div class="et_pb_column et_pb_column_4_4 et_pb_column_3 et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_4 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
<h2>Harvest by Block</h2>
<ul>${dHarvest.map((h) => `<li>${h}</li>`).join('\n')}</ul>
<h2>In the Cellar</h2>
${ps(dCellar)}</div></div></div></div></div>
<div class="et_pb_section et_pb_section_2 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_3">
<div class="et_pb_column et_pb_column_4_4 et_pb_column_4 et-last-child">
<div class="et_pb_module et_pb_signup_0 et_pb_newsletter_layout_left_right et_pb_newsletter et_pb_subscribe clearfix et_pb_text_align_left">
<div class="et_pb_newsletter_description"><h2 class="et_pb_module_header">Be first to taste the 2025s</h2>
<div class="et_pb_newsletter_description_content"><p>Join our mailing list for release dates and barrel tastings.</p></div></div>
<div class="et_pb_newsletter_form"><form method="post"><p class="et_pb_newsletter_field et_pb_contact_field_last"><label class="et_pb_contact_form_label"
for="et_pb_signup_email">Email</label><input id="et_pb_signup_email" class="input" type="text" placeholder="Email" name="et_pb_signup_email"></p>
<p class="et_pb_newsletter_button_wrap"><a class="et_pb_newsletter_button et_pb_button" href="#"><span class="et_subscribe_loader"></span>
<span class="et_pb_newsletter_button_text">Subscribe</span></a></p></form></div></div>
<div class="et_pb_module et_pb_button_module_wrapper et_pb_button_0_wrapper"><a class="et_pb_button et_pb_button_0 et_pb_bg_layout_light"
href="/vintage-notes/">Read earlier vintage notes</a></div>
</div></div></div>
</div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget">
<div id="text-3" class="fwidget et_pb_widget widget_text"><h4 class="title">Visit Us</h4><div class="textwidget">
<p>4410 Quarry Bend Road, Alder Falls</p><p>Open Thursday to Monday, 11 to 5</p></div></div></div>
<div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><ul id="menu-footer" class="menu">${links(dFoot, 'menu-item')}</ul>
</div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-instagram">
<a href="#" class="icon"><span>Instagram</span></a></li><li class="et-social-icon et-social-facebook"><a href="#"
class="icon"><span>Facebook</span></a></li></ul>
<div id="footer-info">© 2025 Corvath Ridge Winery. Please enjoy our wines responsibly.</div></div></div></footer>
</div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div
class="cmplz-message"><p>We use cookies to remember your age confirmation and to understand how visitors use our site.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script type="text/javascript" src="https://corvathridge.example/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4"></script></body></html>`;
const divi: TestPage = {
  name: 'heldout363-divi-wordpress-vintage-notes',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: ['A Slow Summer and a Golden September', 'Harvest by Block', 'In the Cellar'],
  body: texts([...dIntro, ...dSummer, ...dHarvest, ...dCellar]),
  bylines: [dByline, dDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav, 'Select Page', 'Pickers on the south slope, October 6. Photo: Ines Coll', '1.9', 'Tons per acre', 'Days from véraison to last pick',
    'Be first to taste the 2025s', 'Join our mailing list for release dates and barrel tastings.', 'Subscribe', 'Read earlier vintage notes',
    'Visit Us', '4410 Quarry Bend Road, Alder Falls', 'Open Thursday to Monday, 11 to 5', ...dFoot, 'Instagram', 'Facebook',
    '© 2025 Corvath Ridge Winery. Please enjoy our wines responsibly.', 'Manage Cookie Consent',
    'We use cookies to remember your age confirmation and to understand how visitors use our site.', 'Accept', 'Deny', 'View preferences',
  ],
};

const rTitle = 'Halloran Estate 2022 Old Vine Grenache, Mellick Valley';
const rBody = [
  j(
    'Old-vine Grenache from the Mellick Valley has spent a decade being either overlooked or overworked, and Halloran’s 2022 is a timely',
    'reminder of what the grape can do when a grower simply gets out of its way. The fruit comes from a single dry-farmed block planted',
    'in 1938 on deep, sandy loam, and the wine was fermented with about a third whole bunches before ten months in large, old oak.',
  ),
  j(
    'In the glass it is a pale, translucent ruby, almost Pinot-like, and the nose takes a few minutes to open. Give it that time. Wild',
    'raspberry, blood orange peel and crushed dried herbs come first, followed by a savoury note of warm earth and a touch of white pepper.',
  ),
  j(
    'The palate is where it really shines. It is medium-bodied and juicy, with fine, powdery tannins that carry the red fruit a long way.',
    'The label says 14 percent, but it never shows as heat; the acidity keeps everything lifted and moving. The finish returns to',
    'orange peel and a faint iodine, salty edge that makes you reach for the glass again.',
  ),
  j(
    'If there is a criticism, it is that the wine is still a little tight through the middle, and it will be better in a year or two',
    'than it is today. Decant it for an hour if you are opening a bottle now, and serve it slightly cool.',
  ),
  j(
    'Halloran has been farming this block organically since 2014, and the change shows. Earlier vintages could feel jammy and',
    'heavy by the second glass; since the family began picking a week or so earlier and cutting back on new oak, the wines have',
    'gained freshness and a sense of place without losing the generous fruit that made the name in the first place.',
  ),
  j(
    'At this price it stands with the best Grenache I have tasted from the region this year, and it outclasses several wines at twice',
    'the cost. Only 640 cases were made, so buy it where you see it.',
  ),
];
const rQuote = 'Wild raspberry, blood orange peel and a salty edge that makes you reach for the glass again.';
const rByline = 'Reviewed by Callum Aske';
const rDate = 'March 4, 2026';
const rNav = ['Reviews', 'News', 'Regions', 'Buying Guides', 'Food & Pairing', 'Podcast'];
const rCrumb = ['Home', 'Reviews', 'Red Wine'];
const rMore = [
  'Dunmore Hill 2021 Syrah: smoke, violets and patience',
  'Five rosés under $20 that taste like summer',
  'Tasting the 2023 Mellick Valley whites: a vintage of restraint',
];
const rFoot = ['About Us', 'Our Tasting Methodology', 'Advertise', 'Contact', 'Terms of Use', 'Privacy Notice'];
const rHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${rTitle} | Cellar Ledger</title><meta name="description" content="A pale, juicy old-vine Grenache with powdery tannins. 93 points.">
<link rel="canonical" href="https://cellarledger.example/reviews/halloran-estate-2022-old-vine-grenache"><meta name="Generator" content="Drupal 10
(https://www.drupal.org)">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-04T08:00:00-0500">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Review","name":"${rTitle}","author":{"@type":"Person",
"name":"Callum Aske"},"reviewRating":{"@type":"Rating","ratingValue":"93","bestRating":"100"},"itemReviewed":{"@type":"Product","name":"${rTitle}"}}]}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"drupalLanguage":"en","drupalCountry":"US","contentType":"review"});</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yw3bRk2Q.css"></head>
<body class="path-node page-node-type-review"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system
block-system-branding-block"><a href="/" rel="home" class="site-logo">Cellar Ledger</a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(rNav, 'menu-item')}</ul></nav>
<div class="header-cta"><a href="/subscribe" class="button button--primary">Subscribe</a></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(rCrumb)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article data-history-node-id="48812" role="article" class="node node--type-review node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">${rTitle}</span></h1>
<div class="node__meta"><span class="field field--name-uid field--type-entity-reference"><span>${rByline}</span></span>
<span class="field field--name-created field--type-created"><time datetime="2026-03-04T13:00:00Z">${rDate}</time></span></div>
<aside class="review-scorebox"><div class="field field--name-field-score"><span class="score-value">93</span><span class="score-scale">points</span></div>
<dl class="review-facts"><dt>Price</dt><dd>$34</dd><dt>Region</dt><dd>Mellick Valley</dd><dt>Grape</dt><dd>Grenache</dd><dt>Alcohol</dt><dd>14.0%</dd>
<dt>Drink</dt><dd>2026–2034</dd><dt>Cases made</dt><dd>640</dd></dl><a class="button button--small" href="/where-to-buy/48812">Find this wine</a></aside>
<div class="share-links"><span class="share-label">Share this review</span><ul><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-x">Post on X</a></li><li><a href="#" class="share-email">Email</a></li><li><button
class="share-print">Print</button></li></ul></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(rBody.slice(0, 2))}
<blockquote class="pullquote"><p>${rQuote}</p></blockquote>
${ps(rBody.slice(2))}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-inline"><div class="field__label">Filed under</div>
<div class="field__items"><div class="field__item"><a href="/tags/grenache">Grenache</a></div><div class="field__item"><a href="/tags/mellick-valley">Mellick
Valley</a></div></div></div>
</article>
<section class="comments"><h2 class="comments__title">Comments (2)</h2>
<article class="comment js-comment"><footer class="comment__meta"><span class="comment__author">vinoverde_tom</span>
<span class="comment__time">March 5, 2026</span></footer><div class="comment__content"><p>Bought a six-pack on the strength of this. Agree on the decant, it
was a different wine after an hour.</p></div></article>
<article class="comment js-comment"><footer class="comment__meta"><span class="comment__author">Ruth Benning</span>
<span class="comment__time">March 6, 2026</span></footer><div class="comment__content"><p>Halloran’s 2019 from the same block is drinking beautifully right now
if anyone has one tucked away.</p></div></article>
<h2 class="title comment-form__title">Add new comment</h2><p class="login-note">Log in or register to post comments</p></section>
</div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="block block-views"><h2>More reviews</h2><ul>${links(rMore, 'views-row')}</ul></div>
<div class="block ad-slot"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-sidebar-1"></div></div></aside></main>
<footer role="contentinfo" class="site-footer"><ul class="menu menu--footer">${links(rFoot, 'menu-item')}</ul>
<p class="copyright">© 2026 Cellar Ledger Media. All scores reflect blind tastings unless noted.</p></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set cookies.</p>
</div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button
eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">No, give me more info</button></div></div></div></div>
<script src="/sites/default/files/js/js_p2Qx8hT1.js"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout363-drupal-critic-review',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rBody, rQuote]),
  bylines: [rByline, rDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cellar Ledger', 'Main navigation', ...rNav, 'Subscribe', 'Breadcrumb', ...rCrumb, 'points', 'Price', '$34', 'Region',
    'Grape', 'Alcohol', '14.0%', 'Drink', '2026–2034', 'Cases made', 'Find this wine', 'Share this review', 'Facebook', 'Post on X', 'Email', 'Print',
    'Filed under', 'Comments (2)', 'vinoverde_tom', 'March 5, 2026', 'March 6, 2026',
    'Bought a six-pack on the strength of this. Agree on the decant, it was a different wine after an hour.',
    'Ruth Benning', 'Halloran’s 2019 from the same block is drinking beautifully right now if anyone has one tucked away.', 'Add new comment',
    'Log in or register to post comments', 'More reviews', ...rMore, 'Advertisement', ...rFoot,
    '© 2026 Cellar Ledger Media. All scores reflect blind tastings unless noted.', 'We use cookies on this site to enhance your user experience',
    'By clicking any link on this page you are giving your consent for us to set cookies.', 'OK, I agree', 'No, give me more info',
  ],
};

export const HELDOUT363_A: readonly TestPage[] = [divi, drupal];
