import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout671-kit.js';

/** Held-out batch 671, file a2: a recipe post on WordPress (Kadence theme) with a WP Recipe Maker card, comments and a sidebar. */
const fTitle = 'Charred hispi cabbage with miso butter and toasted seeds';
const fIntro = [
  j(
    'Every autumn the hispi cabbages in our boxes get bigger and pointier, and every autumn someone emails to ask what to do with a',
    'whole one. This is my answer: cut it into wedges, char it hard in a dry pan and finish it with a spoon of salty miso butter.',
  ),
  'It takes twenty minutes, it works as a side or as supper with rice, and it converts people who think they do not like cabbage.',
];
const fWhy = [
  j(
    'Hispi (sometimes sold as sweetheart or pointed cabbage) has looser, more tender leaves than a drumhead, so the outside chars',
    'before the inside turns to mush. The core holds each wedge together, so leave it on when you cut.',
  ),
];
const fTips = [
  'Get the pan properly hot before the cabbage goes in, and do not move the wedges for the first four minutes.',
  'Use a lid for the last few minutes to steam the middle through.',
  'White (shiro) miso is milder; brown miso gives a deeper, saltier butter, so use a little less.',
];
const fSummary = 'Smoky, buttery wedges of pointed cabbage with a sprinkle of toasted sunflower and pumpkin seeds.';
const fIngr = [
  '1 hispi cabbage, about 800g',
  '1 tbsp rapeseed oil',
  '40 g soft butter',
  '1 tbsp white miso',
  '1 tsp honey',
  '2 tbsp mixed sunflower and pumpkin seeds',
  '1 lemon, juiced',
];
const fSteps = [
  'Cut the cabbage lengthways into four wedges, keeping the core on each piece. Brush the cut sides with the oil.',
  'Toast the seeds in a large dry frying pan over a medium heat until they pop, then tip them onto a plate.',
  'Turn the heat up high, lay the wedges in the pan cut side down and cook without moving for 4 minutes, until deeply charred.',
  'Turn the wedges onto the other cut side, add 2 tablespoons of water, cover and cook for 5 more minutes.',
  'Meanwhile mash the butter, miso, honey and half the lemon juice together.',
  'Spoon the miso butter over the hot wedges, squeeze over the rest of the lemon and scatter with the seeds.',
];
const fNote = 'The miso butter keeps in the fridge for a week and is very good on roast carrots or squash.';
const fHeads = ['Why hispi cabbage?', 'Tips for charring', fTitle.replace(' and toasted seeds', ''), 'Ingredients', 'Instructions', 'Notes'];
const fNav = ['Home', 'Our veg boxes', 'Recipes', 'Farm diary', 'Visit the farm', 'Contact'];
const fFoot = ['Privacy Policy', 'Delivery Information', 'Wholesale'];
const fHtml = `<!doctype html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>${fTitle} - Fennick Lane Farm</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://fennicklanefarm.co.uk/charred-hispi-cabbage-miso-butter/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${fTitle}"},
{"@type":"Recipe","name":"${at(fHeads, 2)}","recipeYield":["4"],"prepTime":"PT5M","cookTime":"PT15M"}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://fennicklanefarm.co.uk/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9" media="all">
<link rel="stylesheet" id="wprm-public-css" href="https://fennicklanefarm.co.uk/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1">
<style id="kadence-global-inline-css">:root{--global-palette1:#3d6b35;--global-palette2:#2b4d25;}.content-title-style-normal .entry-header{padding:0}</style>
</head>
<body class="post-template-default single single-post postid-2214 single-format-standard wp-embed-responsive content-title-style-normal
content-width-normal content-style-boxed has-sidebar"><div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div id="main-header" class="site-header-wrap"><div class="site-header-row-container-inner">
<div class="site-branding branding-layout-standard"><a class="brand" href="https://fennicklanefarm.co.uk/"
rel="home"><p class="site-title">Fennick Lane Farm</p>
<p class="site-description">Organic veg from the Teme valley</p></a></div>
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub" role="navigation" aria-label="Primary Navigation">
<div class="primary-menu-container header-menu-container"><ul id="primary-menu"
class="menu">${links(fNav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
<div class="search-toggle-open-container"><button class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="View Search Form">
<span class="search-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-search-svg"></svg></span></span>
</button></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main"><div class="content-wrap"><article id="post-2214" class="entry content-bg single-entry post-2214 post
type-post status-publish format-standard has-post-thumbnail category-recipes"><div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit"><div class="entry-taxonomies">
<span class="category-links term-links category-style-normal"><a href="https://fennicklanefarm.co.uk/category/recipes/" rel="tag">Recipes</a></span></div>
<h1 class="entry-title">${fTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="https://fennicklanefarm.co.uk/author/jess/">Jess Arrowsmith</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-10-14T08:00:00+01:00">October 14, 2026</time></span></div></header>
<div class="entry-content single-content"><div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" data-recipe="2231"
class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal">Jump to Recipe</a>
<a href="https://fennicklanefarm.co.uk/wprm_print/2231" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode" target="_blank"
rel="nofollow">Print Recipe</a></div>
${ps(fIntro)}
<figure class="wp-block-image size-large"><img decoding="async" src="https://fennicklanefarm.co.uk/wp-content/uploads/2026/10/hispi.jpg"
alt="Charred cabbage wedges on a plate"><figcaption class="wp-element-caption">Four wedges from one cabbage feed four as a side.</figcaption></figure>
<h2 class="wp-block-heading">${fHeads[0]}</h2>${ps(fWhy)}
<h2 class="wp-block-heading">${fHeads[1]}</h2><ul class="wp-block-list">${lis(fTips)}</ul>
<div id="recipe"></div><div id="wprm-recipe-container-2231" class="wprm-recipe-container" data-recipe-id="2231" data-servings="4">
<div class="wprm-recipe wprm-recipe-template-chic"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-normal">
<img src="https://fennicklanefarm.co.uk/wp-content/uploads/2026/10/hispi-150x150.jpg" alt="" width="150" height="150"></div></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">${fHeads[2]}</h2><div class="wprm-spacer"></div>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${fSummary}</span></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container-inline wprm-block-text-normal">
<div class="wprm-recipe-block-container wprm-recipe-time-container wprm-recipe-prep-time-container"><span class="wprm-recipe-details-label
wprm-block-text-uppercase wprm-recipe-time-label wprm-recipe-prep-time-label">Prep Time </span><span class="wprm-recipe-time">5 mins</span></div>
<div class="wprm-recipe-block-container wprm-recipe-time-container wprm-recipe-cook-time-container"><span class="wprm-recipe-details-label
wprm-block-text-uppercase wprm-recipe-time-label wprm-recipe-cook-time-label">Cook Time </span><span class="wprm-recipe-time">15 mins</span></div></div>
<div class="wprm-recipe-block-container wprm-recipe-servings-container"><span class="wprm-recipe-details-label wprm-recipe-servings-label">Servings </span>
<span class="wprm-recipe-servings wprm-recipe-details">4</span></div>
<div class="wprm-recipe-block-container wprm-recipe-author-container"><span class="wprm-recipe-details-label">Author </span>
<span class="wprm-recipe-details wprm-recipe-author wprm-block-text-normal">Jess Arrowsmith</span></div>
<div class="wprm-recipe-ingredients-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header wprm-block-text-uppercase
wprm-align-left wprm-header-decoration-none">${fHeads[3]}</h3><div class="wprm-recipe-ingredient-group"><ul class="wprm-recipe-ingredients">
${lis(fIngr, 'wprm-recipe-ingredient')}</ul></div></div>
<div class="wprm-recipe-instructions-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">${fHeads[4]}</h3>
<div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">
${fSteps
  .map(
    (s, i) => `<li id="wprm-recipe-2231-step-0-${i}"
