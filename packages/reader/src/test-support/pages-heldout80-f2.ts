import { links, ps, type TestPage, texts } from './page-kit.js';
import {
  rc1,
  rc2,
  rc3,
  rc4,
  rc5,
  rcCardDesc,
  rcCardTitle,
  rcDisclosure,
  rcH1,
  rcH2,
  rcH3,
  rcH4,
  rcH5,
  rcIngredients,
  rcList1,
  rcNotes,
  rcSteps,
  rcTitle,
} from './pages-heldout80-f3.js';

/**
 * Held-out batch 80, file f2: a recipe blog post on WordPress (Genesis child theme) with the Tasty Recipes card (skip links,
 * header and menu, Yoast breadcrumbs, entry meta, "Jump to Recipe" and "Print Recipe" buttons, the affiliate disclosure at
 * the top of the entry content, ad slots between paragraphs, the recipe card with rating, details, Print/Pin buttons, the
 * units and scale buttons, "Cook Mode", ingredients, instructions, notes, keywords and nutrition and its "Did you make
 * this recipe?" footer, categories, the author box, rated comments, the comment form, the sidebar and the footer).
 */
const rcAd = (n: number): string =>
  `<div class="adthrive-ad adthrive-content adthrive-content-${n} adthrive-ad-cls" data-google-query-id="CPb8${n}" style="min-height: 250px;">
<div id="google_ads_iframe_/18190176,22527845391/AdThrive_Content_${n}/5f0c_0__container__" style="border: 0pt none;"></div></div>`;
const rcMenu = ['Recipes', 'Soups', 'Baking', 'Weeknight dinners', 'About'];
const rcDetails: [string, string][] = [
  ['Prep Time', '10 minutes'],
  ['Cook Time', '30 minutes'],
  ['Total Time', '40 minutes'],
  ['Yield', '4 servings'],
  ['Category', 'Soup'],
  ['Method', 'Stovetop'],
  ['Cuisine', 'British'],
];
const rcNutrition: [string, string][] = [
  ['Serving Size', '1 bowl'],
  ['Calories', '318'],
  ['Fat', '8 g'],
  ['Carbohydrates', '46 g'],
  ['Protein', '16 g'],
];
const rcComments: [string, string, string][] = [
  ['Maggie L.', 'October 6, 2025 at 7:12 pm', 'Made this tonight with the charred leeks and my kids actually asked for seconds. The paprika makes it.'],
  ['Rob from Derby', 'October 9, 2025 at 12:30 pm', 'Froze half of it as suggested and it reheated perfectly. I added a spoon of tahini, lovely.'],
];
const rcPopular = ['One-pot chickpea and spinach stew', 'Brown butter oat cookies', 'Roast squash and sage risotto'];
const rcFoot = ['Privacy Policy', 'Accessibility', 'Contact', 'Work with me'];
const rcAbout = 'Hi, I’m Hattie! I cook quick, cheap vegetarian food for a busy family in Bristol, and I test every recipe at least three times.';
const rcStars = `<span class="tasty-recipes-rating-stars"><span class="tasty-recipes-rating-solid" data-tr-clip="100">★</span><span
class="tasty-recipes-rating-solid"
data-tr-clip="100">★</span><span class="tasty-recipes-rating-solid" data-tr-clip="100">★</span><span class="tasty-recipes-rating-solid">★</span><span
class="tasty-recipes-rating-solid" data-tr-clip="80">★</span></span>`;
const rcCard = `<span class="tasty-recipes-jump-target" id="tasty-recipes-48213-jump-target" style="display:block;padding-top:2px;margin-top:-2px;"></span>
<div class="tasty-recipes-anchor" id="tasty-recipes-48213" style="height:1px;margin-top:-1px;"></div>
<div id="tasty-recipes-48213" data-tr-id="48213" class="tasty-recipes tasty-recipes-48213 tasty-recipes-display tasty-recipes-has-image">
<div class="tasty-recipes-entry-header"><div class="tasty-recipes-header-content"><div class="tasty-recipes-image"><img width="225" height="225"
src="https://crumbandkettle.com/wp-content/uploads/2025/10/lentil-soup-225x225.jpg" class="attachment-thumbnail size-thumbnail" alt="" data-pin-nopin="true"
decoding="async"></div><h2 class="tasty-recipes-title">${rcCardTitle}</h2>
<div class="tasty-recipes-rating" data-tr-rating="4.8"><a href="#respond">${rcStars}
<p><span class="rating-label"><span class="average">4.8</span> from <span class="count">36</span> reviews</span></p></a></div>
<div class="tasty-recipes-details"><ul>
<li class="author"><span class="tasty-recipes-label">Author:</span> <span class="tasty-recipes-author-name">Hattie Brennan-Osei</span></li>
${rcDetails
  .map(
    ([l, v]) =>
      `<li class="${l.toLowerCase().replace(' ', '-')}"><span class="tasty-recipes-label">${l}:</span> <span class="tasty-recipes-${l
        .toLowerCase()
        .replace(' ', '-')}">${v}</span></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="tasty-recipes-buttons"><div class="tasty-recipes-button-wrap"><a class="tasty-recipes-print-button tasty-recipes-no-print button"
