import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file a2: a Tasty Recipes card on an Astra-themed blog (Raptive ad slots, Astra header and breadcrumbs,
 * post meta, Shared Counts share buttons, caption, the card's details and "Did you make this recipe?" box, an in-content
 * newsletter form, related posts, a CookieYes banner and the footer).
 */
const tTitle = 'Lemon Ricotta Pancakes';
const tBody = [
  j(
    'Saturday mornings in our apartment start with an argument about pancakes. My partner wants them thin and crisp at the edges;',
    'I want them tall and soft. These lemon ricotta pancakes are the rare thing we both agree on.',
  ),
  j(
    'The ricotta keeps the crumb moist and slightly custardy, and whipped egg whites folded in at the end make them rise high in',
    'the pan. Lemon zest goes into the batter and the juice goes into a quick blueberry syrup.',
  ),
];
const tTips = [
  'Drain watery ricotta in a sieve for ten minutes before you measure it.',
  'Fold the egg whites in with a spatula in three additions, and stop while a few streaks remain.',
  'Keep the heat at medium-low. The batter is rich and browns faster than plain pancakes.',
];
const tBody2 = [
  j(
    'If you are cooking for a crowd, keep the finished pancakes on a rack in a 200°F oven. A plate traps steam and makes them soggy.',
    'They also reheat well in a toaster the next day.',
  ),
];
const tDesc = 'Fluffy, tender pancakes with whole-milk ricotta and lemon zest, served with a five-minute blueberry syrup.';
const tIng = [
  '1 ½ cups all-purpose flour',
  '2 tablespoons sugar',
  '2 teaspoons baking powder',
  '1 cup whole-milk ricotta',
  '¾ cup milk',
  '3 eggs, separated',
  'zest of 1 lemon',
];
const tSteps = [
  'Whisk the flour, sugar and baking powder together in a large bowl.',
  'In a second bowl whisk the ricotta, milk, egg yolks and lemon zest until smooth, then stir into the dry ingredients.',
  'Beat the egg whites to soft peaks and fold them gently into the batter.',
  'Cook ¼ cup portions in a buttered skillet over medium-low heat for about 2 minutes a side.',
];
const tNotes = ['For the syrup, simmer 1 cup of blueberries with 2 tablespoons of maple syrup and the lemon juice until the berries burst.'];
const tNav = ['Breakfast', 'Mains', 'Desserts', 'Drinks', 'About'];
const tRel = ['Buttermilk Waffles for Two', 'Baked Oatmeal Cups', 'Strawberry Dutch Baby'];
const tFoot = ['Privacy', 'Terms', 'Accessibility Statement'];
const tHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Lemon Ricotta Pancakes | Hollis &amp; Fern</title>
<meta name="description" content="${tDesc}"><meta property="og:site_name" content="Hollis &amp; Fern"><meta name="pinterest-rich-pin" content="true">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Recipe",
"name":"Lemon Ricotta Pancakes","author":{"@type":"Person","name":"Jenna Ruiz"},
"datePublished":"2026-02-21","recipeYield":["12"],"prepTime":"PT15M","cookTime":"PT20M"}</script>
<script>window.adthrive = window.adthrive || {}; adthrive.siteAds = {"siteId":"hollisfern"};</script>
<link rel="stylesheet" id="tasty-recipes-main-css" href="/wp-content/plugins/tasty-recipes/assets/dist/recipe.css" media="all"></head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-2210 ast-single-post ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-container"><div class="site-branding ast-site-identity"><span class="site-title"><a
href="https://hollisandfern.example/" rel="home">Hollis &amp; Fern</a></span></div>
<nav id="primary-site-navigation-desktop" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Primary Site Navigation">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu">${links(tNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2210 post type-post status-publish format-standard ast-article-single" id="post-2210"
itemtype="https://schema.org/CreativeWork" itemscope>
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="ast-breadcrumbs-wrapper"><nav role="navigation"
aria-label="Breadcrumbs"
class="breadcrumb-trail breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="/"><span>Home</span></a></li>
<li class="trail-item"><a href="/category/breakfast/"><span>Breakfast</span></a></li><li
class="trail-item trail-end"><span>${tTitle}</span></li></ul></nav></div>
<h1 class="entry-title" itemprop="headline">${tTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemprop="author"><a class="url fn n" href="/author/jenna/"><span class="author-name"
itemprop="name">Jenna Ruiz</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">February 21, 2026</span></span> /
<span class="ast-reading-time">4 min read</span></div></header>
<div class="entry-content clear" itemprop="text">
<div class="tasty-recipes-jump-link"><a href="#tasty-recipes-2231-jump-target" class="tasty-recipes-jump-link">Jump to Recipe</a></div>
<div class="shared-counts-wrap before_content style-rounded"><a href="#" class="shared-counts-button facebook"><span
class="shared-counts-label">Share</span></a>
<a href="#" class="shared-counts-button pinterest"><span class="shared-counts-label">Pin It</span></a>
<a href="#" class="shared-counts-button print"><span class="shared-counts-label">Print</span></a></div>
${ps(tBody)}
<div class="wp-block-image"><figure class="aligncenter"><img src="/wp-content/uploads/2026/02/ricotta-pancakes-stack.jpg" alt="a stack of pancakes">
<figcaption>A tall stack with blueberry syrup. Photo: Jenna Ruiz</figcaption></figure></div>
<div class="adthrive-ad adthrive-content" data-google-query-id=""><div class="adthrive-ad-label">Advertisement</div></div>
<h2 class="wp-block-heading">Tips for the fluffiest pancakes</h2>
<ol class="wp-block-list">${lis(tTips)}</ol>
<div class="wp-block-group newsletter-inline"><h3>Never miss a recipe</h3><p class="nl-copy">Get new recipes in your inbox every Friday.</p>
<form class="ck_form"><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>
<h2 class="wp-block-heading">Make ahead and reheating</h2>
${ps(tBody2)}
<span class="tasty-recipes-jump-target" id="tasty-recipes-2231-jump-target"></span><div id="tasty-recipes-2231" class="tasty-recipes tasty-recipes-2231
tasty-recipes-has-image"><div class="tasty-recipes-entry-header"><div class="tasty-recipes-image"><img src="/wp-content/uploads/2026/02/pancakes-sq.jpg"
alt=""></div>
<h2 class="tasty-recipes-title">Lemon Ricotta Pancakes</h2><div class="tasty-recipes-rating"><span class="rating-label"><span
class="average">5</span> from <span class="count">14</span> reviews</span></div>
<div class="tasty-recipes-details"><ul><li class="author"><span class="tasty-recipes-label">Author:</span> <span class="tasty-recipes-author-name">Jenna
Ruiz</span></li><li class="prep-time"><span class="tasty-recipes-label">Prep Time:</span> <span class="tasty-recipes-prep-time">15 minutes</span></li>
<li class="cook-time"><span class="tasty-recipes-label">Cook Time:</span> <span class="tasty-recipes-cook-time">20 minutes</span></li>
<li class="yield"><span class="tasty-recipes-label">Yield:</span> <span class="tasty-recipes-yield">12 pancakes</span></li></ul></div>
<div class="tasty-recipes-buttons"><a class="button tasty-recipes-print-button tasty-recipes-no-print" href="/tasty-recipes/2231/print">Print Recipe</a>
<a class="share-pin button" data-pin-custom="true" href="#">Pin Recipe</a></div></div>
<div class="tasty-recipes-entry-content"><div class="tasty-recipes-description"><h3>Description</h3><div
class="tasty-recipes-description-body"><p>${tDesc}</p></div></div>
<div class="tasty-recipes-ingredients"><div class="tasty-recipes-ingredients-header"><h3>Ingredients</h3><div class="tasty-recipes-scale-container"><span
class="tasty-recipes-scale-label">Scale</span><button class="tasty-recipes-scale-button">1x</button><button
class="tasty-recipes-scale-button">2x</button></div></div>
<div class="tasty-recipes-ingredients-body"><ul>${tIng.map((i) => `<li data-tr-ingredient-checkbox="">${i}</li>`).join('\n')}</ul></div></div>
<div class="tasty-recipes-instructions"><div class="tasty-recipes-instructions-header"><h3>Instructions</h3></div>
<div class="tasty-recipes-instructions-body"><ol>${tSteps.map((s, n) => `<li id="instruction-step-${n + 1}">${s}</li>`).join('\n')}</ol></div></div>
<div class="tasty-recipes-notes"><h3>Notes</h3><div class="tasty-recipes-notes-body">${ps(tNotes)}</div></div>
<div class="tasty-recipes-other-details"><ul><li class="category"><span class="tasty-recipes-label">Category:</span> <span
class="tasty-recipes-category">Breakfast</span></li><li class="method"><span class="tasty-recipes-label">Method:</span> <span>Stovetop</span></li></ul></div>
</div><footer class="tasty-recipes-entry-footer"><div class="tasty-recipes-footer-content"><div
class="tasty-recipes-footer-copy"><h3>Did you make this recipe?</h3>
<p>Share a photo and tag us @hollisandfern</p></div></div></footer></div>
</div>
<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Related Posts</h2></div>
<div class="ast-related-posts-wrapper"><ul>${links(tRel, 'ast-related-post')}</ul></div></div></div></article></main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside class="widget widget_block"><div class="adthrive-ad adthrive-sidebar">
<div class="adthrive-ad-label">Advertisement</div></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap"><div class="ast-builder-grid-row"><ul
class="ast-footer-menu">${links(tFoot)}</ul>
<div class="ast-footer-copyright"><p>Copyright © 2026 Hollis &amp; Fern | Powered by Hollis &amp; Fern</p></div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and serve personalised ads.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></body></html>`;
export const tastyBlog: TestPage = {
  name: 'heldout287-astra-tasty-recipes-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: ['Tips for the fluffiest pancakes', 'Make ahead and reheating', 'Description', 'Ingredients', 'Instructions', 'Notes'],
  body: texts([...tBody, ...tTips, ...tBody2, tDesc, ...tIng, ...tSteps, ...tNotes]),
  bylines: ['Jenna Ruiz', 'February 21, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Hollis & Fern', ...tNav, 'Home', 'Jump to Recipe', 'Share', 'Pin It', 'Print', 'A tall stack with blueberry syrup. Photo: Jenna Ruiz',
    'Advertisement', 'Never miss a recipe', 'Get new recipes in your inbox every Friday.', 'Subscribe', '5 from 14 reviews', 'Author:', 'Prep Time:',
    '15 minutes', 'Cook Time:', '20 minutes', 'Yield:', '12 pancakes', 'Print Recipe', 'Pin Recipe', 'Scale', 'Category:', 'Method:', 'Stovetop',
    'Did you make this recipe?', 'Share a photo and tag us @hollisandfern', 'Related Posts', ...tRel, ...tFoot,
    'Copyright © 2026 Hollis & Fern | Powered by Hollis & Fern', 'We value your privacy', 
    'We use cookies to enhance your browsing experience and serve personalised ads.',
    'Customise', 'Reject All', 'Accept All',
  ],
};
