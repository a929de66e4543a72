import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 90, file a2: a recipe post on a Genesis child theme with the Feast plugin and WP Recipe Maker (skip links,
 * the Feast mobile menu, the post meta with its comment count, the affiliate notice, the "Jump to Recipe / Print Recipe" bar
 * with the "4.8 from 120 votes" stars, the Feast "Jump to:" box that repeats the headings, step photos, Mediavine ad slots,
 * the recipe card with its name, stars, summary, details, US / Metric toggle, ingredient groups, instructions, notes and
 * nutrition, the "Did you make this recipe?" box, reader comments with a rating field, the sidebar "Hi, I'm" box and the
 * footer with the Amazon Associate line).
 */
const rcTitle = 'Brown Butter Pear Galette (Easy, Flaky and Rustic)';
const rcNotice = 'This post may contain affiliate links. Please read my disclosure policy.';
const rcIntro = [
  'This brown butter pear galette is the dessert I make when I want something that looks like it came from a bakery but only takes ' +
    'twenty minutes of actual work. Thin slices of pear sit on a layer of almond cream inside a buttery, flaky crust that you fold up ' +
    'by hand. No pie dish, no crimping, no stress.',
  'The brown butter is the secret. It goes into both the crust and the filling and gives the whole thing a toasty, nutty flavour ' +
    'that tastes far more complicated than it is.',
];
const rcH1 = 'Why this galette works';
const rcWhy = [
  '<strong>Cold butter in the crust.</strong> Pea-sized pieces of butter melt in the oven and leave little pockets of steam, which is ' +
    'what makes the pastry flaky.',
  '<strong>Almond cream underneath.</strong> It soaks up the pear juices so the bottom stays crisp instead of soggy.',
  '<strong>Firm pears.</strong> Ripe but still firm pears hold their shape and do not turn to mush in a hot oven.',
];
const rcH2 = 'What you’ll need';
const rcNeed = [
  'You only need pantry staples for this recipe. Here are a few notes on the key ingredients, and the full amounts are in the recipe ' + 'card below.',
];
const rcNeedList = [
  '<strong>Pears:</strong> Bosc or Anjou work best. Avoid very soft, juicy pears like Comice.',
  '<strong>Almond flour:</strong> Blanched almond flour gives the smoothest cream. Almond meal works but is a little grainy.',
  '<strong>Butter:</strong> I use unsalted butter so I can control the salt.',
];
const rcH3 = 'How to make it';
const rcSteps = [
  'Start with the crust. Pulse the flour, sugar and salt, then add cold butter and pulse until you have pieces the size of peas. ' +
    'Drizzle in ice water until the dough just holds together, flatten it into a disc and chill for at least an hour.',
  'While the dough chills, brown the butter for the filling in a light-coloured pan so you can see it change colour. Let it cool, ' +
    'then stir in the almond flour, sugar, egg and a pinch of salt.',
  'Roll the dough into a rough 12-inch circle, spread the almond cream in the middle and fan the pear slices on top, leaving a ' +
    'two-inch border. Fold the edges over the fruit, brush with egg wash and sprinkle with coarse sugar.',
];
const rcH4 = 'Tips for a crisp bottom';
const rcTips = [
  'Bake on the lowest rack on a preheated baking sheet. The heat from below sets the bottom of the crust before the fruit releases ' + 'its juice.',
  'Do not skip chilling the shaped galette for fifteen minutes before it goes in the oven. Cold pastry holds its shape and bakes up ' + 'flakier.',
];
const rcH5 = 'Storing and reheating';
const rcStore = [
  'The galette is best on the day it is baked, but leftovers keep covered at room temperature for a day or in the fridge for three ' +
    'days. Warm slices in a 350°F oven for ten minutes to crisp the crust again.',
];
const rcCard = {
  name: 'Brown Butter Pear Galette',
  summary: 'A rustic free-form pear tart with a flaky brown butter crust and a layer of almond cream.',
  groups: ['For the crust', 'For the almond cream', 'For the topping'],
};
const ing = (a: string, u: string, n: string, note = ''): string =>
  `<span class="wprm-recipe-ingredient-amount">${a}</span>&#32;<span class="wprm-recipe-ingredient-unit">${u}</span>&#32;` +
  `<span class="wprm-recipe-ingredient-name">${n}</span>${note === '' ? '' : `&#32;<span class="wprm-recipe-ingredient-notes">${note}</span>`}`;
