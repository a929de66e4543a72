import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, tidy } from './pages-heldout527-kit.js';

/**
 * Held-out batch 527, file b: a roaster's V60 brew guide on WordPress (Kadence theme) with a WP Recipe Maker card, "Similar Posts",
 * post navigation and two comments with the comment form.
 */
const kTitle = 'How to Brew a Better V60 at Home';
const kIntro = [
  j(
    'The V60 has a reputation for being fussy. It is not, really: it simply shows you every choice you make. Change the grind,',
    'the pour or the water and you will taste it in the cup, which is exactly what makes it such a good teacher.',
  ),
  j(
    'This is the recipe we use on the bar at the roastery for a single cup. It is built around a 1:16 ratio and a total brew time of',
    'about three and a half minutes, and it works for almost everything we roast for filter.',
  ),
];
const kS1 = 'Start with the grind';
const kS1p = [
  j(
    'Aim for something like coarse sea salt. If the water drains in under three minutes and the cup tastes thin or sour, go finer;',
    'if it stalls past four minutes and tastes bitter or dry, go coarser. Only change one thing at a time.',
  ),
];
const kS2 = 'Why the bloom matters';
const kS2p = [
  j(
    'Freshly roasted coffee is full of carbon dioxide. Wetting the grounds with a little water first and waiting 45 seconds lets',
    'that gas escape, so the water that follows can reach the coffee evenly instead of being pushed away from it.',
  ),
  j('Give the cone a gentle swirl after the bloom pour. You want every bit of coffee wet, with no dry pockets clinging to the', 'paper.'),
];
const kS3 = 'Water makes up 98% of your cup';
const kS3p = [
  j(
    'If your tap water is hard, your coffee will taste flat no matter how good the beans are. A simple jug filter helps a lot;',
    'bottled water with a low mineral content (around 50\u2013100 ppm) helps more.',
  ),
];
const rName = 'V60 Pour-Over for One';
const rSummary = 'A clean, sweet single cup in under four minutes.';
const rMeta = ['Prep Time 2 mins', 'Brew Time 4 mins', 'Servings 1 cup'];
const rEquip = ['Hario V60 size 02', 'Paper filter', 'Gooseneck kettle', 'Scale'];
const rIngr = ['15 g coffee, medium-fine', '250 g water, just off the boil'];
const rSteps = [
  'Rinse the paper filter with hot water and tip the water away.',
  'Add the coffee, level the bed and start the timer.',
  'Pour 40 g of water for the bloom, swirl gently and wait 45 seconds.',
  'Pour in slow circles to 150 g by 1:15.',
  'Pour to 250 g by 1:45, then give the cone one last swirl.',
  'Let it draw down; aim to finish between 3:15 and 3:45.',
];
const rNote = 'For a light Kenyan or Ethiopian coffee, try 96\u00b0C water and grind a touch finer.';
const kNav = ['Shop', 'Subscriptions', 'Brew Guides', 'Wholesale', 'About'];
const kRel = ['AeroPress: the upside-down method', 'Cold brew in a French press', 'What does \u201cwashed\u201d actually mean?'];
const kComments = [
  ['Jonas P.', 'March 5, 2026 at 8:12 am', 'Switched to the 40 g bloom and my cups are so much sweeter. Thank you!'],
  ['Northbeck Coffee', 'March 5, 2026 at 10:40 am', 'Great to hear, Jonas. Try it with the new Kiambugu next!'],
];
const kFoot = ['Privacy Policy', 'Shipping', 'Contact'];
const time = (label: string, n: string, unit: string, sr: string): string =>
  `<div class="wprm-recipe-block-container wprm-recipe-block-container-inline wprm-block-text-normal wprm-recipe-time-container">
<span class="wprm-recipe-details-label wprm-block-text-bold wprm-recipe-time-label">${label} </span><span class="wprm-recipe-time wprm-block-text-normal">
<span class="wprm-recipe-details wprm-recipe-details-minutes">${n}<span class="sr-only screen-reader-text wprm-screen-reader-text"> ${sr}</span></span>
<span class="wprm-recipe-details-unit wprm-recipe-details-minutes" aria-hidden="true"> ${unit}</span></span></div>`;
const comment = ([who, when, text]: string[], n: number): string =>
  `<li id="comment-${88 + n}" class="comment ${n ? 'byuser bypostauthor odd alt depth-2' : 'even thread-even depth-1'}">
<article id="div-comment-${88 + n}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.com/avatar/0f3?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy">
<b class="fn">${who}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${88 + n}"><time
datetime="2026-03-05">${when}</time></a>
</div></footer><div class="comment-content"><p>${text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></div>
</article></li>`;
const kHtml = `<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><title>${kTitle} - Northbeck Coffee Roasters</title>
<meta name="description" content="Our bar recipe for a single-cup V60: grind, bloom, pours and water.">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="https://northbeckcoffee.com/brew-guides/better-v60-at-home/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-03T09:00:00+00:00"><meta name="author" content="Marit Olsen">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${kTitle}",
"author":{"name":"Marit Olsen"}},{"@type":"Recipe","name":"${rName}","recipeYield":["1"],"totalTime":"PT6M"}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://northbeckcoffee.com/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9" media="all">
<link rel="stylesheet" id="wprm-public-css" href="https://northbeckcoffee.com/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1"
media="all">
<style id="kadence-global-inline-css">:root{--global-palette1:#6b3f24;--global-content-width:1290px;}.entry-content-wrap{padding:2rem;}</style>
</head>
<body class="post-template-default single single-post postid-2231 single-format-standard wp-embed-responsive footer-on-bottom hide-focus-outline
 link-style-standard content-title-style-normal content-width-narrow content-style-unboxed content-vertical-padding-show non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap
site-header-row-container
 site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner">
<div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item"
data-section="title_tagline">
<div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image" href="https://northbeckcoffee.com/" rel="home">
<img width="220" height="60" src="https://northbeckcoffee.com/wp-content/uploads/2024/01/northbeck-logo.png" class="custom-logo" alt="Northbeck Coffee
Roasters"></a>
</div></div></div><div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item
site-header-focus-item
 site-header-item-main-navigation header-navigation-layout-stretch-false" data-section="kadence_customizer_primary_navigation"><nav id="site-navigation"
 class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard" role="navigation" aria-label="Primary Navigation">
<div class="primary-menu-container header-menu-container"><ul id="primary-menu"
class="menu">${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul>
</div></nav></div><div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_search"><div
class="search-toggle-open-container">
<button class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="View Search Form" data-toggle-target="#search-drawer">
<span class="search-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon
kadence-search-svg"><title>Search</title></svg></span>
</span></button></div></div></div></div></div></div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main"><div class="content-wrap"><article id="post-2231" class="entry content-bg single-entry post-2231 post type-post
 status-publish format-standard has-post-thumbnail hentry category-brew-guides"><div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit"><div class="entry-taxonomies">
<span class="category-links term-links category-style-normal"><a href="https://northbeckcoffee.com/category/brew-guides/" rel="tag">Brew
Guides</a></span></div>
<h1 class="entry-title">${kTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="https://northbeckcoffee.com/author/marit/">Marit Olsen</a></span></span><span class="posted-on">
<time class="entry-date published" datetime="2026-03-03T09:00:00+00:00">March 3, 2026</time>
<time class="updated" datetime="2026-03-09T14:22:10+00:00" style="display:none">March 9, 2026</time></span></div></header>
<div class="entry-content single-content"><div class="wprm-recipe-snippet wprm-recipe-snippet-container" data-recipe-id="2240">
<a href="#recipe" data-recipe="2240" style="color:#ffffff;background-color:#6b3f24;" class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode
 wprm-block-text-normal wprm-recipe-jump-inline-button wprm-recipe-link-inline-button wprm-color-accent">Jump to Recipe</a></div>
${ps(kIntro)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://northbeckcoffee.com/wp-content/uploads/2026/03/v60-bloom.jpg"
 alt="Coffee blooming in a V60" class="wp-image-2236"><figcaption class="wp-element-caption">The bloom: 40 g of water, 45 seconds.</figcaption></figure>
<h2 class="wp-block-heading">${kS1}</h2>${ps(kS1p)}<h2 class="wp-block-heading">${kS2}</h2>${ps(kS2p)}
<h2 class="wp-block-heading">${kS3}</h2>${ps(kS3p)}
<div id="recipe"></div><div id="wprm-recipe-container-2240" class="wprm-recipe-container" data-recipe-id="2240" data-servings="1">
<div class="wprm-recipe wprm-recipe-template-classic"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-normal">
<img style="border-width:0px;" width="150" height="150" src="https://northbeckcoffee.com/wp-content/uploads/2026/03/v60-150x150.jpg" alt=""></div></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">${rName}</h2><div class="wprm-recipe-summary wprm-block-text-normal"><span style="display:
block;">${rSummary}</span></div>
<div class="wprm-recipe-buttons"><a href="https://northbeckcoffee.com/wprm_print/v60-pour-over-for-one" style="color:#333333;" class="wprm-recipe-print
wprm-recipe-link
 wprm-print-recipe-shortcode wprm-block-text-normal" data-recipe-id="2240" target="_blank" rel="nofollow">Print Recipe</a>
<a href="https://www.pinterest.com/pin/create/bookmarklet/?url=x" class="wprm-recipe-pin wprm-recipe-link wprm-block-text-normal" target="_blank"
rel="nofollow noopener"
 data-recipe="2240">Pin Recipe</a></div><div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container">
${time('Prep Time', '2', 'mins', 'minutes')}${time('Brew Time', '4', 'mins', 'minutes')}
<div class="wprm-recipe-block-container wprm-recipe-block-container-inline wprm-block-text-normal wprm-recipe-servings-container">
<span class="wprm-recipe-details-label wprm-block-text-bold wprm-recipe-servings-label">Servings </span><span class="wprm-recipe-servings-with-unit">
<span class="wprm-recipe-servings wprm-recipe-details wprm-recipe-servings-2240 wprm-recipe-servings-adjustable-tooltip" data-recipe="2240">1</span>
<span class="wprm-recipe-servings-unit wprm-recipe-details-unit wprm-block-text-normal"> cup</span></span></div></div>
<div class="wprm-recipe-equipment-container wprm-block-text-normal" data-recipe="2240"><h3 class="wprm-recipe-header wprm-recipe-equipment-header
wprm-block-text-bold
 wprm-align-left wprm-header-decoration-none">Equipment</h3><ul class="wprm-recipe-equipment
wprm-recipe-equipment-list">${lis(rEquip, 'wprm-recipe-equipment-item')}</ul></div>
<div class="wprm-recipe-ingredients-container wprm-recipe-2240-ingredients-container wprm-block-text-normal" data-recipe="2240" data-servings="1">
<h3 class="wprm-recipe-header wprm-recipe-ingredients-header wprm-block-text-bold wprm-align-left wprm-header-decoration-none">Ingredients</h3>
<div class="wprm-recipe-ingredient-group"><ul class="wprm-recipe-ingredients">
${rIngr
  .map((t) => t.split(' '))
  .map(
    ([n, u, ...rest]) => `<li class="wprm-recipe-ingredient" style="list-style-type: disc;"><span
