import { links, ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout686-kit.js';

/**
 * Held-out batch 686, file a2: a bakery blog's Christmas stollen recipe on WordPress (Astra theme) with a WP Recipe Maker card
 * and comments (split from file a to keep files short).
 */
const rTitle = 'Marzipan stollen, the way we bake it for Christmas';
const rIntro = [
  j(
    'Every year from the last week of November the back room of the bakehouse smells of rum and orange peel. We soak the fruit',
    'for two days, and the stollen sits wrapped for at least a week before it goes out, so the butter and sugar crust can settle.',
  ),
  j(
    'This is the home version of the loaf we sell in the shop. It makes two stollen of about 700g each, one to eat and one',
    'to give away, and it keeps for three weeks in a tin.',
  ),
  'Why the fruit soaks for so long',
  j(
    'Dried fruit pulls water out of the dough as it bakes. If it goes in dry, the crumb ends up tight and the fruit on the surface',
    'burns. Two days in rum and orange juice plumps it right through. If you cannot wait, warm the fruit and rum together',
    'gently and leave it overnight.',
  ),
  'Making your own marzipan',
  j(
    'Bought marzipan works, but homemade is softer and less sweet. Mix equal weights of ground almonds and icing sugar with',
    'a little egg white and a few drops of bitter almond extract, then roll it into a log the length of your dough.',
  ),
];
const rCard = 'A rich, buttery Christmas loaf with rum-soaked fruit and a rope of marzipan through the middle.';
const rDough = [
  ['500', 'g', 'strong white flour'],
  ['21', 'g', 'fresh yeast'],
  ['150', 'ml', 'warm whole milk'],
  ['75', 'g', 'caster sugar'],
  ['200', 'g', 'unsalted butter, soft'],
  ['1', '', 'egg'],
  ['1', 'tsp', 'ground cardamom'],
  ['1', '', 'lemon, zest only'],
];
const rFruit = [
  ['250', 'g', 'raisins'],
  ['100', 'g', 'mixed candied peel'],
  ['80', 'ml', 'dark rum'],
  ['200', 'g', 'marzipan'],
];
const rSteps = [
  'Two days ahead, mix the raisins and peel with the rum, cover and leave at room temperature.',
  'Crumble the yeast into the milk with a spoonful of the sugar and leave for ten minutes until it foams.',
  'Mix the flour, remaining sugar, cardamom and zest. Add the yeast mixture, egg and butter and knead for ten minutes until smooth.',
  'Cover and prove for 90 minutes. Knead in the drained fruit by hand, gently, so it does not break up.',
  'Divide in two, flatten each piece into an oval, lay a log of marzipan along the middle and fold the dough over it.',
  'Prove for another hour, then bake at 180°C for 45 minutes until deep golden.',
  'Brush the hot stollen with melted butter three times, roll in caster sugar, cool, then dust thickly with icing sugar.',
];
const rNote = 'Wrap the cooled stollen in baking paper and foil and keep it in a cool place for a week before cutting.';
const ingr = (r: readonly string[][]): string[] => r.map(([a, u, n]) => (u === '' ? `${a} ${n}` : `${a} ${u} ${n}`));
const ingrHtml = (r: readonly string[][]): string =>
  r
    .map(
      (
        [a, u, n],
        i,
      ) => `<li class="wprm-recipe-ingredient" style="list-style-type: disc;" data-uid="${i}"><span class="wprm-recipe-ingredient-amount">${a}</span>
${u === '' ? '' : `<span class="wprm-recipe-ingredient-unit">${u}</span> `}<span class="wprm-recipe-ingredient-name">${n}</span></li>`,
    )
    .join('\n');
const rNav = ['Home', 'Recipes', 'The Shop', 'Baking Classes', 'About'];
const rCom = [
  ['Helen Marsh', 'December 2, 2026 at 8:14 am', 'Made this last weekend and it is already half gone. The cardamom is lovely.'],
  ['Tomasz', 'December 4, 2026 at 6:40 pm', 'Can I use dried yeast? How much would I need?'],
  ['Ruth Ambrey', 'December 5, 2026 at 9:02 am', 'Yes, Tomasz – use 7g of fast-action yeast and add it straight to the flour.'],
];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} - Ambrey&#039;s Bakehouse</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-28T07:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rTitle}"},
{"@type":"Recipe","name":"Marzipan Stollen","recipeYield":["2"],"prepTime":"PT60M","cookTime":"PT45M"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://ambreysbakehouse.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all'>
<link rel='stylesheet' id='wprm-public-css' href='https://ambreysbakehouse.co.uk/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.1.0'
media='all'>
<style id='astra-theme-css-inline-css'>.ast-single-post .entry-content a{text-decoration:underline;}</style></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-2231 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to
content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div class="main-header-bar-wrap"><div class="main-header-bar">
<div class="ast-container"><div class="ast-flex main-header-container"><div class="site-branding"><div class="ast-site-identity">
<span class="site-title" itemprop="name"><a href="https://ambreysbakehouse.co.uk/" rel="home" itemprop="url">Ambrey's Bakehouse</a></span></div></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">${links(rNav, 'menu-item menu-item-type-post_type')}
</ul></nav></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2231 post type-post status-publish format-standard has-post-thumbnail hentry category-christmas category-recipes ast-article-single"
id="post-2231" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="683"
src="https://ambreysbakehouse.co.uk/wp-content/uploads/2026/11/stollen-1024x683.jpg" class="attachment-large wp-post-image" alt="Two sugared stollen"></div>
<h1 class="entry-title" itemprop="headline">${rTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemprop="author">
<a title="View all posts by Ruth Ambrey" href="https://ambreysbakehouse.co.uk/author/ruth/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Ruth Ambrey</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
November 28, 2026</span></span></div></header>
<div class="entry-content clear" itemprop="text"><div class="wprm-recipe-snippet wprm-recipe-snippet-container" data-recipe-id="2240">
<a href="#recipe" data-recipe="2240" class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal">Jump to Recipe</a>
<a href="https://ambreysbakehouse.co.uk/wprm_print/marzipan-stollen" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode">Print Recipe</a>
</div>
${ps(rIntro.slice(0, 2))}
<h2 class="wp-block-heading">${rIntro[2]}</h2>
${ps([rIntro[3] ?? ''])}
<h2 class="wp-block-heading">${rIntro[4]}</h2>
${ps([rIntro[5] ?? ''])}
<div id="recipe"></div><div id="wprm-recipe-container-2240" class="wprm-recipe-container" data-recipe-id="2240" data-servings="2">
<div class="wprm-recipe wprm-recipe-template-classic"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-normal">
<img style="border-width: 0px;" width="150" height="150" src="https://ambreysbakehouse.co.uk/wp-content/uploads/2026/11/stollen-150x150.jpg" alt=""></div>
<div class="wprm-recipe-rating wprm-recipe-rating-inline"><span class="wprm-recipe-rating-details wprm-block-text-normal">5 from 3 votes</span></div></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">Marzipan Stollen</h2>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${rCard}</span></div>
<div class="wprm-recipe-details-container wprm-recipe-times-container"><div class="wprm-recipe-block-container wprm-recipe-time-container">
<span class="wprm-recipe-details-label wprm-block-text-faded wprm-recipe-time-label wprm-recipe-prep-time-label">Prep Time </span>
<span class="wprm-recipe-time wprm-block-text-normal"><span class="wprm-recipe-details wprm-recipe-details-hours wprm-recipe-prep_time">1</span>
<span class="wprm-recipe-details-unit wprm-recipe-details-unit-hours">hr</span></span></div><div class="wprm-recipe-block-container wprm-recipe-time-container">
<span class="wprm-recipe-details-label wprm-block-text-faded wprm-recipe-time-label wprm-recipe-cook-time-label">Cook Time </span>
<span class="wprm-recipe-time wprm-block-text-normal"><span class="wprm-recipe-details wprm-recipe-cook_time">45</span>
<span class="wprm-recipe-details-unit wprm-recipe-details-minutes">mins</span></span></div></div>
<div class="wprm-recipe-block-container wprm-recipe-servings-container"><span class="wprm-recipe-details-label wprm-recipe-servings-label">Servings </span>
<span class="wprm-recipe-servings wprm-recipe-details wprm-block-text-normal">2</span> <span class="wprm-recipe-servings-unit
wprm-recipe-details-unit">loaves</span></div>
<div class="wprm-recipe-ingredients-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header
wprm-block-text-bold">Ingredients</h3>
<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name wprm-block-text-bold">For the dough</h4>
<ul class="wprm-recipe-ingredients">${ingrHtml(rDough)}</ul></div>
<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name wprm-block-text-bold">For the filling</h4>
<ul class="wprm-recipe-ingredients">${ingrHtml(rFruit)}</ul></div></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header wprm-block-text-bold">Instructions</h3>
<div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">${rSteps
  .map((s, i) => `<li id="wprm-recipe-2240-step-0-${i}" class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">${s}</div></li>`)
  .join('\n')}</ul></div></div>
<div class="wprm-recipe-notes-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-notes-header wprm-block-text-bold">Notes</h3>
<div class="wprm-recipe-notes"><span style="display: block;">${rNote}</span></div></div></div></div>
</div><footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/christmas/" rel="category tag">Christmas</a>,
<a href="/category/recipes/" rel="category tag">Recipes</a></span></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/lebkuchen-for-beginners/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">
3 thoughts on &ldquo;${rTitle}&rdquo;</h3></div><ol class="ast-comment-list">
${rCom
  .map(
    ([n, d, t]) => `<li class="comment even thread-even depth-1"><article class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta
ast-row ast-comment-author capitalize"><div class="ast-comment-cite-wrap ast-col-lg-12"><cite><b class="fn">${n}</b></cite></div>
<div class="ast-comment-time ast-col-lg-12"><span class="timendate"><time datetime="2026-12-02">${d}</time></span></div></header></div>
<section class="ast-comment-content comment"><p>${t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3></div></div></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="block-4" class="widget widget_block">
<h2 class="widget-title">Order for Christmas</h2><p>Our stollen, mince pies and panettone can be collected from the shop until 23 December.</p></aside></div>
</div>
</div></div><footer class="site-footer" id="colophon"><div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div
class="ast-container">
<div class="ast-small-footer-wrap"><div class="ast-small-footer-section ast-small-footer-section-1">Copyright &copy; 2026 Ambrey's Bakehouse | Powered by
<a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></div></footer></div>
<script src="https://ambreysbakehouse.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body>
</html>`;
const wprm: TestPage = {
  name: 'heldout686-wp-astra-stollen-recipe',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [rIntro[2] ?? '', rIntro[4] ?? '', 'Marzipan Stollen', 'Ingredients', 'For the dough', 'For the filling', 'Instructions', 'Notes'],
  body: [...rIntro.filter((_, i) => i !== 2 && i !== 4), rCard, ...ingr(rDough), ...ingr(rFruit), ...rSteps, rNote],
  bylines: ['Ruth Ambrey', 'November 28, 2026', 'Helen Marsh', 'Tomasz', ...rCom.map((c) => c[1] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', "Ambrey's Bakehouse", 'Recipes', 'The Shop', 'Baking Classes', 'Jump to Recipe', 'Print Recipe', '5 from 3 votes',
    'Prep Time', '1 hr', 'Cook Time', '45 mins', 'Servings', '2 loaves', 'Posted in Christmas, Recipes', '← Previous Post',
    `3 thoughts on “${rTitle}”`, ...rCom.map((c) => c[2] ?? ''), 'Reply', 'Leave a Comment', 'Order for Christmas',
    'Our stollen, mince pies and panettone can be collected from the shop until 23 December.',
    "Copyright © 2026 Ambrey's Bakehouse | Powered by Astra WordPress Theme",
  ],
};

export const HELDOUT686_A2: readonly TestPage[] = [wprm];
