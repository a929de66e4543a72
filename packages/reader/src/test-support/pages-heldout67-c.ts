import { links, type TestPage, texts } from './page-kit.js';
import { rtdPage } from './pages-heldout67-c2.js';
import { fbCard, fbCardBody, fbCardBylines, fbCardFurniture, fbCardHeadings, fbComments, fbCommentBylines, fbCommentFurniture } from './pages-heldout67-c3.js';
import { blockBreaks } from './pages-heldout67-f3.js';

/**
 * Held-out batch 67, file c: a recipe post on a WordPress food blog (Genesis child theme with the Feast plugin, WP Recipe Maker
 * and display-ad slots: the skip links, header with the site title and nav, the hidden mobile menu, Yoast breadcrumbs, the
 * title, the meta line with author, published and updated dates and comment count, the affiliate disclaimer, "Jump to Recipe"
 * and "Print Recipe" buttons, the Feast "Jump to" list, h2 sections with step photos and captions, ad boxes, a "More Pie
 * Recipes" block, the recipe card (file c3), the author box, the comment form and comments (file c3), the sidebar, the sticky
 * jump button and the footer).
 */
const fbTitle = 'Brown Butter Pear Galette with a Rye Crust';
const fbIntro = [
  'Every October there is a week when the pears on my counter all ripen at once, and this galette is what I make to rescue them. It has a ' +
    'flaky, slightly nutty rye crust, a layer of brown butter and brown sugar, and thin slices of pear fanned out in a loose spiral.',
  'It is also much less fussy than a pie. There is no pie dish, no crimping and no lattice to weave: you roll out the dough, pile the fruit ' +
    'in the middle and fold the edges over. If it leaks a little in the oven, that just means more caramel at the edges.',
];
const fbH = ['Why you’ll love this galette', 'Ingredient notes', 'How to make it', 'Tips for a crisp bottom crust'];
const fbWhy = [
  'The rye flour adds a toasty, almost malty flavor that goes beautifully with ripe pears.',
  'The dough comes together in a food processor in under five minutes.',
  'It looks impressive on a cutting board but forgives uneven folding.',
];
const fbNotes = [
  '<strong>Pears:</strong> Bosc or Anjou pears that are ripe but still firm near the stem hold their shape best. Very soft Bartletts turn ' + 'to mush.',
  '<strong>Rye flour:</strong> I use whole-grain dark rye, but light rye works too. You can replace it with more all-purpose flour if that ' +
    'is all you have.',
  '<strong>Butter:</strong> Use cold unsalted butter for the crust and a separate two tablespoons for browning.',
];
const fbHow = [
  'Start by making the dough and giving it at least an hour in the fridge. While it chills, brown the butter in a light-colored pan so ' +
    'you can see when the milk solids turn golden, then stir in the brown sugar and a pinch of salt.',
  'Roll the dough into a rough 12-inch circle on a sheet of parchment, brush the brown butter mixture over the middle, and arrange the ' +
    'pear slices on top, leaving a two-inch border. Fold the border up and over the fruit, pleating it as you go.',
  'Brush the crust with beaten egg, sprinkle it with coarse sugar and bake until the pastry is deep golden and the juices are bubbling.',
];
const fbTips = [
  'Preheat a baking sheet on the lowest rack and slide the galette, still on its parchment, directly onto it. The blast of heat from below ' +
    'sets the bottom crust before the pear juices can soak in. A tablespoon of ground almonds under the fruit helps too.',
];
const fbCap1 = 'Fanning the pear slices over the brown butter layer.';
const fbCap2 = 'Folding the rye dough up over the fruit.';
const fbNav = ['Recipes', 'Breakfast', 'Dinner', 'Desserts', 'Baking', 'About', 'Shop'];
const fbCrumbs = ['Home', 'Desserts', 'Pies &amp; Tarts'];
const fbMore = ['Apple Cider Hand Pies', 'Maple Pumpkin Pie with a Cornflake Crust', 'Plum and Cardamom Crostata', 'Salted Honey Pie'];
const fbSide = [
  'Hi, I’m Hannah!',
  'I bake from a tiny kitchen in Duluth, Minnesota, and share the recipes my family asks for again and again.',
  'More about me →',
];
const fbPopular = ['The Best Banana Bread', 'One-Bowl Chocolate Sheet Cake', 'Overnight Cinnamon Rolls', 'Soft Ginger Molasses Cookies'];
const fbFoot = ['© 2025 Hazel & Thyme', 'Privacy Policy', 'Accessibility Statement', 'Work With Me', 'Contact', 'Manage Consent'];
const img = (n: string, alt: string): string =>
  `<img decoding="async" width="1200" height="1800" src="https://hazelandthyme.example/wp-content/uploads/2025/10/pear-galette-${n}-1200x1800.jpg"
alt="${alt}" class="wp-image-48${n}" srcset="https://hazelandthyme.example/wp-content/uploads/2025/10/pear-galette-${n}-683x1024.jpg 683w" sizes="(max-width:
1200px) 100vw, 1200px" />`;
const ad = (slot: string): string => `<div class="mv-ad-box" data-slotid="${slot}"><div class="mv-ad-label">Advertisement</div></div>`;
const fbHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8" /><title>${fbTitle} - Hazel &amp; Thyme</title>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${fbTitle}",
"author":{"name":"Hannah Lindqvist"},"datePublished":"2025-10-09T08:00:00+00:00"},{"@type":"Recipe","name":"Brown Butter Pear Galette",
"recipeYield":["8","8 slices"],
"prepTime":"PT30M","cookTime":"PT45M","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.92","ratingCount":"38"}}]}</script>
<style id="wprm-recipe-template-css">.wprm-recipe-template-custom{border:1px solid #e4ddd3;padding:24px}.wprm-screen-reader-text{display:none}</style>
<script data-noptimize="1" data-cfasync="false">window.mediavine = window.mediavine || {}; window.mediavine.slots = ["content_1_btf","content_2_btf"];</script>
</head><body class="wp-singular post-template-default single single-post postid-4807 single-format-standard wp-theme-genesis feast-plugin content-sidebar">
<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut">Skip to primary navigation</a></li>
<li><a href="#genesis-content" class="screen-reader-shortcut">Skip to main content</a></li><li><a href="#genesis-sidebar-primary"
class="screen-reader-shortcut">Skip to primary sidebar</a></li></ul>
<header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a href="https://hazelandthyme.example/">Hazel &amp; Thyme</a></p>
<p class="site-description">Seasonal baking from a small northern kitchen</p></div>
<nav class="nav-primary" aria-label="Main" id="genesis-nav-primary"><ul id="menu-main" class="menu genesis-nav-menu menu-primary">${links(fbNav, 'menu-item')}
<li class="menu-item search"><a href="#search" aria-label="Search">Search</a></li></ul></nav></div></header>
<nav class="feastmobilemenu" aria-label="mobile menu" hidden><ul>${links(fbNav)}</ul></nav>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<p id="breadcrumbs"><span><span><a href="https://hazelandthyme.example/">${fbCrumbs[0]}</a></span> » <span><a
href="/category/desserts/">${fbCrumbs[1]}</a></span> »
<span><a href="/category/desserts/pies-tarts/">${fbCrumbs[2]}</a></span> » <span class="breadcrumb_last" aria-current="page">${fbTitle}</span></span></p>
<article class="post-4807 post type-post status-publish format-standard has-post-thumbnail category-pies-tarts entry" aria-label="${fbTitle}">
<header class="entry-header"><h1 class="entry-title">${fbTitle}</h1>
<p class="entry-meta">By <span class="entry-author"><a href="/about/" class="entry-author-link" rel="author"><span class="entry-author-name">Hannah
Lindqvist</span></a></span>
<span class="entry-date">Published: <time class="entry-time" datetime="2025-10-09T08:00:00+00:00">October 9, 2025</time></span>
<span class="entry-modified">Updated: <time class="entry-modified-time">November 2, 2025</time></span> <span class="entry-comments-link"><a
href="#comments">47 Comments</a></span></p>
</header><div class="entry-content">
<p class="disclaimer"><em>This post may contain affiliate links. Please read our <a href="/disclosure/">disclosure policy</a>.</em></p>
<div class="wprm-recipe-snippet wprm-recipe-snippet-container" data-recipe-id="4812"><a href="#recipe" data-recipe="4812"
class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal wprm-recipe-jump-inline-button">Jump to Recipe</a>
<a href="https://hazelandthyme.example/wprm_print/brown-butter-pear-galette" class="wprm-recipe-print wprm-recipe-link" target="_blank" rel="nofollow">Print
Recipe</a></div>
${fbIntro.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="wp-block-image size-full">${img('01', 'A pear galette on a wooden board with one slice cut')}</figure>
<div class="wp-block-group feast-jump-links"><p class="feast-jump-to">Jump to:</p><ul>
${fbH.map((h, i) => `<li><a href="#h-${i}">${h}</a></li>`).join('')}<li><a href="#recipe">Recipe</a></li><li><a href="#comments">Comments</a></li></ul></div>
<h2 class="wp-block-heading" id="h-0">${fbH[0]}</h2><ul class="wp-block-list">${fbWhy.map((l) => `<li>${l}</li>`).join('')}</ul>
${ad('content_1_btf')}
<h2 class="wp-block-heading" id="h-1">${fbH[1]}</h2>
<figure class="wp-block-image size-full">${img('02', 'Pears, rye flour, butter, brown sugar and an egg on a marble counter')}</figure>
<ul class="wp-block-list">${fbNotes.map((l) => `<li>${l}</li>`).join('')}</ul>
<p class="has-background" style="background-color:#f3efe8">See the recipe card below for full ingredients and measurements.</p>
<h2 class="wp-block-heading" id="h-2">${fbH[2]}</h2><p>${fbHow[0]}</p>
<figure class="wp-block-image size-full">${img('03', '')}<figcaption class="wp-element-caption">${fbCap1}</figcaption></figure>
<p>${fbHow[1]}</p><figure class="wp-block-image size-full">${img('04', '')}<figcaption class="wp-element-caption">${fbCap2}</figcaption></figure>
<p>${fbHow[2]}</p>${ad('content_2_btf')}
<h2 class="wp-block-heading" id="h-3">${fbH[3]}</h2><p>${fbTips[0]}</p>
<div class="wp-block-group feast-category-index"><h3 class="wp-block-heading">More Pie Recipes</h3><div class="fsri-list">
${fbMore
  .map(
    (t) => `<article class="fsri-article"><a href="/${t.toLowerCase().replace(/ /g, '-')}/"><img src="/wp-content/uploads/2025/fsri.jpg" alt="">
<div class="fsri-title">${t}</div></a></article>`,
  )
  .join('\n')}</div></div>
${fbCard}
</div><footer class="entry-footer"><div class="feast-author-box"><p class="feast-author-box-title">About Hannah
Lindqvist</p><p>${fbSide[1]}</p></div></footer></article>
${fbComments}
</main><aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" id="genesis-sidebar-primary">
<section class="widget widget_text"><div class="widget-wrap"><h3 class="widgettitle widget-title">${fbSide[0]}</h3><div class="textwidget"><p>${fbSide[1]}</p>
<p><a href="/about/">${fbSide[2]}</a></p></div></div></section>
<section class="widget feast-popular"><h3 class="widgettitle widget-title">Popular Recipes</h3><ul>${links(fbPopular)}</ul></section>
<section class="widget enews-widget"><h3 class="widgettitle widget-title">Get new recipes by email</h3>
<form><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Subscribe</button></form></section></aside>
</div></div>
<a href="#recipe" class="feast-sticky-jump" aria-label="Jump to the recipe card">Jump to Recipe</a>
<footer class="site-footer"><div class="wrap"><ul class="footer-menu">${links(fbFoot)}</ul></div></footer></div>
<script type="text/javascript" async="async" data-noptimize="1" data-cfasync="false" src="//scripts.mediavine.com/tags/hazel-and-thyme.js"></script>
</body></html>`;
const foodBlog: TestPage = {
  html: blockBreaks(fbHtml),
  name: 'heldout67-wordpress-food-blog',
  kind: 'blog',
  // the post's intro, its lists and paragraphs are body, and so are the recipe card's summary, ingredients (their hidden "▢ "
  // checkbox labels in neither), instructions and notes; the headings are the post's four h2s, then the card's name, its
  // "Ingredients" with the two ingredient-group names, "Instructions" and "Notes"; the card's ratings, buttons, times, servings,
  // course and cuisine, nutrition and the "Tried this recipe?" line are furniture; "Hannah Lindqvist" and the two dates are
  // bylines (the card's author line repeats her name); the "See the recipe card below" line is a template nudge: furniture, as
  // are the skip links, header, nav, breadcrumbs, disclaimer, ad labels, step-photo captions, "More Pie Recipes", the author box,
  // the sidebar and the footer;
  // the "Jump to:" list repeats the headings: in neither, its label and the "Recipe"/"Comments" entries furniture; reader
  // comments are furniture with their authors and times as bylines; the nav's "Baking" and "About" are body words ("a baking
  // sheet", "about 4 minutes"): left out; the crumb "Desserts" is the nav's (kept once)
  title: fbTitle,
  headings: [...fbH, ...fbCardHeadings],
  body: [...texts(fbIntro), ...fbWhy, ...texts(fbNotes), ...fbHow, ...fbTips, ...fbCardBody],
  bylines: ['Hannah Lindqvist', 'October 9, 2025', 'November 2, 2025', ...fbCardBylines, ...fbCommentBylines],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to primary navigation', 'Skip to main content', 'Skip to primary sidebar', 'Hazel & Thyme', 'Seasonal baking from a small northern kitchen',
    ...fbNav.filter((t) => t !== 'Baking' && t !== 'About'), 'Search', 'Home', 'Pies & Tarts', 'Published:', 'Updated:', '47 Comments',
    'This post may contain affiliate links. Please read our disclosure policy.',
    'Jump to Recipe', 'Print Recipe', 'Jump to:', 'Recipe', 'Comments', 'Advertisement', 'See the recipe card below for full ingredients and measurements.',
    fbCap1, fbCap2, 'More Pie Recipes', ...fbMore, ...fbCardFurniture, 'About Hannah Lindqvist', ...fbSide, 'Popular Recipes', ...fbPopular,
    'Get new recipes by email', 'Subscribe', ...fbCommentFurniture, ...fbFoot,
  ],
};

export const HELDOUT67_C: readonly TestPage[] = [foodBlog, rtdPage];