class="wprm-recipe-ingredient-amount">${n}</span>&#32;<span class="wprm-recipe-ingredient-unit">${u}</span>&#32;<span
class="wprm-recipe-ingredient-name">${rest.join(' ')}</span></li>`,
  )
  .join('\n')}
</ul></div></div><div class="wprm-recipe-instructions-container wprm-recipe-2240-instructions-container wprm-block-text-normal" data-recipe="2240">
<h3 class="wprm-recipe-header wprm-recipe-instructions-header wprm-block-text-bold wprm-align-left wprm-header-decoration-none">Instructions</h3>
<div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">
${rSteps
  .map(
    (t, i) => `<li id="wprm-recipe-2240-step-0-${i}" class="wprm-recipe-instruction" style="list-style-type: decimal;"><div
class="wprm-recipe-instruction-text" style="margin-bottom: 5px;"><span style="display: block;">${t}</span></div></li>`,
  )
  .join('\n')}
</ul></div></div><div class="wprm-recipe-notes-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-notes-header wprm-block-text-bold
wprm-align-left
 wprm-header-decoration-none">Notes</h3><div class="wprm-recipe-notes"><span style="display: block;">${rNote}</span></div></div></div></div>
</div><footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="https://northbeckcoffee.com/tag/pour-over/" title="Pour over" class="tag-link tag-item-pour-over" rel="tag"><span class="tag-hash">#</span>Pour
over</a>
<a href="https://northbeckcoffee.com/tag/v60/" title="V60" class="tag-link tag-item-v60" rel="tag"><span
class="tag-hash">#</span>V60</a></span></div></footer>
</div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div
class="nav-previous">
<a href="https://northbeckcoffee.com/brew-guides/aeropress-upside-down/" rel="prev"><div class="post-navigation-sub"><small>
<span class="kadence-svg-iconset svg-baseline"></span>Previous</small></div>${kRel[0]}</a></div><div class="nav-next"><a
href="https://northbeckcoffee.com/brew-guides/cold-brew/"
 rel="next"><div class="post-navigation-sub"><small>Next<span class="kadence-svg-iconset svg-baseline"></span></small></div>${kRel[1]}</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div
class="entry-related-inner-content alignwide">
<h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide"><div class="splide__track"><ul
class="splide__list">
${kRel
  .map(
    (t) => `<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post type-post"><div