class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">${s}</div></li>`,
  )
  .join('\n')}
</ul></div></div><div class="wprm-recipe-notes-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-notes-header">${fHeads[5]}</h3>
<div class="wprm-recipe-notes"><span style="display: block;">${fNote}</span></div></div>
<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-header">Tried this recipe?</span>
<span class="wprm-call-to-action-text">Tag <a href="https://www.instagram.com/fennicklanefarm" target="_blank">@fennicklanefarm</a> so we can see!</span></div>
</div></div></div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="https://fennicklanefarm.co.uk/tag/cabbage/" title="cabbage" class="tag-link tag-item-cabbage" rel="tag">cabbage</a>
<a href="https://fennicklanefarm.co.uk/tag/autumn/" title="autumn" class="tag-link tag-item-autumn" rel="tag">autumn</a></span></div></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a href="https://fennicklanefarm.co.uk/squash-soup/"
rel="prev"><div class="post-navigation-sub"><small>Previous</small></div>Roast squash and apple soup</a></div>
</div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">2 Comments</h3><ol class="comment-list">
<li id="comment-812" class="comment even thread-even depth-1"><article id="div-comment-812" class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Priya D.</b></div>
<div class="comment-metadata"><a href="#comment-812"><time datetime="2026-10-15T19:02:00+01:00">
October 15, 2026 at 7:02 pm</time></a></div></footer><div class="comment-content"><p>Made this with the cabbage from Tuesday's box. My kids ate the lot.</p>
</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>
<li id="comment-815" class="comment odd alt thread-odd depth-1"><article id="div-comment-815" class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Tom Bayliss</b></div>
<div class="comment-metadata"><a href="#comment-815"><time>October 17, 2026 at 8:40 am</time></a>
</div></footer><div class="comment-content"><p>Would this work on the barbecue?</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post"
id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></main>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary"><div class="sidebar-inner-wrap">
<section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Hello, I'm Jess</h2><p>I grow the veg and write the recipes that go in our
weekly boxes.</p></section><section id="block-9" class="widget widget_block"><h2 class="wp-block-heading">Get the box recipes by email</h2>
<form class="wp-block-kadence-form"><label for="kb_field_email">Email</label><input id="kb_field_email" type="email"><button type="submit">Sign up</button>
</form></section></div></aside></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><nav aria-label="Footer Navigation"><ul id="footer-menu"
class="menu">
${links(fFoot, 'menu-item')}</ul></nav><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2026 Fennick Lane Farm.
Registered with the Soil Association.</p></div></div></div></footer></div>
<script id="kadence-navigation-js" src="https://fennicklanefarm.co.uk/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" async></script>
</body></html>`;
const fennick: TestPage = {
  name: 'heldout671-wordpress-recipe',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: [...fIntro, ...fWhy, ...fTips, fSummary, ...fIngr, ...fSteps, fNote],
  bylines: ['By Jess Arrowsmith', 'Jess Arrowsmith', 'October 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fennick Lane Farm', 'Organic veg from the Teme valley', ...fNav.filter((t) => t !== 'Recipes'), 'Recipes', 'Jump to Recipe',
    'Print Recipe', 'Four wedges from one cabbage feed four as a side.', 'Prep Time', '5 mins', 'Cook Time', '15 mins', 'Servings', 'Author',
    'Tried this recipe?', 'Tag @fennicklanefarm so we can see!', 'Post Tags:', 'Post navigation', 'Previous',
    'Roast squash and apple soup', '2 Comments', 'Priya D.', 'October 15, 2026 at 7:02 pm',
    "Made this with the cabbage from Tuesday's box. My kids ate the lot.",
    'Reply', 'Tom Bayliss', 'October 17, 2026 at 8:40 am', 'Would this work on the barbecue?', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Comment *', "Hello, I'm Jess",
    "I grow the veg and write the recipes that go in our weekly boxes.", 'Get the box recipes by email', 'Email', 'Sign up', ...fFoot,
    '© 2026 Fennick Lane Farm. Registered with the Soil Association.',
  ],
};

export const HELDOUT671_A2: readonly TestPage[] = [fennick];