const rcCrust = [ing('1 ¼', 'cups', 'all-purpose flour'), ing('1', 'tablespoon', 'sugar'), ing('½', 'teaspoon', 'salt')];
const rcIng = [
  [...rcCrust, ing('½', 'cup', 'unsalted butter', 'cold, cubed')],
  [ing('3', 'tablespoons', 'unsalted butter', 'browned and cooled'), ing('½', 'cup', 'almond flour'), ing('¼', 'cup', 'sugar'), ing('1', 'large', 'egg')],
  [ing('3', 'medium', 'Bosc pears', 'cored and thinly sliced'), ing('1', 'tablespoon', 'coarse sugar'), ing('1', 'large', 'egg', 'beaten, for egg wash')],
];
const rcInstr = [
  'Whisk the flour, sugar and salt. Cut in the cold butter until pea-sized, then add 3 to 4 tablespoons ice water until the dough holds together.',
  'Shape the dough into a disc, wrap and chill for at least 1 hour.',
  'Brown the butter in a small pan until it smells nutty, then cool for 10 minutes. Stir in the almond flour, sugar and egg.',
  'Heat the oven to 400°F with a baking sheet on the lowest rack. Roll the dough into a 12-inch circle on parchment.',
  'Spread the almond cream over the middle, top with the pears, fold up the edges and brush with egg wash. Sprinkle with coarse sugar.',
  'Chill for 15 minutes, then slide the parchment onto the hot baking sheet and bake for 40 to 45 minutes, until deep golden.',
];
const rcNotes = [
  'The dough can be made up to 3 days ahead and kept in the fridge, or frozen for up to 3 months.',
  'If your pears are very juicy, toss the slices with 1 teaspoon of cornstarch before arranging them.',
];
const rcDetails = ['Prep Time', '30 minutes', 'Cook Time', '45 minutes', 'Chill Time', '1 hour', 'Total Time', '2 hours 15 minutes', 'Servings', '8'];
const rcNutrition = ['Serving: 1slice', 'Calories: 312kcal', 'Carbohydrates: 34g', 'Protein: 5g', 'Fat: 18g', 'Sugar: 15g', 'Fiber: 4g'];
const rcNav = ['Recipes', 'Desserts', 'Breakfast', 'Dinner', 'About', 'Shop'];
const rcComments = [
  { name: 'Hannah', date: 'October 14, 2025 at 7:42 pm', text: 'Made this for my book club and it was gone in ten minutes. The almond cream is genius.' },
  { name: 'Priya Kapoor', date: 'October 15, 2025 at 8:03 am', text: 'So glad everyone loved it, Hannah! Thanks for coming back to leave a review.' },
  { name: 'Marcus', date: 'October 21, 2025 at 5:16 pm', text: 'Can I use apples instead of pears? Would the baking time change?' },
];
const rcForm = ['Recipe Rating', 'Comment', 'Name', 'Email', 'Save my name, email, and website in this browser for the next time I comment.'];
const rcBio = 'I’m Priya, a former pastry cook turned home baker. I share simple, seasonal bakes that anyone can make on a weeknight.';
const rcPopular = ['Easy Apple Crumble Bars', 'One Bowl Banana Bread', 'Maple Pecan Sticky Buns'];
const rcFoot = ['Privacy Policy', 'Accessibility', 'Contact', 'Work With Me'];
const rcAmazon = 'As an Amazon Associate I earn from qualifying purchases.';
const h2 = (t: string): string => `<h2 class="wp-block-heading" id="h-${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</h2>`;
const p = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const img = (n: number, alt: string): string => `<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="1800"
src="https://flourandember.example/wp-content/uploads/2025/10/pear-galette-${n}.jpg" alt="${alt}" class="wp-image-${8800 + n}"
data-pin-description="${rcTitle}" data-pin-title="${rcCard.name}"></figure>`;
const adSlot = (n: number): string => `<div class="mv-ad-box" data-slotname="content_${n}_wrapper" id="content_${n}_wrapper"></div>`;
const stars =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">' +
  '<polygon points="12,2 15,9 22,9 16,14 18,21 12,17 6,21 8,14 2,9 9,9"/></svg>';