class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a href="#"
rel="bookmark">${t}</a></h3></header></div></article></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Comments</h2><ol class="comment-list">${comment(kComments[0] ?? [], 0)}
<ol class="children">${comment(kComments[1] ?? [], 1)}</ol></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
 href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://northbeckcoffee.com/wp-comments-post.php" method="post"
id="commentform"
 class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span
class="required-field-message">Required fields
 are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment" class="float-label">Comment <span
class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><div class="comment-input-wrap has-url-field"><p class="comment-form-author">
<label class="float-label" for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text" size="30" required></p>
<p class="comment-form-email"><label class="float-label" for="email">Email <span class="required">*</span></label><input id="email" name="email"
type="email"></p>
<p class="comment-form-url"><label class="float-label" for="url">Website</label><input id="url" name="url" type="url"></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container">
<div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-2">
<div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item">
<div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2026 Northbeck Coffee Roasters - WordPress Theme by
 <a href="https://www.kadencewp.com/" rel="nofollow noopener" target="_blank">Kadence WP</a></p></div></div></div></div>
<div class="site-footer-bottom-section-2 site-footer-section"><nav id="footer-navigation" class="footer-navigation" aria-label="Footer Navigation">
<div class="footer-menu-container"><ul id="footer-menu" class="menu">${links(kFoot)}</ul></div></nav></div></div></div></div></div></div></footer></div>
<script id="kadence-navigation-js" src="https://northbeckcoffee.com/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" async></script>
<script id="wprm-public-js-extra">var wprm_public = {"home_url":"https:\\/\\/northbeckcoffee.com\\/","print_slug":"wprm_print"};</script>
</body></html>`;
const kadence: TestPage = {
  name: 'heldout527-kadence-v60-guide',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [kS1, kS2, kS3, rName, 'Equipment', 'Ingredients', 'Instructions', 'Notes'],
  body: texts([...kIntro, ...kS1p, ...kS2p, ...kS3p, rSummary, ...rMeta, ...rEquip, ...rIngr, ...rSteps, rNote]),
  bylines: ['By Marit Olsen', 'March 3, 2026', ...kComments.flatMap(([who, when]) => [who ?? '', when ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav, 'Jump to Recipe', 'The bloom: 40 g of water, 45 seconds.', 'Print Recipe', 'Pin Recipe',
    '#Pour over', '#V60', 'Previous', 'Next', 'Similar Posts', ...kRel, '2 Comments', 'says:', ...kComments.map((c) => c[2] ?? ''), 'Reply', 'Leave a Comment',
    'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Website',
    'Save my name, email, and website in this browser for the next time I comment.', '\u00a9 2026 Northbeck Coffee Roasters - WordPress Theme by Kadence WP',
    ...kFoot,
  ],
};

export const HELDOUT527_B: readonly TestPage[] = [tidy(kadence)];
