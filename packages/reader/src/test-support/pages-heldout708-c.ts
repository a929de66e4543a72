import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout708-kit.js';

/**
 * Held-out batch 708, file c: a stew recipe on a food blog running WordPress with the Kadence theme and the WP Recipe Maker
 * card (disclosure line, jump-to-recipe and print buttons, ad slots, an opt-in box, FAQ, the recipe card with rating, times,
 * servings, unit switch, ingredient groups, instructions, notes, nutrition and call to action, tags, similar posts, rated
 * comments and an about-me sidebar), and a walks post on a small inn's Wix blog (Wix header and menu, post metadata with read
 * time and update date, Ricos rich content with an image caption, tags, categories, stats, recent posts and comments).
 */
const rTitle = 'Smoky Tomato and White Bean Stew with Garlic Toasts';
const rIntro = [
  j(
    'This smoky tomato and white bean stew is the one I make every week from October to March. It comes together in about 40',
    'minutes from things you probably already have, it tastes even better the next day, and it is the recipe readers ask me about',
    'more than any other.',
  ),
  j(
    'I first ate a version of it at a tiny harbour café in Kettleness, where the owner served it with charred bread rubbed with',
    'garlic and a glass of cold cider. She would not give me the recipe. This is my best guess after about twenty attempts.',
  ),
];
const rWhy = [
  'It is made in one pot, so there is almost no washing up.',
  'It uses pantry staples: canned tomatoes, canned beans and smoked paprika.',
  'It is vegan as written, and easy to make heartier with a couple of sausages.',
  'It freezes well for up to three months.',
];
const rIngIntro = 'You will find the full quantities in the recipe card below, but here is a quick look at the key ingredients:';
const rIng = [
  '<strong>Smoked paprika:</strong> the sweet kind, not hot. This is where most of the flavour comes from, so use a fresh tin.',
  '<strong>White beans:</strong> I use cannellini, but butter beans or haricot work too.',
  '<strong>Tomatoes:</strong> a can of whole plum tomatoes, crushed by hand, gives a better texture than chopped.',
  '<strong>Stale bread:</strong> for the garlic toasts. A day-old sourdough is perfect.',
];
const rHow = [
  j('Soften the onion, celery and garlic slowly in plenty of olive oil. Don’t rush this step: ten minutes over a medium-low heat', 'makes all the difference.'),
  j(
    'Add the paprika and tomato paste and cook for a minute until they darken, then add the tomatoes, beans and stock and simmer',
    'for 20 minutes, until the stew is thick enough that a spoon leaves a trail.',
  ),
];
const rTips = [
  'Mash a ladleful of the beans against the side of the pot to thicken the stew without cream.',
  'Finish with a squeeze of lemon juice to brighten it.',
  'If you have a parmesan rind, drop it in while it simmers, and take it out before serving.',
];
const rFaq: [string, string][] = [
  [
    'Can I use dried beans?',
    'Yes. Soak 200 g of dried beans overnight and simmer them for about an hour before you start, then use them in place of the canned beans.',
  ],
  ['Can I freeze it?', 'Yes, for up to three months. Freeze it without the toasts and reheat it gently with a splash of water.'],
];
const rHeads = ['Why you’ll love this recipe', 'Ingredients you’ll need', 'How to make it', 'Tips for the best stew', 'Frequently asked questions'];
const rCardName = 'Smoky Tomato and White Bean Stew';
const rSummary = 'A one-pot stew of white beans in a smoky tomato sauce, served with crisp garlic toasts. Ready in 40 minutes and vegan as written.';
const rGroups: [string, [string, string, string, string][]][] = [
  [
    'For the stew',
    [
      ['3', 'tablespoons', 'olive oil', ''],
      ['1', '', 'onion', 'finely chopped'],
      ['2', 'sticks', 'celery', 'finely chopped'],
      ['4', 'cloves', 'garlic', 'sliced'],
      ['2', 'teaspoons', 'sweet smoked paprika', ''],
      ['1', 'tablespoon', 'tomato paste', ''],
      ['1', 'can (400 g)', 'whole plum tomatoes', 'crushed by hand'],
      ['2', 'cans (400 g each)', 'cannellini beans', 'drained'],
      ['500', 'ml', 'vegetable stock', ''],
      ['½', '', 'lemon', 'juiced'],
    ],
  ],
  [
    'For the garlic toasts',
    [
      ['4', 'slices', 'day-old sourdough', ''],
      ['1', 'clove', 'garlic', 'halved'],
      ['2', 'tablespoons', 'olive oil', ''],
    ],
  ],
];
const rSteps = [
  j(
    'Heat the olive oil in a large heavy pot over a medium-low heat. Add the onion and celery with a pinch of salt and cook for 10',
    'minutes, stirring now and then, until soft but not brown.',
  ),
  'Add the garlic and cook for 2 minutes, then stir in the paprika and tomato paste and cook for 1 minute more, until they darken.',
  'Add the tomatoes, beans and stock. Bring to a simmer and cook, uncovered, for 20 minutes, mashing a ladleful of beans against the side of the pot.',
  'Meanwhile, toast or grill the bread until charred at the edges. Rub each slice with the cut garlic and drizzle with olive oil.',
  'Stir the lemon juice into the stew, season with salt and pepper, and serve with the garlic toasts.',
];
const rNotes = [
  'The stew keeps for 4 days in the fridge and thickens as it sits, so add a splash of water when you reheat it.',
  'To make it with sausage, brown 4 sliced sausages in the pot first, set them aside and add them back with the beans.',
];
const ing = ([amount, unit, name, notes]: [string, string, string, string], i: number): string =>
  `<li class="wprm-recipe-ingredient" style="list-style-type: disc;" data-uid="${i}"><span class="wprm-recipe-ingredient-amount">${amount}</span>&#32;${
    unit === '' ? '' : `<span class="wprm-recipe-ingredient-unit">${unit}</span>&#32;`
  }<span class="wprm-recipe-ingredient-name">${name}</span>${
    notes === ''
      ? ''
      : `&#32;<span class="wprm-recipe-ingredient-notes
wprm-recipe-ingredient-notes-faded">${notes}</span>`
  }</li>`;
const ingText = ([amount, unit, name, notes]: [string, string, string, string]): string => [amount, unit, name, notes].filter((t) => t !== '').join(' ');
const rNav = ['Recipes', 'Dinner', 'Soups & Stews', 'Baking', 'About', 'Shop'];
const rSimilar = ['Harissa Chickpeas with Crispy Kale', 'Kettleness Fish Soup', 'Three-Bean Chilli for a Crowd'];
const rPopular = ['Brown Butter Oat Cookies', 'Crispy Gnocchi Traybake', 'Ten-Minute Miso Noodles'];
const rComments: [string, string, string][] = [
  ['Lorna', 'February 24, 2027 at 6:10 pm', 'Made this twice this week already. I added a handful of spinach at the end and it was perfect.'],
  ['Hannah Oyelaran', 'February 24, 2027 at 8:32 pm', 'Spinach is a great idea, Lorna! Thank you for coming back to rate it.'],
  ['Bram T.', 'February 26, 2027 at 12:05 pm', 'Is the paprika flavour very strong? My kids are a bit fussy.'],
];
const rAd = (n: number): string =>
  `<div class="adthrive-ad adthrive-content adthrive-content-${n} adthrive-ad-cls" style="min-height: 250px;" data-google-query-id="CJ${n}xk"></div>`;
const rTime = (kind: string, label: string, n: string): string => `<div class="wprm-recipe-block-container wprm-recipe-block-container-columns
wprm-block-text-normal wprm-recipe-time-container wprm-recipe-${kind}-time-container"><span class="wprm-recipe-details-label wprm-block-text-faded
wprm-recipe-time-label wprm-recipe-${kind}-time-label">${label} </span><span class="wprm-recipe-time wprm-block-text-normal"><span class="wprm-recipe-details
wprm-recipe-details-minutes wprm-recipe-${kind}_time wprm-recipe-${kind}_time-minutes">${n}<span class="sr-only screen-reader-text wprm-screen-reader-text">
minutes</span></span> <span class="wprm-recipe-details-unit wprm-recipe-details-minutes wprm-recipe-${kind}_time-unit wprm-recipe-${kind}_timeunit-minutes"
aria-hidden="true">mins</span></span></div>`;
const rTag = (cls: string, label: string, value: string): string => `<div class="wprm-recipe-block-container wprm-recipe-block-container-columns
wprm-block-text-normal wprm-recipe-tag-container wprm-recipe-${cls}-container"><span class="wprm-recipe-details-label wprm-block-text-faded
wprm-recipe-tag-label wprm-recipe-${cls}-label">${label} </span><span class="wprm-recipe-${cls} wprm-block-text-normal">${value}</span></div>`;
const rNutri = (label: string, value: string, unit: string): string => `<span class="wprm-nutrition-label-text-nutrition-container
wprm-nutrition-label-text-nutrition-container-${label.toLowerCase()}"><span class="wprm-nutrition-label-text-nutrition-label wprm-block-text-normal"
style="color: #777777">${label}: </span><span class="wprm-nutrition-label-text-nutrition-value">${value}</span><span
class="wprm-nutrition-label-text-nutrition-unit">${unit}</span></span>`;
const rHtml = `<!doctype html>
<html lang="en-GB" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8"><meta name="viewport"
content="width=device-width, initial-scale=1, minimum-scale=1"><title>Smoky Tomato and White Bean Stew with Garlic Toasts - Saltbox Kitchen</title>
<meta name="description" content="A one-pot smoky tomato and white bean stew with garlic toasts, ready in 40 minutes.">
<meta property="og:type" content="article"><meta property="og:title" content="${rTitle} - Saltbox Kitchen"><meta property="og:site_name"
content="Saltbox Kitchen">
<meta property="article:published_time" content="2027-02-20T07:00:00+00:00"><meta property="article:modified_time" content="2027-02-22T10:14:00+00:00">
<meta name="author" content="Hannah Oyelaran"><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="7 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rTitle}",
"author":{"name":"Hannah Oyelaran"},"datePublished":"2027-02-20T07:00:00+00:00","wordCount":612},{"@type":"Recipe","name":"${rCardName}",
"recipeYield":["4","4 people"],"prepTime":"PT10M","cookTime":"PT30M","totalTime":"PT40M","aggregateRating":{"@type":"AggregateRating",
"ratingValue":"4.91","ratingCount":"57"},"recipeIngredient":["3 tablespoons olive oil","1 onion finely chopped"],"recipeCategory":["Main Course"]}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://saltboxkitchen.com/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9" media="all">
<link rel="stylesheet" id="wprm-public-css" href="https://saltboxkitchen.com/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1" media="all">
<script>window.adthrive = window.adthrive || {}; adthrive.cmd = adthrive.cmd || []; adthrive.siteAds = {"siteId":"5e1c9a02b7",
"siteName":"Saltbox Kitchen","breakpoints":{"tablet":768,"desktop":1024},
"adUnits":[{"selector":".entry-content > p","location":"Content","spacing":0.85}]};</script>
<script type="text/javascript">var wprm_public = {"endpoints":{"analytics":"https:\\/\\/saltboxkitchen.com\\/wp-json\\/wp-recipe-maker\\/v1\\/analytics"},
"settings":{"recipe_template_mode":"modern","jump_output_hash":"recipe"}};</script></head>
<body class="post-template-default single single-post postid-5531 single-format-standard wp-embed-responsive footer-on-bottom hide-focus-outline
link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-unboxed content-vertical-padding-show non-transparent-header
mobile-non-transparent-header kadence-elementor-colors adthrive-device-desktop">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap
site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div
class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides
site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item
site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard"><a class="brand has-logo-image"
href="https://saltboxkitchen.com/" rel="home"><img width="240" height="80" src="https://saltboxkitchen.com/wp-content/uploads/2025/05/saltbox-logo.png"
class="custom-logo" alt="Saltbox Kitchen" decoding="async"></a></div></div></div><div class="site-header-main-section-right site-header-section
site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false
header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation"><nav id="site-navigation" class="main-navigation
header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Primary
Navigation">
<div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">${links(rNav, 'menu-item menu-item-type-taxonomy')}</ul>
</div></nav></div></div></div></div></div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-container site-container"><div id="main" class="site-main" role="main">
<div class="content-wrap"><article id="post-5531" class="entry content-bg single-entry post-5531 post type-post status-publish format-standard
has-post-thumbnail hentry category-dinner category-soups-stews tag-beans tag-one-pot tag-vegan"><div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit"><nav id="kadence-breadcrumbs"
aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="https://saltboxkitchen.com/" itemprop="url"
class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span> <span><a href="https://saltboxkitchen.com/category/dinner/"
itemprop="url"><span>Dinner</span></a></span> <span class="bc-delimiter">/</span> <span class="kadence-bread-current">${rTitle}</span></div></nav>
<h1 class="entry-title">${rTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span> <span
class="author vcard"><a class="url fn n" href="https://saltboxkitchen.com/author/hannah/">Hannah Oyelaran</a></span></span><span class="updated-on"><span
class="meta-label">Updated</span> <time class="entry-date published updated" datetime="2027-02-22T10:14:00+00:00">February 22, 2027</time></span><span
class="meta-comments"><a href="#comments">38 Comments</a></span></div></header>
<div class="entry-content single-content">
<p class="disclosure"><em>This post may contain affiliate links. Please read my <a href="https://saltboxkitchen.com/disclosure/">disclosure
policy</a>.</em></p>
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" data-recipe="5540" style="color: #ffffff;background-color: #b5502e;border-color:
#b5502e;border-radius: 4px;padding: 6px 10px;" class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal
wprm-recipe-jump-inline-button wprm-recipe-link-inline-button wprm-color-accent"><span class="wprm-recipe-icon wprm-recipe-jump-icon"><svg
xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24"></svg></span> Jump to Recipe</a> <a
href="https://saltboxkitchen.com/wprm_print/5540"
style="color: #b5502e;border-color: #b5502e;border-radius: 4px;padding: 6px 10px;" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode
wprm-block-text-normal wprm-recipe-print-inline-button wprm-recipe-link-inline-button wprm-color-accent" data-recipe-id="5540" data-template=""
target="_blank"
rel="nofollow"><span class="wprm-recipe-icon wprm-recipe-print-icon"><svg width="16" height="16" viewBox="0 0 24 24"></svg></span> Print Recipe</a></div>
${rIntro.map((t) => `<p>${t}</p>`).join('\n')}
${rAd(1)}
<h2 class="wp-block-heading">${at(rHeads, 0)}</h2>
<ul class="wp-block-list">${lis(rWhy)}</ul>
<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="1800"
src="https://saltboxkitchen.com/wp-content/uploads/2027/02/bean-stew-pot.jpg"
alt="Smoky tomato and white bean stew in a blue cast iron pot" class="wp-image-5536" data-pin-description="Smoky tomato and white bean stew"></figure>
<h2 class="wp-block-heading">${at(rHeads, 1)}</h2>
<p>${rIngIntro}</p>
<ul class="wp-block-list">${lis(rIng)}</ul>
${rAd(2)}
<h2 class="wp-block-heading">${at(rHeads, 2)}</h2>
${rHow.map((t) => `<p>${t}</p>`).join('\n')}
<div class="wp-block-kadence-column optin-box"><div class="kt-inside-inner-col"><h3 class="kt-adv-heading">Never miss a recipe</h3><p>New recipes every
Tuesday and Friday, straight to your inbox.</p><form class="optin-form"><label class="screen-reader-text" for="optin-email">Email address</label><input
id="optin-email" type="email" placeholder="Your email"><button type="submit">Subscribe</button></form></div></div>
<h2 class="wp-block-heading">${at(rHeads, 3)}</h2>
<ul class="wp-block-list">${lis(rTips)}</ul>
${rAd(3)}
<h2 class="wp-block-heading">${at(rHeads, 4)}</h2>
${rFaq.map(([q, a]) => `<h3 class="wp-block-heading">${q}</h3>\n<p>${a}</p>`).join('\n')}
<div id="recipe"></div><div id="wprm-recipe-container-5540" class="wprm-recipe-container" data-recipe-id="5540" data-servings="4"><div class="wprm-recipe
wprm-recipe-template-saltbox-modern"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-rounded"><img
style="border-width: 0px;border-style: solid;border-color: #666666;border-radius: 8px;" width="250" height="250"
src="https://saltboxkitchen.com/wp-content/uploads/2027/02/bean-stew-bowl-250x250.jpg" class="attachment-250x250 size-250x250" alt="" decoding="async"></div>
</div>
<h2 class="wprm-recipe-name wprm-block-text-bold">${rCardName}</h2>
<div class="wprm-spacer"></div><div class="wprm-recipe-rating wprm-recipe-rating-recipe-5540"><svg xmlns="http://www.w3.org/2000/svg" width="18" height="18"
viewBox="0 0 24 24"></svg><svg width="18" height="18" viewBox="0 0 24 24"></svg><div class="wprm-recipe-rating-details wprm-block-text-normal"><span
class="wprm-recipe-rating-average">4.91</span> from <span class="wprm-recipe-rating-count">57</span> votes</div></div>
<a href="https://saltboxkitchen.com/wprm_print/5540" style="color: #333333;" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode
wprm-block-text-normal" data-recipe-id="5540" target="_blank" rel="nofollow">Print Recipe</a>
<a href="https://www.pinterest.com/pin/create/bookmarklet/?url=x" class="wprm-recipe-pin wprm-recipe-link wprm-block-text-normal" target="_blank"
rel="nofollow noopener" data-recipe="5540">Pin Recipe</a>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${rSummary}</span></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container wprm-recipe-details-container-columns">
${rTime('prep', 'Prep Time', '10')}
${rTime('cook', 'Cook Time', '30')}
${rTime('total', 'Total Time', '40')}</div>
<div class="wprm-recipe-meta-container wprm-recipe-tags-container wprm-recipe-details-container wprm-recipe-details-container-columns">
${rTag('course', 'Course', 'Main Course')}
${rTag('cuisine', 'Cuisine', 'Mediterranean')}
${rTag('keyword', 'Keyword', 'bean stew, one-pot, smoky tomato')}</div>
<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal wprm-recipe-servings-container"><span
class="wprm-recipe-details-label wprm-block-text-faded wprm-recipe-servings-label">Servings </span><span class="wprm-recipe-servings-with-unit"><span
class="wprm-recipe-servings wprm-recipe-details wprm-recipe-servings-5540 wprm-recipe-servings-adjustable-tooltip wprm-block-text-normal"
data-recipe="5540" aria-label="Adjust recipe servings">4</span> <span class="wprm-recipe-servings-unit wprm-recipe-details-unit
wprm-block-text-normal">people</span></span></div>
<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal wprm-recipe-author-container"><span
class="wprm-recipe-details-label wprm-block-text-faded wprm-recipe-author-label">Author </span><span class="wprm-recipe-details wprm-recipe-author
wprm-block-text-normal">Hannah Oyelaran</span></div>
<div id="recipe-5540-ingredients" class="wprm-recipe-ingredients-container wprm-recipe-5540-ingredients-container wprm-block-text-normal
wprm-ingredient-style-regular" data-recipe="5540" data-servings="4"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header wprm-block-text-bold
wprm-align-left wprm-header-decoration-none wprm-header-has-actions" style="">Ingredients <div class="wprm-recipe-adjustable-servings-container
wprm-recipe-adjustable-servings-5540-container wprm-toggle-container wprm-block-text-normal"><a href="#" role="button"
class="wprm-recipe-adjustable-servings wprm-toggle wprm-toggle-active" data-multiplier="1" data-servings="4" data-recipe="5540"
aria-label="Adjust servings by 1x">1x</a><a href="#" role="button" class="wprm-recipe-adjustable-servings wprm-toggle" data-multiplier="2" data-servings="4"
data-recipe="5540" aria-label="Adjust servings by 2x">2x</a><a href="#" role="button" class="wprm-recipe-adjustable-servings wprm-toggle" data-multiplier="3"
data-servings="4" data-recipe="5540" aria-label="Adjust servings by 3x">3x</a></div><div class="wprm-unit-conversion-container
wprm-unit-conversion-container-5540 wprm-unit-conversion-container-links wprm-block-text-normal"><a href="#" class="wprm-unit-conversion
wprmpuc-active" data-system="1" data-recipe="5540" role="button">Metric</a> - <a href="#" class="wprm-unit-conversion" data-system="2"
data-recipe="5540" role="button">US Customary</a></div></h3>
${rGroups
  .map(
    ([g, items]) => `<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name