href="https://crumbandkettle.com/smoky-red-lentil-soup/print/48213/" target="_blank" data-tasty-recipes-customization="button-color.background">Print
Recipe</a></div>
<div class="tasty-recipes-button-wrap"><a class="share-pin button" data-pin-custom="true" data-href="https://www.pinterest.com/pin/create/bookmarklet/?url=x"
href="https://www.pinterest.com/pin/create/bookmarklet/?url=x" target="_blank">Pin Recipe</a></div></div></div>
<div class="tasty-recipes-entry-content"><div class="tasty-recipes-description"><div class="tasty-recipes-description-body"><p>${rcCardDesc}</p></div></div>
<div class="tasty-recipes-ingredients"><div class="tasty-recipes-ingredients-header"><h3>Ingredients</h3>
<div class="tasty-recipes-units-scale-container"><span class="tasty-recipes-convert-container"><span class="tasty-recipes-convert-label">Units</span>
<button class="tasty-recipes-convert-button tasty-recipes-convert-button-active" data-unit-type="usc">US</button>
<button class="tasty-recipes-convert-button" data-unit-type="metric">M</button></span>
<span class="tasty-recipes-scale-container"><span class="tasty-recipes-scale-label">Scale</span>
<button class="tasty-recipes-scale-button tasty-recipes-scale-button-active" data-amount="1">1x</button><button class="tasty-recipes-scale-button"
data-amount="2">2x</button><button class="tasty-recipes-scale-button" data-amount="3">3x</button></span></div></div>
<div class="tasty-recipes-ingredients-body" data-tasty-recipes-customization="body-color.color"><ul>
${rcIngredients
  .map(
    (t) => `<li data-tr-ingredient-checkbox=""><span class="tr-ingredient-checkbox-container"><input type="checkbox" name="" value="" aria-label="${t}"
data-tr-checkbox=""><label aria-hidden="true"></label></span>${t}</li>`,
  )
  .join('\n')}</ul></div></div>