const rating = `<div class="wprm-recipe-rating wprm-recipe-rating-recipe-4410">${stars.repeat(5)}<div class="wprm-recipe-rating-details wprm-block-text-normal">
<span class="wprm-recipe-rating-average">4.8</span> from <span class="wprm-recipe-rating-count">120</span> votes</div></div>`;
const rcHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brown Butter Pear Galette (Easy, Flaky and Rustic) - Flour &amp; Ember</title>
<meta name="description" content="This brown butter pear galette has a flaky crust, almond cream and thin slices of pear.
Only twenty minutes of hands-on work!">
<link rel="canonical" href="https://flourandember.example/brown-butter-pear-galette/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-10-09T11:00:00+00:00"><meta property="article:modified_time" content="2025-10-22T15:21:08+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rcTitle}",
"author":{"name":"Priya Kapoor"},"datePublished":"2025-10-09T11:00:00+00:00","commentCount":37},{"@type":"Recipe","name":"${rcCard.name}",
"author":{"@type":"Person","name":"Priya Kapoor"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","ratingCount":"120"},
"prepTime":"PT30M","cookTime":"PT45M","totalTime":"PT135M","recipeYield":["8","8 slices"],"recipeCategory":["Dessert"],"recipeCuisine":["French"]}]}</script>
<link rel="stylesheet" id="wprm-public-css" href="https://flourandember.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.6.1"
media="all">
<script async data-noptimize="1" data-cfasync="false" src="https://scripts.mediavine.example/tags/flour-and-ember.js" id="mv-script-wrapper-js"></script>
</head>
<body class="wp-singular post-template-default single single-post postid-4402 header-full-width content-sidebar genesis-breadcrumbs-hidden
feast-plugin wprm-modern" itemscope itemtype="https://schema.org/WebPage"><div class="site-container"><ul class="genesis-skip-link">
<li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li><li><a href="#genesis-sidebar-primary"
class="screen-reader-shortcut"> Skip to primary sidebar</a></li><li><a href="#genesis-footer-widgets" class="screen-reader-shortcut"> Skip to footer</a></li>
</ul>
<header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p class="site-title"
itemprop="headline">
<a href="https://flourandember.example/">Flour &amp; Ember</a></p></div><nav class="nav-primary" aria-label="Main" itemscope
itemtype="https://schema.org/SiteNavigationElement" id="genesis-nav-primary"><div class="wrap"><ul id="menu-primary" class="menu genesis-nav-menu menu-primary
js-superfish">${links(rcNav, 'menu-item')}</ul></div></nav></div></header>
<nav class="feastmobilenavbar" aria-label="Mobile"><div class="feastmenutoggle"><a href="#feastmobilemenu">Menu</a></div>
<div class="feastsearchtoggle"><a href="#feastmobilesearch">Search</a></div></nav>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content"><article class="post-4402 post type-post status-publish
format-standard has-post-thumbnail category-desserts entry" aria-label="${rcTitle}" itemscope itemtype="https://schema.org/CreativeWork">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${rcTitle}</h1>
<p class="entry-meta">By <span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a
href="https://flourandember.example/about/"
class="entry-author-link" rel="author" itemprop="url"><span class="entry-author-name" itemprop="name">Priya Kapoor</span></a></span>
<span class="entry-date">Published: <time class="entry-time" itemprop="datePublished" datetime="2025-10-09T11:00:00+00:00">Oct 9, 2025</time></span>
<span class="entry-modified">Modified: <time class="entry-modified-time" itemprop="dateModified" datetime="2025-10-22T15:21:08+00:00">Oct 22, 2025</time></span>
<span class="entry-comments-link"><a href="https://flourandember.example/brown-butter-pear-galette/#comments">37 Comments</a></span></p>
<p class="feast-disclosure"><em>${rcNotice}</em></p></header>
<div class="entry-content" itemprop="text"><div class="wprm-recipe-snippet wprm-recipe-snippet-simple-buttons">
<a href="#recipe" data-recipe="4410" class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal
wprm-recipe-jump-inline-button wprm-recipe-link-inline-button wprm-color-accent">Jump to Recipe</a> <a href="https://flourandember.example/wprm_print/4410"
class="wprm-recipe-print
wprm-recipe-link wprm-print-recipe-shortcode wprm-block-text-normal wprm-recipe-print-inline-button wprm-recipe-link-inline-button wprm-color-accent"
target="_blank" rel="nofollow">Print Recipe</a>
${rating}</div>
${p(rcIntro)}
<div class="feast-jumplinks"><p class="feast-jumplinks-title">Jump to:</p><ul>${[rcH1, rcH2, rcH3, rcH4, rcH5, 'Recipe']
  .map((t, i) => `<li><a href="#jump-${i}">${t}</a></li>`)
  .join('')}</ul></div>
