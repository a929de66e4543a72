import { links, ps, type TestPage, texts } from './page-kit.js';
import { tastyBlog } from './pages-heldout287-a2.js';
import { j, lis } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file a: a Genesis / Feast food blog post with "Jump to Recipe", a long story and a WP Recipe Maker card
 * (skip links, primary menu, Yoast breadcrumbs, entry meta, affiliate disclosure, Grow share bar, Mediavine ad slots, an inline
 * "Read more" promo, figure captions, the card's times and nutrition, WordPress comments, the sidebar and the footer) and, from
 * file a2, a Tasty Recipes card on an Astra blog.
 */
const gTitle = 'Brown Butter Sage Gnocchi with Roasted Delicata Squash';
const gIntro = [
  j(
    'Every October my kitchen turns into a small gnocchi factory. The first cold evening arrives, the squash on the back porch',
    'finally looks ready, and I find myself rolling little pillows of potato dough on the counter while the radio plays.',
  ),
  j(
    'This version is the one my family asks for most. The gnocchi are light because the potatoes are baked rather than boiled,',
    'the butter is cooked until it smells like toasted hazelnuts, and the squash roasts in the same oven while the potatoes cool.',
  ),
  j(
    'It looks like a project, and the first time it is one. By the third batch you will be able to make it on a weeknight in a',
    'little over an hour, and most of that time is the oven doing the work.',
  ),
];
const gWhy = [
  '<strong>Baked potatoes make drier dough.</strong> Less water means less flour, and less flour means tender gnocchi.',
  '<strong>One oven, two jobs.</strong> The squash roasts on the rack below the potatoes, so nothing waits.',
  '<strong>Brown butter is the sauce.</strong> Sage leaves crisp in the pan and a squeeze of lemon keeps it bright.',
];
const gIng = [
  j(
    'You only need a handful of ingredients, so each one matters. Use floury potatoes such as russets; waxy potatoes make gummy',
    'dough. Delicata squash does not need peeling, which saves ten minutes, but butternut works if you cube it small.',
  ),
  j(
    'For the butter I use a European-style unsalted butter with a higher fat content. It browns more evenly and leaves fewer',
    'milk solids to burn. Fresh sage is essential; dried sage will not crisp.',
  ),
];
const gHow = [
  j(
    'Bake the potatoes whole until a knife slides through with no resistance. Halve them while hot, scoop out the flesh and press',
    'it through a ricer onto the counter. Spread it out so the steam escapes, then let it cool until you can handle it.',
  ),
  j(
    'Sprinkle over the flour and salt, make a well, add the egg yolk and bring the dough together with a bench scraper. Knead only',
    'until it stops sticking to your hands. Overworked dough turns chewy, and that is the only real way to fail here.',
  ),
  j(
    'Roll the dough into ropes about as thick as your thumb, cut them into short pieces and roll each one down the back of a fork',
    'if you want ridges. Boil in batches and lift them out as soon as they float.',
  ),
];
const gTips = [
  'Weigh the riced potato. For every 500 grams you need about 150 grams of flour, and rarely more.',
  'Freeze extra gnocchi on a floured tray, then bag them. Cook straight from frozen and add a minute.',
  'Take the butter off the heat as soon as the foam turns golden brown; it keeps cooking in the hot pan.',
];
const gFaq = [
  j(
    'Yes. Shape the gnocchi up to a day ahead and keep them uncovered on a floured tray in the fridge, or freeze them for up to a',
    'month. The squash can be roasted a day ahead and warmed in the butter.',
  ),
  j(
    'Usually the potatoes were too wet or the water was not boiling hard enough. Test one gnocchi first; if it falls apart,',
    'knead another spoonful of flour into the dough.',
  ),
];
const cSummary = 'Light potato gnocchi in sage brown butter with roasted delicata squash and a little lemon, ready in about 75 minutes.';
/** The inner HTML of a WP Recipe Maker ingredient line. */
const wi = (amount: string, name: string, unit = '', notes = ''): string =>
  [
    `<span class="wprm-recipe-ingredient-amount">${amount}</span>`,
    unit === '' ? '' : `&#32;<span class="wprm-recipe-ingredient-unit">${unit}</span>`,
    `&#32;<span class="wprm-recipe-ingredient-name">${name}</span>`,
    notes === '' ? '' : `&#32;<span class="wprm-recipe-ingredient-notes wprm-recipe-ingredient-notes-faded">${notes}</span>`,
  ].join('');
const cIngA = [
  wi('2', 'russet potatoes', 'lb', 'about 4 medium'),
  wi('1 ¼', 'all-purpose flour', 'cups', 'plus more for dusting'),
  wi('1', 'egg yolk'),
  wi('1', 'fine sea salt', 'tsp'),
];
const cIngB = [
  wi('1', 'delicata squash', '', 'seeded and sliced into half-moons'),
  wi('6', 'unsalted butter', 'tbsp'),
  wi('12', 'fresh sage leaves'),
  wi('½', 'lemon', '', 'juiced'),
];
const cSteps = [
  'Heat the oven to 400°F. Bake the potatoes directly on the rack for 50 to 60 minutes, until completely tender.',
  'Toss the squash with a little oil and salt and roast on a sheet pan below the potatoes for 25 minutes, turning once.',
  'Halve the hot potatoes, rice the flesh onto the counter and let it cool for 10 minutes.',
  'Add the flour, salt and egg yolk and gently knead into a soft dough. Roll into ropes and cut into 1-inch pieces.',
  'Boil the gnocchi in well-salted water in batches, lifting them out 30 seconds after they float.',
  'Melt the butter in a large skillet until golden brown and nutty, add the sage, then the gnocchi and squash. Finish with lemon.',
];
const cNotes = ['Leftover gnocchi keep for two days in the fridge; reheat them in a hot pan with a little butter until crisp.'];
const gNav = ['Recipes', 'Dinner', 'Baking', 'Seasonal', 'About Marta', 'Shop'];
const gShare = ['Pin', 'Share', 'Yum', 'Email'];
const gSide = ['Crispy Sheet-Pan Gnocchi with Sausage', 'Butternut Squash Risotto', 'Apple Cider Pork Chops'];
const gFoot = ['Privacy Policy', 'Accessibility', 'Contact', 'Work With Me'];
const gComments = [
  'Made this on Sunday and the gnocchi were so light. I used butternut because that is what I had and it was perfect.',
  'Can these be made gluten free? My daughter is celiac.',
  'Hi Priya! A good 1-to-1 gluten-free flour works, the dough is a little more delicate so handle it gently.',
];
const gHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} - Saltbox Kitchen</title>
<meta name="description" content="Light potato gnocchi in sage brown butter with roasted delicata squash.">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}"><meta property="article:published_time"
content="2025-10-14T08:00:00+00:00">
<link rel="canonical" href="https://saltboxkitchen.example/brown-butter-sage-gnocchi/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"author":{"name":"Marta Quillen"},"datePublished":"2025-10-14"},{"@type":"Recipe","name":"Brown Butter Sage Gnocchi","recipeYield":"4"}]}</script>
<script data-no-optimize="1" data-cfasync="false">window.mediavineSettings={"site":"saltboxkitchen"};</script>
<link rel="stylesheet" id="wprm-public-css" href="https://saltboxkitchen.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.css" media="all">
</head>
<body class="post-template-default single single-post postid-4821 single-format-standard header-full-width 
content-sidebar genesis-breadcrumbs-visible feast-plugin">
<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-nav-primary" class="screen-reader-shortcut">
Skip to primary navigation</a></li>
<li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li></ul>
<header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a
href="https://saltboxkitchen.example/">Saltbox Kitchen</a></p></div>
<nav class="nav-primary" aria-label="Main" id="genesis-nav-primary"><div class="wrap"><ul id="menu-primary" class="menu genesis-nav-menu menu-primary">
${links(gNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<div class="breadcrumb"><span><span><a href="https://saltboxkitchen.example/">Home</a></span> » <span><a
href="/category/pasta/">Pasta &amp; Gnocchi</a></span>
» <span class="breadcrumb_last" aria-current="page">Brown Butter Sage Gnocchi</span></span></div>
<article class="post-4821 post type-post status-publish format-standard has-post-thumbnail category-pasta entry" aria-label="${gTitle}">
<header class="entry-header"><h1 class="entry-title">${gTitle}</h1>
<p class="entry-meta">By <span class="entry-author"><a href="/about/" class="entry-author-link" rel="author"><span
class="entry-author-name">Marta Quillen</span></a></span>
<span class="entry-time-label">Published:</span> <time class="entry-time" datetime="2025-10-14T08:00:00+00:00">October 14, 2025</time>
<span class="entry-modified-time-label">Updated:</span> <time class="entry-modified-time" datetime="2026-01-06T10:12:00+00:00">January 6, 2026</time>
<span class="entry-comments-link"><a href="#comments">3 Comments</a></span></p></header>
<div class="entry-content">
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" data-recipe="4830" class="wprm-recipe-jump wprm-recipe-link">Jump to Recipe</a>
<a href="https://saltboxkitchen.example/wprm_print/4830" class="wprm-recipe-print wprm-recipe-link" target="_blank" rel="nofollow">Print Recipe</a></div>
<p class="disclosure"><em>This post may contain affiliate links. Please read our disclosure policy.</em></p>
<div id="dpsp-content-top" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-small dpsp-has-buttons-count"><ul class="dpsp-networks-btns-wrapper">
${gShare
  .map(
    (s) => `<li class="dpsp-network-list-item"><a class="dpsp-network-btn dpsp-${s.toLowerCase()}" href="#"><span
class="dpsp-network-label">${s}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${ps(gIntro)}
<figure class="wp-block-image size-full"><img decoding="async" src="https://saltboxkitchen.example/wp-content/uploads/2025/10/gnocchi-skillet.jpg"
alt="gnocchi in a skillet"><figcaption class="wp-element-caption">Gnocchi and squash tossed in sage brown butter.</figcaption></figure>
<div class="mv-ad-box" data-slotname="content_1"><span class="mv-ad-label">Advertisement</span><div id="content_1_wrapper"></div></div>
<h2 class="wp-block-heading">Why this recipe works</h2>
<ul class="wp-block-list">${lis(gWhy)}</ul>
<p><strong>Read more:</strong> <a href="/crispy-sheet-pan-gnocchi/">Crispy Sheet-Pan Gnocchi with Sausage</a></p>
<h2 class="wp-block-heading">Ingredients you'll need</h2>
${ps(gIng)}
<p class="has-small-font-size"><em>See the recipe card below for exact quantities.</em></p>
<h2 class="wp-block-heading">How to make brown butter gnocchi</h2>
${ps(gHow)}
<figure class="wp-block-image"><img src="https://saltboxkitchen.example/wp-content/uploads/2025/10/gnocchi-fork.jpg" alt="">
<figcaption class="wp-element-caption">Rolling the gnocchi down a fork gives the sauce something to cling to.</figcaption></figure>
<h2 class="wp-block-heading">Expert tips</h2>
<ul class="wp-block-list">${lis(gTips)}</ul>
<div class="mv-ad-box" data-slotname="content_2"><span class="mv-ad-label">Advertisement</span></div>
<h2 class="wp-block-heading">Frequently asked questions</h2>
<h3>Can I make gnocchi ahead of time?</h3>
<p>${gFaq[0]}</p>
<h3>Why did my gnocchi fall apart?</h3>
<p>${gFaq[1]}</p>
<div id="recipe"></div><div id="wprm-recipe-container-4830" class="wprm-recipe-container" data-recipe-id="4830" data-servings="4">
<div class="wprm-recipe wprm-recipe-template-saltbox"><div class="wprm-recipe-image wprm-block-image-rounded"><img
src="https://saltboxkitchen.example/gnocchi-150x150.jpg"
alt=""></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">Brown Butter Sage Gnocchi</h2>
<div class="wprm-recipe-rating wprm-recipe-rating-inline"><span class="wprm-recipe-rating-details wprm-block-text-normal"><span
class="wprm-recipe-rating-average">4.9</span>
from <span class="wprm-recipe-rating-count">37</span> votes</span></div>
<a href="https://saltboxkitchen.example/wprm_print/4830" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode">Print Recipe</a>
<a href="https://www.pinterest.example/pin/create/bookmarklet/" class="wprm-recipe-pin wprm-recipe-link">Pin Recipe</a>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${cSummary}</span></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container-inline">
<div class="wprm-recipe-block-container wprm-recipe-time-container wprm-recipe-prep-time-container"><span
class="wprm-recipe-details-label wprm-recipe-prep-time-label">Prep
Time</span> <span class="wprm-recipe-time"><span class="wprm-recipe-details wprm-recipe-prep_time">25</span> <span
class="wprm-recipe-details-unit">mins</span></span></div>
<div class="wprm-recipe-block-container wprm-recipe-time-container wprm-recipe-cook-time-container"><span
class="wprm-recipe-details-label wprm-recipe-cook-time-label">Cook
Time</span> <span class="wprm-recipe-time"><span class="wprm-recipe-details wprm-recipe-cook_time">50</span> <span
class="wprm-recipe-details-unit">mins</span></span></div></div>
<div class="wprm-recipe-block-container wprm-recipe-tag-container wprm-recipe-course-container"><span class="wprm-recipe-details-label">Course</span>
<span class="wprm-recipe-course wprm-block-text-normal">Main Course</span></div>
<div class="wprm-recipe-block-container wprm-recipe-servings-container"><span class="wprm-recipe-details-label">Servings</span>
<span class="wprm-recipe-servings wprm-recipe-details">4</span></div>
<div class="wprm-recipe-block-container wprm-recipe-author-container"><span class="wprm-recipe-details-label wprm-recipe-author-label">Author</span>
<span class="wprm-recipe-details wprm-recipe-author">Marta Quillen</span></div>
<div class="wprm-recipe-ingredients-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients</h3>
<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name">For the gnocchi</h4>
<ul class="wprm-recipe-ingredients">${cIngA
  .map(
    (i, n) => `<li class="wprm-recipe-ingredient" style="list-style-type: disc;"
data-uid="${n}">${i}</li>`,
  )
  .join('\n')}</ul></div>
<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name">For the squash and butter</h4>
<ul class="wprm-recipe-ingredients">${cIngB
  .map(
    (i, n) => `<li class="wprm-recipe-ingredient" style="list-style-type: disc;"
data-uid="${n + 4}">${i}</li>`,
  )
  .join('\n')}</ul></div></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">Instructions</h3>
<ul class="wprm-recipe-instructions">${cSteps
  .map(
    (s, n) => `<li id="wprm-recipe-4830-step-0-${n}" class="wprm-recipe-instruction"><div
class="wprm-recipe-instruction-text">${s}</div></li>`,
  )
  .join('\n')}</ul></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header wprm-recipe-notes-header">Notes</h3><div
class="wprm-recipe-notes">${ps(cNotes)}</div></div>
<div class="wprm-nutrition-label-container wprm-nutrition-label-container-simple"><h3 class="wprm-recipe-header wprm-recipe-nutrition-header">Nutrition</h3>
<span class="wprm-nutrition-label-text-nutrition-container"><span class="wprm-nutrition-label-text-nutrition-label">Calories: </span><span
class="wprm-nutrition-label-text-nutrition-value">512</span><span class="wprm-nutrition-label-text-nutrition-unit">kcal</span></span></div>
<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-header">Tried this recipe?</span>
<span class="wprm-call-to-action-text">Tag @saltboxkitchen so I can see it!</span></div></div></div>
</div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="/category/pasta/"
rel="category tag">Pasta</a></span></p></footer>
</article>
<h2 class="screen-reader-text">Reader Interactions</h2>
<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">
<li class="comment even thread-even depth-1" id="comment-9012"><article><header class="comment-header"><p class="comment-author"><span
class="comment-author-name">Priya
Anand</span> <span class="says">says</span></p><p class="comment-meta"><time class="comment-time">November 2, 2025 at 7:14 pm</time></p></header>
<div class="comment-content"><p>${gComments[0]}</p></div><div class="comment-reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>
<li class="comment odd depth-1" id="comment-9020"><article><header class="comment-header"><p class="comment-author"><span class="comment-author-name">Joel
Brandt</span></p><p class="comment-meta"><time class="comment-time">November 9, 2025 at 11:02 am</time></p></header>
<div class="comment-content"><p>${gComments[1]}</p></div></article>
<ul class="children"><li class="comment byuser bypostauthor depth-2" id="comment-9021"><article><div
class="comment-content"><p>${gComments[2]}</p></div></article></li></ul></li>
</ol></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form class="comment-form"><p
class="comment-notes">Your email
address will not be published. Required fields are marked *</p><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div>
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar"><section class="widget widget_text"><div
class="widget-wrap">
<h3 class="widgettitle widget-title">Hi, I'm Marta!</h3><div
class="textwidget"><p>I cook seasonal food for busy weeknights from a little blue house in Maine.</p></div></div></section>
<section class="widget featured-content"><div class="widget-wrap"><h3
class="widgettitle widget-title">Reader Favorites</h3><ul>${links(gSide)}</ul></div></section>
<div class="mv-sidebar-ad"><span class="mv-ad-label">Advertisement</span></div></aside></div></div>
<footer class="site-footer"><div class="wrap"><ul class="menu">${links(gFoot)}</ul>
<p>Copyright © 2026 Saltbox Kitchen. As an Amazon Associate I earn from qualifying purchases.</p></div></footer></div>
<script>window.wprm_public={"home_url":"https://saltboxkitchen.example/","print_slug":"wprm_print"};</script></body></html>`;
const genesisWprm: TestPage = {
  name: 'heldout287-genesis-wprm-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [
    'Why this recipe works',
    "Ingredients you'll need",
    'How to make brown butter gnocchi',
    'Expert tips',
    'Frequently asked questions',
    'Can I make gnocchi ahead of time?',
    'Why did my gnocchi fall apart?',
    'Ingredients',
    'For the gnocchi',
    'For the squash and butter',
    'Instructions',
    'Notes',
  ],
  body: texts([...gIntro, ...gWhy, ...gIng, ...gHow, ...gTips, ...gFaq, cSummary, ...cIngA, ...cIngB, ...cSteps, ...cNotes]),
  bylines: ['Marta Quillen', 'October 14, 2025', 'January 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to primary navigation', 'Skip to main content', 'Saltbox Kitchen', ...gNav, 'Home', 'Pasta & Gnocchi', 'Brown Butter Sage Gnocchi', 'Published:',
    'Updated:', '3 Comments', 'Jump to Recipe', 'Print Recipe', 'This post may contain affiliate links. Please read our disclosure policy.', ...gShare,
    'Gnocchi and squash tossed in sage brown butter.', 'Advertisement', 'Read more: Crispy Sheet-Pan Gnocchi with Sausage',
    'See the recipe card below for exact quantities.', 'Rolling the gnocchi down a fork gives the sauce something to cling to.', 'from 37 votes',
    'Pin Recipe', 'Prep Time', 'Cook Time', 'Course', 'Main Course', 'Servings', 'Author', 'Nutrition', 'Calories:', 'Tried this recipe?',
    'Tag @saltboxkitchen so I can see it!', 'Filed Under:', 'Reader Interactions', 'Comments', 'Priya Anand', 'November 2, 2025 at 7:14 pm', ...gComments,
    'Joel Brandt', 'November 9, 2025 at 11:02 am', 'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    "Hi, I'm Marta!", 'I cook seasonal food for busy weeknights from a little blue house in Maine.', 'Reader Favorites', ...gSide.slice(1),
    ...gFoot, 'Copyright © 2026 Saltbox Kitchen. As an Amazon Associate I earn from qualifying purchases.',
  ],
};

export const HELDOUT287_A: readonly TestPage[] = [genesisWprm, tastyBlog];