<div class="tasty-recipes-instructions"><div class="tasty-recipes-instructions-header"><h3>Instructions</h3>
<div class="tasty-recipes-cook-mode"><input type="checkbox" id="tasty-recipes-cook-mode-toggle-48213" class="tasty-recipes-cook-mode__toggle">
<label for="tasty-recipes-cook-mode-toggle-48213"><span class="tasty-recipes-cook-mode__label">Cook Mode</span><span
class="tasty-recipes-cook-mode__helper">Prevent
your screen from going dark</span></label></div></div>
<div class="tasty-recipes-instructions-body"><ol>${rcSteps.map((t, i) => `<li id="instruction-step-${i + 1}">${t}</li>`).join('\n')}</ol></div></div>
<div class="tasty-recipes-notes"><h3>Notes</h3><div class="tasty-recipes-notes-body"><ul>${rcNotes.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
<div class="tasty-recipes-keywords"><p><span class="tasty-recipes-label">Keywords:</span> red lentil soup, vegan soup, smoked paprika</p></div>
<div class="tasty-recipes-nutrition"><h3>Nutrition</h3><ul>${rcNutrition
  .map(([l, v]) => `<li><span class="tasty-recipes-label">${l}:</span> <span class="tasty-recipes-${l.toLowerCase().replace(' ', '-')}">${v}</span></li>`)
  .join('\n')}</ul></div></div>
<footer class="tasty-recipes-entry-footer"><div class="tasty-recipes-footer-content"><svg class="tasty-recipes-footer-icon" viewBox="0 0 24 24"></svg>
<div class="tasty-recipes-footer-copy"><h3 class="tasty-recipes-footer-title">Did you make this recipe?</h3>
<p class="tasty-recipes-footer-content">Tag <a href="https://www.instagram.com/crumbandkettle">@crumbandkettle</a> on Instagram and hashtag it
<a href="https://www.instagram.com/explore/tags/crumbandkettle">#crumbandkettle</a></p></div></div></footer></div>`;
const rcHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rcTitle} - Crumb &amp; Kettle</title><meta name="description" content="${rcCardDesc}">
<link rel="canonical" href="https://crumbandkettle.com/smoky-red-lentil-soup/"><meta property="og:type" content="article"><meta property="og:title"
content="${rcTitle}">
<meta property="article:published_time" content="2023-01-16T08:00:00+00:00"><meta property="article:modified_time" content="2025-10-02T09:41:07+00:00">
<meta name="author" content="Hattie Brennan-Osei"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Hattie Brennan-Osei">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rcTitle}",
"author":{"name":"Hattie Brennan-Osei"},"datePublished":"2023-01-16T08:00:00+00:00","dateModified":"2025-10-02T09:41:07+00:00","wordCount":1180},
{"@type":"Recipe","name":"${rcCardTitle}","author":{"@type":"Person","name":"Hattie Brennan-Osei"},"description":"${rcCardDesc}","prepTime":"PT10M",
"cookTime":"PT30M","totalTime":"PT40M","recipeYield":["4","4 servings"],"recipeCategory":"Soup","recipeCuisine":"British",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","reviewCount":"36"}}]}</script>
<link rel="stylesheet" id="tasty-recipes-main-css"
href="https://crumbandkettle.com/wp-content/plugins/tasty-recipes/assets/dist/recipe.css?ver=3.14.1" media="all">
<link rel="stylesheet" id="child-theme-css" href="https://crumbandkettle.com/wp-content/themes/crumb/style.css?ver=2.4.0" media="all">
<script data-no-optimize="1" data-cfasync="false">window.adthriveCLS = {"enabledLocations":["Content","Recipe"],"siteAds":{"siteId":"5f0c"}};</script>
</head>
<body class="post-template-default single single-post postid-48190 single-format-standard wp-custom-logo header-full-width content-sidebar
genesis-breadcrumbs-visible
feast-plugin adthrive-device-desktop"><div class="site-container"><ul class="genesis-skip-link">
<li><a href="#genesis-nav-primary" class="screen-reader-shortcut"> Skip to primary navigation</a></li>
<li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li>
<li><a href="#genesis-sidebar-primary" class="screen-reader-shortcut"> Skip to primary sidebar</a></li></ul>
<header class="site-header"><div class="wrap"><div class="title-area"><a href="https://crumbandkettle.com/" class="custom-logo-link" rel="home"><img width="400"
height="100" src="https://crumbandkettle.com/wp-content/uploads/2023/01/logo.png" class="custom-logo" alt="Crumb &amp; Kettle"></a>
<p class="site-title">Crumb &amp; Kettle</p></div>
<nav class="nav-primary" aria-label="Main" id="genesis-nav-primary"><div class="wrap"><ul id="menu-primary" class="menu genesis-nav-menu menu-primary
js-superfish">
${rcMenu.map((t) => `<li class="menu-item"><a href="/${t.toLowerCase().replace(' ', '-')}/"><span>${t}</span></a></li>`).join('\n')}
<li class="search-item"><form class="search-form" method="get" action="https://crumbandkettle.com/" role="search"><label class="search-form-label
screen-reader-text"
for="searchform-1">Search this website</label><input class="search-form-input" type="search" name="s" id="searchform-1" placeholder="Search this
website"></form></li>
</ul></div></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<div class="breadcrumb"><span><span><a href="https://crumbandkettle.com/">Home</a></span> » <span><a
href="https://crumbandkettle.com/soups/">Soups</a></span> »
<span class="breadcrumb_last" aria-current="page">${rcTitle}</span></span></div>
<article class="post-48190 post type-post status-publish format-standard has-post-thumbnail category-soups category-vegan entry" aria-label="${rcTitle}">
<header class="entry-header"><h1 class="entry-title">${rcTitle}</h1>
<p class="entry-meta">By <span class="entry-author"><a href="https://crumbandkettle.com/about/" class="entry-author-link" rel="author"><span
class="entry-author-name">Hattie Brennan-Osei</span></a></span> <span class="entry-time">Updated: October 2, 2025</span> <span class="entry-comments-link"><a
href="https://crumbandkettle.com/smoky-red-lentil-soup/#comments">14 Comments</a></span></p></header>
<div class="entry-content"><div class="tasty-recipes-buttons-top"><a href="#tasty-recipes-48213-jump-target" class="tasty-recipes-jump-link">Jump to Recipe</a>
<a href="https://crumbandkettle.com/smoky-red-lentil-soup/print/48213/" class="tasty-recipes-print-link" target="_blank">Print Recipe</a></div>
<p class="disclosure"><em>${rcDisclosure.replace('disclosure policy', '<a href="/disclosure/">disclosure policy</a>')}</em></p>
${ps(rc1)}
${rcAd(1)}
<figure class="wp-block-image size-full"><img fetchpriority="high" decoding="async" width="1200" height="1800"
src="https://crumbandkettle.com/wp-content/uploads/2025/10/lentil-soup-1.jpg" alt="Two bowls of red lentil soup topped with charred leeks."
class="wp-image-48201" data-pin-description="Smoky red lentil soup with charred leeks, ready in 30 minutes."></figure>
<h2 class="wp-block-heading" id="why-youll-love-this-soup">${rcH1}</h2>
<ul class="wp-block-list">${rcList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading" id="ingredient-notes">${rcH2}</h2>
${ps(rc2)}
${rcAd(2)}
<h2 class="wp-block-heading" id="how-to-make-it">${rcH3}</h2>
${ps(rc3)}
<h2 class="wp-block-heading" id="storing-and-freezing">${rcH4}</h2>
${ps(rc4)}
${rcAd(3)}
<h3 class="wp-block-heading" id="can-i-use-green-or-brown-lentils">${rcH5}</h3>
${ps(rc5)}
${rcCard}
</div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="/soups/" rel="category tag">Soups</a>, <a href="/vegan/"
rel="category tag">Vegan</a></span></p></footer></article>
<section class="author-box"><img alt="" src="https://secure.gravatar.com/avatar/9b1?s=70&amp;d=mm&amp;r=g" class="avatar avatar-70 photo" height="70"
width="70">
<h4 class="author-box-title">About <span itemprop="name">Hattie Brennan-Osei</span></h4><div class="author-box-content"><p>${rcAbout}</p></div></section>
<h2 class="screen-reader-text">Reader Interactions</h2>
<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">
${rcComments
  .map(
    ([n, d, t], i) => `<li class="comment even thread-even depth-1" id="comment-${9120 + i}"><article><header class="comment-header"><p class="comment-author">
<img alt="" src="https://secure.gravatar.com/avatar/c${i}?s=48&amp;d=mm&amp;r=g" class="avatar avatar-48 photo" height="48" width="48" loading="lazy">
<span class="comment-author-name">${n}</span> <span class="says">says</span></p><p class="comment-meta"><time class="comment-time"
datetime="2025-10-06T19:12:00+00:00"><a class="comment-time-link" href="#comment-${9120 + i}">${d}</a></time></p></header>
<div class="comment-content"><p><span class="tasty-recipes-rating" data-rating="5">${rcStars}</span><br>${t}</p></div>
<div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${9120 + i}" aria-label="Reply to ${n}">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://crumbandkettle.com/wp-comments-post.php" method="post" id="commentform"
class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span
class="required-field-message">Required
fields are marked <span class="required">*</span></span></p>
<fieldset class="tasty-recipes-comment-form"><legend class="screen-reader-text">Recipe rating</legend><span class="tasty-recipes-ratings-buttons">${[
  5, 4, 3, 2, 1,
]
  .map((n) => `<input aria-label="Rate this recipe ${n} out of 5 stars" type="radio" name="tasty-recipes-rating" class="tasty-recipes-rating" value="${n}">`)
  .join('')}</span></fieldset>
<p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" required></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
<p style="display: none;"><input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="5e21c0d9f8"></p></form></div>
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" id="genesis-sidebar-primary">
<h2 class="genesis-sidebar-title screen-reader-text">Primary Sidebar</h2><section class="widget widget_text"><div class="widget-wrap"><div class="textwidget">
<p>${rcAbout}</p><p><a href="/about/">Read more</a></p></div></div></section>
<section class="widget widget_block"><div class="widget-wrap"><h3 class="widgettitle widget-title">Popular recipes</h3><ul class="wp-block-latest-posts__list">
${links(rcPopular)}</ul></div></section></aside></div></div>
<footer class="site-footer"><div class="wrap"><p>As an Amazon Associate I earn from qualifying purchases.</p><ul class="footer-menu">${links(rcFoot)}</ul>
<p>© 2025 Crumb &amp; Kettle</p></div></footer></div>
<script type="text/javascript" src="https://crumbandkettle.com/wp-content/plugins/tasty-recipes/assets/dist/cook-mode.js?ver=3.14.1"
id="tasty-recipes-cook-mode-js"></script>
<script data-no-optimize="1" data-cfasync="false" src="https://ads.adthrive.com/sites/5f0c/ads.min.js" async></script>
</body></html>`;
export const recipePost: TestPage = {
  html: rcHtml,
  name: 'heldout80-wordpress-tasty-recipes-blog',
  kind: 'blog',
  // the recipe card's description, ingredients, instructions and notes are body and its title, "Ingredients",
  // "Instructions" and "Notes" are headings; the card's details (times, yield, category, method, cuisine), keywords and
  // nutrition are in neither list, and the card author is a byline; rating, Print/Pin, units, scale, "Cook Mode" and the
  // "Did you make this recipe?" footer are furniture, and so are the affiliate disclosure at the top of the content, the
  // jump/print buttons, breadcrumbs (their last item repeats the title: left out), categories, the author box, rated reader
  // comments, the comment form, sidebar and footer ("Soups" is a menu item, a breadcrumb and a category)
  title: rcTitle,
  headings: [rcH1, rcH2, rcH3, rcH4, rcH5, rcCardTitle, 'Ingredients', 'Instructions', 'Notes'],
  body: [...rc1, ...texts(rcList1), ...texts(rc2), ...rc3, ...rc4, ...rc5, rcCardDesc, ...rcIngredients, ...rcSteps, ...rcNotes],
  bylines: ['Hattie Brennan-Osei', 'Updated: October 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to primary navigation', 'Skip to main content', 'Skip to primary sidebar', 'Crumb & Kettle', ...rcMenu, 'Search this website', 'Home',
    '14 Comments', 'Jump to Recipe', 'Print Recipe', rcDisclosure, '★', '4.8 from 36 reviews', 'Recipe rating', 'Author:', 'Pin Recipe', 'Units',
'US', 'M', 'Scale', '1x', '2x',
    '3x', 'Cook Mode', 'Prevent your screen from going dark', 'Did you make this recipe?', 'Tag @crumbandkettle on Instagram and hashtag it #crumbandkettle',
    'Filed Under:', 'Vegan', 'About Hattie Brennan-Osei', rcAbout, 'Reader Interactions', 'Comments', ...rcComments.flat(), 'says', 'Reply', 'Leave a Comment',
    'Cancel reply', 'Your email address will not be published.', 'Required fields are marked *', 'Comment', 'Name *', 'Email *', 'Primary Sidebar', 'Read more',
    'Popular recipes', ...rcPopular, 'As an Amazon Associate I earn from qualifying purchases.', ...rcFoot, '© 2025 Crumb & Kettle',
  ],
};