${img(1, 'Overhead shot of a pear galette on parchment')}
${h2(rcH1)}
<ul class="wp-block-list">${rcWhy.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${adSlot(1)}
${h2(rcH2)}
${p(rcNeed)}
<ul class="wp-block-list">${rcNeedList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${img(2, 'Ingredients for pear galette on a wooden board')}
${h2(rcH3)}
${p(rcSteps)}
${adSlot(2)}
${h2(rcH4)}
${p(rcTips)}
${h2(rcH5)}
${p(rcStore)}
<div id="recipe"></div><div id="wprm-recipe-container-4410" class="wprm-recipe-container" data-recipe-id="4410" data-servings="8">
<div class="wprm-recipe wprm-recipe-template-feast-modern"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-rounded">
<img loading="lazy" style="border-width:0px;border-style:solid;border-color:#666666;" width="150" height="150"
src="https://flourandember.example/wp-content/uploads/2025/10/pear-galette-1-150x150.jpg" class="attachment-150x150 size-150x150" alt=""></div></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">${rcCard.name}</h2>
${rating}
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">${rcCard.summary}</span></div>
<div class="wprm-recipe-buttons"><a href="https://flourandember.example/wprm_print/4410" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode
wprm-block-text-normal" target="_blank" rel="nofollow">Print Recipe</a> <a href="https://www.pinterest.com/pin/create/bookmarklet/" class="wprm-recipe-pin
wprm-recipe-link wprm-block-text-normal" target="_blank" rel="nofollow noopener" data-recipe="4410">Pin Recipe</a></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container wprm-recipe-details-container-inline wprm-block-text-normal">
${[0, 2, 4, 6, 8]
  .map(
    (i) => `<div class="wprm-recipe-block-container wprm-recipe-block-container-inline wprm-block-text-normal wprm-recipe-time-container">
<span class="wprm-recipe-details-label wprm-block-text-bold wprm-recipe-time-label">${rcDetails[i]}</span> <span class="wprm-recipe-time
wprm-block-text-normal">${rcDetails[i + 1]}</span></div>`,
  )
  .join('\n')}</div>
<div class="wprm-recipe-ingredients-container wprm-recipe-4410-ingredients-container wprm-block-text-normal wprm-ingredient-style-regular" data-recipe="4410"
data-servings="8"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header wprm-block-text-bold wprm-align-left wprm-header-decoration-none">Ingredients
<div class="wprm-recipe-adjustable-servings-container"><button class="wprm-recipe-adjustable-servings wprm-toggle wprm-toggle-active" data-multiplier="1"
aria-label="Adjust recipe servings">1x</button><button class="wprm-recipe-adjustable-servings wprm-toggle" data-multiplier="2">2x</button>
<button class="wprm-recipe-adjustable-servings wprm-toggle" data-multiplier="3">3x</button></div></h3>
<div class="wprm-unit-conversion-container wprm-unit-conversion-container-4410 wprm-unit-conversion-container-buttons"><button
class="wprm-unit-conversion wprmpuc-active" data-system="1" data-recipe="4410">US Customary</button><button class="wprm-unit-conversion" data-system="2"
data-recipe="4410">Metric</button></div>
${rcIng
  .map(
    (g, gi) => `<div class="wprm-recipe-ingredient-group"><h4 class="wprm-recipe-group-name wprm-recipe-ingredient-group-name wprm-block-text-bold">
${rcCard.groups[gi]}</h4><ul class="wprm-recipe-ingredients">${g
      .map((t, i) => `<li class="wprm-recipe-ingredient" style="list-style-type: disc;" data-uid="${gi * 10 + i}">${t}</li>`)
      .join('\n')}</ul></div>`,
  )
  .join('\n')}</div>
<div class="wprm-recipe-instructions-container wprm-recipe-4410-instructions-container wprm-block-text-normal" data-recipe="4410"><h3 class="wprm-recipe-header
wprm-recipe-instructions-header wprm-block-text-bold wprm-align-left wprm-header-decoration-none">Instructions</h3><div class="wprm-recipe-instruction-group">
<ul class="wprm-recipe-instructions">${rcInstr
  .map(
    (t, i) => `<li id="wprm-recipe-4410-step-0-${i}" class="wprm-recipe-instruction" style="list-style-type: decimal;"><div class="wprm-recipe-instruction-text"
style="margin-bottom: 5px;">${t}</div></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="wprm-recipe-notes-container wprm-block-text-normal"><h3 class="wprm-recipe-header wprm-recipe-notes-header wprm-block-text-bold wprm-align-left
wprm-header-decoration-none">Notes</h3><div class="wprm-recipe-notes">${rcNotes.map((t) => `<span style="display: block;">${t}</span>`).join('')}</div></div>
<h3 class="wprm-recipe-header wprm-recipe-nutrition-header wprm-block-text-bold wprm-align-left wprm-header-decoration-none">Nutrition</h3>
<div class="wprm-nutrition-label-container wprm-nutrition-label-container-simple wprm-block-text-normal">${rcNutrition
  .map((t) => {
    const [l, v] = t.split(': ');
    return `<span class="wprm-nutrition-label-text-nutrition-container"><span class="wprm-nutrition-label-text-nutrition-label
wprm-block-text-normal">${l}: </span><span class="wprm-nutrition-label-text-nutrition-value">${v}</span></span>`;
  })
  .join('<span style="color: #777777"> | </span>')}</div>
<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-header">Did you make this recipe?</span>
<span class="wprm-call-to-action-text">Tag <a href="https://www.instagram.com/flourandember" target="_blank" rel="noreferrer noopener">@flourandember</a>
on Instagram so I can see it!</span></div></div></div>
</div></article>
<h2 class="screen-reader-text">Reader Interactions</h2><div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">${rcComments
  .map(
    (c, i) => `<li class="comment depth-1" id="comment-${5100 + i}"><article id="article-comment-${5100 + i}" itemprop="comment"
itemscope itemtype="https://schema.org/Comment"><header class="comment-header"><p class="comment-author" itemprop="author"><span class="comment-author-name"
itemprop="name">${c.name}</span> <span class="says">says</span></p><p class="comment-meta"><time class="comment-time" itemprop="datePublished">
<a class="comment-time-link" href="#comment-${5100 + i}">${c.date}</a></time></p></header><div class="comment-content" itemprop="text"><p>${c.text}</p></div>
<div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${5100 + i}">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form id="commentform" class="comment-form">
<div class="comment-form-wprm-rating"><label for="wprm-comment-rating-1">${rcForm[0]}</label></div><p class="comment-form-comment"><label
for="comment">${rcForm[1]}
</label><textarea id="comment" name="comment"></textarea></p><p class="comment-form-author"><label for="author">${rcForm[2]}</label><input id="author"></p>
<p class="comment-form-email"><label for="email">${rcForm[3]}</label><input id="email"></p><p class="comment-form-cookies-consent"><input type="checkbox"
id="wp-comment-cookies-consent"><label for="wp-comment-cookies-consent">${rcForm[4]}</label></p><p class="form-submit"><input type="submit"
value="Post Comment">
</p></form></div></main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" id="genesis-sidebar-primary"><h2
class="genesis-sidebar-title
screen-reader-text">Primary Sidebar</h2><section class="widget feast-about-author"><h3 class="widget-title">Hi, I’m Priya!</h3><p>${rcBio}</p>
<a href="/about/">More about me →</a></section><section class="widget"><h3 class="widgettitle widget-title">Popular Recipes</h3><ul>${links(rcPopular)}</ul>
</section></aside></div></div>
<div class="footer-widgets" id="genesis-footer-widgets"><h2 class="genesis-sidebar-title screen-reader-text">Footer</h2><p>${rcAmazon}</p></div>
<footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap"><ul class="menu">${links(rcFoot)}</ul>
<p>Copyright © 2025 Flour &amp; Ember</p></div></footer></div>
<script src="https://flourandember.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.js?ver=9.6.1" id="wprm-public-js"></script>
</body></html>`;
export const recipePost: TestPage = {
  html: rcHtml,
  name: 'heldout90-feast-wprm-recipe-post',
  kind: 'blog',
  // the recipe card's name, ingredient groups, "Ingredients", "Instructions" and "Notes" are headings and its summary,
  // ingredients, instructions and notes body; its details block (times, servings) is in neither list, its nutrition panel,
  // stars, buttons and toggles furniture; the Feast "Jump to:" entries repeat the headings and are left out
  title: rcTitle,
  headings: [rcH1, rcH2, rcH3, rcH4, rcH5, rcCard.name, 'Ingredients', ...rcCard.groups, 'Instructions', 'Notes'],
  body: [
    ...rcIntro,
    ...texts(rcWhy),
    ...rcNeed,
    ...texts(rcNeedList),
    ...rcSteps,
    ...rcTips,
    ...rcStore,
    rcCard.summary,
    ...texts(rcIng.flat()),
    ...rcInstr,
    ...rcNotes,
  ],
  bylines: ['Priya Kapoor', 'Published: Oct 9, 2025', 'Modified: Oct 22, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to primary sidebar', 'Skip to footer', 'Flour & Ember', ...rcNav, 'Menu', 'Search', '37 Comments', rcNotice,
    'Jump to Recipe', 'Print Recipe', '4.8 from 120 votes', 'Jump to:', 'Pin Recipe', '1x', '2x', '3x', 'US Customary', 'Metric', 'Nutrition',
    ...rcNutrition, 'Did you make this recipe?', 'Tag @flourandember on Instagram so I can see it!', 'Reader Interactions', 'Comments',
    ...rcComments.flatMap((c) => [c.name, c.date, c.text]).filter((t) => t !== 'Priya Kapoor'),
    'says', 'Reply', 'Leave a Reply', ...rcForm, 'Primary Sidebar', 'Hi, I’m Priya!', rcBio,
    'More about me →', 'Popular Recipes', ...rcPopular, 'Footer', rcAmazon, ...rcFoot, 'Copyright © 2025 Flour & Ember',
  ],
};