wprm-block-text-bold">${g}</h4><ul class="wprm-recipe-ingredients">${items.map(ing).join('\n')}</ul></div>`,
  )
  .join('\n')}</div>
<div id="recipe-5540-instructions" class="wprm-recipe-instructions-container wprm-recipe-5540-instructions-container wprm-block-text-normal"
data-recipe="5540"><h3 class="wprm-recipe-header wprm-recipe-instructions-header wprm-block-text-bold wprm-align-left wprm-header-decoration-none"
style="">Instructions</h3><div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">${rSteps
  .map(
    (t, i) => `<li id="wprm-recipe-5540-step-0-${i}" class="wprm-recipe-instruction" style="list-style-type: decimal;"><div
class="wprm-recipe-instruction-text"
style="margin-bottom: 5px;"><span style="display: block;">${t}</span></div></li>`,
  )
  .join('\n')}</ul></div></div>
<div id="recipe-5540-notes" class="wprm-recipe-notes-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-notes-header
wprm-block-text-bold wprm-align-left wprm-header-decoration-none" style="">Notes</h3><div class="wprm-recipe-notes">${rNotes
  .map((t) => `<span style="display: block;">${t}</span>`)
  .join('\n')}</div></div>
<h3 class="wprm-recipe-header wprm-recipe-nutrition-header wprm-block-text-bold wprm-align-left wprm-header-decoration-none" style="">Nutrition</h3><div
class="wprm-nutrition-label-container wprm-nutrition-label-container-simple wprm-block-text-normal" style="text-align: left;">
${rNutri('Calories', '412', 'kcal')}<span style="color: #777777"> | </span>${rNutri('Carbohydrates', '52', 'g')}<span style="color: #777777"> |
</span>${rNutri(
  'Protein',
  '15',
  'g',
)}<span style="color: #777777"> | </span>${rNutri('Fat', '16', 'g')}<span style="color: #777777"> | </span>${rNutri('Fiber', '13', 'g')}</div>
<div class="wprm-call-to-action wprm-call-to-action-simple" style="color: #333333;background-color: #f3ece4;margin: 0px;padding-top: 10px;padding-bottom:
10px;"><span class="wprm-recipe-icon wprm-call-to-action-icon"><svg width="16" height="16" viewBox="0 0 24 24"></svg></span> <span
class="wprm-call-to-action-text-container"><span class="wprm-call-to-action-header" style="color: #333333;">Tried this recipe?</span><span
class="wprm-call-to-action-text">Mention <a href="https://www.instagram.com/saltboxkitchen" target="_blank" rel="noreferrer noopener"
style="color: #b5502e">@saltboxkitchen</a> or tag <a href="https://www.instagram.com/explore/tags/saltboxkitchen" target="_blank"
rel="noreferrer noopener" style="color: #b5502e">#saltboxkitchen</a>!</span></span></div></div></div>
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span><a
href="https://saltboxkitchen.com/tag/beans/" title="beans" class="tag-link tag-item-beans" rel="tag"><span class="tag-hash">#</span>beans</a><a
href="https://saltboxkitchen.com/tag/one-pot/" title="one-pot" class="tag-link tag-item-one-pot" rel="tag"><span class="tag-hash">#</span>one-pot</a><a
href="https://saltboxkitchen.com/tag/vegan/" title="vegan" class="tag-link tag-item-vegan" rel="tag"><span class="tag-hash">#</span>vegan</a></span></div>
</footer></div></article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img alt=""
src="https://secure.gravatar.com/avatar/ho?s=80" class="avatar avatar-80 photo" height="80" width="80"></div><b class="entry-author-name author-name
fn"><a href="https://saltboxkitchen.com/author/hannah/" title="Posts by Hannah Oyelaran" class="author-link" rel="author">Hannah Oyelaran</a></b><div
class="entry-author-description author-bio"><p>Hannah cooks in a very small kitchen above a bike shop on the north coast and writes about food you can
make on a
Tuesday.</p></div></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div
class="nav-previous"><a href="https://saltboxkitchen.com/harissa-chickpeas-crispy-kale/" rel="prev"><div class="post-navigation-sub"><small><span
class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-left-alt-svg"></svg></span>Previous</small></div>
Harissa
Chickpeas with Crispy Kale</a></div><div class="nav-next"><a href="https://saltboxkitchen.com/brown-butter-oat-cookies/" rel="next"><div
class="post-navigation-sub"><small>Next<span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true"></svg></span></small></div>
Brown Butter Oat
Cookies</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div
class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide">
<ul class="splide__list">${rSimilar
  .map(
    (t, i) => `<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post-${5400 + i}"><div
class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a href="https://saltboxkitchen.com/p${5400 + i}/"
rel="bookmark">${t}</a></h3>
</header></div></article></li>`,
  )
  .join('\n')}</ul></div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">38 Comments</h2><ol class="comment-list">${rComments
  .map(
    ([n, d, t], i) => `<li id="comment-${9100 + i}" class="comment ${i === 1 ? 'byuser comment-author-hannah bypostauthor depth-2' : 'depth-1'}">
<article id="div-comment-${9100 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt=""
src="https://secure.gravatar.com/avatar/c${i}?s=60"
class="avatar avatar-60 photo" height="60" width="60"><b class="fn">${n}</b></div><div class="comment-metadata"><a href="#comment-${9100 + i}"><time
datetime="2027-02-2${4 + (i === 2 ? 2 : 0)}">${d}</time></a></div></footer><div class="comment-content">${
      i === 1
        ? ''
        : `<p><img class="wprm-comment-rating" src="https://saltboxkitchen.com/wp-content/plugins/wp-recipe-maker/assets/icons/rating/stars-5.svg"
alt="5 stars" width="80" height="16"></p>`
    }<p>${t}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${9100 + i}">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div class="comments-pagination"><a class="next page-numbers"
href="https://saltboxkitchen.com/smoky-tomato-white-bean-stew/comment-page-2/#comments">Load More
Comments</a></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form class="comment-form"><div
class="comment-form-wprm-rating"><label for="wprm-comment-rating-2104461981">Recipe Rating</label><span class="wprm-rating-stars"><fieldset
class="wprm-comment-ratings-container"><legend>Recipe Rating</legend><input aria-label="Don't rate this recipe" name="wprm-comment-rating" value="0"
type="radio"></fieldset></span></div><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea
id="comment"
name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post
Comment"></p></form></div></div>
</div></div>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div
class="sidebar-inner-wrap"><section id="block-7" class="widget widget_block"><div class="wp-block-group about-box"><h2 class="wp-block-heading">Hi, I’m
Hannah!</h2><p>I write simple, cosy recipes for small kitchens and busy weeknights.</p><p><a href="https://saltboxkitchen.com/about/">More about
me</a></p></div>
</section><section id="block-8" class="widget widget_block"><h2 class="wp-block-heading">Popular Recipes</h2><ul class="wp-block-latest-posts__list
wp-block-latest-posts">${links(rPopular)}</ul></section>
<section id="block-9" class="widget widget_block">${rAd(4)}</section></div></aside></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container
site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default"
data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner"><div class="site-container"><div
class="site-bottom-footer-inner-wrap
site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default
site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain"><div
class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item
content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default
content-mobile-valign-default" data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div
class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>© 2027 Saltbox Kitchen. All rights reserved. <a
href="https://saltboxkitchen.com/privacy-policy/">Privacy Policy</a> · <a href="https://saltboxkitchen.com/disclosure/">Disclosure</a></p></div></div></div>
</div></div></div></div></div></div></div></footer></div>
<a id="kt-scroll-up" tabindex="-1" aria-hidden="true" aria-label="Scroll to top" href="#wrapper" class="kadence-scroll-to-top scroll-up-wrap scroll-ignore
scroll-up-side-right scroll-up-style-outline vs-lg-true vs-md-true vs-sm-false"><span class="kadence-svg-iconset"><svg aria-hidden="true"></svg></span></a>
<script type="text/javascript" async
src="https://ads.adthrive.com/sites/5e1c9a02b7/ads.min.js?referrer=https%3A%2F%2Fsaltboxkitchen.com"></script></body></html>`;
const recipe: TestPage = gold({
  name: 'heldout708-wprm-bean-stew',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [...rHeads, ...rFaq.map(([q]) => q), rCardName, 'Ingredients', ...rGroups.map(([g]) => g), 'Instructions', 'Notes'],
  body: texts([
    ...rIntro,
    ...rWhy,
    rIngIntro,
    ...rIng,
    ...rHow,
    ...rTips,
    ...rFaq.map(([, a]) => a),
    rSummary,
    ...rGroups.flatMap(([, items]) => items.map(ingText)),
    ...rSteps,
    ...rNotes,
  ]),
  bylines: ['By Hannah Oyelaran', 'Updated February 22, 2027', ...rComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...rNav, 'Home', '38 Comments', 'This post may contain affiliate links. Please read my disclosure policy.', 'Jump to Recipe',
    'Print Recipe', 'Never miss a recipe', 'New recipes every Tuesday and Friday, straight to your inbox.', 'Email address', 'Subscribe',
    '4.91 from 57 votes', 'Pin Recipe', 'Prep Time', '10', 'Cook Time', '30', 'Total Time', '40', 'minutes', 'Course', 'Main Course', 'Cuisine',
    'Mediterranean', 'Keyword', 'bean stew, one-pot, smoky tomato', 'Servings', '4', 'people', 'Author', '1x', '2x', '3x', 'Metric', 'US Customary',
    'Nutrition', 'Calories:', '412', 'kcal', 'Carbohydrates:', '52', 'g', 'Protein:', '15', 'Fat:', '16', 'Fiber:', '13', 'Tried this recipe?',
    'Mention @saltboxkitchen or tag #saltboxkitchen!', 'Post Tags:', 'beans', 'one-pot', 'vegan',
    'Hannah cooks in a very small kitchen above a bike shop on the north coast and writes about food you can make on a Tuesday.', 'Post navigation',
    'Previous', 'Harissa Chickpeas with Crispy Kale', 'Next', 'Brown Butter Oat Cookies', 'Similar Posts', ...rSimilar,
    ...rComments.map(([, , t]) => t), 'Reply', 'Load More Comments', 'Leave a Reply', 'Recipe Rating', 'Comment *', 'Hi, I’m Hannah!',
    'I write simple, cosy recipes for small kitchens and busy weeknights.', 'More about me', 'Popular Recipes', ...rPopular,
    '© 2027 Saltbox Kitchen. All rights reserved. Privacy Policy · Disclosure',
  ],
});

const xTitle = 'Five walks from our front door, and where to eat after each one';
const xIntro = j(
  'Guests often ask us at breakfast where they should walk, and the honest answer is: almost anywhere. Salter’s Quay sits where',
  'the estuary meets the sea, so within an hour you can be on a cliff top, in an oak wood or on a beach with nobody else on it.',
  'Here are the five walks we send people on most often, with the pub, café or bakery we always suggest for afterwards.',
);
const xWalks: [string, string, string][] = [
  [
    '1. The Estuary Loop (5 km, easy)',
    j(
      'Turn left out of the front door and follow the harbour wall to the old ferry steps, then take the path along the water to',
      'Mill Creek and back over the top field. It is flat all the way and at its best an hour before high tide, when the herons',
      'come in.',
    ),
    'The Crab Shed on the quay, for crab sandwiches on brown bread. Cash only, and closed on Mondays.',
  ],
  [
    '2. Gull Point (8 km, moderate)',
    j(
      'A proper cliff walk, with two steep climbs. The path is well marked, but it gets muddy after rain, so wear boots rather than',
      'trainers. Look out for the old coastguard lookout at the halfway point; it is open on summer weekends.',
    ),
    'The Lookout Café at the Gull Point car park, whose cheese scones we would walk twice the distance for.',
  ],
  [
    '3. Hobb’s Wood (4 km, easy)',
    j(
      'The shortest of the five and the best on a windy day. The wood is sheltered and full of bluebells in May, and there is a',
      'rope swing over the stream that our own children are now too old for, allegedly.',
    ),
    'The Bell at Hobbley, ten minutes on foot from the far end of the wood. Dogs are welcome, and the Sunday roast sells out by two.',
  ],
  [
    '4. The Shingle Bank (6 km, easy but slow)',
    j(
      'Walking on shingle is harder than it looks, so allow twice as long as you think. The reward is a bank of sea kale and yellow',
      'horned poppies in June, and seals hauled out on the sandbar at low tide.',
    ),
    'Nell’s van in the car park at Shinglehead, which sells coffee and bacon rolls from Easter to October.',
  ],
  [
    '5. Beacon Hill (11 km, hard)',
    j(
      'The long one. It climbs steadily through farmland to the beacon, the highest point for miles, then drops back down through',
      'the valley of the River Sallow. Take water, and a map: the signposts give up after Coldharbour Farm.',
    ),
    'Our own kitchen. Tell us at breakfast, and there will be a flask of soup and a slab of cake waiting for you when you get back.',
  ],
];
const xEnd = 'We keep printed maps of all five walks at the front desk, along with the tide times for the week. Just ask.';
const xNav = ['Home', 'Rooms', 'Breakfast', 'Around Salter’s Quay', 'Blog', 'Contact'];
const xRecent: [string, string, string][] = [
  ['Our spring breakfast menu is here', '38', '1'],
  ['Ten things to do in Salter’s Quay when it rains', '211', '4'],
  ['Meet Bess, our new sourdough starter', '97', '0'],
];
const xP = (t: string, id: string): string =>
  `<p class="MzPyK UmH3d _8sLiM TJEhc public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr" id="viewer-${id}"
dir="auto"><span style="font-size:18px" class="wixui-rich-text__text">${t}</span></p>`;
const xH2 = (t: string, id: string): string => `<h2 class="OvXk1 Qm9R5 _8sLiM TJEhc public-DraftStyleDefault-block-depth0 fixed-tab-size
public-DraftStyleDefault-text-ltr" id="viewer-${id}" dir="auto"><span>${t}</span></h2>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192"
href="https://static.wixstatic.com/media/8d2c41_driftwood~mv2.png/v1/fill/w_192,h_192,lg_1,usm_0.66_1.00_0.01/8d2c41_driftwood~mv2.png"
type="image/png"><meta name="format-detection" content="telephone=no"><meta name="skype_toolbar" content="skype_toolbar_parser_compatible">
<script>window.viewerModel =
{"site":{"metaSiteId":"c7f0e1a2-9b3d-4c5e-8f61-2a7b9d0c4e13","isHttps":true,"externalBaseUrl":"https:\\/\\/www.driftwoodinn.example"},
"language":{"userLanguage":"en","siteLanguage":"en"},"requestUrl":"https:\\/\\/www.driftwoodinn.example\\/post\\/five-walks-from-our-front-door"};</script>
<title>Five walks from our front door, and where to eat after each one</title>
<meta name="description" content="Guests often ask us at breakfast where they should walk. Here are the five walks we send people on most often.">
<link rel="canonical" href="https://www.driftwoodinn.example/post/five-walks-from-our-front-door"><meta property="og:title" content="${xTitle}">
<meta property="og:type" content="article"><meta property="og:site_name" content="The Driftwood Inn"><meta property="article:author" content="Greta Vann">
<meta property="article:published_time" content="2027-03-02T08:41:17.420Z"><meta property="article:modified_time" content="2027-03-04T16:02:53.118Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"Greta Vann"},"datePublished":"2027-03-02T08:41:17.420Z","dateModified":"2027-03-04T16:02:53.118Z","interactionStatistic":
[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":9}]}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255,1;} #comp-kx1{--menuTotalBordersX:0px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout"><header id="SITE_HEADER" class="xU8fqS
SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"><div id="comp-kx0" class="comp-kx0 wixui-rich-text"
data-testid="richTextElement"><h2
class="font_0 wixui-rich-text__text" style="font-size:28px;"><span class="wixui-rich-text__text"><a href="https://www.driftwoodinn.example" target="_self"
class="wixui-rich-text__text">The Driftwood Inn</a></span></h2></div>
<nav aria-label="Site" id="comp-kx1" class="comp-kx1 wixui-horizontal-menu" data-testid="dropdown-menu"><ul class="ItHTKj wixui-horizontal-menu__list">${xNav
  .map(
    (t, i) => `<li class="wixui-horizontal-menu__item${i === 4 ? ' selected' : ''}" data-testid="linkElement-${i}"><a data-testid="linkElement"
href="https://www.driftwoodinn.example/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="UiHgGh"${i === 4 ? ' aria-current="page"' : ''}><div
class="yRj2ms"><div class="_pfxlW"><p class="JS76Uv wixui-horizontal-menu__item-label">${t}</p></div></div></a></li>`,
  )
  .join(
    '\n',
  )}<li class="wixui-horizontal-menu__item" data-testid="more-button" aria-hidden="true" style="visibility:hidden"><p class="JS76Uv">More</p></li></ul>
</nav><div id="comp-kx2" class="comp-kx2 wixui-button"><a data-testid="linkElement" href="https://www.driftwoodinn.example/book-a-room" class="uDW_Qe
wixui-button"><span class="l7_2fn wixui-button__label">Book a Room</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="page">
<div id="TPASection_kx8" class="TPASection_kx8"><div class="blog-post-page-font" data-hook="post-page"><section class="Hgcvr9 blog-post-page-font
has-custom-focus" data-hook="post-page-container"><div class="QtGmvF" data-hook="post-container"><article class="Wm8lp4 blog-post-page-font" data-hook="post">
<div class="m7Sgfv"><div class="Ae2rK9" data-hook="post-header"><div class="c0lPMc post-metadata" data-hook="post-metadata"><div class="cbS4nX"><a
href="https://www.driftwoodinn.example/profile/greta/profile" data-hook="avatar-image" class="tQ0Q1A"><div class="iNlM9l"><img
src="https://static.wixstatic.com/media/8d2c41_greta~mv2.jpg/v1/fill/w_32,h_32/8d2c41_greta~mv2.jpg" alt="Writer's picture" class="_2EUGT"></div></a></div>
<div class="dqyTLb"><div class="Ksr0LN"><span class="tQ0Q1A user-name" data-hook="user-name"><span class="nmQkPa">Greta Vann</span></span></div>
<ul class="pPmblm"><li data-hook="time-ago" class="post-metadata__date time-ago" title="Mar 2">Mar 2</li><li data-hook="time-to-read"
class="post-metadata__readTime" title="4 min read">4 min read</li></ul><span data-hook="updated-date" class="UZa2Xr">Updated: Mar 4</span></div></div>
<div class="Yo3kze" data-hook="more-button"><button class="blog-icon-fill blog-post-text-color" type="button" aria-label="More actions"><svg
xmlns="http://www.w3.org/2000/svg" width="19" viewBox="0 0 19 19" role="img"></svg></button></div></div>
<div class="kTtaaG"><h1 class="H3vOVf blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text
blog-post-title-font blog-post-title-color">${xTitle}</span></h1></div>
<div class="fTEXDR" data-hook="post-description"><div data-id="content-viewer" class="mm5sJw TvnvL9" data-hook="ricos-viewer"><div dir="ltr"
class="rich-content-viewer"><div class="ricos-content"><div data-hook="rcv-block-first">${xP(xIntro, 'foo01')}</div>
<div data-hook="rcv-block2"><div id="viewer-im1" class="_6jtsr"><div class="XhEZJ" data-hook="imageViewer" role="button" tabindex="0"><div
class="Y4Oqb"><img data-pin-url="https://www.driftwoodinn.example/post/five-walks-from-our-front-door"
data-pin-media="https://static.wixstatic.com/media/8d2c41_gull~mv2.jpg"
src="https://static.wixstatic.com/media/8d2c41_gull~mv2.jpg/v1/fill/w_740,h_493,al_c,q_80/8d2c41_gull~mv2.jpg" alt=""
style="width:100%"></div></div><figcaption
class="_7nOXa" data-hook="imageViewerCaption"><span dir="auto" class="_6DhbA">The view back towards the harbour from the lookout at Gull
Point.</span></figcaption></div></div>
${xWalks
  .map(
    ([h, d, e], i) => `<div data-hook="rcv-block${3 + i * 3}">${xH2(h, `h${i}`)}</div>
<div data-hook="rcv-block${4 + i * 3}">${xP(d, `d${i}`)}</div>
<div data-hook="rcv-block${5 + i * 3}">${xP(`<strong>Eat after:</strong> ${e}`, `e${i}`)}</div>`,
  )
  .join('\n')}
<div data-hook="rcv-block-divider"><div class="_1ULTL" data-hook="divider-single"><hr class="dMiSX"></div></div>
<div data-hook="rcv-block-last">${xP(`<em>${xEnd}</em>`, 'end01')}</div></div></div></div></div>
<div class="Lx1Ctr" data-hook="post-footer"><div class="mKFnnA" data-hook="post-main-actions-desktop"><div class="V3JZ1v"><div class="blog-post-text-font
Cn6IEm" data-hook="share-buttons"><button aria-label="Share via Facebook" class="N2Ooa7" type="button"><svg role="img"></svg></button><button
aria-label="Share via Twitter" class="N2Ooa7" type="button"><svg role="img"></svg></button><button aria-label="Share via LinkedIn" class="N2Ooa7"
type="button"><svg role="img"></svg></button><button aria-label="Share via link" class="N2Ooa7" type="button"><svg role="img"></svg></button></div></div>
<nav aria-label="Tags" class="GRRLk7" data-hook="post-tags"><ul class="PGoNMD"><li><a href="https://www.driftwoodinn.example/blog/tags/walks"
class="blog-text-color tag-link">walks</a></li><li><a href="https://www.driftwoodinn.example/blog/tags/local-food" class="blog-text-color
tag-link">local food</a>
</li><li><a href="https://www.driftwoodinn.example/blog/tags/salters-quay" class="blog-text-color tag-link">Salter’s Quay</a></li></ul></nav>
<div class="yjL5pq" data-hook="post-categories-list"><a href="https://www.driftwoodinn.example/blog/categories/around-the-inn"
class="blog-link-hover-color">Around
the Inn</a></div></div>
<div class="ez2Lmj post-stats" data-hook="post-stats"><div class="rCRPo3"><span class="nMwTkW" data-hook="view-count" title="146 views">146 views</span><a
href="#comments" class="nMwTkW" data-hook="comment-count">2 comments</a></div><div class="dDtr8o" data-hook="like-button-with-count"><span
class="TdQ99Y like-button-with-count__like-count" data-hook="like-button-with-count__like-count">9</span><button class="KFNFEV" data-hook="like-button"
type="button" aria-label="Like post" aria-pressed="false"><svg role="img"></svg></button></div></div></div></div></article></div>
<div class="fxsBrI" data-hook="recent-posts"><div class="qOp2Zb"><h2 class="blog-post-text-font">Recent Posts</h2><a
href="https://www.driftwoodinn.example/blog" class="blog-link-hover-color" data-hook="see-all-link">See All</a></div><div class="pqE6Ln">${xRecent
  .map(
    ([t, v, c]) => `<div class="post-list-item"><a class="post-list-item__title" href="https://www.driftwoodinn.example/post/${t
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')}"><h3 class="blog-post-title-font">${t}</h3></a><div class="post-footer" data-hook="post-footer"><span
data-hook="view-count">${v}</span><span data-hook="comment-count">${c}</span></div></div>`,
  )
  .join('\n')}</div></div>
<div class="comments-container" id="comments" data-hook="comments-container"><h2 class="Ww5fLY blog-post-text-font">Comments</h2><div
class="uJ7WlR" data-hook="comment-box-placeholder"><span class="RnbtoP">Write a comment...</span></div>
<div class="w-comment" data-hook="comment"><div class="w-comment-header"><span class="w-comment-author" data-hook="author-name">Pip Ashdown</span><span
class="w-comment-time" data-hook="comment-timestamp">Mar 3</span></div><div class="w-comment-content"><p>We did Gull Point on your advice last autumn and
are still talking about those scones.</p></div><div class="w-comment-actions"><button data-hook="like-button">Like</button><button
data-hook="reply-button">Reply</button></div></div>
<div class="w-comment w-comment--reply" data-hook="comment"><div class="w-comment-header"><span class="w-comment-author" data-hook="author-name">Greta
Vann</span><span class="w-comment-time" data-hook="comment-timestamp">Mar 4</span><span class="w-comment-badge">Admin</span></div><div
class="w-comment-content"><p>Come back in May for the bluebells in Hobb’s Wood, Pip!</p></div><div class="w-comment-actions"><button
data-hook="like-button">Like</button><button data-hook="reply-button">Reply</button></div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-kx9" class="wixui-rich-text"
data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">The Driftwood Inn, 4 Harbour Row, Salter’s Quay</p><p class="font_9
wixui-rich-text__text">Phone 01632 960 418 · stay@driftwoodinn.example</p><p class="font_9 wixui-rich-text__text">© 2027 by The Driftwood Inn.
Powered and secured by <a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank" class="wixui-rich-text__text">Wix</a></p></div></div>
</footer></div></div></div></div>
<div id="ccsu-banner" class="consent-banner" role="dialog" aria-label="Cookie banner" data-hook="ccsu-banner-wrapper"><div class="ccsu-banner-text"
data-hook="ccsu-banner-text">This website uses cookies. By clicking Accept, you agree to our use of such cookies. <a
href="https://www.driftwoodinn.example/privacy">Privacy
Policy</a></div><div class="ccsu-banner-buttons"><button data-hook="ccsu-banner-decline-all">Decline All</button><button
data-hook="ccsu-banner-settings-button">Settings</button><button data-hook="ccsu-banner-accept-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.1f0b2a9c.bundle.min.js" async></script></body></html>`;
const wix: TestPage = gold({
  name: 'heldout708-wix-five-walks',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xWalks.map(([h]) => h),
  body: texts([xIntro, ...xWalks.flatMap(([, d, e]) => [d, `Eat after: ${e}`]), xEnd]),
  bylines: ['Greta Vann', 'Mar 2', '4 min read', 'Updated: Mar 4', 'Pip Ashdown', 'Mar 3', 'Mar 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'The Driftwood Inn', ...xNav, 'Book a Room', 'The view back towards the harbour from the lookout at Gull Point.', 'walks',
    'local food', 'Salter’s Quay', 'Around the Inn', '146 views', '2 comments', '9', 'Recent Posts', 'See All',
    ...xRecent.flat(), 'Comments', 'Write a comment...',
    'We did Gull Point on your advice last autumn and are still talking about those scones.', 'Like', 'Reply', 'Admin',
    'Come back in May for the bluebells in Hobb’s Wood, Pip!', 'The Driftwood Inn, 4 Harbour Row, Salter’s Quay',
    'Phone 01632 960 418 · stay@driftwoodinn.example', '© 2027 by The Driftwood Inn. Powered and secured by Wix',
    'This website uses cookies. By clicking Accept, you agree to our use of such cookies. Privacy Policy', 'Decline All', 'Settings', 'Accept',
  ],
});

export const HELDOUT708_C: readonly TestPage[] = [recipe, wix];
